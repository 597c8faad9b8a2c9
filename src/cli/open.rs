//! Opening the app: find the resume, open it through the library (lock,
//! recovery, read-only reasons) or start the first run, run the terminal
//! session, and report how it ended.

use std::process::ExitCode;

use super::input::missing_resume;
use super::out::warn;
use super::{Cli, CliError};
use crate::storage::{Autosaver, Store};
use crate::tui::Theme;
use crate::tui::app::{App, SaveState};
use crate::tui::runtime::{self, Exit, Host, Signals, TerminalEvents};
use crate::tui::term::terminal::TerminalGuard;

/// `startup_notes` are shown in the app (a damaged personal dictionary).
pub fn run_app(cli: &Cli, startup_notes: Vec<String>) -> Result<ExitCode, CliError> {
    let store = Store::locate(cli.config_dir.clone())?;
    // A resume asked for by name must exist; checked before anything is
    // created on disk.
    if let Some(name) = &cli.resume
        && !store.resume_exists(name)?
    {
        return Err(missing_resume(&store, name));
    }
    store.ensure()?;
    let (mut settings, mut notes) = store.load_settings();
    notes.extend(startup_notes);
    let name = cli
        .resume
        .clone()
        .or_else(|| settings.last_resume.clone())
        .unwrap_or_else(|| "resume".to_string());
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = Theme::resolve(cli.theme.as_deref().or(settings.theme.as_deref()), no_color);

    // One writer per resume: a second resumd on the same file (two SSH
    // sessions, say) opens it read-only and says who has it.
    let editing = store.open_for_editing(&name)?;
    notes.extend(editing.notes);
    // No document: nothing saved yet, or damaged beyond recovery (the notes
    // say where the file went): start anew under the same name.
    let mut app = match editing.doc {
        // The first frame does not wait for the spelling dictionaries.
        Some(doc) => App::open_before_spelling(&name, doc, theme),
        None => App::first_run(&name, theme),
    };
    app.doc.read_only = editing.read_only;
    app.mouse = settings.mouse;
    for note in notes {
        app.notify(note);
    }
    settings.last_resume = Some(name.clone());
    if let Err(error) = store.save_settings(&settings) {
        app.alert(format!("Could not save settings: {error}"));
    }

    let signals = Signals::install()
        .map_err(|e| CliError::input(format!("cannot install signal handlers: {e}")))?;
    let mut guard = TerminalGuard::enter(settings.mouse)
        .map_err(|e| CliError::input(format!("cannot use this terminal: {e}")))?;
    let mut host = Host {
        guard: &mut guard,
        signals: &signals,
        store: &store,
        saver: Autosaver::spawn(editing.path),
        lock: editing.lock,
        view: Default::default(),
    };
    let exit = runtime::run(&mut app, &mut TerminalEvents, &mut host);
    // The resume may have changed (the resume list): report on the open one.
    let path = host.saver.path().to_path_buf();
    drop(host);
    drop(guard);

    if let Some(note) = &app.exit_note {
        warn(note);
        return Ok(ExitCode::from(1));
    }
    if let SaveState::Failed(error) = app.save_state() {
        warn(&format!(
            "your last changes could not be saved: {error}. The previous version is still in {}.",
            path.display()
        ));
        return Ok(ExitCode::from(1));
    }
    Ok(match exit {
        Exit::Quit => ExitCode::SUCCESS,
        Exit::Signal(signal) => ExitCode::from(128u8.saturating_add(signal as u8)),
        Exit::TerminalLost(reason) => {
            warn(&format!(
                "the terminal went away ({reason}); your work was saved."
            ));
            ExitCode::from(1)
        }
    })
}
