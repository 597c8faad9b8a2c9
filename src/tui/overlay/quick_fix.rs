//! The list of quick fixes for the cursor's place (Alt-.); which fixes
//! there are and how one is applied is the app's business (`app/quick_fix`).

use std::ops::Range;

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::widgets::{Clear, ListItem};

use super::{Modal, Outcome, list};
use crate::markdown::visible;
use crate::tui::action::OverlayKey;
use crate::tui::keymap::{self, Context};
use crate::tui::theme::Theme;
use crate::tui::view::widgets::{boxed, centered, fit, overlay_hints, selectable_list};

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

impl Modal for FixList {
    fn context(&self) -> Context {
        Context::Fixes
    }

    fn handle(&mut self, key: &KeyEvent) -> Outcome {
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

    /// A short list, the chosen fix highlighted.
    fn draw(&self, theme: &Theme, frame: &mut Frame, area: Rect) -> Option<Position> {
        let width = 60.min(area.width.saturating_sub(2));
        let rect = centered(area, width, self.items.len() as u16 + 3);
        let block = boxed("Quick fix", theme);
        let inner = block.inner(rect);
        frame.render_widget(Clear, rect);
        frame.render_widget(block, rect);
        let [rows, help] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
        let items: Vec<ListItem> = self
            .items
            .iter()
            .map(|item| ListItem::new(fit(&visible(&item.label), inner.width as usize)))
            .collect();
        selectable_list(frame, items, self.selected, rows, theme);
        overlay_hints(frame, Context::Fixes, help, theme);
        None
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyCode;

    use super::*;
    use crate::tui::testing::{drawn, key};

    fn fixes() -> FixList {
        let replace = |with: &str| Item {
            label: format!("Replace with '{with}'"),
            change: Change::Replace {
                line: 0,
                range: 0..3,
                with: with.into(),
            },
        };
        FixList {
            items: vec![
                replace("The"),
                replace("Ten"),
                Item {
                    label: "Add 'Teh' to the dictionary".into(),
                    change: Change::AddToDictionary("Teh".into()),
                },
            ],
            selected: 0,
        }
    }

    #[test]
    fn enter_applies_the_highlighted_fix() {
        let mut list = fixes();
        list.handle(&key(KeyCode::Down));
        assert!(matches!(
            list.handle(&key(KeyCode::Enter)),
            Outcome::Fix(Change::Replace { with, .. }) if with == "Ten"
        ));
        assert!(matches!(
            list.handle(&key(KeyCode::Char('?'))),
            Outcome::Keys(Context::Fixes)
        ));
    }

    #[test]
    fn every_fix_is_listed_with_the_keys_under_them() {
        let screen = drawn(&fixes(), 70, 12);
        assert!(screen.contains("╭ Quick fix "), "{screen}");
        for label in ["Replace with 'The'", "Replace with 'Ten'", "dictionary"] {
            assert!(screen.contains(label), "{screen}");
        }
        assert!(screen.contains("Enter apply"), "{screen}");
    }
}
