//! The resume as plain text, for pasting into a job portal's text box.
//!
//! The name and entry headings are plain lines, section titles UPPER CASE
//! after a blank line; paragraphs wrap at the width by display width; list
//! items start with "- " (or "1. ") and wrap under their first word,
//! nested lists two columns further in; links read "text (address)";
//! emphasis markers go; code is kept as typed and tables become aligned
//! columns (neither is wrapped).

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use unicode_width::UnicodeWidthStr;

use super::wrap::wrap;
use super::{Part, is_allowed_url, parts, shown_address, without_controls};
use crate::resume::Resume;
use crate::resume::markdown_options;

/// The resume as plain text wrapped at `width` columns (80 suits most
/// text boxes), ending in one newline, with no trailing spaces.
pub fn to_plain_text(resume: &Resume, width: usize) -> String {
    let mut doc = Doc::default();
    for part in parts(resume) {
        match part {
            Part::Header(body) => Writer::new(&mut doc, width).write(body),
            Part::Section { title, body } => {
                doc.heading(wrap(&title.to_uppercase(), width, "", ""));
                Writer::new(&mut doc, width).write(body);
            }
        }
    }
    doc.finish()
}

/// The lines written so far and the blank-line rule: blocks are apart,
/// except right under a heading and between items of one list.
#[derive(Default)]
struct Doc {
    lines: Vec<String>,
    after_heading: bool,
}

impl Doc {
    fn block(&mut self, lines: Vec<String>, tight: bool) {
        if !self.lines.is_empty() && !self.after_heading && !tight {
            self.lines.push(String::new());
        }
        self.lines.extend(lines);
        self.after_heading = false;
    }

    fn heading(&mut self, lines: Vec<String>) {
        self.block(lines, false);
        self.after_heading = true;
    }

    fn finish(self) -> String {
        let mut out = String::new();
        let mut blank = false;
        for line in &self.lines {
            let line = line.trim_end();
            if line.is_empty() {
                blank = !out.is_empty();
                continue;
            }
            if blank {
                out.push('\n');
                blank = false;
            }
            out.push_str(line);
            out.push('\n');
        }
        if out.is_empty() {
            out.push('\n');
        }
        out
    }
}

struct ListLevel {
    /// The next number of an ordered list.
    number: Option<u64>,
    /// Columns before this list's markers.
    indent: usize,
    /// Columns before the text of the current item.
    hang: usize,
    /// The marker still to write on the item's first line.
    marker: Option<String>,
}

struct Writer<'a> {
    doc: &'a mut Doc,
    width: usize,
    inline: String,
    in_heading: bool,
    lists: Vec<ListLevel>,
    /// The next block starts a top-level list: a blank line before it.
    list_starts: bool,
    quote_depth: usize,
    code: Option<String>,
    table: Option<Vec<Vec<String>>>,
    /// Where each open link's text starts, and its address if allowed.
    links: Vec<(usize, Option<String>)>,
    /// Text for the start of the next paragraph (a footnote's label).
    lead: Option<String>,
}

impl<'a> Writer<'a> {
    fn new(doc: &'a mut Doc, width: usize) -> Self {
        Writer {
            doc,
            width,
            inline: String::new(),
            in_heading: false,
            lists: Vec::new(),
            list_starts: false,
            quote_depth: 0,
            code: None,
            table: None,
            links: Vec::new(),
            lead: None,
        }
    }

