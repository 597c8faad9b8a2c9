//! The variant picker: which targeted version of the resume the preview,
//! the page count and exports show — everything, or a named variant saved
//! with the resume (its tags, section order and summary).

use ratatui::crossterm::event::KeyEvent;

use super::{Outcome, digit_index, list};
use crate::resume::Resume;
use crate::tui::action::OverlayKey;
use crate::tui::keymap::{self, Context};

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

    pub fn handle(&mut self, key: &KeyEvent) -> Outcome {
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
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyCode;

    use super::*;
    use crate::resume::{Level, Variant};
    use crate::tui::testing::key;

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
    }
}
