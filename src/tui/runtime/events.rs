//! Where the loop's input comes from: the terminal (woken by the signal
//! pipe rather than polling), or a script in tests; and the signals the
//! loop acts on.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event};

use crate::tui::term::wake::{self, Woken};

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

    pub(super) fn take(&self) -> Option<i32> {
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

    pub(super) fn take_stop(&self) -> bool {
        self.stop.swap(false, Ordering::SeqCst)
    }

    pub(super) fn take_resumed(&self) -> bool {
        self.resumed.swap(false, Ordering::SeqCst)
    }
}
