use std::fs;

use super::*;

const LONG: Duration = Duration::from_secs(3600);
const PATIENCE: Duration = Duration::from_secs(10);

/// Polls until an outcome arrives (the worker runs on its own thread).
fn next_outcome(saver: &Autosaver) -> SaveOutcome {
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(outcome) = saver.poll() {
            return outcome;
        }
        assert!(Instant::now() < deadline, "no outcome reported");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// A save path that fails even for root: its folder is a regular file.
fn blocked_path(tmp: &Path) -> (PathBuf, PathBuf) {
    let not_a_folder = tmp.join("resumes");
    fs::write(&not_a_folder, b"a file where the folder should be").unwrap();
    (not_a_folder.clone(), not_a_folder.join("cv.json"))
}

fn unblock(not_a_folder: &Path) {
    fs::remove_file(not_a_folder).unwrap();
    fs::create_dir(not_a_folder).unwrap();
}

#[test]
fn flush_puts_the_latest_snapshot_on_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("cv.json");
    let saver = Autosaver::spawn(path.clone());
    saver.flush(PATIENCE).unwrap();
    for n in 0..50 {
        saver.submit(format!("version {n}").into_bytes());
    }
    saver.flush(PATIENCE).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "version 49");
    assert!(matches!(saver.poll(), Some(SaveOutcome::Saved { .. })));
    assert_eq!(saver.poll(), None, "outcomes are drained");
}

#[test]
fn a_failure_is_reported_and_flush_gives_the_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, path) = blocked_path(tmp.path());
    let saver = Autosaver::spawn_with_retry(path, LONG);
    saver.submit(b"text".to_vec());
    let SaveOutcome::Failed { error } = next_outcome(&saver) else {
        panic!("the save should have failed");
    };
    assert!(error.starts_with("cannot save "), "{error}");
    assert!(error.contains("ENOTDIR"), "{error}");
    assert!(error.contains("kept in memory"), "{error}");
    let flushed = saver.flush(Duration::from_millis(200)).unwrap_err();
    assert!(flushed.contains("ENOTDIR"), "{flushed}");
}

#[test]
fn a_failed_save_is_retried_until_it_succeeds() {
    let tmp = tempfile::tempdir().unwrap();
    let (folder, path) = blocked_path(tmp.path());
    let saver = Autosaver::spawn_with_retry(path.clone(), Duration::from_millis(20));
    saver.submit(b"kept".to_vec());
    assert!(matches!(next_outcome(&saver), SaveOutcome::Failed { .. }));
    unblock(&folder);
    let deadline = Instant::now() + PATIENCE;
    while !matches!(next_outcome(&saver), SaveOutcome::Saved { .. }) {
        assert!(Instant::now() < deadline);
    }
    assert_eq!(fs::read(&path).unwrap(), b"kept");
}

#[test]
fn a_newer_snapshot_is_written_without_waiting_for_the_retry() {
    let tmp = tempfile::tempdir().unwrap();
    let (folder, path) = blocked_path(tmp.path());
    let saver = Autosaver::spawn_with_retry(path.clone(), LONG);
    saver.submit(b"old".to_vec());
    assert!(matches!(next_outcome(&saver), SaveOutcome::Failed { .. }));
    unblock(&folder);
    saver.submit(b"new".to_vec());
    assert!(matches!(next_outcome(&saver), SaveOutcome::Saved { .. }));
    assert_eq!(fs::read(&path).unwrap(), b"new");
}

#[test]
fn flush_retries_a_failed_save_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let (folder, path) = blocked_path(tmp.path());
    let saver = Autosaver::spawn_with_retry(path.clone(), LONG);
    saver.submit(b"quit now".to_vec());
    assert!(matches!(next_outcome(&saver), SaveOutcome::Failed { .. }));
    unblock(&folder);
    saver.flush(PATIENCE).unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"quit now");
}

#[test]
fn dropping_makes_a_last_attempt() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("cv.json");
    let saver = Autosaver::spawn_with_retry(path.clone(), LONG);
    saver.submit(b"last words".to_vec());
    drop(saver);
    assert_eq!(fs::read(&path).unwrap(), b"last words");
}

#[test]
fn dropping_does_not_hang_on_a_failing_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, path) = blocked_path(tmp.path());
    let saver = Autosaver::spawn_with_retry(path, Duration::from_millis(1));
    saver.submit(b"lost".to_vec());
    let started = Instant::now();
    drop(saver);
    assert!(started.elapsed() < PATIENCE);
}

#[test]
fn a_vanished_folder_is_recreated() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("gone").join("cv.json");
    let saver = Autosaver::spawn(path.clone());
    saver.submit(b"x".to_vec());
    saver.flush(PATIENCE).unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"x");
}

#[test]
fn failure_messages_suggest_the_fix() {
    let path = Path::new("/cfg/resumes/cv.json");
    let full = failure_message(
        path,
        &io::Error::from_raw_os_error(libc::ENOSPC),
        RETRY_DELAY,
    );
    assert_eq!(
        full,
        "cannot save /cfg/resumes/cv.json: disk full (ENOSPC) — your text is kept in memory; \
         free some space; resumd retries every 2 s"
    );
    let denied = failure_message(
        path,
        &io::Error::from_raw_os_error(libc::EACCES),
        RETRY_DELAY,
    );
    assert!(denied.contains("make /cfg/resumes writable"), "{denied}");
}
