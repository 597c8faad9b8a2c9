//! One undo history for every change to the document: typing (grouped by
//! words and pauses, as editors people know do), pastes and other edits,
//! an external editor's result, and section and level changes.
//!
//! Text changes are kept as the replaced span of one section's body, so a
//! word typed in a long section costs a few bytes of history, not a copy of
//! the section. Changes to the shape of the resume (sections added,
//! deleted, renamed or moved, a new level) keep the whole document before
//! and after: they are rare and the document is small next to the user's
//! trust that Ctrl-Z brings a deleted section back.

use std::time::{Duration, Instant};

use crate::resume::{Resume, SectionId};
use crate::tui::editor::Splice;

mod splice;

/// A pause in typing this long starts a new undo step.
pub const PAUSE: Duration = Duration::from_secs(1);
/// How many steps are kept.
const LIMIT: usize = 500;

/// A line and column (in characters) in a section's text.
pub type Cursor = (usize, usize);

/// What a typing key did, for grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typing {
    /// A character other than white space.
    Letter,
    /// A space, tab or line break.
    Space,
    /// Backspace or Delete of one character.
    Delete,
}

/// The document as one undo step leaves or restores it.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub resume: Resume,
    pub selected: SectionId,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Bytes `at..at + inserted.len()` of a section's body were `removed`.
    Text {
        section: SectionId,
        at: usize,
        removed: String,
        inserted: String,
        before: Cursor,
        after: Cursor,
    },
    Document {
        before: Box<Snapshot>,
        after: Box<Snapshot>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// What the step did, as the status bar names it ("typing", "delete
    /// “Projects”").
    pub label: String,
    pub change: Change,
}

/// A run of typing not yet closed into a step.
#[derive(Debug)]
struct Group {
    section: SectionId,
    /// What the group's keys changed so far, as one span (`None` before
    /// the first change).
    change: Option<Splice>,
    /// The length of the section's text when the group opened: a text of
    /// another length at the end means a change the group did not see.
    len_before: usize,
    before: Cursor,
    /// Where the last key left the cursor: typing elsewhere is a new step.
    after: Cursor,
    last_key: Typing,
    last_at: Instant,
}

#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    open: Option<Group>,
}

impl History {
    /// Whether a typing key at `cursor` in `section` continues the open
    /// group. A group ends at a pause, a cursor jump, another section, a
    /// switch between typing and deleting, and at the first letter after
    /// white space (so each word with its space is one step).
    pub fn continues(&self, section: SectionId, cursor: Cursor, key: Typing, now: Instant) -> bool {
        let Some(group) = &self.open else {
            return false;
        };
        let same_kind = match (group.last_key, key) {
            (Typing::Delete, Typing::Delete) => true,
            (Typing::Delete, _) | (_, Typing::Delete) => false,
            (Typing::Space, Typing::Letter) => false,
            _ => true,
        };
        group.section == section
            && group.after == cursor
            && same_kind
            && now.saturating_duration_since(group.last_at) < PAUSE
    }

    /// Starts a typing group in `section` of `resume` (as it is before the
    /// key), closing any open one first.
    pub fn open_group(
        &mut self,
        resume: &Resume,
        section: SectionId,
        cursor: Cursor,
        key: Typing,
        now: Instant,
    ) {
        self.close(resume);
        let Some(len_before) = resume.section(section).map(|s| s.body.len()) else {
            return;
        };
        self.open = Some(Group {
            section,
            change: None,
            len_before,
            before: cursor,
            after: cursor,
            last_key: key,
            last_at: now,
        });
    }

    /// Takes in a change the editor wrote to `section`'s text (now `text`):
    /// part of the open group if it is that section's.
    pub fn edited(&mut self, section: SectionId, next: Splice, text: &str) {
        if let Some(group) = self.open.as_mut().filter(|g| g.section == section) {
            group.change = Some(match group.change.take() {
                None => next,
                Some(first) => splice::compose(first, &next, text),
            });
        }
    }

    /// Notes where a key of the open group left the cursor.
    pub fn typed(&mut self, cursor: Cursor, key: Typing, now: Instant) {
        if let Some(group) = &mut self.open {
            group.after = cursor;
            group.last_key = key;
            group.last_at = now;
        }
    }

