//! Style slips a spell checker is the right place to catch, read from the
//! same words: a word typed twice ("the the") and filler words that make a
//! bullet longer without saying more.

use std::ops::Range;

use super::words::{Token, tokens};

/// Words that pad a resume: intensifiers and hedges a recruiter skims past.
pub const FILLERS: &[&str] = &[
    "very",
    "really",
    "basically",
    "actually",
    "just",
    "various",
    "literally",
    "quite",
    "extremely",
    "totally",
    "definitely",
    "essentially",
    "somewhat",
    "truly",
    "incredibly",
    "simply",
];

/// Doubled words that can be right ("he had had", "that that").
const DOUBLES_ALLOWED: &[&str] = &["had", "that"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StyleKind {
    /// The same word twice in a row.
    Repeated,
    /// A filler word.
    Filler,
}

/// One style slip in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StyleIssue {
    pub kind: StyleKind,
    /// Byte range in the line: both words of a repeat, or the filler word.
    pub range: Range<usize>,
}

/// The style slips of one line, in order.
pub fn style_issues(line: &str) -> Vec<StyleIssue> {
    let words = tokens(line);
    let mut out = Vec::new();
    let mut previous: Option<&Token<'_>> = None;
    for token in &words {
        if let Some(prev) = previous
            && token.spaced
            && is_plain_word(prev.text)
            && prev.text.eq_ignore_ascii_case(token.text)
            && !DOUBLES_ALLOWED
                .iter()
                .any(|w| w.eq_ignore_ascii_case(token.text))
        {
            out.push(StyleIssue {
                kind: StyleKind::Repeated,
                range: prev.range.start..token.range.end,
            });
        } else if token.prose && FILLERS.iter().any(|f| f.eq_ignore_ascii_case(token.text)) {
            out.push(StyleIssue {
                kind: StyleKind::Filler,
                range: token.range.clone(),
            });
        }
        previous = Some(token);
    }
    out
}

fn is_plain_word(text: &str) -> bool {
    text.chars().all(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(line: &str) -> Vec<(StyleKind, &str)> {
        style_issues(line)
            .into_iter()
            .map(|i| (i.kind, &line[i.range]))
            .collect()
    }

    #[test]
    fn repeated_words_need_only_a_space_between() {
        assert_eq!(
            found("Cut the the latency; Go go. Done. Done, had had, 10 10"),
            [
                (StyleKind::Repeated, "the the"),
                (StyleKind::Repeated, "Go go")
            ]
        );
    }

    #[test]
    fn fillers_are_prose_words_only() {
        assert_eq!(
            found("Basically built a very fast API for various teams, just-in-time, `just`"),
            [
                (StyleKind::Filler, "Basically"),
                (StyleKind::Filler, "very"),
                (StyleKind::Filler, "various")
            ]
        );
    }
}
