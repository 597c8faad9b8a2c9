//! Dates as people write them on resumes: `Jan 2020 – Present`,
//! `2019–2021`, `03/2018 - 06/2020`, `2021 - now`, `Sept. 2022 — current`,
//! `März 2019 – heute`, `janv. 2020 - aujourd'hui`, `enero de 2018 – actualidad`,
//! `Since 2021`, and where in a line they are.

use std::ops::Range;

use super::model::{EndDate, PartialDate};

/// A span of time read from text. One date on its own reads as a span that
/// starts and ends then (a graduation, a talk).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: Option<PartialDate>,
    pub end: Option<EndDate>,
}

mod vocabulary;
use vocabulary::*;

/// Reads text that is wholly a date or a span of dates.
pub fn parse(text: &str) -> Option<Span> {
    let text = clean(text);
    if text.is_empty() {
        return None;
    }
    if let Some(date) = single(text) {
        return Some(Span {
            start: Some(date),
            end: Some(EndDate::Date(date)),
        });
    }
    let lower = text.to_lowercase();
    for word in SINCE {
        if let Some(rest) = lower.strip_prefix(word).filter(|r| r.starts_with(' '))
            && let Some(start) = single(rest.trim())
        {
            return Some(Span {
                start: Some(start),
                end: Some(EndDate::Present),
            });
        }
    }
    for word in ["expected", "exp.", "anticipated", "voraussichtlich"] {
        if let Some(rest) = lower.strip_prefix(word)
            && let Some(end) = single(rest.trim())
        {
            return Some(Span {
                start: None,
                end: Some(EndDate::Date(end)),
            });
        }
    }
    if let Some(rest) = text.strip_prefix(['–', '—', '-']) {
        return end_side(rest).map(|end| Span {
            start: None,
            end: Some(end),
        });
    }
    for separator in SEPARATORS {
        let mut from = 0;
        while let Some(found) = text[from..].find(separator) {
            let at = from + found;
            if let Some(span) = sides(&text[..at], &text[at + separator.len()..]) {
                return Some(span);
            }
            from = at + separator.len();
        }
    }
    // "2019-2021", "03/2018-06/2020": a bare hyphen between two dates.
    for (at, _) in text.match_indices('-') {
        if let Some(span) = sides(&text[..at], &text[at + 1..]) {
            return Some(span);
        }
    }
    None
}

/// Finds the longest date or span in a line: its byte range and value.
pub fn find(text: &str) -> Option<(Range<usize>, Span)> {
    // Every date `parse` accepts in a line holds a year: the tokens that
    // have one are the only places a date can be, and most lines (bullets,
    // prose) have none, so they cost one pass over their bytes.
    if !has_year(text) {
        return None;
    }
    let tokens = tokens(text);
    if tokens.len() > 40 {
        return None;
    }
    let with_year: Vec<bool> = tokens.iter().map(|t| has_year(&text[t.clone()])).collect();
    let can_end: Vec<bool> = tokens.iter().map(|t| can_end(&text[t.clone()])).collect();
    let mut best: Option<(Range<usize>, Span)> = None;
    for i in 0..tokens.len() {
        for j in (i..tokens.len()).rev() {
            let range = tokens[i].start..tokens[j].end;
            if best.as_ref().is_some_and(|(b, _)| b.len() >= range.len()) {
                break;
            }
            if !can_end[j] || !with_year[i..=j].contains(&true) {
                continue;
            }
            let piece = &text[range.clone()];
            if let Some(span) = parse(piece) {
                best = Some((range, span));
                break;
            }
        }
    }
    best
}

/// Whether `text` holds a year a date can have: exactly four ASCII digits
/// in a row, from 1950 to 2099. Every date and span [`parse`] reads with a
/// digit in it has one (`single` takes its year only from such a run).
fn has_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            at += 1;
        }
        if at - start == 4 && year(&text[start..at]).is_some() {
            return true;
        }
    }
    false
}

/// Whether a date or span can end with this token: every one `parse`
/// reads ends with a digit (a year, a day, a month number) or a word for
/// "still going" (`Present`, `bis heute`).
fn can_end(token: &str) -> bool {
    if token.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    let word = clean(token).trim_end_matches('.').to_lowercase();
    ONGOING
        .iter()
        .any(|ongoing| ongoing.rsplit(' ').next() == Some(word.as_str()))
}

/// Whether the text names a season ("Summer 2019"): a date only to the year.
pub fn mentions_season(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !c.is_alphabetic())
        .any(|word| SEASONS.contains(&word))
}

