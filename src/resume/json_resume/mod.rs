//! JSON Resume (<https://jsonresume.org/schema>) import and export.
//!
//! Import writes each part of a JSON Resume as section Markdown in a fixed
//! shape (see `import`); export maps the structured reading of each
//! section (`crate::resume::reading`) to the schema's items — an imported
//! resume read in that shape exactly, one written by hand as people write
//! it, from the starter templates (`### Job Title — Company`, a
//! `*Mar 2021 – Present*` line, `- ` bullets, `**Label:** a, b` skills).
//!
//! What survives a JSON → resume → JSON round trip: every value. Those the
//! Markdown shows come back from it; the rest (`basics.image`, the street
//! address, `meta`, `x-` fields, `work[].technologies`, keys of older
//! schema versions) are kept with the resume and restored where their item
//! still is (see `restore`). Known limits of reading text back: an
//! education degree is split at its first " in " (study type, then area).
//!
//! Sections with no JSON Resume counterpart (leadership, architecture,
//! custom sections with other titles) are exported whole under the
//! top-level key `x-resumd-sections` — the schema allows extra top-level
//! properties — and imported back as the same sections. In a job timeline
//! read from Markdown, a degree becomes an `education` item and time off
//! (parental leave, a sabbatical) an item of `x-resumd-breaks`, not a job.

mod blocks;
mod dates;
mod entry_fields;
mod entry_items;
mod error;
mod escape;
mod export;
mod header;
mod import;
mod import_entry;
mod import_lists;
mod inline;
mod lists;
mod read;
mod restore;
mod schooling;
mod titles;
mod work;

pub use error::JsonResumeError;

use serde_json::Value;

use super::{Level, Resume};
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
    let mut imported = import::sections(&Obj::root(root))?;
    // Sections follow the file's order of top-level keys (the parsed map
    // forgets it); the level's other recommended sections come after, empty.
    let order = top_level_keys(json);
    imported.sort_by_key(|s| order.iter().position(|k| k == s.key).unwrap_or(order.len()));
    let mut resume = Resume::new(level);
    let recommended: Vec<_> = resume.sections().iter().map(|s| (s.id, s.kind)).collect();
    for (id, _) in &recommended {
        resume.remove_section(*id);
    }
    for section in imported {
        resume.push_section(section.kind, &section.title, &section.body);
    }
    for (_, kind) in recommended {
        if resume.first_of_kind(kind).is_none() {
            resume.push_section(kind, kind.default_title(), "");
        }
    }
    resume.set_json_source(Some(value.to_string()));
    Ok(resume)
}

/// The keys of the top-level object in the order they are written.
fn top_level_keys(json: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut depth = 0usize;
    let mut chars = json.char_indices().peekable();
    let mut last_string: Option<String> = None;
    while let Some((_, c)) = chars.next() {
        match c {
            '"' => {
                let mut text = String::new();
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            if let Some((_, escaped)) = chars.next() {
                                text.push(escaped);
                            }
                        }
                        '"' => break,
                        c => text.push(c),
                    }
                }
                last_string = Some(text);
                continue;
            }
            ':' if depth == 1 => {
                if let Some(key) = last_string.take() {
                    keys.push(key);
                }
            }
            '{' | '[' => depth += 1,
            '}' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if !c.is_whitespace() {
            last_string = None;
        }
    }
    keys
}

/// The resume as a JSON Resume document (valid against the schema).
pub fn to_json_resume(resume: &Resume) -> Value {
    let mut value = export::to_value(resume);
    if let Some(original) = resume
        .json_source()
        .and_then(|text| serde_json::from_str::<Value>(text).ok())
    {
        restore::restore(&original, &mut value);
    }
    value
}
