//! The resume as one standalone HTML5 file.
//!
//! Written from pulldown-cmark events rather than its HTML renderer, so the
//! user's text can never become markup: raw HTML is shown as text, every
//! text and attribute value is escaped, only http(s) and mailto links are
//! kept, and images become their alt text (the file loads nothing).

use pulldown_cmark::{Alignment, CodeBlockKind, Event, HeadingLevel, Parser, Tag, TagEnd};

use super::Paper;
use super::html_style::STYLE;
use super::{Part, is_allowed_url, parts, without_controls};
use crate::resume::Resume;
use crate::resume::{is_inline_tag, markdown_options};

/// One standalone HTML file: the name as `<h1>` and `<title>`, each
/// section as `<section>` with an `<h2>`, each `###` entry in a block the
/// printer keeps on one page when it can.
pub fn to_html(resume: &Resume) -> String {
    to_html_on(resume, Paper::A4)
}

/// The same, printing on `paper`.
pub fn to_html_on(resume: &Resume, paper: Paper) -> String {
    let parts = parts(resume);
    let title = parts
        .iter()
        .find_map(|p| match p {
            Part::Header(body) => first_heading(body),
            Part::Section { .. } => None,
        })
        .unwrap_or_else(|| "Resume".to_string());
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(&title)));
    out.push_str(&format!(
        "<style>{}</style>\n</head>\n<body>\n<main>\n",
        STYLE.replace("size: A4;", &format!("size: {};", paper.css_name()))
    ));
    for part in parts {
        match part {
            Part::Header(body) => {
                out.push_str("<header>\n");
                Writer::new(&mut out, false).write(body);
                out.push_str("</header>\n");
            }
            Part::Section { title, body } => {
                out.push_str(&format!("<section>\n<h2>{}</h2>\n", escape(title)));
                Writer::new(&mut out, true).write(body);
                out.push_str("</section>\n");
            }
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The text of the first heading: the person's name.
fn first_heading(markdown: &str) -> Option<String> {
    let mut inside = false;
    let mut text = String::new();
    for event in Parser::new_ext(markdown, markdown_options()) {
        match event {
            Event::Start(Tag::Heading { .. }) => inside = true,
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) if inside => text.push_str(&t),
            _ => {}
        }
    }
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// Escapes text for element content and quoted attribute values alike.
pub(super) fn escape(text: &str) -> String {
    let text = without_controls(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

struct Writer<'a> {
    out: &'a mut String,
    /// Section bodies group `###` entries; the header does not.
    in_section: bool,
    entry_open: bool,
    /// Block nesting, so only top-level headings start entries.
    depth: usize,
    /// Inside an image, only the alt text is written.
    image_depth: usize,
    /// Whether each open link was written as `<a>`.
    links: Vec<bool>,
    table: Vec<Alignment>,
    in_table_head: bool,
    cell: usize,
}

impl<'a> Writer<'a> {
    fn new(out: &'a mut String, in_section: bool) -> Self {
        Writer {
            out,
            in_section,
            entry_open: false,
            depth: 0,
            image_depth: 0,
            links: Vec::new(),
            table: Vec::new(),
            in_table_head: false,
            cell: 0,
        }
    }

    fn write(mut self, markdown: &str) {
        for event in Parser::new_ext(markdown, markdown_options()) {
            self.event(event);
        }
        if self.entry_open {
            self.out.push_str("</div>\n");
        }
    }

    fn text(&mut self, text: &str) {
        self.out.push_str(&escape(text));
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t),
            // Raw HTML and math are shown as the text the user typed.
            Event::Html(t)
            | Event::InlineHtml(t)
            | Event::InlineMath(t)
            | Event::DisplayMath(t) => self.text(&t),
            Event::Code(code) if self.image_depth > 0 => self.text(&code),
            Event::Code(code) => {
                self.out.push_str("<code>");
                self.text(&code);
                self.out.push_str("</code>");
            }
            Event::FootnoteReference(label) => {
                self.out.push_str("<sup class=\"footnote-ref\">[");
                self.text(&label);
                self.out.push_str("]</sup>");
            }
            Event::SoftBreak => self.out.push('\n'),
            Event::HardBreak if self.image_depth > 0 => self.out.push(' '),
            Event::HardBreak => self.out.push_str("<br>\n"),
            Event::Rule => self.out.push_str("<hr>\n"),
            Event::TaskListMarker(done) => self.out.push_str(if done {
                "<input type=\"checkbox\" checked disabled> "
            } else {
                "<input type=\"checkbox\" disabled> "
            }),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        if self.image_depth > 0 {
            // Alt text only; an image inside an image still counts.
            self.image_depth += usize::from(matches!(tag, Tag::Image { .. }));
            return;
        }
        let block = !is_inline_tag(&tag);
        if block {
            self.depth += 1;
        }
        match tag {
            Tag::Heading { level, .. } => {
                let level = self.heading_level(level);
                if self.in_section && self.depth == 1 && level <= 3 {
                    if self.entry_open {
                        self.out.push_str("</div>\n");
                    }
                    self.out.push_str("<div class=\"entry\">\n");
                    self.entry_open = true;
                }
                self.out.push_str(&format!("<h{level}>"));
            }
            Tag::Paragraph => self.out.push_str("<p>"),
            Tag::BlockQuote(_) => self.out.push_str("<blockquote>\n"),
            Tag::CodeBlock(kind) => match kind {
                CodeBlockKind::Fenced(info) if !info.trim().is_empty() => {
                    let language = info.split_whitespace().next().unwrap_or_default();
                    self.out.push_str(&format!(
                        "<pre><code class=\"language-{}\">",
                        escape(language)
                    ));
                }
                _ => self.out.push_str("<pre><code>"),
            },
            Tag::HtmlBlock => self.out.push_str("<p class=\"raw\">"),
            Tag::List(Some(1)) => self.out.push_str("<ol>\n"),
            Tag::List(Some(start)) => self.out.push_str(&format!("<ol start=\"{start}\">\n")),
            Tag::List(None) => self.out.push_str("<ul>\n"),
            Tag::Item => self.out.push_str("<li>"),
            Tag::FootnoteDefinition(label) => {
                self.out.push_str("<div class=\"footnote\"><sup>[");
                self.text(&label);
                self.out.push_str("]</sup> ");
            }
            Tag::DefinitionList => self.out.push_str("<dl>\n"),
            Tag::DefinitionListTitle => self.out.push_str("<dt>"),
            Tag::DefinitionListDefinition => self.out.push_str("<dd>"),
            Tag::Table(alignments) => {
                self.table = alignments;
                self.out.push_str("<table>\n");
            }
            Tag::TableHead => {
                self.in_table_head = true;
                self.cell = 0;
                self.out.push_str("<thead>\n<tr>");
            }
            Tag::TableRow => {
                self.cell = 0;
                self.out.push_str("<tr>");
            }
            Tag::TableCell => {
                let name = if self.in_table_head { "th" } else { "td" };
                let align = match self.table.get(self.cell) {
                    Some(Alignment::Left) => " style=\"text-align: left\"",
                    Some(Alignment::Center) => " style=\"text-align: center\"",
                    Some(Alignment::Right) => " style=\"text-align: right\"",
                    _ => "",
                };
                self.out.push_str(&format!("<{name}{align}>"));
            }
            Tag::Emphasis => self.out.push_str("<em>"),
            Tag::Strong => self.out.push_str("<strong>"),
            Tag::Strikethrough => self.out.push_str("<del>"),
            Tag::Superscript => self.out.push_str("<sup>"),
            Tag::Subscript => self.out.push_str("<sub>"),
            Tag::Link {
                dest_url, title, ..
            } => {
                let allowed = is_allowed_url(&dest_url);
                if allowed {
                    self.out
                        .push_str(&format!("<a href=\"{}\"", escape(&dest_url)));
                    if !title.is_empty() {
                        self.out.push_str(&format!(" title=\"{}\"", escape(&title)));
                    }
                    self.out.push('>');
                }
                self.links.push(allowed);
            }
            Tag::Image { .. } => self.image_depth = 1,
            Tag::MetadataBlock(_) => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        if self.image_depth > 0 {
            self.image_depth -= usize::from(matches!(tag, TagEnd::Image));
            return;
        }
        if !is_inline_end(tag) {
            self.depth = self.depth.saturating_sub(1);
        }
        let close = match tag {
            TagEnd::Heading(level) => {
                let level = self.heading_level(level);
                self.out.push_str(&format!("</h{level}>\n"));
                return;
            }
            TagEnd::Paragraph | TagEnd::HtmlBlock => "</p>\n",
            TagEnd::BlockQuote(_) => "</blockquote>\n",
            TagEnd::CodeBlock => "</code></pre>\n",
            TagEnd::List(true) => "</ol>\n",
            TagEnd::List(false) => "</ul>\n",
            TagEnd::Item => "</li>\n",
            TagEnd::FootnoteDefinition => "</div>\n",
            TagEnd::DefinitionList => "</dl>\n",
            TagEnd::DefinitionListTitle => "</dt>\n",
            TagEnd::DefinitionListDefinition => "</dd>\n",
            TagEnd::Table => "</tbody>\n</table>\n",
            TagEnd::TableHead => {
                self.in_table_head = false;
                "</tr>\n</thead>\n<tbody>\n"
            }
            TagEnd::TableRow => "</tr>\n",
            TagEnd::TableCell => {
                self.cell += 1;
                if self.in_table_head { "</th>" } else { "</td>" }
            }
            TagEnd::Emphasis => "</em>",
            TagEnd::Strong => "</strong>",
            TagEnd::Strikethrough => "</del>",
            TagEnd::Superscript => "</sup>",
            TagEnd::Subscript => "</sub>",
            TagEnd::Link => {
                if self.links.pop().unwrap_or(false) {
                    "</a>"
                } else {
                    ""
                }
            }
            TagEnd::Image | TagEnd::MetadataBlock(_) => "",
        };
        self.out.push_str(close);
    }

    /// `<h2>` belongs to section titles, so headings inside a section start
    /// at `<h3>`; the header keeps its `# Name` as `<h1>`.
    fn heading_level(&self, level: HeadingLevel) -> usize {
        let level = level as usize;
        if self.in_section { level.max(3) } else { level }
    }
}

fn is_inline_end(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}
