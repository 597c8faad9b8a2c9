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

/// Between the degree and the school: no "at" ("University of Texas at
/// Austin") and no "en" ("Grado en Ingeniería").
const EDUCATION_SEPARATORS: &[&str] = &[" — ", " – ", " | ", " - ", " -- ", " · ", " • ", ", "];

/// Between a project's name and what follows it.
const PROJECT_SEPARATORS: &[&str] = &[" — ", " – ", " | ", " - ", " -- ", " · ", " • ", ": "];

/// Reads a non-skills section's blocks into `out`; `title` is the
/// section's own title when it names a job ("Current Role: X at Y").
pub fn read(blocks: &[Block], kind: SectionKind, title: Option<&str>, out: &mut SectionReading) {
    let mut reader = Reader {
        kind,
        out,
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
                for line in lines {
                    self.note(line.whole());
                }
                self.extend(range.clone());
            }
        }
    }

    fn paragraph(&mut self, lines: &[Line], range: super::model::SourceRange) {
        for (n, line) in lines.iter().enumerate() {
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
            let mut children = item.children.iter();
            // "* 2023 - Present: Role" with the company as its first sub-item.
            if let Some(entry) = self.current.as_mut()
                && entry.organisation.is_none()
                && let Some(first) = item.children.first()
                && words(&first.text()) <= 6
                && !first.text().ends_with('.')
                && let Some(line) = first.lines.first()
            {
                entry.organisation = Some(line.whole());
                self.out.not_achievements.push(first.own_range());
                children.next();
            }
            let bullets: Vec<Bullet> = children.map(bullet).collect();
            if let Some(entry) = self.current.as_mut() {
                entry.bullets.extend(bullets);
            }
            self.fresh = false;
            return;
        }
        if self.project_item(item) {
            return;
        }
        if self.labelled_item(item) {
            return;
        }
        let b = bullet(item);
        if self.sub_label.is_some_and(|(_, skills)| skills) {
            self.out.not_achievements.push(item.range.clone());
            if let Some(entry) = self.current.as_mut() {
                entry
                    .labelled
                    .push(("Technologies".into(), Field::new(b.text, item.own_range())));
                entry.range.end = entry.range.end.max(item.range.end);
            }
            return;
        }
        match self.current.as_mut() {
            Some(entry) => {
                entry.range.end = entry.range.end.max(item.range.end);
                entry.bullets.push(b);
            }
            None => self.out.bullets.push(b),
        }
    }

    /// "- **ledgerlint**: a linter for ledgers": in a Projects section, an
    /// item led by a bold name is a project of its own — unless it sits
    /// under a project titled otherwise, where it is a labelled bullet.
    fn project_item(&mut self, item: &Item) -> bool {
        if self.kind != SectionKind::Projects || (self.current.is_some() && !self.item_entry) {
            return false;
        }
        let Some(first) = item.lines.first() else {
            return false;
        };
        let lead = first.text.len() - first.text.trim_start().len();
        let Some(name) = first.strong.iter().find(|s| s.start == lead) else {
            return false;
        };
        if words(&first.text[name.clone()]) > 6 {
            return false;
        }
        self.start(first, item.range.clone());
        self.item_entry = true;
        self.fresh = false;
        self.out.not_achievements.push(item.own_range());
        let bullets: Vec<Bullet> = item.children.iter().map(bullet).collect();
        if let Some(entry) = self.current.as_mut() {
            for line in &item.lines[1..] {
                entry.description.push(line.whole());
            }
            entry.bullets.extend(bullets);
        }
        true
    }

    /// "- **Company**: Personio", "- **Role:** Engineer": an item that
    /// gives a part of the current entry rather than an achievement.
    fn labelled_item(&mut self, item: &Item) -> bool {
        let Some(line) = item.lines.first().filter(|_| item.children.is_empty()) else {
            return false;
        };
        let Some((label, from)) = line.label(false) else {
            return false;
        };
        let Some(entry) = self.current.as_mut() else {
            return false;
        };
        let value = line.field(from..line.text.len());
        let slot = match label.to_lowercase().as_str() {
            "company" | "employer" | "firma" | "unternehmen" | "arbeitgeber" | "empresa"
            | "entreprise" | "organisation" | "organization" | "client" | "school"
            | "university" | "institution" | "hochschule" | "universität" => {
                &mut entry.organisation
            }
            "role" | "position" | "title" | "rolle" | "poste" | "cargo" | "degree"
            | "abschluss" => &mut entry.role,
            "location" | "ort" | "city" | "lieu" | "ubicación" => &mut entry.location,
            "dates" | "duration" | "period" | "zeitraum" | "date" => {
                if let Some(span) = dates::parse(&value.text)
                    && entry.start.is_none()
                {
                    set_dates(entry, span, value);
                    self.out.not_achievements.push(item.own_range());
                    return true;
                }
                return false;
            }
            _ => return false,
        };
        if slot.is_some() {
            return false;
        }
        *slot = Some(value);
        entry.range.end = entry.range.end.max(item.range.end);
        self.out.not_achievements.push(item.own_range());
        true
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

    /// Reads a line under a fresh title: dates, role, place. False when the
    /// line is none of those (it is then description).
    fn meta(&mut self, line: &Line) -> bool {
        let carried_org = self.carried_org;
        let Some(entry) = self.current.as_mut() else {
            return false;
        };
        let found = dates::find(&line.text);
        let short = words(&line.text) <= 10 && !line.text.trim_end().ends_with('.');
        // "[Month Year] – Present": dates not filled in yet, kept as written.
        let lower = line.text.to_lowercase();
        if found.is_none()
            && short
            && entry.dates_text.is_none()
            && ["– present", "- present", "— present", "– now", "- now"]
                .iter()
                .any(|p| lower.trim_end().ends_with(p))
        {
            entry.dates_text = Some(line.whole());
            entry.range.end = entry.range.end.max(line.range().end);
            return true;
        }
        if found.is_none()
            && !(short
                && (line.all_styled() || entry.role.is_none() || entry.organisation.is_none()))
        {
            return false;
        }
        if let Some((label, from)) = line.label(false) {
            // "**Duration:** March 2022 - Present"
            let value = line.tail(from);
            let dated_label = [
                "duration", "dates", "date", "period", "zeitraum", "période", "periodo", "período",
                "when",
            ]
            .contains(&label.to_lowercase().as_str());
            match (dated_label, dates::parse(&value.text)) {
                (true, Some(span)) if entry.start.is_none() && entry.end.is_none() => {
                    set_dates(entry, span, value.whole());
                    entry.range.end = entry.range.end.max(line.range().end);
                    return true;
                }
                _ => return false,
            }
        }
        let dated = found.is_some();
        let mut rest = line.clone();
        if let Some((span, span_dates)) = found {
            if entry.start.is_some() || entry.end.is_some() {
                return false;
            }
            set_dates(entry, span_dates, line.field(span.clone()));
            rest = cut(line, span);
        }
        // "University of Texas at Austin" is one name.
        let separators: Vec<&str> = if self.kind == SectionKind::Education {
            META_SEPARATORS
                .iter()
                .copied()
                .filter(|s| *s != " at ")
                .collect()
        } else {
            without_loose_at(META_SEPARATORS, &rest.text)
        };
        let pieces: Vec<Field> = rest
            .split(&separators)
            .into_iter()
            .map(|r| strip_brackets(rest.field(r)))
            .filter(|f| f.text.chars().any(char::is_alphanumeric))
            .collect();
        // "2024-09 – 2025-05 · Next.js · PostgreSQL · Prisma": the tools used.
        if dated && is_keyword_list(&rest.text, &pieces, self.kind) {
            let range = pieces[0].range.start..pieces[pieces.len() - 1].range.end;
            let joined: Vec<&str> = pieces.iter().map(|p| p.text.as_str()).collect();
            entry.labelled.push((
                "Technologies".to_string(),
                Field::new(joined.join(", "), range),
            ));
            entry.range.end = entry.range.end.max(line.range().end);
            return true;
        }
        for piece in pieces {
            // "Score: 3.81/4.0", "GPA: 3.9": a labelled value, not a place.
            if let Some((label, value)) = piece_label(&piece) {
                entry.labelled.push((label, value));
                continue;
            }
            let education = self.kind == SectionKind::Education;
            // "Elastic, Seattle, WA": a company and its place.
            if entry.organisation.is_none()
                && !is_role_like(&piece.text)
                && let Some((org, place)) = piece.text.split_once(", ")
                && looks_like_place(place)
                && !(education && is_degree_like(org))
            {
                let org_len = org.len();
                entry.organisation = Some(Field::new(
                    org,
                    piece.range.start..(piece.range.start + org_len).min(piece.range.end),
                ));
                if entry.location.is_none() {
                    let at = (piece.range.start + org_len + 2).min(piece.range.end);
                    entry.location = Some(Field::new(place, at..piece.range.end));
                }
                continue;
            }
            if entry.role.is_none()
                && (is_role_like(&piece.text) || (education && is_degree_like(&piece.text)))
            {
                entry.role = Some(piece);
            } else if entry.location.is_none() && looks_like_place(&piece.text) {
                entry.location = Some(piece);
            } else if (entry.organisation.is_none() || carried_org) && !is_role_like(&piece.text) {
                // "Wealthsimple (Toronto)": the company and its town.
                match place_in_brackets(&piece) {
                    Some((org, place)) if entry.location.is_none() => {
                        entry.organisation = Some(org);
                        entry.location = Some(place);
                    }
                    _ => entry.organisation = Some(piece),
                }
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

/// The separators without " at " unless the words before it read like a
/// role: "Engineer at Acme" splits, "Operating Storage at Scale" does not.
fn without_loose_at<'s>(separators: &[&'s str], text: &str) -> Vec<&'s str> {
    let role_before = text
        .find(" at ")
        .is_some_and(|at| is_role_like(&text[..at]));
    separators
        .iter()
        .copied()
        .filter(|s| *s != " at " || role_before)
        .collect()
}

/// Whether the pieces after a line's dates are tools rather than a company
/// and place: joined by dots, short, none a role or a place; three or more
/// of them (two in a Projects section, where no company is expected).
fn is_keyword_list(text: &str, pieces: &[Field], kind: SectionKind) -> bool {
    let dotted = [" · ", " • ", " ⋅ "].iter().any(|s| text.contains(s));
    let least = if kind == SectionKind::Projects { 2 } else { 3 };
    dotted
        && pieces.len() >= least
        && pieces.iter().all(|p| {
            words(&p.text) <= 3
                && !p.text.contains(':')
                && !is_role_like(&p.text)
                && !is_org_like(&p.text)
                && !looks_like_place(&p.text)
        })
}

/// "Shopify (Ottawa)" → "Shopify" and "Ottawa": a name with a town in
/// brackets after it (capitalised words, at most three, not a role).
fn place_in_brackets(piece: &Field) -> Option<(Field, Field)> {
    let text = piece.text.trim_end();
    let open = text.rfind(" (")?;
    let inner = text[open + 2..].strip_suffix(')')?;
    let capitalised = inner
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if open == 0 || inner.is_empty() || words(inner) > 3 || !capitalised || is_role_like(inner) {
        return None;
    }
    let start = piece.range.start;
    let end = piece.range.end;
    let org = Field::new(text[..open].trim(), start..(start + open).min(end));
    let place_start = (start + open + 2).min(end);
    let place_end = (place_start + inner.len()).min(end);
    Some((org, Field::new(inner, place_start..place_end)))
}

/// A `Label: value` piece of a line ("Score: 3.81/4.0"): the label (one or
/// two words) and the value.
fn piece_label(piece: &Field) -> Option<(String, Field)> {
    let (label, value) = piece.text.split_once(": ")?;
    let label = label.trim();
    let value_trimmed = value.trim();
    if label.is_empty()
        || value_trimmed.is_empty()
        || words(label) > 2
        || !label.chars().all(|c| c.is_alphabetic() || c == ' ')
    {
        return None;
    }
    let start = (piece.range.start + piece.text.len() - value.len()).min(piece.range.end);
    Some((
        label.to_string(),
        Field::new(value_trimmed, start..piece.range.end),
    ))
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

/// A job named by a section's title: "Current Role: Staff Engineer at
/// Acme" → "Staff Engineer at Acme".
fn job_in_title(title: &str) -> Option<&str> {
    let (prefix, rest) = title.split_once(':')?;
    let prefix = prefix.trim().to_lowercase();
    (prefix.ends_with("role") || prefix.ends_with("position") || prefix.ends_with("job"))
        .then(|| rest.trim())
        .filter(|r| !r.is_empty())
}

/// A heading inside an entry that labels part of it rather than starting
/// another: `Some(true)` when its items are skills.
fn sub_label(text: &str) -> Option<bool> {
    let lower = text.to_lowercase();
    let skills = [
        "technolog",
        "tech stack",
        "stack",
        "tools",
        "skills",
        "werkzeuge",
        "tecnolog",
    ];
    let parts = [
        "achievement",
        "responsibilit",
        "highlight",
        "key result",
        "impact",
        "tasks",
        "aufgaben",
        "verantwortlich",
        "erfolge",
        "réalisations",
        "missions",
        "logros",
        "responsabilidades",
    ];
    if dates::find(text).is_some() {
        return None;
    }
    if skills.iter().any(|w| lower.contains(w)) {
        Some(true)
    } else if parts.iter().any(|w| lower.contains(w)) {
        Some(false)
    } else {
        None
    }
}

/// A heading over entries: the company, without a place after it
/// ("Accenture, New York, NY" → "Accenture").
fn group_name(line: &Line) -> Field {
    let parts = line.split(TITLE_SEPARATORS);
    match parts.first() {
        Some(first) if parts.len() > 1 => {
            let rest = line.text[first.end..].trim_start_matches([',', ' ', '—', '–', '-', '|']);
            if looks_like_place(rest) || words(rest) <= 3 {
                return strip_brackets(line.field(first.clone()));
            }
            line.whole()
        }
        _ => line.whole(),
    }
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
                && (looks_like_place(&b.text)
                    || (is_org_like(&a.text) && words(&b.text) <= 2)
                    || (!is_org_like(&b.text)
                        && !is_degree_like(&b.text)
                        && words(&b.text) == 1
                        && b.text.chars().next().is_some_and(char::is_uppercase)))
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
        // A short place has capitalised words ("New York"); "Sales
        // engagement platform" describes the company instead.
        let place = looks_like_place(&part.text)
            || (kind == SectionKind::Experience
                && words(&part.text) <= 3
                && part
                    .text
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase())));
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
