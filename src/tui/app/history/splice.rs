//! A typing group's change, kept as one replaced span and grown key by key
//! from the spans the editor reports (`editor::Splice`), instead of a copy
//! of the section taken when the group opens and compared at its end: in a
//! section of 20,000 bullets that copy and comparison cost more than the
//! rest of a key.

use crate::tui::editor::Splice;

/// `first` (a change of some text into `mid`) followed by `next` (a change
/// of `mid` into `after`, the text now), as one change.
pub fn compose(first: Splice, next: &Splice, after: &str) -> Splice {
    let (a1, e1) = (first.at, first.at + first.inserted.len());
    let (a2, e2) = (next.at, next.at + next.removed.len());
    let (start, end) = (a1.min(a2), e1.max(e2));
    // Where a position of `mid` at or after `next`'s span is in `after`.
    let shift = |at: usize| at + next.inserted.len() - next.removed.len();
    // Text of `mid` outside `first`'s span: before `next`'s span and after
    // it it is in `after`, inside it `next` removed it.
    let mid = |lo: usize, hi: usize| {
        let mut text = String::new();
        if lo >= hi {
            return text;
        }
        if lo < a2 {
            text.push_str(&after[lo..hi.min(a2)]);
        }
        let (l, h) = (lo.max(a2), hi.min(e2));
        if l < h {
            text.push_str(&next.removed[l - a2..h - a2]);
        }
        if hi > e2 {
            text.push_str(&after[shift(lo.max(e2))..shift(hi)]);
        }
        text
    };
    let removed = mid(start, a1) + &first.removed + &mid(e1, end);
    Splice {
        at: start,
        removed,
        inserted: after[start..shift(end)].to_string(),
    }
}

/// The same change with the text it leaves as it was trimmed off both
/// ends (on character bounds).
pub fn trimmed(splice: Splice) -> Splice {
    let (at, removed, inserted) = super::difference(&splice.removed, &splice.inserted);
    Splice {
        at: splice.at + at,
        removed: removed.to_string(),
        inserted: inserted.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn apply(text: &str, s: &Splice) -> String {
        super::super::apply_text(text, s.at, &s.removed, &s.inserted, true)
    }

    /// A change of `text`: the span `lo..hi` (fractions of its length, on
    /// character bounds) replaced by `with`.
    fn splice_of(text: &str, lo: f64, hi: f64, with: &str) -> Splice {
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let pick = |f: f64| bounds[((bounds.len() - 1) as f64 * f) as usize];
        let (a, b) = (pick(lo.min(hi)), pick(lo.max(hi)));
        Splice {
            at: a,
            removed: text[a..b].to_string(),
            inserted: with.to_string(),
        }
    }

    proptest! {
        #[test]
        fn composed_changes_carry_the_first_text_to_the_last_and_back(
            start in "[ab\né]{0,30}",
            changes in prop::collection::vec((0.0..1.0f64, 0.0..1.0f64, "[ab\né]{0,4}"), 1..8),
        ) {
            let mut text = start.clone();
            let mut group: Option<Splice> = None;
            for (lo, hi, with) in &changes {
                let next = splice_of(&text, *lo, *hi, with);
                text = apply(&text, &next);
                group = Some(match group {
                    None => next,
                    Some(first) => compose(first, &next, &text),
                });
            }
            let group = trimmed(group.unwrap());
            prop_assert_eq!(apply(&start, &group), text.clone());
            let undone = super::super::apply_text(&text, group.at, &group.removed, &group.inserted, false);
            prop_assert_eq!(undone, start);
        }
    }

    #[test]
    fn typing_then_erasing_on_one_line_composes_to_the_word() {
        let mut text = "- one\n- two".to_string();
        // Two keys on line 2, each reported as the whole line.
        let first = Splice {
            at: 6,
            removed: "- two".into(),
            inserted: "- twox".into(),
        };
        text = apply(&text, &first);
        let next = Splice {
            at: 6,
            removed: "- twox".into(),
            inserted: "- twoxy".into(),
        };
        text = apply(&text, &next);
        let group = trimmed(compose(first, &next, &text));
        assert_eq!(
            group,
            Splice {
                at: 11,
                removed: String::new(),
                inserted: "xy".into()
            }
        );
    }
}
