use std::fs;

use super::peek::snapshot;
use super::*;
use crate::resume::Level;
use crate::storage::encode;

fn store() -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::at(tmp.path().join("cfg"));
    (tmp, store)
}

fn resume(level: Level) -> Resume {
    Resume::new(level)
}

#[test]
fn create_saves_and_returns_the_resume_open_with_its_lock() {
    let (_tmp, store) = store();
    let editing = store
        .create_resume("cv", resume(Level::Junior), IfExists::Refuse)
        .unwrap();
    assert!(editing.lock.is_some() && editing.read_only.is_none());
    assert_eq!(editing.path, store.resume_path("cv").unwrap());
    assert_eq!(
        store.load_resume("cv").unwrap().doc,
        editing.doc.clone().unwrap()
    );
    // While it is open nobody else can create or replace it.
    let err = store
        .create_resume("cv", resume(Level::Mid), IfExists::Replace)
        .unwrap_err();
    assert!(matches!(err, StorageError::Locked { .. }), "{err}");
    drop(editing);

    let err = store
        .create_resume("cv", resume(Level::Mid), IfExists::Refuse)
        .unwrap_err();
    assert!(matches!(err, StorageError::AlreadyExists { .. }), "{err}");
    assert_eq!(
        store.peek_resume("cv").unwrap().unwrap().level(),
        Some(Level::Junior)
    );
    store
        .create_resume("cv", resume(Level::Senior), IfExists::Replace)
        .unwrap();
    assert_eq!(
        store.peek_resume("cv").unwrap().unwrap().level(),
        Some(Level::Senior)
    );
}

#[test]
fn a_name_with_only_a_backup_or_a_damaged_file_is_taken() {
    let (_tmp, store) = store();
    store.ensure().unwrap();
    fs::write(store.resumes_dir().join("old.json.bak"), b"x").unwrap();
    fs::write(store.resumes_dir().join("bad.json"), b"").unwrap();
    let before = snapshot(store.root());
    for name in ["old", "bad"] {
        let err = store
            .create_resume(name, resume(Level::Mid), IfExists::Refuse)
            .unwrap_err();
        assert!(matches!(err, StorageError::AlreadyExists { .. }), "{err}");
    }
    assert_eq!(snapshot(store.root()), before, "the damaged file stays put");
    assert_eq!(store.free_resume_name("old").unwrap(), "old-2");
    assert_eq!(store.free_resume_name("new").unwrap(), "new");
}

#[test]
fn an_invalid_name_creates_nothing() {
    let (tmp, store) = store();
    for name in ["../x", "", "a b", "\u{1b}[2J"] {
        let err = store
            .create_resume(name, resume(Level::Mid), IfExists::Refuse)
            .unwrap_err();
        assert!(matches!(err, StorageError::InvalidName { .. }), "{err}");
        assert!(store.open_for_editing(name).is_err());
    }
    assert!(
        fs::read_dir(tmp.path()).unwrap().next().is_none(),
        "no folder"
    );
}

#[test]
fn open_takes_the_lock_and_a_second_open_is_read_only_and_moves_nothing() {
    let (_tmp, store) = store();
    drop(
        store
            .create_resume("cv", resume(Level::Mid), IfExists::Refuse)
            .unwrap(),
    );
    let first = store.open_for_editing("cv").unwrap();
    assert!(first.lock.is_some() && first.read_only.is_none());
    assert_eq!(first.doc.as_ref().unwrap().resume.level, Level::Mid);

    // Damage the file under the first editor: the second must not move it.
    fs::copy(&first.path, first.path.with_extension("json.bak")).unwrap();
    fs::write(&first.path, b"{").unwrap();
    let before = snapshot(store.root());
    let second = store.open_for_editing("cv").unwrap();
    assert!(second.lock.is_none());
    let why = second.read_only.as_deref().unwrap();
    assert!(why.starts_with("open in another resumd (pid "), "{why}");
    assert!(
        second.notes.iter().any(|n| n.contains("read-only")),
        "{:?}",
        second.notes
    );
    assert_eq!(
        second.doc.unwrap().resume.level,
        Level::Mid,
        "from the backup"
    );
    assert_eq!(snapshot(store.root()), before);
}

#[test]
fn open_recovers_a_damaged_file_when_it_holds_the_lock() {
    let (_tmp, store) = store();
    drop(
        store
            .create_resume("cv", resume(Level::Mid), IfExists::Refuse)
            .unwrap(),
    );
    let path = store.resume_path("cv").unwrap();
    fs::copy(&path, path.with_extension("json.bak")).unwrap();
    fs::write(&path, b"").unwrap();
    let editing = store.open_for_editing("cv").unwrap();
    assert!(editing.read_only.is_none());
    assert!(editing.doc.is_some());
    assert!(editing.notes[0].contains("corrupt-"), "{:?}", editing.notes);

    let fresh = store.open_for_editing("never-saved").unwrap();
    assert!(fresh.doc.is_none() && fresh.lock.is_some());
}

#[test]
fn a_newer_format_opens_read_only_with_the_lock() {
    let (_tmp, store) = store();
    store.ensure().unwrap();
    let mut value: serde_json::Value = serde_json::from_slice(&encode(&SavedResume {
        resume: resume(Level::Senior),
        session: Session::default(),
    }))
    .unwrap();
    value["format"] = 3.into();
    fs::write(store.resume_path("cv").unwrap(), value.to_string()).unwrap();
    let editing = store.open_for_editing("cv").unwrap();
    assert_eq!(
        editing.read_only.as_deref(),
        Some("written by a newer resumd")
    );
    assert!(editing.doc.is_some());
}

/// Opening an unwritable folder end to end (`chattr +i`) is tested through
/// the real binary in `tests/e2e_durability.rs`; here, which errors count.
#[test]
fn only_cannot_write_errors_open_read_only() {
    let error = |errno| {
        StorageError::io(
            "lock",
            "/cfg/resumes/cv.json.lock",
            std::io::Error::from_raw_os_error(errno),
        )
    };
    for errno in [libc::EACCES, libc::EPERM, libc::EROFS] {
        let why = cannot_write_reason(&error(errno)).unwrap();
        assert!(why.starts_with("/cfg/resumes cannot be written ("), "{why}");
    }
    for errno in [libc::ENOSPC, libc::EIO, libc::ENOTDIR] {
        assert_eq!(cannot_write_reason(&error(errno)), None);
    }
    let not_io = StorageError::InvalidName { name: "x y".into() };
    assert_eq!(cannot_write_reason(&not_io), None);
}
