//! The variant picker: which targeted version of the resume the preview,
//! the page count and exports show — everything, or a named variant saved
//! with the resume (its tags, section order and summary).

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, ListItem};

use super::{Modal, Outcome, digit_index, list};
use crate::markdown::visible;
use crate::resume::Resume;
use crate::tui::action::OverlayKey;
use crate::tui::keymap::{self, Context};
use crate::tui::theme::Theme;
use crate::tui::view::widgets::{boxed, centered, fit, overlay_hints, selectable_list, styled};

pub struct VariantPicker {
    /// `None` first (everything), then each named variant.
    pub choices: Vec<Option<String>>,
    /// What each choice keeps, for people.
    pub details: Vec<String>,
    pub selected: usize,
}

impl VariantPicker {
    pub fn new(resume: &Resume, active: Option<&str>) -> Self {
        let mut choices = vec![None];
        let mut details = vec!["everything, tagged or not".to_string()];
        for variant in resume.variants() {
            choices.push(Some(variant.name.clone()));
            let tags: Vec<String> = variant.tags.iter().map(|t| format!(".{t}")).collect();
            details.push(format!("untagged content and {}", tags.join(" ")));
        }
        let selected = choices
            .iter()
            .position(|c| c.as_deref() == active)
            .unwrap_or(0);
        VariantPicker {
            choices,
            details,
            selected,
        }
    }
}

impl Modal for VariantPicker {
    fn context(&self) -> Context {
        Context::Choice
    }

    fn handle(&mut self, key: &KeyEvent) -> Outcome {
        match keymap::overlay_key(Context::Choice, key) {
            Some(OverlayKey::Cancel) => Outcome::Close,
            Some(OverlayKey::Digit) => match digit_index(key, self.choices.len()) {
                Some(index) => Outcome::Variant(self.choices[index].clone()),
                None => Outcome::Stay,
            },
            Some(OverlayKey::Accept) => Outcome::Variant(self.choices[self.selected].clone()),
            Some(step) => {
                self.selected = list::step(self.selected, self.choices.len(), step, 1);
                Outcome::Stay
            }
            None => Outcome::Stay,
        }
    }

    /// A numbered list, each variant with what it keeps.
    fn draw(&self, theme: &Theme, frame: &mut Frame, area: Rect) -> Option<Position> {
        let height = self.choices.len() as u16 * 2 + 3;
        let rect = centered(area, 72, height);
        let block = boxed("Show which variant", theme);
        let inner = block.inner(rect);
        frame.render_widget(Clear, rect);
        frame.render_widget(block, rect);
        let [list, help] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
        let width = inner.width as usize;
        let items: Vec<ListItem> = self
            .choices
            .iter()
            .zip(&self.details)
            .enumerate()
            .map(|(i, (choice, detail))| {
                let name = choice.as_deref().unwrap_or("Everything");
                ListItem::new(vec![
                    Line::from(vec![
                        styled(format!(" {} ", i + 1), theme.key),
                        styled(visible(name).into_owned(), theme.heading),
                    ]),
                    Line::styled(fit(&format!("   {}", visible(detail)), width), theme.dim),
                ])
            })
            .collect();
        selectable_list(frame, items, self.selected, list, theme);
        overlay_hints(frame, Context::Choice, help, theme);
        None
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyCode;

    use super::*;
    use crate::resume::{Level, Variant};
    use crate::tui::testing::{drawn, key};

    #[test]
    fn everything_comes_first_then_each_variant_with_its_tags() {
        let mut resume = Resume::new(Level::Mid);
        resume.set_variant(Variant {
            name: "fintech".into(),
            tags: vec!["payments".into(), "backend".into()],
            order: Vec::new(),
            summary: None,
            posting: None,
        });
        let mut picker = VariantPicker::new(&resume, Some("fintech"));
        assert_eq!(picker.selected, 1, "the active one is highlighted");
        assert_eq!(picker.details[1], "untagged content and .payments .backend");
        assert!(matches!(
            picker.handle(&key(KeyCode::Char('1'))),
            Outcome::Variant(None)
        ));
        assert!(matches!(
            picker.handle(&key(KeyCode::Enter)),
            Outcome::Variant(Some(name)) if name == "fintech"
        ));
        let screen = drawn(&picker, 80, 14);
        assert!(screen.contains("╭ Show which variant "), "{screen}");
        assert!(screen.contains(" 1 Everything") && screen.contains(" 2 fintech"));
        assert!(screen.contains("untagged content and .payments .backend"));
    }
}
