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

/// Draws `lines` whole: from a blank buffer, as a drawing that does
/// not know what changed does.
fn draw_lines(frames: &mut Frames<Vec<u8>>, lines: &[&str], cursor: Option<Position>) {
    frames
        .draw(|frame, _| {
            frame.buffer_mut().reset();
            let text: Vec<Line> = lines.iter().map(|l| Line::raw(*l)).collect();
            frame.render_widget(Paragraph::new(text), frame.area());
            Drawn {
                cursor,
                redrawn: None,
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
        .draw(|frame, _| {
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

/// Over the last frame, draws `text` at the start of row `y` and says
/// that row is all it drew; returns what the drawing was handed.
fn draw_row(frames: &mut Frames<Vec<u8>>, y: u16, text: &str) -> Canvas {
    let mut handed = None;
    frames
        .draw(|frame, canvas| {
            handed = Some(canvas);
            let row = Rect::new(0, y, 20, 1);
            if canvas == Canvas::Blank {
                frame.render_widget(Paragraph::new(text), row);
                return Drawn::default();
            }
            frame.render_widget(Paragraph::new(text), row);
            Drawn {
                cursor: None,
                redrawn: Some(vec![row]),
            }
        })
        .unwrap();
    handed.unwrap()
}

#[test]
fn a_frame_drawn_over_the_last_is_compared_only_where_it_was_drawn() {
    let mut frames = frames();
    assert_eq!(draw_row(&mut frames, 0, "alpha"), Canvas::Blank);
    written(&mut frames);
    // The first row is still on the canvas: drawing the second alone
    // writes only it.
    assert_eq!(draw_row(&mut frames, 1, "beta"), Canvas::LastFrame);
    let out = written(&mut frames);
    assert!(out.contains("beta") && !out.contains("alpha"), "{out:?}");
    assert_eq!(draw_row(&mut frames, 1, "bets"), Canvas::LastFrame);
    let out = written(&mut frames);
    assert!(out.ends_with('s'), "one cell: {out:?}");
    // After a clear nothing is on screen: the drawing starts blank and
    // every cell is written.
    frames.clear().unwrap();
    written(&mut frames);
    assert_eq!(draw_row(&mut frames, 0, "alpha"), Canvas::Blank);
    assert!(written(&mut frames).contains("alpha"));
}

#[test]
#[should_panic(expected = "changed outside the areas said to be redrawn")]
fn a_drawing_that_changes_a_cell_it_does_not_name_is_caught_in_debug_builds() {
    let mut frames = frames();
    draw_row(&mut frames, 0, "alpha");
    frames
        .draw(|frame, _| {
            frame.render_widget(Paragraph::new("ALPHA"), frame.area());
            Drawn {
                cursor: None,
                redrawn: Some(vec![Rect::new(0, 1, 20, 1)]),
            }
        })
        .unwrap();
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
