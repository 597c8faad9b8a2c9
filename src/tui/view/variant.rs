//! Drawing the variant picker: a numbered list, each variant with what it
//! keeps.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, ListItem};

use super::{boxed, centered, fit, overlay_hints, selectable_list, styled};
use crate::markdown::visible;
use crate::tui::keymap::Context;
use crate::tui::overlay::variant::VariantPicker;
use crate::tui::theme::Theme;

pub fn draw(picker: &VariantPicker, theme: &Theme, frame: &mut Frame, area: Rect) {
    let height = picker.choices.len() as u16 * 2 + 3;
    let rect = centered(area, 72, height);
    let block = boxed("Show which variant", theme);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let [list, help] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
    let width = inner.width as usize;
    let items: Vec<ListItem> = picker
        .choices
        .iter()
        .zip(&picker.details)
        .enumerate()
        .map(|(i, (choice, detail))| {
            let name = choice.as_deref().unwrap_or("Everything");
            ListItem::new(vec![
                Line::from(vec![
                    styled(format!(" {} ", i + 1), theme.key),
                    styled(visible(name).into_owned(), theme.heading),
                ]),
                Line::styled(fit(&format!("   {}", visible(detail)), width), theme.dim),
            ])
        })
        .collect();
    selectable_list(frame, items, picker.selected, list, theme);
    overlay_hints(frame, Context::Choice, help, theme);
}
