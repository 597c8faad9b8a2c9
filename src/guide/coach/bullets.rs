//! Rules that judge one achievement bullet: a number, a strong opening verb
//! in the right tense, no duty phrasing, pronouns or buzzwords, and a length
//! a recruiter reads in one go.

use crate::resume::{Level, SectionId, SectionKind};

use super::finding::{Finding, Severity, rule};
use super::lexicon::{
    BUZZWORDS, DESIGN_ARTEFACTS, DYNAMIC_TECH, OBSERVER, VAGUE_MULTIPLE, VAGUE_SCOPE, WEAK_OPENERS,
};
use super::metric::find_metric;
use super::structure::{Role, Segment};
use super::text::{Token, excerpt, is_one_of, tokenize};
use super::verbs::{Opener, classify, is_architect_verb, is_design_verb};

/// Where a bullet sits: its level, section and role.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BulletContext {
    pub level: Level,
    pub kind: SectionKind,
    pub section: SectionId,
    pub role: Role,
}

/// What the section keeps from one bullet.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct BulletOutcome {
    /// Whether a number is expected (not for talks or design statements).
    pub metric_expected: bool,
    pub has_metric: bool,
    /// Score points lost, by the findings' severity.
    pub penalty: u32,
}

pub(crate) const MIN_WORDS: usize = 8;
pub(crate) const MAX_WORDS: usize = 30;
/// Two preview lines at 100 columns.
pub(crate) const MAX_CHARS: usize = 200;
/// In a custom section, shorter items are list entries ("AWS Certified
/// Developer"), not achievement statements.
const CUSTOM_ENTRY_WORDS: usize = 6;

