use super::*;
use crate::guide::coach::rule;
use crate::resume::resume_from_markdown;

const MID: &str = include_str!("../../../tests/fixtures/import/mid-backend.md");

fn mid() -> Resume {
    resume_from_markdown(MID, Level::Mid).unwrap()
}

/// Everything a report exposes, for comparing two reports.
fn snapshot(report: &Report, resume: &Resume) -> String {
    let mut out = format!(
        "score {} words {} pages {:.3} e{} w{}\n",
        report.score(),
        report.words(),
        report.pages(),
        report.error_count(),
        report.warning_count()
    );
    for s in resume.sections() {
        out.push_str(&format!(
            "{:?} {:?} {:?} {:?}\n",
            s.id,
            report.section_score(s.id),
            report.section_mark(s.id),
            report.section_findings(s.id)
        ));
    }
    out.push_str(&format!("{:?}", report.document_findings()));
    out
}

fn assert_incremental_matches_full(report: &Report, resume: &Resume) {
    assert_eq!(
        snapshot(report, resume),
        snapshot(&Report::new(resume), resume)
    );
}

fn id_of(resume: &Resume, kind: SectionKind) -> SectionId {
    resume.first_of_kind(kind).unwrap().id
}

#[test]
fn rechecking_after_edits_matches_a_full_check() {
    let mut resume = mid();
    let mut report = Report::new(&resume);
    let exp = id_of(&resume, SectionKind::Experience);

    // An edit that adds template text and a bullet without a number.
    resume
        .section_mut(exp)
        .unwrap()
        .body
        .push_str("\n- Migrated the cron jobs to [Company] workers\n");
    report.recheck_section(&resume, exp);
    assert_incremental_matches_full(&report, &resume);
    assert!(
        report
            .section_findings(exp)
            .iter()
            .any(|f| f.rule == rule::PLACEHOLDER)
    );
    assert_eq!(report.section_mark(exp), Mark::Error);

    // Emptying the summary drops its rules and adds an empty-section finding.
    let summary = id_of(&resume, SectionKind::Summary);
    resume.section_mut(summary).unwrap().body.clear();
    report.recheck_section(&resume, summary);
    assert_incremental_matches_full(&report, &resume);
    assert_eq!(report.section_mark(summary), Mark::Empty);
    assert_eq!(report.section_score(summary), None);

    // Adding, moving, re-kinding and removing sections.
    let custom = resume.push_section(
        SectionKind::Custom,
        "Volunteering",
        "- Taught Python to 12 pupils every week at Code Club",
    );
    report.recheck_section(&resume, custom);
    assert_incremental_matches_full(&report, &resume);
    resume.move_section(custom, -1);
    report.recheck_section(&resume, custom);
    assert_incremental_matches_full(&report, &resume);
    resume.section_mut(custom).unwrap().kind = SectionKind::Leadership;
    report.recheck_section(&resume, custom);
    assert_incremental_matches_full(&report, &resume);
    let skills = id_of(&resume, SectionKind::Skills);
    resume.remove_section(skills);
    report.recheck_section(&resume, skills);
    assert_incremental_matches_full(&report, &resume);
    assert!(report.section_findings(skills).is_empty());
    assert!(
        report
            .document_findings()
            .iter()
            .any(|f| f.rule == rule::MISSING_SECTION)
    );
}

#[test]
fn only_the_edited_section_is_reread() {
    let mut resume = mid();
    let mut report = Report::new(&resume);
    let exp = id_of(&resume, SectionKind::Experience);
    let projects = id_of(&resume, SectionKind::Projects);
    // Change projects behind the report's back: a recheck of another
    // section keeps the stored (stale) findings for projects.
    resume
        .section_mut(projects)
        .unwrap()
        .body
        .push_str("\n- TODO");
    report.recheck_section(&resume, exp);
    assert!(
        !report
            .section_findings(projects)
            .iter()
            .any(|f| f.rule == rule::PLACEHOLDER)
    );
    report.recheck_section(&resume, projects);
    assert!(
        report
            .section_findings(projects)
            .iter()
            .any(|f| f.rule == rule::PLACEHOLDER)
    );
}

#[test]
fn a_level_change_rechecks_everything() {
    let mut resume = mid();
    let mut report = Report::new(&resume);
    let added = resume.set_level(Level::Senior);
    report.recheck_section(&resume, added[0]);
    assert_eq!(report.level(), Level::Senior);
    assert_incremental_matches_full(&report, &resume);
    let leadership = id_of(&resume, SectionKind::Leadership);
    assert_eq!(report.section_mark(leadership), Mark::Empty);
    assert!(
        report
            .section_findings(leadership)
            .iter()
            .any(|f| f.rule == rule::EMPTY_SECTION)
    );
}

