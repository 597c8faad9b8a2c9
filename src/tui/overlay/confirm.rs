//! Questions a stray key cannot answer: each answer has a letter, Enter
//! takes the highlighted one, any other key cancels.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::export::Kind;
use crate::resume::SectionId;
use crate::tui::action::OverlayKey;
use crate::tui::keymap::{self, Context};
use crate::tui::overlay::Outcome;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfirmPurpose {
    DeleteSection(SectionId),
    DeleteResume(String),
    OverwriteExport(Kind, String),
    /// Saving failed while quitting: try again (and quit if it works).
    RetrySave,
    /// Saving failed while quitting: write the text to a path the user types.
    SaveElsewhere,
    QuitWithoutSaving,
}

/// One answer to a question, picked by its letter or by Enter when it is
/// highlighted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub key: char,
    pub label: String,
    pub purpose: ConfirmPurpose,
}

/// A question a stray key cannot answer: only a choice's letter, or Enter
/// on a highlighted choice, does something; any other key cancels.
pub struct Confirm {
    pub question: String,
    pub choices: Vec<Choice>,
    /// The highlighted choice; `choices.len()` is "Cancel".
    pub selected: usize,
}

impl Confirm {
    /// A question with one answer besides cancelling, e.g. "y Delete".
    pub fn yes(purpose: ConfirmPurpose, question: impl Into<String>, label: &str) -> Self {
        Confirm {
            question: question.into(),
            choices: vec![Choice {
                key: 'y',
                label: label.to_string(),
                purpose,
            }],
            selected: 0,
        }
    }

    /// The highlighted choice's purpose, if it is not "Cancel".
    pub fn highlighted(&self) -> Option<&ConfirmPurpose> {
        self.choices.get(self.selected).map(|c| &c.purpose)
    }

    pub fn handle(&mut self, key: &KeyEvent) -> Outcome {
        let count = self.choices.len() + 1;
        match (keymap::overlay_key(Context::Question, key), key.code) {
            (Some(OverlayKey::Left), _) => {
                self.selected = (self.selected + count - 1) % count;
                Outcome::Stay
            }
            (Some(OverlayKey::Right), _) => {
                self.selected = (self.selected + 1) % count;
                Outcome::Stay
            }
            (Some(OverlayKey::Accept), _) => match self.highlighted() {
                Some(purpose) => Outcome::Confirmed(purpose.clone()),
                None => Outcome::Close,
            },
            (_, KeyCode::Char(c)) if key.modifiers.difference(KeyModifiers::SHIFT).is_empty() => {
                match self
                    .choices
                    .iter()
                    .find(|choice| choice.key.eq_ignore_ascii_case(&c))
                {
                    Some(choice) => Outcome::Confirmed(choice.purpose.clone()),
                    None => Outcome::Close,
                }
            }
            _ => Outcome::Close,
        }
    }
}
