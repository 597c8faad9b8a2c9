//! A section body as blocks of lines of plain text, each character of which
//! remembers its byte in the body, so every read field can say where it
//! came from. Inline HTML is read the way a browser shows it: `<br>` breaks
//! the line, `<img alt>` is its alt text, other tags, comments, `<style>`
//! and `<script>` are dropped.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::html;
use super::model::{Field, SourceRange};
use crate::resume::markdown_options;

/// One line of text as a reader sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    /// For each byte of `text`, its byte in the body.
    map: Vec<usize>,
    /// For each byte of `text`, the body byte just after what it came from
    /// (an entity's whole source, not only its first byte).
    ends: Vec<usize>,
    /// Linked spans of `text` and their addresses.
    pub links: Vec<(Range<usize>, String)>,
    /// Bold spans of `text`.
    pub strong: Vec<Range<usize>>,
    /// Italic spans of `text`.
    pub emphasis: Vec<Range<usize>>,
    /// Code spans, escaped characters and entities of `text`: separators
    /// there belong to the value.
    pub code: Vec<Range<usize>>,
}

impl Line {
    /// A line of plain text with the body byte of each of its bytes.
    pub fn from_parts((text, map): (String, Vec<usize>)) -> Line {
        Line {
            text,
            ends: map.iter().map(|m| m + 1).collect(),
            map,
            ..Line::default()
        }
    }

    fn push(&mut self, text: &str, source: Option<&str>, at: usize) {
        let end = at + source.map_or(0, str::len);
        let linear = source == Some(text);
        if source.is_some() && !linear {
            // Escaped characters and entities belong to the value: a
            // separator written as `\|` or `&middot;` does not split.
            self.code
                .push(self.text.len()..self.text.len() + text.len());
        }
        for (i, c) in text.char_indices() {
            for k in 0..c.len_utf8() {
                self.map.push(if linear { at + i + k } else { at });
                self.ends
                    .push(if linear { at + i + k + 1 } else { end.max(at) });
            }
        }
        self.text.push_str(text);
    }

    /// Adds text that is not in the body (it maps to the line's last byte).
    pub fn append_separator(&mut self, text: &str) {
        let at = self.map.last().copied().unwrap_or(0);
        self.push(text, None, at);
    }

    /// Adds another line's text and spans at the end of this one.
    pub fn append(&mut self, line: &Line) {
        let shift = self.text.len();
        let moved = |spans: &[Range<usize>]| {
            spans
                .iter()
                .map(|s| s.start + shift..s.end + shift)
                .collect::<Vec<_>>()
        };
        self.links.extend(
            line.links
                .iter()
                .map(|(s, u)| (s.start + shift..s.end + shift, u.clone())),
        );
        self.strong.extend(moved(&line.strong));
        self.emphasis.extend(moved(&line.emphasis));
        self.code.extend(moved(&line.code));
        self.text.push_str(&line.text);
        self.map.extend_from_slice(&line.map);
        self.ends.extend_from_slice(&line.ends);
    }

    fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// The source range of text bytes `range`.
    pub fn source(&self, range: Range<usize>) -> SourceRange {
        if self.map.is_empty() {
            return 0..0;
        }
        let start = self.map[range.start.min(self.map.len() - 1)];
        let end = if range.end == 0 || range.is_empty() {
            start
        } else {
            let last = range.end.min(self.ends.len()) - 1;
            self.ends[last]
        };
        start..end.max(start)
    }

    /// The whole line's source range.
    pub fn range(&self) -> SourceRange {
        self.source(0..self.text.len())
    }

    /// Text bytes `range`, trimmed, as a field.
    pub fn field(&self, range: Range<usize>) -> Field {
        let piece = &self.text[range.clone()];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        let inner = range.start + lead..(range.end - trail).max(range.start + lead);
        Field::new(self.text[inner.clone()].to_string(), self.source(inner))
    }

    /// The whole line as a field.
    pub fn whole(&self) -> Field {
        self.field(0..self.text.len())
    }

