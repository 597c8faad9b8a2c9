//! List overlays: the saved resumes (open, new, duplicate, rename, delete)
//! and the export formats.

use ratatui::crossterm::event::KeyEvent;

use super::{digit_index, list};
use crate::export::Kind;
use crate::tui::action::OverlayKey;
use crate::tui::effect::ResumeOp;
use crate::tui::keymap::{self, Context};
use crate::tui::overlay::{Confirm, ConfirmPurpose, Outcome, Overlay, Prompt, PromptPurpose};

pub struct ResumeList {
    pub names: Vec<String>,
    /// The open resume, marked in the list; it cannot be deleted.
    pub current: String,
    pub selected: usize,
    pub note: Option<String>,
}

impl ResumeList {
    pub fn new(names: Vec<String>, current: &str) -> Self {
        let selected = names.iter().position(|n| n == current).unwrap_or(0);
        ResumeList {
            names,
            current: current.to_string(),
            selected,
            note: None,
        }
    }

    pub fn handle(&mut self, key: &KeyEvent) -> Outcome {
        let chosen = self.names.get(self.selected).cloned();
        let Some(command) = keymap::overlay_key(Context::Resumes, key) else {
            return Outcome::Stay;
        };
        match (command, chosen) {
            (OverlayKey::Cancel, _) => Outcome::Close,
            (OverlayKey::Keys, _) => Outcome::Keys(Context::Resumes),
            (OverlayKey::New, _) => Outcome::Replace(Overlay::Prompt(Prompt::new(
                PromptPurpose::NewResume,
                "Name of the new resume (letters, digits, . _ -)",
                "",
            ))),
            (OverlayKey::Accept, Some(name)) if name == self.current => Outcome::Close,
            (OverlayKey::Accept, Some(name)) => Outcome::Resumes(ResumeOp::Open(name)),
            (OverlayKey::Copy, Some(name)) => Outcome::Replace(Overlay::Prompt(Prompt::new(
                PromptPurpose::DuplicateResume(name.clone()),
                format!("Copy '{name}' as (a variant to tailor)"),
                &format!("{name}-copy"),
            ))),
            (OverlayKey::Rename, Some(name)) => Outcome::Replace(Overlay::Prompt(Prompt::new(
                PromptPurpose::RenameResume(name.clone()),
                format!("Rename '{name}' to"),
                &name,
            ))),
            (OverlayKey::Delete, Some(name)) if name == self.current => {
                self.note =
                    Some("The open resume cannot be deleted: open another one first.".into());
                Outcome::Stay
            }
            (OverlayKey::Delete, Some(name)) => Outcome::Replace(Overlay::Confirm(Confirm::yes(
                ConfirmPurpose::DeleteResume(name.clone()),
                format!(
                    "Delete the resume '{name}'? It is moved aside as a .deleted file, not erased."
                ),
                "Delete",
            ))),
            (step, _) => {
                self.selected = list::step(self.selected, self.names.len(), step, 1);
                Outcome::Stay
            }
        }
    }
}

pub struct FormatPicker {
    pub selected: usize,
    /// The open resume's name, for the default file name.
    pub name: String,
}

impl FormatPicker {
    pub fn handle(&mut self, key: &KeyEvent) -> Outcome {
        match keymap::overlay_key(Context::Choice, key) {
            Some(OverlayKey::Cancel) => Outcome::Close,
            Some(OverlayKey::Digit) => match digit_index(key, Kind::ALL.len()) {
                Some(index) => self.choose(index),
                None => Outcome::Stay,
            },
            Some(OverlayKey::Accept) => self.choose(self.selected),
            Some(step) => {
                self.selected = list::step(self.selected, Kind::ALL.len(), step, 1);
                Outcome::Stay
            }
            None => Outcome::Stay,
        }
    }

    fn choose(&self, index: usize) -> Outcome {
        let format = Kind::ALL[index];
        Outcome::Replace(Overlay::Prompt(Prompt::new(
            PromptPurpose::ExportPath(format),
            "Export to",
            &format!("{}.{}", self.name, format.extension()),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::testing::key;
    use ratatui::crossterm::event::KeyCode;

    fn list() -> ResumeList {
        ResumeList::new(vec!["backend".into(), "platform".into()], "backend")
    }

    #[test]
    fn enter_opens_another_resume_and_closes_on_the_current_one() {
        let mut l = list();
        assert!(matches!(l.handle(&key(KeyCode::Enter)), Outcome::Close));
        l.handle(&key(KeyCode::Down));
        match l.handle(&key(KeyCode::Enter)) {
            Outcome::Resumes(ResumeOp::Open(name)) => assert_eq!(name, "platform"),
            _ => panic!("expected open"),
        }
    }

    #[test]
    fn the_open_resume_cannot_be_deleted() {
        let mut l = list();
        assert!(matches!(l.handle(&key(KeyCode::Char('d'))), Outcome::Stay));
        assert!(l.note.is_some());
        l.handle(&key(KeyCode::Down));
        assert!(matches!(
            l.handle(&key(KeyCode::Char('d'))),
            Outcome::Replace(Overlay::Confirm(ref c))
                if matches!(c.highlighted(), Some(ConfirmPurpose::DeleteResume(_)))
        ));
    }

    #[test]
    fn duplicate_suggests_a_name() {
        let mut l = list();
        match l.handle(&key(KeyCode::Char('c'))) {
            Outcome::Replace(Overlay::Prompt(p)) => {
                assert_eq!(p.input.text, "backend-copy");
                assert_eq!(p.purpose, PromptPurpose::DuplicateResume("backend".into()));
            }
            _ => panic!("expected a prompt"),
        }
    }

    #[test]
    fn format_choice_leads_to_a_path_with_its_extension() {
        let mut f = FormatPicker {
            selected: 0,
            name: "resume".into(),
        };
        match f.handle(&key(KeyCode::Char('4'))) {
            Outcome::Replace(Overlay::Prompt(p)) => {
                assert_eq!(p.input.text, "resume.html");
                assert_eq!(
                    p.purpose,
                    PromptPurpose::ExportPath(Kind::Text(crate::export::Format::Html))
                );
            }
            _ => panic!("expected a prompt"),
        }
        match f.handle(&key(KeyCode::Char('1'))) {
            Outcome::Replace(Overlay::Prompt(p)) => {
                assert_eq!(p.input.text, "resume.pdf");
                assert_eq!(p.purpose, PromptPurpose::ExportPath(Kind::Pdf));
            }
            _ => panic!("the PDF comes first"),
        }
        assert!(matches!(f.handle(&key(KeyCode::Char('6'))), Outcome::Stay));
    }
}
