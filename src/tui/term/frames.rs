//! Frames to the terminal, compared with what it shows row by row.
//!
//! ratatui's `Terminal::draw` compares every cell of the new frame with the
//! last one, working out each cell's display width as it goes: about 160
//! instructions a cell, some 770,000 for a 120×40 screen, more than the
//! rest of a keystroke together. A key changes one or two rows, so rows
//! are first compared whole (`==` on the cells, no widths), and only the
//! rows that differ go through ratatui's width-aware diff. The frame is
//! still rendered by ratatui's `Terminal` into its buffer; this type keeps
//! the copy of what the terminal shows and hands the changes to the
//! backend.

use std::io::{self, Write};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect};

use crate::tui::term::backend::FrameBackend;

pub struct Frames<W: Write> {
    terminal: Terminal<FrameBackend<W>>,
    /// What the terminal shows: the last frame written.
    shown: Buffer,
}

impl<W: Write> Frames<W> {
    pub fn new(backend: FrameBackend<W>) -> io::Result<Frames<W>> {
        let terminal = Terminal::new(backend)?;
        Ok(Frames {
            terminal,
            shown: Buffer::empty(Rect::ZERO),
        })
    }

    pub fn backend_mut(&mut self) -> &mut FrameBackend<W> {
        self.terminal.backend_mut()
    }

    /// Columns and rows.
    pub fn size(&self) -> io::Result<(u16, u16)> {
        self.terminal.size().map(|s| (s.width, s.height))
    }

    /// Clears the screen; the next frame is written whole.
    pub fn clear(&mut self) -> io::Result<()> {
        self.terminal.clear()?;
        self.shown = Buffer::empty(self.shown.area);
        Ok(())
    }

    /// Renders one frame and writes what changed in one piece (see
    /// `FrameBackend`). `render` returns where the terminal's cursor goes;
    /// `None` hides it.
    pub fn draw(
        &mut self,
        render: impl FnOnce(&mut ratatui::Frame) -> Option<Position>,
    ) -> io::Result<()> {
        // Everything from here to `end_frame` goes out in one write, the
        // clearing of a resized screen included.
        self.terminal.backend_mut().begin_frame();
        if let Err(error) = self.terminal.autoresize() {
            let _ = self.terminal.backend_mut().end_frame();
            return Err(error);
        }
        let mut frame = self.terminal.get_frame();
        let area = frame.area();
        let cursor = render(&mut frame);
        if area != self.shown.area {
            self.shown = Buffer::empty(area);
        }
        let next = std::mem::take(self.terminal.current_buffer_mut());
        let rows = changed_rows(&self.shown, &next);
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
        if drawn.is_err() || written.is_err() {
            // Part of the frame may be missing on screen: write all next time.
            self.shown = Buffer::empty(area);
        }
        drawn.and(written)
    }
}

/// The rows of `after` that differ from `before`, each as a pair of
/// one-row buffers at its place on screen, for ratatui's diff.
fn changed_rows(before: &Buffer, after: &Buffer) -> Vec<(Buffer, Buffer)> {
    let area = after.area;
    let width = usize::from(area.width);
    if width == 0 {
        return Vec::new();
    }
    let row = |buffer: &Buffer, y: usize, cells: &[Cell]| Buffer {
        area: Rect::new(area.x, buffer.area.y + y as u16, area.width, 1),
        content: cells.to_vec(),
    };
    before
        .content
        .chunks(width)
        .zip(after.content.chunks(width))
        .enumerate()
        .filter(|(_, (old, new))| old != new)
        .map(|(y, (old, new))| (row(before, y, old), row(after, y, new)))
        .collect()
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
                cursor
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
                None
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
