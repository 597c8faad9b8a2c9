//! Frames write only what changed: rows are compared with what the
//! terminal shows, and panes the view copied unchanged are not compared at
//! all. What the terminal shows after many such frames must be what one
//! whole frame of the same state shows; a resize makes resumd clear the
//! screen and write every cell, which gives that whole frame to compare.
//! Typed letters are echoed before their frames, which must agree.

mod common;

use std::time::{Duration, Instant};

use common::{CTRL_Q, ESC, F1, Session, run};

/// The screen once it has not changed for a while (the coach, preview
/// and page count catch up after typing stops).
fn settled(app: &Session) -> String {
    let mut last = app.screen();
    let mut since = Instant::now();
    let deadline = Instant::now() + Duration::from_secs(10);
    while since.elapsed() < Duration::from_millis(700) {
        assert!(
            Instant::now() < deadline,
            "the screen never settled:\n{last}"
        );
        std::thread::sleep(Duration::from_millis(50));
        let now = app.screen();
        if now != last {
            (last, since) = (now, Instant::now());
        }
    }
    last
}

/// Rows of the screen without the blanks at their ends, which look alike
/// whether they were printed (over longer text) or erased.
fn rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .map(|row| row.trim_end().to_string())
        .collect()
}

/// Checks the settled screen against a whole frame of the same state.
fn same_as_whole_frame(app: &Session, when: &str) {
    // The autosave changes the status bar up to 0.8 s after an edit, which
    // a busy machine can leave past the quiet spell: wait for it first.
    app.wait_until("the edits saved", |screen| {
        screen.contains(" saved") && !screen.contains(" edited")
    });
    let incremental = settled(app);
    app.resize(100, 30);
    settled(app);
    app.resize(120, 40);
    let whole = settled(app);
    assert_eq!(rows(&incremental), rows(&whole), "{when}");
}

#[test]
fn the_screen_after_many_small_frames_is_the_whole_frame_of_that_state() {
    let config = tempfile::tempdir().unwrap();
    let (code, _, stderr) = run(config.path(), &["new", "--level", "mid"]);
    assert_eq!(code, 0, "{stderr}");
    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("Summary");
    app.type_text("Typed one key at a time, with a typo: teh ");
    app.send(b"\t"); // the coach takes focus
    app.send(b"\x1b[B"); // and moves its highlight
    std::thread::sleep(Duration::from_millis(100));
    app.send(ESC);
    same_as_whole_frame(&app, "after typing and walking the coach");

    app.send(F1); // the palette over the panes
    app.wait_for("Commands");
    app.send(ESC);
    same_as_whole_frame(&app, "after a box closed");

    app.type_text("and more after the box closed");
    app.wait_for("after the box closed");
    same_as_whole_frame(&app, "after typing again");

    // Letters at a word's end inside a row are echoed before their frame,
    // with the rest of the row moved right.
    for _ in 0.." closed".len() {
        app.send(b"\x1b[D");
    }
    app.type_text("es");
    app.wait_for("the boxes closed");
    same_as_whole_frame(&app, "after typing inside a row");

    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0);
}
