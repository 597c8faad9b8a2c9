//! Read-only looks at the library: what a resume is on disk, the list of
//! resumes, and reading one for an export. Nothing here creates, moves or
//! writes a file, so `resumd list`, name checks and headless reads can run
//! beside an editing resumd (or on a damaged file) without changing
//! anything.

use crate::export::Paper;
use std::fs;
use std::io;
use std::path::Path;

use crate::resume::Level;
use crate::storage::error::describe_io;
use crate::storage::format::{DecodeError, Decoded, decode};
use crate::storage::paths::with_suffix;
use crate::storage::{Loaded, Settings, StorageError, Store};

/// What a saved resume is on disk, as seen without changing anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResumeState {
    /// The file reads; `level` is the level it is coached for.
    Ready { level: Level },
    /// Written by a newer resumd (format `format`): it opens read-only, and
    /// `level` is known when this version can read the content.
    Newer { format: u64, level: Option<Level> },
    /// The file is missing but its backup reads: opening restores it.
    BackupOnly { level: Level },
    /// The file cannot be used (`reason`). Opening it in resumd moves it
    /// aside and opens the backup, whose level is `backup` if it reads.
    Damaged {
        reason: String,
        backup: Option<Level>,
    },
}

impl ResumeState {
    /// The level the resume would open with, if it opens.
    pub fn level(&self) -> Option<Level> {
        match self {
            ResumeState::Ready { level } | ResumeState::BackupOnly { level } => Some(*level),
            ResumeState::Newer { level, .. } => *level,
            ResumeState::Damaged { backup, .. } => *backup,
        }
    }

    /// A short word or phrase for a list: `mid`, `senior (newer resumd)`,
    /// `damaged`.
    pub fn label(&self) -> String {
        match self {
            ResumeState::Ready { level } => level.id().to_string(),
            ResumeState::BackupOnly { level } => format!("{} (from backup)", level.id()),
            ResumeState::Newer { level, format } => match level {
                Some(level) => format!("{} (newer resumd, format {format})", level.id()),
                None => format!("newer resumd (format {format})"),
            },
            ResumeState::Damaged { .. } => "damaged".to_string(),
        }
    }
}

/// One line of the library: a name and what is on disk under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResumeEntry {
    pub name: String,
    pub state: ResumeState,
}

/// How a file read without changing it turned out.
enum Probe {
    Missing,
    Read(Box<Decoded>),
    TooNew { format: u64 },
    Unusable(String),
}

fn probe(path: &Path) -> Probe {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Probe::Missing,
        Err(e) => return Probe::Unusable(describe_io(&e)),
    };
    match decode(&bytes) {
        Ok(decoded) => Probe::Read(Box::new(decoded)),
        Err(DecodeError::TooNew { format, .. }) => Probe::TooNew { format },
        Err(DecodeError::Damaged(reason)) => Probe::Unusable(reason),
    }
}

fn level_of(probe: &Probe) -> Option<Level> {
    match probe {
        Probe::Read(decoded) => Some(decoded.doc.resume.level),
        _ => None,
    }
}

impl Store {
    /// What resume `name` is on disk, or `None` if there is no such resume
    /// (neither the file nor its backup). Changes nothing.
    pub fn peek_resume(&self, name: &str) -> Result<Option<ResumeState>, StorageError> {
        let path = self.resume_path(name)?;
        let main = probe(&path);
        let backup = || probe(&with_suffix(&path, ".bak"));
        Ok(Some(match main {
            Probe::Read(decoded) => match decoded.newer_format {
                Some(format) => ResumeState::Newer {
                    format,
                    level: Some(decoded.doc.resume.level),
                },
                None => ResumeState::Ready {
                    level: decoded.doc.resume.level,
                },
            },
            Probe::TooNew { format } => ResumeState::Newer {
                format,
                level: None,
            },
            Probe::Unusable(reason) => ResumeState::Damaged {
                reason,
                backup: level_of(&backup()),
            },
            Probe::Missing => match backup() {
                Probe::Missing => return Ok(None),
                Probe::Read(decoded) => ResumeState::BackupOnly {
                    level: decoded.doc.resume.level,
                },
                Probe::TooNew { format } => ResumeState::Newer {
                    format,
                    level: None,
                },
                Probe::Unusable(reason) => ResumeState::Damaged {
                    reason: format!("the file is missing and its backup is damaged ({reason})"),
                    backup: None,
                },
            },
        }))
    }

