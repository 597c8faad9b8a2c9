//! Frames to the terminal, drawn over the last one and compared with what
//! it shows only where they were drawn.
//!
//! ratatui's `Terminal::draw` renders every frame into an empty buffer
//! and compares every cell with the last frame, working out each cell's
//! display width as it goes: for a 120×40 screen some 770,000 instructions
//! and a sweep through two 200 KB buffers, for a key that changes one row.
//! On a process that slept between keys those buffers are out of the
//! cache, and touching them cost more than the instructions.
//!
//! Here the buffer a frame is drawn into keeps the last frame (the
//! *canvas*). A drawing that knows what changed since (see
//! `view::View::draw`) redraws only those areas and says which; only rows
//! there are compared with what the terminal shows, first whole (field by
//! field, no widths) and, where they differ, through ratatui's width-aware
//! diff. A drawing that does not know starts from a blank canvas and the
//! whole frame is compared.

use std::io::{self, Write};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect};

use crate::tui::term::backend::FrameBackend;

/// What the buffer handed to a drawing holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Canvas {
    /// Every cell is blank.
    Blank,
    /// The last frame drawn, exactly as the terminal shows it. A drawing
    /// that does not redraw every cell must either reset the buffer first
    /// or say which areas it drew (`Drawn::redrawn`).
    LastFrame,
}

/// What drawing a frame says besides its cells.
#[derive(Debug, Default)]
pub struct Drawn {
    /// Where the terminal's cursor goes; `None` hides it.
    pub cursor: Option<Position>,
    /// On a [`Canvas::LastFrame`]: the only areas drawn, so cells outside
    /// them are the last frame's and need not be compared. `None`: any
    /// cell may have changed.
    pub redrawn: Option<Vec<Rect>>,
}

pub struct Frames<W: Write> {
    terminal: Terminal<FrameBackend<W>>,
    /// What the terminal shows: the last frame written. The canvas
    /// (ratatui's current buffer) equals it between frames while
    /// `shown_is_last`.
    shown: Buffer,
    /// `shown` is the last frame drawn and the terminal shows it (not so
    /// after a clear, a new size or a failed write).
    shown_is_last: bool,
    /// The terminal was resized: clear it in the next frame and write it
    /// whole.
    clear_next: bool,
    /// Where the last frame put the terminal's cursor (moved on by echoes).
    cursor: Option<Position>,
    /// Cells echoed since the last frame: `shown` has them, the canvas not,
    /// so the next frame compares them whatever it redraws.
    echoed: Vec<Rect>,
}

impl<W: Write> Frames<W> {
    pub fn new(backend: FrameBackend<W>) -> io::Result<Frames<W>> {
        let terminal = Terminal::new(backend)?;
        Ok(Frames {
            terminal,
            shown: Buffer::empty(Rect::ZERO),
            shown_is_last: false,
            clear_next: false,
            cursor: None,
            echoed: Vec::new(),
        })
    }

    pub fn backend_mut(&mut self) -> &mut FrameBackend<W> {
        self.terminal.backend_mut()
    }

    /// What the terminal shows (tests).
    #[cfg(test)]
    pub fn shown(&self) -> &Buffer {
        &self.shown
    }

    /// Columns and rows.
    pub fn size(&self) -> io::Result<(u16, u16)> {
        self.terminal.size().map(|s| (s.width, s.height))
    }

    /// The terminal says it was resized. What it shows is then unknown:
    /// terminals cut or reflow their content, and the size asked before
    /// the next frame may already be that of a later resize (so ratatui
    /// sees no change and would not clear). The next frame clears the
    /// screen and is written whole.
    pub fn resized(&mut self) {
        self.terminal.backend_mut().forget_size();
        self.clear_next = true;
    }

    /// Clears the screen; the next frame is written whole.
    pub fn clear(&mut self) -> io::Result<()> {
        self.terminal.clear()?;
        self.shown = Buffer::empty(self.shown.area);
        self.shown_is_last = false;
        self.cursor = None;
        Ok(())
    }

