//! Markdown → styled terminal lines, from pulldown-cmark events.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::MdTheme;
use super::inline::Inline;
use super::links::{LinkTarget, shown_url};
use super::sink::{Container, LineOut, LineSink};
use super::table::TableBuilder;
use super::verbatim::verbatim_lines;
use crate::resume::markdown_options;
use crate::resume::reading::{InlineHtml, blank_front_matter, html_block_text, read_inline_html};

const BULLETS: [&str; 3] = ["• ", "◦ ", "▪ "];

/// Renders `markdown` as lines at most `width` cells wide. All text from the
/// document goes through [`super::visible`], so nothing in it can act on the
/// terminal. Inline HTML is shown the way a browser would show it (`<br>`
/// breaks the line, `<img>` shows its alt text, tags, comments, `<style>`
/// and `<script>` vanish) and front matter is not shown; blank lines keep
/// its place so lines still count from the top of the file.
pub fn render(markdown: &str, width: u16, theme: &MdTheme) -> Vec<Line<'static>> {
    render_into(markdown, width, theme, Vec::new())
}

/// [`render`] handing each line to `out` as soon as it is finished.
pub(crate) fn render_into<O: LineOut>(markdown: &str, width: u16, theme: &MdTheme, out: O) -> O {
    let mut renderer = Renderer::new(usize::from(width), theme, out);
    let markdown = blank_front_matter(markdown);
    // Variant tags (`{.fintech}` at a line's end) are never shown; removing
    // them keeps every line where it was, so the source map holds.
    let markdown = crate::resume::strip_tags(&markdown);
    let mut lines = LineCounter::default();
    for (event, range) in Parser::new_ext(&markdown, markdown_options()).into_offset_iter() {
        let starts_block = matches!(&event, Event::Start(tag) if is_block(tag));
        renderer.event(event);
        // Set after the event: starting a block first writes out the one
        // before it, which keeps its own line.
        if starts_block {
            renderer.sink.source_line = lines.line_of(&markdown, range.start);
        }
    }
    renderer.finish()
}

/// [`render`] with, for every line, the 0-based line of `markdown` its
/// block starts on: how the preview follows the editor's cursor.
pub fn render_mapped(
    markdown: &str,
    width: u16,
    theme: &MdTheme,
) -> (Vec<Line<'static>>, Vec<usize>) {
    let mapped = render_into(markdown, width, theme, Mapped::default());
    (mapped.lines, mapped.sources)
}

#[derive(Default)]
struct Mapped {
    lines: Vec<Line<'static>>,
    sources: Vec<usize>,
}

impl LineOut for Mapped {
    fn line(&mut self, line: Line<'static>) {
        self.line_from(line, self.sources.last().copied().unwrap_or(0));
    }

    fn line_from(&mut self, line: Line<'static>, source: usize) {
        self.lines.push(line);
        self.sources.push(source);
    }
}

fn is_block(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::Item
            | Tag::CodeBlock(_)
            | Tag::HtmlBlock
            | Tag::BlockQuote(_)
            | Tag::TableRow
            | Tag::TableHead
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
    )
}

/// Line numbers of byte offsets, counted on from the last one asked
/// (block starts come in order, so the text is walked about once).
#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: usize,
}

impl LineCounter {
    fn line_of(&mut self, text: &str, offset: usize) -> usize {
        if offset < self.offset {
            *self = LineCounter::default();
        }
        let offset = offset.min(text.len());
        self.line += text.as_bytes()[self.offset..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.offset = offset;
        self.line
    }
}

struct ListState {
    next_number: Option<u64>,
    /// Items hold paragraphs, so they are separated by blank lines.
    loose: bool,
    items: usize,
}

/// Text collected verbatim for a code or HTML block.
struct VerbatimBlock {
    text: String,
    style: Style,
}

struct Renderer<'t, O> {
    theme: &'t MdTheme,
    sink: LineSink<O>,
    inline: Inline,
    /// Inline styles in effect; each entry is patched over the one below.
    styles: Vec<Style>,
    lists: Vec<ListState>,
    links: Vec<LinkTarget>,
    verbatim: Option<VerbatimBlock>,
    table: Option<TableBuilder>,
    /// Inside `<style>` or `<script>`: text is not shown.
    hidden: usize,
    /// Collecting an HTML block, shown as its readable text at its end.
    html_block: Option<String>,
}

impl<'t, O: LineOut> Renderer<'t, O> {
    fn new(width: usize, theme: &'t MdTheme, out: O) -> Self {
        Renderer {
            theme,
            sink: LineSink::new(width, out),
            inline: Inline::default(),
            styles: vec![Style::default()],
            lists: Vec::new(),
            links: Vec::new(),
            verbatim: None,
            table: None,
            hidden: 0,
            html_block: None,
        }
    }

