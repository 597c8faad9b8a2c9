//! The parts of a job posting, from its own headings: what it requires,
//! what it would like, what the role does, and the boilerplate (benefits,
//! salary, equal opportunity, company culture) that never names a skill
//! the candidate needs.

use std::ops::Range;

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

const BOILERPLATE_HEADINGS: &[&str] = &[
    "benefit", "perk", "what we offer", "we offer", "compensation", "salary", "pay range",
    "pay transparency", "total rewards", "rewards", "why join", "why you'll love", "why work",
    "about us", "about the company", "who we are", "our values", "values", "culture",
    "life at", "equal", "eeo", "diversity", "inclusion", "accommodation", "privacy",
    "how to apply", "interview process", "hiring process", "application process", "location",
    "working at", "our mission", "mission", "the company", "our story", "our team",
    "what's in it for you", "in return", "disclaimer", "legal", "e verify", "visa",
    "recruitment", "our commitment",
];

const PREFERRED_HEADINGS: &[&str] = &[
    "nice to have", "nice to haves", "bonus", "preferred", "plus", "pluses", "desired",
    "desirable", "good to have", "would be great", "ideally", "extra credit", "not required",
    "optional", "even better", "great if", "stand out", "added advantage", "advantage",
];

const REQUIRED_HEADINGS: &[&str] = &[
    "requirement", "qualification", "must have", "must haves", "you have", "you'll have",
    "you bring", "what you bring", "what you'll bring", "what we're looking for",
    "what we are looking for", "looking for", "who you are", "about you", "you are",
    "skills", "experience", "you need", "you'll need", "what you need", "required",
    "minimum", "essential", "expertise", "competenc", "profile", "ideal candidate",
    "what it takes", "you should have", "you might be a fit", "knowledge",
];

const STACK_HEADINGS: &[&str] = &[
    "stack", "technologies", "technology", "tools we use", "our tools", "tooling",
    "what we use", "we use", "tech we use",
];

const ROLE_HEADINGS: &[&str] = &[
    "responsibilit", "what you'll do", "what you will do", "you will", "you'll", "the role",
    "about the role", "your role", "role", "your impact", "impact", "day to day",
    "the job", "job description", "duties", "about the job", "about the team",
    "the opportunity", "opportunity", "what you'll work on", "projects", "overview",
    "position summary", "summary", "the position", "key", "mission of the role",
];

/// Phrases that make a line boilerplate wherever it stands.
const BOILERPLATE_LINE: &[&str] = &[
    "equal opportunity", "without regard to", "sexual orientation", "gender identity",
    "national origin", "veteran status", "protected veteran", "disability status",
    "reasonable accommodation", "e-verify", "salary", "compensation", "base pay",
    "pay range", "per annum", "per year", "per hour", "401(k)", "401k", "health insurance",
    "dental", "paid time off", "pto", "parental leave", "vacation", "stipend", "wellness",
    "equity package", "stock options", "retirement", "medical, ", "visa sponsorship",
    "privacy notice", "privacy policy", "recruiting agencies", "background check",
];

/// Markers that make a clause ask for nice-to-haves even inside a
/// requirements list.
pub const PREFERRED_MARKERS: &[&str] = &[
    "nice to have", "nice-to-have", "a plus", "is a plus", "are a plus", "bonus",
    "preferred", "ideally", "not required", "would be great", "is an advantage",
    "an advantage", "a bonus", "beneficial", "desirable", "nice if", "even better",
    "a big plus", "not a must", "optional",
];

/// Markers that make a clause a requirement even in a role description.
const REQUIRED_MARKERS: &[&str] = &[
    "must have", "must-have", "required", "you must", "is a must", "are a must",
    "mandatory", "essential",
];

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
        && !["about the role", "about the team", "about the job", "about you", "about the position"]
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
    t.trim().trim_end_matches([':', '.', '!']).trim().to_string()
}

/// A line that stands as a heading: a Markdown heading, a line of bold
/// text, or a short line ending in a colon or naming a known part.
/// Returns the heading text and any content after a colon on the same
/// line ("Must have: Go, Kafka").
fn heading_of(line: &str) -> Option<(&str, &str)> {
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
    if words <= 6 && t.len() <= 60 && !ends_sentence && !phrase && classify_heading(t).is_some() {
        return Some((t, ""));
    }
    None
}

