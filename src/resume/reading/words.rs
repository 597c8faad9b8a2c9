//! Words that tell the parts of an entry apart: a role ("Senior Engineer",
//! "Werkstudent"), an organisation ("Acme Inc.", "State University"), a
//! degree ("B.Sc. Computer Science").

/// Words found in job titles, in the languages read.
const ROLE_WORDS: &[&str] = &[
    "engineer",
    "developer",
    "dev",
    "programmer",
    "architect",
    "intern",
    "internship",
    "trainee",
    "apprentice",
    "manager",
    "lead",
    "leader",
    "head",
    "director",
    "cto",
    "ceo",
    "cio",
    "vp",
    "founder",
    "co-founder",
    "cofounder",
    "consultant",
    "analyst",
    "scientist",
    "administrator",
    "admin",
    "designer",
    "sre",
    "devops",
    "specialist",
    "researcher",
    "assistant",
    "associate",
    "officer",
    "technician",
    "teacher",
    "instructor",
    "tutor",
    "freelance",
    "freelancer",
    "contractor",
    "owner",
    "principal",
    "staff",
    "senior",
    "junior",
    "sr",
    "jr",
    "student",
    "fellow",
    "maintainer",
    "contributor",
    "volunteer",
    "coordinator",
    "tester",
    "qa",
    "president",
    "member",
    "partner",
    "advisor",
    "mentor",
    "coach",
    "ingenieur",
    "ingénieur",
    "entwickler",
    "softwareentwickler",
    "werkstudent",
    "praktikant",
    "berater",
    "leiter",
    "développeur",
    "developpeur",
    "stagiaire",
    "chef",
    "desarrollador",
    "ingeniero",
    "becario",
    "desenvolvedor",
    "engenheiro",
    "estagiário",
    "analista",
    "gerente",
    "programador",
    "professor",
    "lecturer",
    "postdoc",
    "phd",
    "writer",
    "editor",
    "operator",
    "support",
    "développeuse",
    "developpeuse",
    "desarrolladora",
    "entwicklerin",
    "ingenieurin",
    "engenheira",
    "desenvolvedora",
    "sviluppatrice",
    "sviluppatore",
    "ontwikkelaar",
    "ingegnere",
    "alternant",
    "alternante",
    "alternance",
    "werkstudentin",
    "praktikantin",
    "beraterin",
    "leiterin",
    "studentin",
    "fachinformatiker",
    "auszubildender",
    "doktorandin",
    "doktorand",
    "assistenz",
    "estagiária",
    "consultora",
];

/// Words found in organisation names.
const ORG_WORDS: &[&str] = &[
    "inc",
    "inc.",
    "llc",
    "ltd",
    "ltd.",
    "gmbh",
    "ag",
    "corp",
    "corp.",
    "corporation",
    "company",
    "co.",
    "sa",
    "s.a.",
    "sas",
    "bv",
    "b.v.",
    "plc",
    "university",
    "universität",
    "universitat",
    "università",
    "universiteit",
    "université",
    "universidad",
    "universidade",
    "college",
    "school",
    "institute",
    "institut",
    "instituto",
    "academy",
    "bank",
    "labs",
    "lab",
    "group",
    "technologies",
    "solutions",
    "systems",
    "software",
    "studio",
    "studios",
    "agency",
    "foundation",
    "hochschule",
    "gmbh.",
    "limited",
    "pvt",
    "startup",
    "consulting",
    "services",
    "ventures",
    "media",
    "games",
    "health",
    "capital",
];

/// Words that open a degree.
const DEGREE_WORDS: &[&str] = &[
    "bachelor",
    "bachelor's",
    "bachelors",
    "master",
    "master's",
    "masters",
    "b.s.",
    "b.s",
    "bs",
    "b.sc.",
    "b.sc",
    "bsc",
    "m.s.",
    "m.s",
    "ms",
    "m.sc.",
    "m.sc",
    "msc",
    "b.a.",
    "ba",
    "m.a.",
    "ma",
    "ph.d.",
    "phd",
    "ph.d",
    "doctor",
    "doctorate",
    "diploma",
    "diplom",
    "associate",
    "associate's",
    "b.e.",
    "b.tech",
    "btech",
    "m.tech",
    "mtech",
    "b.eng",
    "m.eng",
    "beng",
    "meng",
    "mba",
    "a.s.",
    "certificate",
    "licence",
    "licenciatura",
    "grado",
    "máster",
    "bacharelado",
    "mestrado",
    "high",
    "abitur",
    "bootcamp",
    "course",
    "degree",
    "minor",
    "major",
    "dual",
];

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '(' | ')' | '&' | '|'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.trim_matches(|c: char| c == ':' || c == ';')
                .to_lowercase()
        })
}

/// Whether the text reads like a job title.
pub fn is_role_like(text: &str) -> bool {
    words(text).any(|w| {
        let w = w.trim_end_matches('.');
        ROLE_WORDS.contains(&w)
            || w.ends_with("engineer")
            || w.ends_with("developer")
            || w.ends_with("entwickler")
            || w.ends_with("entwicklerin")
            || w.ends_with("ingenieur")
            || w.ends_with("ingenieurin")
    })
}

/// Whether the text reads like an organisation's name.
pub fn is_org_like(text: &str) -> bool {
    words(text)
        .any(|w| ORG_WORDS.contains(&w.as_str()) || ORG_WORDS.contains(&w.trim_end_matches('.')))
}

/// Whether the text reads like a degree.
pub fn is_degree_like(text: &str) -> bool {
    words(text).any(|w| DEGREE_WORDS.contains(&w.as_str()))
        || text.contains("Computer Science")
        || text.contains("Engineering")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_organisations_and_degrees() {
        assert!(is_role_like("Senior Back-End Engineer"));
        assert!(is_role_like("Softwareentwickler"));
        assert!(is_role_like("Desarrollador Backend"));
        assert!(!is_role_like("Acme Pay"));
        assert!(is_org_like("Acme Inc."));
        assert!(is_org_like("State University"));
        assert!(!is_org_like("Backend Engineer"));
        assert!(is_degree_like("B.Sc. Computer Science"));
        assert!(is_degree_like("Master of Science"));
        assert!(!is_degree_like("Acme Pay"));
    }
}
