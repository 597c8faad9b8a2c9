//! Where resumd's files live and how they are written and read back.
//!
//! The bar is a crash, a kill, a dropped SSH connection or a full disk never
//! costing more than the last second of typing, and no saved file ever being
//! left half-written or silently replaced:
//! - every write is atomic (temp file, fsync, rename) and keeps a `.bak`;
//! - damaged files are moved aside, never overwritten, and the backup opened;
//! - files from a newer resumd open read-only and are never saved over;
//! - one resumd at a time may write a resume (a lock the kernel frees on a crash);
//! - the editor saves on a background thread, so typing never waits on the disk;
//! - looking never writes: listing, peeking and name checks change no file.
//!
//! The resume library ([`Store::create_resume`], [`Store::open_for_editing`],
//! [`Store::peek_resume`], [`Store::list_library`], rename, duplicate,
//! delete) is what the command line and the app call; exports go through
//! [`write_export`], and text for `$EDITOR` through [`PrivateTemp`].
//!
//! Layout: `<root>/settings.json`, `<root>/resumes/<name>.json` (+ `.bak`,
//! `.lock`, `.corrupt-<UTC time>`, `.deleted-<UTC time>`).

mod aside;
mod atomic;
mod autosave;
mod dictionary;
mod error;
mod export_target;
mod format;
mod library;
mod load;
mod lock;
mod paths;
mod save;
mod scratch;
mod settings;
#[cfg(test)]
mod test_child;
mod user_file;

pub use aside::current_month;
pub use atomic::write_atomic;
pub use autosave::{Autosaver, RETRY_DELAY, SaveOutcome};
pub use dictionary::Added;
pub use error::{StorageError, describe_io};
pub use export_target::{ExportError, ExportTarget, export_target, replace_file, write_export};
pub use format::{CountedPages, FORMAT_VERSION, SavedResume, Session, encode};
pub use library::{Editing, IfExists, ResumeEntry, ResumeState};
pub use load::Loaded;
pub use lock::{LockError, ResumeLock};
pub use paths::{CONFIG_DIR_ENV, Store, expand_home, validate_resume_name};
pub use scratch::{PrivateTemp, write_recovery_file};
pub use settings::Settings;
pub use user_file::{UserFileError, read_user_text, text_from};
