//! The coach on two real-world-shaped resumes from the JSON Resume project,
//! converted to Markdown here. Every assertion follows from the data: what
//! the resume says, a recruiter would see, and the coach must see too.

use resumd::guide::coach::{Finding, Report, Severity, rule};
use resumd::resume::{Level, Resume, SectionKind, resume_from_markdown};
use serde_json::Value;

const NEW_GRAD: &str = include_str!("fixtures/jsonresume/new-grad.resume.json");
const SENIOR: &str = include_str!("fixtures/jsonresume/senior-engineer.resume.json");

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or("")
}

fn list<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v[key].as_array().into_iter().flatten()
}

/// "2024-06-01" → "Jun 2024"; a missing date is the present.
fn date(v: &Value, key: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let raw = text(v, key);
    let mut parts = raw.split('-');
    match (
        parts.next(),
        parts.next().and_then(|m| m.parse::<usize>().ok()),
    ) {
        (Some(year), Some(month)) if (1..=12).contains(&month) => {
            format!("{} {year}", MONTHS[month - 1])
        }
        (Some(year), _) if !year.is_empty() => year.to_string(),
        _ => "Present".to_string(),
    }
}

/// JSON Resume → Markdown the way a user would lay it out in resumd.
fn to_markdown(json: &str) -> String {
    let v: Value = serde_json::from_str(json).unwrap();
    let basics = &v["basics"];
    let mut md = format!(
        "# {}\n\n{}\n\n",
        text(basics, "name"),
        text(basics, "label")
    );
    let mut contact = vec![
        text(basics, "email").to_string(),
        text(basics, "url").to_string(),
    ];
    contact.extend(
        list(basics, "profiles").map(|p| format!("[{}]({})", text(p, "network"), text(p, "url"))),
    );
    md.push_str(&contact.join(" · "));
    md.push_str(&format!("\n\n## Summary\n\n{}\n", text(basics, "summary")));

    md.push_str("\n## Experience\n");
    for job in list(&v, "work") {
        md.push_str(&format!(
            "\n### {} — {}\n*{} – {}* · {}\n\n{}\n\n",
            text(job, "position"),
            text(job, "name"),
            date(job, "startDate"),
            date(job, "endDate"),
            text(job, "location"),
            text(job, "summary"),
        ));
        for h in list(job, "highlights") {
            md.push_str(&format!("- {}\n", h.as_str().unwrap()));
        }
    }

    md.push_str("\n## Projects\n");
    for p in list(&v, "projects") {
        let stack: Vec<&str> = list(p, "keywords").filter_map(Value::as_str).collect();
        md.push_str(&format!(
            "\n### {}\n{}\n*Stack: {}*\n\n",
            text(p, "name"),
            text(p, "description"),
            stack.join(", ")
        ));
        for h in list(p, "highlights") {
            md.push_str(&format!("- {}\n", h.as_str().unwrap()));
        }
    }

    md.push_str("\n## Skills\n\n");
    for s in list(&v, "skills") {
        let words: Vec<&str> = list(s, "keywords").filter_map(Value::as_str).collect();
        md.push_str(&format!(
            "- **{}:** {}\n",
            text(s, "name"),
            words.join(", ")
        ));
    }

    md.push_str("\n## Education\n\n");
    for e in list(&v, "education") {
        md.push_str(&format!(
            "**{}, {}** — {}, {} – {}\n\n",
            text(e, "studyType"),
            text(e, "area"),
            text(e, "institution"),
            date(e, "startDate"),
            date(e, "endDate"),
        ));
    }

    let publications: Vec<String> = list(&v, "publications")
        .map(|p| {
            format!(
                "- *{}*, {}, {}\n",
                text(p, "name"),
                text(p, "publisher"),
                &text(p, "releaseDate")[..4]
            )
        })
        .collect();
    if !publications.is_empty() {
        md.push_str("\n## Publications\n\n");
        md.push_str(&publications.concat());
    }
    md
}

fn load(json: &str, level: Level) -> (Resume, Report) {
    let resume = resume_from_markdown(&to_markdown(json), level).unwrap();
    let report = Report::new(&resume);
    (resume, report)
}

fn rules(report: &Report) -> Vec<&'static str> {
    report.all_findings().map(|f| f.rule).collect()
}

/// The bullet text a finding points at.
fn bullet_of(resume: &Resume, f: &Finding) -> String {
    let body = &resume.section(f.section.unwrap()).unwrap().body;
    let line = body.lines().nth(f.line.unwrap()).unwrap();
    line.trim_start_matches("- ").to_string()
}

fn findings_in<'a>(resume: &Resume, report: &'a Report, kind: SectionKind) -> Vec<&'a Finding> {
    let id = resume.first_of_kind(kind).unwrap().id;
    report.section_findings(id).iter().collect()
}

