//! Spelling: parsing the dictionaries (what start-up does, on a background
//! thread), checking one word (target ≤ 5 µs), one line (what a keystroke
//! checks), and suggestions for a misspelled word.

use divan::Bencher;
use resumd::guide::spelling::{Choice, Speller, style_issues};

const LINE: &str = "- Architected the billing API on Kubernetes and Kafka, cutting p99 \
                    latency from 800 ms to 200 ms for 3 product teams (see [design](https://example.com/d)).";
const LINE_WITH_TYPOS: &str = "- Acomplished a buisness-critical migraton of 12 microservices \
                               to PostgreSQL, with the the on-call team.";

fn main() {
    divan::main();
}

fn ready(choice: Choice) -> Speller {
    let speller = Speller::new(choice, ["Zentrik"]);
    // Parse the dictionaries before timing.
    speller.is_correct("warm");
    speller
}

/// One spelling (`--dictionary en-US`), and both in one dictionary (the
/// default).
#[divan::bench(sample_count = 20, args = [Choice::Us, Choice::Both])]
fn load_dictionary(choice: Choice) -> spellbook::Dictionary {
    resumd::guide::spelling::load(choice)
}

#[divan::bench(args = ["latency", "Kubernetes", "buisness", "Zentrik"])]
fn one_word(bencher: Bencher, word: &str) {
    let speller = ready(Choice::Both);
    bencher.bench_local(|| speller.is_correct(divan::black_box(word)));
}

#[divan::bench(args = [LINE, LINE_WITH_TYPOS])]
fn one_line(bencher: Bencher, line: &str) {
    let speller = ready(Choice::Both);
    bencher.bench_local(|| speller.misspelled(divan::black_box(line)));
}

#[divan::bench(args = [LINE, LINE_WITH_TYPOS])]
fn one_line_style(line: &str) -> usize {
    style_issues(divan::black_box(line)).len()
}

/// A word seen for the first time (the checker is new each time, so its
/// cache is empty).
#[divan::bench(args = ["acomplished", "Kuberentes"])]
fn suggestions_first_time(bencher: Bencher, word: &str) {
    ready(Choice::Both);
    bencher.bench_local(|| Speller::new(Choice::Both, []).suggestions(divan::black_box(word)));
}

#[divan::bench]
fn suggestions_cached(bencher: Bencher) {
    let speller = ready(Choice::Both);
    speller.suggestions("acomplished");
    bencher.bench_local(|| speller.suggestions(divan::black_box("acomplished")));
}
