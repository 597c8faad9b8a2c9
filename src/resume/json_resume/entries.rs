//! A section body read as a run of entries: a title (a `###` heading, or a
//! `**bold** — …` line in a section without headings), an optional date
//! line, labelled lines (`**Roles:** …`), paragraphs and bullets.

use super::blocks::{Block, Item, parse_blocks};
use super::dates::{self, DateText};
use super::inline::Inline;

/// Separators between the parts of an entry title.
pub(super) const TITLE_SEPARATORS: &[&str] = &[" — ", " – ", " | ", " - "];
/// Separators between the pieces of a date line.
pub(super) const META_SEPARATORS: &[&str] = &[" · ", " | ", " • "];

#[derive(Debug, Default)]
pub(super) struct Entry {
    /// `None` for text before the first title.
    pub title: Option<Inline>,
    /// The line right under the title: dates, place, keywords.
    pub meta: Option<Inline>,
    /// `**Label:** value` paragraphs, label without the colon.
    pub labeled: Vec<(String, Inline)>,
    /// Paragraphs and other blocks as text, links followed by their address.
    pub texts: Vec<String>,
    pub bullets: Vec<Inline>,
}

impl Entry {
    fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.meta.is_none()
            && self.labeled.is_empty()
            && self.texts.is_empty()
            && self.bullets.is_empty()
    }

    /// The title's first `parts` parts (missing ones are `None`); a title
    /// that starts with a separator has an empty first part.
    pub fn title_parts(&self, parts: usize) -> Vec<Option<Inline>> {
        let title = self.title.clone().unwrap_or_default().trim();
        let mut out: Vec<Option<Inline>> = Vec::with_capacity(parts);
        let rest = if parts > 1 && starts_with_separator(&title) {
            out.push(None);
            title.after('—'.len_utf8())
        } else {
            title
        };
        let wanted = parts - out.len();
        out.extend(
            rest.splitn(TITLE_SEPARATORS, wanted)
                .into_iter()
                .map(|p| Some(p).filter(|p| !p.is_empty())),
        );
        out.resize(parts, None);
        out
    }
}

fn starts_with_separator(title: &Inline) -> bool {
    title.starts_with_plain("— ") || (title.starts_with_plain("—") && title.plain() == "—")
}

/// Groups a section body into entries; text before the first title, if
/// any, is an entry without a title.
pub(super) fn group(body: &str) -> Vec<Entry> {
    let blocks = parse_blocks(body);
    let has_headings = blocks.iter().any(|b| matches!(b, Block::Heading(_)));
    let mut entries = vec![Entry::default()];
    let mut just_titled = false;
    for block in blocks {
        let entry = entries.last_mut().expect("there is always an entry");
        let after_title = std::mem::replace(&mut just_titled, false);
        match block {
            Block::Heading(title) => {
                entries.push(new_entry(title));
                just_titled = true;
            }
            Block::Paragraph(p) if !has_headings && is_bold_title(&p) => {
                entries.push(new_entry(p));
                just_titled = true;
            }
            Block::Paragraph(p) if after_title && is_meta(&p) => entry.meta = Some(p),
            Block::Paragraph(p) => match labeled(&p) {
                Some((label, value)) => entry.labeled.push((label, value)),
                None => entry.texts.push(p.plain_with_urls()),
            },
            Block::List(items) => entry
                .bullets
                .extend(items.iter().flat_map(Item::flatten).cloned()),
            Block::Other(raw) => entry.texts.push(raw),
        }
    }
    entries.retain(|e| !e.is_empty());
    entries
}

fn new_entry(title: Inline) -> Entry {
    Entry {
        title: Some(title),
        ..Entry::default()
    }
}

/// `**Engineer** — Acme, 2021`: a bold start that is not a label.
fn is_bold_title(p: &Inline) -> bool {
    p.lead_strong()
        .is_some_and(|(name, rest)| !name.ends_with_plain(':') && !rest.starts_with_plain(":"))
}

/// The date line: all in italics, or starting with a date (but not a
/// `**Label:**` line).
fn is_meta(p: &Inline) -> bool {
    if p.is_emphasized() {
        return true;
    }
    if labeled(p).is_some() {
        return false;
    }
    let first = p
        .split(META_SEPARATORS)
        .into_iter()
        .next()
        .unwrap_or_default();
    !first.has_protected() && dates::read(&first.plain()) != DateText::NotDate
}

/// `**Label:** value` or `**Label**: value`.
pub(super) fn labeled(p: &Inline) -> Option<(String, Inline)> {
    let (name, rest) = p.lead_strong()?;
    if name.ends_with_plain(':') {
        let label = name.plain();
        let label = label.strip_suffix(':').unwrap_or(&label).trim().to_string();
        return Some((label, rest.trim()));
    }
    rest.starts_with_plain(":")
        .then(|| (name.plain(), rest.after(1)))
}

/// What an entry's date line (or, lacking one, the end of its title) says.
#[derive(Debug, Default)]
pub(super) struct Dates {
    pub start: Option<String>,
    pub end: Option<String>,
    /// Date text that could not be read, kept so no word is lost.
    pub unread: Vec<String>,
    /// Pieces of the date line that are not dates (place, keywords, score).
    pub rest: Vec<Inline>,
}

impl Dates {
    /// One date for items that have a single one (awards, publications).
    pub fn single(&self) -> Option<String> {
        self.start.clone().or_else(|| self.end.clone())
    }

