//! Colours and modifiers for every part of the screen.
//!
//! The default themes use only the 16 named ANSI colours so they follow the
//! user's own palette (true colour is not detected reliably over SSH). The
//! mono theme uses modifiers alone; it is what `NO_COLOR` selects, and it
//! keeps focus and selection visible with reverse video and bold.

use ratatui::style::{Color, Modifier, Style};

use crate::markdown::MdTheme;

#[derive(Debug, Clone)]
pub struct Theme {
    pub name: &'static str,
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub title_focused: Style,
    /// The selected row of a list in the focused pane.
    pub selected: Style,
    /// The selected row of a list in a pane that does not have focus.
    pub selected_unfocused: Style,
    pub dim: Style,
    pub accent: Style,
    pub heading: Style,
    pub error: Style,
    pub warning: Style,
    pub info: Style,
    pub good: Style,
    pub status: Style,
    pub status_alert: Style,
    pub key: Style,
    pub cursor: Style,
    pub cursor_line: Style,
    /// A misspelled word in the editor: underlined, and coloured where
    /// the theme has colour.
    pub misspelled: Style,
    pub markdown: MdTheme,
}

const BOLD: Modifier = Modifier::BOLD;

impl Theme {
    pub const NAMES: [&'static str; 3] = ["default", "light", "mono"];

    /// Looks a theme up by its settings name.
    pub fn by_name(name: &str) -> Option<Theme> {
        match name {
            "default" | "dark" => Some(Theme::dark()),
            "light" => Some(Theme::light()),
            "mono" | "none" => Some(Theme::mono()),
            _ => None,
        }
    }

    /// The default theme: named colours that read on dark backgrounds and
    /// stay legible on light ones.
    pub fn dark() -> Theme {
        Theme {
            name: "default",
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::Cyan),
            title: Style::new(),
            title_focused: Style::new().fg(Color::Cyan).add_modifier(BOLD),
            selected: Style::new().fg(Color::Black).bg(Color::Cyan),
            selected_unfocused: Style::new().add_modifier(Modifier::REVERSED),
            dim: Style::new().fg(Color::DarkGray),
            accent: Style::new().fg(Color::Cyan),
            heading: Style::new().add_modifier(BOLD),
            error: Style::new().fg(Color::Red).add_modifier(BOLD),
            warning: Style::new().fg(Color::Yellow),
            info: Style::new().fg(Color::Blue),
            good: Style::new().fg(Color::Green),
            status: Style::new().add_modifier(Modifier::REVERSED),
            status_alert: Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(BOLD),
            key: Style::new().fg(Color::Cyan).add_modifier(BOLD),
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            cursor_line: Style::new(),
            misspelled: Style::new()
                .fg(Color::Red)
                .add_modifier(Modifier::UNDERLINED),
            markdown: MdTheme::default(),
        }
    }

    /// For light backgrounds: darker accents, no grey text that washes out.
    pub fn light() -> Theme {
        Theme {
            name: "light",
            border: Style::new().fg(Color::Gray),
            border_focused: Style::new().fg(Color::Blue),
            title_focused: Style::new().fg(Color::Blue).add_modifier(BOLD),
            selected: Style::new().fg(Color::White).bg(Color::Blue),
            dim: Style::new().add_modifier(Modifier::DIM),
            accent: Style::new().fg(Color::Blue),
            warning: Style::new().fg(Color::Magenta),
            key: Style::new().fg(Color::Blue).add_modifier(BOLD),
            ..Theme::dark()
        }
    }

    /// No colour at all: bold, underline, dim and reverse carry every meaning.
    pub fn mono() -> Theme {
        let plain = Style::new();
        Theme {
            name: "mono",
            border: plain,
            border_focused: Style::new().add_modifier(BOLD),
            title: plain,
            title_focused: Style::new().add_modifier(BOLD | Modifier::UNDERLINED),
            selected: Style::new().add_modifier(Modifier::REVERSED | BOLD),
            selected_unfocused: Style::new().add_modifier(Modifier::UNDERLINED),
            dim: Style::new().add_modifier(Modifier::DIM),
            accent: Style::new().add_modifier(BOLD),
            heading: Style::new().add_modifier(BOLD),
            error: Style::new().add_modifier(BOLD | Modifier::UNDERLINED),
            warning: Style::new().add_modifier(BOLD),
            info: plain,
            good: plain,
            status: Style::new().add_modifier(Modifier::REVERSED),
            status_alert: Style::new().add_modifier(Modifier::REVERSED | BOLD),
            key: Style::new().add_modifier(BOLD),
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            cursor_line: plain,
            misspelled: Style::new().add_modifier(Modifier::UNDERLINED),
            markdown: MdTheme::mono(),
        }
    }

    /// The theme for this run: `NO_COLOR` (any non-empty value, per
    /// no-color.org) wins over the saved choice.
    /// Whether the environment asks for no colour (`NO_COLOR` set and not
    /// empty, as no-color.org defines it).
    pub fn no_color_requested() -> bool {
        std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
    }

    pub fn resolve(requested: Option<&str>, no_color: bool) -> Theme {
        if no_color {
            return Theme::mono();
        }
        requested
            .and_then(Theme::by_name)
            .unwrap_or_else(Theme::dark)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styles(theme: &Theme) -> Vec<Style> {
        vec![
            theme.border,
            theme.border_focused,
            theme.title,
            theme.title_focused,
            theme.selected,
            theme.selected_unfocused,
            theme.dim,
            theme.accent,
            theme.heading,
            theme.error,
            theme.warning,
            theme.info,
            theme.good,
            theme.status,
            theme.status_alert,
            theme.key,
            theme.cursor,
            theme.cursor_line,
            theme.misspelled,
        ]
    }

    #[test]
    fn mono_theme_has_no_colour() {
        for style in styles(&Theme::mono()) {
            assert_eq!(style.fg, None);
            assert_eq!(style.bg, None);
        }
    }

    #[test]
    fn colour_themes_use_only_named_ansi_colours() {
        for theme in [Theme::dark(), Theme::light()] {
            for style in styles(&theme) {
                for color in [style.fg, style.bg].into_iter().flatten() {
                    assert!(
                        !matches!(color, Color::Rgb(..) | Color::Indexed(_)),
                        "{} uses {color:?}",
                        theme.name
                    );
                }
            }
        }
    }

    #[test]
    fn selection_stays_visible_in_mono() {
        let mono = Theme::mono();
        assert!(mono.selected.add_modifier.contains(Modifier::REVERSED));
        assert_ne!(mono.selected, mono.selected_unfocused);
    }

    #[test]
    fn no_color_overrides_the_saved_theme() {
        assert_eq!(Theme::resolve(Some("light"), true).name, "mono");
        assert_eq!(Theme::resolve(Some("light"), false).name, "light");
        assert_eq!(Theme::resolve(Some("bogus"), false).name, "default");
    }
}
