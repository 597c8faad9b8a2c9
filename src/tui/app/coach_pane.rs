//! The coach pane walked through with the keys (Tab to it): every finding
//! of the section in line order, then the level's examples for it. Enter
//! jumps to a finding's line and column, or puts an example on a new line
//! under the cursor's; `.` applies a finding's quick fix.

use crate::guide::coach::Finding;
use crate::guide::{self, SectionGuide};
use crate::resume::SectionKind;
use crate::tui::action::OverlayKey;
use crate::tui::app::App;
use crate::tui::layout::Pane;
use crate::tui::overlay::list;
use crate::tui::overlay::quick_fix::Change;

/// Rows PgUp and PgDn move.
const PAGE: usize = 5;

/// One row of the focused coach pane that the highlight can rest on.
#[derive(Debug, Clone, PartialEq)]
pub enum CoachItem<'a> {
    Finding(&'a Finding),
    /// An example line from the level's guide, as Markdown.
    Example(&'a str),
}

impl App {
    /// The level's advice for the selected section, if it has any.
    pub(in crate::tui) fn section_advice(&self) -> Option<&'static SectionGuide> {
        let section = self.doc.resume.section(self.selected)?;
        match section.kind {
            SectionKind::Custom => Some(guide::custom_section_guide()),
            kind => guide::level_guide(self.doc.resume.level).section(kind),
        }
    }

    /// What the highlight moves over: the section's findings, the section
    /// as a whole first, then by line and column; then the examples.
    pub(in crate::tui) fn coach_items(&self) -> Vec<CoachItem<'_>> {
        let mut findings: Vec<&Finding> = self
            .doc
            .report
            .section_findings(self.selected)
            .iter()
            .collect();
        findings.sort_by_key(|f| (f.line.map_or(0, |l| l + 1), f.column));
        let examples = self
            .section_advice()
            .into_iter()
            .flat_map(|advice| advice.examples.iter().map(String::as_str));
        findings
            .into_iter()
            .map(CoachItem::Finding)
            .chain(examples.map(CoachItem::Example))
            .collect()
    }

    /// The highlighted row of a list of `count` items, kept inside it as
    /// findings come and go.
    pub(in crate::tui) fn coach_highlight(&self, count: usize) -> usize {
        self.coach_row.min(count.saturating_sub(1))
    }

    pub(in crate::tui) fn focus_coach(&mut self) {
        self.focus = Pane::Coach;
        self.preview_in_main = false;
        self.coach_row = 0;
    }

    /// A key of the coach pane's context.
    pub(in crate::tui) fn coach_key(&mut self, key: OverlayKey) {
        let items = self.coach_items();
        let count = items.len();
        let row = self.coach_highlight(count);
        let chosen = items.get(row).cloned().map(owned);
        drop(items);
        match key {
            OverlayKey::Accept => match chosen {
                Some(Owned::Finding { line, column, .. }) => {
                    self.jump_to(self.selected, line.unwrap_or(0), column)
                }
                Some(Owned::Example(example)) => self.insert_example(&example),
                None => self.focus_editor(),
            },
            OverlayKey::Fix => match chosen {
                Some(Owned::Finding {
                    line: Some(line),
                    fix: Some(change),
                    ..
                }) => {
                    if self.guard_read_only() {
                        self.jump_to(self.selected, line, 0);
                        self.apply_fix(change);
                    }
                }
                _ => self.say("No quick fix for this row: Enter goes to its line."),
            },
            OverlayKey::Cancel => self.focus_editor(),
            step => self.coach_row = list::step(row, count, step, PAGE),
        }
    }

    /// Puts `example` on a new line under the cursor's, as one undoable
    /// change, with the list marker of the line it follows.
    fn insert_example(&mut self, example: &str) {
        if !self.guard_read_only() {
            return;
        }
        let id = self.selected;
        self.sync_current_body();
        let Some(body) = self.doc.resume.section(id).map(|s| s.body.clone()) else {
            return;
        };
        let (cursor_line, _) = self.cursor_of(id);
        let mut lines: Vec<&str> = body.split('\n').collect();
        let (at, like) = placement(&lines, cursor_line);
        let new_line = with_marker_of(lines.get(like).copied().unwrap_or(""), example);
        let column = new_line.chars().count();
        // An empty line there (the file's final newline) takes the example.
        if lines.get(at).is_some_and(|l| l.trim().is_empty()) && at + 1 == lines.len() {
            lines[at] = &new_line;
        } else {
            lines.insert(at, &new_line);
        }
        let after = lines.join("\n");
        self.rewrite_section(id, "insert example", &after, (at, column));
        self.jump_to(id, at, column);
        self.say("Example inserted: make it yours (Ctrl-Z takes it out).");
    }
}

