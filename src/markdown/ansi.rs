//! Styled lines as ANSI SGR escape codes, for `resumd preview` on a
//! terminal or in a pipe.

use std::io::{self, Write};

use ratatui::style::Style;
use ratatui::text::Line;

use super::MdTheme;
use super::render::render_into;
use super::safe::push_visible_flat;
use super::sgr::push_pen_change;
use super::sink::LineOut;

/// Writes `lines` to `out` in one write: with SGR codes (16-colour and
/// modifiers, reset at the end of each line) when `color` is true, as plain
/// text otherwise. Text is passed through [`super::visible`] again, so lines
/// from anywhere are safe to print.
pub fn write_ansi(lines: &[Line], out: &mut impl Write, color: bool) -> io::Result<()> {
    let estimate = lines
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.len() + 8).sum::<usize>() + 5)
        .sum();
    let mut text = AnsiText {
        text: String::with_capacity(estimate),
        color,
    };
    for line in lines {
        text.append(line);
    }
    out.write_all(text.text.as_bytes())?;
    out.flush()
}

/// Renders `markdown` at `width` and returns it as text for a terminal
/// (`color`: the default theme as SGR codes) or for a pipe or `NO_COLOR`
/// (plain text). Each line becomes text as soon as it is laid out.
pub fn render_to_ansi(markdown: &str, width: u16, color: bool) -> String {
    let theme = if color {
        MdTheme::default()
    } else {
        MdTheme::mono()
    };
    let text = AnsiText {
        // About the size of the source plus its escape codes.
        text: String::with_capacity(markdown.len() * 2),
        color,
    };
    render_into(markdown, width, &theme, text).text
}

struct AnsiText {
    text: String,
    color: bool,
}

impl LineOut for AnsiText {
    fn line(&mut self, line: Line<'static>) {
        self.append(&line);
    }
}

impl AnsiText {
    fn append(&mut self, line: &Line) {
        let out = &mut self.text;
        let mut active = Style::default();
        for span in &line.spans {
            if self.color {
                let style = line.style.patch(span.style);
                if style != active {
                    // Reset first, so nothing of the previous span leaks.
                    push_pen_change(out, None, style.into());
                    active = style;
                }
            }
            // Made visible again, tabs and newlines flattened, so lines
            // from anywhere print safely and stay as laid out.
            push_visible_flat(out, &span.content);
        }
        if active != Style::default() {
            out.push_str("\x1b[0m");
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;

    fn to_string(lines: &[Line], color: bool) -> String {
        let mut out = Vec::new();
        write_ansi(lines, &mut out, color).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn styles_become_sgr_codes_reset_at_line_end() {
        let bold_cyan = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
        let lines = vec![
            Line::from(vec![Span::styled("Title", bold_cyan), Span::raw(" plain")]),
            Line::from(vec![Span::styled(
                "x",
                Style::new()
                    .fg(Color::DarkGray)
                    .bg(Color::LightRed)
                    .add_modifier(Modifier::ITALIC | Modifier::CROSSED_OUT),
            )]),
            Line::from("no style"),
        ];
        assert_eq!(
            to_string(&lines, true),
            "\x1b[0;1;36mTitle\x1b[0m plain\n\x1b[0;3;9;90;101mx\x1b[0m\nno style\n"
        );
    }

    #[test]
    fn same_style_spans_share_one_sequence() {
        let dim = Style::new().add_modifier(Modifier::DIM);
        let line = Line::from(vec![Span::styled("a", dim), Span::styled("b", dim)]);
        assert_eq!(to_string(&[line], true), "\x1b[0;2mab\x1b[0m\n");
    }

    #[test]
    fn plain_output_has_no_escape_codes() {
        let text = render_to_ansi("# Ada\n\n**bold** [site](https://a.dev)", 40, false);
        assert!(!text.contains('\x1b'), "{text:?}");
        assert!(text.starts_with("Ada\n"), "{text:?}");
        assert!(text.contains("bold site (https://a.dev)"), "{text:?}");
    }

    #[test]
    fn coloured_output_styles_the_heading() {
        let text = render_to_ansi("# Ada", 40, true);
        assert_eq!(text, "\x1b[0;1;4;36mAda\x1b[0m\n");
    }

    #[test]
    fn control_characters_in_lines_are_never_written() {
        let line = Line::from(vec![Span::raw("a\x1b]52;c;eA==\x07\tb\nc")]);
        assert_eq!(to_string(&[line], false), "a␛]52;c;eA==␇ b c\n");
    }

    #[test]
    fn extended_colours_use_their_own_codes() {
        let style = Style::new().fg(Color::Indexed(208)).bg(Color::Rgb(1, 2, 3));
        let line = Line::from(vec![Span::styled("x", style)]);
        assert_eq!(
            to_string(&[line], true),
            "\x1b[0;38;5;208;48;2;1;2;3mx\x1b[0m\n"
        );
    }
}
