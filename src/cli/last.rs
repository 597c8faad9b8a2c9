//! Remembering the resume a command made, so a plain `resumd` opens it.

use super::out::warn;
use crate::storage::Store;

/// Settings are a convenience: the resume was made, so a settings file that
/// cannot be written (a folder in its place, say) is a warning, not a
/// failure.
pub fn remember_last(store: &Store, name: &str) {
    if let Err(error) = store.remember_last_resume(name) {
        warn(&format!(
            "could not remember '{name}' as the last resume ({error}); open it with --resume {name}"
        ));
    }
}
