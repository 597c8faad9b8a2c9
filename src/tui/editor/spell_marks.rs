//! Which words of the editor are underlined as misspelled. Only the lines
//! on screen are asked about (the checker remembers each line), so the
//! cost of a frame does not grow with the section.

use std::ops::Range;

use crate::guide::spelling::{self, Names};
use crate::resume::{Section, SectionId};

/// The names (companies, schools, projects) of the section in the editor,
/// read again only when another section is shown, or when the text's
/// length changed and the edit has settled (see `app::settle`): reading
/// them walks the whole section, which a key typed inside a word must not
/// pay for — in a section of 20,000 bullets that was a quarter of a key.
/// The word being typed is not underlined anyway, and the names catch up
/// with the coach at the end of the word.
#[derive(Debug, Default)]
pub struct NamesCache {
    key: Option<(SectionId, usize)>,
    names: Names,
    reads: usize,
}

impl NamesCache {
    /// Brings the names up to date with `section`; while an edit of it is
    /// still pending (`settled` false) the names read before are kept.
    pub fn refresh(&mut self, section: &Section, settled: bool) {
        let key = (section.id, section.body.len());
        let other_section = self.key.is_none_or(|(id, _)| id != section.id);
        if other_section || (settled && self.key != Some(key)) {
            self.names = Names::of_section(section);
            self.key = Some(key);
            self.reads += 1;
        }
    }

    /// How many times the names were read (what tests check).
    pub fn reads(&self) -> usize {
        self.reads
    }

    pub fn names(&self) -> &Names {
        &self.names
    }
}

/// The misspelled words of `line` as char ranges, leaving out the word
/// whose end the cursor (a char column, on this line) touches: that word is
/// still being typed.
pub fn marked_words(line: &str, names: &Names, cursor: Option<usize>) -> Vec<Range<usize>> {
    let misspelled = spelling::shared().misspelled_in(line, names);
    if misspelled.is_empty() {
        return misspelled;
    }
    let char_at = |byte: usize| line[..byte].chars().count();
    misspelled
        .into_iter()
        .map(|r| char_at(r.start)..char_at(r.end))
        .filter(|r| cursor != Some(r.end))
        .collect()
}

/// The misspelled word (byte range) the char column `col` of `line` is in
/// or right after: what a quick fix works on.
pub fn word_at(line: &str, names: &Names, col: usize) -> Option<Range<usize>> {
    let byte = line.char_indices().nth(col).map_or(line.len(), |(b, _)| b);
    spelling::shared()
        .misspelled_in(line, names)
        .into_iter()
        .find(|r| r.start <= byte && byte <= r.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Level, Resume, SectionKind};

    #[test]
    fn names_are_read_again_only_when_settled_or_for_another_section() {
        let mut resume = Resume::new(Level::Mid);
        let summary = resume.first_of_kind(SectionKind::Summary).unwrap().id;
        let mut cache = NamesCache::default();
        let section = resume.section(summary).unwrap().clone();
        cache.refresh(&section, false);
        assert_eq!(cache.reads(), 1, "a new section is read at once");
        cache.refresh(&section, true);
        assert_eq!(cache.reads(), 1, "same text: nothing to read");

        resume
            .section_mut(summary)
            .unwrap()
            .body
            .push_str(" Zorblax");
        let edited = resume.section(summary).unwrap().clone();
        cache.refresh(&edited, false);
        assert_eq!(cache.reads(), 1, "inside a word: kept");
        cache.refresh(&edited, true);
        assert_eq!(cache.reads(), 2, "settled: read again");

        let other = resume
            .sections()
            .iter()
            .find(|s| s.id != summary)
            .unwrap()
            .clone();
        cache.refresh(&other, false);
        assert_eq!(cache.reads(), 3, "another section is read at once");
    }

    #[test]
    fn a_finished_misspelling_is_marked_in_chars() {
        let names = Names::default();
        let line = "Grew — buisness";
        assert_eq!(marked_words(line, &names, None), vec![7..15]);
        assert!(marked_words("Built the API", &names, None).is_empty());
    }

    #[test]
    fn the_word_being_typed_is_not_marked() {
        let names = Names::default();
        assert!(marked_words("Led the buisness", &names, Some(16)).is_empty());
        assert_eq!(
            marked_words("Led the buisness", &names, Some(3)),
            vec![8..16]
        );
    }

    #[test]
    fn the_word_under_or_before_the_cursor_is_found() {
        let names = Names::default();
        let line = "Led the buisness well";
        assert_eq!(word_at(line, &names, 10), Some(8..16));
        assert_eq!(word_at(line, &names, 16), Some(8..16));
        assert_eq!(word_at(line, &names, 1), None);
    }
}
