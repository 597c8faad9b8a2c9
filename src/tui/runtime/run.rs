//! The event loop: read every pending event, update, then draw once; carry
//! out the effects the app asks for (saving, exporting, quitting).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::Event;

use crate::guide::spelling;
use crate::storage::Autosaver;
use crate::tui::app::{App, EchoSpot, SaveState};
use crate::tui::runtime::effects;
use crate::tui::runtime::events::EventSource;
use crate::tui::runtime::host::{
    Exit, Host, SAVE_CHECK, collect_outcomes, draw, save_or_recover, submit,
};
use crate::tui::runtime::pages::{PageCounter, setting as page_setting};
use crate::tui::term::terminal;
use crate::tui::term::wake;

/// Without the signal pipe (see `wake`), how often the loop wakes while
/// idle to notice a signal. Nothing is drawn on these wake-ups.
const SIGNAL_CHECK: Duration = Duration::from_millis(250);

/// Runs the app until the user quits, a signal arrives or the terminal is
/// lost. The document is saved on every one of those paths.
pub fn run(app: &mut App, events: &mut dyn EventSource, host: &mut Host) -> Exit {
    let (width, height) = host.guard.size().unwrap_or_default();
    app.area = ratatui::layout::Rect::new(0, 0, width, height);
    let paper = host.store.remembered_paper();
    let mut pages = PageCounter::new(paper, wake::nudge);
    app.doc.pages.count_with(&page_setting(paper));
    if !app.doc.report.spelled() {
        // Opened before the dictionaries were parsed: wake the loop when
        // they are, to check spelling then.
        std::thread::spawn(|| {
            spelling::wait_ready();
            wake::nudge();
        });
    }
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
        // Before drawing and waiting: a count that came back is shown at
        // once, and settled text is handed over before the loop sleeps.
        count_pages(app, &mut pages);
        // `draw` brings the view state up to date first.
        if app.needs_redraw
            && let Err(error) = draw(app, host.guard, &mut host.view)
        {
            save_or_recover(app, &host.saver);
            return Exit::TerminalLost(error.to_string());
        }
        // Checked after a frame is out, so the first one never waits.
        if !app.doc.report.spelled() && spelling::ready() {
            app.spelling_loaded();
            continue;
        }
        // Worked out now, while the frame's state is in the cache.
        let mut echo_spot = app.echo_spot();
        match events.next(next_wake(app)) {
            Ok(Some(first)) => {
                let mut pending = Some(first);
                // Drain everything already typed before drawing again.
                while let Some(event) = pending {
                    if let Event::Resize(..) = event {
                        host.guard.resized();
                    }
                    // Only the first key meets the screen the spot was
                    // worked out for.
                    if let Some(spot) = echo_spot.take() {
                        echo(spot, host.guard, &event);
                    }
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

/// SIGTSTP: give the terminal back as it was, stop, and on SIGCONT take it
/// again with every mode and a full redraw. The text is handed to the
/// writer first, in case the stopped process is never continued.
fn suspend(app: &mut App, host: &mut Host) {
    if app.doc.save.has_unsubmitted() {
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

/// A letter typed into the editor is on screen before the key is
/// handled (see `app::echo`): the frame that follows costs a key some
/// 0.15 ms on a process woken from sleep, the echo a few microseconds.
fn echo(spot: EchoSpot, screen: &mut dyn terminal::Screen, event: &Event) {
    if let Some(c) = spot.takes(event) {
        // A failed write is met again, and reported, by the frame.
        if let Ok(true) = screen.echo(c, spot.within) {
            step_aside();
        }
    }
}

/// After an echo, lets the process reading the terminal (the terminal
/// itself, or sshd) take the character before the frame's work goes on.
/// The kernel tends to wake this process on the reader's CPU, and the
/// reader then waited for the whole frame: measured in a pseudo-terminal,
/// the echo reached the reader 0.23 ms after it was written, and 0.12 ms
/// with this pause. The frame that follows rarely writes anything, so
/// nothing on screen waits for it.
fn step_aside() {
    std::thread::sleep(Duration::from_micros(50));
}

/// Hands settled text to the page counter and takes in what it counted.
fn count_pages(app: &mut App, pages: &mut PageCounter) {
    for (fingerprint, typeset) in pages.answers() {
        app.page_count_done(fingerprint, typeset);
    }
    if let Some(fingerprint) = app.page_count_to_ask() {
        pages.ask(fingerprint, app.doc.shown_resume().into_owned());
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
    let waiting = app.doc.pages.waiting() || !app.doc.report.spelled();
    if waiting && !wake::installed() {
        // Without the wake pipe the counting thread and the dictionaries'
        // waiter cannot wake the loop.
        timeout = timeout.min(SAVE_CHECK);
    }
    match app.save_state() {
        SaveState::Saving => timeout.min(SAVE_CHECK),
        SaveState::Failed(_) => timeout.min(SIGNAL_CHECK),
        _ => timeout,
    }
}

#[cfg(test)]
#[path = "run_tests.rs"]
mod tests;
