use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::SectionKind;

/// A career level; it decides the tips, the coach's thresholds and the
/// recommended sections and their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Junior,
    Mid,
    Senior,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Junior, Level::Mid, Level::Senior];

    /// The word used on the command line and in files.
    pub fn id(self) -> &'static str {
        match self {
            Level::Junior => "junior",
            Level::Mid => "mid",
            Level::Senior => "senior",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Level::Junior => "Junior",
            Level::Mid => "Mid-level",
            Level::Senior => "Senior / Principal",
        }
    }

    /// One line that helps a user pick their level.
    pub fn blurb(self) -> &'static str {
        match self {
            Level::Junior => "0–2 years: projects, fundamentals and a GitHub profile lead",
            Level::Mid => "about 3–7 years: measured impact, cloud, containers, CI/CD",
            Level::Senior => "senior or principal: architecture, leadership, business outcomes",
        }
    }

    /// Sections a resume at this level should have, in reading order.
    /// Juniors lead with projects: they usually have more of them than jobs.
    pub fn recommended_sections(self) -> &'static [SectionKind] {
        use SectionKind::*;
        match self {
            Level::Junior => &[Header, Summary, Skills, Projects, Experience, Education],
            Level::Mid => &[Header, Summary, Skills, Experience, Projects, Education],
            Level::Senior => &[
                Header,
                Summary,
                Experience,
                Architecture,
                Leadership,
                Recognition,
                Skills,
                Education,
            ],
        }
    }

    /// The pages a resume at this level should fill: recruiters read a
    /// junior's on one page, anyone else's on up to two. The PDF is fitted
    /// to it and the coach's length rule holds the typeset count to it.
    pub fn page_budget(self) -> usize {
        match self {
            Level::Junior => 1,
            Level::Mid | Level::Senior => 2,
        }
    }

    /// The coach's word budget for the whole document (about one page for a
    /// junior, two for mid and senior).
    pub fn word_budget(self) -> usize {
        match self {
            Level::Junior => 600,
            Level::Mid | Level::Senior => 1200,
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseLevelError(pub String);

impl fmt::Display for ParseLevelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown level '{}': use junior, mid or senior", self.0)
    }
}

impl std::error::Error for ParseLevelError {}

impl FromStr for Level {
    type Err = ParseLevelError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "junior" | "jr" | "entry" => Ok(Level::Junior),
            "mid" | "mid-level" | "midlevel" | "intermediate" => Ok(Level::Mid),
            "senior" | "sr" | "principal" | "staff" | "lead" => Ok(Level::Senior),
            _ => Err(ParseLevelError(s.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cli_words_and_aliases() {
        assert_eq!("junior".parse(), Ok(Level::Junior));
        assert_eq!("Mid".parse(), Ok(Level::Mid));
        assert_eq!("principal".parse(), Ok(Level::Senior));
        let err = "guru".parse::<Level>().unwrap_err();
        assert!(err.to_string().contains("junior, mid or senior"));
    }

    #[test]
    fn juniors_put_projects_before_experience() {
        let order = Level::Junior.recommended_sections();
        let pos = |k| order.iter().position(|&x| x == k).unwrap();
        assert!(pos(SectionKind::Projects) < pos(SectionKind::Experience));
        let order = Level::Mid.recommended_sections();
        let pos = |k| order.iter().position(|&x| x == k).unwrap();
        assert!(pos(SectionKind::Experience) < pos(SectionKind::Projects));
    }

    #[test]
    fn every_level_starts_with_header_then_summary() {
        for level in Level::ALL {
            assert_eq!(
                &level.recommended_sections()[..2],
                &[SectionKind::Header, SectionKind::Summary]
            );
        }
    }
}
