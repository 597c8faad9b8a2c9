//! Code and HTML blocks: kept line for line, never wrapped, cut at the width.

use ratatui::style::Style;
use ratatui::text::Span;

use super::inline::WrappedLine;
use super::safe::push_visible;
use super::spans::{display_width, truncate_spans};

const TAB_STOP: usize = 4;

/// `text` as one line per source line, tabs expanded, controls made visible,
/// and each line cut with `…` at `width`.
pub(crate) fn verbatim_lines(text: &str, width: usize, style: Style) -> Vec<WrappedLine> {
    let text = text.strip_suffix('\n').unwrap_or(text);
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n')
        .map(|line| {
            let line = line.strip_suffix('\r').unwrap_or(line);
            let mut shown = String::with_capacity(line.len());
            push_visible(&mut shown, line);
            if shown.contains('\t') {
                shown = expand_tabs(&shown);
            }
            let mut line_width = display_width(&shown);
            let mut spans = if shown.is_empty() {
                Vec::new()
            } else {
                vec![Span::styled(shown, style)]
            };
            if line_width > width {
                line_width = truncate_spans(&mut spans, width);
            }
            WrappedLine {
                spans,
                width: line_width,
            }
        })
        .collect()
}

fn expand_tabs(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + TAB_STOP);
    let mut column = 0;
    for ch in line.chars() {
        if ch == '\t' {
            let spaces = TAB_STOP - column % TAB_STOP;
            out.extend(std::iter::repeat_n(' ', spaces));
            column += spaces;
        } else {
            out.push(ch);
            column += unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[WrappedLine]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn tabs_expand_to_the_next_stop() {
        let lines = verbatim_lines("a\tb\n\tc\n", 40, Style::new());
        assert_eq!(texts(&lines), ["a   b", "    c"]);
    }

    #[test]
    fn long_lines_are_cut_not_wrapped() {
        let lines = verbatim_lines("fn main() { println!(\"hi\"); }\n\nx", 12, Style::new());
        assert_eq!(texts(&lines), ["fn main() {…", "", "x"]);
        assert_eq!(lines[0].width, 12);
    }

    #[test]
    fn controls_are_made_visible() {
        let lines = verbatim_lines("echo \x1b]52;c;eA==\x07\r\n", 40, Style::new());
        assert_eq!(texts(&lines), ["echo ␛]52;c;eA==␇"]);
    }
}
