//! Never lose a keystroke: kills, hang-ups, damaged files, a second
//! instance, hostile text — through the real binary in a pseudo-terminal.

mod common;

use std::path::Path;
use std::thread::sleep;
use std::time::{Duration, Instant};

use common::{CTRL_Q, Session, run};

fn new_resume(config: &Path) {
    let (code, _, stderr) = run(config, &["new", "--level", "mid"]);
    assert_eq!(code, 0, "{stderr}");
}

fn state_path(config: &Path) -> std::path::PathBuf {
    config.join("resumes/resume.json")
}

/// The saved state; panics (failing the test) if it does not parse.
fn saved_state(config: &Path) -> serde_json::Value {
    let bytes = std::fs::read(state_path(config)).expect("state file exists");
    serde_json::from_slice(&bytes).expect("state file parses")
}

fn saved_text(config: &Path) -> String {
    saved_state(config)["resume"]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["body"].as_str().unwrap_or_default().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

fn signal(session: &Session, signal: i32) {
    let rc = unsafe { libc::kill(session.pid() as i32, signal) };
    assert_eq!(rc, 0, "send signal {signal}");
}

#[test]
fn kill_9_after_a_pause_loses_nothing() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("Summary");
    app.type_text("Survives a kill ");
    sleep(Duration::from_millis(1500));
    signal(&app, libc::SIGKILL);
    app.wait_exit();

    let again = Session::start(config.path(), &[], 120, 40);
    again.wait_for("Survives a kill");
}

/// Kills at 20 random moments while typing: the state file parses every
/// time and holds at least what was typed a second before the kill.
#[test]
fn kill_9_at_random_moments_keeps_all_but_the_last_second() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    // A small deterministic generator: the moments vary, the test repeats.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move |range: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % range
    };
    for round in 0..20 {
        let mut app = Session::start(config.path(), &[], 120, 40);
        app.wait_for("Summary");
        let typing_for = Duration::from_millis(300 + next(2200));
        let started = Instant::now();
        let mut typed: Vec<(Instant, char)> = Vec::new();
        let word = format!("r{round}w ");
        for c in word.chars().cycle() {
            if started.elapsed() >= typing_for {
                break;
            }
            app.send(c.encode_utf8(&mut [0; 4]).as_bytes());
            typed.push((Instant::now(), c));
            sleep(Duration::from_millis(15));
        }
        sleep(Duration::from_millis(next(400)));
        let killed_at = Instant::now();
        signal(&app, libc::SIGKILL);
        app.wait_exit();

        let must_have: String = typed
            .iter()
            .take_while(|(at, _)| killed_at.duration_since(*at) >= Duration::from_secs(1))
            .map(|(_, c)| *c)
            .collect();
        let text = saved_text(config.path());
        assert!(
            text.contains(&must_have),
            "round {round}: lost typing from more than 1 s before the kill\nwanted {must_have:?}\nsaved: {text}"
        );
    }
}

#[test]
fn hangup_saves_everything_typed() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("Summary");
    app.type_text("Typed right before the connection dropped");
    app.wait_for("connection dropped");
    signal(&app, libc::SIGHUP);
    app.wait_exit();
    assert!(saved_text(config.path()).contains("Typed right before the connection dropped"));
}

#[test]
fn sigterm_saves_and_restores_the_terminal() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("Summary");
    app.type_text("Before TERM");
    app.wait_for("Before TERM");
    signal(&app, libc::SIGTERM);
    app.wait_exit();
    assert!(saved_text(config.path()).contains("Before TERM"));
    let raw = String::from_utf8_lossy(&app.raw()).into_owned();
    let left = raw.rfind("\x1b[?1049l").expect("left the alternate screen");
    let entered = raw.rfind("\x1b[?1049h").unwrap();
    assert!(left > entered);
}

