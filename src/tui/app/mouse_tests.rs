//! Mouse events as actions: which action an event becomes, and what the
//! click and scroll actions do.

use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use crate::resume::SectionKind;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::effect::Effect;
use crate::tui::layout::Pane;
use crate::tui::overlay::Palette;
use crate::tui::testing::{app, editing};

/// A mouse event, through the app's event handling.
fn mouse(app: &mut App, kind: MouseEventKind, column: u16, row: u16) {
    app.handle_event(&Event::Mouse(event(kind, column, row)));
}

fn event(kind: MouseEventKind, column: u16, row: u16) -> MouseEvent {
    MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }
}

#[test]
fn mouse_is_ignored_until_turned_on() {
    let mut app = app();
    app.prepare_view();
    let before = app.selected;
    mouse(&mut app, MouseEventKind::Down(MouseButton::Left), 3, 4);
    assert_eq!(app.selected, before);
    app.update(Action::ToggleMouse);
    assert!(app.mouse);
    assert!(app.effects.contains(&Effect::SetMouse(true)));
    mouse(&mut app, MouseEventKind::Down(MouseButton::Left), 3, 4);
    assert_eq!(
        app.selected,
        app.doc.resume.sections()[3].id,
        "row 4 is the 4th section"
    );
    assert_eq!(app.focus, Pane::Sections);
}

#[test]
fn mouse_clicks_focus_and_place_the_cursor_and_the_wheel_scrolls() {
    let mut app = app();
    app.mouse = true;
    app.prepare_view();
    let editor = app.screen().unwrap().editor.unwrap();
    // Inside the border and the two-column gutter: the 6th character.
    mouse(
        &mut app,
        MouseEventKind::Down(MouseButton::Left),
        editor.x + 3 + 5,
        editor.y + 1,
    );
    assert_eq!(app.focus, Pane::Editor);
    let cursor = app.editors.area(app.selected).unwrap().cursor();
    assert_eq!((cursor.0, cursor.1), (0, 5));

    let preview = app.screen().unwrap().preview.unwrap();
    let scroll = app.preview_scroll;
    mouse(
        &mut app,
        MouseEventKind::ScrollDown,
        preview.x + 2,
        preview.y + 2,
    );
    assert!(!app.preview_follows);
    assert_eq!(app.preview_scroll, scroll + 3);
}

#[test]
fn a_click_on_a_scrolled_section_list_picks_the_section_under_it() {
    let mut app = app();
    app.mouse = true;
    for n in 0..40 {
        let at = app.doc.resume.sections().len();
        app.doc
            .resume
            .insert_section(at, SectionKind::Custom, &format!("Extra {n}"), "");
    }
    app.area = ratatui::layout::Rect::new(0, 0, 120, 24);
    let last = app.doc.resume.sections().last().unwrap().id;
    app.selected = last;
    app.prepare_view();
    let nav = app.screen().unwrap().nav.unwrap();
    // The list shows the last sections; the row above the selection holds
    // the one before it.
    let last_row = nav.y + nav.height - 2;
    mouse(
        &mut app,
        MouseEventKind::Down(MouseButton::Left),
        nav.x + 2,
        last_row - 1,
    );
    let count = app.doc.resume.sections().len();
    assert_eq!(app.selected, app.doc.resume.sections()[count - 2].id);
}

