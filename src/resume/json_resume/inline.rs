//! Inline Markdown flattened to text, remembering what the text was made of:
//! which characters were escaped or written as entities (so a separator
//! found there belongs to the value), where links, strong and emphasis were,
//! and which line breaks were soft.

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Inline {
    text: String,
    /// Byte ranges of `text` that may not act as separators.
    protected: Vec<Range<usize>>,
    links: Vec<(Range<usize>, String)>,
    strong: Vec<Range<usize>>,
    emphasis: Vec<Range<usize>>,
    /// Positions of `\n` characters that were soft line breaks.
    soft_breaks: Vec<usize>,
}

impl Inline {
    /// Builds the text from the inline events of one block; `source` is the
    /// Markdown the event ranges point into.
    pub fn from_events(events: &[(Event<'_>, Range<usize>)], source: &str) -> Inline {
        let mut out = Inline::default();
        let mut open: Vec<(usize, Option<String>)> = Vec::new();
        for (event, range) in events {
            let start = out.text.len();
            match event {
                Event::Text(text) => {
                    out.text.push_str(text);
                    let written = source.get(range.clone()) == Some(&**text);
                    if !written {
                        out.protected.push(start..out.text.len());
                    } else if range.start > 0 && source.as_bytes()[range.start - 1] == b'\\' {
                        // The parser starts a new text run right after an
                        // escaping backslash: the first character was escaped.
                        let first = text.chars().next().map_or(0, char::len_utf8);
                        out.protected.push(start..start + first);
                    }
                }
                Event::Code(code) => {
                    out.text.push_str(code);
                    out.protected.push(start..out.text.len());
                }
                Event::InlineHtml(html) | Event::Html(html) => out.text.push_str(html),
                Event::InlineMath(math) | Event::DisplayMath(math) => out.text.push_str(math),
                Event::FootnoteReference(label) => {
                    out.text.push_str(&format!("[^{label}]"));
                    out.protected.push(start..out.text.len());
                }
                Event::TaskListMarker(done) => {
                    out.text.push_str(if *done { "[x] " } else { "[ ] " })
                }
                Event::SoftBreak => {
                    out.soft_breaks.push(start);
                    out.text.push('\n');
                }
                Event::HardBreak => out.text.push('\n'),
                Event::Start(Tag::Link { dest_url, .. }) => {
                    open.push((start, Some(dest_url.to_string())));
                }
                Event::Start(Tag::Image { .. }) => open.push((start, None)),
                Event::End(TagEnd::Link | TagEnd::Image) => {
                    if let Some((from, Some(url))) = open.pop() {
                        out.links.push((from..out.text.len(), url));
                    }
                }
                Event::Start(Tag::Strong | Tag::Emphasis) => open.push((start, None)),
                Event::End(TagEnd::Strong) => {
                    if let Some((from, _)) = open.pop() {
                        out.strong.push(from..out.text.len());
                    }
                }
                Event::End(TagEnd::Emphasis) => {
                    if let Some((from, _)) = open.pop() {
                        out.emphasis.push(from..out.text.len());
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// Markdown source kept as it is (a code block inside a list item):
    /// protected, so no separator is found inside it.
    pub fn raw(text: &str) -> Inline {
        Inline {
            text: text.to_string(),
            protected: std::iter::once(0..text.len()).collect(),
            ..Inline::default()
        }
    }

    /// The text with soft breaks as spaces and hard breaks as `\n`, trimmed.
    pub fn plain(&self) -> String {
        let mut text = self.text.clone().into_bytes();
        for &at in &self.soft_breaks {
            text[at] = b' ';
        }
        let text = String::from_utf8(text).unwrap_or_default();
        text.trim_matches(is_markdown_space).to_string()
    }

    /// Like [`Inline::plain`], with each link's address after its text
    /// when the two differ, so no address is lost.
    pub fn plain_with_urls(&self) -> String {
        let trimmed = self.trim();
        let mut out = trimmed.clone();
        let mut links = trimmed.links.clone();
        links.sort_by_key(|(range, _)| std::cmp::Reverse(range.end));
        for (range, url) in links {
            let label = &trimmed.text[range.clone()];
            let shown = url.strip_prefix("mailto:").unwrap_or(&url);
            if label.trim() != shown && !url.is_empty() {
                out = out.insert_at(range.end, &format!(" ({url})"));
            }
        }
        out.plain()
    }

    fn insert_at(&self, at: usize, extra: &str) -> Inline {
        let mut head = self.slice(0..at);
        head.append(&Inline {
            text: extra.to_string(),
            protected: std::iter::once(0..extra.len()).collect(),
            ..Inline::default()
        });
        head.append(&self.slice(at..self.text.len()));
        head
    }

    /// Whether the text holds a link.
    pub fn has_links(&self) -> bool {
        !self.links.is_empty()
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim_matches(is_markdown_space).is_empty()
    }

    /// Splits at every plain occurrence of any of `separators`; the parts
    /// are trimmed.
    pub fn split(&self, separators: &[&str]) -> Vec<Inline> {
        self.splitn(separators, usize::MAX)
    }

    /// Splits into at most `parts` pieces; the last one keeps the rest.
    pub fn splitn(&self, separators: &[&str], parts: usize) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut from = 0;
        while out.len() + 1 < parts {
            let Some((at, len)) = self.find_plain(separators, from) else {
                break;
            };
            out.push(self.slice(from..at).trim());
            from = at + len;
        }
        out.push(self.slice(from..self.text.len()).trim());
        out
    }

    /// The earliest plain occurrence of any separator at or after `from`,
    /// never inside a link, code or an escape.
    fn find_plain(&self, separators: &[&str], from: usize) -> Option<(usize, usize)> {
        separators
            .iter()
            .filter_map(|sep| {
                let mut search = from;
                while let Some(found) = self.text.get(search..)?.find(sep) {
                    let at = search + found;
                    if !self.overlaps_protected(at..at + sep.len()) {
                        return Some((at, sep.len()));
                    }
                    // Occurrences may overlap: " — — " holds two.
                    search = at + self.text[at..].chars().next().map_or(1, char::len_utf8);
                }
                None
            })
            .min()
    }

    fn overlaps_protected(&self, range: Range<usize>) -> bool {
        self.protected
            .iter()
            .chain(self.links.iter().map(|(r, _)| r))
            .any(|r| r.start < range.end && range.start < r.end)
    }

    /// Without surrounding ASCII whitespace (as Markdown trims; a
    /// non-breaking space in a value stays).
    pub fn trim(&self) -> Inline {
        let start = self.text.len() - self.text.trim_start_matches(is_markdown_space).len();
        let end = self
            .text
            .trim_end_matches(is_markdown_space)
            .len()
            .max(start);
        self.slice(start..end)
    }

    /// The part of the text in `range`, with every recorded range clipped.
    pub fn slice(&self, range: Range<usize>) -> Inline {
        let clip = |r: &Range<usize>| {
            let start = r.start.max(range.start);
            let end = r.end.min(range.end);
            (start < end).then(|| start - range.start..end - range.start)
        };
        let clip_all = |rs: &[Range<usize>]| rs.iter().filter_map(clip).collect();
        Inline {
            text: self.text[range.clone()].to_string(),
            protected: clip_all(&self.protected),
            links: self
                .links
                .iter()
                .filter_map(|(r, url)| clip(r).map(|r| (r, url.clone())))
                .collect(),
            strong: clip_all(&self.strong),
            emphasis: clip_all(&self.emphasis),
            soft_breaks: self
                .soft_breaks
                .iter()
                .filter(|&&at| range.contains(&at))
                .map(|at| at - range.start)
                .collect(),
        }
    }

    /// Appends `other`, shifting its ranges.
    pub fn append(&mut self, other: &Inline) {
        let shift = self.text.len();
        let moved = |rs: &[Range<usize>]| {
            rs.iter()
                .map(|r| r.start + shift..r.end + shift)
                .collect::<Vec<_>>()
        };
        self.text.push_str(&other.text);
        self.protected.extend(moved(&other.protected));
        self.strong.extend(moved(&other.strong));
        self.emphasis.extend(moved(&other.emphasis));
        self.links.extend(
            other
                .links
                .iter()
                .map(|(r, url)| (r.start + shift..r.end + shift, url.clone())),
        );
        self.soft_breaks
            .extend(other.soft_breaks.iter().map(|at| at + shift));
    }

    /// Appends plain text (used to join paragraphs of one list item).
    pub fn push_str(&mut self, text: &str) {
        self.text.push_str(text);
    }
}

fn is_markdown_space(c: char) -> bool {
    c.is_ascii_whitespace()
}

#[cfg(test)]
mod tests {
    use super::super::blocks::{Block, parse_blocks};
    use super::*;

    fn para(md: &str) -> Inline {
        match parse_blocks(md).into_iter().next() {
            Some(Block::Paragraph(inline) | Block::Heading(inline)) => inline,
            other => panic!("not a paragraph: {other:?}"),
        }
    }

    #[test]
    fn escaped_separators_do_not_split() {
        let parts = para(r"Go\, Rust, SQL &middot; x").split(&[", "]);
        let texts: Vec<String> = parts.iter().map(Inline::plain).collect();
        assert_eq!(texts, ["Go, Rust", "SQL · x"]);
        let parts = para("a &middot; b · c").split(&[" · "]);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].plain(), "a · b");
    }

    #[test]
    fn links_are_kept_whole_and_give_their_address() {
        let parts = para("Dev — [Foo — Bar](https://x.io) — more").splitn(&[" — "], 3);
        assert_eq!(parts[1].plain(), "Foo — Bar");
        assert_eq!(parts[2].plain(), "more");
    }

    #[test]
    fn urls_follow_their_link_text_when_they_differ() {
        let inline = para("see [site](https://a.io) or [https://b.io](https://b.io)");
        assert_eq!(
            inline.plain_with_urls(),
            "see site (https://a.io) or https://b.io"
        );
    }
}
