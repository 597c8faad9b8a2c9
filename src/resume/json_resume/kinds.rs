//! Entries and bullets → JSON Resume items, one function per kind of item.

use serde_json::{Map, Value};

use super::entries::{Dates, Entry};
use super::inline::Inline;
use super::titles;
use crate::resume::reading::profiles::looks_like_web;
use crate::resume::typed_address;

/// An item's fields; empty values are left out.
#[derive(Default)]
pub(super) struct Fields(Map<String, Value>);

impl Fields {
    pub fn text(&mut self, key: &str, value: Option<String>) {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            self.0.insert(key.into(), Value::String(value));
        }
    }

    pub fn list(&mut self, key: &str, values: Vec<String>) {
        let values: Vec<Value> = values
            .into_iter()
            .filter(|v| !v.trim().is_empty())
            .map(Value::String)
            .collect();
        if !values.is_empty() {
            self.0.insert(key.into(), Value::Array(values));
        }
    }

    pub fn into_value(self) -> Option<Value> {
        (!self.0.is_empty()).then_some(Value::Object(self.0))
    }
}

fn plain(part: &Option<Inline>) -> Option<String> {
    part.as_ref().map(Inline::plain)
}

fn split_list(inline: &Inline) -> Vec<String> {
    inline.split(&[", "]).iter().map(Inline::plain).collect()
}

/// A usable address from the title: the preferred part's link first.
fn url_of(parts: &[Option<Inline>], preferred: usize) -> Option<String> {
    let preferred = parts.get(preferred).and_then(|p| p.as_ref()?.url());
    let url = preferred.or_else(|| parts.iter().flatten().find_map(Inline::url))?;
    absolute_url(url)
}

/// The schema wants a URI: keep addresses with a scheme, complete bare
/// web addresses, drop the rest (their link text stays).
fn absolute_url(url: &str) -> Option<String> {
    let scheme_end = url.find(':').unwrap_or(0);
    let has_scheme = scheme_end > 0
        && url[..scheme_end]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        && url.as_bytes()[0].is_ascii_alphabetic();
    if has_scheme {
        Some(url.to_string())
    } else if looks_like_web(url) {
        Some(format!("https://{url}"))
    } else {
        None
    }
}

/// Free text of an entry: unread dates first, then paragraphs, then any
/// labelled line the kind has no field for.
fn notes(entry: &Entry, dates: &Dates, extra: Vec<String>) -> Option<String> {
    let mut notes = dates.unread.clone();
    notes.extend(extra);
    notes.extend(entry.texts.iter().cloned());
    Some(notes.join("\n\n")).filter(|n| !n.is_empty())
}

fn label_line(label: &str, value: &Inline) -> String {
    format!("{label}: {}", value.plain_with_urls())
}

fn bullet_texts(entry: &Entry) -> Vec<String> {
    entry.bullets.iter().map(Inline::plain_with_urls).collect()
}

/// `work` (organization key `name`) and `volunteer` (`organization`).
pub(super) fn job(entry: &Entry, organization: &str) -> Option<Value> {
    let mut parts = entry.title_parts(3);
    let dates = Dates::read_with_title(entry, &mut parts);
    let mut f = Fields::default();
    f.text("position", plain(&parts[0]));
    f.text(organization, plain(&parts[1]));
    f.text("url", url_of(&parts, 1));
    f.text("description", plain(&parts[2]));
    f.text("startDate", dates.start.clone());
    f.text("endDate", dates.end.clone());
    let place: Vec<String> = dates.rest.iter().map(Inline::plain).collect();
    f.text("location", Some(place.join(" · ")));
    let labels = entry
        .labeled
        .iter()
        .map(|(l, v)| label_line(l, v))
        .collect();
    f.text("summary", notes(entry, &dates, labels));
    f.list("highlights", bullet_texts(entry));
    f.into_value()
}

