//! The live preview's per-section cache: a keystroke re-renders only the
//! section being edited, and the app can find where a section's lines start.

use std::collections::HashMap;

use ratatui::text::Line;

use super::MdTheme;
use super::render::render_mapped;
use crate::resume::{Resume, SectionId, SectionKind};

/// Rendered lines of every section of a resume, in order, with one blank row
/// between sections (as in the assembled Markdown).
#[derive(Debug)]
pub struct PreviewCache {
    entries: Vec<Entry>,
    width: u16,
    theme: Option<MdTheme>,
    total_rows: usize,
    blank: Line<'static>,
    /// Changes whenever the lines do, so a view can tell it has them already.
    generation: u64,
    #[cfg(test)]
    renders: usize,
}

#[derive(Debug)]
struct Entry {
    id: SectionId,
    /// What the lines were rendered from, to notice edits the app did not
    /// report and to rebuild the section's Markdown.
    title: String,
    body: String,
    lines: Vec<Line<'static>>,
    /// For each line, the 0-based line of the section body it shows (the
    /// title's lines count as line 0).
    body_lines: Vec<usize>,
    valid: bool,
    first_row: usize,
    /// A blank row follows this section's lines.
    gap_after: bool,
}

impl Default for PreviewCache {
    fn default() -> Self {
        Self::new()
    }
}

impl PreviewCache {
    pub fn new() -> Self {
        PreviewCache {
            entries: Vec::new(),
            width: 0,
            theme: None,
            total_rows: 0,
            blank: Line::default(),
            generation: 0,
            #[cfg(test)]
            renders: 0,
        }
    }

    /// Re-renders only sections that are new, invalidated or changed, or all
    /// of them when the width or theme changed; drops sections removed from
    /// the resume; follows the resume's order.
    pub fn update(&mut self, resume: &Resume, width: u16, theme: &MdTheme) {
        let layout_changed = self.width != width || self.theme.as_ref() != Some(theme);
        self.width = width;
        self.theme = Some(*theme);

        let order_before: Vec<SectionId> = self.entries.iter().map(|e| e.id).collect();
        let generation_before = self.generation;
        let mut old: HashMap<SectionId, Entry> =
            self.entries.drain(..).map(|e| (e.id, e)).collect();
        for section in resume.sections() {
            let entry = match old.remove(&section.id) {
                Some(entry)
                    if entry.valid
                        && !layout_changed
                        && entry.title == section.title
                        && entry.body == section.body =>
                {
                    entry
                }
                Some(mut entry) => {
                    entry.title.clone_from(&section.title);
                    entry.body.clone_from(&section.body);
                    self.render_entry(&mut entry, section.kind, width, theme);
                    entry
                }
                None => {
                    let mut entry = Entry {
                        id: section.id,
                        title: section.title.clone(),
                        body: section.body.clone(),
                        lines: Vec::new(),
                        body_lines: Vec::new(),
                        valid: false,
                        first_row: 0,
                        gap_after: false,
                    };
                    self.render_entry(&mut entry, section.kind, width, theme);
                    entry
                }
            };
            self.entries.push(entry);
        }
        let reordered = !self.entries.iter().map(|e| e.id).eq(order_before);
        if reordered && self.generation == generation_before {
            self.generation += 1;
        }
        self.place_rows();
    }

