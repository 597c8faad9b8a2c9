//! Schema fields every kind of item read from an entry shares: dates,
//! dates kept as written, bullets flattened.

use super::kinds::Fields;
use crate::resume::{Bullet, EndDate, Entry};

/// The schema's `startDate` and `endDate` (none for "present").
pub(super) fn dates(item: &mut Fields, entry: &Entry) {
    item.text("startDate", entry.start.map(|d| d.iso()));
    let end = match entry.end {
        Some(EndDate::Date(end)) => Some(end.iso()),
        _ => None,
    };
    item.text("endDate", end);
}

/// Dates the schema cannot hold ("[Month Year] – Present", "Summer 2016")
/// as written, for the item's free text.
pub(super) fn unread_dates(entry: &Entry) -> Option<String> {
    let dates = entry.dates_text.as_ref()?;
    let lower = dates.text.to_lowercase();
    let season = ["spring", "summer", "fall", "autumn", "winter"]
        .iter()
        .any(|s| lower.contains(s));
    (season || (entry.start.is_none() && entry.end.is_none())).then(|| dates.text.clone())
}

/// Bullets and their nested bullets, parents first.
pub(super) fn flatten(bullets: &[Bullet]) -> Vec<String> {
    let mut out = Vec::new();
    for bullet in bullets {
        out.push(bullet.text.clone());
        out.extend(flatten(&bullet.children));
    }
    out
}
