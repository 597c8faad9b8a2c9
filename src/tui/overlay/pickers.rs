//! List overlays: the saved resumes (open, new, duplicate, rename, delete)
//! and the export formats.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, ListItem, Paragraph};

use super::{Confirm, ConfirmPurpose, Modal, Outcome, Prompt, PromptPurpose, digit_index, list};
use crate::export::Kind;
use crate::markdown::visible;
use crate::tui::action::OverlayKey;
use crate::tui::effect::ResumeOp;
use crate::tui::keymap::{self, Context};
use crate::tui::theme::Theme;
use crate::tui::view::widgets::{boxed, centered, overlay_hints, selectable_list, styled};

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
}

impl Modal for ResumeList {
    fn context(&self) -> Context {
        Context::Resumes
    }

    fn handle(&mut self, key: &KeyEvent) -> Outcome {
        let chosen = self.names.get(self.selected).cloned();
        let Some(command) = keymap::overlay_key(Context::Resumes, key) else {
            return Outcome::Stay;
        };
        match (command, chosen) {
            (OverlayKey::Cancel, _) => Outcome::Close,
            (OverlayKey::Keys, _) => Outcome::Keys(Context::Resumes),
            (OverlayKey::New, _) => Outcome::Replace(Box::new(Prompt::new(
                PromptPurpose::NewResume,
                "Name of the new resume (letters, digits, . _ -)",
                "",
            ))),
            (OverlayKey::Accept, Some(name)) if name == self.current => Outcome::Close,
            (OverlayKey::Accept, Some(name)) => Outcome::Resumes(ResumeOp::Open(name)),
            (OverlayKey::Copy, Some(name)) => Outcome::Replace(Box::new(Prompt::new(
                PromptPurpose::DuplicateResume(name.clone()),
                format!("Copy '{name}' as (a variant to tailor)"),
                &format!("{name}-copy"),
            ))),
            (OverlayKey::Rename, Some(name)) => Outcome::Replace(Box::new(Prompt::new(
                PromptPurpose::RenameResume(name.clone()),
                format!("Rename '{name}' to"),
                &name,
            ))),
            (OverlayKey::Delete, Some(name)) if name == self.current => {
                self.note =
                    Some("The open resume cannot be deleted: open another one first.".into());
                Outcome::Stay
            }
            (OverlayKey::Delete, Some(name)) => Outcome::Replace(Box::new(Confirm::yes(
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

    fn draw(&self, theme: &Theme, frame: &mut Frame, area: Rect) -> Option<Position> {
        let height = (self.names.len() as u16 + 5).clamp(8, area.height.saturating_sub(2).max(8));
        let rect = centered(area, 64, height);
        let block = boxed("Resumes", theme);
        let inner = block.inner(rect);
        frame.render_widget(Clear, rect);
        frame.render_widget(block, rect);
        let items: Vec<ListItem> = self
            .names
            .iter()
            .map(|name| {
                let marker = if *name == self.current { "● " } else { "  " };
                let suffix = if *name == self.current {
                    "  (open)"
                } else {
                    ""
                };
                ListItem::new(Line::from(vec![
                    styled(marker, theme.accent),
                    Span::raw(visible(name).into_owned()),
                    styled(suffix, theme.dim),
                ]))
            })
            .collect();
        let [names, note, help] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        selectable_list(frame, items, self.selected, names, theme);
        if let Some(text) = &self.note {
            frame.render_widget(
                Paragraph::new(Line::styled(text.clone(), theme.warning)),
                note,
            );
        }
        overlay_hints(frame, Context::Resumes, help, theme);
        None
    }
}

pub struct FormatPicker {
    pub selected: usize,
    /// The open resume's name, for the default file name.
    pub name: String,
}

impl FormatPicker {
    fn choose(&self, index: usize) -> Outcome {
        let format = Kind::ALL[index];
        Outcome::Replace(Box::new(Prompt::new(
            PromptPurpose::ExportPath(format),
            "Export to",
            &format!("{}.{}", self.name, format.extension()),
        )))
    }
}

impl Modal for FormatPicker {
    fn context(&self) -> Context {
        Context::Choice
    }

    fn handle(&mut self, key: &KeyEvent) -> Outcome {
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

    fn draw(&self, theme: &Theme, frame: &mut Frame, area: Rect) -> Option<Position> {
        let rect = centered(area, 64, 9);
        let block = boxed("Export as", theme);
        let inner = block.inner(rect);
        frame.render_widget(Clear, rect);
        frame.render_widget(block, rect);
        let items: Vec<ListItem> = Kind::ALL
            .iter()
            .enumerate()
            .map(|(i, f)| {
                ListItem::new(Line::from(vec![
                    styled(format!(" {} ", i + 1), theme.key),
                    Span::raw(f.label()),
                ]))
            })
            .collect();
        let [list, help] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
        selectable_list(frame, items, self.selected, list, theme);
        overlay_hints(frame, Context::Choice, help, theme);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::testing::{downcast, drawn, key};
    use ratatui::crossterm::event::KeyCode;

    /// The overlay an outcome opens in the list's place.
    fn replacement(outcome: Outcome) -> crate::tui::overlay::Overlay {
        match outcome {
            Outcome::Replace(overlay) => overlay,
            _ => panic!("expected another overlay"),
        }
    }

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
            Outcome::Replace(ref o) if downcast::<Confirm>(o)
                .is_some_and(|c| matches!(c.highlighted(), Some(ConfirmPurpose::DeleteResume(_))))
        ));
    }

    #[test]
    fn duplicate_suggests_a_name() {
        let mut l = list();
        let next = replacement(l.handle(&key(KeyCode::Char('c'))));
        let p = downcast::<Prompt>(&next).expect("a prompt");
        assert_eq!(p.input.text, "backend-copy");
        assert_eq!(p.purpose, PromptPurpose::DuplicateResume("backend".into()));
    }

    #[test]
    fn format_choice_leads_to_a_path_with_its_extension() {
        let mut f = FormatPicker {
            selected: 0,
            name: "resume".into(),
        };
        let next = replacement(f.handle(&key(KeyCode::Char('4'))));
        let p = downcast::<Prompt>(&next).expect("a prompt");
        assert_eq!(p.input.text, "resume.html");
        assert_eq!(
            p.purpose,
            PromptPurpose::ExportPath(Kind::Text(crate::export::Format::Html))
        );
        let next = replacement(f.handle(&key(KeyCode::Char('1'))));
        let p = downcast::<Prompt>(&next).expect("a prompt");
        assert_eq!(p.input.text, "resume.pdf", "the PDF comes first");
        assert_eq!(p.purpose, PromptPurpose::ExportPath(Kind::Pdf));
        assert!(matches!(f.handle(&key(KeyCode::Char('6'))), Outcome::Stay));
    }

    #[test]
    fn the_lists_draw_their_items_the_open_resume_marked() {
        let mut l = list();
        l.handle(&key(KeyCode::Char('d')));
        let screen = drawn(&l, 80, 16);
        assert!(screen.contains("╭ Resumes "), "{screen}");
        assert!(screen.contains("● backend  (open)") && screen.contains("  platform"));
        assert!(screen.contains("cannot be deleted"), "the note: {screen}");
        assert!(screen.contains("Enter open · n new"), "{screen}");
        let formats = FormatPicker {
            selected: 0,
            name: "resume".into(),
        };
        let screen = drawn(&formats, 80, 16);
        assert!(screen.contains("╭ Export as "), "{screen}");
        for (i, kind) in Kind::ALL.iter().enumerate() {
            assert!(
                screen.contains(&format!(" {} {}", i + 1, kind.label())),
                "{screen}"
            );
        }
    }
}
