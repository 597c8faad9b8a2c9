//! A section body read as entries: jobs, projects, schools. A title is a
//! heading, a bold line, a short line with dates, or a list item with
//! dates; the lines under it give dates, role, place; then come the
//! description, `**Label:**` lines and bullets. Headings that only group
//! deeper ones (a company over its roles) lend their name to them.

use super::blocks::{Block, Item, Line};
use super::dates;
use super::model::{Bullet, Entry, Field, SectionReading};
use super::words::{is_degree_like, is_org_like, is_role_like};
use crate::resume::SectionKind;

/// Between the parts of a title.
const TITLE_SEPARATORS: &[&str] = &[
    " — ", " – ", " | ", " - ", " -- ", " @ ", " at ", " chez ", " bei ", " en ", " · ", " • ",
    ", ", " ⋅ ", " / ",
];

/// Between the pieces of a line under a title (a comma may sit inside a place).
const META_SEPARATORS: &[&str] = &[
    " — ", " – ", " | ", " - ", " -- ", " @ ", " at ", " · ", " • ", " ⋅ ", " / ",
];

/// Between a project's name and what follows it.
const PROJECT_SEPARATORS: &[&str] = &[" — ", " – ", " | ", " - ", " -- ", " · ", " • ", ": "];

/// Reads a non-skills section's blocks into `out`.
pub fn read(blocks: &[Block], kind: SectionKind, out: &mut SectionReading) {
    let mut reader = Reader {
        kind,
        out,
        current: None,
        group: None,
        fresh: false,
    };
    for (i, block) in blocks.iter().enumerate() {
        reader.block(block, blocks.get(i + 1));
    }
    reader.finish();
}

struct Reader<'a> {
    kind: SectionKind,
    out: &'a mut SectionReading,
    current: Option<Entry>,
    /// A heading over deeper entry headings: its level and text.
    group: Option<(u8, Field)>,
    /// The current entry has only its title so far: the next lines may be
    /// its dates, role and place.
    fresh: bool,
}

