use super::*;
use crate::guide::coach::sections::check_section;
use crate::resume::Section;

/// Document findings for sections given as (kind, body).
fn run(level: Level, parts: &[(SectionKind, &str)]) -> Vec<Finding> {
    let sections: Vec<Section> = parts
        .iter()
        .enumerate()
        .map(|(i, &(kind, body))| Section {
            id: SectionId(i as u64 + 1),
            kind,
            title: kind.default_title().into(),
            body: body.into(),
        })
        .collect();
    let facts: Vec<SectionFacts> = sections
        .iter()
        .map(|s| check_section(level, s, true).facts)
        .collect();
    let views: Vec<SectionView> = sections
        .iter()
        .zip(&facts)
        .map(|(s, f)| SectionView {
            id: s.id,
            kind: s.kind,
            facts: f,
        })
        .collect();
    let totals = totals(&views);
    document_rules(level, &views, totals, Length::new(None, totals))
}

fn ids(found: &[Finding]) -> Vec<&'static str> {
    found.iter().map(|f| f.rule).collect()
}

const HEADER: &str = "# Ada\nada@example.com · https://github.com/ada";

#[test]
fn missing_recommended_sections_are_document_findings() {
    let found = run(Level::Junior, &[(SectionKind::Header, HEADER)]);
    let missing: Vec<_> = found
        .iter()
        .filter(|f| f.rule == rule::MISSING_SECTION)
        .collect();
    assert_eq!(
        missing.len(),
        Level::Junior.recommended_sections().len() - 1
    );
    assert!(missing.iter().all(|f| f.section.is_none()));
    assert!(missing.iter().any(|f| f.message.contains("Projects")));
}

#[test]
fn word_budget_depends_on_level() {
    let long = "- Cut p99 latency from 800ms to 200ms with Redis caching\n".repeat(70);
    let junior = run(Level::Junior, &[(SectionKind::Projects, &long)]);
    assert!(ids(&junior).contains(&rule::WORD_BUDGET));
    let mid = run(Level::Mid, &[(SectionKind::Experience, &long)]);
    assert!(!ids(&mid).contains(&rule::WORD_BUDGET));
}

#[test]
fn the_length_rule_holds_a_typeset_count_to_the_level_pages() {
    let totals = |words| Totals { words, pages: 1.3 };
    let typeset = |n| Length::Typeset(n);
    // Within the words, a typeset count over the pages is too long.
    let message = length_message(Level::Junior, 400, typeset(2)).unwrap();
    assert_eq!(
        message,
        "2 pages (typeset) is over the 1 page a junior resume should fill (400 words): \
         cut older or weaker bullets."
    );
    assert_eq!(length_message(Level::Junior, 400, typeset(1)), None);
    assert_eq!(length_message(Level::Mid, 900, typeset(2)), None);
    assert!(length_message(Level::Senior, 900, typeset(3)).is_some());
    // Over the words, the message says which page count it read.
    let over = length_message(Level::Mid, 1300, typeset(2)).unwrap();
    assert!(
        over.starts_with("1300 words (2 pages (typeset)) is over the 1200-word budget"),
        "{over}"
    );
    let estimated = Length::new(None, totals(1300));
    let over = length_message(Level::Mid, 1300, estimated).unwrap();
    assert!(over.contains("(~1.3 pages (estimate))"), "{over}");
    // Without a typeset count the estimate never decides on its own.
    assert_eq!(
        length_message(Level::Junior, 500, Length::new(None, totals(500))),
        None
    );
    assert_eq!(Length::new(Some(1), totals(10)), Length::Typeset(1));
}

#[test]
fn metric_ratio_under_60_percent_is_an_error_on_experience_for_mid_and_senior() {
    let body = "- Cut p99 latency from 800ms to 200ms with Redis caching\n\
                - Migrated session storage from Memcached to Redis Cluster\n\
                - Rewrote the search indexer in Go to remove a nightly reindex";
    let found = run(Level::Mid, &[(SectionKind::Experience, body)]);
    let ratio = found.iter().find(|f| f.rule == rule::METRIC_RATIO).unwrap();
    assert_eq!(ratio.severity, Severity::Error);
    assert_eq!(ratio.section, Some(SectionId(1)));
    assert!(ratio.message.contains("1 of 3"));
    assert!(
        !ids(&run(Level::Junior, &[(SectionKind::Experience, body)])).contains(&rule::METRIC_RATIO)
    );
    let better =
        format!("{body}\n- Cut deploy time from 45 to 8 minutes\n- Saved $40k a year on EC2");
    assert!(
        !ids(&run(Level::Senior, &[(SectionKind::Experience, &better)]))
            .contains(&rule::METRIC_RATIO)
    );
}

#[test]
fn contact_needs_email_and_a_profile_and_juniors_need_github() {
    let found = run(Level::Mid, &[(SectionKind::Header, "# Ada\nBerlin")]);
    let contact: Vec<_> = found.iter().filter(|f| f.rule == rule::CONTACT).collect();
    assert_eq!(contact.len(), 2);
    assert_eq!(contact[0].section, Some(SectionId(1)));
    let linkedin = "# Ada\nada@example.com · https://linkedin.com/in/ada";
    assert!(!ids(&run(Level::Mid, &[(SectionKind::Header, linkedin)])).contains(&rule::CONTACT));
    assert!(ids(&run(Level::Junior, &[(SectionKind::Header, linkedin)])).contains(&rule::GITHUB));
    assert!(!ids(&run(Level::Junior, &[(SectionKind::Header, HEADER)])).contains(&rule::GITHUB));
}

