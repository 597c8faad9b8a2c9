//! The shape of a section body: its list items (bullets), the entries they
//! belong to (a `### Job — Company` or `**Company**` block with its date
//! line), and which lines are code.

use std::ops::Range;

use super::text::{Token, find_word_ci, tokenize};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    Blank,
    Code,
    Heading,
    Item,
    Continuation,
    /// A paragraph, quote or table line: titles, dates, descriptions.
    Meta,
    Rule,
}

/// Whether the role an entry describes has ended, as its date line says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// "2021 – Present": present tense reads naturally.
    Current,
    /// Dates that end: write in the past tense.
    Ended,
    /// No dates (a project, a leadership section).
    Unknown,
}

/// A piece of text on one body line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Segment<'a> {
    pub line: usize,
    pub col: usize,
    pub text: &'a str,
}

#[derive(Debug, Clone)]
pub(crate) struct Bullet {
    /// Indexes into `Structure::segments`: the item's first line and its
    /// continuation lines.
    pub segments: Range<usize>,
    pub entry: usize,
}

#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub heading: bool,
    /// Indexes into `Structure::segments`: everything the entry holds.
    pub segments: Range<usize>,
    pub role: Role,
    pub bullets: Range<usize>,
    /// Indexes into `Structure::segments`: headings and paragraph lines.
    pub meta: Vec<usize>,
}

#[derive(Debug, Default)]
pub(crate) struct Structure<'a> {
    pub lines: Vec<(LineKind, &'a str)>,
    pub segments: Vec<Segment<'a>>,
    pub bullets: Vec<Bullet>,
    pub entries: Vec<Entry>,
    /// The words of every segment, in order: read once, shared by all rules.
    pub tokens: Vec<Token<'a>>,
    /// Index of each segment's first token, and the total at the end.
    token_starts: Vec<usize>,
}

impl<'a> Structure<'a> {
    pub fn parse(body: &'a str) -> Self {
        let mut s = Structure::default();
        let mut fence: Option<(u8, usize)> = None;
        // Content column of the open list item and whether a blank line
        // has interrupted it.
        let mut item: Option<(usize, bool)> = None;
        let mut saw_heading = false;
        s.entries.push(Entry::new(false));
        for (idx, raw) in body.split('\n').enumerate() {
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            let kind = if let Some((ch, len)) = fence {
                if fence_of(trimmed).is_some_and(|(c, l)| c == ch && l >= len) {
                    fence = None;
                }
                LineKind::Code
            } else if let Some(f) = fence_of(trimmed) {
                fence = Some(f);
                LineKind::Code
            } else if trimmed.is_empty() {
                if let Some((_, blank)) = item.as_mut() {
                    *blank = true;
                }
                LineKind::Blank
            } else if is_heading(trimmed) {
                item = None;
                saw_heading = true;
                s.start_entry(true);
                s.add_meta(idx, line, trimmed.trim_start_matches('#').trim());
                LineKind::Heading
            } else if is_rule(trimmed) {
                item = None;
                LineKind::Rule
            } else if let Some(marker) = list_marker(trimmed) {
                let content = task_free(&trimmed[marker..]);
                item = Some((indent + marker, false));
                s.add_bullet(idx, line, content);
                LineKind::Item
            } else if item.is_some_and(|(content, blank)| !blank || indent >= content) {
                let seg = s.segments.len();
                s.segments.push(Segment {
                    line: idx,
                    col: col_of(line, trimmed),
                    text: trimmed.trim_end(),
                });
                if let Some(b) = s.bullets.last_mut() {
                    b.segments.end = seg + 1;
                }
                LineKind::Continuation
            } else {
                item = None;
                let current = s.entries.last().expect("an entry always exists");
                if !saw_heading && trimmed.starts_with("**") && !current.bullets.is_empty() {
                    s.start_entry(false);
                }
                s.add_meta(idx, line, trimmed.trim_end());
                LineKind::Meta
            };
            s.lines.push((kind, line));
        }
        s.finish_entries();
        s.token_starts.reserve(s.segments.len() + 1);
        for seg in &s.segments {
            s.token_starts.push(s.tokens.len());
            tokenize(seg.text, seg.line, seg.col, &mut s.tokens);
        }
        s.token_starts.push(s.tokens.len());
        s
    }

