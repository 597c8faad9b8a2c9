//! Dates between the forms people write ("Mar 2021", "03/2021") and the
//! forms the JSON Resume schema accepts (YYYY, YYYY-MM, YYYY-MM-DD).

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

const RANGE_SEPARATORS: &[&str] = &[" – ", " — ", " - ", " to ", " until ", "–", "—"];
const ONGOING: &[&str] = &["present", "current", "now", "today", "ongoing"];
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

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

/// Reads one piece of a date line.
pub(super) fn read(text: &str) -> DateText {
    let text = text.trim();
    if let Some(date) = normalize(text) {
        return DateText::Single(date);
    }
    if let Some(rest) = text.strip_prefix(['–', '—']) {
        // "– 2020": only the end is known.
        return match side(rest) {
            Side::Date(end) => DateText::Range {
                start: None,
                end: Some(end),
                unread: None,
            },
            _ => DateText::NotDate,
        };
    }
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
    // "2019-2021": two years joined by a bare hyphen.
    if let Some((left, right)) = text.split_once('-')
        && let (Some(start), Some(end)) = (year(left), year(right))
    {
        return DateText::Range {
            start: Some(start),
            end: Some(end),
            unread: None,
        };
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
    let text = text.trim();
    if ONGOING.contains(&text.to_lowercase().as_str()) {
        Side::Ongoing
    } else {
        normalize(text).map_or(Side::Unreadable, Side::Date)
    }
}

/// One date in a schema form, or `None` when it cannot be read.
pub(super) fn normalize(text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches('.');
    if is_iso(text) {
        return Some(text.to_string());
    }
    // "03/2021", "3/2021", "2021/03"
    if let Some((a, b)) = text.split_once('/') {
        if let (Some(month), Some(y)) = (month_number(a), year(b)) {
            return Some(format!("{y}-{month:02}"));
        }
        if let (Some(y), Some(month)) = (year(a), month_number(b)) {
            return Some(format!("{y}-{month:02}"));
        }
        return None;
    }
    // "Mar 2021", "March 2021", "Sept. 2021", "Mar 5, 2021"
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [name, y] => Some(format!("{}-{:02}", year(y)?, month_by_name(name)?)),
        [name, day, y] => {
            let day: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
            Some(format!("{}-{:02}-{day:02}", year(y)?, month_by_name(name)?))
        }
        _ => None,
    }
}

/// Whether `text` has one of the schema's forms with a real month and day.
pub(super) fn is_iso(text: &str) -> bool {
    let mut parts = text.split('-');
    let Some(y) = parts.next() else {
        return false;
    };
    if year(y).is_none() {
        return false;
    }
    let in_range = |part: Option<&str>, max: u32| {
        part.is_none_or(|p| p.len() == 2 && p.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n)))
    };
    let (month, day) = (parts.next(), parts.next());
    parts.next().is_none()
        && in_range(month, 12)
        && in_range(day, 31)
        && (day.is_none() || month.is_some())
}

fn year(text: &str) -> Option<String> {
    let text = text.trim();
    let valid = text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && matches!(text.as_bytes()[0], b'1' | b'2');
    valid.then(|| text.to_string())
}

fn month_number(text: &str) -> Option<u32> {
    let text = text.trim();
    let n: u32 = text.parse().ok()?;
    ((1..=12).contains(&n) && text.len() <= 2).then_some(n)
}

fn month_by_name(text: &str) -> Option<u32> {
    let lower = text.trim_end_matches('.').to_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let index = MONTHS.iter().position(|m| lower.starts_with(m))?;
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ][index];
    // "Mar", "Sept" and "March" are months; "Marketing" is not.
    (full.starts_with(&lower) || lower == "sept").then_some(index as u32 + 1)
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
