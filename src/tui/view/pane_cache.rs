//! Panes that did not change are left as the last frame drew them, or
//! copied from their last drawing, instead of being laid out again.
//!
//! A keystroke in the editor used to lay out the section list, the coach's
//! tips (with word wrapping) and the preview again, unchanged. Each of
//! those panes now has a key: a hash of everything its drawing reads. When
//! the key and the pane's area are the same as last time, a frame drawn
//! over the last one leaves the pane alone, and a frame drawn from blank
//! copies its cells back. Drawing stays a function of the state: a pane is
//! only reused for the very inputs it was drawn from. The snapshots live
//! in the [`PaneCache`] the event loop keeps with its view, not in the app.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use ratatui::Frame;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::widgets::Clear;

use crate::tui::app::App;
use crate::tui::layout::Pane;

struct Snapshot {
    key: u64,
    area: Rect,
    cells: Vec<Cell>,
    /// The last frame the pane was drawn or copied in.
    shown_in: u64,
}

/// The last drawing of each cached pane, by name.
#[derive(Default)]
pub struct PaneCache {
    panes: HashMap<&'static str, Snapshot>,
    /// Frames begun, counting this one.
    frame: u64,
}

impl PaneCache {
    /// Starts a frame.
    pub fn begin_frame(&mut self) {
        self.frame += 1;
    }

    /// Draws pane `name` into `area` with `draw`, or reuses its last
    /// drawing when `key` says nothing it reads has changed. With
    /// `redrawn`, the buffer holds the last frame drawn with this cache,
    /// with nothing over its panes in it or in this one: a pane that frame
    /// showed is left as it is, and the areas drawn are added to it.
    pub fn draw(
        &mut self,
        frame: &mut Frame,
        name: &'static str,
        area: Rect,
        key: u64,
        redrawn: Option<&mut Vec<Rect>>,
        draw: impl FnOnce(&mut Frame),
    ) {
        let area = area.intersection(frame.area());
        if let Some(snapshot) = self.panes.get_mut(name)
            && snapshot.key == key
            && snapshot.area == area
        {
            let shown_last = snapshot.shown_in + 1 == self.frame;
            snapshot.shown_in = self.frame;
            match redrawn {
                Some(_) if shown_last => {}
                Some(redrawn) => {
                    copy_into(frame.buffer_mut(), area, &snapshot.cells);
                    redrawn.push(area);
                }
                None => copy_into(frame.buffer_mut(), area, &snapshot.cells),
            }
            return;
        }
        if let Some(redrawn) = redrawn {
            frame.render_widget(Clear, area);
            redrawn.push(area);
        }
        draw(frame);
        let buffer = frame.buffer_mut();
        let width = usize::from(area.width);
        let mut cells = Vec::with_capacity(width * usize::from(area.height));
        for y in area.top()..area.bottom() {
            let start = buffer.index_of(area.x, y);
            cells.extend_from_slice(&buffer.content[start..start + width]);
        }
        let shown_in = self.frame;
        self.panes.insert(
            name,
            Snapshot {
                key,
                area,
                cells,
                shown_in,
            },
        );
    }
}

/// Puts a pane's saved cells back in `area`.
fn copy_into(buffer: &mut Buffer, area: Rect, cells: &[Cell]) {
    let width = usize::from(area.width);
    for (row, y) in (area.top()..area.bottom()).enumerate() {
        let start = buffer.index_of(area.x, y);
        buffer.content[start..start + width]
            .clone_from_slice(&cells[row * width..(row + 1) * width]);
    }
}

fn hasher(app: &App, pane: Pane) -> std::collections::hash_map::DefaultHasher {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    app.theme.name.hash(&mut h);
    (app.focus == pane && app.overlay.is_none()).hash(&mut h);
    h
}

/// Everything the section list reads.
pub fn nav_key(app: &App) -> u64 {
    let mut h = hasher(app, Pane::Sections);
    app.current_index().hash(&mut h);
    for section in app.doc.resume.sections() {
        section.title.hash(&mut h);
        (app.doc.report.section_mark(section.id) as u8).hash(&mut h);
        app.doc.report.section_score(section.id).hash(&mut h);
    }
    h.finish()
}

/// Everything the coach and tips pane reads.
pub fn tips_key(app: &App) -> u64 {
    let mut h = hasher(app, Pane::Editor);
    app.doc.resume.level.hash(&mut h);
    if let Some(section) = app.doc.resume.section(app.selected) {
        (section.id, section.kind, section.is_empty()).hash(&mut h);
    }
    app.editors
        .area(app.selected)
        .map(|a| a.cursor().0)
        .hash(&mut h);
    // The findings change only with the report: its generation stands for
    // them (hashing 20,000 findings cost more than the rest of a key).
    app.doc.report.generation().hash(&mut h);
    h.finish()
}

