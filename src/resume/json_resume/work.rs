//! `work` items from the structured reading of an experience section; a
//! degree written in the job timeline becomes an `education` item and time
//! off goes under an extra key of its own, since neither is a job.

use serde_json::Value;

use super::entry_fields::{Fields, dates, highlights, unread_dates};
use crate::resume::{Entry, EntryKind, Field, SectionReading};

/// What one experience section gives the export.
#[derive(Debug, Default)]
pub(super) struct Timeline {
    pub work: Vec<Value>,
    /// Degrees and courses of study written among the jobs.
    pub education: Vec<Value>,
    /// Parental leave, sabbaticals: the schema has no list for them.
    pub breaks: Vec<Value>,
}

/// One item per entry read; text outside any entry is one more `work`
/// item, so no word is lost.
pub(super) fn items(reading: &SectionReading, body: &str) -> Timeline {
    let mut out = Timeline::default();
    for entry in &reading.entries {
        let (list, item) = match entry.kind {
            EntryKind::Listed => (&mut out.work, job(entry, "name", body)),
            EntryKind::Schooling => (&mut out.education, super::schooling::item(entry)),
            EntryKind::Break => (&mut out.breaks, time_off(entry, body)),
        };
        list.extend(item);
    }
    out.work.extend(loose(reading, body));
    out
}

/// `volunteer` items: every entry is time given, whatever it reads like.
pub(super) fn volunteer(reading: &SectionReading, body: &str) -> Vec<Value> {
    let mut out: Vec<Value> = reading
        .entries
        .iter()
        .filter_map(|e| job(e, "organization", body))
        .collect();
    out.extend(loose(reading, body));
    out
}

/// Text outside any entry as one item: paragraphs its summary, bullets
/// its highlights.
fn loose(reading: &SectionReading, body: &str) -> Option<Value> {
    let loose_text: Vec<String> = reading.paragraphs.iter().map(|p| p.text.clone()).collect();
    let mut item = Fields::default();
    item.text("summary", Some(loose_text.join("\n\n")));
    item.list("highlights", highlights(body, &reading.bullets));
    item.into_value()
}

fn text(field: &Option<Field>) -> Option<String> {
    field.as_ref().map(|f| f.text.clone())
}

/// The entry's free text: paragraphs, then `Label: value` lines.
fn free_text(entry: &Entry) -> impl Iterator<Item = String> + '_ {
    let labels = entry
        .labelled
        .iter()
        .map(|(label, value)| format!("{label}: {}", value.text));
    entry
        .description
        .iter()
        .map(|d| d.text.clone())
        .chain(labels)
}

/// A job (`work`, organisation key `name`) or time given (`volunteer`,
/// key `organization`).
pub(super) fn job(entry: &Entry, organisation: &str, body: &str) -> Option<Value> {
    let mut item = Fields::default();
    item.text(organisation, text(&entry.organisation));
    item.text("position", text(&entry.role));
    item.text("url", entry.url.clone().filter(|u| u.contains("://")));
    item.text("description", text(&entry.detail));
    dates(&mut item, entry);
    item.text("location", text(&entry.location));
    let mut summary: Vec<String> = unread_dates(entry).into_iter().collect();
    if entry.role.is_none()
        && entry.organisation.is_none()
        && let Some(title) = &entry.title
    {
        summary.push(title.text.clone());
    }
    summary.extend(free_text(entry));
    item.text("summary", Some(summary.join("\n\n")));
    item.list("highlights", highlights(body, &entry.bullets));
    item.into_value()
}

/// Time off: what it was ("Elternzeit"), when, and any words with it.
fn time_off(entry: &Entry, body: &str) -> Option<Value> {
    let mut item = Fields::default();
    let named = [&entry.role, &entry.organisation, &entry.location];
    let mut name: Vec<String> = named.into_iter().filter_map(text).collect();
    if name.is_empty() {
        name.extend(text(&entry.title));
    }
    item.text("name", Some(name.join(", ")));
    dates(&mut item, entry);
    let mut summary: Vec<String> = unread_dates(entry).into_iter().collect();
    summary.extend(free_text(entry));
    item.text("summary", Some(summary.join("\n\n")));
    item.list("highlights", highlights(body, &entry.bullets));
    item.into_value()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Section, SectionId, SectionKind, read_section};
    use serde_json::json;

    fn timeline(title: &str, body: &str) -> Timeline {
        let section = Section {
            id: SectionId(1),
            kind: SectionKind::Experience,
            title: title.into(),
            body: body.into(),
        };
        items(&read_section(&section), body)
    }

    #[test]
    fn company_first_titles_and_localised_dates_become_schema_items() {
        let items = timeline(
            "Berufserfahrung",
            "### Acme GmbH | Backend-Entwicklerin | März 2019 – heute\n- Baute die API.\n  - mit Go\n\n### Globex — Developer\n*2016 – 2019*\n",
        )
        .work;
        assert_eq!(items[0]["name"], "Acme GmbH");
        assert_eq!(items[0]["position"], "Backend-Entwicklerin");
        assert_eq!(items[0]["startDate"], "2019-03");
        assert!(items[0].get("endDate").is_none());
        assert_eq!(items[0]["highlights"], json!(["Baute die API.", "mit Go"]));
        assert_eq!(items[1]["endDate"], "2019");
    }

    #[test]
    fn a_degree_in_the_timeline_is_education_and_leave_is_no_job() {
        let read = timeline(
            "Werdegang",
            "**2018 - 2020:** Webentwicklerin, Kreativhaus GmbH  \n\
             **2017**: Elternzeit  \n\
             **2015 - 2017:** Studium Webdesign, SAE Institute",
        );
        let names: Vec<&Value> = read.work.iter().map(|w| &w["name"]).collect();
        assert_eq!(names, [&json!("Kreativhaus GmbH")]);
        assert_eq!(read.education.len(), 1);
        let school = &read.education[0];
        assert_eq!(school["institution"], "SAE Institute");
        assert_eq!(school["studyType"], "Studium Webdesign");
        assert_eq!(school["startDate"], "2015");
        assert_eq!(school["endDate"], "2017");
        assert_eq!(
            read.breaks,
            [json!({"name": "Elternzeit", "startDate": "2017", "endDate": "2017"})]
        );
    }

    #[test]
    fn words_of_schooling_and_breaks_with_no_schema_field_stay() {
        let read = timeline(
            "Experience",
            "### Master of Science in Physics — ETH Zürich\n2012 – 2014 · Zürich\n\nThesis on lasers.\n- Optics\n\n\
             ### Sabbatical — travel in Asia\nSummer 2016\n\nLearned Thai.\n- Hiked a lot\n",
        );
        let school = &read.education[0];
        assert_eq!(school["studyType"], "Master of Science");
        assert_eq!(school["area"], "Physics");
        assert_eq!(school["courses"], json!(["Optics"]));
        let summary = school["summary"].as_str().unwrap();
        assert!(summary.contains("Zürich") && summary.contains("Thesis on lasers."));
        let leave = &read.breaks[0];
        assert_eq!(leave["name"], "Sabbatical, travel in Asia");
        let summary = leave["summary"].as_str().unwrap();
        assert!(summary.contains("Summer 2016") && summary.contains("Learned Thai."));
        assert_eq!(leave["highlights"], json!(["Hiked a lot"]));
        assert!(read.work.is_empty(), "{:?}", read.work);
    }
}
