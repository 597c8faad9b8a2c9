//! Words of a line, as slices of the section body: the coach's one tokenizer.
//!
//! Rules run on every keystroke, so scanning is hand-written and allocates
//! nothing beyond the caller's reusable token vector.

/// One word of a line with its position in the section body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    /// The word without edge punctuation or Markdown emphasis.
    pub text: &'a str,
    /// 0-based line in the section body.
    pub line: usize,
    /// 0-based character column in that line.
    pub col: usize,
    /// Inside an `inline code` span.
    pub code: bool,
    /// A URL or e-mail address: a word, but not prose.
    pub link: bool,
    /// Followed by `:` (a "Label:" lead-in).
    pub colon: bool,
    /// Followed by `.`, `!`, `?` or `;`: the next word starts a sentence.
    pub stop: bool,
}

/// Characters that split words (besides whitespace).
fn is_separator(c: char) -> bool {
    if c.is_ascii() {
        return ASCII_SPLIT[c as usize];
    }
    c.is_whitespace() || matches!(c, '“' | '”' | '→' | '–' | '—' | '…' | '•' | '·')
}

/// ASCII characters that split words: whitespace, emphasis, brackets,
/// quotes and table pipes.
const ASCII_SPLIT: [bool; 128] = {
    let mut table = [false; 128];
    let split = b" \t\r\n`*()[]{}\"<>|=";
    let mut i = 0;
    while i < split.len() {
        table[split[i] as usize] = true;
        i += 1;
    }
    table
};

fn is_leading_junk(c: char) -> bool {
    matches!(
        c,
        '\'' | '‘' | '’' | '_' | '~' | '≈' | ',' | '.' | ':' | ';' | '-' | '!' | '?'
    )
}

fn is_trailing_junk(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ':' | ';' | '!' | '?' | '\'' | '’' | '_' | '~' | '-'
    )
}

/// Appends the words of `text` (which starts at char column `col0` of body
/// line `line`) to `out`. Link destinations (`](url)`) are skipped: they are
/// not read as prose.
pub(crate) fn tokenize<'a>(text: &'a str, line: usize, col0: usize, out: &mut Vec<Token<'a>>) {
    let bytes = text.as_bytes();
    let mut start: Option<(usize, usize)> = None;
    let mut in_code = false;
    let mut col = col0;
    let mut i = 0;
    while i < bytes.len() {
        // ASCII is read byte by byte; other characters are decoded.
        let (c, len) = if bytes[i] < 0x80 {
            (bytes[i] as char, 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        };
        if is_separator(c) {
            if let Some((s, s_col)) = start.take() {
                push_word(&text[s..i], line, s_col, in_code, out);
            }
            if c == '`' {
                in_code = !in_code;
            }
            if c == ']' && bytes.get(i + 1) == Some(&b'(') {
                // Skip `(destination)`, allowing nested parentheses.
                let mut depth = 0usize;
                let mut j = i + 1;
                for d in text[j..].chars() {
                    j += d.len_utf8();
                    col += 1;
                    match d {
                        '(' => depth += 1,
                        ')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                i = j;
                col += 1;
                continue;
            }
        } else if start.is_none() {
            start = Some((i, col));
        }
        col += 1;
        i += len;
    }
    if let Some((s, s_col)) = start {
        push_word(&text[s..], line, s_col, in_code, out);
    }
}

fn push_word<'a>(raw: &'a str, line: usize, col: usize, code: bool, out: &mut Vec<Token<'a>>) {
    let link = raw.bytes().any(|b| b == b':' || b == b'@')
        && (raw.contains("://") || raw.contains('@'))
        || raw.starts_with("www.");
    let (lead_bytes, lead_chars) = raw
        .chars()
        .take_while(|&c| is_leading_junk(c))
        .fold((0, 0), |(b, n), c| (b + c.len_utf8(), n + 1));
    let rest = &raw[lead_bytes..];
    let text = if link {
        rest
    } else {
        rest.trim_end_matches(is_trailing_junk)
    };
    let has_word = text.bytes().any(|b| b.is_ascii_alphanumeric())
        || (!text.is_ascii() && text.chars().any(char::is_alphanumeric));
    if !has_word {
        // Punctuation after closing emphasis ("**Payments**:") belongs to
        // the word before it.
        if let Some(prev) = out.last_mut().filter(|p| p.line == line) {
            prev.colon |= raw.contains(':');
            prev.stop |= raw.contains(['.', '!', '?', ';']);
        }
        return;
    }
    let tail = &rest[text.len()..];
    out.push(Token {
        text,
        line,
        col: col + lead_chars,
        code,
        link,
        colon: tail.contains(':'),
        stop: tail.contains(['.', '!', '?', ';']),
    });
}

/// ASCII-lowercases `word` into `buf`; `None` when it does not fit or is
/// not ASCII (no word the coach looks up is).
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 40]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (dst, src) in buf.iter_mut().zip(bytes) {
        *dst = src.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

/// True when `word` equals one of `list` ignoring ASCII case.
pub(crate) fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Finds `needle` (lowercase ASCII) in `hay` ignoring ASCII case, with a
/// word boundary on both sides; returns the byte offset.
pub(crate) fn find_word_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| {
        h[i..i + n.len()].eq_ignore_ascii_case(n)
            && (i == 0 || !h[i - 1].is_ascii_alphanumeric())
            && h.get(i + n.len())
                .is_none_or(|b| !b.is_ascii_alphanumeric())
    })
}