#[test]
fn a_click_becomes_an_action_naming_the_pane_and_the_cell_inside_its_border() {
    let mut app = app();
    app.prepare_view();
    let screen = app.screen().unwrap();
    let (editor, preview, nav) = (
        screen.editor.unwrap(),
        screen.preview.unwrap(),
        screen.nav.unwrap(),
    );
    let left = MouseEventKind::Down(MouseButton::Left);
    assert_eq!(
        app.mouse_action(&event(left, editor.x + 3 + 5, editor.y + 1)),
        Some(Action::Click {
            pane: Pane::Editor,
            row: 0,
            column: 7
        }),
        "the gutter is the editor's business, not the event's"
    );
    assert_eq!(
        app.mouse_action(&event(left, nav.x, nav.y)),
        Some(Action::Click {
            pane: Pane::Sections,
            row: 0,
            column: 0
        }),
        "a click on the border counts as the first row"
    );
    assert_eq!(
        app.mouse_action(&event(
            MouseEventKind::ScrollDown,
            preview.x + 2,
            preview.y + 2
        )),
        Some(Action::Scroll {
            pane: Pane::Preview,
            lines: 3
        })
    );
    assert_eq!(
        app.mouse_action(&event(MouseEventKind::ScrollUp, nav.x + 1, nav.y + 1)),
        Some(Action::Scroll {
            pane: Pane::Sections,
            lines: -3
        })
    );
    let moved = MouseEventKind::Moved;
    assert_eq!(
        app.mouse_action(&event(moved, editor.x + 4, editor.y + 1)),
        None
    );
    let right = MouseEventKind::Down(MouseButton::Right);
    assert_eq!(
        app.mouse_action(&event(right, editor.x + 4, editor.y + 1)),
        None
    );
    let status = screen.status;
    assert_eq!(
        app.mouse_action(&event(left, status.x + 1, status.y)),
        None,
        "not a pane"
    );
    app.open_overlay(Palette::default());
    assert_eq!(
        app.mouse_action(&event(left, editor.x + 4, editor.y + 1)),
        None,
        "an open overlay owns the input"
    );
}

#[test]
fn click_and_scroll_actions_pick_focus_and_move_like_their_events() {
    let mut app = app();
    app.prepare_view();
    app.update(Action::Click {
        pane: Pane::Sections,
        row: 3,
        column: 2,
    });
    assert_eq!(app.focus, Pane::Sections);
    assert_eq!(app.selected, app.doc.resume.sections()[3].id);
    app.update(Action::Scroll {
        pane: Pane::Sections,
        lines: 3,
    });
    assert_eq!(
        app.selected,
        app.doc.resume.sections()[4].id,
        "one section a notch"
    );
    app.update(Action::Scroll {
        pane: Pane::Sections,
        lines: -3,
    });
    assert_eq!(app.selected, app.doc.resume.sections()[3].id);

    app.update(Action::Click {
        pane: Pane::Preview,
        row: 1,
        column: 1,
    });
    assert_eq!(app.focus, Pane::Preview);
    let scroll = app.preview_scroll;
    app.update(Action::Scroll {
        pane: Pane::Preview,
        lines: 3,
    });
    assert!(!app.preview_follows);
    assert_eq!(app.preview_scroll, scroll + 3);
    app.update(Action::Scroll {
        pane: Pane::Preview,
        lines: -30,
    });
    assert_eq!(app.preview_scroll, 0, "never above the top");
}

#[test]
fn a_click_and_the_wheel_move_the_editor_cursor_by_screen_rows() {
    let mut app = editing(
        "First line of the summary.\nSecond line.\nThird line.",
        (0, 0),
    );
    app.update(Action::FocusSections);
    // Row 1, column 2 + 3 past the gutter: the 4th character of line 2.
    app.update(Action::Click {
        pane: Pane::Editor,
        row: 1,
        column: 2 + 3,
    });
    assert_eq!(app.focus, Pane::Editor);
    let cursor = app.editors.area(app.selected).unwrap().cursor();
    assert_eq!((cursor.0, cursor.1), (1, 3));
    app.update(Action::Scroll {
        pane: Pane::Editor,
        lines: 3,
    });
    let cursor = app.editors.area(app.selected).unwrap().cursor();
    assert_eq!(cursor.0, 2, "down to the last line");
}

#[test]
fn clicks_and_the_wheel_work_in_a_read_only_resume() {
    let click = Action::Click {
        pane: Pane::Editor,
        row: 0,
        column: 4,
    };
    assert!(!click.edits());
    assert!(
        !Action::Scroll {
            pane: Pane::Preview,
            lines: 3
        }
        .edits()
    );
    let mut app = editing("Read-only text.", (0, 0));
    app.doc.read_only = Some("another resumd has it open".into());
    app.update(click);
    let cursor = app.editors.area(app.selected).unwrap().cursor();
    assert_eq!((cursor.0, cursor.1), (0, 2));
    assert!(app.status.is_none(), "no read-only alert for a click");
    assert!(!app.effects.contains(&Effect::SaveNow));
}
