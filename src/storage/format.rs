//! The resume file on disk:
//! `{"format": 1, "resume": {...}, "session": {"section": 3, "cursor": [row, col], "scroll": 0, "variant": "fintech", "pages": {...}}}`
//! (`variant` only while one is shown; `pages` once the PDF's pages were
//! counted: see [`CountedPages`]).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::resume::{Resume, SectionId, SectionKind};

/// The version this build writes. Files with a higher number come from a
/// newer resumd and are opened read-only.
pub const FORMAT_VERSION: u32 = 1;

/// Where the user was, so the next start puts them back there.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    pub section: Option<SectionId>,
    /// (row, column) in the section's text.
    pub cursor: (usize, usize),
    #[serde(rename = "scroll")]
    pub preview_scroll: usize,
    /// The variant the preview, page count and exports show; `None`:
    /// everything.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// The last typeset page count, so an unchanged resume shows it at the
    /// next start without typesetting it again.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<CountedPages>,
}

/// A typeset page count and what it was counted for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountedPages {
    /// A fingerprint (hexadecimal) of everything the count depends on:
    /// the text, level and variant, the paper and the resumd version.
    #[serde(rename = "for")]
    pub fingerprint: String,
    pub count: usize,
    /// Where pages 2, 3… begin (`export::text_key`), for the preview's marks.
    #[serde(default)]
    pub starts: Vec<String>,
}

/// Everything one resume file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedResume {
    pub resume: Resume,
    pub session: Session,
}

#[derive(Serialize)]
struct ResumeFileOut<'a> {
    format: u32,
    resume: &'a Resume,
    session: &'a Session,
}

#[derive(Deserialize)]
struct ResumeFileIn {
    resume: Resume,
    // Read separately: a bad cursor is not worth refusing a resume over.
    #[serde(default)]
    session: Value,
}

/// The bytes of a resume file (pretty JSON, so it diffs and hand-edits well).
pub fn encode(doc: &SavedResume) -> Vec<u8> {
    let file = ResumeFileOut {
        format: FORMAT_VERSION,
        resume: &doc.resume,
        session: &doc.session,
    };
    let mut bytes = serde_json::to_vec_pretty(&file)
        .expect("a resume has only string keys and plain values, so it always serializes");
    bytes.push(b'\n');
    bytes
}

/// A file that decoded, possibly after small repairs described in `notes`.
#[derive(Debug)]
pub(crate) struct Decoded {
    pub doc: SavedResume,
    /// `Some(n)` when a newer resumd wrote it: show it, but do not save over it.
    pub newer_format: Option<u64>,
    pub notes: Vec<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum DecodeError {
    /// Not a resume file this or any resumd could have written.
    Damaged(String),
    /// A newer format whose content this build cannot read.
    TooNew { format: u64, reason: String },
}

pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let damaged = |reason: String| DecodeError::Damaged(reason);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        damaged(format!(
            "not UTF-8 text: invalid byte at offset {}",
            e.valid_up_to()
        ))
    })?;
    if text.trim().is_empty() {
        return Err(damaged("the file is empty".to_string()));
    }
    let value: Value = serde_json::from_str(text).map_err(|e| damaged(describe_json_error(&e)))?;
    let Value::Object(fields) = &value else {
        return Err(damaged(format!(
            "expected a JSON object with \"format\" and \"resume\", found {}",
            kind_of(&value)
        )));
    };
    let format = match fields.get("format") {
        None => {
            return Err(damaged(
                "no \"format\" field, so this is not a resumd resume file".to_string(),
            ));
        }
        Some(Value::Number(n)) if n.as_u64().is_some_and(|n| n >= 1) => n.as_u64().unwrap_or(0),
        Some(other) => {
            return Err(damaged(format!(
                "\"format\" should be a version number like 1, found {other}"
            )));
        }
    };
    // Parsed again from the text (not the Value) so type errors carry a
    // line and column.
    let parsed = serde_json::from_str::<ResumeFileIn>(text);
    if format > u64::from(FORMAT_VERSION) {
        let file = parsed.map_err(|e| DecodeError::TooNew {
            format,
            reason: describe_json_error(&e),
        })?;
        let mut decoded = finish(file);
        decoded.newer_format = Some(format);
        return Ok(decoded);
    }
    let file = parsed.map_err(|e| damaged(describe_json_error(&e)))?;
    Ok(finish(file))
}

