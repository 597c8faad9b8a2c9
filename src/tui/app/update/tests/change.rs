//! Changing the document: typing, pastes, sections, the level, undo,
//! read-only, external edits, find and replace.

use ratatui::crossterm::event::{Event, KeyCode};

use crate::resume::{Level, SectionKind};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::effect::Effect;
use crate::tui::overlay::{Confirm, Prompt};
use crate::tui::testing::{app, ctrl, current_body, overlay, press, type_text};

#[test]
fn typing_changes_the_body_and_schedules_a_save() {
    let mut app = app();
    type_text(&mut app, "Hi ");
    assert!(current_body(&app).starts_with("Hi "));
    assert!(app.autosave_deadline().is_some());
}

#[test]
fn undo_and_redo_restore_the_body() {
    let mut app = app();
    let before = current_body(&app);
    type_text(&mut app, "x");
    ctrl(&mut app, 'z');
    assert_eq!(current_body(&app), before);
    ctrl(&mut app, 'y');
    assert!(current_body(&app).starts_with('x'));
}

#[test]
fn paste_inserts_text_with_line_breaks() {
    let mut app = app();
    app.handle_event(&Event::Paste("one\rtwo".into()));
    assert!(current_body(&app).starts_with("one\ntwo"));
}

#[test]
fn add_rename_move_and_delete_a_section() {
    let mut app = app();
    let count = app.doc.resume.sections().len();
    app.update(Action::AddSection);
    type_text(&mut app, "Volunteering");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.doc.resume.sections().len(), count + 1);
    let added = app.doc.resume.section(app.selected).unwrap();
    assert_eq!(added.title, "Volunteering");
    assert_eq!(added.kind, SectionKind::Custom);
    let index = app.current_index();

    app.update(Action::RenameSection);
    ctrl(&mut app, 'u');
    type_text(&mut app, "Community");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.doc.resume.section(app.selected).unwrap().title,
        "Community"
    );

    app.update(Action::MoveSectionUp);
    assert_eq!(app.current_index(), index - 1);

    app.update(Action::DeleteSection);
    assert!(overlay::<Confirm>(&app).is_some());
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.doc.resume.sections().len(), count + 1, "n keeps it");
    app.update(Action::DeleteSection);
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(app.doc.resume.sections().len(), count);
    assert!(
        app.doc
            .resume
            .sections()
            .iter()
            .all(|s| s.title != "Community")
    );
}

#[test]
fn empty_prompt_answers_keep_the_prompt_open() {
    let mut app = app();
    app.update(Action::RenameSection);
    ctrl(&mut app, 'u');
    press(&mut app, KeyCode::Enter);
    match overlay::<Prompt>(&app) {
        Some(p) => assert!(p.note.is_some()),
        _ => panic!("prompt closed on an empty answer"),
    }
}

#[test]
fn level_change_keeps_text_and_asks_for_a_save() {
    let mut app = app();
    type_text(&mut app, "Mine ");
    app.update(Action::SetLevel(Level::Senior));
    assert_eq!(app.doc.resume.level, Level::Senior);
    assert!(app.doc.resume.to_markdown().contains("Mine "));
    assert!(
        app.doc
            .resume
            .first_of_kind(SectionKind::Leadership)
            .is_some()
    );
    assert!(app.effects.contains(&Effect::SaveNow));
}

#[test]
fn read_only_blocks_every_change() {
    let mut app = app();
    app.doc.read_only = Some("open elsewhere".into());
    let before = app.doc.resume.clone();
    type_text(&mut app, "nope");
    app.handle_event(&Event::Paste("nope".into()));
    app.update(Action::SetLevel(Level::Junior));
    app.update(Action::MoveSectionDown);
    assert_eq!(app.doc.resume, before);
    assert!(app.status.as_ref().is_some_and(|s| s.alert));
}

#[test]
fn external_edit_replaces_text_as_one_undoable_change() {
    let mut app = app();
    let before = current_body(&app);
    type_text(&mut app, "typed first ");
    let typed = current_body(&app);
    app.replace_current_text("From my editor");
    assert_eq!(current_body(&app), "From my editor");
    ctrl(&mut app, 'z');
    assert_eq!(
        current_body(&app),
        typed,
        "one Ctrl-Z: exactly the text before"
    );
    assert!(
        app.status
            .as_ref()
            .unwrap()
            .text
            .contains("edit from your editor")
    );
    ctrl(&mut app, 'y');
    assert_eq!(current_body(&app), "From my editor");
    ctrl(&mut app, 'z');
    ctrl(&mut app, 'z');
    ctrl(&mut app, 'z');
    assert_eq!(current_body(&app), before);
}

