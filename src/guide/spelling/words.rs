//! The words of one line of Markdown, and which of them are prose.
//!
//! Only prose is spell-checked: URLs, e-mail addresses, handles, paths,
//! code spans, link targets, HTML tags, numbers with units, version strings
//! and identifiers are read as words (so that "the the" needs two real
//! neighbours) but marked as not prose. Mixed-case product names (gRPC,
//! PostgreSQL, macOS) and acronyms of up to five capitals (SLO, HTTP) are
//! not prose either: a checker that flags them is one developers turn off.

use std::ops::Range;

/// One word of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    /// Byte range in the line.
    pub range: Range<usize>,
    pub text: &'a str,
    /// Spell-checked; otherwise a link, code, a number or a name in code.
    pub prose: bool,
    /// Only whitespace separates it from the token before.
    pub spaced: bool,
}

/// Capitals up to this many letters are an acronym (SLO, HTTP, CI), not a word.
const ACRONYM_LETTERS: usize = 5;

/// The words of `line`, in order.
pub(crate) fn tokens(line: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let trimmed = line.trim_start();
    // A link reference definition, `[id]: https://…`, is all target.
    if trimmed.starts_with('[') && trimmed.contains("]:") && !trimmed.contains("](") {
        return out;
    }
    let hidden = hidden_bytes(line);
    let mut chunk_start: Option<usize> = None;
    for (i, c) in line.char_indices() {
        let boundary = c.is_whitespace() || hidden[i];
        match (boundary, chunk_start) {
            (true, Some(start)) => {
                chunk(line, start..i, &mut out);
                chunk_start = None;
            }
            (false, None) => chunk_start = Some(i),
            _ => {}
        }
    }
    if let Some(start) = chunk_start {
        chunk(line, start..line.len(), &mut out);
    }
    out
}

/// Bytes that are never words: code spans, link destinations, autolinks,
/// HTML tags and entities.
fn hidden_bytes(line: &str) -> Vec<bool> {
    let b = line.as_bytes();
    let mut hidden = vec![false; b.len()];
    let hide = |range: Range<usize>, hidden: &mut Vec<bool>| {
        for flag in &mut hidden[range] {
            *flag = true;
        }
    };
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'`' => {
                let run = b[i..].iter().take_while(|&&c| c == b'`').count();
                match closing_backticks(b, i + run, run) {
                    Some(end) => {
                        hide(i..end, &mut hidden);
                        i = end;
                    }
                    None => i += run,
                }
            }
            b']' if b.get(i + 1) == Some(&b'(') => {
                let end = closing_paren(b, i + 1);
                hide(i + 1..end, &mut hidden);
                i = end;
            }
            b'<' if b
                .get(i + 1)
                .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, b'/' | b'!')) =>
            {
                match b[i..].iter().position(|&c| c == b'>') {
                    Some(len) => {
                        hide(i..i + len + 1, &mut hidden);
                        i += len + 1;
                    }
                    None => i += 1,
                }
            }
            b'&' => {
                let name = b[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == b'#')
                    .count();
                if name > 0 && b.get(i + 1 + name) == Some(&b';') {
                    hide(i..i + name + 2, &mut hidden);
                    i += name + 2;
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    hidden
}

/// End (exclusive) of the backtick run of length `run` that closes a code
/// span opened before `from`.
fn closing_backticks(b: &[u8], from: usize, run: usize) -> Option<usize> {
    let mut j = from;
    while j < b.len() {
        if b[j] == b'`' {
            let len = b[j..].iter().take_while(|&&c| c == b'`').count();
            if len == run {
                return Some(j + len);
            }
            j += len;
        } else {
            j += 1;
        }
    }
    None
}

/// End (exclusive) of the parenthesised destination opening at `open`,
/// allowing nested parentheses; the line's end if it never closes.
fn closing_paren(b: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    for (j, &c) in b.iter().enumerate().skip(open) {
        match c {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
    }
    b.len()
}

/// A whitespace-separated run that is an address, not words.
fn is_address(text: &str) -> bool {
    text.contains("://")
        || text.starts_with("www.")
        || text.contains('@')
        || text.contains('\\')
        || text.starts_with('/')
        || text.starts_with("~/")
        || (text.contains('/') && text.contains('.'))
        || (text.starts_with('#') && text[1..].starts_with(|c: char| c.is_alphanumeric()))
}

/// Characters that split a run into words.
fn splits(c: char) -> bool {
    matches!(
        c,
        '/' | '—'
            | '–'
            | '('
            | ')'
            | '['
            | ']'
            | '*'
            | '"'
            | '“'
            | '”'
            | '|'
            | ','
            | ';'
            | '!'
            | '?'
            | ':'
            | '…'
            | '='
            | '<'
            | '>'
            | '{'
            | '}'
            | '~'
            | '+'
            | '^'
            | '•'
            | '·'
            | '→'
    )
}

fn chunk<'a>(line: &'a str, range: Range<usize>, out: &mut Vec<Token<'a>>) {
    let text = &line[range.clone()];
    if is_address(text) {
        push(line, range, false, out);
        return;
    }
    let mut start = range.start;
    for (i, c) in text.char_indices() {
        if splits(c) {
            word(line, start..range.start + i, out);
            start = range.start + i + c.len_utf8();
        }
    }
    word(line, start..range.end, out);
}

fn word<'a>(line: &'a str, range: Range<usize>, out: &mut Vec<Token<'a>>) {
    let raw = &line[range.clone()];
    let body = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
    let start = range.start + (raw.len() - body.len());
    let body = body.trim_end_matches(|c: char| !c.is_alphanumeric());
    if body.is_empty() {
        return;
    }
    let prose = is_prose(body);
    push(line, start..start + body.len(), prose, out);
}

