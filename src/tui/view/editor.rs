//! The editor pane: the focused section's text, with a gutter that marks
//! lines the coach has something to say about.
//!
//! Drawn over the last frame, only the rows that changed are drawn again
//! (see [`EditorShown`]): a typed letter redraws the row it lands in, not
//! the pane's border and every row of the section.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{pane_block, styled, title};
use crate::guide::coach::Severity;
use crate::markdown::{placeholder, visible};
use crate::resume::SectionId;
use crate::tui::app::App;
use crate::tui::editor::spell_marks;
use crate::tui::editor::textview::{self, RowPos};
use crate::tui::editor::{self, TextBuffer};
use crate::tui::layout;
use crate::tui::layout::Pane;

/// What the editor pane showed in the last frame: enough to tell which of
/// its rows a new frame must draw again.
#[derive(Default)]
pub struct EditorShown {
    /// Everything the pane's drawing reads except the text of its lines
    /// and the cursor: see `pane_cache::editor_key`. `None`: not drawn row
    /// by row.
    key: Option<u64>,
    /// Each screen row of the text: which part of which line it showed.
    rows: Vec<Option<ShownRow>>,
    /// The whole text of the line each screen row showed part of (a
    /// line's spelling marks and wrapping depend on all of it).
    texts: Vec<String>,
    gutter: Gutter,
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct ShownRow {
    pos: RowPos,
    start: usize,
    end: usize,
    /// Part of the cursor's line, which is drawn differently (and always).
    on_cursor_line: bool,
}

/// Draws the editor pane; returns where the terminal's cursor goes (the
/// insertion point while the editor has focus). With `redrawn`, the
/// buffer holds the last frame: only what changed is drawn, and the areas
/// drawn are added to it.
pub fn draw(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    shown: &mut EditorShown,
    mut redrawn: Option<&mut Vec<Rect>>,
) -> Option<Position> {
    let key = super::pane_cache::editor_key(app, area);
    let whole = redrawn.is_none() || shown.key != Some(key);
    if whole {
        shown.key = None;
        if let Some(redrawn) = redrawn.as_deref_mut() {
            frame.render_widget(Clear, area);
            redrawn.push(area);
        }
    }
    let section = app.doc.resume.section(app.selected)?;
    let mut heading = format!("✎ {}", visible(&section.title));
    if app.doc.read_only.is_some() {
        heading.push_str(" · read-only");
    }
    let block = pane_block(app, Pane::Editor, title(heading));
    let inner = block.inner(area);
    if whole {
        frame.render_widget(block, area);
    }
    let [gutter, text] = layout::editor_columns(inner);
    let Some(text_area) = app.editors.area(app.selected) else {
        // Not opened yet (the list has focus): show the text as it is.
        let lines: Vec<Line> = section
            .body
            .split('\n')
            .map(|l| Line::raw(visible(l).into_owned()))
            .collect();
        frame.render_widget(
            Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false }),
            text,
        );
        return None;
    };
    let rows = visible_rows(text_area, app.editors.top(app.selected), text);
    let cursor_line = text_area.cursor().0;
    let height = usize::from(text.height);
    if whole {
        shown.rows.clear();
        shown.texts.clear();
    }
    shown.rows.resize(height, None);
    shown.texts.resize(height, String::new());
    // The rows to draw: all of them, or those that show something else
    // than last time. The cursor's line is always drawn: its rows place
    // the cursor, and the word being typed is marked differently.
    let lines = text_area.lines();
    let mut to_draw = Vec::new();
    for y in 0..height {
        let now = rows.get(y).map(|r| ShownRow {
            pos: r.pos,
            start: r.start,
            end: r.end,
            on_cursor_line: r.pos.line == cursor_line,
        });
        let same = !whole
            && shown.rows[y] == now
            && now.is_none_or(|r| !r.on_cursor_line && shown.texts[y] == lines[r.pos.line]);
        if same {
            continue;
        }
        if let Some(redrawn) = redrawn.as_deref_mut().filter(|_| !whole) {
            let row = Rect::new(inner.x, text.y + y as u16, inner.width, 1);
            frame.render_widget(Clear, row);
            redrawn.push(row);
        }
        shown.rows[y] = now;
        match now {
            Some(r) => shown.texts[y].clone_from(&lines[r.pos.line]),
            None => shown.texts[y].clear(),
        }
        to_draw.push(y);
    }
    shown.key = Some(key);
    let drawn: Vec<(usize, &ScreenRow)> = to_draw
        .iter()
        .filter_map(|&y| rows.get(y).map(|row| (y, row)))
        .collect();
    let cursor = draw_text(app, frame, text_area, &drawn, text);
    draw_gutter(app, frame.buffer_mut(), &mut shown.gutter, &drawn, gutter);
    cursor
}