    /// Renders one frame over the last and writes what changed in one
    /// piece (see `FrameBackend`).
    pub fn draw(
        &mut self,
        render: impl FnOnce(&mut ratatui::Frame, Canvas) -> Drawn,
    ) -> io::Result<()> {
        // Everything from here to `end_frame` goes out in one write, the
        // clearing of a resized screen included.
        self.terminal.backend_mut().begin_frame();
        let resized = self.terminal.autoresize().and_then(|()| {
            if std::mem::take(&mut self.clear_next) {
                self.shown_is_last = false;
                self.terminal.clear()?;
            }
            Ok(())
        });
        if let Err(error) = resized {
            let _ = self.terminal.backend_mut().end_frame();
            return Err(error);
        }
        let area = self.terminal.get_frame().area();
        let canvas = if self.shown_is_last && self.shown.area == area {
            Canvas::LastFrame
        } else {
            self.shown = Buffer::empty(area);
            let blank = self.terminal.current_buffer_mut();
            blank.resize(area);
            blank.reset();
            Canvas::Blank
        };
        let Drawn { cursor, redrawn } = render(&mut self.terminal.get_frame(), canvas);
        // Out of the terminal while the backend writes; put back below.
        let next = std::mem::take(self.terminal.current_buffer_mut());
        let echoed = std::mem::take(&mut self.echoed);
        let only = redrawn
            .filter(|_| canvas == Canvas::LastFrame)
            .map(|mut areas| {
                areas.extend(echoed);
                areas
            });
        let only = only.as_deref();
        #[cfg(debug_assertions)]
        if let Some(only) = only {
            outside_is_unchanged(&self.shown, &next, only);
        }
        let rows = changed_rows(&self.shown, &next, only);
        let pairs: Vec<(Buffer, Buffer)> = rows
            .iter()
            .map(|&y| (row(&self.shown, y), row(&next, y)))
            .collect();
        let mut drawn = self.terminal.backend_mut().draw(
            pairs
                .iter()
                .flat_map(|(before, after)| before.diff(after).into_iter()),
        );
        drawn = drawn.and_then(|()| match cursor {
            None => self.terminal.hide_cursor(),
            Some(at) => self
                .terminal
                .show_cursor()
                .and_then(|()| self.terminal.set_cursor_position(at)),
        });
        let written = self.terminal.backend_mut().end_frame();
        // The terminal now shows the frame; the canvas keeps it for the
        // next frame to draw over.
        let width = usize::from(area.width);
        for y in rows {
            let cells = y * width..(y + 1) * width;
            self.shown.content[cells.clone()].clone_from_slice(&next.content[cells]);
        }
        *self.terminal.current_buffer_mut() = next;
        self.shown_is_last = drawn.is_ok() && written.is_ok();
        self.cursor = cursor.filter(|_| self.shown_is_last);
        drawn.and(written)
    }

    /// Writes a typed character `c` at the terminal's cursor at once,
    /// before the frame that takes the key in is drawn (see `app::echo`):
    /// the rest of the row inside `within` moves one cell right, and `c`
    /// takes the look of the character left of it. Done only when the
    /// cursor shown is inside `within` with a cell of it on the left, and
    /// the row's last cell there is blank (the row has room, so no word
    /// moves to the next one); true if it was written.
    ///
    /// The cells are recorded as shown but left out of the canvas, and the
    /// next frame compares them whatever it redraws: a right guess costs
    /// that frame nothing, a wrong one is written over by it.
    pub fn echo(&mut self, c: char, within: Rect) -> io::Result<bool> {
        let Some(at) = self
            .cursor
            .filter(|_| self.shown_is_last && !self.clear_next)
        else {
            return Ok(false);
        };
        let room = within.contains(at) && at.x > within.x && at.x + 1 < within.right();
        let row_end = Position::new(within.right() - 1, at.y);
        // A box from a layout of another size than the screen's is not
        // trusted (indexing outside the screen would panic).
        if !room || !self.shown.area.contains(row_end) || self.shown[row_end].symbol() != " " {
            return Ok(false);
        }
        // The row from the cell left of the cursor to the box's edge.
        let start = self.shown.index_of(at.x - 1, at.y);
        let end = self.shown.index_of(row_end.x, row_end.y) + 1;
        let row = &self.shown.content[start..end];
        if !row.iter().all(one_column) {
            // Wide characters, or marks joined to one: leave it to the frame.
            return Ok(false);
        }
        let mut typed = row[0].clone();
        typed.set_char(c);
        // Cell `i` of the row after the echo: the typed one at the cursor,
        // then each one from its left.
        let changed = (1..row.len())
            .map(|i| (i, if i == 1 { &typed } else { &row[i - 1] }))
            .filter(|&(i, new)| !same_cell(new, &row[i]))
            .map(|(i, new)| (at.x - 1 + i as u16, at.y, new));
        let next = Position::new(at.x + 1, at.y);
        let backend = self.terminal.backend_mut();
        backend.begin_frame();
        let written = backend
            .draw(changed)
            .and_then(|()| backend.set_cursor_position(next))
            .and_then(|()| backend.end_frame());
        if let Err(error) = written {
            self.shown_is_last = false;
            return Err(error);
        }
        let moved = &mut self.shown.content[start + 1..end];
        moved.rotate_right(1);
        moved[0] = typed;
        self.echoed
            .push(Rect::new(at.x, at.y, within.right() - at.x, 1));
        self.cursor = Some(next);
        Ok(true)
    }
}

