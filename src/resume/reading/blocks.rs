//! A section body as blocks of lines of plain text, each character of which
//! remembers its byte in the body, so every read field can say where it
//! came from. Inline HTML is read the way a browser shows it: `<br>` breaks
//! the line, `<img alt>` is its alt text, other tags, comments, `<style>`
//! and `<script>` are dropped.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::html;
use super::model::SourceRange;

pub(super) mod line;
use crate::resume::markdown_options;
pub use line::Line;

/// A list item: its own lines, the items nested under it, and its range.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item {
    pub lines: Vec<Line>,
    pub children: Vec<Item>,
    pub range: SourceRange,
}

impl Item {
    /// The item's own text on one line.
    pub fn text(&self) -> String {
        self.lines
            .iter()
            .map(|l| l.text.trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The range of the item's own text (without its children).
    pub fn own_range(&self) -> SourceRange {
        let ranges: Vec<SourceRange> = self
            .lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(Line::range)
            .collect();
        match (ranges.first(), ranges.last()) {
            (Some(a), Some(b)) => a.start..b.end,
            _ => self.range.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading {
        level: u8,
        line: Line,
        range: SourceRange,
    },
    Paragraph {
        lines: Vec<Line>,
        range: SourceRange,
    },
    List {
        items: Vec<Item>,
        range: SourceRange,
    },
    /// Rows of cells (the head row first).
    Table {
        rows: Vec<Vec<Line>>,
        range: SourceRange,
    },
    /// Code, quotes, rules and HTML blocks: readable lines when there are any.
    Other {
        lines: Vec<Line>,
        range: SourceRange,
    },
}

type Spanned<'a> = (Event<'a>, Range<usize>);

/// Reads `body` into blocks.
pub fn parse(body: &str) -> Vec<Block> {
    let events: Vec<Spanned<'_>> = Parser::new_ext(body, markdown_options())
        .into_offset_iter()
        .collect();
    blocks(&events, body)
}

fn blocks(events: &[Spanned<'_>], body: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < events.len() {
        let (event, range) = &events[at];
        let end = matching_end(events, at);
        let inner = &events[(at + 1).min(end)..end];
        let range = range.clone();
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let line = join_lines(lines(inner, body));
                out.push(Block::Heading {
                    level: heading_level(*level),
                    line,
                    range,
                });
            }
            Event::Start(Tag::Paragraph) => {
                let lines = lines(inner, body);
                if lines.iter().any(|l| !l.is_blank()) {
                    out.push(Block::Paragraph { lines, range });
                }
            }
            Event::Start(Tag::List(_)) => out.push(Block::List {
                items: items(inner, body),
                range,
            }),
            Event::Start(Tag::Table(_)) => out.push(Block::Table {
                rows: rows(inner, body),
                range,
            }),
            Event::Start(Tag::BlockQuote(_)) => {
                // A quote's paragraphs are read like any other.
                out.extend(blocks(inner, body));
            }
            Event::Start(Tag::HtmlBlock) | Event::Html(_) => {
                let lines = html::block_lines(&body[range.clone()], range.start);
                out.push(Block::Other { lines, range });
            }
            _ => {
                if !body[range.clone()].trim().is_empty() {
                    out.push(Block::Other {
                        lines: Vec::new(),
                        range,
                    });
                }
            }
        }
        at = end + 1;
    }
    out
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The index of the event that closes the one at `start` (itself when it
/// opens nothing).
fn matching_end(events: &[Spanned<'_>], start: usize) -> usize {
    if !matches!(events[start].0, Event::Start(_)) {
        return start;
    }
    let mut depth = 0usize;
    for (index, (event, _)) in events.iter().enumerate().skip(start) {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return index;
                }
            }
            _ => {}
        }
    }
    events.len() - 1
}

fn items(events: &[Spanned<'_>], body: &str) -> Vec<Item> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < events.len() {
        let end = matching_end(events, at);
        if matches!(events[at].0, Event::Start(Tag::Item)) {
            out.push(item(&events[at + 1..end], events[at].1.clone(), body));
        }
        at = end + 1;
    }
    out
}

fn item(events: &[Spanned<'_>], range: SourceRange, body: &str) -> Item {
    let mut own: Vec<Line> = Vec::new();
    let mut children = Vec::new();
    let mut loose: Vec<Spanned<'_>> = Vec::new();
    let mut at = 0;
    while at < events.len() {
        let end = matching_end(events, at);
        match &events[at].0 {
            Event::Start(Tag::List(_)) => {
                own.extend(lines(&loose, body));
                loose.clear();
                children.extend(items(&events[at + 1..end], body));
            }
            Event::Start(Tag::Paragraph | Tag::Heading { .. }) => {
                own.extend(lines(&loose, body));
                loose.clear();
                own.extend(lines(&events[at + 1..end], body));
            }
            Event::Start(tag) if !is_inline(tag) => {
                own.extend(lines(&loose, body));
                loose.clear();
            }
            _ => loose.extend(events[at..=end].iter().cloned()),
        }
        at = end + 1;
    }
    own.extend(lines(&loose, body));
    own.retain(|l| !l.is_blank());
    Item {
        lines: own,
        children,
        range,
    }
}

fn is_inline(tag: &Tag<'_>) -> bool {
    crate::resume::is_inline_tag(tag)
}

fn rows(events: &[Spanned<'_>], body: &str) -> Vec<Vec<Line>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < events.len() {
        let end = matching_end(events, at);
        if let Event::Start(Tag::TableHead | Tag::TableRow) = events[at].0 {
            {
                let mut cells = Vec::new();
                let inner = &events[at + 1..end];
                let mut c = 0;
                while c < inner.len() {
                    let cell_end = matching_end(inner, c);
                    if matches!(inner[c].0, Event::Start(Tag::TableCell)) {
                        cells.push(join_lines(lines(&inner[c + 1..cell_end], body)));
                    }
                    c = cell_end + 1;
                }
                out.push(cells);
            }
        }
        at = end + 1;
    }
    out
}

/// Joins lines into one, with a space between them.
fn join_lines(lines: Vec<Line>) -> Line {
    let mut out = Line::default();
    for line in lines {
        if !out.text.is_empty() {
            out.append_separator(" ");
        }
        out.append(&line);
    }
    out
}

/// The inline events of one block as lines (soft and hard breaks and
/// `<br>` end a line).
fn lines(events: &[Spanned<'_>], body: &str) -> Vec<Line> {
    let mut out = vec![Line::default()];
    let mut open: Vec<(usize, Option<String>)> = Vec::new();
    let mut hidden = 0usize;
    for (event, range) in events {
        let line = out.last_mut().expect("there is always a line");
        let start = line.text.len();
        match event {
            Event::Text(text) if hidden == 0 => {
                let at = line.text.len();
                line.push(text, body.get(range.clone()), range.start);
                // The parser starts a new text run right after an escaping
                // backslash: that first character was escaped.
                if range.start > 0 && body.as_bytes()[range.start - 1] == b'\\' {
                    let first = text.chars().next().map_or(0, char::len_utf8);
                    line.code.push(at..at + first);
                }
            }
            Event::Code(code) if hidden == 0 => {
                let inner = body
                    .get(range.clone())
                    .and_then(|s| s.find(&**code).map(|i| range.start + i))
                    .unwrap_or(range.start);
                line.push(code, Some(code), inner);
                let end = line.text.len();
                line.code.push(start..end);
            }
            Event::InlineHtml(tag) | Event::Html(tag) => match html::inline_tag(tag) {
                html::InlineHtml::Break => out.push(Line::default()),
                html::InlineHtml::Text(alt) => {
                    line.push(&alt, None, range.start);
                    let end = line.text.len();
                    line.pictures.push(start..end);
                }
                html::InlineHtml::HideStart => hidden += 1,
                html::InlineHtml::HideEnd => hidden = hidden.saturating_sub(1),
                html::InlineHtml::Nothing => {}
            },
            Event::SoftBreak | Event::HardBreak => out.push(Line::default()),
            Event::TaskListMarker(_) => {}
            Event::FootnoteReference(label) => line.push(&format!("[^{label}]"), None, range.start),
            Event::Start(Tag::Link { dest_url, .. }) => {
                open.push((start, Some(dest_url.to_string())))
            }
            Event::Start(Tag::Image { .. } | Tag::Strong | Tag::Emphasis) => {
                open.push((start, None))
            }
            Event::End(TagEnd::Link) => {
                if let Some((from, Some(url))) = open.pop() {
                    line.links.push((from.min(start)..start, url));
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((from, _)) = open.pop() {
                    line.pictures.push(from.min(start)..start);
                }
            }
            Event::End(TagEnd::Strong) => {
                if let Some((from, _)) = open.pop() {
                    line.strong.push(from.min(start)..start);
                }
            }
            Event::End(TagEnd::Emphasis) => {
                if let Some((from, _)) = open.pop() {
                    line.emphasis.push(from.min(start)..start);
                }
            }
            _ => {}
        }
    }
    out.retain(|l| !l.is_blank());
    out
}

#[cfg(test)]
mod tests;
