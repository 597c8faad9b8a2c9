use std::fmt;
use std::io;
use std::path::PathBuf;

/// Everything that can go wrong between resumd and its files. Each message
/// names the problem and what the user can do about it.
#[derive(Debug)]
pub enum StorageError {
    /// No home directory could be found to put the config folder in.
    NoConfigDir,
    /// A resume name with characters that are not allowed in a file name.
    InvalidName { name: String },
    /// The resume has never been saved (neither the file nor its backup exist).
    NotFound { name: String, path: PathBuf },
    /// The file was unreadable; it was moved to `moved_to` (never deleted or
    /// overwritten) and there was no good backup to open instead.
    Damaged { moved_to: PathBuf, reason: String },
    /// The file (and its backup) could not be read; nothing was changed.
    Unreadable { path: PathBuf, reason: String },
    /// The file was written by a newer resumd in a form this one cannot read.
    TooNew {
        path: PathBuf,
        format: u64,
        reason: String,
    },
    /// Rename or duplicate would replace an existing resume.
    AlreadyExists { name: String, path: PathBuf },
    /// Another resumd is editing the resume, so it cannot be renamed or deleted.
    Locked {
        name: String,
        pid: u32,
        host: String,
    },
    /// A file-system call failed; `action` says what resumd was doing.
    Io {
        action: &'static str,
        path: PathBuf,
        source: io::Error,
    },
}

impl StorageError {
    pub(crate) fn io(action: &'static str, path: impl Into<PathBuf>, source: io::Error) -> Self {
        StorageError::Io {
            action,
            path: path.into(),
            source,
        }
    }
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::NoConfigDir => write!(
                f,
                "cannot find a home directory to keep resumes in — set RESUMD_CONFIG_DIR \
                 or pass --config-dir with a writable folder"
            ),
            StorageError::InvalidName { name } => write!(
                f,
                "'{name}' is not a valid resume name — use 1 to 64 letters, digits, '.', '_' \
                 or '-', not starting with '.'"
            ),
            StorageError::NotFound { name, path } => write!(
                f,
                "no resume named '{name}' (looked for {}) — check the name; opening a new \
                 name creates it",
                path.display()
            ),
            StorageError::Damaged { moved_to, reason } => write!(
                f,
                "the resume file was damaged ({reason}) and there is no good backup; it was \
                 kept unchanged as {} — starting fresh, copy what you need from that file",
                moved_to.display()
            ),
            StorageError::Unreadable { path, reason } => write!(
                f,
                "cannot read {} ({reason}); it was left as it is — open it in resumd to move \
                 it aside and recover, or copy what you need from it",
                path.display()
            ),
            StorageError::TooNew {
                path,
                format,
                reason,
            } => write!(
                f,
                "{} was written by a newer resumd (format {format}) and cannot be read here \
                 ({reason}) — upgrade resumd to open it; the file was left untouched",
                path.display()
            ),
            StorageError::AlreadyExists { name, path } => write!(
                f,
                "a resume named '{name}' already exists ({}) — choose another name or \
                 delete that one first",
                path.display()
            ),
            StorageError::Locked { name, pid, host } => write!(
                f,
                "resume '{name}' is open in another resumd ({}) — close it there first",
                holder(*pid, host)
            ),
            StorageError::Io {
                action,
                path,
                source,
            } => write!(
                f,
                "cannot {action} {}: {} — {}",
                path.display(),
                describe_io(source),
                io_fix(source)
            ),
        }
    }
}

impl std::error::Error for StorageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StorageError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// "pid 42 on box", or a vaguer phrase when the lock file could not be read.
pub(crate) fn holder(pid: u32, host: &str) -> String {
    match (pid, host.is_empty()) {
        (0, _) => "process unknown".to_string(),
        (pid, true) => format!("pid {pid}"),
        (pid, false) => format!("pid {pid} on {host}"),
    }
}

/// The problem in plain words, with the errno name so it can be searched.
pub fn describe_io(err: &io::Error) -> String {
    let named = match err.raw_os_error() {
        Some(libc::ENOSPC) => Some("disk full (ENOSPC)"),
        Some(libc::EDQUOT) => Some("disk quota exceeded (EDQUOT)"),
        Some(libc::EROFS) => Some("the file system is read-only (EROFS)"),
        Some(libc::EACCES) => Some("permission denied (EACCES)"),
        Some(libc::EPERM) => Some("operation not permitted (EPERM)"),
        Some(libc::ENOTDIR) => Some("part of the path is a file, not a folder (ENOTDIR)"),
        Some(libc::EISDIR) => Some("it is a folder, not a file (EISDIR)"),
        Some(libc::ENOENT) => Some("the folder does not exist (ENOENT)"),
        Some(libc::EIO) => Some("input/output error (EIO)"),
        Some(libc::ENAMETOOLONG) => Some("the path is too long (ENAMETOOLONG)"),
        _ => None,
    };
    match named {
        Some(text) => text.to_string(),
        None => err.to_string(),
    }
}

/// What the user can do about an I/O error.
pub(crate) fn io_fix(err: &io::Error) -> &'static str {
    match err.raw_os_error() {
        Some(libc::ENOSPC) | Some(libc::EDQUOT) => "free some disk space",
        Some(libc::EROFS) | Some(libc::EACCES) | Some(libc::EPERM) | Some(libc::ENOTDIR) => {
            "set RESUMD_CONFIG_DIR or --config-dir to a writable folder"
        }
        Some(libc::EIO) => "the disk may be failing; copy your files somewhere safe",
        _ => "check the path and its permissions, or set RESUMD_CONFIG_DIR or --config-dir",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_name_the_problem_and_a_fix() {
        let err = StorageError::io(
            "create",
            "/x/resumd",
            io::Error::from_raw_os_error(libc::EACCES),
        );
        assert_eq!(
            err.to_string(),
            "cannot create /x/resumd: permission denied (EACCES) — set RESUMD_CONFIG_DIR or \
             --config-dir to a writable folder"
        );
        let full = describe_io(&io::Error::from_raw_os_error(libc::ENOSPC));
        assert!(full.contains("disk full"), "{full}");
    }

    #[test]
    fn lock_holder_reads_naturally_when_parts_are_unknown() {
        assert_eq!(holder(7, "box"), "pid 7 on box");
        assert_eq!(holder(7, ""), "pid 7");
        assert_eq!(holder(0, "box"), "process unknown");
    }
}
