//! The pieces of entry titles and the lines under them: which part is
//! the role and which the organisation, places, labels, cut-out dates.

use super::*;

/// The separators without " at " unless the words before it read like a
/// role: "Engineer at Acme" splits, "Operating Storage at Scale" does not.
pub(super) fn without_loose_at<'s>(separators: &[&'s str], text: &str) -> Vec<&'s str> {
    let role_before = text
        .find(" at ")
        .is_some_and(|at| is_role_like(&text[..at]));
    separators
        .iter()
        .copied()
        .filter(|s| *s != " at " || role_before)
        .collect()
}

/// Whether the pieces after a line's dates are tools rather than a company
/// and place: joined by dots, short, none a role or a place; three or more
/// of them (two in a Projects section, where no company is expected).
pub(super) fn is_keyword_list(text: &str, pieces: &[Field], kind: SectionKind) -> bool {
    let dotted = [" · ", " • ", " ⋅ "].iter().any(|s| text.contains(s));
    let least = if kind == SectionKind::Projects { 2 } else { 3 };
    dotted
        && pieces.len() >= least
        && pieces.iter().all(|p| {
            words(&p.text) <= 3
                && !p.text.contains(':')
                && !is_role_like(&p.text)
                && !is_org_like(&p.text)
                && !looks_like_place(&p.text)
        })
}

/// "Shopify (Ottawa)" → "Shopify" and "Ottawa": a name with a town in
/// brackets after it (capitalised words, at most three, not a role).
pub(super) fn place_in_brackets(piece: &Field) -> Option<(Field, Field)> {
    let text = piece.text.trim_end();
    let open = text.rfind(" (")?;
    let inner = text[open + 2..].strip_suffix(')')?;
    let capitalised = inner
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if open == 0 || inner.is_empty() || words(inner) > 3 || !capitalised || is_role_like(inner) {
        return None;
    }
    let start = piece.range.start;
    let end = piece.range.end;
    let org = Field::new(text[..open].trim(), start..(start + open).min(end));
    let place_start = (start + open + 2).min(end);
    let place_end = (place_start + inner.len()).min(end);
    Some((org, Field::new(inner, place_start..place_end)))
}

/// A `Label: value` piece of a line ("Score: 3.81/4.0"): the label (one or
/// two words) and the value.
pub(super) fn piece_label(piece: &Field) -> Option<(String, Field)> {
    let (label, value) = piece.text.split_once(": ")?;
    let label = label.trim();
    let value_trimmed = value.trim();
    if label.is_empty()
        || value_trimmed.is_empty()
        || words(label) > 2
        || !label.chars().all(|c| c.is_alphabetic() || c == ' ')
    {
        return None;
    }
    let start = (piece.range.start + piece.text.len() - value.len()).min(piece.range.end);
    Some((
        label.to_string(),
        Field::new(value_trimmed, start..piece.range.end),
    ))
}

pub(super) fn set_dates(entry: &mut Entry, span: dates::Span, text: Field) {
    entry.start = span.start;
    entry.end = span.end;
    entry.dates_text = Some(text);
}

/// The line without the bytes of `span` (and brackets around it).
pub(super) fn cut(line: &Line, span: std::ops::Range<usize>) -> Line {
    let before = line.text[..span.start]
        .trim_end_matches([' ', '(', '[', ',', '|', '·', '•', '—', '–', '-', '*', '_']);
    let after = line.text[span.end..]
        .trim_start_matches([' ', ')', ']', ',', '*', '_', '|', '·', '•', '—', '–', '-']);
    let after_start = line.text.len() - after.len();
    let left = line.slice(0..before.len());
    let right = line.slice(after_start..line.text.len());
    if right.text.trim().is_empty() {
        return left;
    }
    if left.text.trim().is_empty() {
        return right;
    }
    // Keep both sides, joined by a separator the title splitter knows.
    let mut joined = left;
    joined.append_separator(" | ");
    joined.append(&right);
    joined
}

pub(super) fn strip_brackets(field: Field) -> Field {
    let text = field.text.trim();
    let inner = text
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(text)
        .trim_matches(|c: char| c == '*' || c == '_' || c == ':' || c == ',');
    if inner.len() == field.text.len() {
        return field;
    }
    let offset = field.text.find(inner).unwrap_or(0);
    let start = field.range.start + offset;
    let end = (start + inner.len()).min(field.range.end).max(start);
    Field::new(inner.trim(), start..end)
}

/// A job named by a section's title: "Current Role: Staff Engineer at
/// Acme" → "Staff Engineer at Acme".
pub(super) fn job_in_title(title: &str) -> Option<&str> {
    let (prefix, rest) = title.split_once(':')?;
    let prefix = prefix.trim().to_lowercase();
    (prefix.ends_with("role") || prefix.ends_with("position") || prefix.ends_with("job"))
        .then(|| rest.trim())
        .filter(|r| !r.is_empty())
}

