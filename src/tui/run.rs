//! The event loop: read every pending event, update, then draw once; carry
//! out the effects the app asks for (saving, exporting, quitting).

use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event};

use super::app::{App, SaveState};
use super::effects;
use super::terminal::{self, TerminalGuard};
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

/// Signals that end the session: SIGHUP (the SSH connection dropped or the
/// terminal closed), SIGTERM and SIGINT.
pub struct Signals {
    received: Arc<AtomicUsize>,
}

impl Signals {
    pub fn install() -> io::Result<Signals> {
        let received = Arc::new(AtomicUsize::new(0));
        for signal in [libc::SIGHUP, libc::SIGTERM, libc::SIGINT] {
            signal_hook::flag::register_usize(signal, Arc::clone(&received), signal as usize)?;
        }
        // Wake the loop for these and for resizes, so it never has to poll.
        wake::install(&[libc::SIGHUP, libc::SIGTERM, libc::SIGINT, libc::SIGWINCH])?;
        Ok(Signals { received })
    }

    fn take(&self) -> Option<i32> {
        match self.received.swap(0, Ordering::SeqCst) {
            0 => None,
            n => Some(n as i32),
        }
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
    pub guard: &'a mut TerminalGuard,
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
    let size = host.guard.terminal.size().unwrap_or_default();
    app.area = ratatui::layout::Rect::new(0, 0, size.width, size.height);
    loop {
        if let Some(signal) = host.signals.take() {
            let _ = final_save(app, &host.saver);
            return Exit::Signal(signal);
        }
        if app.needs_redraw {
            app.prepare_view();
            if let Err(error) = host.guard.draw(|frame| view::draw(app, frame)) {
                let _ = final_save(app, &host.saver);
                return Exit::TerminalLost(error.to_string());
            }
            app.needs_redraw = false;
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
                let _ = final_save(app, &host.saver);
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

/// Runs one update; a panic in it saves the document before the terminal
/// is restored and the panic goes on.
fn guarded(app: &mut App, saver: &Autosaver, f: impl FnOnce(&mut App)) {
    if let Err(panic) = catch_unwind(AssertUnwindSafe(|| f(app))) {
        {
            let _ = final_save(app, saver);
            terminal::restore();
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
    match app.save {
        SaveState::Saving => timeout.min(SAVE_CHECK),
        SaveState::Failed(_) => timeout.min(SIGNAL_CHECK),
        _ => timeout,
    }
}

pub(super) fn submit(app: &mut App, saver: &Autosaver) {
    if app.read_only.is_some() {
        return;
    }
    saver.submit(storage::encode(&app.snapshot()));
    app.save = SaveState::Saving;
}

pub(super) fn collect_outcomes(app: &mut App, saver: &Autosaver) {
    while let Some(outcome) = saver.poll() {
        match outcome {
            SaveOutcome::Saved { .. } => {
                if matches!(app.save, SaveState::Saving | SaveState::Failed(_)) {
                    app.save = SaveState::Saved;
                    app.needs_redraw = true;
                }
            }
            SaveOutcome::Failed { error } => {
                app.save = SaveState::Failed(error);
                app.needs_redraw = true;
            }
        }
    }
}

/// Writes the latest text and waits for it to reach the disk.
pub fn final_save(app: &mut App, saver: &Autosaver) -> Result<(), String> {
    if app.read_only.is_some() {
        return Ok(());
    }
    if !matches!(app.save, SaveState::Saved) {
        submit(app, saver);
    }
    let result = saver.flush(FINAL_SAVE_TIMEOUT);
    collect_outcomes(app, saver);
    match &result {
        Ok(()) => app.save = SaveState::Saved,
        Err(error) => app.save = SaveState::Failed(error.clone()),
    }
    result
}
