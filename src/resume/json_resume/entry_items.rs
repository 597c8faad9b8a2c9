//! Projects, awards, certificates, publications and references from the
//! structured reading of their section, one function per kind of item.
//! (Jobs and degrees are in `work` and `schooling`.)

use serde_json::Value;

use super::entry_fields::{Fields, dates, highlights, list_in, unread_dates};
use crate::resume::reading::profiles::looks_like_web;
use crate::resume::{Entry, Field, SectionReading};

fn text(field: &Option<Field>) -> Option<String> {
    field.as_ref().map(|f| f.text.clone())
}

/// The schema wants a URI: keep addresses with a scheme, complete bare
/// web addresses, drop the rest (their link text stays).
pub(super) fn absolute_url(url: &str) -> Option<String> {
    let scheme_end = url.find(':').unwrap_or(0);
    let has_scheme = scheme_end > 0
        && url[..scheme_end]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        && url.as_bytes()[0].is_ascii_alphabetic();
    if has_scheme {
        Some(url.to_string())
    } else if looks_like_web(url) {
        Some(format!("https://{url}"))
    } else {
        None
    }
}

fn label_line(label: &str, value: &Field) -> String {
    format!("{label}: {}", value.text)
}

/// An entry's free text: dates the schema cannot hold, then `extra`, then
/// its paragraphs.
fn notes(entry: &Entry, extra: Vec<String>) -> Vec<String> {
    let mut notes: Vec<String> = unread_dates(entry).into_iter().collect();
    notes.extend(extra);
    notes.extend(entry.description.iter().map(|d| d.text.clone()));
    notes
}

/// One item per project; text outside any project is one more item.
pub(super) fn projects(reading: &SectionReading, body: &str) -> Vec<Value> {
    let mut out: Vec<Value> = reading
        .entries
        .iter()
        .filter_map(|e| project(e, body))
        .collect();
    let mut loose = Fields::default();
    let paragraphs: Vec<&str> = reading.paragraphs.iter().map(Field::as_str).collect();
    loose.text("description", Some(paragraphs.join("\n\n")));
    loose.list("highlights", highlights(body, &reading.bullets));
    out.extend(loose.into_value());
    out
}

fn project(entry: &Entry, body: &str) -> Option<Value> {
    let mut f = Fields::default();
    let mut keywords: Vec<String> = entry.keywords.iter().map(|k| k.text.clone()).collect();
    let (mut roles, mut entity, mut kind, mut extra) = (Vec::new(), None, None, Vec::new());
    for (label, value) in &entry.labelled {
        match label.to_lowercase().as_str() {
            "roles" | "role" => roles.extend(list_in(body, value)),
            "entity" => entity = Some(value.text.clone()),
            "type" => kind = Some(value.text.clone()),
            "keywords" | "stack" | "tech" | "technologies" => keywords.extend(list_in(body, value)),
            _ => extra.push(label_line(label, value)),
        }
    }
    f.text("name", text(&entry.role).or_else(|| text(&entry.title)));
    // Title parts after the name describe the project.
    let mut description: Vec<String> = [&entry.organisation, &entry.detail]
        .into_iter()
        .filter_map(text)
        .collect();
    description.extend(notes(entry, extra));
    f.text("description", Some(description.join("\n\n")));
    f.list("highlights", highlights(body, &entry.bullets));
    f.list("keywords", keywords);
    dates(&mut f, entry);
    f.text("url", entry.url.as_deref().and_then(absolute_url));
    f.list("roles", roles);
    f.text("entity", entity);
    f.text("type", kind);
    f.into_value()
}

/// Awards, certificates and publications: `[name, by, date]` keys; each
/// bullet or paragraph outside any entry is an item of its own.
pub(super) fn dated(
    reading: &SectionReading,
    body: &str,
    keys: [&str; 3],
    linked: bool,
) -> Vec<Value> {
    let mut out: Vec<Value> = reading
        .entries
        .iter()
        .filter_map(|e| dated_entry(e, body, keys, linked))
        .collect();
    let loose = highlights(body, &reading.bullets)
        .into_iter()
        .chain(reading.paragraphs.iter().map(|p| p.text.clone()));
    for line in loose {
        // "Best Paper — ACM": the name, then who gave it.
        let split = [" — ", " – ", " | ", " - "]
            .iter()
            .filter_map(|sep| line.find(sep).map(|at| (at, sep.len())))
            .min();
        let mut f = Fields::default();
        match split {
            Some((at, len)) => {
                f.text(keys[0], Some(line[..at].trim().to_string()));
                f.text(keys[1], Some(line[at + len..].trim().to_string()));
            }
            None => f.text(keys[0], Some(line)),
        }
        out.extend(f.into_value());
    }
    out
}

