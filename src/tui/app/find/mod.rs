//! Find and replace, in the focused section or across the resume: Ctrl-F
//! finds (Enter again for the next match, wrapping around, on into the next
//! sections when the whole resume is searched), Ctrl-R replaces every match
//! as one undoable step. Match case, whole words and the scope are options
//! of the find bar.

mod matching;

pub use matching::FindOptions;
use matching::{find_all, position, replace_all};

use crate::resume::SectionId;
use crate::tui::action::OverlayKey;
use crate::tui::app::App;
use crate::tui::overlay::{Prompt, PromptPurpose};
use crate::tui::view::plural;

impl App {
    pub(in crate::tui) fn open_find(&mut self) {
        self.open_overlay(Prompt::new(
            PromptPurpose::Find,
            self.find_title(),
            &self.last_find.clone(),
        ));
    }

    pub(in crate::tui) fn open_replace(&mut self) {
        self.open_overlay(Prompt::new(
            PromptPurpose::ReplaceWhat,
            self.replace_title(),
            &self.last_find.clone(),
        ));
    }

    fn find_title(&self) -> String {
        format!("Find ({})", self.find_options.describe())
    }

    fn replace_title(&self) -> String {
        format!("Replace ({})", self.find_options.describe())
    }

    /// Flips a find option and says so in the title of the open find or
    /// replace prompt (`purpose` says which).
    pub(in crate::tui) fn toggle_find_option(
        &mut self,
        option: OverlayKey,
        purpose: &PromptPurpose,
    ) {
        let o = &mut self.find_options;
        match option {
            OverlayKey::MatchCase => o.match_case = !o.match_case,
            OverlayKey::WholeWord => o.whole_word = !o.whole_word,
            _ => o.whole_resume = !o.whole_resume,
        }
        let title = match purpose {
            PromptPurpose::ReplaceWhat => self.replace_title(),
            PromptPurpose::ReplaceWith(what) => format!("{}: “{what}” with", self.replace_title()),
            _ => self.find_title(),
        };
        if let Some(overlay) = self.overlay.as_mut() {
            overlay.retitle(title);
        }
    }

    /// The sections searched, in the resume's order.
    fn sections_searched(&self) -> Vec<SectionId> {
        if self.find_options.whole_resume {
            self.doc.resume.sections().iter().map(|s| s.id).collect()
        } else {
            vec![self.selected]
        }
    }

