use super::*;

fn store() -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::at(tmp.path().join("cfg"));
    (tmp, store)
}

/// A pid that is certainly not running: a child that has been reaped.
fn dead_pid() -> u32 {
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

#[test]
fn a_second_lock_is_refused_with_the_owner() {
    let (_tmp, store) = store();
    let lock = store.lock_resume("cv").unwrap();
    assert!(lock.takeover_note().is_none());
    match store.lock_resume("cv") {
        Err(LockError::Held { pid, host }) => {
            assert_eq!(pid, std::process::id());
            assert_eq!(host, hostname());
            assert!(!host.is_empty());
        }
        other => panic!("{other:?}"),
    }
    // Other resumes are independent.
    store.lock_resume("other").unwrap();
}

#[test]
fn dropping_the_lock_removes_the_file_and_frees_the_resume() {
    let (_tmp, store) = store();
    let lock = store.lock_resume("cv").unwrap();
    let path = lock.path().to_path_buf();
    assert!(path.ends_with("resumes/cv.json.lock"));
    let owner: Owner = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(owner.pid, std::process::id());
    drop(lock);
    assert!(!path.exists());
    let again = store.lock_resume("cv").unwrap();
    assert!(again.takeover_note().is_none());
}

#[test]
fn a_stale_lock_is_taken_over_with_a_note() {
    let (_tmp, store) = store();
    store.ensure().unwrap();
    let pid = dead_pid();
    let path = with_suffix(&store.resume_path("cv").unwrap(), ".lock");
    let stale = format!(r#"{{"pid":{pid},"host":"{}"}}"#, hostname());
    fs::write(&path, stale).unwrap();
    let lock = store.lock_resume("cv").unwrap();
    let note = lock.takeover_note().unwrap();
    assert_eq!(
        note,
        format!("took over a stale lock left by pid {pid} on {}", hostname())
    );
    let owner: Owner = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(owner.pid, std::process::id(), "rewritten with our pid");
}

#[test]
fn liveness_check_only_trusts_this_host() {
    let me = Owner::me();
    assert!(!me.is_dead_here());
    let dead = Owner {
        pid: dead_pid(),
        host: hostname(),
    };
    assert!(dead.is_dead_here());
    let elsewhere = Owner {
        pid: dead.pid,
        host: format!("{}-elsewhere", hostname()),
    };
    assert!(!elsewhere.is_dead_here());
    assert!(!Owner::default().is_dead_here());
}

#[test]
fn leftover_temps_of_this_resume_only_are_removed() {
    let (_tmp, store) = store();
    store.ensure().unwrap();
    let dir = store.resumes_dir();
    for name in [
        ".cv.json.tmp-1-0",
        ".cv.json.bak.tmp-1-1",
        ".cv.json.x.json.tmp-1-2",
    ] {
        fs::write(dir.join(name), b"partial").unwrap();
    }
    let _lock = store.lock_resume("cv").unwrap();
    assert!(!dir.join(".cv.json.tmp-1-0").exists());
    assert!(!dir.join(".cv.json.bak.tmp-1-1").exists());
    assert!(
        dir.join(".cv.json.x.json.tmp-1-2").exists(),
        "another resume's"
    );
}

#[test]
#[ignore = "helper process: `a_killed_owner_never_leaves_the_resume_locked` runs it"]
fn helper_hold_lock_until_killed() {
    let _lock = Store::at(crate::storage::test_child::child_dir())
        .lock_resume("cv")
        .unwrap();
    println!("LOCKED");
    std::thread::sleep(std::time::Duration::from_secs(60));
}

#[test]
fn a_killed_owner_never_leaves_the_resume_locked() {
    use crate::storage::test_child::{kill_hard, spawn_helper};
    let (_tmp, store) = store();
    let mut child = spawn_helper(
        "storage::lock::tests::helper_hold_lock_until_killed",
        store.root(),
        "LOCKED",
    );
    match store.lock_resume("cv") {
        Err(LockError::Held { pid, host }) => {
            assert_eq!(pid, child.id());
            assert_eq!(host, hostname());
        }
        other => {
            kill_hard(&mut child);
            panic!("the child's lock was not seen: {other:?}");
        }
    }
    kill_hard(&mut child);
    let lock = store.lock_resume("cv").unwrap();
    assert_eq!(
        lock.takeover_note().unwrap(),
        format!(
            "took over a stale lock left by pid {} on {}",
            child.id(),
            hostname()
        )
    );
}
