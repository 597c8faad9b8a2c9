//! What happens when an overlay closes with an answer: a prompt's text, a
//! yes to a question, a picked level or resume.

use crate::export::Kind;
use crate::tui::app::App;

use crate::guide;
use crate::resume::{SectionId, SectionKind};
use crate::storage::validate_resume_name;
use crate::tui::effect::{Effect, ResumeOp};
use crate::tui::layout::Pane;
use crate::tui::overlay::quick_fix::Change;
use crate::tui::overlay::{
    Choice, Confirm, ConfirmPurpose, LevelPicker, Outcome, PickerPurpose, Prompt, PromptPurpose,
};

impl App {
    pub(in crate::tui) fn apply_outcome(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Stay => return,
            Outcome::Variant(variant) => {
                self.overlay = None;
                self.set_variant(variant);
                return;
            }
            Outcome::ForgetPosting => {
                self.overlay = None;
                self.forget_posting();
                return;
            }
            Outcome::Posting(text) => {
                // Read, it replaces the question with the job view.
                if let Err(error) = self.take_posting(&text) {
                    self.note_in_overlay(format!("That is not a posting: {error}."));
                }
                return;
            }
            Outcome::Keys(context) => {
                // The list comes back once the keys were read.
                self.after_notices = self.overlay.take();
                let keys = crate::tui::keymap::keys_of(context).join("\n");
                self.notify(format!("Keys here:\n\n{keys}"));
                return;
            }
            Outcome::Close | Outcome::Pass => {}
            Outcome::FindOption(option, purpose) => {
                self.toggle_find_option(option, &purpose);
                return;
            }
            Outcome::Jump {
                section,
                line,
                column,
            } => {
                self.overlay = None;
                self.jump_to(section, line, column);
                return;
            }
            Outcome::FixIn(section, change) => {
                self.overlay = None;
                if self.guard_read_only() {
                    // The fix is for that section's line: go there first.
                    if let Change::Replace { line, .. } = &change {
                        self.jump_to(section, *line, 0);
                    }
                    self.apply_fix(change);
                }
                return;
            }
            Outcome::Fix(change) => {
                self.overlay = None;
                self.apply_fix(change);
                return;
            }
            Outcome::Replace(overlay) => {
                self.overlay = Some(overlay);
                return;
            }
            Outcome::Run(action) => {
                self.overlay = None;
                self.update(action);
                return;
            }
            Outcome::Answer(purpose, text) => {
                if !self.answer_prompt(purpose, text.trim()) {
                    return;
                }
            }
            Outcome::Confirmed(purpose) => {
                self.overlay = None;
                self.confirmed(purpose);
                return;
            }
            Outcome::Resumes(op) => self.effects.push(Effect::Resumes(op)),
            Outcome::Level(purpose, level) => {
                self.overlay = None;
                match purpose {
                    PickerPurpose::FirstRun => {
                        self.start_with(guide::starter_resume(level));
                        self.effects.push(Effect::SaveNow);
                        self.say(format!(
                            "{} resume started: replace the [bracketed] text with your own. F1 lists every command.",
                            level.label()
                        ));
                    }
                    PickerPurpose::ChangeLevel => self.set_level(level),
                    PickerPurpose::NewResume(name) => self
                        .effects
                        .push(Effect::Resumes(ResumeOp::Create { name, level })),
                }
                return;
            }
        }
        self.overlay = None;
    }

    /// Acts on a prompt's answer; false keeps the prompt open with a note
    /// saying what is wrong.
    fn answer_prompt(&mut self, purpose: PromptPurpose, text: &str) -> bool {
        if let Err(problem) = check_answer(&purpose, text) {
            self.note_in_overlay(problem);
            return false;
        }
        let text = text.to_string();
        match purpose {
            PromptPurpose::RenameSection(id) => {
                self.close_typing();
                let before = self.document();
                if let Some(section) = self.doc.resume.section_mut(id) {
                    section.title = text.clone();
                }
                self.record_document(format!("rename to “{text}”"), before);
                self.preview.invalidate(id);
                self.doc.report.recheck_section(&self.doc.resume, id);
                self.doc.pages.touch();
                self.mark_dirty();
            }
            PromptPurpose::AddSection => {
                self.close_typing();
                let before = self.document();
                let at = self.current_index() + 1;
                let id = self
                    .doc
                    .resume
                    .insert_section(at, SectionKind::Custom, &text, "");
                self.selected = id;
                self.record_document(format!("new section “{text}”"), before);
                self.doc.report = self.doc.fresh_report();
                self.doc.pages.touch();
                self.focus = Pane::Editor;
                self.mark_dirty();
                self.effects.push(Effect::SaveNow);
            }
            PromptPurpose::ExportPath(format) => self.effects.push(Effect::Export {
                path: text,
                format,
                overwrite: false,
            }),
            PromptPurpose::ImportPath => self.effects.push(Effect::Import { path: text }),
            PromptPurpose::PostingPath => {
                self.effects.push(Effect::ReadPosting { path: text });
                return false;
            }
            PromptPurpose::SaveElsewhere => self.effects.push(Effect::SaveElsewhere { path: text }),
            PromptPurpose::Find => {
                let note = self.find_next(&text);
                self.note_in_overlay(format!("{note} Enter: next · Esc: done"));
                return false;
            }
            PromptPurpose::ReplaceWhat => {
                self.last_find = text.clone();
                let title = format!("Replace ({}): “{text}” with", self.find_options.describe());
                self.open_overlay(Prompt::new(
                    PromptPurpose::ReplaceWith(text.clone()),
                    title,
                    "",
                ));
                return false;
            }
            PromptPurpose::ReplaceWith(what) => self.replace_everywhere(&what, &text),
            PromptPurpose::NewResume => {
                self.open_overlay(LevelPicker::new(
                    Some(self.doc.resume.level),
                    PickerPurpose::NewResume(text),
                ));
                return false;
            }
            PromptPurpose::DuplicateResume(from) => self
                .effects
                .push(Effect::Resumes(ResumeOp::Duplicate { from, to: text })),
            PromptPurpose::RenameResume(from) => self
                .effects
                .push(Effect::Resumes(ResumeOp::Rename { from, to: text })),
        }
        true
    }

    fn confirmed(&mut self, purpose: ConfirmPurpose) {
        match purpose {
            ConfirmPurpose::DeleteSection(id) => {
                self.close_typing();
                let before = self.document();
                let index = self.doc.resume.index_of(id).unwrap_or(0);
                if let Some(removed) = self.doc.resume.remove_section(id) {
                    self.editors.forget(id);
                    let count = self.doc.resume.sections().len();
                    self.selected = self.doc.resume.sections()[index.min(count - 1)].id;
                    self.record_document(format!("deletion of “{}”", removed.title), before);
                    self.doc.report = self.doc.fresh_report();
                    self.doc.pages.touch();
                    self.mark_dirty();
                    self.effects.push(Effect::SaveNow);
                    self.say(format!(
                        "Deleted “{}” (Ctrl-Z brings it back).",
                        removed.title
                    ));
                }
            }
            ConfirmPurpose::DeleteResume(name) => {
                self.effects.push(Effect::Resumes(ResumeOp::Delete(name)))
            }
            ConfirmPurpose::OverwriteExport(format, path) => self.effects.push(Effect::Export {
                path,
                format,
                overwrite: true,
            }),
            ConfirmPurpose::QuitWithoutSaving => {
                self.exit_note =
                    Some("you quit with changes that could not be saved; they are lost".into());
                self.should_quit = true;
            }
            ConfirmPurpose::RetrySave => self.effects.push(Effect::Quit),
            ConfirmPurpose::SaveElsewhere => {
                self.open_overlay(Prompt::new(
                    PromptPurpose::SaveElsewhere,
                    "Save the resume (Markdown) to",
                    &format!("~/{}-recovered.md", self.doc.name),
                ));
            }
        }
    }

    /// Puts the cursor on a line and column of a section, in the editor.
    pub(in crate::tui) fn jump_to(&mut self, section: SectionId, line: usize, column: usize) {
        if self.doc.resume.section(section).is_none() {
            return;
        }
        self.close_typing();
        self.selected = section;
        self.focus_editor();
        if let Some(area) = self.current_area_mut() {
            area.cancel_selection();
            area.move_cursor(crate::tui::editor::Move::Jump(line, column));
        }
    }

    /// Called by the loop when an export target exists.
    pub fn ask_overwrite(&mut self, format: Kind, path: &str) {
        self.open_overlay(Confirm::yes(
            ConfirmPurpose::OverwriteExport(format, path.to_string()),
            format!("{path} exists. Replace it?"),
            "Replace",
        ));
        self.needs_redraw = true;
    }

    /// Called by the loop when the final save failed: the whole question,
    /// with a way out that keeps the text.
    pub fn ask_quit_without_saving(&mut self, error: &str) {
        let choice = |key, label: &str, purpose| Choice {
            key,
            label: label.to_string(),
            purpose,
        };
        self.open_overlay(Confirm {
            question: format!(
                "Your latest changes are not saved: {error}\n\nRetry, save them to another file, \
                 or quit and lose them? Any other key goes back to editing."
            ),
            choices: vec![
                choice('r', "Retry", ConfirmPurpose::RetrySave),
                choice('s', "Save elsewhere…", ConfirmPurpose::SaveElsewhere),
                choice('q', "Quit and lose them", ConfirmPurpose::QuitWithoutSaving),
            ],
            selected: 0,
        });
        self.needs_redraw = true;
    }

    pub(in crate::tui) fn ask_delete(&mut self) {
        if self.doc.resume.sections().len() <= 1 {
            self.alert("A resume needs at least one section.");
            return;
        }
        let Some(section) = self.doc.resume.section(self.selected) else {
            return;
        };
        let words = section.word_count();
        let words = match words {
            1 => "1 word".to_string(),
            n => format!("{n} words"),
        };
        self.open_overlay(Confirm::yes(
            ConfirmPurpose::DeleteSection(section.id),
            format!(
                "Delete “{}” ({words})? Ctrl-Z brings it back.",
                section.title
            ),
            "Delete",
        ));
    }
}

/// Why an answer cannot be used, in words for the prompt's note.
fn check_answer(purpose: &PromptPurpose, text: &str) -> Result<(), String> {
    if text.is_empty() && !matches!(purpose, PromptPurpose::ReplaceWith(_)) {
        return Err("Type something, or press Esc to cancel.".into());
    }
    match purpose {
        PromptPurpose::RenameSection(_) | PromptPurpose::AddSection
            if text.contains(['\n', '\r']) =>
        {
            Err("A title is one line.".into())
        }
        PromptPurpose::NewResume
        | PromptPurpose::DuplicateResume(_)
        | PromptPurpose::RenameResume(_) => validate_resume_name(text).map_err(|e| e.to_string()),
        _ => Ok(()),
    }
}
