//! The event loop driven by a script of events on a `TestBackend`: open,
//! type, save, quit — the whole path a session takes, without a terminal.

use std::collections::VecDeque;
use std::io;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode};

use crate::guide;
use crate::resume::{Level, SectionKind};
use crate::storage::{Autosaver, IfExists, Store};
use crate::tui::runtime::{EventSource, Exit, Host, Signals, run};
use crate::tui::term::terminal::Screen;
use crate::tui::testing;
use crate::tui::{App, Theme};

/// Events in order, then nothing (the script must end the session).
struct Script(VecDeque<Event>);

impl EventSource for Script {
    fn next(&mut self, _timeout: Duration) -> io::Result<Option<Event>> {
        match self.0.pop_front() {
            Some(event) => Ok(Some(event)),
            None => Err(io::Error::other(
                "the script ran out before the session ended",
            )),
        }
    }
}

struct TestScreen {
    terminal: Terminal<TestBackend>,
    frames: usize,
}

impl Screen for TestScreen {
    fn size(&self) -> io::Result<(u16, u16)> {
        let area = self.terminal.backend().buffer().area;
        Ok((area.width, area.height))
    }
    fn draw_frame(
        &mut self,
        render: &mut dyn FnMut(
            &mut ratatui::Frame,
            crate::tui::term::frames::Canvas,
        ) -> crate::tui::term::frames::Drawn,
    ) -> io::Result<()> {
        self.frames += 1;
        // ratatui's own drawing starts every frame from a blank buffer.
        let Ok(_) = self.terminal.draw(|f| {
            render(f, crate::tui::term::frames::Canvas::Blank);
        });
        Ok(())
    }
    fn echo(&mut self, _c: char, _within: ratatui::layout::Rect) -> io::Result<bool> {
        // Every frame here is drawn whole from a blank buffer.
        Ok(false)
    }
    fn resized(&mut self) {}
    fn suspend(&mut self) {}
    fn resume(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn reenter(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn write_raw(&mut self, _bytes: &[u8]) -> io::Result<()> {
        Ok(())
    }
}

fn key(code: KeyCode) -> Event {
    Event::Key(testing::key(code))
}

fn ctrl(c: char) -> Event {
    Event::Key(testing::ctrl_key(c))
}

#[test]
fn a_scripted_session_opens_types_saves_and_quits() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path());
    let editing = store
        .create_resume(
            "script",
            guide::starter_resume(Level::Mid),
            IfExists::Refuse,
        )
        .unwrap();
    let mut app = App::open("script", editing.doc.clone().unwrap(), Theme::mono());
    let mut screen = TestScreen {
        terminal: Terminal::new(TestBackend::new(120, 40)).unwrap(),
        frames: 0,
    };
    let signals = Signals::none();
    let mut host = Host {
        guard: &mut screen,
        signals: &signals,
        store: &store,
        saver: Autosaver::spawn(editing.path.clone()),
        lock: editing.lock,
        view: Default::default(),
    };
    let mut events: VecDeque<Event> = "Scripted words "
        .chars()
        .map(|c| key(KeyCode::Char(c)))
        .collect();
    events.push_back(ctrl('s'));
    events.push_back(ctrl('q'));
    let exit = run(&mut app, &mut Script(events), &mut host);
    drop(host);

    assert_eq!(exit, Exit::Quit);
    assert!(screen.frames >= 1, "drawn");
    let shown = format!("{}", screen.terminal.backend());
    assert!(shown.contains("Scripted words"), "{shown}");
    let saved = store.read_resume("script").unwrap().doc.resume;
    let summary = saved.first_of_kind(SectionKind::Summary).unwrap();
    assert!(
        summary.body.starts_with("Scripted words "),
        "{}",
        summary.body
    );
}