fn finish(file: ResumeFileIn) -> Decoded {
    let mut notes = Vec::new();
    let mut session = match file.session {
        Value::Null => Session::default(),
        value => serde_json::from_value(value).unwrap_or_else(|_| {
            notes.push("the saved cursor position was unreadable; starting at the top".to_string());
            Session::default()
        }),
    };
    let resume = repair_ids(file.resume, &mut notes);
    if session
        .section
        .is_some_and(|id| resume.section(id).is_none())
    {
        session = Session::default();
    }
    Decoded {
        doc: SavedResume { resume, session },
        newer_format: None,
        notes,
    }
}

/// A hand-edited file can repeat a section id or leave the id counter behind
/// the ids in use, and the editor relies on ids being unique. Such a file is
/// renumbered (content untouched) rather than refused.
fn repair_ids(resume: Resume, notes: &mut Vec<String>) -> Resume {
    let ids: Vec<u64> = resume.sections().iter().map(|s| s.id.0).collect();
    let unique: HashSet<u64> = ids.iter().copied().collect();
    let highest = ids.iter().copied().max().unwrap_or(0);
    // The counter is private; pushing onto a copy reveals its value.
    let next_id = resume.clone().push_section(SectionKind::Custom, "", "").0;
    if unique.len() == ids.len() && next_id > highest {
        return resume;
    }
    let Ok(mut value) = serde_json::to_value(&resume) else {
        return resume;
    };
    let mut seen = HashSet::new();
    let mut next = highest + 1;
    if let Some(sections) = value.get_mut("sections").and_then(Value::as_array_mut) {
        for section in sections {
            let id = section.get("id").and_then(Value::as_u64).unwrap_or(0);
            if !seen.insert(id) {
                section["id"] = Value::from(next);
                next += 1;
            }
        }
    }
    value["next_id"] = Value::from(next);
    match serde_json::from_value(value) {
        Ok(repaired) => {
            notes.push("some section ids were repeated or out of range; renumbered them".into());
            repaired
        }
        Err(_) => resume,
    }
}

