//! `resumd import`: a Markdown or JSON Resume file becomes a saved resume.
//! Bad input creates nothing.

use std::path::Path;
use std::process::ExitCode;

use super::CliError;
use super::input::read_text;
use super::last::remember_last;
use super::out::{say, warn};
use crate::resume::{Level, SourceFormat, import_text_noted, name_from_file};
use crate::storage::{IfExists, StorageError, Store};

pub fn import(
    store: &Store,
    file: &Path,
    name: Option<&str>,
    level: Level,
) -> Result<ExitCode, CliError> {
    let text = read_text(file)?;
    let file_name = file.to_string_lossy();
    let format = SourceFormat::detect(&file_name, &text);
    let (resume, notes) = import_text_noted(&text, format, level)
        .map_err(|e| CliError::input(format!("cannot import {}: {e}", file.display())))?;
    let name = name.map_or_else(|| name_from_file(&file_name), str::to_string);
    let sections = resume.sections().len();
    store
        .create_resume(&name, resume, IfExists::Refuse)
        .map_err(|error| match error {
            StorageError::AlreadyExists { .. } => CliError::input(format!(
                "a resume named '{name}' already exists: choose another with --name"
            )),
            other => other.into(),
        })?;
    remember_last(store, &name);
    for note in &notes {
        warn(&format!("note: {note}"));
    }
    say(&format!(
        "Imported {} as '{name}' ({sections} sections, coached as {}).\nRun `resumd --resume {name}` to edit it.\n",
        file.display(),
        level.label().to_lowercase()
    ))?;
    Ok(ExitCode::SUCCESS)
}
