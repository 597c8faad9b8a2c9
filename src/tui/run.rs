//! The event loop: read every pending event, update, then draw once; carry
//! out the effects the app asks for (saving, exporting, quitting).

use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event};

use super::app::{App, SaveState};
use super::effects;
use super::terminal::{self, Screen};
use super::view;
use super::wake::{self, Woken};
use crate::storage::{self, Autosaver, ResumeLock, SaveOutcome, Store};

/// Without the signal pipe (see `wake`), how often the loop wakes while
/// idle to notice a signal. Nothing is drawn on these wake-ups.
const SIGNAL_CHECK: Duration = Duration::from_millis(250);
/// While a save is with the background writer (or failed and is being
/// retried), how often the loop looks for its outcome to show it.
const SAVE_CHECK: Duration = Duration::from_millis(25);
/// How long quitting waits for the last save before asking what to do.
const FINAL_SAVE_TIMEOUT: Duration = Duration::from_secs(5);

/// Where events come from: the terminal, or a script in tests.
pub trait EventSource {
    /// The next event, waiting at most `timeout`; `None` on time-out.
    fn next(&mut self, timeout: Duration) -> io::Result<Option<Event>>;
}

pub struct TerminalEvents;

impl EventSource for TerminalEvents {
    fn next(&mut self, timeout: Duration) -> io::Result<Option<Event>> {
        if !wake::installed() {
            return poll_read(timeout);
        }
        // A hung-up terminal is never handed to crossterm: its reader
        // spins for ever on end-of-file.
        match wake::wait(Duration::ZERO)? {
            Woken::HungUp => return Err(hung_up()),
            Woken::Signal => return Ok(None),
            Woken::Input | Woken::Timeout => {}
        }
        // Events crossterm already read come first; otherwise sleep on the
        // terminal and the signal pipe together.
        if let Some(event) = poll_read(Duration::ZERO)? {
            return Ok(Some(event));
        }
        if timeout.is_zero() {
            return Ok(None);
        }
        match wake::wait(timeout)? {
            Woken::HungUp => Err(hung_up()),
            Woken::Input => poll_read(Duration::ZERO),
            Woken::Signal | Woken::Timeout => Ok(None),
        }
    }
}

fn hung_up() -> io::Error {
    io::Error::new(io::ErrorKind::BrokenPipe, "the terminal hung up")
}

fn poll_read(timeout: Duration) -> io::Result<Option<Event>> {
    if event::poll(timeout)? {
        event::read().map(Some)
    } else {
        Ok(None)
    }
}

/// The signals the loop acts on: those that end the session — SIGHUP (the
/// SSH connection dropped or the terminal closed), SIGTERM, SIGINT and
/// SIGQUIT — and job control: SIGTSTP (suspend) and SIGCONT (resumed).
pub struct Signals {
    terminate: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    resumed: Arc<AtomicBool>,
}

const TERMINATING: [i32; 4] = [libc::SIGHUP, libc::SIGTERM, libc::SIGINT, libc::SIGQUIT];

impl Signals {
    pub fn install() -> io::Result<Signals> {
        let terminate = Arc::new(AtomicUsize::new(0));
        for signal in TERMINATING {
            signal_hook::flag::register_usize(signal, Arc::clone(&terminate), signal as usize)?;
        }
        let stop = Arc::new(AtomicBool::new(false));
        let resumed = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(libc::SIGTSTP, Arc::clone(&stop))?;
        signal_hook::flag::register(libc::SIGCONT, Arc::clone(&resumed))?;
        // Wake the loop for these and for resizes, so it never has to poll.
        let mut woken = TERMINATING.to_vec();
        woken.extend([libc::SIGWINCH, libc::SIGTSTP, libc::SIGCONT]);
        wake::install(&woken)?;
        Ok(Signals {
            terminate,
            stop,
            resumed,
        })
    }

    fn take(&self) -> Option<i32> {
        match self.terminate.swap(0, Ordering::SeqCst) {
            0 => None,
            n => Some(n as i32),
        }
    }

    /// Signals that never arrive: for driving the loop in tests without
    /// touching the process's signal handlers.
    pub fn none() -> Signals {
        Signals {
            terminate: Arc::default(),
            stop: Arc::default(),
            resumed: Arc::default(),
        }
    }

    fn take_stop(&self) -> bool {
        self.stop.swap(false, Ordering::SeqCst)
    }

    fn take_resumed(&self) -> bool {
        self.resumed.swap(false, Ordering::SeqCst)
    }
}

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
}

