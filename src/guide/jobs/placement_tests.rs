use super::*;
use crate::resume::{Level, resume_from_markdown};

/// A mid-level resume as people write them: labelled skill lines, two
/// roles with the current one first, a school.
const GROUPED: &str = "# Sam Example
sam@example.com · github.com/samexample

## Summary

Back-end engineer with 6 years of Go services.

## Technical Skills

**Languages:** Go, Python, SQL
**Databases:** PostgreSQL, Redis
**Cloud & DevOps:** AWS, Docker, Kubernetes, Terraform

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

fn resume(markdown: &str) -> Resume {
    resume_from_markdown(markdown, Level::Mid).unwrap()
}

fn place(resume: &Resume, skill: &str) -> Placement {
    let lexicon = Lexicon::builtin();
    let id = lexicon.find(skill).unwrap_or_else(|| panic!("{skill}"));
    place_skill(lexicon, resume, id)
}

/// The body line a placement points at.
fn line_of<'a>(resume: &'a Resume, placement: &Placement) -> &'a str {
    let section = resume.section(placement.section.unwrap()).unwrap();
    section.body.split('\n').nth(placement.line).unwrap()
}

#[test]
fn a_tool_goes_to_the_skills_line_of_its_kind() {
    let r = resume(GROUPED);
    let mongo = place(&r, "MongoDB");
    assert_eq!(mongo.kind, SectionKind::Skills);
    assert_eq!(line_of(&r, &mongo), "**Databases:** PostgreSQL, Redis");
    assert_eq!(mongo.near.as_deref(), Some("Databases"));
    assert_eq!(mongo.describe(&r), "Technical Skills (Databases)");

    let rust = place(&r, "Rust");
    assert_eq!(line_of(&r, &rust), "**Languages:** Go, Python, SQL");
    // No group lists a cloud service of GCP's kind but AWS: same category.
    let gcp = place(&r, "GCP");
    assert!(line_of(&r, &gcp).starts_with("**Cloud & DevOps:**"));
    // Helm is infrastructure: the group holding Kubernetes and Docker.
    let helm = place(&r, "Helm charts");
    assert!(line_of(&r, &helm).starts_with("**Cloud & DevOps:**"));
}

#[test]
fn a_label_alone_decides_when_no_group_lists_the_kind() {
    let r = resume(
        "# Sam\n\n## Skills\n\n- Languages: Go, Java\n- Messaging: (none yet)\n- Testing & Quality: code coverage\n\n## Experience\n\n### Engineer — Acme\n2020 – now\n- Built it.\n",
    );
    let kafka = place(&r, "Kafka");
    assert_eq!(line_of(&r, &kafka), "- Messaging: (none yet)");
    let junit = place(&r, "JUnit");
    assert_eq!(line_of(&r, &junit), "- Testing & Quality: code coverage");
    // Nothing fits a security tool: the section's last line.
    let vault = place(&r, "OAuth");
    assert_eq!(line_of(&r, &vault), "- Testing & Quality: code coverage");
    assert_eq!(vault.near, None);
}

#[test]
fn a_practice_or_domain_goes_to_the_most_recent_role() {
    let r = resume(GROUPED);
    for skill in [
        "code review",
        "on-call",
        "TDD",
        "SLOs",
        "payments",
        "mentoring",
    ] {
        let p = place(&r, skill);
        assert_eq!(p.kind, SectionKind::Experience, "{skill}");
        assert_eq!(
            line_of(&r, &p),
            "- Built a ledger in PostgreSQL serving 2 M transactions a day.",
            "{skill}"
        );
        assert_eq!(p.near.as_deref(), Some("Senior Engineer — Acme Pay"));
    }
    assert_eq!(
        place(&r, "TDD").describe(&r),
        "your most recent role (Senior Engineer — Acme Pay)"
    );
}

#[test]
fn the_most_recent_role_is_found_by_its_dates_not_its_place() {
    // Oldest first, as some people write them; the current role is last.
    let r = resume(
        "# Sam\n\n## Work History\n\n### Intern — Old Co\n2016 – 2017\n- Wrote scripts.\n\n### Engineer — Now Co\n2019 – Present\n- Built the billing API in Go.\n  - Cut invoice time by 30 %.\n\n### Developer — Mid Co\n2017 – 2019\n- Ran the cron jobs.\n",
    );
    let p = place(&r, "code review");
    assert_eq!(line_of(&r, &p), "  - Cut invoice time by 30 %.");
    assert_eq!(p.near.as_deref(), Some("Engineer — Now Co"));
}

#[test]
fn a_role_without_bullets_points_at_its_last_line() {
    let r = resume("# Sam\n\n## Experience\n\n### Engineer — Acme\nJan 2020 – now\n\n");
    let p = place(&r, "on-call");
    assert_eq!(line_of(&r, &p), "Jan 2020 – now");
}

#[test]
fn a_missing_section_is_said_so_the_caller_can_create_it() {
    let mut r = Resume::new(Level::Mid);
    let skills = r.first_of_kind(SectionKind::Skills).unwrap().id;
    r.remove_section(skills);
    let p = place(&r, "Kafka");
    assert_eq!(p.kind, SectionKind::Skills);
    assert_eq!(p.section, None);
    assert_eq!(p.describe(&r), "Skills");

    let exp = r.first_of_kind(SectionKind::Experience).unwrap().id;
    r.remove_section(exp);
    let p = place(&r, "code review");
    assert_eq!((p.kind, p.section), (SectionKind::Experience, None));
}

#[test]
fn an_empty_section_takes_the_skill_on_its_first_line() {
    let r = Resume::new(Level::Mid);
    let p = place(&r, "Kafka");
    assert_eq!(
        p.section,
        r.first_of_kind(SectionKind::Skills).map(|s| s.id)
    );
    assert_eq!(p.line, 0);
    let p = place(&r, "code review");
    assert_eq!(
        p.section,
        r.first_of_kind(SectionKind::Experience).map(|s| s.id)
    );
    assert_eq!((p.line, p.near), (0, None));
}

#[test]
fn a_degree_goes_to_education() {
    let r = resume(GROUPED);
    let p = place(&r, "Master's degree");
    assert_eq!(p.kind, SectionKind::Education);
    assert_eq!(
        line_of(&r, &p),
        "B.S. Computer Science, State University, 2017"
    );
}

#[test]
fn a_placer_reads_once_and_places_many() {
    let r = resume(GROUPED);
    let lexicon = Lexicon::builtin();
    let placer = Placer::new(&r);
    let lines: Vec<usize> = ["Rust", "MongoDB", "on-call"]
        .iter()
        .map(|s| placer.place(lexicon, lexicon.find(s).unwrap()).line)
        .collect();
    assert_eq!(lines, [0, 1, 3]);
}
