//! An `education` item from a read entry: a degree, wherever it was
//! written (an Education section or a job timeline).

use serde_json::Value;

use super::kinds::Fields;
use super::work::{dates, flatten, unread_dates};
use crate::resume::Entry;

/// Study type and area split at the first " in " ("Master of Science in
/// Physics"), as the import writes them; the institution from the
/// organisation. Words the schema has no field for (the place, other
/// labels, paragraphs) go to `summary`, which the schema allows.
pub(super) fn item(entry: &Entry) -> Option<Value> {
    let mut f = Fields::default();
    let degree = entry.role.as_ref().map(|r| r.text.as_str());
    match degree.and_then(|d| d.split_once(" in ")) {
        Some((kind, area)) => {
            f.text("studyType", Some(kind.trim().to_string()));
            f.text("area", Some(area.trim().to_string()));
        }
        None => f.text("studyType", degree.map(str::to_string)),
    }
    f.text(
        "institution",
        entry.organisation.as_ref().map(|o| o.text.clone()),
    );
    f.text("url", entry.url.clone().filter(|u| u.contains("://")));
    dates(&mut f, entry);
    let mut summary: Vec<String> = unread_dates(entry).into_iter().collect();
    summary.extend(entry.location.as_ref().map(|l| l.text.clone()));
    if entry.role.is_none()
        && entry.organisation.is_none()
        && let Some(title) = &entry.title
    {
        summary.push(title.text.clone());
    }
    let mut score = None;
    let mut courses = flatten(&entry.bullets);
    for (label, value) in &entry.labelled {
        match label.to_lowercase().as_str() {
            "score" | "gpa" | "grade" if score.is_none() => score = Some(value.text.clone()),
            "courses" | "coursework" | "relevant coursework" => {
                courses.extend(value.text.split(", ").map(str::to_string))
            }
            _ => summary.push(format!("{label}: {}", value.text)),
        }
    }
    summary.extend(entry.description.iter().map(|d| d.text.clone()));
    f.text("score", score);
    f.list("courses", courses);
    f.text("summary", Some(summary.join("\n\n")));
    f.into_value()
}
