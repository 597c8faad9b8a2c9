//! The embedded English dictionaries (SCOWL-based Hunspell files, see
//! `assets/dictionary/README.md`) and which of them a word must satisfy.
//!
//! Parsing a dictionary takes about 16 ms, so each is parsed once per
//! process, on first use, and [`preload`] lets the app start that work on a
//! background thread while it reads the resume and sets up the terminal.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use spellbook::Dictionary;

/// The affix rules, shared by both spellings.
const AFFIX: &str = include_str!("../../../assets/dictionary/en.aff");
const WORDS_US: &str = include_str!("../../../assets/dictionary/en_US.dic");
const WORDS_GB: &str = include_str!("../../../assets/dictionary/en_GB.dic");
/// The entries of `en_GB.dic` that `en_US.dic` lacks.
const GB_ADDITIONS: &str = include_str!("../../../assets/dictionary/en_GB-additions.txt");

static US: OnceLock<Dictionary> = OnceLock::new();
static GB: OnceLock<Dictionary> = OnceLock::new();
static BOTH: OnceLock<Dictionary> = OnceLock::new();

/// Which spelling a resume is held to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Choice {
    /// American and British spellings are both accepted (the default: a
    /// resume is often read on both sides of the Atlantic).
    #[default]
    Both,
    /// American only (`en-US`): "optimize", "color".
    Us,
    /// British only (`en-GB`): "optimise", "colour".
    Gb,
}

impl Choice {
    /// The id used on the command line and in settings.
    pub fn id(self) -> &'static str {
        match self {
            Choice::Both => "both",
            Choice::Us => "en-US",
            Choice::Gb => "en-GB",
        }
    }

    /// The dictionary a word must be in, parsed on first use (a thread
    /// asking while another parses it waits for that).
    pub(crate) fn dictionary(self) -> &'static Dictionary {
        self.slot().get_or_init(|| load(self))
    }

    /// Whether the dictionary is parsed, so checking will not wait.
    pub fn is_loaded(self) -> bool {
        self.slot().get().is_some()
    }

    fn slot(self) -> &'static OnceLock<Dictionary> {
        match self {
            Choice::Both => &BOTH,
            Choice::Us => &US,
            Choice::Gb => &GB,
        }
    }
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// An unknown `--dictionary` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownChoice(pub String);

impl fmt::Display for UnknownChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown dictionary '{}' — use en-US (American), en-GB (British) or both",
            self.0
        )
    }
}

impl std::error::Error for UnknownChoice {}

impl FromStr for Choice {
    type Err = UnknownChoice;

    /// `en-US`, `en-GB` or `both`, in any case and with `_` for `-`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "en-us" | "us" => Ok(Choice::Us),
            "en-gb" | "gb" | "uk" => Ok(Choice::Gb),
            "both" | "en" => Ok(Choice::Both),
            _ => Err(UnknownChoice(text.to_string())),
        }
    }
}

/// Parses the dictionary for `choice` anew (the checker keeps one per
/// process; this is for measuring how long that takes).
pub fn load(choice: Choice) -> Dictionary {
    match choice {
        Choice::Both => both(),
        Choice::Us => parse(WORDS_US),
        Choice::Gb => parse(WORDS_GB),
    }
}

fn parse(words: &str) -> Dictionary {
    Dictionary::new(AFFIX, words).expect("the embedded dictionary is a valid Hunspell file")
}

/// One dictionary with both spellings: the American list plus the British
/// entries it lacks (`en_GB-additions.txt`, 1,330 lines), which costs
/// little more than one list and half the memory of two dictionaries.
fn both() -> Dictionary {
    let mut dictionary = parse(WORDS_US);
    for entry in GB_ADDITIONS.lines() {
        dictionary
            .add(entry)
            .expect("the embedded British entries have valid flags");
    }
    dictionary
}

/// Starts parsing the dictionary `choice` needs on a background thread,
/// so that the first check does not wait for all of it.
pub fn preload(choice: Choice) {
    std::thread::spawn(move || choice.dictionary());
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn choices_parse_in_any_case_and_reject_others() {
        assert_eq!("en-US".parse(), Ok(Choice::Us));
        assert_eq!("EN_gb".parse(), Ok(Choice::Gb));
        let err = "fr-FR".parse::<Choice>().unwrap_err().to_string();
        assert!(err.contains("'fr-FR'") && err.contains("en-US"), "{err}");
        assert_eq!("both".parse(), Ok(Choice::Both));
        for choice in [Choice::Both, Choice::Us, Choice::Gb] {
            assert_eq!(choice.id().parse(), Ok(choice));
        }
    }

    #[test]
    fn the_british_additions_are_what_the_american_list_lacks() {
        let entries =
            |list: &'static str| -> HashSet<&'static str> { list.lines().skip(1).collect() };
        let expected: HashSet<_> = entries(WORDS_GB)
            .difference(&entries(WORDS_US))
            .copied()
            .collect();
        let additions: HashSet<_> = GB_ADDITIONS.lines().collect();
        assert_eq!(additions, expected);
    }

    #[test]
    fn each_spelling_has_its_own_words() {
        let has = |choice: Choice, word: &str| choice.dictionary().check(word);
        assert!(has(Choice::Us, "optimize") && !has(Choice::Us, "optimise"));
        assert!(has(Choice::Gb, "optimise") && !has(Choice::Gb, "optimize"));
        assert!(has(Choice::Both, "colour") && has(Choice::Both, "color"));
        assert!(has(Choice::Both, "colours") && has(Choice::Both, "organising"));
        assert!(!has(Choice::Both, "buisness"));
    }
}
