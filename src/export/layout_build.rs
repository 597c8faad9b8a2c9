//! The layout of a resume, read section by section through the JSON
//! Resume reading of the `resume` layer (which splits each entry into
//! role, organisation, dates and bullets), in the user's section order
//! and with the user's section titles.

use serde_json::Value;

use super::dates::human_range;
use super::layout::{Contact, LaidEntry, LaidSection, Layout, SkillLine};
use super::shown_address;
use crate::resume::{Resume, SectionKind, to_json_resume};

/// Key of the sections JSON Resume has no place for.
const KEPT_KEY: &str = "x-resumd-sections";

pub fn layout(resume: &Resume) -> Layout {
    let mut layout = Layout {
        lang: "en".to_string(),
        ..Layout::default()
    };
    let mut have_header = false;
    for section in resume.sections().iter().filter(|s| !s.is_empty()) {
        // Each section alone, so that its reading keeps its place and title.
        let mut alone = Resume::new(resume.level);
        alone.push_section(section.kind, &section.title, &section.body);
        let value = to_json_resume(&alone);
        if section.kind == SectionKind::Header {
            if !have_header {
                have_header = true;
                header(&mut layout, value.get("basics"));
            }
            continue;
        }
        let mut laid = LaidSection {
            title: section.title.trim().to_string(),
            ..LaidSection::default()
        };
        fill_section(&mut laid, &value);
        if !laid.is_empty() {
            layout.sections.push(laid);
        }
    }
    layout
}

