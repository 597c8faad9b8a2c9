//! `work` items from the structured reading of an experience section.

use serde_json::{Map, Value};

use crate::resume::{Bullet, EndDate, Entry, SectionReading};

/// One item per job read; text outside any job is one more item, so no
/// word is lost.
pub(super) fn items(reading: &SectionReading) -> Vec<Value> {
    let mut out: Vec<Value> = reading.entries.iter().filter_map(job).collect();
    let loose_text: Vec<String> = reading.paragraphs.iter().map(|p| p.text.clone()).collect();
    let loose_bullets = flatten(&reading.bullets);
    if !loose_text.is_empty() || !loose_bullets.is_empty() {
        let mut item = Map::new();
        put_text(&mut item, "summary", loose_text.join("\n\n"));
        put_list(&mut item, "highlights", loose_bullets);
        out.push(Value::Object(item));
    }
    out
}

fn job(entry: &Entry) -> Option<Value> {
    let mut item = Map::new();
    let text = |f: &Option<crate::resume::Field>| f.as_ref().map(|f| f.text.clone());
    put_text(
        &mut item,
        "name",
        text(&entry.organisation).unwrap_or_default(),
    );
    put_text(&mut item, "position", text(&entry.role).unwrap_or_default());
    if let Some(url) = entry.url.as_ref().filter(|u| u.contains("://")) {
        put_text(&mut item, "url", url.clone());
    }
    if let Some(start) = entry.start {
        put_text(&mut item, "startDate", start.iso());
    }
    if let Some(EndDate::Date(end)) = entry.end {
        put_text(&mut item, "endDate", end.iso());
    }
    put_text(
        &mut item,
        "location",
        text(&entry.location).unwrap_or_default(),
    );
    let mut summary: Vec<String> = Vec::new();
    // Dates the schema cannot hold ("[Month Year] – Present", "Summer
    // 2016") keep their text in the summary.
    if let Some(dates) = &entry.dates_text {
        let lower = dates.text.to_lowercase();
        let season = ["spring", "summer", "fall", "autumn", "winter"]
            .iter()
            .any(|s| lower.contains(s));
        if season || (entry.start.is_none() && entry.end.is_none()) {
            summary.push(dates.text.clone());
        }
    }
    if entry.role.is_none()
        && entry.organisation.is_none()
        && let Some(title) = &entry.title
    {
        summary.push(title.text.clone());
    }
    summary.extend(entry.description.iter().map(|d| d.text.clone()));
    summary.extend(
        entry
            .labelled
            .iter()
            .map(|(label, value)| format!("{label}: {}", value.text)),
    );
    put_text(&mut item, "summary", summary.join("\n\n"));
    put_list(&mut item, "highlights", flatten(&entry.bullets));
    (!item.is_empty()).then_some(Value::Object(item))
}

fn flatten(bullets: &[Bullet]) -> Vec<String> {
    let mut out = Vec::new();
    for bullet in bullets {
        out.push(bullet.text.clone());
        out.extend(flatten(&bullet.children));
    }
    out
}

fn put_text(item: &mut Map<String, Value>, key: &str, value: String) {
    if !value.trim().is_empty() {
        item.insert(key.into(), value.into());
    }
}

fn put_list(item: &mut Map<String, Value>, key: &str, values: Vec<String>) {
    let values: Vec<Value> = values
        .into_iter()
        .filter(|v| !v.trim().is_empty())
        .map(Value::String)
        .collect();
    if !values.is_empty() {
        item.insert(key.into(), Value::Array(values));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Section, SectionId, SectionKind, read_section};

    #[test]
    fn company_first_titles_and_localised_dates_become_schema_items() {
        let section = Section {
            id: SectionId(1),
            kind: SectionKind::Experience,
            title: "Berufserfahrung".into(),
            body: "### Acme GmbH | Backend-Entwicklerin | März 2019 – heute\n- Baute die API.\n  - mit Go\n\n### Globex — Developer\n*2016 – 2019*\n".into(),
        };
        let items = items(&read_section(&section));
        assert_eq!(items[0]["name"], "Acme GmbH");
        assert_eq!(items[0]["position"], "Backend-Entwicklerin");
        assert_eq!(items[0]["startDate"], "2019-03");
        assert!(items[0].get("endDate").is_none());
        assert_eq!(
            items[0]["highlights"],
            serde_json::json!(["Baute die API.", "mit Go"])
        );
        assert_eq!(items[1]["endDate"], "2019");
    }
}
