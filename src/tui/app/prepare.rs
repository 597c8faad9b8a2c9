//! Before drawing: the editor scrolled to its cursor, the preview brought
//! up to date and scrolled to follow the section (and the cursor's line).

use crate::tui::app::App;
use crate::tui::layout::Pane;

impl App {
    /// Brings the derived view state up to date before a draw: the preview
    /// cache for the current width, and its scroll position.
    pub fn prepare_view(&mut self) {
        // The editor of the selected section exists from the moment it is
        // selected, so its cursor line is known to the tips pane.
        self.current_area_mut();
        if let Some(section) = self.doc.resume.section(self.selected) {
            self.spell_names.refresh(section, self.pending.is_empty());
        }
        let Some(screen) = self.screen() else { return };
        if let Some(editor) = screen.editor {
            let (width, height) = crate::tui::layout::editor_text_size(editor);
            self.editors
                .scroll_to_cursor(self.selected, width as usize, height as usize);
        }
        if let Some(preview) = screen.preview {
            let width = preview.width.saturating_sub(3).max(10);
            // While an edit is pending the preview keeps its lines until
            // the word is finished (see `settle`).
            if self.pending.is_empty() || self.preview.total_rows() == 0 {
                // The active variant, as exports show it.
                match self
                    .doc
                    .variant
                    .as_deref()
                    .and_then(|v| self.doc.resume.variant(v))
                {
                    Some(variant) => {
                        let shown = self.doc.resume.apply_variant(variant);
                        self.preview.update(&shown, width, &self.theme.markdown);
                    }
                    None => self
                        .preview
                        .update(&self.doc.resume, width, &self.theme.markdown),
                }
            }
            self.place_page_marks();
            let height = preview.height.saturating_sub(2) as usize;
            let max_scroll = self.preview.total_rows().saturating_sub(height.max(1));
            if let Some(top) = self
                .preview
                .first_row_of(self.selected)
                .filter(|_| self.preview_follows)
            {
                self.preview_scroll = follow_row(top, self.cursor_row_in_preview(), height);
            }
            self.preview_scroll = self.preview_scroll.min(max_scroll);
        }
    }

    /// The preview row showing the editor's cursor line, while the editor
    /// (or its coach) has focus and the preview shows the section's own
    /// lines (a variant drops some of them).
    fn cursor_row_in_preview(&self) -> Option<usize> {
        if !matches!(self.focus, Pane::Editor | Pane::Coach) || self.doc.variant.is_some() {
            return None;
        }
        let line = self.editors.area(self.selected)?.cursor().0;
        self.preview.row_of_line(self.selected, line)
    }
}

/// The preview's first row: the section's top while the cursor's row fits
/// in the upper two thirds below it, else the cursor's row a third down.
fn follow_row(section_top: usize, cursor_row: Option<usize>, height: usize) -> usize {
    match cursor_row {
        Some(row) if row >= section_top + height * 2 / 3 => row - height / 3,
        _ => section_top,
    }
}

#[cfg(test)]
mod tests {
    use super::follow_row;

    #[test]
    fn the_preview_shows_the_section_top_until_the_cursor_goes_below_two_thirds() {
        assert_eq!(follow_row(10, None, 30), 10);
        assert_eq!(follow_row(10, Some(25), 30), 10);
        assert_eq!(follow_row(10, Some(30), 30), 20);
        assert_eq!(follow_row(10, Some(100), 30), 90);
    }
}