impl Reader<'_> {
    fn block(&mut self, block: &Block, next: Option<&Block>) {
        match block {
            Block::Heading { level, line, range } => {
                if self.group.as_ref().is_some_and(|(l, _)| level <= l) {
                    self.group = None;
                }
                let groups_next =
                    matches!(next, Some(Block::Heading { level: n, .. }) if n > level);
                if groups_next && dates::find(&line.text).is_none() {
                    self.close();
                    self.group = Some((*level, line.whole()));
                    return;
                }
                self.start(line, range.clone());
            }
            Block::Paragraph { lines, range } => self.paragraph(lines, range.clone()),
            Block::List { items, .. } => {
                for item in items {
                    self.list_item(item);
                }
                self.fresh = false;
            }
            Block::Table { rows, range } => {
                for row in rows.iter().skip(1) {
                    let line = row.iter().find(|c| !c.text.is_empty());
                    if let Some(line) = line {
                        self.note(line.whole());
                    }
                }
                self.extend(range.clone());
            }
            Block::Other { lines, range } => {
                for line in lines {
                    self.note(line.whole());
                }
                self.extend(range.clone());
            }
        }
    }

    fn paragraph(&mut self, lines: &[Line], range: super::model::SourceRange) {
        for (n, line) in lines.iter().enumerate() {
            let starts_entry = n == 0 && self.is_title_line(line, lines.len());
            let dated_short = dates::find(&line.text).is_some() && words(&line.text) <= 14;
            if starts_entry || (dated_short && !self.fresh && self.kind != SectionKind::Summary) {
                let prev_org = self.current.as_ref().and_then(|e| e.organisation.clone());
                let bold_title = line.bold_lead().is_some() || line.all_strong();
                self.start(line, line.range());
                // "*Engineer*, 2018 – 2020" under a company keeps the company.
                if !bold_title
                    && let Some(entry) = self.current.as_mut()
                    && entry.organisation.is_none()
                {
                    entry.organisation = prev_org;
                }
                continue;
            }
            if self.fresh && self.meta(line) {
                continue;
            }
            self.fresh = false;
            if let Some((label, from)) = line.label(false) {
                let value = line.field(from..line.text.len());
                match self.current.as_mut() {
                    Some(entry) => entry.labelled.push((label, value)),
                    None => self.out.paragraphs.push(line.whole()),
                }
            } else {
                self.note(line.whole());
            }
        }
        self.extend(range);
    }

    /// Whether a paragraph's first line starts an entry: bold at the start
    /// (not a label), or all bold.
    fn is_title_line(&self, line: &Line, _lines: usize) -> bool {
        if self.kind == SectionKind::Summary {
            return false;
        }
        let bold = (line.bold_lead().is_some() || line.all_strong()) && words(&line.text) <= 16;
        bold && line.label(false).is_none()
    }

    fn list_item(&mut self, item: &Item) {
        let text = item.text();
        let dated_title = item.lines.len() <= 2
            && words(&text) <= 16
            && dates::find(&text).is_some()
            && self.kind != SectionKind::Summary
            && (!item.children.is_empty() || self.kind != SectionKind::Projects);
        if dated_title && let Some(first) = item.lines.first() {
            // "- Engineer, Acme (2019 – 2021)": a one-line role.
            self.start(first, item.range.clone());
            for line in &item.lines[1..] {
                self.meta(line);
            }
            self.out.not_achievements.push(item.own_range());
            let bullets: Vec<Bullet> = item.children.iter().map(bullet).collect();
            if let Some(entry) = self.current.as_mut() {
                entry.bullets.extend(bullets);
            }
            self.fresh = false;
            return;
        }
        let b = bullet(item);
        match self.current.as_mut() {
            Some(entry) => {
                entry.range.end = entry.range.end.max(item.range.end);
                entry.bullets.push(b);
            }
            None => self.out.bullets.push(b),
        }
    }

    /// A text that is no date, label or bullet.
    fn note(&mut self, field: Field) {
        if field.text.is_empty() {
            return;
        }
        match self.current.as_mut() {
            Some(entry) => entry.description.push(field),
            None => self.out.paragraphs.push(field),
        }
    }

    fn extend(&mut self, range: super::model::SourceRange) {
        if let Some(entry) = self.current.as_mut() {
            entry.range.end = entry.range.end.max(range.end);
        }
    }

    fn close(&mut self) {
        if let Some(entry) = self.current.take() {
            self.out.entries.push(entry);
        }
        self.fresh = false;
    }

    fn finish(&mut self) {
        self.close();
    }

    /// Starts an entry titled by `line`.
    fn start(&mut self, line: &Line, range: super::model::SourceRange) {
        self.close();
        let mut entry = Entry {
            title: Some(line.whole()),
            range,
            url: line.links.first().map(|(_, u)| u.clone()),
            ..Entry::default()
        };
        let mut rest = line.clone();
        if let Some((span, found)) = dates::find(&line.text) {
            set_dates(&mut entry, found, line.field(span.clone()));
            rest = cut(line, span);
        }
        let separators = if self.kind == SectionKind::Projects {
            PROJECT_SEPARATORS
        } else {
            TITLE_SEPARATORS
        };
        let parts: Vec<Field> = rest
            .split(separators)
            .into_iter()
            .map(|r| rest.field(r))
            .map(strip_brackets)
            .filter(|f| f.text.chars().any(char::is_alphanumeric))
            .collect();
        assign_parts(&mut entry, parts, self.kind);
        if let Some((_, org)) = &self.group
            && entry.organisation.is_none()
        {
            entry.organisation = Some(org.clone());
        } else if let Some((_, org)) = &self.group
            && entry.role.is_none()
        {
            entry.role = entry.organisation.take();
            entry.organisation = Some(org.clone());
        }
        self.current = Some(entry);
        self.fresh = true;
    }

    /// Reads a line under a fresh title: dates, role, place. False when the
    /// line is none of those (it is then description).
    fn meta(&mut self, line: &Line) -> bool {
        let Some(entry) = self.current.as_mut() else {
            return false;
        };
        let found = dates::find(&line.text);
        let short = words(&line.text) <= 10 && !line.text.trim_end().ends_with('.');
        if found.is_none()
            && !(short
                && (line.all_styled() || entry.role.is_none() || entry.organisation.is_none()))
        {
            return false;
        }
        if line.label(false).is_some() {
            return false;
        }
        let mut rest = line.clone();
        if let Some((span, span_dates)) = found {
            if entry.start.is_some() || entry.end.is_some() {
                return false;
            }
            set_dates(entry, span_dates, line.field(span.clone()));
            rest = cut(line, span);
        }
        let pieces: Vec<Field> = rest
            .split(META_SEPARATORS)
            .into_iter()
            .map(|r| strip_brackets(rest.field(r)))
            .filter(|f| f.text.chars().any(char::is_alphanumeric))
            .collect();
        for piece in pieces {
            let education = self.kind == SectionKind::Education;
            if entry.role.is_none()
                && (is_role_like(&piece.text) || (education && is_degree_like(&piece.text)))
            {
                entry.role = Some(piece);
            } else if entry.location.is_none() && looks_like_place(&piece.text) {
                entry.location = Some(piece);
            } else if entry.organisation.is_none() && !is_role_like(&piece.text) {
                entry.organisation = Some(piece);
            } else if entry.role.is_none() {
                entry.role = Some(piece);
            } else if entry.location.is_none() {
                entry.location = Some(piece);
            } else {
                entry.description.push(piece);
            }
        }
        entry.range.end = entry.range.end.max(line.range().end);
        true
    }
}

