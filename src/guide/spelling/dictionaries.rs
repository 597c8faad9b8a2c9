//! The embedded English dictionaries (SCOWL-based Hunspell files, see
//! `assets/dictionary/README.md`) and which of them a word must satisfy.
//!
//! Parsing one dictionary takes about 16 ms, so each is parsed once per
//! process, on first use, and [`preload`] lets the app start that work on a
//! background thread before it draws its first frame.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use spellbook::Dictionary;

/// The affix rules, shared by both spellings.
const AFFIX: &str = include_str!("../../../assets/dictionary/en.aff");
const WORDS_US: &str = include_str!("../../../assets/dictionary/en_US.dic");
const WORDS_GB: &str = include_str!("../../../assets/dictionary/en_GB.dic");

static US: OnceLock<Dictionary> = OnceLock::new();
static GB: OnceLock<Dictionary> = OnceLock::new();

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

    /// The dictionaries a word may be found in.
    pub(crate) fn dictionaries(self) -> impl Iterator<Item = &'static Dictionary> {
        let (us, gb) = match self {
            Choice::Both => both(),
            Choice::Us => (Some(us()), None),
            Choice::Gb => (None, Some(gb())),
        };
        us.into_iter().chain(gb)
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

fn parse(words: &str) -> Dictionary {
    Dictionary::new(AFFIX, words).expect("the embedded dictionary is a valid Hunspell file")
}

fn us() -> &'static Dictionary {
    US.get_or_init(|| parse(WORDS_US))
}

fn gb() -> &'static Dictionary {
    GB.get_or_init(|| parse(WORDS_GB))
}

/// Both dictionaries, parsed side by side when neither is ready yet.
fn both() -> (Option<&'static Dictionary>, Option<&'static Dictionary>) {
    if US.get().is_none() && GB.get().is_none() {
        std::thread::scope(|scope| {
            scope.spawn(gb);
            us();
        });
    }
    (Some(us()), Some(gb()))
}

/// Starts parsing the dictionaries `choice` needs on a background thread,
/// so that the first check does not wait for them.
pub fn preload(choice: Choice) {
    std::thread::spawn(move || choice.dictionaries().count());
}

#[cfg(test)]
mod tests {
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
    fn each_spelling_has_its_own_words() {
        let has = |choice: Choice, word: &str| choice.dictionaries().any(|d| d.check(word));
        assert!(has(Choice::Us, "optimize") && !has(Choice::Us, "optimise"));
        assert!(has(Choice::Gb, "optimise") && !has(Choice::Gb, "optimize"));
        assert!(has(Choice::Both, "colour") && has(Choice::Both, "color"));
        assert!(!has(Choice::Both, "buisness"));
    }
}
