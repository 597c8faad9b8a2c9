//! `work` items from the structured reading of an experience section.

use serde_json::Value;

use super::kinds::Fields;

use crate::resume::{Bullet, EndDate, Entry, SectionReading};

/// One item per job read; text outside any job is one more item, so no
/// word is lost.
pub(super) fn items(reading: &SectionReading) -> Vec<Value> {
    let mut out: Vec<Value> = reading.entries.iter().filter_map(job).collect();
    let loose_text: Vec<String> = reading.paragraphs.iter().map(|p| p.text.clone()).collect();
    let loose_bullets = flatten(&reading.bullets);
    if !loose_text.is_empty() || !loose_bullets.is_empty() {
        let mut item = Fields::default();
        item.text("summary", Some(loose_text.join("\n\n")));
        item.list("highlights", loose_bullets);
        out.extend(item.into_value());
    }
    out
}

fn job(entry: &Entry) -> Option<Value> {
    let mut item = Fields::default();
    let text = |f: &Option<crate::resume::Field>| f.as_ref().map(|f| f.text.clone());
    item.text("name", text(&entry.organisation));
    item.text("position", text(&entry.role));
    item.text("url", entry.url.clone().filter(|u| u.contains("://")));
    item.text("startDate", entry.start.map(|d| d.iso()));
    item.text(
        "endDate",
        match entry.end {
            Some(EndDate::Date(end)) => Some(end.iso()),
            _ => None,
        },
    );
    item.text("location", text(&entry.location));
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
    item.text("summary", Some(summary.join("\n\n")));
    item.list("highlights", flatten(&entry.bullets));
    item.into_value()
}

fn flatten(bullets: &[Bullet]) -> Vec<String> {
    let mut out = Vec::new();
    for bullet in bullets {
        out.push(bullet.text.clone());
        out.extend(flatten(&bullet.children));
    }
    out
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
