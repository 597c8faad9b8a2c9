//! What follows an edit besides the edit itself — rechecking the section
//! with the coach, re-rendering its preview, the word count in the status
//! bar — waits until the word being typed is finished or typing pauses.
//!
//! A letter then costs only the edit and a small frame, so it shows at
//! once, and the tips, status bar and preview do not flicker while a word
//! is half typed. They catch up right after a space, Enter, punctuation, a
//! paste or an undo (in the frame after the one that shows the key), and
//! at the latest [`SETTLE_DELAY`] after the first pending edit.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::resume::SectionId;
use crate::tui::app::App;

/// The longest the coach and preview lag behind the text.
pub const SETTLE_DELAY: Duration = Duration::from_millis(250);

/// Sections edited since the coach and the preview last saw them.
#[derive(Debug, Default)]
pub struct Pending {
    sections: Vec<SectionId>,
    due: Option<Instant>,
}

impl Pending {
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty()
    }

    /// Records an edit of `id`; `now` asks for the catch-up at once (after
    /// the current frame), otherwise it comes within [`SETTLE_DELAY`].
    fn add(&mut self, id: SectionId, at: Instant, now: bool) {
        if !self.sections.contains(&id) {
            self.sections.push(id);
        }
        let due = if now { at } else { at + SETTLE_DELAY };
        self.due = Some(self.due.map_or(due, |d| d.min(due)));
    }
}

/// Whether a key only changes the word under the cursor: a letter, digit or
/// mark typed, or one character deleted, with no modifier but Shift.
pub fn inside_word(key: &KeyEvent) -> bool {
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SUPER)
    {
        return false;
    }
    match key.code {
        KeyCode::Char(c) => !c.is_whitespace() && !c.is_ascii_punctuation(),
        KeyCode::Backspace | KeyCode::Delete => true,
        _ => false,
    }
}

impl App {
    /// After an edit of the focused section by `key` (`None`: a paste, an
    /// undo or anything else that is not a keystroke inside a word).
    pub(in crate::tui) fn defer_derived(&mut self, key: Option<&KeyEvent>) {
        let now = !key.is_some_and(inside_word);
        self.pending.add(self.selected, Instant::now(), now);
    }

    /// When the deferred work is due, if any is pending.
    pub fn settle_deadline(&self) -> Option<Instant> {
        if self.pending.is_empty() {
            None
        } else {
            self.pending.due
        }
    }

    /// Does the deferred work if it is due at `now`; true if it did.
    pub fn settle_if_due(&mut self, now: Instant) -> bool {
        if self.settle_deadline().is_some_and(|due| due <= now) {
            self.settle();
            true
        } else {
            false
        }
    }