    /// Whether anything is saved under `name` (the file or its backup, in
    /// any state). The check for "that name is taken"; changes nothing.
    pub fn resume_exists(&self, name: &str) -> Result<bool, StorageError> {
        let path = self.resume_path(name)?;
        Ok([path.clone(), with_suffix(&path, ".bak")]
            .iter()
            .any(|p| fs::symlink_metadata(p).is_ok()))
    }

    /// Every saved resume with its state, sorted by name. Damaged files are
    /// listed as damaged and left where they are.
    pub fn list_library(&self) -> Result<Vec<ResumeEntry>, StorageError> {
        let mut entries = Vec::new();
        for name in self.list_resumes()? {
            if let Some(state) = self.peek_resume(&name)? {
                entries.push(ResumeEntry { name, state });
            }
        }
        Ok(entries)
    }

    /// Resume `name` for reading only (export, lint, preview): a damaged
    /// file is not moved; its backup is read instead, with a note. A file
    /// from a newer resumd reads if its content can be read.
    pub fn read_resume(&self, name: &str) -> Result<Loaded, StorageError> {
        let path = self.resume_path(name)?;
        let backup_path = with_suffix(&path, ".bak");
        let why_not_main = match probe(&path) {
            Probe::Read(decoded) => return Ok(read_only_loaded(*decoded, Vec::new())),
            Probe::TooNew { format } => {
                return Err(StorageError::TooNew {
                    path,
                    format,
                    reason: "its content has a shape this version does not know".to_string(),
                });
            }
            Probe::Missing => None,
            Probe::Unusable(reason) => Some(reason),
        };
        match (probe(&backup_path), why_not_main) {
            (Probe::Read(decoded), why) => {
                let note = match why {
                    None => format!(
                        "{} is missing; read its backup {}",
                        path.display(),
                        backup_path.display()
                    ),
                    Some(reason) => format!(
                        "{} is damaged ({reason}); read its backup {} instead (open the \
                         resume in resumd to repair it)",
                        path.display(),
                        backup_path.display()
                    ),
                };
                Ok(read_only_loaded(*decoded, vec![note]))
            }
            (Probe::Missing, None) => Err(StorageError::NotFound {
                name: name.to_string(),
                path,
            }),
            (backup, why) => Err(StorageError::Unreadable {
                path: if why.is_some() { path } else { backup_path },
                reason: match (why, backup) {
                    (Some(reason), Probe::Missing) => format!("{reason}; there is no backup"),
                    (Some(reason), Probe::Unusable(b)) => {
                        format!("{reason}; the backup is damaged too ({b})")
                    }
                    (Some(reason), _) => {
                        format!("{reason}; the backup is from a newer resumd")
                    }
                    (None, Probe::Unusable(b)) => format!("the backup is damaged ({b})"),
                    (None, _) => "the backup is from a newer resumd".to_string(),
                },
            }),
        }
    }

    /// The settings as they are on disk, or defaults, without moving a
    /// damaged file aside (the notes say it is damaged).
    pub fn peek_settings(&self) -> (Settings, Vec<String>) {
        super::super::settings::read_settings(&self.settings_path())
    }

    /// The paper PDFs are typeset on: the one remembered in settings, else
    /// the locale's (Letter in the US and Canada, A4 elsewhere).
    pub fn remembered_paper(&self) -> Paper {
        self.peek_settings()
            .0
            .paper
            .and_then(|p| Paper::parse(&p).ok())
            .unwrap_or_else(Paper::from_env)
    }
}

