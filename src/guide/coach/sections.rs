//! Everything the coach learns from one section on its own: its findings
//! (bullets, template text, junior projects, an empty recommended section)
//! and the facts the document rules aggregate (words, page lines, keyword
//! signals, how many experience bullets carry a number).

use crate::resume::{Level, Section, SectionId, SectionKind};

use super::bullets::{SectionBullets, check_bullet, check_buzzwords};
use super::emitter::BulletContext;
use super::finding::{Finding, Severity, rule};
use super::metric::{find_metric, find_metric_where};
use super::placeholder;
use super::print_lines::print_lines;
use super::read_view::ReadView;
use super::score::section_penalty;
use super::signals::{self, Signals};
use super::structure::{Entry, LineKind, Structure};
use super::tag_syntax;
use super::text::{excerpt, is_one_of};
use super::verbs::{Opener, classify};

/// What document rules need from a section, kept between rechecks.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct SectionFacts {
    pub empty: bool,
    /// Words as `Resume::word_count` counts them (title included).
    pub words: usize,
    /// Estimated printed lines, for the page estimate.
    pub print_lines: f32,
    pub signals: Signals,
    /// Experience bullets where a number is expected, and those that have one.
    pub experience_bullets: usize,
    pub experience_with_metric: usize,
    pub bullets: usize,
    /// Jobs the reading finds (an organisation and dates), whatever the
    /// section's title: "Experience" is not missing when they are there.
    pub jobs: usize,
}

pub(crate) struct SectionCheck {
    pub findings: Vec<Finding>,
    pub facts: SectionFacts,
    /// Mean bullet score, 0–100, when the section has bullets.
    pub bullet_score: Option<f32>,
    /// Points lost to findings that are not about one bullet.
    pub penalty: u32,
}

/// Checks one section. The spelling rules run only when `spell` is set:
/// the app checks the rest before the dictionaries are loaded.
pub(crate) fn check_section(level: Level, section: &Section, spell: bool) -> SectionCheck {
    let mut findings = Vec::new();
    let mut facts = SectionFacts {
        empty: section.is_empty(),
        words: section_words(section),
        ..SectionFacts::default()
    };
    if facts.empty {
        if level.recommended_sections().contains(&section.kind) {
            findings.push(empty_finding(section));
        }
        return SectionCheck {
            findings,
            facts,
            bullet_score: None,
            penalty: 0,
        };
    }

    let structure = Structure::parse(&section.body);
    let view = ReadView::new(section);
    facts.jobs = view.jobs();
    let mut scratch = Vec::new();
    let what = signals::Scan {
        contact: matches!(section.kind, SectionKind::Header | SectionKind::Custom),
        years: section.kind == SectionKind::Summary,
    };
    facts.signals = signals::scan(&section.body, what, &mut scratch);
    facts.print_lines = print_lines(section.kind, view.reading(), &structure);
    placeholder::check(section, &structure, &mut findings);
    tag_syntax::check(section, &mut findings);

    let before_bullets = findings.len();
    let mut bullet_score = None;
    if section.kind.has_bullets() || section.kind == SectionKind::Custom {
        let mut total = 0u32;
        let mut shared = SectionBullets::new(&structure.lines);
        for bullet in &structure.bullets {
            let segments = structure.bullet_segments(bullet);
            let line = segments.first().map_or(0, |s| s.line);
            // Skills, one-line role lists and list sections are not achievements.
            if !view.is_achievement(line) {
                continue;
            }
            let ctx = BulletContext {
                level,
                kind: section.kind,
                section: section.id,
                role: view
                    .role_at(line)
                    .unwrap_or(structure.entries[bullet.entry].role),
            };
            let tokens = structure.tokens_of(bullet.segments.clone());
            let outcome = check_bullet(&ctx, &mut shared, segments, tokens, &mut findings);
            total += 100u32.saturating_sub(outcome.penalty);
            facts.bullets += 1;
            // A design statement without a number is left out of the ratio;
            // with one, it counts like any other bullet.
            let counted = outcome.metric_expected || outcome.has_metric;
            if section.kind == SectionKind::Experience && counted {
                facts.experience_bullets += 1;
                facts.experience_with_metric += usize::from(outcome.has_metric);
            }
        }
        if facts.bullets > 0 {
            bullet_score = Some(total as f32 / facts.bullets as f32);
        }
    }
    let after_bullets = findings.len();
    if section.kind == SectionKind::Projects && level == Level::Junior {
        for entry in &structure.entries {
            check_project(section.id, &structure, entry, &mut findings);
        }
    }
    if section.kind == SectionKind::Summary {
        let tokens = &structure.tokens;
        check_buzzwords(section.id, tokens, &mut findings);
        let is_years = |i: usize| {
            tokens
                .get(i + 1)
                .is_some_and(|t| is_one_of(t.text, &["years", "year", "yrs"]))
        };
        if find_metric_where(tokens, 0, |i| !is_years(i)).is_some() {
            facts.signals |= signals::METRIC;
        }
    }
    if spell {
        crate::guide::spelling::check_section(
            section,
            |line| structure.lines[line].0 == LineKind::Code,
            &mut findings,
        );
    }
    let penalty = findings[..before_bullets]
        .iter()
        .chain(&findings[after_bullets..])
        .map(|f| section_penalty(f.severity))
        .sum();
    SectionCheck {
        findings,
        facts,
        bullet_score,
        penalty,
    }
}

