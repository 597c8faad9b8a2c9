//! A frame drawn over the last one must show what a frame drawn whole
//! shows: only the panes and editor rows whose inputs changed are drawn
//! again, and nothing else is compared, so a wrong key would leave stale
//! text on screen. A session of keys that change every pane, edit,
//! wrap, join and scroll lines, select, replace in many lines and undo it, open and close boxes, move focus
//! and resize checks every frame three ways: the terminal side's debug
//! check (no cell changed outside the areas said to be drawn), the frame
//! against a whole drawing of the same state, and the bytes written, fed
//! to a terminal emulator, against that drawing's text. Letters typed
//! into the editor are echoed first, as the event loop does, and the
//! frame after an echo must agree with it.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::View;
use crate::tui::Theme;
use crate::tui::term::backend::FrameBackend;
use crate::tui::term::frames::Frames;
use crate::tui::testing::{editing, key};

const BODY: &str = "Go engineer who ships billing systems and teh payment \
    ledgers that settle money for a few million accounts every day\n\
    - Built the invoicing service\n\
    - Cut p99 latency from 900 ms to 180 ms by moving hot reads to a cache\n";

fn step(name: &str) -> Event {
    let with = |code, modifiers| Event::Key(KeyEvent::new(code, modifiers));
    match name {
        "Backspace" => Event::Key(key(KeyCode::Backspace)),
        "Tab" => Event::Key(key(KeyCode::Tab)),
        "Up" => Event::Key(key(KeyCode::Up)),
        "Right" => Event::Key(key(KeyCode::Right)),
        "Down" => Event::Key(key(KeyCode::Down)),
        "End" => Event::Key(key(KeyCode::End)),
        "Esc" => Event::Key(key(KeyCode::Esc)),
        "Enter" => Event::Key(key(KeyCode::Enter)),
        "F2" => Event::Key(key(KeyCode::F(2))),
        "PageDown" => Event::Key(key(KeyCode::PageDown)),
        "Ctrl-Home" => with(KeyCode::Home, KeyModifiers::CONTROL),
        "Shift-Left" => with(KeyCode::Left, KeyModifiers::SHIFT),
        "Ctrl-p" | "Ctrl-z" | "Ctrl-k" | "Ctrl-r" => {
            let c = name.chars().last().unwrap();
            with(KeyCode::Char(c), KeyModifiers::CONTROL)
        }
        resize if resize.starts_with("resize") => {
            let size: Vec<u16> = resize[7..].split(' ').map(|n| n.parse().unwrap()).collect();
            Event::Resize(size[0], size[1])
        }
        letter => Event::Key(key(KeyCode::Char(letter.chars().next().unwrap()))),
    }
}

/// The keys of the session, in three parts: the second types past the
/// edge of a line so that it wraps onto a new row.
fn steps() -> Vec<&'static str> {
    let before = [
        "x",
        "y",
        " ",
        "z",
        "Backspace",
        "Right",
        "o",
        "k",
        "Up",
        "End",
    ];
    let after = [
        "Backspace",
        "Backspace",
        "Down",
        "Enter",
        "m",
        "Up",
        "Backspace",
        "Backspace",
        "Shift-Left",
        "Shift-Left",
        "Esc",
        "Ctrl-k",
        "Ctrl-z",
        "Tab",
        "Down",
        "Tab",
        "Tab",
        "Esc",
        "Ctrl-p",
        "Esc",
        "F2",
        "a",
        "F2",
        "Tab",
        "Down",
        "Down",
        "Enter",
        "b",
        " ",
        "Ctrl-z",
        "resize 100 30",
        "c",
        "resize 120 40",
        "d",
        "?",
        "Esc",
        "PageDown",
        "e",
        "Ctrl-Home",
        "f",
        "Down",
        "Down",
        "Down",
        "Ctrl-r",
        "S",
        "h",
        "i",
        "p",
        "p",
        "e",
        "d",
        "Enter",
        "M",
        "a",
        "d",
        "e",
        "Enter",
        "g",
        "Ctrl-z",
        "Ctrl-z",
        "h",
    ];
    [&before[..], &["q"; 40], &after].concat()
}

/// The text of each row of `buffer`.
fn rows_of(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (area.top()..area.bottom())
        .map(|y| {
            let mut row = String::new();
            let mut covered = 0;
            for x in area.left()..area.right() {
                let symbol = buffer[(x, y)].symbol();
                // The cell after a wide character is under it on screen.
                if covered > 0 {
                    covered -= 1;
                    continue;
                }
                let first = symbol.chars().next().unwrap_or(' ');
                covered = crate::tui::editor::textview::char_width(first).saturating_sub(1);
                row.push_str(symbol);
            }
            row.trim_end().to_string()
        })
        .collect()
}

fn nonzero(n: u16) -> std::num::NonZero<u16> {
    std::num::NonZero::new(n).unwrap()
}

fn emulated_rows(screen: &vt100::Screen) -> Vec<String> {
    screen
        .rows(0, screen.size().1.get())
        .map(|row| row.trim_end().to_string())
        .collect()
}

