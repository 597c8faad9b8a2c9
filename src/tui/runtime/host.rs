//! What the loop needs from outside the app state (the screen, signals,
//! the resume store and its writer), and the saving and drawing every part
//! of the loop shares.

use std::io;
use std::time::{Duration, Instant};

use crate::storage::{self, Autosaver, ResumeLock, SaveOutcome, Store};
use crate::tui::app::App;
use crate::tui::runtime::events::Signals;
use crate::tui::term::terminal::Screen;
use crate::tui::view::View;

/// While a save is with the background writer (or failed and is being
/// retried), how often the loop looks for its outcome to show it.
pub(super) const SAVE_CHECK: Duration = Duration::from_millis(25);
/// How long quitting waits for the last save before asking what to do.
const FINAL_SAVE_TIMEOUT: Duration = Duration::from_secs(5);

/// How the session ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Exit {
    Quit,
    Signal(i32),
    /// The terminal stopped answering (closed, or the connection dropped).
    TerminalLost(String),
}

/// What the loop needs from outside the app state.
pub struct Host<'a> {
    pub guard: &'a mut dyn Screen,
    pub signals: &'a Signals,
    pub store: &'a Store,
    /// Writes the open resume in the background.
    pub saver: Autosaver,
    /// Held while this instance may write the open resume; `None` when it
    /// is read-only.
    pub lock: Option<ResumeLock>,
    /// What drawing keeps between frames.
    pub view: View,
}

/// Draws the app now.
pub(super) fn draw(app: &mut App, guard: &mut dyn Screen, view: &mut View) -> io::Result<()> {
    app.prepare_view();
    let shown: &App = app;
    guard.draw_frame(&mut |frame, canvas| view.draw(shown, frame, canvas))?;
    app.needs_redraw = false;
    Ok(())
}

pub(super) fn submit(app: &mut App, saver: &Autosaver) {
    if app.doc.read_only.is_some() {
        return;
    }
    let seq = saver.submit(storage::encode(&app.snapshot()));
    app.doc.save.submitted(seq);
    app.doc.pages.submitted();
}

/// Takes in what the writer reports: what is on disk, and whether its
/// latest attempt worked. Returns that outcome, if there was one.
pub(super) fn collect_outcomes(app: &mut App, saver: &Autosaver) -> Option<SaveOutcome> {
    let before = app.save_state();
    let outcome = saver.poll();
    // Read after the outcome: the writer records what it wrote first.
    app.doc.save.written_up_to(saver.written());
    match &outcome {
        Some(SaveOutcome::Saved { .. }) => app.doc.save.succeeded(),
        Some(SaveOutcome::Failed { error }) => app.doc.save.failed(error.clone()),
        None => {}
    }
    if app.save_state() != before {
        app.needs_redraw = true;
    }
    outcome
}

/// Writes the latest text and waits for it to reach the disk, at most
/// `FINAL_SAVE_TIMEOUT`, and no longer than the next attempt when saves are
/// failing: a failing disk gets one more try, not five seconds of freeze.
pub fn final_save(app: &mut App, saver: &Autosaver) -> Result<(), String> {
    if app.doc.read_only.is_some() {
        return Ok(());
    }
    collect_outcomes(app, saver);
    // A page count that came back after the last save goes too, so the
    // next start shows it without typesetting; only when this session
    // edited the file, since opening a resume to read it writes nothing.
    let count_unsaved = app.doc.pages.unsaved() && app.doc.save.edited_since_open();
    if app.doc.save.has_unsubmitted() || count_unsaved {
        submit(app, saver);
    }
    if app.doc.save.is_saved() {
        return Ok(());
    }
    // Ask the writer to retry a failed snapshot now rather than later.
    let _ = saver.flush(Duration::ZERO);
    let deadline = Instant::now() + FINAL_SAVE_TIMEOUT;
    loop {
        let outcome = collect_outcomes(app, saver);
        if app.doc.save.is_saved() {
            return Ok(());
        }
        if let Some(SaveOutcome::Failed { error }) = outcome {
            return Err(error);
        }
        if Instant::now() >= deadline {
            return Err(format!(
                "{} is still being written after {} s — the disk may be slow or a network \
                 folder unreachable",
                saver.path().display(),
                FINAL_SAVE_TIMEOUT.as_secs()
            ));
        }
        std::thread::sleep(SAVE_CHECK / 5);
    }
}

/// On the way out without a question (a signal, a lost terminal, a
/// panic): save, and if that fails write the text to a private recovery
/// file and leave a note saying where.
pub(super) fn save_or_recover(app: &mut App, saver: &Autosaver) {
    let Err(error) = final_save(app, saver) else {
        return;
    };
    let markdown = app.doc.resume.to_markdown();
    app.exit_note = Some(
        match storage::write_recovery_file(&app.doc.name, &markdown) {
            Ok(path) => format!(
                "your latest changes could not be saved to {} ({}); the resume was written to {} \
             — bring it back with `resumd import {}`",
                saver.path().display(),
                first_clause(&error),
                path.display(),
                path.display()
            ),
            Err(recovery_error) => format!(
                "your latest changes could not be saved ({}), nor written to a recovery file \
             ({recovery_error}); they are lost",
                first_clause(&error)
            ),
        },
    );
}

/// The part of a writer's message that names the problem, without its
/// advice about retrying (which no longer holds once resumd ends).
fn first_clause(error: &str) -> &str {
    error.split(" — ").next().unwrap_or(error)
}
