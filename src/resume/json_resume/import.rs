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
//! `- **Name** (level): keyword, keyword`. The structured reading takes
//! exactly this shape back (`read_imported_section`); see `import_entry`
//! for how a value is kept from reading as a date, label or separator.

use super::dates::{self, DateText};
use super::error::JsonResumeError;
use super::escape::{self, META_GUARDS, TITLE_GUARDS};
use super::import_entry::Entry;
use super::import_lists as lists;
use super::read::Obj;
use super::titles;
use crate::resume::SectionKind;

type Result<T> = std::result::Result<T, JsonResumeError>;

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
