//! Questions a stray key cannot answer: each answer has a letter, Enter
//! takes the highlighted one, any other key cancels.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{Modal, Outcome};
use crate::export::Kind;
use crate::markdown::visible;
use crate::resume::SectionId;
use crate::tui::action::OverlayKey;
use crate::tui::keymap::{self, Context};
use crate::tui::theme::Theme;
use crate::tui::view::widgets::{boxed, centered, styled, wrap_words};

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
}

impl Modal for Confirm {
    fn context(&self) -> Context {
        Context::Question
    }

    fn handle(&mut self, key: &KeyEvent) -> Outcome {
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

    /// The question in full (its box grows to fit), then its choices, the
    /// highlighted one marked.
    fn draw(&self, theme: &Theme, frame: &mut Frame, area: Rect) -> Option<Position> {
        let width = 72.min(area.width.saturating_sub(2)).max(20);
        let inner_width = width.saturating_sub(2) as usize;
        let mut lines: Vec<Line> = wrap_words(&visible(&self.question), inner_width)
            .into_iter()
            .map(Line::raw)
            .collect();
        lines.push(Line::default());
        let cancel = Choice {
            key: '\u{1b}',
            label: "Cancel".into(),
            purpose: ConfirmPurpose::QuitWithoutSaving,
        };
        let mut row: Vec<Span> = Vec::new();
        let mut used = 0;
        for (i, choice) in self.choices.iter().chain([&cancel]).enumerate() {
            let key = if choice.key == '\u{1b}' {
                "Esc".to_string()
            } else {
                choice.key.to_string()
            };
            let text = format!(" {key} {} ", choice.label);
            let cost = text.width() + 1;
            if used + cost > inner_width && !row.is_empty() {
                lines.push(Line::from(std::mem::take(&mut row)));
                used = 0;
            }
            let style = if i == self.selected {
                theme.selected
            } else {
                theme.key
            };
            row.push(styled(text, style));
            row.push(Span::raw(" "));
            used += cost;
        }
        lines.push(Line::from(row));
        let rect = centered(area, width, lines.len() as u16 + 2);
        frame.render_widget(Clear, rect);
        frame.render_widget(Paragraph::new(lines).block(boxed("Confirm", theme)), rect);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::testing::{drawn, key};

    fn delete_question() -> Confirm {
        Confirm::yes(
            ConfirmPurpose::DeleteSection(SectionId(3)),
            "Delete?",
            "Delete",
        )
    }

    #[test]
    fn only_y_or_enter_on_a_choice_confirms_and_any_other_key_cancels() {
        for c in "dail es".chars() {
            let answer = delete_question().handle(&key(KeyCode::Char(c)));
            assert!(matches!(answer, Outcome::Close), "{c:?} cancels");
        }
        for code in [KeyCode::Esc, KeyCode::Backspace, KeyCode::F(4), KeyCode::Up] {
            assert!(matches!(
                delete_question().handle(&key(code)),
                Outcome::Close
            ));
        }
        assert!(matches!(
            delete_question().handle(&key(KeyCode::Char('y'))),
            Outcome::Confirmed(ConfirmPurpose::DeleteSection(_))
        ));
        let mut q = delete_question();
        assert!(matches!(
            q.handle(&key(KeyCode::Enter)),
            Outcome::Confirmed(_)
        ));
        assert!(matches!(q.handle(&key(KeyCode::Right)), Outcome::Stay));
        assert!(q.highlighted().is_none(), "on Cancel");
        assert!(matches!(q.handle(&key(KeyCode::Enter)), Outcome::Close));
    }

    #[test]
    fn the_question_shows_whole_with_every_answer_and_cancel() {
        let mut q = Confirm::yes(
            ConfirmPurpose::DeleteResume("backend".into()),
            "Delete the resume 'backend'? It is moved aside as a .deleted file, not erased.",
            "Delete",
        );
        let screen = drawn(&q, 60, 14);
        assert!(screen.contains("╭ Confirm "), "{screen}");
        assert!(screen.contains("not erased."), "{screen}");
        assert!(screen.contains(" y Delete ") && screen.contains(" Esc Cancel "));
        q.handle(&key(KeyCode::Right));
        assert!(drawn(&q, 60, 14).contains(" Esc Cancel "));
    }
}
