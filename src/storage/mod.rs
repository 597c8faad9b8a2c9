//! Where resumd's files live and how they are written and read back.
//!
//! The bar is a crash, a kill, a dropped SSH connection or a full disk never
//! costing more than the last second of typing, and no saved file ever being
//! left half-written or silently replaced:
//! - every write is atomic (temp file, fsync, rename) and keeps a `.bak`;
//! - damaged files are moved aside, never overwritten, and the backup opened;
//! - files from a newer resumd open read-only and are never saved over;
//! - one resumd at a time may write a resume (a lock the kernel frees on a crash);
//! - the editor saves on a background thread, so typing never waits on the disk.
//!
//! Layout: `<root>/settings.json`, `<root>/resumes/<name>.json` (+ `.bak`,
//! `.lock`, `.corrupt-<UTC time>`, `.deleted-<UTC time>`).

mod aside;
mod atomic;
mod autosave;
mod dictionary;
mod error;
mod format;
mod load;
mod lock;
mod manage;
mod paths;
mod save;
mod settings;
#[cfg(test)]
mod test_child;

pub use atomic::{replace_file, write_atomic};
pub use autosave::{Autosaver, RETRY_DELAY, SaveOutcome};
pub use dictionary::Added;
pub use error::{StorageError, describe_io};
pub use format::{FORMAT_VERSION, SavedResume, Session, encode};
pub use load::Loaded;
pub use lock::{LockError, ResumeLock};
pub use paths::{CONFIG_DIR_ENV, Store, validate_resume_name};
pub use settings::Settings;