/// A heading inside an entry that labels part of it rather than starting
/// another: `Some(true)` when its items are skills.
pub(super) fn sub_label(text: &str) -> Option<bool> {
    let lower = text.to_lowercase();
    let skills = [
        "technolog",
        "tech stack",
        "stack",
        "tools",
        "skills",
        "werkzeuge",
        "tecnolog",
    ];
    let parts = [
        "achievement",
        "responsibilit",
        "highlight",
        "key result",
        "impact",
        "tasks",
        "aufgaben",
        "verantwortlich",
        "erfolge",
        "réalisations",
        "missions",
        "logros",
        "responsabilidades",
    ];
    if dates::find(text).is_some() {
        return None;
    }
    if skills.iter().any(|w| lower.contains(w)) {
        Some(true)
    } else if parts.iter().any(|w| lower.contains(w)) {
        Some(false)
    } else {
        None
    }
}

/// A heading over entries: the company, without a place after it
/// ("Accenture, New York, NY" → "Accenture").
pub(super) fn group_name(line: &Line) -> Field {
    let parts = line.split(TITLE_SEPARATORS);
    match parts.first() {
        Some(first) if parts.len() > 1 => {
            let rest = line.text[first.end..].trim_start_matches([',', ' ', '—', '–', '-', '|']);
            if looks_like_place(rest) || words(rest) <= 3 {
                return strip_brackets(line.field(first.clone()));
            }
            line.whole()
        }
        _ => line.whole(),
    }
}

/// Decides which title part is the role and which the organisation.
pub(super) fn assign_parts(entry: &mut Entry, parts: Vec<Field>, kind: SectionKind) {
    let mut parts = parts.into_iter();
    let (first, second) = (parts.next(), parts.next());
    let rest: Vec<Field> = parts.collect();
    match kind {
        SectionKind::Projects => {
            entry.role = first;
            if let Some(second) = second {
                entry.description.push(second);
            }
        }
        SectionKind::Education => {
            // "Universitat Politècnica de Catalunya   Barcelona, España": a
            // school and its town; the degree comes on the next line.
            if let (Some(a), Some(b)) = (&first, &second)
                && looks_like_place(&b.text)
                && !is_degree_like(&a.text)
            {
                entry.organisation = first;
                entry.location = second;
                entry.description.extend(rest);
                return;
            }
            let swap = match (&first, &second) {
                (Some(a), Some(b)) => {
                    (is_org_like(&a.text) && !is_org_like(&b.text))
                        || (is_degree_like(&b.text) && !is_degree_like(&a.text))
                }
                // A trade learnt ("Fachinformatiker für
                // Anwendungsentwicklung") is the qualification, not the school.
                (Some(a), None) => {
                    !is_degree_like(&a.text) && (is_org_like(&a.text) || !is_role_like(&a.text))
                }
                _ => false,
            };
            if swap {
                entry.organisation = first;
                entry.role = second;
            } else {
                entry.role = first;
                entry.organisation = second;
            }
        }
        _ => {
            if let (Some(a), Some(b)) = (&first, &second)
                && !is_role_like(&a.text)
                && !is_role_like(&b.text)
                && (looks_like_place(&b.text)
                    || (is_org_like(&a.text) && words(&b.text) <= 2)
                    || (!is_org_like(&b.text)
                        && !is_degree_like(&b.text)
                        && words(&b.text) == 1
                        && b.text.chars().next().is_some_and(char::is_uppercase)))
            {
                // "**Umbrella GmbH**, Hamburg": a company and its town.
                entry.organisation = first;
                entry.location = second;
                for part in rest {
                    entry.description.push(part);
                }
                return;
            }
            let swap = match (&first, &second) {
                (Some(a), Some(b)) => {
                    let (ra, rb) = (is_role_like(&a.text), is_role_like(&b.text));
                    !ra && (rb || (is_org_like(&a.text) && !is_org_like(&b.text)))
                }
                (Some(a), None) => !is_role_like(&a.text),
                _ => false,
            };
            if swap {
                entry.organisation = first;
                entry.role = second;
            } else {
                entry.role = first;
                entry.organisation = second;
            }
        }
    }
    for part in rest {
        // A short place has capitalised words ("New York"); "Sales
        // engagement platform" describes the company instead.
        let place = looks_like_place(&part.text)
            || (kind == SectionKind::Experience
                && words(&part.text) <= 3
                && part
                    .text
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase())));
        if entry.location.is_none() && place {
            entry.location = Some(part);
        } else {
            entry.description.push(part);
        }
    }
}

/// "Utrecht", "New York": one or two capitalised words that name no role
/// or organisation.
pub(super) fn is_town(text: &str) -> bool {
    let count = words(text);
    (1..=2).contains(&count)
        && text
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !is_role_like(text)
        && !is_org_like(text)
}

/// "Berlin, Germany", "Remote", "NYC": a place.
pub(super) fn looks_like_place(text: &str) -> bool {
    let lower = text.to_lowercase();
    if [
        "remote",
        "hybrid",
        "on-site",
        "onsite",
        "worldwide",
        "anywhere",
    ]
    .iter()
    .any(|w| {
        lower
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|x| x == *w)
    }) {
        return true;
    }
    let parts: Vec<&str> = text.split(", ").collect();
    parts.len() >= 2
        && parts.len() <= 4
        && words(text) <= 6
        && !is_role_like(text)
        && !is_org_like(text)
        && parts
            .iter()
            .all(|p| p.chars().next().is_some_and(char::is_uppercase))
}
