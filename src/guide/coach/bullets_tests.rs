use super::*;
use crate::guide::coach::structure::Structure;

/// Findings for one bullet (`- text`) in a section of `kind`.
pub(super) fn check(level: Level, kind: SectionKind, role: Role, text: &str) -> Vec<Finding> {
    let body = format!("- {text}");
    let structure = Structure::parse(&body);
    let ctx = BulletContext {
        level,
        kind,
        section: SectionId(7),
        role,
    };
    let mut out = Vec::new();
    let bullet = &structure.bullets[0];
    let tokens = structure.tokens_of(bullet.segments.clone());
    let mut shared = SectionBullets::new(&structure.lines);
    check_bullet(
        &ctx,
        &mut shared,
        structure.bullet_segments(bullet),
        tokens,
        &mut out,
    );
    out
}

pub(super) fn rules(level: Level, role: Role, text: &str) -> Vec<&'static str> {
    check(level, SectionKind::Experience, role, text)
        .iter()
        .map(|f| f.rule)
        .collect()
}

pub(super) fn fires(level: Level, role: Role, text: &str, rule: &str) -> bool {
    rules(level, role, text).contains(&rule)
}

const GOOD: &str = "Cut p99 latency of the orders API from 800ms to 200ms with Redis caching";

#[test]
fn a_strong_measured_bullet_raises_nothing() {
    for level in Level::ALL {
        assert!(rules(level, Role::Ended, GOOD).is_empty(), "{level}");
    }
}

#[test]
fn metric_is_a_warning_for_mid_and_senior_and_info_for_juniors() {
    let text = "Migrated session storage from Memcached to Redis Cluster for the web tier";
    let mid = check(Level::Mid, SectionKind::Experience, Role::Ended, text);
    assert_eq!(mid[0].rule, rule::METRIC);
    assert_eq!(mid[0].severity, Severity::Warning);
    assert_eq!((mid[0].line, mid[0].column), (Some(0), 2));
    let junior = check(Level::Junior, SectionKind::Experience, Role::Ended, text);
    assert_eq!(junior[0].severity, Severity::Info);
}

#[test]
fn years_and_versions_are_not_metrics() {
    assert!(fires(
        Level::Mid,
        Role::Ended,
        "Rebuilt the billing API in Python 3 during the 2021 replatforming",
        rule::METRIC
    ));
    assert!(!fires(
        Level::Mid,
        Role::Ended,
        "Rebuilt the billing API in Python 3, serving 2,000 merchants",
        rule::METRIC
    ));
}

#[test]
fn design_statements_and_citations_need_no_number() {
    assert!(!fires(
        Level::Mid,
        Role::Ended,
        "Designed the database schema and API contract for the refunds service",
        rule::METRIC
    ));
    assert!(fires(
        Level::Mid,
        Role::Ended,
        "Designed and built a webhook delivery service with signed payloads",
        rule::METRIC
    ));
    let talk = check(
        Level::Senior,
        SectionKind::Recognition,
        Role::Unknown,
        "Keynote on consensus at QCon",
    );
    assert!(talk.is_empty(), "{talk:?}");
}

#[test]
fn action_verb_wants_a_verb_first() {
    assert!(fires(
        Level::Mid,
        Role::Ended,
        "Kafka consumers for the notification service written in Go",
        rule::ACTION_VERB
    ));
    assert!(fires(
        Level::Mid,
        Role::Ended,
        "Successfully reduced database CPU from 90% to 45% with indexes",
        rule::ACTION_VERB
    ));
    let weak = check(
        Level::Mid,
        SectionKind::Experience,
        Role::Ended,
        "Used Terraform to provision AWS accounts for 30 services",
    );
    assert_eq!(weak[0].rule, rule::ACTION_VERB);
    assert_eq!(weak[0].excerpt, "Used");
    // A "Label:" lead-in is skipped.
    assert!(!fires(
        Level::Mid,
        Role::Ended,
        "**Payments:** Cut refund time from 3 days to 4 hours for 9k merchants",
        rule::ACTION_VERB
    ));
}

#[test]
fn present_tense_is_fine_in_the_current_role_only() {
    let text = "Own the ledger service that settles 1.8M card payments a day";
    assert!(rules(Level::Mid, Role::Current, text).is_empty());
    let ended = check(Level::Mid, SectionKind::Experience, Role::Ended, text);
    assert_eq!(ended[0].rule, rule::TENSE);
    assert_eq!(ended[0].severity, Severity::Warning);
    // Past verbs are fine in the current role too.
    assert!(rules(Level::Mid, Role::Current, GOOD).is_empty());
    // Without dates, present tense is only a note.
    let undated = check(Level::Mid, SectionKind::Projects, Role::Unknown, text);
    assert_eq!(undated[0].severity, Severity::Info);
    assert!(!fires(
        Level::Mid,
        Role::Current,
        "Leading the move of 40 services to EKS with zero downtime",
        rule::TENSE
    ));
}