    fn write(mut self, markdown: &str) {
        for event in Parser::new_ext(markdown, markdown_options()) {
            self.event(event);
        }
        self.flush();
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => match &mut self.code {
                Some(code) => code.push_str(&text),
                None => self.inline.push_str(&without_controls(&text)),
            },
            Event::Code(text)
            | Event::Html(text)
            | Event::InlineHtml(text)
            | Event::InlineMath(text)
            | Event::DisplayMath(text) => self.inline.push_str(&without_controls(&text)),
            Event::FootnoteReference(label) => self.inline.push_str(&format!("[{label}]")),
            Event::SoftBreak => self.inline.push(' '),
            Event::HardBreak => self.inline.push('\n'),
            Event::TaskListMarker(done) => self.inline.push_str(if done { "[x] " } else { "[ ] " }),
            Event::Rule => {
                self.flush();
                let rule = "-".repeat(self.width.clamp(3, 40));
                self.doc.block(vec![rule], false);
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Heading { .. } => {
                self.flush();
                self.in_heading = true;
            }
            Tag::BlockQuote(_) => {
                self.flush();
                self.quote_depth += 1;
            }
            Tag::CodeBlock(_) => {
                self.flush();
                self.code = Some(String::new());
            }
            Tag::List(start) => {
                self.flush();
                let indent = self.lists.last().map_or(0, |l| l.hang);
                self.list_starts |= self.lists.is_empty();
                self.lists.push(ListLevel {
                    number: start,
                    indent,
                    hang: indent,
                    marker: None,
                });
            }
            Tag::Item => {
                self.flush();
                if let Some(level) = self.lists.last_mut() {
                    let marker = match &mut level.number {
                        Some(n) => {
                            *n += 1;
                            format!("{}. ", *n - 1)
                        }
                        None => "- ".to_string(),
                    };
                    level.hang = level.indent + marker.width();
                    level.marker = Some(marker);
                }
            }
            Tag::Table(_) => {
                self.flush();
                self.table = Some(Vec::new());
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(rows) = &mut self.table {
                    rows.push(Vec::new());
                }
            }
            Tag::FootnoteDefinition(label) => {
                self.flush();
                self.lead = Some(format!("[{label}] "));
            }
            Tag::Link { dest_url, .. } => {
                let allowed = is_allowed_url(&dest_url).then(|| dest_url.to_string());
                self.links.push((self.inline.len(), allowed));
            }
            Tag::Paragraph
            | Tag::HtmlBlock
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition => self.flush(),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                self.flush();
                self.in_heading = false;
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::CodeBlock => {
                let code = self.code.take().unwrap_or_default();
                let code = without_controls(&code);
                let (first, rest) = self.prefixes();
                let lines = code
                    .trim_end_matches('\n')
                    .split('\n')
                    .enumerate()
                    .map(|(i, line)| format!("{}{line}", if i == 0 { &first } else { &rest }))
                    .collect();
                self.emit(lines);
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::Item => {
                let marker_left = self.lists.last().is_some_and(|l| l.marker.is_some());
                if marker_left && self.inline.trim().is_empty() {
                    // An empty item still shows its marker.
                    let (first, _) = self.prefixes();
                    self.emit(vec![first]);
                }
                self.flush();
            }
            TagEnd::TableCell => {
                let cell: Vec<&str> = self.inline.split_whitespace().collect();
                let cell = cell.join(" ");
                self.inline.clear();
                if let Some(row) = self.table.as_mut().and_then(|rows| rows.last_mut()) {
                    row.push(cell);
                }
            }
            TagEnd::Table => {
                let rows = self.table.take().unwrap_or_default();
                let (_, indent) = self.prefixes();
                self.emit(table_lines(&rows, &indent));
            }
            TagEnd::Link => self.end_link(),
            TagEnd::Paragraph
            | TagEnd::HtmlBlock
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => self.flush(),
            _ => {}
        }
    }

    /// Link text stays; the address follows it in parentheses unless the
    /// text already is the address.
    fn end_link(&mut self) {
        let Some((start, Some(url))) = self.links.pop() else {
            return;
        };
        let text = self.inline[start..].trim().to_string();
        // An email address reads better without its scheme.
        let address = url.strip_prefix("mailto:").unwrap_or(&url);
        if text == url || text == address {
            return;
        }
        if text.is_empty() || text == shown_address(&url) {
            self.inline.truncate(start);
            self.inline.push_str(address);
        } else {
            self.inline.push_str(&format!(" ({address})"));
        }
    }

    /// First-line and continuation prefixes at the current nesting; takes
    /// the pending list marker.
    fn prefixes(&mut self) -> (String, String) {
        let quote = " ".repeat(self.quote_depth * 2);
        match self.lists.last_mut() {
            Some(level) => {
                let rest = format!("{quote}{}", " ".repeat(level.hang));
                let first = match level.marker.take() {
                    Some(marker) => format!("{quote}{}{marker}", " ".repeat(level.indent)),
                    None => rest.clone(),
                };
                (first, rest)
            }
            None => (quote.clone(), quote),
        }
    }

    fn flush(&mut self) {
        if self.inline.trim().is_empty() {
            self.inline.clear();
            return;
        }
        let mut text = std::mem::take(&mut self.inline);
        if let Some(lead) = self.lead.take() {
            text.insert_str(0, &lead);
        }
        let (first, rest) = self.prefixes();
        let lines = wrap(&text, self.width, &first, &rest);
        if self.in_heading {
            self.doc.heading(lines);
        } else {
            self.emit(lines);
        }
    }

    fn emit(&mut self, lines: Vec<String>) {
        let tight = !self.lists.is_empty() && !self.list_starts;
        self.list_starts = false;
        self.doc.block(lines, tight);
    }
}

/// Rows as aligned columns two spaces apart; a dashed line under the head.
fn table_lines(rows: &[Vec<String>], indent: &str) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|cell| cell.width())
                .max()
                .unwrap_or(0)
                .max(1)
        })
        .collect();
    let line = |cells: Vec<String>| format!("{indent}{}", cells.join("  ").trim_end());
    let mut out = Vec::with_capacity(rows.len() + 1);
    for (index, row) in rows.iter().enumerate() {
        let cells = (0..columns)
            .map(|c| {
                let cell = row.get(c).map_or("", String::as_str);
                format!("{cell}{}", " ".repeat(widths[c] - cell.width()))
            })
            .collect();
        out.push(line(cells));
        if index == 0 {
            out.push(line(widths.iter().map(|w| "-".repeat(*w)).collect()));
        }
    }
    out
}