    /// The part of the line after the first `n` bytes.
    pub fn tail(&self, n: usize) -> Line {
        self.slice(n.min(self.text.len())..self.text.len())
    }

    pub fn slice(&self, range: Range<usize>) -> Line {
        let shift = |spans: &[Range<usize>]| -> Vec<Range<usize>> {
            spans
                .iter()
                .filter(|s| s.end > range.start && s.start < range.end)
                .map(|s| s.start.max(range.start) - range.start..s.end.min(range.end) - range.start)
                .collect()
        };
        Line {
            text: self.text[range.clone()].to_string(),
            map: self.map[range.clone()].to_vec(),
            ends: self.ends[range.clone()].to_vec(),
            links: self
                .links
                .iter()
                .filter(|(s, _)| s.end > range.start && s.start < range.end)
                .map(|(s, u)| {
                    (
                        s.start.max(range.start) - range.start..s.end.min(range.end) - range.start,
                        u.clone(),
                    )
                })
                .collect(),
            strong: shift(&self.strong),
            emphasis: shift(&self.emphasis),
            code: shift(&self.code),
        }
    }

    /// Splits at any of `separators` outside code spans and parentheses;
    /// returns the byte ranges of the trimmed, non-empty pieces.
    pub fn split(&self, separators: &[&str]) -> Vec<Range<usize>> {
        let mut pieces = Vec::new();
        let mut from = 0;
        let mut depth = 0i32;
        let mut i = 0;
        let text = &self.text;
        while i < text.len() {
            let rest = &text[i..];
            let in_code = self.code.iter().any(|c| c.contains(&i));
            let ch = rest.chars().next().unwrap_or(' ');
            if !in_code {
                match ch {
                    '(' | '[' => depth += 1,
                    ')' | ']' => depth = (depth - 1).max(0),
                    _ => {}
                }
                let unprotected = |sep: &&str| {
                    !self
                        .code
                        .iter()
                        .any(|c| c.start < i + sep.len() && i < c.end)
                };
                if depth == 0
                    && let Some(sep) = separators
                        .iter()
                        .find(|s| rest.starts_with(**s) && unprotected(s))
                {
                    pieces.push(from..i);
                    i += sep.len();
                    from = i;
                    continue;
                }
            }
            i += ch.len_utf8();
        }
        pieces.push(from..text.len());
        pieces
            .into_iter()
            .filter_map(|r| {
                let piece = &text[r.clone()];
                let lead = piece.len() - piece.trim_start().len();
                let trail = piece.len() - piece.trim_end().len();
                let inner = r.start + lead..r.end - trail;
                (!inner.is_empty() && inner.start < inner.end).then_some(inner)
            })
            .collect()
    }

    /// `**Label:** value` or `**Label**: value` or `Label: value` when
    /// `plain_labels`: the label and the byte where the value starts.
    pub fn label(&self, plain_labels: bool) -> Option<(String, usize)> {
        let text = &self.text;
        let lead = text.len() - text.trim_start().len();
        if let Some(strong) = self.strong.iter().find(|s| s.start == lead) {
            let inside = text[strong.clone()].trim();
            if let Some(label) = inside.strip_suffix(':') {
                return Some((label.trim().to_string(), strong.end));
            }
            let after = &text[strong.end..];
            if let Some(rest) = after.strip_prefix(':') {
                let _ = rest;
                return Some((inside.to_string(), strong.end + 1));
            }
            return None;
        }
        if !plain_labels {
            return None;
        }
        let colon = text
            .find(": ")
            .or_else(|| text.strip_suffix(':').map(|t| t.len()))?;
        let label = text[..colon].trim();
        let words = label.split_whitespace().count();
        let plain = !label.is_empty()
            && words <= 4
            && !self.links.iter().any(|(r, _)| r.start < colon)
            && label.chars().next().is_some_and(char::is_alphabetic);
        plain.then(|| (label.to_string(), colon + 1))
    }