fn dated_entry(entry: &Entry, body: &str, keys: [&str; 3], linked: bool) -> Option<Value> {
    let [name, by, date] = keys;
    let mut f = Fields::default();
    // A title read as only an organisation ("Keynote at X, 2023") names
    // the item; the whole title (with its dates) only when nothing was read.
    let (named, from) = match (&entry.role, &entry.organisation) {
        (None, Some(organisation)) => (Some(organisation.text.clone()), None),
        (role, organisation) => (
            text(role).or_else(|| text(&entry.title)),
            text(organisation),
        ),
    };
    f.text(name, named);
    if linked {
        f.text("url", entry.url.as_deref().and_then(absolute_url));
    }
    f.text(by, from);
    let single = entry.start.or(match entry.end {
        Some(crate::resume::EndDate::Date(d)) => Some(d),
        _ => None,
    });
    f.text(date, single.map(|d| d.iso()));
    let mut extra: Vec<String> = [&entry.detail, &entry.location]
        .into_iter()
        .filter_map(text)
        .collect();
    extra.extend(entry.keywords.iter().map(|k| k.text.clone()));
    extra.extend(entry.labelled.iter().map(|(l, v)| label_line(l, v)));
    let mut summary = notes(entry, extra);
    let bullets: Vec<String> = highlights(body, &entry.bullets)
        .iter()
        .map(|b| format!("- {b}"))
        .collect();
    if !bullets.is_empty() {
        summary.push(bullets.join("\n"));
    }
    f.text("summary", Some(summary.join("\n\n")));
    f.into_value()
}

/// References: an entry's title names who gave it; a bullet or paragraph
/// outside any entry is a reference of its own.
pub(super) fn references(reading: &SectionReading, body: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for entry in &reading.entries {
        let mut f = Fields::default();
        f.text("name", text(&entry.title));
        // The whole title is the name: parts of it read as description
        // are not said again.
        let title = entry.title.as_ref().map_or(0..0, |t| t.range.clone());
        let mut words: Vec<String> = unread_dates(entry).into_iter().collect();
        words.extend(
            entry
                .description
                .iter()
                .filter(|d| !(title.start <= d.range.start && d.range.end <= title.end))
                .map(|d| d.text.clone()),
        );
        words.extend(highlights(body, &entry.bullets));
        f.text("reference", Some(words.join("\n\n")));
        out.extend(f.into_value());
    }
    let loose = highlights(body, &reading.bullets)
        .into_iter()
        .chain(reading.paragraphs.iter().map(|p| p.text.clone()));
    for words in loose {
        let mut f = Fields::default();
        f.text("reference", Some(words));
        out.extend(f.into_value());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_addresses_are_completed_and_others_dropped() {
        assert_eq!(absolute_url("example.com").unwrap(), "https://example.com");
        assert_eq!(absolute_url("mailto:a@b.co").unwrap(), "mailto:a@b.co");
        assert_eq!(absolute_url("notes"), None);
    }
}

#[cfg(test)]
mod read_tests {
    use super::*;
    use crate::resume::{Section, SectionId, SectionKind, read_section};
    use serde_json::json;

    fn reading(kind: SectionKind, title: &str, body: &str) -> SectionReading {
        read_section(&Section {
            id: SectionId(1),
            kind,
            title: title.into(),
            body: body.into(),
        })
    }

    #[test]
    fn hand_written_projects_give_name_address_dates_and_keywords() {
        let body = "### [ledgerlint](https://github.com/x/ledgerlint) — a linter for ledgers\n\
                    *2021 – 2022*\n\n**Tech:** Rust, SQL\n\n- 2k stars\n";
        let got = projects(&reading(SectionKind::Projects, "Projects", body), body);
        assert_eq!(got[0]["name"], "ledgerlint");
        assert_eq!(got[0]["url"], "https://github.com/x/ledgerlint");
        assert_eq!(got[0]["description"], "a linter for ledgers");
        assert_eq!(got[0]["keywords"], json!(["Rust", "SQL"]));
        assert_eq!(got[0]["startDate"], "2021");
        assert_eq!(got[0]["highlights"], json!(["2k stars"]));
    }

    #[test]
    fn plain_bullets_of_awards_are_items_of_their_own() {
        let body = "- Best Paper — ACM SIGMOD\n- Dean's list\n";
        let got = dated(
            &reading(SectionKind::Custom, "Awards", body),
            body,
            ["title", "awarder", "date"],
            false,
        );
        assert_eq!(
            got,
            [
                json!({"title": "Best Paper", "awarder": "ACM SIGMOD"}),
                json!({"title": "Dean's list"})
            ]
        );
    }

    #[test]
    fn references_keep_every_word() {
        let body = "### Jane Doe, CTO at Acme\nA great engineer.\n\n- Available on request\n";
        let got = references(&reading(SectionKind::Custom, "References", body), body);
        assert_eq!(got[0]["name"], "Jane Doe, CTO at Acme");
        assert_eq!(
            got[0]["reference"],
            "A great engineer.\n\nAvailable on request"
        );
    }

    #[test]
    fn a_linked_bullet_keeps_its_address() {
        let body = "### Tool\n- Patches to [Lucene](https://github.com/apache/lucene).\n- Plain";
        let got = projects(&reading(SectionKind::Projects, "Projects", body), body);
        assert_eq!(
            got[0]["highlights"],
            json!([
                "Patches to Lucene (https://github.com/apache/lucene).",
                "Plain"
            ])
        );
    }
}