#[test]
fn new_grad_at_junior() {
    let (resume, report) = load(NEW_GRAD, Level::Junior);
    let found = rules(&report);

    // The header has an email, a GitHub and a LinkedIn profile.
    assert!(!found.contains(&rule::GITHUB));
    assert!(!found.contains(&rule::CONTACT));
    assert!(!found.contains(&rule::PLACEHOLDER));
    // The summary talks about distributed systems and ML but names no
    // back-end language.
    assert!(found.contains(&rule::SUMMARY_LANGUAGE));
    // Skills: Python, SQL, REST, Docker and Git are there; no NoSQL store,
    // and the fundamentals appear only as course names under education.
    assert!(found.contains(&rule::SKILLS_NOSQL));
    assert!(found.contains(&rule::SKILLS_FUNDAMENTALS));
    for absent in [
        rule::SKILLS_LANGUAGE,
        rule::SKILLS_SQL,
        rule::SKILLS_API,
        rule::SKILLS_TOOLS,
    ] {
        assert!(!found.contains(&absent), "{absent}");
    }

    // Both projects carry a number (400+ students, 120+ stars)…
    let projects = findings_in(&resume, &report, SectionKind::Projects);
    let project_level = |f: &&&Finding| f.rule == rule::METRIC && f.severity == Severity::Warning;
    assert!(!projects.iter().any(|f| project_level(&f)), "{projects:#?}");
    // …and each states a problem, a stack and the author's part.
    assert!(
        !projects.iter().any(|f| f.rule == rule::PROJECT_DETAIL),
        "{projects:#?}"
    );

    // Internship bullets without a figure get a junior-level note.
    let experience = findings_in(&resume, &report, SectionKind::Experience);
    let mut unmeasured: Vec<String> = experience
        .iter()
        .filter(|f| f.rule == rule::METRIC)
        .map(|f| bullet_of(&resume, f))
        .collect();
    unmeasured.sort();
    assert_eq!(
        unmeasured,
        [
            "Reduced experiment turnaround from hours to minutes by caching intermediate embeddings",
            "Wrote the onboarding runbook used by the next intern cohort",
        ]
    );
    assert!(
        experience
            .iter()
            .filter(|f| f.rule == rule::METRIC)
            .all(|f| f.severity == Severity::Info)
    );

    assert!(report.words() < Level::Junior.word_budget());
    assert!(report.pages() < 1.1, "fits on a page: {}", report.pages());
    // A strong new-grad resume whose gaps are keywords, not substance.
    assert!(
        (75..=95).contains(&report.score()),
        "score {}",
        report.score()
    );

    // Closing the gaps the coach named raises the score.
    let fixed = NEW_GRAD
        .replace(
            "\"PostgreSQL\", \"Docker\"",
            "\"PostgreSQL\", \"Redis\", \"Docker\"",
        )
        .replace(
            "\"REST APIs\"]",
            "\"REST APIs\", \"Data Structures\", \"Algorithms\", \"Database Management\"]",
        )
        .replace(
            "Recent computer science graduate",
            "Recent computer science graduate working in Python and Go",
        );
    let (_, better) = load(&fixed, Level::Junior);
    let left = rules(&better);
    for gone in [
        rule::SUMMARY_LANGUAGE,
        rule::SKILLS_NOSQL,
        rule::SKILLS_FUNDAMENTALS,
    ] {
        assert!(!left.contains(&gone), "{gone} still raised");
    }
    assert!(better.score() > report.score());
}

#[test]
fn new_grad_with_a_project_stripped_of_its_number_is_flagged() {
    let json = NEW_GRAD.replace(
        "Open-sourced with 120+ GitHub stars",
        "Open-sourced on GitHub",
    );
    let (resume, report) = load(&json, Level::Junior);
    let flagged: Vec<_> = findings_in(&resume, &report, SectionKind::Projects)
        .into_iter()
        .filter(|f| f.rule == rule::METRIC && f.severity == Severity::Warning)
        .collect();
    assert_eq!(flagged.len(), 1);
    assert_eq!(flagged[0].excerpt, "gradient-viz");
}

#[test]
fn senior_engineer_at_senior() {
    let (resume, report) = load(SENIOR, Level::Senior);
    let found = rules(&report);

    // Mentoring ("Mentored four engineers"), a business outcome (storage
    // cost down 25%), direction (technical lead, a rubric used org-wide),
    // scale (multi-region, exabyte-scale) and publications are all there.
    for absent in [
        rule::EVIDENCE_MENTORING,
        rule::EVIDENCE_BUSINESS,
        rule::EVIDENCE_DIRECTION,
        rule::EVIDENCE_SECURITY_SCALE,
        rule::EVIDENCE_RECOGNITION,
        rule::SUMMARY_LEADERSHIP,
        rule::PLACEHOLDER,
        rule::TENSE,
        rule::METRIC_RATIO,
    ] {
        assert!(!found.contains(&absent), "{absent}");
    }
    // JSON Resume has no architecture or leadership section.
    let mut missing: Vec<&str> = report
        .document_findings()
        .iter()
        .filter(|f| f.rule == rule::MISSING_SECTION)
        .map(|f| f.message.as_str())
        .collect();
    missing.sort();
    assert_eq!(missing.len(), 2, "{missing:?}");
    assert!(missing[0].contains("Architecture") && missing[1].contains("Leadership"));

    // Five of the eight experience bullets that should carry a number do
    // (the design-review rubric is a direction statement): above 60 %.
    let experience = findings_in(&resume, &report, SectionKind::Experience);
    let mut unmeasured: Vec<String> = experience
        .iter()
        .filter(|f| f.rule == rule::METRIC)
        .map(|f| bullet_of(&resume, f))
        .collect();
    unmeasured.sort();
    assert_eq!(
        unmeasured,
        [
            "Implemented container-sync replication improvements upstreamed to OpenStack Swift",
            "Owned the cross-zone repair scheduler responsible for durability SLAs",
            "Reduced cluster rebalance time by redesigning the ring-builder partition assignment",
        ]
    );
    // Strong experience, two recommended sections missing.
    assert!(
        (65..=90).contains(&report.score()),
        "score {}",
        report.score()
    );
    assert!(report.words() < Level::Senior.word_budget());
}
