//! Finding skills in a line of text: the longest lexicon spelling that
//! starts and ends at a word boundary, so `Java` never matches inside
//! `JavaScript` and `Go` never inside `Google`; exact-case spellings (`Go`,
//! `REST`, `Spring`) only with their casing, and not where the word reads
//! as ordinary English at the start of a sentence (`Go beyond…`).

use super::lexicon::{Lexicon, SkillId, fold_char, lower};

/// One skill named in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub skill: SkillId,
    /// Byte range of the spelling in the line.
    pub start: usize,
    pub end: usize,
}

/// Words after an exact-case name at the start of a sentence that show it
/// is the skill, not the English word (`Go services`, `Spring Boot`).
const CONFIRMING: &[&str] = &[
    "and",
    "or",
    "is",
    "experience",
    "expertise",
    "developer",
    "developers",
    "engineer",
    "engineers",
    "programming",
    "code",
    "services",
    "microservices",
    "backend",
    "back",
    "language",
    "stack",
    "applications",
    "apps",
    "apis",
    "api",
    "proficiency",
    "knowledge",
    "skills",
    "based",
    "framework",
    "modules",
    "runtime",
    "web",
    "server",
    "servers",
];

/// Words after an exact-case name that show the English word (`Go to
/// market`, `Go live`), wherever it stands.
const ENGLISH_FOLLOWERS: &[&str] = &[
    "to", "ahead", "live", "beyond", "through", "back", "out", "far", "deep", "forward", "above",
    "sure", "the", "a", "an", "of", "up",
];

/// The line folded for matching: per char, its lower-cased form, its
/// folded form with case, and its byte offset in the line.
struct Folded {
    lower: Vec<char>,
    cased: Vec<char>,
    byte: Vec<usize>,
}

fn fold_line(line: &str) -> Folded {
    let mut f = Folded {
        lower: Vec::with_capacity(line.len()),
        cased: Vec::with_capacity(line.len()),
        byte: Vec::with_capacity(line.len() + 1),
    };
    for (i, c) in line.char_indices() {
        let c = fold_char(c);
        if c == ' ' && f.cased.last() == Some(&' ') {
            continue;
        }
        f.cased.push(c);
        f.lower.push(lower(c));
        f.byte.push(i);
    }
    f.byte.push(line.len());
    f
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// Every skill named in `line`, left to right, without overlaps.
pub fn scan_line(lexicon: &Lexicon, line: &str) -> Vec<Mention> {
    let f = fold_line(line);
    let n = f.lower.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let starts_word = i == 0 || !is_word(f.lower[i - 1]);
        // `.NET` may follow a letter only as part of a longer name (ASP.NET).
        if !starts_word || f.lower[i] == ' ' {
            i += 1;
            continue;
        }
        let Some((skill, mut end)) = longest_at(lexicon, line, &f, i) else {
            i += 1;
            continue;
        };
        out.push(Mention {
            skill,
            start: f.byte[i],
            end: f.byte[end],
        });
        // Names that share a word chain ("REST API design" is REST and API
        // design): a name starting inside this one counts if it reaches
        // further; one that ends inside it ("Cloud" in "Google Cloud") not.
        let mut k = i + 1;
        while k < end {
            if !is_word(f.lower[k - 1])
                && f.lower[k] != ' '
                && let Some((other, other_end)) = longest_at(lexicon, line, &f, k)
                && other_end > end
            {
                out.push(Mention {
                    skill: other,
                    start: f.byte[k],
                    end: f.byte[other_end],
                });
                end = other_end;
            }
            k += 1;
        }
        i = end;
    }
    out
}

/// The longest alias starting at `i` that ends at a word boundary, and
/// where it ends.
fn longest_at(lexicon: &Lexicon, line: &str, f: &Folded, i: usize) -> Option<(SkillId, usize)> {
    let mut node = 0u32;
    let mut best = None;
    let mut j = i;
    while j < f.lower.len() {
        let Some(next) = lexicon.trie.step(node, f.lower[j]) else {
            break;
        };
        node = next;
        j += 1;
        for &a in lexicon.trie.ends(node) {
            let alias = &lexicon.aliases[a as usize];
            if alias.exact_case && f.cased[i..j] != alias.folded[..] {
                continue;
            }
            let end = if ends_word(f, j, &alias.folded) {
                Some(j)
            } else if plural_allowed(alias)
                && f.lower.get(j) == Some(&'s')
                && ends_word(f, j + 1, &alias.folded)
            {
                Some(j + 1)
            } else {
                None
            };
            let Some(end) = end else { continue };
            if alias.exact_case && word_like(&alias.folded) && reads_as_english(line, f, i, end) {
                continue;
            }
            best = Some((alias.skill, end));
            break;
        }
    }
    best
}

/// A spelling that could be an English word: lower case after its first
/// letter (`Go`, `Spring`), unlike acronyms (`REST`, `SQS`, `IaC`).
fn word_like(folded: &[char]) -> bool {
    folded.iter().skip(1).all(|c| !c.is_uppercase())
}

