//! The coach on whole, realistic resumes written for this project.

use resumd::guide::coach::{Mark, Report, Severity, rule};
use resumd::resume::{Level, resume_from_markdown};

const JUNIOR: &str = include_str!("fixtures/coach/junior-one-page.md");
const MID: &str = include_str!("fixtures/import/mid-backend.md");
const SENIOR: &str = include_str!("fixtures/import/senior-setext.md");

#[test]
fn a_typical_junior_one_pager_reads_as_one_page_and_scores_well() {
    let resume = resume_from_markdown(JUNIOR, Level::Junior).unwrap();
    let report = Report::new(&resume);
    assert!(
        (0.9..=1.1).contains(&report.pages()),
        "{} pages",
        report.pages()
    );
    assert!(report.words() <= Level::Junior.word_budget());
    assert_eq!(report.error_count(), 0);
    // It covers everything the junior checklist asks for.
    let rules: Vec<_> = report.all_findings().map(|f| f.rule).collect();
    for absent in [
        rule::GITHUB,
        rule::CONTACT,
        rule::SUMMARY_LANGUAGE,
        rule::SKILLS_SQL,
        rule::SKILLS_NOSQL,
        rule::SKILLS_API,
        rule::SKILLS_FUNDAMENTALS,
        rule::SKILLS_TOOLS,
        rule::PROJECT_DETAIL,
        rule::MISSING_SECTION,
    ] {
        assert!(!rules.contains(&absent), "{absent}");
    }
    assert!(report.score() >= 90, "score {}", report.score());
}

#[test]
fn the_same_resume_doubled_is_over_the_junior_budget_but_not_the_mid_one() {
    let doubled = format!(
        "{JUNIOR}\n## More Projects\n\n{}",
        JUNIOR.split("## Projects").nth(1).unwrap()
    );
    let resume = resume_from_markdown(&doubled, Level::Junior).unwrap();
    let report = Report::new(&resume);
    assert!(report.words() > Level::Junior.word_budget());
    assert!(report.pages() > 1.5);
    let budget: Vec<_> = report
        .document_findings()
        .iter()
        .filter(|f| f.rule == rule::WORD_BUDGET)
        .collect();
    assert_eq!(budget.len(), 1);
    assert!(budget[0].message.contains("600-word budget"));
    let mid = resume_from_markdown(&doubled, Level::Mid).unwrap();
    assert!(
        !Report::new(&mid)
            .document_findings()
            .iter()
            .any(|f| f.rule == rule::WORD_BUDGET)
    );
}

#[test]
fn mid_and_senior_resumes_at_their_level() {
    let resume = resume_from_markdown(MID, Level::Mid).unwrap();
    let report = Report::new(&resume);
    assert_eq!(report.error_count(), 0);
    assert!(
        !report
            .all_findings()
            .any(|f| f.rule.starts_with("evidence-") || f.rule.starts_with("summary-"))
    );
    assert!(report.score() >= 85, "mid score {}", report.score());

    let resume = resume_from_markdown(SENIOR, Level::Senior).unwrap();
    let report = Report::new(&resume);
    assert!(
        !report
            .all_findings()
            .any(|f| f.rule.starts_with("evidence-") || f.rule.starts_with("summary-"))
    );
    // No architecture, leadership or education section: warnings, not errors.
    let missing = report
        .document_findings()
        .iter()
        .filter(|f| f.rule == rule::MISSING_SECTION)
        .count();
    assert_eq!(missing, 3);
    assert!(report.all_findings().all(|f| f.severity < Severity::Error));
    for s in resume.sections() {
        assert_eq!(report.section_mark(s.id), Mark::Good, "{}", s.title);
    }
}

#[test]
fn the_mid_resume_read_as_a_senior_one_asks_for_leadership() {
    let resume = resume_from_markdown(MID, Level::Senior).unwrap();
    let report = Report::new(&resume);
    let rules: Vec<_> = report.all_findings().map(|f| f.rule).collect();
    assert!(rules.contains(&rule::SUMMARY_LEADERSHIP));
    // It names no mentoring; its open-source tool counts as recognition.
    assert!(rules.contains(&rule::EVIDENCE_MENTORING));
    assert!(!rules.contains(&rule::EVIDENCE_RECOGNITION));
    let mid_score = Report::new(&resume_from_markdown(MID, Level::Mid).unwrap()).score();
    assert!(report.score() < mid_score);
}
