//! Reading a job posting: the skills it asks for (required or preferred,
//! from its own structure), the years of experience it asks and the level
//! it is for.

use std::collections::HashMap;

use super::asks::{PostingLevel, level_in, posting_level, years_in};
use super::clauses::clauses;
use super::lexicon::{Lexicon, SkillId};
use super::scan::scan_line;
use super::structure::{Part, read_parts};

/// One skill a posting asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    pub skill: SkillId,
    /// Named in a requirements part (anywhere it is named).
    pub required: bool,
    /// 0-based line of the posting where it is first named.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posting {
    /// In the order the posting first names them.
    pub skills: Vec<Asked>,
    /// The most years of experience a requirement asks for.
    pub years: Option<u32>,
    pub level: Option<PostingLevel>,
}

/// Why a text cannot be read as a posting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostingError {
    Empty,
    /// Control characters or NULs: a binary file, not text.
    Binary,
}

impl std::fmt::Display for PostingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PostingError::Empty => "the posting is empty: paste or save the job text first",
            PostingError::Binary => {
                "the posting is not text (it has binary bytes): save the job ad as plain text"
            }
        })
    }
}

/// Checks that `text` can be a posting: not blank, not binary.
pub fn check_text(text: &str) -> Result<(), PostingError> {
    if text.trim().is_empty() {
        return Err(PostingError::Empty);
    }
    let control = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if text.contains('\0') || control * 100 > text.chars().count() {
        return Err(PostingError::Binary);
    }
    Ok(())
}

/// Reads a posting with the given lexicon.
pub fn read_posting(lexicon: &Lexicon, text: &str) -> Result<Posting, PostingError> {
    check_text(text)?;
    let lines = read_parts(text);
    let mut index: HashMap<SkillId, usize> = HashMap::new();
    let mut skills: Vec<Asked> = Vec::new();
    let any_required = lines.iter().any(|l| l.part == Part::Required);
    for line in &lines {
        let Some(mut base) = line.part.asks() else {
            continue;
        };
        // A posting with no requirements part of its own states them in
        // the role text ("You will need experience with…").
        if !any_required && !base && states_requirement(line.text) {
            base = true;
        }
        let mentions = scan_line(lexicon, line.text);
        if mentions.is_empty() {
            continue;
        }
        let parts = clauses(line.text, base);
        for m in mentions {
            let required = parts
                .iter()
                .find(|c| c.contains(m.start))
                .map_or(base, |c| c.required);
            match index.get(&m.skill) {
                Some(&i) => skills[i].required |= required,
                None => {
                    index.insert(m.skill, skills.len());
                    skills.push(Asked {
                        skill: m.skill,
                        required,
                        line: line.number,
                    });
                }
            }
        }
    }
    let asked_years = |required_only: bool| {
        lines
            .iter()
            .filter(|l| l.part != Part::Boilerplate)
            .filter(|l| !required_only || l.part == Part::Required)
            .flat_map(|l| years_in(l.text))
            .max()
    };
    let years = asked_years(true).or_else(|| asked_years(false));
    let titles: Vec<&str> = lines
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .take(3)
        .map(|l| l.text)
        .filter(|t| t.split_whitespace().count() <= 12 || level_in(t).is_some() && t.len() < 100)
        .collect();
    let body: Vec<&str> = lines
        .iter()
        .filter(|l| l.part != Part::Boilerplate)
        .map(|l| l.text)
        .collect();
    Ok(Posting {
        skills,
        years,
        level: posting_level(&titles, &body, years),
    })
}

/// Role text that states what a candidate needs.
fn states_requirement(line: &str) -> bool {
    let lower = line.to_lowercase();
    [
        "experience with",
        "experience in",
        "proficien",
        "knowledge of",
        "familiar",
        "understanding of",
        "years",
        "expert",
        "strong ",
        "solid ",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(&'static str, bool)> {
        let lexicon = Lexicon::builtin();
        read_posting(lexicon, text)
            .unwrap()
            .skills
            .iter()
            .map(|a| (lexicon.skill(a.skill).name, a.required))
            .collect()
    }

    #[test]
    fn required_and_preferred_from_structure() {
        let posting = "Senior Backend Engineer\n\nRequirements\n- 5+ years with Go and PostgreSQL\n\nNice to have\n- Rust\n- Go tooling\n\nBenefits\n- Kafka conference budget, 401(k)\n";
        assert_eq!(
            read(posting),
            [("Go", true), ("PostgreSQL", true), ("Rust", false)]
        );
        let p = read_posting(Lexicon::builtin(), posting).unwrap();
        assert_eq!(p.years, Some(5));
        assert_eq!(p.level, Some(PostingLevel::Senior));
    }

    #[test]
    fn a_skill_in_both_parts_is_required() {
        let posting = "Our stack\nKafka, Redis\n\nYou have\n- Kafka in production\n";
        assert_eq!(read(posting), [("Apache Kafka", true), ("Redis", false)]);
    }

    #[test]
    fn boilerplate_never_yields_skills() {
        let posting = "About Acme\nAcme builds Kubernetes tooling.\n\nRequirements\n- Java\n\nEqual opportunity\nWe welcome Python people of every background.\n\nPerks\n- AWS credits\n";
        assert_eq!(read(posting), [("Java", true)]);
    }

    #[test]
    fn empty_and_binary_text_is_refused() {
        assert_eq!(
            read_posting(Lexicon::builtin(), " \n\t"),
            Err(PostingError::Empty)
        );
        assert_eq!(
            read_posting(Lexicon::builtin(), "PK\u{3}\u{4}\0\0\u{14}"),
            Err(PostingError::Binary)
        );
    }
}
