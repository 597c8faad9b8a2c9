use ratatui::Terminal;
use ratatui::backend::{Backend, TestBackend};
use ratatui::style::Modifier;

use crate::tui::{App, Theme, view};

fn editing(body: String, cursor: (usize, usize)) -> App {
    // The focus stays on the list, as on opening: these tests look at the
    // editor pane as it is first shown.
    crate::tui::testing::on_summary(&body, cursor)
}

fn screen(app: &mut App) -> (String, ratatui::layout::Position) {
    app.prepare_view();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| view::draw(app, f)).unwrap();
    let at = terminal.backend_mut().get_cursor_position().unwrap();
    (format!("{}", terminal.backend()), at)
}

#[test]
fn ctrl_end_in_a_huge_section_shows_the_end_and_the_cursor() {
    let body: String = (1..=50_000)
        .map(|n| format!("- Bullet number {n} with enough words to wrap onto a second row of the editor pane\n"))
        .collect();
    let mut app = editing(body, (0, 0));
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    app.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::End,
        KeyModifiers::CONTROL,
    )));
    let (shown, at) = screen(&mut app);
    assert!(shown.contains("Bullet number 50000"), "{shown}");
    assert!(!shown.contains("Bullet number 17222"));
    let row: String = shown.lines().nth(at.y as usize).unwrap().to_string();
    assert!(row.contains('┃'), "the cursor is inside the editor: {row}");
}

#[test]
fn control_characters_show_as_pictures_and_columns_stay_right() {
    let mut app = editing("a\u{1b}[2Jb \u{F001B} c".into(), (0, 0));
    let (shown, _) = screen(&mut app);
    assert!(shown.contains("a␛[2Jb \u{F001B} c"), "{shown}");
}

/// The style of the first cell showing `word` on the screen.
fn style_of(app: &mut App, word: &str) -> ratatui::style::Style {
    app.prepare_view();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| view::draw(app, f)).unwrap();
    let buffer = terminal.backend().buffer();
    let shown = format!("{}", terminal.backend());
    let (y, row) = shown
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(word))
        .unwrap_or_else(|| panic!("{word} not on screen: {shown}"));
    let x = row[..row.find(word).unwrap()].chars().count();
    buffer[(x as u16, y as u16)].style()
}

fn editing_in(theme: Theme, body: &str, cursor: (usize, usize)) -> App {
    let mut app = editing(body.into(), cursor);
    app.set_theme(theme);
    app.focus = crate::tui::layout::Pane::Editor;
    app
}

#[test]
fn a_finished_misspelling_is_underlined_in_colour_or_alone_in_mono() {
    let body = "Grew the buisness fast\nShipped it";
    let mut app = editing_in(Theme::dark(), body, (1, 0));
    let style = style_of(&mut app, "buisness");
    assert!(style.add_modifier.contains(Modifier::UNDERLINED));
    assert_eq!(style.fg, Some(ratatui::style::Color::Red));
    let plain = style_of(&mut app, "fast");
    assert!(!plain.add_modifier.contains(Modifier::UNDERLINED));

    let mut app = editing_in(Theme::mono(), body, (1, 0));
    let style = style_of(&mut app, "buisness");
    assert!(style.add_modifier.contains(Modifier::UNDERLINED));
    assert!(matches!(
        style.fg,
        None | Some(ratatui::style::Color::Reset)
    ));
}

#[test]
fn the_word_being_typed_is_not_underlined_until_it_is_left() {
    let mut app = editing_in(Theme::dark(), "Grew the buisness", (0, 17));
    let style = style_of(&mut app, "buisness");
    assert!(!style.add_modifier.contains(Modifier::UNDERLINED));
    let mut app = editing_in(Theme::dark(), "Grew the buisness ", (0, 18));
    let style = style_of(&mut app, "buisness");
    assert!(style.add_modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn the_terminal_cursor_sits_after_the_last_typed_letter() {
    let mut app = editing("Go engineer".into(), (0, 11));
    app.prepare_view();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| view::draw(&app, f)).unwrap();
    let at = terminal.backend_mut().get_cursor_position().unwrap();
    let buffer = terminal.backend().buffer();
    assert_eq!(
        buffer[(at.x - 1, at.y)].symbol(),
        "r",
        "right after the text"
    );
    let under = &buffer[(at.x, at.y)];
    assert_eq!(under.symbol(), " ");
    assert!(
        !under.modifier.contains(Modifier::REVERSED),
        "no drawn cursor cell under the terminal's own"
    );
}
