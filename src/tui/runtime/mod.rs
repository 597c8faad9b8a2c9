//! The runtime: the event loop (`run`), where its events come from, the
//! host it runs in (screen, signals, store, writer), and the effects it
//! carries out for the app — the only part of the front end that calls
//! the resume library in `storage`.

mod effects;
mod events;
mod host;
mod library;
mod pages;
mod run;

pub use events::{EventSource, Signals, TerminalEvents};
pub use host::{Exit, Host, final_save};
pub use run::run;
