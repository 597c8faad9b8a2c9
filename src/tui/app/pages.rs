//! The typeset page count the status bar shows. Typesetting takes a
//! noticeable fraction of a second, so the runtime counts off the keystroke
//! path, once the text settles; the app only records what changed and what
//! came back.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use super::App;

#[derive(Debug, Default)]
pub struct TypesetPages {
    /// The text changed since the fingerprint was last taken.
    changed: bool,
    /// The fingerprint of the text the latest count is asked for.
    wanted: Option<u64>,
    /// The latest count that came back, and the fingerprint it is for.
    counted: Option<(u64, usize)>,
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

    /// A count is asked for and has not come back.
    pub fn waiting(&self) -> bool {
        self.wanted
            .is_some_and(|wanted| self.counted.is_none_or(|(fp, _)| fp != wanted))
    }
}

impl App {
    /// When the text has settled and differs from what was counted last:
    /// the fingerprint to ask a count for. Asking is then recorded.
    pub fn page_count_to_ask(&mut self) -> Option<u64> {
        if !self.pages.changed || self.settle_deadline().is_some() {
            return None;
        }
        self.pages.changed = false;
        let fingerprint = self.content_fingerprint();
        if self.pages.wanted == Some(fingerprint) {
            return None;
        }
        self.pages.wanted = Some(fingerprint);
        Some(fingerprint)
    }

    /// A count came back; one for text that changed since is dropped.
    pub fn page_count_done(&mut self, fingerprint: u64, pages: usize) {
        if self.pages.wanted == Some(fingerprint) {
            if self.pages.count() != Some(pages) {
                self.needs_redraw = true;
            }
            self.pages.counted = Some((fingerprint, pages));
            // The coach's length rule judges the typeset count too.
            self.report.set_typeset_pages(Some(pages));
        }
    }

    /// Everything the page count depends on: the level (it sets the pages
    /// to fit in), the variant shown, and every section's title and text
    /// (a variant's own order and summary are in them).
    fn content_fingerprint(&self) -> u64 {
        let mut hasher = DefaultHasher::new();
        self.resume.level.label().hash(&mut hasher);
        self.variant.hash(&mut hasher);
        for section in self.resume.sections() {
            section.title.hash(&mut hasher);
            section.body.hash(&mut hasher);
        }
        hasher.finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::resume::{Level, Resume, SectionKind};
    use crate::tui::App;
    use crate::tui::testing::open;

    fn app() -> App {
        open(Resume::new(Level::Junior))
    }

    #[test]
    fn a_count_is_asked_once_per_settled_text_and_late_answers_are_dropped() {
        let mut app = app();
        let first = app.page_count_to_ask().expect("asked at start");
        assert_eq!(app.page_count_to_ask(), None, "nothing changed");
        assert!(app.pages.waiting());

        // The text changes before the count comes back.
        let id = app.resume.first_of_kind(SectionKind::Summary).unwrap().id;
        app.resume.section_mut(id).unwrap().body.push_str(" More.");
        app.pages.touch();
        let second = app.page_count_to_ask().expect("asked again");
        assert_ne!(first, second);
        app.page_count_done(first, 3);
        assert_eq!(app.pages.count(), None, "a count for old text is dropped");
        app.page_count_done(second, 1);
        assert_eq!(app.pages.count(), Some(1));
        assert!(!app.pages.waiting());

        // Touched, but the same text: no new typesetting.
        app.pages.touch();
        assert_eq!(app.page_count_to_ask(), None);
    }
}