    /// One inline HTML tag, shown as a browser would.
    fn inline_html(&mut self, tag: &str) {
        match read_inline_html(tag) {
            InlineHtml::Break => self.inline.hard_break(self.style()),
            InlineHtml::Text(alt) if self.hidden == 0 => self.inline.push(&alt, self.style()),
            InlineHtml::HideStart => self.hidden += 1,
            InlineHtml::HideEnd => self.hidden = self.hidden.saturating_sub(1),
            _ => {}
        }
    }

    fn style(&self) -> Style {
        self.styles.last().copied().unwrap_or_default()
    }

    fn push_style(&mut self, style: Style) {
        self.styles.push(self.style().patch(style));
    }

    fn pop_style(&mut self) {
        if self.styles.len() > 1 {
            self.styles.pop();
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => match (&mut self.html_block, &mut self.verbatim) {
                (Some(block), _) => block.push_str(&text),
                (None, Some(block)) => block.text.push_str(&text),
                (None, None) if self.hidden == 0 => self.inline.push(&text, self.style()),
                (None, None) => {}
            },
            Event::Html(html) => match (&mut self.html_block, &mut self.verbatim) {
                (Some(block), _) => block.push_str(&html),
                (None, Some(block)) => block.text.push_str(&html),
                (None, None) => self.inline_html(&html),
            },
            Event::InlineHtml(html) => self.inline_html(&html),
            Event::Code(code) | Event::InlineMath(code) | Event::DisplayMath(code) => {
                self.inline.push(&code, self.style().patch(self.theme.code));
            }
            Event::FootnoteReference(label) => {
                let style = self.style().patch(self.theme.footnote);
                self.inline.push("[", style);
                self.inline.push(&label, style);
                self.inline.push("]", style);
            }
            Event::SoftBreak => self.inline.push(" ", self.style()),
            Event::HardBreak => self.inline.hard_break(self.style()),
            Event::Rule => {
                self.begin_block();
                let width = self.sink.available();
                let rule = "─".repeat(width);
                self.sink.emit(vec![Span::styled(rule, self.theme.rule)]);
                self.sink.blank_pending = true;
            }
            Event::TaskListMarker(done) => self.task_marker(done),
        }
    }

    /// Ends any inline text still open (a tight list item's text before a
    /// nested block) and writes the blank line owed by the previous block.
    fn begin_block(&mut self) {
        self.flush_inline();
        self.sink.start_block();
    }

    fn flush_inline(&mut self) {
        if !self.inline.is_blank() {
            let lines = self.inline.wrap(self.sink.available());
            self.sink.emit_wrapped(lines);
        }
        self.inline.clear();
    }