fn read_only_loaded(decoded: Decoded, mut notes: Vec<String>) -> Loaded {
    notes.extend(decoded.notes);
    Loaded {
        doc: decoded.doc,
        read_only: decoded.newer_format.is_some(),
        notes,
    }
}

/// Files under `dir` and their bytes, for tests that check nothing changed.
#[cfg(test)]
pub(crate) fn snapshot(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path.clone());
                out.push((path, Vec::new()));
            } else {
                let bytes = fs::read(&path).unwrap_or_default();
                out.push((path, bytes));
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::Resume;
    use crate::storage::{SavedResume, Session, encode};

    fn store() -> (tempfile::TempDir, Store) {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::at(tmp.path().join("cfg"));
        store.ensure().unwrap();
        (tmp, store)
    }

    fn saved(level: Level) -> Vec<u8> {
        encode(&SavedResume {
            resume: Resume::new(level),
            session: Session::default(),
        })
    }

    fn put(store: &Store, file: &str, bytes: &[u8]) {
        fs::write(store.resumes_dir().join(file), bytes).unwrap();
    }

    #[test]
    fn listing_and_peeking_change_no_file() {
        let (_tmp, store) = store();
        put(&store, "good.json", &saved(Level::Senior));
        put(&store, "broken.json", b"{\"format\": 1, \"res");
        put(&store, "broken.json.bak", &saved(Level::Junior));
        put(&store, "lost.json.bak", &saved(Level::Mid));
        put(&store, "hopeless.json", b"");
        let mut newer: serde_json::Value = serde_json::from_slice(&saved(Level::Mid)).unwrap();
        newer["format"] = 7.into();
        put(&store, "future.json", newer.to_string().as_bytes());
        fs::write(store.settings_path(), b"{ not json").unwrap();
        let before = snapshot(store.root());

        let listed = store.list_library().unwrap();
        let states: Vec<(&str, String)> = listed
            .iter()
            .map(|e| (e.name.as_str(), e.state.label()))
            .collect();
        assert_eq!(
            states,
            [
                ("broken", "damaged".to_string()),
                ("future", "mid (newer resumd, format 7)".to_string()),
                ("good", "senior".to_string()),
                ("hopeless", "damaged".to_string()),
                ("lost", "mid (from backup)".to_string()),
            ]
        );
        assert_eq!(
            listed[0].state.level(),
            Some(Level::Junior),
            "backup's level"
        );
        assert_eq!(listed[3].state.level(), None);
        assert_eq!(store.peek_resume("absent").unwrap(), None);
        assert!(store.resume_exists("lost").unwrap());
        assert!(!store.resume_exists("absent").unwrap());
        let (settings, notes) = store.peek_settings();
        assert_eq!(settings, Settings::default());
        assert!(notes[0].contains("damaged"), "{notes:?}");

        assert_eq!(snapshot(store.root()), before, "no file changed");
    }

    #[test]
    fn reading_uses_the_backup_of_a_damaged_file_and_leaves_both() {
        let (_tmp, store) = store();
        put(&store, "cv.json", b"garbage");
        put(&store, "cv.json.bak", &saved(Level::Junior));
        let before = snapshot(store.root());
        let loaded = store.read_resume("cv").unwrap();
        assert_eq!(loaded.doc.resume.level, Level::Junior);
        assert!(loaded.notes[0].contains("damaged"), "{:?}", loaded.notes);
        assert_eq!(snapshot(store.root()), before);

        put(&store, "cv.json.bak", b"");
        let err = store.read_resume("cv").unwrap_err();
        assert!(err.to_string().contains("left as it is"), "{err}");
        assert!(matches!(
            store.read_resume("none").unwrap_err(),
            StorageError::NotFound { .. }
        ));
    }
}
