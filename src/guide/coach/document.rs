//! Rules over the whole resume, computed from each section's stored facts
//! so that a recheck after one edit costs no rescanning of other sections.
//! A finding's `section` says where it is shown (e.g. "no CI/CD" on the
//! experience section); `None` means the document as a whole.

use crate::resume::{Level, SectionId, SectionKind};

use super::finding::{Finding, Severity, rule};
use super::sections::SectionFacts;
use super::signals::{self, Signals};

/// The part of a section document rules read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SectionView<'a> {
    pub id: SectionId,
    pub kind: SectionKind,
    pub facts: &'a SectionFacts,
}

/// Totals the report keeps: words and the page estimate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Totals {
    pub words: usize,
    pub pages: f32,
}

/// Printed lines on a page at 11 pt, as `print_lines` counts them from the
/// reading; tuned so that a typical junior one-pager reads 1.0.
const LINES_PER_PAGE: f32 = 66.0;

pub(crate) fn totals(sections: &[SectionView]) -> Totals {
    let words = sections.iter().map(|s| s.facts.words).sum();
    let lines: f32 = sections.iter().map(|s| s.facts.print_lines).sum();
    Totals {
        words,
        pages: lines / LINES_PER_PAGE,
    }
}

/// How long the resume is, as the length rule says it: the typeset count
/// when the caller has one (the PDF export's, which the coach cannot make
/// itself), else the estimate from printed lines.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Length {
    Typeset(usize),
    Estimate(f32),
}

impl Length {
    pub(crate) fn new(typeset_pages: Option<usize>, totals: Totals) -> Length {
        typeset_pages.map_or(Length::Estimate(totals.pages), Length::Typeset)
    }

    /// "2 pages (typeset)", "~1.3 pages (estimate)".
    fn phrase(self) -> String {
        match self {
            Length::Typeset(1) => "1 page (typeset)".to_string(),
            Length::Typeset(n) => format!("{n} pages (typeset)"),
            Length::Estimate(pages) => format!("~{pages:.1} pages (estimate)"),
        }
    }
}

/// The length rule: a junior's resume on one page, anyone else's on up to
/// two, within the level's word budget. Only a typeset count is held to
/// the pages — the estimate reads Markdown at 11 pt and would call long a
/// resume the PDF fits by tightening —, so without one the words decide.
fn length_message(level: Level, words: usize, length: Length) -> Option<String> {
    let pages = level.page_budget();
    let budget = level.word_budget();
    match length {
        Length::Typeset(typeset) if typeset > pages => Some(format!(
            "{} is over the {pages} {} a {} resume should fill ({words} words): cut older or weaker bullets.",
            length.phrase(),
            if pages == 1 { "page" } else { "pages" },
            level.id(),
        )),
        _ if words > budget => Some(format!(
            "{words} words ({}) is over the {budget}-word budget: cut older or weaker bullets.",
            length.phrase()
        )),
        _ => None,
    }
}

