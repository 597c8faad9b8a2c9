//! Rough timings of the coach on a ~2,000-line resume. Ignored by default;
//! run in release mode:
//! `cargo test --release --test coach_perf -- --ignored --nocapture`

use std::hint::black_box;
use std::time::{Duration, Instant};

use resumd::guide::coach::Report;
use resumd::resume::{Level, Resume, SectionKind, resume_from_markdown};

/// A long resume: the mid fixture plus many role sections built from the
/// labelled bullets, about 2,000 lines in all.
fn big_resume() -> Resume {
    let bullets: Vec<&str> = include_str!("fixtures/coach/bullets.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.rsplit('\t').next())
        .collect();
    let mut resume =
        resume_from_markdown(include_str!("fixtures/import/mid-backend.md"), Level::Mid).unwrap();
    let mut n = 0;
    while resume.to_markdown().lines().count() < 2000 {
        let mut body = String::new();
        for role in 0..3 {
            body.push_str(&format!(
                "### Engineer {role} — Company {n}\n*2015 – 2019*\n\n"
            ));
            for _ in 0..8 {
                body.push_str(&format!("- {}\n", bullets[n % bullets.len()]));
                n += 1;
            }
            body.push('\n');
        }
        resume.push_section(SectionKind::Experience, "Earlier Experience", &body);
    }
    resume
}

/// CPU time of this thread: unlike the wall clock, it does not count the
/// time the thread waits while other work runs on a busy machine.
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the call to fill in.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime failed");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Milliseconds per call, as (thread CPU time, wall time): the best of
/// `rounds` rounds of `runs` calls each.
fn time<F: FnMut()>(rounds: u32, runs: u32, mut f: F) -> (f64, f64) {
    f();
    let (mut cpu, mut wall) = (f64::MAX, f64::MAX);
    for _ in 0..rounds {
        let (c0, w0) = (thread_cpu_time(), Instant::now());
        for _ in 0..runs {
            f();
        }
        let per = |d: Duration| d.as_secs_f64() * 1e3 / f64::from(runs);
        cpu = cpu.min(per(thread_cpu_time() - c0));
        wall = wall.min(per(w0.elapsed()));
    }
    (cpu, wall)
}

#[test]
#[ignore]
fn timings() {
    let resume = big_resume();
    let lines = resume.to_markdown().lines().count();
    let full = time(30, 5, || {
        black_box(Report::new(black_box(&resume)));
    });
    let mut report = Report::new(&resume);
    let exp = resume.first_of_kind(SectionKind::Experience).unwrap().id;
    let exp_lines = resume.section(exp).unwrap().body.lines().count();
    let recheck = time(30, 200, || report.recheck_section(black_box(&resume), exp));
    let typical =
        resume_from_markdown(include_str!("fixtures/import/mid-backend.md"), Level::Mid).unwrap();
    let typical_full = time(30, 50, || {
        black_box(Report::new(black_box(&typical)));
    });
    let summary = resume.first_of_kind(SectionKind::Summary).unwrap().id;
    let recheck_summary = time(30, 200, || {
        report.recheck_section(black_box(&resume), summary)
    });
    println!(
        "{lines} lines, {} sections, {} words\n\
         full check: {:.3} ms CPU ({:.3} ms wall)\n\
         recheck of the {exp_lines}-line experience section: {:.1} µs CPU ({:.1} µs wall)\n\
         recheck of the summary: {:.1} µs CPU ({:.1} µs wall)\n\
         full check of the {}-line mid fixture: {:.1} µs CPU",
        resume.sections().len(),
        report.words(),
        full.0,
        full.1,
        recheck.0 * 1e3,
        recheck.1 * 1e3,
        recheck_summary.0 * 1e3,
        recheck_summary.1 * 1e3,
        typical.to_markdown().lines().count(),
        typical_full.0 * 1e3,
    );
}
