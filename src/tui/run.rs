//! The event loop: read every pending event, update, then draw once; carry
//! out the effects the app asks for (saving, exporting, quitting).

use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event};

use super::app::{App, Effect, SaveState};
use super::terminal::{self, TerminalGuard};
use super::view;
use crate::storage::{self, Autosaver, SaveOutcome};

/// How often the loop wakes while idle to notice a signal. Nothing is drawn
/// on these wake-ups.
const SIGNAL_CHECK: Duration = Duration::from_millis(250);
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
        if event::poll(timeout)? {
            event::read().map(Some)
        } else {
            Ok(None)
        }
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

/// Runs the app until the user quits, a signal arrives or the terminal is
/// lost. The document is saved on every one of those paths.
pub fn run(
    app: &mut App,
    events: &mut dyn EventSource,
    guard: &mut TerminalGuard,
    saver: &mut Autosaver,
    signals: &Signals,
) -> Exit {
    let size = guard.terminal.size().unwrap_or_default();
    app.area = ratatui::layout::Rect::new(0, 0, size.width, size.height);
    loop {
        if let Some(signal) = signals.take() {
            let _ = final_save(app, saver);
            return Exit::Signal(signal);
        }
        if app.needs_redraw {
            app.prepare_view();
            if let Err(error) = guard.draw(|frame| view::draw(app, frame)) {
                let _ = final_save(app, saver);
                return Exit::TerminalLost(error.to_string());
            }
            app.needs_redraw = false;
        }
        let timeout = next_wake(app);
        match events.next(timeout) {
            Ok(Some(first)) => {
                let mut pending = Some(first);
                // Drain everything already typed before drawing again.
                while let Some(event) = pending {
                    if let Err(message) = guarded(app, saver, |app| app.handle_event(&event)) {
                        return Exit::TerminalLost(message);
                    }
                    pending = events.next(Duration::ZERO).unwrap_or_default();
                }
            }
            Ok(None) => {}
            Err(error) => {
                let _ = final_save(app, saver);
                return Exit::TerminalLost(error.to_string());
            }
        }
        carry_out_effects(app, saver);
        if app
            .autosave_deadline()
            .is_some_and(|at| Instant::now() >= at)
        {
            submit(app, saver);
        }
        collect_outcomes(app, saver);
        if app.should_quit {
            return Exit::Quit;
        }
    }
}

/// Runs one update; a panic in it saves the document before the terminal
/// is restored and the panic goes on.
fn guarded(app: &mut App, saver: &mut Autosaver, f: impl FnOnce(&mut App)) -> Result<(), String> {
    match catch_unwind(AssertUnwindSafe(|| f(app))) {
        Ok(()) => Ok(()),
        Err(panic) => {
            let _ = final_save(app, saver);
            terminal::restore();
            std::panic::resume_unwind(panic);
        }
    }
}

fn next_wake(app: &App) -> Duration {
    let mut timeout = SIGNAL_CHECK;
    if let Some(deadline) = app.autosave_deadline() {
        timeout = timeout.min(deadline.saturating_duration_since(Instant::now()));
    }
    timeout
}

fn submit(app: &mut App, saver: &mut Autosaver) {
    if app.read_only.is_some() {
        return;
    }
    saver.submit(storage::encode(&app.snapshot()));
    app.save = SaveState::Saving;
}

fn collect_outcomes(app: &mut App, saver: &mut Autosaver) {
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

fn carry_out_effects(app: &mut App, saver: &mut Autosaver) {
    for effect in std::mem::take(&mut app.effects) {
        match effect {
            Effect::SaveNow => {
                if app.read_only.is_none() {
                    submit(app, saver);
                    app.say("Saved.");
                }
            }
            Effect::Export { path, overwrite } => export(app, &path, overwrite),
            Effect::Quit => match final_save(app, saver) {
                Ok(()) => app.should_quit = true,
                Err(error) => app.ask_quit_without_saving(&error),
            },
        }
    }
}

/// Writes the latest text and waits for it to reach the disk.
pub fn final_save(app: &mut App, saver: &mut Autosaver) -> Result<(), String> {
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

fn export(app: &mut App, path: &str, overwrite: bool) {
    let target = expand_home(path);
    if target.exists() && !overwrite {
        app.ask_overwrite(path);
        return;
    }
    let markdown = app.resume.to_markdown();
    match write_export(&target, markdown.as_bytes()) {
        Ok(()) => app.say(format!(
            "Exported {} words to {}.",
            app.resume.word_count(),
            target.display()
        )),
        Err(error) => app.alert(format!(
            "Could not export to {}: {error}. Try another path.",
            target.display()
        )),
    }
}

fn write_export(path: &Path, bytes: &[u8]) -> io::Result<()> {
    std::fs::write(path, bytes)
}

fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}