    fn end_block(&mut self) {
        self.flush_inline();
        self.sink.blank_pending = true;
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                if matches!(self.sink.innermost(), Some(Container::Hang { .. }))
                    && let Some(list) = self.lists.last_mut()
                {
                    list.loose = true;
                }
                self.begin_block();
            }
            Tag::Heading { level, .. } => {
                self.begin_block();
                let style = match level {
                    HeadingLevel::H1 => self.theme.h1,
                    HeadingLevel::H2 => self.theme.h2,
                    HeadingLevel::H3 => self.theme.h3,
                    _ => self.theme.h4,
                };
                self.push_style(style);
            }
            Tag::BlockQuote(_) => {
                self.begin_block();
                self.sink.push_container(Container::Quote {
                    bar: self.theme.quote_bar,
                });
                self.push_style(self.theme.quote);
            }
            Tag::CodeBlock(_) => {
                self.begin_block();
                self.verbatim = Some(VerbatimBlock {
                    text: String::new(),
                    style: self.theme.code_block,
                });
            }
            Tag::HtmlBlock => {
                self.begin_block();
                self.html_block = Some(String::new());
            }
            Tag::List(first_number) => {
                self.begin_block();
                self.lists.push(ListState {
                    next_number: first_number,
                    loose: false,
                    items: 0,
                });
            }
            Tag::Item => self.start_item(),
            Tag::FootnoteDefinition(label) => {
                self.begin_block();
                let marker = format!("[{}] ", super::visible(&label));
                self.sink
                    .push_container(Container::hang(marker, self.theme.footnote));
            }
            Tag::DefinitionList => self.begin_block(),
            Tag::DefinitionListTitle => {
                self.begin_block();
                self.push_style(self.theme.strong);
            }
            Tag::DefinitionListDefinition => {
                self.begin_block();
                self.sink
                    .push_container(Container::hang("  ", Style::new()));
            }
            Tag::Table(alignments) => {
                self.begin_block();
                self.table = Some(TableBuilder::new(alignments));
            }
            Tag::TableHead => self.push_style(self.theme.table_header),
            Tag::TableRow => {}
            Tag::TableCell => self.inline.clear(),
            Tag::Emphasis => self.push_style(self.theme.emphasis),
            Tag::Strong => self.push_style(self.theme.strong),
            Tag::Strikethrough => self.push_style(self.theme.strike),
            Tag::Superscript | Tag::Subscript => self.push_style(Style::new()),
            Tag::Link { dest_url, .. } => {
                self.push_style(self.theme.link);
                self.links
                    .push(LinkTarget::new(&dest_url, self.inline.len(), false));
            }
            Tag::Image { dest_url, .. } => {
                self.push_style(self.theme.link);
                self.inline.push("[image: ", self.style());
                self.links
                    .push(LinkTarget::new(&dest_url, self.inline.len(), true));
            }
            Tag::MetadataBlock(_) => {
                self.begin_block();
                self.verbatim = Some(VerbatimBlock {
                    text: String::new(),
                    style: self.theme.code_block,
                });
            }
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.end_block(),
            TagEnd::Heading(level) => {
                self.flush_inline();
                self.pop_style();
                if level == HeadingLevel::H2 {
                    let width = self.sink.available();
                    let rule = Span::styled("─".repeat(width), self.theme.rule);
                    self.sink.emit(vec![rule]);
                }
                self.sink.blank_pending = true;
            }
            TagEnd::BlockQuote(_) => {
                self.flush_inline();
                self.pop_style();
                self.sink.pop_container();
                self.sink.blank_pending = true;
            }
            TagEnd::HtmlBlock => {
                let raw = self.html_block.take().unwrap_or_default();
                for line in html_block_text(&raw) {
                    if !line.is_empty() {
                        self.inline.push(&line, self.style());
                        self.inline.hard_break(self.style());
                    }
                }
                self.end_block();
            }
            TagEnd::CodeBlock | TagEnd::MetadataBlock(_) => {
                if let Some(block) = self.verbatim.take() {
                    let width = self.sink.available();
                    for line in verbatim_lines(&block.text, width, block.style) {
                        self.sink.emit(line.spans);
                    }
                }
                self.sink.blank_pending = true;
            }
            TagEnd::List(_) => {
                self.flush_inline();
                self.lists.pop();
                self.sink.blank_pending = true;
            }
            TagEnd::Item => {
                self.flush_inline();
                // An empty item still shows its bullet.
                if let Some(Container::Hang { used: false, .. }) = self.sink.innermost() {
                    self.sink.emit(Vec::new());
                }
                self.sink.pop_container();
            }
            TagEnd::FootnoteDefinition | TagEnd::DefinitionListDefinition => {
                self.flush_inline();
                self.sink.pop_container();
                self.sink.blank_pending = true;
            }
            TagEnd::DefinitionListTitle => {
                self.flush_inline();
                self.pop_style();
            }
            TagEnd::DefinitionList => self.end_block(),
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    let lines = table.layout(self.sink.available(), self.theme.table_border);
                    self.sink.emit_wrapped(lines);
                }
                self.sink.blank_pending = true;
            }
            TagEnd::TableHead => {
                self.pop_style();
                if let Some(table) = &mut self.table {
                    table.end_row(true);
                }
            }
            TagEnd::TableRow => {
                if let Some(table) = &mut self.table {
                    table.end_row(false);
                }
            }
            TagEnd::TableCell => {
                let cell = std::mem::take(&mut self.inline);
                if let Some(table) = &mut self.table {
                    table.push_cell(cell);
                }
            }
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript => self.pop_style(),
            TagEnd::Link | TagEnd::Image => self.end_link(),
        }
    }

    fn start_item(&mut self) {
        self.flush_inline();
        let depth = self.lists.len().saturating_sub(1);
        let Some(list) = self.lists.last_mut() else {
            return;
        };
        // Items of a loose list are separated by a blank line; a tight
        // list's items follow each other even after a nested list.
        self.sink.blank_pending = list.loose && list.items > 0;
        list.items += 1;
        let marker = match &mut list.next_number {
            Some(number) => {
                let marker = format!("{number}. ");
                *number += 1;
                std::borrow::Cow::Owned(marker)
            }
            None => std::borrow::Cow::Borrowed(BULLETS[depth % BULLETS.len()]),
        };
        self.sink.start_block();
        self.sink
            .push_container(Container::hang(marker, self.theme.bullet));
    }

    fn task_marker(&mut self, done: bool) {
        let (box_char, style) = if done {
            ("☑ ", self.theme.task_done)
        } else {
            ("☐ ", self.theme.bullet)
        };
        if let Some(Container::Hang { used: false, .. }) = self.sink.innermost() {
            self.sink.pop_container();
            self.sink.push_container(Container::hang(box_char, style));
        } else {
            self.inline.push(box_char, style);
        }
    }

    fn end_link(&mut self) {
        self.pop_style();
        let Some(target) = self.links.pop() else {
            return;
        };
        if target.is_image {
            self.inline.push("]", self.style().patch(self.theme.link));
        }
        let text = self.inline.text_since(target.text_start);
        if let Some(url) = shown_url(&target, text) {
            let style = self.style().patch(self.theme.link_url);
            self.inline.push(" (", style);
            self.inline.push(&url, style);
            self.inline.push(")", style);
        }
    }

    fn finish(mut self) -> O {
        self.flush_inline();
        if let Some(block) = self.verbatim.take() {
            let width = self.sink.available();
            for line in verbatim_lines(&block.text, width, block.style) {
                self.sink.emit(line.spans);
            }
        }
        self.sink.finish()
    }
}
