//! Drawing the job view: the match line, then one row per skill the
//! posting asks for — missing required ones first — with where it is or
//! where it would belong.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, ListItem, Paragraph};

use super::{boxed, centered, fit, overlay_hints, selectable_list, styled};
use crate::markdown::visible;
use crate::tui::keymap::Context;
use crate::tui::overlay::job::JobView;
use crate::tui::theme::Theme;

pub fn draw(view: &JobView, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = 100.min(area.width.saturating_sub(2));
    let height = (view.items.len() as u16 + 6).min(area.height.saturating_sub(2));
    let rect = centered(area, width, height);
    let title = format!("Tailor to: {}", visible(&view.title));
    let block = boxed(&fit(&title, width.saturating_sub(6) as usize), theme);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let row_width = inner.width as usize;
    let [summary, rows, help] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(Line::raw(fit(&view.summary, row_width))),
        summary,
    );
    let name_width = view
        .items
        .iter()
        .map(|i| i.skill.chars().count())
        .max()
        .unwrap_or(0)
        .min(30);
    let items: Vec<ListItem> = view
        .items
        .iter()
        .map(|item| {
            let (mark, style) = match (item.found, item.required) {
                (false, true) => ("✗ ", theme.error),
                (false, false) => ("! ", theme.warning),
                (true, _) => ("✓ ", theme.good),
            };
            let need = if item.required {
                "required "
            } else {
                "preferred"
            };
            let text = fit(
                &format!(
                    "{:<name_width$}  {need}  {}",
                    item.skill,
                    visible(&item.place)
                ),
                row_width.saturating_sub(2),
            );
            ListItem::new(Line::from(vec![styled(mark, style), Span::raw(text)]))
        })
        .collect();
    let items = if items.is_empty() {
        vec![ListItem::new(Line::raw(
            " The posting names no skill resumd knows.",
        ))]
    } else {
        items
    };
    selectable_list(frame, items, view.selected, rows, theme);
    overlay_hints(frame, Context::Job, help, theme);
}
