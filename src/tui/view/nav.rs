//! The section list: one row per section with the coach's mark and score.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

use super::{fit, pane_block, styled, title};
use crate::guide::coach::Mark;
use crate::markdown::visible;
use crate::tui::app::App;
use crate::tui::layout::Pane;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let inner_width = area.width.saturating_sub(2) as usize;
    let items: Vec<ListItem> = app
        .doc
        .resume
        .sections()
        .iter()
        .map(|section| {
            let (mark, style) = match app.doc.report.section_mark(section.id) {
                Mark::Empty => ("○", theme.dim),
                Mark::Error => ("✗", theme.error),
                Mark::Warning => ("!", theme.warning),
                Mark::Good => ("✓", theme.good),
            };
            let score = app
                .doc
                .report
                .section_score(section.id)
                .map(|s| format!("{s:>3}"))
                .unwrap_or_default();
            let title_width = inner_width.saturating_sub(2 + score.len() + 1);
            let name = fit(&visible(&section.title), title_width);
            let pad =
                title_width.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
            ListItem::new(Line::from(vec![
                styled(mark, style),
                Span::raw(" "),
                Span::raw(name),
                Span::raw(" ".repeat(pad + 1)),
                styled(score, theme.dim),
            ]))
        })
        .collect();
    let focused = app.focus == Pane::Sections && app.overlay.is_none();
    let block = pane_block(app, Pane::Sections, title("Sections"));
    let list = List::new(items).block(block).highlight_style(if focused {
        theme.selected
    } else {
        theme.selected_unfocused
    });
    let mut state = ListState::default().with_selected(Some(app.current_index()));
    frame.render_stateful_widget(list, area, &mut state);
}
