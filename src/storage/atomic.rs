//! Crash-safe file replacement: at every instant there is a complete main
//! file or a complete `.bak` (normally both), never a half-written one.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::paths::with_suffix;

/// Files are private: a resume holds a phone number and an address.
pub(crate) const FILE_MODE: u32 = 0o600;

/// Marks resumd's temporary files; a crash can leave them behind, and
/// [`temp_target`] lets clean-up recognise them.
const TEMP_MARK: &str = ".tmp-";

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Replaces `path` with `bytes` atomically and keeps the previous version as
/// `<path>.bak`.
///
/// Order of work (each step leaves a good main file or a good backup):
/// 1. write the new bytes to a private temp file in the same folder, fsync;
/// 2. hard-link (or copy) the current file to a temp name, rename it over
///    `.bak` — the old backup is replaced by the still-present main file;
/// 3. rename the temp file over `path`, then fsync the folder so the renames
///    survive a power cut.
///
/// Temp files are removed on any error. If `path` is a symbolic link, the file
/// it points to is replaced and the link kept.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let path = resolve_symlink(path);
    let dir = parent_dir(&path);
    let staged = write_temp(&path, |file| file.write_all(bytes))?;
    let result = keep_backup(&path)
        .and_then(|()| fs::rename(&staged, &path))
        .and_then(|()| sync_dir(&dir));
    if result.is_err() {
        let _ = fs::remove_file(&staged);
    }
    result
}

/// Writes an export the user agreed to replace: see [`write_export`]
/// (a file keeps its permissions, devices and FIFOs are written to, never
/// replaced). Kept for callers that have already asked about replacing.
///
/// [`write_export`]: super::write_export
pub fn replace_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    super::write_export(path, bytes, true).map_err(io::Error::from)
}

/// The file a temp file was standing in for: `.cv.json.tmp-12-0` → `cv.json`.
pub(crate) fn temp_target(file_name: &str) -> Option<&str> {
    let (target, unique) = file_name.strip_prefix('.')?.rsplit_once(TEMP_MARK)?;
    let (pid, n) = unique.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(pid) && digits(n)).then_some(target)
}

/// Makes `.bak` a copy of the current `path`, if there is one.
fn keep_backup(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() => {}
        Ok(_) => return Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    }
    let backup = with_suffix(path, ".bak");
    let staged = temp_path(&backup);
    // A hard link costs nothing and cannot be half-written; file systems
    // without links get a synced copy instead.
    if fs::hard_link(path, &staged).is_err() {
        let old = fs::read(path)?;
        let copy = write_temp(&backup, |file| file.write_all(&old))?;
        if let Err(e) = fs::rename(&copy, &staged) {
            let _ = fs::remove_file(&copy);
            return Err(e);
        }
    }
    fs::rename(&staged, &backup).inspect_err(|_| {
        let _ = fs::remove_file(&staged);
    })
}

