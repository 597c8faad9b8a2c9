use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};

use crate::export::{Format, Kind};
use crate::resume::{Level, SectionKind};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::effect::{Effect, ResumeOp};
use crate::tui::layout::Pane;
use crate::tui::overlay::findings::FindingList;
use crate::tui::overlay::{Confirm, LevelPicker, Notice, Prompt, ResumeList};
use crate::tui::testing::{app, ctrl, current_body, overlay, press, press_with, type_text};

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
fn export_prompt_defaults_to_resume_md_and_emits_an_effect() {
    let mut app = app();
    app.update(Action::ExportMarkdown);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.effects,
        vec![Effect::Export {
            path: "resume.md".into(),
            format: Kind::Text(Format::Markdown),
            overwrite: false
        }]
    );
}

#[test]
fn palette_runs_what_is_selected() {
    let mut app = app();
    press(&mut app, KeyCode::F(1));
    type_text(&mut app, "copy the whole");
    press(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    assert!(matches!(&app.effects[..], [Effect::Copy { what, .. }] if what == "the resume"));
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
fn copying_a_selection_reaches_the_clipboard() {
    let mut app = app();
    press_with(&mut app, KeyCode::End, KeyModifiers::SHIFT);
    ctrl(&mut app, 'c');
    assert!(matches!(&app.effects[..], [Effect::Copy { text, .. }] if !text.is_empty()));
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
    let mut app = app();
    let before: Vec<_> = app
        .doc
        .resume
        .sections()
        .iter()
        .map(|s| s.title.clone())
        .collect();
    app.update(Action::SetLevel(Level::Senior));
    assert!(app.doc.resume.sections().len() > before.len());
    app.update(Action::SetLevel(Level::Mid));
    let after: Vec<_> = app
        .doc
        .resume
        .sections()
        .iter()
        .map(|s| s.title.clone())
        .collect();
    assert_eq!(after, before);
}

#[test]
fn resume_list_flows_ask_the_loop_for_work() {
    let mut app = app();
    app.update(Action::Resumes);
    assert_eq!(app.effects, vec![Effect::Resumes(ResumeOp::List)]);
    app.effects.clear();
    // The loop answers with the list; n starts a new resume: name, then level.
    app.open_overlay(ResumeList::new(vec!["test".into(), "other".into()], "test"));
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "platform");
    press(&mut app, KeyCode::Enter);
    assert!(overlay::<LevelPicker>(&app).is_some());
    press(&mut app, KeyCode::Char('3'));
    assert!(app.effects.is_empty(), "a digit only highlights");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.effects,
        vec![Effect::Resumes(ResumeOp::Create {
            name: "platform".into(),
            level: Level::Senior
        })]
    );
}

#[test]
fn resume_names_are_checked_before_anything_happens() {
    let mut app = app();
    app.open_overlay(ResumeList::new(vec!["test".into()], "test"));
    press(&mut app, KeyCode::Char('c'));
    ctrl(&mut app, 'u');
    type_text(&mut app, "bad/name");
    press(&mut app, KeyCode::Enter);
    match overlay::<Prompt>(&app) {
        Some(p) => assert!(p.note.as_deref().unwrap_or("").contains("not a valid")),
        _ => panic!("the prompt stays open"),
    }
    assert!(app.effects.is_empty());
}

#[test]
fn export_asks_for_a_format_then_a_path() {
    let mut app = app();
    app.update(Action::Export);
    // The PDF first, then Markdown, then JSON Resume.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.effects,
        vec![Effect::Export {
            path: "test.json".into(),
            format: Kind::Text(Format::JsonResume),
            overwrite: false
        }]
    );
}

#[test]
fn export_pdf_asks_for_a_path_named_after_the_resume() {
    let mut app = app();
    app.update(Action::ExportPdf);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.effects,
        vec![Effect::Export {
            path: "test.pdf".into(),
            format: Kind::Pdf,
            overwrite: false
        }]
    );
}

#[test]
fn keys_typed_while_a_notice_shows_are_not_swallowed() {
    let mut app = app();
    let before = current_body(&app);
    app.notify("A lock left by a crashed resumd was taken over.");
    type_text(&mut app, "Hello world ");
    assert!(app.overlay.is_none());
    assert_eq!(current_body(&app), format!("Hello world {before}"));
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
fn the_message_log_keeps_what_the_status_bar_said() {
    let mut app = app();
    app.say("First message.");
    app.alert("Second message.");
    type_text(&mut app, "x");
    assert!(app.status.is_none(), "an edit clears the message");
    app.update(Action::Messages);
    match overlay::<Notice>(&app) {
        Some(n) => {
            assert!(
                n.text.contains("First message.\nSecond message."),
                "{}",
                n.text
            )
        }
        _ => panic!("no log"),
    }
}

#[test]
fn palette_clipboard_commands_act_in_the_editor_and_cut_says_cut() {
    let mut app = app();
    app.update(Action::SelectAll);
    app.update(Action::CutSelection);
    assert_eq!(current_body(&app), "");
    assert!(matches!(&app.effects[..], [Effect::Copy { cut: true, .. }]));
    app.update(Action::PasteCut);
    assert!(!current_body(&app).is_empty());
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