/// Runs every bullet rule on one bullet, appending findings to `out`.
/// `tokens` is scratch space reused between bullets.
pub(crate) fn check_bullet<'a>(
    ctx: &BulletContext,
    segments: &[Segment<'a>],
    tokens: &mut Vec<Token<'a>>,
    out: &mut Vec<Finding>,
) -> BulletOutcome {
    tokens.clear();
    for seg in segments {
        tokenize(seg.text, seg.line, seg.col, tokens);
    }
    let Some(first_seg) = segments.first() else {
        return BulletOutcome::default();
    };
    // A bullet that is only template text ("[Describe a project]") is for
    // the placeholder rule alone: judging its wording would be noise.
    let template_only = segments.len() == 1 && {
        let t = first_seg.text;
        t.starts_with('[') && t.ends_with(']') && !t.contains("](")
    };
    if tokens.is_empty() || template_only {
        return BulletOutcome::default();
    }
    let chars: usize = segments
        .iter()
        .map(|s| s.text.chars().count() + 1)
        .sum::<usize>()
        - 1;
    let words = tokens.len();
    let is_entry = ctx.kind == SectionKind::Custom && words < CUSTOM_ENTRY_WORDS;
    let is_citation = ctx.kind == SectionKind::Recognition;
    let start_len = out.len();
    let mut report = Report {
        ctx,
        out,
        line: first_seg.line,
        col: first_seg.col,
        text: first_seg.text,
    };

    // A "Label:" lead-in is not the opener; neither is a subject pronoun.
    let mut opener = tokens
        .iter()
        .take(5)
        .position(|t| t.colon)
        .filter(|&i| i + 1 < tokens.len())
        .map_or(0, |i| i + 1);
    let subject = is_one_of(tokens[opener].text, &["I", "we"]) && opener + 1 < tokens.len();
    if subject {
        opener += 1;
    }
    let verb = tokens[opener].text;
    let metric_at = find_metric(tokens, opener);
    let design_statement = is_architect_verb(verb)
        || (is_design_verb(verb) && tokens.iter().any(|t| is_one_of(t.text, DESIGN_ARTEFACTS)));
    let metric_expected = !is_citation && !is_entry && !design_statement;

    if metric_expected && metric_at.is_none() {
        let severity = if ctx.level == Level::Junior {
            Severity::Info
        } else {
            Severity::Warning
        };
        report.bullet(
            rule::METRIC,
            severity,
            "No number: add the outcome you measured (latency, %, users, $).".into(),
        );
    }

    // "Responsible for …", or "Was responsible for …": (start, length).
    let weak_start = phrase_at(tokens, opener, WEAK_OPENERS)
        .map(|len| (opener, len))
        .or_else(|| {
            let was = is_one_of(tokens[opener].text, &["was", "were"]);
            let after = if was {
                phrase_at(tokens, opener + 1, WEAK_OPENERS)
            } else {
                None
            };
            after.map(|len| (opener, len + 1))
        });
    let observer_start = phrase_at(tokens, opener, OBSERVER);
    if let Some((at, len)) = weak_start {
        let phrase = joined(&tokens[at..at + len]);
        report.word(
            rule::WEAK_OPENER,
            Severity::Warning,
            &tokens[at],
            format!("'{phrase}' states a duty, not a result: open with what you did."),
        );
    } else if let Some(at) = (0..tokens.len()).find(|&i| phrase_at(tokens, i, OBSERVER).is_some()) {
        report.word(
            rule::WEAK_OPENER,
            Severity::Warning,
            &tokens[at],
            format!(
                "'{}' sounds like watching: say what you built with it.",
                tokens[at].text
            ),
        );
    } else if let Some(at) =
        vague_scope(tokens).filter(|_| ctx.level == Level::Senior && metric_at.is_none())
    {
        report.word(
            rule::WEAK_OPENER,
            Severity::Warning,
            &tokens[at],
            format!(
                "'{}' is vague scope: say how many teams, users or services.",
                tokens[at].text
            ),
        );
    }

    let opener_kind = classify(verb);
    let judged_as_statement =
        !is_citation && !is_entry && weak_start.is_none() && observer_start.is_none();
    if judged_as_statement {
        match opener_kind {
            Opener::Other => report.bullet(
                rule::ACTION_VERB,
                Severity::Warning,
                "Open with a strong past-tense verb (Built, Cut, Led) to show your part.".into(),
            ),
            Opener::Weak => report.word(
                rule::ACTION_VERB,
                Severity::Warning,
                &tokens[opener],
                format!("'{verb}' is a weak opener: start with what you did (Built, Cut, Led)."),
            ),
            Opener::Present | Opener::Gerund if ctx.role != Role::Current => {
                let (severity, message) = if ctx.role == Role::Ended {
                    (
                        Severity::Warning,
                        format!("This role has ended: put '{verb}' in the past tense."),
                    )
                } else {
                    (
                        Severity::Info,
                        format!("Achievements read best in the past tense: '{verb}' → past."),
                    )
                };
                report.word(rule::TENSE, severity, &tokens[opener], message);
            }
            _ => {}
        }
    }

    if words > MAX_WORDS || chars > MAX_CHARS {
        report.bullet(
            rule::LENGTH,
            Severity::Warning,
            format!("Too long ({words} words): keep one idea in {MIN_WORDS}–{MAX_WORDS} words, or split it."),
        );
    } else if words < MIN_WORDS && !is_citation && !is_entry {
        report.bullet(
            rule::LENGTH,
            Severity::Info,
            format!("Short ({words} words): add the stack and the result ({MIN_WORDS}–{MAX_WORDS} words)."),
        );
    }

    pronoun(&mut report, tokens);
    buzzwords(&mut report, tokens);

    let penalty = report.out[start_len..]
        .iter()
        .map(|f| penalty(f.severity))
        .sum();
    BulletOutcome {
        metric_expected,
        has_metric: metric_at.is_some(),
        penalty,
    }
}

/// Score points a bullet loses per finding.
pub(crate) fn penalty(severity: Severity) -> u32 {
    match severity {
        Severity::Info => 5,
        Severity::Warning => 25,
        Severity::Error => 60,
    }
}

struct Report<'c, 'o, 't> {
    ctx: &'c BulletContext,
    out: &'o mut Vec<Finding>,
    line: usize,
    col: usize,
    text: &'t str,
}

