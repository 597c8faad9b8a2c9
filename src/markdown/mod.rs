//! Markdown → styled terminal lines at a width, for the live preview and
//! `resumd preview`, plus safe display of untrusted text.
//!
//! - [`render`] turns a Markdown string into `ratatui` lines.
//! - [`PreviewCache`] keeps those lines per section, so a keystroke
//!   re-renders only the section being edited.
//! - [`write_ansi`] / [`render_to_ansi`] print lines as SGR escape codes.
//! - [`sgr`] turns colours and attributes into escape codes, here and for
//!   the terminal's frames.
//! - [`visible`] replaces anything a terminal would act on; every piece of
//!   document text the renderer outputs has been through it.

mod ansi;
mod cache;
mod inline;
mod links;
mod render;
mod safe;
pub mod sgr;
mod sink;
mod spans;
mod table;
mod theme;
mod verbatim;

#[cfg(test)]
mod cache_tests;
#[cfg(test)]
mod render_tests;

pub use ansi::{render_to_ansi, write_ansi};
pub use cache::PreviewCache;
pub use render::render;
pub use safe::{placeholder, visible};
pub use theme::MdTheme;