fn section_words(section: &Section) -> usize {
    let title = if section.kind == SectionKind::Header {
        0
    } else {
        section
            .title
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    title + section.word_count()
}

fn empty_finding(section: &Section) -> Finding {
    let (severity, message) = if section.kind == SectionKind::Header {
        (
            Severity::Error,
            "No name or contact: start with '# Your Name' and an email.".to_string(),
        )
    } else {
        (
            Severity::Warning,
            format!(
                "Empty: recruiters at this level look for {}; add it.",
                section.title.trim()
            ),
        )
    };
    Finding {
        rule: rule::EMPTY_SECTION,
        severity,
        section: Some(section.id),
        line: None,
        column: 0,
        message,
        excerpt: String::new(),
        fix: None,
    }
}

/// Junior projects: one number each, and a problem, a stack and your part.
fn check_project(section: SectionId, structure: &Structure, entry: &Entry, out: &mut Vec<Finding>) {
    if entry.bullets.is_empty() && entry.meta.is_empty() {
        return;
    }
    let mut scratch = Vec::new();
    let mut stack = false;
    let mut problem = false;
    for seg in &structure.segments[entry.segments.clone()] {
        stack |=
            signals::scan(seg.text, signals::Scan::default(), &mut scratch) & signals::STACK != 0;
    }
    for &m in &entry.meta {
        let seg = structure.segments[m];
        let is_heading = structure.lines[seg.line].0 == LineKind::Heading;
        problem |= !is_heading && seg.text.split_whitespace().count() >= 4;
    }
    let mut contribution = false;
    for bullet in &structure.bullets[entry.bullets.clone()] {
        let words = structure.tokens_of(bullet.segments.clone());
        let verb = words
            .iter()
            .find(|t| !is_one_of(t.text, &["I", "we"]))
            .map(|t| classify(t.text));
        contribution |= matches!(verb, Some(Opener::Past | Opener::Present | Opener::Gerund));
        problem |= words.iter().any(|t| {
            is_one_of(
                t.text,
                &[
                    "to", "for", "so", "that", "which", "lets", "allows", "helps", "solves",
                    "problem",
                ],
            )
        });
    }
    let Some(&anchor) = structure.segments.get(entry.segments.start) else {
        return;
    };
    let mut finding = |rule, message: String| {
        out.push(Finding {
            rule,
            severity: Severity::Warning,
            section: Some(section),
            line: Some(anchor.line),
            column: anchor.col,
            message,
            excerpt: excerpt(anchor.text, 40),
            fix: None,
        });
    };
    if find_metric(structure.tokens_of(entry.segments.clone()), 0).is_none() {
        finding(
            rule::METRIC,
            "Project has no number: add users, requests, tables or time saved.".into(),
        );
    }
    let missing: Vec<&str> = [
        (!problem).then_some("the problem it solves"),
        (!stack).then_some("its stack"),
        (!contribution).then_some("your part"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !missing.is_empty() {
        finding(
            rule::PROJECT_DETAIL,
            format!(
                "Say {}: recruiters read projects for it.",
                missing.join(", ")
            ),
        );
    }
}

#[cfg(test)]
#[path = "sections_tests.rs"]
mod tests;
