//! Terminal craft through the real binary: clipboard over OSC 52, the
//! user's own editor, NO_COLOR.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::{CTRL_Q, Session, run};

fn new_resume(config: &std::path::Path) {
    let (code, _, stderr) = run(config, &["new", "--level", "mid"]);
    assert_eq!(code, 0, "{stderr}");
}

fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("not base64: {c}"),
    };
    let digits: Vec<u8> = text.bytes().filter(|&c| c != b'=').map(value).collect();
    let mut out = Vec::new();
    for chunk in digits.chunks(4) {
        let mut n = 0u32;
        for (i, d) in chunk.iter().enumerate() {
            n |= u32::from(*d) << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}

#[test]
fn copy_resume_writes_osc52_with_the_exported_markdown() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("Summary");
    app.send(b"\x1b[20~"); // F9
    app.wait_for("Copied the resume");
    let raw = String::from_utf8_lossy(&app.raw()).into_owned();
    let start = raw.find("\x1b]52;c;").expect("an OSC 52 sequence") + 7;
    let end = start + raw[start..].find('\x07').expect("terminated by BEL");
    let copied = String::from_utf8(base64_decode(&raw[start..end])).unwrap();
    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0);
    let (_, exported, _) = run(config.path(), &["export", "-o", "-"]);
    assert_eq!(copied, exported);
}

#[test]
fn external_editor_changes_the_section_and_the_saved_state() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let script = config.path().join("append.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\necho 'Appended by my editor' >> \"$1\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let editor = script.to_str().unwrap();
    let mut app = Session::start_with_env(
        config.path(),
        &[],
        120,
        40,
        &[("EDITOR", editor), ("VISUAL", "")],
    );
    app.wait_for("Summary");
    app.send(b"\x0f"); // Ctrl-O
    app.wait_for("Appended by my editor");
    app.wait_for("Section updated from the editor");
    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0);
    let state = std::fs::read_to_string(config.path().join("resumes/resume.json")).unwrap();
    assert!(state.contains("Appended by my editor"), "{state}");
}

#[test]
fn a_failing_editor_leaves_the_section_alone() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut app = Session::start_with_env(
        config.path(),
        &[],
        120,
        40,
        &[("EDITOR", "false"), ("VISUAL", "")],
    );
    app.wait_for("Summary");
    app.send(b"\x0f");
    app.wait_for("exited with code 1");
    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0);
}

/// SGR parameters that set a colour: 30–37, 39–47, 49, 90–97, 100–107, and
/// the 38/48 extended forms.
fn colour_codes(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let mut found = Vec::new();
    for piece in text.split("\x1b[").skip(1) {
        let Some(end) = piece.find(|c: char| !(c.is_ascii_digit() || c == ';')) else {
            continue;
        };
        if !piece[end..].starts_with('m') {
            continue;
        }
        let params = &piece[..end];
        let colour = params.split(';').any(|p| {
            matches!(
                p.parse::<u32>(),
                Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)
            )
        });
        if colour {
            found.push(params.to_string());
        }
    }
    found
}

#[test]
fn no_color_output_has_no_colour_codes() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut app = Session::start_with_env(config.path(), &[], 120, 40, &[("NO_COLOR", "1")]);
    app.wait_for("Summary");
    app.type_text("Typed under NO_COLOR ");
    app.wait_for("Typed under NO_COLOR");
    // Switching themes says why it stays mono, and brings no colour.
    app.send(b"\x1bt"); // Alt-T
    app.wait_for("NO_COLOR is set");
    app.send(b"\x1bt");
    app.send(b"\x1bOP"); // F1: the palette draws selection too
    app.wait_for("Commands");
    let codes = colour_codes(&app.raw());
    assert!(codes.is_empty(), "colour SGR codes: {codes:?}");
    app.send(common::ESC);
    // A lone ESC is told from Alt+key by the pause after it.
    std::thread::sleep(std::time::Duration::from_millis(50));
    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn default_theme_does_use_colour() {
    // The NO_COLOR test above could pass by accident if nothing were ever
    // coloured; this shows the detector sees colour when there is some.
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("Summary");
    assert!(!colour_codes(&app.raw()).is_empty());
    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn works_under_common_term_values_without_true_colour() {
    for term in [
        "xterm-256color",
        "screen-256color",
        "tmux-256color",
        "linux",
    ] {
        let config = tempfile::tempdir().unwrap();
        new_resume(config.path());
        let mut app = Session::start_with_env(config.path(), &[], 100, 30, &[("TERM", term)]);
        app.wait_for("Summary");
        app.type_text("typed ");
        app.wait_for("typed ");
        let raw = String::from_utf8_lossy(&app.raw()).into_owned();
        assert!(
            !raw.contains("38;2;") && !raw.contains("48;2;"),
            "{term}: true colour sent"
        );
        app.send(CTRL_Q);
        assert_eq!(app.wait_exit(), 0, "{term}");
    }
}

fn state_text(config: &std::path::Path) -> String {
    std::fs::read_to_string(config.join("resumes/resume.json")).unwrap()
}

/// Makes the resume folder unusable, even for root: a file in its place.
/// Returns a function that puts it back.
fn break_the_disk(config: &std::path::Path) -> impl FnOnce() {
    let resumes = config.join("resumes");
    let parked = config.join("parked");
    std::fs::rename(&resumes, &parked).unwrap();
    std::fs::write(&resumes, b"not a folder").unwrap();
    move || {
        std::fs::remove_file(&resumes).unwrap();
        std::fs::rename(&parked, &resumes).unwrap();
    }
}

fn kill(app: &Session, signal: i32) {
    // SAFETY: sending a signal to the child we started.
    assert_eq!(unsafe { libc::kill(app.pid() as i32, signal) }, 0);
}

#[test]
fn ctrl_z_after_the_external_editor_restores_exactly_the_text_before() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let script = config.path().join("replace.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\necho 'Rewritten by my editor' > \"$1\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let editor = script.to_str().unwrap();
    let env = [("EDITOR", editor), ("VISUAL", "")];
    let mut app = Session::start_with_env(config.path(), &[], 120, 40, &env);
    app.wait_for("Summary");
    app.type_text("Mine ");
    app.wait_for("Mine ");
    app.send(b"\x0f"); // Ctrl-O
    app.wait_for("Section updated from the editor");
    app.send(b"\x1a"); // Ctrl-Z
    app.wait_for("Undone: edit from your editor");
    app.send(common::CTRL_S);
    app.wait_until("saved", |s| s.contains(" saved "));
    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0);
    let state = state_text(config.path());
    assert!(!state.contains("Rewritten by my editor"), "{state}");
    assert!(
        state.contains("Mine "),
        "the text before came back: {state}"
    );
}

