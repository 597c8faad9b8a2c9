//! Cursor moves, as ratatui-textarea 0.9 makes them with its wrapping off:
//! columns for Up and Down (and for Forward and Back at a line's ends) are
//! counted in terminal cells, with tabs reaching the next multiple of four
//! and control characters taking none — the crate's quirks are kept, so a
//! key does what it did.

use ratatui::buffer::CellWidth as _;

use super::{Pos, TextBuffer};

/// Where to move the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// One character on, or to the head of the next line.
    Forward,
    /// One character back, or to the end of the previous line.
    Back,
    /// One line up or down, keeping the cell column where the line allows.
    Up,
    Down,
    /// The head or end of the line.
    Head,
    End,
    /// The first or last line, keeping the column where it fits.
    Top,
    Bottom,
    /// The start of the next word (or the next line's head).
    WordForward,
    /// The start of this or the previous word (or the previous line's end).
    WordBack,
    /// A line and column, brought inside the text.
    Jump(usize, usize),
}

const TAB: usize = 4;

/// Cells a character takes at cell column `col`, as the crate counts them.
fn cells(c: char, col: usize) -> usize {
    if c == '\t' {
        TAB - col % TAB
    } else if c.is_control() {
        0
    } else {
        usize::from(c.encode_utf8(&mut [0; 4]).cell_width())
    }
}

/// The cell column after the first `chars` characters of `line`.
fn cell_column(line: &str, chars: usize) -> usize {
    line.chars()
        .take(chars)
        .fold(0, |col, c| col + cells(c, col))
}

/// How many characters of `line` fit before cell column `target`.
fn chars_before_cell(line: &str, target: usize) -> usize {
    let (mut col, mut chars) = (0, 0);
    for c in line.chars() {
        if col >= target {
            break;
        }
        let w = cells(c, col);
        if col + w > target {
            break;
        }
        col += w;
        chars += 1;
    }
    chars
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum CharKind {
    Space,
    Punct,
    Other,
}

fn kind(c: char) -> CharKind {
    if c.is_whitespace() {
        CharKind::Space
    } else if c != '_' && c.is_ascii_punctuation() {
        CharKind::Punct
    } else {
        CharKind::Other
    }
}

/// The column of the next word's start after `start` on `line`.
pub(super) fn word_start_forward(line: &str, start: usize) -> Option<usize> {
    let mut it = line.chars().enumerate().skip(start);
    let mut prev = kind(it.next()?.1);
    for (col, c) in it {
        let cur = kind(c);
        if cur != CharKind::Space && prev != cur {
            return Some(col);
        }
        prev = cur;
    }
    None
}

/// The column just past the word at or after `start` on `line`.
pub(super) fn word_end_forward(line: &str, start: usize) -> Option<usize> {
    let mut it = line.chars().enumerate().skip(start);
    let mut prev = kind(it.next()?.1);
    for (col, c) in it {
        let cur = kind(c);
        if prev != CharKind::Space && prev != cur {
            return Some(col);
        }
        prev = cur;
    }
    None
}

/// The column where the word before `start` on `line` starts.
pub(super) fn word_start_backward(line: &str, start: usize) -> Option<usize> {
    let idx = line
        .char_indices()
        .nth(start)
        .map_or(line.len(), |(i, _)| i);
    let mut it = line[..idx].chars().rev().enumerate();
    let mut cur = kind(it.next()?.1);
    for (i, c) in it {
        let next = kind(c);
        if cur != CharKind::Space && next != cur {
            return Some(start - i);
        }
        cur = next;
    }
    (cur != CharKind::Space).then_some(0)
}

impl TextBuffer {
    fn chars_in(&self, row: usize) -> usize {
        self.lines[row].chars().count()
    }

    /// Moves the cursor; a selection being made stays anchored.
    pub fn move_cursor(&mut self, m: Move) {
        if let Some(to) = self.next_cursor(m) {
            self.cursor = to;
        }
    }

    /// Where `m` takes the cursor, `None` where it cannot go.
    pub(super) fn next_cursor(&self, m: Move) -> Option<Pos> {
        let (row, col) = self.cursor;
        let line = &self.lines[row];
        let last = self.lines.len() - 1;
        Some(match m {
            Move::Forward => {
                if cell_column(line, col) >= cell_column(line, usize::MAX) {
                    (row < last).then_some((row + 1, 0))?
                } else {
                    (row, col + 1)
                }
            }
            Move::Back => {
                if cell_column(line, col) == 0 {
                    let prev = &self.lines[row.checked_sub(1)?];
                    (
                        row - 1,
                        chars_before_cell(prev, cell_column(prev, usize::MAX)),
                    )
                } else {
                    (row, col - 1)
                }
            }
            Move::Up | Move::Down => {
                let to = if m == Move::Up {
                    row.checked_sub(1)?
                } else {
                    (row < last).then_some(row + 1)?
                };
                let target = &self.lines[to];
                let cell = cell_column(line, col).min(cell_column(target, usize::MAX));
                (to, chars_before_cell(target, cell))
            }
            Move::Head => (row, 0),
            Move::End => (row, self.chars_in(row)),
            Move::Top => (0, col.min(self.chars_in(0))),
            Move::Bottom => (last, col.min(self.chars_in(last))),
            Move::WordForward => match word_start_forward(line, col) {
                Some(col) => (row, col),
                None if row < last => (row + 1, 0),
                None => (row, self.chars_in(row)),
            },
            Move::WordBack => match word_start_backward(line, col) {
                Some(col) => (row, col),
                None if row > 0 => (row - 1, self.chars_in(row - 1)),
                None => (row, 0),
            },
            Move::Jump(row, col) => {
                let row = row.min(last);
                (row, col.min(self.chars_in(row)))
            }
        })
    }
}
