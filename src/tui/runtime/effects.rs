//! Carrying out what the app asked for: the work that touches files or the
//! terminal, which the app state itself never does.

use crate::export::{Kind, PdfRequest, placeholder_warning, to_pdf};
use crate::storage::{
    ExportError, Store, describe_io, expand_home, export_target, read_user_text, write_export,
};
use crate::tui::app::App;
use crate::tui::effect::Effect;
use crate::tui::overlay::LineInput;
use crate::tui::overlay::job::posting_prompt;
use crate::tui::runtime::host::{Host, draw, final_save, submit};
use crate::tui::runtime::library;
use crate::tui::term::terminal::{self, Screen};
use crate::tui::term::{clipboard, external};
use crate::tui::view::plural;

pub fn carry_out(app: &mut App, host: &mut Host) {
    for effect in std::mem::take(&mut app.effects) {
        match effect {
            Effect::Copy { text, what, cut } => copy(app, host.guard, &text, &what, cut),
            Effect::EditExternally => edit_externally(app, host.guard),
            Effect::SetMouse(on) => {
                if let Err(error) = terminal::set_mouse(on) {
                    app.alert(format!("Cannot change mouse mode: {error}"));
                }
            }
            Effect::SavePreferences => {
                let (theme, mouse) = (app.theme.name.to_string(), app.mouse);
                let saved = host.store.update_settings(|settings| {
                    settings.theme = Some(theme);
                    settings.mouse = mouse;
                });
                if let Err(error) = saved {
                    app.alert(format!("Could not save preferences: {error}"));
                }
            }
            Effect::AddToDictionary(word) => match host.store.add_to_dictionary(&word) {
                Ok(added) => {
                    app.learned_word(&word);
                    for note in added.notes {
                        app.notify(note);
                    }
                    app.say(format!("Added '{word}' to your dictionary."));
                }
                Err(error) => {
                    app.alert(format!("Could not add '{word}' to the dictionary: {error}"))
                }
            },
            Effect::SaveNow => {
                if app.doc.read_only.is_none() {
                    submit(app, &host.saver);
                    // Saves that follow another action keep its message
                    // ("Level: Senior…"); Ctrl-S clears the bar first.
                    if app.status.is_none() {
                        app.say("Saved.");
                    }
                }
            }
            Effect::Export {
                path,
                format,
                overwrite,
            } => export(app, host.store, &path, format, overwrite),
            Effect::Import { path } => library::import(app, host, &path),
            Effect::ReadPosting { path } => read_posting(app, &path),
            Effect::Resumes(op) => library::carry_out(app, host, op),
            Effect::Quit => quit(app, host),
            Effect::SaveElsewhere { path } => save_elsewhere(app, &path),
        }
    }
}

/// Saves and leaves; if the save fails, asks what to do in full. Saying
/// "Saving…" first means a slow disk is never a silent freeze.
fn quit(app: &mut App, host: &mut Host) {
    if app.doc.read_only.is_none() && !app.doc.save.is_saved() {
        app.say("Saving before quitting…");
        let _ = draw(app, host.guard, &mut host.view);
    }
    match final_save(app, &host.saver) {
        Ok(()) => app.should_quit = true,
        Err(error) => app.ask_quit_without_saving(&error),
    }
}

/// Saves are failing: writes the resume as Markdown to a path the user
/// chose, then leaves (the resume file itself still holds the last save).
fn save_elsewhere(app: &mut App, path: &str) {
    let target = expand_home(path);
    // Never replaces a file: a name that exists is refused.
    match write_export(&target, app.doc.resume.to_markdown().as_bytes(), false) {
        Ok(()) => {
            app.exit_note = Some(format!(
                "the resume file could not be written; your text was saved as Markdown to {} \
                 (bring it back with `resumd import`)",
                target.display()
            ));
            app.should_quit = true;
        }
        Err(error) => {
            app.alert(format!("Could not save there: {}.", export_problem(&error)));
            app.ask_quit_without_saving("the resume file cannot be written");
        }
    }
}

