//! The terminal backend: ratatui's cell diffs turned into as few bytes as
//! possible, written once per frame inside a synchronized update.
//!
//! ratatui's own crossterm backend forgets the terminal's state after every
//! frame: it resets all colours and attributes, hides the cursor again and
//! moves with absolute positions. A keystroke then costs some 55 bytes where
//! the changed cells need a handful. This backend remembers the pen (colours
//! and attributes), the cursor position and its visibility between frames,
//! moves relatively on the same row, and writes nothing at all for a frame
//! that changed nothing.
//!
//! A frame is wrapped in a synchronized update (`CSI ?2026h … l`) unless it
//! changes at most one row and is short: a typed letter, a cursor move.
//! Such a change has no half-drawn state worth hiding, arrives in one write,
//! and the wrapper would triple its size.
//!
//! Anything that writes to the terminal behind its back (leaving for an
//! external editor) must call [`FrameBackend::forget`] afterwards.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::Color;

use crate::markdown::sgr::{Pen, push_pen_change};

const SYNC_BEGIN: &[u8] = b"\x1b[?2026h";
/// The longest one-row frame written without a synchronized update.
const UNWRAPPED_MAX: usize = 128;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rows {
    None,
    One(u16),
    Several,
}

impl Rows {
    fn add(self, y: u16) -> Rows {
        match self {
            Rows::None => Rows::One(y),
            Rows::One(row) if row == y => self,
            _ => Rows::Several,
        }
    }
}

/// From this many blanks on, erasing them (`CSI n X`, then a move past
/// them) is shorter than printing them.
const MIN_ERASE: u16 = 9;
const SYNC_END: &[u8] = b"\x1b[?2026l";

/// Blanks in this pen look like erased cells in every terminal: no
/// background colour (terminals differ in erasing with one) and no
/// attribute. The foreground does not show on a blank.
fn erases_plainly(pen: Pen) -> bool {
    pen.bg == Color::Reset && pen.underline == Color::Reset && pen.modifier.is_empty()
}

fn pen_of(cell: &Cell) -> Pen {
    Pen {
        fg: cell.fg,
        bg: cell.bg,
        underline: cell.underline_color,
        modifier: cell.modifier,
    }
}

pub struct FrameBackend<W: Write> {
    out: W,
    /// Bytes of the frame being drawn.
    pending: Vec<u8>,
    /// Inside `begin_frame` … `end_frame`: hold output until the end.
    in_frame: bool,
    /// The rows this frame changed cells in: none, one, or several.
    rows: Rows,
    /// What the terminal is known to be doing; `None` when unknown.
    pen: Option<Pen>,
    cursor: Option<Position>,
    cursor_visible: Option<bool>,
    /// Columns, to know when printing reaches the last one (where the
    /// cursor stops instead of advancing); learnt from `size`.
    width: std::cell::Cell<u16>,
    /// The size when `out` is not the terminal (benchmarks, tests).
    fixed_size: Option<Size>,
    /// The terminal's size as last asked. Asking opens `/dev/tty` (three
    /// system calls), and ratatui asks before every frame; the size only
    /// changes with a resize event, which calls `forget_size`.
    known_size: std::cell::Cell<Option<Size>>,
}

impl<W: Write> FrameBackend<W> {
    pub fn new(out: W) -> Self {
        FrameBackend {
            out,
            pending: Vec::with_capacity(16 * 1024),
            in_frame: false,
            rows: Rows::None,
            pen: None,
            cursor: None,
            cursor_visible: None,
            width: std::cell::Cell::new(0),
            fixed_size: None,
            known_size: std::cell::Cell::new(None),
        }
    }

    /// A backend writing to `out`, which is not a terminal, as if to one of
    /// `width` × `height` (benchmarks and tests).
    pub fn with_size(out: W, width: u16, height: u16) -> Self {
        FrameBackend {
            fixed_size: Some(Size { width, height }),
            ..FrameBackend::new(out)
        }
    }

