//! Opening the app: find the resume, lock it, load it (or start the first
//! run), run the terminal session, and report how it ended.

use std::process::ExitCode;

use super::commands::load_existing;
use super::{Cli, CliError};
use crate::storage::{Autosaver, LockError, StorageError, Store};
use crate::tui::Theme;
use crate::tui::app::{App, SaveState};
use crate::tui::run::{self, Exit, Host, Signals, TerminalEvents};
use crate::tui::terminal::TerminalGuard;

/// `startup_notes` are shown in the app (a damaged personal dictionary).
pub fn run_app(cli: &Cli, startup_notes: Vec<String>) -> Result<ExitCode, CliError> {
    let store = Store::locate(cli.config_dir.clone())?;
    // A resume asked for by name must exist; checked before anything is
    // created on disk.
    if let Some(name) = &cli.resume {
        store.resume_path(name)?;
        let known = store.list_resumes().unwrap_or_default();
        if !known.contains(name) {
            return Err(load_existing(&store, name)
                .err()
                .unwrap_or_else(|| CliError::input(format!("no resume named '{name}'"))));
        }
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

    let path = store.resume_path(&name)?;
    // One writer per resume: a second resumd on the same file (two SSH
    // sessions, say) opens it read-only and says who has it.
    let (lock, held_by) = match store.lock_resume(&name) {
        Ok(lock) => {
            notes.extend(lock.takeover_note().map(str::to_string));
            (Some(lock), None)
        }
        Err(LockError::Held { pid, host }) => (
            None,
            Some(format!("open in another resumd (pid {pid} on {host})")),
        ),
        Err(LockError::Storage(error)) => return Err(error.into()),
    };

    let mut app = match store.load_resume(&name) {
        Ok(loaded) => {
            notes.extend(loaded.notes);
            let mut app = App::open(&name, loaded.doc, theme);
            if loaded.read_only {
                app.read_only = Some("written by a newer resumd".to_string());
            }
            app
        }
        Err(StorageError::NotFound { .. }) if cli.resume.is_some() => {
            return Err(load_existing(&store, &name)
                .err()
                .unwrap_or_else(|| CliError::input(format!("no resume named '{name}'"))));
        }
        Err(StorageError::NotFound { .. }) => App::first_run(&name, theme),
        Err(other) => {
            // Damaged beyond recovery: the file was moved aside; start anew
            // and say where the old one went.
            notes.push(other.to_string());
            App::first_run(&name, theme)
        }
    };
    if let Some(holder) = held_by {
        notes.push(format!(
            "This resume is {holder}: opened read-only. Ctrl-Q quits."
        ));
        app.read_only = Some(holder);
    }
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
        saver: Autosaver::spawn(path),
        lock,
    };
    let exit = run::run(&mut app, &mut TerminalEvents, &mut host);
    // The resume may have changed (the resume list): report on the open one.
    let path = host.saver.path().to_path_buf();
    drop(host);
    drop(guard);

    if let SaveState::Failed(error) = &app.save {
        eprintln!(
            "resumd: your last changes could not be saved: {error}. The previous version is still in {}.",
            path.display()
        );
        return Ok(ExitCode::from(1));
    }
    Ok(match exit {
        Exit::Quit => ExitCode::SUCCESS,
        Exit::Signal(signal) => ExitCode::from(128u8.saturating_add(signal as u8)),
        Exit::TerminalLost(reason) => {
            eprintln!("resumd: the terminal went away ({reason}); your work was saved.");
            ExitCode::from(1)
        }
    })
}
