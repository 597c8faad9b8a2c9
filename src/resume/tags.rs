//! Tags for variants from one source: a bullet, an entry heading or a
//! section heading may end in a Pandoc-style attribute such as
//! `- Cut payment latency by 40 %. {.fintech .backend}`. A variant keeps
//! untagged content and content carrying any chosen tag; tags themselves
//! are never shown or exported.
//!
//! An attribute with bad syntax (`{.fintech backend}`, `{.}`) is not a tag
//! list: it stays text, and [`malformed_attr`] lets the coach say so.

use std::borrow::Cow;
use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{Resume, SectionKind};

/// A named variant saved with the resume.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    pub name: String,
    /// Content carrying any of these tags is kept (untagged content always).
    pub tags: Vec<String>,
    /// Section titles in the order this variant shows them; sections not
    /// named follow in their usual order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub order: Vec<String>,
    /// Replaces the summary's text in this variant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The posting this variant is tailored to, when it has its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posting: Option<super::SavedPosting>,
}

/// A trailing attribute found at the end of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagAttr<'a> {
    /// The line without the attribute and the blanks before it.
    pub text: &'a str,
    /// Tags in lower case, without their dots.
    pub tags: Vec<String>,
}

/// The `{…}` at the end of a line, and where it starts, if any.
fn trailing_braces(line: &str) -> Option<(usize, &str)> {
    let trimmed = line.trim_end();
    let inner_end = trimmed.strip_suffix('}')?;
    let open = inner_end.rfind('{')?;
    Some((open, &inner_end[open + 1..]))
}

fn is_tag(token: &str) -> bool {
    let Some(name) = token.strip_prefix('.') else {
        return false;
    };
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic())
        && chars.all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// The tags at the end of `line`, if it ends in a well-formed attribute.
pub fn parse_tag_attr(line: &str) -> Option<TagAttr<'_>> {
    let (open, inner) = trailing_braces(line)?;
    let tokens: Vec<&str> = inner.split_whitespace().collect();
    if tokens.is_empty() || !tokens.iter().all(|t| is_tag(t)) {
        return None;
    }
    Some(TagAttr {
        text: line[..open].trim_end(),
        tags: tokens.iter().map(|t| t[1..].to_lowercase()).collect(),
    })
}

/// Where a trailing attribute that looks meant as tags but is not
/// well-formed starts (byte offset), e.g. `{.fintech backend}` or `{.}`.
pub fn malformed_attr(line: &str) -> Option<usize> {
    let (open, inner) = trailing_braces(line)?;
    let meant = inner.split_whitespace().any(|t| t.starts_with('.'));
    (meant && parse_tag_attr(line).is_none()).then_some(open)
}

/// The line without its tag attribute (unchanged when it has none).
pub fn strip_tag_attr(line: &str) -> Cow<'_, str> {
    match parse_tag_attr(line) {
        Some(attr) => Cow::Borrowed(attr.text),
        None => Cow::Borrowed(line),
    }
}

/// Every line of `text` without its tag attribute.
pub fn strip_tags(text: &str) -> Cow<'_, str> {
    if !text.contains('}') || !text.split('\n').any(|l| parse_tag_attr(l).is_some()) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<Cow<str>> = text.split('\n').map(strip_tag_attr).collect();
    Cow::Owned(lines.join("\n"))
}

/// Whether a section's tag set lets it into a variant of `only`.
fn keeps(tags: &[String], only: &BTreeSet<String>) -> bool {
    tags.is_empty() || tags.iter().any(|t| only.contains(t))
}

fn heading_level(line: &str) -> Option<usize> {
    let t = line.trim_start();
    let hashes = t.chars().take_while(|&c| c == '#').count();
    (hashes > 0 && hashes <= 6 && t[hashes..].starts_with([' ', '\t'])).then_some(hashes)
}

