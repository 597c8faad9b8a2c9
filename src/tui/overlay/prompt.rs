//! One-line questions: a title, what is typed, and a note under it (the
//! keys, or what was wrong with the last answer).

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use super::{LineInput, Modal, Outcome};
use crate::export::Kind;
use crate::markdown::visible;
use crate::resume::SectionId;
use crate::tui::action::OverlayKey;
use crate::tui::keymap::{self, Context};
use crate::tui::theme::Theme;
use crate::tui::view::widgets::{boxed, centered, wrap_words};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptPurpose {
    RenameSection(SectionId),
    AddSection,
    ExportPath(Kind),
    ImportPath,
    /// Saves failed: where to write the text instead.
    SaveElsewhere,
    /// Find in the section; the prompt stays open for the next match.
    Find,
    ReplaceWhat,
    ReplaceWith(String),
    NewResume,
    DuplicateResume(String),
    RenameResume(String),
    /// A job posting: a file's path (a pasted posting skips the question).
    PostingPath,
}

pub struct Prompt {
    pub purpose: PromptPurpose,
    pub title: String,
    pub input: LineInput,
    /// Shown under the input, e.g. what went wrong with the last answer.
    pub note: Option<String>,
}

impl Prompt {
    /// The question for a file to import, with `path` filled in.
    pub fn import(path: &str) -> Self {
        Prompt::new(
            PromptPurpose::ImportPath,
            "Import a Markdown (.md) or JSON Resume (.json) file",
            path,
        )
    }

    pub fn new(purpose: PromptPurpose, title: impl Into<String>, initial: &str) -> Self {
        Prompt {
            purpose,
            title: title.into(),
            input: LineInput::with_text(initial),
            note: None,
        }
    }
}

impl Modal for Prompt {
    /// Find and replace prompts have keys for their options.
    fn context(&self) -> Context {
        match self.purpose {
            PromptPurpose::Find | PromptPurpose::ReplaceWhat | PromptPurpose::ReplaceWith(_) => {
                Context::Find
            }
            _ => Context::Prompt,
        }
    }

    fn handle(&mut self, key: &KeyEvent) -> Outcome {
        match keymap::overlay_key(self.context(), key) {
            Some(OverlayKey::Cancel) => Outcome::Close,
            Some(OverlayKey::Accept) => {
                Outcome::Answer(self.purpose.clone(), self.input.text.clone())
            }
            Some(
                option @ (OverlayKey::MatchCase | OverlayKey::WholeWord | OverlayKey::WholeResume),
            ) => Outcome::FindOption(option, self.purpose.clone()),
            _ => {
                self.input.handle(key);
                Outcome::Stay
            }
        }
    }

    /// A posting pasted at its question is the posting itself; anything
    /// else is typed in.
    fn paste(&mut self, text: &str) -> Outcome {
        if self.purpose == PromptPurpose::PostingPath && text.trim().contains('\n') {
            return Outcome::Posting(text.to_string());
        }
        self.input.paste(text);
        Outcome::Stay
    }

    fn note(&mut self, text: String) {
        self.note = Some(text);
    }

    fn retitle(&mut self, title: String) {
        self.title = title;
    }

    fn draw(&self, theme: &Theme, frame: &mut Frame, area: Rect) -> Option<Position> {
        let width = 70.min(area.width.saturating_sub(2));
        let note = self
            .note
            .clone()
            .unwrap_or_else(|| keymap::hint_line(self.context()));
        // The note (what went wrong) is shown whole: the box grows.
        let note_rows = wrap_words(&visible(&note), width.saturating_sub(2) as usize);
        let rect = centered(area, width, note_rows.len() as u16 + 5);
        let block = boxed(&self.title, theme);
        let inner = block.inner(rect);
        frame.render_widget(Clear, rect);
        frame.render_widget(block, rect);
        let cursor = self.input.draw(theme, frame, Rect { height: 1, ..inner });
        let style = if self.note.is_some() {
            theme.warning
        } else {
            theme.dim
        };
        let lines: Vec<Line> = note_rows
            .into_iter()
            .map(|row| Line::styled(row, style))
            .collect();
        frame.render_widget(
            Paragraph::new(lines),
            Rect {
                y: inner.y + 2,
                height: inner.height.saturating_sub(2),
                ..inner
            },
        );
        Some(cursor)
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyCode;

    use super::*;
    use crate::tui::testing::{drawn, key};

    #[test]
    fn enter_answers_with_the_text_and_esc_cancels() {
        let mut prompt = Prompt::new(PromptPurpose::AddSection, "Title", "Awards");
        assert!(matches!(
            prompt.handle(&key(KeyCode::Enter)),
            Outcome::Answer(PromptPurpose::AddSection, text) if text == "Awards"
        ));
        assert!(matches!(prompt.handle(&key(KeyCode::Esc)), Outcome::Close));
    }

    #[test]
    fn a_pasted_posting_is_the_posting_and_other_pastes_are_typed() {
        let mut prompt = Prompt::new(PromptPurpose::PostingPath, "Posting", "");
        assert!(matches!(
            prompt.paste("Engineer\n- Go\n"),
            Outcome::Posting(text) if text == "Engineer\n- Go\n"
        ));
        assert!(prompt.input.text.is_empty());
        assert!(matches!(prompt.paste("~/job.txt"), Outcome::Stay));
        assert_eq!(prompt.input.text, "~/job.txt");
    }

    #[test]
    fn a_prompt_shows_its_keys_until_a_note_takes_their_place() {
        let mut prompt = Prompt::new(PromptPurpose::AddSection, "Title of the new section", "");
        let screen = drawn(&prompt, 80, 12);
        assert!(screen.contains("╭ Title of the new section "), "{screen}");
        assert!(screen.contains("Enter accept · Esc cancel"), "{screen}");
        prompt.note("Type something, or press Esc to cancel.".into());
        let screen = drawn(&prompt, 80, 12);
        assert!(screen.contains("Type something"), "{screen}");
        assert!(!screen.contains("Enter accept"), "{screen}");
    }
}
