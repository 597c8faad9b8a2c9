//! Entries of a job timeline that are no jobs: a degree listed among the
//! jobs (German CVs often keep one timeline: "2015 – 2017: Studium …,
//! SAE Institute") and time off ("2011: Elternzeit").

use super::super::model::{Entry, EntryKind};
use super::super::words::{is_degree_like, is_role_like};

/// Words that open the name of a course of study rather than a job.
const STUDY_OPENERS: &[&str] = &[
    "studium",
    "study",
    "studies",
    "bachelor",
    "bachelor's",
    "bachelors",
    "master",
    "master's",
    "masters",
    "b.sc.",
    "b.sc",
    "bsc",
    "m.sc.",
    "m.sc",
    "msc",
    "b.s.",
    "m.s.",
    "b.a.",
    "m.a.",
    "mba",
    "diplom",
    "diploma",
    "abitur",
    "licence",
    "licenciatura",
    "grado",
    "máster",
    "mestrado",
    "bacharelado",
    "degree",
];

/// Words in the names of places of study.
const SCHOOL_WORDS: &[&str] = &[
    "university",
    "universität",
    "universitat",
    "université",
    "universidad",
    "universidade",
    "università",
    "universiteit",
    "college",
    "school",
    "hochschule",
    "fachhochschule",
    "école",
    "academy",
    "akademie",
];

/// Time off, in the languages read.
const BREAKS: &[&str] = &[
    "elternzeit",
    "mutterschutz",
    "parental leave",
    "maternity leave",
    "paternity leave",
    "family leave",
    "career break",
    "sabbatical",
    "congé parental",
    "congé maternité",
    "licencia de maternidad",
    "licencia de paternidad",
    "licença maternidade",
    "licença-maternidade",
    "ouderschapsverlof",
];

/// What an entry of a job timeline is: a job unless its name reads as a
/// course of study (and not a role: "Doktorandin" is employed) or as time
/// off.
pub(super) fn kind_in_timeline(entry: &Entry) -> EntryKind {
    let parts: Vec<&str> = [&entry.role, &entry.organisation]
        .into_iter()
        .flatten()
        .map(|f| f.text.as_str())
        .collect();
    if parts.iter().any(|p| is_role_like(p)) {
        return EntryKind::Listed;
    }
    let lower: Vec<String> = parts.iter().map(|p| p.to_lowercase()).collect();
    if lower
        .iter()
        .any(|p| BREAKS.iter().any(|b| p.starts_with(b)))
    {
        return EntryKind::Break;
    }
    let opens_study = |text: &str| {
        text.split_whitespace()
            .next()
            .is_some_and(|w| STUDY_OPENERS.contains(&w.trim_end_matches([',', ':'])))
    };
    let at_school = |text: &str| {
        text.split(|c: char| c.is_whitespace() || c == ',' || c == '-')
            .any(|w| SCHOOL_WORDS.contains(&w))
    };
    let study = lower.iter().any(|p| opens_study(p))
        || (parts.iter().any(|p| is_degree_like(p)) && lower.iter().any(|p| at_school(p)));
    if study {
        EntryKind::Schooling
    } else {
        EntryKind::Listed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::reading::model::Field;

    fn entry(role: &str, organisation: &str) -> Entry {
        let field = |t: &str| (!t.is_empty()).then(|| Field::new(t, 0..0));
        Entry {
            role: field(role),
            organisation: field(organisation),
            ..Entry::default()
        }
    }

    #[test]
    fn degrees_and_leave_in_a_timeline_are_no_jobs() {
        let kind = |r, o| kind_in_timeline(&entry(r, o));
        assert_eq!(
            kind("Studium Biologie (Diplom)", "Universität Leipzig"),
            EntryKind::Schooling
        );
        assert_eq!(
            kind("Master of Science in Physics", "ETH Zürich"),
            EntryKind::Schooling
        );
        assert_eq!(
            kind("Computer Engineering", "Fachhochschule Kiel"),
            EntryKind::Schooling
        );
        assert_eq!(kind("", "Elternzeit"), EntryKind::Break);
        assert_eq!(kind("Sabbatical", "travel in Asia"), EntryKind::Break);
        // Roles stay jobs, at a university or with a degree word in them.
        assert_eq!(
            kind("Doktorandin", "Max-Planck-Institut Leipzig"),
            EntryKind::Listed
        );
        assert_eq!(
            kind("Teaching Assistant", "Georgia Institute of Technology"),
            EntryKind::Listed
        );
        assert_eq!(kind("Master Data Analyst", "Acme"), EntryKind::Listed);
        assert_eq!(kind("Kellner", "Café Rosa"), EntryKind::Listed);
    }

    #[test]
    fn a_mixed_timeline_reads_jobs_and_schooling_apart() {
        use crate::resume::reading::model::SectionReading;
        use crate::resume::reading::{Reading, blocks, entries::read};
        use crate::resume::{SectionId, SectionKind};
        let body = "**2016 - 2020:** Webentwicklerin, Kreativhaus GmbH  \n\
                    **2011**: Elternzeit  \n\
                    **1998 - 2005:** Studium Biologie (Diplom), Universität Leipzig";
        let mut out = SectionReading::new(SectionId(1), SectionKind::Experience, "Werdegang");
        read(
            &blocks::parse(body),
            SectionKind::Experience,
            None,
            &mut out,
        );
        let reading = Reading {
            sections: vec![out],
            ..Reading::default()
        };
        let names = |kind| -> Vec<String> {
            reading
                .entries_of(kind)
                .filter_map(|e| e.organisation.as_ref().map(|f| f.text.clone()))
                .collect()
        };
        assert_eq!(names(SectionKind::Experience), ["Kreativhaus GmbH"]);
        assert_eq!(names(SectionKind::Education), ["Universität Leipzig"]);
        // All three are still read where they are written.
        assert_eq!(reading.sections[0].entries.len(), 3);
    }
}
