//! The summary section read into the few block shapes `basics.summary`
//! needs (paragraphs with soft and hard breaks, links with their
//! addresses, bullets); anything else is kept as its Markdown source. Every
//! list of the export comes from the structured reading instead.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag};

use crate::resume::{is_inline_tag, markdown_options};

use super::inline::Inline;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Block {
    Heading(Inline),
    Paragraph(Inline),
    List(Vec<Item>),
    /// Code, tables, quotes, raw HTML, rules: their Markdown source.
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Item {
    /// All the item's own text (its paragraphs joined by spaces).
    pub text: Inline,
    pub children: Vec<Item>,
}

impl Item {
    /// This item and its descendants, parents first.
    pub fn flatten(&self) -> Vec<&Inline> {
        let mut out = vec![&self.text];
        for child in &self.children {
            out.extend(child.flatten());
        }
        out
    }
}

type Spanned<'a> = (Event<'a>, Range<usize>);

pub(super) fn parse_blocks(source: &str) -> Vec<Block> {
    let events: Vec<Spanned<'_>> = Parser::new_ext(source, markdown_options())
        .into_offset_iter()
        .collect();
    let mut blocks = Vec::new();
    let mut at = 0;
    while at < events.len() {
        let (event, range) = &events[at];
        let end = matching_end(&events, at);
        let inner = &events[(at + 1).min(end)..end];
        match event {
            Event::Start(Tag::Heading { .. }) => {
                blocks.push(Block::Heading(Inline::from_events(inner, source)))
            }
            Event::Start(Tag::Paragraph) => {
                blocks.push(Block::Paragraph(Inline::from_events(inner, source)))
            }
            Event::Start(Tag::List(_)) => blocks.push(Block::List(items(inner, source))),
            _ => {
                let raw = source[range.clone()].trim_end();
                if !raw.trim().is_empty() {
                    blocks.push(Block::Other(raw.to_string()));
                }
            }
        }
        at = end + 1;
    }
    blocks
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

fn items(events: &[Spanned<'_>], source: &str) -> Vec<Item> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < events.len() {
        let end = matching_end(events, at);
        if matches!(events[at].0, Event::Start(Tag::Item)) {
            out.push(item(&events[at + 1..end], source));
        }
        at = end + 1;
    }
    out
}

fn item(events: &[Spanned<'_>], source: &str) -> Item {
    let mut text = Inline::default();
    let mut children = Vec::new();
    let mut loose: Vec<Spanned<'_>> = Vec::new();
    let mut at = 0;
    while at < events.len() {
        let (event, range) = &events[at];
        let end = matching_end(events, at);
        match event {
            Event::Start(tag) if !is_inline_tag(tag) => {
                add(&mut text, Inline::from_events(&loose, source));
                loose.clear();
                let inner = &events[at + 1..end];
                match tag {
                    Tag::List(_) => children.extend(items(inner, source)),
                    Tag::Paragraph | Tag::Heading { .. } => {
                        add(&mut text, Inline::from_events(inner, source))
                    }
                    _ => add(&mut text, Inline::raw(source[range.clone()].trim())),
                }
                at = end + 1;
            }
            _ => {
                loose.extend(events[at..=end].iter().cloned());
                at = end + 1;
            }
        }
    }
    add(&mut text, Inline::from_events(&loose, source));
    Item { text, children }
}

/// Joins a paragraph onto an item's text with a space.
fn add(text: &mut Inline, part: Inline) {
    if part.is_empty() {
        return;
    }
    if !text.is_empty() {
        text.push_str(" ");
    }
    text.append(&part.trim());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_headings_paragraphs_lists_and_keeps_the_rest() {
        let blocks =
            parse_blocks("### A — B\n\n*x*\n\n- one\n  - two\n- three\n\n```\ncode\n```\n");
        assert!(matches!(&blocks[0], Block::Heading(h) if h.plain() == "A — B"));
        assert!(matches!(&blocks[1], Block::Paragraph(p) if p.plain() == "x"));
        let Block::List(items) = &blocks[2] else {
            panic!("expected a list: {blocks:?}");
        };
        let all: Vec<String> = items
            .iter()
            .flat_map(Item::flatten)
            .map(Inline::plain)
            .collect();
        assert_eq!(all, ["one", "two", "three"]);
        assert_eq!(blocks[3], Block::Other("```\ncode\n```".into()));
    }

    #[test]
    fn loose_items_join_their_paragraphs() {
        let blocks = parse_blocks("- first\n\n  second\n\n- next\n");
        let Block::List(items) = &blocks[0] else {
            panic!("expected a list");
        };
        assert_eq!(items[0].text.plain(), "first second");
        assert_eq!(items[1].text.plain(), "next");
    }
}