/// Creates a fresh 0600 temp file next to `target`, fills it, fsyncs it and
/// returns its path; on error nothing is left behind.
fn write_temp(
    target: &Path,
    fill: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<PathBuf> {
    let (staged, mut file) = loop {
        let candidate = temp_path(target);
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(FILE_MODE)
            .open(&candidate)
        {
            Ok(file) => break (candidate, file),
            // Left over by an earlier process with a recycled pid.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    };
    let result = fill(&mut file).and_then(|()| file.sync_all());
    drop(file);
    match result {
        Ok(()) => Ok(staged),
        Err(e) => {
            let _ = fs::remove_file(&staged);
            Err(e)
        }
    }
}

/// `.name.tmp-<pid>-<n>` beside `target`: hidden, unique per process and call.
fn temp_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    target.with_file_name(format!(".{name}{TEMP_MARK}{}-{n}", std::process::id()))
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn resolve_symlink(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// Makes renames in `dir` durable. Some file systems cannot fsync a folder;
/// that is not worth failing a save over.
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    match File::open(dir).and_then(|d| d.sync_all()) {
        Err(e) if matches!(e.raw_os_error(), Some(libc::EINVAL) | Some(libc::ENOTSUP)) => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replace_file_swaps_whole_files_without_a_backup() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("resume.md");
        replace_file(&path, b"one").unwrap();
        replace_file(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(names_in(tmp.path()), ["resume.md"]);
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode & 0o600, 0o600, "the owner can read and write it");
        assert!(replace_file(&tmp.path().join("no/such/dir.md"), b"x").is_err());
    }

    #[test]
    fn writes_a_private_file_and_keeps_the_previous_version() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("cv.json");
        write_atomic(&path, b"one").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"one");
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(names_in(tmp.path()), ["cv.json"]);

        write_atomic(&path, b"two").unwrap();
        write_atomic(&path, b"three").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        assert_eq!(fs::read(tmp.path().join("cv.json.bak")).unwrap(), b"two");
        let bak_mode = fs::metadata(tmp.path().join("cv.json.bak"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(bak_mode & 0o777, 0o600);
        assert_eq!(names_in(tmp.path()), ["cv.json", "cv.json.bak"]);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temp() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("d");
        fs::create_dir(&dir).unwrap();
        let path = dir.join("cv.json");
        write_atomic(&path, b"good").unwrap();
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o500)).unwrap();
        let result = write_atomic(&path, b"new");
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();
        // Root ignores folder permissions, so only check the failure when it
        // happened; the path-through-a-file test below fails for root too.
        if result.is_err() {
            assert_eq!(fs::read(&path).unwrap(), b"good");
            assert_eq!(names_in(&dir), ["cv.json"]);
        }
    }

    #[test]
    fn a_write_that_fails_midway_leaves_nothing_behind() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("cv.json");
        let err = write_temp(&target, |file| {
            file.write_all(b"half")?;
            Err(io::Error::from_raw_os_error(libc::ENOSPC))
        })
        .unwrap_err();
        assert_eq!(err.raw_os_error(), Some(libc::ENOSPC));
        assert!(names_in(tmp.path()).is_empty());
    }

    #[test]
    fn a_path_under_a_regular_file_fails_cleanly() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("plain");
        fs::write(&file, b"keep me").unwrap();
        let err = write_atomic(&file.join("cv.json"), b"x").unwrap_err();
        assert_eq!(err.raw_os_error(), Some(libc::ENOTDIR));
        assert_eq!(fs::read(&file).unwrap(), b"keep me");
        assert_eq!(names_in(tmp.path()), ["plain"]);
    }

    #[test]
    fn a_symlinked_file_is_updated_through_the_link() {
        let tmp = tempfile::tempdir().unwrap();
        let real = tmp.path().join("real.json");
        fs::write(&real, b"old").unwrap();
        let link = tmp.path().join("cv.json");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new");
        assert_eq!(fs::read(tmp.path().join("real.json.bak")).unwrap(), b"old");
    }

    #[test]
    #[ignore = "helper process: `a_writer_killed_at_any_moment_leaves_whole_files` runs it"]
    fn helper_write_until_killed() {
        let path = crate::storage::test_child::child_dir().join("cv.json");
        for round in 0u64.. {
            let fill = if round % 2 == 0 { b'a' } else { b'b' };
            write_atomic(&path, &vec![fill; 256 * 1024]).unwrap();
            if round == 1 {
                println!("WRITING");
            }
        }
    }

    #[test]
    fn a_writer_killed_at_any_moment_leaves_whole_files() {
        use crate::storage::test_child::{kill_hard, spawn_helper};
        for pause_ms in [0, 3, 17, 40] {
            let tmp = tempfile::tempdir().unwrap();
            let mut child = spawn_helper(
                "storage::atomic::tests::helper_write_until_killed",
                tmp.path(),
                "WRITING",
            );
            std::thread::sleep(std::time::Duration::from_millis(pause_ms));
            kill_hard(&mut child);
            for name in ["cv.json", "cv.json.bak"] {
                let bytes = fs::read(tmp.path().join(name)).unwrap();
                assert_eq!(bytes.len(), 256 * 1024, "{name} after {pause_ms} ms");
                assert!(
                    bytes.iter().all(|&b| b == bytes[0]),
                    "{name} mixes two versions"
                );
            }
        }
    }

    #[test]
    fn temp_names_are_recognised() {
        let temp = temp_path(Path::new("/d/cv.json"));
        let name = temp.file_name().unwrap().to_str().unwrap();
        assert!(name.starts_with(".cv.json.tmp-"), "{name}");
        assert_eq!(temp_target(name), Some("cv.json"));
        assert_eq!(temp_target(".cv.json.bak.tmp-1-2"), Some("cv.json.bak"));
        assert_eq!(temp_target("cv.json"), None);
        assert_eq!(temp_target(".cv.json.tmp-notes"), None);
        assert_ne!(temp, temp_path(Path::new("/d/cv.json")));
    }
}
