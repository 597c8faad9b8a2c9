//! Writing an export where the user asked: the path may be a new file, a
//! file to replace, a symbolic link, a terminal, a FIFO or a device such as
//! `/dev/stdout` or `/dev/null`. Files are replaced whole (never
//! half-written) and keep their permissions; streams and devices are
//! written to and never replaced by a regular file.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::aside::rename_no_clobber;
use super::atomic::{FILE_MODE, sync_dir};
use super::error::describe_io;

/// What is at an export path, looked at without changing anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportTarget {
    /// Nothing there: a new 0600 file is created.
    New,
    /// A regular file (possibly reached through links), replaced only when
    /// the user agrees.
    ExistingFile,
    /// A symbolic link to nothing; with consent the file it names is
    /// created.
    DanglingLink { points_to: PathBuf },
    /// A terminal, FIFO, character device, or this process's own standard
    /// output or error: written to in place.
    Stream,
}

impl ExportTarget {
    /// Whether writing here replaces or creates something the user should
    /// agree to first (`--force`, or "Replace it?" in the app).
    pub fn needs_consent(&self) -> bool {
        matches!(
            self,
            ExportTarget::ExistingFile | ExportTarget::DanglingLink { .. }
        )
    }
}

/// Why an export was not written; each message says what to do.
#[derive(Debug)]
pub enum ExportError {
    /// A file is there and consent was not given.
    Exists(PathBuf),
    /// A link to a file that does not exist, and consent was not given.
    DanglingLink {
        link: PathBuf,
        points_to: PathBuf,
    },
    /// A folder, block device or socket: nothing an export can go to.
    NotAFile {
        path: PathBuf,
        what: &'static str,
    },
    Io {
        path: PathBuf,
        source: io::Error,
    },
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::Exists(path) => write!(
                f,
                "{} already exists: pass --force to replace it, or choose another path with -o",
                path.display()
            ),
            ExportError::DanglingLink { link, points_to } => write!(
                f,
                "{} is a symbolic link to {}, which does not exist: pass --force to create \
                 that file, or choose another path with -o",
                link.display(),
                points_to.display()
            ),
            ExportError::NotAFile { path, what } => write!(
                f,
                "{} is {what}, not a file: choose a file path with -o",
                path.display()
            ),
            ExportError::Io { path, source } => write!(
                f,
                "cannot write {}: {} — check the path and its permissions, or choose another \
                 with -o",
                path.display(),
                describe_io(source)
            ),
        }
    }
}

impl std::error::Error for ExportError {}

impl From<ExportError> for io::Error {
    fn from(error: ExportError) -> io::Error {
        let kind = match &error {
            ExportError::Exists(_) => io::ErrorKind::AlreadyExists,
            ExportError::DanglingLink { .. } => io::ErrorKind::NotFound,
            ExportError::NotAFile { .. } => io::ErrorKind::InvalidInput,
            ExportError::Io { source, .. } => source.kind(),
        };
        match error {
            ExportError::Io { source, .. } => source,
            other => io::Error::new(kind, other.to_string()),
        }
    }
}

/// What writing to `path` would do. Changes nothing.
pub fn export_target(path: &Path) -> Result<ExportTarget, ExportError> {
    let io_err = |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let link_meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(ExportTarget::New),
        Err(e) => return Err(io_err(e)),
    };
    // Follows every link, including /dev/stdout → /proc/self/fd/1 → …
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound && link_meta.is_symlink() => {
            return Ok(ExportTarget::DanglingLink {
                points_to: final_link_target(path),
            });
        }
        Err(e) => return Err(io_err(e)),
    };
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(if is_standard_stream(&meta).is_some() {
            ExportTarget::Stream
        } else {
            ExportTarget::ExistingFile
        });
    }
    if kind.is_fifo() || kind.is_char_device() {
        return Ok(ExportTarget::Stream);
    }
    let what = if kind.is_dir() {
        "a folder"
    } else if kind.is_block_device() {
        "a disk device"
    } else {
        "a socket"
    };
    Err(ExportError::NotAFile {
        path: path.to_path_buf(),
        what,
    })
}

