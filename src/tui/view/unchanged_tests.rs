//! What `View::draw` says it kept from the last frame must be so: the
//! terminal side does not compare those cells, so a wrong claim would leave
//! stale text on screen. A session of keys that change every pane, open and
//! close boxes, move focus and resize checks the claim after every frame.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};

use super::View;
use crate::tui::testing::{editing, key};

#[test]
fn areas_said_to_be_unchanged_hold_the_last_frames_cells() {
    let mut app = editing("Go engineer who ships billing systems", (0, 11));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut view = View::default();
    let mut last: Option<Buffer> = None;
    let mut claims = 0;

    let steps: Vec<Event> = [
        "x",
        "y",
        " ",
        "z",
        "Backspace",
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
        "e",
    ]
    .iter()
    .map(|step| match *step {
        "Backspace" => Event::Key(key(KeyCode::Backspace)),
        "Tab" => Event::Key(key(KeyCode::Tab)),
        "Down" => Event::Key(key(KeyCode::Down)),
        "Esc" => Event::Key(key(KeyCode::Esc)),
        "Enter" => Event::Key(key(KeyCode::Enter)),
        "F2" => Event::Key(key(KeyCode::F(2))),
        "Ctrl-p" | "Ctrl-z" => {
            let c = step.chars().last().unwrap();
            Event::Key(ratatui::crossterm::event::KeyEvent::new(
                KeyCode::Char(c),
                KeyModifiers::CONTROL,
            ))
        }
        resize if resize.starts_with("resize") => {
            let size: Vec<u16> = resize[7..].split(' ').map(|n| n.parse().unwrap()).collect();
            Event::Resize(size[0], size[1])
        }
        letter => Event::Key(key(KeyCode::Char(letter.chars().next().unwrap()))),
    })
    .collect();

    for (index, event) in steps.iter().enumerate() {
        app.handle_event(event);
        if let Event::Resize(width, height) = event {
            terminal.backend_mut().resize(*width, *height);
        }
        // Every other step lets the coach and preview catch up.
        if index % 2 == 1 {
            app.settle();
        }
        app.prepare_view();
        let mut drawn = None;
        terminal
            .draw(|frame| drawn = Some(view.draw(&app, frame)))
            .unwrap();
        let now = terminal.backend().buffer().clone();
        let drawn = drawn.unwrap();
        if let Some(before) = &last {
            for rect in &drawn.unchanged {
                assert_eq!(
                    before.area, now.area,
                    "step {index}: claims across a resize"
                );
                for y in rect.top()..rect.bottom() {
                    for x in rect.left()..rect.right() {
                        assert_eq!(
                            before[(x, y)],
                            now[(x, y)],
                            "step {index} ({event:?}) at {x},{y}"
                        );
                    }
                }
                claims += 1;
            }
        } else {
            assert!(drawn.unchanged.is_empty(), "the first frame keeps nothing");
        }
        last = Some(now);
    }
    assert!(
        claims > 20,
        "the panes were kept in most frames ({claims} claims)"
    );
}
