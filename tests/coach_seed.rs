//! The level guide's own example bullets (facts and figures kept, wording
//! the project's) must pass the coach at their level, and its example with a
//! template slot left in must be caught.

use resumd::guide::coach::{Finding, Report, Severity, rule};
use resumd::resume::{Level, Resume, SectionKind};

const ROLE: &str = "### Backend Engineer — Acme\n*2019 – 2023*\n\n";
const PROJECT: &str = "### Shelf — Django, PostgreSQL\nA booking API for the book club.\n\n";

/// Findings on the bullet line of a section of `kind` holding `prefix` (a
/// role or project heading, or nothing) and then the bullet.
fn bullet_findings(level: Level, kind: SectionKind, prefix: &str, bullet: &str) -> Vec<Finding> {
    let mut resume = Resume::new(level);
    let id = match resume.first_of_kind(kind) {
        Some(s) => s.id,
        None => resume.push_section(kind, kind.default_title(), ""),
    };
    let line = prefix.matches('\n').count();
    resume.section_mut(id).unwrap().body = format!("{prefix}- {bullet}");
    let report = Report::new(&resume);
    report
        .section_findings(id)
        .iter()
        .filter(|f| f.line == Some(line))
        .cloned()
        .collect()
}

#[test]
fn the_guides_examples_raise_no_warning_at_their_level() {
    use SectionKind::*;
    let examples = [
        (
            Level::Junior,
            Projects,
            PROJECT,
            "Designed a database schema of 5 normalized tables to hold user data.",
        ),
        (
            Level::Mid,
            Experience,
            ROLE,
            "Reduced p99 API latency from 800ms down to 200ms.",
        ),
        (
            Level::Mid,
            Experience,
            ROLE,
            "Scaled the system to absorb a 5x increase in concurrent users.",
        ),
        (
            Level::Mid,
            Experience,
            ROLE,
            "Designed the database schema and the API contract for a new billing service.",
        ),
        (
            Level::Senior,
            Architecture,
            "",
            "Architected a new event-driven platform that set the standard for all new services.",
        ),
        (
            Level::Senior,
            Experience,
            ROLE,
            "Led a platform migration that brought a $1.5M annual reduction in operational costs.",
        ),
        (
            Level::Senior,
            Leadership,
            ROLE,
            "Grew the backend engineering team from 5 to 15 and set up our formal code review process.",
        ),
    ];
    for (level, kind, prefix, bullet) in examples {
        let findings = bullet_findings(level, kind, prefix, bullet);
        let serious: Vec<_> = findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .collect();
        assert!(serious.is_empty(), "{level} {bullet}\n{serious:#?}");
    }
}

#[test]
fn the_keynote_example_with_its_template_slot_is_caught() {
    let findings = bullet_findings(
        Level::Senior,
        SectionKind::Recognition,
        "",
        "Presented a keynote on distributed systems at [Conference Name].",
    );
    let placeholder: Vec<_> = findings
        .iter()
        .filter(|f| f.rule == rule::PLACEHOLDER)
        .collect();
    assert_eq!(placeholder.len(), 1, "{findings:#?}");
    assert_eq!(placeholder[0].severity, Severity::Error);
    assert_eq!(placeholder[0].excerpt, "[Conference Name]");
    // Filled in, it is fine.
    let filled = bullet_findings(
        Level::Senior,
        SectionKind::Recognition,
        "",
        "Presented a keynote on distributed systems at QCon London.",
    );
    assert!(filled.is_empty(), "{filled:#?}");
}

#[test]
fn the_guides_summaries_meet_their_levels_summary_rules() {
    let summaries = [
        (
            Level::Junior,
            "Motivated junior back-end developer grounded in Python, SQL and REST API work, with server-side apps built and tested in academic projects.",
        ),
        (
            Level::Mid,
            "Back-end engineer with 6 years of designing, building and deploying scalable cloud microservices; made APIs 50% faster through database tuning and caching. Go, PostgreSQL, Docker, AWS.",
        ),
        (
            Level::Senior,
            "Principal back-end engineer with 15 years of architecting and scaling distributed systems in Java, who builds and mentors strong teams and drives technical strategy.",
        ),
    ];
    for (level, text) in summaries {
        let mut resume = Resume::new(level);
        let id = resume.first_of_kind(SectionKind::Summary).unwrap().id;
        resume.section_mut(id).unwrap().body = text.into();
        let report = Report::new(&resume);
        let found: Vec<_> = report.section_findings(id).iter().map(|f| f.rule).collect();
        assert!(found.is_empty(), "{level}: {found:?}");
    }
}