    /// Reads the entry's date line; when it has no date, a title ending in
    /// ", 2019" or " (2019 – 2021)" gives it, and `last_title_part` loses it.
    pub fn read(entry: &Entry, last_title_part: Option<&mut Inline>) -> Dates {
        let mut out = Dates::default();
        let mut found = false;
        let pieces = entry
            .meta
            .as_ref()
            .map(|m| m.split(META_SEPARATORS))
            .unwrap_or_default();
        for (index, piece) in pieces.into_iter().enumerate() {
            // Escaped text was written as a value, never as a date.
            let read = if piece.has_protected() {
                DateText::NotDate
            } else {
                dates::read(&piece.plain())
            };
            let is_date = match read {
                DateText::Range { .. } => !found,
                DateText::Single(_) => !found && index == 0,
                DateText::NotDate => false,
            };
            if is_date {
                found = true;
                out.take(read);
            } else if !piece.is_empty() {
                out.rest.push(piece);
            }
        }
        if let (false, Some(part)) = (found, last_title_part)
            && let Some((before, date)) = trailing_date(part)
        {
            *part = before;
            out.take(date);
        }
        out
    }

    /// Like [`Dates::read`], and a last title part that is nothing but a
    /// date (`Engineer — Acme — 2019–2021`) counts as the dates too.
    pub fn read_with_title(entry: &Entry, parts: &mut [Option<Inline>]) -> Dates {
        let present = parts.iter().filter(|p| p.is_some()).count();
        let last = parts.iter_mut().rev().find_map(Option::as_mut);
        let mut out = Dates::read(entry, last);
        let undated = out.start.is_none() && out.end.is_none() && out.unread.is_empty();
        if let (true, true, Some(slot)) = (
            undated,
            present > 1,
            parts.iter_mut().rev().find(|p| p.is_some()),
        ) {
            let whole = slot
                .as_ref()
                .map(|p| (p.has_protected() || p.url().is_some(), p.plain()));
            if let Some((false, text)) = whole {
                let read = dates::read(&text);
                if read != DateText::NotDate {
                    *slot = None;
                    out.take(read);
                }
            }
        }
        out
    }

    fn take(&mut self, read: DateText) {
        match read {
            DateText::Range { start, end, unread } => {
                self.start = start;
                self.end = end;
                self.unread.extend(unread);
            }
            DateText::Single(date) => {
                self.start = Some(date.clone());
                self.end = Some(date);
            }
            DateText::NotDate => {}
        }
    }
}

/// `Acme, 2019` → (`Acme`, 2019); `Acme (2019 – 2021)` likewise.
/// Escaped text was written as a value, so it is never taken as a date.
fn trailing_date(part: &Inline) -> Option<(Inline, DateText)> {
    let read_plain = |text: &Inline| {
        if text.has_protected() {
            DateText::NotDate
        } else {
            dates::read(&text.plain())
        }
    };
    if let Some((before, after)) = part.rsplit_once(", ") {
        let read = read_plain(&after);
        if read != DateText::NotDate && !before.is_empty() {
            return Some((before, read));
        }
    }
    let (before, after) = part.rsplit_once(" (")?;
    if !after.ends_with_plain(')') {
        return None;
    }
    let read = read_plain(&after.slice(0..after.plain().len() - 1));
    (read != DateText::NotDate && !before.is_empty()).then_some((before, read))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_start_entries_and_the_italic_line_is_meta() {
        let md = "Intro.\n\n### Dev — Acme\n\n*2021 – Present · Berlin*\n\n**Roles:** a, b\n\nDid things.\n\n- one\n  - two\n\n### Ops";
        let entries = group(md);
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].texts, ["Intro."]);
        let dev = &entries[1];
        let parts = dev.title_parts(3);
        assert_eq!(parts[0].as_ref().unwrap().plain(), "Dev");
        assert_eq!(parts[1].as_ref().unwrap().plain(), "Acme");
        assert!(parts[2].is_none());
        assert_eq!(dev.labeled[0].0, "Roles");
        assert_eq!(dev.texts, ["Did things."]);
        assert_eq!(dev.bullets.len(), 2);
        let dates = Dates::read(dev, None);
        assert_eq!(dates.start.as_deref(), Some("2021"));
        assert_eq!(dates.end, None);
        assert_eq!(dates.rest[0].plain(), "Berlin");
    }

    #[test]
    fn bold_lines_are_titles_when_there_are_no_headings() {
        let entries = group("**BSc Computing** — Univ, 2019\n- Algorithms\n");
        assert_eq!(entries.len(), 1);
        let mut parts = entries[0].title_parts(2);
        let dates = Dates::read(&entries[0], parts[1].as_mut());
        assert_eq!(parts[1].as_ref().unwrap().plain(), "Univ");
        assert_eq!(dates.single().as_deref(), Some("2019"));
    }

    #[test]
    fn a_title_part_that_is_only_a_date_gives_the_dates() {
        let entries = group("**Engineer, Acme** — 2019–2021\n- Shipped\n");
        let mut parts = entries[0].title_parts(3);
        let dates = Dates::read_with_title(&entries[0], &mut parts);
        assert_eq!(dates.start.as_deref(), Some("2019"));
        assert_eq!(dates.end.as_deref(), Some("2021"));
        assert!(parts[1].is_none());
        assert_eq!(parts[0].as_ref().unwrap().plain(), "Engineer, Acme");
    }

    #[test]
    fn a_leading_separator_leaves_the_first_part_empty() {
        let entries = group("### — Acme");
        let parts = entries[0].title_parts(2);
        assert!(parts[0].is_none());
        assert_eq!(parts[1].as_ref().unwrap().plain(), "Acme");
    }

    #[test]
    fn a_plain_date_line_under_the_title_counts_too() {
        let entries = group("### Dev — Acme\nMar 2020 – Jan 2021 · Remote\n");
        let dates = Dates::read(&entries[0], None);
        assert_eq!(dates.start.as_deref(), Some("2020-03"));
        assert_eq!(dates.end.as_deref(), Some("2021-01"));
    }
}
