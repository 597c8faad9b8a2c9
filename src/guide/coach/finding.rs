//! What the coach reports: findings, their severity, and the rule catalogue.
//!
//! # Quick fixes
//!
//! A finding may carry a [`Fix`] when the change it asks for has exactly one
//! reading. The fix is data for the editor to apply as one undoable change:
//!
//! - it edits the finding's own line (`Finding::line`, 0-based in the
//!   section body) and nothing else;
//! - `range` is a byte range into that line's text as it was when the coach
//!   read it (check `range` is still in bounds and on char boundaries
//!   before applying, since the user may have typed since);
//! - `replacement` replaces those bytes; an empty replacement means *select
//!   the range* (for text only the user can write, like a placeholder), not
//!   delete it;
//! - `label` is what a menu shows ("Change to 'Built'").
//!
//! Rules that offer one: `tense` (the opening verb in the past tense:
//! "Build" → "Built"), `weak-opener` (drop "Responsible for" or "Helped" and
//! put the verb that follows in the past tense: "Helped migrate" →
//! "Migrated"; only when a verb follows) and `placeholder` (select the
//! template text).

use std::ops::Range;

use crate::resume::SectionId;

/// How much a finding matters. `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth a look; does not lower a section's mark.
    Info,
    /// A recruiter would notice.
    Warning,
    /// Must be fixed before sending (template text, missing name).
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One thing the coach noticed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// A stable rule id from [`rule_catalog`].
    pub rule: &'static str,
    pub severity: Severity,
    /// The section it is about; `None` for the whole document.
    pub section: Option<SectionId>,
    /// 0-based line within the section body; `None` for the section as a whole.
    pub line: Option<usize>,
    /// 0-based character column within that line.
    pub column: usize,
    /// Why it matters and how to fix it, short enough for a narrow pane.
    pub message: String,
    /// The text it is about (a word, or the start of a bullet).
    pub excerpt: String,
    /// The one change that settles it, when there is one (see the module
    /// comment).
    pub fix: Option<Fix>,
}

/// An edit that settles a finding: replace `range` of the finding's line
/// with `replacement`, or only select it when `replacement` is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// Byte range within the finding's line.
    pub range: Range<usize>,
    /// The new text; empty means select `range` for the user to type over.
    pub replacement: String,
    /// A short description for a menu: "Change to 'Built'".
    pub label: String,
}

impl Fix {
    /// Whether applying it only selects text.
    pub fn selects_only(&self) -> bool {
        self.replacement.is_empty()
    }

    /// `line` with the fix applied; `None` when the range no longer fits
    /// the line (it changed since the coach read it) or the fix only selects.
    pub fn apply(&self, line: &str) -> Option<String> {
        let fits = self.range.end <= line.len()
            && line.is_char_boundary(self.range.start)
            && line.is_char_boundary(self.range.end);
        (fits && !self.selects_only()).then(|| {
            let mut out = String::with_capacity(line.len() + self.replacement.len());
            out.push_str(&line[..self.range.start]);
            out.push_str(&self.replacement);
            out.push_str(&line[self.range.end..]);
            out
        })
    }
}

/// A section's state at a glance, for the section list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Empty,
    Error,
    Warning,
    Good,
}

/// What a rule checks, for the README, `--help` and the help screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    pub id: &'static str,
    /// The most severe level the rule reports at.
    pub severity: Severity,
    pub description: &'static str,
}

