//! Commands: exports, the palette, the clipboard, the resume list,
//! notices and messages.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::export::{Format, Kind};
use crate::resume::Level;
use crate::tui::action::Action;
use crate::tui::effect::{Effect, ResumeOp};
use crate::tui::overlay::{LevelPicker, Notice, Prompt, ResumeList};
use crate::tui::testing::{app, ctrl, current_body, overlay, press, press_with, type_text};

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
fn copying_a_selection_reaches_the_clipboard() {
    let mut app = app();
    press_with(&mut app, KeyCode::End, KeyModifiers::SHIFT);
    ctrl(&mut app, 'c');
    assert!(matches!(&app.effects[..], [Effect::Copy { text, .. }] if !text.is_empty()));
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
