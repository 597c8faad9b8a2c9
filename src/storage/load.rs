//! Opening a resume, with recovery: a damaged file is moved aside (never
//! overwritten) and the backup opened in its place.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::aside::move_aside;
use super::format::{DecodeError, Decoded, SavedResume, decode};
use super::paths::with_suffix;
use super::{StorageError, Store};

/// A resume as opened, and what the user should be told about it.
#[derive(Debug)]
pub struct Loaded {
    pub doc: SavedResume,
    /// Saving would destroy something (a newer resumd's file, or a damaged
    /// file that could not be moved aside), so the editor must not save.
    pub read_only: bool,
    /// Plain sentences to show the user, e.g. where a damaged file went.
    pub notes: Vec<String>,
}

// A good backup is the rare case; boxing it keeps the common ones small.
enum Backup {
    Usable(Box<Decoded>),
    Missing,
    /// Why it could not be used, and where it was moved (if it was).
    Unusable {
        why: String,
        moved_to: Option<PathBuf>,
    },
}

impl Store {
    /// Opens resume `name`.
    ///
    /// - a damaged main file is moved to `<name>.json.corrupt-<UTC time>` and
    ///   the `.bak` opened instead, with a note saying both paths;
    /// - with no good backup the result is [`StorageError::Damaged`] and the
    ///   caller starts fresh (the damaged file stays where `moved_to` says);
    /// - a newer format opens read-only if its content can be read, else
    ///   [`StorageError::TooNew`]; such files are never moved;
    /// - a missing file with a good backup (a save interrupted in a way
    ///   that lost it, or a hand deletion) opens the backup.
    pub fn load_resume(&self, name: &str) -> Result<Loaded, StorageError> {
        let path = self.resume_path(name)?;
        let backup_path = with_suffix(&path, ".bak");
        let Some(bytes) = read_if_present(&path)? else {
            return match self.open_backup(&backup_path)? {
                Backup::Usable(decoded) => {
                    let note = format!(
                        "{} was missing; opened its backup {}",
                        path.display(),
                        backup_path.display()
                    );
                    Ok(loaded(*decoded, note))
                }
                Backup::Missing => Err(StorageError::NotFound {
                    name: name.to_string(),
                    path,
                }),
                Backup::Unusable { why, moved_to } => Err(StorageError::Damaged {
                    moved_to: moved_to.unwrap_or(backup_path),
                    reason: format!("the resume file was missing and {why}"),
                }),
            };
        };
        let reason = match decode(&bytes) {
            Ok(decoded) => return Ok(loaded(decoded, None)),
            Err(DecodeError::TooNew { format, reason }) => {
                return Err(StorageError::TooNew {
                    path,
                    format,
                    reason,
                });
            }
            Err(DecodeError::Damaged(reason)) => reason,
        };
        let moved = move_aside(&path, "corrupt");
        let backup = self.open_backup(&backup_path)?;
        match (moved, backup) {
            (Ok(moved_to), Backup::Usable(decoded)) => {
                let note = format!(
                    "{} was damaged ({reason}); it was kept unchanged as {} and the backup {} \
                     (the version before the last save) was opened instead",
                    path.display(),
                    moved_to.display(),
                    backup_path.display()
                );
                Ok(loaded(*decoded, note))
            }
            (Ok(moved_to), Backup::Missing) => Err(StorageError::Damaged { moved_to, reason }),
            (Ok(moved_to), Backup::Unusable { why, .. }) => Err(StorageError::Damaged {
                moved_to,
                reason: format!("{reason}; {why}"),
            }),
            // The damaged file could not be moved, so nothing may be saved
            // over it: the backup, if any, opens read-only.
            (Err(e), Backup::Usable(decoded)) => {
                let note = format!(
                    "{} is damaged ({reason}) and could not be moved aside ({}); opened the \
                     backup {} read-only so the damaged file is not overwritten",
                    path.display(),
                    super::error::describe_io(&e),
                    backup_path.display()
                );
                let mut result = loaded(*decoded, note);
                result.read_only = true;
                Ok(result)
            }
            (Err(e), _) => Err(StorageError::io("move the damaged file aside", path, e)),
        }
    }

