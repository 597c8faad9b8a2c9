//! The terminal front end: state, actions, key bindings, views and the
//! event loop. Everything but `terminal` and `run` works without a terminal.

pub mod action;
pub mod app;
pub mod editor;
pub mod keymap;
pub mod layout;
pub mod overlay;
pub mod run;
pub mod terminal;
pub mod theme;
mod update;
pub mod view;

pub use action::Action;
pub use app::App;
pub use theme::Theme;