#[test]
fn a_frame_drawn_over_the_last_shows_what_a_whole_frame_shows() {
    let long: String = (1..=60)
        .map(|n| format!("- Shipped change {n}\n"))
        .collect();
    let mut app = editing(&format!("{BODY}{long}"), (0, 20));
    app.set_theme(Theme::dark());
    let mut frames = Frames::new(FrameBackend::with_size(Vec::new(), 120, 40)).unwrap();
    let mut emulator = vt100::Parser::new(nonzero(40), nonzero(120), 0);
    let mut view = View::default();
    let mut drawn_over = 0;
    let (mut echoes, mut echoes_right) = (0, 0);

    let steps = steps();
    for (index, name) in steps.iter().enumerate() {
        let event = step(name);
        // As the event loop does: a typed letter is shown first.
        let echoed = app.echo_spot().is_some_and(|spot| {
            spot.takes(&event)
                .is_some_and(|c| frames.echo(c, spot.within).unwrap())
        });
        if echoed {
            echoes += 1;
            emulator.process(&std::mem::take(frames.backend_mut().output_mut()));
            let (row, col) = emulator.screen().cursor_position();
            let before = emulator.screen().cell(row, col - 1).unwrap().contents();
            assert_eq!(
                before,
                name.to_string(),
                "step {index}: echoed under the cursor"
            );
        }
        app.handle_event(&event);
        if let Event::Resize(width, height) = event {
            frames.backend_mut().set_size(width, height);
            frames.resized();
            emulator.set_size(nonzero(height), nonzero(width));
        }
        // Every third step lets the coach and preview catch up.
        if index % 3 == 2 {
            app.settle();
        }
        app.prepare_view();
        let mut over_last = false;
        frames
            .draw(|frame, canvas| {
                let drawn = view.draw(&app, frame, canvas);
                over_last = drawn.redrawn.is_some();
                drawn
            })
            .unwrap();
        app.needs_redraw = false;
        drawn_over += usize::from(over_last);
        let out = std::mem::take(frames.backend_mut().output_mut());
        if echoed && index % 3 != 2 {
            // Nothing else caught up: the frame agrees with the echo.
            assert_eq!(out, b"", "step {index} ({name}): the frame after an echo");
            echoes_right += 1;
        }
        emulator.process(&out);

        let area = frames.shown().area;
        let mut whole = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
        whole.draw(|frame| super::draw(&app, frame)).unwrap();
        let expected = whole.backend().buffer();
        assert_eq!(
            rows_of(frames.shown()),
            rows_of(expected),
            "step {index} ({name}): the frame drawn over the last"
        );
        let differing: Vec<String> = expected
            .content
            .iter()
            .zip(&frames.shown().content)
            .enumerate()
            .filter(|(_, (want, got))| want != got)
            .take(5)
            .map(|(i, (want, got))| format!("{:?}: {want:?} drawn as {got:?}", expected.pos_of(i)))
            .collect();
        assert!(
            differing.is_empty(),
            "step {index} ({name}): cells of the frame drawn over the last:\n{}",
            differing.join("\n")
        );
        assert_eq!(
            emulated_rows(emulator.screen()),
            rows_of(expected),
            "step {index} ({name}): what the terminal shows"
        );
    }
    // The "q"s typed at the end of a line (but the two at the row's last
    // cell, where the word moves down), "m", and "ok" inside a row.
    assert!(
        echoes >= 35 && echoes_right >= 20,
        "{echoes} echoes, {echoes_right} checked"
    );
    assert!(
        drawn_over > steps.len() / 2,
        "most frames were drawn over the last ({drawn_over} of {})",
        steps.len()
    );
}

/// A line other than the cursor's whose text changed while its rows kept
/// their places and lengths (no edit the app saw, so no new report either) is drawn
/// again: rows are compared by their text, not only by where they are.
#[test]
fn a_changed_line_away_from_the_cursor_is_drawn_again() {
    let mut app = editing("first line\nsecond line", (1, 3));
    let section = app.doc.resume.section(app.selected).unwrap().clone();
    let jump = crate::tui::editor::Move::Jump(1, 3);
    app.editors.area_mut(&section).move_cursor(jump);
    let mut frames = Frames::new(FrameBackend::with_size(Vec::new(), 120, 40)).unwrap();
    let mut view = View::default();
    let mut draw = |app: &mut crate::tui::App, frames: &mut Frames<Vec<u8>>| {
        app.prepare_view();
        frames
            .draw(|frame, canvas| view.draw(app, frame, canvas))
            .unwrap();
    };
    draw(&mut app, &mut frames);
    let text = app.editors.area_mut(&section);
    text.move_cursor(crate::tui::editor::Move::Jump(0, 0));
    text.delete_next_char();
    text.insert_char('F');
    text.move_cursor(jump);
    draw(&mut app, &mut frames);
    assert!(
        rows_of(frames.shown())
            .iter()
            .any(|row| row.contains("First line")),
        "{:#?}",
        rows_of(frames.shown())
    );
}
