//! The parts of a job posting, from its own headings: what it requires,
//! what it would like, what the role does, and the boilerplate (benefits,
//! salary, equal opportunity, company culture) that never names a skill
//! the candidate needs.

use super::phrases::{
    BOILERPLATE_HEADINGS, BOILERPLATE_LINE, PREFERRED_HEADINGS, REQUIRED_HEADINGS, ROLE_HEADINGS,
    STACK_HEADINGS,
};

/// What a part of a posting says about the skills it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Before any heading: the title and the pitch.
    Intro,
    /// "Requirements", "Qualifications", "Must have", "You have"…
    Required,
    /// "Nice to have", "Bonus", "Preferred"…
    Preferred,
    /// "Our stack", "Technologies", "Tools we use".
    Stack,
    /// "Responsibilities", "What you'll do", "About the role".
    Role,
    /// Benefits, salary, equal opportunity, culture, how to apply.
    Boilerplate,
}

impl Part {
    /// Whether skills named here count as asked for, and how strongly.
    pub fn asks(self) -> Option<bool> {
        match self {
            Part::Required => Some(true),
            Part::Preferred | Part::Stack | Part::Role | Part::Intro => Some(false),
            Part::Boilerplate => None,
        }
    }
}

/// A line of the posting with the part it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PostingLine<'a> {
    /// 0-based line number in the posting.
    pub number: usize,
    pub text: &'a str,
    pub part: Part,
    /// A heading (its own text names no asked skill).
    pub heading: bool,
}

fn contains_any(haystack: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| haystack.contains(n))
}

/// The part a heading opens, if it names one.
pub fn classify_heading(text: &str) -> Option<Part> {
    let t = normalise(text);
    if t.is_empty() {
        return None;
    }
    // "About the role/team/job/you" describe the work, "About X" the company.
    if t.starts_with("about ")
        && ![
            "about the role",
            "about the team",
            "about the job",
            "about you",
            "about the position",
        ]
        .iter()
        .any(|p| t.starts_with(p))
    {
        return Some(Part::Boilerplate);
    }
    // Order matters: "preferred qualifications" is preferred, "minimum
    // qualifications" required, "benefits and perks" boilerplate.
    if contains_any(&t, PREFERRED_HEADINGS) {
        return Some(Part::Preferred);
    }
    if contains_any(&t, BOILERPLATE_HEADINGS) {
        return Some(Part::Boilerplate);
    }
    if contains_any(&t, STACK_HEADINGS) {
        return Some(Part::Stack);
    }
    if contains_any(&t, REQUIRED_HEADINGS) {
        return Some(Part::Required);
    }
    if contains_any(&t, ROLE_HEADINGS) {
        return Some(Part::Role);
    }
    None
}

/// Lower case, straight apostrophes, markup and trailing colons gone.
fn normalise(text: &str) -> String {
    let t: String = text
        .chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '-' => ' ',
            c => c.to_ascii_lowercase(),
        })
        .filter(|c| !matches!(c, '*' | '_' | '#' | '`'))
        .collect();
    t.trim()
        .trim_end_matches([':', '.', '!'])
        .trim()
        .to_string()
}

/// A line that stands as a heading: a Markdown heading, a line of bold
/// text, or a short line ending in a colon or naming a known part.
/// Returns the heading text and any content after a colon on the same
/// line ("Must have: Go, Kafka").
fn heading_of<'a>(line: &'a str, next: Option<&str>) -> Option<(&'a str, &'a str)> {
    let t = line.trim();
    if t.is_empty() {
        return None;
    }
    if let Some(rest) = t.strip_prefix('#') {
        return Some((rest.trim_start_matches('#').trim(), ""));
    }
    let bulleted = t.starts_with(['-', '*', '•', '·', '–']) && !t.starts_with("**");
    if bulleted {
        return None;
    }
    let bold = (t.starts_with("**") && t.ends_with("**") && t.len() > 4)
        || (t.starts_with("__") && t.ends_with("__") && t.len() > 4);
    if bold {
        return Some((t.trim_matches(['*', '_']).trim(), ""));
    }
    // "Requirements:" alone, or "Nice to have: Rust, Elixir".
    if let Some((label, rest)) = t.split_once(':') {
        let words = label.split_whitespace().count();
        if words <= 6 && label.len() <= 60 && classify_heading(label).is_some() {
            return Some((label.trim_matches(['*', '_', ' ']), rest.trim()));
        }
    }
    // A plain short line: "Requirements", "What you'll do". A phrase
    // such as "Experience with Kafka" is a list item, not a heading.
    let words = t.split_whitespace().count();
    let ends_sentence = t.ends_with(['.', ',', ';']);
    let lower = format!(" {} ", t.to_lowercase());
    let phrase = [" with ", " in ", " of ", " using ", " on ", " for "]
        .iter()
        .any(|w| lower.contains(w));
    // Headings are short and title-like, or sit right above a list.
    let title_like = {
        let long: Vec<&str> = t
            .split_whitespace()
            .filter(|w| w.chars().count() >= 4)
            .collect();
        long.iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count()
            * 2
            >= long.len()
    };
    let above_list = next.is_some_and(|n| {
        let n = n.trim_start();
        n.starts_with(['-', '*', '•', '·', '–']) && !n.starts_with("**")
    });
    let fits = (words <= 6 && title_like) || (words <= 10 && above_list);
    if fits && t.len() <= 70 && !ends_sentence && !phrase && classify_heading(t).is_some() {
        return Some((t, ""));
    }
    None
}

