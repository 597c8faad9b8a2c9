//! Skills, languages and interests: lists written one bullet per item
//! (`- **Name** (level): keyword, keyword`, as the import writes them, or
//! `- Name: a, b`, `- English (native)`, a heading over its bullets, as
//! people do).

use serde_json::Value;

use super::blocks::{Block, Item, parse_blocks};
use super::entry_fields::Fields;
use super::inline::Inline;

pub(super) fn items(key: &str, body: &str) -> Vec<Value> {
    let read: fn(&Inline, Vec<String>) -> Option<Value> = match key {
        "skills" => skill,
        "languages" => language,
        "interests" => interest,
        _ => return Vec::new(),
    };
    bullets(body, read).into_iter().flatten().collect()
}

/// One item per bullet (nested bullets are its keywords) or per line; a
/// heading names the bullets under it.
fn bullets(body: &str, read: fn(&Inline, Vec<String>) -> Option<Value>) -> Vec<Option<Value>> {
    let mut out = Vec::new();
    let mut heading: Option<Inline> = None;
    for block in parse_blocks(body) {
        match block {
            Block::Heading(title) => {
                if let Some(previous) = heading.replace(title) {
                    out.push(read(&previous, Vec::new()));
                }
            }
            Block::List(items) => match heading.take() {
                Some(title) => {
                    let children = items
                        .iter()
                        .flat_map(Item::flatten)
                        .map(Inline::plain_with_urls)
                        .collect();
                    out.push(read(&title, children));
                }
                None => {
                    for item in &items {
                        let children = item.children.iter().flat_map(Item::flatten);
                        let children = children.map(Inline::plain_with_urls).collect();
                        out.push(read(&item.text, children));
                    }
                }
            },
            Block::Paragraph(p) => out.extend(p.lines().iter().map(|l| read(l, Vec::new()))),
            Block::Other(raw) => out.push(read(&Inline::raw(&raw), Vec::new())),
        }
    }
    if let Some(previous) = heading {
        out.push(read(&previous, Vec::new()));
    }
    out
}

fn split_list(inline: &Inline) -> Vec<String> {
    inline.split(&[", "]).iter().map(Inline::plain).collect()
}

/// A bullet such as `**Name** (level): a, b` → name, level, the rest.
fn named_parts(inline: &Inline) -> (Option<String>, Option<String>, Inline) {
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

fn skill(inline: &Inline, children: Vec<String>) -> Option<Value> {
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

fn interest(inline: &Inline, children: Vec<String>) -> Option<Value> {
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

fn language(inline: &Inline, children: Vec<String>) -> Option<Value> {
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