#[test]
fn quitting_while_saves_fail_asks_at_once_in_full_and_can_save_elsewhere() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut app = Session::start(config.path(), &[], 80, 24);
    app.wait_for("Summary");
    let _repair = break_the_disk(config.path());
    app.type_text("Kept in memory ");
    app.wait_for("NOT SAVED");
    let asked = std::time::Instant::now();
    app.send(CTRL_Q);
    let screen = app.wait_for("Quit and lose them");
    assert!(
        asked.elapsed() < std::time::Duration::from_secs(3),
        "asked after {:?}",
        asked.elapsed()
    );
    for part in ["not saved", "Retry", "Save elsewhere", "Esc Cancel"] {
        assert!(screen.contains(part), "{part:?} missing:\n{screen}");
    }
    app.send(b"s");
    app.wait_for("Save the resume (Markdown) to");
    let target = config.path().join("rescued.md");
    app.send(b"\x15"); // Ctrl-U clears the suggested path
    app.type_text(target.to_str().unwrap());
    app.send(b"\r");
    assert_eq!(app.wait_exit(), 1, "the resume file itself was not saved");
    let rescued = std::fs::read_to_string(&target).unwrap();
    assert!(rescued.contains("Kept in memory"), "{rescued}");
}

#[test]
fn sigterm_while_saves_fail_writes_a_private_recovery_file_and_says_where() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let temp = config.path().join("tmp");
    std::fs::create_dir(&temp).unwrap();
    let env = [("TMPDIR", temp.to_str().unwrap())];
    let mut app = Session::start_with_env(config.path(), &[], 120, 40, &env);
    app.wait_for("Summary");
    let _repair = break_the_disk(config.path());
    app.type_text("Only in memory ");
    app.wait_for("NOT SAVED");
    kill(&app, libc::SIGTERM);
    assert_ne!(app.wait_exit(), 0);
    let files: Vec<_> = std::fs::read_dir(&temp).unwrap().flatten().collect();
    assert_eq!(files.len(), 1, "one recovery file");
    let path = files[0].path();
    let meta = std::fs::metadata(&path).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("Only in memory")
    );
    // The reader thread may still be taking in the last bytes.
    let name = path.file_name().unwrap().to_str().unwrap().to_string();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !String::from_utf8_lossy(&app.raw()).contains(&name) {
        assert!(std::time::Instant::now() < deadline, "the path is told");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn sigquit_saves_like_sigterm() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("Summary");
    app.type_text("Before the quit signal ");
    app.wait_for("Before the quit signal");
    kill(&app, libc::SIGQUIT);
    app.wait_exit();
    assert!(state_text(config.path()).contains("Before the quit signal"));
}

fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}

fn process_state(pid: u32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The state follows the command name in parentheses.
    let after = &stat[stat.rfind(')').unwrap() + 2..];
    after.chars().next().unwrap()
}

#[test]
fn suspend_gives_the_terminal_back_and_continue_takes_it_again() {
    const LEAVE: &[u8] = b"\x1b[?1049l";
    const ENTER: &[u8] = b"\x1b[?1049h";
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("Summary");
    let entered = count(&app.raw(), ENTER);
    kill(&app, libc::SIGTSTP);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while process_state(app.pid()) != 'T' {
        assert!(std::time::Instant::now() < deadline, "resumd did not stop");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(count(&app.raw(), LEAVE), 1, "the alternate screen was left");
    assert!(
        !app.screen().contains("Summary"),
        "the shell's screen is back"
    );
    kill(&app, libc::SIGCONT);
    app.wait_until("the screen back", |s| s.contains("Summary"));
    assert_eq!(count(&app.raw(), ENTER), entered + 1);
    app.type_text("after fg ");
    app.wait_for("after fg");
    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0);
    assert!(state_text(config.path()).contains("after fg"));
}

#[test]
fn a_failed_import_keeps_its_question_open() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("Summary");
    app.send(b"\x1bi"); // Alt-I
    app.wait_for("Import a Markdown");
    app.type_text("missing.md");
    app.send(b"\r");
    app.wait_for("cannot read");
    // The next keys go to the path, not to the resume.
    app.type_text("x");
    app.wait_for("missing.mdx");
    app.send(common::ESC);
    std::thread::sleep(std::time::Duration::from_millis(50));
    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0);
    assert!(!state_text(config.path()).contains("missing.md"));
}
