//! An HTML block inside an entries section (resume templates that lay a
//! job out in `<div>`s or a `<table>`): its lines read as an entry.

use super::*;

impl Reader<'_> {
    /// Reads an HTML block's lines: under a fresh title they give its
    /// dates and place; a block that holds one entry of its own ("Senior
    /// Engineer / Nasdaq | Philadelphia / … / Mar 2019-Present") starts it.
    pub(super) fn html_lines(&mut self, lines: &[&Line]) {
        let dated = |l: &Line| dates::find(&l.text).is_some() && words(&l.text) <= 8;
        let entry_of_its_own = !self.fresh
            && self.kind != SectionKind::Summary
            && lines.iter().filter(|l| dated(l)).count() == 1
            && lines
                .first()
                .is_some_and(|l| !dated(l) && words(&l.text) <= 8 && l.label(false).is_none());
        let mut rest = lines;
        if entry_of_its_own && let Some((first, after)) = lines.split_first() {
            self.start(first, first.range());
            rest = after;
        }
        for line in rest {
            let undated = self
                .current
                .as_ref()
                .is_some_and(|e| e.start.is_none() && e.end.is_none());
            if entry_of_its_own && undated && dated(line) {
                // The dates sit in a cell of their own, after the description.
                let fresh = self.fresh;
                self.meta(line);
                self.fresh = fresh;
                continue;
            }
            if self.fresh && self.meta(line) {
                continue;
            }
            self.fresh = false;
            self.note(line.whole());
        }
    }
}
