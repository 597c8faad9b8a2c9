//! Quick fixes for a misspelled word, as data the editor applies.

use std::ops::Range;

use super::speller::Speller;

/// One way to resolve a misspelled word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuickFix {
    /// Replace bytes `range` of the line with `with`: one undoable edit.
    Replace { range: Range<usize>, with: String },
    /// Accept `word` from now on: store it with
    /// `storage::Store::add_to_dictionary`, then `spelling::shared().add_word`.
    AddToDictionary { word: String },
}

impl QuickFix {
    /// What a menu shows for it.
    pub fn label(&self) -> String {
        match self {
            QuickFix::Replace { with, .. } => format!("Replace with '{with}'"),
            QuickFix::AddToDictionary { word } => format!("Add '{word}' to the dictionary"),
        }
    }

    /// The line after a replacement; `None` for adding to the dictionary or
    /// a range that no longer fits the line.
    pub fn apply(&self, line: &str) -> Option<String> {
        let QuickFix::Replace { range, with } = self else {
            return None;
        };
        let before = line.get(..range.start)?;
        let after = line.get(range.end..)?;
        Some(format!("{before}{with}{after}"))
    }
}

/// The fixes for the misspelled word at byte `range` of `line`: each
/// suggestion, then adding the word to the dictionary.
pub fn quick_fixes(speller: &Speller, line: &str, range: Range<usize>) -> Vec<QuickFix> {
    let Some(word) = line.get(range.clone()) else {
        return Vec::new();
    };
    let mut fixes: Vec<QuickFix> = speller
        .suggestions(word)
        .into_iter()
        .map(|with| QuickFix::Replace {
            range: range.clone(),
            with,
        })
        .collect();
    fixes.push(QuickFix::AddToDictionary {
        word: word.to_string(),
    });
    fixes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::spelling::Choice;

    #[test]
    fn fixes_replace_the_word_or_add_it() {
        let speller = Speller::new(Choice::Both, []);
        let line = "- Led the buisness review";
        let range = speller.misspelled(line)[0].clone();
        let fixes = quick_fixes(&speller, line, range);
        assert_eq!(
            fixes[0].apply(line).as_deref(),
            Some("- Led the business review")
        );
        assert_eq!(fixes[0].label(), "Replace with 'business'");
        let add = fixes.last().unwrap();
        assert_eq!(
            add,
            &QuickFix::AddToDictionary {
                word: "buisness".into()
            }
        );
        assert_eq!(add.apply(line), None);
        assert!(quick_fixes(&speller, line, 90..95).is_empty());
    }
}
