//! The document side of the app: the resume being edited and what belongs
//! to it — its file name, whether it may be written, the coach's report,
//! the remembered posting, the variant shown, the typeset page count,
//! whether the latest edit is on disk, and the undo history. The rest of
//! `App` is the screen: focus, panes, overlays, messages.

use crate::guide::coach::Report;
use crate::guide::jobs::{Lexicon, Posting, read_posting};
use crate::resume::{Resume, SectionId};
use crate::tui::app::SaveTracker;
use crate::tui::app::history::History;
use crate::tui::app::pages::TypesetPages;

pub struct Document {
    pub resume: Resume,
    /// The resume's file name (without `.json`).
    pub name: String,
    /// Another instance owns the file, or it was written by a newer resumd.
    pub read_only: Option<String>,
    pub report: Report,
    /// The job posting remembered with the resume (or the active
    /// variant), read.
    pub posting: Option<Posting>,
    /// The named variant the preview, page count and exports show.
    pub variant: Option<String>,
    /// The typeset page count, counted by the runtime off the keystroke path.
    pub pages: TypesetPages,
    /// Whether the latest edit is on disk (see `save_state`).
    pub save: SaveTracker,
    /// Every change to the document, for Ctrl-Z and Ctrl-Y (see `undo`).
    pub(in crate::tui) history: History,
    /// Sections the last level change added, with the text they were given:
    /// the next level change takes back those still untouched.
    pub(in crate::tui) level_added: Vec<(SectionId, String)>,
}

impl Document {
    /// The posting remembered with the resume, read; a saved posting that
    /// no longer reads (edited by hand into nothing) counts as none.
    pub fn remembered_posting(&self) -> Option<Posting> {
        let saved = self.resume.posting_for(self.variant.as_deref())?;
        read_posting(Lexicon::builtin(), &saved.text).ok()
    }

    /// The coach's report for the whole resume, with the posting's skills
    /// (and spelling, once the report has it: see `App::spelling_loaded`).
    pub fn fresh_report(&self) -> Report {
        self.report_spelled(self.report.spelled())
    }

    pub(in crate::tui) fn report_spelled(&self, spelled: bool) -> Report {
        let mut report = if spelled {
            Report::new(&self.resume)
        } else {
            Report::without_spelling(&self.resume)
        };
        report.set_posting(&self.resume, self.posting.as_ref());
        // The last typeset count holds until the next one comes back.
        report.set_typeset_pages(self.pages.count());
        report
    }

    /// What the preview, the page count and exports show: the active
    /// variant applied, or the whole resume with its tags removed.
    pub fn shown_resume(&self) -> std::borrow::Cow<'_, Resume> {
        match self.variant.as_deref().and_then(|v| self.resume.variant(v)) {
            Some(variant) => std::borrow::Cow::Owned(self.resume.apply_variant(variant)),
            None => std::borrow::Cow::Borrowed(&self.resume),
        }
    }
}
