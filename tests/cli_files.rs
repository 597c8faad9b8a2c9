//! What the headless commands do to files: reading changes nothing, bad
//! input creates nothing, settings never undo a created resume, and
//! exports replace only what they should.

mod common;

use std::ffi::CString;
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};

use common::run;

/// Every file and folder under `dir` with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path.clone());
                out.push((path, Vec::new()));
            } else {
                out.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn new_resume(dir: &Path, name: &str) {
    let (code, _, err) = run(dir, &["new", "--level", "junior", "--name", name]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn list_and_reads_change_no_file_and_show_damage() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    new_resume(dir, "good");
    new_resume(dir, "broken");
    let resumes = dir.join("resumes");
    std::fs::copy(resumes.join("broken.json"), resumes.join("broken.json.bak")).unwrap();
    std::fs::write(resumes.join("broken.json"), b"{\"format\": 1, \"res").unwrap();
    std::fs::write(resumes.join("empty.json"), b"").unwrap();
    std::fs::write(dir.join("settings.json"), b"{ damaged").unwrap();
    let before = snapshot(dir);

    let (code, out, err) = run(dir, &["list"]);
    assert_eq!(code, 0, "{err}");
    let line = |name: &str| {
        out.lines()
            .find(|l| l.split_whitespace().any(|w| w == name))
            .unwrap_or_else(|| panic!("{name} listed: {out}"))
            .to_string()
    };
    assert!(line("good").ends_with("junior"), "{out}");
    assert!(line("broken").ends_with("damaged"), "{out}");
    assert!(line("empty").ends_with("damaged"), "{out}");
    assert_eq!(snapshot(dir), before, "list changed a file");

    for args in [
        &["export", "--resume", "broken", "-o", "-"][..],
        &["lint", "--resume", "broken"],
        &["preview", "--resume", "broken"],
    ] {
        let (code, out, err) = run(dir, args);
        assert!(code <= 1, "{args:?}: {err}");
        assert!(
            out.contains("Summary") || out.contains("broken.md:7:"),
            "{args:?} read the backup: {out}"
        );
        assert!(err.contains("damaged"), "{args:?} says so: {err}");
        assert_eq!(snapshot(dir), before, "{args:?} changed a file");
    }
}

#[test]
fn an_invalid_name_on_a_fresh_folder_creates_nothing() {
    let config = tempfile::tempdir().unwrap();
    let fresh = config.path().join("cfg");
    for name in ["../escape", "a b", ".hidden", ""] {
        let (code, _, err) = run(
            config.path(),
            &[
                "--config-dir",
                fresh.to_str().unwrap(),
                "new",
                "--level",
                "mid",
                "--name",
                name,
            ],
        );
        assert_eq!(code, 2, "{name:?}: {err}");
        assert!(err.contains("not a valid resume name"), "{err}");
        assert!(!fresh.exists(), "{name:?} created {}", fresh.display());
    }
}

#[test]
fn a_settings_folder_does_not_undo_a_created_resume() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    std::fs::create_dir(dir.join("settings.json")).unwrap();
    let (code, out, err) = run(dir, &["new", "--level", "mid", "--name", "cv"]);
    assert_eq!(code, 0, "the resume was made: {err}");
    assert!(out.contains("Created 'cv'"), "{out}");
    assert!(err.contains("could not remember"), "a warning: {err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    let (code, out, _) = run(dir, &["export", "--resume", "cv", "-o", "-"]);
    assert_eq!(code, 0);
    assert!(out.contains("## Summary"));
}

#[test]
fn export_keeps_permissions_and_makes_new_files_private() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    new_resume(dir, "resume");
    let (code, _, err) = run(dir, &["export", "-o", "new.md"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(mode(&dir.join("new.md")), 0o600);

    std::fs::write(dir.join("shared.md"), b"old").unwrap();
    for keep in [0o600, 0o644] {
        std::fs::set_permissions(dir.join("shared.md"), PermissionsExt::from_mode(keep)).unwrap();
        let (code, _, err) = run(dir, &["export", "-o", "shared.md", "--force"]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(mode(&dir.join("shared.md")), keep);
        assert!(
            std::fs::read_to_string(dir.join("shared.md"))
                .unwrap()
                .contains("Summary")
        );
    }
}

#[test]
fn export_through_links_follows_them_and_refuses_dangling_ones() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    new_resume(dir, "resume");
    symlink("missing/../target.md", dir.join("dangling.md")).unwrap();
    let (code, _, err) = run(dir, &["export", "-o", "dangling.md"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("does not exist") && err.contains("--force"),
        "{err}"
    );
    assert!(
        std::fs::symlink_metadata(dir.join("dangling.md"))
            .unwrap()
            .is_symlink()
    );
    assert!(!dir.join("target.md").exists());

    symlink("target.md", dir.join("link.md")).unwrap();
    let (code, _, err) = run(dir, &["export", "-o", "link.md", "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::symlink_metadata(dir.join("link.md"))
            .unwrap()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(dir.join("target.md"))
            .unwrap()
            .contains("Summary")
    );
}

#[test]
fn export_writes_into_a_fifo_and_dev_null_without_replacing_them() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    new_resume(dir, "resume");
    let fifo = dir.join("pipe");
    let c_path = CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    let reader_path = fifo.clone();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::fs::File::open(reader_path)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    });
    let (code, _, err) = run(dir, &["export", "-o", "pipe", "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(reader.join().unwrap().contains("## Summary"));
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );

    for args in [
        &["export", "-o", "/dev/null"][..],
        &["export", "-o", "/dev/null", "--force"],
    ] {
        let (code, _, err) = run(dir, args);
        assert_eq!(code, 0, "{args:?}: {err}");
        let meta = std::fs::symlink_metadata("/dev/null").unwrap();
        assert!(meta.file_type().is_char_device(), "/dev/null replaced");
    }
}

#[test]
fn export_to_dev_stdout_writes_to_standard_output() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    new_resume(dir, "resume");
    let (code, out, err) = run(dir, &["export", "-o", "/dev/stdout", "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("## Summary"), "{out}");
    assert!(
        std::fs::symlink_metadata("/dev/stdout")
            .unwrap()
            .is_symlink()
    );
}