/// Runs the app until the user quits, a signal arrives or the terminal is
/// lost. The document is saved on every one of those paths.
pub fn run(app: &mut App, events: &mut dyn EventSource, host: &mut Host) -> Exit {
    let (width, height) = host.guard.size().unwrap_or_default();
    app.area = ratatui::layout::Rect::new(0, 0, width, height);
    loop {
        if let Some(signal) = host.signals.take() {
            save_or_recover(app, &host.saver);
            return Exit::Signal(signal);
        }
        if host.signals.take_stop() {
            suspend(app, host);
        }
        if host.signals.take_resumed() {
            // Continued after a stop resumd did not ask for (SIGSTOP): the
            // shell may have put the terminal back in line mode.
            if let Err(error) = host.guard.reenter() {
                app.alert(format!("Could not restore the screen: {error}"));
            }
            app.needs_redraw = true;
        }
        if app.needs_redraw {
            app.prepare_view();
            if let Err(error) = draw(app, host.guard) {
                save_or_recover(app, &host.saver);
                return Exit::TerminalLost(error.to_string());
            }
        }
        match events.next(next_wake(app)) {
            Ok(Some(first)) => {
                let mut pending = Some(first);
                // Drain everything already typed before drawing again.
                while let Some(event) = pending {
                    guarded(app, &host.saver, |app| app.handle_event(&event));
                    pending = events.next(Duration::ZERO).unwrap_or_default();
                }
            }
            // A pause in the input: let the coach and preview catch up.
            Ok(None) => {
                app.settle_if_due(Instant::now());
            }
            Err(error) => {
                save_or_recover(app, &host.saver);
                return Exit::TerminalLost(error.to_string());
            }
        }
        effects::carry_out(app, host);
        if app
            .autosave_deadline()
            .is_some_and(|at| Instant::now() >= at)
        {
            submit(app, &host.saver);
        }
        collect_outcomes(app, &host.saver);
        if app.should_quit {
            return Exit::Quit;
        }
    }
}

/// Draws the app now.
pub(super) fn draw(app: &mut App, guard: &mut dyn Screen) -> io::Result<()> {
    app.prepare_view();
    let shown: &App = app;
    guard.draw_frame(&mut |frame| view::draw(shown, frame))?;
    app.needs_redraw = false;
    Ok(())
}

/// SIGTSTP: give the terminal back as it was, stop, and on SIGCONT take it
/// again with every mode and a full redraw. The text is handed to the
/// writer first, in case the stopped process is never continued.
fn suspend(app: &mut App, host: &mut Host) {
    if app.save.has_unsubmitted() {
        submit(app, &host.saver);
    }
    host.guard.suspend();
    // SAFETY: raising a signal on this process; SIGSTOP cannot be caught,
    // so this returns once the process is continued.
    unsafe { libc::raise(libc::SIGSTOP) };
    let _ = host.signals.take_resumed();
    if let Err(error) = host.guard.resume() {
        app.alert(format!("Could not restore the screen: {error}"));
    }
    app.needs_redraw = true;
}

/// Runs one update; a panic in it saves the document before the terminal
/// is restored and the panic goes on.
fn guarded(app: &mut App, saver: &Autosaver, f: impl FnOnce(&mut App)) {
    if let Err(panic) = catch_unwind(AssertUnwindSafe(|| f(app))) {
        {
            save_or_recover(app, saver);
            terminal::restore();
            if let Some(note) = &app.exit_note {
                eprintln!("resumd: {note}");
            }
            std::panic::resume_unwind(panic);
        }
    }
}

fn next_wake(app: &App) -> Duration {
    let mut timeout = if wake::installed() {
        Duration::MAX
    } else {
        SIGNAL_CHECK
    };
    for deadline in [app.autosave_deadline(), app.settle_deadline()]
        .into_iter()
        .flatten()
    {
        timeout = timeout.min(deadline.saturating_duration_since(Instant::now()));
    }
    match app.save_state() {
        SaveState::Saving => timeout.min(SAVE_CHECK),
        SaveState::Failed(_) => timeout.min(SIGNAL_CHECK),
        _ => timeout,
    }
}

pub(super) fn submit(app: &mut App, saver: &Autosaver) {
    if app.read_only.is_some() {
        return;
    }
    let seq = saver.submit(storage::encode(&app.snapshot()));
    app.save.submitted(seq);
}

/// Takes in what the writer reports: what is on disk, and whether its
/// latest attempt worked. Returns that outcome, if there was one.
pub(super) fn collect_outcomes(app: &mut App, saver: &Autosaver) -> Option<SaveOutcome> {
    let before = app.save_state();
    let outcome = saver.poll();
    // Read after the outcome: the writer records what it wrote first.
    app.save.written_up_to(saver.written());
    match &outcome {
        Some(SaveOutcome::Saved { .. }) => app.save.succeeded(),
        Some(SaveOutcome::Failed { error }) => app.save.failed(error.clone()),
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
    if app.read_only.is_some() {
        return Ok(());
    }
    collect_outcomes(app, saver);
    if app.save.has_unsubmitted() {
        submit(app, saver);
    }
    if app.save.is_saved() {
        return Ok(());
    }
    // Ask the writer to retry a failed snapshot now rather than later.
    let _ = saver.flush(Duration::ZERO);
    let deadline = Instant::now() + FINAL_SAVE_TIMEOUT;
    loop {
        let outcome = collect_outcomes(app, saver);
        if app.save.is_saved() {
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
    let markdown = app.resume.to_markdown();
    app.exit_note = Some(match storage::write_recovery_file(&app.name, &markdown) {
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
    });
}

/// The part of a writer's message that names the problem, without its
/// advice about retrying (which no longer holds once resumd ends).
fn first_clause(error: &str) -> &str {
    error.split(" — ").next().unwrap_or(error)
}

#[cfg(test)]
#[path = "run_tests.rs"]
mod tests;
