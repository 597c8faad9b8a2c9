//! Writing JSON Resume values into Markdown so that they read back exactly.
//!
//! Every value is escaped so CommonMark shows it literally (a highlight with
//! `*` or a leading `1.` must not turn into emphasis or a list). Values that
//! sit between the separators this format uses (` — `, ` · `, `, `, `: `) get
//! those characters written as entities or backslash escapes; the reader
//! treats escaped characters as part of the value, never as a separator.

/// Separator characters a value may need protected, by context.
pub(super) const TITLE_GUARDS: &[char] = &['—', '–', '-'];
pub(super) const META_GUARDS: &[char] = &['·', '•'];
pub(super) const LIST_GUARDS: &[char] = &[','];
pub(super) const LABEL_GUARDS: &[char] = &[':'];
pub(super) const LEVEL_GUARDS: &[char] = &['(', ')'];

/// One line of text, with whitespace (including line breaks) collapsed to
/// single spaces.
pub(super) fn inline(text: &str, guards: &[char]) -> String {
    let collapsed: Vec<&str> = words(text).collect();
    let collapsed = collapsed.join(" ");
    escape_line(&collapsed, guards)
}

/// Text that may hold paragraphs (blank lines) and line breaks; each line
/// break becomes a Markdown hard break so it survives.
pub(super) fn paragraphs(text: &str) -> String {
    let mut blocks = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        let words: Vec<&str> = words(line).collect();
        if words.is_empty() {
            if !lines.is_empty() {
                blocks.push(lines.join("\\\n"));
                lines.clear();
            }
        } else {
            lines.push(escape_line(&words.join(" "), &[]));
        }
    }
    blocks.join("\n\n")
}

/// Words split at ASCII whitespace only: Markdown keeps a non-breaking
/// space, so a value keeps it too.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
}

/// Writes the first character as a numeric entity, which the reader takes
/// as part of a value: a label such as `www.example.com` stays a label.
/// A link (escaped text only starts with `[` when it is one) has its text
/// marked, so it stays a link.
pub(super) fn mark_as_text(escaped: String) -> String {
    match escaped.chars().next() {
        None | Some('\\') => escaped,
        Some('[') => format!("[{}", mark_as_text(escaped[1..].to_string())),
        Some('&') if looks_like_entity(&escaped) => escaped,
        Some(first) => format!("&#{};{}", first as u32, &escaped[first.len_utf8()..]),
    }
}

/// A link destination that reads back as the same URL.
pub(super) fn url(url: &str) -> String {
    let needs_angle = url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>');
    let mut out = String::with_capacity(url.len() + 2);
    if needs_angle {
        out.push('<');
        for c in url.chars() {
            match c {
                '\n' => out.push_str("%0A"),
                '\r' => out.push_str("%0D"),
                '<' | '>' | '\\' => {
                    out.push('\\');
                    out.push(c);
                }
                _ => out.push(c),
            }
        }
        out.push('>');
        return out;
    }
    for (i, c) in url.char_indices() {
        let escape = match c {
            '(' | ')' | '\\' => true,
            '&' => looks_like_entity(&url[i..]),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn escape_line(text: &str, guards: &[char]) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let lead = leading_marker(text);
    for (i, c) in text.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' if looks_like_entity(&text[i..]) => out.push_str("\\&"),
            '—' if guards.contains(&c) => out.push_str("&mdash;"),
            '–' if guards.contains(&c) => out.push_str("&ndash;"),
            '·' if guards.contains(&c) => out.push_str("&middot;"),
            '•' if guards.contains(&c) => out.push_str("&bull;"),
            // A hyphen is only a separator with a space on each side.
            '-' if guards.contains(&c) && is_spaced(text, i) => out.push_str("\\-"),
            c if Some(i) == lead
                || (c != '-' && c.is_ascii_punctuation() && guards.contains(&c)) =>
            {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Where a character would start a list, heading underline or similar block
/// at the start of a line; it gets a backslash.
fn leading_marker(text: &str) -> Option<usize> {
    let first = text.chars().next()?;
    if matches!(first, '-' | '+' | '=') {
        return Some(0);
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) && matches!(text.as_bytes().get(digits), Some(b'.' | b')')) {
        return Some(digits);
    }
    None
}

/// A hyphen with a space (or the value's edge, where a separator may
/// follow) on each side.
fn is_spaced(text: &str, at: usize) -> bool {
    let before = at == 0 || text[..at].ends_with(' ');
    let after = at + 1 == text.len() || text[at + 1..].starts_with(' ');
    before && after
}

/// `&name;` or `&#123;` would be decoded as an entity.
fn looks_like_entity(from_ampersand: &str) -> bool {
    let rest = &from_ampersand[1..];
    match rest.find(';') {
        Some(end) if end > 0 && end <= 32 => rest[..end]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '#'),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_characters_are_escaped() {
        assert_eq!(inline("a *b* _c_ #1 [x]", &[]), r"a \*b\* \_c\_ \#1 \[x\]");
        assert_eq!(inline("<b> | ~x~ `c`", &[]), r"\<b\> \| \~x\~ \`c\`");
    }

    #[test]
    fn block_markers_at_the_start_are_escaped() {
        assert_eq!(inline("- item", &[]), r"\- item");
        assert_eq!(inline("12. twelve", &[]), r"12\. twelve");
        assert_eq!(inline("3) three", &[]), r"3\) three");
        assert_eq!(inline("2021 plans", &[]), "2021 plans");
        assert_eq!(inline("+1", &[]), r"\+1");
    }

    #[test]
    fn entities_are_escaped_only_when_they_would_decode() {
        assert_eq!(inline("P&L and &amp;", &[]), r"P&L and \&amp;");
    }

    #[test]
    fn guards_protect_separators() {
        assert_eq!(inline("A — B · C, D", TITLE_GUARDS), "A &mdash; B · C, D");
        assert_eq!(inline("A · B", META_GUARDS), "A &middot; B");
        assert_eq!(inline("A, B", LIST_GUARDS), r"A\, B");
        assert_eq!(inline("Back-End - Ops", TITLE_GUARDS), r"Back-End \- Ops");
        assert_eq!(inline("Ops -", TITLE_GUARDS), r"Ops \-");
    }

    #[test]
    fn line_breaks_become_hard_breaks_and_paragraphs_stay() {
        assert_eq!(paragraphs("one\ntwo\n\n\nthree "), "one\\\ntwo\n\nthree");
        assert_eq!(inline("one\ntwo", &[]), "one two");
    }

    #[test]
    fn marking_as_text_turns_the_first_character_into_an_entity() {
        assert_eq!(mark_as_text("www.x.io".into()), "&#119;ww.x.io");
        assert_eq!(mark_as_text(r"\+1 555".into()), r"\+1 555");
        assert_eq!(mark_as_text("東京".into()), "&#26481;京");
        assert_eq!(
            mark_as_text("[2019 to x](https://x.io)".into()),
            "[&#50;019 to x](https://x.io)"
        );
    }

    #[test]
    fn non_breaking_spaces_are_kept() {
        assert_eq!(inline("a\u{a0}b  c", &[]), "a\u{a0}b c");
    }

    #[test]
    fn urls_keep_parentheses_and_spaces() {
        assert_eq!(url("http://x/a_(b)"), r"http://x/a_\(b\)");
        assert_eq!(url("http://x/a b"), "<http://x/a b>");
    }
}