/// serde_json's message with its line and column, led by what kind of
/// problem it is.
pub(crate) fn describe_json_error(err: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let lead = match err.classify() {
        Category::Eof => "truncated, the JSON stops early",
        Category::Syntax => "not valid JSON",
        Category::Data => "unexpected content",
        Category::Io => "unreadable",
    };
    format!("{lead}: {err}")
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::Level;

    fn sample() -> SavedResume {
        let mut resume = Resume::new(Level::Junior);
        let summary = resume.sections()[1].id;
        resume.section_mut(summary).unwrap().body = "Builds APIs.".into();
        SavedResume {
            resume,
            session: Session {
                section: Some(summary),
                cursor: (0, 4),
                preview_scroll: 7,
                variant: Some("fintech".into()),
                pages: None,
            },
        }
    }

    fn damaged_reason(bytes: &[u8]) -> String {
        match decode(bytes) {
            Err(DecodeError::Damaged(reason)) => reason,
            other => panic!("expected damage, got {other:?}"),
        }
    }

    #[test]
    fn encodes_the_documented_layout() {
        let doc = sample();
        let value: Value = serde_json::from_slice(&encode(&doc)).unwrap();
        assert_eq!(value["format"], 1);
        assert_eq!(value["session"]["cursor"], serde_json::json!([0, 4]));
        assert_eq!(value["session"]["scroll"], 7);
        assert_eq!(value["session"]["section"], doc.session.section.unwrap().0);
        assert_eq!(value["resume"]["level"], "junior");
        let back = decode(&encode(&doc)).unwrap();
        assert_eq!(back.doc, doc);
        assert!(back.notes.is_empty() && back.newer_format.is_none());
    }

    #[test]
    fn a_remembered_posting_round_trips_and_older_files_have_none() {
        use crate::resume::{SavedPosting, Variant};
        let mut doc = sample();
        doc.resume.set_posting(Some(SavedPosting::new(
            "Senior Engineer\nRequirements\n- Go\n",
        )));
        doc.resume.set_variant(Variant {
            name: "fintech".into(),
            tags: vec!["fintech".into()],
            order: Vec::new(),
            summary: None,
            posting: Some(SavedPosting::titled("Payments role\n- Kafka\n", "acme.txt")),
        });
        let bytes = encode(&doc);
        let value: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(value["format"], FORMAT_VERSION);
        assert_eq!(value["resume"]["posting"]["title"], "Senior Engineer");
        assert_eq!(
            value["resume"]["variants"][0]["posting"]["title"],
            "acme.txt"
        );
        let back = decode(&bytes).unwrap();
        assert_eq!(back.doc, doc);
        assert_eq!(
            back.doc.resume.posting_for(Some("fintech")).unwrap().text,
            "Payments role\n- Kafka\n"
        );

        // A file written before postings were remembered (no field at all)
        // opens with none and writes none.
        let plain = encode(&sample());
        assert!(!String::from_utf8_lossy(&plain).contains("posting"));
        let old = decode(&plain).unwrap();
        assert_eq!(old.doc.resume.posting(), None);
        // A hand-edited posting without a title still opens.
        let mut value: Value = serde_json::from_slice(&plain).unwrap();
        value["resume"]["posting"] = serde_json::json!({"text": "Staff Engineer\n"});
        let decoded = decode(value.to_string().as_bytes()).unwrap();
        let posting = decoded.doc.resume.posting().unwrap();
        assert_eq!(posting.display_title(), "Staff Engineer");
    }

    #[test]
    fn damage_is_described_with_a_position() {
        assert_eq!(damaged_reason(b" \n"), "the file is empty");
        assert!(damaged_reason(b"{\"format\": 1, \"res").starts_with("truncated"));
        let reason = damaged_reason(b"{\"format\": 1,\n \"resume\": \xff}");
        assert!(
            reason.contains("UTF-8") && reason.contains("offset 25"),
            "{reason}"
        );
        let reason = damaged_reason(b"{\"format\": 1,\n \"resume\": {\"level\": 3}}");
        assert!(reason.contains("line 2"), "{reason}");
        assert!(damaged_reason(b"[1, 2]").contains("found an array"));
        assert!(damaged_reason(b"{\"resume\": {}}").contains("no \"format\""));
        assert!(damaged_reason(b"{\"format\": \"one\"}").contains("version number"));
    }

    #[test]
    fn a_newer_format_is_read_when_it_can_be() {
        let mut value: Value = serde_json::from_slice(&encode(&sample())).unwrap();
        value["format"] = Value::from(2);
        value["resume"]["future_field"] = Value::from("x");
        let decoded = decode(value.to_string().as_bytes()).unwrap();
        assert_eq!(decoded.newer_format, Some(2));
        assert_eq!(decoded.doc, sample());

        value["resume"]["sections"] = Value::from("now a string");
        match decode(value.to_string().as_bytes()) {
            Err(DecodeError::TooNew { format: 2, reason }) => {
                assert!(reason.contains("line 1"), "{reason}")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_bad_session_falls_back_to_the_top_with_a_note() {
        let mut value: Value = serde_json::from_slice(&encode(&sample())).unwrap();
        value["session"]["cursor"] = Value::from("here");
        let decoded = decode(value.to_string().as_bytes()).unwrap();
        assert_eq!(decoded.doc.session, Session::default());
        assert_eq!(decoded.doc.resume, sample().resume);
        assert_eq!(decoded.notes.len(), 1);

        value["session"] = serde_json::json!({"section": 999});
        let decoded = decode(value.to_string().as_bytes()).unwrap();
        assert_eq!(decoded.doc.session.section, None, "unknown section dropped");
    }

    #[test]
    fn repeated_ids_are_renumbered_without_losing_text() {
        let mut value: Value = serde_json::from_slice(&encode(&sample())).unwrap();
        value["resume"]["sections"][2]["id"] = value["resume"]["sections"][1]["id"].clone();
        value["resume"]["next_id"] = Value::from(1);
        let decoded = decode(value.to_string().as_bytes()).unwrap();
        let resume = &decoded.doc.resume;
        let ids: HashSet<_> = resume.sections().iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), resume.sections().len());
        assert_eq!(resume.to_markdown(), sample().resume.to_markdown());
        let mut grown = resume.clone();
        let fresh = grown.push_section(SectionKind::Custom, "x", "");
        assert!(resume.section(fresh).is_none(), "new ids must not collide");
        assert_eq!(decoded.notes.len(), 1);
    }
}
