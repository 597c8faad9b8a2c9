//! The typeset page count the status bar shows. Typesetting takes a
//! noticeable fraction of a second, so the runtime counts off the keystroke
//! path, once the text settles; the app only records what changed and what
//! came back.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use super::App;
use crate::export::{Typeset, text_key};
use crate::storage::CountedPages;

#[derive(Debug, Default)]
pub struct TypesetPages {
    /// The text changed since the fingerprint was last taken.
    changed: bool,
    /// The fingerprint of the text the latest count is asked for.
    wanted: Option<u64>,
    /// The latest count that came back, and the fingerprint it is for.
    counted: Option<(u64, usize)>,
    /// Where pages 2, 3… begin (text keys, see `export::text_key`).
    starts: Vec<String>,
    /// Preview rows where those pages begin, with the page's number.
    marks: Vec<(usize, usize)>,
    /// The preview lines and the starts the marks were found for.
    marks_for: Option<(u64, u64)>,
    /// What the count depends on besides the document: the paper and the
    /// typesetter (see [`TypesetPages::count_with`]).
    setting: u64,
    /// The fingerprint of the count last handed to the writer with the
    /// resume (or read with it).
    on_disk: Option<u64>,
}

impl TypesetPages {
    /// Nothing counted yet: count as soon as the text settles.
    pub fn new() -> TypesetPages {
        TypesetPages {
            changed: true,
            ..TypesetPages::default()
        }
    }

    /// The text changed: take a new fingerprint when it settles.
    pub fn touch(&mut self) {
        self.changed = true;
    }

    /// The last typeset count, even while a newer one is on its way (it
    /// differs rarely, and a number that blinks on every word would too).
    pub fn count(&self) -> Option<usize> {
        self.counted.map(|(_, pages)| pages)
    }

    /// Preview rows where a typeset page begins, with its number (2, 3…).
    pub fn marks(&self) -> &[(usize, usize)] {
        &self.marks
    }

    /// The count depends on `setting` too (the paper and the resumd
    /// version), not only on the document: a count remembered from another
    /// setting is counted again.
    pub fn count_with(&mut self, setting: &str) {
        let mut hasher = DefaultHasher::new();
        setting.hash(&mut hasher);
        self.setting = hasher.finish();
    }

    /// The count to remember with the resume, if there is one.
    pub fn remembered(&self) -> Option<CountedPages> {
        self.counted.map(|(fingerprint, count)| CountedPages {
            fingerprint: format!("{fingerprint:016x}"),
            count,
            starts: self.starts.clone(),
        })
    }

    /// Takes back a remembered count: shown at once, and not typeset again
    /// while the fingerprint of the text (and setting) is the same.
    pub fn restore(&mut self, saved: &CountedPages) {
        let Ok(fingerprint) = u64::from_str_radix(&saved.fingerprint, 16) else {
            return;
        };
        self.counted = Some((fingerprint, saved.count));
        self.wanted = Some(fingerprint);
        self.on_disk = Some(fingerprint);
        self.starts = saved.starts.clone();
    }

    /// The resume went to the writer with the count there is now.
    pub fn submitted(&mut self) {
        self.on_disk = self.counted.map(|(fingerprint, _)| fingerprint);
    }

    /// A count came back after the resume was last written: worth writing
    /// when the session ends, so the next start need not typeset.
    pub fn unsaved(&self) -> bool {
        self.counted
            .is_some_and(|(fingerprint, _)| self.on_disk != Some(fingerprint))
    }

    /// A count is asked for and has not come back.
    pub fn waiting(&self) -> bool {
        self.wanted
            .is_some_and(|wanted| self.counted.is_none_or(|(fp, _)| fp != wanted))
    }
}

/// Estimated pages beyond which nothing is typeset for the status bar: a
/// resume is one to three pages, and typesetting a document of dozens
/// would cost seconds of CPU and hundreds of MiB on every settled edit for
/// a number the estimate already gives.
const TYPESET_UP_TO: f32 = 6.0;

impl App {
    /// When the text has settled and differs from what was counted last:
    /// the fingerprint to ask a count for. Asking is then recorded.
    pub fn page_count_to_ask(&mut self) -> Option<u64> {
        if !self.doc.pages.changed || self.settle_deadline().is_some() {
            return None;
        }
        self.doc.pages.changed = false;
        if self.doc.report.pages() > TYPESET_UP_TO {
            // The status bar and the coach go by the estimate.
            let pages = &mut self.doc.pages;
            (pages.wanted, pages.counted) = (None, None);
            pages.starts.clear();
            self.doc.report.set_typeset_pages(None);
            return None;
        }
        let fingerprint = self.content_fingerprint();
        if self.doc.pages.wanted == Some(fingerprint) {
            return None;
        }
        self.doc.pages.wanted = Some(fingerprint);
        Some(fingerprint)
    }

