//! Resume → JSON Resume: each section's Markdown read back into the
//! schema's structured items.

use serde_json::{Map, Value};

use super::blocks::{Block, Item, parse_blocks};
use super::{entry_items, lists, titles};
use crate::resume::{Resume, SectionKind};

const SCHEMA_URL: &str =
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

pub(super) fn to_value(resume: &Resume) -> Value {
    let mut basics = Map::new();
    let mut summaries = Vec::new();
    let mut lists: Map<String, Value> = Map::new();
    let mut kept = Vec::new();
    let mut have_header = false;
    for section in resume.sections() {
        if section.is_empty() {
            continue;
        }
        let body = section.body.as_str();
        let list = match section.kind {
            SectionKind::Header if !have_header => {
                have_header = true;
                basics.extend(super::header::read(&crate::resume::read_header(body), body));
                continue;
            }
            SectionKind::Summary => {
                summaries.push(summary(body));
                continue;
            }
            SectionKind::Experience => Some("work"),
            SectionKind::Projects => Some("projects"),
            SectionKind::Skills => Some("skills"),
            SectionKind::Education => Some("education"),
            // "Awards" is recognition too; other such titles are publications.
            SectionKind::Recognition => {
                titles::list_for_title(&section.title).or(Some("publications"))
            }
            SectionKind::Custom => titles::list_for_title(&section.title),
            _ => None,
        };
        let Some(key) = list else {
            kept.push(kept_section(section.kind, &section.title, body));
            continue;
        };
        // One reading for every list: a resume imported from JSON Resume
        // is read in the shape the import wrote (title parts by position,
        // escaped text never a date), one written in Markdown as people
        // write (company-first titles, company headings, any language).
        let reading = if resume.json_source().is_some() {
            crate::resume::read_imported_section(section)
        } else {
            crate::resume::read_section(section)
        };
        let items = match key {
            "work" => {
                let timeline = super::work::items(&reading, body);
                append(&mut lists, "education", timeline.education);
                append(&mut lists, titles::BREAKS_KEY, timeline.breaks);
                timeline.work
            }
            "education" => super::schooling::items(&reading),
            "volunteer" => super::work::volunteer(&reading, body),
            "projects" => entry_items::projects(&reading, body),
            "awards" => entry_items::dated(&reading, body, ["title", "awarder", "date"], false),
            "certificates" => entry_items::dated(&reading, body, ["name", "issuer", "date"], true),
            "publications" => {
                entry_items::dated(&reading, body, ["name", "publisher", "releaseDate"], true)
            }
            "references" => entry_items::references(&reading, body),
            key => lists::items(key, &reading),
        };
        append(&mut lists, key, items);
    }
    let mut root = Map::new();
    root.insert("$schema".into(), SCHEMA_URL.into());
    let summary = summaries.join("\n\n");
    if !summary.is_empty() {
        basics.insert("summary".into(), summary.into());
    }
    if !basics.is_empty() {
        root.insert("basics".into(), Value::Object(basics));
    }
    for key in titles::LIST_KEYS.iter().chain(&[titles::BREAKS_KEY]) {
        if let Some(list) = lists
            .remove(*key)
            .filter(|l| l.as_array().is_some_and(|a| !a.is_empty()))
        {
            root.insert((*key).into(), list);
        }
    }
    if !kept.is_empty() {
        root.insert(titles::KEPT_SECTIONS_KEY.into(), Value::Array(kept));
    }
    Value::Object(root)
}

fn append(lists: &mut Map<String, Value>, key: &str, items: Vec<Value>) {
    if let Value::Array(all) = lists.entry(key).or_insert(Value::Array(Vec::new())) {
        all.extend(items);
    }
}

/// A section JSON Resume has no place for, kept whole.
fn kept_section(kind: SectionKind, title: &str, body: &str) -> Value {
    let mut f = Map::new();
    f.insert("kind".into(), kind.id().into());
    f.insert("title".into(), title.trim().into());
    f.insert("markdown".into(), body.trim_matches('\n').into());
    Value::Object(f)
}

/// The summary section as plain text: paragraphs apart, bullets as `- `.
fn summary(body: &str) -> String {
    let mut out = Vec::new();
    for block in parse_blocks(body) {
        match block {
            Block::Heading(inline) | Block::Paragraph(inline) => out.push(inline.plain_with_urls()),
            Block::List(items) => {
                let lines: Vec<String> = items
                    .iter()
                    .flat_map(Item::flatten)
                    .map(|i| format!("- {}", i.plain_with_urls()))
                    .collect();
                out.push(lines.join("\n"));
            }
            Block::Other(raw) => out.push(raw),
        }
    }
    out.join("\n\n")
}