#[test]
fn weak_openers_and_observer_phrasing() {
    for text in [
        "Responsible for 12 nightly ETL jobs feeding the finance warehouse",
        "Was responsible for 12 nightly ETL jobs feeding the finance warehouse",
        "Helped migrate 12 nightly ETL jobs to Airflow for the data team",
        "Worked on 12 nightly ETL jobs feeding the finance warehouse daily",
        "Gained exposure to Kafka while moving 12 ETL jobs to streaming",
    ] {
        assert!(
            fires(Level::Mid, Role::Ended, text, rule::WEAK_OPENER),
            "{text}"
        );
    }
    // "responsible for" later in the sentence is not an opener.
    assert!(!fires(
        Level::Mid,
        Role::Ended,
        "Owned the scheduler responsible for 12 nightly ETL jobs",
        rule::WEAK_OPENER
    ));
}

#[test]
fn vague_scope_is_a_senior_concern_unless_a_figure_backs_it() {
    let vague = "Drove reliability improvements for various stakeholders across the platform";
    assert!(fires(Level::Senior, Role::Ended, vague, rule::WEAK_OPENER));
    assert!(!fires(Level::Mid, Role::Ended, vague, rule::WEAK_OPENER));
    let backed = "Coordinated multiple teams to roll out mTLS between 300 services";
    assert!(!fires(
        Level::Senior,
        Role::Ended,
        backed,
        rule::WEAK_OPENER
    ));
}

#[test]
fn length_bounds() {
    let short = check(
        Level::Mid,
        SectionKind::Experience,
        Role::Ended,
        "Optimized slow SQL queries",
    );
    let length = short.iter().find(|f| f.rule == rule::LENGTH).unwrap();
    assert_eq!(length.severity, Severity::Info);
    let long = ["Rebuilt"; 31].join(" ");
    assert!(fires(Level::Mid, Role::Ended, &long, rule::LENGTH));
    let wide = format!("Rebuilt {} ingest at 9k RPS", "x".repeat(200));
    assert!(fires(Level::Mid, Role::Ended, &wide, rule::LENGTH));
    // Eight words is enough.
    assert!(!fires(
        Level::Mid,
        Role::Ended,
        "Reduced p99 API latency from 800ms to 200ms",
        rule::LENGTH
    ));
}

#[test]
fn pronouns_at_word_boundaries_only() {
    let mine = check(
        Level::Mid,
        SectionKind::Experience,
        Role::Ended,
        "Cut I/O wait by 70% and I moved the API exports to a replica",
    );
    let pronoun: Vec<_> = mine.iter().filter(|f| f.rule == rule::PRONOUN).collect();
    assert_eq!(pronoun.len(), 1);
    assert_eq!(pronoun[0].excerpt, "I");
    assert_eq!(pronoun[0].column, 2 + "Cut I/O wait by 70% and ".len());
    assert!(!fires(
        Level::Mid,
        Role::Ended,
        "Cut I/O wait by 70% by moving API exports to a read replica",
        rule::PRONOUN
    ));
    assert!(!fires(
        Level::Mid,
        Role::Ended,
        "Expanded the API to 3 US regions with 40% lower latency",
        rule::PRONOUN
    ));
    let ours = check(
        Level::Senior,
        SectionKind::Leadership,
        Role::Ended,
        "Grew the team from 5 to 15 engineers and set up our code review process",
    );
    let ours: Vec<_> = ours.iter().filter(|f| f.rule == rule::PRONOUN).collect();
    assert_eq!(ours[0].severity, Severity::Info);
}

#[test]
fn buzzwords_but_not_dynamic_routing() {
    let found = check(
        Level::Mid,
        SectionKind::Experience,
        Role::Ended,
        "Results-driven team player who cut AWS spend by 30% in a quarter",
    );
    let buzz: Vec<_> = found
        .iter()
        .filter(|f| f.rule == rule::BUZZWORD)
        .map(|f| f.excerpt.as_str())
        .collect();
    assert_eq!(buzz, ["Results-driven", "team"]);
    assert!(!fires(
        Level::Mid,
        Role::Ended,
        "Built dynamic routing for 40 tenants on the edge proxy layer",
        rule::BUZZWORD
    ));
    assert!(fires(
        Level::Mid,
        Role::Ended,
        "Built a ninja-fast cache for 40 tenants on the edge proxy",
        rule::BUZZWORD
    ));
}

#[test]
fn custom_list_entries_are_not_judged_as_achievements() {
    let cert = check(
        Level::Mid,
        SectionKind::Custom,
        Role::Unknown,
        "AWS Certified Developer, 2023",
    );
    assert!(cert.is_empty(), "{cert:?}");
    let sentence = check(
        Level::Mid,
        SectionKind::Custom,
        Role::Unknown,
        "Helped run the local Python meetup for two years",
    );
    assert!(sentence.iter().any(|f| f.rule == rule::WEAK_OPENER));
}

#[test]
fn a_template_only_bullet_is_left_to_the_placeholder_rule() {
    assert!(
        rules(
            Level::Mid,
            Role::Ended,
            "[Describe a project you are proud of]"
        )
        .is_empty()
    );
}

#[test]
fn penalties_grow_with_severity() {
    assert!(penalty(Severity::Info) < penalty(Severity::Warning));
    assert!(penalty(Severity::Warning) < penalty(Severity::Error));
}