#[test]
fn a_damaged_state_file_is_kept_and_the_backup_opened() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    // A second save, so a good backup exists.
    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("Summary");
    app.type_text("Good text ");
    app.send(common::CTRL_S);
    app.wait_for("Saved");
    app.send(CTRL_Q);
    app.wait_exit();

    let garbage: &[u8] = b"{\"format\": 1, \"resume\": {\"lev\xff\xfe garbage";
    std::fs::write(state_path(config.path()), garbage).unwrap();
    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("was damaged");
    let moved: Vec<_> = std::fs::read_dir(config.path().join("resumes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(
        std::fs::read(&moved[0]).unwrap(),
        garbage,
        "original bytes kept"
    );
    app.send(b"\r");
    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn damaged_file_without_backup_starts_fresh_and_says_where_it_went() {
    let config = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(config.path().join("resumes")).unwrap();
    std::fs::write(state_path(config.path()), b"").unwrap();
    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for(".corrupt-");
    app.send(b"\r");
    app.wait_for("Which career level");
    app.send(common::ESC);
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn a_second_instance_never_writes() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut first = Session::start(config.path(), &[], 120, 40);
    first.wait_for("Summary");
    let before = std::fs::read(state_path(config.path())).unwrap();

    let mut second = Session::start(config.path(), &[], 120, 40);
    second.wait_for("read-only");
    second.send(b"\r");
    second.type_text("intruder");
    second.send(common::CTRL_S);
    sleep(Duration::from_millis(1500));
    second.send(CTRL_Q);
    assert_eq!(second.wait_exit(), 0);
    assert_eq!(std::fs::read(state_path(config.path())).unwrap(), before);

    first.type_text("owner ");
    first.send(CTRL_Q);
    assert_eq!(first.wait_exit(), 0);
    assert!(saved_text(config.path()).contains("owner "));
    assert!(!saved_text(config.path()).contains("intruder"));
}

#[test]
fn control_sequences_in_a_loaded_resume_never_reach_the_terminal() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut state = saved_state(config.path());
    let hostile = "Hi \u{1b}]52;c;SGFja2Vk\u{7} \u{1b}[2J \u{9b}31m \u{202e}evil";
    for section in state["resume"]["sections"].as_array_mut().unwrap() {
        section["body"] = serde_json::Value::String(hostile.to_string());
        section["title"] = serde_json::Value::String(format!("T{hostile}"));
    }
    std::fs::write(
        state_path(config.path()),
        serde_json::to_vec(&state).unwrap(),
    )
    .unwrap();

    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("SGFja2Vk");
    app.send(b"\x1b[C"); // move the cursor over the text: redraws the line
    sleep(Duration::from_millis(200));
    let raw = app.raw();
    let text = String::from_utf8_lossy(&raw);
    assert!(!text.contains("\u{1b}]52;c;SGFja2Vk"), "OSC 52 leaked");
    assert!(!text.contains("\u{1b}[2J \u{9b}"), "CSI leaked");
    assert!(!text.contains('\u{9b}'), "C1 leaked");
    assert!(!text.contains('\u{202e}'), "bidi override leaked");
    assert!(text.contains('␛'), "ESC shown as a placeholder");
    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0);
    // The text itself is unchanged.
    let (_, exported, _) = run(config.path(), &["export", "-o", "-"]);
    assert!(exported.contains(hostile));
}

#[test]
fn a_failing_disk_keeps_the_text_and_asks_before_quitting() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("Summary");
    // Make the folder unusable even for root: a file where it should be.
    let resumes = config.path().join("resumes");
    let parked = config.path().join("parked");
    std::fs::rename(&resumes, &parked).unwrap();
    std::fs::write(&resumes, b"not a folder").unwrap();

    app.type_text("Kept in memory ");
    app.wait_for("NOT SAVED");
    app.send(CTRL_Q);
    app.wait_for("Quit and lose them");
    app.send(b"n");
    app.wait_for("Kept in memory");

    // The disk recovers: the retry saves, and quitting is clean.
    std::fs::remove_file(&resumes).unwrap();
    std::fs::rename(&parked, &resumes).unwrap();
    app.wait_until("the retry to save", |screen| !screen.contains("NOT SAVED"));
    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0);
    assert!(saved_text(config.path()).contains("Kept in memory"));
}

#[test]
fn headless_commands_report_an_unwritable_config_folder() {
    let config = tempfile::tempdir().unwrap();
    let blocker = config.path().join("file");
    std::fs::write(&blocker, b"x").unwrap();
    let bad = blocker.join("resumd");
    let (code, _, stderr) = run(
        config.path(),
        &[
            "--config-dir",
            bad.to_str().unwrap(),
            "new",
            "--level",
            "mid",
        ],
    );
    assert_eq!(code, 2);
    assert!(stderr.starts_with("resumd: "), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
}

/// Makes a folder unwritable even for root with `chattr +i` (falling back
/// to permission bits, which bind other users), and undoes it when dropped.
struct Immutable(std::path::PathBuf);

impl Immutable {
    fn set(dir: &Path) -> Immutable {
        use std::os::unix::fs::PermissionsExt;
        let chattr = std::process::Command::new("chattr")
            .arg("+i")
            .arg(dir)
            .status();
        if !chattr.is_ok_and(|s| s.success()) {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o500)).unwrap();
        }
        let guard = Immutable(dir.to_path_buf());
        assert!(
            std::fs::write(dir.join("probe"), b"x").is_err(),
            "cannot make {} unwritable here: chattr +i failed and permission bits do not \
             bind this user",
            dir.display()
        );
        guard
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::process::Command::new("chattr")
            .arg("-i")
            .arg(&self.0)
            .status();
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o700));
    }
}

#[test]
fn an_immutable_resumes_folder_opens_read_only() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    let before = std::fs::read(state_path(config.path())).unwrap();
    let frozen = Immutable::set(&config.path().join("resumes"));

    let mut app = Session::start(config.path(), &[], 120, 40);
    app.wait_for("read-only");
    app.send(b"\r");
    app.wait_for("Summary");
    app.send(CTRL_Q);
    assert_eq!(app.wait_exit(), 0);
    drop(frozen);
    assert_eq!(std::fs::read(state_path(config.path())).unwrap(), before);
}

#[test]
fn a_named_resume_damaged_beyond_repair_starts_fresh_with_a_note() {
    let config = tempfile::tempdir().unwrap();
    new_resume(config.path());
    std::fs::write(state_path(config.path()), b"{ cut sh").unwrap();
    let mut app = Session::start(config.path(), &["--resume", "resume"], 120, 40);
    app.wait_for(".corrupt-");
    app.send(b"\r");
    app.wait_for("Which career level");
    app.send(common::ESC);
    assert_eq!(app.wait_exit(), 0);
}
