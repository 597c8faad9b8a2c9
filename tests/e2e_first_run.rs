//! The whole first-run story through the real binary in a pseudo-terminal.

mod common;

use common::{CTRL_Q, Session, run};

#[test]
fn first_run_write_quit_reopen_export() {
    let config = tempfile::tempdir().unwrap();
    let sentence = "Go engineer who cut p99 latency from 800 ms to 200 ms.";

    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("Which career level");
    // A digit highlights the level, Enter starts: the Enter never reaches
    // the resume as a blank line.
    app.send(b"2");
    app.send(b"\r");
    app.wait_for("Summary");
    app.type_text(sentence);
    app.wait_for("cut p99 latency");
    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0, "Ctrl-Q quits cleanly");

    let mut again = Session::start(config.path(), &[], 120, 40);
    again.wait_for("cut p99 latency");
    // The level is kept (the status bar names it).
    again.wait_for("Mid-level");
    again.send(CTRL_Q);
    assert_eq!(again.wait_exit(), 0);

    let (code, stdout, stderr) = run(config.path(), &["export", "-o", "-"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains(sentence),
        "export has the sentence:\n{stdout}"
    );
    assert!(
        stdout.contains(&format!("## Summary\n\n{sentence}")),
        "no blank line before the sentence:\n{stdout}"
    );
}

#[test]
fn escape_on_the_first_question_quits_without_creating_anything() {
    let config = tempfile::tempdir().unwrap();
    let mut app = Session::start(config.path(), &[], 80, 24);
    app.wait_for("Which career level");
    app.send(common::ESC);
    assert_eq!(app.wait_exit(), 0);
    let (code, _, stderr) = run(config.path(), &["export", "-o", "-"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no resume named 'resume'"), "{stderr}");
}
