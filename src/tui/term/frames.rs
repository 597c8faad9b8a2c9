//! Frames to the terminal, compared with what it shows row by row.
//!
//! ratatui's `Terminal::draw` compares every cell of the new frame with the
//! last one, working out each cell's display width as it goes: about 160
//! instructions a cell, some 770,000 for a 120×40 screen, more than the
//! rest of a keystroke together. A key changes one or two rows, so rows
//! are first compared whole (field by field, no widths), and only the
//! rows that differ go through ratatui's width-aware diff. Areas the
//! drawing knows it copied unchanged from the last frame (panes drawn from
//! the same inputs, see `view::pane_cache`) are not compared at all. The
//! frame is still rendered by ratatui's `Terminal` into its buffer; this
//! type keeps the copy of what the terminal shows and hands the changes to
//! the backend.

use std::io::{self, Write};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect};

use crate::tui::term::backend::FrameBackend;

/// What drawing a frame says besides its cells.
#[derive(Debug, Default)]
pub struct Drawn {
    /// Where the terminal's cursor goes; `None` hides it.
    pub cursor: Option<Position>,
    /// Areas holding the same cells as the last frame drawn, which need
    /// not be compared.
    pub unchanged: Vec<Rect>,
}

pub struct Frames<W: Write> {
    terminal: Terminal<FrameBackend<W>>,
    /// What the terminal shows: the last frame written.
    shown: Buffer,
    /// `shown` is the last frame drawn, so what a drawing says it kept
    /// from the last frame is on screen (not so after a clear, a new size
    /// or a failed write).
    shown_is_last: bool,
    /// The terminal was resized: clear it in the next frame and write it
    /// whole.
    clear_next: bool,
}

impl<W: Write> Frames<W> {
    pub fn new(backend: FrameBackend<W>) -> io::Result<Frames<W>> {
        let terminal = Terminal::new(backend)?;
        Ok(Frames {
            terminal,
            shown: Buffer::empty(Rect::ZERO),
            shown_is_last: false,
            clear_next: false,
        })
    }

    pub fn backend_mut(&mut self) -> &mut FrameBackend<W> {
        self.terminal.backend_mut()
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
        Ok(())
    }

