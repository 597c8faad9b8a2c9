//! Spelling and style, offline: misspelled words, a word typed twice and
//! filler, for the coach (`spelling`, `repeated-word`, `filler`) and for
//! the editor's underlines and quick fixes.
//!
//! Words are checked against SCOWL-based Hunspell dictionaries (American
//! and British, both accepted unless one is chosen) through `spellbook`,
//! the back-end vocabulary in `assets/vocabulary.txt` (Kubernetes, gRPC,
//! p99, Architected…) and the user's personal dictionary. What is not prose
//! is skipped: code, links, addresses, numbers with units, versions,
//! acronyms and mixed-case product names, and the names entry titles give.
//!
//! # For the editor
//!
//! - [`shared`] is the process's checker (the spelling choice and the
//!   personal dictionary, set once by [`set_shared`] at start-up).
//! - [`Speller::misspelled_in`] gives the misspelled byte ranges of *one*
//!   line, with the section's [`Names`] (build them once per section with
//!   [`Names::of_section`]); call it for the line a keystroke changed.
//! - [`Speller::suggestions`] and [`quick_fixes`] give the corrections, as
//!   data: replace a range of the line, or add the word to the dictionary.

mod coach;
mod dictionaries;
mod fix;
mod speller;
mod style;
mod vocabulary;
mod words;

use std::sync::{Arc, PoisonError, RwLock};

pub use dictionaries::{Choice, UnknownChoice, load, preload};
pub use fix::{QuickFix, quick_fixes};
pub use speller::{LineCheck, MAX_SUGGESTIONS, Names, Speller};
pub use style::{FILLERS, StyleIssue, StyleKind, style_issues};
pub use vocabulary::{WordSet, vocabulary};

static SHARED: RwLock<Option<Arc<Speller>>> = RwLock::new(None);

/// The checker the coach and the editor use: both spellings and no personal
/// words until [`set_shared`] says otherwise.
pub fn shared() -> Arc<Speller> {
    if let Some(speller) = SHARED
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .as_ref()
    {
        return Arc::clone(speller);
    }
    let mut slot = SHARED.write().unwrap_or_else(PoisonError::into_inner);
    Arc::clone(slot.get_or_insert_with(|| Arc::new(Speller::new(Choice::Both, []))))
}

/// Replaces the shared checker (at start-up: the user's spelling choice and
/// personal dictionary).
pub fn set_shared(speller: Speller) {
    *SHARED.write().unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(speller));
}

/// Whether the shared checker can check without waiting for its
/// dictionary to be parsed (see [`preload`]).
pub fn ready() -> bool {
    shared().choice().is_loaded()
}

/// Waits until the shared checker's dictionary is parsed.
pub fn wait_ready() {
    shared().choice().dictionary();
}

/// The coach's entry point: spelling and style findings of one section.
pub(crate) fn check_section(
    section: &crate::resume::Section,
    is_code: impl Fn(usize) -> bool,
    out: &mut Vec<crate::guide::coach::Finding>,
) {
    coach::check_section(&shared(), section, is_code, out);
}
