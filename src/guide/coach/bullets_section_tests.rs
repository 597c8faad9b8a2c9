//! Bullet rules as a section applies them (a verb repeated from bullet to
//! bullet, fixes on the findings) and the patterns real resumes use:
//! signed figures, verb-colon openers, duty phrasing, version numbers.

use super::tests::{check, fires, rules};
use super::*;
use crate::guide::coach::structure::Structure;
use crate::resume::SectionId;

/// Findings for every bullet of `body`, checked as one section would.
fn check_all(role: Role, body: &str) -> Vec<Finding> {
    let structure = Structure::parse(body);
    let ctx = BulletContext {
        level: Level::Mid,
        kind: SectionKind::Experience,
        section: SectionId(7),
        role,
    };
    let mut shared = SectionBullets::new(&structure.lines);
    let mut out = Vec::new();
    for bullet in &structure.bullets {
        let tokens = structure.tokens_of(bullet.segments.clone());
        let segments = structure.bullet_segments(bullet);
        check_bullet(&ctx, &mut shared, segments, tokens, &mut out);
    }
    out
}

#[test]
fn a_figure_with_a_trailing_sign_is_a_metric() {
    for text in [
        "Grew paid signups 40%+ after rebuilding the trial-to-paid checkout flow",
        "Absorbed 2x+ the launch-day traffic with autoscaled Go workers on ECS",
        "Onboarded 10k+ merchants through a self-serve KYC API on FastAPI",
        "Saved $1.2M+ a year by retiring two self-hosted Elasticsearch clusters",
    ] {
        assert!(
            !fires(Level::Mid, Role::Ended, text, rule::METRIC),
            "{text}"
        );
    }
}

#[test]
fn a_verb_before_a_colon_opens_the_bullet() {
    for text in [
        "Built: a queue that retries 4,000 failed card charges a week",
        "Led: migration of 60 services from Nomad to GKE with no downtime",
        "Cut: p95 of the search API from 900ms to 140ms with a Redis cache",
    ] {
        let found = rules(Level::Mid, Role::Ended, text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // A label is still a label: the verb after it opens the statement.
    assert!(
        rules(
            Level::Mid,
            Role::Ended,
            "Payments: built a ledger that books 9k entries a second"
        )
        .is_empty()
    );
}

#[test]
fn duty_phrasing_beyond_responsible_for_is_caught() {
    for text in [
        "Supported the data team with ad-hoc SQL extracts for the finance reports",
        "Served as the primary on-call engineer for the billing services",
        "Participated in sprint planning and backlog grooming for the API squad",
        "Was involved in the rollout of feature flags across the mobile backend",
        "Tasked with keeping the nightly ETL jobs green for the analytics team",
        "Duties included code reviews and Terraform modules for the platform",
        "Worked on the search relevance team tuning Elasticsearch analyzers",
        "Accountable for the uptime of the storage platform and its on-call rotation",
        "Took part in the redesign of the merchant onboarding flow and its APIs",
        "Provided support for the billing integrations of 3 insurance partners",
        "Responsibilities: building and maintaining the claims REST APIs",
        "**Key duties:** reviewing pull requests for the payments services",
    ] {
        let found = check(Level::Mid, SectionKind::Experience, Role::Ended, text);
        let weak = found.iter().find(|f| f.rule == rule::WEAK_OPENER);
        assert!(weak.is_some(), "{text}: {found:?}");
        assert!(
            !found.iter().any(|f| f.rule == rule::ACTION_VERB),
            "one finding for the opening: {text}"
        );
    }
}

#[test]
fn version_and_method_numbers_are_not_metrics() {
    for text in [
        "Rewrote the order API as a 12-factor service in Python 3 with Flask",
        "Moved internal traffic to HTTP/2 and OAuth 2.0 client credentials",
        "Prepared the platform for ISO 27001 with access-control and logging policies",
        "Upgraded the payments monolith to Java 17 and Spring Boot 3",
        "Prototyped a Web 3 wallet login for the loyalty app in Node.js",
        "Introduced two phase commit between the ledger and wallet services",
    ] {
        assert!(fires(Level::Mid, Role::Ended, text, rule::METRIC), "{text}");
    }
}

#[test]
fn the_same_verb_opening_three_bullets_is_reported_from_the_third() {
    let body = "\
- Built the ledger service that books 9k entries a second in Go
- Built a retry queue that recovered 4,300 failed charges a quarter
- Designed the refunds schema and its API contract with the mobile team
- built the fraud rules engine that blocks 1.2M bad requests a day
- Built: a reconciliation job that matches 3M bank rows a night
";
    let found: Vec<_> = check_all(Role::Ended, body)
        .into_iter()
        .filter(|f| f.rule == rule::REPEATED_OPENER)
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!((found[0].line, found[0].column), (Some(3), 2));
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[0].excerpt, "built");
    assert!(
        found[0].message.contains("opens 3 bullets") && found[0].message.contains("Developed"),
        "{}",
        found[0].message
    );
    assert!(found[1].message.contains("opens 4 bullets"));
    // Different verbs, or a verb only twice, raise nothing.
    let varied =
        "- Built a queue for 4k jobs\n- Cut p95 by 40% with caching\n- Built a 9k RPS cache\n";
    assert!(
        !check_all(Role::Ended, varied)
            .iter()
            .any(|f| f.rule == rule::REPEATED_OPENER)
    );
}

#[test]
fn tense_and_duty_findings_carry_their_fix() {
    let found = check_all(
        Role::Ended,
        "- Lead the migration of 40 services to EKS with zero downtime\n",
    );
    let tense = found.iter().find(|f| f.rule == rule::TENSE).unwrap();
    let fix = tense.fix.as_ref().unwrap();
    assert_eq!(fix.range, 2..6);
    assert_eq!(
        fix.apply("- Lead the migration of 40 services to EKS with zero downtime")
            .unwrap(),
        "- Led the migration of 40 services to EKS with zero downtime"
    );

    let line = "1. Responsible for building the ledger that books 9k entries a second";
    let found = check_all(Role::Ended, line);
    let weak = found.iter().find(|f| f.rule == rule::WEAK_OPENER).unwrap();
    assert_eq!(
        weak.fix.as_ref().unwrap().apply(line).unwrap(),
        "1. Built the ledger that books 9k entries a second"
    );

    // No verb follows, so there is nothing unambiguous to offer.
    let found = check_all(
        Role::Ended,
        "- Worked on the payments API for 3 card networks\n",
    );
    let weak = found.iter().find(|f| f.rule == rule::WEAK_OPENER).unwrap();
    assert_eq!(weak.fix, None);
    // Other findings carry none.
    assert!(
        found
            .iter()
            .filter(|f| f.rule != rule::WEAK_OPENER)
            .all(|f| f.fix.is_none())
    );
}
