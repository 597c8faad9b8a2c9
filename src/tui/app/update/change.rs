//! Changing the document: sections, the level, undo and redo, the
//! editing commands the palette offers, find and replace, quick fixes.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::guide;
use crate::resume::Level;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::effect::Effect;
use crate::tui::overlay::{LevelPicker, PickerPurpose, Prompt, PromptPurpose};

impl App {
    /// Sections, the level, undo, editing commands, find and replace, fixes.
    pub(super) fn change(&mut self, action: Action) {
        match action {
            Action::AddSection => self.open_overlay(Prompt::new(
                PromptPurpose::AddSection,
                "Title of the new section",
                "",
            )),
            Action::RenameSection => {
                let title = self.selected_title();
                self.open_overlay(Prompt::new(
                    PromptPurpose::RenameSection(self.selected),
                    "Rename section",
                    &title,
                ));
            }
            Action::DeleteSection => self.ask_delete(),
            Action::MoveSectionUp => self.move_section(-1),
            Action::MoveSectionDown => self.move_section(1),
            Action::ChooseLevel => self.open_overlay(LevelPicker::new(
                Some(self.doc.resume.level),
                PickerPurpose::ChangeLevel,
            )),
            Action::SetLevel(level) => self.set_level(level),
            Action::Undo => self.undo_redo(false),
            Action::Redo => self.undo_redo(true),
            Action::SelectAll => self.editor_key('a'),
            Action::CopySelection => self.editor_key('c'),
            Action::CutSelection => self.editor_key('x'),
            Action::PasteCut => self.editor_key('v'),
            Action::Find => self.open_find(),
            Action::Replace => self.open_replace(),
            Action::QuickFix => self.open_quick_fix(),
            // Sorted here by `update`, whose match the compiler checks.
            _ => {}
        }
    }

    /// The title of the selected section ("" if there is none).
    fn selected_title(&self) -> String {
        self.doc
            .resume
            .section(self.selected)
            .map(|s| s.title.clone())
            .unwrap_or_default()
    }

    /// An editing key run from the palette: it acts in the editor.
    fn editor_key(&mut self, letter: char) {
        self.focus_editor();
        let key = KeyEvent::new(KeyCode::Char(letter), KeyModifiers::CONTROL);
        self.edit_with_key(&key);
    }

    fn move_section(&mut self, delta: isize) {
        self.close_typing();
        let before = self.document();
        if self.doc.resume.move_section(self.selected, delta) {
            let title = self.selected_title();
            self.record_document(format!("move of “{title}”"), before);
            self.mark_dirty();
        }
    }

    pub(in crate::tui) fn set_level(&mut self, level: Level) {
        if level == self.doc.resume.level {
            return;
        }
        self.close_typing();
        let before = self.document();
        // Sections the last switch added and the user never touched go
        // again, so Mid → Senior → Mid leaves the resume as it was.
        let mut removed = 0;
        for (id, text) in std::mem::take(&mut self.doc.level_added) {
            let untouched = self
                .doc
                .resume
                .section(id)
                .is_some_and(|s| s.body == text && s.title == s.kind.default_title());
            if untouched && self.doc.resume.sections().len() > 1 {
                self.doc.resume.remove_section(id);
                self.editors.forget(id);
                removed += 1;
            }
        }
        if self.doc.resume.section(self.selected).is_none() {
            self.selected = self.doc.resume.sections()[0].id;
        }
        let added = self.doc.resume.set_level(level);
        for &id in &added {
            let section = self.doc.resume.section(id).map(|s| s.kind);
            let template = section
                .and_then(|kind| guide::level_guide(level).section(kind))
                .map(|g| g.template.clone());
            if let (Some(section), Some(template)) = (self.doc.resume.section_mut(id), template) {
                section.body = template;
            }
            let text = self.doc.resume.section(id).map(|s| s.body.clone());
            self.doc.level_added.extend(text.map(|t| (id, t)));
        }
        self.doc.report = self.doc.fresh_report();
        self.doc.pages.touch();
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
}