/// The indent of a list item's marker, if the line starts a list item.
fn list_item_indent(line: &str) -> Option<usize> {
    let t = line.trim_start();
    let indent = line.len() - t.len();
    let bullet = t.starts_with(['-', '*', '+']) && t[1..].starts_with([' ', '\t']);
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let ordered = digits > 0
        && t[digits..].starts_with(['.', ')'])
        && t[digits + 1..].starts_with([' ', '\t']);
    (bullet || ordered).then_some(indent)
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// A section body keeping only untagged lines and lines whose tags meet
/// `only`; a dropped heading takes its entry (up to the next heading of
/// the same or a higher level) and a dropped list item its continuation
/// lines and nested items. Tags are stripped from what is kept.
pub fn filter_body(body: &str, only: &BTreeSet<String>) -> String {
    let lines: Vec<&str> = body.split('\n').collect();
    let mut out: Vec<Cow<str>> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let Some(attr) = parse_tag_attr(line) else {
            out.push(Cow::Borrowed(line));
            i += 1;
            continue;
        };
        if keeps(&attr.tags, only) {
            out.push(Cow::Borrowed(attr.text));
            i += 1;
            continue;
        }
        i += 1;
        if let Some(level) = heading_level(line) {
            while i < lines.len() && heading_level(lines[i]).is_none_or(|l| l > level) {
                i += 1;
            }
        } else if let Some(indent) = list_item_indent(line) {
            while i < lines.len() {
                let next = lines[i];
                if next.trim().is_empty() {
                    // A blank line ends the item unless nested content follows.
                    let nested = lines
                        .get(i + 1)
                        .is_some_and(|n| !n.trim().is_empty() && indent_of(n) > indent);
                    if !nested {
                        break;
                    }
                } else if heading_level(next).is_some()
                    || list_item_indent(next).is_some_and(|n| n <= indent)
                {
                    break;
                }
                i += 1;
            }
        }
    }
    // A dropped block can leave two blank lines together; keep one.
    let mut joined: Vec<Cow<str>> = Vec::with_capacity(out.len());
    for line in out {
        let blank = line.trim().is_empty();
        if blank && joined.last().is_some_and(|l| l.trim().is_empty()) {
            continue;
        }
        joined.push(line);
    }
    joined.join("\n")
}

impl Resume {
    /// Every tag used on a section heading, entry heading, bullet or line.
    pub fn tags_in_use(&self) -> BTreeSet<String> {
        let mut tags = BTreeSet::new();
        for section in self.sections() {
            let lines = std::iter::once(section.title.as_str()).chain(section.body.split('\n'));
            for line in lines {
                if let Some(attr) = parse_tag_attr(line) {
                    tags.extend(attr.tags);
                }
            }
        }
        tags
    }

    /// The same resume with every tag attribute removed: what is shown
    /// and exported.
    pub fn without_tags(&self) -> Resume {
        let mut out = self.clone();
        for section in out.sections_mut() {
            section.title = strip_tag_attr(&section.title).into_owned();
            section.body = strip_tags(&section.body).into_owned();
        }
        out
    }

    /// The variant keeping untagged content and content tagged with any of
    /// `only` (lower case), tags removed.
    pub fn filtered(&self, only: &BTreeSet<String>) -> Resume {
        let mut out = self.clone();
        out.retain_sections(|s| parse_tag_attr(&s.title).is_none_or(|a| keeps(&a.tags, only)));
        for section in out.sections_mut() {
            section.title = strip_tag_attr(&section.title).into_owned();
            section.body = filter_body(&section.body, only);
        }
        out
    }

    /// A saved variant applied: its tags, its section order, its summary.
    pub fn apply_variant(&self, variant: &Variant) -> Resume {
        let only: BTreeSet<String> = variant.tags.iter().map(|t| t.to_lowercase()).collect();
        let mut out = self.filtered(&only);
        if let Some(summary) = &variant.summary
            && let Some(section) = out
                .sections_mut()
                .iter_mut()
                .find(|s| s.kind == SectionKind::Summary)
        {
            section.body = summary.clone();
        }
        if !variant.order.is_empty() {
            let rank = |title: &str| {
                variant
                    .order
                    .iter()
                    .position(|o| o.trim().eq_ignore_ascii_case(title.trim()))
                    .unwrap_or(variant.order.len())
            };
            out.sort_sections_by_key(|s| (s.kind != SectionKind::Header, rank(&s.title)));
        }
        out
    }

    pub fn variants(&self) -> &[Variant] {
        &self.variants
    }

