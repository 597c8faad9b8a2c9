//! Styled inline text and word wrapping by display width.

use ratatui::style::Style;
use ratatui::text::Span;
use unicode_width::UnicodeWidthChar;

use super::safe::push_visible_flat;
use super::spans::{display_width, push_span, push_span_sized};

/// The inline content of one block (paragraph, heading, table cell): all text
/// in one buffer plus style runs over it, so collecting it costs no
/// allocation per word. A `'\n'` in the buffer is a hard line break.
#[derive(Debug, Default)]
pub(crate) struct Inline {
    text: String,
    runs: Vec<Run>,
}

#[derive(Debug, Clone, Copy)]
struct Run {
    end: usize,
    style: Style,
}

/// One wrapped line and its display width.
#[derive(Debug)]
pub(crate) struct WrappedLine {
    pub spans: Vec<Span<'static>>,
    pub width: usize,
}

impl Inline {
    /// Appends text shown with `style`; control characters become visible
    /// placeholders and newlines become spaces (only hard breaks end a line).
    pub fn push(&mut self, text: &str, style: Style) {
        push_visible_flat(&mut self.text, text);
        self.extend_run(style);
    }

    pub fn hard_break(&mut self, style: Style) {
        self.text.push('\n');
        self.extend_run(style);
    }

    fn extend_run(&mut self, style: Style) {
        let end = self.text.len();
        match self.runs.last_mut() {
            Some(run) if run.style == style => run.end = end,
            _ => self.runs.push(Run { end, style }),
        }
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// The text pushed since byte offset `from` (see [`Inline::len`]).
    pub fn text_since(&self, from: usize) -> &str {
        &self.text[from..]
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.runs.clear();
    }

    /// Lays the text out in lines at most `width` cells wide (a single
    /// character wider than `width` still gets a line of its own). Words
    /// longer than `width` are broken between characters.
    pub fn wrap(&self, width: usize) -> Vec<WrappedLine> {
        let mut wrapper = Wrapper {
            src: &self.text,
            width: width.max(1),
            lines: Vec::new(),
            line: Vec::new(),
            line_width: 0,
            space: None,
            word: Vec::new(),
            word_width: 0,
        };
        let mut start = 0;
        for run in &self.runs {
            wrapper.feed(start, run.end, run.style);
            start = run.end;
        }
        wrapper.flush_word();
        if !wrapper.line.is_empty() {
            wrapper.finish_line();
        }
        wrapper.lines
    }
}

struct Wrapper<'a> {
    src: &'a str,
    width: usize,
    lines: Vec<WrappedLine>,
    line: Vec<Span<'static>>,
    line_width: usize,
    /// A space is owed before the next word (with the style it had).
    space: Option<Style>,
    /// The word being collected: it may span several style runs.
    word: Vec<(usize, usize, Style)>,
    word_width: usize,
}

