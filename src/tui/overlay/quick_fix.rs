//! The list of quick fixes for the cursor's place (Alt-.); which fixes
//! there are and how one is applied is the app's business (`app/quick_fix`).

use std::ops::Range;

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::Outcome;

/// What a chosen fix does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Put `with` in place of bytes `range` of line `line`; an empty `with`
    /// selects the range for the user to type over.
    Replace {
        line: usize,
        range: Range<usize>,
        with: String,
    },
    /// Accept the word from now on.
    AddToDictionary(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub label: String,
    pub change: Change,
}

pub struct FixList {
    pub items: Vec<Item>,
    pub selected: usize,
}

impl FixList {
    pub fn handle(&mut self, key: &KeyEvent) -> Outcome {
        let last = self.items.len().saturating_sub(1);
        match key.code {
            KeyCode::Esc | KeyCode::Char('q') => return Outcome::Close,
            KeyCode::Up | KeyCode::Char('k') => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => self.selected = (self.selected + 1).min(last),
            KeyCode::Enter => {
                return match self.items.get(self.selected) {
                    Some(item) => Outcome::Fix(item.change.clone()),
                    None => Outcome::Close,
                };
            }
            _ => {}
        }
        Outcome::Stay
    }
}
