//! Dates for people: `Feb 2020 – Present`, `2019 – 2021`.

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `2020-02-01` or `2020-02` → `Feb 2020`, `2020` → `2020`; any other text
/// is shown as written.
pub fn human_date(iso: &str) -> String {
    let mut parts = iso.trim().split('-');
    let year = parts
        .next()
        .filter(|y| y.len() == 4 && y.parse::<u16>().is_ok());
    let month = parts
        .next()
        .and_then(|m| m.parse::<usize>().ok())
        .filter(|m| (1..=12).contains(m));
    match (year, month) {
        (Some(y), Some(m)) => format!("{} {y}", MONTHS[m - 1]),
        (Some(y), None) if iso.trim().len() == 4 => y.to_string(),
        _ => iso.trim().to_string(),
    }
}

/// The span between two schema dates; with no end, `ongoing` spans (jobs)
/// run to `Present` and others show their one date.
pub fn human_range(start: Option<&str>, end: Option<&str>, ongoing: bool) -> Option<String> {
    let start = start.map(human_date);
    let end = end.map(human_date);
    match (start, end) {
        (Some(s), Some(e)) if s == e => Some(s),
        (Some(s), Some(e)) => Some(format!("{s} – {e}")),
        (Some(s), None) if ongoing => Some(format!("{s} – Present")),
        (Some(s), None) => Some(s),
        (None, Some(e)) => Some(e),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_dates_read_as_months() {
        assert_eq!(human_date("2020-02-01"), "Feb 2020");
        assert_eq!(human_date("2020-12"), "Dec 2020");
        assert_eq!(human_date("2019"), "2019");
        assert_eq!(human_date("Summer 2019"), "Summer 2019");
    }

    #[test]
    fn ranges_end_in_present_only_for_ongoing_spans() {
        assert_eq!(
            human_range(Some("2020-02-01"), None, true).as_deref(),
            Some("Feb 2020 – Present")
        );
        assert_eq!(
            human_range(Some("2019"), Some("2021"), false).as_deref(),
            Some("2019 – 2021")
        );
        assert_eq!(
            human_range(Some("2019"), None, false).as_deref(),
            Some("2019")
        );
        assert_eq!(human_range(None, None, true), None);
    }
}
