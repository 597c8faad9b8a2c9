//! Edits, as ratatui-textarea 0.9 makes them (return values included: true
//! when the text changed, with the crate's exceptions kept). Each edit
//! tells `replaced` which lines it rewrote.

use super::moves::{Move, word_end_forward, word_start_backward};
use super::{At, TextBuffer, Yank};

impl TextBuffer {
    pub fn insert_char(&mut self, c: char) {
        if c == '\n' || c == '\r' {
            self.insert_newline();
            return;
        }
        self.delete_selection(false);
        let (row, col) = self.cursor;
        let at = self.offset(row, col);
        self.lines[row].insert(at, c);
        self.cursor.1 += 1;
        self.replaced(row, row + 1, self.lines.len());
    }

    /// Inserts text that may hold line breaks (a CR before one is dropped).
    pub fn insert_str(&mut self, s: impl AsRef<str>) -> bool {
        let modified = self.delete_selection(false);
        let mut lines: Vec<String> = s
            .as_ref()
            .split('\n')
            .map(|s| s.strip_suffix('\r').unwrap_or(s).to_string())
            .collect();
        match lines.len() {
            0 => modified,
            1 => self.insert_piece(lines.remove(0)),
            _ => self.insert_chunk(lines),
        }
    }

    fn insert_piece(&mut self, s: String) -> bool {
        if s.is_empty() {
            return false;
        }
        let (row, col) = self.cursor;
        let at = self.offset(row, col);
        self.lines[row].insert_str(at, &s);
        self.cursor.1 += s.chars().count();
        self.replaced(row, row + 1, self.lines.len());
        true
    }

    fn insert_chunk(&mut self, chunk: Vec<String>) -> bool {
        let (row, col) = self.cursor;
        let old_count = self.lines.len();
        let at = self.offset(row, col);
        let last = chunk.len() - 1;
        self.cursor = (row + last, chunk[last].chars().count());
        let first_line = &mut self.lines[row];
        let rest = first_line.split_off(at);
        first_line.push_str(&chunk[0]);
        let mut last_line = chunk[last].clone();
        last_line.push_str(&rest);
        self.lines.insert(row + 1, last_line);
        self.lines
            .splice(row + 1..row + 1, chunk[1..last].iter().cloned());
        self.replaced(row, row + 1, old_count);
        true
    }

    /// Deletes from `start` to `end` (start first), keeping it for paste
    /// if `yank`.
    fn delete_range(&mut self, start: At, end: At, yank: bool) {
        let old_count = self.lines.len();
        self.cursor = (start.0, start.1);
        if start.0 == end.0 {
            let removed: String = self.lines[start.0].drain(start.2..end.2).collect();
            if yank {
                self.yank = Yank::Piece(removed);
            }
            self.replaced(start.0, start.0 + 1, old_count);
            return;
        }
        let mut deleted = vec![self.lines[start.0].split_off(start.2)];
        deleted.extend(self.lines.drain(start.0 + 1..end.0));
        let mut last_line = self.lines.remove(start.0 + 1);
        self.lines[start.0].push_str(&last_line[end.2..]);
        last_line.truncate(end.2);
        deleted.push(last_line);
        if yank {
            self.yank = Yank::Chunk(deleted);
        }
        self.replaced(start.0, end.0 + 1, old_count);
    }

    /// Deletes up to `chars` characters of the cursor's line from `col`
    /// on, keeping them for paste.
    fn delete_piece(&mut self, col: usize, chars: usize) -> bool {
        if chars == 0 {
            return false;
        }
        let row = self.cursor.0;
        let line = &mut self.lines[row];
        let Some((at, _)) = line.char_indices().nth(col) else {
            return false;
        };
        let bytes = line[at..]
            .char_indices()
            .nth(chars)
            .map_or(line.len() - at, |(i, _)| i);
        let removed: String = line.drain(at..at + bytes).collect();
        self.cursor = (row, col);
        self.yank = Yank::Piece(removed);
        self.replaced(row, row + 1, self.lines.len());
        true
    }