    /// Rechecks every edited section and lets the preview re-render them.
    pub fn settle(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        for id in pending.sections {
            self.doc.report.recheck_section(&self.doc.resume, id);
            self.doc.pages.touch();
            self.preview.invalidate(id);
        }
        self.needs_redraw = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::testing::{ctrl, editing, press};

    /// An app editing the end of a Summary holding `body`, drawn once.
    fn editing_the_end(body: &str) -> (App, SectionId) {
        let app = editing(body, (0, body.chars().count()));
        let id = app.selected;
        (app, id)
    }

    #[test]
    fn a_letter_leaves_the_preview_as_it_was_until_the_word_ends() {
        let (mut app, id) = editing_the_end("Go engineer");
        let renders = app.preview.render_count();
        press(&mut app, KeyCode::Char('s'));
        assert_eq!(app.doc.resume.section(id).unwrap().body, "Go engineers");
        let due = app.settle_deadline().expect("pending");
        assert!(due > Instant::now() + SETTLE_DELAY / 2, "not due yet");
        app.prepare_view();
        assert_eq!(app.preview.render_count(), renders, "preview kept");

        press(&mut app, KeyCode::Char(' '));
        assert!(app.settle_if_due(Instant::now()), "a space settles at once");
        assert_eq!(app.settle_deadline(), None);
        app.prepare_view();
        assert_eq!(app.preview.render_count(), renders + 1, "re-rendered once");
    }

    #[test]
    fn the_coach_sees_the_edit_when_it_settles() {
        let (mut app, id) = editing_the_end("[Your title]");
        let placeholder = |app: &App| {
            app.doc
                .report
                .section_findings(id)
                .iter()
                .any(|f| f.rule == "placeholder")
        };
        assert!(placeholder(&app));
        for _ in 0.."[Your title]".len() {
            press(&mut app, KeyCode::Backspace);
        }
        assert!(!app.settle_if_due(Instant::now()), "still inside the word");
        assert!(placeholder(&app), "the coach has not looked yet");
        assert!(app.settle_if_due(Instant::now() + SETTLE_DELAY));
        assert!(!placeholder(&app));
    }

    #[test]
    fn spelling_names_are_read_again_after_settling_not_on_every_letter() {
        let (mut app, _) = editing_the_end("Go engineer");
        let reads = |app: &App| app.spell_names.reads();
        let start = reads(&app);
        press(&mut app, KeyCode::Char('s'));
        app.prepare_view();
        assert_eq!(reads(&app), start, "a letter inside a word reads nothing");
        app.settle();
        app.prepare_view();
        assert_eq!(reads(&app), start + 1, "settled: read again");

        app.handle_event(&ratatui::crossterm::event::Event::Paste(
            " at Zorblax".into(),
        ));
        app.settle();
        app.prepare_view();
        assert_eq!(reads(&app), start + 2, "after a paste");

        ctrl(&mut app, 'z');
        app.prepare_view();
        assert_eq!(reads(&app), start + 3, "after an undo");

        app.replace_current_text("Rust engineer at Quuxly");
        app.prepare_view();
        assert_eq!(reads(&app), start + 4, "after an external edit");
    }

    #[test]
    fn opened_before_the_dictionaries_spelling_comes_in_when_they_are_loaded() {
        let mut resume = crate::resume::Resume::new(crate::resume::Level::Mid);
        let id = resume
            .first_of_kind(crate::resume::SectionKind::Summary)
            .unwrap()
            .id;
        resume.section_mut(id).unwrap().body = "Go enginer".into();
        let mut app = App::with_resume("test", resume, crate::tui::Theme::mono(), false);
        let misspelled = |app: &App| {
            app.doc
                .report
                .section_findings(id)
                .iter()
                .any(|f| f.rule == crate::guide::coach::rule::SPELLING)
        };
        assert!(!app.doc.report.spelled() && !misspelled(&app));
        // Edits before the dictionaries are in are coached without spelling.
        app.selected = id;
        app.replace_current_text("Go enginer who ships");
        app.settle();
        assert!(!misspelled(&app));

        app.needs_redraw = false;
        app.spelling_loaded();
        assert!(app.doc.report.spelled() && misspelled(&app));
        assert!(app.needs_redraw, "the coach's new findings are drawn");
        // Later edits keep spelling.
        app.replace_current_text("Go enginer who ships billing");
        app.settle();
        assert!(misspelled(&app));
    }

    #[test]
    fn letters_and_single_deletes_stay_inside_the_word() {
        assert!(inside_word(&KeyEvent::new(
            KeyCode::Char('a'),
            KeyModifiers::NONE
        )));
        assert!(inside_word(&KeyEvent::new(
            KeyCode::Char('É'),
            KeyModifiers::SHIFT
        )));
        assert!(inside_word(&KeyEvent::new(
            KeyCode::Char('7'),
            KeyModifiers::NONE
        )));
        assert!(inside_word(&KeyEvent::new(
            KeyCode::Backspace,
            KeyModifiers::NONE
        )));
    }

    #[test]
    fn spaces_punctuation_enter_and_word_deletes_end_it() {
        assert!(!inside_word(&KeyEvent::new(
            KeyCode::Char(' '),
            KeyModifiers::NONE
        )));
        assert!(!inside_word(&KeyEvent::new(
            KeyCode::Char('.'),
            KeyModifiers::NONE
        )));
        assert!(!inside_word(&KeyEvent::new(
            KeyCode::Enter,
            KeyModifiers::NONE
        )));
        assert!(!inside_word(&KeyEvent::new(
            KeyCode::Backspace,
            KeyModifiers::CONTROL
        )));
        assert!(!inside_word(&KeyEvent::new(
            KeyCode::Char('w'),
            KeyModifiers::CONTROL
        )));
    }

    #[test]
    fn the_earliest_deadline_wins_and_sections_are_listed_once() {
        let mut pending = Pending::default();
        let t0 = Instant::now();
        pending.add(SectionId(1), t0, false);
        assert_eq!(pending.due, Some(t0 + SETTLE_DELAY));
        pending.add(SectionId(1), t0 + Duration::from_millis(100), false);
        assert_eq!(pending.due, Some(t0 + SETTLE_DELAY), "not pushed back");
        pending.add(SectionId(2), t0 + Duration::from_millis(120), true);
        assert_eq!(pending.due, Some(t0 + Duration::from_millis(120)));
        assert_eq!(pending.sections, vec![SectionId(1), SectionId(2)]);
    }
}
