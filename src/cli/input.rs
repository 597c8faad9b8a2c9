//! What the headless commands read: a Markdown file or standard input, and
//! a saved resume by name. Reading here never changes a file.

use std::path::Path;

use super::{Cli, CliError};
use crate::storage::{Loaded, StorageError, Store};

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
    let bytes = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
            .map_err(|e| CliError::input(format!("cannot read standard input: {e}")))?;
        bytes
    } else {
        std::fs::read(path).map_err(|e| {
            CliError::input(format!(
                "cannot read {}: {} — check the path",
                path.display(),
                io_reason(&e)
            ))
        })?
    };
    String::from_utf8(bytes).map_err(|e| {
        CliError::input(format!(
            "{} is not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}
