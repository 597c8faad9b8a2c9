//! `App::update`: the one place where actions change the state.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::app::{App, Effect, ExportFormat, ResumeOp};
use super::editor::{self, KeyOutcome};
use super::findings::FindingList;
use super::keymap::{self, Context};
use super::layout::{Pane, Screen};
use super::overlay::{
    FormatPicker, LevelPicker, Outcome, Overlay, Palette, PickerPurpose, Prompt, PromptPurpose,
};
use crate::guide;
use crate::guide::coach::Report;
use crate::resume::Level;

pub(super) const DEFAULT_EXPORT_PATH: &str = "resume.md";

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
            Event::Mouse(mouse) if self.mouse => self.handle_mouse(mouse),
            _ => {}
        }
    }

    fn context(&self) -> Context {
        match self.focus {
            Pane::Sections => Context::Sections,
            Pane::Editor => Context::Editor,
            Pane::Preview => Context::Preview,
        }
    }

    pub fn handle_key(&mut self, key: &KeyEvent) {
        if let Some(overlay) = self.overlay.as_mut() {
            let outcome = match overlay {
                Overlay::Notice(n) => n.handle(key),
                Overlay::Resumes(r) => r.handle(key),
                Overlay::Formats(f) => f.handle(key),
                Overlay::Palette(p) => p.handle(key),
                Overlay::Prompt(p) => p.handle(key),
                Overlay::Confirm(c) => c.handle(key),
                Overlay::LevelPicker(l) => l.handle(key),
                Overlay::Findings(f) => f.handle(key, 10),
            };
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

    fn edit_with_key(&mut self, key: &KeyEvent) {
        if self.read_only.is_some() {
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
        if key
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
    pub(super) fn editor_text_size(&self) -> Option<(usize, usize)> {
        let editor = self.screen()?.editor?;
        let (width, height) = super::view::editor_text_size(editor);
        Some((width.max(1) as usize, height.max(1) as usize))
    }

    /// In a read-only resume keys move the cursor and select, and never
    /// change the text: an edit is taken back at once.
    fn browse_read_only(&mut self, key: &KeyEvent) {
        let id = self.selected;
        let Some(area) = self.current_area_mut() else {
            return;
        };
        let before = editor::text_of(area);
        if editor::handle_key(area, key) == KeyOutcome::Edited && editor::text_of(area) != before {
            let cursor = area.cursor();
            self.editors.forget(id);
            if let Some(area) = self.current_area_mut() {
                area.move_cursor(ratatui_textarea::CursorMove::Jump(
                    cursor.0.min(u16::MAX as usize) as u16,
                    cursor.1.min(u16::MAX as usize) as u16,
                ));
            }
            let reason = self.read_only.clone().unwrap_or_default();
            self.alert(format!("Read-only: {reason}"));
        }
        self.needs_redraw = true;
    }

    /// A cursor movement ends the typing group (typing elsewhere is a new
    /// undo step; the history sees the jump by the cursor, this only makes
    /// it immediate for keys that move without editing).
    fn close_typing_if_moved(&mut self, _key: &KeyEvent) {
        if self.history.is_open() {
            self.close_typing();
        }
    }

    fn handle_paste(&mut self, text: &str) {
        match self.overlay.as_mut() {
            Some(Overlay::Palette(p)) => p.query.paste(text),
            Some(Overlay::Prompt(p)) => p.input.paste(text),
            Some(_) => return,
            None if self.focus == Pane::Editor && self.read_only.is_none() => {
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
    fn after_edit(&mut self, key: Option<&KeyEvent>) {
        // A message ("Saved.", "Read-only…") is stale once the text changes;
        // the message log keeps it.
        self.status = None;
        self.sync_current_body();
        self.defer_derived(key);
        self.preview_follows = true;
        self.mark_dirty();
    }

    /// Carries out an action.
    pub fn update(&mut self, action: Action) {
        self.needs_redraw = true;
        match action {
            Action::OpenPalette => self.overlay = Some(Overlay::Palette(Palette::default())),
            Action::Save => {
                self.status = None;
                self.effects.push(Effect::SaveNow);
            }
            Action::Quit => self.effects.push(Effect::Quit),
            Action::QuitDiscarding => self.should_quit = true,
            Action::FocusNext => self.cycle_focus(1),
            Action::FocusPrev => self.cycle_focus(-1),
            Action::FocusSections => self.focus = Pane::Sections,
            Action::FocusEditor => self.focus_editor(),
            Action::TogglePreview => {
                if self.focus == Pane::Preview {
                    // Back to the pane the preview was opened from.
                    match self.preview_from {
                        Pane::Sections => {
                            self.focus = Pane::Sections;
                            self.preview_in_main = false;
                        }
                        _ => self.focus_editor(),
                    }
                } else {
                    self.preview_from = self.focus;
                    self.focus = Pane::Preview;
                    self.preview_in_main = true;
                }
            }
            Action::NextSection => self.select_relative(1),
            Action::PrevSection => self.select_relative(-1),
            Action::AddSection if self.guard_read_only() => {
                self.overlay = Some(Overlay::Prompt(Prompt::new(
                    PromptPurpose::AddSection,
                    "Title of the new section",
                    "",
                )))
            }
            Action::RenameSection if self.guard_read_only() => {
                let title = self
                    .resume
                    .section(self.selected)
                    .map(|s| s.title.clone())
                    .unwrap_or_default();
                self.overlay = Some(Overlay::Prompt(Prompt::new(
                    PromptPurpose::RenameSection(self.selected),
                    "Rename section",
                    &title,
                )));
            }
            Action::DeleteSection if self.guard_read_only() => self.ask_delete(),
            Action::MoveSectionUp if self.guard_read_only() => self.move_section(-1),
            Action::MoveSectionDown if self.guard_read_only() => self.move_section(1),
            Action::ChooseLevel if self.guard_read_only() => {
                self.overlay = Some(Overlay::LevelPicker(LevelPicker::new(
                    Some(self.resume.level),
                    PickerPurpose::ChangeLevel,
                )))
            }
            Action::SetLevel(level) if self.guard_read_only() => self.set_level(level),
            Action::Undo if self.guard_read_only() => self.undo_redo(false),
            Action::Redo if self.guard_read_only() => self.undo_redo(true),
            Action::ExportMarkdown => {
                self.overlay = Some(Overlay::Prompt(Prompt::new(
                    PromptPurpose::ExportPath(ExportFormat::Markdown),
                    "Export Markdown to",
                    DEFAULT_EXPORT_PATH,
                )))
            }
            Action::Export => {
                self.overlay = Some(Overlay::Formats(FormatPicker {
                    selected: 0,
                    name: self.name.clone(),
                }))
            }
            Action::Import => self.overlay = Some(Overlay::Prompt(Prompt::import(""))),
            Action::Resumes => self.effects.push(Effect::Resumes(ResumeOp::List)),
            Action::CopyResume => self.effects.push(Effect::Copy {
                text: self.resume.to_markdown(),
                what: "the resume".to_string(),
                cut: false,
            }),
            Action::CopySection => {
                if let Some(section) = self.resume.section(self.selected) {
                    self.effects.push(Effect::Copy {
                        text: section.body.clone(),
                        what: format!("“{}”", section.title),
                        cut: false,
                    });
                }
            }
            Action::EditExternally if self.guard_read_only() => {
                self.effects.push(Effect::EditExternally)
            }
            Action::ToggleMouse => {
                self.mouse = !self.mouse;
                self.effects.push(Effect::SetMouse(self.mouse));
                self.effects.push(Effect::SavePreferences);
                self.say(if self.mouse {
                    "Mouse on: click to focus and place the cursor, wheel to scroll. Hold Shift to select text in most terminals."
                } else {
                    "Mouse off: your terminal's own selection and copy work again."
                });
            }
            Action::CycleTheme if super::theme::Theme::no_color_requested() => {
                self.say("NO_COLOR is set, so the theme stays mono (unset it for colours).");
            }
            Action::CycleTheme => {
                let names = super::theme::Theme::NAMES;
                let next = names
                    .iter()
                    .position(|&n| n == self.theme.name)
                    .map_or(0, |i| (i + 1) % names.len());
                if let Some(theme) = super::theme::Theme::by_name(names[next]) {
                    self.set_theme(theme);
                    self.effects.push(Effect::SavePreferences);
                    self.say(format!("Theme: {}.", names[next]));
                }
            }
            Action::SelectAll => self.editor_key('a'),
            Action::CopySelection => self.editor_key('c'),
            Action::CutSelection => self.editor_key('x'),
            Action::PasteCut => self.editor_key('v'),
            Action::ShowKeys => {
                let (name, context) = match self.focus {
                    Pane::Sections => ("section list", Context::Sections),
                    Pane::Editor => ("editor", Context::Editor),
                    Pane::Preview => ("preview", Context::Preview),
                };
                let keys = keymap::keys_of(context).join("\n");
                self.notify(format!(
                    "Keys in the {name} (F1 lists every command):\n\n{keys}"
                ));
            }
            Action::Find => self.open_find(),
            Action::Replace if self.guard_read_only() => self.open_replace(),
            Action::SectionFindings => {
                self.overlay = Some(Overlay::Findings(FindingList::section(
                    &self.resume,
                    &self.report,
                    self.selected,
                )))
            }
            Action::AllFindings => {
                self.overlay = Some(Overlay::Findings(FindingList::all(
                    &self.resume,
                    &self.report,
                )))
            }
            Action::Messages => {
                let log = if self.messages.is_empty() {
                    "No messages yet.".to_string()
                } else {
                    self.messages.iter().cloned().collect::<Vec<_>>().join("\n")
                };
                self.notify(format!("Messages, oldest first:\n\n{log}"));
            }
            Action::ScrollUp => self.scroll_preview(-1),
            Action::ScrollDown => self.scroll_preview(1),
            Action::PageUp => self.scroll_preview(-self.preview_page()),
            Action::PageDown => self.scroll_preview(self.preview_page()),
            Action::ScrollTop => self.scroll_preview(isize::MIN / 2),
            Action::ScrollBottom => self.scroll_preview(isize::MAX / 2),
            // Guarded actions in read-only mode land here.
            _ => {}
        }
    }

    /// An editing key run from the palette: it acts in the editor.
    fn editor_key(&mut self, letter: char) {
        self.focus_editor();
        let key = KeyEvent::new(KeyCode::Char(letter), KeyModifiers::CONTROL);
        self.edit_with_key(&key);
    }

    /// True when the document may change; otherwise says why not.
    pub(super) fn guard_read_only(&mut self) -> bool {
        match self.read_only.clone() {
            Some(reason) => {
                self.alert(format!("Read-only: {reason}"));
                false
            }
            None => true,
        }
    }

    fn cycle_focus(&mut self, step: isize) {
        let order = [Pane::Sections, Pane::Editor, Pane::Preview];
        let current = order.iter().position(|&p| p == self.focus).unwrap_or(0);
        let next = (current as isize + step).rem_euclid(order.len() as isize) as usize;
        match order[next] {
            Pane::Editor => self.focus_editor(),
            Pane::Preview => {
                self.preview_from = self.focus;
                self.focus = Pane::Preview;
                self.preview_in_main = true;
            }
            Pane::Sections => self.focus = Pane::Sections,
        }
    }

    pub(super) fn focus_editor(&mut self) {
        self.focus = Pane::Editor;
        self.preview_in_main = false;
        self.preview_follows = true;
    }

    fn select_relative(&mut self, delta: isize) {
        let count = self.resume.sections().len();
        let index = self.current_index() as isize + delta;
        if index < 0 || index >= count as isize {
            return;
        }
        self.selected = self.resume.sections()[index as usize].id;
        self.preview_follows = true;
        // Leaving a section is a natural moment to make its text durable.
        if self.save.has_unsubmitted() {
            self.effects.push(Effect::SaveNow);
        }
    }

    fn move_section(&mut self, delta: isize) {
        self.close_typing();
        let before = self.document();
        if self.resume.move_section(self.selected, delta) {
            let title = self
                .resume
                .section(self.selected)
                .map(|s| s.title.clone())
                .unwrap_or_default();
            self.record_document(format!("move of “{title}”"), before);
            self.mark_dirty();
        }
    }

    pub(super) fn set_level(&mut self, level: Level) {
        if level == self.resume.level {
            return;
        }
        self.close_typing();
        let before = self.document();
        // Sections the last switch added and the user never touched go
        // again, so Mid → Senior → Mid leaves the resume as it was.
        let mut removed = 0;
        for (id, text) in std::mem::take(&mut self.level_added) {
            let untouched = self
                .resume
                .section(id)
                .is_some_and(|s| s.body == text && s.title == s.kind.default_title());
            if untouched && self.resume.sections().len() > 1 {
                self.resume.remove_section(id);
                self.editors.forget(id);
                removed += 1;
            }
        }
        if self.resume.section(self.selected).is_none() {
            self.selected = self.resume.sections()[0].id;
        }
        let added = self.resume.set_level(level);
        for &id in &added {
            let section = self.resume.section(id).map(|s| s.kind);
            let template = section
                .and_then(|kind| guide::level_guide(level).section(kind))
                .map(|g| g.template.clone());
            if let (Some(section), Some(template)) = (self.resume.section_mut(id), template) {
                section.body = template;
            }
            let text = self.resume.section(id).map(|s| s.body.clone());
            self.level_added.extend(text.map(|t| (id, t)));
        }
        self.report = Report::new(&self.resume);
        self.preview.invalidate_all();
        self.mark_dirty();
        self.effects.push(Effect::SaveNow);
        self.record_document(format!("level change to {}", level.label()), before);
        let added = match added.len() {
            0 => String::new(),
            1 => " — added 1 section it recommends".to_string(),
            n => format!(" — added {n} sections it recommends"),
        };
        let removed = match removed {
            0 => String::new(),
            1 => ", took back 1 untouched section the last switch added".to_string(),
            n => format!(", took back {n} untouched sections the last switch added"),
        };
        self.say(format!("Level: {}{added}{removed}.", level.label()));
    }

    fn preview_page(&self) -> isize {
        self.screen()
            .and_then(|s: Screen| s.preview)
            .map_or(10, |r| r.height.saturating_sub(3).max(1) as isize)
    }

    fn scroll_preview(&mut self, delta: isize) {
        self.preview_follows = false;
        self.preview_scroll = self.preview_scroll.saturating_add_signed(delta);
        // `prepare_view` clamps to the content height.
    }
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;
