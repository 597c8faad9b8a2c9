//! The words a posting uses for its parts and for how strongly a clause
//! asks: heading phrases per part, boilerplate phrases, and markers.

/// Headings of parts that never name a skill the candidate needs.
#[rustfmt::skip]
pub const BOILERPLATE_HEADINGS: &[&str] = &[
    "benefit", "perk", "what we offer", "we offer", "compensation", "salary", "pay range",
    "pay transparency", "total rewards", "rewards", "why join", "why you'll love", "why work",
    "about us", "about the company", "who we are", "our values", "values", "culture", "life at",
    "equal", "eeo", "diversity", "inclusion", "accommodation", "privacy", "how to apply",
    "interview process", "hiring process", "application process", "location", "working at",
    "our mission", "mission", "the company", "our story", "our team", "what's in it for you",
    "in return", "disclaimer", "legal", "e verify", "visa", "recruitment", "our commitment",
    "interview",
];

/// Headings of nice-to-have parts (checked first: "Preferred qualifications").
#[rustfmt::skip]
pub const PREFERRED_HEADINGS: &[&str] = &[
    "nice to have", "nice to haves", "bonus", "preferred", "plus", "pluses", "desired",
    "desirable", "good to have", "would be great", "ideally", "extra credit", "not required",
    "optional", "even better", "great if", "stand out", "added advantage", "advantage",
];

/// Headings of requirement parts.
#[rustfmt::skip]
pub const REQUIRED_HEADINGS: &[&str] = &[
    "requirement", "qualification", "must have", "must haves", "you have", "you'll have",
    "you bring", "what you bring", "what you'll bring", "what we're looking for",
    "what we are looking for", "looking for", "who you are", "about you", "you are", "skills",
    "experience", "you need", "you'll need", "what you need", "required", "minimum",
    "essential", "expertise", "competenc", "profile", "ideal candidate", "what it takes",
    "you should have", "you might be a fit", "knowledge", "what we expect", "we expect",
];

/// Headings that list the team's technology.
#[rustfmt::skip]
pub const STACK_HEADINGS: &[&str] = &[
    "stack", "technologies", "technology", "tools we use", "our tools", "tooling",
    "what we use", "we use", "tech we use",
];

/// Headings that describe the work.
#[rustfmt::skip]
pub const ROLE_HEADINGS: &[&str] = &[
    "responsibilit", "what you'll do", "what you will do", "you will", "you'll", "the role",
    "about the role", "your role", "role", "your impact", "impact", "day to day", "the job",
    "job description", "duties", "about the job", "about the team", "the opportunity",
    "opportunity", "what you'll work on", "projects", "overview", "position summary", "summary",
    "the position", "key", "mission of the role",
];

#[rustfmt::skip]
/// Phrases that make a line boilerplate wherever it stands.
pub const BOILERPLATE_LINE: &[&str] = &[
    "equal opportunity", "without regard to", "sexual orientation", "gender identity",
    "national origin", "veteran status", "protected veteran", "disability status",
    "reasonable accommodation", "e-verify", "salary", "compensation", "base pay", "pay range",
    "per annum", "per year", "per hour", "401(k)", "401k", "health insurance", "dental",
    "paid time off", "pto", "parental leave", "vacation", "stipend", "wellness",
    "equity package", "stock options", "retirement", "medical, ", "visa sponsorship",
    "privacy notice", "privacy policy", "recruiting agencies", "background check", "we offer",
    "four-day week", "hardware budget", "learning budget", "conference budget", "voucher",
    "free lunch", "team retreat", "offsite",
];

#[rustfmt::skip]
/// Markers that make a clause ask for nice-to-haves even inside a
/// requirements list.
pub const PREFERRED_MARKERS: &[&str] = &[
    "nice to have", "nice-to-have", "a plus", "is a plus", "are a plus", "bonus", "preferred",
    "ideally", "not required", "would be great", "is an advantage", "an advantage", "a bonus",
    "beneficial", "desirable", "nice if", "even better", "a big plus", "not a must", "optional",
];

#[rustfmt::skip]
/// Markers that make a clause a requirement even in a role description.
pub const REQUIRED_MARKERS: &[&str] = &[
    "must have", "must-have", "required", "you must", "is a must", "are a must", "mandatory",
    "essential",
];
