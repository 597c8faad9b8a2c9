//! The terminal itself: the frame encoder that writes only what changed,
//! the guard that sets up and restores every mode, the wake-up pipe for
//! signals and threads, the clipboard (OSC 52) and the external editor.
//! Nothing here knows the app's state.

pub mod backend;
pub mod clipboard;
pub mod external;
pub mod frames;
pub mod terminal;
pub mod wake;
