//! Quick fixes for the cursor's place (Alt-.): the coach's fix for a
//! finding on the cursor's line and, for a misspelled word under the
//! cursor, its corrections and "Add to the dictionary". Enter applies one.

use std::ops::Range;

use super::App;
use crate::guide::spelling::{self, QuickFix};
use crate::tui::effect::Effect;
use crate::tui::overlay::quick_fix::{Change, FixList, Item};

impl App {
    /// The fixes for the cursor's place, in the order the list shows them.
    pub(in crate::tui) fn fixes_here(&mut self) -> Vec<Item> {
        let id = self.selected;
        let Some(cursor) = self.editors.area(id).map(|a| a.cursor()) else {
            return Vec::new();
        };
        let (line_no, col) = (cursor.0, cursor.1);
        // The stored text, as the coach's byte ranges count it.
        let Some(line) = self
            .doc
            .resume
            .section(id)
            .and_then(|s| s.body.split('\n').nth(line_no).map(str::to_string))
        else {
            return Vec::new();
        };
        let word = crate::tui::editor::spell_marks::word_at(&line, self.spell_names.names(), col);
        // The word under the cursor comes first (its corrections), then the
        // coach's fixes for the line — the one under the cursor first — and
        // adding the word to the dictionary last.
        let mut corrections: Vec<Item> = Vec::new();
        let mut add_word: Option<Item> = None;
        if let Some(range) = word.clone() {
            for fix in spelling::quick_fixes(&spelling::shared(), &line, range) {
                let label = fix.label();
                match fix {
                    QuickFix::Replace { range, with } => corrections.push(Item {
                        label,
                        change: Change::Replace {
                            line: line_no,
                            range,
                            with,
                        },
                    }),
                    QuickFix::AddToDictionary { word } => {
                        add_word = Some(Item {
                            label,
                            change: Change::AddToDictionary(word),
                        });
                    }
                }
            }
        }
        let cursor_byte = line
            .char_indices()
            .nth(col)
            .map_or(line.len(), |(byte, _)| byte);
        let mut coach: Vec<(bool, Item)> = Vec::new();
        for finding in self.doc.report.section_findings(id) {
            let Some(fix) = finding
                .fix
                .as_ref()
                .filter(|_| finding.line == Some(line_no))
            else {
                continue;
            };
            // The misspelled word's own list above offers this one too.
            if finding.rule == "spelling" && word.is_some() {
                continue;
            }
            let under_cursor = fix.range.start <= cursor_byte && cursor_byte <= fix.range.end;
            coach.push((
                under_cursor,
                Item {
                    label: fix.label.clone(),
                    change: Change::Replace {
                        line: line_no,
                        range: fix.range.clone(),
                        with: fix.replacement.clone(),
                    },
                },
            ));
        }
        // Stable: the coach's own order is kept within each group.
        coach.sort_by_key(|(under_cursor, _)| !under_cursor);
        let mut items = corrections;
        items.extend(coach.into_iter().map(|(_, item)| item));
        items.extend(add_word);
        items
    }

    /// Opens the list of fixes, or says there is none here.
    pub(in crate::tui) fn open_quick_fix(&mut self) {
        self.sync_current_body();
        let items = self.fixes_here();
        if items.is_empty() {
            self.say(
                "No quick fix here: put the cursor on a marked word or a line the coach notes.",
            );
            return;
        }
        self.open_overlay(FixList { items, selected: 0 });
    }

    /// Carries a chosen fix out: a replacement is one undoable change.
    pub(in crate::tui) fn apply_fix(&mut self, change: Change) {
        match change {
            Change::AddToDictionary(word) => self.effects.push(Effect::AddToDictionary(word)),
            Change::Replace { line, range, with } => self.replace_range(line, range, &with),
        }
    }

    fn replace_range(&mut self, line_no: usize, range: Range<usize>, with: &str) {
        let id = self.selected;
        self.sync_current_body();
        let Some(before) = self.doc.resume.section(id).map(|s| s.body.clone()) else {
            return;
        };
        let lines: Vec<&str> = before.split('\n').collect();
        let Some(line) = lines.get(line_no) else {
            return;
        };
        let (Some(head), Some(tail)) = (line.get(..range.start), line.get(range.end..)) else {
            return;
        };
        let column = head.chars().count();
        let end_column = column + line[range.clone()].chars().count();
        if with.is_empty() {
            self.select_span((line_no, column), (line_no, end_column));
            return;
        }
        let new_line = format!("{head}{with}{tail}");
        let mut after_lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        after_lines[line_no] = new_line;
        let at = (line_no, column + with.chars().count());
        self.rewrite_section(id, "quick fix", &after_lines.join("\n"), at);
        self.move_cursor_to(at);
        self.say(format!("Replaced with “{with}” (Ctrl-Z undoes it)."));
    }

