//! The layout of a resume from its structured reading (`resume::read`):
//! the header's name and contacts, and each section's paragraphs, skill
//! lines and entries, in the user's order and with the user's titles.

use super::layout::{Contact, LaidBullet, LaidEntry, LaidSection, Layout, SkillLine};
use super::shown_address;
use crate::resume::{Bullet, Entry, Field, HeaderReading, Resume, SectionKind, read};

/// `**Label:**` lines that describe an entry for tools, not for readers
/// (the JSON Resume `type`), and are left out.
const HIDDEN_LABELS: &[&str] = &["type"];

/// `**Label:**` lines that name the organisation when the title does not.
const ORGANISATION_LABELS: &[&str] = &["entity", "organisation", "organization", "company"];

pub fn layout(resume: &Resume) -> Layout {
    let reading = read(resume);
    let mut layout = Layout {
        lang: "en".to_string(),
        ..Layout::default()
    };
    header(&mut layout, &reading.header);
    for section in &reading.sections {
        if section.kind == SectionKind::Header {
            continue;
        }
        let (labelled, bullets_left) = split_labelled(&section.bullets);
        let mut laid = LaidSection {
            title: section.title.trim().to_string(),
            paragraphs: texts(&section.paragraphs),
            skills: section
                .skills
                .iter()
                .map(|group| SkillLine {
                    label: group.label.as_ref().map(|l| l.text.trim().to_string()),
                    items: group
                        .skills
                        .iter()
                        .map(|s| s.text.trim())
                        .collect::<Vec<_>>()
                        .join(", "),
                })
                .filter(|line| !line.items.is_empty())
                .collect(),
            entries: section
                .entries
                .iter()
                .map(|e| entry(e, section.kind))
                .collect(),
            bullets: bullets(bullets_left),
        };
        laid.skills.extend(labelled);
        if !laid.is_empty() {
            layout.sections.push(laid);
        }
    }
    layout
}

