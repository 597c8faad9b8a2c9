//! Helpers the tui tests share: an app open on a resume, keys pressed in
//! it, and the text of the section being edited.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use crate::guide;
use crate::resume::{Level, Resume, SectionKind};
use crate::storage::{SavedResume, Session};
use crate::tui::layout::Pane;
use crate::tui::overlay::{Modal, Overlay};
use crate::tui::{App, Theme};

/// An app on `resume` in the plain theme, as a fresh session opens it.
pub fn open(resume: Resume) -> App {
    App::open(
        "test",
        SavedResume {
            resume,
            session: Session::default(),
        },
        Theme::mono(),
    )
}

/// An app on the starter resume of a mid-level engineer.
pub fn app() -> App {
    open(guide::starter_resume(Level::Mid))
}

/// An app opened on a Summary that holds `body`, the cursor at
/// `(line, column)`, with the focus where opening puts it (the list).
pub fn on_summary(body: &str, cursor: (usize, usize)) -> App {
    let mut resume = Resume::new(Level::Mid);
    let id = resume.first_of_kind(SectionKind::Summary).unwrap().id;
    resume.section_mut(id).unwrap().body = body.into();
    let session = Session {
        section: Some(id),
        cursor,
        preview_scroll: 0,
        variant: None,
        pages: None,
    };
    App::open("test", SavedResume { resume, session }, Theme::mono())
}

/// An app editing a Summary that holds `body`, the cursor at
/// `(line, column)`, drawn once so the editor knows its size.
pub fn editing(body: &str, cursor: (usize, usize)) -> App {
    let mut app = on_summary(body, cursor);
    app.focus = Pane::Editor;
    app.prepare_view();
    app
}

/// A key with no modifier, for an overlay or the event loop.
pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Ctrl and a letter, for an overlay or the event loop.
pub fn ctrl_key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Presses a key with no modifier.
pub fn press(app: &mut App, code: KeyCode) {
    press_with(app, code, KeyModifiers::NONE);
}

pub fn press_with(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    app.handle_event(&Event::Key(KeyEvent::new(code, modifiers)));
}

/// Presses Ctrl and a letter.
pub fn ctrl(app: &mut App, c: char) {
    app.handle_event(&Event::Key(ctrl_key(c)));
}

/// Types `text` one key at a time.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// The text of the section being edited.
pub fn current_body(app: &App) -> String {
    app.doc.resume.section(app.selected).unwrap().body.clone()
}

/// The open overlay, if it is a `T`.
pub fn overlay<T: Modal>(app: &App) -> Option<&T> {
    downcast(app.overlay.as_ref()?)
}

/// The open overlay, if it is a `T`, to change.
pub fn overlay_mut<T: Modal>(app: &mut App) -> Option<&mut T> {
    let modal: &mut dyn std::any::Any = app.overlay.as_mut()?.as_mut();
    modal.downcast_mut()
}

/// An overlay as the `T` it is, if it is one.
pub fn downcast<T: Modal>(overlay: &Overlay) -> Option<&T> {
    let modal: &dyn std::any::Any = overlay.as_ref();
    modal.downcast_ref()
}

/// An overlay drawn alone on a `width`×`height` screen in the plain theme,
/// as text.
pub fn drawn(modal: &dyn Modal, width: u16, height: u16) -> String {
    let backend = ratatui::backend::TestBackend::new(width, height);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    terminal
        .draw(|frame| {
            modal.draw(&Theme::mono(), frame, frame.area());
        })
        .unwrap();
    terminal.backend().to_string()
}
