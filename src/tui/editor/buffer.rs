//! The section editor's text: lines, cursor, selection and the cut/copy
//! buffer, with the editing model of ratatui-textarea 0.9 (which the
//! editor used before, without its wrapping, drawing or history).
//!
//! It is our own because every editing call of that crate rebuilt its map
//! of screen rows for the whole text (measuring every character twice),
//! even with its wrapping off: 139 M instructions a key in a section of
//! 20,000 bullets. Here an edit touches only its own lines, and the buffer
//! remembers which lines changed so the section body is rewritten only
//! there (`write_changes`). `buffer_tests.rs` runs random keys on this
//! buffer and on the crate's text area side by side and expects the same
//! text, cursor, selection and cut text.

use super::{from_display, needs_swap};

mod edit;
mod moves;

pub use moves::Move;

/// A line and a column, in characters.
pub type Pos = (usize, usize);

/// A line, a column and the byte offset of that column in the line.
type At = (usize, usize, usize);

/// What copy or cut kept: text within one line, or lines.
#[derive(Debug, Clone)]
enum Yank {
    Piece(String),
    Chunk(Vec<String>),
}

/// One replaced span of a section's stored text: bytes
/// `at..at + inserted.len()` are `inserted` now and were `removed`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Splice {
    pub at: usize,
    pub removed: String,
    pub inserted: String,
}

/// Lines changed since the body was last written: the first `first` lines
/// and the last `tail` lines are as the body has them.
#[derive(Debug, Clone, Copy)]
struct Unwritten {
    first: usize,
    tail: usize,
}

#[derive(Debug, Clone)]
pub struct TextBuffer {
    lines: Vec<String>,
    cursor: Pos,
    selection_start: Option<Pos>,
    yank: Yank,
    unwritten: Option<Unwritten>,
    /// Counts changes to the text, so callers can tell whether a key
    /// changed it without comparing texts.
    revision: u64,
    /// Whether every line has the same bytes in the body as here (no
    /// control character is shown by a stand-in): only then can the body
    /// be patched by byte offsets counted here.
    same_bytes: bool,
    /// How many lines the body had when it was last written.
    written_lines: usize,
}

