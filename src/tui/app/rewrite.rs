//! A change to a section's text made by a command rather than by typing
//! (replace all, a quick fix, an inserted example): one undoable step, and
//! the coach, page count and preview brought up to date.

use crate::resume::SectionId;
use crate::tui::app::App;

impl App {
    /// Gives section `id` the text `after` as one step named `label` in the
    /// undo history, leaving the cursor at `at` (line, column).
    pub(in crate::tui) fn rewrite_section(
        &mut self,
        id: SectionId,
        label: &str,
        after: &str,
        at: (usize, usize),
    ) {
        if id == self.selected {
            self.sync_current_body();
        }
        let Some(before) = self.doc.resume.section(id).map(|s| s.body.clone()) else {
            return;
        };
        let cursor = self.cursor_of(id);
        self.close_typing();
        if let Some(section) = self.doc.resume.section_mut(id) {
            section.body = after.to_string();
        }
        self.editors.forget(id);
        self.doc
            .history
            .record_text(label, id, &before, after, cursor, at);
        self.doc.report.recheck_section(&self.doc.resume, id);
        self.doc.pages.touch();
        self.preview.invalidate(id);
        self.mark_dirty();
    }
}
