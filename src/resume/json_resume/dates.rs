//! Dates between the forms people write ("Mar 2021", "03/2021", "März
//! 2019 – heute") and the forms the JSON Resume schema accepts (YYYY,
//! YYYY-MM, YYYY-MM-DD). The reading (`resume::reading`) reads the dates;
//! this maps them to the schema and keeps text it cannot hold.

use crate::resume::reading::{EndDate, mentions_season, parse_dates, parse_end_side};

/// What a piece of an entry's date line turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum DateText {
    /// A span; `end: None` means ongoing. `unread` holds the original text
    /// when one side could not be read, so the caller can keep it.
    Range {
        start: Option<String>,
        end: Option<String>,
        unread: Option<String>,
    },
    /// One date on its own.
    Single(String),
    /// Not a date at all.
    NotDate,
}

/// Between the two sides of a span whose one side cannot be read.
const RANGE_SEPARATORS: &[&str] = &[" – ", " — ", " - ", " to ", " until ", "–", "—"];

/// How an entry's dates are written: `2021-03 – Present`, `2019 – 2021`, or
/// `– 2020` when only the end is known.
pub(super) fn format_range(start: Option<&str>, end: Option<&str>) -> Option<String> {
    match (start, end) {
        (None, None) => None,
        (Some(start), None) => Some(format!("{start} – Present")),
        (Some(start), Some(end)) => Some(format!("{start} – {end}")),
        (None, Some(end)) => Some(format!("– {end}")),
    }
}

/// Reads one piece of a date line. A season ("Summer 2016") is a date only
/// to its year, which the schema would keep without the season: it is read
/// as unreadable so its text is kept.
pub(super) fn read(text: &str) -> DateText {
    let text = text.trim();
    if !mentions_season(text)
        && let Some(span) = parse_dates(text)
    {
        let end = match span.end {
            Some(EndDate::Date(end)) => Some(end),
            _ => None,
        };
        return match (span.start, end) {
            (Some(start), Some(end)) if start == end => DateText::Single(start.iso()),
            (start, end) => DateText::Range {
                start: start.map(|d| d.iso()),
                end: end.map(|d| d.iso()),
                unread: None,
            },
        };
    }
    // "[Month Year] – Present": a span with one side unreadable keeps its text.
    for separator in RANGE_SEPARATORS {
        let Some((left, right)) = text.split_once(separator) else {
            continue;
        };
        let (left, right) = (side(left), side(right));
        if matches!(left, Side::Date(_)) || right != Side::Unreadable {
            let unread =
                (left == Side::Unreadable || right == Side::Unreadable).then(|| text.to_string());
            return DateText::Range {
                start: left.date(),
                end: right.date(),
                unread,
            };
        }
    }
    DateText::NotDate
}

#[derive(Debug, PartialEq, Eq)]
enum Side {
    Date(String),
    Ongoing,
    Unreadable,
}

impl Side {
    fn date(self) -> Option<String> {
        match self {
            Side::Date(date) => Some(date),
            _ => None,
        }
    }
}

fn side(text: &str) -> Side {
    if mentions_season(text) {
        return Side::Unreadable;
    }
    match parse_end_side(text) {
        Some(EndDate::Present) => Side::Ongoing,
        Some(EndDate::Date(date)) => Side::Date(date.iso()),
        None => Side::Unreadable,
    }
}

/// One date in a schema form, or `None` when it cannot be read.
#[cfg(test)]
fn normalize(text: &str) -> Option<String> {
    match read(text) {
        DateText::Single(date) => Some(date),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: Option<&str>, end: Option<&str>) -> DateText {
        DateText::Range {
            start: start.map(String::from),
            end: end.map(String::from),
            unread: None,
        }
    }

    #[test]
    fn schema_forms_are_kept_exactly() {
        for iso in ["2021", "2021-03", "2021-03-01"] {
            assert_eq!(normalize(iso).as_deref(), Some(iso));
        }
        assert_eq!(normalize("2021-13"), None);
        assert_eq!(normalize("2021-03-32"), None);
        assert_eq!(normalize("3021"), None);
    }

    #[test]
    fn written_months_become_iso() {
        assert_eq!(normalize("Mar 2021").as_deref(), Some("2021-03"));
        assert_eq!(normalize("March 2021").as_deref(), Some("2021-03"));
        assert_eq!(normalize("Sept. 2020").as_deref(), Some("2020-09"));
        assert_eq!(normalize("03/2021").as_deref(), Some("2021-03"));
        assert_eq!(normalize("3/2021").as_deref(), Some("2021-03"));
        assert_eq!(normalize("Mar 5, 2021").as_deref(), Some("2021-03-05"));
        assert_eq!(normalize("Marketing 2021"), None);
        assert_eq!(normalize("Summer 2019"), None);
    }

    #[test]
    fn ranges_read_with_any_dash_and_present() {
        assert_eq!(read("2021-03 – Present"), range(Some("2021-03"), None));
        assert_eq!(
            read("Jan 2019 - Dec 2020"),
            range(Some("2019-01"), Some("2020-12"))
        );
        assert_eq!(read("2019-2021"), range(Some("2019"), Some("2021")));
        assert_eq!(read("– 2020-05"), range(None, Some("2020-05")));
        assert_eq!(read("2019"), DateText::Single("2019".into()));
    }

    #[test]
    fn unreadable_sides_are_reported_with_the_original_text() {
        assert_eq!(
            read("[Month Year] – Present"),
            DateText::Range {
                start: None,
                end: None,
                unread: Some("[Month Year] – Present".into()),
            }
        );
        assert_eq!(read("Berlin, Germany"), DateText::NotDate);
        assert_eq!(read("Go – Rust"), DateText::NotDate);
    }

    #[test]
    fn format_shows_present_for_an_open_end() {
        assert_eq!(
            format_range(Some("2021-03"), None).unwrap(),
            "2021-03 – Present"
        );
        assert_eq!(format_range(None, Some("2020")).unwrap(), "– 2020");
        assert_eq!(format_range(None, None), None);
    }
}