/// Splits a posting into lines, each with the part it belongs to.
pub fn read_parts(text: &str) -> Vec<PostingLine<'_>> {
    let mut part = Part::Intro;
    let mut out = Vec::new();
    let all: Vec<&str> = text.lines().collect();
    for (number, &line) in all.iter().enumerate() {
        let mut heading = false;
        let next = all[number + 1..]
            .iter()
            .copied()
            .find(|l| !l.trim().is_empty());
        if let Some((label, rest)) = heading_of(line, next) {
            if let Some(p) = classify_heading(label) {
                part = p;
                heading = rest.is_empty();
            } else if line.trim_start().starts_with('#') || rest.is_empty() {
                // An unknown heading (a sub-title, the company name) keeps
                // a requirements list going only if it is a sub-heading of
                // it; otherwise it describes the role.
                heading = true;
                if part != Part::Required && part != Part::Preferred {
                    part = Part::Role;
                }
            }
        }
        let lower = line.to_lowercase();
        let line_part = if part != Part::Boilerplate && contains_any(&lower, BOILERPLATE_LINE) {
            Part::Boilerplate
        } else {
            part
        };
        out.push(PostingLine {
            number,
            text: line,
            part: line_part,
            heading,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part_of(text: &str, needle: &str) -> Part {
        read_parts(text)
            .into_iter()
            .find(|l| l.text.contains(needle))
            .unwrap()
            .part
    }

    #[test]
    fn headings_open_parts() {
        let posting = "Senior Backend Engineer\nWe build payments.\n\n## What you'll do\n- Build APIs\n\n**Requirements**\n- Go\n\nNice to have:\n- Rust\n\nBenefits\n- Health insurance and Kafka swag\n\nOur stack: Kafka, Redis\n";
        assert_eq!(part_of(posting, "We build"), Part::Intro);
        assert_eq!(part_of(posting, "Build APIs"), Part::Role);
        assert_eq!(part_of(posting, "- Go"), Part::Required);
        assert_eq!(part_of(posting, "- Rust"), Part::Preferred);
        assert_eq!(part_of(posting, "swag"), Part::Boilerplate);
        assert_eq!(part_of(posting, "Our stack"), Part::Stack);
    }

    #[test]
    fn heading_names_are_classified() {
        assert_eq!(
            classify_heading("Preferred Qualifications"),
            Some(Part::Preferred)
        );
        assert_eq!(
            classify_heading("Minimum qualifications:"),
            Some(Part::Required)
        );
        assert_eq!(classify_heading("About Acme"), Some(Part::Boilerplate));
        assert_eq!(classify_heading("About the role"), Some(Part::Role));
        assert_eq!(classify_heading("You have"), Some(Part::Required));
        assert_eq!(classify_heading("Bonus points"), Some(Part::Preferred));
        assert_eq!(
            classify_heading("Equal Employment Opportunity"),
            Some(Part::Boilerplate)
        );
        assert_eq!(
            classify_heading("Compensation & Benefits"),
            Some(Part::Boilerplate)
        );
    }

    #[test]
    fn boilerplate_lines_are_dropped_anywhere() {
        let posting = "Requirements\n- Java\n- We are an equal opportunity employer.\n";
        assert_eq!(part_of(posting, "equal"), Part::Boilerplate);
        assert_eq!(part_of(posting, "Java"), Part::Required);
    }
}