#[test]
fn a_twelve_word_sentence_undoes_in_at_most_twelve_presses() {
    let mut app = app();
    let before = current_body(&app);
    type_text(
        &mut app,
        "Cut p99 latency of the payments API from 800 to 200 ms.",
    );
    let mut presses = 0;
    while current_body(&app) != before {
        ctrl(&mut app, 'z');
        presses += 1;
        assert!(presses <= 12, "still not undone after 12 presses");
    }
    assert!(presses > 1, "a word is a step, not the whole sentence");
}

#[test]
fn a_stray_word_in_the_section_list_deletes_nothing() {
    let mut app = app();
    app.update(Action::FocusSections);
    let sections = app.doc.resume.clone();
    type_text(&mut app, "daily yes");
    assert_eq!(app.doc.resume.sections().len(), sections.sections().len());
    assert!(
        app.doc
            .resume
            .sections()
            .iter()
            .all(|s| sections.section(s.id).is_some())
    );
}

#[test]
fn a_deleted_section_comes_back_with_ctrl_z_from_the_list() {
    let mut app = app();
    app.update(Action::FocusSections);
    let before = app.doc.resume.clone();
    let title = app.doc.resume.section(app.selected).unwrap().title.clone();
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(app.doc.resume.sections().len(), before.sections().len() - 1);
    ctrl(&mut app, 'z');
    assert_eq!(app.doc.resume, before);
    let status = &app.status.as_ref().unwrap().text;
    assert!(
        status.contains("Undone") && status.contains(&title),
        "{status}"
    );
    ctrl(&mut app, 'y');
    assert_eq!(app.doc.resume.sections().len(), before.sections().len() - 1);
}

#[test]
fn renames_moves_and_level_changes_undo() {
    let mut app = app();
    let before = app.doc.resume.clone();
    app.update(Action::RenameSection);
    ctrl(&mut app, 'u');
    type_text(&mut app, "About");
    press(&mut app, KeyCode::Enter);
    app.update(Action::MoveSectionDown);
    app.update(Action::SetLevel(Level::Senior));
    assert_ne!(app.doc.resume, before);
    for _ in 0..3 {
        ctrl(&mut app, 'z');
    }
    assert_eq!(app.doc.resume, before);
}

#[test]
fn mid_senior_mid_takes_back_the_untouched_sections_it_added() {
    let titles = |app: &App| -> Vec<String> {
        let sections = app.doc.resume.sections().iter();
        sections.map(|s| s.title.clone()).collect()
    };
    let mut app = app();
    let before = titles(&app);
    app.update(Action::SetLevel(Level::Senior));
    assert!(app.doc.resume.sections().len() > before.len());
    app.update(Action::SetLevel(Level::Mid));
    assert_eq!(titles(&app), before);
}

#[test]
fn find_walks_the_matches_and_replace_is_one_undo() {
    let mut app = app();
    app.replace_current_text("Go engineer. Rust engineer.\nLead engineer.");
    let before = current_body(&app);
    ctrl(&mut app, 'f');
    type_text(&mut app, "engineer");
    press(&mut app, KeyCode::Enter);
    let note = |app: &App| match overlay::<Prompt>(app) {
        Some(p) => p.note.clone().unwrap_or_default(),
        _ => panic!("the find prompt stays open"),
    };
    assert!(note(&app).starts_with("Match 1 of 3"), "{}", note(&app));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert!(note(&app).starts_with("Match 3 of 3"), "{}", note(&app));
    let cursor = app.editors.area(app.selected).unwrap().cursor();
    assert_eq!(
        (cursor.0, cursor.1),
        (1, 13),
        "at the end of the third match"
    );
    press(&mut app, KeyCode::Enter);
    assert!(note(&app).contains("from the top"), "{}", note(&app));
    press(&mut app, KeyCode::Esc);

    ctrl(&mut app, 'r');
    press(&mut app, KeyCode::Enter); // the last search is filled in
    type_text(&mut app, "developer");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current_body(&app), before.replace("engineer", "developer"));
    ctrl(&mut app, 'z');
    assert_eq!(current_body(&app), before);
}