    /// A count came back; one for text that changed since is dropped.
    pub fn page_count_done(&mut self, fingerprint: u64, typeset: Typeset) {
        if self.doc.pages.wanted == Some(fingerprint) {
            let pages = typeset.count;
            if self.doc.pages.count() != Some(pages) || self.doc.pages.starts != typeset.starts {
                self.needs_redraw = true;
            }
            self.doc.pages.counted = Some((fingerprint, pages));
            self.doc.pages.starts = typeset.starts;
            // The coach's length rule judges the typeset count too.
            self.doc.report.set_typeset_pages(Some(pages));
        }
    }

    /// Finds the rows of the preview where pages 2, 3… begin, when the
    /// preview's lines or the page starts changed since the last look.
    pub(in crate::tui) fn place_page_marks(&mut self) {
        let counted = self
            .doc
            .pages
            .counted
            .map_or(0, |(fingerprint, _)| fingerprint);
        let now = (self.preview.generation(), counted);
        if self.doc.pages.marks_for == Some(now) {
            return;
        }
        self.doc.pages.marks_for = Some(now);
        self.doc.pages.marks.clear();
        if self.doc.pages.starts.is_empty() {
            return;
        }
        // Every row's letters and digits, one string, with where each row
        // starts in it.
        let mut joined = String::new();
        let mut row_starts: Vec<usize> = Vec::new();
        for line in self.preview.lines(0, self.preview.total_rows()) {
            row_starts.push(joined.len());
            for span in &line.spans {
                joined.push_str(&text_key(&span.content));
            }
        }
        let mut from = 0;
        for (index, key) in self.doc.pages.starts.iter().enumerate() {
            if key.is_empty() {
                continue;
            }
            let Some(found) = joined.get(from..).and_then(|rest| rest.find(key.as_str())) else {
                continue;
            };
            let at = from + found;
            let row = row_starts
                .partition_point(|&start| start <= at)
                .saturating_sub(1);
            self.doc.pages.marks.push((row, index + 2));
            from = at + key.len();
        }
    }

    /// Everything the page count depends on: the level (it sets the pages
    /// to fit in), the variant shown, and every section's title and text
    /// (a variant's own order and summary are in them).
    fn content_fingerprint(&self) -> u64 {
        let mut hasher = DefaultHasher::new();
        self.doc.pages.setting.hash(&mut hasher);
        self.doc.resume.level.label().hash(&mut hasher);
        self.doc.variant.hash(&mut hasher);
        for section in self.doc.resume.sections() {
            section.title.hash(&mut hasher);
            section.body.hash(&mut hasher);
        }
        hasher.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Level, Resume, SectionKind};
    use crate::tui::Theme;
    use crate::tui::testing::open;

    fn app() -> App {
        open(Resume::new(Level::Junior))
    }

    fn typeset(count: usize) -> Typeset {
        Typeset {
            count,
            starts: Vec::new(),
        }
    }

    #[test]
    fn a_document_of_many_pages_is_not_typeset_and_shows_the_estimate() {
        let mut app = app();
        let fingerprint = app.page_count_to_ask().unwrap();
        app.page_count_done(fingerprint, typeset(1));
        assert_eq!(app.doc.pages.count(), Some(1));
        // Hundreds of bullets: far past any resume's length.
        let id = app
            .doc
            .resume
            .first_of_kind(SectionKind::Experience)
            .unwrap()
            .id;
        let bullets: String = (0..600)
            .map(|i| format!("- Shipped release {i} of the billing service to production\n"))
            .collect();
        app.doc.resume.section_mut(id).unwrap().body = bullets;
        app.doc.report = app.doc.fresh_report();
        app.doc.pages.touch();
        assert!(app.doc.report.pages() > TYPESET_UP_TO);
        assert_eq!(app.page_count_to_ask(), None, "not typeset");
        assert_eq!(app.doc.pages.count(), None, "the old count is not shown");
        assert!(!app.doc.pages.waiting());
    }