    /// Closes the open group into a step, given the document now.
    pub fn close(&mut self, resume: &Resume) {
        let Some(group) = self.open.take() else {
            return;
        };
        let (Some(now), Some(change)) = (resume.section(group.section), group.change) else {
            return;
        };
        let seen = group.len_before + change.inserted.len() - change.removed.len();
        if now.body.len() != seen {
            // Every change to the text goes through the editor or closes
            // the group first; a step that does not fit would undo wrong.
            debug_assert!(false, "the text changed outside the typing group");
            return;
        }
        let label = match group.last_key {
            Typing::Delete => "deleting",
            _ => "typing",
        };
        self.record_splice(label, group.section, change, group.before, group.after);
    }

    /// Records one change the editor reported as its own step.
    pub fn record_splice(
        &mut self,
        label: &str,
        section: SectionId,
        change: Splice,
        before: Cursor,
        after: Cursor,
    ) {
        let Splice {
            at,
            removed,
            inserted,
        } = splice::trimmed(change);
        if removed == inserted {
            return;
        }
        self.push(Step {
            label: label.to_string(),
            change: Change::Text {
                section,
                at,
                removed,
                inserted,
                before,
                after,
            },
        });
    }

    /// Records one finished change of a section's text as its own step.
    pub fn record_text(
        &mut self,
        label: &str,
        section: SectionId,
        before_text: &str,
        after_text: &str,
        before: Cursor,
        after: Cursor,
    ) {
        if before_text == after_text {
            return;
        }
        let (at, removed, inserted) = difference(before_text, after_text);
        self.push(Step {
            label: label.to_string(),
            change: Change::Text {
                section,
                at,
                removed: removed.to_string(),
                inserted: inserted.to_string(),
                before,
                after,
            },
        });
    }

    /// Records a change to the shape of the document.
    pub fn record_document(&mut self, label: impl Into<String>, before: Snapshot, after: Snapshot) {
        if before == after {
            return;
        }
        self.push(Step {
            label: label.into(),
            change: Change::Document {
                before: Box::new(before),
                after: Box::new(after),
            },
        });
    }

    fn push(&mut self, step: Step) {
        self.redo.clear();
        self.undo.push(step);
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
    }

    /// The step to undo (the open group must be closed first).
    pub fn take_undo(&mut self) -> Option<Step> {
        debug_assert!(self.open.is_none());
        let step = self.undo.pop()?;
        self.redo.push(step.clone());
        Some(step)
    }

    pub fn take_redo(&mut self) -> Option<Step> {
        debug_assert!(self.open.is_none());
        let step = self.redo.pop()?;
        self.undo.push(step.clone());
        Some(step)
    }

    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// Number of steps that can be undone, counting an open group.
    #[cfg(test)]
    pub fn undo_len(&self) -> usize {
        self.undo.len() + usize::from(self.open.is_some())
    }
}

/// The span where `after` differs from `before`: (byte offset, the text it
/// replaced, the text that replaced it). Offsets fall on character bounds.
pub fn difference<'a>(before: &'a str, after: &'a str) -> (usize, &'a str, &'a str) {
    let (b, a) = (before.as_bytes(), after.as_bytes());
    let mut prefix = common_prefix(b, a);
    while !before.is_char_boundary(prefix) || !after.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let max_suffix = b.len().min(a.len()) - prefix;
    let mut suffix = common_suffix(&b[prefix..], &a[prefix..]).min(max_suffix);
    while !before.is_char_boundary(before.len() - suffix)
        || !after.is_char_boundary(after.len() - suffix)
    {
        suffix -= 1;
    }
    (
        prefix,
        &before[prefix..before.len() - suffix],
        &after[prefix..after.len() - suffix],
    )
}

/// Compares in blocks first (one `memcmp` each), then byte by byte: this
/// runs over a whole section at the end of every word typed.
const BLOCK: usize = 256;

fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let len = a.len().min(b.len());
    let mut at = 0;
    while at + BLOCK <= len && a[at..at + BLOCK] == b[at..at + BLOCK] {
        at += BLOCK;
    }
    at + a[at..len]
        .iter()
        .zip(&b[at..len])
        .take_while(|(x, y)| x == y)
        .count()
}

fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let len = a.len().min(b.len());
    let mut n = 0;
    while n + BLOCK <= len
        && a[a.len() - n - BLOCK..a.len() - n] == b[b.len() - n - BLOCK..b.len() - n]
    {
        n += BLOCK;
    }
    n + a[..a.len() - n]
        .iter()
        .rev()
        .zip(b[..b.len() - n].iter().rev())
        .take(len - n)
        .take_while(|(x, y)| x == y)
        .count()
}

