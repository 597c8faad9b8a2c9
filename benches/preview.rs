//! Rendering the preview of a one-page, a three-page and the 2,000-line
//! resume at 100 columns: into ratatui lines (the app's preview pane) and
//! into ANSI text (`resumd preview`).

#[path = "support/big_resume.rs"]
mod big_resume;

use divan::Bencher;
use resumd::markdown::{MdTheme, PreviewCache, render, render_to_ansi};

const WIDTH: u16 = 100;
const SIZES: [(&str, usize); 3] = [
    ("one_page", big_resume::ONE_PAGE_LINES),
    ("three_pages", big_resume::THREE_PAGES_LINES),
    ("big_2000_lines", big_resume::BIG_LINES),
];

fn main() {
    divan::main();
}

fn source(size: &str) -> String {
    let (_, lines) = SIZES
        .iter()
        .find(|(name, _)| *name == size)
        .expect("a listed size");
    big_resume::markdown(*lines, big_resume::DEFAULT_SEED)
}

#[divan::bench(args = ["one_page", "three_pages", "big_2000_lines"])]
fn lines(bencher: Bencher, size: &str) {
    let markdown = source(size);
    let theme = MdTheme::default();
    bencher.bench_local(|| render(divan::black_box(&markdown), WIDTH, &theme));
}

#[divan::bench(args = ["one_page", "three_pages", "big_2000_lines"])]
fn ansi(bencher: Bencher, size: &str) {
    let markdown = source(size);
    bencher.bench_local(|| render_to_ansi(divan::black_box(&markdown), WIDTH, true));
}

/// The whole resume through the app's per-section cache, from cold.
#[divan::bench(args = ["one_page", "three_pages", "big_2000_lines"])]
fn cache_cold(bencher: Bencher, size: &str) {
    let (_, lines) = *SIZES
        .iter()
        .find(|(name, _)| *name == size)
        .expect("listed");
    let resume = big_resume::resume_from_markdown(
        &big_resume::markdown(lines, big_resume::DEFAULT_SEED),
        resumd::resume::Level::Senior,
    );
    let theme = MdTheme::default();
    bencher.bench_local(|| {
        let mut cache = PreviewCache::new();
        cache.update(divan::black_box(&resume), WIDTH, &theme);
        cache
    });
}
