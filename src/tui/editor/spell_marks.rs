//! Which words of the editor are underlined as misspelled. Only the lines
//! on screen are asked about (the checker remembers each line), so the
//! cost of a frame does not grow with the section.

use std::ops::Range;

use crate::guide::spelling::{self, Names};
use crate::resume::{Section, SectionId};

/// The names (companies, schools, projects) of the section in the editor,
/// read again only when another section is shown or the text's length
/// changed: reading them walks the whole section, a frame must not.
#[derive(Debug, Default)]
pub struct NamesCache {
    key: Option<(SectionId, usize)>,
    names: Names,
}

impl NamesCache {
    pub fn refresh(&mut self, section: &Section) {
        let key = (section.id, section.body.len());
        if self.key != Some(key) {
            self.names = Names::of_section(section);
            self.key = Some(key);
        }
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
