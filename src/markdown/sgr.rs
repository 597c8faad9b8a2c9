//! Colours and attributes as SGR escape sequences (`CSI … m`): the one
//! encoder behind `resumd preview --color` and the terminal's frames.
//!
//! It writes the change from one [`Pen`] to another, so a caller that knows
//! what the terminal draws with (the frame backend) sends only what differs,
//! and a caller that does not (`from` is `None`) gets a full reset first.

use std::fmt::Write as _;

use ratatui::style::{Color, Modifier, Style};

/// Colours and attributes a terminal draws new text with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pen {
    pub fg: Color,
    pub bg: Color,
    pub underline: Color,
    pub modifier: Modifier,
}

impl Pen {
    /// What a terminal draws with after a reset (`CSI 0 m`).
    pub const DEFAULT: Pen = Pen {
        fg: Color::Reset,
        bg: Color::Reset,
        underline: Color::Reset,
        modifier: Modifier::empty(),
    };
}

impl From<Style> for Pen {
    /// A style drawn on a reset terminal: what it leaves unset stays as
    /// the reset left it.
    fn from(style: Style) -> Pen {
        Pen {
            fg: style.fg.unwrap_or(Color::Reset),
            bg: style.bg.unwrap_or(Color::Reset),
            underline: style.underline_color.unwrap_or(Color::Reset),
            modifier: style.add_modifier - style.sub_modifier,
        }
    }
}

/// Appends the one SGR sequence that turns the terminal's pen from `from`
/// into `to`; `from` is `None` when the pen is unknown. Nothing is written
/// when the pen does not change.
pub fn push_pen_change(out: &mut String, from: Option<Pen>, to: Pen) {
    if from == Some(to) {
        return;
    }
    let mut codes = Codes { out, first: true };
    codes.out.push_str("\x1b[");
    let from = match from {
        // Attributes can only be added one by one; taking any away (or not
        // knowing them) starts again from a reset.
        Some(from) if from.modifier.difference(to.modifier).is_empty() => from,
        _ => {
            codes.push(0);
            Pen::DEFAULT
        }
    };
    for (modifier, code) in MODIFIER_CODES {
        if to.modifier.contains(modifier) && !from.modifier.contains(modifier) {
            codes.push(code);
        }
    }
    if to.fg != from.fg {
        codes.push_color(to.fg, ColorTarget::Foreground);
    }
    if to.bg != from.bg {
        codes.push_color(to.bg, ColorTarget::Background);
    }
    if to.underline != from.underline {
        codes.push_color(to.underline, ColorTarget::Underline);
    }
    codes.out.push('m');
}

const MODIFIER_CODES: [(Modifier, u8); 9] = [
    (Modifier::BOLD, 1),
    (Modifier::DIM, 2),
    (Modifier::ITALIC, 3),
    (Modifier::UNDERLINED, 4),
    (Modifier::SLOW_BLINK, 5),
    (Modifier::RAPID_BLINK, 6),
    (Modifier::REVERSED, 7),
    (Modifier::HIDDEN, 8),
    (Modifier::CROSSED_OUT, 9),
];

#[derive(Clone, Copy)]
enum ColorTarget {
    Foreground,
    Background,
    Underline,
}

/// The parameters of one sequence, separated by `;`.
struct Codes<'a> {
    out: &'a mut String,
    first: bool,
}