/// Splits a posting into lines, each with the part it belongs to.
pub fn read_parts(text: &str) -> Vec<PostingLine<'_>> {
    let mut part = Part::Intro;
    let mut out = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let mut heading = false;
        if let Some((label, rest)) = heading_of(line) {
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

/// Which clause of a line a mention falls in decides how strongly it is
/// asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Byte ranges of the clause in the line (a clause resumes after a
    /// parenthesised aside).
    pub pieces: Vec<Range<usize>>,
    pub required: bool,
}

impl Clause {
    pub fn contains(&self, byte: usize) -> bool {
        self.pieces.iter().any(|r| r.contains(&byte))
    }
}

/// How a piece of text changes what its part asks: "a plus" and
/// "preferred" ask less, "must have" more.
fn judge(text: &str, base: bool) -> bool {
    let lower = text.to_lowercase();
    if contains_any(&lower, PREFERRED_MARKERS) {
        false
    } else if contains_any(&lower, REQUIRED_MARKERS) {
        true
    } else {
        base
    }
}

/// Splits a line into clauses (at sentence ends and semicolons; a
/// parenthesised aside is a clause of its own that inherits from the
/// clause around it unless it has its own marker) and judges each;
/// `base` is what the line's part asks.
pub fn clauses(line: &str, base: bool) -> Vec<Clause> {
    let bytes = line.as_bytes();
    let mut outer: Vec<(Vec<Range<usize>>, Vec<Range<usize>>)> = Vec::new();
    let mut pieces = Vec::new();
    let mut asides = Vec::new();
    let mut depth = 0usize;
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'(' => {
                if depth == 0 {
                    pieces.push(from..i);
                    from = i + 1;
                }
                depth += 1;
            }
            b')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    asides.push(from..i);
                    from = i + 1;
                }
            }
            b'.' | b';' if depth == 0 && bytes.get(i + 1).is_none_or(|n| *n == b' ') => {
                pieces.push(from..i);
                from = i + 1;
                outer.push((std::mem::take(&mut pieces), std::mem::take(&mut asides)));
            }
            _ => {}
        }
    }
    if depth > 0 {
        asides.push(from..line.len());
    } else {
        pieces.push(from..line.len());
    }
    outer.push((pieces, asides));
    let mut out = Vec::new();
    for (pieces, asides) in outer {
        let text: String = pieces.iter().map(|r| &line[r.clone()]).collect::<Vec<_>>().join(" ");
        let required = judge(&text, base);
        for aside in asides {
            let aside_required = judge(&line[aside.clone()], required);
            out.push(Clause {
                pieces: vec![aside],
                required: aside_required,
            });
        }
        out.push(Clause { pieces, required });
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
        assert_eq!(classify_heading("Preferred Qualifications"), Some(Part::Preferred));
        assert_eq!(classify_heading("Minimum qualifications:"), Some(Part::Required));
        assert_eq!(classify_heading("About Acme"), Some(Part::Boilerplate));
        assert_eq!(classify_heading("About the role"), Some(Part::Role));
        assert_eq!(classify_heading("You have"), Some(Part::Required));
        assert_eq!(classify_heading("Bonus points"), Some(Part::Preferred));
        assert_eq!(classify_heading("Equal Employment Opportunity"), Some(Part::Boilerplate));
        assert_eq!(classify_heading("Compensation & Benefits"), Some(Part::Boilerplate));
    }

    #[test]
    fn boilerplate_lines_are_dropped_anywhere() {
        let posting = "Requirements\n- Java\n- We are an equal opportunity employer.\n";
        assert_eq!(part_of(posting, "equal"), Part::Boilerplate);
        assert_eq!(part_of(posting, "Java"), Part::Required);
    }

    #[test]
    fn markers_inside_a_line_change_a_clause() {
        let line = "Strong Java (Java 17 preferred). Rust is a plus";
        let c = clauses(line, true);
        let at = |s: &str| c.iter().find(|c| c.contains(line.find(s).unwrap())).unwrap().required;
        assert!(at("Strong"));
        assert!(!at("17"));
        assert!(!at("Rust"));
        let line = "Kubernetes, AWS (EKS, ECR) and Terraform (Pulumi preferred)";
        let c = clauses(line, true);
        let at = |s: &str| c.iter().find(|c| c.contains(line.find(s).unwrap())).unwrap().required;
        assert!(at("EKS") && at("Terraform") && !at("Pulumi"));
    }
}