/// Orders a lowercase word against any word, ignoring ASCII case, for
/// binary search in sorted lowercase lists.
pub(crate) fn cmp_ignore_case(lowercase: &str, word: &str) -> std::cmp::Ordering {
    lowercase
        .bytes()
        .cmp(word.bytes().map(|b| b.to_ascii_lowercase()))
}

/// Finds `needle` (lowercase ASCII) anywhere in `hay` ignoring ASCII case.
pub(crate) fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    h.len() >= n.len() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// Counts characters, for columns (the editor counts chars, not bytes).
pub(crate) fn char_col(line: &str, byte: usize) -> usize {
    line[..byte].chars().count()
}

/// The byte offset of char column `col` in `line` (the line's length for
/// the column just past its end); `None` beyond that.
pub(crate) fn byte_of_col(line: &str, col: usize) -> Option<usize> {
    line.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(line.len()))
        .nth(col)
}

/// A short excerpt of `text` for a finding: at most `max` characters.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, 0, 0, &mut out);
        out.iter().map(|t| t.text).collect()
    }

    #[test]
    fn words_lose_edge_punctuation_and_emphasis_but_keep_inner_marks() {
        assert_eq!(
            words("**Cut** p99 by 40%, (I/O-bound) C++ and C# on Node.js."),
            [
                "Cut",
                "p99",
                "by",
                "40%",
                "I/O-bound",
                "C++",
                "and",
                "C#",
                "on",
                "Node.js"
            ]
        );
        assert_eq!(
            words("_team_ 800ms→200ms — done"),
            ["team", "800ms", "200ms", "done"]
        );
    }

    #[test]
    fn link_destinations_are_skipped_and_bare_urls_are_marked() {
        let mut out = Vec::new();
        tokenize(
            "[my repo](https://x.io/a(b)) see https://y.io",
            3,
            2,
            &mut out,
        );
        let texts: Vec<_> = out.iter().map(|t| t.text).collect();
        assert_eq!(texts, ["my", "repo", "see", "https://y.io"]);
        assert!(out[3].link && !out[0].link);
        assert_eq!((out[0].line, out[0].col), (3, 3));
        assert_eq!(out[2].col, 31);
    }

    #[test]
    fn columns_count_characters_and_flags_follow_punctuation() {
        let mut out = Vec::new();
        tokenize("Naïve “Go”: ok. `code` next", 0, 0, &mut out);
        assert_eq!(out[1].text, "Go");
        assert_eq!(out[1].col, 7);
        assert!(out[1].colon);
        assert!(out[2].stop);
        assert!(out[3].code && !out[4].code);
    }

    #[test]
    fn word_search_respects_boundaries_and_case() {
        assert_eq!(find_word_ci("Uses PostgreSQL and SQL", "sql"), Some(20));
        assert_eq!(find_word_ci("JavaScript", "java"), None);
        assert!(contains_ci("See GitHub.com/x", "github.com/"));
        let mut buf = [0u8; 40];
        assert_eq!(lower("MiXeD", &mut buf), Some("mixed"));
        assert_eq!(excerpt("abcdef", 3), "abc…");
        assert_eq!(byte_of_col("naïve x", 6), Some(7));
        assert_eq!(byte_of_col("ab", 2), Some(2));
        assert_eq!(byte_of_col("ab", 3), None);
    }
}