pub(crate) fn document_rules(
    level: Level,
    sections: &[SectionView],
    totals: Totals,
    length: Length,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let find = |kind: SectionKind| sections.iter().find(|s| s.kind == kind);
    let filled = |kind: SectionKind| sections.iter().find(|s| s.kind == kind && !s.facts.empty);
    let signals_of = |pick: &dyn Fn(SectionKind) -> bool| -> Signals {
        sections
            .iter()
            .filter(|s| pick(s.kind) && !s.facts.empty)
            .fold(0, |acc, s| acc | s.facts.signals)
    };
    let mut add = |rule, severity, target: Option<SectionId>, message: String| {
        out.push(Finding {
            rule,
            severity,
            section: target,
            line: None,
            column: 0,
            message,
            excerpt: String::new(),
            fix: None,
        });
    };

    // Jobs read under another title ("Career", "Werdegang", company
    // headings in a custom section) count as the experience section.
    let has_jobs = sections.iter().any(|s| s.facts.jobs > 0);
    for &kind in level.recommended_sections() {
        if find(kind).is_none() && !(kind == SectionKind::Experience && has_jobs) {
            add(
                rule::MISSING_SECTION,
                Severity::Warning,
                None,
                format!(
                    "No {} section: recruiters at this level expect one.",
                    kind.default_title()
                ),
            );
        }
    }
    if let Some(message) = length_message(level, totals.words, length) {
        add(rule::WORD_BUDGET, Severity::Warning, None, message);
    }

    if level != Level::Junior {
        let (n, m) = sections
            .iter()
            .filter(|s| s.kind == SectionKind::Experience)
            .fold((0, 0), |(n, m), s| {
                (
                    n + s.facts.experience_bullets,
                    m + s.facts.experience_with_metric,
                )
            });
        if n > 0 && m * 10 < n * 6 {
            add(
                rule::METRIC_RATIO,
                Severity::Error,
                filled(SectionKind::Experience).map(|s| s.id),
                format!("Only {m} of {n} bullets have a number: give 60 %+ a measured result."),
            );
        }
    }

    if let Some(header) = filled(SectionKind::Header) {
        let contact = signals_of(&|k| matches!(k, SectionKind::Header | SectionKind::Custom));
        let target = Some(header.id);
        if contact & signals::EMAIL == 0 {
            add(
                rule::CONTACT,
                Severity::Warning,
                target,
                "No email: add one so recruiters can reply.".into(),
            );
        }
        if level == Level::Junior && contact & signals::GITHUB == 0 {
            add(
                rule::GITHUB,
                Severity::Warning,
                target,
                "No GitHub link: juniors are judged on their code, so add it.".into(),
            );
        } else if contact & signals::PROFILE == 0 {
            add(
                rule::CONTACT,
                Severity::Warning,
                target,
                "No profile link: add your GitHub or LinkedIn URL.".into(),
            );
        }
    }

    if let Some(summary) = filled(SectionKind::Summary) {
        let s = signals_of(&|k| k == SectionKind::Summary);
        let target = Some(summary.id);
        let mut need = |bit: Signals, rule, message: &str| {
            if s & bit == 0 {
                add(rule, Severity::Warning, target, message.to_string());
            }
        };
        match level {
            Level::Junior => need(
                signals::LANG,
                rule::SUMMARY_LANGUAGE,
                "Name your main back-end language (Python, Java, Go…).",
            ),
            Level::Mid => {
                need(
                    signals::YEARS,
                    rule::SUMMARY_YEARS,
                    "State your years of experience ('6 years building…').",
                );
                need(
                    signals::STACK,
                    rule::SUMMARY_STACK,
                    "Name your primary stack (e.g. Go, PostgreSQL, AWS).",
                );
                need(
                    signals::METRIC,
                    rule::SUMMARY_ACHIEVEMENT,
                    "Add one measured win (e.g. 'API latency down 50 %').",
                );
            }
            Level::Senior => need(
                signals::LEADER,
                rule::SUMMARY_LEADERSHIP,
                "Read as a technical leader: name architecture, strategy or mentoring.",
            ),
        }
    }

    if let Some(skills) = filled(SectionKind::Skills) {
        let s = signals_of(&|k| k == SectionKind::Skills);
        let target = Some(skills.id);
        let mut need = |bit: Signals, rule, message: &str| {
            if s & bit == 0 {
                add(rule, Severity::Warning, target, message.to_string());
            }
        };
        need(
            signals::LANG,
            rule::SKILLS_LANGUAGE,
            "Name your back-end languages (Python, Go, Java…).",
        );
        if level == Level::Junior {
            need(
                signals::SQL,
                rule::SKILLS_SQL,
                "Add SQL and the database you used (e.g. PostgreSQL).",
            );
            need(
                signals::NOSQL,
                rule::SKILLS_NOSQL,
                "Add a NoSQL store you have used (Redis, MongoDB).",
            );
            need(
                signals::API,
                rule::SKILLS_API,
                "Add REST, HTTP and JSON: junior roles ask for them.",
            );
            need(
                signals::TOOLS,
                rule::SKILLS_TOOLS,
                "Name everyday tools: Git, Postman, Docker, JIRA.",
            );
            let missing: Vec<&str> = [
                (signals::DATA_STRUCTURES, "Data Structures"),
                (signals::ALGORITHMS, "Algorithms"),
                (signals::DATABASE_MANAGEMENT, "Database Management"),
            ]
            .into_iter()
            .filter(|&(bit, _)| s & bit == 0)
            .map(|(_, name)| name)
            .collect();
            if !missing.is_empty() {
                add(
                    rule::SKILLS_FUNDAMENTALS,
                    Severity::Warning,
                    target,
                    format!(
                        "List {}: recruiters search for these words.",
                        missing.join(", ")
                    ),
                );
            }
        }
    }

    let is_evidence = |k: SectionKind| k.has_bullets() || k == SectionKind::Custom;
    let evidence = signals_of(&is_evidence);
    let written = sections
        .iter()
        .any(|s| is_evidence(s.kind) && !s.facts.empty);
    let experience = filled(SectionKind::Experience)
        .or_else(|| find(SectionKind::Experience))
        .map(|s| s.id);
    let prefer = |kind: SectionKind| find(kind).map(|s| s.id).or(experience);
    let mut need = |bit: Signals, rule, target: Option<SectionId>, message: &str| {
        if evidence & bit == 0 {
            add(rule, Severity::Warning, target, message.to_string());
        }
    };
    match level {
        Level::Mid if written => {
            need(
                signals::CLOUD,
                rule::EVIDENCE_CLOUD,
                experience,
                "Show a cloud provider you shipped on (AWS, GCP, Azure).",
            );
            need(
                signals::CONTAINERS,
                rule::EVIDENCE_CONTAINERS,
                experience,
                "Show containers in use (Docker, Kubernetes, ECS).",
            );
            need(
                signals::CICD,
                rule::EVIDENCE_CICD,
                experience,
                "Show CI/CD you set up or ran (GitHub Actions, Jenkins).",
            );
            need(
                signals::TESTING,
                rule::EVIDENCE_TESTING,
                experience,
                "Show automated or integration tests you wrote.",
            );
            need(
                signals::DESIGN,
                rule::EVIDENCE_DESIGN,
                experience,
                "Show a design contribution: a schema, an API contract.",
            );
            need(
                signals::COLLABORATION,
                rule::EVIDENCE_COLLABORATION,
                experience,
                "Show how you work with front end, DevOps or product.",
            );
        }
        Level::Senior if written => {
            let architecture = prefer(SectionKind::Architecture);
            need(
                signals::MENTORING,
                rule::EVIDENCE_MENTORING,
                prefer(SectionKind::Leadership),
                "Show mentoring: engineers you grew, hired or promoted.",
            );
            need(
                signals::BUSINESS,
                rule::EVIDENCE_BUSINESS,
                architecture,
                "Tie a decision to a business result: $, cost, uptime.",
            );
            need(
                signals::DIRECTION,
                rule::EVIDENCE_DIRECTION,
                architecture,
                "Show technical direction: standards, tech choices, vision.",
            );
            need(
                signals::SECURITY_SCALE,
                rule::EVIDENCE_SECURITY_SCALE,
                architecture,
                "Show security or scale: threats handled, traffic, data size.",
            );
            let recognised = filled(SectionKind::Recognition).is_some()
                || sections
                    .iter()
                    .any(|s| s.facts.signals & signals::RECOGNITION != 0);
            if !recognised {
                add(
                    rule::EVIDENCE_RECOGNITION,
                    Severity::Info,
                    find(SectionKind::Recognition).map(|s| s.id),
                    "Talks, patents or open source? If you have any, list them.".into(),
                );
            }
        }
        _ => {}
    }
    out
}

#[cfg(test)]
#[path = "document_tests.rs"]
mod tests;