fn plural_allowed(alias: &super::lexicon::Alias) -> bool {
    !alias.exact_case
        && alias.folded.len() >= 3
        && alias.folded.last().is_some_and(|c| c.is_ascii_alphabetic())
}

/// Whether a name ending just before `j` ends a word there: no letter or
/// digit follows, nor `+`/`#` after a letter (`C` is not `C++`), nor a dot
/// that continues the name (`Node` in `Node.js`).
fn ends_word(f: &Folded, j: usize, alias: &[char]) -> bool {
    let Some(&c) = f.lower.get(j) else {
        return true;
    };
    if is_word(c) {
        return false;
    }
    let ends_in_word = alias.last().is_some_and(|&l| is_word(l));
    if ends_in_word && (c == '+' || c == '#') {
        return false;
    }
    if c == '.' && f.lower.get(j + 1).is_some_and(|&n| is_word(n)) {
        return false;
    }
    true
}

/// An exact-case name that reads as an English word: followed by a word
/// such as `to` or `live`, or opening a sentence and followed by a
/// lower-case word that does not confirm the skill.
fn reads_as_english(line: &str, f: &Folded, start: usize, end: usize) -> bool {
    let rest = &line[f.byte[end]..];
    let next_word: String = rest
        .trim_start_matches([' ', '\t'])
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let separated = rest.starts_with([' ', '\t']);
    if separated && ENGLISH_FOLLOWERS.contains(&next_word.to_lowercase().as_str()) {
        return true;
    }
    if !opens_sentence(&line[..f.byte[start]]) {
        return false;
    }
    let Some(first) = next_word.chars().next() else {
        return false;
    };
    if !separated || first.is_uppercase() || first.is_ascii_digit() {
        return false;
    }
    !CONFIRMING.contains(&next_word.to_lowercase().as_str())
}

/// Whether text before a word leaves it at the start of a sentence: only
/// list markers and punctuation before it, or a sentence end.
fn opens_sentence(before: &str) -> bool {
    let trimmed = before.trim_end();
    if trimmed.is_empty() {
        return true;
    }
    if trimmed.ends_with(['.', '!', '?', ':']) {
        return true;
    }
    trimmed
        .chars()
        .all(|c| !c.is_alphanumeric() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Vec<&'static str> {
        let lexicon = Lexicon::builtin();
        scan_line(lexicon, line)
            .into_iter()
            .map(|m| lexicon.skill(m.skill).name)
            .collect()
    }

    #[test]
    fn symbols_stay_part_of_names() {
        assert_eq!(
            names("C++, C#, Node.js, .NET and CI/CD"),
            ["C++", "C#", "Node.js", ".NET", "CI/CD"]
        );
        assert_eq!(names("We use C and F# daily"), ["C", "F#"]);
        assert_eq!(names("ASP.NET Core services"), ["ASP.NET"]);
    }

    #[test]
    fn aliases_name_canonical_skills() {
        assert_eq!(
            names("k8s, Postgres, GCP, Golang"),
            ["Kubernetes", "PostgreSQL", "Google Cloud Platform", "Go"]
        );
        assert_eq!(
            names("Experience on Google Cloud"),
            ["Google Cloud Platform"]
        );
    }

    #[test]
    fn go_the_language_is_told_apart_from_the_verb() {
        assert_eq!(
            names("Strong experience in Go and Python"),
            ["Go", "Python"]
        );
        assert_eq!(names("- Go, Rust or Java"), ["Go", "Rust", "Java"]);
        assert_eq!(names("Go services on Kubernetes"), ["Go", "Kubernetes"]);
        assert!(names("Go beyond the job description.").is_empty());
        assert!(names("You will go the extra mile").is_empty());
        assert!(names("Our go-to-market team").is_empty());
        assert!(names("Ready to Go to the next level").is_empty());
        assert!(names("Google and Golden").is_empty());
    }

    #[test]
    fn short_names_never_match_inside_words() {
        assert!(names("javascripting rustic scalar crusty reactor").is_empty());
        assert_eq!(names("JavaScript, not Java"), ["JavaScript", "Java"]);
        assert!(names("The rest of the team").is_empty());
        assert_eq!(names("REST and gRPC APIs"), ["REST", "gRPC"]);
        assert!(names("Spring break, Swift response").len() <= 1);
    }

    #[test]
    fn names_sharing_a_word_chain() {
        assert_eq!(names("REST API design"), ["REST", "API design"]);
        assert_eq!(names("Google Cloud Platform"), ["Google Cloud Platform"]);
        assert_eq!(names("Microsoft SQL Server"), ["Microsoft SQL Server"]);
    }

    #[test]
    fn plurals_and_hyphens_fold() {
        assert_eq!(names("relational databases"), ["Relational databases"]);
        assert_eq!(names("event driven systems"), ["Event-driven architecture"]);
        assert_eq!(names("on call"), ["On-call"]);
    }

    #[test]
    fn byte_ranges_point_at_the_spelling() {
        let line = "Use  Kubernetes—daily";
        let m = scan_line(Lexicon::builtin(), line);
        assert_eq!(&line[m[0].start..m[0].end], "Kubernetes");
    }
}
