//! The resume library: the one place that creates, opens, lists, renames,
//! duplicates and deletes saved resumes. The command line and the app both
//! call it, so the rules hold everywhere:
//! - a resume is created only under its lock, after checking the name is
//!   free (no other resumd can create or open it in between);
//! - a resume opens for editing with its lock, or read-only with the reason
//!   (another resumd has it, a newer resumd wrote it, its folder cannot be
//!   written), never refused for a reason the user can still read past;
//! - looking (peek, list, exists, read) never changes a file: damaged files
//!   are moved aside only when opened for editing.

mod manage;
mod peek;

use std::io;
use std::path::PathBuf;

pub use peek::{ResumeEntry, ResumeState};

use super::lock::{LockError, ResumeLock};
use super::{SavedResume, Session, StorageError, Store};
use crate::resume::Resume;

/// A resume opened for editing.
#[derive(Debug)]
pub struct Editing {
    pub name: String,
    /// The file that saves go to (give it to an `Autosaver`).
    pub path: PathBuf,
    /// The document, or `None` when nothing is saved under this name yet
    /// (a first run, or a damaged file with no backup — `notes` says which).
    pub doc: Option<SavedResume>,
    /// Held while the resume is open; `None` exactly when `read_only` is set
    /// because another resumd has it or the folder cannot be written.
    pub lock: Option<ResumeLock>,
    /// Why saving is off, e.g. "open in another resumd (pid 42 on box)";
    /// `None` when the editor may save.
    pub read_only: Option<String>,
    /// Sentences to show the user: a stale lock taken over, a damaged file
    /// moved aside, a read-only reason.
    pub notes: Vec<String>,
}

/// What [`Store::create_resume`] does when the name is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfExists {
    Refuse,
    /// Replace it (the old version is kept as `.bak`).
    Replace,
}

impl Store {
    /// Opens resume `name` for editing.
    ///
    /// - with the lock: the resume is loaded with recovery (a damaged file
    ///   moved aside, its backup opened; see [`Store::load_resume`]);
    /// - another resumd holds the lock, or the folder cannot be written
    ///   (read-only mount, `chattr +i`, no permission): it opens read-only
    ///   through a read that changes nothing, with the reason;
    /// - nothing saved yet, or damaged beyond recovery: `doc` is `None`.
    ///
    /// Errors: an invalid name, a newer format this version cannot read, and
    /// I/O failures other than "cannot write here".
    pub fn open_for_editing(&self, name: &str) -> Result<Editing, StorageError> {
        let path = self.resume_path(name)?;
        let mut notes = Vec::new();
        let (lock, read_only) = match self.lock_resume(name) {
            Ok(lock) => {
                notes.extend(lock.takeover_note().map(str::to_string));
                (Some(lock), None)
            }
            Err(LockError::Held { pid, host }) => {
                let why = format!(
                    "open in another resumd ({})",
                    super::error::holder(pid, &host)
                );
                notes.push(format!("This resume is {why}: opened read-only."));
                (None, Some(why))
            }
            Err(LockError::Storage(error)) => match cannot_write_reason(&error) {
                Some(why) => {
                    notes.push(format!("{why}: opened read-only."));
                    (None, Some(why))
                }
                None => return Err(error),
            },
        };
        // Only the lock holder may move damaged files aside.
        let loaded = if lock.is_some() {
            self.load_resume(name)
        } else {
            self.read_resume(name)
        };
        let doc = match loaded {
            Ok(loaded) => {
                notes.extend(loaded.notes);
                Some((loaded.doc, loaded.read_only))
            }
            Err(StorageError::NotFound { .. }) => None,
            Err(error @ (StorageError::Damaged { .. } | StorageError::Unreadable { .. })) => {
                notes.push(error.to_string());
                None
            }
            Err(error) => return Err(error),
        };
        let (doc, read_only) = match doc {
            Some((doc, true)) => (
                Some(doc),
                read_only.or_else(|| Some("written by a newer resumd".to_string())),
            ),
            Some((doc, false)) => (Some(doc), read_only),
            None => (None, read_only),
        };
        Ok(Editing {
            name: name.to_string(),
            path,
            doc,
            lock,
            read_only,
            notes,
        })
    }

    /// Saves `resume` as a new resume `name` and returns it open for
    /// editing, lock held. The name is checked under the lock, so two
    /// resumds cannot create it at once; an invalid name creates nothing
    /// (not even the folders). Refuses a resume another resumd has open.
    pub fn create_resume(
        &self,
        name: &str,
        resume: Resume,
        if_exists: IfExists,
    ) -> Result<Editing, StorageError> {
        let path = self.resume_path(name)?;
        let lock = self.lock_resume(name).map_err(|e| match e {
            LockError::Held { pid, host } => StorageError::Locked {
                name: name.to_string(),
                pid,
                host,
            },
            LockError::Storage(e) => e,
        })?;
        if if_exists == IfExists::Refuse && self.resume_exists(name)? {
            return Err(StorageError::AlreadyExists {
                name: name.to_string(),
                path,
            });
        }
        let doc = SavedResume {
            resume,
            session: Session::default(),
        };
        self.save_resume(name, &doc)?;
        Ok(Editing {
            name: name.to_string(),
            path,
            doc: Some(doc),
            notes: lock
                .takeover_note()
                .map(str::to_string)
                .into_iter()
                .collect(),
            lock: Some(lock),
            read_only: None,
        })
    }

    /// `base` if no resume has that name, else `base-2`, `base-3`…
    /// (checked without changing anything; [`Store::create_resume`] checks
    /// again under the lock).
    pub fn free_resume_name(&self, base: &str) -> Result<String, StorageError> {
        self.resume_path(base)?;
        for n in 1..10_000 {
            let name = match n {
                1 => base.to_string(),
                n => format!("{base}-{n}"),
            };
            if super::validate_resume_name(&name).is_ok() && !self.resume_exists(&name)? {
                return Ok(name);
            }
        }
        Err(StorageError::AlreadyExists {
            name: base.to_string(),
            path: self.resume_path(base)?,
        })
    }
}

/// A sentence for an error that means "this folder cannot be written" (the
/// resume can still be read), or `None` for any other error.
fn cannot_write_reason(error: &StorageError) -> Option<String> {
    let StorageError::Io { path, source, .. } = error else {
        return None;
    };
    let cannot_write = matches!(
        source.raw_os_error(),
        Some(libc::EACCES) | Some(libc::EPERM) | Some(libc::EROFS)
    ) || source.kind() == io::ErrorKind::ReadOnlyFilesystem;
    let dir = path.parent().unwrap_or(path);
    cannot_write.then(|| {
        format!(
            "{} cannot be written ({})",
            dir.display(),
            super::describe_io(source)
        )
    })
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
