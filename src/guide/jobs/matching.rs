//! Matching a posting against a resume: each skill it asks for found
//! (with the section and line) or missing, a score, and the posting's
//! level and years beside the resume's.

use std::collections::HashMap;

use super::asks::PostingLevel;
use super::dates::{Month, experience_years};
use super::lexicon::{Lexicon, SkillId};
use super::posting::Posting;
use super::scan::scan_line;
use crate::resume::{Level, Resume, Section, SectionKind, strip_tag_attr};

/// A place in the resume's Markdown where a skill is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The section title as the user wrote it.
    pub section: String,
    /// 1-based line in the resume's exported Markdown.
    pub line: usize,
}

/// One skill the posting asks for, and where the resume shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyword {
    pub skill: SkillId,
    pub name: &'static str,
    pub required: bool,
    /// Empty when the resume does not name it.
    pub places: Vec<Place>,
    /// The kind of section where it would belong if missing.
    pub home: SectionKind,
}

impl Keyword {
    pub fn found(&self) -> bool {
        !self.places.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchReport {
    /// 0–100; required skills weigh twice.
    pub score: u8,
    pub posting_level: Option<PostingLevel>,
    pub resume_level: Level,
    pub years_asked: Option<u32>,
    /// Whole years the resume's experience dates span.
    pub years_resume: Option<u32>,
    /// Missing required first, then missing preferred, then found
    /// (required before preferred); each group in the posting's order.
    pub keywords: Vec<Keyword>,
}

impl MatchReport {
    pub fn missing_required(&self) -> impl Iterator<Item = &Keyword> {
        self.keywords.iter().filter(|k| k.required && !k.found())
    }

    /// Whether the resume's level is below what the posting is for.
    pub fn level_gap(&self) -> bool {
        self.posting_level
            .is_some_and(|p| rank(p.resume_level()) > rank(self.resume_level))
    }

    /// Whether the resume shows fewer years than the posting asks.
    pub fn years_gap(&self) -> bool {
        match (self.years_asked, self.years_resume) {
            (Some(asked), Some(have)) => have < asked,
            _ => false,
        }
    }
}

fn rank(level: Level) -> u8 {
    match level {
        Level::Junior => 0,
        Level::Mid => 1,
        Level::Senior => 2,
    }
}

/// Every skill a section names, once each in the order first named; the
/// header names none (a job title there is not a skill shown). The same
/// reading as [`match_resume`]'s, one section at a time, for callers that
/// keep it per section.
pub fn skills_named(lexicon: &Lexicon, section: &Section) -> Vec<SkillId> {
    let mut out = Vec::new();
    if section.kind == SectionKind::Header {
        return out;
    }
    for line in section.body.split('\n') {
        for m in scan_line(lexicon, &strip_tag_attr(line)) {
            if !out.contains(&m.skill) {
                out.push(m.skill);
            }
        }
    }
    out
}

/// Where each skill is named in the resume: every section but the header,
/// line by line, with line numbers in the exported Markdown.
fn places(lexicon: &Lexicon, resume: &Resume) -> HashMap<SkillId, Vec<Place>> {
    let (_, spans) = resume.to_markdown_with_spans();
    let mut out: HashMap<SkillId, Vec<Place>> = HashMap::new();
    for span in spans {
        let Some(section) = resume.section(span.id) else {
            continue;
        };
        if section.kind == SectionKind::Header {
            continue;
        }
        let title = strip_tag_attr(section.title.trim()).to_string();
        for (i, line) in section.body.trim_matches('\n').split('\n').enumerate() {
            for m in scan_line(lexicon, &strip_tag_attr(line)) {
                let places = out.entry(m.skill).or_default();
                let place = Place {
                    section: title.clone(),
                    line: span.body_line + i + 1,
                };
                if !places.contains(&place) {
                    places.push(place);
                }
            }
        }
    }
    out
}

/// Matches `posting` against `resume`; `today` ends a role that runs to
/// the present.
pub fn match_resume(
    lexicon: &Lexicon,
    posting: &Posting,
    resume: &Resume,
    today: Month,
) -> MatchReport {
    let mut found = places(lexicon, resume);
    let mut keywords: Vec<Keyword> = posting
        .skills
        .iter()
        .map(|asked| {
            let skill = lexicon.skill(asked.skill);
            Keyword {
                skill: asked.skill,
                name: skill.name,
                required: asked.required,
                places: found.remove(&asked.skill).unwrap_or_default(),
                home: skill.category.home(),
            }
        })
        .collect();
    // A stable sort keeps the posting's order inside each group.
    keywords.sort_by_key(|k| (k.found(), !k.required));
    let weight = |k: &Keyword| if k.required { 2u32 } else { 1 };
    let total: u32 = keywords.iter().map(weight).sum();
    let have: u32 = keywords.iter().filter(|k| k.found()).map(weight).sum();
    let score = ((have * 100 + total / 2).checked_div(total)).unwrap_or(0) as u8;
    MatchReport {
        score,
        posting_level: posting.level,
        resume_level: resume.level,
        years_asked: posting.years,
        years_resume: experience_years(resume, today),
        keywords,
    }
}

#[cfg(test)]
mod tests {
    use super::super::dates::month;
    use super::super::posting::read_posting;
    use super::*;

    fn resume() -> Resume {
        let mut r = Resume::new(Level::Mid);
        let skills = r.first_of_kind(SectionKind::Skills).unwrap().id;
        r.section_mut(skills).unwrap().body = "Go, PostgreSQL, Docker".to_string();
        let exp = r.first_of_kind(SectionKind::Experience).unwrap().id;
        r.section_mut(exp).unwrap().body =
            "### Engineer — Acme\n*2022-01 – Present*\n- Ran Postgres on k8s.\n".to_string();
        r
    }

    #[test]
    fn found_missing_score_and_order() {
        let lexicon = Lexicon::builtin();
        let posting = read_posting(
            lexicon,
            "Senior Engineer\nRequirements\n- 6+ years of Go, Kubernetes and Kafka\nNice to have\n- Rust, Docker\n",
        )
        .unwrap();
        let report = match_resume(lexicon, &posting, &resume(), month(2026, 12));
        let order: Vec<(&str, bool, bool)> = report
            .keywords
            .iter()
            .map(|k| (k.name, k.required, k.found()))
            .collect();
        assert_eq!(
            order,
            [
                ("Apache Kafka", true, false),
                ("Rust", false, false),
                ("Go", true, true),
                ("Kubernetes", true, true),
                ("Docker", false, true),
            ]
        );
        // Found: Go 2 + Kubernetes 2 + Docker 1 of 2+2+2+1+1.
        assert_eq!(report.score, 63);
        assert_eq!(report.years_asked, Some(6));
        assert_eq!(report.years_resume, Some(5));
        assert!(report.years_gap() && report.level_gap());
        let (markdown, _) = resume().to_markdown_with_spans();
        let k8s = &report.keywords[3].places[0];
        assert_eq!(k8s.section, "Experience");
        assert!(markdown.lines().nth(k8s.line - 1).unwrap().contains("k8s"));
    }
}