    /// Decodes `.bak`. A damaged backup is moved aside too, or the next save
    /// would silently replace it.
    fn open_backup(&self, backup_path: &Path) -> Result<Backup, StorageError> {
        let Some(bytes) = read_if_present(backup_path)? else {
            return Ok(Backup::Missing);
        };
        match decode(&bytes) {
            Ok(decoded) => Ok(Backup::Usable(Box::new(decoded))),
            Err(DecodeError::TooNew { format, reason }) => Ok(Backup::Unusable {
                why: format!(
                    "the backup is from a newer resumd (format {format}: {reason}) and was \
                     left as it is"
                ),
                moved_to: None,
            }),
            Err(DecodeError::Damaged(reason)) => Ok(match move_aside(backup_path, "corrupt") {
                Ok(to) => Backup::Unusable {
                    why: format!(
                        "the backup was damaged too ({reason}) and was kept as {}",
                        to.display()
                    ),
                    moved_to: Some(to),
                },
                Err(e) => Backup::Unusable {
                    why: format!(
                        "the backup {} is damaged too ({reason}) and could not be moved ({})",
                        backup_path.display(),
                        super::error::describe_io(&e)
                    ),
                    moved_to: None,
                },
            }),
        }
    }
}

fn loaded(decoded: Decoded, lead_note: impl Into<Option<String>>) -> Loaded {
    let mut notes: Vec<String> = lead_note.into().into_iter().collect();
    if let Some(format) = decoded.newer_format {
        notes.push(format!(
            "written by a newer resumd (format {format}); opened read-only"
        ));
    }
    notes.extend(decoded.notes);
    Loaded {
        doc: decoded.doc,
        read_only: decoded.newer_format.is_some(),
        notes,
    }
}