#[test]
fn marks_scores_and_counts() {
    let resume = mid();
    let report = Report::new(&resume);
    assert!(
        report.score() >= 85,
        "a strong mid resume scores {}",
        report.score()
    );
    let header = id_of(&resume, SectionKind::Header);
    assert_eq!(report.section_mark(header), Mark::Good);
    assert_eq!(report.section_score(header), Some(100));
    let exp = id_of(&resume, SectionKind::Experience);
    assert_eq!(report.section_mark(exp), Mark::Warning);
    let total = report.all_findings().count();
    let infos = report
        .all_findings()
        .filter(|f| f.severity == Severity::Info)
        .count();
    assert_eq!(total, report.error_count() + report.warning_count() + infos);
    assert_eq!(report.words(), resume.word_count());
    assert!(
        report.pages() > 0.5 && report.pages() < 1.5,
        "{}",
        report.pages()
    );
    // Unknown ids are harmless.
    assert!(report.section_findings(SectionId(9999)).is_empty());
    assert_eq!(report.section_score(SectionId(9999)), None);
}

#[test]
fn an_empty_new_resume_scores_zero_and_says_what_to_fill_in() {
    for level in Level::ALL {
        let resume = Resume::new(level);
        let report = Report::new(&resume);
        assert_eq!(report.score(), 0);
        assert_eq!(report.error_count(), 1, "only the empty header is an error");
        for s in resume.sections() {
            assert_eq!(report.section_mark(s.id), Mark::Empty);
            assert_eq!(report.section_findings(s.id)[0].rule, rule::EMPTY_SECTION);
        }
    }
}

#[test]
fn weaker_bullets_score_lower() {
    let strong = mid();
    let mut weak = mid();
    let exp = id_of(&weak, SectionKind::Experience);
    weak.section_mut(exp).unwrap().body = "### Engineer — Acme\n*2019 – 2022*\n\n\
        - Responsible for the payments API\n- Worked on various bugs\n- I helped with deployments"
        .into();
    let (strong_report, weak_report) = (Report::new(&strong), Report::new(&weak));
    assert!(weak_report.section_score(exp) < strong_report.section_score(exp));
    assert!(weak_report.score() < strong_report.score());
    assert_eq!(
        weak_report.section_mark(exp),
        Mark::Error,
        "metric ratio under 60 %"
    );
}

#[test]
fn a_typeset_page_count_judges_the_length_until_replaced() {
    let resume = mid();
    let mut report = Report::new(&resume);
    let length = |report: &Report| {
        report
            .document_findings()
            .iter()
            .find(|f| f.rule == rule::WORD_BUDGET)
            .map(|f| f.message.clone())
    };
    assert_eq!(length(&report), None, "the mid fixture is within its words");
    assert_eq!(report.typeset_pages(), None);

    report.set_typeset_pages(Some(3));
    let message = length(&report).expect("three typeset pages are too many");
    assert!(
        message.starts_with("3 pages (typeset) is over the 2 pages"),
        "{message}"
    );
    assert_eq!(
        snapshot(&report, &resume),
        snapshot(&Report::with_typeset_pages(&resume, Some(3)), &resume)
    );
    assert_eq!(super::super::lint_json(&resume, &report)["pages"], 3);

    // An edit keeps the count until a new one is given.
    let id = id_of(&resume, SectionKind::Summary);
    report.recheck_section(&resume, id);
    assert_eq!(report.typeset_pages(), Some(3));
    report.set_typeset_pages(Some(2));
    assert_eq!(length(&report), None);
    report.set_typeset_pages(None);
    assert_eq!(length(&report), None);
    assert_incremental_matches_full(&report, &resume);

    // The PDF is fitted to other pages after a level change: the count goes.
    report.set_typeset_pages(Some(2));
    let mut junior = resume.clone();
    junior.set_level(Level::Junior);
    report.recheck_section(&junior, id);
    assert_eq!(report.typeset_pages(), None);
}

#[test]
fn the_generation_changes_with_every_recheck_and_never_repeats_for_a_new_report() {
    let resume = mid();
    let mut report = Report::new(&resume);
    let first = report.generation();
    assert_eq!(
        report.clone().generation(),
        first,
        "a clone is the same report"
    );
    report.recheck_section(&resume, id_of(&resume, SectionKind::Summary));
    let second = report.generation();
    assert_ne!(second, first);
    report.set_typeset_pages(Some(3));
    assert_ne!(report.generation(), second);
    let rebuilt = Report::new(&resume);
    assert!(![first, second, report.generation()].contains(&rebuilt.generation()));
}

#[test]
fn a_report_without_spelling_leaves_only_spelling_out_and_keeps_it_out_on_rechecks() {
    let mut resume = mid();
    let summary = resume.first_of_kind(SectionKind::Summary).unwrap().id;
    resume
        .section_mut(summary)
        .unwrap()
        .body
        .push_str(" Shipped teh billing servce.");
    let spelling = |report: &Report| {
        report
            .section_findings(summary)
            .iter()
            .filter(|f| f.rule == rule::SPELLING)
            .count()
    };
    let full = Report::new(&resume);
    let mut early = Report::without_spelling(&resume);
    assert!(full.spelled() && !early.spelled());
    assert_eq!(spelling(&full), 2);
    assert_eq!(spelling(&early), 0);
    // Everything else is the same.
    let others = |report: &Report| -> Vec<String> {
        resume
            .sections()
            .iter()
            .flat_map(|s| report.section_findings(s.id))
            .filter(|f| f.rule != rule::SPELLING)
            .map(|f| format!("{f:?}"))
            .collect()
    };
    assert_eq!(others(&full), others(&early));

    early.recheck_section(&resume, summary);
    assert_eq!(spelling(&early), 0, "a recheck does not bring spelling in");
}
