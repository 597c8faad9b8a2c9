//! Resume → JSON Resume: each section's Markdown read back into the
//! schema's structured items.

use serde_json::{Map, Value};

use super::blocks::{Block, Item, parse_blocks};
use super::entries::{Entry, group};
use super::inline::Inline;
use super::kinds::{self, Fields};
use super::titles;
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
        match list {
            // A resume written in Markdown gives its jobs and degrees through
            // the reading (company-first titles, company headings, dates in
            // any language); one imported from JSON Resume keeps the exact
            // shape it wrote, which the reading does not (an entity-marked
            // "2019" that is a name, a `Score:` piece, escaped markers).
            Some("work") if resume.json_source().is_none() => {
                let timeline = super::work::items(&crate::resume::read_section(section));
                append(&mut lists, "work", timeline.work);
                append(&mut lists, "education", timeline.education);
                append(&mut lists, titles::BREAKS_KEY, timeline.breaks);
            }
            Some("education") if resume.json_source().is_none() => {
                let items = super::schooling::items(&crate::resume::read_section(section));
                append(&mut lists, "education", items);
            }
            Some(key) => append(&mut lists, key, items(key, body)),
            None => kept.push(kept_section(section.kind, &section.title, body)),
        }
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

fn items(key: &str, body: &str) -> Vec<Value> {
    let out: Vec<Option<Value>> = match key {
        "work" => each_entry(body, |e| kinds::job(e, "name")),
        "volunteer" => each_entry(body, |e| kinds::job(e, "organization")),
        "projects" => each_entry(body, kinds::project),
        "education" => each_entry(body, kinds::education),
        "awards" => each_item(body, |e| {
            kinds::dated(e, ["title", "awarder", "date"], false)
        }),
        "certificates" => each_item(body, |e| kinds::dated(e, ["name", "issuer", "date"], true)),
        "publications" => each_item(body, |e| {
            kinds::dated(e, ["name", "publisher", "releaseDate"], true)
        }),
        "references" => references(body),
        "skills" => bullets(body, kinds::skill),
        "languages" => bullets(body, kinds::language),
        "interests" => bullets(body, kinds::interest),
        _ => Vec::new(),
    };
    out.into_iter().flatten().collect()
}

/// Kinds whose entries carry bullets of their own: text before the first
/// title is one more item, so nothing is dropped.
fn each_entry(body: &str, read: impl Fn(&Entry) -> Option<Value>) -> Vec<Option<Value>> {
    group(body).iter().map(read).collect()
}

/// Kinds that are often written as plain bullets: before the first title,
/// each bullet or paragraph is an item of its own.
fn each_item(body: &str, read: impl Fn(&Entry) -> Option<Value>) -> Vec<Option<Value>> {
    let mut out = Vec::new();
    for entry in group(body) {
        if entry.title.is_some() {
            out.push(read(&entry));
            continue;
        }
        for bullet in &entry.bullets {
            out.push(read(&titled(bullet.clone())));
        }
        for text in &entry.texts {
            out.push(read(&titled(Inline::raw(text))));
        }
        for (label, value) in &entry.labeled {
            let text = format!("{label}: {}", value.plain_with_urls());
            out.push(read(&titled(Inline::raw(&text))));
        }
    }
    out
}

fn titled(title: Inline) -> Entry {
    Entry {
        title: Some(title),
        ..Entry::default()
    }
}

fn references(body: &str) -> Vec<Option<Value>> {
    let mut out = Vec::new();
    for entry in group(body) {
        if entry.title.is_some() {
            out.push(kinds::reference(&entry));
            continue;
        }
        out.extend(entry.bullets.iter().map(kinds::reference_bullet));
        for text in &entry.texts {
            let mut f = Fields::default();
            f.text("reference", Some(text.clone()));
            out.push(f.into_value());
        }
    }
    out
}

/// Skills, languages, interests: one item per bullet (nested bullets are
/// its keywords) or per line; a heading names the bullets under it.
fn bullets(body: &str, read: fn(&Inline, Vec<String>) -> Option<Value>) -> Vec<Option<Value>> {
    let mut out = Vec::new();
    let mut heading: Option<Inline> = None;
    for block in parse_blocks(body) {
        match block {
            Block::Heading(title) => {
                if let Some(previous) = heading.replace(title) {
                    out.push(read(&previous, Vec::new()));
                }
            }
            Block::List(items) => match heading.take() {
                Some(title) => {
                    let children = items
                        .iter()
                        .flat_map(Item::flatten)
                        .map(Inline::plain_with_urls)
                        .collect();
                    out.push(read(&title, children));
                }
                None => {
                    for item in &items {
                        let children = item.children.iter().flat_map(Item::flatten);
                        let children = children.map(Inline::plain_with_urls).collect();
                        out.push(read(&item.text, children));
                    }
                }
            },
            Block::Paragraph(p) => out.extend(p.lines().iter().map(|l| read(l, Vec::new()))),
            Block::Other(raw) => out.push(read(&Inline::raw(&raw), Vec::new())),
        }
    }
    if let Some(previous) = heading {
        out.push(read(&previous, Vec::new()));
    }
    out
}