/// Runs of text between the characters that never sit inside a date.
fn tokens(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let breaks = c.is_whitespace()
            || matches!(
                c,
                '(' | ')' | '[' | ']' | '|' | '·' | '•' | ',' | '*' | '_' | ';'
            );
        match (breaks, start) {
            (true, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

fn clean(text: &str) -> &str {
    text.trim()
        .trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '*' | '_' | ',' | ':' | '|'))
        .trim()
}

fn sides(left: &str, right: &str) -> Option<Span> {
    let end = end_side(right)?;
    let left = clean(left);
    let start = single(left).or_else(|| {
        // "Jan – Mar 2020": the start borrows the end's year.
        let month = month_by_name(left)?;
        match end {
            EndDate::Date(d) => Some(PartialDate::month(d.year, month)),
            EndDate::Present => None,
        }
    })?;
    Some(Span {
        start: Some(start),
        end: Some(end),
    })
}

/// One side of a span: a date or a word for "still going".
pub fn end_side(text: &str) -> Option<EndDate> {
    let text = clean(text);
    let lower = text.to_lowercase();
    let lower = lower.trim_end_matches('.');
    if ONGOING.contains(&lower) {
        return Some(EndDate::Present);
    }
    single(text).map(EndDate::Date)
}

/// One date: `2020`, `2020-02`, `2020-02-05`, `02/2020`, `2020/02`,
/// `02.2020`, `Feb 2020`, `February, 2020`, `Feb 5, 2020`, `5 Feb 2020`,
/// `enero de 2020`, `Summer 2019` (the year).
pub fn single(text: &str) -> Option<PartialDate> {
    let text = clean(text);
    if let Some(date) = PartialDate::parse_iso(text).filter(|d| plausible_year(d.year)) {
        return Some(date);
    }
    for separator in ['/', '.', '-'] {
        if let Some((a, b)) = text.split_once(separator)
            && !b.contains(separator)
        {
            if let (Some(month), Some(year)) = (month_number(a), year(b)) {
                return Some(PartialDate::month(year, month));
            }
            if let (Some(year), Some(month)) = (year(a), month_number(b)) {
                return Some(PartialDate::month(year, month));
            }
        }
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| {
            !w.is_empty() && !matches!(w.to_lowercase().as_str(), "de" | "of" | "del" | "em")
        })
        .collect();
    match words.as_slice() {
        [y] => year(y).map(PartialDate::year),
        [name, y] => {
            let year = year(y)?;
            if let Some(month) = month_by_name(name) {
                return Some(PartialDate::month(year, month));
            }
            SEASONS
                .contains(&name.to_lowercase().as_str())
                .then(|| PartialDate::year(year))
        }
        [a, b, y] => {
            let year = year(y)?;
            let (month, day) = match (month_by_name(a), month_by_name(b)) {
                (Some(m), None) => (m, day(b)?),
                (None, Some(m)) => (m, day(a)?),
                _ => return None,
            };
            Some(PartialDate {
                year,
                month: Some(month),
                day: Some(day),
            })
        }
        _ => None,
    }
}

fn plausible_year(year: u16) -> bool {
    (1950..=2099).contains(&year)
}

fn year(text: &str) -> Option<u16> {
    let text = text.trim().trim_end_matches('.');
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
        .filter(|&y| plausible_year(y))
}

fn day(text: &str) -> Option<u8> {
    let text = text.trim().trim_end_matches(['.', ',']);
    let text = text
        .strip_suffix("st")
        .or_else(|| text.strip_suffix("nd"))
        .or_else(|| text.strip_suffix("rd"))
        .or_else(|| text.strip_suffix("th"))
        .unwrap_or(text);
    text.parse().ok().filter(|d| (1..=31).contains(d))
}

fn month_number(text: &str) -> Option<u8> {
    let text = text.trim();
    (text.len() <= 2 && !text.is_empty())
        .then(|| text.parse().ok())
        .flatten()
        .filter(|n| (1..=12).contains(n))
}

/// The month a word names in any of the languages read, or `None`.
pub fn month_by_name(text: &str) -> Option<u8> {
    let lower = text.trim().trim_end_matches('.').to_lowercase();
    if lower.chars().count() < 3 {
        return None;
    }
    if let Some(&(_, m)) = MONTH_EXTRA.iter().find(|(w, _)| *w == lower) {
        return Some(m);
    }
    MONTHS.iter().find_map(|names| {
        names
            .iter()
            .position(|full| full.starts_with(&lower))
            .map(|i| i as u8 + 1)
    })
}

#[cfg(test)]
mod tests;