    /// Whether the line opens with bold text that is not a `Label:`.
    pub fn bold_lead(&self) -> Option<Range<usize>> {
        let lead = self.text.len() - self.text.trim_start().len();
        let strong = self.strong.iter().find(|s| s.start == lead)?;
        self.label(false).is_none().then(|| strong.clone())
    }

    /// Whether every letter of the line is bold or italic.
    pub fn all_styled(&self) -> bool {
        let covered = |i: usize| {
            self.strong
                .iter()
                .chain(self.emphasis.iter())
                .any(|s| s.contains(&i))
        };
        let mut any = false;
        for (i, c) in self.text.char_indices() {
            if c.is_alphanumeric() {
                any = true;
                if !covered(i) {
                    return false;
                }
            }
        }
        any
    }

    /// Whether every letter is bold.
    pub fn all_strong(&self) -> bool {
        let mut any = false;
        for (i, c) in self.text.char_indices() {
            if c.is_alphanumeric() {
                any = true;
                if !self.strong.iter().any(|s| s.contains(&i)) {
                    return false;
                }
            }
        }
        any
    }
}

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
                html::InlineHtml::Text(alt) => line.push(&alt, None, range.start),
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
                open.pop();
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
mod tests {
    use super::*;

    fn paragraph(body: &str) -> Vec<Line> {
        match parse(body).remove(0) {
            Block::Paragraph { lines, .. } => lines,
            other => panic!("not a paragraph: {other:?}"),
        }
    }

    #[test]
    fn lines_map_back_to_the_body() {
        let body = "Intro\n\n**Go**, *Rust* and `C++`  \n[site](https://x.dev) · end";
        let lines = paragraph(&body[7..]);
        assert_eq!(lines[0].text, "Go, Rust and C++");
        let rust = lines[0].text.find("Rust").unwrap();
        let field = lines[0].field(rust..rust + 4);
        assert_eq!(&body[7..][field.range.clone()], "Rust");
        assert_eq!(lines[1].text, "site · end");
        assert_eq!(lines[1].links[0].1, "https://x.dev");
        assert_eq!(lines[0].strong, vec![0..2]);
    }

    #[test]
    fn html_breaks_lines_and_tags_vanish() {
        let lines = paragraph("Ada<br>Engineer <span class=\"x\">in Berlin</span>");
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Ada", "Engineer in Berlin"]);
    }

    #[test]
    fn lists_keep_nesting_and_ranges() {
        let body = "- one\n  - two\n- three";
        let Block::List { items, .. } = &parse(body)[0] else {
            panic!()
        };
        assert_eq!(items[0].text(), "one");
        assert_eq!(items[0].children[0].text(), "two");
        assert_eq!(&body[items[1].own_range()], "three");
    }

    #[test]
    fn tables_give_cells() {
        let body = "| Area | Tools |\n|---|---|\n| Lang | Go, Rust |\n";
        let Block::Table { rows, .. } = &parse(body)[0] else {
            panic!()
        };
        assert_eq!(rows[1][1].text, "Go, Rust");
        assert_eq!(&body[rows[1][1].range()], "Go, Rust");
    }

    #[test]
    fn split_skips_parentheses_and_code() {
        let line = &paragraph("Go (gin, echo), `a, b`, Rust")[0];
        let parts: Vec<&str> = line
            .split(&[", "])
            .into_iter()
            .map(|r| &line.text[r])
            .collect();
        assert_eq!(parts, ["Go (gin, echo)", "a, b", "Rust"]);
    }

    #[test]
    fn labels_bold_or_plain() {
        let line = &paragraph("**Languages:** Go")[0];
        assert_eq!(line.label(false).unwrap().0, "Languages");
        let line = &paragraph("Cloud: AWS, GCP")[0];
        assert_eq!(line.label(false), None);
        assert_eq!(line.label(true).unwrap().0, "Cloud");
        let line = &paragraph("**Acme** — Engineer")[0];
        assert!(line.bold_lead().is_some());
    }
}
