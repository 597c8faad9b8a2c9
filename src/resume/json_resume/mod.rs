//! JSON Resume (<https://jsonresume.org/schema>) import and export.
//!
//! Import writes each part of a JSON Resume as section Markdown in a fixed
//! shape (see `import`); export reads section Markdown back into the
//! schema's items — that shape exactly, and also what people write by hand
//! from the starter templates (`### Job Title — Company`, a
//! `*Mar 2021 – Present*` line, `- ` bullets, `**Label:** a, b` skills).
//!
//! What survives a JSON → resume → JSON round trip: every field the schema
//! defines except `basics.image`, the street address and postal code of
//! `basics.location` (a resume is shared widely; city, region and country
//! are kept) and `meta`. Known limits of reading text back: an education
//! degree is split at its first " in " (study type, then area), and a
//! location without a label reads as the label.
//!
//! Sections with no JSON Resume counterpart (leadership, architecture,
//! custom sections with other titles) are exported whole under the
//! top-level key `x-resumd-sections` — the schema allows extra top-level
//! properties — and imported back as the same sections.

mod blocks;
mod dates;
mod entries;
mod error;
mod escape;
mod export;
mod header;
mod import;
mod import_lists;
mod inline;
mod kinds;
mod read;
mod titles;

pub use error::JsonResumeError;

use serde_json::Value;

use super::{Level, Resume, SectionKind};
use read::Obj;

/// Reads a JSON Resume document into a resume for `level`.
///
/// The level's recommended sections are all present (empty when the JSON
/// has nothing for them); JSON parts with no recommended section are added
/// after them.
pub fn from_json_resume(json: &str, level: Level) -> Result<Resume, JsonResumeError> {
    let value: Value = serde_json::from_str(json).map_err(|e| JsonResumeError::syntax(&e))?;
    let Some(root) = value.as_object() else {
        return Err(JsonResumeError::NotAnObject {
            found: error::describe(&value),
        });
    };
    if !root.keys().any(|k| titles::is_known_key(k)) {
        return Err(JsonResumeError::NoResumeSections {
            keys: root.keys().cloned().collect(),
        });
    }
    let imported = import::sections(&Obj::root(root))?;
    let mut resume = Resume::new(level);
    for section in imported {
        let empty_slot = resume
            .sections()
            .iter()
            .find(|s| s.kind == section.kind && s.kind != SectionKind::Custom && s.is_empty())
            .map(|s| s.id);
        match empty_slot.and_then(|id| resume.section_mut(id)) {
            Some(slot) => {
                slot.title = section.title;
                slot.body = section.body;
            }
            None => {
                resume.push_section(section.kind, &section.title, &section.body);
            }
        }
    }
    Ok(resume)
}

/// The resume as a JSON Resume document (valid against the schema).
pub fn to_json_resume(resume: &Resume) -> Value {
    export::to_value(resume)
}