    /// What was written (when `out` is a buffer).
    #[cfg(test)]
    pub fn output_mut(&mut self) -> &mut W {
        &mut self.out
    }

    /// Makes a backend of [`FrameBackend::with_size`] as big as a resized
    /// terminal (tests).
    #[cfg(test)]
    pub fn set_size(&mut self, width: u16, height: u16) {
        self.fixed_size = Some(Size { width, height });
    }

    /// The terminal was resized: ask its size again before the next frame.
    pub fn forget_size(&mut self) {
        self.known_size.set(None);
    }

    /// Something else wrote to the terminal: assume nothing about it.
    pub fn forget(&mut self) {
        self.known_size.set(None);
        self.pen = None;
        self.cursor = None;
        self.cursor_visible = None;
    }

    /// Holds output until [`FrameBackend::end_frame`].
    pub fn begin_frame(&mut self) {
        self.in_frame = true;
        self.rows = Rows::None;
    }

    /// Writes the frame in one piece, inside a synchronized update so the
    /// terminal never shows it half drawn; a frame that changed nothing
    /// writes nothing.
    pub fn end_frame(&mut self) -> io::Result<()> {
        self.in_frame = false;
        if self.pending.is_empty() {
            return Ok(());
        }
        if self.rows != Rows::Several && self.pending.len() <= UNWRAPPED_MAX {
            let bytes = std::mem::take(&mut self.pending);
            let result = self.write_out(&bytes);
            self.pending = bytes;
            self.pending.clear();
            return result;
        }
        let mut frame = Vec::with_capacity(self.pending.len() + SYNC_BEGIN.len() + SYNC_END.len());
        frame.extend_from_slice(SYNC_BEGIN);
        frame.append(&mut self.pending);
        frame.extend_from_slice(SYNC_END);
        self.write_out(&frame)
    }

    /// Output outside a frame (OSC 52) goes straight out.
    pub fn write_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.send()?;
        self.write_out(bytes)
    }

    fn write_out(&mut self, bytes: &[u8]) -> io::Result<()> {
        let result = self.out.write_all(bytes).and_then(|()| self.out.flush());
        if result.is_err() {
            self.forget();
        }
        result
    }

    fn send(&mut self) -> io::Result<()> {
        if self.in_frame || self.pending.is_empty() {
            return Ok(());
        }
        let bytes = std::mem::take(&mut self.pending);
        let result = self.write_out(&bytes);
        self.pending = bytes;
        self.pending.clear();
        result
    }

    fn move_to(&mut self, to: Position) {
        if self.cursor == Some(to) {
            return;
        }
        let out = &mut self.pending;
        match self.cursor {
            Some(from) if from.y == to.y && to.x + 1 == from.x => out.push(b'\x08'),
            Some(from) if from.y == to.y && to.x > from.x => {
                let _ = write_bytes(out, format_args!("\x1b[{}C", to.x - from.x));
            }
            _ if to.x == 0 => {
                let _ = write_bytes(out, format_args!("\x1b[{}H", to.y + 1));
            }
            _ => {
                let _ = write_bytes(out, format_args!("\x1b[{};{}H", to.y + 1, to.x + 1));
            }
        }
        self.cursor = Some(to);
    }

    fn set_pen(&mut self, pen: Pen) {
        if self.pen == Some(pen) {
            return;
        }
        let mut sgr = String::new();
        push_pen_change(&mut sgr, self.pen, pen);
        self.pending.extend_from_slice(sgr.as_bytes());
        self.pen = Some(pen);
    }

    /// `len` blank cells with no colour or attribute from `start`.
    fn blank_run(&mut self, start: Position, len: u16) {
        self.move_to(start);
        if self.pen.is_none_or(|pen| !erases_plainly(pen)) {
            self.set_pen(Pen::DEFAULT);
        }
        if len < MIN_ERASE {
            for i in 0..len {
                self.print(start.x + i, start.y, " ");
            }
        } else {
            // Erasing leaves the cursor where it was.
            let _ = write_bytes(&mut self.pending, format_args!("\x1b[{len}X"));
        }
    }

    fn print(&mut self, x: u16, y: u16, symbol: &str) {
        self.pending.extend_from_slice(symbol.as_bytes());
        // At the last column the cursor stays put (pending wrap); after a
        // symbol terminals may disagree on, the next move is absolute.
        let advances = advances_one_column(symbol) && x + 1 < self.width.get();
        self.cursor = advances.then_some(Position { x: x + 1, y });
    }
}

