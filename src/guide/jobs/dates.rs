//! The years a resume's experience spans, from the dates of its entries as
//! the structured reading found them ("2019-03 – Present", "Jan 2018 - Mar
//! 2021", "2016 – 2019"): overlapping roles count once.

use crate::resume::{EndDate, PartialDate, Resume, SectionKind, read_section};

/// A month as `year * 12 + (month - 1)`.
pub type Month = u32;

pub fn month(year: u32, month: u32) -> Month {
    year * 12 + month.clamp(1, 12) - 1
}

/// A start date's month: a year alone starts in January.
fn start_month(date: PartialDate) -> Month {
    month(u32::from(date.year), date.month.map_or(1, u32::from))
}

/// An end date's month: a year alone ends in December.
fn end_month(date: PartialDate) -> Month {
    month(u32::from(date.year), date.month.map_or(12, u32::from))
}

/// Whole years covered by `ranges` (overlaps count once).
pub fn years_spanned(ranges: impl Iterator<Item = (Month, Month)>) -> Option<u32> {
    let mut ranges: Vec<(Month, Month)> = ranges.filter(|(s, e)| e >= s).collect();
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

/// The years the resume's experience entries span; `today` ends a role
/// that runs to the present. Entries without a start or an end are left
/// out, as are dates after `today`.
pub fn experience_years(resume: &Resume, today: Month) -> Option<u32> {
    // Only experience counts, so only those sections are read.
    let readings: Vec<_> = resume
        .sections()
        .iter()
        .filter(|s| s.kind == SectionKind::Experience)
        .map(read_section)
        .collect();
    let ranges = readings
        .iter()
        .flat_map(|r| &r.entries)
        .filter_map(|entry| {
            let start = start_month(entry.start?);
            let end = match entry.end.as_ref()? {
                EndDate::Present => today,
                EndDate::Date(date) => end_month(*date),
            };
            Some((start.min(today), end.min(today)))
        })
        .collect::<Vec<_>>();
    years_spanned(ranges.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Level, SectionKind};

    fn years(body: &str) -> Option<u32> {
        let mut resume = Resume::new(Level::Mid);
        let id = resume.first_of_kind(SectionKind::Experience).unwrap().id;
        resume.section_mut(id).unwrap().body = body.to_string();
        experience_years(&resume, month(2026, 12))
    }

    #[test]
    fn ranges_in_common_shapes() {
        assert_eq!(
            years("### Engineer — Acme\n*2021-03 – Present*\n- Built it."),
            Some(5)
        );
        assert_eq!(
            years("### Engineer — Acme\nJan 2018 - Mar 2021\n- Built it."),
            Some(3)
        );
        assert_eq!(
            years("### Engineer — Acme\n2016 – 2019\n- Built it."),
            Some(4)
        );
    }

    #[test]
    fn overlapping_roles_count_once() {
        let body = "### A — X\n2018-01 – 2020-12\n- a\n\n### B — Y\n2020-01 – 2021-12\n- b";
        assert_eq!(years(body), Some(4));
        assert_eq!(years_spanned([(0, 23), (120, 203)].into_iter()), Some(9));
    }

    #[test]
    fn entries_without_dates_do_not_count() {
        assert_eq!(
            years("### Engineer — Acme\n- Cut p99 latency by 40 %."),
            None
        );
    }
}