pub(super) fn project(entry: &Entry) -> Option<Value> {
    let mut parts = entry.title_parts(2);
    let dates = Dates::read_with_title(entry, &mut parts);
    let mut f = Fields::default();
    let mut url = url_of(&parts, 0);
    let mut keywords = Vec::new();
    for piece in &dates.rest {
        let text = piece.plain();
        let bare = text.trim_start_matches('[').trim_end_matches(']');
        match piece.url().and_then(absolute_url) {
            Some(link) if url.is_none() => {
                if text != typed_address(&link) && text != link {
                    keywords.push(text);
                }
                url = Some(link);
            }
            None if url.is_none() && !piece.has_protected() && looks_like_web(bare) => {
                url = absolute_url(bare)
            }
            _ => keywords.push(text),
        }
    }
    let mut extra = Vec::new();
    let (mut roles, mut entity, mut kind) = (Vec::new(), None, None);
    for (label, value) in &entry.labeled {
        match label.to_lowercase().as_str() {
            "roles" | "role" => roles.extend(split_list(value)),
            "entity" => entity = Some(value.plain()),
            "type" => kind = Some(value.plain()),
            "keywords" | "stack" | "tech" | "technologies" => keywords.extend(split_list(value)),
            _ => extra.push(label_line(label, value)),
        }
    }
    f.text("name", plain(&parts[0]));
    let mut description: Vec<String> = plain(&parts[1]).into_iter().collect();
    description.extend(notes(entry, &dates, extra));
    f.text("description", Some(description.join("\n\n")));
    f.list("highlights", bullet_texts(entry));
    f.list("keywords", keywords);
    f.text("startDate", dates.start.clone());
    f.text("endDate", dates.end.clone());
    f.text("url", url);
    f.list("roles", roles);
    f.text("entity", entity);
    f.text("type", kind);
    f.into_value()
}

pub(super) fn education(entry: &Entry) -> Option<Value> {
    let mut parts = entry.title_parts(2);
    let dates = Dates::read_with_title(entry, &mut parts);
    let mut f = Fields::default();
    match parts[0].as_ref().and_then(|d| d.split_once(" in ")) {
        Some((kind, area)) => {
            f.text("studyType", Some(kind.plain()));
            f.text("area", Some(area.plain()));
        }
        None => f.text("studyType", plain(&parts[0])),
    }
    f.text("institution", plain(&parts[1]));
    f.text("url", url_of(&parts, 1));
    f.text("startDate", dates.start.clone());
    f.text("endDate", dates.end.clone());
    let mut score = None;
    let mut extra = Vec::new();
    for piece in &dates.rest {
        if piece.starts_with_plain(titles::SCORE_PREFIX) {
            score = Some(piece.after(titles::SCORE_PREFIX.len()).plain());
        } else if piece.plain().to_lowercase().starts_with("gpa") {
            score = Some(piece.plain());
        } else {
            extra.push(piece.plain());
        }
    }
    let mut courses = bullet_texts(entry);
    for (label, value) in &entry.labeled {
        match label.to_lowercase().as_str() {
            "score" | "gpa" | "grade" => score = Some(value.plain()),
            "courses" | "coursework" | "relevant coursework" => courses.extend(split_list(value)),
            _ => extra.push(label_line(label, value)),
        }
    }
    f.text("score", score);
    f.list("courses", courses);
    // Not in the schema, which allows extra fields: keeps the words.
    f.text("summary", notes(entry, &dates, extra));
    f.into_value()
}

/// Awards, certificates and publications: `[name, by, date]` keys.
pub(super) fn dated(entry: &Entry, keys: [&str; 3], linked: bool) -> Option<Value> {
    let [name, by, date] = keys;
    let mut parts = entry.title_parts(2);
    let dates = Dates::read_with_title(entry, &mut parts);
    let mut f = Fields::default();
    f.text(name, plain(&parts[0]));
    if linked {
        f.text("url", url_of(&parts, 0));
    }
    f.text(by, plain(&parts[1]));
    f.text(date, dates.single());
    let mut extra: Vec<String> = dates.rest.iter().map(Inline::plain).collect();
    extra.extend(entry.labeled.iter().map(|(l, v)| label_line(l, v)));
    let mut summary: Vec<String> = notes(entry, &dates, extra).into_iter().collect();
    let bullets: Vec<String> = bullet_texts(entry)
        .iter()
        .map(|b| format!("- {b}"))
        .collect();
    if !bullets.is_empty() {
        summary.push(bullets.join("\n"));
    }
    f.text("summary", Some(summary.join("\n\n")));
    f.into_value()
}

