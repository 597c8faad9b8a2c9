//! Many resumes: opening another, creating, duplicating, renaming and
//! deleting saved resumes, and importing files as new ones. The open
//! resume is saved and its lock released before another is opened.

use crate::guide;
use crate::resume::{Resume, SourceFormat, import_text, name_from_file};
use crate::storage::{Autosaver, Editing, IfExists, expand_home, read_user_text};
use crate::tui::app::App;
use crate::tui::effect::ResumeOp;
use crate::tui::overlay::{Prompt, ResumeList};
use crate::tui::runtime::host::{Host, final_save};

pub fn carry_out(app: &mut App, host: &mut Host, op: ResumeOp) {
    let result = match op {
        ResumeOp::List => list(app, host),
        ResumeOp::Open(name) => open(app, host, &name),
        ResumeOp::Create { name, level } => create(app, host, &name, guide::starter_resume(level)),
        ResumeOp::Duplicate { from, to } => duplicate(app, host, &from, &to),
        ResumeOp::Rename { from, to } => rename(app, host, &from, &to),
        ResumeOp::Delete(name) => host
            .store
            .delete_resume(&name)
            .map(|moved| app.say(format!("Deleted '{name}' (kept as {}).", moved.display())))
            .map_err(|e| e.to_string()),
    };
    if let Err(error) = result {
        app.alert(error);
    }
}

fn list(app: &mut App, host: &mut Host) -> Result<(), String> {
    let mut names = host.store.list_resumes().map_err(|e| e.to_string())?;
    if !names.contains(&app.doc.name) {
        names.push(app.doc.name.clone());
        names.sort();
    }
    app.open_overlay(ResumeList::new(names, &app.doc.name));
    app.needs_redraw = true;
    Ok(())
}

/// Saves the open resume; a resume that cannot be saved is not left.
fn save_current(app: &mut App, host: &mut Host) -> Result<(), String> {
    final_save(app, &host.saver)
        .map_err(|e| format!("the open resume could not be saved ({e}); it stays open"))
}

/// Saves a brand-new resume under `name` and opens it; storage checks the
/// name under the new resume's lock, so nothing is ever replaced.
fn create(app: &mut App, host: &mut Host, name: &str, resume: Resume) -> Result<(), String> {
    // Asked before the open resume is saved and let go; asked again under
    // the lock by `create_resume`.
    if host.store.resume_exists(name).map_err(|e| e.to_string())? {
        return Err(format!(
            "a resume named '{name}' already exists: choose another name"
        ));
    }
    save_current(app, host)?;
    let editing = host
        .store
        .create_resume(name, resume, IfExists::Refuse)
        .map_err(|e| e.to_string())?;
    install(app, host, editing)
}

fn duplicate(app: &mut App, host: &mut Host, from: &str, to: &str) -> Result<(), String> {
    save_current(app, host)?;
    host.store
        .duplicate_resume(from, to)
        .map_err(|e| e.to_string())?;
    open(app, host, to)?;
    app.say(format!(
        "Opened '{to}', a copy of '{from}': tailor it for one kind of job."
    ));
    Ok(())
}

fn rename(app: &mut App, host: &mut Host, from: &str, to: &str) -> Result<(), String> {
    if from != app.doc.name {
        host.store
            .rename_resume(from, to)
            .map_err(|e| e.to_string())?;
        app.say(format!("Renamed '{from}' to '{to}'."));
        return Ok(());
    }
    // The open resume: save, let go of its lock, rename, take it back.
    save_current(app, host)?;
    host.lock = None;
    let renamed = host
        .store
        .rename_resume(from, to)
        .map_err(|e| e.to_string());
    let reopen = if renamed.is_ok() { to } else { from };
    open_unchecked(app, host, reopen)?;
    renamed.map(|()| app.say(format!("Renamed '{from}' to '{to}'.")))
}

/// Saves the open resume and opens `name` in its place.
fn open(app: &mut App, host: &mut Host, name: &str) -> Result<(), String> {
    save_current(app, host)?;
    open_unchecked(app, host, name)
}

fn open_unchecked(app: &mut App, host: &mut Host, name: &str) -> Result<(), String> {
    let editing = host
        .store
        .open_for_editing(name)
        .map_err(|e| e.to_string())?;
    install(app, host, editing)
}

/// Makes an opened resume the app's: its lock and writer replace the old
/// ones only now, with the new resume in hand.
fn install(app: &mut App, host: &mut Host, editing: Editing) -> Result<(), String> {
    let Editing {
        name,
        path,
        doc,
        lock,
        read_only,
        notes,
    } = editing;
    let Some(doc) = doc else {
        return Err(notes
            .into_iter()
            .next()
            .unwrap_or_else(|| format!("no resume named '{name}'")));
    };
    host.lock = lock;
    host.saver = Autosaver::spawn(path);
    let theme = app.theme.clone();
    let (mouse, area) = (app.mouse, app.area);
    *app = App::open(&name, doc, theme);
    let setting = crate::tui::runtime::pages::setting(host.store.remembered_paper());
    app.doc.pages.count_with(&setting);
    app.mouse = mouse;
    app.area = area;
    app.doc.read_only = read_only;
    for note in notes {
        app.notify(note);
    }
    if let Err(error) = host.store.remember_last_resume(&name) {
        app.alert(format!("Could not remember the last resume: {error}"));
    } else if app.overlay.is_none() {
        app.say(format!("Opened '{name}'."));
    }
    Ok(())
}

/// Brings a Markdown or JSON Resume file in as a new resume named after it.
/// A failed import keeps its question open with the reason under it, so
/// the next keys land in the path, not in the resume.
pub fn import(app: &mut App, host: &mut Host, path: &str) {
    if let Err(error) = import_file(app, host, path) {
        let mut prompt = Prompt::import(path);
        prompt.note = Some(error);
        app.open_overlay(prompt);
        app.needs_redraw = true;
    }
}

fn import_file(app: &mut App, host: &mut Host, path: &str) -> Result<(), String> {
    let file = expand_home(path);
    let text = read_user_text(&file).map_err(|e| e.to_string())?;
    let format = SourceFormat::detect(path, &text);
    let resume = import_text(&text, format, app.doc.resume.level)
        .map_err(|e| format!("cannot import {}: {e}", file.display()))?;
    let sections = resume.sections().len();
    let name = host
        .store
        .free_resume_name(&name_from_file(path))
        .map_err(|e| e.to_string())?;
    create(app, host, &name, resume)?;
    app.say(format!(
        "Imported {} as '{name}' ({sections} sections).",
        file.display()
    ));
    Ok(())
}
