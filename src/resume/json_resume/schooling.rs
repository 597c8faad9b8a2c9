//! An `education` item from a read entry: a degree, wherever it was
//! written (an Education section or a job timeline).

use serde_json::Value;

use super::entry_fields::{Fields, dates, flatten, unread_dates};
use super::titles;
use crate::resume::{Entry, SectionReading};

/// One item per degree of an Education section; text outside any degree
/// is one more item (paragraphs its summary, bullets its courses), so no
/// word is lost.
pub(super) fn items(reading: &SectionReading) -> Vec<Value> {
    let mut out: Vec<Value> = reading.entries.iter().filter_map(item).collect();
    let mut loose = Fields::default();
    let paragraphs: Vec<&str> = reading.paragraphs.iter().map(|p| p.as_str()).collect();
    loose.text("summary", Some(paragraphs.join("\n\n")));
    loose.list("courses", flatten(&reading.bullets));
    out.extend(loose.into_value());
    out
}

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
    let mut score = None;
    // The line under the title also holds the grade ("2019 · GPA 3.8").
    if let Some(place) = &entry.location {
        match score_in(&place.text) {
            Some(grade) => score = Some(grade),
            None => summary.push(place.text.clone()),
        }
    }
    if entry.role.is_none()
        && entry.organisation.is_none()
        && let Some(title) = &entry.title
    {
        summary.push(title.text.clone());
    }
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

/// The grade in a piece such as "Score: 1.3" (the value) or "GPA 3.8/4.0"
/// (all of it, as the import writes and people write it).
fn score_in(piece: &str) -> Option<String> {
    let piece = piece.trim();
    let lower = piece.to_lowercase();
    if lower.starts_with(&titles::SCORE_PREFIX.to_lowercase()) {
        Some(piece[titles::SCORE_PREFIX.len()..].trim().to_string())
    } else {
        lower.starts_with("gpa").then(|| piece.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Section, SectionId, SectionKind, read_section};
    use serde_json::json;

    fn items(body: &str) -> Vec<Value> {
        let section = Section {
            id: SectionId(1),
            kind: SectionKind::Education,
            title: "Education".into(),
            body: body.into(),
        };
        super::items(&read_section(&section))
    }

    #[test]
    fn a_degree_reads_into_the_schema_fields() {
        let got = items(
            "### M.Sc. in Physics — [ETH Zürich](https://ethz.ch)\n*Sep 2012 – Jul 2014 · Score: 5.5*\n\n\
             **Courses:** Optics, Lasers\n\nThesis on cold atoms.\n- Quantum optics\n",
        );
        assert_eq!(
            got[0],
            json!({
                "studyType": "M.Sc.", "area": "Physics", "institution": "ETH Zürich",
                "url": "https://ethz.ch", "startDate": "2012-09", "endDate": "2014-07",
                "score": "5.5", "courses": ["Quantum optics", "Optics", "Lasers"],
                "summary": "Thesis on cold atoms."
            })
        );
    }

    #[test]
    fn a_grade_on_the_date_line_is_the_score_and_a_place_is_kept() {
        assert_eq!(score_in("GPA 3.8/4.0").as_deref(), Some("GPA 3.8/4.0"));
        assert_eq!(score_in("Berlin"), None);
        let got = items("### BSc Computing — Example University\n2015 – 2018 · Berlin\n");
        assert_eq!(got[0]["summary"], "Berlin");
        assert!(got[0].get("score").is_none());
    }

    #[test]
    fn text_outside_any_degree_is_one_more_item() {
        let got =
            items("Self-taught, mostly.\n\n### BSc Computing — Example University\n2015 – 2018\n");
        assert_eq!(got.len(), 2);
        assert_eq!(got[1], json!({"summary": "Self-taught, mostly."}));
    }
}
