//! The coach on the 2,000-line resume: a whole check (what `resumd lint`
//! and a level change do) and the recheck of one section after an edit
//! (what a keystroke costs). Targets: well under 5 ms and 0.1 ms.

#[path = "support/big_resume.rs"]
mod big_resume;

use divan::Bencher;
use resumd::guide::coach::Report;
use resumd::resume::{Level, Resume, SectionKind, resume_from_markdown};

fn main() {
    divan::main();
}

fn big() -> Resume {
    let markdown = big_resume::markdown(big_resume::BIG_LINES, big_resume::DEFAULT_SEED);
    resume_from_markdown(&markdown, Level::Mid).expect("the generated resume has headings")
}

#[divan::bench]
fn whole_resume(bencher: Bencher) {
    let resume = big();
    bencher.bench_local(|| Report::new(divan::black_box(&resume)));
}

#[divan::bench]
fn one_section_after_an_edit(bencher: Bencher) {
    let resume = big();
    let mut report = Report::new(&resume);
    let id = resume
        .sections()
        .iter()
        .find(|s| s.kind == SectionKind::Summary)
        .map(|s| s.id)
        .expect("a summary");
    bencher.bench_local(|| report.recheck_section(divan::black_box(&resume), id));
}

#[divan::bench]
fn lint_text_output(bencher: Bencher) {
    let resume = big();
    let report = Report::new(&resume);
    bencher.bench_local(|| resumd::guide::coach::lint_text(&resume, &report, "big.md"));
}