fn text(value: &Value, key: &str) -> Option<String> {
    value
        .get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn strings(value: &Value, key: &str) -> Vec<String> {
    value
        .get(key)
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn header(layout: &mut Layout, basics: Option<&Value>) {
    let Some(basics) = basics else { return };
    layout.name = text(basics, "name").unwrap_or_default();
    layout.headline = text(basics, "label");
    let contacts = &mut layout.contacts;
    if let Some(email) = text(basics, "email") {
        let url = format!("mailto:{email}");
        contacts.push(Contact::new(email, Some(&url)));
    }
    if let Some(phone) = text(basics, "phone") {
        contacts.push(Contact::new(phone, None));
    }
    if let Some(location) = basics.get("location") {
        let parts: Vec<String> = ["city", "region", "countryCode"]
            .iter()
            .filter_map(|k| text(location, k))
            .collect();
        if !parts.is_empty() {
            contacts.push(Contact::new(parts.join(", "), None));
        }
    }
    if let Some(url) = text(basics, "url") {
        contacts.push(Contact::new(shown_address(&url), Some(&url)));
    }
    for profile in basics
        .get("profiles")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        match (text(profile, "url"), text(profile, "username")) {
            (Some(url), _) => contacts.push(Contact::new(shown_address(&url), Some(&url))),
            (None, Some(user)) => {
                let network = text(profile, "network").unwrap_or_default();
                contacts.push(Contact::new(format!("{network}: {user}"), None));
            }
            (None, None) => {}
        }
    }
}

fn fill_section(laid: &mut LaidSection, value: &Value) {
    if let Some(summary) = value.get("basics").and_then(|b| text(b, "summary")) {
        laid.paragraphs.extend(paragraphs(&summary));
    }
    let items = |key: &str| {
        value
            .get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    for item in items("work").iter().chain(&items("volunteer")) {
        let mut entry = dated_entry(item, "position", "startDate", "endDate", true);
        entry.organisation = text(item, "name").or_else(|| text(item, "organization"));
        entry.summary.extend(text(item, "description"));
        entry.summary.extend(text(item, "summary"));
        laid.entries.push(entry);
    }
    for item in items("projects") {
        let mut entry = dated_entry(&item, "name", "startDate", "endDate", false);
        entry.organisation = text(&item, "entity");
        entry.summary.extend(text(&item, "description"));
        let stack = strings(&item, "keywords");
        if !stack.is_empty() {
            entry.details.push(format!("Stack: {}", stack.join(", ")));
        }
        laid.entries.push(entry);
    }
    for item in items("education") {
        let mut entry = dated_entry(&item, "studyType", "startDate", "endDate", false);
        entry.role = match (text(&item, "studyType"), text(&item, "area")) {
            (Some(degree), Some(area)) => format!("{degree}, {area}"),
            (degree, area) => degree.or(area).unwrap_or_default(),
        };
        entry.organisation = text(&item, "institution");
        // A grade reads as a GPA; anything else (a thesis) as written.
        entry.details.extend(text(&item, "score").map(|s| {
            if s.starts_with(|c: char| c.is_ascii_digit()) {
                format!("GPA: {s}")
            } else {
                s
            }
        }));
        let courses = strings(&item, "courses");
        if !courses.is_empty() {
            entry
                .details
                .push(format!("Courses: {}", courses.join(", ")));
        }
        laid.entries.push(entry);
    }
    for (key, role, org, date) in [
        ("awards", "title", "awarder", "date"),
        ("certificates", "name", "issuer", "date"),
        ("publications", "name", "publisher", "releaseDate"),
    ] {
        for item in items(key) {
            let mut entry = dated_entry(&item, role, date, "", false);
            entry.organisation = text(&item, org);
            entry.summary.extend(text(&item, "summary"));
            laid.entries.push(entry);
        }
    }
    for item in items("skills").iter().chain(&items("interests")) {
        let mut label = text(item, "name");
        if let (Some(name), Some(level)) = (&label, text(item, "level")) {
            label = Some(format!("{name} ({level})"));
        }
        let keywords = strings(item, "keywords");
        if keywords.is_empty() {
            laid.bullets.extend(label);
        } else {
            laid.skills.push(SkillLine {
                label,
                items: keywords.join(", "),
            });
        }
    }
    let languages: Vec<String> = items("languages")
        .iter()
        .filter_map(|l| {
            let name = text(l, "language")?;
            Some(match text(l, "fluency") {
                Some(f) => format!("{name} ({f})"),
                None => name,
            })
        })
        .collect();
    if !languages.is_empty() {
        laid.skills.push(SkillLine {
            label: None,
            items: languages.join(", "),
        });
    }
    for item in items("references") {
        let said = text(&item, "reference").unwrap_or_default();
        match text(&item, "name") {
            Some(name) => laid.paragraphs.push(format!("{said} — {name}")),
            None => laid.paragraphs.push(said),
        }
    }
    for kept in items(KEPT_KEY) {
        kept_markdown(laid, &text(&kept, "markdown").unwrap_or_default());
    }
}

/// An entry whose title, dates and bullets sit under the given keys.
fn dated_entry(item: &Value, role: &str, start: &str, end: &str, ongoing: bool) -> LaidEntry {
    LaidEntry {
        role: text(item, role).unwrap_or_default(),
        url: text(item, "url").filter(|u| super::is_allowed_url(u)),
        dates: human_range(
            text(item, start).as_deref(),
            text(item, end).as_deref(),
            ongoing,
        ),
        location: text(item, "location"),
        bullets: strings(item, "highlights"),
        ..LaidEntry::default()
    }
}

fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// A section kept as Markdown (one JSON Resume has no list for): list
/// items become bullets, other lines paragraphs, emphasis markers dropped.
fn kept_markdown(laid: &mut LaidSection, markdown: &str) {
    for block in markdown.split("\n\n") {
        for line in block.lines() {
            let line = line.trim();
            let plain = |s: &str| s.replace("**", "").replace('`', "");
            if let Some(item) = line
                .strip_prefix("- ")
                .or_else(|| line.strip_prefix("* "))
                .or_else(|| line.strip_prefix("+ "))
            {
                laid.bullets.push(plain(item.trim()));
            } else if !line.is_empty() && !line.starts_with('#') {
                laid.paragraphs.push(plain(line));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Level, resume_from_markdown};

    const MARKDOWN: &str = "# Ada Lovelace\n\nBack-End Engineer · London, UK\n\n\
        [ada@example.com](mailto:ada@example.com) · [github.com/ada](https://github.com/ada)\n\n\
        ## Experience\n\n### Senior Engineer — Acme Pay\n\n*2020-02 – Present · Berlin*\n\n\
        - Cut p99 latency from 800 ms to 200 ms\n\n## Education\n\n\
        ### BSc Computer Science — University of London\n\n*2012 – 2016*\n";

    #[test]
    fn the_header_and_entries_are_laid_out_in_order() {
        let resume = resume_from_markdown(MARKDOWN, Level::Mid).unwrap();
        let layout = layout(&resume);
        assert_eq!(layout.name, "Ada Lovelace");
        assert_eq!(layout.contacts[0].text, "ada@example.com");
        assert_eq!(
            layout.contacts[0].url.as_deref(),
            Some("mailto:ada@example.com")
        );
        let titles: Vec<&str> = layout.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Experience", "Education"]);
        let job = &layout.sections[0].entries[0];
        assert_eq!(job.role, "Senior Engineer");
        assert_eq!(job.organisation.as_deref(), Some("Acme Pay"));
        assert_eq!(job.dates.as_deref(), Some("Feb 2020 – Present"));
        assert_eq!(job.location.as_deref(), Some("Berlin"));
        assert_eq!(job.bullets, ["Cut p99 latency from 800 ms to 200 ms"]);
    }
}
