//! The command palette (F1, Ctrl-P): every command, filtered as you type.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, ListItem};
use unicode_width::UnicodeWidthStr;

use super::{LineInput, Modal, Outcome, list};
use crate::tui::action::OverlayKey;
use crate::tui::keymap::{self, Binding, Context};
use crate::tui::theme::Theme;
use crate::tui::view::widgets::{boxed, centered, fit, selectable_list, styled};

#[derive(Default)]
pub struct Palette {
    pub query: LineInput,
    pub selected: usize,
}

impl Palette {
    /// Commands whose description contains the query's letters in order,
    /// best (earliest, tightest) matches first.
    pub fn matches(&self) -> Vec<&'static Binding> {
        let query = self.query.text.to_lowercase();
        // The description first; the search words find what people call
        // an action elsewhere ("pdf", "vim", "paste"), ranked after.
        let score = |b: &Binding| {
            let words = keymap::words_for(&b.action);
            let by_words = (!words.is_empty())
                .then(|| fuzzy_score(&query, &words))
                .flatten()
                .map(|s| s.min(999) + 50);
            match (fuzzy_score(&query, b.description), by_words) {
                (Some(a), Some(w)) => Some(a.min(w)),
                (a, w) => a.or(w),
            }
        };
        let mut scored: Vec<(usize, &'static Binding)> = keymap::commands()
            .into_iter()
            .filter_map(|b| score(b).map(|s| (s, b)))
            .collect();
        scored.sort_by_key(|(score, _)| *score);
        scored.into_iter().map(|(_, b)| b).collect()
    }
}

impl Modal for Palette {
    fn context(&self) -> Context {
        Context::Palette
    }

    fn handle(&mut self, key: &KeyEvent) -> Outcome {
        match keymap::overlay_key(Context::Palette, key) {
            Some(OverlayKey::Cancel) => return Outcome::Close,
            Some(OverlayKey::Accept) => {
                return match self.matches().get(self.selected) {
                    Some(binding) => Outcome::Run(binding.action.clone()),
                    None => Outcome::Stay,
                };
            }
            Some(step) => self.selected = list::step(self.selected, usize::MAX, step, 1),
            None => {
                if self.query.handle(key) {
                    self.selected = 0;
                }
            }
        }
        let count = self.matches().len();
        self.selected = self.selected.min(count.saturating_sub(1));
        Outcome::Stay
    }

    fn paste(&mut self, text: &str) -> Outcome {
        self.query.paste(text);
        Outcome::Stay
    }

    fn draw(&self, theme: &Theme, frame: &mut Frame, area: Rect) -> Option<Position> {
        let matches = self.matches();
        let height = (matches.len() as u16 + 4).clamp(6, area.height.saturating_sub(4).max(6));
        let rect = centered(area, 70, height);
        let title = format!(
            "Commands — type to filter · {}",
            keymap::hint_line(Context::Palette)
        );
        let block = boxed(&title, theme);
        let inner = block.inner(rect);
        frame.render_widget(Clear, rect);
        frame.render_widget(block, rect);
        let [input, list] =
            Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
        let cursor = self.query.draw(theme, frame, Rect { height: 1, ..input });
        let width = list.width as usize;
        let items: Vec<ListItem> = matches
            .iter()
            .map(|binding| {
                let key = binding.key_label().unwrap_or_default();
                let text_width = width.saturating_sub(key.width() + 2);
                let text = fit(binding.description, text_width);
                let pad = text_width.saturating_sub(text.width());
                ListItem::new(Line::from(vec![
                    Span::raw(format!(" {text}{}", " ".repeat(pad))),
                    styled(key, theme.key),
                ]))
            })
            .collect();
        let items = if items.is_empty() {
            vec![ListItem::new(Line::styled(
                " No command matches.",
                theme.dim,
            ))]
        } else {
            items
        };
        selectable_list(frame, items, self.selected, list, theme);
        Some(cursor)
    }
}

