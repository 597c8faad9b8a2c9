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
    if app.focus == Pane::Editor && app.overlay.is_none() && !text_area.is_selecting() {
        place_terminal_cursor(app, frame, text_area, text);
    }

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

/// While the editor has focus the terminal's own cursor marks the
/// insertion point, as in the prompts: it blinks and takes the shape the
/// user chose, and a typed letter moves it without a byte more. The text
/// area's drawn cursor cell gives way to it.
fn place_terminal_cursor(
    app: &App,
    frame: &mut Frame,
    text_area: &ratatui_textarea::TextArea<'_>,
    text: Rect,
) {
    let cursor = text_area.screen_cursor();
    let (top, left) = text_area.scroll_offset();
    let row = cursor.row.checked_sub(usize::from(top));
    let col = cursor.col.checked_sub(usize::from(left));
    let (Some(row), Some(col)) = (row, col) else {
        return;
    };
    if row >= usize::from(text.height) || col >= usize::from(text.width) {
        return;
    }
    let (x, y) = (text.x + col as u16, text.y + row as u16);
    let cell = &mut frame.buffer_mut()[(x, y)];
    cell.modifier.remove(app.theme.cursor.add_modifier);
    frame.set_cursor_position((x, y));
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

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::{Backend, TestBackend};
    use ratatui::style::Modifier;

    use crate::resume::{Level, Resume, SectionKind};
    use crate::storage::{SavedResume, Session};
    use crate::tui::{App, Theme, view};

    #[test]
    fn the_terminal_cursor_sits_after_the_last_typed_letter() {
        let mut resume = Resume::new(Level::Mid);
        let id = resume.first_of_kind(SectionKind::Summary).unwrap().id;
        resume.section_mut(id).unwrap().body = "Go engineer".into();
        let session = Session {
            section: Some(id),
            cursor: (0, 11),
            preview_scroll: 0,
        };
        let mut app = App::open("t", SavedResume { resume, session }, Theme::mono());
        app.prepare_view();
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal.draw(|f| view::draw(&app, f)).unwrap();
        let at = terminal.backend_mut().get_cursor_position().unwrap();
        let buffer = terminal.backend().buffer();
        assert_eq!(
            buffer[(at.x - 1, at.y)].symbol(),
            "r",
            "right after the text"
        );
        let under = &buffer[(at.x, at.y)];
        assert_eq!(under.symbol(), " ");
        assert!(
            !under.modifier.contains(Modifier::REVERSED),
            "no drawn cursor cell under the terminal's own"
        );
    }
}