/// The worst finding of each line of the section in the editor, worked
/// out once per report: a section of 20,000 bullets has as many findings,
/// too many to go through on every key.
#[derive(Default)]
struct Gutter {
    /// The report generation and section the marks are for.
    of: Option<(u64, SectionId)>,
    worst: Vec<Option<Severity>>,
}

impl Gutter {
    fn worst(&mut self, app: &App, line: usize) -> Option<Severity> {
        let of = (app.doc.report.generation(), app.selected);
        if self.of != Some(of) {
            self.of = Some(of);
            self.worst.clear();
            for finding in app.doc.report.section_findings(app.selected) {
                if let Some(line) = finding.line {
                    if self.worst.len() <= line {
                        self.worst.resize(line + 1, None);
                    }
                    self.worst[line] = self.worst[line].max(Some(finding.severity));
                }
            }
        }
        self.worst.get(line).copied().flatten()
    }
}

/// Marks the first screen row of each line that has findings, for the
/// rows drawn (each with its row on screen).
fn draw_gutter(
    app: &App,
    buffer: &mut Buffer,
    marks: &mut Gutter,
    rows: &[(usize, &ScreenRow)],
    gutter: Rect,
) {
    for &(y, row) in rows.iter().filter(|(_, row)| row.pos.row == 0) {
        let mark: Span = match marks.worst(app, row.pos.line) {
            Some(Severity::Error) => styled("✗", app.theme.error),
            Some(Severity::Warning) => styled("!", app.theme.warning),
            Some(Severity::Info) => styled("·", app.theme.info),
            None => continue,
        };
        buffer.set_span(gutter.x, gutter.y + y as u16, &mark, gutter.width);
    }
}

/// One screen row of the editor: where it is in the text and which chars
/// of its line it shows.
pub struct ScreenRow {
    pub pos: RowPos,
    pub start: usize,
    pub end: usize,
}

/// The rows the editor shows from `top`: only these lines are wrapped.
pub fn visible_rows(area: &TextBuffer, top: RowPos, text: Rect) -> Vec<ScreenRow> {
    let width = text.width as usize;
    let lines = area.lines();
    let mut out = Vec::with_capacity(text.height as usize);
    let mut line = top.line.min(lines.len().saturating_sub(1));
    let mut first_row = top.row;
    while out.len() < text.height as usize && line < lines.len() {
        let rows = textview::rows(&lines[line], width);
        for (row, &(start, end)) in rows.iter().enumerate().skip(first_row) {
            if out.len() == text.height as usize {
                break;
            }
            out.push(ScreenRow {
                pos: RowPos { line, row },
                start,
                end,
            });
        }
        first_row = 0;
        line += 1;
    }
    out
}

