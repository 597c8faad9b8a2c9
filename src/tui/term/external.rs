//! Editing a section in the user's own editor ($VISUAL, else $EDITOR, else
//! vi) on a private temporary file.

use std::process::Command;

use crate::storage::PrivateTemp;

/// The editor command line the user asked for.
pub fn editor_command() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|value| !value.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// Runs the editor on `text` and returns what the user saved, or a message
/// saying why nothing changed. The terminal must be handed over first.
pub fn edit(stem: &str, text: &str) -> Result<String, String> {
    let editor = editor_command();
    // Editors add a final newline; give one so an unchanged file compares equal.
    let file = PrivateTemp::create(stem, &format!("{text}\n"))
        .map_err(|e| format!("cannot create a temporary file: {e}"))?;
    // Through the shell, so EDITOR="code --wait" works as it does in git.
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("resumd-editor")
        .arg(file.path())
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
    let bytes = file
        .read()
        .map_err(|e| format!("cannot read the edited text: {e}"))?;
    let edited = String::from_utf8(bytes)
        .map_err(|_| "the edited text is not UTF-8; the section is unchanged".to_string())?;
    Ok(edited.strip_suffix('\n').unwrap_or(&edited).to_string())
}
