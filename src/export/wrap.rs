//! Greedy word wrapping by display width (CJK and emoji count double).

use unicode_width::UnicodeWidthStr;

/// Wraps `text` to `width` columns. The first line starts with `first`,
/// the others with `rest` (a hanging indent). `\n` in the text forces a
/// break; a word wider than the line stays whole on its own line.
pub(super) fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut line_width = first.width();
    let mut has_word = false;
    for (index, hard_line) in text.split('\n').enumerate() {
        if index > 0 {
            lines.push(std::mem::replace(&mut line, rest.to_string()));
            line_width = rest.width();
            has_word = false;
        }
        for word in hard_line.split([' ', '\t']).filter(|w| !w.is_empty()) {
            let word_width = word.width();
            if has_word && line_width + 1 + word_width > width {
                lines.push(std::mem::replace(&mut line, rest.to_string()));
                line_width = rest.width();
                has_word = false;
            }
            if has_word {
                line.push(' ');
                line_width += 1;
            }
            line.push_str(word);
            line_width += word_width;
            has_word = true;
        }
    }
    lines.push(line);
    lines
        .into_iter()
        .map(|l| l.trim_end().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_the_width_with_a_hanging_indent() {
        let lines = wrap("one two three four five", 10, "- ", "  ");
        assert_eq!(lines, ["- one two", "  three", "  four", "  five"]);
    }

    #[test]
    fn wide_characters_count_double() {
        let lines = wrap("東京 大阪 京都", 10, "", "");
        assert_eq!(lines, ["東京 大阪", "京都"]);
    }

    #[test]
    fn long_words_stay_whole_and_breaks_are_kept() {
        let lines = wrap("a https://example.com/very/long/path b\nc", 12, "", "");
        assert_eq!(lines, ["a", "https://example.com/very/long/path", "b", "c"]);
    }

    #[test]
    fn spaces_collapse_and_no_line_ends_in_a_space() {
        assert_eq!(wrap("  a   b  ", 80, "", ""), ["a b"]);
        assert_eq!(wrap("", 80, "- ", "  "), ["-"]);
    }
}