fn texts(fields: &[Field]) -> Vec<String> {
    fields
        .iter()
        .map(|f| f.text.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

fn header(layout: &mut Layout, header: &HeaderReading) {
    layout.name = header
        .name
        .as_ref()
        .map(|n| n.text.trim().to_string())
        .unwrap_or_default();
    layout.headline = header.headline.as_ref().map(|h| h.text.trim().to_string());
    let contacts = &mut layout.contacts;
    if let Some(email) = &header.email {
        let url = format!("mailto:{}", email.text.trim());
        contacts.push(Contact::new(email.text.trim(), Some(&url)));
    }
    if let Some(phone) = &header.phone {
        contacts.push(Contact::new(phone.text.trim(), None));
    }
    if let Some(location) = &header.location {
        contacts.push(Contact::new(location.text.trim(), None));
    }
    for link in &header.links {
        let text = if link.url.is_empty() || link.label.trim().is_empty() {
            match (&link.network, &link.username) {
                (Some(network), Some(user)) if link.url.is_empty() => format!("{network}: {user}"),
                _ if !link.label.trim().is_empty() => link.label.trim().to_string(),
                _ => shown_address(&link.url).to_string(),
            }
        } else {
            link.label.trim().to_string()
        };
        let url = (!link.url.is_empty()).then_some(link.url.as_str());
        contacts.push(Contact::new(text, url));
    }
    // Header lines that are none of the above still belong to the reader.
    for other in &header.other {
        let text = other.text.trim();
        if !text.is_empty() {
            contacts.push(Contact::new(text, None));
        }
    }
}

/// Loose `Label: value` items (`English: Native`, `Climbing: Bouldering`)
/// read best as one labelled line each; other items stay bullets.
fn split_labelled(bullets: &[Bullet]) -> (Vec<SkillLine>, Vec<&Bullet>) {
    let mut lines = Vec::new();
    let mut rest = Vec::new();
    for bullet in bullets {
        let label = bullet.text.split_once(": ").filter(|(label, value)| {
            bullet.children.is_empty()
                && label.split_whitespace().count() <= 4
                && !value.trim().is_empty()
        });
        match label {
            Some((label, value)) => lines.push(SkillLine {
                label: Some(label.trim().to_string()),
                items: value.trim().to_string(),
            }),
            None => rest.push(bullet),
        }
    }
    (lines, rest)
}

/// Words in the longest bullet that still reads as a course name.
const COURSE_WORDS: usize = 8;

fn entry(entry: &Entry, kind: SectionKind) -> LaidEntry {
    let role = entry
        .role
        .as_ref()
        .or(entry.title.as_ref())
        .map(|r| r.text.trim().to_string())
        .unwrap_or_default();
    let mut organisation = entry
        .organisation
        .as_ref()
        .map(|o| o.text.trim().to_string())
        // A title that only names the organisation ("### Acme Corp") is
        // shown once, as the title.
        .filter(|o| *o != role);
    let mut details = Vec::new();
    for (label, value) in &entry.labelled {
        let key = label.trim().to_ascii_lowercase();
        if HIDDEN_LABELS.contains(&key.as_str()) {
            continue;
        }
        if organisation.is_none() && ORGANISATION_LABELS.contains(&key.as_str()) {
            organisation = Some(value.text.trim().to_string());
            continue;
        }
        details.push(format!("{}: {}", label.trim(), value.text.trim()));
    }
    let mut laid = LaidEntry {
        role,
        organisation,
        url: entry.url.clone().filter(|u| super::is_allowed_url(u)),
        dates: entry
            .dates_human()
            .or_else(|| entry.dates_text.as_ref().map(|d| d.text.trim().to_string())),
        location: entry.location.as_ref().map(|l| l.text.trim().to_string()),
        summary: texts(&entry.description),
        details,
        bullets: bullets(&entry.bullets),
    };
    // A school's list of short items is its courses: one line, not a column.
    let courses = kind == SectionKind::Education
        && !laid.bullets.is_empty()
        && laid
            .bullets
            .iter()
            .all(|b| b.children.is_empty() && b.text.split_whitespace().count() <= COURSE_WORDS);
    if courses {
        let names: Vec<String> = laid.bullets.drain(..).map(|b| b.text).collect();
        laid.details.push(format!("Courses: {}", names.join(", ")));
    }
    laid
}

/// List items with something to read (an item of only markup the reading
/// set aside, such as `<script>…</script>`, is left out).
fn bullets<'a>(items: impl IntoIterator<Item = &'a Bullet>) -> Vec<LaidBullet> {
    items
        .into_iter()
        .map(bullet)
        .filter(|b| !b.text.is_empty() || !b.children.is_empty())
        .collect()
}

fn bullet(bullet: &Bullet) -> LaidBullet {
    let mut children = Vec::new();
    for child in &bullet.children {
        // Deeper levels are kept, one level down.
        children.push(child.text.trim().to_string());
        children.extend(child.children.iter().map(|c| c.text.trim().to_string()));
    }
    children.retain(|c| !c.is_empty());
    LaidBullet {
        text: bullet.text.trim().to_string(),
        children,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Level, resume_from_markdown};

    const MARKDOWN: &str = "# Ada Lovelace\n\nBack-End Engineer · London, UK\n\n\
        [ada@example.com](mailto:ada@example.com) · [github.com/ada](https://github.com/ada)\n\n\
        ## Experience\n\n### Senior Engineer — Acme Pay\n\n*2020-02 – Present · Berlin*\n\n\
        - Cut p99 latency from 800 ms to 200 ms\n  - with Redis\n\n## Projects\n\n### DormSwap\n\n\
        **Entity:** Campus Capstone\n\n**Type:** application\n\n- Built it\n\n## Education\n\n\
        ### BSc Computer Science — University of London\n\n*2012 – 2016*\n\n\
        - Algorithms\n- Databases\n\n## Languages\n\n- **English**: Native speaker\n";

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
        assert_eq!(titles, ["Experience", "Projects", "Education", "Languages"]);
        let job = &layout.sections[0].entries[0];
        assert_eq!(job.role, "Senior Engineer");
        assert_eq!(job.organisation.as_deref(), Some("Acme Pay"));
        assert_eq!(job.dates.as_deref(), Some("Feb 2020 – Present"));
        assert_eq!(job.location.as_deref(), Some("Berlin"));
        assert_eq!(job.bullets[0].text, "Cut p99 latency from 800 ms to 200 ms");
        assert_eq!(job.bullets[0].children, ["with Redis"]);
    }

    #[test]
    fn labels_for_tools_are_hidden_and_courses_stay_inline() {
        let resume = resume_from_markdown(MARKDOWN, Level::Mid).unwrap();
        let layout = layout(&resume);
        let project = &layout.sections[1].entries[0];
        assert_eq!(project.organisation.as_deref(), Some("Campus Capstone"));
        assert!(project.details.is_empty(), "{:?}", project.details);
        let school = &layout.sections[2].entries[0];
        assert_eq!(school.details, ["Courses: Algorithms, Databases"]);
        assert!(school.bullets.is_empty());
        let languages = &layout.sections[3];
        assert!(languages.bullets.is_empty());
        assert_eq!(languages.skills[0].label.as_deref(), Some("English"));
        assert_eq!(languages.skills[0].items, "Native speaker");
    }

    #[test]
    fn a_title_naming_only_the_organisation_is_shown_once_and_empty_items_go() {
        let markdown = "# Ada\n\n## Experience\n\n### Acme Corp\n\n*2019 – 2021*\n\n\
            - Built the billing service\n- <script>x</script>\n";
        let resume = resume_from_markdown(markdown, Level::Mid).unwrap();
        let job = &layout(&resume).sections[0].entries[0];
        assert_eq!(job.heading(), "Acme Corp");
        assert_eq!(job.bullets.len(), 1, "{:?}", job.bullets);
    }

    #[test]
    fn a_table_in_a_section_keeps_its_words() {
        // The heading row names the columns; the reading leaves it out.
        let markdown = "# Ada\n\n## Tools\n\n| Tool | Years |\n|---|---|\n| Kafka | 5 |\n";
        let resume = resume_from_markdown(markdown, Level::Mid).unwrap();
        let layout = layout(&resume);
        let json = serde_json::to_string(&layout).unwrap();
        for word in ["Kafka", "5"] {
            assert!(json.contains(word), "{word} in {json}");
        }
    }
}
