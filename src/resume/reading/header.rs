//! The header: name, headline, location, email, phone and links, from a
//! title heading, contact lines with separators (`·`, `|`, `•`), lists,
//! tables, `mailto:`/`tel:` links and front matter.

use super::blocks::{self, Block, Line};
use super::front_matter;
use super::model::{Field, HeaderReading, Link, LinkKind};
use super::profiles::{derive_profile, looks_like_web};
use super::words::is_role_like;
use crate::resume::typed_address;

mod labels;
mod segments;

/// Between the items of a contact line.
pub const SEGMENT_SEPARATORS: &[&str] =
    &[" · ", " | ", " • ", " ⋅ ", " ∙ ", " ◦ ", "\u{a0}|\u{a0}"];

/// Fills what the header lacks from another section (a "Contact" section
/// at the end, contacts under "About me"): email and phone from any, links
/// only from a section about contacts.
pub fn fill_from(header: &mut HeaderReading, section: &crate::resume::Section) {
    let (title, body) = (section.title.as_str(), section.body.as_str());
    let other = read(body);
    let other_has_email = other.email.is_some();
    let before = (
        header.email.is_some(),
        header.phone.is_some(),
        header.links.len(),
    );
    if header.email.is_none() {
        header.email = other.email;
    }
    if header.phone.is_none() {
        header.phone = other.phone;
    }
    let lower = title.to_lowercase();
    let about_contacts = [
        "contact",
        "kontakt",
        "coordonnées",
        "contato",
        "contacto",
        "contatti",
        "links",
        "about",
        "get in touch",
        "profiles",
    ]
    .iter()
    .any(|w| lower.contains(w));
    if about_contacts || other_has_email {
        for link in other.links {
            if !header
                .links
                .iter()
                .any(|l| l.url == link.url && l.kind == link.kind)
            {
                header.links.push(link);
            }
        }
    }
    if before
        != (
            header.email.is_some(),
            header.phone.is_some(),
            header.links.len(),
        )
    {
        header.contact_sections.push(section.id);
    }
}

/// Reads a header section's body.
pub fn read(body: &str) -> HeaderReading {
    let mut header = HeaderReading::default();
    if let Some(end) = front_matter::end(body) {
        header.front_matter = Some(Field::new(body[..end].trim_end(), 0..end));
        for (key, value, range) in front_matter::pairs(body) {
            header.front_matter_pair(&key, &value, range);
        }
    }
    let text = front_matter::blank_out(body);
    let from_front_matter = header.name.is_some();
    let mut first_text = true;
    for block in blocks::parse(&text) {
        match block {
            Block::Heading { line, .. } => {
                if header.name.is_none() || (from_front_matter && first_text) {
                    match name_in_title(&line) {
                        Some(name) => header.name = Some(name),
                        // A page titled by a section's name ("# Experience")
                        // over the name and contacts: the title is no name.
                        None if is_document_title(&line.text)
                            || crate::resume::kind_for_title(&line.text)
                                != crate::resume::SectionKind::Custom => {}
                        None => header.name = Some(line.whole()).filter(|f| !f.text.is_empty()),
                    }
                } else {
                    header.line(&line);
                }
            }
            Block::Paragraph { lines, .. } | Block::Other { lines, .. } => {
                for line in &lines {
                    let nothing_yet = header.email.is_none()
                        && header.phone.is_none()
                        && header.headline.is_none();
                    if header.name.is_none() && (first_text || nothing_yet) && looks_like_name(line)
                    {
                        header.name = Some(line.whole());
                    } else {
                        header.line(line);
                    }
                }
            }
            Block::List { items, .. } => {
                for item in &items {
                    for line in &item.lines {
                        header.line(line);
                    }
                }
            }
            Block::Table { rows, .. } => {
                for cell in rows.iter().flatten() {
                    header.line(cell);
                }
            }
        }
        first_text = false;
    }
    header.texts_on_line = 0;
    header
}

/// Words that title the document rather than name the person.
const DOCUMENT_WORDS: &[&str] = &[
    "mon",
    "mein",
    "mi",
    "meu",
    "mio",
    "page",
    "home",
    "resume",
    "résumé",
    "cv",
    "curriculum",
    "vitae",
    "lebenslauf",
    "currículo",
    "curriculo",
    "my",
    "experience",
    "details",
    "portfolio",
    "профиль",
];

/// "Resume / CV", "Curriculum Vitae", "My CV": a title with no name in it.
fn is_document_title(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !words.is_empty() && words.iter().all(|w| DOCUMENT_WORDS.contains(&w.as_str()))
}

/// "Lebenslauf — Jana Köhler", "Rafael Oliveira - Currículo": the name
/// beside a document title.
fn name_in_title(line: &Line) -> Option<Field> {
    let parts = line.split(&[" — ", " – ", " - ", " | ", ": ", " / "]);
    if parts.len() != 2 {
        return None;
    }
    let (a, b) = (&line.text[parts[0].clone()], &line.text[parts[1].clone()]);
    match (is_document_title(a), is_document_title(b)) {
        (true, false) => Some(line.field(parts[1].clone())),
        (false, true) => Some(line.field(parts[0].clone())),
        _ => None,
    }
}

/// A line that can only be a person's name: two to five capitalised words,
/// no digits, no address, or a line all in bold.
fn looks_like_name(line: &Line) -> bool {
    let text = line.text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = words
        .iter()
        .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || w.len() <= 3);
    (2..=5).contains(&words.len())
        && capitalised
        && !text
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '@' | '|' | '·' | ':' | '/'))
        && line.links.is_empty()
        && !is_role_like(text)
        && !is_document_title(text)
}

/// "Berlin, Germany", "Remote", "San Francisco, CA": a place, not a tagline.
pub fn looks_like_place(text: &str) -> bool {
    let lower = text.to_lowercase();
    let first_word = lower.split([' ', ',', '(']).next().unwrap_or("");
    if matches!(first_word, "remote" | "hybrid" | "worldwide")
        && text.split_whitespace().count() <= 3
    {
        return true;
    }
    let parts: Vec<&str> = text.split(", ").collect();
    parts.len() >= 2
        && parts.len() <= 4
        && text.split_whitespace().count() <= 6
        && !is_role_like(text)
        && parts.iter().all(|p| {
            p.chars().next().is_some_and(|c| c.is_uppercase())
                && !p.chars().any(|c| c.is_ascii_digit() && p.len() > 6)
        })
}

/// One to three capitalised words that are not a role ("Seoul", "New York").
fn short_proper(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !is_role_like(text)
}

pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.contains('@')
        && !domain.ends_with('.')
        && !text.chars().any(char::is_whitespace)
}

/// A contact value without the brackets a template may put around it:
/// `<a@b.com>`, `[email@example.com]`.
pub fn without_brackets(text: &str) -> &str {
    text.trim_start_matches(['<', '['])
        .trim_end_matches(['>', ']'])
}

pub fn is_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (7..=20).contains(&digits)
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().,/x".contains(c))
        && super::dates::parse(text).is_none()
}

#[cfg(test)]
mod tests;
