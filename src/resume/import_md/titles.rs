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
    let title = without_macros(title);
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
        "selected",
        "key",
        "my",
        "recent",
        "relevant",
        "notable",
        "core",
        "featured",
        "technical",
        "professional",
        "other",
        "additional",
        "previous",
        "main",
    ];
    let start = first
        .iter()
        .take_while(|w| filler.contains(&w.as_str()))
        .count();
    phrase_kind(&first[start..].join(" "))
}

fn phrase_kind(phrase: &str) -> SectionKind {
    use SectionKind::*;
    let kind = exact_kind(phrase);
    if kind != Custom {
        return kind;
    }
    // "Experiences", "Talks": the singular names the same kind.
    let singular: Vec<&str> = phrase
        .split(' ')
        .map(|w| w.strip_suffix('s').filter(|s| s.len() > 3).unwrap_or(w))
        .collect();
    exact_kind(&singular.join(" "))
}

/// Titles in more languages and shapes, read before the main table.
const MORE_TITLES: &[(&str, SectionKind)] = &[
    ("profilo professionale", SectionKind::Summary),
    ("chi sono", SectionKind::Summary),
    ("esperienze professionali", SectionKind::Experience),
    ("current role", SectionKind::Experience),
    ("previous role", SectionKind::Experience),
    ("earlier role", SectionKind::Experience),
    ("past role", SectionKind::Experience),
    ("experiências", SectionKind::Experience),
    ("projets personnels", SectionKind::Projects),
    ("proyectos destacados", SectionKind::Projects),
    ("proyectos personales", SectionKind::Projects),
    ("projetos pessoais", SectionKind::Projects),
    ("progetti personali", SectionKind::Projects),
    ("persönliche projekte", SectionKind::Projects),
    ("competenze informatiche", SectionKind::Skills),
    ("compétences techniques", SectionKind::Skills),
    ("fachkenntnisse", SectionKind::Skills),
    ("technical strengths", SectionKind::Skills),
];

fn exact_kind(phrase: &str) -> SectionKind {
    use SectionKind::*;
    if let Some(&(_, kind)) = MORE_TITLES.iter().find(|(t, _)| *t == phrase) {
        return kind;
    }
    match phrase {
        "summary"
        | "profile"
        | "about"
        | "about me"
        | "objective"
        | "career objective"
        | "career summary"
        | "overview"
        | "introduction"
        | "bio"
        | "who i am"
        | "personal statement"
        | "executive summary"
        | "resumo"
        | "resumen"
        | "perfil"
        | "profil"
        | "kurzprofil"
        | "über mich"
        | "uber mich"
        | "à propos"
        | "a propos"
        | "profilo"
        | "sobre mim"
        | "sobre mí"
        | "samenvatting"
        | "profiel"
        | "zusammenfassung"
        | "résumé"
        | "summary of qualifications"
        | "professional profile"
        | "perfil profesional"
        | "perfil profissional"
        | "profil professionnel" => Summary,
        "experience"
        | "work experience"
        | "work history"
        | "employment"
        | "employment history"
        | "career"
        | "career history"
        | "industry experience"
        | "professional background"
        | "engineering experience"
        | "software engineering experience"
        | "positions"
        | "berufserfahrung"
        | "berufliche erfahrung"
        | "werdegang"
        | "beruflicher werdegang"
        | "erfahrung"
        | "praxiserfahrung"
        | "expérience"
        | "expérience professionnelle"
        | "parcours professionnel"
        | "parcours"
        | "experiencia"
        | "experiencia laboral"
        | "experiencia profesional"
        | "experiência"
        | "experiência profissional"
        | "esperienza"
        | "esperienza professionale"
        | "esperienza lavorativa"
        | "esperienze lavorative"
        | "esperienze"
        | "ervaring"
        | "werkervaring"
        | "arbeitserfahrung"
        | "work" => Experience,
        "project"
        | "personal project"
        | "side project"
        | "academic project"
        | "open source project"
        | "hobby project"
        | "portfolio"
        | "projekte"
        | "projekt"
        | "projet"
        | "projets"
        | "proyecto"
        | "proyectos"
        | "projeto"
        | "projetos"
        | "progetti"
        | "progetto"
        | "projecten"
        | "project experience"
        | "things i ve built" => Projects,
        "skill"
        | "tech stack"
        | "technologies"
        | "technology"
        | "tool"
        | "tools"
        | "toolbox"
        | "stack"
        | "competencies"
        | "competences"
        | "competency"
        | "strengths"
        | "expertise"
        | "areas of expertise"
        | "kenntnisse"
        | "fähigkeiten"
        | "kompetenzen"
        | "technische kenntnisse"
        | "it kenntnisse"
        | "compétences"
        | "compétences techniques"
        | "habilidades"
        | "competencias"
        | "conocimientos"
        | "habilidades técnicas"
        | "competências"
        | "conhecimentos"
        | "competenze"
        | "competenze tecniche"
        | "vaardigheden"
        | "technische vaardigheden"
        | "skills and tools"
        | "skillset"
        | "skill set"
        | "languages and tools"
        | "languages and technologies" => Skills,
        "education"
        | "academic"
        | "academics"
        | "academic background"
        | "ausbildung"
        | "bildung"
        | "studium"
        | "bildungsweg"
        | "formation"
        | "éducation"
        | "educación"
        | "formación"
        | "formación académica"
        | "estudios"
        | "formação"
        | "formação acadêmica"
        | "formação académica"
        | "educação"
        | "istruzione"
        | "formazione"
        | "opleiding"
        | "opleidingen"
        | "onderwijs"
        | "studies"
        | "schooling" => Education,
        "talk"
        | "publication"
        | "open source"
        | "patent"
        | "speaking"
        | "award"
        | "conference talk"
        | "honors"
        | "honours"
        | "honor"
        | "recognition"
        | "achievement"
        | "open source contribution"
        | "presentation"
        | "publikationen"
        | "vorträge"
        | "auszeichnungen"
        | "awards and honors" => Recognition,
        "leadership" | "mentoring" | "mentorship" | "team leadership" | "leadership experience" => {
            Leadership
        }
        "architecture" | "impact" | "system design" | "business impact" => Architecture,
        _ => Custom,
    }
}

/// The title without LaTeX-style macros (`\textemoji{💼} Experience`).
fn without_macros(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut rest = title;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let name_len = after
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(after.len());
        let after_name = &after[name_len..];
        rest = match after_name.strip_prefix('{') {
            Some(inner) => inner.find('}').map_or("", |close| &inner[close + 1..]),
            None => after_name,
        };
    }
    out.push_str(rest);
    out
}
