//! The resume as one standalone HTML5 file, arranged from the shared
//! [`Layout`] exactly as the PDF is: the name, a contact line whose items
//! never break inside, section titles with a rule, and each entry's role
//! and organisation on the left with its dates and location on the right.
//!
//! Every piece of the person's text is escaped and placed as text, so it
//! can never become markup; only http(s) and mailto links are kept (the
//! layout drops the others) and the file loads nothing.

use super::Paper;
use super::html_style::style;
use super::layout::{Contact, LaidBullet, LaidEntry, LaidSection, Layout};
use super::layout_build::layout;
use super::without_controls;
use crate::resume::Resume;

/// One standalone HTML file printing on A4.
pub fn to_html(resume: &Resume) -> String {
    to_html_on(resume, Paper::A4)
}

/// One standalone HTML file whose print style sheet sets `paper`.
pub fn to_html_on(resume: &Resume, paper: Paper) -> String {
    html_of(&layout(resume), paper)
}

fn html_of(layout: &Layout, paper: Paper) -> String {
    let mut out = String::with_capacity(16 * 1024);
    // The same title and author the PDF carries.
    let title = if layout.name.is_empty() {
        "Resume".to_string()
    } else {
        format!("{} — Resume", layout.name)
    };
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        escape(&layout.lang)
    ));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(&title)));
    if !layout.name.is_empty() {
        out.push_str(&format!(
            "<meta name=\"author\" content=\"{}\">\n",
            escape(&layout.name)
        ));
    }
    out.push_str(&format!(
        "<style>{}</style>\n</head>\n<body>\n<main>\n",
        style(paper)
    ));
    header(&mut out, layout);
    for section in &layout.sections {
        write_section(&mut out, section);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn header(out: &mut String, layout: &Layout) {
    if layout.name.is_empty() && layout.headline.is_none() && layout.contacts.is_empty() {
        return;
    }
    out.push_str("<header>\n");
    if !layout.name.is_empty() {
        out.push_str(&format!("<h1>{}</h1>\n", escape(&layout.name)));
    }
    if let Some(headline) = &layout.headline {
        out.push_str(&format!("<p class=\"headline\">{}</p>\n", escape(headline)));
    }
    if !layout.contacts.is_empty() {
        let items: Vec<String> = layout.contacts.iter().map(contact).collect();
        out.push_str(&format!(
            "<p class=\"contacts\">{}</p>\n",
            items.join(" <span class=\"sep\">·</span> ")
        ));
    }
    out.push_str("</header>\n");
}

/// One contact, kept whole on its line by the style sheet.
fn contact(contact: &Contact) -> String {
    let text = escape(&contact.text);
    let inner = match &contact.url {
        Some(url) => format!("<a href=\"{}\">{text}</a>", escape(url)),
        None => text,
    };
    format!("<span class=\"contact\">{inner}</span>")
}

/// The same order as the PDF template: paragraphs, skill lines, entries,
/// then list items outside any entry.
fn write_section(out: &mut String, section: &LaidSection) {
    out.push_str(&format!("<section>\n<h2>{}</h2>\n", escape(&section.title)));
    for paragraph in &section.paragraphs {
        out.push_str(&format!("<p>{}</p>\n", escape(paragraph)));
    }
    for line in &section.skills {
        out.push_str("<p class=\"skills\">");
        if let Some(label) = &line.label {
            out.push_str(&format!("<strong>{}:</strong> ", escape(label)));
        }
        out.push_str(&escape(&line.items));
        out.push_str("</p>\n");
    }
    for entry in &section.entries {
        write_entry(out, entry);
    }
    bullets(out, &section.bullets);
    out.push_str("</section>\n");
}

fn write_entry(out: &mut String, entry: &LaidEntry) {
    out.push_str("<div class=\"entry\">\n<div class=\"entry-head\">\n<h3>");
    if !entry.role.is_empty() {
        let role = escape(&entry.role);
        match &entry.url {
            Some(url) => out.push_str(&format!(
                "<strong><a href=\"{}\">{role}</a></strong>",
                escape(url)
            )),
            None => out.push_str(&format!("<strong>{role}</strong>")),
        }
    }
    if let Some(organisation) = &entry.organisation {
        if !entry.role.is_empty() {
            out.push_str(", ");
        }
        out.push_str(&format!(
            "<span class=\"organisation\">{}</span>",
            escape(organisation)
        ));
    }
    out.push_str("</h3>\n");
    if let Some(when) = entry.when_where() {
        out.push_str(&format!("<p class=\"when\">{}</p>\n", escape(&when)));
    }
    out.push_str("</div>\n");
    for paragraph in &entry.summary {
        out.push_str(&format!("<p>{}</p>\n", escape(paragraph)));
    }
    for detail in &entry.details {
        out.push_str(&format!("<p class=\"detail\">{}</p>\n", escape(detail)));
    }
    bullets(out, &entry.bullets);
    out.push_str("</div>\n");
}

fn bullets(out: &mut String, bullets: &[LaidBullet]) {
    if bullets.is_empty() {
        return;
    }
    out.push_str("<ul>\n");
    for bullet in bullets {
        out.push_str(&format!("<li>{}", escape(&bullet.text)));
        if !bullet.children.is_empty() {
            out.push_str("\n<ul>\n");
            for child in &bullet.children {
                out.push_str(&format!("<li>{}</li>\n", escape(child)));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
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
