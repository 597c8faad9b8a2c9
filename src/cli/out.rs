//! Everything the headless commands print goes through here, so no text
//! from a resume, a file name, a lock file or the settings can act on the
//! terminal: control characters are shown as pictures (ESC → `␛`), exactly
//! as the app shows them. Only an export to a pipe or a file is byte-exact.

use std::borrow::Cow;
use std::io::{IsTerminal, Write};

use super::CliError;
use crate::markdown::visible;

/// `text` safe to print: control characters as visible pictures.
pub fn shown(text: &str) -> Cow<'_, str> {
    visible(text)
}

/// One line for standard error: also newlines and tabs become spaces, so a
/// message stays one line whatever it quotes.
pub fn one_line(text: &str) -> String {
    shown(text).replace(['\n', '\t'], " ")
}

/// Prints a message on standard error as `resumd: …`, one line.
pub fn warn(text: &str) {
    eprintln!("resumd: {}", one_line(text));
}

/// Prints report or status text on standard output, made safe.
pub fn say(text: &str) -> Result<(), CliError> {
    write_stdout(shown(text).as_bytes())
}

/// Writes bytes to standard output unchanged; a closed pipe (`| head`) is
/// the reader's choice, not an error.
pub fn write_stdout(bytes: &[u8]) -> Result<(), CliError> {
    let mut lock = std::io::stdout().lock();
    match lock.write_all(bytes).and_then(|()| lock.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::input(format!(
            "cannot write to standard output: {e}"
        ))),
        _ => Ok(()),
    }
}

/// Exported text for standard output: byte-exact into a pipe or a file,
/// or with `raw`; shown safely on a terminal.
pub fn export_to_stdout(text: &str, raw: bool) -> Result<(), CliError> {
    if raw || !std::io::stdout().is_terminal() {
        write_stdout(text.as_bytes())
    } else {
        say(text)
    }
}

/// JSON text with every character a terminal could act on written as a
/// `\uXXXX` escape: the same JSON value, nothing for a terminal to run.
/// (serde_json already escapes C0 controls; this adds DEL, C1 and bidi.)
pub fn json_safe(json: &str) -> Cow<'_, str> {
    if !json.chars().any(needs_json_escape) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for ch in json.chars() {
        if needs_json_escape(ch) {
            out.push_str(&format!("\\u{:04x}", ch as u32));
        } else {
            out.push(ch);
        }
    }
    Cow::Owned(out)
}

/// Characters that only occur inside JSON strings (never in its syntax)
/// and that a terminal could act on.
fn needs_json_escape(ch: char) -> bool {
    ch != '\n' && ch != '\t' && crate::markdown::placeholder(ch).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_stay_on_one_line_and_show_controls() {
        assert_eq!(one_line("no 'a\x1b[2Jb'\nfake"), "no 'a␛[2Jb' fake");
    }

    #[test]
    fn json_keeps_its_value_and_loses_its_controls() {
        let value = serde_json::json!({"m": "x\u{1b}[2J\u{9b}1m\u{202e}\u{7f}y\n"});
        let text = serde_json::to_string_pretty(&value).unwrap();
        let safe = json_safe(&text);
        assert!(
            !safe.chars().any(|c| c.is_control() && c != '\n'),
            "{safe:?}"
        );
        assert!(!safe.contains('\u{202e}'));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
        assert!(matches!(json_safe("{\"a\": 1}"), Cow::Borrowed(_)));
    }
}