    #[test]
    fn the_preview_marks_the_row_where_each_typeset_page_begins() {
        let mut app = app();
        let fingerprint = app.page_count_to_ask().unwrap();
        app.page_count_done(
            fingerprint,
            Typeset {
                count: 3,
                // Page 2 starts with the Education heading, page 3 with
                // text the preview does not have (no mark).
                starts: vec![text_key("Education"), text_key("Nowhere in it")],
            },
        );
        app.prepare_view();
        let marks = app.doc.pages.marks().to_vec();
        assert_eq!(marks.len(), 1, "{marks:?}");
        let (row, page) = marks[0];
        assert_eq!(page, 2);
        let line: String = app
            .preview
            .lines(row, 1)
            .flat_map(|l| l.spans.iter().map(|s| s.content.to_string()))
            .collect();
        assert!(line.contains("Education"), "{line:?}");
    }

    #[test]
    fn a_remembered_count_shows_at_once_and_is_not_typeset_again_for_the_same_text() {
        let mut first = app();
        first.doc.pages.count_with("A4 resumd 1");
        let fingerprint = first.page_count_to_ask().unwrap();
        first.page_count_done(
            fingerprint,
            Typeset {
                count: 2,
                starts: vec![text_key("Education")],
            },
        );
        // Written with the resume and read back, as the next start does.
        let mut saved = first.snapshot();
        let json = serde_json::to_string(&saved.session).unwrap();
        assert!(json.contains("\"pages\":{\"for\":"), "{json}");
        saved.session = serde_json::from_str(&json).unwrap();
        assert_eq!(saved.session.pages.as_ref().map(|p| p.count), Some(2));

        let reopen = |setting: &str| {
            let mut app = App::open("test", saved.clone(), Theme::mono());
            app.doc.pages.count_with(setting);
            app
        };
        let mut again = reopen("A4 resumd 1");
        assert_eq!(again.doc.pages.count(), Some(2), "shown at once");
        assert_eq!(
            again.doc.report.typeset_pages(),
            Some(2),
            "the coach has it"
        );
        assert_eq!(again.page_count_to_ask(), None, "not typeset again");
        again.prepare_view();
        assert_eq!(again.doc.pages.marks().len(), 1, "page marks too");

        // Other paper, or another resumd: counted again.
        let mut letter = reopen("Letter resumd 1");
        assert!(letter.page_count_to_ask().is_some());
        // The text changed: counted again.
        let mut edited = reopen("A4 resumd 1");
        let id = edited.selected;
        edited
            .doc
            .resume
            .section_mut(id)
            .unwrap()
            .body
            .push_str(" More.");
        assert!(edited.page_count_to_ask().is_some());
    }

    #[test]
    fn a_count_that_came_back_after_the_last_save_is_unsaved_until_submitted() {
        let mut app = app();
        assert!(!app.doc.pages.unsaved(), "nothing counted");
        let fingerprint = app.page_count_to_ask().unwrap();
        app.page_count_done(fingerprint, typeset(1));
        assert!(app.doc.pages.unsaved());
        app.doc.pages.submitted();
        assert!(!app.doc.pages.unsaved());
        // Read back with the resume: on disk already.
        let saved = app.doc.pages.remembered().unwrap();
        let mut reopened = TypesetPages::new();
        reopened.restore(&saved);
        assert!(!reopened.unsaved());
        assert!(!app.doc.save.edited_since_open(), "viewing writes nothing");
    }

    #[test]
    fn a_count_is_asked_once_per_settled_text_and_late_answers_are_dropped() {
        let mut app = app();
        let first = app.page_count_to_ask().expect("asked at start");
        assert_eq!(app.page_count_to_ask(), None, "nothing changed");
        assert!(app.doc.pages.waiting());

        // The text changes before the count comes back.
        let id = app
            .doc
            .resume
            .first_of_kind(SectionKind::Summary)
            .unwrap()
            .id;
        app.doc
            .resume
            .section_mut(id)
            .unwrap()
            .body
            .push_str(" More.");
        app.doc.pages.touch();
        let second = app.page_count_to_ask().expect("asked again");
        assert_ne!(first, second);
        app.page_count_done(first, typeset(3));
        assert_eq!(
            app.doc.pages.count(),
            None,
            "a count for old text is dropped"
        );
        app.page_count_done(second, typeset(1));
        assert_eq!(app.doc.pages.count(), Some(1));
        assert!(!app.doc.pages.waiting());

        // Touched, but the same text: no new typesetting.
        app.doc.pages.touch();
        assert_eq!(app.page_count_to_ask(), None);
    }
}
