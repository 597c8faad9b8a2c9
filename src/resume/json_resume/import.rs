//! JSON Resume → section Markdown.
//!
//! Entry-like items (work, projects, education, awards, …) become
//!
//! ```markdown
//! ### Position — [Company](https://company.example) — what the company does
//!
//! *2021-03 – Present · Berlin*
//!
//! Summary paragraph.
//!
//! - highlight
//! ```
//!
//! and list-like items (skills, languages, interests) one bullet each:
//! `- **Name** (level): keyword, keyword`. The reader in `export` takes
//! exactly this shape back, and also what people write by hand.

use super::dates::{self, DateText};
use super::error::JsonResumeError;
use super::escape::{self, LIST_GUARDS, META_GUARDS, TITLE_GUARDS};
use super::import_lists as lists;
use super::read::Obj;
use super::titles;
use crate::resume::SectionKind;
use crate::resume::reading::profiles::looks_like_web;

type Result<T> = std::result::Result<T, JsonResumeError>;

/// Between the pieces of the italic line under a title.
const META_SEPARATORS: &[&str] = &[" · ", " | ", " • "];

/// One section ready to go into a resume.
pub(super) struct Imported {
    pub kind: SectionKind,
    pub title: String,
    pub body: String,
    /// The top-level key it came from, to keep the file's order.
    pub key: &'static str,
}

/// Every section the JSON holds, in reading order; empty ones are left out.
pub(super) fn sections(root: &Obj<'_>) -> Result<Vec<Imported>> {
    let mut out = Vec::new();
    let mut add = |key: &'static str, kind: SectionKind, title: &str, body: String| {
        if !body.trim().is_empty() {
            out.push(Imported {
                kind,
                title: title.to_string(),
                body,
                key,
            });
        }
    };
    let basics = root.object("basics")?;
    if let Some(basics) = &basics {
        add(
            "basics",
            SectionKind::Header,
            SectionKind::Header.default_title(),
            super::header::write(basics)?,
        );
        let summary = basics.text("summary")?.unwrap_or_default();
        add(
            "basics",
            SectionKind::Summary,
            SectionKind::Summary.default_title(),
            escape::paragraphs(&summary),
        );
    }
    let entries = |key: &str, write: fn(&Obj<'_>) -> Result<Entry>| -> Result<String> {
        let items: Result<Vec<String>> = root
            .objects(key)?
            .iter()
            .map(|item| write(item).map(|e| e.render()))
            .collect();
        Ok(items?.join("\n\n"))
    };
    let bullets = |key: &str, write: fn(&Obj<'_>) -> Result<String>| -> Result<String> {
        let items: Result<Vec<String>> = root.objects(key)?.iter().map(write).collect();
        Ok(items?.join("\n"))
    };
    use SectionKind::*;
    add(
        "work",
        Experience,
        Experience.default_title(),
        entries("work", work)?,
    );
    add(
        "projects",
        Projects,
        Projects.default_title(),
        entries("projects", project)?,
    );
    add(
        "skills",
        Skills,
        Skills.default_title(),
        bullets("skills", lists::skill)?,
    );
    add(
        "education",
        Education,
        Education.default_title(),
        entries("education", education)?,
    );
    add(
        "publications",
        Recognition,
        titles::PUBLICATIONS,
        entries("publications", publication)?,
    );
    add(
        "awards",
        Recognition,
        titles::AWARDS,
        entries("awards", award)?,
    );
    add(
        "certificates",
        Custom,
        titles::CERTIFICATES,
        entries("certificates", certificate)?,
    );
    add(
        "volunteer",
        Custom,
        titles::VOLUNTEERING,
        entries("volunteer", volunteer)?,
    );
    add(
        "languages",
        Custom,
        titles::LANGUAGES,
        bullets("languages", lists::language)?,
    );
    add(
        "interests",
        Custom,
        titles::INTERESTS,
        bullets("interests", lists::interest)?,
    );
    add(
        "references",
        Custom,
        titles::REFERENCES,
        entries("references", reference)?,
    );
    for kept in root.objects(titles::KEPT_SECTIONS_KEY)? {
        let kind = kept.text("kind")?.unwrap_or_default();
        let kind = SectionKind::GUIDED
            .into_iter()
            .find(|k| k.id() == kind)
            .unwrap_or(SectionKind::Custom);
        let title = kept.text("title")?;
        let title = title.as_deref().unwrap_or(kind.default_title());
        add(
            titles::KEPT_SECTIONS_KEY,
            kind,
            title,
            kept.text("markdown")?.unwrap_or_default(),
        );
    }
    Ok(out)
}