impl Report<'_, '_, '_> {
    /// A finding about the bullet as a whole, pointing at its start.
    fn bullet(&mut self, rule: &'static str, severity: Severity, message: String) {
        self.out.push(Finding {
            rule,
            severity,
            section: Some(self.ctx.section),
            line: Some(self.line),
            column: self.col,
            message,
            excerpt: excerpt(self.text, 48),
        });
    }

    /// A finding about one word of the bullet.
    fn word(&mut self, rule: &'static str, severity: Severity, token: &Token, message: String) {
        self.out.push(Finding {
            rule,
            severity,
            section: Some(self.ctx.section),
            line: Some(token.line),
            column: token.col,
            message,
            excerpt: token.text.to_string(),
        });
    }
}

/// Length in tokens of the first of `phrases` found at `at`.
fn phrase_at(tokens: &[Token], at: usize, phrases: &[&[&str]]) -> Option<usize> {
    phrases
        .iter()
        .find(|p| {
            p.len() <= tokens.len().saturating_sub(at)
                && p.iter()
                    .zip(&tokens[at..])
                    .all(|(w, t)| w.eq_ignore_ascii_case(t.text))
        })
        .map(|p| p.len())
}

fn joined(tokens: &[Token]) -> String {
    let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
    words.join(" ")
}

fn vague_scope(tokens: &[Token]) -> Option<usize> {
    (0..tokens.len()).find(|&i| {
        phrase_at(tokens, i, VAGUE_SCOPE).is_some()
            || (tokens[i].text.eq_ignore_ascii_case("multiple")
                && tokens
                    .get(i + 1)
                    .is_some_and(|t| is_one_of(t.text, VAGUE_MULTIPLE)))
    })
}

fn pronoun(report: &mut Report, tokens: &[Token]) {
    let mut worst: Option<(Severity, &Token)> = None;
    for t in tokens.iter().filter(|t| !t.code && !t.link) {
        let w = t.text;
        let singular = w == "I"
            || w == "i"
            || w.starts_with("I'")
            || w.starts_with("I’")
            || is_one_of(
                w,
                &[
                    "me", "my", "myself", "mine", "we", "we're", "we've", "we’re",
                ],
            );
        let plural = is_one_of(w, &["our", "ours", "ourselves"]) || w == "us" || w == "Us";
        let severity = if singular {
            Severity::Warning
        } else if plural {
            Severity::Info
        } else {
            continue;
        };
        if worst.is_none_or(|(s, _)| severity > s) {
            worst = Some((severity, t));
        }
    }
    if let Some((severity, t)) = worst {
        let message = if severity == Severity::Warning {
            format!(
                "Drop '{}': a bullet is read as yours, so start with the verb.",
                t.text
            )
        } else {
            format!("Drop '{}': name the team or system instead.", t.text)
        };
        report.word(rule::PRONOUN, severity, t, message);
    }
}

fn buzzwords(report: &mut Report, tokens: &[Token]) {
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let len = phrase_at(tokens, i, BUZZWORDS).or_else(|| {
            // "ninja-fast": a buzzword inside a hyphenated word.
            let inside = t.text.contains('-')
                && t.text.split('-').any(|part| {
                    is_one_of(
                        part,
                        &["ninja", "guru", "rockstar", "passionate", "synergy"],
                    )
                });
            let dynamic = t.text.eq_ignore_ascii_case("dynamic")
                && !tokens
                    .get(i + 1)
                    .is_some_and(|n| is_one_of(n.text, DYNAMIC_TECH));
            (inside || dynamic).then_some(1)
        });
        match len {
            Some(len) if !t.code => {
                let phrase = joined(&tokens[i..i + len]);
                report.word(
                    rule::BUZZWORD,
                    Severity::Warning,
                    t,
                    format!("'{phrase}' is a claim anyone can make: show it with a result."),
                );
                i += len;
            }
            _ => i += 1,
        }
    }
}

/// Buzzwords in a paragraph (the summary): the same list, reported per word.
pub(crate) fn check_buzzwords(section: SectionId, tokens: &[Token], out: &mut Vec<Finding>) {
    let ctx = BulletContext {
        level: Level::Mid,
        kind: SectionKind::Summary,
        section,
        role: Role::Unknown,
    };
    let mut report = Report {
        ctx: &ctx,
        out,
        line: 0,
        col: 0,
        text: "",
    };
    buzzwords(&mut report, tokens);
}

#[cfg(test)]
#[path = "bullets_tests.rs"]
mod tests;