/// Everything the editor pane's drawing reads, but the text of the lines
/// on screen and the cursor: the area, the look, the section and its
/// title, the selection, and the findings and names that mark words (see
/// `editor::EditorShown`).
pub fn editor_key(app: &App, area: Rect) -> u64 {
    let mut h = hasher(app, Pane::Editor);
    area.hash(&mut h);
    app.selected.hash(&mut h);
    app.doc.read_only.is_some().hash(&mut h);
    app.doc
        .resume
        .section(app.selected)
        .map(|s| &s.title)
        .hash(&mut h);
    if let Some(text) = app.editors.area(app.selected) {
        text.selection_range().hash(&mut h);
        text.is_selecting().hash(&mut h);
    }
    app.doc.report.generation().hash(&mut h);
    app.doc.report.spelled().hash(&mut h);
    app.spell_names.reads().hash(&mut h);
    h.finish()
}

/// Everything the status bar reads.
pub fn status_key(app: &App) -> u64 {
    let mut h = hasher(app, Pane::Editor);
    app.doc.name.hash(&mut h);
    app.doc.resume.level.hash(&mut h);
    let save = app.save_state();
    std::mem::discriminant(&save).hash(&mut h);
    if let crate::tui::app::SaveState::Failed(error) = &save {
        error.hash(&mut h);
    }
    app.status.as_ref().map(|s| (&s.text, s.alert)).hash(&mut h);
    (
        app.doc.report.score(),
        app.doc.report.pages().to_bits(),
        app.doc.report.words(),
        app.doc.pages.count(),
        &app.doc.variant,
    )
        .hash(&mut h);
    h.finish()
}

/// Everything the footer of key hints reads.
pub fn footer_key(app: &App) -> u64 {
    let mut h = hasher(app, Pane::Editor);
    (app.focus as u8).hash(&mut h);
    // An open overlay's own keys take the footer.
    std::mem::discriminant(&app.context()).hash(&mut h);
    // A long message continues on the footer row.
    status_key(app).hash(&mut h);
    h.finish()
}

/// Everything the preview pane reads.
pub fn preview_key(app: &App) -> u64 {
    let mut h = hasher(app, Pane::Preview);
    app.preview.generation().hash(&mut h);
    app.preview.total_rows().hash(&mut h);
    app.preview_scroll.hash(&mut h);
    app.doc.pages.marks().hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::widgets::Paragraph;

    use super::*;

    /// Draws pane "test" with `key`; returns whether `draw` ran and the
    /// pane's first row.
    fn frame_with(
        terminal: &mut Terminal<TestBackend>,
        panes: &mut PaneCache,
        key: u64,
        text: &str,
    ) -> (bool, String) {
        let mut ran = false;
        let area = Rect::new(2, 1, 6, 2);
        terminal
            .draw(|f| {
                panes.draw(f, "test", area, key, None, |f| {
                    ran = true;
                    f.render_widget(Paragraph::new(text.to_string()), area);
                });
            })
            .unwrap();
        let buffer = terminal.backend().buffer();
        let row: String = (2..8)
            .map(|x| buffer[(x, 1)].symbol().to_string())
            .collect();
        (ran, row)
    }

    #[test]
    fn a_pane_with_the_same_key_is_copied_not_drawn() {
        let mut terminal = Terminal::new(TestBackend::new(10, 4)).unwrap();
        let panes = &mut PaneCache::default();
        let t = &mut terminal;
        assert_eq!(frame_with(t, panes, 1, "abc"), (true, "abc   ".into()));
        // Same key: the old cells come back even though the text differs.
        assert_eq!(frame_with(t, panes, 1, "xyz"), (false, "abc   ".into()));
        assert_eq!(frame_with(t, panes, 2, "xyz"), (true, "xyz   ".into()));
        // Over the last frame, the pane it showed is left as it is.
        let area = Rect::new(2, 1, 6, 2);
        let over_last = |terminal: &mut Terminal<TestBackend>, panes: &mut PaneCache, text| {
            let mut redrawn = Vec::new();
            let mut frame = terminal.get_frame();
            panes.begin_frame();
            panes.draw(&mut frame, "test", area, 2, Some(&mut redrawn), |f| {
                f.render_widget(Paragraph::new(text), area);
            });
            redrawn
        };
        assert_eq!(over_last(t, panes, "zzz"), vec![], "left alone");
        // A frame without the pane (something else drew there), then one
        // with it again: its cells are put back, and said to be.
        panes.begin_frame();
        assert_eq!(over_last(t, panes, "zzz"), vec![area], "copied back");
        // Another cache (another view) has nothing to copy.
        let fresh = &mut PaneCache::default();
        assert_eq!(frame_with(t, fresh, 2, "new"), (true, "new   ".into()));
    }
}