pub(super) fn reference(entry: &Entry) -> Option<Value> {
    let mut f = Fields::default();
    f.text("name", entry.title.as_ref().map(Inline::plain));
    let mut text: Vec<String> = notes(entry, &Dates::default(), Vec::new())
        .into_iter()
        .collect();
    text.extend(bullet_texts(entry));
    f.text("reference", Some(text.join("\n\n")));
    f.into_value()
}

/// A bullet such as `**Name** (level): a, b` → name, level, the rest.
pub(super) fn named_parts(inline: &Inline) -> (Option<String>, Option<String>, Inline) {
    let Some((name, rest)) = inline.lead_strong() else {
        return match labeled_plain(inline) {
            Some((name, rest)) => (Some(name), None, rest),
            None => (None, None, inline.trim()),
        };
    };
    let mut name_text = name.plain();
    if name.ends_with_plain(':') && !rest.starts_with_plain(":") && !rest.starts_with_plain("(") {
        name_text.pop();
        name_text = name_text.trim_end().to_string();
    }
    let mut rest = rest.trim();
    let mut level = None;
    if rest.starts_with_plain("(")
        && let Some((inside, after)) = rest.after(1).split_once(")")
    {
        level = Some(inside.plain());
        rest = after;
    }
    for lead in [":", "— ", "– ", "- "] {
        if rest.starts_with_plain(lead) {
            rest = rest.after(lead.len());
            break;
        }
    }
    (Some(name_text), level, rest)
}

/// `Name: rest` without bold.
fn labeled_plain(inline: &Inline) -> Option<(String, Inline)> {
    let (name, rest) = inline.split_once(": ")?;
    Some((name.plain(), rest))
}

pub(super) fn skill(inline: &Inline, children: Vec<String>) -> Option<Value> {
    let (name, level, rest) = named_parts(inline);
    let mut keywords: Vec<String> = if rest.is_empty() {
        Vec::new()
    } else {
        split_list(&rest)
    };
    keywords.extend(children);
    let mut f = Fields::default();
    f.text("name", name);
    f.text("level", level);
    f.list("keywords", keywords);
    f.into_value()
}

pub(super) fn interest(inline: &Inline, children: Vec<String>) -> Option<Value> {
    let (name, level, rest) = named_parts(inline);
    let mut f = Fields::default();
    let mut keywords: Vec<String> = level.into_iter().collect();
    match name {
        Some(name) => {
            f.text("name", Some(name));
            if !rest.is_empty() {
                keywords.extend(split_list(&rest));
            }
        }
        None => f.text("name", Some(rest.plain())),
    }
    keywords.extend(children);
    f.list("keywords", keywords);
    f.into_value()
}

pub(super) fn language(inline: &Inline, children: Vec<String>) -> Option<Value> {
    let (name, level, rest) = named_parts(inline);
    let (language, mut fluency) = match name {
        Some(name) => (
            Some(name),
            level.into_iter().chain(Some(rest.plain())).collect(),
        ),
        None => match rest.rsplit_once(" (") {
            Some((lang, fl)) if fl.ends_with_plain(')') => {
                let fl = fl.plain();
                (Some(lang.plain()), vec![fl[..fl.len() - 1].to_string()])
            }
            _ => (Some(rest.plain()), Vec::new()),
        },
    };
    fluency.extend(children);
    fluency.retain(|f: &String| !f.is_empty());
    let mut f = Fields::default();
    f.text("language", language);
    f.text("fluency", Some(fluency.join("; ")));
    f.into_value()
}

/// A reference written as a bullet: `**Name**: what they said`.
pub(super) fn reference_bullet(inline: &Inline) -> Option<Value> {
    let mut f = Fields::default();
    match inline.lead_strong() {
        Some(_) => {
            let (name, _, rest) = named_parts(inline);
            f.text("name", name);
            f.text("reference", Some(rest.plain_with_urls()));
        }
        None => f.text("reference", Some(inline.plain_with_urls())),
    }
    f.into_value()
}