impl Wrapper<'_> {
    fn feed(&mut self, start: usize, end: usize, style: Style) {
        let bytes = self.src.as_bytes();
        let mut word_start = start;
        for (i, &b) in bytes.iter().enumerate().take(end).skip(start) {
            if b == b' ' || b == b'\t' || b == b'\n' {
                if word_start < i {
                    self.add_to_word(word_start, i, style);
                }
                self.flush_word();
                if b == b'\n' {
                    self.finish_line();
                    self.space = None;
                } else {
                    self.space = Some(style);
                }
                word_start = i + 1;
            }
        }
        if word_start < end {
            self.add_to_word(word_start, end, style);
        }
    }

    fn add_to_word(&mut self, start: usize, end: usize, style: Style) {
        self.word_width += display_width(&self.src[start..end]);
        self.word.push((start, end, style));
    }

    fn flush_word(&mut self) {
        if self.word.is_empty() {
            return;
        }
        let space = self.space.filter(|_| self.line_width > 0);
        let space_width = usize::from(space.is_some());
        if self.line_width + space_width + self.word_width <= self.width {
            if let Some(style) = space {
                self.push(" ", style);
                self.line_width += 1;
            }
            self.append_word();
        } else if self.word_width <= self.width {
            self.finish_line();
            self.append_word();
        } else {
            self.break_long_word();
        }
        self.word.clear();
        self.word_width = 0;
        self.space = None;
    }

    fn append_word(&mut self) {
        let src = self.src;
        let word = std::mem::take(&mut self.word);
        for &(start, end, style) in &word {
            self.push(&src[start..end], style);
        }
        self.line_width += self.word_width;
        self.word = word;
    }

    /// Puts a word wider than a whole line on fresh lines, cut between
    /// characters.
    fn break_long_word(&mut self) {
        if self.line_width > 0 {
            self.finish_line();
        }
        let word = std::mem::take(&mut self.word);
        for &(start, end, style) in &word {
            let piece = &self.src[start..end];
            let mut chunk_start = 0;
            for (at, ch) in piece.char_indices() {
                let w = ch.width().unwrap_or(0);
                if self.line_width + w > self.width && self.line_width > 0 {
                    push_span(&mut self.line, &piece[chunk_start..at], style);
                    self.finish_line();
                    chunk_start = at;
                }
                self.line_width += w;
            }
            push_span(&mut self.line, &piece[chunk_start..], style);
        }
        self.word = word;
    }

    fn push(&mut self, text: &str, style: Style) {
        // Most lines are ASCII, where the cells left are the bytes needed;
        // capped because table cells are first laid out at unlimited width.
        const MAX_ROOM: usize = 256;
        let room = self.width.saturating_sub(self.line_width).min(MAX_ROOM);
        push_span_sized(&mut self.line, text, style, room);
    }

    fn finish_line(&mut self) {
        self.lines.push(WrappedLine {
            spans: std::mem::take(&mut self.line),
            width: self.line_width,
        });
        self.line_width = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    fn text_of(line: &WrappedLine) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    fn wrapped(inline: &Inline, width: usize) -> Vec<String> {
        inline.wrap(width).iter().map(text_of).collect()
    }

    #[test]
    fn wraps_at_word_boundaries_and_reports_widths() {
        let mut inline = Inline::default();
        inline.push("the quick brown fox jumps over", Style::new());
        let lines = inline.wrap(10);
        let texts: Vec<_> = lines.iter().map(text_of).collect();
        assert_eq!(texts, ["the quick", "brown fox", "jumps over"]);
        assert_eq!(lines[0].width, 9);
        assert_eq!(lines[0].spans.len(), 1, "one style stays one span");
    }

    #[test]
    fn words_span_style_runs_without_a_space() {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let mut inline = Inline::default();
        inline.push("aaa b", Style::new());
        inline.push("old", bold);
        inline.push("er c", Style::new());
        // "bolder" is one word of 6 cells and must move as a whole.
        assert_eq!(wrapped(&inline, 8), ["aaa", "bolder c"]);
        let lines = inline.wrap(8);
        assert_eq!(lines[1].spans[1].style, bold);
    }

    #[test]
    fn wide_characters_count_two_cells() {
        let mut inline = Inline::default();
        inline.push("名前 名前 名前", Style::new());
        let lines = inline.wrap(10);
        assert_eq!(
            lines.iter().map(text_of).collect::<Vec<_>>(),
            ["名前 名前", "名前"]
        );
        assert_eq!(lines[0].width, 9);
    }

    #[test]
    fn overlong_words_are_broken_between_characters() {
        let mut inline = Inline::default();
        inline.push("ab https://example.com/very/long", Style::new());
        let lines = wrapped(&inline, 10);
        assert_eq!(lines, ["ab", "https://ex", "ample.com/", "very/long"]);
        let mut cjk = Inline::default();
        cjk.push("一二三四五", Style::new());
        assert_eq!(wrapped(&cjk, 5), ["一二", "三四", "五"]);
    }

    #[test]
    fn hard_breaks_end_lines_and_spaces_collapse() {
        let mut inline = Inline::default();
        inline.push("one   two", Style::new());
        inline.hard_break(Style::new());
        inline.push("\tthree\nfour ", Style::new());
        assert_eq!(wrapped(&inline, 40), ["one two", "three four"]);
    }

    #[test]
    fn pushed_text_is_made_visible() {
        let mut inline = Inline::default();
        inline.push("a\x1b[31mb", Style::new());
        assert_eq!(wrapped(&inline, 40), ["a␛[31mb"]);
    }
}
