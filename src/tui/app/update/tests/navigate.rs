//! Moving around: focus, panes, the section list, rows, jumps.

use ratatui::crossterm::event::KeyCode;

use crate::resume::SectionKind;
use crate::tui::action::Action;
use crate::tui::layout::Pane;
use crate::tui::overlay::Notice;
use crate::tui::overlay::findings::FindingList;
use crate::tui::testing::{app, overlay, press};

#[test]
fn opens_in_the_summary_editor() {
    let app = app();
    assert_eq!(app.focus, Pane::Editor);
    assert_eq!(
        app.doc.resume.section(app.selected).unwrap().kind,
        SectionKind::Summary
    );
}

#[test]
fn tab_cycles_panes_and_sections_follow_arrows() {
    let mut app = app();
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.focus, Pane::Sections);
    let first = app.selected;
    press(&mut app, KeyCode::Down);
    assert_ne!(app.selected, first);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Pane::Editor);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Pane::Coach);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Pane::Preview);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Pane::Sections);
}

#[test]
fn up_and_down_move_by_screen_rows_of_a_wrapped_line() {
    let mut app = app();
    let long = "word ".repeat(60);
    app.replace_current_text(&long);
    app.prepare_view();
    let (width, _) = app.editor_text_size().unwrap();
    press(&mut app, KeyCode::Down);
    let cursor = app.editors.area(app.selected).unwrap().cursor();
    assert_eq!(cursor.0, 0, "still the first line");
    assert!(
        cursor.1 > 0 && cursor.1 <= width,
        "one row down: {cursor:?}"
    );
    press(&mut app, KeyCode::Up);
    assert_eq!(app.editors.area(app.selected).unwrap().cursor().1, 0);
}

#[test]
fn f3_returns_focus_to_the_pane_it_came_from() {
    let mut app = app();
    app.update(Action::FocusSections);
    app.update(Action::TogglePreview);
    assert_eq!(app.focus, Pane::Preview);
    app.update(Action::TogglePreview);
    assert_eq!(app.focus, Pane::Sections, "not the editor: K would type");
    app.update(Action::FocusEditor);
    app.update(Action::TogglePreview);
    app.update(Action::TogglePreview);
    assert_eq!(app.focus, Pane::Editor);
}

#[test]
fn question_mark_in_the_section_list_shows_its_keys() {
    let mut app = app();
    app.update(Action::FocusSections);
    press(&mut app, KeyCode::Char('?'));
    match overlay::<Notice>(&app) {
        Some(n) => {
            assert!(n.text.contains("Delete the section"), "{}", n.text);
            assert!(n.text.contains("Enter, l"), "{}", n.text);
        }
        _ => panic!("no list of keys"),
    }
}

#[test]
fn all_findings_jump_to_their_section_line_and_column() {
    let mut app = app();
    app.update(Action::FocusSections);
    app.update(Action::AllFindings);
    let Some(list) = overlay::<FindingList>(&app) else {
        panic!("no findings list");
    };
    let (at, item) = list
        .items
        .iter()
        .enumerate()
        .find(|(_, i)| i.section != Some(app.selected) && i.finding.line.is_some_and(|l| l > 0))
        .map(|(n, i)| (n, i.clone()))
        .expect("a finding in another section");
    for _ in 0..at {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    assert_eq!(Some(app.selected), item.section);
    assert_eq!(app.focus, Pane::Editor);
    let cursor = app.editors.area(app.selected).unwrap().cursor();
    assert_eq!(
        (cursor.0, cursor.1),
        (item.finding.line.unwrap(), item.finding.column)
    );
}
