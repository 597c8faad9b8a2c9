//! How much experience a posting asks for ("5+ years", "at least three
//! years", "3-5 years") and the level it is for (new grad … principal).

use serde::Serialize;

use crate::resume::Level;

/// The seniority a posting is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PostingLevel {
    NewGrad,
    Junior,
    Mid,
    Senior,
    Staff,
    Principal,
}

impl PostingLevel {
    pub fn id(self) -> &'static str {
        match self {
            PostingLevel::NewGrad => "new-grad",
            PostingLevel::Junior => "junior",
            PostingLevel::Mid => "mid",
            PostingLevel::Senior => "senior",
            PostingLevel::Staff => "staff",
            PostingLevel::Principal => "principal",
        }
    }

    /// The resume level that fits a posting of this level.
    pub fn resume_level(self) -> Level {
        match self {
            PostingLevel::NewGrad | PostingLevel::Junior => Level::Junior,
            PostingLevel::Mid => Level::Mid,
            PostingLevel::Senior | PostingLevel::Staff | PostingLevel::Principal => Level::Senior,
        }
    }

    /// The level a number of years usually means, when a posting names none.
    fn from_years(years: u32) -> PostingLevel {
        match years {
            0..=1 => PostingLevel::Junior,
            2..=4 => PostingLevel::Mid,
            _ => PostingLevel::Senior,
        }
    }
}

const NUMBER_WORDS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("fifteen", 15),
];

fn number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('+');
    w.parse::<u32>()
        .ok()
        .or_else(|| NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|(_, v)| *v))
}

/// The smallest number of years each "N years" phrase in `line` asks for
/// ("3-5 years" asks 3, "8 - 12+ years" 8). Phrases about the company
/// ("founded 10 years ago") do not count.
pub fn years_in(line: &str) -> Vec<u32> {
    let lower = line.to_lowercase().replace(['–', '—'], "-");
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let w = w.trim_end_matches(['.', ':', ';']);
        let is_years = ["year", "years", "yrs", "yr", "years'", "year's", "years’"]
            .contains(&w.trim_end_matches('s').trim_end_matches('\''))
            || w.starts_with("year");
        if !is_years || i == 0 {
            continue;
        }
        if words.get(i + 1).is_some_and(|n| ["ago", "old"].contains(n)) {
            continue;
        }
        // Walk back over "+", "or more", "plus", a range and "least".
        let mut j = i;
        let mut found = None;
        while j > 0 && i - j < 5 {
            j -= 1;
            let word = words[j];
            // "3-5" or "8-12+": the lower bound.
            let first = word.split('-').find(|p| !p.is_empty()).unwrap_or(word);
            if let Some(n) = number(first) {
                found = Some(n);
                // "3 - 5 years": the number before the dash is the bound.
                if j >= 2
                    && words[j - 1] == "-"
                    && let Some(lower_bound) = number(words[j - 2])
                {
                    found = Some(lower_bound);
                }
                break;
            }
            if ![
                "+", "or", "more", "plus", "-", "to", "least", "of", "a", "minimum",
            ]
            .contains(&word)
            {
                break;
            }
        }
        if let Some(n) = found.filter(|n| (1..=30).contains(n)) {
            out.push(n);
        }
    }
    out
}

/// The level a title or line names, if any.
pub fn level_in(text: &str) -> Option<PostingLevel> {
    let t = format!(
        " {} ",
        text.to_lowercase()
            .replace(['-', ',', '(', ')', '/', '|'], " ")
    );
    let has = |w: &str| t.contains(&format!(" {w} "));
    if has("principal") || has("distinguished") {
        Some(PostingLevel::Principal)
    } else if has("staff") {
        Some(PostingLevel::Staff)
    } else if has("senior") || has("sr") || has("sr.") || has("lead") || has("iii") {
        Some(PostingLevel::Senior)
    } else if has("mid level") || has("intermediate") || has("ii") || has("mid") {
        Some(PostingLevel::Mid)
    } else if has("new grad")
        || has("new graduate")
        || has("graduate")
        || has("university grad")
        || has("intern")
    {
        Some(PostingLevel::NewGrad)
    } else if has("junior") || has("jr") || has("jr.") || has("entry level") || has("associate") {
        Some(PostingLevel::Junior)
    } else {
        None
    }
}

/// The posting's level: from its title (the first lines and headings that
/// name a role), else from phrases such as "entry-level" in its text, else
/// from the years it asks.
pub fn posting_level(titles: &[&str], body: &[&str], years: Option<u32>) -> Option<PostingLevel> {
    for title in titles {
        if let Some(level) = level_in(title) {
            return Some(level);
        }
    }
    for line in body {
        let lower = line.to_lowercase().replace('-', " ");
        for (phrase, level) in [
            ("new grad", PostingLevel::NewGrad),
            ("recent graduate", PostingLevel::NewGrad),
            ("entry level", PostingLevel::Junior),
            ("junior role", PostingLevel::Junior),
            ("mid level", PostingLevel::Mid),
            ("senior level", PostingLevel::Senior),
            ("staff level", PostingLevel::Staff),
        ] {
            if lower.contains(phrase) {
                return Some(level);
            }
        }
    }
    years.map(PostingLevel::from_years)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_take_the_lower_bound() {
        assert_eq!(years_in("5+ years of experience"), [5]);
        assert_eq!(years_in("At least three years building APIs"), [3]);
        assert_eq!(years_in("3-5 years in backend"), [3]);
        assert_eq!(years_in("8 - 12+ years of distributed systems"), [8]);
        assert_eq!(years_in("a minimum of 4 years' experience"), [4]);
        assert_eq!(years_in("Five or more years with Go"), [5]);
        assert_eq!(years_in("founded 10 years ago"), Vec::<u32>::new());
        assert_eq!(
            years_in("8+ years of backend, with 4+ years shipping Go"),
            [8, 4]
        );
    }

    #[test]
    fn levels_come_from_titles_then_text_then_years() {
        assert_eq!(
            level_in("Senior Backend Engineer"),
            Some(PostingLevel::Senior)
        );
        assert_eq!(
            level_in("Staff Software Engineer, Payments"),
            Some(PostingLevel::Staff)
        );
        assert_eq!(
            level_in("Software Engineer I (Backend) - New Grad 2025"),
            Some(PostingLevel::NewGrad)
        );
        assert_eq!(level_in("Backend engineer (Go)"), None);
        assert_eq!(
            posting_level(
                &["Backend engineer (Go)"],
                &["This is a mid-level backend role"],
                None
            ),
            Some(PostingLevel::Mid)
        );
        assert_eq!(
            posting_level(&["Backend Engineer"], &[], Some(6)),
            Some(PostingLevel::Senior)
        );
        assert_eq!(posting_level(&["Backend Engineer"], &[], None), None);
    }
}
