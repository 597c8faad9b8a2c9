//! The app's side of overlays: opening one, queueing notices in front of
//! the first-run question, and passing a note into the open box. What an
//! overlay's answer does is in `answers`.

use crate::tui::app::App;
use crate::tui::overlay::{Modal, Notice, Overlay};

impl App {
    /// Still waiting for the first-run level choice.
    pub fn is_first_run(&self) -> bool {
        is_first_run_picker(self.overlay.as_ref())
            || is_first_run_picker(self.after_notices.as_ref())
    }

    /// Shows a message the user has to acknowledge (Enter). It goes before
    /// the first-run question (which may depend on it: "your file was
    /// damaged") and after any other question already on screen.
    pub fn notify(&mut self, text: impl Into<String>) {
        self.notices.push_back(text.into());
        if is_first_run_picker(self.overlay.as_ref()) {
            self.after_notices = self.overlay.take();
        }
        if self.overlay.is_none() {
            self.show_next_notice();
        }
    }

    pub fn show_next_notice(&mut self) {
        self.overlay = match self.notices.pop_front() {
            Some(text) => Some(Box::new(Notice { text })),
            None => self.after_notices.take(),
        };
        self.needs_redraw = true;
    }

    /// Opens an overlay in place of any other.
    pub fn open_overlay(&mut self, modal: impl Modal) {
        self.overlay = Some(Box::new(modal));
        self.needs_redraw = true;
    }

    /// Shows a line in the open overlay (a prompt's note under its input).
    pub(super) fn note_in_overlay(&mut self, text: String) {
        if let Some(overlay) = self.overlay.as_mut() {
            overlay.note(text);
        }
    }
}

fn is_first_run_picker(overlay: Option<&Overlay>) -> bool {
    overlay.is_some_and(|o| o.is_first_run())
}