fn set_dates(entry: &mut Entry, span: dates::Span, text: Field) {
    entry.start = span.start;
    entry.end = span.end;
    entry.dates_text = Some(text);
}

/// The line without the bytes of `span` (and brackets around it).
fn cut(line: &Line, span: std::ops::Range<usize>) -> Line {
    let before = line.text[..span.start]
        .trim_end_matches([' ', '(', '[', ',', '|', '·', '•', '—', '–', '-', '*', '_']);
    let after = line.text[span.end..]
        .trim_start_matches([' ', ')', ']', ',', '*', '_', '|', '·', '•', '—', '–', '-']);
    let after_start = line.text.len() - after.len();
    let left = line.slice(0..before.len());
    let right = line.slice(after_start..line.text.len());
    if right.text.trim().is_empty() {
        return left;
    }
    if left.text.trim().is_empty() {
        return right;
    }
    // Keep both sides, joined by a separator the title splitter knows.
    let mut joined = left;
    joined.append_separator(" | ");
    joined.append(&right);
    joined
}

fn strip_brackets(field: Field) -> Field {
    let text = field.text.trim();
    let inner = text
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(text)
        .trim_matches(|c: char| c == '*' || c == '_' || c == ':' || c == ',');
    if inner.len() == field.text.len() {
        return field;
    }
    let offset = field.text.find(inner).unwrap_or(0);
    let start = field.range.start + offset;
    let end = (start + inner.len()).min(field.range.end).max(start);
    Field::new(inner.trim(), start..end)
}

/// Decides which title part is the role and which the organisation.
fn assign_parts(entry: &mut Entry, parts: Vec<Field>, kind: SectionKind) {
    let mut parts = parts.into_iter();
    let (first, second) = (parts.next(), parts.next());
    let rest: Vec<Field> = parts.collect();
    match kind {
        SectionKind::Projects => {
            entry.role = first;
            if let Some(second) = second {
                entry.description.push(second);
            }
        }
        SectionKind::Education => {
            let swap = match (&first, &second) {
                (Some(a), Some(b)) => {
                    (is_org_like(&a.text) && !is_org_like(&b.text))
                        || (is_degree_like(&b.text) && !is_degree_like(&a.text))
                }
                (Some(a), None) => !is_degree_like(&a.text),
                _ => false,
            };
            if swap {
                entry.organisation = first;
                entry.role = second;
            } else {
                entry.role = first;
                entry.organisation = second;
            }
        }
        _ => {
            if let (Some(a), Some(b)) = (&first, &second)
                && !is_role_like(&a.text)
                && !is_role_like(&b.text)
                && (looks_like_place(&b.text) || (is_org_like(&a.text) && words(&b.text) <= 2))
            {
                // "**Umbrella GmbH**, Hamburg": a company and its town.
                entry.organisation = first;
                entry.location = second;
                for part in rest {
                    entry.description.push(part);
                }
                return;
            }
            let swap = match (&first, &second) {
                (Some(a), Some(b)) => {
                    let (ra, rb) = (is_role_like(&a.text), is_role_like(&b.text));
                    !ra && (rb || (is_org_like(&a.text) && !is_org_like(&b.text)))
                }
                (Some(a), None) => !is_role_like(&a.text),
                _ => false,
            };
            if swap {
                entry.organisation = first;
                entry.role = second;
            } else {
                entry.role = first;
                entry.organisation = second;
            }
        }
    }
    for part in rest {
        let place = looks_like_place(&part.text)
            || (kind == SectionKind::Experience && words(&part.text) <= 3);
        if entry.location.is_none() && place {
            entry.location = Some(part);
        } else {
            entry.description.push(part);
        }
    }
}

/// "Berlin, Germany", "Remote", "NYC": a place.
pub fn looks_like_place(text: &str) -> bool {
    let lower = text.to_lowercase();
    if [
        "remote",
        "hybrid",
        "on-site",
        "onsite",
        "worldwide",
        "anywhere",
    ]
    .iter()
    .any(|w| {
        lower
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|x| x == *w)
    }) {
        return true;
    }
    let parts: Vec<&str> = text.split(", ").collect();
    parts.len() >= 2
        && parts.len() <= 4
        && words(text) <= 6
        && !is_role_like(text)
        && !is_org_like(text)
        && parts
            .iter()
            .all(|p| p.chars().next().is_some_and(char::is_uppercase))
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn bullet(item: &Item) -> Bullet {
    Bullet {
        text: item.text(),
        children: item.children.iter().map(bullet).collect(),
        range: item.own_range(),
    }
}

#[cfg(test)]
mod tests;
