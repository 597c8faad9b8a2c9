//! PDF export of a two-page resume (the senior-engineer JSON Resume
//! example), warm and in-process: what `resumd export --format pdf` and
//! the app's background page count cost once fonts and the standard
//! library are loaded. Target: ≤ 300 ms.

use divan::Bencher;
use resumd::export::{Paper, PdfRequest, page_count, page_count_uncached, to_pdf};
use resumd::resume::{Level, Resume, from_json_resume};

fn main() {
    divan::main();
}

fn two_pages() -> Resume {
    let json = include_str!("../tests/fixtures/jsonresume/senior-engineer.resume.json");
    from_json_resume(json, Level::Senior).expect("the example is valid JSON Resume")
}

#[divan::bench(sample_count = 20)]
fn export_two_pages(bencher: Bencher) {
    let resume = two_pages();
    let request = PdfRequest {
        paper: Paper::A4,
        pages: None,
    };
    // Warm: fonts, the library and the template's parse are loaded once.
    let pdf = to_pdf(&resume, request).expect("typesets");
    assert_eq!(pdf.pages, 2);
    bencher.bench_local(|| to_pdf(divan::black_box(&resume), request));
}

/// A first ask for the page count: typeset, fitted to the level's pages.
#[divan::bench(sample_count = 20)]
fn page_count_two_pages(bencher: Bencher) {
    let resume = two_pages();
    page_count_uncached(&resume, Paper::A4).expect("typesets");
    bencher.bench_local(|| page_count_uncached(divan::black_box(&resume), Paper::A4));
}

/// Asking again for content already counted: a hash and a lookup.
#[divan::bench]
fn page_count_two_pages_again(bencher: Bencher) {
    let resume = two_pages();
    page_count(&resume, Paper::A4).expect("typesets");
    bencher.bench_local(|| page_count(divan::black_box(&resume), Paper::A4));
}
