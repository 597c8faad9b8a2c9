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
use parts::*;
use separators::*;

mod aside;
mod html_block;
mod items;
mod meta;
mod parts;
mod separators;

/// Reads a non-skills section's blocks into `out`; `title` is the
/// section's own title when it names a job ("Current Role: X at Y").
pub fn read(blocks: &[Block], kind: SectionKind, title: Option<&str>, out: &mut SectionReading) {
    let mut reader = Reader {
        kind,
        out: &mut *out,
        current: None,
        group: None,
        fresh: false,
        sub_label: None,
        item_entry: false,
        carried_org: false,
    };
    if let Some(title) = title.and_then(job_in_title) {
        let line = Line::from_parts((title.to_string(), vec![0; title.len()]));
        reader.start(&line, 0..0);
    }
    for (i, block) in blocks.iter().enumerate() {
        reader.block(block, blocks.get(i + 1));
    }
    reader.finish();
    if kind == SectionKind::Experience {
        for entry in &mut out.entries {
            entry.kind = aside::kind_in_timeline(entry);
        }
    }
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
    /// A sub-heading inside an entry ("Key Achievements", "Technologies
    /// Used") and whether its items are skills rather than achievements.
    sub_label: Option<(u8, bool)>,
    /// The current entry came from a list item that names a project.
    item_entry: bool,
    /// The current entry's company was carried over from the entry before
    /// (a role under the same company): a company on its own lines wins.
    carried_org: bool,
}

impl Reader<'_> {
    fn block(&mut self, block: &Block, next: Option<&Block>) {
        match block {
            Block::Heading { level, line, range } => {
                if self.group.as_ref().is_some_and(|(l, _)| level <= l) {
                    self.group = None;
                }
                if self.sub_label.is_some_and(|(l, _)| *level <= l) {
                    self.sub_label = None;
                }
                if self.current.is_some()
                    && let Some(skills) = sub_label(&line.text)
                {
                    self.sub_label = Some((*level, skills));
                    self.fresh = false;
                    self.extend(range.clone());
                    return;
                }
                let groups_next =
                    matches!(next, Some(Block::Heading { level: n, .. }) if n > level);
                if groups_next && dates::find(&line.text).is_none() {
                    self.close();
                    self.group = Some((*level, group_name(line)));
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
                // A row per entry: its cells read as one title line.
                for row in rows.iter().skip(1) {
                    let mut line = Line::default();
                    for cell in row.iter().filter(|c| !c.text.trim().is_empty()) {
                        if !line.text.is_empty() {
                            line.append_separator(" | ");
                        }
                        line.append(cell);
                    }
                    if !line.text.is_empty() {
                        self.start(&line, line.range());
                        self.fresh = false;
                    }
                }
                self.close();
                let _ = range;
            }
            Block::Other { lines, range } => {
                // HTML: a layout of its own, or lines under a title.
                let shown: Vec<&Line> = lines.iter().filter(|l| !l.only_pictures()).collect();
                self.html_lines(&shown);
                self.extend(range.clone());
            }
        }
    }

    fn paragraph(&mut self, lines: &[Line], range: super::model::SourceRange) {
        let skip = self.plain_title_lines(lines);
        for (n, line) in lines.iter().enumerate().skip(skip) {
            // A logo beside the title says nothing the title does not.
            if line.only_pictures() {
                continue;
            }
            if self.fresh && self.meta(line) {
                continue;
            }
            let starts_entry = n == 0 && self.is_title_line(line);
            let dated_short = dates::find(&line.text).is_some()
                && words(&line.text) <= 14
                && line
                    .label(false)
                    .is_none_or(|(label, _)| dates::parse(&label).is_some());
            if starts_entry || (dated_short && self.kind != SectionKind::Summary) {
                self.start_after(line, line.range());
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

    /// "Developer / iFood – São Paulo / 03/2023 – Atual": a paragraph of
    /// short plain lines whose second or third gives the dates is an entry
    /// titled by its first line. Returns how many lines were read.
    fn plain_title_lines(&mut self, lines: &[Line]) -> usize {
        if self.fresh || self.kind == SectionKind::Summary || lines.len() < 2 {
            return 0;
        }
        let Some(dated) = lines.iter().position(|l| dates::find(&l.text).is_some()) else {
            return 0;
        };
        let short = |l: &Line| words(&l.text) <= 8 && !l.text.trim_end().ends_with('.');
        let first = &lines[0];
        if !(1..=2).contains(&dated)
            || !lines[..dated].iter().all(short)
            || words(&lines[dated].text) > 14
            || first.label(false).is_some()
            || self.is_title_line(first)
        {
            return 0;
        }
        self.start_after(first, first.range());
        for line in &lines[1..=dated] {
            if !self.meta(line) {
                self.fresh = false;
                self.note(line.whole());
            }
        }
        dated + 1
    }

    /// Starts an entry from a line under another: a previous entry with only
    /// a title is a company over its roles (it lends its name and place);
    /// otherwise a role without a company keeps the previous one's.
    fn start_after(&mut self, line: &Line, range: super::model::SourceRange) {
        let previous = self.current.take();
        let bare = previous.as_ref().is_some_and(|e| {
            e.start.is_none() && e.end.is_none() && e.bullets.is_empty() && e.description.is_empty()
        });
        let (org, place) = match &previous {
            Some(e) if bare => (
                e.organisation.clone().or_else(|| e.role.clone()),
                e.location.clone(),
            ),
            Some(e) => (e.organisation.clone(), None),
            None => (None, None),
        };
        if !bare && let Some(previous) = previous {
            self.out.entries.push(previous);
        }
        self.start(line, range);
        if let Some(entry) = self.current.as_mut() {
            if entry.organisation.is_none() {
                self.carried_org = !bare && org.is_some();
                entry.organisation = org;
            }
            if entry.location.is_none() {
                entry.location = place;
            }
        }
    }

    /// Whether a paragraph's first line starts an entry: bold at the start
    /// (not a label), or all bold.
    fn is_title_line(&self, line: &Line) -> bool {
        if self.kind == SectionKind::Summary {
            return false;
        }
        let bold = (line.bold_lead().is_some() || line.all_strong()) && words(&line.text) <= 16;
        bold && line.label(false).is_none()
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
        self.item_entry = false;
        self.carried_org = false;
        // "Previous Role: Engineer at Acme": the prefix names no part.
        let unprefixed;
        let line = match job_in_title(&line.text) {
            Some(rest) => {
                unprefixed = line.tail(line.text.len() - rest.len());
                &unprefixed
            }
            None => line,
        };
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
        let separators = match self.kind {
            SectionKind::Projects => PROJECT_SEPARATORS,
            SectionKind::Education => EDUCATION_SEPARATORS,
            _ => TITLE_SEPARATORS,
        };
        // A school's name may hold commas: split at a dash or bar first.
        let strong = &separators[..separators.len() - 1];
        let separators = if self.kind == SectionKind::Education && rest.split(strong).len() > 1 {
            strong
        } else {
            separators
        };
        let separators = without_loose_at(separators, &rest.text);
        let parts: Vec<Field> = rest
            .split(&separators)
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
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

pub(super) fn bullet(item: &Item) -> Bullet {
    Bullet {
        text: item.text(),
        children: item.children.iter().map(bullet).collect(),
        range: item.own_range(),
    }
}

#[cfg(test)]
mod layout_tests;
#[cfg(test)]
mod tests;