    fn scope(&self) -> &'static str {
        if self.find_options.whole_resume {
            "in the resume"
        } else {
            "in this section"
        }
    }

    /// Selects the next match after the cursor (wrapping round to the
    /// first) and says which of how many it is; the prompt stays for the
    /// next Enter.
    pub(in crate::tui) fn find_next(&mut self, query: &str) -> String {
        self.last_find = query.to_string();
        self.sync_current_body();
        let options = self.find_options;
        // Every match in reading order: (section's place, section, start, end).
        let mut all: Vec<(usize, SectionId, usize, usize)> = Vec::new();
        for (place, id) in self.sections_searched().into_iter().enumerate() {
            let Some(section) = self.doc.resume.section(id) else {
                continue;
            };
            let found = find_all(&section.body, query, options);
            all.extend(found.into_iter().map(|(s, e)| (place, id, s, e)));
        }
        if all.is_empty() {
            return format!("No match for “{query}” {}.", self.scope());
        }
        let here = self
            .sections_searched()
            .iter()
            .position(|&id| id == self.selected)
            .unwrap_or(0);
        // After a match is selected the cursor sits at its end, so the next
        // one starts at or after it.
        let cursor = (here, self.cursor_offset());
        let next = all
            .iter()
            .position(|&(place, _, start, _)| (place, start) >= cursor);
        let wrapped = next.is_none();
        let index = next.unwrap_or(0);
        let (_, id, start, end) = all[index];
        let Some(text) = self.doc.resume.section(id).map(|s| s.body.clone()) else {
            return String::new();
        };
        let (from, to) = (position(&text, start), position(&text, end));
        if id != self.selected {
            self.jump_to(id, from.0, from.1);
        }
        self.select_span(from, to);
        let wrap_note = if wrapped { " (from the top)" } else { "" };
        let place = match self.doc.resume.section(id) {
            Some(section) if options.whole_resume => format!(" in {}", section.title),
            _ => String::new(),
        };
        format!("Match {} of {}{place}{wrap_note}.", index + 1, all.len())
    }

    /// The cursor of the focused editor as a char offset into its text.
    fn cursor_offset(&mut self) -> usize {
        let Some(area) = self.current_area_mut() else {
            return 0;
        };
        let (line, col) = (area.cursor().0, area.cursor().1);
        area.lines()[..line]
            .iter()
            .map(|l| l.chars().count() + 1)
            .sum::<usize>()
            + col
    }

    /// Replaces every match, in the section or the whole resume, as one
    /// undoable step.
    pub(in crate::tui) fn replace_everywhere(&mut self, what: &str, with: &str) {
        self.sync_current_body();
        let options = self.find_options;
        let mut changed: Vec<(SectionId, String)> = Vec::new();
        let mut count = 0;
        for id in self.sections_searched() {
            let Some(section) = self.doc.resume.section(id) else {
                continue;
            };
            let (after, n) = replace_all(&section.body, what, with, options);
            if n > 0 {
                count += n;
                changed.push((id, after));
            }
        }
        if count == 0 {
            self.alert(format!("No match for “{what}” {}.", self.scope()));
            return;
        }
        let sections = changed.len();
        if let [(id, after)] = changed.as_slice() {
            let (id, after) = (*id, after.clone());
            self.rewrite_section(id, "replace", &after, (0, 0));
        } else {
            self.close_typing();
            let before = self.document();
            for (id, after) in changed {
                if let Some(section) = self.doc.resume.section_mut(id) {
                    section.body = after;
                }
                self.editors.forget(id);
                self.preview.invalidate(id);
            }
            self.record_document(format!("replace “{what}”"), before);
            self.doc.report = self.doc.fresh_report();
            self.doc.pages.touch();
            self.mark_dirty();
        }
        let across = if sections > 1 {
            format!(" in {}", plural(sections, "section", "sections"))
        } else {
            String::new()
        };
        self.say(format!(
            "Replaced {} of “{what}” with “{with}”{across} (Ctrl-Z undoes it).",
            plural(count, "match", "matches")
        ));
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    use crate::resume::{Level, Resume, SectionKind};
    use crate::tui::app::App;
    use crate::tui::overlay::Prompt;
    use crate::tui::testing::{ctrl, open, overlay, press, press_with, type_text};

    /// A resume whose Summary and Experience both mention Go.
    fn app() -> App {
        let mut resume = Resume::new(Level::Mid);
        for (kind, body) in [
            (
                SectionKind::Summary,
                "Go developer; golang and Go since 2019.",
            ),
            (
                SectionKind::Experience,
                "- Built a Go service\n- Wrote GO tooling",
            ),
        ] {
            let id = resume.first_of_kind(kind).unwrap().id;
            resume.section_mut(id).unwrap().body = body.into();
        }
        let mut app = open(resume);
        app.selected = app
            .doc
            .resume
            .first_of_kind(SectionKind::Summary)
            .unwrap()
            .id;
        app.focus_editor();
        app.prepare_view();
        app
    }

    fn alt(app: &mut App, c: char) {
        press_with(app, KeyCode::Char(c), KeyModifiers::ALT);
    }

    fn prompt_title(app: &App) -> String {
        overlay::<Prompt>(app).expect("a prompt").title.clone()
    }

    fn note(app: &App) -> String {
        overlay::<Prompt>(app)
            .expect("a prompt")
            .note
            .clone()
            .unwrap_or_default()
    }

    fn body(app: &App, kind: SectionKind) -> String {
        app.doc.resume.first_of_kind(kind).unwrap().body.clone()
    }

    #[test]
    fn options_narrow_the_matches_and_show_in_the_title() {
        let mut app = app();
        ctrl(&mut app, 'f');
        type_text(&mut app, "go");
        press(&mut app, KeyCode::Enter);
        assert!(note(&app).starts_with("Match 1 of 3."), "{}", note(&app));
        alt(&mut app, 'w');
        assert!(prompt_title(&app).contains("whole words"));
        press(&mut app, KeyCode::Enter);
        assert!(note(&app).starts_with("Match 2 of 2."), "{}", note(&app));
        alt(&mut app, 'c');
        assert!(prompt_title(&app).contains("match case"));
        press(&mut app, KeyCode::Enter);
        assert!(note(&app).starts_with("No match"), "{}", note(&app));
    }

    #[test]
    fn the_whole_resume_is_searched_section_after_section_and_wraps() {
        let mut app = app();
        let summary = app.selected;
        ctrl(&mut app, 'f');
        type_text(&mut app, "go");
        alt(&mut app, 'w');
        alt(&mut app, 'a');
        assert!(prompt_title(&app).contains("whole resume"));
        let mut notes = Vec::new();
        let mut visited = Vec::new();
        for _ in 0..5 {
            press(&mut app, KeyCode::Enter);
            notes.push(note(&app));
            visited.push(app.selected);
        }
        assert!(
            notes[0].starts_with("Match 1 of 4 in Summary."),
            "{notes:?}"
        );
        assert!(
            notes[2].starts_with("Match 3 of 4 in Experience."),
            "{notes:?}"
        );
        assert_ne!(
            visited[2], summary,
            "the editor went on to the next section"
        );
        assert!(
            notes[4].starts_with("Match 1 of 4 in Summary (from the top)."),
            "{notes:?}"
        );
        assert_eq!(app.selected, summary);
        // The match is selected in the editor under the find bar.
        let area = app.editors.area(app.selected).unwrap();
        assert!(area.is_selecting());
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

    #[test]
    fn replacing_across_the_resume_is_one_undo() {
        let mut app = app();
        let (summary, experience) = (
            body(&app, SectionKind::Summary),
            body(&app, SectionKind::Experience),
        );
        ctrl(&mut app, 'r');
        type_text(&mut app, "go");
        alt(&mut app, 'w');
        alt(&mut app, 'a');
        press(&mut app, KeyCode::Enter);
        assert!(prompt_title(&app).contains("whole words, whole resume"));
        type_text(&mut app, "Go 1.22");
        press(&mut app, KeyCode::Enter);
        assert_eq!(
            body(&app, SectionKind::Summary),
            "Go 1.22 developer; golang and Go 1.22 since 2019."
        );
        assert_eq!(
            body(&app, SectionKind::Experience),
            "- Built a Go 1.22 service\n- Wrote Go 1.22 tooling"
        );
        ctrl(&mut app, 'z');
        assert_eq!(body(&app, SectionKind::Summary), summary);
        assert_eq!(body(&app, SectionKind::Experience), experience);
    }
}
