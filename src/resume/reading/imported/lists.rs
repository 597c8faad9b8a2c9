//! Lists the import writes one bullet per item (skills, languages,
//! interests): `- **Name** (level): keyword, keyword`.

use super::super::blocks::Item;
use super::super::model::SkillGroup;
use super::is_protected;

/// An item led by a bold name, or by `: ` when it has none: the name, the
/// level in brackets and the words after the colon, split at commas as
/// written (an escaped comma belongs to its word). `None` for any other
/// item.
pub(super) fn named(item: &Item) -> Option<SkillGroup> {
    let line = item.lines.first()?;
    let text = line.text.trim_end();
    let lead = line.text.len() - line.text.trim_start().len();
    let plain_at = |at: usize, s: &str| {
        text.get(at..).is_some_and(|t| t.starts_with(s)) && !is_protected(line, at..at + s.len())
    };
    let (mut label, mut at) = match line.strong.iter().find(|s| s.start == lead) {
        Some(strong) => (Some(line.field(strong.clone())), strong.end),
        None if plain_at(lead, ":") => (None, lead),
        None => return None,
    };
    let mut after_colon = false;
    // "**Languages:** Go, Rust": the colon inside the bold.
    if let Some(name) = label.as_mut()
        && name.text.ends_with(':')
        && !is_protected(line, at - 1..at)
    {
        name.text.pop();
        name.text = name.text.trim_end().to_string();
        after_colon = true;
    }
    let mut level = None;
    if !after_colon && plain_at(at, " (") {
        let close = (at + 2..text.len())
            .find(|&i| text.as_bytes()[i] == b')' && !is_protected(line, i..i + 1));
        if let Some(close) = close {
            level = Some(line.field(at + 2..close));
            at = close + 1;
        }
    }
    if !after_colon && plain_at(at, ":") {
        at += 1;
        after_colon = true;
    }
    let rest = line.slice(at.min(text.len())..text.len());
    let skills = if after_colon {
        rest.split_all(&[", "])
            .into_iter()
            .map(|r| rest.field(r))
            .collect()
    } else if rest.text.trim().is_empty() {
        Vec::new()
    } else {
        // Words after the name that are not the import's shape are kept.
        vec![rest.whole()]
    };
    Some(SkillGroup {
        label,
        level,
        skills,
        range: item.range.clone(),
    })
}
