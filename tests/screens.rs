//! Whole-screen snapshots on ratatui's TestBackend: every level at the two
//! sizes that matter most (120×40, three panes; 80×24, two panes), plus
//! the overlays. Review each new snapshot before accepting it.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use resumd::guide;
use resumd::resume::Level;
use resumd::storage::{SavedResume, Session};
use resumd::tui::{App, Theme, view};

fn app(level: Level) -> App {
    let doc = SavedResume {
        resume: guide::starter_resume(level),
        session: Session::default(),
    };
    App::open("resume", doc, Theme::dark())
}

fn render(app: &mut App, width: u16, height: u16) -> String {
    app.handle_event(&Event::Resize(width, height));
    app.prepare_view();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::draw(app, frame)).unwrap();
    terminal.backend().to_string()
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

#[test]
fn junior_at_120x40() {
    insta::assert_snapshot!(render(&mut app(Level::Junior), 120, 40));
}

#[test]
fn mid_at_120x40() {
    insta::assert_snapshot!(render(&mut app(Level::Mid), 120, 40));
}

#[test]
fn senior_at_120x40() {
    insta::assert_snapshot!(render(&mut app(Level::Senior), 120, 40));
}

#[test]
fn junior_at_80x24() {
    insta::assert_snapshot!(render(&mut app(Level::Junior), 80, 24));
}

#[test]
fn mid_at_80x24() {
    insta::assert_snapshot!(render(&mut app(Level::Mid), 80, 24));
}

#[test]
fn senior_at_80x24() {
    insta::assert_snapshot!(render(&mut app(Level::Senior), 80, 24));
}

#[test]
fn preview_swapped_in_at_80x24() {
    let mut app = app(Level::Mid);
    press(&mut app, KeyCode::F(3));
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn first_run_asks_for_the_level() {
    let mut app = App::first_run("resume", Theme::dark());
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn palette_filtered() {
    let mut app = app(Level::Mid);
    press(&mut app, KeyCode::F(1));
    for c in "sect".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    insta::assert_snapshot!(render(&mut app, 120, 40));
}

#[test]
fn too_small_then_recovers() {
    let mut app = app(Level::Mid);
    let small = render(&mut app, 50, 12);
    assert!(small.contains("Terminal too small"), "{small}");
    insta::assert_snapshot!(small);
    let big = render(&mut app, 120, 40);
    assert!(big.contains("Summary") && !big.contains("too small"));
}

#[test]
fn level_change_keeps_text_and_adds_sections() {
    let mut app = app(Level::Mid);
    for c in "Kept words".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::F(4));
    press(&mut app, KeyCode::Char('3'));
    let screen = render(&mut app, 120, 40);
    assert!(screen.contains("Kept words"), "{screen}");
    assert!(screen.contains("Leadership"), "{screen}");
    assert_eq!(app.resume.level, Level::Senior);
}

#[test]
fn area_is_whole_screen() {
    let mut app = app(Level::Mid);
    render(&mut app, 100, 30);
    assert_eq!(app.area, Rect::new(0, 0, 100, 30));
}
