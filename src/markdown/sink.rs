//! Where rendered lines go: adds the prefixes of the enclosing block quotes
//! and list items, the blank lines between blocks, and keeps every line
//! within the width.

use std::borrow::Cow;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::inline::WrappedLine;
use super::spans::{display_width, spans_width, truncate_spans};

const SPACES: &str = "                                                                ";
const QUOTE_BAR: &str = "│ ";
const QUOTE_BAR_WIDTH: usize = 2;

/// A block that indents everything inside it.
#[derive(Debug)]
pub(crate) enum Container {
    /// A block quote: `│ ` in front of each line.
    Quote { bar: Style },
    /// A list item or footnote: its marker on the first line, then spaces of
    /// the same width, so continuation lines hang under the text.
    Hang {
        marker: Cow<'static, str>,
        width: usize,
        style: Style,
        used: bool,
    },
}

impl Container {
    pub fn hang(marker: impl Into<Cow<'static, str>>, style: Style) -> Self {
        let marker = marker.into();
        Container::Hang {
            width: display_width(&marker),
            marker,
            style,
            used: false,
        }
    }

    fn width(&self) -> usize {
        match self {
            Container::Quote { .. } => QUOTE_BAR_WIDTH,
            Container::Hang { width, .. } => *width,
        }
    }
}

/// Takes finished lines: a `Vec` for the preview, or a writer that turns
/// each line into text at once so a long document never sits in memory as
/// lines (see `ansi`).
pub(crate) trait LineOut {
    fn line(&mut self, line: Line<'static>);

    /// A line with the 0-based source line of the block it renders; only
    /// outputs that map rows back to the Markdown keep it.
    fn line_from(&mut self, line: Line<'static>, _source: usize) {
        self.line(line);
    }
}

impl LineOut for Vec<Line<'static>> {
    fn line(&mut self, line: Line<'static>) {
        self.push(line);
    }
}

pub(crate) struct LineSink<O> {
    width: usize,
    out: O,
    /// Some line has been written (or held back).
    started: bool,
    /// Empty lines not yet passed on: dropped if nothing follows them, so
    /// the output never ends in blank lines.
    held_empty: usize,
    containers: Vec<Container>,
    /// A blank line is owed before the next block (never written at the end).
    pub blank_pending: bool,
    /// The source line of the block being written.
    pub source_line: usize,
}

impl<O: LineOut> LineSink<O> {
    pub fn new(width: usize, out: O) -> Self {
        LineSink {
            width,
            out,
            started: false,
            held_empty: 0,
            containers: Vec::new(),
            blank_pending: false,
            source_line: 0,
        }
    }

    pub fn push_container(&mut self, container: Container) {
        self.containers.push(container);
    }

    pub fn pop_container(&mut self) -> Option<Container> {
        self.containers.pop()
    }

    pub fn innermost(&mut self) -> Option<&mut Container> {
        self.containers.last_mut()
    }

    /// Cells left for content inside the current containers (at least one).
    pub fn available(&self) -> usize {
        let prefix: usize = self.containers.iter().map(Container::width).sum();
        self.width.saturating_sub(prefix).max(1)
    }

    /// Call before each block: writes the blank line owed by the last one.
    pub fn start_block(&mut self) {
        if self.blank_pending && self.started {
            self.push_blank();
        }
        self.blank_pending = false;
    }

    /// A blank line that keeps the quote bars but uses no list marker.
    fn push_blank(&mut self) {
        let last_quote = self
            .containers
            .iter()
            .rposition(|c| matches!(c, Container::Quote { .. }));
        let Some(last_quote) = last_quote else {
            self.push_fitted(Vec::new());
            return;
        };
        let mut spans = Vec::with_capacity(last_quote + 1);
        for container in &self.containers[..last_quote] {
            match container {
                Container::Quote { bar } => spans.push(Span::styled(QUOTE_BAR, *bar)),
                Container::Hang { width, .. } => spans.push(Span::raw(spaces(*width))),
            }
        }
        if let Container::Quote { bar } = self.containers[last_quote] {
            spans.push(Span::styled("│", bar));
        }
        self.push_fitted(spans);
    }

    pub fn emit_wrapped(&mut self, lines: Vec<WrappedLine>) {
        for line in lines {
            self.emit(line.spans);
        }
    }

    /// Writes one line of content after the prefixes.
    pub fn emit(&mut self, mut content: Vec<Span<'static>>) {
        if !self.containers.is_empty() {
            let prefixes = self.containers.iter_mut().map(|container| match container {
                Container::Quote { bar } => Span::styled(QUOTE_BAR, *bar),
                Container::Hang {
                    marker,
                    width,
                    style,
                    used,
                } => {
                    if *used {
                        Span::raw(spaces(*width))
                    } else {
                        *used = true;
                        Span::styled(marker.clone(), *style)
                    }
                }
            });
            content.splice(0..0, prefixes);
        }
        self.push_fitted(content);
    }

    /// Pushes a line, cutting it with `…` if it would not fit the width
    /// (deep nesting, or a character wider than a narrow column). The width
    /// is measured here, as ratatui measures it, so that no layout slip
    /// elsewhere can make a line overflow.
    fn push_fitted(&mut self, mut spans: Vec<Span<'static>>) {
        if spans_width(&spans) > self.width {
            truncate_spans(&mut spans, self.width);
        }
        self.started = true;
        if spans.is_empty() {
            self.held_empty += 1;
            return;
        }
        for _ in 0..std::mem::take(&mut self.held_empty) {
            self.out.line_from(Line::default(), self.source_line);
        }
        self.out.line_from(Line::from(spans), self.source_line);
    }

    pub fn finish(self) -> O {
        self.out
    }
}

fn spaces(width: usize) -> Cow<'static, str> {
    match SPACES.get(..width) {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(" ".repeat(width)),
    }
}