/// One `### …` entry as it is written.
#[derive(Default)]
struct Entry {
    /// Parts of the heading, joined by ` — `; `None` keeps a part's place.
    title: Vec<Option<String>>,
    /// Pieces of the italic line under the heading, joined by ` · `.
    meta: Vec<String>,
    blocks: Vec<String>,
    bullets: Vec<String>,
}

impl Entry {
    fn render(&self) -> String {
        let mut title = self.title.clone();
        while title.last().is_some_and(Option::is_none) {
            title.pop();
        }
        let parts = title.len();
        if let Some(Some(last)) = title.last_mut() {
            *last = protect_trailing_date(last);
            // A last part that is only a date would read back as the dates.
            if parts > 1 && dates::read(last) != DateText::NotDate {
                *last = escape::mark_as_text(std::mem::take(last));
            }
        }
        let heading: Vec<&str> = title.iter().map(|p| p.as_deref().unwrap_or("")).collect();
        let mut out = format!("### {}", heading.join(" — ").trim());
        if !self.meta.is_empty() {
            out.push_str(&format!("\n\n*{}*", self.meta.join(" · ")));
        }
        for block in &self.blocks {
            out.push_str("\n\n");
            out.push_str(block);
        }
        if !self.bullets.is_empty() {
            out.push_str("\n\n");
            let bullets: Vec<String> = self.bullets.iter().map(|b| format!("- {b}")).collect();
            out.push_str(&bullets.join("\n"));
        }
        out
    }

    fn title_part(&mut self, text: Option<String>) {
        self.title
            .push(text.map(|t| escape::inline(&t, TITLE_GUARDS)));
    }

    /// A title part that links to `url` when there is one.
    fn linked_title_part(&mut self, text: Option<String>, url: Option<String>) {
        let text = text.map(|t| escape::inline(&t, TITLE_GUARDS));
        self.title.push(match (text, url) {
            (Some(text), Some(url)) => Some(format!("[{text}]({})", escape::url(&url))),
            (text, _) => text,
        });
    }

    fn dates(&mut self, item: &Obj<'_>) -> Result<()> {
        let start = item.text("startDate")?;
        let end = item.text("endDate")?;
        let start = start.map(|d| escape::inline(&d, META_GUARDS));
        let end = end.map(|d| escape::inline(&d, META_GUARDS));
        self.meta
            .extend(dates::format_range(start.as_deref(), end.as_deref()));
        Ok(())
    }

    /// A piece of the date line that is not a date (place, keyword); one
    /// that reads as `Label: value` is marked as text too, so it stays one.
    fn meta_text(&mut self, text: Option<String>) {
        self.meta.extend(text.map(|t| {
            let escaped = escape::inline(&t, META_GUARDS);
            if reads_as_label(&t) {
                escape::mark_as_text(escaped)
            } else {
                not_a_date(&t, escaped)
            }
        }));
    }

    /// The one date of an award, certificate or publication.
    fn meta_date(&mut self, date: Option<String>) {
        self.meta
            .extend(date.map(|d| escape::inline(&d, META_GUARDS)));
    }

    fn paragraphs(&mut self, text: Option<String>) {
        let Some(text) = text else { return };
        let written = escape::paragraphs(&text);
        // Right under the title, a paragraph that starts like a date would
        // read back as the date line.
        let first_line = text.trim_start().lines().next().unwrap_or_default();
        let first = META_SEPARATORS
            .iter()
            .filter_map(|sep| first_line.find(sep))
            .min()
            .map_or(first_line, |at| &first_line[..at]);
        let written = not_a_date(first, written);
        if !written.is_empty() {
            self.blocks.push(written);
        }
    }

    fn labeled_list(&mut self, label: &str, items: Vec<String>) {
        if !items.is_empty() {
            let items: Vec<String> = items
                .iter()
                .map(|i| escape::inline(i, LIST_GUARDS))
                .collect();
            self.blocks
                .push(format!("**{label}:** {}", items.join(", ")));
        }
    }

    fn labeled(&mut self, label: &str, text: Option<String>) {
        if let Some(text) = text {
            self.blocks
                .push(format!("**{label}:** {}", escape::inline(&text, &[])));
        }
    }

    fn bullets(&mut self, items: Vec<String>) {
        self.bullets
            .extend(items.iter().map(|i| escape::inline(i, &[])));
    }
}

/// Text that would read back as a date or a web address is marked as text.
fn not_a_date(plain: &str, escaped: String) -> String {
    if dates::read(plain) != DateText::NotDate || looks_like_web(plain.trim()) {
        escape::mark_as_text(escaped)
    } else {
        escaped
    }
}

