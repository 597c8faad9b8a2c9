//! Rules that judge one achievement bullet: a number, a strong opening verb
//! in the right tense, no duty phrasing, pronouns or buzzwords, and a length
//! a recruiter reads in one go.

use crate::resume::{Level, SectionId, SectionKind};

pub(crate) use super::emitter::BulletContext;
use super::emitter::Emitter;
use super::finding::{Finding, Severity, rule};
use super::fixes;
use super::lexicon::{
    BUZZWORDS, DESIGN_ARTEFACTS, DUTY_LABELS, DYNAMIC_TECH, OBSERVER, PRONOUNS_PLURAL,
    PRONOUNS_SINGULAR, VAGUE_MULTIPLE, VAGUE_SCOPE, WEAK_OPENERS,
};
use super::metric::find_metric;
use super::openers::{OpenerTally, opener_index};
use super::structure::{LineKind, Role, Segment};
use super::text::{Token, is_one_of};
use super::verbs::{Opener, classify, is_architect_verb, is_design_verb};

/// What the bullets of one section share: the section's lines (fixes are
/// ranges of a line) and the verbs that opened the bullets before.
pub(crate) struct SectionBullets<'t> {
    lines: &'t [(LineKind, &'t str)],
    openers: OpenerTally<'t>,
}

impl<'t> SectionBullets<'t> {
    pub fn new(lines: &'t [(LineKind, &'t str)]) -> Self {
        SectionBullets {
            lines,
            openers: OpenerTally::default(),
        }
    }
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

