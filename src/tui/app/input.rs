//! Input: terminal events and keys to actions or edits — overlays first,
//! then the key table, then the editor — mouse events to actions (see
//! `mouse`), and pastes.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::tui::app::App;

use crate::tui::editor::{self, KeyOutcome};
use crate::tui::effect::Effect;
use crate::tui::keymap::{self, Context};
use crate::tui::layout::Pane;
use crate::tui::overlay::Outcome;

impl App {
    /// Handles one terminal event.
    pub fn handle_event(&mut self, event: &Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Paste(text) => self.handle_paste(text),
            Event::Resize(w, h) => {
                self.area = ratatui::layout::Rect::new(0, 0, *w, *h);
                self.needs_redraw = true;
            }
            Event::FocusGained => self.needs_redraw = true,
            Event::Mouse(mouse) if self.mouse => {
                if let Some(action) = self.mouse_action(mouse) {
                    self.update(action);
                }
            }
            _ => {}
        }
    }

    /// Where keys go now: the open overlay, else the focused pane.
    pub fn context(&self) -> Context {
        if let Some(overlay) = &self.overlay {
            return overlay.context();
        }
        match self.focus {
            Pane::Sections => Context::Sections,
            Pane::Editor => Context::Editor,
            Pane::Coach => Context::Coach,
            Pane::Preview => Context::Preview,
        }
    }

    pub fn handle_key(&mut self, key: &KeyEvent) {
        if let Some(overlay) = self.overlay.as_mut() {
            let outcome = overlay.handle(key);
            self.needs_redraw = true;
            let pass = matches!(outcome, Outcome::Pass);
            self.apply_outcome(outcome);
            if self.overlay.is_none() {
                self.show_next_notice();
            }
            if pass {
                self.handle_key(key);
            }
            return;
        }
        // Esc with a selection clears it; the next Esc leaves the editor.
        let escape = key.code == KeyCode::Esc && key.modifiers.is_empty();
        if escape
            && self.focus == Pane::Editor
            && let Some(area) = self.current_area_mut().filter(|a| a.is_selecting())
        {
            area.cancel_selection();
            self.needs_redraw = true;
            return;
        }
        if let Some(action) = keymap::lookup(self.context(), key) {
            self.update(action.clone());
            return;
        }
        if self.focus == Pane::Editor {
            self.edit_with_key(key);
        }
    }

    pub(in crate::tui) fn edit_with_key(&mut self, key: &KeyEvent) {
        if self.doc.read_only.is_some() {
            self.browse_read_only(key);
            return;
        }
        if self.move_by_screen_rows(key) {
            self.close_typing();
            self.needs_redraw = true;
            return;
        }
        let mut outcome = KeyOutcome::Ignored;
        let edited = self.record_key(Some(key), |app| {
            let Some(area) = app.current_area_mut() else {
                return false;
            };
            outcome = editor::handle_key(area, key);
            outcome == KeyOutcome::Edited
        });
        let Some(area) = self.current_area_mut() else {
            return;
        };
        // Copy and cut also reach the system clipboard, through the terminal.
        let clipped = key.modifiers.contains(KeyModifiers::CONTROL)
            && matches!(key.code, KeyCode::Char('c' | 'x'))
            && !area.yank_text().is_empty();
        if clipped {
            let text = area.yank_text();
            let cut = key.code == KeyCode::Char('x');
            self.effects.push(Effect::Copy {
                text,
                what: "the selection".to_string(),
                cut,
            });
        }
        match outcome {
            KeyOutcome::Edited if edited => self.after_edit(Some(key)),
            KeyOutcome::Edited | KeyOutcome::Moved => {
                self.close_typing_if_moved(key);
                self.needs_redraw = true;
            }
            KeyOutcome::Ignored => {}
        }
    }

    /// Up/Down move by screen rows of the wrapped text, PageUp/PageDown by
    /// a screenful (Shift selects); true if the key was one of them.
    fn move_by_screen_rows(&mut self, key: &KeyEvent) -> bool {
        let vertical = matches!(
            key.code,
            KeyCode::Up | KeyCode::Down | KeyCode::PageUp | KeyCode::PageDown
        );
        if !vertical
            || key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return false;
        }
        let Some((width, height)) = self.editor_text_size() else {
            return false;
        };
        let delta = match key.code {
            KeyCode::Up => -1,
            KeyCode::Down => 1,
            KeyCode::PageUp => -(height.saturating_sub(1).max(1) as isize),
            KeyCode::PageDown => height.saturating_sub(1).max(1) as isize,
            _ => return false,
        };
        let shift = key.modifiers.contains(KeyModifiers::SHIFT);
        let Some(area) = self.current_area_mut() else {
            return false;
        };
        if shift && !area.is_selecting() {
            area.start_selection();
        } else if !shift {
            area.cancel_selection();
        }
        editor::move_by_rows(area, delta, width);
        true
    }

    /// The editor's text box (width, height) on the current screen.
    pub(in crate::tui) fn editor_text_size(&self) -> Option<(usize, usize)> {
        let editor = self.screen()?.editor?;
        let (width, height) = crate::tui::layout::editor_text_size(editor);
        Some((width.max(1) as usize, height.max(1) as usize))
    }

    /// In a read-only resume keys move the cursor and select, and never
    /// change the text: an edit is taken back at once.
    fn browse_read_only(&mut self, key: &KeyEvent) {
        let id = self.selected;
        let Some(area) = self.current_area_mut() else {
            return;
        };
        if editor::handle_key(area, key) == KeyOutcome::Edited {
            let cursor = area.cursor();
            self.editors.forget(id);
            if let Some(area) = self.current_area_mut() {
                area.move_cursor(editor::Move::Jump(cursor.0, cursor.1));
            }
            let reason = self.doc.read_only.clone().unwrap_or_default();
            self.alert(format!("Read-only: {reason}"));
        }
        self.needs_redraw = true;
    }

    /// A cursor movement ends the typing group (typing elsewhere is a new
    /// undo step; the history sees the jump by the cursor, this only makes
    /// it immediate for keys that move without editing).
    fn close_typing_if_moved(&mut self, _key: &KeyEvent) {
        if self.doc.history.is_open() {
            self.close_typing();
        }
    }

    fn handle_paste(&mut self, text: &str) {
        match self.overlay.as_mut() {
            Some(overlay) => {
                let outcome = overlay.paste(text);
                self.apply_outcome(outcome);
            }
            None if self.focus == Pane::Editor && self.doc.read_only.is_none() => {
                let pasted = self.record_key(None, |app| {
                    app.current_area_mut()
                        .is_some_and(|area| editor::paste(area, text))
                });
                if pasted {
                    self.after_edit(None);
                }
            }
            None => return,
        }
        self.needs_redraw = true;
    }

    /// After the focused section's text changed: store it, schedule the
    /// coach and the preview for it (at the end of the word, see `settle`)
    /// and the autosave.
    pub(in crate::tui) fn after_edit(&mut self, key: Option<&KeyEvent>) {
        // A message ("Saved.", "Read-only…") is stale once the text changes;
        // the message log keeps it.
        self.status = None;
        self.sync_current_body();
        self.defer_derived(key);
        self.preview_follows = true;
        self.mark_dirty();
    }
}
