//! The terminal front end.
//!
//! - `app/`: the state (`App`) and `update`, the one place actions change
//!   it, with key and mouse input turned into actions;
//! - `action`, `effect`, `keymap`: what the user asks for, what the app
//!   asks the runtime to do, and the one table of key bindings;
//! - `editor/`: the text buffers of the sections, edited, wrapped and
//!   drawn our way;
//! - `overlay/`: the modal boxes (palette, prompts, questions, lists),
//!   one module each behind the `Modal` trait: keys, state and drawing;
//! - `view/`: drawing, a pure function of `&App`, with `view::widgets`
//!   the pieces the panes and the overlays draw with;
//! - `runtime/`: the event loop and the effects it carries out (files
//!   through `storage`, the clipboard, the external editor);
//! - `term/`: the terminal device itself.
//!
//! - `testing` (tests only): the helpers the tests share.
//!
//! Everything but `runtime` and `term` works without a terminal.

pub mod action;
pub mod app;
pub mod editor;
pub mod effect;
pub mod keymap;
pub mod layout;
pub mod overlay;
pub mod runtime;
pub mod term;
#[cfg(test)]
pub mod testing;
pub mod theme;
pub mod view;

pub use action::Action;
pub use app::App;
pub use theme::Theme;
