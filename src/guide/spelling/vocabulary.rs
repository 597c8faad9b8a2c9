//! Word lists that are never flagged: the back-end vocabulary shipped in
//! `assets/`, and any list added at run time (the personal dictionary, a
//! job posting's skills).
//!
//! Lookups ignore case ("kubernetes" and "Kubernetes" are the same term) and
//! accept the plural and possessive of an entry ("APIs", "Kafka's").

use std::collections::HashSet;
use std::sync::OnceLock;

/// The lists built into resumd. Another list is one more `include_str!`
/// here: one entry a line, `#` starts a comment, entries keep their usual
/// casing (it is what suggestions offer).
const BUILT_IN: &[&str] = &[include_str!("../../../assets/vocabulary.txt")];

/// A set of words, looked up without regard to case.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    /// Lower-cased entries and the words of multi-word entries.
    lower: HashSet<String>,
    /// Acronyms of up to four letters ("ADR", "BEng", "GAE"), matched only
    /// as written or in capitals: in small letters they are typos ("adres").
    short: HashSet<String>,
    /// Single-word entries as written, for suggestions.
    written: Vec<String>,
}

impl WordSet {
    /// Entries of a list: one a line, blank lines and `#` comments skipped.
    pub fn from_list(text: &str) -> WordSet {
        let mut set = WordSet::default();
        set.extend_list(text);
        set
    }

    /// Adds the entries of a list (see [`WordSet::from_list`]).
    pub fn extend_list(&mut self, text: &str) {
        for line in text.lines() {
            let entry = line.trim();
            if !entry.is_empty() && !entry.starts_with('#') {
                self.insert(entry);
            }
        }
    }

    /// Adds one entry. A multi-word entry ("Spring Boot", "CI/CD") also
    /// adds each of its words.
    pub fn insert(&mut self, entry: &str) {
        let entry = entry.trim();
        if is_short_acronym(entry) {
            if self.short.insert(entry.to_string()) {
                self.written.push(entry.to_string());
            }
            self.short.insert(entry.to_uppercase());
            return;
        }
        if entry.is_empty() || !self.lower.insert(entry.to_lowercase()) {
            return;
        }
        let mut parts = entry
            .split(|c: char| c.is_whitespace() || c == '/')
            .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|p| !p.is_empty())
            .peekable();
        let first = parts.next();
        if parts.peek().is_none() {
            if first == Some(entry) {
                self.written.push(entry.to_string());
            }
            return;
        }
        for part in first.into_iter().chain(parts) {
            self.lower.insert(part.to_lowercase());
        }
    }

    /// Whether `word`, or the word it is the plural or possessive of, is in the set.
    pub fn contains(&self, word: &str) -> bool {
        if self.is_empty() {
            return false;
        }
        let word = word.replace('’', "'");
        let lower = word.to_lowercase();
        stems(&word).any(|stem| self.short.contains(stem))
            || stems(&lower).any(|stem| self.lower.contains(stem))
    }

    /// Single-word entries as written.
    pub fn entries(&self) -> &[String] {
        &self.written
    }

    /// Distinct entries (multi-word ones count once).
    pub fn len(&self) -> usize {
        self.lower.len() + self.short.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lower.is_empty() && self.short.is_empty()
    }
}

/// "ADR", "BEng", "GAE": up to four letters, more than one of them a capital.
fn is_short_acronym(entry: &str) -> bool {
    entry.chars().count() <= 4
        && entry.chars().all(char::is_alphabetic)
        && entry.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// The word itself, then what it may be the possessive or plural of:
/// "Kafka's", "APIs", "caches" ("es" only after a hissing sound).
fn stems(word: &str) -> impl Iterator<Item = &str> {
    let sibilant = |stem: &&str| {
        ["s", "x", "z", "ch", "sh"]
            .iter()
            .any(|end| stem.ends_with(end))
    };
    std::iter::once(Some(word))
        .chain([
            word.strip_suffix("'s"),
            word.strip_suffix('\''),
            word.strip_suffix('s'),
            word.strip_suffix("es").filter(sibilant),
        ])
        .flatten()
        .filter(|stem| !stem.is_empty())
}

/// The built-in back-end vocabulary, read once.
pub fn vocabulary() -> &'static WordSet {
    static VOCABULARY: OnceLock<WordSet> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let mut set = WordSet::default();
        for list in BUILT_IN {
            set.extend_list(list);
        }
        set
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case_and_accept_plurals_and_possessives() {
        let set = WordSet::from_list("# comment\nKubernetes\n\nAPI\nSpring Boot\nCI/CD\n");
        for word in [
            "kubernetes",
            "KUBERNETES",
            "APIs",
            "Kubernetes’s",
            "Boot",
            "spring",
            "CD",
        ] {
            assert!(set.contains(word), "{word}");
        }
        assert!(!set.contains("comment") && !set.contains("s") && !set.contains("Kubernete"));
        let short = WordSet::from_list("ADR\nBEng\nbox");
        assert!(short.contains("ADRs") && short.contains("BENG") && short.contains("boxes"));
        assert!(!short.contains("adres") && !short.contains("beng") && !short.contains("adr"));
        assert_eq!(set.entries(), ["Kubernetes", "API"]);
    }

    #[test]
    fn the_built_in_vocabulary_is_large_and_knows_the_trade() {
        let vocabulary = vocabulary();
        assert!(
            vocabulary.entries().len() >= 1500,
            "{}",
            vocabulary.entries().len()
        );
        for word in [
            "Kubernetes",
            "PostgreSQL",
            "gRPC",
            "mTLS",
            "SLO",
            "p99",
            "Architected",
        ] {
            assert!(vocabulary.contains(word), "{word}");
        }
    }
}
