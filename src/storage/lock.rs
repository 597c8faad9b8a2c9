//! One writer per resume: `<name>.json.lock` holds the owner's pid and host,
//! and an OS lock on it that the kernel drops when the owner dies, so a crash
//! never leaves a resume locked for good.

use std::fmt;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::{FILE_MODE, temp_target};
use super::error::holder;
use super::paths::with_suffix;
use super::{StorageError, Store};

/// Why a resume could not be locked.
#[derive(Debug)]
pub enum LockError {
    /// Another live process holds it. `pid` is 0 and `host` empty when the
    /// owner had not yet written its name into the lock file.
    Held {
        pid: u32,
        host: String,
    },
    Storage(StorageError),
}

impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LockError::Held { pid, host } => write!(
                f,
                "this resume is already open in another resumd ({}) — switch to that one or \
                 close it first",
                holder(*pid, host)
            ),
            LockError::Storage(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for LockError {}

impl From<StorageError> for LockError {
    fn from(e: StorageError) -> Self {
        LockError::Storage(e)
    }
}

/// Proof that this process is the resume's only writer. Dropping it removes
/// the lock file and releases the OS lock.
#[derive(Debug)]
pub struct ResumeLock {
    path: PathBuf,
    // Held open: closing it releases the OS lock.
    file: File,
    takeover_note: Option<String>,
}

impl ResumeLock {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Set when a lock left by a dead process was taken over, e.g.
    /// "took over a stale lock left by pid 42 on box".
    pub fn takeover_note(&self) -> Option<&str> {
        self.takeover_note.as_deref()
    }
}

impl Drop for ResumeLock {
    fn drop(&mut self) {
        // Only remove the file if it is still ours; the OS lock is released
        // when `file` closes, after the name is gone, so no one can lock a
        // file that is about to disappear.
        if same_file(&self.file, &self.path) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Owner {
    pid: u32,
    host: String,
}

impl Owner {
    fn me() -> Owner {
        Owner {
            pid: std::process::id(),
            host: hostname(),
        }
    }

    fn read_from(mut file: &File) -> Owner {
        let mut text = String::new();
        let _ = file.rewind().and_then(|()| file.read_to_string(&mut text));
        serde_json::from_str(&text).unwrap_or_default()
    }

    /// Known to be gone: recorded on this host and no such process exists.
    fn is_dead_here(&self) -> bool {
        let Ok(pid) = libc::pid_t::try_from(self.pid) else {
            return false;
        };
        if pid <= 0 || self.host != hostname() {
            return false;
        }
        // SAFETY: signal 0 only checks that the process exists.
        let result = unsafe { libc::kill(pid, 0) };
        result != 0 && io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH)
    }
}

impl Store {
    /// Locks resume `name` for writing (creating the folders if needed).
    ///
    /// A lock file whose OS lock nobody holds was left by a process that
    /// died; it is taken over and [`ResumeLock::takeover_note`] says so. On
    /// file systems without OS locks, a lock whose pid is dead on this host
    /// is taken over instead. Temp files left by a crashed save of this
    /// resume are removed once the lock is ours.
    pub fn lock_resume(&self, name: &str) -> Result<ResumeLock, LockError> {
        let resume = self.resume_path(name)?;
        self.ensure()?;
        let path = with_suffix(&resume, ".lock");
        let lock_err = |e| LockError::Storage(StorageError::io("lock", path.clone(), e));
        // Retried only when the file changes under us (its owner removed it
        // between our open and our lock).
        for _ in 0..16 {
            let (mut file, created) = match open_lock_file(&path) {
                Ok(Some(opened)) => opened,
                Ok(None) => continue,
                Err(e) => return Err(lock_err(e)),
            };
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    let owner = Owner::read_from(&file);
                    return Err(LockError::Held {
                        pid: owner.pid,
                        host: owner.host,
                    });
                }
                Err(TryLockError::Error(_)) => {
                    let owner = Owner::read_from(&file);
                    if !created && !owner.is_dead_here() {
                        return Err(LockError::Held {
                            pid: owner.pid,
                            host: owner.host,
                        });
                    }
                }
            }
            if !same_file(&file, &path) {
                continue;
            }
            let takeover_note = (!created).then(|| stale_note(&Owner::read_from(&file)));
            write_owner(&mut file).map_err(lock_err)?;
            remove_stale_temps(&resume);
            return Ok(ResumeLock {
                path,
                file,
                takeover_note,
            });
        }
        Err(lock_err(io::Error::other(
            "the lock file kept changing while resumd tried to lock it",
        )))
    }
}

/// Creates the lock file, or opens the existing one; `None` if it vanished
/// between the two attempts.
fn open_lock_file(path: &Path) -> io::Result<Option<(File, bool)>> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).mode(FILE_MODE);
    match options.clone().create_new(true).open(path) {
        Ok(file) => return Ok(Some((file, true))),
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(e),
        Err(_) => {}
    }
    match options.open(path) {
        Ok(file) => Ok(Some((file, false))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

fn write_owner(file: &mut File) -> io::Result<()> {
    let text = serde_json::to_string(&Owner::me()).expect("a pid and a host name serialize");
    file.set_len(0)?;
    file.rewind()?;
    file.write_all(text.as_bytes())
}

fn stale_note(previous: &Owner) -> String {
    if previous.pid == 0 {
        "took over a stale lock whose owner was not recorded".to_string()
    } else {
        format!(
            "took over a stale lock left by {}",
            holder(previous.pid, &previous.host)
        )
    }
}

fn same_file(file: &File, path: &Path) -> bool {
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Deletes `.cv.json.tmp-…` and `.cv.json.bak.tmp-…` files: with the lock
/// held no save of this resume can be in progress, so they are leftovers.
fn remove_stale_temps(resume: &Path) {
    let (Some(dir), Some(file_name)) = (resume.parent(), resume.file_name()) else {
        return;
    };
    let main = file_name.to_string_lossy().into_owned();
    let backup = format!("{main}.bak");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if temp_target(&name).is_some_and(|t| t == main || t == backup) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// This machine's name, recorded so a lock on a shared folder says where
/// its owner runs.
pub(crate) fn hostname() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its full length; gethostname writes at
    // most that many bytes.
    let result = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    if result != 0 {
        return String::new();
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..end]).into_owned()
}

#[cfg(test)]
#[path = "lock_tests.rs"]
mod tests;