/// Rule ids, so that rules and tests cannot drift apart by a typo.
pub mod rule {
    pub const METRIC: &str = "metric";
    pub const ACTION_VERB: &str = "action-verb";
    pub const WEAK_OPENER: &str = "weak-opener";
    pub const LENGTH: &str = "length";
    pub const PRONOUN: &str = "pronoun";
    pub const BUZZWORD: &str = "buzzword";
    pub const PLACEHOLDER: &str = "placeholder";
    pub const TENSE: &str = "tense";
    pub const METRIC_RATIO: &str = "metric-ratio";
    pub const PROJECT_DETAIL: &str = "project-detail";
    pub const CONTACT: &str = "contact";
    pub const GITHUB: &str = "github";
    pub const SUMMARY_LANGUAGE: &str = "summary-language";
    pub const SUMMARY_YEARS: &str = "summary-years";
    pub const SUMMARY_STACK: &str = "summary-stack";
    pub const SUMMARY_ACHIEVEMENT: &str = "summary-achievement";
    pub const SUMMARY_LEADERSHIP: &str = "summary-leadership";
    pub const SKILLS_LANGUAGE: &str = "skills-language";
    pub const SKILLS_SQL: &str = "skills-sql";
    pub const SKILLS_NOSQL: &str = "skills-nosql";
    pub const SKILLS_API: &str = "skills-api";
    pub const SKILLS_FUNDAMENTALS: &str = "skills-fundamentals";
    pub const SKILLS_TOOLS: &str = "skills-tools";
    pub const EVIDENCE_CLOUD: &str = "evidence-cloud";
    pub const EVIDENCE_CONTAINERS: &str = "evidence-containers";
    pub const EVIDENCE_CICD: &str = "evidence-cicd";
    pub const EVIDENCE_TESTING: &str = "evidence-testing";
    pub const EVIDENCE_DESIGN: &str = "evidence-design";
    pub const EVIDENCE_COLLABORATION: &str = "evidence-collaboration";
    pub const EVIDENCE_MENTORING: &str = "evidence-mentoring";
    pub const EVIDENCE_BUSINESS: &str = "evidence-business";
    pub const EVIDENCE_DIRECTION: &str = "evidence-direction";
    pub const EVIDENCE_SECURITY_SCALE: &str = "evidence-security-scale";
    pub const EVIDENCE_RECOGNITION: &str = "evidence-recognition";
    pub const MISSING_SECTION: &str = "missing-section";
    pub const EMPTY_SECTION: &str = "empty-section";
    pub const WORD_BUDGET: &str = "word-budget";
    pub const REPEATED_OPENER: &str = "repeated-opener";
    pub const TAG_SYNTAX: &str = "tag-syntax";
    pub const SPELLING: &str = "spelling";
    pub const REPEATED_WORD: &str = "repeated-word";
    pub const FILLER: &str = "filler";
    pub const POSTING_SKILL: &str = "posting-skill";

    /// The rules that judge one bullet at a time.
    pub const BULLET_RULES: [&str; 9] = [
        METRIC,
        ACTION_VERB,
        WEAK_OPENER,
        LENGTH,
        PRONOUN,
        BUZZWORD,
        PLACEHOLDER,
        TENSE,
        REPEATED_OPENER,
    ];
}

macro_rules! catalog {
    ($($id:ident, $sev:ident, $desc:literal;)*) => {
        &[$(RuleInfo { id: rule::$id, severity: Severity::$sev, description: $desc },)*]
    };
}

