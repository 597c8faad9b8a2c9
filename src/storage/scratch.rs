//! Files outside the config folder that only the user can read: the
//! temporary file a section is edited in with `$VISUAL`/`$EDITOR`, and the
//! recovery file the text goes to when resumd must exit while saves fail.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::aside::utc_stamp;
use super::atomic::FILE_MODE;

/// A 0600 file in the temp folder holding resume text, removed when
/// dropped.
#[derive(Debug)]
pub struct PrivateTemp {
    path: PathBuf,
}

impl PrivateTemp {
    /// Creates `resumd-<pid>-<stem>-<n>.md` in the temp folder with
    /// `contents`, flushed to disk. Never opens an existing file (a link
    /// planted in a shared /tmp cannot redirect it).
    pub fn create(stem: &str, contents: &str) -> io::Result<PrivateTemp> {
        let stem = file_safe(stem);
        let (path, mut file) = create_new_in(&std::env::temp_dir(), |attempt| {
            format!("resumd-{}-{stem}-{attempt}.md", std::process::id())
        })?;
        let written = file
            .write_all(contents.as_bytes())
            .and_then(|()| file.sync_all());
        let temp = PrivateTemp { path };
        written.map(|()| temp)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What the file holds now (after the editor saved it).
    pub fn read(&self) -> io::Result<Vec<u8>> {
        fs::read(&self.path)
    }
}

impl Drop for PrivateTemp {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// Writes `text` to a new 0600 file in the temp folder,
/// `resumd-recovered-<name>-<UTC time>[-n].md`, flushed to disk, and
/// returns its path: for when resumd has to exit (SIGTERM, SIGHUP) while
/// saves to the config folder fail. The file is kept.
pub fn write_recovery_file(name: &str, text: &str) -> io::Result<PathBuf> {
    write_recovery_file_in(&std::env::temp_dir(), name, text)
}

fn write_recovery_file_in(dir: &Path, name: &str, text: &str) -> io::Result<PathBuf> {
    let base = format!(
        "resumd-recovered-{}-{}",
        file_safe(name),
        utc_stamp(SystemTime::now())
    );
    let (path, mut file) = create_new_in(dir, |attempt| match attempt {
        0 => format!("{base}.md"),
        n => format!("{base}-{n}.md"),
    })?;
    let written = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .and_then(|()| super::atomic::sync_dir(dir));
    match written {
        Ok(()) => Ok(path),
        Err(e) => {
            let _ = fs::remove_file(&path);
            Err(e)
        }
    }
}

/// Creates a fresh 0600 file in `dir`, trying the names `name(0)`,
/// `name(1)`… until one is free.
fn create_new_in(dir: &Path, name: impl Fn(u32) -> String) -> io::Result<(PathBuf, File)> {
    for attempt in 0..1000 {
        let path = dir.join(name(attempt));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(FILE_MODE)
            .open(&path)
        {
            Ok(file) => return Ok((path, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("no free file name in {}", dir.display()),
    ))
}

/// `text` with anything but `[A-Za-z0-9._-]` replaced by `_`, so it can be
/// part of a file name.
fn file_safe(text: &str) -> String {
    let safe: String = text
        .chars()
        .take(64)
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '.' | '_' | '-' => c,
            _ => '_',
        })
        .collect();
    safe.trim_start_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_private_temp_file_is_0600_and_removed_when_dropped() {
        let temp = PrivateTemp::create("Experience/../x", "text\n").unwrap();
        let path = temp.path().to_path_buf();
        assert_eq!(path.parent().unwrap(), std::env::temp_dir());
        let file_name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            !file_name.contains('/') && file_name.ends_with(".md"),
            "{file_name}"
        );
        assert_eq!(mode(&path), 0o600);
        assert_eq!(temp.read().unwrap(), b"text\n");
        let other = PrivateTemp::create("Experience/../x", "").unwrap();
        assert_ne!(other.path(), temp.path());
        drop(temp);
        assert!(!path.exists());
    }

    #[test]
    fn recovery_files_are_private_and_never_replace_each_other() {
        let dir = tempfile::tempdir().unwrap();
        let first = write_recovery_file_in(dir.path(), "cv", "first").unwrap();
        let second = write_recovery_file_in(dir.path(), "cv", "second").unwrap();
        assert_ne!(first, second);
        assert_eq!(fs::read_to_string(&first).unwrap(), "first");
        assert_eq!(fs::read_to_string(&second).unwrap(), "second");
        assert_eq!(mode(&first), 0o600);
        let name = first.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("resumd-recovered-cv-"), "{name}");

        let err = write_recovery_file_in(&dir.path().join("missing"), "cv", "x").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
    }

    #[test]
    fn the_public_recovery_file_goes_to_the_temp_folder() {
        let path = write_recovery_file("../evil\u{1b}", "kept").unwrap();
        assert_eq!(path.parent().unwrap(), std::env::temp_dir());
        assert_eq!(fs::read_to_string(&path).unwrap(), "kept");
        fs::remove_file(path).unwrap();
    }

    #[test]
    fn names_are_made_file_safe() {
        assert_eq!(file_safe("a b/c\u{1b}é"), "a_b_c__");
        assert_eq!(file_safe("..x"), "x");
    }
}