/// "Score: 3.9": a piece the reading takes for a labelled value (a label
/// of one or two words of letters).
fn reads_as_label(plain: &str) -> bool {
    plain.split_once(": ").is_some_and(|(label, value)| {
        let label = label.trim();
        !label.is_empty()
            && !value.trim().is_empty()
            && label.split_whitespace().count() <= 2
            && label.chars().all(|c| c.is_alphabetic() || c == ' ')
    })
}

/// A title ending in ", 2019" or " (2019)" would read back as a date; the
/// separator is escaped so the words stay part of the title.
fn protect_trailing_date(text: &str) -> String {
    if let Some(at) = text.rfind(", ")
        && dates::read(&text[at + 2..]) != DateText::NotDate
    {
        return format!("{}\\{}", &text[..at], &text[at..]);
    }
    if let (Some(at), true) = (text.rfind(" ("), text.ends_with(')'))
        && dates::read(&text[at + 2..text.len() - 1]) != DateText::NotDate
    {
        return format!("{} \\{}", &text[..at], &text[at + 1..]);
    }
    text.to_string()
}

fn work(item: &Obj<'_>) -> Result<Entry> {
    job(item, &["name", "company"])
}

fn volunteer(item: &Obj<'_>) -> Result<Entry> {
    job(item, &["organization"])
}

fn job(item: &Obj<'_>, organization: &[&str]) -> Result<Entry> {
    let mut entry = Entry::default();
    entry.title_part(item.text("position")?);
    entry.linked_title_part(
        item.text_any(organization)?,
        item.text_any(&["url", "website"])?,
    );
    entry.title_part(item.text("description")?);
    entry.dates(item)?;
    entry.meta_text(item.text("location")?);
    entry.paragraphs(item.text("summary")?);
    entry.bullets(item.texts("highlights")?);
    Ok(entry)
}

fn project(item: &Obj<'_>) -> Result<Entry> {
    let mut entry = Entry::default();
    entry.linked_title_part(item.text("name")?, item.text("url")?);
    entry.dates(item)?;
    for keyword in item.texts("keywords")? {
        entry.meta_text(Some(keyword));
    }
    entry.paragraphs(item.text("description")?);
    entry.labeled_list(titles::ROLES, item.texts("roles")?);
    entry.labeled(titles::ENTITY, item.text("entity")?);
    entry.labeled(titles::TYPE, item.text("type")?);
    entry.bullets(item.texts("highlights")?);
    Ok(entry)
}

fn education(item: &Obj<'_>) -> Result<Entry> {
    let mut entry = Entry::default();
    let degree = match (item.text("studyType")?, item.text("area")?) {
        (Some(kind), Some(area)) => Some(format!(
            "{} in {}",
            escape::inline(&kind, TITLE_GUARDS),
            escape::inline(&area, TITLE_GUARDS)
        )),
        (kind, area) => kind.or(area).map(|t| escape::inline(&t, TITLE_GUARDS)),
    };
    entry.title.push(degree);
    entry.linked_title_part(item.text("institution")?, item.text("url")?);
    entry.dates(item)?;
    if let Some(score) = item.text_any(&["score", "gpa"])? {
        // Only the value is marked when the piece reads like a date, so the
        // prefix still names it.
        let piece = format!("{}{score}", titles::SCORE_PREFIX);
        let value = escape::inline(&score, META_GUARDS);
        let value = if dates::read(&piece) == DateText::NotDate {
            value
        } else {
            escape::mark_as_text(value)
        };
        entry.meta.push(format!("{}{value}", titles::SCORE_PREFIX));
    }
    entry.paragraphs(item.text("summary")?);
    entry.bullets(item.texts("courses")?);
    Ok(entry)
}

/// Awards, certificates and publications: a name, who gave it, one date.
fn dated(item: &Obj<'_>, keys: [&str; 3], linked: bool) -> Result<Entry> {
    let [name, by, date] = keys;
    let mut entry = Entry::default();
    let url = if linked { item.text("url")? } else { None };
    entry.linked_title_part(item.text(name)?, url);
    entry.title_part(item.text(by)?);
    entry.meta_date(item.text(date)?);
    entry.paragraphs(item.text("summary")?);
    Ok(entry)
}

fn award(item: &Obj<'_>) -> Result<Entry> {
    dated(item, ["title", "awarder", "date"], false)
}

fn certificate(item: &Obj<'_>) -> Result<Entry> {
    dated(item, ["name", "issuer", "date"], true)
}

fn publication(item: &Obj<'_>) -> Result<Entry> {
    dated(item, ["name", "publisher", "releaseDate"], true)
}

fn reference(item: &Obj<'_>) -> Result<Entry> {
    let mut entry = Entry::default();
    entry
        .title
        .push(item.text("name")?.map(|n| escape::inline(&n, &[])));
    entry.paragraphs(item.text("reference")?);
    Ok(entry)
}
