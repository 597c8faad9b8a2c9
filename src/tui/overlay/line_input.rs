//! A one-line text input for prompts and the palette.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::markdown::visible;
use crate::tui::theme::Theme;

/// A one-line text input with a cursor, for prompts and the palette.
#[derive(Debug, Clone, Default)]
pub struct LineInput {
    pub text: String,
    /// Cursor position in characters.
    pub cursor: usize,
}

impl LineInput {
    pub fn with_text(text: &str) -> Self {
        LineInput {
            text: text.to_string(),
            cursor: text.chars().count(),
        }
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }

    /// Applies a key; true when the text changed.
    pub fn handle(&mut self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let len = self.text.chars().count();
        match key.code {
            KeyCode::Char('u') if ctrl => {
                let at = self.byte_at(self.cursor);
                self.text.replace_range(..at, "");
                self.cursor = 0;
                true
            }
            KeyCode::Char('a') if ctrl => {
                self.cursor = 0;
                false
            }
            KeyCode::Char('e') if ctrl => {
                self.cursor = len;
                false
            }
            KeyCode::Char(c) if !ctrl => {
                let at = self.byte_at(self.cursor);
                self.text.insert(at, c);
                self.cursor += 1;
                true
            }
            KeyCode::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
                true
            }
            KeyCode::Delete if self.cursor < len => {
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
                true
            }
            KeyCode::Left => {
                self.cursor = self.cursor.saturating_sub(1);
                false
            }
            KeyCode::Right => {
                self.cursor = (self.cursor + 1).min(len);
                false
            }
            KeyCode::Home => {
                self.cursor = 0;
                false
            }
            KeyCode::End => {
                self.cursor = len;
                false
            }
            _ => false,
        }
    }

    /// Inserts pasted text; line breaks become spaces in a one-line input.
    pub fn paste(&mut self, text: &str) {
        for c in text.chars() {
            let c = if c == '\n' || c == '\r' { ' ' } else { c };
            if !c.is_control() {
                let at = self.byte_at(self.cursor);
                self.text.insert(at, c);
                self.cursor += 1;
            }
        }
    }

    /// Draws the input on one row with the terminal cursor placed in it;
    /// returns the cursor's position.
    pub fn draw(&self, theme: &Theme, frame: &mut Frame, area: Rect) -> Position {
        let text = visible(&self.text);
        let before: String = text.chars().take(self.cursor).collect();
        let prompt = "› ";
        // Keep the cursor in view when the text is wider than the box.
        let cursor_x = prompt.width() + before.width();
        let skip = cursor_x.saturating_sub(area.width.saturating_sub(1) as usize);
        let shown: String = format!("{prompt}{text}")
            .chars()
            .scan(0usize, |w, c| {
                *w += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                Some((*w, c))
            })
            .filter(|(w, _)| *w > skip)
            .map(|(_, c)| c)
            .collect();
        frame.render_widget(Paragraph::new(Line::styled(shown, theme.accent)), area);
        let cursor = Position::new(area.x + (cursor_x - skip) as u16, area.y);
        frame.set_cursor_position(cursor);
        cursor
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::testing::key;

    #[test]
    fn line_input_edits_at_the_cursor_with_unicode() {
        let mut input = LineInput::with_text("Zoë");
        input.handle(&key(KeyCode::Left));
        input.handle(&key(KeyCode::Backspace));
        assert_eq!(input.text, "Zë");
        input.handle(&key(KeyCode::Char('o')));
        assert_eq!(input.text, "Zoë");
        input.paste("a\nb\u{1b}");
        assert_eq!(input.text, "Zoa bë");
    }

    #[test]
    fn a_long_input_scrolls_to_keep_the_cursor_in_view() {
        let input = LineInput::with_text("a-very-long-path/to/the/posting.txt");
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(12, 1)).unwrap();
        terminal
            .draw(|f| {
                input.draw(&Theme::mono(), f, f.area());
            })
            .unwrap();
        let row: String = (0..12)
            .map(|x| terminal.backend().buffer()[(x, 0)].symbol().to_string())
            .collect();
        assert_eq!(row, "posting.txt ");
        assert_eq!(terminal.get_cursor_position().unwrap().x, 11);
    }
}
