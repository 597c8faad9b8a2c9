//! Which typed keys can be put on screen before they are handled.
//!
//! A letter typed into the editor lands at the terminal's cursor, in the
//! look of the character before it, and the rest of the row moves one
//! cell right; when the row has room for it (its last cell is blank),
//! nothing else on screen changes. The event loop writes that at once
//! (see `term::frames::Frames::echo`) and then handles the key and draws
//! the frame as always. That frame is compared with what the terminal
//! shows, echo included, so it writes nothing more when the guess was
//! right and puts the screen right in the same pass when it was not.
//!
//! Only what certainly inserts the character qualifies: the editor has
//! the keys (no box open, no binding for the key), the text is editable,
//! nothing is selected, and the screen shows the app as it is now (no
//! other change waits to be drawn). And only where its look is known: not
//! inside a word, whose spelling mark the letter may change.

use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;

use crate::tui::app::App;
use crate::tui::editor::textview;
use crate::tui::keymap::{self, Context};
use crate::tui::layout::{self, Pane};

/// Where the next key can be shown before it is handled. Worked out
/// after a frame, while what it reads is still in the cache: when the key
/// comes, only the key itself is left to look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EchoSpot {
    /// The editor's text box on screen. The terminal side still checks
    /// that the cursor shown sits in it with room after it.
    pub within: Rect,
}

impl EchoSpot {
    /// The character `event` types, if it only inserts that character:
    /// a letter or digit with no modifier but Shift, not bound to an
    /// action in the editor.
    pub fn takes(&self, event: &Event) -> Option<char> {
        let Event::Key(key) = event else {
            return None;
        };
        let KeyCode::Char(c) = key.code else {
            return None;
        };
        let plain = key.modifiers.difference(KeyModifiers::SHIFT).is_empty();
        // Letters and digits only: a space or a mark ends the word, which
        // brings the coach and the preview along in the same frame anyway.
        let echoed = plain
            && key.kind == KeyEventKind::Press
            && c.is_alphanumeric()
            && textview::char_width(c) == 1
            && keymap::lookup(Context::Editor, key).is_none();
        echoed.then_some(c)
    }
}

impl App {
    /// Where the next key can be shown before it is handled, when the
    /// screen shows the app as it is now (see the module).
    pub fn echo_spot(&self) -> Option<EchoSpot> {
        if self.needs_redraw
            || self.overlay.is_some()
            || self.focus != Pane::Editor
            || self.doc.read_only.is_some()
        {
            return None;
        }
        let area = self.editors.area(self.selected)?;
        let (line, col) = (area.cursor().0, area.cursor().1);
        // Inside a word the letter makes another word, whose spelling
        // mark may change: the frame shows that.
        let inside_word = area
            .lines()
            .get(line)?
            .chars()
            .nth(col)
            .is_some_and(char::is_alphanumeric);
        if area.is_selecting() || inside_word {
            return None;
        }
        let within = layout::editor_text_rect(self.screen()?.editor?);
        Some(EchoSpot { within })
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyEvent;

    use super::*;
    use crate::tui::testing::{editing, key};

    fn typed(c: char) -> Event {
        Event::Key(key(KeyCode::Char(c)))
    }

    /// What the event loop does with `event` on the screen `app` drew.
    fn echo(app: &App, event: &Event) -> Option<(char, Rect)> {
        let spot = app.echo_spot()?;
        spot.takes(event).map(|c| (c, spot.within))
    }

    /// Editing "Go engineer" with the cursor at the end, drawn and current.
    fn at_the_end() -> App {
        let mut app = editing("Go engineer", (0, 11));
        app.needs_redraw = false;
        app
    }

    #[test]
    fn a_letter_or_digit_is_shown_before_it_is_handled() {
        let app = at_the_end();
        let text = layout::editor_text_rect(app.screen().unwrap().editor.unwrap());
        assert_eq!(echo(&app, &typed('s')), Some(('s', text)));
        assert_eq!(echo(&app, &typed('7')), Some(('7', text)));
        let shifted = Event::Key(KeyEvent::new(KeyCode::Char('S'), KeyModifiers::SHIFT));
        assert_eq!(echo(&app, &shifted), Some(('S', text)));
    }

    #[test]
    fn anything_that_may_do_more_than_insert_the_character_is_not() {
        let app = at_the_end();
        for c in [' ', '-', '.', '(', '中'] {
            assert_eq!(echo(&app, &typed(c)), None, "{c:?}");
        }
        let ctrl = Event::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
        let alt = Event::Key(KeyEvent::new(KeyCode::Char('t'), KeyModifiers::ALT));
        for event in [ctrl, alt, Event::Key(key(KeyCode::Enter))] {
            assert_eq!(echo(&app, &event), None, "{event:?}");
        }
    }

    #[test]
    fn not_inside_a_word_with_a_selection_a_box_or_a_change_not_yet_drawn() {
        let inside = {
            let mut app = editing("Go engineer", (0, 5));
            app.needs_redraw = false;
            app
        };
        assert_eq!(echo(&inside, &typed('s')), None, "inside a word");
        let before_a_space = {
            let mut app = editing("Go engineer", (0, 2));
            app.needs_redraw = false;
            app
        };
        assert!(
            echo(&before_a_space, &typed('s')).is_some(),
            "at a word's end"
        );

        let mut selecting = at_the_end();
        selecting.current_area_mut().unwrap().start_selection();
        assert_eq!(echo(&selecting, &typed('s')), None, "selection");

        let mut boxed = at_the_end();
        boxed.handle_event(&Event::Key(KeyEvent::new(
            KeyCode::Char('p'),
            KeyModifiers::CONTROL,
        )));
        assert!(boxed.overlay.is_some(), "the palette is open");
        boxed.needs_redraw = false;
        assert_eq!(echo(&boxed, &typed('s')), None, "palette");

        let mut stale = at_the_end();
        stale.needs_redraw = true;
        assert_eq!(echo(&stale, &typed('s')), None, "a frame is due");

        let mut elsewhere = at_the_end();
        elsewhere.focus = Pane::Sections;
        assert_eq!(echo(&elsewhere, &typed('s')), None, "section list");
    }
}
