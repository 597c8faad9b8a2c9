//! `dictionary.txt`: the words the user added to the spell checker, one a
//! line. It is plain text so it can be edited by hand; `#` starts a comment.

use std::io;
use std::path::PathBuf;

use super::aside::move_aside;
use super::atomic::write_atomic;
use super::error::describe_io;
use super::load::read_if_present;
use super::{StorageError, Store};

/// Longest line a word list holds; anything longer is not a word list.
const MAX_LINE: usize = 200;

/// What became of a word added to the dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    /// False when the word was there already (nothing was written).
    pub new: bool,
    /// What the user should hear about (a damaged file moved aside).
    pub notes: Vec<String>,
}

impl Store {
    pub fn dictionary_path(&self) -> PathBuf {
        self.root().join("dictionary.txt")
    }

    /// The user's words, in file order, or none when there is no file. A
    /// damaged file (not UTF-8 text, control characters, lines too long to
    /// be words) is moved aside, never overwritten, and a note says where.
    pub fn load_dictionary(&self) -> (Vec<String>, Vec<String>) {
        let path = self.dictionary_path();
        let bytes = match read_if_present(&path) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return (Vec::new(), Vec::new()),
            // No config folder (or a file in its place): nothing of the
            // user's to read, and the command that needs the folder says so.
            Err(_) if !self.root().is_dir() => return (Vec::new(), Vec::new()),
            Err(e) => {
                return (
                    Vec::new(),
                    vec![format!("{e}; spelling uses no words of yours")],
                );
            }
        };
        match parse(&bytes) {
            Ok(words) => (words, Vec::new()),
            Err(reason) => (Vec::new(), vec![self.set_aside(reason)]),
        }
    }

    /// Adds `word` to the dictionary: the file is rewritten atomically (a
    /// crash leaves the old list or the new one), with the folder created
    /// if needed. A word must be one line of at most 200 characters without
    /// spaces or control characters.
    pub fn add_to_dictionary(&self, word: &str) -> Result<Added, StorageError> {
        let path = self.dictionary_path();
        let word = word.trim();
        if word.is_empty()
            || word.len() > MAX_LINE
            || word.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            let problem = io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("'{word}' is not a single word"),
            );
            return Err(StorageError::io("add a word to", path, problem));
        }
        let (words, notes) = self.load_dictionary();
        if words.iter().any(|w| w == word) {
            return Ok(Added { new: false, notes });
        }
        // Keep the file as the user wrote it (comments too) and append.
        let mut text = match read_if_present(&path)? {
            Some(bytes) if notes.is_empty() => String::from_utf8(bytes).unwrap_or_default(),
            _ => String::new(),
        };
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(word);
        text.push('\n');
        self.ensure()?;
        write_atomic(&path, text.as_bytes()).map_err(|e| StorageError::io("save", path, e))?;
        Ok(Added { new: true, notes })
    }

    fn set_aside(&self, reason: String) -> String {
        let path = self.dictionary_path();
        match move_aside(&path, "corrupt") {
            Ok(moved_to) => format!(
                "your dictionary {} was damaged ({reason}); it was kept as {} and spelling \
                 starts from an empty dictionary",
                path.display(),
                moved_to.display()
            ),
            Err(e) => format!(
                "your dictionary {} is damaged ({reason}) and could not be moved aside ({}); \
                 its words are not used",
                path.display(),
                describe_io(&e)
            ),
        }
    }
}

/// The words of a dictionary file, or why it is not one.
fn parse(bytes: &[u8]) -> Result<Vec<String>, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("not UTF-8 text: invalid byte at offset {}", e.valid_up_to()))?;
    let mut words = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if let Some(c) = line.chars().find(|&c| c.is_control() && c != '\t') {
            return Err(format!("control character {:?} on line {}", c, index + 1));
        }
        if line.len() > MAX_LINE {
            return Err(format!("line {} is too long to be a word", index + 1));
        }
        let word = line.trim();
        if !word.is_empty() && !word.starts_with('#') {
            words.push(word.to_string());
        }
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::at(tmp.path().join("cfg"));
        (tmp, store)
    }

    #[test]
    fn no_file_means_no_words_and_adding_creates_it() {
        let (_tmp, store) = store();
        assert_eq!(store.load_dictionary(), (vec![], vec![]));
        let added = store.add_to_dictionary("Zentrik").unwrap();
        assert_eq!(
            added,
            Added {
                new: true,
                notes: vec![]
            }
        );
        assert!(
            !store.add_to_dictionary(" Zentrik ").unwrap().new,
            "already there"
        );
        store.add_to_dictionary("Frobnitz").unwrap();
        assert_eq!(
            fs::read_to_string(store.dictionary_path()).unwrap(),
            "Zentrik\nFrobnitz\n"
        );
        assert_eq!(store.load_dictionary().0, ["Zentrik", "Frobnitz"]);
    }

    #[test]
    fn hand_written_comments_and_blank_lines_are_kept() {
        let (_tmp, store) = store();
        store.ensure().unwrap();
        fs::write(store.dictionary_path(), "# my words\n\n  Kestrel\r\nOsprey").unwrap();
        assert_eq!(store.load_dictionary().0, ["Kestrel", "Osprey"]);
        store.add_to_dictionary("Plover").unwrap();
        assert_eq!(
            fs::read_to_string(store.dictionary_path()).unwrap(),
            "# my words\n\n  Kestrel\r\nOsprey\nPlover\n"
        );
    }

    #[test]
    fn a_damaged_file_is_moved_aside_and_the_user_told() {
        let long = "x".repeat(MAX_LINE + 1);
        let cases: [&[u8]; 3] = [b"ok\n\xff\xfe", b"word\x00\n", long.as_bytes()];
        for bytes in cases {
            let (_tmp, store) = store();
            store.ensure().unwrap();
            fs::write(store.dictionary_path(), bytes).unwrap();
            let (words, notes) = store.load_dictionary();
            assert!(words.is_empty());
            let moved: Vec<_> = fs::read_dir(store.root())
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.to_string_lossy().contains("dictionary.txt.corrupt-"))
                .collect();
            assert_eq!(moved.len(), 1, "{bytes:?}");
            assert_eq!(fs::read(&moved[0]).unwrap(), bytes, "kept unchanged");
            assert!(notes[0].contains(&*moved[0].to_string_lossy()), "{notes:?}");
            assert!(!store.dictionary_path().exists());
        }
    }

    #[test]
    fn adding_to_a_damaged_file_starts_a_new_one_and_says_so() {
        let (_tmp, store) = store();
        store.ensure().unwrap();
        fs::write(store.dictionary_path(), b"\xff").unwrap();
        let added = store.add_to_dictionary("Kestrel").unwrap();
        assert!(added.new && added.notes.len() == 1, "{added:?}");
        assert_eq!(
            fs::read_to_string(store.dictionary_path()).unwrap(),
            "Kestrel\n"
        );
    }

    #[test]
    fn only_single_words_are_added() {
        let (_tmp, store) = store();
        for bad in ["", "two words", "tab\tword", "bell\u{7}"] {
            let err = store.add_to_dictionary(bad).unwrap_err().to_string();
            assert!(err.contains("not a single word"), "{err}");
        }
        assert!(!store.dictionary_path().exists());
    }
}