fn is_bullet(line: &str) -> bool {
    let rest = line.trim_start();
    ["- ", "* ", "+ "].iter().any(|m| rest.starts_with(m))
}

/// Where an example goes for a cursor on line `cursor`, and which line's
/// bullet it copies: under the cursor's bullet; from a title or date line,
/// at the end of the list of bullets that follows it; else under the
/// cursor's line.
fn placement(lines: &[&str], cursor: usize) -> (usize, usize) {
    let cursor = cursor.min(lines.len().saturating_sub(1));
    if is_bullet(lines[cursor]) {
        return (cursor + 1, cursor);
    }
    let next_bullet = (cursor + 1..lines.len()).find(|&i| is_bullet(lines[i]));
    let Some(first) = next_bullet.filter(|&i| {
        !lines[cursor + 1..i]
            .iter()
            .any(|l| l.trim_start().starts_with('#'))
    }) else {
        let at = if lines[cursor].trim().is_empty() {
            cursor
        } else {
            cursor + 1
        };
        return (at, cursor);
    };
    // The run of bullets (and their wrapped or nested lines) ends at the
    // first blank line or line that is not indented under them.
    let last = (first..lines.len())
        .take_while(|&i| {
            is_bullet(lines[i]) || (lines[i].starts_with(' ') && !lines[i].trim().is_empty())
        })
        .last()
        .unwrap_or(first);
    (last + 1, first)
}

/// An example written as a bullet when the line it follows is one (same
/// indent and marker), else as written.
fn with_marker_of(previous: &str, example: &str) -> String {
    let indent_len = previous.len() - previous.trim_start().len();
    let rest = &previous[indent_len..];
    let marker = ["- ", "* ", "+ "].into_iter().find(|m| rest.starts_with(m));
    let example = example.trim();
    let already_marked = ["- ", "* ", "+ ", "#"]
        .iter()
        .any(|m| example.starts_with(m));
    match marker {
        Some(marker) if !already_marked => {
            format!("{}{marker}{example}", &previous[..indent_len])
        }
        _ => example.to_string(),
    }
}

/// What a row stands for, free of the borrow of the report.
enum Owned {
    Finding {
        line: Option<usize>,
        column: usize,
        fix: Option<Change>,
    },
    Example(String),
}

