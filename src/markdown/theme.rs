use ratatui::style::{Color, Modifier, Style};

/// The styles the renderer gives each Markdown element.
///
/// `default()` uses only the 16 named ANSI colours, so the preview follows
/// the user's terminal palette; `mono()` uses only modifiers, for `NO_COLOR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MdTheme {
    pub h1: Style,
    pub h2: Style,
    pub h3: Style,
    /// Headings of level 4 to 6.
    pub h4: Style,
    pub emphasis: Style,
    pub strong: Style,
    pub strike: Style,
    /// Inline code spans.
    pub code: Style,
    /// Fenced and indented code blocks.
    pub code_block: Style,
    pub link: Style,
    /// The URL shown after a link's text.
    pub link_url: Style,
    /// The `│` bar in front of quoted lines.
    pub quote_bar: Style,
    /// Text inside a block quote.
    pub quote: Style,
    /// Horizontal rules and the rule under level-2 headings.
    pub rule: Style,
    /// List bullets, numbers and task boxes.
    pub bullet: Style,
    /// The box of a finished task (`☑`).
    pub task_done: Style,
    pub table_border: Style,
    pub table_header: Style,
    /// Footnote references and the labels of footnote definitions.
    pub footnote: Style,
    /// Raw HTML, which is shown as text and never interpreted.
    pub html: Style,
}

impl Default for MdTheme {
    fn default() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        MdTheme {
            h1: bold.fg(Color::Cyan).add_modifier(Modifier::UNDERLINED),
            h2: bold.fg(Color::Cyan),
            h3: bold.fg(Color::Blue),
            h4: bold.add_modifier(Modifier::ITALIC),
            emphasis: Style::new().add_modifier(Modifier::ITALIC),
            strong: bold,
            strike: Style::new().add_modifier(Modifier::CROSSED_OUT),
            code: Style::new().fg(Color::Yellow),
            code_block: Style::new().fg(Color::Yellow),
            link: Style::new()
                .fg(Color::Blue)
                .add_modifier(Modifier::UNDERLINED),
            link_url: Style::new().fg(Color::DarkGray),
            quote_bar: Style::new().fg(Color::DarkGray),
            quote: Style::new().add_modifier(Modifier::ITALIC),
            rule: Style::new().fg(Color::DarkGray),
            bullet: Style::new().fg(Color::Cyan),
            task_done: Style::new().fg(Color::Green),
            table_border: Style::new().fg(Color::DarkGray),
            table_header: bold,
            footnote: Style::new().fg(Color::Magenta),
            html: Style::new().fg(Color::DarkGray),
        }
    }
}

impl MdTheme {
    /// A theme of modifiers only, for terminals where colour is unwanted.
    pub fn mono() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let dim = Style::new().add_modifier(Modifier::DIM);
        MdTheme {
            h1: bold.add_modifier(Modifier::UNDERLINED),
            h2: bold,
            h3: bold,
            h4: bold.add_modifier(Modifier::ITALIC),
            emphasis: Style::new().add_modifier(Modifier::ITALIC),
            strong: bold,
            strike: Style::new().add_modifier(Modifier::CROSSED_OUT),
            code: Style::new().add_modifier(Modifier::REVERSED),
            code_block: dim,
            link: Style::new().add_modifier(Modifier::UNDERLINED),
            link_url: dim,
            quote_bar: dim,
            quote: Style::new().add_modifier(Modifier::ITALIC),
            rule: dim,
            bullet: Style::new(),
            task_done: bold,
            table_border: dim,
            table_header: bold,
            footnote: dim,
            html: dim,
        }
    }

    #[cfg(test)]
    fn all_styles(&self) -> [Style; 20] {
        [
            self.h1,
            self.h2,
            self.h3,
            self.h4,
            self.emphasis,
            self.strong,
            self.strike,
            self.code,
            self.code_block,
            self.link,
            self.link_url,
            self.quote_bar,
            self.quote,
            self.rule,
            self.bullet,
            self.task_done,
            self.table_border,
            self.table_header,
            self.footnote,
            self.html,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_named_ansi(color: Option<Color>) -> bool {
        use Color::*;
        matches!(
            color,
            None | Some(
                Reset
                    | Black
                    | Red
                    | Green
                    | Yellow
                    | Blue
                    | Magenta
                    | Cyan
                    | Gray
                    | DarkGray
                    | LightRed
                    | LightGreen
                    | LightYellow
                    | LightBlue
                    | LightMagenta
                    | LightCyan
                    | White
            )
        )
    }

    #[test]
    fn default_theme_uses_only_the_16_named_colours() {
        for style in MdTheme::default().all_styles() {
            assert!(is_named_ansi(style.fg), "{style:?}");
            assert!(is_named_ansi(style.bg), "{style:?}");
        }
    }

    #[test]
    fn mono_theme_uses_no_colour_at_all() {
        for style in MdTheme::mono().all_styles() {
            assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
        }
        assert!(MdTheme::mono().h1.add_modifier.contains(Modifier::BOLD));
    }
}