    /// A number that changes whenever [`PreviewCache::update`] changed the
    /// lines (a section re-rendered, added, removed or moved).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    fn render_entry(&mut self, entry: &mut Entry, kind: SectionKind, width: u16, theme: &MdTheme) {
        let markdown = section_markdown(kind, &entry.title, &entry.body);
        let (lines, sources) = render_mapped(&markdown, width, theme);
        // `section_markdown` trims the body's leading blank lines and, but
        // for the header, puts two lines of title before it.
        let trimmed = entry.body.len() - entry.body.trim_start_matches('\n').len();
        let title_lines = if kind == SectionKind::Header { 0 } else { 2 };
        entry.body_lines = sources
            .into_iter()
            .map(|s| s.checked_sub(title_lines).map_or(0, |l| l + trimmed))
            .collect();
        entry.lines = lines;
        entry.valid = true;
        self.generation += 1;
        #[cfg(test)]
        {
            self.renders += 1;
        }
    }

    /// Gives each section its first row; sections that render nothing (an
    /// empty header) take no rows and no gap.
    fn place_rows(&mut self) {
        let mut row = 0;
        let mut previous_with_lines: Option<usize> = None;
        for index in 0..self.entries.len() {
            self.entries[index].gap_after = false;
            if self.entries[index].lines.is_empty() {
                self.entries[index].first_row = row;
                continue;
            }
            if let Some(previous) = previous_with_lines {
                self.entries[previous].gap_after = true;
                row += 1;
            }
            self.entries[index].first_row = row;
            row += self.entries[index].lines.len();
            previous_with_lines = Some(index);
        }
        self.total_rows = row;
    }

    /// Marks a section for re-rendering at the next [`PreviewCache::update`].
    pub fn invalidate(&mut self, id: SectionId) {
        if let Some(entry) = self.entries.iter_mut().find(|e| e.id == id) {
            entry.valid = false;
        }
    }

    pub fn invalidate_all(&mut self) {
        for entry in &mut self.entries {
            entry.valid = false;
        }
    }

    pub fn total_rows(&self) -> usize {
        self.total_rows
    }

    /// The row where a section's lines start (for an empty header, the row
    /// where it would appear), or `None` for an unknown section.
    pub fn first_row_of(&self, id: SectionId) -> Option<usize> {
        self.entries
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.first_row)
    }

    /// The first row showing line `line` of section `id`'s body (or the
    /// block before it, when that line renders nothing), or `None` for an
    /// unknown section.
    pub fn row_of_line(&self, id: SectionId, line: usize) -> Option<usize> {
        let entry = self.entries.iter().find(|e| e.id == id)?;
        let shown = entry.body_lines.partition_point(|&l| l <= line);
        let Some(&block) = shown.checked_sub(1).and_then(|i| entry.body_lines.get(i)) else {
            return Some(entry.first_row);
        };
        let mut first = entry.body_lines.partition_point(|&l| l < block);
        // The blank row owed before a block is written with it: skip it.
        while entry.lines[first].width() == 0 && entry.body_lines.get(first + 1) == Some(&block) {
            first += 1;
        }
        Some(entry.first_row + first)
    }

    /// The section shown at `row` (the gap after a section belongs to it).
    pub fn section_at_row(&self, row: usize) -> Option<SectionId> {
        if row >= self.total_rows {
            return None;
        }
        self.entry_index_at(row).map(|i| self.entries[i].id)
    }

    /// Index of the last section with lines that starts at or before `row`.
    fn entry_index_at(&self, row: usize) -> Option<usize> {
        let after = self.entries.partition_point(|e| e.first_row <= row);
        (0..after)
            .rev()
            .find(|&i| !self.entries[i].lines.is_empty())
    }

    /// Rows `[start, start + count)` across sections, borrowed from the cache.
    pub fn lines(&self, start: usize, count: usize) -> impl Iterator<Item = &Line<'static>> + '_ {
        let end = start.saturating_add(count).min(self.total_rows);
        let (entry, row_in_entry) = match self.entry_index_at(start) {
            Some(index) if start < end => (index, start - self.entries[index].first_row),
            _ => (self.entries.len(), 0),
        };
        CachedLines {
            cache: self,
            entry,
            row_in_entry,
            remaining: end.saturating_sub(start),
        }
    }

    #[cfg(test)]
    pub(crate) fn render_count(&self) -> usize {
        self.renders
    }
}

/// The Markdown `Resume::to_markdown_with_spans` writes for one section.
fn section_markdown(kind: SectionKind, title: &str, body: &str) -> String {
    let body = body.trim_matches('\n');
    if kind == SectionKind::Header {
        return body.to_string();
    }
    let title = title.trim();
    let mut markdown = String::with_capacity(title.len() + body.len() + 5);
    markdown.push_str("## ");
    markdown.push_str(title);
    markdown.push_str("\n\n");
    markdown.push_str(body);
    markdown
}

struct CachedLines<'a> {
    cache: &'a PreviewCache,
    entry: usize,
    row_in_entry: usize,
    remaining: usize,
}

impl<'a> Iterator for CachedLines<'a> {
    type Item = &'a Line<'static>;

    fn next(&mut self) -> Option<Self::Item> {
        while self.remaining > 0 {
            let entry = self.cache.entries.get(self.entry)?;
            let row = self.row_in_entry;
            self.row_in_entry += 1;
            let line = match entry.lines.get(row) {
                Some(line) => Some(line),
                None if row == entry.lines.len() && entry.gap_after => Some(&self.cache.blank),
                None => {
                    self.entry += 1;
                    self.row_in_entry = 0;
                    None
                }
            };
            if let Some(line) = line {
                self.remaining -= 1;
                return Some(line);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}
