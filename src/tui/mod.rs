//! The terminal front end: state, actions, key bindings, views and the
//! event loop. Everything but `terminal` and `run` works without a terminal.

pub mod action;
mod answers;
pub mod app;
pub mod backend;
pub mod clipboard;
mod confirm;
pub mod editor;
mod effects;
pub mod external;
mod find;
mod findings;
mod history;
mod input;
pub mod keymap;
pub mod layout;
mod line_input;
mod mouse;
pub mod overlay;
mod pickers;
mod quick_fix;
pub mod run;
mod save_state;
mod settle;
mod spell_marks;
mod switch;
pub mod terminal;
mod textview;
pub mod theme;
mod undo;
mod update;
pub mod view;
mod wake;

pub use action::Action;
pub use app::App;
pub use theme::Theme;