    /// Renders one frame and writes what changed in one piece (see
    /// `FrameBackend`).
    pub fn draw(&mut self, render: impl FnOnce(&mut ratatui::Frame) -> Drawn) -> io::Result<()> {
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
        let mut frame = self.terminal.get_frame();
        let area = frame.area();
        let Drawn { cursor, unchanged } = render(&mut frame);
        if area != self.shown.area || !self.shown_is_last {
            self.shown = Buffer::empty(area);
            self.shown_is_last = false;
        }
        let next = std::mem::take(self.terminal.current_buffer_mut());
        let unchanged = if self.shown_is_last {
            &unchanged[..]
        } else {
            &[]
        };
        let rows = changed_rows(&self.shown, &next, unchanged);
        let mut drawn = self.terminal.backend_mut().draw(
            rows.iter()
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
        // The frame drawn is now what the terminal shows; the buffer it
        // replaces is cleared for the next frame to render into.
        let mut free = std::mem::replace(&mut self.shown, next);
        free.resize(area);
        free.reset();
        *self.terminal.current_buffer_mut() = free;
        self.shown_is_last = true;
        if drawn.is_err() || written.is_err() {
            // Part of the frame may be missing on screen: write all next time.
            self.shown = Buffer::empty(area);
            self.shown_is_last = false;
        }
        drawn.and(written)
    }
}

/// The rows of `after` that differ from `before` outside the `unchanged`
/// areas, each as a pair of one-row buffers at its place on screen, for
/// ratatui's diff (which then looks at the whole row).
fn changed_rows(before: &Buffer, after: &Buffer, unchanged: &[Rect]) -> Vec<(Buffer, Buffer)> {
    let area = after.area;
    let width = usize::from(area.width);
    if width == 0 {
        return Vec::new();
    }
    let row = |y: usize, cells: &[Cell]| Buffer {
        area: Rect::new(area.x, area.y + y as u16, area.width, 1),
        content: cells.to_vec(),
    };
    let mut skipped: Vec<(usize, usize)> = Vec::new();
    before
        .content
        .chunks(width)
        .zip(after.content.chunks(width))
        .enumerate()
        .filter(|(y, (old, new))| {
            let y = area.y + *y as u16;
            skipped.clear();
            skipped.extend(
                unchanged
                    .iter()
                    .filter(|r| r.top() <= y && y < r.bottom())
                    .map(|r| {
                        let start = usize::from(r.left().saturating_sub(area.x)).min(width);
                        (
                            start,
                            usize::from(r.right().saturating_sub(area.x)).min(width),
                        )
                    }),
            );
            skipped.sort_unstable();
            // Compare the stretches between the skipped areas.
            let mut from = 0;
            for &(start, end) in skipped.iter().chain([&(width, width)]) {
                if start > from && !same_cells(&old[from..start], &new[from..start]) {
                    return true;
                }
                from = from.max(end);
            }
            false
        })
        .map(|(y, (old, new))| (row(y, old), row(y, new)))
        .collect()
}

/// Whether two rows of cells look the same. Equal to `==` on the cells,
/// but cheaper: ratatui's `Cell::eq` calls `memcmp` for every symbol,
/// while here a one-byte symbol (most of a screen) is one comparison.
fn same_cells(old: &[Cell], new: &[Cell]) -> bool {
    old.len() == new.len() && old.iter().zip(new).all(|(a, b)| same_cell(a, b))
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
mod tests {
    use super::*;
    use ratatui::style::{Color, Style};
    use ratatui::text::Line;
    use ratatui::widgets::Paragraph;

    fn frames() -> Frames<Vec<u8>> {
        Frames::new(FrameBackend::with_size(Vec::new(), 20, 3)).unwrap()
    }

    /// What was written since the last look.
    fn written(frames: &mut Frames<Vec<u8>>) -> String {
        let out = std::mem::take(frames.backend_mut().output_mut());
        String::from_utf8(out).unwrap()
    }

    fn draw_lines(frames: &mut Frames<Vec<u8>>, lines: &[&str], cursor: Option<Position>) {
        frames
            .draw(|frame| {
                let text: Vec<Line> = lines.iter().map(|l| Line::raw(*l)).collect();
                frame.render_widget(Paragraph::new(text), frame.area());
                Drawn {
                    cursor,
                    unchanged: Vec::new(),
                }
            })
            .unwrap();
    }

    #[test]
    fn only_the_changed_cells_of_changed_rows_are_written() {
        let mut frames = frames();
        draw_lines(&mut frames, &["alpha", "beta", "gamma"], None);
        let first = written(&mut frames);
        assert!(
            first.contains("alpha") && first.contains("gamma"),
            "{first:?}"
        );

        draw_lines(&mut frames, &["alpha", "bets", "gamma"], None);
        let second = written(&mut frames);
        assert!(second.ends_with('s'), "one cell: {second:?}");
        assert!(!second.contains("alpha") && !second.contains("gamma"));

        draw_lines(&mut frames, &["alpha", "bets", "gamma"], None);
        assert_eq!(written(&mut frames), "", "nothing changed, nothing written");
    }

    #[test]
    fn the_cursor_goes_where_render_says_and_hides_without_one() {
        let mut frames = frames();
        draw_lines(&mut frames, &["ab"], Some(Position::new(1, 0)));
        let shown = written(&mut frames);
        assert!(shown.contains("\x1b[?25h"), "cursor shown: {shown:?}");
        draw_lines(&mut frames, &["ab"], None);
        assert!(written(&mut frames).contains("\x1b[?25l"), "cursor hidden");
    }

    #[test]
    fn a_style_change_alone_is_written_and_wide_characters_stay_whole() {
        let mut frames = frames();
        draw_lines(&mut frames, &["日本 x"], None);
        written(&mut frames);
        frames
            .draw(|frame| {
                let line = Line::styled("日本 x", Style::new().fg(Color::Red));
                frame.render_widget(Paragraph::new(line), frame.area());
                Drawn::default()
            })
            .unwrap();
        let restyled = written(&mut frames);
        // Each wide character once, in red, and no stray cell between.
        assert_eq!(restyled.matches('日').count(), 1, "{restyled:?}");
        assert_eq!(restyled.matches('本').count(), 1, "{restyled:?}");
        assert!(restyled.contains("\x1b[31m"), "red: {restyled:?}");
        assert!(restyled.ends_with(" x"), "{restyled:?}");
    }

    #[test]
    fn cells_compare_as_ratatui_compares_them() {
        let plain = |symbol: &str| {
            let mut cell = Cell::default();
            cell.set_symbol(symbol);
            cell
        };
        let mut red = plain("a");
        red.set_fg(Color::Red);
        let cells = [
            Cell::EMPTY,
            plain(" "),
            plain("a"),
            plain("b"),
            plain("日"),
            plain("é"),
            plain("e\u{301}"),
            red,
        ];
        for a in &cells {
            for b in &cells {
                assert_eq!(same_cell(a, b), a == b, "{a:?} {b:?}");
            }
        }
    }

    /// Draws `lines`, saying rows `kept` are as in the last frame.
    fn draw_claiming(frames: &mut Frames<Vec<u8>>, lines: &[&str], kept: Rect) {
        frames
            .draw(|frame| {
                let text: Vec<Line> = lines.iter().map(|l| Line::raw(*l)).collect();
                frame.render_widget(Paragraph::new(text), frame.area());
                Drawn {
                    cursor: None,
                    unchanged: vec![kept],
                }
            })
            .unwrap();
    }

    #[test]
    fn areas_kept_from_the_last_frame_are_not_compared_unless_the_screen_was_reset() {
        let mut frames = frames();
        let first_row = Rect::new(0, 0, 20, 1);
        draw_lines(&mut frames, &["alpha", "beta"], None);
        written(&mut frames);
        // A (false) claim shows it is trusted: the first row is not looked at.
        draw_claiming(&mut frames, &["ALPHA", "bets"], first_row);
        let out = written(&mut frames);
        assert!(out.ends_with('s') && !out.contains("ALPHA"), "{out:?}");
        // After a clear nothing is on screen: every cell is written.
        frames.clear().unwrap();
        written(&mut frames);
        draw_claiming(&mut frames, &["alpha", "beta"], first_row);
        assert!(written(&mut frames).contains("alpha"));
    }

    #[test]
    fn after_a_resize_the_screen_is_cleared_and_written_whole_even_at_the_same_size() {
        let mut frames = frames();
        draw_lines(&mut frames, &["alpha", "beta"], None);
        written(&mut frames);
        // The size asked after the event is the one before (a later
        // resize came back to it): nothing on screen is trusted anyway.
        frames.resized();
        draw_lines(&mut frames, &["alpha", "beta"], None);
        let out = written(&mut frames);
        assert!(out.contains("\x1b[2J"), "cleared: {out:?}");
        assert!(out.contains("alpha") && out.contains("beta"), "{out:?}");
        draw_lines(&mut frames, &["alpha", "beta"], None);
        assert_eq!(written(&mut frames), "", "then only changes again");
    }

    #[test]
    fn after_clear_the_whole_frame_is_written_again() {
        let mut frames = frames();
        draw_lines(&mut frames, &["alpha"], None);
        written(&mut frames);
        frames.clear().unwrap();
        written(&mut frames);
        draw_lines(&mut frames, &["alpha"], None);
        assert!(written(&mut frames).contains("alpha"));
    }
}
