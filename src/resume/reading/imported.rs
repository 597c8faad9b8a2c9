//! Sections in the fixed shape the JSON Resume import writes:
//!
//! ```markdown
//! ### Part — Part — Part
//!
//! *2021-03 – Present · piece · Label: value*
//!
//! Paragraph.
//!
//! **Label:** value
//!
//! - bullet
//! ```
//!
//! Read by position, not by the words: the first title part is the role
//! (or the name), the second the organisation, the rest the detail, so a
//! company called "Senior Engineer" stays the company. The import writes
//! every value so it reads back as itself: text it escaped or marked as
//! text (an entity for its first character) is a value, never a date, a
//! label or a separator.

use super::blocks::{Block, Line};
use super::dates;
use super::entries::bullet;
use super::model::{Entry, Field, SectionReading};
use super::profiles::looks_like_web;
use crate::resume::SectionKind;

/// Between the parts of a title.
const TITLE_SEPARATOR: &str = " — ";
/// Between the pieces of the line under a title.
const META_SEPARATORS: &[&str] = &[" · ", " | ", " • "];

/// Reads a section body's blocks as entries in the import's shape; text
/// before the first title is the section's own paragraphs and bullets.
pub fn read(body: &str, blocks: &[Block], kind: SectionKind, out: &mut SectionReading) {
    let mut current: Option<Entry> = None;
    let mut fresh = false;
    for block in blocks {
        let after_title = std::mem::replace(&mut fresh, false);
        match block {
            Block::Heading { line, range, .. } => {
                out.entries.extend(current.take());
                current = Some(titled(line, range.clone()));
                fresh = true;
            }
            Block::Paragraph { lines, range } => {
                let Some(entry) = current.as_mut() else {
                    out.paragraphs.push(joined(lines, range.clone()));
                    continue;
                };
                entry.range.end = entry.range.end.max(range.end);
                match lines.as_slice() {
                    [line] if after_title && is_meta(line) => meta(entry, line, kind),
                    [line] if line.label(false).is_some() => {
                        let (label, from) = line.label(false).unwrap_or_default();
                        entry
                            .labelled
                            .push((label, line.field(from..line.text.len())));
                    }
                    _ => entry.description.push(joined(lines, range.clone())),
                }
            }
            Block::List { items, range } => match current.as_mut() {
                Some(entry) => {
                    entry.bullets.extend(items.iter().map(bullet));
                    entry.range.end = entry.range.end.max(range.end);
                }
                // Outside any entry, `- **Name** (level): a, b` is a named
                // list item (a skill, a language, an interest).
                None => {
                    for item in items {
                        match lists::named(item) {
                            Some(group) => {
                                out.not_achievements.push(item.own_range());
                                out.skills.push(group);
                            }
                            None => out.bullets.push(bullet(item)),
                        }
                    }
                }
            },
            Block::Table { range, .. } | Block::Other { range, .. } => {
                // Code, quotes, tables: kept as written so no word is lost.
                let raw = Field::new(body[range.clone()].trim_end(), range.clone());
                match current.as_mut() {
                    Some(entry) => entry.description.push(raw),
                    None => out.paragraphs.push(raw),
                }
            }
        }
    }
    out.entries.extend(current);
}

/// An entry from its title: parts by position, the title's first link.
fn titled(line: &Line, range: std::ops::Range<usize>) -> Entry {
    let mut parts = parts(line).into_iter();
    let mut next = || parts.next().flatten();
    Entry {
        title: Some(line.whole()),
        role: next(),
        organisation: next(),
        detail: next(),
        url: line.links.first().map(|(_, url)| url.clone()),
        range,
        ..Entry::default()
    }
}

