//! Spelling against lists nobody on the project wrote: Wikipedia's common
//! misspellings and GitHub's topic names for back-end technology (sources
//! in tests/fixtures/spelling/README.md).

use resumd::guide::coach::Report;
use resumd::guide::spelling::{Choice, Speller, StyleKind, style_issues};
use resumd::resume::{Level, resume_from_markdown};

const MISSPELLINGS: &str = include_str!("fixtures/spelling/misspellings.txt");
const BACKEND_TERMS: &str = include_str!("fixtures/spelling/backend-terms.txt");

fn speller() -> Speller {
    Speller::new(Choice::Both, [])
}

#[test]
fn at_least_nine_in_ten_common_misspellings_are_flagged() {
    let speller = speller();
    let mut missed = Vec::new();
    let mut total = 0;
    for line in MISSPELLINGS.lines() {
        let Some((wrong, _right)) = line.split_once("->") else {
            continue;
        };
        total += 1;
        if speller.misspelled(wrong).is_empty() {
            missed.push(wrong);
        }
    }
    assert!(total > 4000, "the list has {total} entries");
    let flagged = 1.0 - missed.len() as f64 / total as f64;
    println!(
        "flagged {:.1} % of {total}; missed: {missed:?}",
        flagged * 100.0
    );
    assert!(
        flagged >= 0.90,
        "{:.1} % flagged; missed {missed:?}",
        flagged * 100.0
    );
}

#[test]
fn at_most_two_in_a_hundred_back_end_terms_are_flagged() {
    let speller = speller();
    let terms: Vec<&str> = BACKEND_TERMS
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    let flagged: Vec<&str> = terms
        .iter()
        .copied()
        .filter(|term| !speller.misspelled(term).is_empty())
        .collect();
    let share = flagged.len() as f64 / terms.len() as f64;
    println!("flagged {} of {}: {flagged:?}", flagged.len(), terms.len());
    assert!(terms.len() >= 150, "{}", terms.len());
    assert!(share <= 0.02, "{:.1} % flagged: {flagged:?}", share * 100.0);
}

#[test]
fn a_word_typed_twice_is_flagged_by_the_style_check_and_the_coach() {
    let issues = style_issues("Cut the the p99 latency");
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].kind, StyleKind::Repeated);
    let markdown = "# Jane Example\n\n## Experience\n\n\
                    - Cut the the p99 latency of the billing API by 40 % with Redis.\n";
    let resume = resume_from_markdown(markdown, Level::Mid).unwrap();
    let report = Report::new(&resume);
    assert!(
        report.all_findings().any(|f| f.rule == "repeated-word"),
        "{:?}",
        report.all_findings().collect::<Vec<_>>()
    );
}
