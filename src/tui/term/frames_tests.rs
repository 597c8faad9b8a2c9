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

/// A line "go" in red with the cursor after it, as an editor at the end of
/// its text shows it.
fn red_go_with_the_cursor_after() -> Frames<Vec<u8>> {
    let mut frames = frames();
    frames
        .draw(|frame, _| {
            let line = Line::styled("go", Style::new().fg(Color::Red));
            frame.render_widget(Paragraph::new(line), frame.area());
            Drawn {
                cursor: Some(Position::new(2, 0)),
                redrawn: None,
            }
        })
        .unwrap();
    written(&mut frames);
    frames
}

/// Draws "go" + `more` in red over the last frame, redrawing only row 0
/// (or nothing), with the cursor after it.
fn draw_red_over(frames: &mut Frames<Vec<u8>>, more: &str, redraw: bool) {
    frames
        .draw(|frame, canvas| {
            assert_eq!(canvas, Canvas::LastFrame);
            let row = Rect::new(0, 0, 20, 1);
            if redraw {
                let line = Line::styled(format!("go{more}"), Style::new().fg(Color::Red));
                frame.render_widget(Paragraph::new(line), row);
            }
            Drawn {
                cursor: Some(Position::new(2 + more.len() as u16, 0)),
                redrawn: Some(if redraw { vec![row] } else { vec![] }),
            }
        })
        .unwrap();
}

#[test]
fn an_echo_writes_the_character_alone_and_its_frame_then_writes_nothing() {
    let mut frames = red_go_with_the_cursor_after();
    let within = Rect::new(0, 0, 20, 3);
    assert!(frames.echo('s', within).unwrap());
    assert_eq!(
        written(&mut frames),
        "s",
        "one byte, in the pen already set"
    );
    assert_eq!(frames.shown()[(2, 0)].symbol(), "s");
    assert_eq!(
        frames.shown()[(2, 0)].fg,
        Color::Red,
        "the look of the letter before"
    );

    draw_red_over(&mut frames, "s", true);
    assert_eq!(written(&mut frames), "", "the frame agrees with the echo");
}

#[test]
fn a_frame_that_does_not_draw_the_echoed_cell_puts_back_what_was_there() {
    let mut frames = red_go_with_the_cursor_after();
    assert!(frames.echo('s', Rect::new(0, 0, 20, 3)).unwrap());
    written(&mut frames);
    // The key did something else: the frame leaves row 0 alone.
    draw_red_over(&mut frames, "", false);
    let out = written(&mut frames);
    assert!(
        out.contains(' ') && !out.contains('s'),
        "blanked again: {out:?}"
    );
    assert_eq!(frames.shown()[(2, 0)].symbol(), " ");
}

#[test]
fn an_echo_needs_the_cursor_inside_the_box_with_a_letter_before_and_room_after() {
    let mut shown = red_go_with_the_cursor_after();
    // The cursor is at the box's last column: the letter would wrap.
    assert!(!shown.echo('s', Rect::new(0, 0, 3, 3)).unwrap());
    // At the box's left edge: nothing of the box before it.
    assert!(!shown.echo('s', Rect::new(2, 0, 10, 3)).unwrap());
    // Not inside the box at all.
    assert!(!shown.echo('s', Rect::new(0, 1, 20, 2)).unwrap());
    // A box wider than the screen (a layout of another size).
    assert!(!shown.echo('s', Rect::new(0, 0, 40, 3)).unwrap());
    assert_eq!(written(&mut shown), "");

    let mut hidden = frames();
    draw_lines(&mut hidden, &["go"], None);
    written(&mut hidden);
    assert!(
        !hidden.echo('s', Rect::new(0, 0, 20, 3)).unwrap(),
        "no cursor"
    );

    let mut resized = red_go_with_the_cursor_after();
    resized.resized();
    assert!(
        !resized.echo('s', Rect::new(0, 0, 20, 3)).unwrap(),
        "resized"
    );
}

#[test]
fn echoes_follow_each_other_and_move_the_cursor() {
    let mut frames = red_go_with_the_cursor_after();
    let within = Rect::new(0, 0, 20, 3);
    assert!(frames.echo('e', within).unwrap());
    assert!(frames.echo('s', within).unwrap());
    assert_eq!(written(&mut frames), "es");
    draw_red_over(&mut frames, "es", true);
    assert_eq!(written(&mut frames), "");
}

#[test]
fn an_echo_inside_a_row_moves_the_rest_of_it_right_within_the_box() {
    let mut frames = frames();
    // A box of columns 0..8 beside a pane border at column 8.
    let draw = |frames: &mut Frames<Vec<u8>>, text: &str, cursor: u16| {
        frames
            .draw(|frame, _| {
                frame.buffer_mut().reset();
                frame.render_widget(Paragraph::new(text.to_string()), Rect::new(0, 0, 8, 1));
                frame.render_widget(Paragraph::new("|"), Rect::new(8, 0, 1, 1));
                Drawn {
                    cursor: Some(Position::new(cursor, 0)),
                    redrawn: None,
                }
            })
            .unwrap();
    };
    draw(&mut frames, "gd", 1);
    written(&mut frames);
    let within = Rect::new(0, 0, 8, 3);
    assert!(frames.echo('o', within).unwrap());
    let out = written(&mut frames);
    assert!(out.starts_with("od"), "the letter and what moved: {out:?}");
    assert_eq!(frames.shown()[(8, 0)].symbol(), "|", "the border stays");
    draw(&mut frames, "god", 2);
    assert_eq!(written(&mut frames), "", "the frame agrees with the echo");

    // A row whose last cell in the box is taken would push a word down.
    draw(&mut frames, "goodness", 2);
    written(&mut frames);
    assert!(!frames.echo('o', within).unwrap());
}
