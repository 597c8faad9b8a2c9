//! How the editor lays its text out on screen: soft wrapping, scrolling and
//! the map between screen cells and text positions.
//!
//! The editing model is `buffer`'s; ratatui-textarea's own wrapping,
//! which the editor used before, carried the breaking space to the next
//! row, left `[` at a row's end, broke URLs after `https`, and re-wrapped
//! the whole section on every key (44 ms a key in a section of 20,000
//! bullets) with a scroll position that cannot pass row 65,535.
//! Here only the lines on screen are ever wrapped — each frame wraps at
//! most a screenful — so a key costs the same in any section, and the
//! scroll position is a line and a row within it, with no limit.

use unicode_width::UnicodeWidthChar;

use crate::markdown::placeholder;

/// Cells a character takes in the editor. Control characters are drawn as
/// a one-cell picture (see `draw`), tabs as one blank.
pub fn char_width(c: char) -> usize {
    if c == '\t' || placeholder(c).is_some() || super::is_stand_in(c) {
        return 1;
    }
    c.width().unwrap_or(0)
}

fn is_opening(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '<' | '"' | '\'' | '“' | '‘' | '«' | '„' | '`'
    )
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '>' | '”' | '’' | '»' | '.' | ',' | ';' | ':' | '!' | '?' | '%' | '…'
    )
}

/// Whether a new row may start at char `p` of `chars` (0 < p < len).
fn may_break_before(chars: &[char], p: usize) -> bool {
    let (before, at) = (chars[p - 1], chars[p]);
    if at == ' ' {
        return false;
    }
    if before == ' ' {
        // Never a lone closing mark or punctuation starting a row, never an
        // opening one ending the row before.
        let last_word_char = chars[..p].iter().rev().find(|c| **c != ' ');
        return !is_closing(at) && !last_word_char.is_some_and(|c| is_opening(*c));
    }
    // Inside a long word (a URL, a path, a compound): after `/` or `-`,
    // but not inside `://`, and not after a leading `-`.
    let word_char = at.is_alphanumeric();
    match before {
        '/' => word_char && p >= 2 && chars[p - 2] != '/' && chars[p - 2] != ':',
        '-' => word_char && p >= 2 && chars[p - 2].is_alphanumeric(),
        _ => false,
    }
}

/// Where each screen row of `line` starts, as char indices (the first is
/// always 0). Rows hold at most `width` cells, not counting spaces that end
/// a row: those hang past the edge, so no row starts with the space it was
/// broken at.
pub fn wrap(line: &str, width: usize) -> Vec<usize> {
    let width = width.max(1);
    let chars: Vec<char> = line.chars().collect();
    let mut starts = vec![0];
    let mut row_start = 0;
    let mut used = 0;
    // The latest place a new row could start within the current row.
    let mut last_break = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if i > row_start && may_break_before(&chars, i) {
            last_break = Some(i);
        }
        let w = char_width(c);
        if c != ' ' && used + w > width && i > row_start {
            let at = last_break.unwrap_or(i);
            starts.push(at);
            row_start = at;
            // What was already placed after the break moves down with it;
            // the spaces before it hang on the row above.
            used = chars[at..i].iter().map(|&c| char_width(c)).sum();
            last_break = None;
            continue;
        }
        used += w;
        i += 1;
    }
    starts
}

/// The screen rows of `line` as (start, end) char ranges.
pub fn rows(line: &str, width: usize) -> Vec<(usize, usize)> {
    let starts = wrap(line, width);
    let len = line.chars().count();
    starts
        .iter()
        .enumerate()
        .map(|(i, &s)| (s, starts.get(i + 1).copied().unwrap_or(len)))
        .collect()
}

/// The row of `line` that holds char column `col`, and the cell offset of
/// `col` within that row. A cursor on the spaces hanging after a row stays
/// on that row (it is drawn at most at the last cell).
pub fn locate(line: &str, col: usize, width: usize) -> (usize, usize) {
    let rows = rows(line, width);
    let row = rows
        .iter()
        .rposition(|&(start, _)| start <= col)
        .unwrap_or(0);
    let start = rows[row].0;
    let cells: usize = line
        .chars()
        .skip(start)
        .take(col - start)
        .map(char_width)
        .sum();
    (row, cells.min(width.saturating_sub(1)))
}

