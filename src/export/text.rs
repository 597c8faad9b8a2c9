//! The resume as plain text, for pasting into a job portal's text box,
//! arranged from the shared [`Layout`] as the PDF and HTML are.
//!
//! The name, headline and contact line come first; section titles are
//! UPPER CASE after a blank line; an entry is its title line ("Role,
//! Organisation"), then its dates and location on the next line (a text
//! box has no right edge to align them to), then its summary, details and
//! items. Everything wraps at the width by display width; list items start
//! with "- " and wrap under their first word, items under an item two
//! columns further in. A link's address follows its text in parentheses
//! unless the text already shows it.

use super::layout::{Contact, LaidBullet, LaidEntry, LaidSection, Layout};
use super::layout_build::layout;
use super::wrap::wrap;
use super::{shown_address, without_controls};
use crate::resume::Resume;

/// The resume as plain text wrapped at `width` columns (80 suits most
/// text boxes), ending in one newline, with no trailing spaces.
pub fn to_plain_text(resume: &Resume, width: usize) -> String {
    text_of(&layout(resume), width)
}

fn text_of(layout: &Layout, width: usize) -> String {
    let mut doc = Doc::default();
    let mut top = Vec::new();
    let line = |text: &str| wrap(&without_controls(text), width, "", "");
    if !layout.name.is_empty() {
        top.extend(line(&layout.name));
    }
    if let Some(headline) = &layout.headline {
        top.extend(line(headline));
    }
    if !layout.contacts.is_empty() {
        let contacts: Vec<String> = layout.contacts.iter().map(contact).collect();
        top.extend(line(&contacts.join(" · ")));
    }
    doc.block(top);
    for section in &layout.sections {
        write_section(&mut doc, section, width);
    }
    doc.finish()
}

/// An address stands in for a label that only shortens it, so a portal
/// can make it a link; other labels keep the address after them.
fn contact(contact: &Contact) -> String {
    match &contact.url {
        Some(url) => with_address(&contact.text, url),
        None => contact.text.clone(),
    }
}

fn with_address(text: &str, url: &str) -> String {
    // An email address reads better without its scheme.
    let address = url.strip_prefix("mailto:").unwrap_or(url);
    if text.is_empty() || text == shown_address(url) {
        address.to_string()
    } else if text == url || text == address {
        text.to_string()
    } else {
        format!("{text} ({address})")
    }
}

/// Paragraphs, skill lines, entries and loose items, in the PDF's order;
/// blank lines between blocks, none right under the title.
fn write_section(doc: &mut Doc, section: &LaidSection, width: usize) {
    let wrapped = |text: &str| wrap(&without_controls(text), width, "", "");
    doc.block(wrapped(&section.title.to_uppercase()));
    doc.after_title = true;
    for paragraph in &section.paragraphs {
        doc.block(wrapped(paragraph));
    }
    if !section.skills.is_empty() {
        let mut lines = Vec::new();
        for skill in &section.skills {
            let text = match &skill.label {
                Some(label) => format!("{label}: {}", skill.items),
                None => skill.items.clone(),
            };
            lines.extend(wrapped(&text));
        }
        doc.block(lines);
    }
    for entry in &section.entries {
        doc.block(entry_lines(entry, width));
    }
    if !section.bullets.is_empty() {
        doc.block(bullet_lines(&section.bullets, width));
    }
}

/// One entry, its lines kept together.
fn entry_lines(entry: &LaidEntry, width: usize) -> Vec<String> {
    let wrapped = |text: &str| wrap(&without_controls(text), width, "", "");
    let mut lines = Vec::new();
    let heading = entry.heading();
    let heading = match &entry.url {
        Some(url) => format!("{heading} ({url})"),
        None => heading,
    };
    if !heading.is_empty() {
        lines.extend(wrapped(&heading));
    }
    if let Some(when) = entry.when_where() {
        lines.extend(wrapped(&when));
    }
    for text in entry.summary.iter().chain(&entry.details) {
        lines.extend(wrapped(text));
    }
    lines.extend(bullet_lines(&entry.bullets, width));
    lines
}

fn bullet_lines(bullets: &[LaidBullet], width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for bullet in bullets {
        lines.extend(wrap(&without_controls(&bullet.text), width, "- ", "  "));
        for child in &bullet.children {
            lines.extend(wrap(&without_controls(child), width, "  - ", "    "));
        }
    }
    lines
}

/// The lines written so far: blocks are a blank line apart, except right
/// under a section title.
#[derive(Default)]
struct Doc {
    lines: Vec<String>,
    after_title: bool,
}

impl Doc {
    fn block(&mut self, lines: Vec<String>) {
        let lines: Vec<String> = lines.into_iter().filter(|l| !l.is_empty()).collect();
        if lines.is_empty() {
            return;
        }
        if !self.lines.is_empty() && !self.after_title {
            self.lines.push(String::new());
        }
        self.lines.extend(lines);
        self.after_title = false;
    }

    fn finish(self) -> String {
        let mut out = String::new();
        for line in &self.lines {
            out.push_str(line.trim_end());
            out.push('\n');
        }
        if out.is_empty() {
            out.push('\n');
        }
        out
    }
}
