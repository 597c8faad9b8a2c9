//! The paper a resume is printed on: A4, or US Letter in the US and Canada.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// The name on the command line and in settings.
    pub fn id(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }

    /// Typst's name for the size.
    pub(super) fn typst_name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "us-letter",
        }
    }

    /// CSS `@page` size.
    pub(super) fn css_name(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "letter",
        }
    }

    pub fn parse(text: &str) -> Result<Paper, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "a4" => Ok(Paper::A4),
            "letter" | "us-letter" | "usletter" => Ok(Paper::Letter),
            _ => Err(format!("unknown paper '{text}': use a4 or letter")),
        }
    }

    /// The paper the locale implies. The first set of `LC_ALL`, `LC_PAPER`
    /// and `LANG` decides (the order the C library reads them in); a
    /// territory of US or CA (`en_US.UTF-8`, `fr_CA`) means Letter.
    pub fn from_locale(lc_all: Option<&str>, lc_paper: Option<&str>, lang: Option<&str>) -> Paper {
        let locale = [lc_all, lc_paper, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.trim().is_empty())
            .unwrap_or("");
        let territory = locale
            .split(['.', '@'])
            .next()
            .and_then(|l| l.split_once(['_', '-']))
            .map(|(_, t)| t.to_ascii_uppercase());
        match territory.as_deref() {
            Some("US" | "CA") => Paper::Letter,
            _ => Paper::A4,
        }
    }
}

impl Paper {
    /// The paper this process's locale implies.
    pub fn from_env() -> Paper {
        let var = |name: &str| std::env::var(name).ok();
        Paper::from_locale(
            var("LC_ALL").as_deref(),
            var("LC_PAPER").as_deref(),
            var("LANG").as_deref(),
        )
    }
}

impl fmt::Display for Paper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Paper::A4 => "A4",
            Paper::Letter => "Letter",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_and_bad_ones_say_what_to_use() {
        assert_eq!(Paper::parse("A4"), Ok(Paper::A4));
        assert_eq!(Paper::parse("letter"), Ok(Paper::Letter));
        assert_eq!(
            Paper::parse("a5").unwrap_err(),
            "unknown paper 'a5': use a4 or letter"
        );
    }

    #[test]
    fn the_us_and_canada_print_on_letter() {
        assert_eq!(
            Paper::from_locale(None, None, Some("en_US.UTF-8")),
            Paper::Letter
        );
        assert_eq!(Paper::from_locale(None, Some("fr_CA"), None), Paper::Letter);
        assert_eq!(
            Paper::from_locale(None, None, Some("en_GB.UTF-8")),
            Paper::A4
        );
        assert_eq!(Paper::from_locale(None, None, Some("C")), Paper::A4);
        assert_eq!(Paper::from_locale(None, None, None), Paper::A4);
        // LC_ALL overrides the others; an empty one does not count.
        assert_eq!(
            Paper::from_locale(Some("de_DE"), Some("en_US"), None),
            Paper::A4
        );
        assert_eq!(
            Paper::from_locale(Some(""), Some("en_US"), Some("de_DE")),
            Paper::Letter
        );
    }
}
