//! Schema fields every kind of item read from an entry shares: dates,
//! dates kept as written, bullets flattened, lists split where written.

use serde_json::{Map, Value};

use super::inline::Inline;
use crate::resume::{Bullet, EndDate, Entry, Field, SourceRange};

/// An item's fields; empty values are left out.
#[derive(Default)]
pub(super) struct Fields(Map<String, Value>);

impl Fields {
    pub fn text(&mut self, key: &str, value: Option<String>) {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            self.0.insert(key.into(), Value::String(value));
        }
    }

    pub fn list(&mut self, key: &str, values: Vec<String>) {
        let values: Vec<Value> = values
            .into_iter()
            .filter(|v| !v.trim().is_empty())
            .map(Value::String)
            .collect();
        if !values.is_empty() {
            self.0.insert(key.into(), Value::Array(values));
        }
    }

    pub fn into_value(self) -> Option<Value> {
        (!self.0.is_empty()).then_some(Value::Object(self.0))
    }
}

/// A read value that lists things (`a\, b, c`) split at its commas as
/// written in `body`: an escaped comma belongs to its item.
pub(super) fn list_in(body: &str, value: &Field) -> Vec<String> {
    let Some(raw) = written(body, &value.range) else {
        return value.text.split(", ").map(str::to_string).collect();
    };
    super::header::unescaped(raw)
        .split(&[", "])
        .iter()
        .map(Inline::plain)
        .collect()
}

/// The schema's `startDate` and `endDate` (none for "present").
pub(super) fn dates(item: &mut Fields, entry: &Entry) {
    item.text("startDate", entry.start.map(|d| d.iso()));
    let end = match entry.end {
        Some(EndDate::Date(end)) => Some(end.iso()),
        _ => None,
    };
    item.text("endDate", end);
}

/// Dates the schema cannot hold ("[Month Year] – Present", "Summer 2016")
/// as written, for the item's free text.
pub(super) fn unread_dates(entry: &Entry) -> Option<String> {
    let dates = entry.dates_text.as_ref()?;
    let lower = dates.text.to_lowercase();
    let season = ["spring", "summer", "fall", "autumn", "winter"]
        .iter()
        .any(|s| lower.contains(s));
    (season || (entry.start.is_none() && entry.end.is_none())).then(|| dates.text.clone())
}

/// The Markdown a read range came from; an escaping backslash sits just
/// before the range's first character.
fn written<'b>(body: &'b str, range: &SourceRange) -> Option<&'b str> {
    let mut start = range.start;
    if start > 0 && body.as_bytes().get(start - 1) == Some(&b'\\') {
        start -= 1;
    }
    body.get(start..range.end)
}

/// Like [`flatten`], with each link's address after its text
/// (`Lucene (https://…)`), so no address is lost.
pub(super) fn highlights(body: &str, bullets: &[Bullet]) -> Vec<String> {
    let mut out = Vec::new();
    for bullet in bullets {
        let linked = written(body, &bullet.range)
            .map(with_links)
            .filter(Inline::has_links);
        out.push(linked.map_or_else(|| bullet.text.clone(), |i| i.plain_with_urls()));
        out.extend(highlights(body, &bullet.children));
    }
    out
}

/// Inline Markdown read on its own, links and their addresses kept.
fn with_links(raw: &str) -> Inline {
    let events: Vec<_> = pulldown_cmark::Parser::new_ext(raw, crate::resume::markdown_options())
        .into_offset_iter()
        .collect();
    Inline::from_events(&events, raw)
}

/// Bullets and their nested bullets, parents first.
pub(super) fn flatten(bullets: &[Bullet]) -> Vec<String> {
    let mut out = Vec::new();
    for bullet in bullets {
        out.push(bullet.text.clone());
        out.extend(flatten(&bullet.children));
    }
    out
}
