//! `resumd match` in process: reading a long posting (all sixteen fixture
//! postings one after another, about 22 KB) and matching it against a
//! one-page resume (target: well under 10 ms) and against the 2,000-line
//! stress resume (where reading its experience entries dominates).

#[path = "support/big_resume.rs"]
mod big_resume;

use divan::Bencher;
use resumd::guide::jobs::{Lexicon, match_resume, month, read_posting};
use resumd::resume::{Level, resume_from_markdown};

fn main() {
    divan::main();
}

fn long_posting() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/jobs");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("the job fixtures")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("a posting"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[divan::bench]
fn read_long_posting(bencher: Bencher) {
    let lexicon = Lexicon::builtin();
    let text = long_posting();
    bencher.bench_local(|| read_posting(lexicon, divan::black_box(&text)));
}

#[divan::bench]
fn match_long_posting_against_big_resume(bencher: Bencher) {
    let lexicon = Lexicon::builtin();
    let text = long_posting();
    let markdown = big_resume::markdown(big_resume::BIG_LINES, big_resume::DEFAULT_SEED);
    let resume =
        resume_from_markdown(&markdown, Level::Mid).expect("the generated resume has headings");
    bencher.bench_local(|| {
        let posting = read_posting(lexicon, divan::black_box(&text)).expect("a posting");
        match_resume(
            lexicon,
            &posting,
            divan::black_box(&resume),
            month(2026, 12),
        )
    });
}

#[divan::bench]
fn match_long_posting_against_one_page_resume(bencher: Bencher) {
    let lexicon = Lexicon::builtin();
    let text = long_posting();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/jobs/resume-tagged.md");
    let markdown = std::fs::read_to_string(path).expect("the tagged resume");
    let resume = resume_from_markdown(&markdown, Level::Mid).expect("the resume has headings");
    bencher.bench_local(|| {
        let posting = read_posting(lexicon, divan::black_box(&text)).expect("a posting");
        match_resume(
            lexicon,
            &posting,
            divan::black_box(&resume),
            month(2026, 12),
        )
    });
}

#[divan::bench]
fn load_lexicon() -> usize {
    resumd::guide::jobs::Lexicon::parse_builtin().skills.len()
}