fn push<'a>(line: &'a str, range: Range<usize>, prose: bool, out: &mut Vec<Token<'a>>) {
    let spaced = out.last().is_some_and(|prev| {
        line[prev.range.end..range.start]
            .chars()
            .all(char::is_whitespace)
    });
    out.push(Token {
        text: &line[range.clone()],
        range,
        prose,
        spaced,
    });
}

/// A word to spell-check: Latin letters (an English dictionary cannot
/// judge 決済 or данные), with inner hyphens and apostrophes only, not an
/// acronym and not mixed case.
fn is_prose(word: &str) -> bool {
    if !word
        .chars()
        .all(|c| is_latin_letter(c) || matches!(c, '-' | '\'' | '’'))
    {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if word.chars().all(|c| !c.is_lowercase()) && letters <= ACRONYM_LETTERS {
        return false;
    }
    word.split('-').all(|part| !is_mixed_case(part))
}

/// ASCII letters and the accented ones of Latin-1 and Latin Extended.
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (c.is_alphabetic() && matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}'))
}

/// "gRPC", "macOS", "GitHub", "SQLite": a capital after the first letter
/// in a word that also has small letters.
fn is_mixed_case(part: &str) -> bool {
    part.chars().any(char::is_lowercase) && part.chars().skip(1).any(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(line: &str) -> Vec<&str> {
        tokens(line)
            .into_iter()
            .filter(|t| t.prose)
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn markdown_and_addresses_are_not_prose() {
        let line = "- Built [the API](https://x.io/a_(b)) with `tokio::spawn` and <b>mail</b> \
                    jane@example.com, www.site.org, github.com/jane and @jane_doe &amp; #42";
        assert_eq!(prose(line), ["Built", "the", "with", "and", "mail", "and"]);
    }

    #[test]
    fn numbers_versions_acronyms_and_product_names_are_skipped() {
        let line = "Cut p99 from 800ms to 200 ms on Java 21.0.3, v1.2, S3 and EC2 with gRPC, \
                    mTLS, SLO, CI/CD, PostgreSQL, macOS, Node.js, e.g. snake_case; REALLYLONG";
        assert_eq!(
            prose(line),
            [
                "Cut",
                "from",
                "to",
                "ms",
                "on",
                "Java",
                "and",
                "with",
                "REALLYLONG"
            ]
        );
    }

    #[test]
    fn only_latin_script_is_prose() {
        assert_eq!(
            prose("Cut 決済 latency, данные and café"),
            ["Cut", "latency", "and", "café"]
        );
    }

    #[test]
    fn hyphens_and_apostrophes_stay_inside_words() {
        assert_eq!(
            prose("**Acme's** team-wide don’t — well-known"),
            ["Acme's", "team-wide", "don’t", "well-known"]
        );
    }

    #[test]
    fn ranges_point_into_the_line_and_spacing_is_recorded() {
        let line = "the the, the";
        let t = tokens(line);
        assert_eq!(t.len(), 3);
        assert_eq!(&line[t[1].range.clone()], "the");
        assert!(t[1].spaced, "only a space before the second word");
        assert!(!t[2].spaced, "a comma before the third");
        assert!(tokens("[id]: https://example.com").is_empty());
    }
}
