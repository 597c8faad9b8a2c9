//! `posting-skill`: with a job posting given, an info finding "The posting
//! asks for X" on the line where X would be added (the Skills line of its
//! kind, the most recent role, Education), for the skills the posting
//! requires that the resume does not name. Skills going to the same line
//! share one finding, and only the first few are named, so a long posting
//! does not bury the coach's other advice.

use std::collections::HashSet;

use crate::guide::jobs::{Lexicon, Placement, Placer, Posting, SkillId};
use crate::resume::{Resume, SectionId, SectionKind};

use super::finding::{Finding, Severity, rule};

/// The most missing skills the findings name; the rest are counted.
pub(crate) const MAX_NAMED: usize = 8;

/// What the coach keeps of a posting: the skills it requires, in its order.
pub(crate) fn required_skills(posting: &Posting) -> Vec<SkillId> {
    posting
        .skills
        .iter()
        .filter(|a| a.required)
        .map(|a| a.skill)
        .collect()
}

/// A skill's name inside a sentence: practices and domains read in lower
/// case ("code review", "payments"); names and acronyms keep theirs.
fn in_sentence(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(name.chars().skip(1)).collect()
        }
        _ => name.to_string(),
    }
}

/// "Go", "Go and Rust", "Go, Rust and Kafka".
fn listed<S: AsRef<str>>(names: &[S]) -> String {
    let names: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// One finding per place, in the posting's order of the first skill each
/// place takes.
pub(crate) fn findings(
    resume: &Resume,
    required: &[SkillId],
    named: &HashSet<SkillId>,
) -> Vec<Finding> {
    let lexicon = Lexicon::builtin();
    let missing: Vec<SkillId> = required
        .iter()
        .copied()
        .filter(|s| !named.contains(s))
        .collect();
    if missing.is_empty() {
        return Vec::new();
    }
    let placer = Placer::new(resume);
    type Place = (Option<SectionId>, usize, SectionKind);
    let mut groups: Vec<(Place, Placement, Vec<&'static str>)> = Vec::new();
    for &skill in missing.iter().take(MAX_NAMED) {
        let placement = placer.place(lexicon, skill);
        let key = (placement.section, placement.line, placement.kind);
        let name = lexicon.skill(skill).name;
        match groups.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, names)) => names.push(name),
            None => groups.push((key, placement, vec![name])),
        }
    }
    let more = missing.len().saturating_sub(MAX_NAMED);
    let last = groups.len() - 1;
    groups
        .into_iter()
        .enumerate()
        .map(|(i, (_, placement, names))| {
            let mut message = message(resume, &placement, &names);
            if i == last && more > 0 {
                message.push_str(&format!(
                    " It requires {more} more your resume does not name (see the job match)."
                ));
            }
            Finding {
                rule: rule::POSTING_SKILL,
                severity: Severity::Info,
                section: placement.section,
                line: placement.section.map(|_| placement.line),
                column: 0,
                message,
                excerpt: names.join(", "),
                fix: None,
            }
        })
        .collect()
}