    pub fn variant(&self, name: &str) -> Option<&Variant> {
        self.variants
            .iter()
            .find(|v| v.name.eq_ignore_ascii_case(name))
    }

    /// Adds a variant, or replaces the one with the same name.
    pub fn set_variant(&mut self, variant: Variant) {
        match self
            .variants
            .iter_mut()
            .find(|v| v.name.eq_ignore_ascii_case(&variant.name))
        {
            Some(existing) => *existing = variant,
            None => self.variants.push(variant),
        }
    }

    /// Removes a variant; false when there is none of that name.
    pub fn remove_variant(&mut self, name: &str) -> bool {
        let before = self.variants.len();
        self.variants.retain(|v| !v.name.eq_ignore_ascii_case(name));
        self.variants.len() != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::Level;

    fn only(tags: &[&str]) -> BTreeSet<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn attributes_parse_strip_and_reject_bad_syntax() {
        let attr = parse_tag_attr("- Cut latency by 40 %. {.fintech .Backend}").unwrap();
        assert_eq!(attr.text, "- Cut latency by 40 %.");
        assert_eq!(attr.tags, ["fintech", "backend"]);
        assert_eq!(
            strip_tag_attr("### Engineer — Acme {.x}"),
            "### Engineer — Acme"
        );
        for bad in [
            "- a {.fintech backend}",
            "- a {.}",
            "- a {. x}",
            "- a {.9x}",
        ] {
            assert!(parse_tag_attr(bad).is_none(), "{bad}");
            assert!(malformed_attr(bad).is_some(), "{bad}");
            assert_eq!(strip_tag_attr(bad), bad);
        }
        assert!(malformed_attr("- Parsed {JSON} payloads").is_none());
        assert!(malformed_attr("- plain").is_none());
    }

    #[test]
    fn filtering_keeps_untagged_and_chosen_content() {
        let body = "### Engineer — Pay {.fintech}\n*2020 – 2022*\n- Built ledgers.\n\n### Engineer — Games {.games}\n- Built matchmaking. \n  continued line\n\n- Shared bullet\n- Fintech only {.fintech}\n  more of it\n  - nested\n- Games only {.games}\n- Last";
        let fintech = filter_body(body, &only(&["fintech"]));
        assert_eq!(
            fintech,
            "### Engineer — Pay\n*2020 – 2022*\n- Built ledgers.\n"
        );
        let games = filter_body(body, &only(&["games"]));
        assert!(games.starts_with("### Engineer — Games\n- Built matchmaking."));
        assert!(
            !games.contains("Fintech only")
                && !games.contains("more of it")
                && !games.contains("nested")
        );
        assert!(games.contains("- Games only\n- Last"));
    }

    #[test]
    fn section_tags_and_variants() {
        let mut r = Resume::new(Level::Mid);
        let id = r.push_section(
            SectionKind::Custom,
            "Trading Systems {.fintech}",
            "- HFT work",
        );
        r.push_section(SectionKind::Custom, "Talks", "- Rust talk {.rust}");
        assert_eq!(r.tags_in_use(), only(&["fintech", "rust"]));
        let plain = r.filtered(&only(&["rust"]));
        assert!(plain.section(id).is_none());
        assert!(plain.to_markdown().contains("- Rust talk\n"));
        let shown = r.without_tags().to_markdown();
        assert!(shown.contains("## Trading Systems\n") && !shown.contains('{'));
        r.set_variant(Variant {
            name: "fintech".into(),
            tags: vec!["fintech".into()],
            order: vec!["Trading Systems".into()],
            summary: Some("Payments engineer.".into()),
            posting: None,
        });
        let v = r.apply_variant(r.variant("FINTECH").unwrap());
        let titles: Vec<&str> = v.sections().iter().map(|s| s.title.as_str()).collect();
        assert_eq!(v.sections()[0].kind, SectionKind::Header);
        assert_eq!(titles[1], "Trading Systems");
        assert!(v.to_markdown().contains("Payments engineer."));
        assert!(!v.to_markdown().contains("Rust talk"));
        assert!(r.remove_variant("fintech") && !r.remove_variant("fintech"));
    }
}
