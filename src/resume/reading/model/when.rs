//! Dates as the reading keeps them: as precise as they were written, for
//! the schema (ISO) and for people (`Feb 2020 – Present`).

use std::fmt;

/// A date as precise as it was written: a year, maybe a month and a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: u16,
    /// 1–12.
    pub month: Option<u8>,
    /// 1–31; only with a month.
    pub day: Option<u8>,
}

const MONTH_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl PartialDate {
    pub fn year(year: u16) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    pub fn month(year: u16, month: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: None,
        }
    }

    /// `2020`, `2020-02` or `2020-02-05`, as the JSON Resume schema wants.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let mut parts = text.trim().split('-');
        let year = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
        let number = |p: Option<&str>, max: u8| -> Option<Option<u8>> {
            match p {
                None => Some(None),
                Some(p) if p.len() == 2 => {
                    p.parse().ok().filter(|n| (1..=max).contains(n)).map(Some)
                }
                Some(_) => None,
            }
        };
        let month = number(parts.next(), 12)?;
        let day = number(parts.next(), 31)?;
        (parts.next().is_none() && (day.is_none() || month.is_some())).then_some(PartialDate {
            year,
            month,
            day,
        })
    }
}

impl fmt::Display for PartialDate {
    /// `Feb 2020`, or `2020` when no month was written.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.month {
            Some(m) if (1..=12).contains(&m) => {
                write!(f, "{} {}", MONTH_SHORT[usize::from(m - 1)], self.year)
            }
            _ => write!(f, "{}", self.year),
        }
    }
}

/// How a span of time ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EndDate {
    /// Still going ("Present", "now", "current", "heute", "actuel").
    Present,
    Date(PartialDate),
}

impl EndDate {
    /// `present` or the ISO date, as truth files write it.
    pub fn id(&self) -> String {
        match self {
            EndDate::Present => "present".into(),
            EndDate::Date(d) => d.iso(),
        }
    }
}

impl fmt::Display for EndDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EndDate::Present => f.write_str("Present"),
            EndDate::Date(d) => d.fmt(f),
        }
    }
}

/// Dates for people: `Feb 2020 – Present`, `2019 – 2021`, `Mar 2018`
/// (one date), `– 2020` (only the end known).
pub fn format_range(start: Option<PartialDate>, end: Option<EndDate>) -> Option<String> {
    match (start, end) {
        (None, None) => None,
        (Some(s), None) => Some(s.to_string()),
        (Some(s), Some(EndDate::Date(e))) if s == e => Some(s.to_string()),
        (Some(s), Some(e)) => Some(format!("{s} – {e}")),
        (None, Some(e)) => Some(format!("– {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_for_people_and_for_the_schema() {
        let feb = PartialDate::month(2020, 2);
        assert_eq!(feb.to_string(), "Feb 2020");
        assert_eq!(feb.iso(), "2020-02");
        assert_eq!(PartialDate::year(2019).iso(), "2019");
        assert_eq!(
            format_range(Some(feb), Some(EndDate::Present)).unwrap(),
            "Feb 2020 – Present"
        );
        assert_eq!(
            format_range(
                Some(PartialDate::year(2019)),
                Some(EndDate::Date(PartialDate::year(2021)))
            )
            .unwrap(),
            "2019 – 2021"
        );
        assert_eq!(format_range(Some(feb), None).unwrap(), "Feb 2020");
        assert_eq!(
            format_range(None, Some(EndDate::Date(feb))).unwrap(),
            "– Feb 2020"
        );
        assert_eq!(format_range(None, None), None);
    }

    #[test]
    fn iso_dates_round_trip_and_reject_nonsense() {
        for iso in ["2021", "2021-03", "2021-03-05"] {
            assert_eq!(PartialDate::parse_iso(iso).unwrap().iso(), iso);
        }
        for bad in [
            "2021-13",
            "2021-3",
            "21",
            "2021-03-32",
            "2021-03-05-01",
            "abcd",
        ] {
            assert_eq!(PartialDate::parse_iso(bad), None, "{bad}");
        }
    }
}