/// The char column in row `row` of `line` nearest to cell offset `cells`.
pub fn column_at(line: &str, row: usize, cells: usize, width: usize) -> usize {
    let rows = rows(line, width);
    let (start, end) = rows[row.min(rows.len() - 1)];
    let last_row = row + 1 >= rows.len();
    let mut used = 0;
    for (i, c) in line.chars().enumerate().skip(start).take(end - start) {
        let w = char_width(c);
        if used + w > cells {
            return i;
        }
        used += w;
    }
    // Past the row's text: its end, or on a wrapped row the last char
    // before the next row starts (so the cursor does not jump down).
    if last_row {
        end
    } else {
        end.saturating_sub(1).max(start)
    }
}

/// A place in the wrapped text: a line and a screen row within it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct RowPos {
    pub line: usize,
    pub row: usize,
}

/// The row `delta` screen rows away from `from` (clamped to the text).
pub fn step(lines: &[String], from: RowPos, delta: isize, width: usize) -> RowPos {
    let mut pos = from;
    let mut left = delta.unsigned_abs();
    while left > 0 {
        if delta > 0 {
            let count = wrap(&lines[pos.line], width).len();
            if pos.row + 1 < count {
                pos.row += 1;
            } else if pos.line + 1 < lines.len() {
                pos = RowPos {
                    line: pos.line + 1,
                    row: 0,
                };
            } else {
                break;
            }
        } else if pos.row > 0 {
            pos.row -= 1;
        } else if pos.line > 0 {
            let line = pos.line - 1;
            pos = RowPos {
                line,
                row: wrap(&lines[line], width).len() - 1,
            };
        } else {
            break;
        }
        left -= 1;
    }
    pos
}

