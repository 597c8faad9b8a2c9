//! The coach's spelling and style rules: `spelling`, `repeated-word` and
//! `filler`, read line by line from a section body.

use crate::guide::coach::{Finding, Fix, Severity, rule};
use crate::resume::{Section, SectionKind};

use super::speller::{Names, Speller};
use super::style::StyleKind;

/// Appends the spelling and style findings of `section`; `is_code(line)`
/// says which body lines are inside a code block (never read as prose).
pub(crate) fn check_section(
    speller: &Speller,
    section: &Section,
    is_code: impl Fn(usize) -> bool,
    out: &mut Vec<Finding>,
) {
    let header = section.kind == SectionKind::Header;
    let names = Names::of_section(section);
    for (index, raw) in section.body.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if is_code(index) || line.trim().is_empty() {
            continue;
        }
        let mut push = |rule: &'static str,
                        severity,
                        byte: usize,
                        message,
                        excerpt: &str,
                        fix: Option<Fix>| {
            out.push(Finding {
                rule,
                severity,
                section: Some(section.id),
                line: Some(index),
                column: line[..byte].chars().count(),
                message,
                excerpt: excerpt.to_string(),
                fix,
            });
        };
        let check = speller.check_line(line);
        for range in speller.misspelled_in(line, &names) {
            let word = &line[range.clone()];
            let suggestions = speller.suggestions(word);
            // A correction is applied for the user only when it is the one
            // candidate; otherwise the message lists them to choose from.
            let fix = match suggestions.as_slice() {
                [only] => Some(Fix {
                    range: range.clone(),
                    replacement: only.clone(),
                    label: format!("Change to '{only}'"),
                }),
                _ => None,
            };
            push(
                rule::SPELLING,
                Severity::Warning,
                range.start,
                spelling_message(word, &suggestions),
                word,
                fix,
            );
        }
        if header {
            continue;
        }
        for issue in &check.style {
            let text = &line[issue.range.clone()];
            let (id, severity, message) = match issue.kind {
                StyleKind::Repeated => (
                    rule::REPEATED_WORD,
                    Severity::Warning,
                    format!("'{text}': the word is typed twice; delete one."),
                ),
                StyleKind::Filler => (
                    rule::FILLER,
                    Severity::Info,
                    format!("'{text}' is filler: cut it, or say how much with a number."),
                ),
            };
            push(id, severity, issue.range.start, message, text, None);
        }
    }
}

fn spelling_message(word: &str, suggestions: &[String]) -> String {
    match suggestions {
        [] => format!("'{word}' is not a known word: check it, or add it to your dictionary."),
        _ => format!("'{word}' may be misspelled: {}?", suggestions.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::spelling::Choice;
    use crate::resume::SectionId;

    fn findings(kind: SectionKind, body: &str) -> Vec<(&'static str, usize, usize, String)> {
        let section = Section {
            id: SectionId(1),
            kind,
            title: "T".into(),
            body: body.into(),
        };
        let speller = Speller::new(Choice::Both, []);
        let mut out = Vec::new();
        let code = |i: usize| {
            body.split('\n')
                .nth(i)
                .is_some_and(|l| l.starts_with("    "))
        };
        check_section(&speller, &section, code, &mut out);
        out.into_iter()
            .map(|f| (f.rule, f.line.unwrap(), f.column, f.message))
            .collect()
    }

    #[test]
    fn findings_carry_line_column_and_suggestions() {
        let body = "### Engineer — Zentrik\n*2020 – 2022*\n\n- Cut the the cost of Zentrik’s \
                    buisness reports\n    buisness in code\n- A very big win";
        let found = findings(SectionKind::Experience, body);
        let rules: Vec<_> = found.iter().map(|f| (f.0, f.1, f.2)).collect();
        assert_eq!(
            rules,
            [
                (rule::SPELLING, 3, 32),
                (rule::REPEATED_WORD, 3, 6),
                (rule::FILLER, 5, 4)
            ]
        );
        assert!(found[0].3.contains("business"), "{}", found[0].3);
    }

    #[test]
    fn the_header_names_people_and_places() {
        let found = findings(
            SectionKind::Header,
            "# Ozymandias Qwertyson\nVrelnik, Poland · enginer",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].0, found[0].1, found[0].2),
            (rule::SPELLING, 1, 18)
        );
    }
}
