//! Undo and redo on the app: recording each change in the one history
//! (`history.rs`) and carrying a step back or forward.

use std::time::Instant;

use crate::tui::editor::Move;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::tui::app::App;
use crate::tui::app::history::{Change, Snapshot, Step, Typing, apply_text};

/// How a typing key groups, or `None` for any other edit.
pub fn typing_kind(key: &KeyEvent) -> Option<Typing> {
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    match key.code {
        KeyCode::Char(c) if c.is_whitespace() => Some(Typing::Space),
        KeyCode::Char(_) => Some(Typing::Letter),
        KeyCode::Enter => Some(Typing::Space),
        KeyCode::Backspace | KeyCode::Delete => Some(Typing::Delete),
        _ => None,
    }
}

/// What a non-typing edit key is called in "Undone: …".
fn edit_label(key: &KeyEvent) -> &'static str {
    match key.code {
        KeyCode::Char('x') => "cut",
        KeyCode::Char('v') => "paste",
        _ => "deletion",
    }
}

impl App {
    /// The document as an undo step restores it.
    pub(in crate::tui) fn document(&self) -> Snapshot {
        Snapshot {
            resume: self.doc.resume.clone(),
            selected: self.selected,
        }
    }

    /// Records a change to the document's shape made since `before`.
    pub(in crate::tui) fn record_document(&mut self, label: impl Into<String>, before: Snapshot) {
        let after = self.document();
        self.doc.history.record_document(label, before, after);
    }

    /// Closes the typing group, so the next change is a step of its own.
    pub(in crate::tui) fn close_typing(&mut self) {
        self.doc.history.close(&self.doc.resume);
    }

    /// Runs an editing key on the focused section through the history:
    /// typing joins the open group, anything else is one step. `edit`
    /// applies the key and says whether the text changed.
    pub(in crate::tui) fn record_key(
        &mut self,
        key: Option<&KeyEvent>,
        edit: impl FnOnce(&mut App) -> bool,
    ) -> bool {
        let id = self.selected;
        let now = Instant::now();
        let cursor = self.cursor_of(id);
        match key.and_then(typing_kind) {
            Some(kind) => {
                if !self.doc.history.continues(id, cursor, kind, now) {
                    self.doc
                        .history
                        .open_group(&self.doc.resume, id, cursor, kind, now);
                }
                let edited = edit(self);
                // The group grows by what the editor wrote.
                self.sync_current_body();
                if edited {
                    let after = self.cursor_of(id);
                    self.doc.history.typed(after, kind, now);
                }
                edited
            }
            None => {
                self.close_typing();
                let edited = edit(self);
                if let Some(change) = self.write_editor_changes() {
                    let after = self.cursor_of(id);
                    let label = key.map_or("paste", edit_label);
                    self.doc
                        .history
                        .record_splice(label, id, change, cursor, after);
                }
                edited
            }
        }
    }

    /// Ctrl-Z (`forward` false) or Ctrl-Y: carries one step and says which.
    pub(in crate::tui) fn undo_redo(&mut self, forward: bool) {
        self.close_typing();
        let step = if forward {
            self.doc.history.take_redo()
        } else {
            self.doc.history.take_undo()
        };
        let Some(step) = step else {
            self.say(if forward {
                "Nothing to redo."
            } else {
                "Nothing to undo."
            });
            return;
        };
        self.apply_step(&step, forward);
        let verb = if forward { "Redone" } else { "Undone" };
        self.say(format!("{verb}: {}.", step.label));
    }

    fn apply_step(&mut self, step: &Step, forward: bool) {
        match &step.change {
            Change::Text {
                section,
                at,
                removed,
                inserted,
                before,
                after,
            } => {
                let id = *section;
                let Some(s) = self.doc.resume.section_mut(id) else {
                    return;
                };
                s.body = apply_text(&s.body, *at, removed, inserted, forward);
                // The buffer is rebuilt from the body with the cursor
                // where the step left (or found) it.
                self.editors.forget(id);
                self.selected = id;
                let (row, col) = if forward { *after } else { *before };
                if let Some(area) = self.current_area_mut() {
                    area.move_cursor(Move::Jump(row, col));
                }
                self.doc.report.recheck_section(&self.doc.resume, id);
                self.doc.pages.touch();
                self.preview.invalidate(id);
            }
            Change::Document { before, after } => {
                let snapshot = if forward { after } else { before };
                self.doc.resume = snapshot.resume.clone();
                self.selected = snapshot.selected;
                self.editors.clear();
                self.doc.report = self.doc.fresh_report();
                self.doc.pages.touch();
                self.preview.invalidate_all();
            }
        }
        self.preview_follows = true;
        self.mark_dirty();
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};

    use crate::tui::testing::{ctrl, current_body, editing, press, press_with, type_text};

    fn bullets(n: usize) -> String {
        (0..n).map(|i| format!("- Bullet {i}\n")).collect()
    }

    #[test]
    fn a_cut_a_paste_and_ctrl_k_are_each_one_undo_step() {
        let body = "- One\n- Two\n- Three";
        let mut app = editing(body, (1, 0));
        press_with(&mut app, KeyCode::Down, KeyModifiers::SHIFT);
        ctrl(&mut app, 'x');
        assert_eq!(current_body(&app), "- One\n- Three");
        ctrl(&mut app, 'k');
        assert_eq!(current_body(&app), "- One\n");
        app.handle_event(&Event::Paste("pasted".into()));
        assert_eq!(current_body(&app), "- One\npasted");
        ctrl(&mut app, 'z');
        assert_eq!(current_body(&app), "- One\n");
        ctrl(&mut app, 'z');
        assert_eq!(current_body(&app), "- One\n- Three");
        ctrl(&mut app, 'z');
        assert_eq!(current_body(&app), body);
        ctrl(&mut app, 'y');
        assert_eq!(current_body(&app), "- One\n- Three");
    }

    #[test]
    fn edits_far_apart_in_a_long_section_undo_and_redo_exactly() {
        let body = bullets(20_000);
        let mut app = editing(&body, (0, 0));
        type_text(&mut app, "First ");
        press_with(&mut app, KeyCode::End, KeyModifiers::CONTROL);
        type_text(&mut app, "last");
        press_with(&mut app, KeyCode::Home, KeyModifiers::CONTROL);
        press(&mut app, KeyCode::Delete);
        let edited = current_body(&app);
        assert!(edited.starts_with("irst - Bullet 0\n- Bullet 1\n"));
        assert!(edited.ends_with("- Bullet 19999\nlast"));
        ctrl(&mut app, 'z');
        ctrl(&mut app, 'z');
        assert_eq!(current_body(&app), format!("First {body}"));
        assert_eq!(
            app.cursor_of(app.selected),
            (20_000, 0),
            "where `last` began"
        );
        ctrl(&mut app, 'z');
        assert_eq!(current_body(&app), body);
        ctrl(&mut app, 'y');
        ctrl(&mut app, 'y');
        ctrl(&mut app, 'y');
        assert_eq!(current_body(&app), edited);
        // Typing after the undo lands where the cursor is, in the body too.
        type_text(&mut app, "x");
        assert!(current_body(&app).starts_with("xirst"));
    }
}
