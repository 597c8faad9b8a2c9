//! Renaming, duplicating and deleting resumes, and their names. Nothing here
//! replaces an existing resume, and nothing touches a resume another resumd
//! has open.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::storage::aside::{move_aside, rename_no_clobber};
use crate::storage::atomic::{sync_dir, write_atomic};
use crate::storage::load::read_if_present;
use crate::storage::lock::{LockError, ResumeLock};
use crate::storage::paths::{validate_resume_name, with_suffix};
use crate::storage::{StorageError, Store};

impl Store {
    /// Saved resume names, sorted. Backups, locks, temp files and moved-aside
    /// copies are not resumes; a name with only a `.bak` left is listed,
    /// since [`Store::load_resume`] recovers it.
    pub fn list_resumes(&self) -> Result<Vec<String>, StorageError> {
        let dir = self.resumes_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(StorageError::io("list", dir, e)),
        };
        let mut names: Vec<String> = entries
            .flatten()
            .filter(|entry| entry.file_type().is_ok_and(|t| !t.is_dir()))
            .filter_map(|entry| {
                let file_name = entry.file_name().into_string().ok()?;
                let stem = file_name
                    .strip_suffix(".json")
                    .or_else(|| file_name.strip_suffix(".json.bak"))?;
                validate_resume_name(stem).ok()?;
                Some(stem.to_string())
            })
            .collect();
        names.sort();
        names.dedup();
        Ok(names)
    }

    /// Deletes resume `name` recoverably: the file is moved to
    /// `<name>.json.deleted-<UTC time>` (rename it back to undo), which is
    /// returned, and the backup is removed. Refused while any resumd —
    /// including this one — holds its lock, so drop your own lock first.
    pub fn delete_resume(&self, name: &str) -> Result<PathBuf, StorageError> {
        let path = self.resume_path(name)?;
        let _lock = self.lock_for_change(name)?;
        let backup = with_suffix(&path, ".bak");
        let kept = if path.exists() { &path } else { &backup };
        let moved_to = match move_aside(kept, "deleted") {
            Ok(to) => to,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(StorageError::NotFound {
                    name: name.to_string(),
                    path,
                });
            }
            Err(e) => return Err(StorageError::io("delete", path, e)),
        };
        match fs::remove_file(&backup) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => {
                return Err(StorageError::io("delete", backup, e));
            }
            _ => {}
        }
        sync_folder_of(&path)?;
        Ok(moved_to)
    }

    /// Renames resume `from` (and its backup) to `to`; refuses if `to`
    /// exists or either is open in a resumd.
    pub fn rename_resume(&self, from: &str, to: &str) -> Result<(), StorageError> {
        let (from_path, to_path) = (self.resume_path(from)?, self.resume_path(to)?);
        if from == to {
            return Ok(());
        }
        let _from_lock = self.lock_for_change(from)?;
        let _to_lock = self.lock_for_change(to)?;
        refuse_existing(to, &to_path)?;
        let from_backup = with_suffix(&from_path, ".bak");
        if !from_path.exists() && !from_backup.exists() {
            return Err(StorageError::NotFound {
                name: from.to_string(),
                path: from_path,
            });
        }
        for (src, dst) in [
            (from_path.clone(), to_path.clone()),
            (from_backup, with_suffix(&to_path, ".bak")),
        ] {
            match rename_no_clobber(&src, &dst) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    return Err(StorageError::AlreadyExists {
                        name: to.to_string(),
                        path: dst,
                    });
                }
                Err(e) => return Err(StorageError::io("rename", src, e)),
            }
        }
        sync_folder_of(&to_path)
    }

    /// Copies resume `from` to a new resume `to`, byte for byte (session
    /// included); refuses if `to` exists or is open in a resumd.
    pub fn duplicate_resume(&self, from: &str, to: &str) -> Result<(), StorageError> {
        let (from_path, to_path) = (self.resume_path(from)?, self.resume_path(to)?);
        let _to_lock = self.lock_for_change(to)?;
        refuse_existing(to, &to_path)?;
        let bytes = read_if_present(&from_path)?.ok_or_else(|| StorageError::NotFound {
            name: from.to_string(),
            path: from_path,
        })?;
        write_atomic(&to_path, &bytes).map_err(|e| StorageError::io("save", to_path, e))
    }

    fn lock_for_change(&self, name: &str) -> Result<ResumeLock, StorageError> {
        self.lock_resume(name).map_err(|e| match e {
            LockError::Held { pid, host } => StorageError::Locked {
                name: name.to_string(),
                pid,
                host,
            },
            LockError::Storage(e) => e,
        })
    }
}

