//! The years a resume's experience spans, from the date ranges of its
//! entries ("2019-03 – Present", "Jan 2018 - Mar 2021", "2016 – 2019"):
//! overlapping roles count once.

/// A month as `year * 12 + (month - 1)`.
pub type Month = u32;

pub fn month(year: u32, month: u32) -> Month {
    year * 12 + month.clamp(1, 12) - 1
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// One date or "present" in a line, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Point {
    /// A month; `exact` is false when only the year was written.
    Date {
        at: Month,
        exact: bool,
    },
    Present,
}

fn points(line: &str) -> Vec<Point> {
    let lower = line.to_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '/' || c == '.'))
        .flat_map(|t| t.split('.'))
        .filter(|t| !t.is_empty())
        .collect();
    let mut out = Vec::new();
    let mut pending_month: Option<u32> = None;
    for token in tokens {
        if ["present", "current", "now", "today", "ongoing"].contains(&token) {
            out.push(Point::Present);
            pending_month = None;
            continue;
        }
        if let Some(m) = MONTHS
            .iter()
            .position(|m| token.starts_with(m))
            .filter(|_| token.len() <= 9)
        {
            pending_month = Some(m as u32 + 1);
            continue;
        }
        // "2019", "2019/03", "03/2019", "2019-03" (split at '-' already).
        let parts: Vec<&str> = token.split('/').collect();
        let year = |s: &str| {
            s.parse::<u32>()
                .ok()
                .filter(|y| (1960..=2100).contains(y) && s.len() == 4)
        };
        let num = |s: &str| s.parse::<u32>().ok().filter(|m| (1..=12).contains(m));
        let parsed = match parts.as_slice() {
            [y] => year(y).map(|y| (y, pending_month)),
            [m, y] if year(y).is_some() => year(y).map(|y| (y, num(m))),
            [y, m] if year(y).is_some() => year(y).map(|y| (y, num(m))),
            _ => None,
        };
        if let Some((y, m)) = parsed {
            out.push(Point::Date {
                at: month(y, m.unwrap_or(1)),
                exact: m.is_some(),
            });
        }
        pending_month = None;
    }
    // "2019-03": the hyphen split the month off; join "2019" "03".
    out
}

/// A date range in a line: the first date and the last date or
/// "present". A year alone ends in its December.
fn range_in(line: &str, today: Month) -> Option<(Month, Month)> {
    let line = fix_iso_months(line);
    let pts = points(&line);
    let Some(Point::Date { at: start, .. }) = pts.first().copied() else {
        return None;
    };
    let end = match pts.get(1..).and_then(|rest| rest.last()).copied()? {
        Point::Present => today,
        Point::Date { at, exact } => {
            if exact {
                at
            } else {
                at + 11
            }
        }
    };
    (end >= start && end <= today + 12).then_some((start, end.min(today)))
}

/// "2019-03" → "2019/03", so a hyphen between a year and a month is not
/// read as a range.
fn fix_iso_months(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    for (i, c) in line.char_indices() {
        let iso = c == '-'
            && i >= 4
            && b[i - 4..i].iter().all(u8::is_ascii_digit)
            && (i < 5 || !b[i - 5].is_ascii_digit())
            && b.len() >= i + 3
            && b[i + 1..i + 3].iter().all(u8::is_ascii_digit)
            && b.get(i + 3).is_none_or(|n| !n.is_ascii_digit());
        out.push(if iso { '/' } else { c });
    }
    out
}

/// Whole years covered by the date ranges in `lines` (overlaps once).
pub fn years_spanned<'a>(lines: impl Iterator<Item = &'a str>, today: Month) -> Option<u32> {
    let mut ranges: Vec<(Month, Month)> = lines.filter_map(|l| range_in(l, today)).collect();
    if ranges.is_empty() {
        return None;
    }
    ranges.sort_unstable();
    let mut months = 0;
    let mut current: Option<(Month, Month)> = None;
    for (start, end) in ranges {
        match current {
            Some((s, e)) if start <= e + 1 => current = Some((s, e.max(end))),
            Some((s, e)) => {
                months += e - s + 1;
                current = Some((start, end));
            }
            None => current = Some((start, end)),
        }
    }
    if let Some((s, e)) = current {
        months += e - s + 1;
    }
    Some(months / 12)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(lines: &[&str]) -> Option<u32> {
        years_spanned(lines.iter().copied(), month(2026, 12))
    }

    #[test]
    fn ranges_in_common_shapes() {
        assert_eq!(years(&["*2021-03 – Present*"]), Some(5));
        assert_eq!(years(&["Jan 2018 - Mar 2021"]), Some(3));
        assert_eq!(years(&["2016 – 2019"]), Some(4));
        assert_eq!(years(&["03/2015 to 02/2017"]), Some(2));
    }

    #[test]
    fn overlapping_roles_count_once() {
        assert_eq!(years(&["2018-01 – 2020-12", "2020-01 – 2021-12"]), Some(4));
        assert_eq!(years(&["2010 – 2011", "2020-01 – Present"]), Some(9));
    }

    #[test]
    fn lines_without_ranges_do_not_count() {
        assert_eq!(
            years(&["Cut p99 latency by 40 % in 2019", "Built Go services"]),
            None
        );
    }
}
