//! No headless command writes an escape sequence that came from a resume, a
//! file name, a lock file or the settings: everything printed goes through
//! the same visible-characters filter as the app. Exports to a pipe stay
//! byte-exact.

mod common;

use std::os::unix::io::AsRawFd;
use std::path::Path;
use std::thread::sleep;
use std::time::Duration;

use common::{Session, run};

/// Clears the screen and prints a fake verdict, if a terminal obeys it.
const HOSTILE: &str = "\u{1b}[2J\u{1b}[Hall checks passed\u{9b}31m\u{202e}";

/// A terminal would act on it: ESC, another C0 control (but newline and
/// tab), DEL, a C1 control or a bidi override.
fn acts_on_terminal(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t')
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    })
}

fn assert_safe(what: &str, text: &str) {
    if let Some(c) = acts_on_terminal(text) {
        panic!("{what} carries {c:?}: {text:?}");
    }
}

fn new_resume(dir: &Path, name: &str) {
    let (code, _, err) = run(dir, &["new", "--level", "mid", "--name", name]);
    assert_eq!(code, 0, "{err}");
}

/// Puts `body` into every section of the saved resume `name`.
fn set_bodies(dir: &Path, name: &str, body: &str) {
    let path = dir.join(format!("resumes/{name}.json"));
    let mut state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    for section in state["resume"]["sections"].as_array_mut().unwrap() {
        section["body"] = body.into();
    }
    std::fs::write(&path, serde_json::to_vec(&state).unwrap()).unwrap();
}

#[test]
fn lint_quotes_placeholders_safely_in_text_and_json() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    let markdown = format!(
        "# Name\n\n## Experience\n\n### Engineer — [Company{HOSTILE}]\n- Built [{HOSTILE}] for 3 teams.\n"
    );
    std::fs::write(dir.join("cv.md"), &markdown).unwrap();
    let (code, out, err) = run(dir, &["lint", "cv.md"]);
    assert_eq!(code, 1, "placeholders are errors: {out}{err}");
    assert!(out.contains("error[placeholder]"), "{out}");
    assert!(
        out.contains("␛[2J"),
        "the text is shown, as pictures: {out}"
    );
    assert_safe("lint text", &out);

    let (_, json, _) = run(dir, &["lint", "cv.md", "--format", "json"]);
    assert_safe("lint JSON", &json);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let quoted = report["findings"].to_string();
    assert!(
        quoted.contains("\\u001b[2J"),
        "the JSON value keeps the text: {quoted}"
    );

    // A saved resume's text goes through the same filter.
    new_resume(dir, "saved");
    set_bodies(dir, "saved", &format!("- Built [{HOSTILE}] for 3 teams."));
    let (_, out, _) = run(dir, &["lint", "--resume", "saved"]);
    assert_safe("lint of a saved resume", &out);
}

#[test]
fn error_messages_quote_names_and_paths_safely() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    let evil_file = format!("cv{HOSTILE}.md");
    for args in [
        vec!["--resume", HOSTILE],
        vec!["export", "--resume", HOSTILE],
        vec!["new", "--level", "mid", "--name", HOSTILE],
        vec!["import", &evil_file],
        vec!["lint", &evil_file],
    ] {
        let (code, out, err) = run(dir, &args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert_safe("stdout", &out);
        assert_safe(&format!("{args:?}"), &err);
        assert!(err.contains('␛'), "{args:?} shows the name: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
}

#[test]
fn the_last_resume_from_settings_is_quoted_safely() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    std::fs::write(
        dir.join("settings.json"),
        serde_json::json!({ "last_resume": HOSTILE }).to_string(),
    )
    .unwrap();
    for command in ["export", "lint", "preview"] {
        let (code, _, err) = run(dir, &[command]);
        assert_eq!(code, 2, "{command}: {err}");
        assert_safe(command, &err);
    }
}

#[test]
fn a_lock_holders_host_name_is_quoted_safely() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    new_resume(dir, "cv");
    // Hold the resume's lock as another resumd would, with a hostile host
    // name written into the lock file.
    let lock_path = dir.join("resumes/cv.json.lock");
    let owner = serde_json::json!({ "pid": std::process::id(), "host": HOSTILE });
    std::fs::write(&lock_path, owner.to_string()).unwrap();
    let lock = std::fs::File::open(&lock_path).unwrap();
    // SAFETY: flock on a file descriptor we own.
    assert_eq!(unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX) }, 0);

    let (code, _, err) = run(dir, &["new", "--level", "mid", "--name", "cv", "--force"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("open in another resumd"), "{err}");
    assert!(
        err.contains("␛[2J"),
        "the host is shown, as pictures: {err}"
    );
    assert_safe("lock error", &err);
    drop(lock);
}

#[test]
fn export_to_a_terminal_shows_controls_unless_raw() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    new_resume(dir, "resume");
    set_bodies(dir, "resume", &format!("Text {HOSTILE} end"));

    let exported = |args: &[&str]| {
        let mut session = Session::start(dir, args, 100, 30);
        assert_eq!(session.wait_exit(), 0);
        sleep(Duration::from_millis(200));
        // The terminal driver turns each newline into CR LF.
        String::from_utf8_lossy(&session.raw()).replace("\r\n", "\n")
    };
    let shown = exported(&["export", "-o", "-"]);
    assert!(shown.contains("Text ␛[2J␛[Hall checks passed"), "{shown:?}");
    assert_safe("export to a terminal", &shown);
    let raw = exported(&["export", "-o", "-", "--raw"]);
    assert!(raw.contains(&format!("Text {}", &HOSTILE[..4])), "{raw:?}");

    // Into a pipe the bytes are exact.
    let (code, piped, _) = run(dir, &["export", "-o", "-"]);
    assert_eq!(code, 0);
    assert!(piped.contains(&format!("Text {HOSTILE} end")), "{piped:?}");
}