fn owned(item: CoachItem) -> Owned {
    match item {
        CoachItem::Finding(f) => Owned::Finding {
            line: f.line,
            column: f.column,
            fix: f
                .fix
                .as_ref()
                .zip(f.line)
                .map(|(fix, line)| Change::Replace {
                    line,
                    range: fix.range.clone(),
                    with: fix.replacement.clone(),
                }),
        },
        CoachItem::Example(text) => Owned::Example(text.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyCode;

    use super::{CoachItem, with_marker_of};
    use crate::resume::{Level, Resume, SectionKind};
    use crate::tui::app::App;
    use crate::tui::layout::Pane;
    use crate::tui::testing::{current_body, open, press};

    /// An app editing the Experience section holding `body`.
    fn experience(body: &str) -> App {
        let mut resume = Resume::new(Level::Mid);
        let id = resume.first_of_kind(SectionKind::Experience).unwrap().id;
        resume.section_mut(id).unwrap().body = body.into();
        let mut app = open(resume);
        app.selected = id;
        app.focus_editor();
        app.prepare_view();
        app
    }

    const BODY: &str =
        "### Engineer — Acme\n\n- Responsible for the billing API\n- Build a queue for 3 teams\n";

    #[test]
    fn tab_walks_into_the_coach_and_enter_jumps_to_a_finding() {
        let mut app = experience(BODY);
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.focus, Pane::Coach);
        let lines: Vec<Option<usize>> = app
            .coach_items()
            .iter()
            .filter_map(|i| match i {
                CoachItem::Finding(f) => Some(f.line),
                CoachItem::Example(_) => None,
            })
            .collect();
        assert!(lines.len() >= 2, "every finding is listed: {lines:?}");
        let mut sorted = lines.clone();
        sorted.sort_by_key(|l| l.map_or(0, |l| l + 1));
        assert_eq!(lines, sorted, "in line order");
        let target = lines.iter().position(|l| *l == Some(3)).unwrap();
        for _ in 0..target {
            press(&mut app, KeyCode::Down);
        }
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.focus, Pane::Editor);
        assert_eq!(app.editors.area(app.selected).unwrap().cursor().0, 3);
    }

    #[test]
    fn a_quick_fix_from_the_coach_is_one_undo() {
        let mut app = experience(BODY);
        press(&mut app, KeyCode::Tab);
        let with_fix = app
            .coach_items()
            .iter()
            .position(|i| matches!(i, CoachItem::Finding(f) if f.fix.as_ref().is_some_and(|x| !x.replacement.is_empty())))
            .expect("a finding with a fix");
        app.coach_row = with_fix;
        press(&mut app, KeyCode::Char('.'));
        let fixed = current_body(&app);
        assert_ne!(fixed, BODY);
        crate::tui::testing::ctrl(&mut app, 'z');
        assert_eq!(current_body(&app), BODY);
    }

    #[test]
    fn enter_on_an_example_puts_it_under_the_cursor_line_as_a_bullet() {
        let mut app = experience(BODY);
        app.jump_to(app.selected, 2, 0);
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.focus, Pane::Coach);
        let first_example = app
            .coach_items()
            .iter()
            .position(|i| matches!(i, CoachItem::Example(_)))
            .unwrap();
        press(&mut app, KeyCode::End);
        assert!(app.coach_highlight(app.coach_items().len()) >= first_example);
        app.coach_row = first_example;
        let CoachItem::Example(example) = app.coach_items()[first_example].clone() else {
            unreachable!()
        };
        let example = example.to_string();
        press(&mut app, KeyCode::Enter);
        let body = current_body(&app);
        let lines: Vec<&str> = body.lines().collect();
        assert_eq!(lines[3], format!("- {example}"));
        assert_eq!(app.focus, Pane::Editor);
        assert_eq!(app.editors.area(app.selected).unwrap().cursor().0, 3);
        crate::tui::testing::ctrl(&mut app, 'z');
        assert_eq!(current_body(&app), BODY);
    }

    #[test]
    fn esc_goes_back_to_the_editor_and_tab_goes_on_to_the_preview() {
        let mut app = experience(BODY);
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.focus, Pane::Editor);
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.focus, Pane::Preview);
    }

    #[test]
    fn an_example_goes_to_the_end_of_the_bullets_under_a_title() {
        let lines = [
            "### Engineer — Acme",
            "*2020 – Present*",
            "- Built A",
            "  wrapped",
            "- Cut B",
            "",
            "### Next",
        ];
        assert_eq!(super::placement(&lines, 0), (5, 2), "from the title");
        assert_eq!(super::placement(&lines, 2), (3, 2), "under a bullet");
        assert_eq!(super::placement(&lines, 6), (7, 6), "no bullets below");
        assert_eq!(
            super::placement(&["Plain", ""], 1),
            (1, 1),
            "an empty last line"
        );
    }

    #[test]
    fn an_example_takes_the_bullet_of_the_line_it_follows() {
        assert_eq!(with_marker_of("  * Shipped it", "Cut p99"), "  * Cut p99");
        assert_eq!(with_marker_of("- a", "- already"), "- already");
        assert_eq!(with_marker_of("Plain words", "Cut p99"), "Cut p99");
        assert_eq!(with_marker_of("", "**Languages:** Go"), "**Languages:** Go");
    }
}