fn copy(app: &mut App, guard: &mut dyn Screen, text: &str, what: &str, cut: bool) {
    if text.len() > clipboard::MAX_BYTES {
        app.alert(format!(
            "{what} is too large to copy through the terminal ({} KiB); use `resumd export` instead.",
            text.len() / 1024
        ));
    } else if let Err(error) = guard.write_raw(clipboard::osc52(text).as_bytes()) {
        app.alert(format!("Could not copy: {error}"));
    } else {
        let verb = if cut { "Cut" } else { "Copied" };
        app.say(format!(
            "{verb} {what} to the clipboard (through the terminal; in tmux set `set-clipboard on`)."
        ));
    }
}

fn edit_externally(app: &mut App, guard: &mut dyn Screen) {
    let Some(section) = app.doc.resume.section(app.selected) else {
        return;
    };
    let (stem, text) = (section.kind.id().to_string(), section.body.clone());
    guard.suspend();
    let result = external::edit(&stem, &text);
    if let Err(error) = guard.resume() {
        app.alert(format!("Could not restore the screen: {error}"));
    }
    app.needs_redraw = true;
    match result {
        Ok(edited) if edited == text => app.say("No change from the editor."),
        Ok(edited) => {
            app.replace_current_text(&edited);
            app.say("Section updated from the editor (Ctrl-Z undoes it).");
        }
        Err(error) => app.alert(error),
    }
}

/// A job posting from a file; what goes wrong keeps the question open
/// with the reason.
fn read_posting(app: &mut App, path: &str) {
    let result = read_user_text(&expand_home(path))
        .map_err(|e| e.to_string())
        .and_then(|text| app.take_posting(&text));
    if let Err(error) = result {
        let mut prompt = posting_prompt();
        prompt.input = LineInput::with_text(path);
        prompt.note = Some(format!("Could not read a posting: {error}"));
        app.open_overlay(prompt);
    }
    app.needs_redraw = true;
}

fn export(app: &mut App, store: &Store, path: &str, kind: Kind, overwrite: bool) {
    let target = expand_home(path);
    // A file (or a link to nothing) asks first; a terminal, FIFO or device
    // is written to, never replaced (see `storage::write_export`).
    let needs_consent = export_target(&target).is_ok_and(|t| t.needs_consent());
    if needs_consent && !overwrite {
        app.ask_overwrite(kind, path);
        return;
    }
    let paper = store.remembered_paper();
    let (bytes, done) = match kind {
        Kind::Text(format) => (
            format
                .render_on(&app.doc.shown_resume(), paper)
                .into_bytes(),
            format!(
                "Exported {} to {}.",
                plural(app.doc.resume.word_count(), "word", "words"),
                target.display()
            ),
        ),
        Kind::Pdf => {
            let request = PdfRequest { paper, pages: None };
            let shown = app.doc.shown_resume().into_owned();
            match to_pdf(&shown, request) {
                Ok(pdf) => {
                    let mut done = format!(
                        "Exported {} ({}, {} pt) to {}.",
                        plural(pdf.pages, "page", "pages"),
                        paper,
                        pdf.body_size,
                        target.display()
                    );
                    if let Some(note) = pdf.overflow_note() {
                        done.push_str(&format!(" The resume {note}."));
                    }
                    if let Some(warning) = placeholder_warning(&shown) {
                        let warning = warning.strip_prefix("warning: ").unwrap_or(&warning);
                        done.push_str(&format!(" Note: {warning}."));
                    }
                    (pdf.bytes, done)
                }
                Err(error) => {
                    app.alert(format!("Could not typeset the PDF: {error}"));
                    return;
                }
            }
        }
    };
    match write_export(&target, &bytes, overwrite) {
        Ok(()) => app.say(done),
        Err(error) => app.alert(format!(
            "Could not export: {}. Try another path.",
            export_problem(&error)
        )),
    }
}

/// What went wrong with an export path, in the app's words (storage's own
/// messages give the command line's options).
fn export_problem(error: &ExportError) -> String {
    match error {
        ExportError::Exists(path) => format!("{} exists; choose a new name", path.display()),
        ExportError::DanglingLink { link, points_to } => format!(
            "{} is a link to {}, which does not exist",
            link.display(),
            points_to.display()
        ),
        ExportError::NotAFile { path, what } => format!("{} is {what}, not a file", path.display()),
        ExportError::Io { path, source } => {
            format!("cannot write {}: {}", path.display(), describe_io(source))
        }
    }
}
