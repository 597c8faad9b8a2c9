//! Moving through a list: the one place the keys for up, down, a page and
//! the ends are turned into a position — for the list overlays, the
//! section list and the preview's scroll.

use crate::tui::action::OverlayKey;

/// The highlight after `key` in a list of `len` items showing `page` rows;
/// keys that do not move it leave it.
pub fn step(selected: usize, len: usize, key: OverlayKey, page: usize) -> usize {
    let last = len.saturating_sub(1);
    let moved = match key {
        OverlayKey::Up => selected.saturating_sub(1),
        OverlayKey::Down => selected.saturating_add(1),
        OverlayKey::PageUp => selected.saturating_sub(page.max(1)),
        OverlayKey::PageDown => selected.saturating_add(page.max(1)),
        OverlayKey::First => 0,
        OverlayKey::Last => last,
        _ => selected,
    };
    moved.min(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highlight_stays_inside_the_list() {
        assert_eq!(step(0, 3, OverlayKey::Up, 10), 0);
        assert_eq!(step(2, 3, OverlayKey::Down, 10), 2);
        assert_eq!(step(1, 30, OverlayKey::PageDown, 10), 11);
        assert_eq!(step(25, 30, OverlayKey::PageDown, 10), 29);
        assert_eq!(step(5, 30, OverlayKey::PageUp, 10), 0);
        assert_eq!(step(5, 30, OverlayKey::Last, 10), 29);
        assert_eq!(step(5, 30, OverlayKey::First, 10), 0);
        assert_eq!(step(0, 0, OverlayKey::Down, 10), 0, "an empty list");
        assert_eq!(step(4, 9, OverlayKey::Accept, 10), 4);
    }
}
