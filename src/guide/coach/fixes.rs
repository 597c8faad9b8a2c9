//! Quick fixes: the one edit that settles a finding, built where the rule
//! knows exactly which words it means (see [`Fix`] for how the editor
//! applies one).

use std::ops::Range;

use super::finding::Fix;
use super::text::{Token, byte_of_col, is_one_of};
use super::verbs::{Opener, base_form, classify, past_of_base, same_case, to_past};

/// The bytes of `token` within `line`, when the line still holds it there.
pub(crate) fn token_range(line: &str, token: &Token) -> Option<Range<usize>> {
    let start = byte_of_col(line, token.col)?;
    let end = start + token.text.len();
    line.get(start..end)
        .is_some_and(|t| t == token.text)
        .then_some(start..end)
}

/// "Build" → "Built": the opening verb in the past tense.
pub(crate) fn tense(line: &str, verb: &Token) -> Option<Fix> {
    let past = to_past(verb.text)?;
    Some(Fix {
        range: token_range(line, verb)?,
        label: format!("Change to '{past}'"),
        replacement: past,
    })
}

/// Drops a duty phrase (`tokens[at..at + len]`, "Responsible for") and puts
/// the verb that follows in the past tense: "Responsible for building" →
/// "Built", "Helped migrate" → "Migrated". `None` unless a verb follows on
/// the same line — "Helped the team" or "Responsible for the design" has
/// no verb to keep.
pub(crate) fn drop_duty(line: &str, tokens: &[Token], at: usize, len: usize) -> Option<Fix> {
    let first = tokens.get(at)?;
    let last = tokens.get(at + len - 1)?;
    let mut next = at + len;
    // "Helped build": only help takes a bare verb; prepositions take a
    // gerund ("Assisted in migrating", "Worked on building").
    let helps = len == 1
        && last
            .text
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("help"));
    let ends_with_preposition = is_one_of(last.text, PREPOSITIONS);
    if !ends_with_preposition
        && tokens
            .get(next)
            .is_some_and(|t| is_one_of(t.text, PREPOSITIONS))
    {
        next += 1;
    }
    let verb = tokens.get(next)?;
    let base = base_form(verb.text)?;
    let form_fits = match classify(verb.text) {
        Opener::Gerund => true,
        Opener::Present => helps && base.eq_ignore_ascii_case(verb.text),
        _ => false,
    };
    if !form_fits || verb.line != first.line {
        return None;
    }
    let start = token_range(line, first)?.start;
    let end = token_range(line, verb)?.end;
    let past = same_case(first.text, &past_of_base(&base));
    Some(Fix {
        range: start..end,
        label: format!("Start with '{past}'"),
        replacement: past,
    })
}

const PREPOSITIONS: &[&str] = &["to", "in", "with", "on", "for"];

/// Selects template text (`range` of its line) for the user to type over.
pub(crate) fn select(range: Range<usize>, text: &str) -> Fix {
    Fix {
        range,
        replacement: String::new(),
        label: format!("Select '{text}'"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::WEAK_OPENERS;
    use super::super::text::tokenize;
    use super::*;

    fn tokens(line: &str) -> Vec<Token<'_>> {
        let mut out = Vec::new();
        tokenize(line, 0, 0, &mut out);
        out
    }

    /// The line after the weak-opener fix at the first word (after `skip`
    /// words), or `None` when there is none.
    fn drop_at(line: &str, skip: usize) -> Option<String> {
        let words = tokens(line);
        let len = WEAK_OPENERS.len_at(&words, skip)?;
        drop_duty(line, &words, skip, len)?.apply(line)
    }

    #[test]
    fn tense_fix_replaces_the_verb_only() {
        let line = "- Build the *orders* API";
        let words = tokens(line);
        let fix = tense(line, &words[0]).unwrap();
        assert_eq!(fix.range, 2..7);
        assert_eq!(fix.label, "Change to 'Built'");
        assert_eq!(fix.apply(line).unwrap(), "- Built the *orders* API");
        for (text, want) in [
            ("Lead the migration", "Led the migration"),
            ("Manage 4 queues", "Managed 4 queues"),
            ("Naïve: Maintains it", "Naïve: Maintained it"),
        ] {
            let words = tokens(text);
            let verb = words.iter().find(|t| to_past(t.text).is_some()).unwrap();
            assert_eq!(tense(text, verb).unwrap().apply(text).unwrap(), want);
        }
        assert!(tense("Kafka things", &tokens("Kafka things")[0]).is_none());
    }

    #[test]
    fn duty_phrases_go_when_a_verb_follows() {
        for (line, want) in [
            ("Responsible for building the ledger", "Built the ledger"),
            ("Helped migrate 40 services", "Migrated 40 services"),
            ("helped to design the schema", "designed the schema"),
            ("Assisted in debugging the queue", "Debugged the queue"),
            ("Worked on scaling the API", "Scaled the API"),
            (
                "Tasked with reducing latency, which fell 40%",
                "Reduced latency, which fell 40%",
            ),
            ("Contributed to shipping v2", "Shipped v2"),
        ] {
            assert_eq!(drop_at(line, 0).as_deref(), Some(want), "{line}");
        }
        let line = "Was responsible for leading 8 engineers";
        let words = tokens(line);
        let fix = drop_duty(line, &words, 0, 3).unwrap();
        assert_eq!(fix.apply(line).unwrap(), "Led 8 engineers");
    }

    #[test]
    fn no_fix_without_a_verb_to_keep() {
        for line in [
            "Helped the team fix bugs",
            "Responsible for design of the API",
            "Worked on the payments API",
            "Supported migrate services",
        ] {
            assert_eq!(drop_at(line, 0), None, "{line}");
        }
        // The verb on the next line of the bullet: not one edit of one line.
        let mut words = Vec::new();
        tokenize("Responsible for", 0, 2, &mut words);
        tokenize("building it", 1, 2, &mut words);
        assert!(drop_duty("- Responsible for", &words, 0, 2).is_none());
    }

    #[test]
    fn select_fix_only_selects() {
        let fix = select(3..12, "[Company]");
        assert!(fix.selects_only());
        assert_eq!(fix.apply("At [Company] now"), None);
        assert_eq!(fix.label, "Select '[Company]'");
    }
}