/// Writes `bytes` to `path` as [`export_target`] describes: a new file is
/// created 0600; an existing file (through any links) is replaced atomically
/// keeping its permissions and owner, only with `consent`; a dangling link's
/// target is created only with `consent`; streams and devices are written
/// to in place, never replaced.
pub fn write_export(path: &Path, bytes: &[u8], consent: bool) -> Result<(), ExportError> {
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Io { path, source }
    };
    let target = export_target(path)?;
    if target.needs_consent() && !consent {
        return Err(match target {
            ExportTarget::DanglingLink { points_to } => ExportError::DanglingLink {
                link: path.to_path_buf(),
                points_to,
            },
            _ => ExportError::Exists(path.to_path_buf()),
        });
    }
    match target {
        ExportTarget::New => create_file(path, bytes, None).map_err(io_err(path)),
        ExportTarget::DanglingLink { points_to } => {
            create_file(&points_to, bytes, None).map_err(io_err(&points_to))
        }
        ExportTarget::ExistingFile => {
            let real = fs::canonicalize(path).map_err(io_err(path))?;
            let meta = fs::metadata(&real).map_err(io_err(&real))?;
            create_file(&real, bytes, Some(&meta)).map_err(io_err(&real))
        }
        ExportTarget::Stream => write_in_place(path, bytes).map_err(io_err(path)),
    }
}

/// Writes a temp file beside `path` and moves it into place: over the old
/// file (taking its mode and owner) when `replacing` is given, else only if
/// nothing appeared there meanwhile.
fn create_file(path: &Path, bytes: &[u8], replacing: Option<&fs::Metadata>) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (staged, mut file) = (0..1000)
        .find_map(|n| {
            let candidate = dir.join(format!(".{file_name}.export-{}-{n}", std::process::id()));
            match OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(FILE_MODE)
                .open(&candidate)
            {
                Ok(file) => Some(Ok((candidate, file))),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => None,
                Err(e) => Some(Err(e)),
            }
        })
        .unwrap_or_else(|| Err(io::Error::from(io::ErrorKind::AlreadyExists)))?;
    let result = fill(&mut file, bytes, replacing).and_then(|()| {
        drop(file);
        match replacing {
            Some(_) => fs::rename(&staged, path),
            None => rename_no_clobber(&staged, path),
        }
    });
    if result.is_err() {
        let _ = fs::remove_file(&staged);
        return result;
    }
    sync_dir(&dir)
}

fn fill(file: &mut File, bytes: &[u8], replacing: Option<&fs::Metadata>) -> io::Result<()> {
    file.write_all(bytes)?;
    if let Some(old) = replacing {
        // Another owner's file stays theirs when root replaces it; anyone
        // else cannot give files away, and keeps the file as their own.
        let _ = std::os::unix::fs::fchown(&*file, Some(old.uid()), Some(old.gid()));
        file.set_permissions(fs::Permissions::from_mode(old.mode() & 0o7777))?;
    }
    file.sync_all()
}

/// Terminals, FIFOs and devices are opened for writing as they are: no
/// create, no truncate (a device has nothing to truncate). This process's
/// own standard output or error is written through its descriptor, so
/// `-o /dev/stdout` appends to a redirected file as the shell set it up.
fn write_in_place(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let meta = fs::metadata(path)?;
    let mut out: Box<dyn Write> = match is_standard_stream(&meta) {
        Some(1) => Box::new(io::stdout().lock()),
        Some(_) => Box::new(io::stderr().lock()),
        None => Box::new(OpenOptions::new().write(true).open(path)?),
    };
    out.write_all(bytes)?;
    out.flush()
}

/// 1 or 2 when `meta` is the file this process's standard output or error
/// is connected to.
fn is_standard_stream(meta: &fs::Metadata) -> Option<i32> {
    [1, 2].into_iter().find(|&fd| {
        let mut stat = std::mem::MaybeUninit::<libc::stat>::uninit();
        // SAFETY: fstat writes a full `stat` into the buffer on success.
        let ok = unsafe { libc::fstat(fd, stat.as_mut_ptr()) } == 0;
        // SAFETY: initialised by the successful fstat above.
        ok && {
            let stat = unsafe { stat.assume_init() };
            stat.st_dev == meta.dev() && stat.st_ino == meta.ino()
        }
    })
}

/// Where a chain of links ends (the name that does not exist).
fn final_link_target(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        let Ok(next) = fs::read_link(&current) else {
            break;
        };
        current = match current.parent() {
            Some(parent) => parent.join(next),
            None => next,
        };
    }
    current
}

#[cfg(test)]
#[path = "export_target_tests.rs"]
mod tests;
