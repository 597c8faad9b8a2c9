//! One line of a section's text as a reader sees it: plain text whose
//! every byte remembers its byte in the body.

use std::ops::Range;

use super::super::model::{Field, SourceRange};

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
    /// Spans that are a picture's alt text (`![Acme logo](…)`, `<img alt>`).
    pub pictures: Vec<Range<usize>>,
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

    pub(super) fn push(&mut self, text: &str, source: Option<&str>, at: usize) {
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
        self.pictures.extend(moved(&line.pictures));
        self.text.push_str(&line.text);
        self.map.extend_from_slice(&line.map);
        self.ends.extend_from_slice(&line.ends);
    }

    pub(super) fn is_blank(&self) -> bool {
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
            pictures: shift(&self.pictures),
        }
    }

    /// Splits at any of `separators` outside code spans and parentheses;
    /// returns the byte ranges of the trimmed, non-empty pieces.
    pub fn split(&self, separators: &[&str]) -> Vec<Range<usize>> {
        self.split_all(separators)
            .into_iter()
            .filter(|r| !r.is_empty())
            .collect()
    }

    /// Like [`Line::split`], keeping empty pieces, so a piece's position
    /// says what it is (`Role —  — What the company does`).
    pub fn split_all(&self, separators: &[&str]) -> Vec<Range<usize>> {
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
            .map(|r| {
                let piece = &text[r.clone()];
                let lead = piece.len() - piece.trim_start().len();
                let trail = piece.len() - piece.trim_end().len();
                r.start + lead..(r.end - trail).max(r.start + lead)
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

    /// Whether the line shows nothing but pictures' alt texts (a logo
    /// beside a job): no text of the resume itself.
    pub fn only_pictures(&self) -> bool {
        !self.pictures.is_empty()
            && self
                .text
                .char_indices()
                .filter(|(_, c)| c.is_alphanumeric())
                .all(|(i, _)| self.pictures.iter().any(|p| p.contains(&i)))
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
