//! The editor pane: the focused section's text, with a gutter that marks
//! lines the coach has something to say about.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{pane_block, styled, title};
use crate::guide::coach::Severity;
use crate::markdown::visible;
use crate::tui::app::App;
use crate::tui::editor;
use crate::tui::layout::Pane;

const GUTTER: u16 = 2;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let Some(section) = app.resume.section(app.selected) else {
        return;
    };
    let mut heading = format!("✎ {}", visible(&section.title));
    if app.read_only.is_some() {
        heading.push_str(" · read-only");
    }
    let block = pane_block(app, Pane::Editor, title(heading));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(text_area) = app.editors.area(app.selected) else {
        // Not opened yet (the list has focus): show the text as it is.
        let [_, text] = columns(inner);
        let lines: Vec<Line> = section
            .body
            .split('\n')
            .map(|l| Line::raw(visible(l).into_owned()))
            .collect();
        frame.render_widget(
            Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false }),
            text,
        );
        return;
    };
    let [gutter, text] = columns(inner);
    frame.render_widget(text_area, text);
    show_placeholders(frame, text);

    // Mark the first screen row of each line that has findings.
    let findings = app.report.section_findings(app.selected);
    if findings.is_empty() {
        return;
    }
    let (scroll_row, _) = text_area.scroll_offset();
    let mut previous_line = None;
    let marks: Vec<Line> = (0..gutter.height as usize)
        .map(|row| {
            let line = text_area.screen_to_data(scroll_row as usize + row, 0).0;
            let starts_line = previous_line != Some(line);
            previous_line = Some(line);
            let worst = findings
                .iter()
                .filter(|f| starts_line && f.line == Some(line))
                .map(|f| f.severity)
                .max();
            match worst {
                Some(Severity::Error) => Line::from(styled("✗", app.theme.error)),
                Some(Severity::Warning) => Line::from(styled("!", app.theme.warning)),
                Some(Severity::Info) => Line::from(styled("·", app.theme.info)),
                None => Line::default(),
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(marks), gutter);
}

/// Cells holding a shadowed control character get its visible placeholder.
fn show_placeholders(frame: &mut Frame, area: Rect) {
    let buffer = frame.buffer_mut();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buffer[(x, y)];
            if let Some(shown) = editor::shown_placeholder(cell.symbol()) {
                cell.set_char(shown);
            }
        }
    }
}

fn columns(inner: Rect) -> [Rect; 2] {
    Layout::horizontal([Constraint::Length(GUTTER), Constraint::Fill(1)]).areas(inner)
}