/// One row of `buffer` (by index from its top) as a buffer at its place on
/// screen, for ratatui's diff, which then looks at the whole row.
fn row(buffer: &Buffer, y: usize) -> Buffer {
    let area = buffer.area;
    let width = usize::from(area.width);
    Buffer {
        area: Rect::new(area.x, area.y + y as u16, area.width, 1),
        content: buffer.content[y * width..(y + 1) * width].to_vec(),
    }
}

/// The rows (by index from the top) where `after` differs from `before`;
/// with `only`, looking only inside those areas.
fn changed_rows(before: &Buffer, after: &Buffer, only: Option<&[Rect]>) -> Vec<usize> {
    let area = after.area;
    let width = usize::from(area.width);
    if width == 0 || before.area != area {
        return (0..usize::from(area.height)).collect();
    }
    let mut stretches: Vec<(usize, usize)> = Vec::new();
    before
        .content
        .chunks(width)
        .zip(after.content.chunks(width))
        .enumerate()
        .filter(|(y, (old, new))| {
            let Some(only) = only else {
                return !same_cells(old, new);
            };
            let y = area.y + *y as u16;
            stretches.clear();
            stretches.extend(
                only.iter()
                    .filter(|r| r.top() <= y && y < r.bottom())
                    .map(|r| {
                        let start = usize::from(r.left().saturating_sub(area.x)).min(width);
                        let end = usize::from(r.right().saturating_sub(area.x)).min(width);
                        (start, end)
                    }),
            );
            stretches
                .iter()
                .any(|&(start, end)| !same_cells(&old[start..end], &new[start..end]))
        })
        .map(|(y, _)| y)
        .collect()
}

/// A drawing that says which areas it drew must have left every other
/// cell as the last frame had it: such a cell is never compared, so a
/// wrong claim would leave stale text on screen. Checked in debug builds
/// (every test), on every frame.
#[cfg(debug_assertions)]
fn outside_is_unchanged(before: &Buffer, after: &Buffer, only: &[Rect]) {
    for (i, (old, new)) in before.content.iter().zip(&after.content).enumerate() {
        let (x, y) = after.pos_of(i);
        let inside = only.iter().any(|r| r.contains(Position::new(x, y)));
        assert!(
            inside || same_cell(old, new),
            "cell {x},{y} changed outside the areas said to be redrawn: {old:?} -> {new:?}"
        );
    }
}

/// Whether two rows of cells look the same. Equal to `==` on the cells,
/// but cheaper: ratatui's `Cell::eq` calls `memcmp` for every symbol,
/// while here a one-byte symbol (most of a screen) is one comparison.
fn same_cells(old: &[Cell], new: &[Cell]) -> bool {
    old.len() == new.len() && old.iter().zip(new).all(|(a, b)| same_cell(a, b))
}

/// Whether a cell holds one character one column wide, so that moving it
/// by a cell moves exactly what the terminal shows there.
fn one_column(cell: &Cell) -> bool {
    let symbol = cell.symbol();
    symbol.chars().count() == 1 && unicode_width::UnicodeWidthStr::width(symbol) == 1
}

#[allow(deprecated)] // `skip` is still compared by `Cell::eq`.
fn same_cell(a: &Cell, b: &Cell) -> bool {
    if a.fg != b.fg
        || a.bg != b.bg
        || a.modifier != b.modifier
        || a.underline_color != b.underline_color
        || a.diff_option != b.diff_option
        || a.skip != b.skip
    {
        return false;
    }
    let (x, y) = (a.symbol().as_bytes(), b.symbol().as_bytes());
    match (x, y) {
        ([x], [y]) => x == y,
        _ => x == y,
    }
}

#[cfg(test)]
#[path = "frames_tests.rs"]
mod tests;