/// The top row to show so that `cursor` is visible in `height` rows,
/// moving as little as possible from `top`. Wraps only lines on screen.
pub fn scroll_to(
    lines: &[String],
    top: RowPos,
    cursor: RowPos,
    height: usize,
    width: usize,
) -> RowPos {
    let height = height.max(1);
    let top = RowPos {
        line: top.line.min(lines.len().saturating_sub(1)),
        row: top.row,
    };
    if cursor <= top {
        return cursor;
    }
    // Within a screen of the top? Count the rows between them, wrapping
    // each line once (not once per row, as stepping would).
    if cursor.line - top.line < height {
        let mut rows = cursor.row;
        for line in &lines[top.line..cursor.line] {
            rows += wrap(line, width).len();
            if rows >= height + top.row {
                break;
            }
        }
        if rows.saturating_sub(top.row) < height {
            return top;
        }
    }
    // Put the cursor on the last row.
    step(lines, cursor, -(height as isize - 1), width)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(line: &str, width: usize) -> Vec<String> {
        rows(line, width)
            .into_iter()
            .map(|(s, e)| line.chars().skip(s).take(e - s).collect())
            .collect()
    }

    #[test]
    fn breaking_spaces_hang_at_the_row_end_and_never_start_a_row() {
        let rows = shown("Cut p99 latency from 800 ms to 180 ms.", 16);
        assert_eq!(rows, ["Cut p99 latency ", "from 800 ms to ", "180 ms."]);
        assert!(rows.iter().all(|r| !r.starts_with(' ')));
    }

    #[test]
    fn opening_brackets_stay_with_their_word_and_punctuation_with_its_own() {
        for row in shown("Built the [service name] with care .", 11) {
            assert!(!row.trim_end().ends_with('['), "{row:?}");
            assert!(!row.starts_with('.'), "{row:?}");
        }
        let rows = shown("Replace the ( placeholder ) here", 13);
        assert!(
            rows.iter().all(|r| !r.trim_end().ends_with('(')),
            "{rows:?}"
        );
    }

    #[test]
    fn urls_break_at_slashes_and_hyphens_not_after_the_scheme() {
        let rows = shown(
            "See https://github.com/example-user/rate-limiter-service",
            20,
        );
        assert_eq!(rows[0], "See ");
        assert!(rows[1].starts_with("https://github.com/"), "{rows:?}");
        for row in &rows[1..] {
            assert!(row.chars().count() <= 20);
        }
        assert_eq!(
            rows.concat(),
            "See https://github.com/example-user/rate-limiter-service"
        );
    }

    #[test]
    fn a_word_longer_than_a_row_is_cut_and_nothing_is_lost() {
        assert_eq!(shown("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(shown("", 4), [""]);
        assert_eq!(shown("東京東京", 5), ["東京", "東京"]);
    }

    #[test]
    fn the_cursor_is_found_on_its_row_and_back() {
        let line = "Cut p99 latency from 800 ms to 180 ms.";
        assert_eq!(locate(line, 0, 16), (0, 0));
        assert_eq!(locate(line, 16, 16), (1, 0), "after the space: next row");
        assert_eq!(locate(line, 15, 16), (0, 15), "on the hanging space");
        assert_eq!(column_at(line, 1, 3, 16), 19);
        assert_eq!(column_at(line, 2, 99, 16), line.chars().count());
        assert_eq!(column_at(line, 0, 99, 16), 15, "end of a wrapped row");
    }

    #[test]
    fn scrolling_keeps_the_cursor_on_screen_and_moves_little() {
        let lines: Vec<String> = (0..1000).map(|i| format!("line {i}")).collect();
        let top = RowPos::default();
        let end = RowPos { line: 999, row: 0 };
        assert_eq!(
            scroll_to(&lines, top, end, 10, 40),
            RowPos { line: 990, row: 0 }
        );
        let near = RowPos { line: 5, row: 0 };
        assert_eq!(scroll_to(&lines, top, near, 10, 40), top);
        let below = RowPos { line: 10, row: 0 };
        assert_eq!(
            scroll_to(&lines, top, below, 10, 40),
            RowPos { line: 1, row: 0 }
        );
        assert_eq!(scroll_to(&lines, end, top, 10, 40), top);
    }

    #[test]
    fn steps_go_by_screen_rows() {
        let lines = vec!["aaaa bbbb cccc".to_string(), "dd".to_string()];
        let start = RowPos::default();
        assert_eq!(step(&lines, start, 1, 5), RowPos { line: 0, row: 1 });
        assert_eq!(step(&lines, start, 3, 5), RowPos { line: 1, row: 0 });
        assert_eq!(step(&lines, start, 9, 5), RowPos { line: 1, row: 0 });
        assert_eq!(
            step(&lines, RowPos { line: 1, row: 0 }, -1, 5),
            RowPos { line: 0, row: 2 }
        );
    }

    /// `scroll_to` as it was: stepping row by row from the top.
    fn scroll_by_steps(
        lines: &[String],
        top: RowPos,
        cursor: RowPos,
        height: usize,
        width: usize,
    ) -> RowPos {
        if cursor <= top {
            return cursor;
        }
        if cursor.line - top.line < height {
            let (mut rows, mut pos) = (0, top);
            while pos < cursor && rows < height {
                pos = step(lines, pos, 1, width);
                rows += 1;
            }
            if rows < height {
                return top;
            }
        }
        step(lines, cursor, -(height as isize - 1), width)
    }

    #[test]
    fn counting_rows_a_line_at_a_time_scrolls_as_stepping_did() {
        let lines: Vec<String> = (0..14).map(|i| "word ".repeat(i * 3 % 11)).collect();
        let width = 12;
        let positions: Vec<RowPos> = (0..lines.len())
            .flat_map(|line| {
                (0..wrap(&lines[line], width).len()).map(move |row| RowPos { line, row })
            })
            .collect();
        for height in [1, 2, 5, 9] {
            for &top in &positions {
                for &cursor in &positions {
                    assert_eq!(
                        scroll_to(&lines, top, cursor, height, width),
                        scroll_by_steps(&lines, top, cursor, height, width),
                        "top {top:?} cursor {cursor:?} height {height}"
                    );
                }
            }
        }
    }
}
