use super::*;

fn section(kind: SectionKind, body: &str) -> Section {
    Section {
        id: SectionId(3),
        kind,
        title: kind.default_title().to_string(),
        body: body.to_string(),
    }
}

fn findings(level: Level, kind: SectionKind, body: &str) -> Vec<Finding> {
    check_section(level, &section(kind, body), true).findings
}

fn placeholder_excerpts(kind: SectionKind, body: &str) -> Vec<String> {
    findings(Level::Mid, kind, body)
        .into_iter()
        .filter(|f| f.rule == rule::PLACEHOLDER)
        .map(|f| f.excerpt)
        .collect()
}

#[test]
fn placeholders_are_errors_in_any_section() {
    let found = findings(
        Level::Senior,
        SectionKind::Education,
        "BSc, [University Name], 20XX",
    );
    let p: Vec<_> = found
        .iter()
        .filter(|f| f.rule == rule::PLACEHOLDER)
        .collect();
    assert_eq!(p.len(), 2);
    assert!(p.iter().all(|f| f.severity == Severity::Error));
    assert_eq!((p[0].line, p[0].column), (Some(0), 5));
    assert_eq!(p[0].excerpt, "[University Name]");
    assert_eq!(p[1].excerpt, "20XX");
    assert_eq!(
        placeholder_excerpts(SectionKind::Header, "# Your Name\nTODO: email"),
        ["Your Name", "TODO"]
    );
    assert_eq!(
        placeholder_excerpts(
            SectionKind::Summary,
            "Cut costs by XX% and $XM; lorem ipsum."
        ),
        ["XX%", "$XM", "lorem ipsum"]
    );
}

#[test]
fn links_images_tasks_footnotes_and_code_are_not_placeholders() {
    let body = "[GitHub](https://github.com/x) ![logo](a.png) [ref][1] [^1] `[not this]`\n\
                - [x] shipped it\n[Docs]\n\n[Docs]: https://docs.example.com\n> [!NOTE] fine\n\
                Cited in [2]; built a todo app and Xbox tooling for X users";
    assert!(placeholder_excerpts(SectionKind::Custom, body).is_empty());
    let fenced = "```\n[Company]\n```";
    assert!(placeholder_excerpts(SectionKind::Skills, fenced).is_empty());
}

#[test]
fn an_empty_recommended_section_is_flagged_and_an_empty_extra_one_is_not() {
    let empty = findings(Level::Mid, SectionKind::Experience, "\n  \n");
    assert_eq!(empty.len(), 1);
    assert_eq!(empty[0].rule, rule::EMPTY_SECTION);
    assert_eq!(empty[0].severity, Severity::Warning);
    let header = findings(Level::Mid, SectionKind::Header, "");
    assert_eq!(header[0].severity, Severity::Error);
    // Senior resumes are not asked for a projects section.
    assert!(findings(Level::Senior, SectionKind::Projects, "").is_empty());
    let check = check_section(Level::Mid, &section(SectionKind::Skills, ""), true);
    assert!(check.facts.empty && check.bullet_score.is_none());
}

#[test]
fn junior_projects_need_a_number_each() {
    let body = "### Shelf\nA booking API for the book club, in Django and PostgreSQL.\n\
                - Built 14 REST endpoints for loans\n\n\
                ### Pulse\nAn uptime checker for small sites, in Flask and Redis.\n\
                - Wrote the Celery worker that pings sites and sends alerts";
    let found = findings(Level::Junior, SectionKind::Projects, body);
    let project_metric: Vec<_> = found
        .iter()
        .filter(|f| f.rule == rule::METRIC && f.severity == Severity::Warning)
        .collect();
    assert_eq!(project_metric.len(), 1);
    assert_eq!(project_metric[0].line, Some(4));
    assert_eq!(project_metric[0].excerpt, "Pulse");
    // Mid-level projects are judged bullet by bullet only.
    let mid = findings(Level::Mid, SectionKind::Projects, body);
    assert!(mid.iter().all(|f| f.line != Some(4)));
}