fn refuse_existing(name: &str, path: &Path) -> Result<(), StorageError> {
    for candidate in [path.to_path_buf(), with_suffix(path, ".bak")] {
        if fs::symlink_metadata(&candidate).is_ok() {
            return Err(StorageError::AlreadyExists {
                name: name.to_string(),
                path: candidate,
            });
        }
    }
    Ok(())
}

fn sync_folder_of(path: &Path) -> Result<(), StorageError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    sync_dir(dir).map_err(|e| StorageError::io("sync", dir, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with(names: &[&str]) -> (tempfile::TempDir, Store) {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::at(tmp.path().join("cfg"));
        store.ensure().unwrap();
        for name in names {
            let path = store.resume_path(name).unwrap();
            write_atomic(&path, format!("{name} v1").as_bytes()).unwrap();
            write_atomic(&path, format!("{name} v2").as_bytes()).unwrap();
        }
        (tmp, store)
    }

    fn read(store: &Store, file: &str) -> String {
        fs::read_to_string(store.resumes_dir().join(file)).unwrap()
    }

    #[test]
    fn list_shows_resumes_only_sorted() {
        let (_tmp, store) = store_with(&["zeta", "alpha"]);
        let dir = store.resumes_dir();
        for extra in [
            "alpha.json.corrupt-20250101T000000",
            "alpha.json.deleted-20250101T000000",
            "alpha.json.lock",
            ".alpha.json.tmp-1-0",
            "notes.txt",
            ".hidden.json",
            "only-backup.json.bak",
        ] {
            fs::write(dir.join(extra), b"x").unwrap();
        }
        fs::create_dir(dir.join("folder.json")).unwrap();
        assert_eq!(
            store.list_resumes().unwrap(),
            ["alpha", "only-backup", "zeta"]
        );
        let empty = Store::at(dir.join("nowhere"));
        assert!(empty.list_resumes().unwrap().is_empty());
    }

    #[test]
    fn rename_moves_file_and_backup_but_never_overwrites() {
        let (_tmp, store) = store_with(&["a", "b"]);
        let err = store.rename_resume("a", "b").unwrap_err();
        assert!(matches!(err, StorageError::AlreadyExists { .. }), "{err}");
        assert_eq!(read(&store, "b.json"), "b v2");

        store.rename_resume("a", "c").unwrap();
        assert_eq!(read(&store, "c.json"), "a v2");
        assert_eq!(read(&store, "c.json.bak"), "a v1");
        assert_eq!(store.list_resumes().unwrap(), ["b", "c"]);
        let err = store.rename_resume("a", "d").unwrap_err();
        assert!(matches!(err, StorageError::NotFound { .. }), "{err}");
    }

    #[test]
    fn rename_and_delete_refuse_an_open_resume() {
        let (_tmp, store) = store_with(&["a"]);
        let lock = store.lock_resume("a").unwrap();
        let err = store.rename_resume("a", "b").unwrap_err();
        assert!(matches!(err, StorageError::Locked { .. }), "{err}");
        assert!(err.to_string().contains("close it there first"), "{err}");
        assert!(store.delete_resume("a").is_err());
        assert_eq!(read(&store, "a.json"), "a v2");
        drop(lock);
        store.rename_resume("a", "b").unwrap();
    }

    #[test]
    fn duplicate_copies_bytes_and_refuses_to_overwrite() {
        let (_tmp, store) = store_with(&["a", "b"]);
        store.duplicate_resume("a", "copy").unwrap();
        assert_eq!(read(&store, "copy.json"), "a v2");
        assert!(!store.resumes_dir().join("copy.json.bak").exists());
        let err = store.duplicate_resume("a", "b").unwrap_err();
        assert!(matches!(err, StorageError::AlreadyExists { .. }));
        assert_eq!(read(&store, "b.json"), "b v2");
        let err = store.duplicate_resume("missing", "new").unwrap_err();
        assert!(matches!(err, StorageError::NotFound { .. }));
        assert!(!store.resumes_dir().join("new.json").exists());
    }

    #[test]
    fn delete_keeps_a_recoverable_copy() {
        let (_tmp, store) = store_with(&["a", "b"]);
        let kept = store.delete_resume("a").unwrap();
        assert_eq!(fs::read_to_string(&kept).unwrap(), "a v2");
        assert!(kept.to_string_lossy().contains("a.json.deleted-"));
        assert!(!store.resumes_dir().join("a.json").exists());
        assert!(!store.resumes_dir().join("a.json.bak").exists());
        assert!(!store.resumes_dir().join("a.json.lock").exists());
        assert_eq!(store.list_resumes().unwrap(), ["b"]);
        let err = store.delete_resume("a").unwrap_err();
        assert!(matches!(err, StorageError::NotFound { .. }), "{err}");
    }
}
