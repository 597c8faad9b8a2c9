//! One keystroke end to end, as the event loop does it: terminal event →
//! `App::handle_event` → `App::prepare_view` → `View::draw`, compared with
//! the last frame and turned into bytes by the terminal backend, for a
//! 120×40 screen (the bytes go nowhere). Each iteration types a letter and erases it again (two
//! keystrokes, two frames), so the text does not grow while it runs.
//!
//! `echo_*`: a key inside a word, as typed: the coach and the preview wait
//! for the end of the word. `settled_*`: the same keys with the coach and
//! the preview brought up to date before each frame (what a space or a
//! pause costs).

#[path = "support/big_resume.rs"]
mod big_resume;

use divan::Bencher;
use divan::counter::ItemsCount;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use resumd::resume::Resume;
use resumd::tui::term::backend::FrameBackend;
use resumd::tui::term::frames::Frames;
use resumd::tui::view::View;
use resumd::tui::{App, Theme};

fn main() {
    divan::main();
}

/// An app editing the end of the Summary (the same text in every size) or
/// of the resume's longest section, drawn once.
fn ready_app(resume: Resume, longest: bool) -> (App, Frames<std::io::Sink>, View) {
    let sections = resume.sections().iter();
    let id = if longest {
        sections.max_by_key(|s| s.body.len())
    } else {
        sections.clone().find(|s| s.title == "Summary")
    }
    .expect("sections")
    .id;
    let doc = big_resume::open_at_end_of(resume, id);
    let mut app = App::open("bench", doc, Theme::dark());
    let mut terminal =
        Frames::new(FrameBackend::with_size(std::io::sink(), 120, 40)).expect("backend");
    app.handle_event(&Event::Resize(120, 40));
    app.prepare_view();
    let mut view = View::default();
    terminal.draw(|f, c| view.draw(&app, f, c)).expect("draw");
    (app, terminal, view)
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn type_and_erase(bencher: Bencher, resume: Resume, settle: bool) {
    type_and_erase_in(bencher, resume, settle, false);
}

fn type_and_erase_in(bencher: Bencher, resume: Resume, settle: bool, longest: bool) {
    // The view keeps its pane cache between keys, as the event loop's does.
    let (mut app, mut terminal, mut view) = ready_app(resume, longest);
    let (letter, backspace) = (key(KeyCode::Char('x')), key(KeyCode::Backspace));
    bencher.counter(ItemsCount::new(2usize)).bench_local(|| {
        for event in [&letter, &backspace] {
            app.handle_event(event);
            if settle {
                app.settle();
            }
            app.prepare_view();
            terminal.draw(|f, c| view.draw(&app, f, c)).expect("draw");
        }
    });
}

#[divan::bench]
fn echo_one_page(bencher: Bencher) {
    type_and_erase(bencher, big_resume::one_page(), false);
}

#[divan::bench]
fn echo_big_2000_lines(bencher: Bencher) {
    type_and_erase(bencher, big_resume::big(), false);
}

#[divan::bench]
fn settled_one_page(bencher: Bencher) {
    type_and_erase(bencher, big_resume::one_page(), true);
}

#[divan::bench]
fn settled_big_2000_lines(bencher: Bencher) {
    type_and_erase(bencher, big_resume::big(), true);
}

/// The longest section of the one-page resume, every key settled: the
/// path every key took before typing inside a word was deferred.
#[divan::bench]
fn settled_one_page_longest_section(bencher: Bencher) {
    type_and_erase_in(bencher, big_resume::one_page(), true, true);
}

/// The worst case: the longest section of the 2,000-line resume.
#[divan::bench]
fn echo_big_longest_section(bencher: Bencher) {
    type_and_erase_in(bencher, big_resume::big(), false, true);
}

#[divan::bench]
fn settled_big_longest_section(bencher: Bencher) {
    type_and_erase_in(bencher, big_resume::big(), true, true);
}

/// A section of 20,000 bullets, to compare with the one-page resume's
/// longest section (the editor wraps only the rows on screen).
fn twenty_thousand_bullets() -> Resume {
    let mut resume = big_resume::one_page();
    let body: String = (1..=20_000)
        .map(|n| format!("- Cut p99 latency of service {n} from 800 ms to 180 ms with Redis caching and query tuning.\n"))
        .collect();
    let id = resume
        .sections()
        .iter()
        .max_by_key(|s| s.body.len())
        .expect("sections")
        .id;
    resume.section_mut(id).expect("section").body = body;
    resume
}

#[divan::bench]
fn echo_one_page_longest_section(bencher: Bencher) {
    type_and_erase_in(bencher, big_resume::one_page(), false, true);
}

#[divan::bench]
fn echo_20000_bullets(bencher: Bencher) {
    type_and_erase_in(bencher, twenty_thousand_bullets(), false, true);
}

/// The same keys with the coach and the preview brought up to date: the
/// coach re-reads the whole section, so few samples suffice.
#[divan::bench(sample_count = 10)]
fn settled_20000_bullets(bencher: Bencher) {
    type_and_erase_in(bencher, twenty_thousand_bullets(), true, true);
}