#[test]
fn a_projects_section_without_sub_headings_is_one_project() {
    let with_number = "- Built a chat server in Go\n- Served 40 users at the hackathon";
    let found = findings(Level::Junior, SectionKind::Projects, with_number);
    assert!(
        !found
            .iter()
            .any(|f| f.rule == rule::METRIC && f.severity == Severity::Warning)
    );
    let without =
        "- Built a chat server in Go for the hackathon\n- Wrote tests for the chat server";
    let found = findings(Level::Junior, SectionKind::Projects, without);
    assert!(
        found
            .iter()
            .any(|f| f.rule == rule::METRIC && f.severity == Severity::Warning)
    );
}

#[test]
fn junior_projects_state_problem_stack_and_part() {
    let bare = "### Thing\n- Pagination\n- Faster pages";
    let found = findings(Level::Junior, SectionKind::Projects, bare);
    let detail = found
        .iter()
        .find(|f| f.rule == rule::PROJECT_DETAIL)
        .unwrap();
    assert!(detail.message.contains("the problem it solves"));
    assert!(detail.message.contains("its stack"));
    assert!(detail.message.contains("your part"));
    let full = "### Shelf\nA booking API that stops double-booked copies.\n- Built it in Django with PostgreSQL for 120 members";
    let found = findings(Level::Junior, SectionKind::Projects, full);
    assert!(
        !found.iter().any(|f| f.rule == rule::PROJECT_DETAIL),
        "{found:?}"
    );
}

#[test]
fn summary_buzzwords_and_achievement_signal() {
    let s = section(
        SectionKind::Summary,
        "Passionate backend engineer with 6 years of experience in Go.",
    );
    let check = check_section(Level::Mid, &s, true);
    assert_eq!(check.findings[0].rule, rule::BUZZWORD);
    assert_eq!(check.findings[0].excerpt, "Passionate");
    // "6 years" is experience, not an achievement.
    assert_eq!(check.facts.signals & signals::METRIC, 0);
    assert_ne!(check.facts.signals & signals::YEARS, 0);
    let s = section(
        SectionKind::Summary,
        "Go engineer; cut API latency 50% at Acme.",
    );
    assert_ne!(
        check_section(Level::Mid, &s, true).facts.signals & signals::METRIC,
        0
    );
}

#[test]
fn experience_facts_count_bullets_with_numbers() {
    let body = "### Engineer — Acme\n*2019 – 2021*\n\
                - Cut p99 latency from 800ms to 200ms with Redis caching\n\
                - Migrated session storage from Memcached to Redis Cluster\n\
                - Designed the schema and API contract for the refunds service";
    let check = check_section(Level::Mid, &section(SectionKind::Experience, body), true);
    assert_eq!(check.facts.bullets, 3);
    // The design statement is not expected to carry a number.
    assert_eq!(check.facts.experience_bullets, 2);
    assert_eq!(check.facts.experience_with_metric, 1);
    // With a number it counts like any other bullet.
    let measured = body.replace("refunds service", "refunds service, used by 3 teams");
    let check = check_section(
        Level::Mid,
        &section(SectionKind::Experience, &measured),
        true,
    );
    assert_eq!(
        (
            check.facts.experience_bullets,
            check.facts.experience_with_metric
        ),
        (3, 2)
    );
    let mean = check.bullet_score.unwrap();
    assert!(mean > 80.0 && mean < 100.0, "{mean}");
}

#[test]
fn words_and_print_lines() {
    let s = section(SectionKind::Skills, "- **Languages:** Go, Rust\n\n- Git");
    let facts = check_section(Level::Mid, &s, true).facts;
    assert_eq!(facts.words, 1 + 4);
    // The section's title, then one line per group of skills.
    assert_eq!(facts.print_lines, 2.0 + 2.0);
    let long = section(SectionKind::Summary, &"word ".repeat(60));
    assert!(check_section(Level::Mid, &long, true).facts.print_lines >= 2.0 + 4.0);
}
