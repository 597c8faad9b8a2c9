//! What the headless commands read: a Markdown file or standard input, and
//! a saved resume by name. Reading here never changes a file.

use std::path::Path;

use super::{Cli, CliError};
use crate::storage::{Loaded, StorageError, Store, read_user_text, text_from};

/// The resume a command works on: `--resume`, else the last one opened,
/// else the default name. Reads the settings without changing them.
pub fn resume_name(cli: &Cli, store: &Store) -> String {
    cli.resume
        .clone()
        .or_else(|| store.peek_settings().0.last_resume)
        .unwrap_or_else(|| "resume".to_string())
}

/// A resume that must exist, read without changing anything (a damaged
/// file is left for the app to recover; its backup is read).
pub fn read_existing(store: &Store, name: &str) -> Result<Loaded, CliError> {
    store.read_resume(name).map_err(|error| match error {
        StorageError::NotFound { .. } => missing_resume(store, name),
        other => CliError::from(other),
    })
}

/// "No resume named …", with the names that do exist.
pub fn missing_resume(store: &Store, name: &str) -> CliError {
    let names = store.list_resumes().unwrap_or_default();
    let have = if names.is_empty() {
        "there are none yet".to_string()
    } else {
        format!("saved resumes: {}", names.join(", "))
    };
    CliError::input(format!(
        "no resume named '{name}' ({have}); create one with `resumd new --level mid --name {name}`"
    ))
}

/// Reads a Markdown (or JSON) file, or standard input for `-`.
pub fn read_text(path: &Path) -> Result<String, CliError> {
    let text = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
            .map_err(|e| CliError::input(format!("cannot read standard input: {e}")))?;
        text_from(path, bytes)
    } else {
        read_user_text(path)
    };
    text.map_err(|e| CliError::input(e.to_string()))
}
