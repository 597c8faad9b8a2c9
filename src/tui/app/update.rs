//! `App::update`: the one place where actions change the state.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::export::{Format, Kind};
use crate::guide;
use crate::resume::Level;
use crate::tui::action::{Action, OverlayKey};
use crate::tui::app::App;
use crate::tui::effect::{Effect, ResumeOp};
use crate::tui::keymap::{self, Context};
use crate::tui::layout::{Pane, Screen};
use crate::tui::overlay::findings::FindingList;
use crate::tui::overlay::list;
use crate::tui::overlay::{
    FormatPicker, LevelPicker, Palette, PickerPurpose, Prompt, PromptPurpose,
};

pub(in crate::tui) const DEFAULT_EXPORT_PATH: &str = "resume.md";

impl App {
    /// Carries out an action.
    pub fn update(&mut self, action: Action) {
        self.needs_redraw = true;
        // One check for every action that would change the document.
        if action.edits() && !self.guard_read_only() {
            return;
        }
        match action {
            Action::OpenPalette => self.open_overlay(Palette::default()),
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
            Action::NextSection => self.select_step(OverlayKey::Down),
            Action::PrevSection => self.select_step(OverlayKey::Up),
            Action::AddSection => self.open_overlay(Prompt::new(
                PromptPurpose::AddSection,
                "Title of the new section",
                "",
            )),
            Action::RenameSection => {
                let title = self
                    .resume
                    .section(self.selected)
                    .map(|s| s.title.clone())
                    .unwrap_or_default();
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
                Some(self.resume.level),
                PickerPurpose::ChangeLevel,
            )),
            Action::SetLevel(level) => self.set_level(level),
            Action::Undo => self.undo_redo(false),
            Action::Redo => self.undo_redo(true),
            Action::ExportMarkdown => self.open_overlay(Prompt::new(
                PromptPurpose::ExportPath(Kind::Text(Format::Markdown)),
                "Export Markdown to",
                DEFAULT_EXPORT_PATH,
            )),
            Action::ExportPdf => self.open_overlay(Prompt::new(
                PromptPurpose::ExportPath(Kind::Pdf),
                "Export PDF to",
                &format!("{}.pdf", self.name),
            )),
            Action::Export => self.open_overlay(FormatPicker {
                selected: 0,
                name: self.name.clone(),
            }),
            Action::Import => self.open_overlay(Prompt::import("")),
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
            Action::EditExternally => self.effects.push(Effect::EditExternally),
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
            Action::CycleTheme if crate::tui::theme::Theme::no_color_requested() => {
                self.say("NO_COLOR is set, so the theme stays mono (unset it for colours).");
            }
            Action::CycleTheme => {
                let names = crate::tui::theme::Theme::NAMES;
                let next = names
                    .iter()
                    .position(|&n| n == self.theme.name)
                    .map_or(0, |i| (i + 1) % names.len());
                if let Some(theme) = crate::tui::theme::Theme::by_name(names[next]) {
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
                    Pane::Coach => ("coach", Context::Coach),
                    Pane::Preview => ("preview", Context::Preview),
                };
                let keys = keymap::keys_of(context).join("\n");
                self.notify(format!(
                    "Keys in the {name} (F1 lists every command):\n\n{keys}"
                ));
            }
            Action::Find => self.open_find(),
            Action::Tailor => self.open_tailor(),
            Action::ChooseVariant => self.open_variants(),
            Action::Replace => self.open_replace(),
            Action::SectionFindings => self.open_overlay(FindingList::section(
                &self.resume,
                &self.report,
                self.selected,
            )),
            Action::QuickFix => self.open_quick_fix(),
            Action::AllFindings => self.open_overlay(FindingList::all(&self.resume, &self.report)),
            Action::Messages => {
                let log = if self.messages.is_empty() {
                    "No messages yet.".to_string()
                } else {
                    self.messages.iter().cloned().collect::<Vec<_>>().join("\n")
                };
                self.notify(format!("Messages, oldest first:\n\n{log}"));
            }
            Action::ScrollUp => self.scroll_preview(OverlayKey::Up),
            Action::ScrollDown => self.scroll_preview(OverlayKey::Down),
            Action::PageUp => self.scroll_preview(OverlayKey::PageUp),
            Action::PageDown => self.scroll_preview(OverlayKey::PageDown),
            Action::ScrollTop => self.scroll_preview(OverlayKey::First),
            Action::ScrollBottom => self.scroll_preview(OverlayKey::Last),
            Action::Coach(key) => self.coach_key(key),
            Action::Click { pane, row, column } => self.click(pane, row, column),
            Action::Scroll { pane, lines } => self.wheel(pane, lines),
            // Overlays read their own keys; none reaches here.
            Action::Overlay(_) => {}
        }
    }

    /// An editing key run from the palette: it acts in the editor.
    fn editor_key(&mut self, letter: char) {
        self.focus_editor();
        let key = KeyEvent::new(KeyCode::Char(letter), KeyModifiers::CONTROL);
        self.edit_with_key(&key);
    }

    /// True when the document may change; otherwise says why not.
    pub(in crate::tui) fn guard_read_only(&mut self) -> bool {
        match self.read_only.clone() {
            Some(reason) => {
                self.alert(format!("Read-only: {reason}"));
                false
            }
            None => true,
        }
    }

    fn cycle_focus(&mut self, step: isize) {
        let order = [Pane::Sections, Pane::Editor, Pane::Coach, Pane::Preview];
        let current = order.iter().position(|&p| p == self.focus).unwrap_or(0);
        let next = (current as isize + step).rem_euclid(order.len() as isize) as usize;
        match order[next] {
            Pane::Editor => self.focus_editor(),
            Pane::Coach => self.focus_coach(),
            Pane::Preview => {
                self.preview_from = self.focus;
                self.focus = Pane::Preview;
                self.preview_in_main = true;
            }
            Pane::Sections => self.focus = Pane::Sections,
        }
    }

    pub(in crate::tui) fn focus_editor(&mut self) {
        self.focus = Pane::Editor;
        self.preview_in_main = false;
        self.preview_follows = true;
    }

    /// Moves the selection in the section list; at either end nothing
    /// happens (not even the save that leaving a section starts).
    fn select_step(&mut self, key: OverlayKey) {
        let current = self.current_index();
        let index = list::step(current, self.resume.sections().len(), key, 1);
        if index == current {
            return;
        }
        self.selected = self.resume.sections()[index].id;
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

    pub(in crate::tui) fn set_level(&mut self, level: Level) {
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
        self.report = self.fresh_report();
        self.pages.touch();
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

    fn preview_page(&self) -> usize {
        self.screen()
            .and_then(|s: Screen| s.preview)
            .map_or(10, |r| r.height.saturating_sub(3).max(1) as usize)
    }

    fn scroll_preview(&mut self, key: OverlayKey) {
        self.preview_follows = false;
        // The content's height is known once the view is laid out:
        // `prepare_view` clamps the scroll to it.
        let page = self.preview_page();
        self.preview_scroll = list::step(self.preview_scroll, usize::MAX, key, page);
    }
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;