#[test]
fn summary_expectations_per_level() {
    let plain = "Back-end engineer who enjoys clean code.";
    assert!(
        ids(&run(Level::Junior, &[(SectionKind::Summary, plain)]))
            .contains(&rule::SUMMARY_LANGUAGE)
    );
    let mid = ids(&run(Level::Mid, &[(SectionKind::Summary, plain)]));
    for r in [
        rule::SUMMARY_YEARS,
        rule::SUMMARY_STACK,
        rule::SUMMARY_ACHIEVEMENT,
    ] {
        assert!(mid.contains(&r), "{r}");
    }
    let good_mid =
        "Back-end engineer with 6 years in Go, PostgreSQL and AWS; cut API latency 50% by caching.";
    let found = ids(&run(Level::Mid, &[(SectionKind::Summary, good_mid)]));
    assert!(
        !found.iter().any(|r| r.starts_with("summary-")),
        "{found:?}"
    );
    assert!(
        ids(&run(Level::Senior, &[(SectionKind::Summary, plain)]))
            .contains(&rule::SUMMARY_LEADERSHIP)
    );
    let leader = "Principal engineer who sets technical direction and mentors staff engineers.";
    assert!(
        !ids(&run(Level::Senior, &[(SectionKind::Summary, leader)]))
            .contains(&rule::SUMMARY_LEADERSHIP)
    );
}

#[test]
fn junior_skills_coverage_names_what_is_missing() {
    let skills = "- Python, PostgreSQL, REST, Git\n- Data Structures";
    let found = run(Level::Junior, &[(SectionKind::Skills, skills)]);
    let found_ids = ids(&found);
    assert!(found_ids.contains(&rule::SKILLS_NOSQL));
    assert!(!found_ids.contains(&rule::SKILLS_SQL));
    assert!(!found_ids.contains(&rule::SKILLS_API));
    assert!(!found_ids.contains(&rule::SKILLS_TOOLS));
    let fundamentals = found
        .iter()
        .find(|f| f.rule == rule::SKILLS_FUNDAMENTALS)
        .unwrap();
    assert!(
        fundamentals
            .message
            .contains("Algorithms, Database Management")
    );
    assert!(!fundamentals.message.contains("Data Structures"));
    // Only juniors get the checklist; everyone is asked for a language.
    let mid = run(Level::Mid, &[(SectionKind::Skills, "- Terraform, Vault")]);
    let skills: Vec<_> = ids(&mid)
        .into_iter()
        .filter(|r| *r != rule::MISSING_SECTION)
        .collect();
    assert_eq!(skills, [rule::SKILLS_LANGUAGE]);
}

#[test]
fn mid_evidence_is_placed_on_experience() {
    let exp = "- Moved 12 services to EKS on AWS with Helm, deploying from GitHub Actions\n\
               - Designed the refunds schema with the front-end team; added integration tests";
    let found = run(Level::Mid, &[(SectionKind::Experience, exp)]);
    assert!(
        !found.iter().any(|f| f.rule.starts_with("evidence-")),
        "{:?}",
        ids(&found)
    );
    let thin = "- Fixed 40 bugs in the PHP monolith";
    let found = run(Level::Mid, &[(SectionKind::Experience, thin)]);
    let evidence: Vec<_> = found
        .iter()
        .filter(|f| f.rule.starts_with("evidence-"))
        .collect();
    assert_eq!(evidence.len(), 6);
    assert!(evidence.iter().all(|f| f.section == Some(SectionId(1))));
    // Nothing written yet: no evidence nagging.
    assert!(
        !ids(&run(Level::Mid, &[(SectionKind::Experience, "")]))
            .iter()
            .any(|r| r.starts_with("evidence-"))
    );
}

#[test]
fn senior_evidence_goes_where_the_fix_belongs() {
    let parts = [
        (
            SectionKind::Experience,
            "- Cut p99 latency 40% across 3 regions",
        ),
        (SectionKind::Leadership, ""),
        (SectionKind::Architecture, ""),
        (SectionKind::Recognition, ""),
    ];
    let found = run(Level::Senior, &parts);
    let on = |r: &str| found.iter().find(|f| f.rule == r).map(|f| f.section);
    assert_eq!(on(rule::EVIDENCE_MENTORING), Some(Some(SectionId(2))));
    assert_eq!(on(rule::EVIDENCE_BUSINESS), Some(Some(SectionId(3))));
    assert_eq!(on(rule::EVIDENCE_DIRECTION), Some(Some(SectionId(3))));
    // "3 regions" is not scale evidence by itself, but nothing here says scale.
    assert_eq!(on(rule::EVIDENCE_SECURITY_SCALE), Some(Some(SectionId(3))));
    let recognition = found
        .iter()
        .find(|f| f.rule == rule::EVIDENCE_RECOGNITION)
        .unwrap();
    assert_eq!(recognition.severity, Severity::Info);
    let strong = "- Mentored 8 engineers; saved $1.5M a year; set the API standards; scaled to 2M RPS\n\
                  - Gave a keynote at QCon";
    let found = run(Level::Senior, &[(SectionKind::Experience, strong)]);
    assert!(
        !found.iter().any(|f| f.rule.starts_with("evidence-")),
        "{:?}",
        ids(&found)
    );
}
