//! The preview pane: the whole resume rendered, following the section being
//! edited unless the user scrolls it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{pane_block, title};
use crate::tui::app::App;
use crate::tui::layout::Pane;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let total = app.preview.total_rows();
    let height = area.height.saturating_sub(2) as usize;
    let position = if total <= height {
        "all".to_string()
    } else {
        let last = (app.preview_scroll + height).min(total);
        format!("{}%", last * 100 / total)
    };
    let block = pane_block(app, Pane::Preview, title(format!("Preview · {position}")));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // Lines go straight into the buffer: no copy of the rendered resume.
    let buffer = frame.buffer_mut();
    let width = inner.width.saturating_sub(1);
    let marks = app.doc.pages.marks();
    let mut y = 0;
    for (offset, line) in app.preview.lines(app.preview_scroll, height).enumerate() {
        let row = app.preview_scroll + offset;
        // Where the typeset PDF starts a new page, a rule says so; the
        // lines after it move down a row.
        if let Some((_, page)) = marks.iter().find(|(at, _)| *at == row)
            && y < height
        {
            let marker = page_marker(*page, width as usize);
            buffer.set_line(
                inner.x + 1,
                inner.y + y as u16,
                &marker.style(app.theme.dim),
                width,
            );
            y += 1;
        }
        if y >= height {
            break;
        }
        buffer.set_line(inner.x + 1, inner.y + y as u16, line, width);
        y += 1;
    }
}

/// "──── page 2 ────" across `width` cells.
fn page_marker(page: usize, width: usize) -> Line<'static> {
    let label = format!(" page {page} ");
    let side = width.saturating_sub(label.chars().count()) / 2;
    let right = width.saturating_sub(side + label.chars().count());
    Line::raw(format!("{}{label}{}", "─".repeat(side), "─".repeat(right)))
}
