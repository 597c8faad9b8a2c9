//! Sleeping until there is something to do: input on the terminal or a
//! signal, with no periodic wake-ups while the user is away.
//!
//! crossterm's own wait sees only the terminal, so a loop built on it alone
//! has to wake every so often to look at a signal flag. Here each signal
//! that matters (SIGHUP, SIGTERM, SIGINT, and SIGWINCH for resizes) also
//! writes a byte to a pipe (the self-pipe trick), and the wait is one
//! `poll` on the terminal and that pipe together.

use std::io::{self, Read};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

struct Wake {
    /// The read end of the signal pipe.
    signals: Mutex<UnixStream>,
    /// The terminal crossterm reads from: standard input when it is one,
    /// else `/dev/tty` (as crossterm does).
    tty: RawFd,
    _tty_file: Option<std::fs::File>,
}

static WAKE: OnceLock<Wake> = OnceLock::new();

/// Makes `signals` interrupt [`wait`]. Call once, before the loop starts;
/// later calls only register more signals.
pub fn install(signals: &[i32]) -> io::Result<()> {
    if WAKE.get().is_none() {
        let (read, write) = UnixStream::pair()?;
        read.set_nonblocking(true)?;
        write.set_nonblocking(true)?;
        let (tty, tty_file) = terminal_fd()?;
        // The write end lives as long as the process, in the handlers.
        let _ = WRITER.set(write);
        let _ = WAKE.set(Wake {
            signals: Mutex::new(read),
            tty,
            _tty_file: tty_file,
        });
    }
    let writer = WRITER
        .get()
        .map(AsRawFd::as_raw_fd)
        .ok_or_else(|| io::Error::other("the signal pipe was not created"))?;
    for &signal in signals {
        signal_hook::low_level::pipe::register_raw(signal, writer)?;
    }
    Ok(())
}

static WRITER: OnceLock<UnixStream> = OnceLock::new();

fn terminal_fd() -> io::Result<(RawFd, Option<std::fs::File>)> {
    // SAFETY: isatty only inspects the descriptor.
    if unsafe { libc::isatty(libc::STDIN_FILENO) } == 1 {
        return Ok((libc::STDIN_FILENO, None));
    }
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")?;
    Ok((file.as_raw_fd(), Some(file)))
}

/// Wakes [`wait`] from another thread (a background job that finished),
/// as a signal would. Does nothing before [`install`].
pub fn nudge() {
    if let Some(mut writer) = WRITER.get() {
        // A full pipe already holds a wake-up, so a failed write loses none.
        let _ = std::io::Write::write(&mut writer, &[0]);
    }
}

/// Whether [`install`] has run, so [`wait`] can be relied on.
pub fn installed() -> bool {
    WAKE.get().is_some()
}

/// Why [`wait`] returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Woken {
    Input,
    Signal,
    Timeout,
    /// The terminal is gone (closed window, dropped SSH connection). Its
    /// descriptor now reads as end-of-file for ever, which crossterm's
    /// reader would spin on, so it must not be read again.
    HungUp,
}

/// Sleeps until the terminal has input, a registered signal arrives, or
/// `timeout` passes (`Duration::MAX`: no time limit).
pub fn wait(timeout: Duration) -> io::Result<Woken> {
    let Some(wake) = WAKE.get() else {
        return Ok(Woken::Input);
    };
    let signals = wake
        .signals
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    wait_on(wake.tty, &signals, timeout)
}

fn wait_on(tty: RawFd, signals: &UnixStream, timeout: Duration) -> io::Result<Woken> {
    let mut fds = [
        libc::pollfd {
            fd: tty,
            events: libc::POLLIN,
            revents: 0,
        },
        libc::pollfd {
            fd: signals.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        },
    ];
    let millis = poll_millis(timeout);
    // SAFETY: `fds` is a valid array of two pollfd for the whole call.
    let ready = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, millis) };
    if ready < 0 {
        let error = io::Error::last_os_error();
        // A signal interrupting the wait is exactly what it waits for.
        return if error.kind() == io::ErrorKind::Interrupted {
            Ok(Woken::Signal)
        } else {
            Err(error)
        };
    }
    if fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
        return Ok(Woken::HungUp);
    }
    if fds[1].revents != 0 {
        drain(signals);
        return Ok(Woken::Signal);
    }
    Ok(if fds[0].revents != 0 {
        Woken::Input
    } else {
        Woken::Timeout
    })
}

/// Milliseconds for `poll`, rounded up so a wait never ends just before its
/// deadline (and spins); `-1` waits for ever.
fn poll_millis(timeout: Duration) -> libc::c_int {
    if timeout >= Duration::from_secs(i32::MAX as u64 / 1000) {
        return -1;
    }
    let millis = timeout.as_nanos().div_ceil(1_000_000);
    millis.min(i32::MAX as u128) as libc::c_int
}

fn drain(mut pipe: &UnixStream) {
    let mut buf = [0u8; 64];
    while matches!(pipe.read(&mut buf), Ok(n) if n > 0) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pseudo-terminal pair: (controller, terminal).
    fn pty() -> (RawFd, RawFd) {
        let (mut controller, mut terminal) = (0, 0);
        // SAFETY: openpty writes two descriptors; the null pointers ask for
        // no name and default settings.
        let rc = unsafe {
            libc::openpty(
                &mut controller,
                &mut terminal,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        assert_eq!(rc, 0, "openpty");
        (controller, terminal)
    }

    #[test]
    fn input_signals_time_outs_and_hang_ups_are_told_apart() {
        let (controller, terminal) = pty();
        let (signal_read, mut signal_write) = UnixStream::pair().unwrap();
        signal_read.set_nonblocking(true).unwrap();
        let short = Duration::from_millis(10);
        assert_eq!(
            wait_on(terminal, &signal_read, short).unwrap(),
            Woken::Timeout
        );

        std::io::Write::write_all(&mut signal_write, b"x").unwrap();
        assert_eq!(
            wait_on(terminal, &signal_read, short).unwrap(),
            Woken::Signal
        );
        assert_eq!(
            wait_on(terminal, &signal_read, short).unwrap(),
            Woken::Timeout,
            "drained"
        );

        // A whole line, since a new terminal is in line mode.
        // SAFETY: writing two bytes from a valid buffer to our own pty.
        unsafe { libc::write(controller, b"a\n".as_ptr().cast(), 2) };
        assert_eq!(
            wait_on(terminal, &signal_read, short).unwrap(),
            Woken::Input
        );

        // Closing the controlling side is what a dropped connection does.
        // SAFETY: closing a descriptor we opened and no longer use.
        unsafe { libc::close(controller) };
        assert_eq!(
            wait_on(terminal, &signal_read, short).unwrap(),
            Woken::HungUp
        );
        // SAFETY: as above.
        unsafe { libc::close(terminal) };
    }

    #[test]
    fn timeouts_round_up_to_whole_milliseconds() {
        assert_eq!(poll_millis(Duration::ZERO), 0);
        assert_eq!(poll_millis(Duration::from_micros(300)), 1);
        assert_eq!(poll_millis(Duration::from_millis(800)), 800);
        assert_eq!(poll_millis(Duration::MAX), -1);
        assert_eq!(poll_millis(Duration::from_secs(86_400 * 365)), -1);
    }
}