    fn delete_selection(&mut self, yank: bool) -> bool {
        match self.take_selection() {
            Some((start, end)) => {
                self.delete_range(start, end, yank);
                true
            }
            None => false,
        }
    }

    pub fn cut(&mut self) -> bool {
        self.delete_selection(true)
    }

    pub fn paste(&mut self) -> bool {
        self.delete_selection(false);
        match self.yank.clone() {
            Yank::Piece(s) => self.insert_piece(s),
            Yank::Chunk(c) => self.insert_chunk(c),
        }
    }

    pub fn insert_newline(&mut self) {
        self.delete_selection(false);
        let (row, col) = self.cursor;
        let at = self.offset(row, col);
        let next = self.lines[row].split_off(at);
        self.lines.insert(row + 1, next);
        self.cursor = (row + 1, 0);
        self.replaced(row, row + 1, self.lines.len() - 1);
    }

    /// Joins the cursor's line to the one before.
    fn delete_newline(&mut self) -> bool {
        if self.delete_selection(false) {
            return true;
        }
        let row = self.cursor.0;
        if row == 0 {
            return false;
        }
        let line = self.lines.remove(row);
        let prev = &mut self.lines[row - 1];
        self.cursor = (row - 1, prev.chars().count());
        prev.push_str(&line);
        self.replaced(row - 1, row + 1, self.lines.len() + 1);
        true
    }

    /// Backspace.
    pub fn delete_char(&mut self) -> bool {
        if self.delete_selection(false) {
            return true;
        }
        let (row, col) = self.cursor;
        if col == 0 {
            return self.delete_newline();
        }
        let line = &mut self.lines[row];
        let Some((at, _)) = line.char_indices().nth(col - 1) else {
            return false;
        };
        line.remove(at);
        self.cursor.1 -= 1;
        self.replaced(row, row + 1, self.lines.len());
        true
    }

    /// Delete.
    pub fn delete_next_char(&mut self) -> bool {
        if self.delete_selection(false) {
            return true;
        }
        match self.next_cursor(Move::Forward) {
            Some(to) if to != self.cursor => {
                self.cursor = to;
                self.delete_char()
            }
            _ => false,
        }
    }

    /// Ctrl-K: to the end of the line, or the line break there.
    pub fn delete_line_by_end(&mut self) -> bool {
        if self.delete_selection(false) {
            return true;
        }
        if self.delete_piece(self.cursor.1, usize::MAX) {
            return true;
        }
        self.delete_next_char()
    }

    /// Ctrl-U: to the head of the line, or the line break before it.
    pub fn delete_line_by_head(&mut self) -> bool {
        if self.delete_selection(false) {
            return true;
        }
        if self.delete_piece(0, self.cursor.1) {
            return true;
        }
        self.delete_newline()
    }

    /// The word before the cursor.
    pub fn delete_word(&mut self) -> bool {
        if self.delete_selection(false) {
            return true;
        }
        let (row, col) = self.cursor;
        if let Some(start) = word_start_backward(&self.lines[row], col) {
            self.delete_piece(start, col - start)
        } else if col > 0 {
            self.delete_piece(0, col)
        } else {
            self.delete_newline()
        }
    }

    /// The word after the cursor.
    pub fn delete_next_word(&mut self) -> bool {
        if self.delete_selection(false) {
            return true;
        }
        let (row, col) = self.cursor;
        let line = &self.lines[row];
        if let Some(end) = word_end_forward(line, col) {
            self.delete_piece(col, end - col)
        } else {
            let end = line.chars().count();
            if col < end {
                self.delete_piece(col, end - col)
            } else if row + 1 < self.lines.len() {
                self.cursor = (row + 1, 0);
                self.delete_newline()
            } else {
                false
            }
        }
    }
}