    /// The segments of a bullet: its first line and continuation lines.
    pub fn bullet_segments(&self, bullet: &Bullet) -> &[Segment<'a>] {
        &self.segments[bullet.segments.clone()]
    }

    /// The words of a range of segments.
    pub fn tokens_of(&self, segments: Range<usize>) -> &[Token<'a>] {
        &self.tokens[self.token_starts[segments.start]..self.token_starts[segments.end]]
    }

    fn start_entry(&mut self, heading: bool) {
        let current = self.entries.last().expect("an entry always exists");
        if current.bullets.is_empty() && current.meta.is_empty() {
            self.entries.pop();
        }
        let mut entry = Entry::new(heading);
        entry.segments = self.segments.len()..self.segments.len();
        self.entries.push(entry);
    }

    fn add_meta(&mut self, line: usize, full: &str, text: &'a str) {
        self.segments.push(Segment {
            line,
            col: col_of(full, text),
            text,
        });
        let seg = self.segments.len() - 1;
        self.entries
            .last_mut()
            .expect("an entry always exists")
            .meta
            .push(seg);
    }

    fn add_bullet(&mut self, line: usize, full: &str, content: &'a str) {
        let seg = self.segments.len();
        self.segments.push(Segment {
            line,
            col: col_of(full, content),
            text: content.trim_end(),
        });
        let entry = self.entries.len() - 1;
        let index = self.bullets.len();
        self.bullets.push(Bullet {
            segments: seg..seg + 1,
            entry,
        });
        let e = &mut self.entries[entry];
        if e.bullets.is_empty() {
            e.bullets = index..index + 1;
        } else {
            e.bullets.end = index + 1;
        }
    }

    /// Decides each entry's role from its date line, and folds trailing
    /// paragraph-only blocks (a "Stack:" line after a list) into the entry
    /// before them.
    fn finish_entries(&mut self) {
        let mut merged: Vec<Entry> = Vec::with_capacity(self.entries.len());
        for entry in self.entries.drain(..) {
            match merged.last_mut() {
                Some(prev) if !entry.heading && entry.bullets.is_empty() => {
                    prev.meta.extend(entry.meta);
                }
                _ => merged.push(entry),
            }
        }
        // Each entry holds the segments up to the next one's first.
        let total = self.segments.len();
        for i in 0..merged.len() {
            let end = merged.get(i + 1).map_or(total, |next| next.segments.start);
            merged[i].segments.end = end;
        }
        for entry in &mut merged {
            entry.role = role_of(entry.meta.iter().map(|&m| self.segments[m].text));
        }
        self.entries = merged;
    }
}

impl Entry {
    fn new(heading: bool) -> Self {
        Entry {
            heading,
            segments: 0..0,
            role: Role::Unknown,
            bullets: 0..0,
            meta: Vec::new(),
        }
    }
}

/// Character column at which `part`, a slice of `line`, starts.
fn col_of(line: &str, part: &str) -> usize {
    let offset = (part.as_ptr() as usize).saturating_sub(line.as_ptr() as usize);
    line[..offset.min(line.len())].chars().count()
}

fn role_of<'a>(meta: impl Iterator<Item = &'a str>) -> Role {
    let mut dated = false;
    for text in meta {
        if ["present", "current", "currently", "now", "today", "ongoing"]
            .iter()
            .any(|w| find_word_ci(text, w).is_some())
        {
            return Role::Current;
        }
        if let Some(end) = last_year_end(text) {
            dated = true;
            // "2021 –" with nothing after the dash: still in the role.
            let after = text[end..].trim_matches(|c: char| c.is_whitespace() || "*_)".contains(c));
            if matches!(after, "–" | "—" | "-") {
                return Role::Current;
            }
        }
    }
    if dated { Role::Ended } else { Role::Unknown }
}

/// Byte offset just after the last four-digit year (1950–2099) in `text`.
fn last_year_end(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut found = None;
    for i in 0..b.len().saturating_sub(3) {
        let digits = b[i..i + 4].iter().all(u8::is_ascii_digit);
        let bounded = (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_alphanumeric());
        if digits && bounded {
            let year: u32 = text[i..i + 4].parse().unwrap_or(0);
            if (1950..=2099).contains(&year) {
                found = Some(i + 4);
            }
        }
    }
    found
}