fn message(resume: &Resume, placement: &Placement, names: &[&str]) -> String {
    let list = if placement.kind == SectionKind::Experience {
        listed(&names.iter().map(|n| in_sentence(n)).collect::<Vec<_>>())
    } else {
        listed(names)
    };
    let it = if names.len() == 1 { "it" } else { "them" };
    if placement.section.is_none() {
        return format!(
            "The posting asks for {list}, and the resume has no {} section to show {it} in.",
            placement.describe(resume)
        );
    }
    match placement.kind {
        SectionKind::Experience => {
            format!("The posting asks for {list}: show {it} in this role if you have done {it}.")
        }
        SectionKind::Education => {
            format!("The posting asks for {list}: add {it} here if you have {it}.")
        }
        _ => format!("The posting asks for {list}: list {it} here if you know {it}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::coach::Report;
    use crate::guide::jobs::read_posting;
    use crate::resume::{Level, resume_from_markdown};

    const RESUME: &str = "# Sam Example
sam@example.com · github.com/samexample

## Summary

Back-end engineer with 6 years of Go services.

## Skills

**Languages:** Go, Python
**Databases:** PostgreSQL, Redis

## Experience

### Senior Engineer — Acme Pay
*Mar 2021 – Present*
- Cut p99 latency of the payments API from 800 ms to 200 ms.
- Built a ledger in PostgreSQL serving 2 M transactions a day.

### Engineer — Pixel Games
*Jan 2018 – Feb 2021*
- Built the matchmaking service in Go for 300 k daily players.

## Education

B.S. Computer Science, State University, 2017
";

    const POSTING: &str = "Senior Backend Engineer

Requirements
- 5+ years of Go and PostgreSQL
- MongoDB and Cassandra in production
- You practice code review and take part in on-call

Nice to have
- Rust
";

    fn resume() -> Resume {
        resume_from_markdown(RESUME, Level::Mid).unwrap()
    }

    fn posting(text: &str) -> Posting {
        read_posting(Lexicon::builtin(), text).unwrap()
    }

    fn posting_findings(report: &Report) -> Vec<&Finding> {
        report
            .all_findings()
            .filter(|f| f.rule == rule::POSTING_SKILL)
            .collect()
    }

    fn line<'a>(resume: &'a Resume, f: &Finding) -> &'a str {
        let body = &resume.section(f.section.unwrap()).unwrap().body;
        body.split('\n').nth(f.line.unwrap()).unwrap()
    }

    #[test]
    fn missing_required_skills_are_shown_where_they_belong() {
        let r = resume();
        let report = Report::with_posting(&r, Some(&posting(POSTING)));
        assert!(report.has_posting());
        let found = posting_findings(&report);
        assert_eq!(found.len(), 2, "{found:#?}");
        let skills = found[0];
        assert_eq!(skills.severity, Severity::Info);
        assert_eq!(
            skills.message,
            "The posting asks for MongoDB and Cassandra: list them here if you know them."
        );
        assert_eq!(line(&r, skills), "**Databases:** PostgreSQL, Redis");
        let role = found[1];
        assert_eq!(
            role.message,
            "The posting asks for code review and on-call: show them in this role if you have done them."
        );
        assert_eq!(
            line(&r, role),
            "- Built a ledger in PostgreSQL serving 2 M transactions a day."
        );
        // Preferred skills (Rust) and skills the resume names (Go) are not
        // mentioned; the findings never change a score.
        assert!(
            found
                .iter()
                .all(|f| !f.message.contains("Rust") && !f.message.contains(" Go"))
        );
        let plain = Report::new(&r);
        assert_eq!(plain.score(), report.score());
        for s in r.sections() {
            assert_eq!(plain.section_score(s.id), report.section_score(s.id));
            assert_eq!(plain.section_mark(s.id), report.section_mark(s.id));
        }
    }

    #[test]
    fn edits_and_level_changes_keep_the_posting_and_update_its_findings() {
        let mut r = resume();
        let mut report = Report::with_posting(&r, Some(&posting(POSTING)));
        let skills = r.first_of_kind(SectionKind::Skills).unwrap().id;
        r.section_mut(skills)
            .unwrap()
            .body
            .push_str("\n**NoSQL:** MongoDB");
        report.recheck_section(&r, skills);
        let found = posting_findings(&report);
        assert_eq!(found[0].excerpt, "Cassandra");
        r.set_level(Level::Senior);
        report.recheck_section(&r, skills);
        assert_eq!(posting_findings(&report).len(), 2);
        report.set_posting(&r, None);
        assert!(posting_findings(&report).is_empty() && !report.has_posting());
    }

    #[test]
    fn a_typeset_page_count_redoes_the_length_rule_and_keeps_the_posting() {
        let r = resume();
        let mut report = Report::with_posting(&r, Some(&posting(POSTING)));
        let before = posting_findings(&report).len();
        report.set_typeset_pages(Some(3));
        assert_eq!(posting_findings(&report).len(), before);
        report.set_typeset_pages(Some(1));
        assert_eq!(posting_findings(&report).len(), before, "never doubled");
    }

    #[test]
    fn without_a_skills_section_the_document_says_so() {
        let mut r = resume();
        let skills = r.first_of_kind(SectionKind::Skills).unwrap().id;
        r.remove_section(skills);
        let report = Report::with_posting(&r, Some(&posting("Requirements\n- Kafka\n")));
        let found = posting_findings(&report);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].section, None);
        assert_eq!(
            found[0].message,
            "The posting asks for Apache Kafka, and the resume has no Skills section to show it in."
        );
        assert!(report.document_findings().contains(found[0]));
    }

    #[test]
    fn a_long_posting_names_the_first_few_and_counts_the_rest() {
        let r = resume();
        let tools = "Kafka, RabbitMQ, MongoDB, Cassandra, Kubernetes, Terraform, Rust, Java, Kotlin, Scala, Elixir";
        let report =
            Report::with_posting(&r, Some(&posting(&format!("Requirements\n- {tools}\n"))));
        let found = posting_findings(&report);
        let named: usize = found.iter().map(|f| f.excerpt.split(", ").count()).sum();
        assert_eq!(named, MAX_NAMED);
        assert!(
            found
                .last()
                .unwrap()
                .message
                .ends_with("It requires 3 more your resume does not name (see the job match).")
        );
    }

    #[test]
    fn names_read_as_a_list() {
        assert_eq!(listed(&["Go"]), "Go");
        assert_eq!(listed(&["Go", "Rust"]), "Go and Rust");
        assert_eq!(listed(&["Go", "Rust", "Kafka"]), "Go, Rust and Kafka");
        assert_eq!(in_sentence("Code review"), "code review");
        assert_eq!(in_sentence("TDD"), "TDD");
        assert_eq!(in_sentence("SLOs"), "SLOs");
    }
}
