//! `resumd import`: a Markdown or JSON Resume file becomes a saved resume.
//! Bad input creates nothing.

use std::path::Path;
use std::process::ExitCode;

use super::CliError;
use super::commands::{lock_error, read_markdown};
use crate::resume::{Level, SourceFormat, import_text_noted, name_from_file};
use crate::storage::{SavedResume, Session, StorageError, Store};

pub fn import(
    store: &Store,
    file: &Path,
    name: Option<&str>,
    level: Level,
) -> Result<ExitCode, CliError> {
    let text = read_markdown(file)?;
    let file_name = file.to_string_lossy();
    let format = SourceFormat::detect(&file_name, &text);
    let (resume, notes) = import_text_noted(&text, format, level)
        .map_err(|e| CliError::input(format!("cannot import {}: {e}", file.display())))?;
    let name = name.map_or_else(|| name_from_file(&file_name), str::to_string);
    store.ensure()?;
    store.resume_path(&name)?;
    let _lock = store.lock_resume(&name).map_err(lock_error)?;
    match store.load_resume(&name) {
        Err(StorageError::NotFound { .. }) => {}
        _ => {
            return Err(CliError::input(format!(
                "a resume named '{name}' already exists: choose another with --name"
            )));
        }
    }
    let sections = resume.sections().len();
    let doc = SavedResume {
        resume,
        session: Session::default(),
    };
    store.save_resume(&name, &doc)?;
    let (mut settings, _) = store.load_settings();
    settings.last_resume = Some(name.clone());
    store.save_settings(&settings)?;
    for note in &notes {
        eprintln!("note: {note}");
    }
    println!(
        "Imported {} as '{name}' ({sections} sections, coached as {}).\nRun `resumd --resume {name}` to edit it.",
        file.display(),
        level.label().to_lowercase()
    );
    Ok(ExitCode::SUCCESS)
}
