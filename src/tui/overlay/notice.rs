//! Something the user must read before going on, such as where a damaged
//! file was moved, or the keys of a pane.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{Modal, Outcome};
use crate::markdown::visible;
use crate::tui::keymap::{self, Context};
use crate::tui::theme::Theme;
use crate::tui::view::widgets::{boxed, centered, overlay_hints};

pub struct Notice {
    pub text: String,
}

impl Modal for Notice {
    fn context(&self) -> Context {
        Context::Notice
    }

    /// Enter, Esc or Space dismiss the notice; any other key dismisses it
    /// and goes on, so text typed straight away (after a crash, say) is
    /// never swallowed.
    fn handle(&mut self, key: &KeyEvent) -> Outcome {
        match keymap::overlay_key(Context::Notice, key) {
            Some(_) => Outcome::Close,
            None => Outcome::Pass,
        }
    }

    fn draw(&self, theme: &Theme, frame: &mut Frame, area: Rect) -> Option<Position> {
        let width = 72.min(area.width.saturating_sub(4)).max(20);
        let text = visible(&self.text).into_owned();
        // Word wrapping needs a little more than the bare cell count.
        let inner_width = width.saturating_sub(2).max(1) as usize;
        let lines: usize = text
            .lines()
            .map(|l| (l.width() * 6 / 5).div_ceil(inner_width).max(1))
            .sum();
        let rect = centered(area, width, lines as u16 + 4);
        let block = boxed("Note", theme);
        let inner = block.inner(rect);
        frame.render_widget(Clear, rect);
        frame.render_widget(block, rect);
        let [body, help] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), body);
        overlay_hints(frame, Context::Notice, help, theme);
        None
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyCode;

    use super::*;
    use crate::tui::testing::{drawn, key};

    #[test]
    fn a_notice_is_dismissed_by_its_keys_and_any_other_key_goes_on() {
        let mut notice = Notice {
            text: "Moved aside.".into(),
        };
        assert!(matches!(
            notice.handle(&key(KeyCode::Enter)),
            Outcome::Close
        ));
        assert!(matches!(
            notice.handle(&key(KeyCode::Char('x'))),
            Outcome::Pass
        ));
    }

    #[test]
    fn a_notice_shows_its_whole_text_and_how_to_go_on() {
        let notice = Notice {
            text: "Your file was damaged; it was moved to resume.json.damaged and a \
                   fresh one was started from the last good copy."
                .into(),
        };
        let screen = drawn(&notice, 60, 16);
        assert!(screen.contains("╭ Note "), "{screen}");
        assert!(screen.contains("Your file was damaged;"), "{screen}");
        assert!(screen.contains("good copy."), "{screen}");
        assert!(screen.contains("Enter"), "{screen}");
    }
}