/// The title's parts; a missing one keeps its place (`— Acme` has no role)
/// and the third holds the rest of the title.
fn parts(line: &Line) -> Vec<Option<Field>> {
    let text = line.text.trim_end();
    let lead = line.text.len() - line.text.trim_start().len();
    let mut out = Vec::new();
    let mut from = lead;
    let dash = '—'.len_utf8();
    let leading_dash = text[lead..].starts_with('—')
        && !is_protected(line, lead..lead + dash)
        && text[lead + dash..].chars().next().is_none_or(|c| c == ' ');
    if leading_dash {
        out.push(None);
        from = lead + dash;
    }
    let rest = line.slice(from..text.len());
    let ranges = rest.split_all(&[TITLE_SEPARATOR]);
    for range in &ranges {
        if out.len() == 2 {
            // The detail keeps any further separators.
            let whole = range.start..ranges[ranges.len() - 1].end;
            out.push(Some(rest.field(whole)));
            break;
        }
        out.push(Some(rest.field(range.clone())).filter(|f| !f.text.is_empty()));
    }
    out
}

/// Whether text bytes `range` hold anything escaped or written as an
/// entity: the import's mark for a value.
fn is_protected(line: &Line, range: std::ops::Range<usize>) -> bool {
    line.code
        .iter()
        .any(|c| c.start < range.end && range.start < c.end)
}

/// The date line: all in italics, or starting with a date written plainly
/// (but no `**Label:**` line).
fn is_meta(line: &Line) -> bool {
    let start = line.text.len() - line.text.trim_start().len();
    let end = line.text.trim_end().len();
    if start < end
        && line
            .emphasis
            .iter()
            .any(|e| e.start <= start && e.end >= end)
    {
        return true;
    }
    if line.label(false).is_some() {
        return false;
    }
    let first = line.split(META_SEPARATORS).into_iter().next();
    first.is_some_and(|r| !is_protected(line, r.clone()) && dates::parse(&line.text[r]).is_some())
}

/// The pieces of the date line: the first date written plainly; `Label:
/// value` pieces as labelled fields ("Score: 3.9"); a linked or bare
/// address as a project's address; the first other piece as the place
/// (a project's pieces are its keywords).
fn meta(entry: &mut Entry, line: &Line, kind: SectionKind) {
    for range in line.split(META_SEPARATORS) {
        let piece = line.field(range.clone());
        let plain = !is_protected(line, range.clone());
        if plain
            && entry.dates_text.is_none()
            && let Some(span) = dates::parse(&piece.text)
        {
            entry.start = span.start;
            entry.end = span.end;
            entry.dates_text = Some(piece);
            continue;
        }
        if let Some((label, value)) = labelled_piece(line, range.clone()) {
            entry.labelled.push((label, value));
            continue;
        }
        let link = line
            .links
            .iter()
            .find(|(r, _)| r.start < range.end && range.start < r.end);
        if kind == SectionKind::Projects && entry.url.is_none() {
            let bare = piece.text.trim_start_matches('[').trim_end_matches(']');
            if let Some((_, url)) = link {
                entry.url = Some(url.clone());
                if piece.text != crate::resume::typed_address(url) && piece.text != *url {
                    entry.keywords.push(piece);
                }
                continue;
            }
            if plain && looks_like_web(bare) {
                entry.url = Some(bare.to_string());
                continue;
            }
        }
        if kind != SectionKind::Projects && entry.location.is_none() {
            entry.location = Some(piece);
        } else {
            entry.keywords.push(piece);
        }
    }
}

/// "Score: 3.9": a label of one or two plain words, then the value.
fn labelled_piece(line: &Line, range: std::ops::Range<usize>) -> Option<(String, Field)> {
    let text = &line.text[range.clone()];
    let colon = text.find(": ")?;
    let label = text[..colon].trim();
    let words = label.split_whitespace().count();
    let plain = !label.is_empty()
        && words <= 2
        && label.chars().all(|c| c.is_alphabetic() || c == ' ')
        && !is_protected(line, range.start..range.start + colon + 1);
    let value = line.field(range.start + colon + 2..range.end);
    (plain && !value.text.is_empty()).then(|| (label.to_string(), value))
}

/// A paragraph's lines as one field, each line break kept.
fn joined(lines: &[Line], range: std::ops::Range<usize>) -> Field {
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    let text = texts.join("\n");
    let text = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let range = match (lines.first(), lines.last()) {
        (Some(first), Some(last)) => first.range().start..last.range().end,
        _ => range,
    };
    Field::new(text, range)
}

mod lists;

#[cfg(test)]
mod tests;