/// Runs every bullet rule on one bullet (its segments and their words) of
/// a section, appending findings to `out`.
pub(crate) fn check_bullet<'t>(
    ctx: &BulletContext,
    section: &mut SectionBullets<'t>,
    segments: &[Segment<'t>],
    tokens: &[Token<'t>],
    out: &mut Vec<Finding>,
) -> BulletOutcome {
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
    let words = tokens.len();
    // Talks and papers are citations; short custom items are list entries
    // ("AWS Certified Developer"). Neither is an achievement statement.
    let statement = ctx.kind != SectionKind::Recognition
        && !(ctx.kind == SectionKind::Custom && words < CUSTOM_ENTRY_WORDS);
    let start_len = out.len();
    let mut emit = Emitter {
        ctx,
        out,
        line: first_seg.line,
        col: first_seg.col,
        text: first_seg.text,
        lines: section.lines,
    };

    let opener = opener_index(tokens);
    let verb = tokens[opener].text;
    let metric_at = find_metric(tokens, opener);
    let design_statement = is_architect_verb(verb)
        || (is_design_verb(verb) && tokens.iter().any(|t| DESIGN_ARTEFACTS.contains(t.text)));
    let metric_expected = statement && !design_statement;
    if metric_expected && metric_at.is_none() {
        let severity = if ctx.level == Level::Junior {
            Severity::Info
        } else {
            Severity::Warning
        };
        emit.bullet(
            rule::METRIC,
            severity,
            "No number: add the outcome you measured (latency, %, users, $).".into(),
        );
    }
    let weak_opening = weak_phrasing(&mut emit, tokens, opener, metric_at.is_some());
    if statement && !weak_opening {
        opening_verb(&mut emit, tokens, opener);
        let tense = classify(verb);
        if matches!(tense, Opener::Past | Opener::Present | Opener::Gerund) {
            let token = &tokens[opener];
            if let Some(message) = section.openers.count(token.text, tense) {
                emit.word(rule::REPEATED_OPENER, token, message);
            }
        }
    }
    length(&mut emit, segments, words, statement);
    pronoun(&mut emit, tokens);
    buzzwords(&mut emit, tokens);

    let penalty = emit.out[start_len..]
        .iter()
        .map(|f| penalty(f.severity))
        .sum();
    BulletOutcome {
        metric_expected,
        has_metric: metric_at.is_some(),
        penalty,
    }
}

/// Duty phrasing at the start, observer phrasing anywhere, and (for
/// seniors, without a figure) vague scope; one finding at most. Returns
/// whether the bullet opens with such a phrase.
fn weak_phrasing(emit: &mut Emitter, tokens: &[Token], opener: usize, has_metric: bool) -> bool {
    // "Responsibilities: building…": the label itself lists duties.
    let label = opener.checked_sub(1).map(|i| &tokens[i]);
    if let Some(label) = label.filter(|t| t.colon && DUTY_LABELS.contains(t.text)) {
        emit.word(
            rule::WEAK_OPENER,
            label,
            format!(
                "'{}' lists duties, not results: open with what you did.",
                label.text
            ),
        );
        return true;
    }
    // "Responsible for …", or "Was responsible for …".
    let duty = WEAK_OPENERS.len_at(tokens, opener).or_else(|| {
        let was = is_one_of(tokens[opener].text, &["was", "were"]);
        was.then(|| WEAK_OPENERS.len_at(tokens, opener + 1))
            .flatten()
            .map(|len| len + 1)
    });
    if let Some(len) = duty {
        let phrase = joined(&tokens[opener..opener + len]);
        let fix = fixes::drop_duty(emit.line_of(&tokens[opener]), tokens, opener, len);
        emit.push_fix(
            rule::WEAK_OPENER,
            Severity::Warning,
            &tokens[opener],
            format!("'{phrase}' states a duty, not a result: open with what you did."),
            fix,
        );
        return true;
    }
    if let Some(at) = (0..tokens.len()).find(|&i| OBSERVER.len_at(tokens, i).is_some()) {
        emit.word(
            rule::WEAK_OPENER,
            &tokens[at],
            format!(
                "'{}' sounds like watching: say what you built with it.",
                tokens[at].text
            ),
        );
        return at == opener;
    }
    let senior_without_figure = emit.ctx.level == Level::Senior && !has_metric;
    if let Some(at) = senior_without_figure.then(|| vague_scope(tokens)).flatten() {
        emit.word(
            rule::WEAK_OPENER,
            &tokens[at],
            format!(
                "'{}' is vague scope: say how many teams, users or services.",
                tokens[at].text
            ),
        );
    }
    false
}

/// A strong verb first, in the past tense unless the role is current.
fn opening_verb(emit: &mut Emitter, tokens: &[Token], opener: usize) {
    let token = &tokens[opener];
    let verb = token.text;
    let fix = || fixes::tense(emit.line_of(token), token);
    match classify(verb) {
        Opener::Other => emit.bullet(
            rule::ACTION_VERB,
            Severity::Warning,
            "Open with a strong past-tense verb (Built, Cut, Led) to show your part.".into(),
        ),
        Opener::Weak => emit.word(
            rule::ACTION_VERB,
            &tokens[opener],
            format!("'{verb}' is a weak opener: start with what you did (Built, Cut, Led)."),
        ),
        Opener::Present | Opener::Gerund => match emit.ctx.role {
            Role::Current => {}
            Role::Ended => {
                let fix = fix();
                emit.push_fix(
                    rule::TENSE,
                    Severity::Warning,
                    token,
                    format!("This role has ended: put '{verb}' in the past tense."),
                    fix,
                );
            }
            // Without dates present tense is only a note.
            Role::Unknown => {
                let fix = fix();
                emit.push_fix(
                    rule::TENSE,
                    Severity::Info,
                    token,
                    format!("Achievements read best in the past tense: '{verb}' → past."),
                    fix,
                );
            }
        },
        Opener::Past => {}
    }
}

/// 8–30 words, and no wider than two preview lines.
fn length(emit: &mut Emitter, segments: &[Segment], words: usize, statement: bool) {
    // Characters are counted only when the bytes could exceed the limit.
    let bytes: usize = segments.iter().map(|s| s.text.len() + 1).sum::<usize>() - 1;
    let too_wide = bytes > MAX_CHARS
        && segments
            .iter()
            .map(|s| s.text.chars().count() + 1)
            .sum::<usize>()
            - 1
            > MAX_CHARS;
    if words > MAX_WORDS || too_wide {
        emit.bullet(
            rule::LENGTH,
            Severity::Warning,
            format!("Too long ({words} words): keep one idea in {MIN_WORDS}–{MAX_WORDS} words, or split it."),
        );
    } else if words < MIN_WORDS && statement {
        emit.bullet(
            rule::LENGTH,
            Severity::Info,
            format!("Short ({words} words): add the stack and the result ({MIN_WORDS}–{MAX_WORDS} words)."),
        );
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

fn joined(tokens: &[Token]) -> String {
    let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
    words.join(" ")
}

fn vague_scope(tokens: &[Token]) -> Option<usize> {
    (0..tokens.len()).find(|&i| {
        VAGUE_SCOPE.len_at(tokens, i).is_some()
            || (tokens[i].text.eq_ignore_ascii_case("multiple")
                && tokens
                    .get(i + 1)
                    .is_some_and(|t| VAGUE_MULTIPLE.contains(t.text)))
    })
}

fn pronoun(emit: &mut Emitter, tokens: &[Token]) {
    let mut worst: Option<(Severity, &Token)> = None;
    for t in tokens.iter().filter(|t| !t.code && !t.link) {
        let w = t.text;
        let singular = w == "I"
            || w == "i"
            || w.starts_with("I'")
            || w.starts_with("I’")
            || PRONOUNS_SINGULAR.contains(w);
        let plural = PRONOUNS_PLURAL.contains(w) || w == "us" || w == "Us";
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
        emit.push(rule::PRONOUN, severity, t, message);
    }
}

fn buzzwords(emit: &mut Emitter, tokens: &[Token]) {
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let len = BUZZWORDS.len_at(tokens, i).or_else(|| {
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
                    .is_some_and(|n| DYNAMIC_TECH.contains(n.text));
            (inside || dynamic).then_some(1)
        });
        match len {
            Some(len) if !t.code => {
                let phrase = joined(&tokens[i..i + len]);
                emit.word(
                    rule::BUZZWORD,
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
    let mut emit = Emitter {
        ctx: &ctx,
        out,
        line: 0,
        col: 0,
        text: "",
        lines: &[],
    };
    buzzwords(&mut emit, tokens);
}

#[cfg(test)]
#[path = "bullets_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "bullets_section_tests.rs"]
mod section_tests;