/// Whether every terminal moves one column right after printing `symbol`:
/// one character that is one column wide (as ratatui itself assumes, so the
/// layout agrees) and not from the emoji and symbol planes, where widths
/// differ between terminals and fonts.
fn advances_one_column(symbol: &str) -> bool {
    let mut chars = symbol.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => {
            (c as u32) < 0x1F000 && unicode_width::UnicodeWidthChar::width(c) == Some(1)
        }
        _ => false,
    }
}

fn write_bytes(out: &mut Vec<u8>, args: std::fmt::Arguments) -> io::Result<()> {
    out.write_fmt(args)
}

impl<W: Write> Write for FrameBackend<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        // Unknown bytes may move the cursor or change the pen.
        self.forget();
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

impl<W: Write> Backend for FrameBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        // Runs of plain blanks are held back: a long one is erased in place
        // (ECH) instead of printed space by space.
        let mut blanks: Option<(Position, u16)> = None;
        for (x, y, cell) in content {
            self.rows = self.rows.add(y);
            let plain_blank = cell.symbol() == " " && erases_plainly(pen_of(cell));
            if let Some((start, len)) = blanks {
                if plain_blank && y == start.y && x == start.x + len {
                    blanks = Some((start, len + 1));
                    continue;
                }
                self.blank_run(start, len);
                blanks = None;
            }
            if plain_blank {
                blanks = Some((Position { x, y }, 1));
                continue;
            }
            self.move_to(Position { x, y });
            self.set_pen(pen_of(cell));
            self.print(x, y, cell.symbol());
        }
        if let Some((start, len)) = blanks {
            self.blank_run(start, len);
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_visible != Some(false) {
            self.pending.extend_from_slice(b"\x1b[?25l");
            self.cursor_visible = Some(false);
        }
        self.send()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_visible != Some(true) {
            self.pending.extend_from_slice(b"\x1b[?25h");
            self.cursor_visible = Some(true);
        }
        self.send()
    }

    /// Where this backend last put the cursor, without asking the
    /// terminal: a full-screen app never needs the answer, and the question
    /// (a status report request) costs a round trip over SSH and times out
    /// on terminals that do not answer — which made the redraw after the
    /// external editor or a suspend fail and leave a stale screen.
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor.unwrap_or(Position::ORIGIN))
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.move_to(position.into());
        self.send()
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        // Erasing paints with the current background, so reset it first.
        self.set_pen(Pen::DEFAULT);
        let code: &[u8] = match clear_type {
            ClearType::All => b"\x1b[2J",
            ClearType::AfterCursor => b"\x1b[J",
            ClearType::BeforeCursor => b"\x1b[1J",
            ClearType::CurrentLine => b"\x1b[2K",
            ClearType::UntilNewLine => b"\x1b[K",
        };
        self.pending.extend_from_slice(code);
        self.send()
    }

    fn size(&self) -> io::Result<Size> {
        let (width, height) = match self.fixed_size.or(self.known_size.get()) {
            Some(size) => (size.width, size.height),
            None => ratatui::crossterm::terminal::size()?,
        };
        self.known_size.set(Some(Size { width, height }));
        self.width.set(width);
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let size = ratatui::crossterm::terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: size.columns,
                height: size.rows,
            },
            pixels: Size {
                width: size.width,
                height: size.height,
            },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

#[cfg(test)]
#[path = "backend_tests.rs"]
mod tests;
