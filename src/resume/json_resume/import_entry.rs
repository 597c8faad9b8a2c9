//! One entry as the JSON Resume import writes it: a `### Part — Part`
//! title, an italic line of dates and pieces, paragraphs, labelled lines
//! and bullets; every value escaped or marked as text where the reading
//! would otherwise take it for a date, a label or a separator.

use super::dates::{self, DateText};
use super::error::JsonResumeError;
use super::escape::{self, LIST_GUARDS, META_GUARDS, TITLE_GUARDS};
use super::read::Obj;
use crate::resume::reading::profiles::looks_like_web;

type Result<T> = std::result::Result<T, JsonResumeError>;

/// Between the pieces of the italic line under a title.
const META_SEPARATORS: &[&str] = &[" · ", " | ", " • "];

/// One `### …` entry as it is written.
#[derive(Default)]
pub(super) struct Entry {
    /// Parts of the heading, joined by ` — `; `None` keeps a part's place.
    pub title: Vec<Option<String>>,
    /// Pieces of the italic line under the heading, joined by ` · `.
    pub meta: Vec<String>,
    pub blocks: Vec<String>,
    pub bullets: Vec<String>,
}

impl Entry {
    pub(super) fn render(&self) -> String {
        let mut title = self.title.clone();
        while title.last().is_some_and(Option::is_none) {
            title.pop();
        }
        let parts = title.len();
        if let Some(Some(last)) = title.last_mut() {
            *last = protect_trailing_date(last);
            // A last part that is only a date would read back as the dates.
            if parts > 1 && dates::read(last) != DateText::NotDate {
                *last = escape::mark_as_text(std::mem::take(last));
            }
        }
        let heading: Vec<&str> = title.iter().map(|p| p.as_deref().unwrap_or("")).collect();
        let mut out = format!("### {}", heading.join(" — ").trim());
        if !self.meta.is_empty() {
            out.push_str(&format!("\n\n*{}*", self.meta.join(" · ")));
        }
        for block in &self.blocks {
            out.push_str("\n\n");
            out.push_str(block);
        }
        if !self.bullets.is_empty() {
            out.push_str("\n\n");
            let bullets: Vec<String> = self.bullets.iter().map(|b| format!("- {b}")).collect();
            out.push_str(&bullets.join("\n"));
        }
        out
    }

    pub(super) fn title_part(&mut self, text: Option<String>) {
        self.title
            .push(text.map(|t| escape::inline(&t, TITLE_GUARDS)));
    }

    /// A title part that links to `url` when there is one.
    pub(super) fn linked_title_part(&mut self, text: Option<String>, url: Option<String>) {
        let text = text.map(|t| escape::inline(&t, TITLE_GUARDS));
        self.title.push(match (text, url) {
            (Some(text), Some(url)) => Some(format!("[{text}]({})", escape::url(&url))),
            (text, _) => text,
        });
    }

    pub(super) fn dates(&mut self, item: &Obj<'_>) -> Result<()> {
        let start = item.text("startDate")?;
        let end = item.text("endDate")?;
        let start = start.map(|d| escape::inline(&d, META_GUARDS));
        let end = end.map(|d| escape::inline(&d, META_GUARDS));
        self.meta
            .extend(dates::format_range(start.as_deref(), end.as_deref()));
        Ok(())
    }

    /// A piece of the date line that is not a date (place, keyword); one
    /// that reads as `Label: value` is marked as text too, so it stays one.
    pub(super) fn meta_text(&mut self, text: Option<String>) {
        self.meta.extend(text.map(|t| {
            let escaped = escape::inline(&t, META_GUARDS);
            if reads_as_label(&t) {
                escape::mark_as_text(escaped)
            } else {
                not_a_date(&t, escaped)
            }
        }));
    }

    /// The one date of an award, certificate or publication.
    pub(super) fn meta_date(&mut self, date: Option<String>) {
        self.meta
            .extend(date.map(|d| escape::inline(&d, META_GUARDS)));
    }

    pub(super) fn paragraphs(&mut self, text: Option<String>) {
        let Some(text) = text else { return };
        let written = escape::paragraphs(&text);
        // Right under the title, a paragraph that starts like a date would
        // read back as the date line.
        let first_line = text.trim_start().lines().next().unwrap_or_default();
        let first = META_SEPARATORS
            .iter()
            .filter_map(|sep| first_line.find(sep))
            .min()
            .map_or(first_line, |at| &first_line[..at]);
        let written = not_a_date(first, written);
        if !written.is_empty() {
            self.blocks.push(written);
        }
    }

    pub(super) fn labeled_list(&mut self, label: &str, items: Vec<String>) {
        if !items.is_empty() {
            let items: Vec<String> = items
                .iter()
                .map(|i| escape::inline(i, LIST_GUARDS))
                .collect();
            self.blocks
                .push(format!("**{label}:** {}", items.join(", ")));
        }
    }

    pub(super) fn labeled(&mut self, label: &str, text: Option<String>) {
        if let Some(text) = text {
            self.blocks
                .push(format!("**{label}:** {}", escape::inline(&text, &[])));
        }
    }

    pub(super) fn bullets(&mut self, items: Vec<String>) {
        self.bullets
            .extend(items.iter().map(|i| escape::inline(i, &[])));
    }
}

/// Text that would read back as a date or a web address is marked as text.
fn not_a_date(plain: &str, escaped: String) -> String {
    if dates::read(plain) != DateText::NotDate || looks_like_web(plain.trim()) {
        escape::mark_as_text(escaped)
    } else {
        escaped
    }
}

/// "Score: 3.9": a piece the reading takes for a labelled value (a label
/// of one or two words of letters).
fn reads_as_label(plain: &str) -> bool {
    plain.split_once(": ").is_some_and(|(label, value)| {
        let label = label.trim();
        !label.is_empty()
            && !value.trim().is_empty()
            && label.split_whitespace().count() <= 2
            && label.chars().all(|c| c.is_alphabetic() || c == ' ')
    })
}

/// A title ending in ", 2019" or " (2019)" would read back as a date; the
/// separator is escaped so the words stay part of the title.
fn protect_trailing_date(text: &str) -> String {
    if let Some(at) = text.rfind(", ")
        && dates::read(&text[at + 2..]) != DateText::NotDate
    {
        return format!("{}\\{}", &text[..at], &text[at..]);
    }
    if let (Some(at), true) = (text.rfind(" ("), text.ends_with(')'))
        && dates::read(&text[at + 2..text.len() - 1]) != DateText::NotDate
    {
        return format!("{} \\{}", &text[..at], &text[at + 1..]);
    }
    text.to_string()
}
