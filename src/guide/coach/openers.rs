//! Where a bullet's statement starts, and the verbs that opened the
//! bullets before it in the section: the same verb bullet after bullet
//! reads as a list of duties, not of results.

use super::text::{Token, is_one_of};
use super::verbs::{Opener, alternatives, classify};

/// From which bullet on the same opening verb is reported.
pub(crate) const REPEAT_LIMIT: usize = 3;

/// Where the statement starts: after a "Label:" lead-in and a subject
/// pronoun ("I built" is judged on "built"; the pronoun rule has "I").
/// A past-tense verb before the colon is the statement's own verb
/// ("Built: a queue that…"), not a label.
pub(crate) fn opener_index(tokens: &[Token]) -> usize {
    let label = tokens
        .iter()
        .take(5)
        .position(|t| t.colon)
        .filter(|&i| i + 1 < tokens.len());
    let mut opener = match label {
        Some(0) if is_verb_lead_in(tokens) => 0,
        Some(i) => i + 1,
        None => 0,
    };
    if is_one_of(tokens[opener].text, &["I", "we"]) && opener + 1 < tokens.len() {
        opener += 1;
    }
    opener
}

/// "Led: migration of…": a past-tense verb is the statement's own, even
/// when a word that could be a verb follows ("Led: design reviews…");
/// labels are nouns or gerunds ("Payments:", "Testing:").
fn is_verb_lead_in(tokens: &[Token]) -> bool {
    classify(tokens[0].text) == Opener::Past
}

/// How often each opening verb has been seen in a section so far.
#[derive(Debug, Default)]
pub(crate) struct OpenerTally<'t> {
    seen: Vec<(&'t str, usize)>,
}

impl<'t> OpenerTally<'t> {
    /// Counts `verb` (an opener of the given tense); from its
    /// [`REPEAT_LIMIT`]th time on, returns the repeated-opener message.
    pub fn count(&mut self, verb: &'t str, tense: Opener) -> Option<String> {
        let n = match self
            .seen
            .iter_mut()
            .find(|(seen, _)| seen.eq_ignore_ascii_case(verb))
        {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                self.seen.push((verb, 1));
                1
            }
        };
        (n >= REPEAT_LIMIT).then(|| {
            let others = alternatives(verb, tense);
            let options = match others.split_last() {
                Some((last, rest)) if !rest.is_empty() => {
                    format!("{} or {last}", rest.join(", "))
                }
                _ => others.join(""),
            };
            format!("'{verb}' opens {n} bullets of this section: vary it ({options}).")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::tokenize;
    use super::*;

    fn opener(text: &str) -> String {
        let mut tokens = Vec::new();
        tokenize(text, 0, 0, &mut tokens);
        tokens[opener_index(&tokens)].text.to_string()
    }

    #[test]
    fn labels_and_pronouns_are_skipped_but_a_verb_before_a_colon_opens() {
        assert_eq!(opener("Payments: built the ledger"), "built");
        assert_eq!(opener("**Billing**: I rewrote the invoicer"), "rewrote");
        assert_eq!(opener("Built: a queue that absorbs 40k jobs"), "Built");
        assert_eq!(opener("Led: migration of 30 services to EKS"), "Led");
        assert_eq!(
            opener("Monitoring: Grafana boards for 30 services"),
            "Grafana"
        );
        assert_eq!(opener("Testing: wrote 300 contract tests"), "wrote");
        assert_eq!(opener("Led: design reviews for the ledger"), "Led");
        assert_eq!(opener("Shipped. Then more"), "Shipped");
    }

    #[test]
    fn the_third_bullet_with_the_same_verb_is_reported_with_alternatives() {
        let mut tally = OpenerTally::default();
        assert_eq!(tally.count("Built", Opener::Past), None);
        assert_eq!(tally.count("Designed", Opener::Past), None);
        assert_eq!(tally.count("built", Opener::Past), None);
        assert_eq!(
            tally.count("Built", Opener::Past).as_deref(),
            Some(
                "'Built' opens 3 bullets of this section: vary it (Developed, Implemented or Created)."
            )
        );
        assert!(
            tally
                .count("Built", Opener::Past)
                .unwrap()
                .contains("opens 4 bullets")
        );
        assert_eq!(tally.count("Designed", Opener::Past), None);
    }
}
