//! Editing a section in the user's own editor ($VISUAL, else $EDITOR, else
//! vi) on a private temporary file.

use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;
use std::process::Command;

/// The editor command line the user asked for.
pub fn editor_command() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|value| !value.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// A temporary file only the user can read (it holds resume text), removed
/// when dropped.
pub struct TempFile {
    pub path: PathBuf,
}

impl TempFile {
    pub fn create(stem: &str, contents: &str) -> std::io::Result<TempFile> {
        let dir = std::env::temp_dir();
        for attempt in 0..100u32 {
            let path = dir.join(format!("resumd-{}-{stem}-{attempt}.md", std::process::id()));
            let file = OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&path);
            match file {
                Ok(mut file) => {
                    file.write_all(contents.as_bytes())?;
                    file.sync_all()?;
                    return Ok(TempFile { path });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(std::io::Error::other("no free temporary file name"))
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Runs the editor on `text` and returns what the user saved, or a message
/// saying why nothing changed. The terminal must be handed over first.
pub fn edit(stem: &str, text: &str) -> Result<String, String> {
    let editor = editor_command();
    // Editors add a final newline; give one so an unchanged file compares equal.
    let file = TempFile::create(stem, &format!("{text}\n"))
        .map_err(|e| format!("cannot create a temporary file: {e}"))?;
    // Through the shell, so EDITOR="code --wait" works as it does in git.
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("resumd-editor")
        .arg(&file.path)
        .status()
        .map_err(|e| format!("cannot start `{editor}`: {e}"))?;
    if !status.success() {
        let code = status
            .code()
            .map_or("a signal".to_string(), |c| format!("code {c}"));
        return Err(format!(
            "`{editor}` exited with {code}; the section is unchanged (set $VISUAL or $EDITOR to choose another editor)"
        ));
    }
    let bytes =
        std::fs::read(&file.path).map_err(|e| format!("cannot read the edited text: {e}"))?;
    let edited = String::from_utf8(bytes)
        .map_err(|_| "the edited text is not UTF-8; the section is unchanged".to_string())?;
    Ok(edited.strip_suffix('\n').unwrap_or(&edited).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn temp_files_are_private_and_removed() {
        let file = TempFile::create("test", "secret phone").unwrap();
        let mode = std::fs::metadata(&file.path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let path = file.path.clone();
        drop(file);
        assert!(!path.exists());
    }
}