/// Draws the given rows of the text (each with its row on screen) cell by
/// cell: control characters as visible pictures, the cursor line, the
/// selection and the cursor. Returns the terminal cursor's position when
/// it marks the insertion point.
fn draw_text(
    app: &App,
    frame: &mut Frame,
    area: &TextBuffer,
    rows: &[(usize, &ScreenRow)],
    text: Rect,
) -> Option<Position> {
    let theme = &app.theme;
    let (cursor_line, cursor_col) = (area.cursor().0, area.cursor().1);
    let selection = area.selection_range();
    let selected = |line: usize, col: usize| {
        selection
            .is_some_and(|((l0, c0), (l1, c1))| (line, col) >= (l0, c0) && (line, col) < (l1, c1))
    };
    let focused = app.focus == Pane::Editor && app.overlay.is_none();
    let names = app.spell_names.names();
    // Rows of one line share its marks; only drawn lines are checked.
    let mut marks: Option<(usize, Vec<std::ops::Range<usize>>)> = None;
    let buffer = frame.buffer_mut();
    let mut cursor_cell = None;
    for &(y, row) in rows {
        let y = text.y + y as u16;
        let line = &area.lines()[row.pos.line];
        let on_cursor_line = row.pos.line == cursor_line;
        if marks.as_ref().is_none_or(|(l, _)| *l != row.pos.line) {
            let cursor = on_cursor_line.then_some(cursor_col);
            // Until the dictionaries are in (the first frames), no marks.
            let words = if app.doc.report.spelled() {
                spell_marks::marked_words(line, names, cursor)
            } else {
                Vec::new()
            };
            marks = Some((row.pos.line, words));
        }
        let misspelled = |col: usize| {
            marks
                .as_ref()
                .is_some_and(|(_, m)| m.iter().any(|r| r.contains(&col)))
        };
        let mut x = 0usize;
        for (col, c) in line
            .chars()
            .enumerate()
            .skip(row.start)
            .take(row.end - row.start)
        {
            let w = textview::char_width(c);
            if col == cursor_col && on_cursor_line {
                cursor_cell = Some((x.min(text.width as usize - 1), y));
            }
            if x + w > text.width as usize {
                // A space hanging past the edge is not drawn.
                continue;
            }
            if w == 0 {
                // A combining mark joins the character before it.
                if x > 0 {
                    let cell = &mut buffer[(text.x + x as u16 - 1, y)];
                    let joined = format!("{}{c}", cell.symbol());
                    cell.set_symbol(&joined);
                }
                continue;
            }
            let shown = shown_char(c);
            let mut style = Style::default();
            if on_cursor_line {
                style = style.patch(theme.cursor_line);
            }
            if misspelled(col) {
                style = style.patch(theme.misspelled);
            }
            if selected(row.pos.line, col) {
                style = style.patch(theme.selected);
            }
            let cell = &mut buffer[(text.x + x as u16, y)];
            cell.set_char(shown).set_style(style);
            for extra in 1..w {
                buffer[(text.x + (x + extra) as u16, y)].reset();
            }
            x += w;
        }
        let ends_line = row.end == line.chars().count();
        if on_cursor_line && cursor_col >= row.end && ends_line && cursor_cell.is_none() {
            cursor_cell = Some((x.min(text.width as usize - 1), y));
        }
    }
    let (x, y) = cursor_cell?;
    let (x, y) = (text.x + x as u16, y);
    if focused && !area.is_selecting() {
        // While the editor has focus the terminal's own cursor marks the
        // insertion point, as in the prompts: it blinks and takes the shape
        // the user chose, and a typed letter moves it without a byte more.
        frame.set_cursor_position((x, y));
        Some(Position::new(x, y))
    } else {
        let cell = &mut frame.buffer_mut()[(x, y)];
        let style = cell.style().patch(theme.cursor);
        cell.set_style(style);
        None
    }
}

/// What a character of the text shows as: control characters (and their
/// stand-ins inside the buffer) as pictures, tabs as a blank.
fn shown_char(c: char) -> char {
    if c == '\t' {
        return ' ';
    }
    let mut buf = [0; 4];
    placeholder(c)
        .or_else(|| editor::shown_placeholder(c.encode_utf8(&mut buf)))
        .unwrap_or(c)
}

#[cfg(test)]
#[path = "editor_tests.rs"]
mod tests;