/// `text` with a text change undone (`forward` false) or redone.
pub fn apply_text(text: &str, at: usize, removed: &str, inserted: &str, forward: bool) -> String {
    let (old, new) = if forward {
        (removed, inserted)
    } else {
        (inserted, removed)
    };
    let mut out = String::with_capacity(text.len() + new.len());
    out.push_str(&text[..at]);
    out.push_str(new);
    out.push_str(&text[at + old.len()..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn difference_finds_the_changed_span_on_character_bounds() {
        assert_eq!(difference("abc", "abXc"), (2, "", "X"));
        assert_eq!(difference("héllo", "hällo"), (1, "é", "ä"));
        assert_eq!(difference("aaa", "aa"), (2, "a", ""));
        assert_eq!(difference("", "new"), (0, "", "new"));
    }

    #[test]
    fn difference_works_across_blocks() {
        let long = "x".repeat(1000);
        let before = format!("{long}ab{long}");
        let after = format!("{long}aXb{long}");
        assert_eq!(difference(&before, &after), (1001, "", "X"));
        let same_tail = format!("{long}{long}");
        assert_eq!(difference(&long, &same_tail), (1000, "", long.as_str()));
    }

    proptest! {
        #[test]
        fn long_similar_texts_differ_in_the_right_span(
            common in "[aé]{0,600}", x in "[aé]{0,3}", y in "[aé]{0,3}", tail in "[aé]{0,600}"
        ) {
            let (before, after) = (format!("{common}{x}{tail}"), format!("{common}{y}{tail}"));
            let (at, removed, inserted) = difference(&before, &after);
            prop_assert_eq!(apply_text(&before, at, removed, inserted, true), after.clone());
            prop_assert_eq!(apply_text(&after, at, removed, inserted, false), before);
        }

        #[test]
        fn a_text_change_undoes_and_redoes_exactly(before in "\\PC{0,12}", after in "\\PC{0,12}") {
            let (at, removed, inserted) = difference(&before, &after);
            prop_assert_eq!(apply_text(&before, at, removed, inserted, true), after.clone());
            prop_assert_eq!(apply_text(&after, at, removed, inserted, false), before);
        }
    }

    #[test]
    fn words_group_with_their_space_and_pauses_split_them() {
        let t0 = Instant::now();
        let mut h = History::default();
        let mut resume = Resume::new(crate::resume::Level::Mid);
        let s = resume.push_section(crate::resume::SectionKind::Custom, "T", "");
        assert!(!h.continues(s, (0, 0), Typing::Letter, t0));
        h.open_group(&resume, s, (0, 0), Typing::Letter, t0);
        h.typed((0, 1), Typing::Letter, t0);
        assert!(h.continues(s, (0, 1), Typing::Letter, t0));
        h.typed((0, 2), Typing::Space, t0);
        assert!(
            h.continues(s, (0, 2), Typing::Space, t0),
            "spaces join the word"
        );
        assert!(!h.continues(s, (0, 2), Typing::Letter, t0), "a new word");
        assert!(
            !h.continues(s, (0, 5), Typing::Space, t0),
            "the cursor jumped"
        );
        assert!(!h.continues(s, (0, 2), Typing::Delete, t0), "deleting");
        assert!(
            !h.continues(s, (0, 2), Typing::Space, t0 + PAUSE),
            "a pause"
        );
        assert!(!h.continues(SectionId(999), (0, 2), Typing::Space, t0));
        resume.section_mut(s).unwrap().body = "a ".into();
        let typed = |at: usize, c: &str| Splice {
            at,
            removed: String::new(),
            inserted: c.into(),
        };
        h.edited(s, typed(0, "a"), "a");
        h.edited(s, typed(1, " "), "a ");
        h.close(&resume);
        let step = h.take_undo().unwrap();
        assert_eq!(step.label, "typing");
        assert!(matches!(step.change, Change::Text { ref inserted, .. } if inserted == "a "));
    }

    #[test]
    fn a_new_change_clears_redo() {
        let mut h = History::default();
        let s = SectionId(1);
        h.record_text("paste", s, "a", "ab", (0, 1), (0, 2));
        assert!(h.take_undo().is_some());
        h.record_text("paste", s, "a", "ac", (0, 1), (0, 2));
        assert!(h.take_redo().is_none());
        assert_eq!(h.undo_len(), 1);
    }
}