/// Lower is better; `None` when the query's characters do not all appear
/// in order. Matches at word starts and close together rank first.
fn fuzzy_score(query: &str, text: &str) -> Option<usize> {
    if query.is_empty() {
        return Some(0);
    }
    let text = text.to_lowercase();
    if let Some(pos) = text.find(query) {
        let at_word = pos == 0 || text.as_bytes()[pos - 1] == b' ';
        return Some(if at_word { pos } else { 100 + pos });
    }
    let mut chars = text.char_indices();
    let mut first = None;
    let mut last = 0;
    for q in query.chars().filter(|c| !c.is_whitespace()) {
        let (i, _) = chars.find(|&(_, c)| c == q)?;
        first.get_or_insert(i);
        last = i;
    }
    Some(1000 + last - first.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyCode;

    use super::*;
    use crate::tui::action::Action;
    use crate::tui::testing::{drawn, key};

    fn type_into(palette: &mut Palette, text: &str) {
        for c in text.chars() {
            palette.handle(&key(KeyCode::Char(c)));
        }
    }

    #[test]
    fn palette_filters_as_you_type_and_runs_the_selection() {
        let mut p = Palette::default();
        let all = p.matches().len();
        type_into(&mut p, "export");
        let found = p.matches();
        assert!(found.len() < all);
        assert_eq!(found[0].action, Action::ExportMarkdown);
        match p.handle(&key(KeyCode::Enter)) {
            Outcome::Run(Action::ExportMarkdown) => {}
            _ => panic!("Enter should run the first match"),
        }
    }

    #[test]
    fn palette_finds_actions_by_the_words_people_use() {
        for (query, action) in [
            ("external", Action::EditExternally),
            ("vim", Action::EditExternally),
            ("pdf", Action::Export),
            ("print", Action::Export),
            ("paste", Action::PasteCut),
            ("help", Action::ShowKeys),
            ("undo", Action::Undo),
            ("remove", Action::DeleteSection),
            ("clipboard", Action::CopySection),
            ("select all", Action::SelectAll),
        ] {
            let mut p = Palette::default();
            type_into(&mut p, query);
            let found: Vec<_> = p.matches().iter().map(|b| b.action.clone()).collect();
            assert!(
                found.iter().take(4).any(|a| *a == action),
                "{query:?} → {found:?}"
            );
        }
    }

    #[test]
    fn palette_matches_letters_in_order() {
        assert!(fuzzy_score("svn", "Save now").is_some());
        assert!(fuzzy_score("nvs", "Save now").is_none());
        assert!(
            fuzzy_score("save", "Save now") < fuzzy_score("save", "Save and quit").map(|s| s + 1)
        );
        assert!(fuzzy_score("quit", "Save and quit") < fuzzy_score("qt", "Save and quit"));
    }

    #[test]
    fn palette_selection_stays_within_matches() {
        let mut p = Palette::default();
        for _ in 0..100 {
            p.handle(&key(KeyCode::Down));
        }
        assert_eq!(p.selected, p.matches().len() - 1);
        type_into(&mut p, "zzzz");
        assert_eq!(p.selected, 0);
        assert!(matches!(p.handle(&key(KeyCode::Enter)), Outcome::Stay));
    }

    #[test]
    fn palette_draws_the_query_and_the_matching_commands_with_their_keys() {
        let mut p = Palette::default();
        assert!(matches!(p.paste("rename"), Outcome::Stay));
        let screen = drawn(&p, 80, 20);
        assert!(screen.contains("Commands — type to filter"), "{screen}");
        assert!(screen.contains("› rename"), "{screen}");
        let row = screen.lines().find(|l| l.contains("Rename the section"));
        assert!(row.is_some_and(|r| r.contains("F2")), "{screen}");
        type_into(&mut p, "zzzz");
        assert!(drawn(&p, 80, 20).contains("No command matches."));
    }
}