    fn move_cursor_to(&mut self, (line, column): (usize, usize)) {
        if let Some(area) = self.current_area_mut() {
            area.move_cursor(crate::tui::editor::Move::Jump(line, column));
        }
        self.needs_redraw = true;
    }

    /// Selects the text from `from` to `to` (line, column) in the focused
    /// editor: a placeholder to retype, a match that was found.
    pub(in crate::tui) fn select_span(&mut self, from: (usize, usize), to: (usize, usize)) {
        if let Some(area) = self.current_area_mut() {
            area.cancel_selection();
        }
        self.move_cursor_to(from);
        if let Some(area) = self.current_area_mut() {
            area.start_selection();
        }
        self.move_cursor_to(to);
    }

    /// After the personal dictionary took `word`: the checker accepts it
    /// and the coach looks at the section again.
    pub(in crate::tui) fn learned_word(&mut self, word: &str) {
        spelling::shared().add_word(word);
        self.doc
            .report
            .recheck_section(&self.doc.resume, self.selected);
        self.doc.pages.touch();
        self.needs_redraw = true;
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    use super::*;
    use crate::tui::Action;
    use crate::tui::overlay::findings::FindingList;
    use crate::tui::testing::{current_body, editing, overlay, overlay_mut, press_with};

    #[test]
    fn alt_dot_lists_corrections_and_enter_replaces_as_one_undo() {
        let mut app = editing("Grew the buisness fast", (0, 10));
        press_with(&mut app, KeyCode::Char('.'), KeyModifiers::ALT);
        let Some(list) = overlay::<FixList>(&app) else {
            panic!("no quick fix list");
        };
        let labels: Vec<&str> = list.items.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels[0], "Replace with 'business'", "{labels:?}");
        assert_eq!(
            labels.last().copied(),
            Some("Add 'buisness' to the dictionary")
        );
        press_with(&mut app, KeyCode::Enter, KeyModifiers::NONE);
        assert!(app.overlay.is_none());
        assert_eq!(current_body(&app), "Grew the business fast");
        app.update(Action::Undo);
        assert_eq!(current_body(&app), "Grew the buisness fast");
    }

    #[test]
    fn the_word_under_the_cursor_comes_before_the_lines_other_fixes() {
        // Template text on the same line carries the coach's own fixes.
        let mut app = editing("Grew the buisness at [Company] and [Team]", (0, 10));
        press_with(&mut app, KeyCode::Char('.'), KeyModifiers::ALT);
        let Some(list) = overlay::<FixList>(&app) else {
            panic!("no quick fix list");
        };
        let labels: Vec<&str> = list.items.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels[0], "Replace with 'business'", "{labels:?}");
        assert!(
            labels.iter().any(|l| l.contains("[Company]")),
            "the line's placeholder fix is still offered: {labels:?}"
        );
        assert_eq!(
            labels.last().copied(),
            Some("Add 'buisness' to the dictionary")
        );
    }

    #[test]
    fn adding_to_the_dictionary_is_an_effect_then_the_word_is_known() {
        let mut app = editing("Tuned the zorbulator daily", (0, 12));
        press_with(&mut app, KeyCode::Char('.'), KeyModifiers::ALT);
        press_with(&mut app, KeyCode::End, KeyModifiers::NONE);
        let Some(list) = overlay_mut::<FixList>(&mut app) else {
            panic!("no quick fix list");
        };
        list.selected = list.items.len() - 1;
        press_with(&mut app, KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(
            app.effects,
            vec![Effect::AddToDictionary("zorbulator".into())]
        );
        assert_eq!(
            current_body(&app),
            "Tuned the zorbulator daily",
            "text untouched"
        );
        app.learned_word("zorbulator");
        assert!(app.fixes_here().is_empty());
    }

    #[test]
    fn a_fix_from_the_findings_list_applies_on_its_line_as_one_undo() {
        let mut app = editing("Grew the buisness fast", (0, 0));
        // Away from the section: the fix still lands in it.
        app.update(Action::FocusSections);
        app.update(Action::AllFindings);
        let Some(list) = overlay_mut::<FindingList>(&mut app) else {
            panic!("no findings list");
        };
        list.selected = list
            .items
            .iter()
            .position(|i| i.finding.rule == "spelling" && i.finding.fix.is_some())
            .expect("the misspelling has a fix");
        press_with(&mut app, KeyCode::Char('.'), KeyModifiers::NONE);
        assert!(app.overlay.is_none());
        assert_eq!(current_body(&app), "Grew the business fast");
        app.update(Action::Undo);
        assert_eq!(current_body(&app), "Grew the buisness fast");
    }

    #[test]
    fn nothing_to_fix_says_so() {
        let mut app = editing("Built the API", (0, 2));
        press_with(&mut app, KeyCode::Char('.'), KeyModifiers::ALT);
        assert!(app.overlay.is_none());
        assert!(app.status.as_ref().unwrap().text.contains("No quick fix"));
    }
}