fn fence_of(trimmed: &str) -> Option<(u8, usize)> {
    let ch = *trimmed.as_bytes().first()?;
    if ch != b'`' && ch != b'~' {
        return None;
    }
    let len = trimmed.bytes().take_while(|&b| b == ch).count();
    (len >= 3).then_some((ch, len))
}

fn is_heading(trimmed: &str) -> bool {
    let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes) && matches!(trimmed.as_bytes().get(hashes), None | Some(b' ' | b'\t'))
}

fn is_rule(trimmed: &str) -> bool {
    let mut marks = trimmed.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    matches!(first, '-' | '*' | '_')
        && trimmed.chars().filter(|c| !c.is_whitespace()).count() >= 3
        && marks.all(|c| c == first)
}

/// Bytes taken by a list marker and the space after it.
fn list_marker(trimmed: &str) -> Option<usize> {
    let b = trimmed.as_bytes();
    if matches!(b.first(), Some(b'-' | b'*' | b'+')) {
        return match b.get(1) {
            Some(b' ' | b'\t') => Some(2),
            None => Some(1),
            _ => None,
        };
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let ok = (1..=9).contains(&digits)
        && matches!(b.get(digits), Some(b'.' | b')'))
        && matches!(b.get(digits + 1), None | Some(b' ' | b'\t'));
    ok.then(|| (digits + 2).min(b.len()))
}

/// Drops a task-list box (`[ ] `, `[x] `) from the start of an item.
fn task_free(content: &str) -> &str {
    let content = content.trim_start();
    for box_ in ["[ ] ", "[x] ", "[X] "] {
        if let Some(rest) = content.strip_prefix(box_) {
            return rest.trim_start();
        }
    }
    content
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_collect_continuation_lines_and_skip_code() {
        let body = "- first line\n  wraps here\n- [x] second\n\n```\n- not an item\n```\n1. third";
        let s = Structure::parse(body);
        assert_eq!(s.bullets.len(), 3);
        let first: Vec<_> = s
            .bullet_segments(&s.bullets[0])
            .iter()
            .map(|g| g.text)
            .collect();
        assert_eq!(first, ["first line", "wraps here"]);
        let second = s.segments[s.bullets[1].segments.start];
        assert_eq!((second.text, second.line, second.col), ("second", 2, 6));
        assert_eq!(s.segments[s.bullets[2].segments.start].line, 7);
        assert_eq!(s.lines[5].0, LineKind::Code);
    }

    #[test]
    fn headings_start_entries_and_date_lines_set_the_role() {
        let body = "### Engineer — Acme\n*Jan 2021 – Present*\n- a\n\n\
                    ### Intern — Beta\n*2019 – 2020*\n- b\n\n### Side thing\n- c\n\n\
                    ### Contractor\n2018 –\n- d";
        let s = Structure::parse(body);
        let roles: Vec<_> = s.entries.iter().map(|e| e.role).collect();
        assert_eq!(
            roles,
            [Role::Current, Role::Ended, Role::Unknown, Role::Current]
        );
        assert_eq!(s.bullets[1].entry, 1);
        assert!(s.entries[1].heading);
    }

    #[test]
    fn bold_lines_split_entries_only_without_headings() {
        let body = "**Acme** — 2020–2022\n- a\n- b\n\n**Beta** — 2022–now\n- c\n\n**Stack:** Go";
        let s = Structure::parse(body);
        assert_eq!(s.entries.len(), 2);
        assert_eq!(s.entries[0].role, Role::Ended);
        assert_eq!(s.entries[1].role, Role::Current);
        // The trailing "Stack" line belongs to the last entry.
        assert_eq!(s.entries[1].meta.len(), 2);
    }

    #[test]
    fn rules_and_paragraphs_end_a_list_item() {
        let s = Structure::parse("- item\n\nparagraph\n---\n* * *");
        assert_eq!(s.bullets.len(), 1);
        assert_eq!(s.lines[2].0, LineKind::Meta);
        assert_eq!(s.lines[3].0, LineKind::Rule);
        assert_eq!(s.lines[4].0, LineKind::Rule);
    }
}