impl Codes<'_> {
    fn push(&mut self, code: impl std::fmt::Display) {
        if !self.first {
            self.out.push(';');
        }
        self.first = false;
        // Writing to a String cannot fail.
        let _ = write!(self.out, "{code}");
    }

    fn push_color(&mut self, color: Color, target: ColorTarget) {
        let (base, extended, reset) = match target {
            ColorTarget::Foreground => (30, 38, 39),
            ColorTarget::Background => (40, 48, 49),
            ColorTarget::Underline => (0, 58, 59),
        };
        // The underline colour has no codes for named colours.
        let named = |offset: u8| match target {
            ColorTarget::Underline => None,
            _ => Some(base + offset),
        };
        let code = match color {
            Color::Reset => Some(reset),
            Color::Black => named(0),
            Color::Red => named(1),
            Color::Green => named(2),
            Color::Yellow => named(3),
            Color::Blue => named(4),
            Color::Magenta => named(5),
            Color::Cyan => named(6),
            Color::Gray => named(7),
            Color::DarkGray => named(60),
            Color::LightRed => named(61),
            Color::LightGreen => named(62),
            Color::LightYellow => named(63),
            Color::LightBlue => named(64),
            Color::LightMagenta => named(65),
            Color::LightCyan => named(66),
            Color::White => named(67),
            Color::Indexed(_) | Color::Rgb(..) => None,
        };
        match (code, color) {
            (Some(code), _) => self.push(code),
            (None, Color::Indexed(i)) => self.push(format_args!("{extended};5;{i}")),
            (None, Color::Rgb(r, g, b)) => self.push(format_args!("{extended};2;{r};{g};{b}")),
            // A named colour as an underline colour: its palette index.
            (None, named) => {
                let index = match named {
                    Color::Black => 0,
                    Color::Red => 1,
                    Color::Green => 2,
                    Color::Yellow => 3,
                    Color::Blue => 4,
                    Color::Magenta => 5,
                    Color::Cyan => 6,
                    Color::Gray => 7,
                    Color::DarkGray => 8,
                    Color::LightRed => 9,
                    Color::LightGreen => 10,
                    Color::LightYellow => 11,
                    Color::LightBlue => 12,
                    Color::LightMagenta => 13,
                    Color::LightCyan => 14,
                    _ => 15,
                };
                self.push(format_args!("{extended};5;{index}"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(from: Option<Pen>, to: Pen) -> String {
        let mut out = String::new();
        push_pen_change(&mut out, from, to);
        out
    }

    #[test]
    fn an_unknown_pen_starts_from_a_reset() {
        let bold_cyan = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
        assert_eq!(change(None, bold_cyan.into()), "\x1b[0;1;36m");
        assert_eq!(change(None, Pen::DEFAULT), "\x1b[0m");
    }

    #[test]
    fn a_known_pen_sends_only_what_changes() {
        let bold = Pen::from(Style::new().add_modifier(Modifier::BOLD));
        let bold_red = Pen::from(Style::new().red().add_modifier(Modifier::BOLD));
        assert_eq!(change(Some(bold), bold_red), "\x1b[31m");
        assert_eq!(change(Some(bold_red), bold_red), "", "no change, no bytes");
        // Taking an attribute away needs a reset.
        assert_eq!(change(Some(bold_red), Pen::DEFAULT), "\x1b[0m");
        assert_eq!(
            change(Some(bold_red), Style::new().red().into()),
            "\x1b[0;31m"
        );
    }

    #[test]
    fn every_colour_kind_has_its_codes() {
        let style = Style::new()
            .fg(Color::DarkGray)
            .bg(Color::Rgb(1, 2, 3))
            .underline_color(Color::Red);
        assert_eq!(change(None, style.into()), "\x1b[0;90;48;2;1;2;3;58;5;1m");
        let indexed = Style::new().fg(Color::Indexed(208)).bg(Color::LightRed);
        assert_eq!(change(None, indexed.into()), "\x1b[0;38;5;208;101m");
        let reset = Pen::from(Style::new().underline_color(Color::Indexed(4)));
        assert_eq!(change(Some(reset), Pen::DEFAULT), "\x1b[59m");
    }

    #[test]
    fn a_removed_modifier_is_not_drawn() {
        let style = Style::new()
            .add_modifier(Modifier::ITALIC | Modifier::CROSSED_OUT)
            .remove_modifier(Modifier::ITALIC);
        assert_eq!(change(None, style.into()), "\x1b[0;9m");
    }
}
