//! Find and replace in the focused section: Ctrl-F finds (Enter again for
//! the next match, wrapping around), Ctrl-R replaces every match as one
//! undoable step.

use crate::tui::editor::Move;

use crate::tui::app::App;
use crate::tui::overlay::{Overlay, Prompt, PromptPurpose};
use crate::tui::view::plural;

/// Char offsets where `query` starts in `text`.
fn matches(text: &str, query: &str) -> Vec<usize> {
    if query.is_empty() {
        return Vec::new();
    }
    text.match_indices(query)
        .map(|(byte, _)| text[..byte].chars().count())
        .collect()
}

/// (line, column) of char offset `at` in `text`.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before: String = text.chars().take(at).collect();
    let line = before.matches('\n').count();
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, column)
}

impl App {
    pub(in crate::tui) fn open_find(&mut self) {
        self.overlay = Some(Overlay::Prompt(Prompt::new(
            PromptPurpose::Find,
            "Find in this section (Enter: next match)",
            &self.last_find.clone(),
        )));
    }

    pub(in crate::tui) fn open_replace(&mut self) {
        self.overlay = Some(Overlay::Prompt(Prompt::new(
            PromptPurpose::ReplaceWhat,
            "Replace in this section",
            &self.last_find.clone(),
        )));
    }

    /// Selects the next match after the cursor (wrapping to the top) and
    /// says which of how many it is; the prompt stays for the next Enter.
    pub(in crate::tui) fn find_next(&mut self, query: &str) -> String {
        self.last_find = query.to_string();
        let Some(text) = self.resume.section(self.selected).map(|s| s.body.clone()) else {
            return String::new();
        };
        let found = matches(&text, query);
        if found.is_empty() {
            return format!("No match for “{query}” in this section.");
        }
        let Some(area) = self.current_area_mut() else {
            return String::new();
        };
        let (line, col) = (area.cursor().0, area.cursor().1);
        let cursor: usize = area.lines()[..line]
            .iter()
            .map(|l| l.chars().count() + 1)
            .sum::<usize>()
            + col;
        // After a match is selected the cursor sits at its end, so the
        // next one starts at or after it.
        let next = found.iter().position(|&at| at >= cursor);
        let wrapped = next.is_none();
        let index = next.unwrap_or(0);
        let start = position(&text, found[index]);
        let end = position(&text, found[index] + query.chars().count());
        let jump = |(l, c): (usize, usize)| Move::Jump(l, c);
        area.cancel_selection();
        area.move_cursor(jump(start));
        area.start_selection();
        area.move_cursor(jump(end));
        self.needs_redraw = true;
        let wrap_note = if wrapped { " (from the top)" } else { "" };
        format!("Match {} of {}{wrap_note}.", index + 1, found.len())
    }

    /// Replaces every match in the section as one undoable step.
    pub(in crate::tui) fn replace_all(&mut self, what: &str, with: &str) {
        let id = self.selected;
        let Some(before) = self.resume.section(id).map(|s| s.body.clone()) else {
            return;
        };
        let count = matches(&before, what).len();
        if count == 0 {
            self.alert(format!("No match for “{what}” in this section."));
            return;
        }
        let after = before.replace(what, with);
        let cursor = self.cursor_of(id);
        self.close_typing();
        if let Some(section) = self.resume.section_mut(id) {
            section.body = after.clone();
        }
        self.editors.forget(id);
        self.history
            .record_text("replace", id, &before, &after, cursor, (0, 0));
        self.report.recheck_section(&self.resume, id);
        self.pages.touch();
        self.preview.invalidate(id);
        self.mark_dirty();
        self.say(format!(
            "Replaced {} of “{what}” with “{with}” (Ctrl-Z undoes it).",
            plural(count, "match", "matches")
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_and_positions_count_characters() {
        let text = "Zoë built\nZoë shipped";
        assert_eq!(matches(text, "Zoë"), vec![0, 10]);
        assert_eq!(position(text, 10), (1, 0));
        assert_eq!(position(text, 4), (0, 4));
        assert!(matches(text, "").is_empty());
    }

    #[test]
    fn find_selects_a_match_thousands_of_lines_away_and_wraps_to_the_top() {
        let body: String = (0..20_000).map(|i| format!("- Bullet {i}\n")).collect();
        let mut app = crate::tui::testing::editing(&body, (0, 0));
        assert_eq!(app.find_next("Bullet 19500"), "Match 1 of 1.");
        let area = app.editors.area(app.selected).unwrap();
        assert_eq!(area.selection_range(), Some(((19_500, 2), (19_500, 14))));
        assert_eq!(app.find_next("Bullet 0\n"), "Match 1 of 1 (from the top).");
        assert_eq!(app.cursor_of(app.selected), (1, 0));
    }
}
