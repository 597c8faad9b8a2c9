//! The list of quick fixes for the cursor's place (Alt-.); which fixes
//! there are and how one is applied is the app's business (`app/quick_fix`).

use std::ops::Range;

use ratatui::crossterm::event::KeyEvent;

use super::{Outcome, list};
use crate::tui::action::OverlayKey;
use crate::tui::keymap::{self, Context};

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
        match keymap::overlay_key(Context::Fixes, key) {
            Some(OverlayKey::Cancel) => return Outcome::Close,
            Some(OverlayKey::Keys) => return Outcome::Keys(Context::Fixes),
            Some(OverlayKey::Accept) => {
                return match self.items.get(self.selected) {
                    Some(item) => Outcome::Fix(item.change.clone()),
                    None => Outcome::Close,
                };
            }
            Some(step) => self.selected = list::step(self.selected, self.items.len(), step, 1),
            None => {}
        }
        Outcome::Stay
    }
}
