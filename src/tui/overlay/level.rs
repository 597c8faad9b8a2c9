//! The career level picker: on first run (before there is a resume, where
//! Esc quits), to switch the open resume's level, and for a new resume.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, ListItem, Paragraph, Wrap};

use super::{Modal, Outcome, digit_index, list};
use crate::resume::Level;
use crate::tui::action::{Action, OverlayKey};
use crate::tui::keymap::{self, Context};
use crate::tui::theme::Theme;
use crate::tui::view::widgets::{boxed, centered, overlay_hints, selectable_list, styled};

/// What the chosen level is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerPurpose {
    /// No resume yet: the level picks the starter; Esc quits.
    FirstRun,
    /// Switch the open resume's level.
    ChangeLevel,
    /// Start a new resume with this name.
    NewResume(String),
}

pub struct LevelPicker {
    pub selected: usize,
    pub purpose: PickerPurpose,
}

impl LevelPicker {
    pub fn new(current: Option<Level>, purpose: PickerPurpose) -> Self {
        let selected = current
            .and_then(|l| Level::ALL.iter().position(|&x| x == l))
            .unwrap_or(0);
        LevelPicker { selected, purpose }
    }
}

impl Modal for LevelPicker {
    /// Its keys: quitting is what Esc means before there is a resume.
    fn context(&self) -> Context {
        if self.is_first_run() {
            Context::FirstRun
        } else {
            Context::Choice
        }
    }

    fn is_first_run(&self) -> bool {
        self.purpose == PickerPurpose::FirstRun
    }

    fn handle(&mut self, key: &KeyEvent) -> Outcome {
        match keymap::overlay_key(self.context(), key) {
            Some(OverlayKey::Cancel) if self.is_first_run() => Outcome::Run(Action::QuitDiscarding),
            Some(OverlayKey::Cancel) => Outcome::Close,
            // A digit highlights its level; Enter commits, so the Enter
            // that follows never reaches the resume.
            Some(OverlayKey::Digit) => {
                if let Some(index) = digit_index(key, Level::ALL.len()) {
                    self.selected = index;
                }
                Outcome::Stay
            }
            Some(OverlayKey::Accept) => {
                Outcome::Level(self.purpose.clone(), Level::ALL[self.selected])
            }
            Some(step) => {
                self.selected = list::step(self.selected, Level::ALL.len(), step, 1);
                Outcome::Stay
            }
            None => Outcome::Stay,
        }
    }

    fn draw(&self, theme: &Theme, frame: &mut Frame, area: Rect) -> Option<Position> {
        let rect = centered(area, 72, 14);
        let heading = if self.is_first_run() {
            "Welcome to resumd"
        } else {
            "Career level"
        };
        let block = boxed(heading, theme);
        let inner = block.inner(rect);
        frame.render_widget(Clear, rect);
        frame.render_widget(block, rect);
        let question = if self.is_first_run() {
            "Which career level is your resume for? The tips, the coach and the starter sections follow it; you can change it later (F4)."
        } else {
            "Switch level: tips, coach and recommended sections follow; no text is lost."
        };
        let [top, list, help] = Layout::vertical([
            Constraint::Length(3),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        frame.render_widget(Paragraph::new(question).wrap(Wrap { trim: true }), top);
        // Two rows per level: its name, then what it is for.
        let items: Vec<ListItem> = Level::ALL
            .iter()
            .enumerate()
            .map(|(i, level)| {
                ListItem::new(vec![
                    Line::from(vec![
                        styled(format!(" {} ", i + 1), theme.key),
                        styled(level.label(), theme.heading),
                    ]),
                    Line::styled(format!("   {}", level.blurb()), theme.dim),
                ])
            })
            .collect();
        selectable_list(frame, items, self.selected, list, theme);
        overlay_hints(frame, self.context(), help, theme);
        None
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyCode;

    use super::*;
    use crate::tui::testing::{drawn, key};

    #[test]
    fn first_run_level_picker_quits_on_escape() {
        let mut picker = LevelPicker::new(None, PickerPurpose::FirstRun);
        assert!(matches!(
            picker.handle(&key(KeyCode::Esc)),
            Outcome::Run(Action::QuitDiscarding)
        ));
        let mut picker = LevelPicker::new(Some(Level::Senior), PickerPurpose::ChangeLevel);
        assert_eq!(picker.selected, 2);
        assert!(matches!(picker.handle(&key(KeyCode::Esc)), Outcome::Close));
        assert!(matches!(
            picker.handle(&key(KeyCode::Char('2'))),
            Outcome::Stay
        ));
        assert!(matches!(
            picker.handle(&key(KeyCode::Enter)),
            Outcome::Level(PickerPurpose::ChangeLevel, Level::Mid)
        ));
    }

    #[test]
    fn the_picker_lists_every_level_and_its_keys_follow_its_purpose() {
        let first = LevelPicker::new(None, PickerPurpose::FirstRun);
        let screen = drawn(&first, 80, 24);
        assert!(screen.contains("Welcome to resumd"), "{screen}");
        for level in Level::ALL {
            assert!(screen.contains(level.label()), "{screen}");
        }
        assert!(screen.contains("Esc quit"), "{screen}");
        let change = LevelPicker::new(Some(Level::Mid), PickerPurpose::ChangeLevel);
        let screen = drawn(&change, 80, 24);
        assert!(screen.contains("Career level"), "{screen}");
        assert!(screen.contains("Esc cancel"), "{screen}");
    }
}
