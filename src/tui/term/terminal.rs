//! Entering and leaving the terminal's full-screen mode, and putting it back
//! the way it was on every exit path: normal return, error, panic, signal.

use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::style::{Attribute, SetAttribute};
use ratatui::crossterm::terminal::{
    self, EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::crossterm::{cursor, execute};

use crate::tui::term::backend::FrameBackend;
use crate::tui::term::frames::{Canvas, Drawn, Frames};

/// Whether the terminal is in full-screen mode, so restoring twice (from
/// the guard and from a panic hook) is harmless.
static ACTIVE: AtomicBool = AtomicBool::new(false);
static MOUSE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal in full-screen raw mode and restores it when dropped.
pub struct TerminalGuard {
    frames: Frames<Stdout>,
}

impl TerminalGuard {
    pub fn enter(mouse: bool) -> io::Result<TerminalGuard> {
        install_panic_hook();
        terminal::enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        let mut stdout = io::stdout();
        execute!(
            stdout,
            EnterAlternateScreen,
            EnableBracketedPaste,
            cursor::Hide
        )?;
        set_mouse(mouse)?;
        let frames = Frames::new(FrameBackend::new(io::stdout()))?;
        Ok(TerminalGuard { frames })
    }

    /// Draws one frame and writes it in one piece; frames that change more
    /// than one row go inside a synchronized update, so terminals that
    /// support it never show them half drawn (see `FrameBackend`).
    pub fn draw(
        &mut self,
        render: impl FnOnce(&mut ratatui::Frame, Canvas) -> Drawn,
    ) -> io::Result<()> {
        self.frames.draw(render)
    }
}

impl TerminalGuard {
    /// Hands the terminal to another program (the user's editor): leaves
    /// every mode resumd set. `resume` sets them all again.
    pub fn suspend(&mut self) {
        let mouse = MOUSE.load(Ordering::SeqCst);
        restore();
        MOUSE.store(mouse, Ordering::SeqCst);
    }

    /// Takes the terminal back after `suspend` and forces a full redraw,
    /// since the other program left the screen in an unknown state.
    pub fn resume(&mut self) -> io::Result<()> {
        let mouse = MOUSE.swap(false, Ordering::SeqCst);
        terminal::enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        execute!(
            io::stdout(),
            EnterAlternateScreen,
            EnableBracketedPaste,
            cursor::Hide
        )?;
        set_mouse(mouse)?;
        self.frames.backend_mut().forget();
        self.frames.clear()
    }

    /// Takes the terminal again after the process was stopped and continued
    /// behind resumd's back: the shell may have set line mode, so raw mode
    /// is set afresh (not trusted), then every other mode, and a full redraw.
    pub fn reenter(&mut self) -> io::Result<()> {
        if ACTIVE.load(Ordering::SeqCst) {
            let _ = terminal::disable_raw_mode();
        }
        self.resume()
    }

    /// Writes bytes that are not part of a frame, such as OSC 52.
    pub fn write_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.frames.backend_mut().write_raw(bytes)
    }
}

/// What the event loop needs from the screen: drawing, handing the
/// terminal to another program and taking it back, raw writes (OSC 52).
/// The real terminal is a [`TerminalGuard`]; tests use a `TestBackend`.
pub trait Screen {
    /// Columns and rows.
    fn size(&self) -> io::Result<(u16, u16)>;
    /// The terminal says it changed size (a resize event).
    fn resized(&mut self);
    /// Draws a frame over the last (see `Canvas`); `render` says where the
    /// cursor goes and what it drew.
    fn draw_frame(
        &mut self,
        render: &mut dyn FnMut(&mut ratatui::Frame, Canvas) -> Drawn,
    ) -> io::Result<()>;
    /// Shows a typed character under the cursor before its frame, if the
    /// screen allows (see `Frames::echo`); true if it was written.
    fn echo(&mut self, c: char, within: ratatui::layout::Rect) -> io::Result<bool>;
    fn suspend(&mut self);
    fn resume(&mut self) -> io::Result<()>;
    fn reenter(&mut self) -> io::Result<()>;
    fn write_raw(&mut self, bytes: &[u8]) -> io::Result<()>;
}

impl Screen for TerminalGuard {
    fn size(&self) -> io::Result<(u16, u16)> {
        self.frames.size()
    }
    fn draw_frame(
        &mut self,
        render: &mut dyn FnMut(&mut ratatui::Frame, Canvas) -> Drawn,
    ) -> io::Result<()> {
        self.draw(render)
    }
    fn echo(&mut self, c: char, within: ratatui::layout::Rect) -> io::Result<bool> {
        self.frames.echo(c, within)
    }
    fn resized(&mut self) {
        self.frames.resized();
    }
    fn suspend(&mut self) {
        TerminalGuard::suspend(self);
    }
    fn resume(&mut self) -> io::Result<()> {
        TerminalGuard::resume(self)
    }
    fn reenter(&mut self) -> io::Result<()> {
        TerminalGuard::reenter(self)
    }
    fn write_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        TerminalGuard::write_raw(self, bytes)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

pub fn set_mouse(on: bool) -> io::Result<()> {
    let mut stdout = io::stdout();
    if on {
        execute!(stdout, EnableMouseCapture)?;
    } else if MOUSE.load(Ordering::SeqCst) {
        execute!(stdout, DisableMouseCapture)?;
    }
    MOUSE.store(on, Ordering::SeqCst);
    Ok(())
}

/// Leaves full-screen mode. Errors are ignored: the terminal may already be
/// gone (a dropped SSH connection), and there is nothing better to do.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut stdout = io::stdout();
    if MOUSE.swap(false, Ordering::SeqCst) {
        let _ = execute!(stdout, DisableMouseCapture);
    }
    let _ = execute!(
        stdout,
        EndSynchronizedUpdate,
        // Frames leave their last colours set; the shell should not get them.
        SetAttribute(Attribute::Reset),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
    let _ = stdout.flush();
}

fn install_panic_hook() {
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // Restore first so the message lands on a normal screen.
        restore();
        previous(info);
    }));
}
