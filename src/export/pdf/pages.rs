//! The typeset page count: how many pages the PDF `resumd export --format
//! pdf` writes by default (fitted to the level's length) has, without
//! writing it. `lint`, the app's status bar and the coach's length rule
//! all read this one number.
//!
//! Typesetting takes tens to hundreds of milliseconds, so this is **not**
//! for the keystroke path: call [`page_count`] from a background thread
//! (or a command) once edits settle, and on the keystroke path ask only
//! [`cached_page_count`], which never typesets. Counts are remembered in a
//! small process-wide cache keyed by a hash of what is typeset (the
//! sections' kinds, titles and text, the level, which sets the pages it
//! is fitted to, and the paper), so asking again for the same content is
//! free, from any thread.

use std::collections::VecDeque;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Mutex, MutexGuard};

use super::{PdfError, fit, page_budget};
use crate::export::layout_build::layout;
use crate::export::paper::Paper;
use crate::resume::Resume;

/// Counts remembered: enough for a few papers, levels and variants of the
/// resume being edited, and the undo of a recent edit.
const REMEMBERED: usize = 16;

/// The counts of every caller in this process.
static COUNTS: Mutex<Counts> = Mutex::new(Counts::new());

/// The typeset page count of `resume` on `paper`: from the cache when this
/// content was counted before, else typeset (slow: run it off the
/// keystroke path) and remembered. Errors are not remembered.
pub fn page_count(resume: &Resume, paper: Paper) -> Result<usize, PdfError> {
    typeset_pages(resume, paper).map(|typeset| typeset.count)
}

/// The typeset pages of `resume`: how many, and where each begins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typeset {
    pub count: usize,
    /// For each page after the first, the key of the text it starts with
    /// (see [`super::text_key`]), for a preview to mark the break.
    pub starts: Vec<String>,
}

/// [`page_count`] with where the pages begin; cached the same way.
pub fn typeset_pages(resume: &Resume, paper: Paper) -> Result<Typeset, PdfError> {
    let key = content_key(resume, paper);
    if let Some(typeset) = counts().get(key) {
        return Ok(typeset);
    }
    // The lock is not held while typesetting: a frame asking
    // `cached_page_count` meanwhile must not wait for it.
    let layout = layout(resume);
    let (document, _) = fit::fit(&layout, paper, page_budget(resume.level))?;
    let typeset = Typeset {
        count: document.pages.len(),
        starts: super::breaks::page_starts(&document),
    };
    counts().insert(key, typeset.clone());
    Ok(typeset)
}

/// The page count if this content was already counted; never typesets,
/// so it is cheap enough for every frame (it hashes the resume's text).
pub fn cached_page_count(resume: &Resume, paper: Paper) -> Option<usize> {
    counts()
        .get(content_key(resume, paper))
        .map(|typeset| typeset.count)
}

/// Typesets and counts every time, bypassing the cache (what a first ask
/// costs; for benchmarks and tests).
pub fn page_count_uncached(resume: &Resume, paper: Paper) -> Result<usize, PdfError> {
    let layout = layout(resume);
    let (document, _) = fit::fit(&layout, paper, page_budget(resume.level))?;
    Ok(document.pages.len())
}

/// A poisoned lock only means another thread panicked around a lookup:
/// the entries are still whole pairs, so keep using them.
fn counts() -> MutexGuard<'static, Counts> {
    COUNTS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Content keys and their typeset pages, the most recently used last.
struct Counts {
    entries: VecDeque<(u64, Typeset)>,
}

impl Counts {
    const fn new() -> Self {
        Counts {
            entries: VecDeque::new(),
        }
    }

    fn get(&mut self, key: u64) -> Option<Typeset> {
        let at = self.entries.iter().position(|(k, _)| *k == key)?;
        let entry = self.entries.remove(at)?;
        let typeset = entry.1.clone();
        self.entries.push_back(entry);
        Some(typeset)
    }

    fn insert(&mut self, key: u64, typeset: Typeset) {
        self.entries.retain(|(k, _)| *k != key);
        self.entries.push_back((key, typeset));
        while self.entries.len() > REMEMBERED {
            self.entries.pop_front();
        }
    }
}

/// Everything the typeset pages depend on: the layout is read from the
/// sections' kinds, titles and bodies; the level sets the pages it is
/// fitted to.
fn content_key(resume: &Resume, paper: Paper) -> u64 {
    let mut hasher = DefaultHasher::new();
    paper.hash(&mut hasher);
    resume.level.hash(&mut hasher);
    for section in resume.sections() {
        section.kind.hash(&mut hasher);
        section.title.hash(&mut hasher);
        section.body.hash(&mut hasher);
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Level, resume_from_markdown};

    const MARKDOWN: &str = "# Grace Example\n\n## Experience\n\n### Engineer — Acme\n\n\
        *2019 – 2021*\n\n- Cut build times from 20 to 4 minutes\n";

    #[test]
    fn the_key_follows_text_level_and_paper_only() {
        let resume = resume_from_markdown(MARKDOWN, Level::Mid).unwrap();
        let same = resume_from_markdown(MARKDOWN, Level::Mid).unwrap();
        let key = content_key(&resume, Paper::A4);
        assert_eq!(key, content_key(&same, Paper::A4));
        assert_ne!(key, content_key(&resume, Paper::Letter));
        let junior = resume_from_markdown(MARKDOWN, Level::Junior).unwrap();
        assert_ne!(key, content_key(&junior, Paper::A4));
        let edited = resume_from_markdown(&MARKDOWN.replace("20 to 4", "20 to 5"), Level::Mid);
        assert_ne!(key, content_key(&edited.unwrap(), Paper::A4));
    }

    #[test]
    fn a_count_is_remembered_and_asked_again_for_free() {
        // Text no other test counts, so the shared cache starts without it.
        let markdown = MARKDOWN.replace("Grace Example", "Grace Cached");
        let resume = resume_from_markdown(&markdown, Level::Mid).unwrap();
        assert_eq!(cached_page_count(&resume, Paper::Letter), None);
        let pages = page_count(&resume, Paper::Letter).unwrap();
        assert_eq!(pages, 1);
        assert_eq!(cached_page_count(&resume, Paper::Letter), Some(1));
        assert_eq!(page_count_uncached(&resume, Paper::Letter).unwrap(), 1);
    }

    #[test]
    fn the_cache_keeps_only_the_most_recently_used_counts() {
        let pages = |count| Typeset {
            count,
            starts: Vec::new(),
        };
        let mut counts = Counts::new();
        for key in 0..REMEMBERED as u64 {
            counts.insert(key, pages(1));
        }
        // Asking for the oldest makes it the newest.
        assert_eq!(counts.get(0), Some(pages(1)));
        counts.insert(100, pages(2));
        assert_eq!(counts.entries.len(), REMEMBERED);
        assert_eq!(counts.get(1), None, "the least recently used went");
        assert_eq!(counts.get(0), Some(pages(1)));
        assert_eq!(counts.get(100), Some(pages(2)));
        counts.insert(100, pages(3));
        assert_eq!(
            counts.get(100),
            Some(pages(3)),
            "a recount replaces the count"
        );
        assert_eq!(counts.entries.len(), REMEMBERED);
    }
}