static CATALOG: &[RuleInfo] = catalog! {
    METRIC, Warning, "Bullet has no measured outcome (%, latency, users, $, counts); info for juniors, whose projects need one number each";
    ACTION_VERB, Warning, "Bullet does not open with a strong action verb (Built, Cut, Led)";
    WEAK_OPENER, Warning, "Duty or observer phrasing (Responsible for, Helped, Familiar with); for seniors also vague scope";
    LENGTH, Warning, "Bullet outside 8–30 words or longer than two 100-column lines";
    PRONOUN, Warning, "First-person pronouns in a bullet (I, my, we; our and us as info)";
    BUZZWORD, Warning, "Self-praise a recruiter skips (passionate, results-driven, team player)";
    PLACEHOLDER, Error, "Template text left in ([Company], TODO, XX %, lorem ipsum)";
    TENSE, Warning, "Present tense in a role that has ended (past tense expected)";
    REPEATED_OPENER, Warning, "The same verb opens three or more bullets of a section (from the third on)";
    METRIC_RATIO, Error, "Mid and senior: fewer than 60 % of experience bullets carry a number";
    PROJECT_DETAIL, Warning, "Junior: a project does not state its problem, stack or your part";
    CONTACT, Warning, "Header lacks an email address or a profile link";
    GITHUB, Warning, "Junior: header lacks a GitHub profile link";
    SUMMARY_LANGUAGE, Warning, "Junior: summary does not name a back-end language";
    SUMMARY_YEARS, Warning, "Mid: summary does not state years of experience";
    SUMMARY_STACK, Warning, "Mid: summary does not name a primary stack";
    SUMMARY_ACHIEVEMENT, Warning, "Mid: summary has no measured achievement";
    SUMMARY_LEADERSHIP, Warning, "Senior: summary does not read as a technical leader";
    SKILLS_LANGUAGE, Warning, "Skills do not name a back-end language";
    SKILLS_SQL, Warning, "Junior: skills do not name SQL or a relational database";
    SKILLS_NOSQL, Warning, "Junior: skills do not name a NoSQL store";
    SKILLS_API, Warning, "Junior: skills do not name REST, HTTP or JSON";
    SKILLS_FUNDAMENTALS, Warning, "Junior: skills lack Data Structures, Algorithms or Database Management";
    SKILLS_TOOLS, Warning, "Junior: skills name no everyday tools (Git, Postman, Docker, JIRA)";
    EVIDENCE_CLOUD, Warning, "Mid: experience shows no cloud provider (AWS, GCP, Azure)";
    EVIDENCE_CONTAINERS, Warning, "Mid: experience shows no containers (Docker, Kubernetes)";
    EVIDENCE_CICD, Warning, "Mid: experience shows no CI/CD";
    EVIDENCE_TESTING, Warning, "Mid: experience shows no automated or integration testing";
    EVIDENCE_DESIGN, Warning, "Mid: experience shows no system-design work (schema, API contract)";
    EVIDENCE_COLLABORATION, Warning, "Mid: experience shows no work with front end, DevOps or product";
    EVIDENCE_MENTORING, Warning, "Senior: no evidence of mentoring or growing a team";
    EVIDENCE_BUSINESS, Warning, "Senior: no business outcome ($, cost, uptime, time-to-market)";
    EVIDENCE_DIRECTION, Warning, "Senior: no technical direction (standards, technology selection, vision)";
    EVIDENCE_SECURITY_SCALE, Warning, "Senior: no evidence of security or scale";
    EVIDENCE_RECOGNITION, Info, "Senior: no talks, patents or open source (if you have any)";
    MISSING_SECTION, Warning, "A section recommended for the level is missing";
    EMPTY_SECTION, Error, "A recommended section is empty (an empty header is an error)";
    WORD_BUDGET, Warning, "Resume is longer than the level's budget: junior 1 page or 600 words, else 2 pages or 1,200 words (pages as typeset, when known)";
    TAG_SYNTAX, Info, "A variant tag attribute with bad syntax stays text (write {.tag .other})";
    SPELLING, Warning, "A word in no dictionary, the back-end vocabulary or your own (up to three corrections)";
    REPEATED_WORD, Warning, "The same word twice in a row (the the)";
    FILLER, Info, "Filler that adds nothing (very, really, basically, just, various)";
    POSTING_SKILL, Info, "With a job posting: a skill it requires that the resume does not name, on the line where it belongs";
};

/// Every rule the coach applies, in the order the README lists them.
pub fn rule_catalog() -> &'static [RuleInfo] {
    CATALOG
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_order_and_print() {
        assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
        assert_eq!(Severity::Error.as_str(), "error");
        assert_eq!(Severity::Info.as_str(), "info");
    }

    #[test]
    fn a_fix_applies_to_the_line_it_was_made_for_only() {
        let fix = Fix {
            range: 2..7,
            replacement: "Built".into(),
            label: "Change to 'Built'".into(),
        };
        assert_eq!(fix.apply("- Build it").as_deref(), Some("- Built it"));
        assert_eq!(fix.apply("- Bu"), None, "the line got shorter");
        assert_eq!(fix.apply("-€xxxx"), None, "not on a char boundary");
        let select = Fix {
            replacement: String::new(),
            ..fix
        };
        assert!(select.selects_only());
        assert_eq!(select.apply("- Build it"), None);
    }

    #[test]
    fn catalog_ids_are_unique_and_cover_the_bullet_rules() {
        let ids: Vec<_> = rule_catalog().iter().map(|r| r.id).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len());
        for id in rule::BULLET_RULES {
            assert!(ids.contains(&id), "{id}");
        }
    }
}
