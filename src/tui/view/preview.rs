//! The preview pane: the whole resume rendered, following the section being
//! edited unless the user scrolls it.

use ratatui::Frame;
use ratatui::layout::Rect;

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
    for (row, line) in app.preview.lines(app.preview_scroll, height).enumerate() {
        buffer.set_line(inner.x + 1, inner.y + row as u16, line, width);
    }
}
