//! Which section kind a heading title names ("💼 Work Experience" is
//! experience), so that an imported resume gets the right tips and rules.

use crate::resume::SectionKind;

/// The section kind a heading title names, or `Custom`. Case, punctuation and
/// emoji are ignored; "Leadership & Mentoring" and "Talks, Patents & Open
/// Source" name one kind through each of their parts.
pub fn kind_for_title(title: &str) -> SectionKind {
    let mut phrase: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut phrases: Vec<Vec<String>> = Vec::new();
    let end_word = |word: &mut String, phrase: &mut Vec<String>, phrases: &mut Vec<_>| {
        if word == "and" {
            phrases.push(std::mem::take(phrase));
        } else if !word.is_empty() {
            phrase.push(std::mem::take(word));
        }
        word.clear();
    };
    for c in title.chars() {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else {
            end_word(&mut word, &mut phrase, &mut phrases);
            if matches!(
                c,
                ',' | '&' | '/' | '|' | '+' | ';' | '·' | '•' | '—' | '–' | ':'
            ) {
                phrases.push(std::mem::take(&mut phrase));
            }
        }
    }
    end_word(&mut word, &mut phrase, &mut phrases);
    phrases.push(phrase);
    let first = phrases
        .into_iter()
        .find(|p| !p.is_empty())
        .unwrap_or_default();
    let filler = [
        "selected", "key", "my", "recent", "relevant", "notable", "core",
    ];
    let start = first
        .iter()
        .take_while(|w| filler.contains(&w.as_str()))
        .count();
    phrase_kind(&first[start..].join(" "))
}

fn phrase_kind(phrase: &str) -> SectionKind {
    use SectionKind::*;
    match phrase {
        "summary"
        | "profile"
        | "about"
        | "about me"
        | "professional summary"
        | "objective"
        | "career objective"
        | "career summary"
        | "professional profile"
        | "overview" => Summary,
        "experience"
        | "work experience"
        | "work history"
        | "employment"
        | "professional experience"
        | "employment history"
        | "career history"
        | "industry experience" => Experience,
        "projects"
        | "project"
        | "personal projects"
        | "side projects"
        | "academic projects"
        | "open source projects" => Projects,
        "skills" | "technical skills" | "tech stack" | "technologies" | "tools" => Skills,
        "education" | "academic" | "academics" | "academic background" => Education,
        "talks"
        | "publications"
        | "open source"
        | "patents"
        | "speaking"
        | "awards"
        | "conference talks"
        | "honors"
        | "honours"
        | "recognition"
        | "achievements"
        | "open source contributions"
        | "presentations" => Recognition,
        "leadership" | "mentoring" | "mentorship" | "team leadership" | "technical leadership" => {
            Leadership
        }
        "architecture" | "impact" | "system design" | "business impact" => Architecture,
        _ => Custom,
    }
}