/// The file's bytes, or `None` if it does not exist.
pub(crate) fn read_if_present(path: &Path) -> Result<Option<Vec<u8>>, StorageError> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StorageError::io("read", PathBuf::from(path), e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Level, Resume};
    use crate::storage::format::{Session, encode};

    fn store() -> (tempfile::TempDir, Store) {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::at(tmp.path().join("cfg"));
        store.ensure().unwrap();
        (tmp, store)
    }

    fn doc(text: &str) -> SavedResume {
        let mut resume = Resume::new(Level::Mid);
        let id = resume.sections()[1].id;
        resume.section_mut(id).unwrap().body = text.into();
        SavedResume {
            resume,
            session: Session::default(),
        }
    }

    fn corrupt_files(store: &Store) -> Vec<PathBuf> {
        let mut found: Vec<PathBuf> = fs::read_dir(store.resumes_dir())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains(".corrupt-"))
            .collect();
        found.sort();
        found
    }

    const DAMAGE: [(&str, &[u8]); 5] = [
        ("empty", b""),
        (
            "truncated",
            b"{\"format\": 1, \"resume\": {\"level\": \"mid\", \"sec",
        ),
        ("non-UTF-8", b"{\"format\": 1, \"resume\": \"\xc3\x28\"}"),
        (
            "wrong types",
            b"{\"format\": 1, \"resume\": {\"level\": 7}}",
        ),
        ("garbage", b"\x00\x01PK\x03\x04 not json at all"),
    ];

    #[test]
    fn opens_what_was_saved() {
        let (_tmp, store) = store();
        fs::write(store.resume_path("cv").unwrap(), encode(&doc("hello"))).unwrap();
        let loaded = store.load_resume("cv").unwrap();
        assert_eq!(loaded.doc, doc("hello"));
        assert!(!loaded.read_only && loaded.notes.is_empty());
    }

    #[test]
    fn missing_resume_is_not_found() {
        let (_tmp, store) = store();
        let err = store.load_resume("nope").unwrap_err();
        assert!(matches!(err, StorageError::NotFound { .. }), "{err}");
        assert!(store.load_resume("../etc").is_err());
    }

    #[test]
    fn damaged_file_is_moved_aside_and_backup_opened() {
        for (case, bytes) in DAMAGE {
            let (_tmp, store) = store();
            let path = store.resume_path("cv").unwrap();
            fs::write(&path, bytes).unwrap();
            fs::write(with_suffix(&path, ".bak"), encode(&doc("from backup"))).unwrap();

            let loaded = store.load_resume("cv").unwrap();
            assert_eq!(loaded.doc, doc("from backup"), "{case}");
            let moved = corrupt_files(&store);
            assert_eq!(moved.len(), 1, "{case}");
            assert_eq!(fs::read(&moved[0]).unwrap(), bytes, "{case}: bytes kept");
            assert!(!path.exists(), "{case}");
            let note = &loaded.notes[0];
            assert!(
                note.contains(&*moved[0].to_string_lossy()),
                "{case}: {note}"
            );
            assert!(note.contains("cv.json.bak"), "{case}: {note}");
        }
    }

    #[test]
    fn damaged_file_without_backup_is_an_error_naming_where_it_went() {
        for (case, bytes) in DAMAGE {
            let (_tmp, store) = store();
            fs::write(store.resume_path("cv").unwrap(), bytes).unwrap();
            match store.load_resume("cv") {
                Err(StorageError::Damaged { moved_to, reason }) => {
                    assert_eq!(fs::read(&moved_to).unwrap(), bytes, "{case}");
                    assert!(!reason.is_empty());
                }
                other => panic!("{case}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_damaged_backup_is_kept_too() {
        let (_tmp, store) = store();
        let path = store.resume_path("cv").unwrap();
        fs::write(&path, b"{").unwrap();
        fs::write(with_suffix(&path, ".bak"), b"}").unwrap();
        let err = store.load_resume("cv").unwrap_err();
        assert!(err.to_string().contains("backup was damaged too"), "{err}");
        let kept: Vec<Vec<u8>> = corrupt_files(&store)
            .iter()
            .map(|p| fs::read(p).unwrap())
            .collect();
        assert_eq!(kept.len(), 2);
        assert!(kept.contains(&b"{".to_vec()) && kept.contains(&b"}".to_vec()));
    }

    #[test]
    fn a_missing_file_with_a_backup_opens_the_backup() {
        let (_tmp, store) = store();
        let path = store.resume_path("cv").unwrap();
        fs::write(with_suffix(&path, ".bak"), encode(&doc("saved"))).unwrap();
        let loaded = store.load_resume("cv").unwrap();
        assert_eq!(loaded.doc, doc("saved"));
        assert!(
            loaded.notes[0].contains("was missing"),
            "{:?}",
            loaded.notes
        );
    }

    #[test]
    fn newer_format_opens_read_only_and_is_never_moved() {
        let (_tmp, store) = store();
        let path = store.resume_path("cv").unwrap();
        let mut value: serde_json::Value = serde_json::from_slice(&encode(&doc("new"))).unwrap();
        value["format"] = 9.into();
        let bytes = value.to_string().into_bytes();
        fs::write(&path, &bytes).unwrap();
        let loaded = store.load_resume("cv").unwrap();
        assert!(loaded.read_only);
        assert_eq!(loaded.doc, doc("new"));
        assert!(
            loaded.notes[0].contains("newer resumd") && loaded.notes[0].contains("read-only"),
            "{:?}",
            loaded.notes
        );

        value["resume"] = "reshaped".into();
        let bytes = value.to_string().into_bytes();
        fs::write(&path, &bytes).unwrap();
        let err = store.load_resume("cv").unwrap_err();
        assert!(matches!(err, StorageError::TooNew { format: 9, .. }));
        assert!(err.to_string().contains("upgrade resumd"), "{err}");
        assert_eq!(fs::read(&path).unwrap(), bytes, "left in place");
        assert!(corrupt_files(&store).is_empty());
    }
}