impl TextBuffer {
    /// A buffer for `body` as stored, shown as `lines` (the display form).
    pub(super) fn new(body: &str, lines: Vec<String>) -> TextBuffer {
        let lines = if lines.is_empty() {
            vec![String::new()]
        } else {
            lines
        };
        TextBuffer {
            written_lines: lines.len(),
            lines,
            cursor: (0, 0),
            selection_start: None,
            yank: Yank::Piece(String::new()),
            unwritten: None,
            revision: 0,
            same_bytes: !needs_swap(body),
        }
    }

    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    pub fn cursor(&self) -> Pos {
        self.cursor
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn start_selection(&mut self) {
        self.selection_start = Some(self.cursor);
    }

    pub fn cancel_selection(&mut self) {
        self.selection_start = None;
    }

    pub fn is_selecting(&self) -> bool {
        self.selection_start.is_some()
    }

    pub fn select_all(&mut self) {
        let last = self.lines.len() - 1;
        self.cursor = (last, self.lines[last].chars().count());
        self.selection_start = Some((0, 0));
    }

    /// The selection as (start, end), start first.
    pub fn selection_range(&self) -> Option<(Pos, Pos)> {
        self.selection_start.map(|start| {
            if start > self.cursor {
                (self.cursor, start)
            } else {
                (start, self.cursor)
            }
        })
    }

    /// What copy or cut took last.
    pub fn yank_text(&self) -> String {
        match &self.yank {
            Yank::Piece(s) => s.clone(),
            Yank::Chunk(lines) => lines.join("\n"),
        }
    }

    /// Notes that lines `start..old_end` of the `old_count` lines there
    /// were before an edit were replaced (by at least one line).
    fn replaced(&mut self, start: usize, old_end: usize, old_count: usize) {
        self.revision += 1;
        let tail = old_count - old_end;
        self.unwritten = Some(match self.unwritten {
            Some(u) => Unwritten {
                first: u.first.min(start),
                tail: u.tail.min(tail),
            },
            None => Unwritten { first: start, tail },
        });
    }

    /// Brings `body` (the text this buffer was made from, as last written)
    /// up to date, rewriting only the lines edited since; says what it
    /// replaced (whole lines), `None` if nothing was edited.
    pub fn write_changes(&mut self, body: &mut String) -> Option<Splice> {
        let Unwritten { first, tail } = self.unwritten.take()?;
        let end = self.lines.len() - tail;
        if self.same_bytes {
            let mut middle = String::new();
            for (i, line) in self.lines[first..end].iter().enumerate() {
                if i > 0 {
                    middle.push('\n');
                }
                match from_display(line) {
                    std::borrow::Cow::Borrowed(line) => middle.push_str(line),
                    std::borrow::Cow::Owned(_) => {
                        self.same_bytes = false;
                        break;
                    }
                }
            }
            if self.same_bytes {
                let span = self.old_span(body, first, tail);
                let removed = body[span.clone()].to_string();
                body.replace_range(span.clone(), &middle);
                self.written_lines = self.lines.len();
                return Some(Splice {
                    at: span.start,
                    removed,
                    inserted: middle,
                });
            }
        }
        // Rare (a control character in the text): the whole text.
        let removed = std::mem::take(body);
        self.write_all(body);
        self.written_lines = self.lines.len();
        Some(Splice {
            at: 0,
            removed,
            inserted: body.clone(),
        })
    }

    /// Where in `body` (as last written) the lines from `first` to the
    /// last `tail` lines are. The unchanged lines on the shorter side are
    /// counted here; the other edge is found by looking through the
    /// replaced lines in the body. Counting both sides cost a key in a
    /// section of 20,000 bullets a walk over all of them.
    fn old_span(&self, body: &str, first: usize, tail: usize) -> std::ops::Range<usize> {
        let bytes = |lines: &[String]| lines.iter().map(|l| l.len() + 1).sum::<usize>();
        // Lines of the body the span holds: at least the one edited.
        let replaced = self.written_lines - first - tail;
        let body = body.as_bytes();
        if first <= tail {
            let start = bytes(&self.lines[..first]);
            // The span ends at the newline that ends its last line (none
            // when it runs to the end).
            let end = body[start..]
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b == b'\n')
                .nth(replaced - 1)
                .map_or(body.len(), |(at, _)| start + at);
            return start..end;
        }
        let end = body.len() - bytes(&self.lines[self.lines.len() - tail..]);
        // The span starts after the newline that ends the line before it
        // (none when it starts the text).
        let start = body[..end]
            .iter()
            .enumerate()
            .rev()
            .filter(|&(_, &b)| b == b'\n')
            .nth(replaced - 1)
            .map_or(0, |(at, _)| at + 1);
        start..end
    }

    /// Replaces `body` with the whole text, as stored.
    pub fn write_all(&self, body: &mut String) {
        let lines = &self.lines;
        let len = lines.iter().map(String::len).sum::<usize>() + lines.len() - 1;
        body.clear();
        body.reserve(len);
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                body.push('\n');
            }
            body.push_str(&from_display(line));
        }
    }

    /// The byte offset of char column `col` in line `row` (its end if the
    /// line is shorter).
    fn offset(&self, row: usize, col: usize) -> usize {
        // As the crate did, a row past the end counts as the last line.
        let line = self
            .lines
            .get(row)
            .unwrap_or(&self.lines[self.lines.len() - 1]);
        line.char_indices().nth(col).map_or(line.len(), |(i, _)| i)
    }

    /// The selection as (row, col, byte offset) pairs, start first; `None`
    /// when it is empty. Ends it.
    fn take_selection(&mut self) -> Option<(At, At)> {
        let (sr, sc) = self.selection_start.take()?;
        let (er, ec) = self.cursor;
        let s = (sr, sc, self.offset(sr, sc));
        let e = (er, ec, self.offset(er, ec));
        match (s.0, s.2).cmp(&(e.0, e.2)) {
            std::cmp::Ordering::Less => Some((s, e)),
            std::cmp::Ordering::Equal => None,
            std::cmp::Ordering::Greater => Some((e, s)),
        }
    }

    pub fn copy(&mut self) {
        let Some((start, end)) = self.take_selection() else {
            return;
        };
        if start.0 == end.0 {
            self.yank = Yank::Piece(self.lines[start.0][start.2..end.2].to_string());
            return;
        }
        let mut chunk = vec![self.lines[start.0][start.2..].to_string()];
        chunk.extend(self.lines[start.0 + 1..end.0].iter().cloned());
        chunk.push(self.lines[end.0][..end.2].to_string());
        self.yank = Yank::Chunk(chunk);
    }
}

#[cfg(test)]
#[path = "buffer_tests.rs"]
mod tests;
