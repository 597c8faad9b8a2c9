//! Spelling from the command line: `lint` reports the spelling rules at
//! their exact line and column, `--dictionary` picks and remembers a
//! spelling, and the personal dictionary is read (or moved aside).

mod common;

use std::fs;
use std::path::Path;

use common::run;

const RESUME: &str = "# Jane Example\n\
jane@example.com · github.com/jane-example\n\
\n\
## Experience\n\
\n\
### Engineer — Zentrik Labs\n\
*2021 – Present*\n\
\n\
- Cut the the p99 latency of Zentrik's billing API by 40 % with a buisness cache.\n\
- Led the team to optimize and optimise 12 services on Kubernetes and gRPC.\n";

fn write_resume(dir: &Path) {
    fs::write(dir.join("cv.md"), RESUME).unwrap();
}

fn spelling_lines(out: &str) -> Vec<&str> {
    out.lines()
        .filter(|l| l.contains("[spelling]") || l.contains("[repeated-word]"))
        .collect()
}

#[test]
fn lint_reports_spelling_at_its_line_and_column() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    write_resume(dir);
    let (_, out, err) = run(dir, &["lint", "cv.md"]);
    assert_eq!(
        spelling_lines(&out),
        [
            "cv.md:9:7: warning[repeated-word]: 'the the': the word is typed twice; delete one.",
            "cv.md:9:67: warning[spelling]: 'buisness' may be misspelled: business?",
        ],
        "{out}{err}"
    );
}

#[test]
fn a_chosen_spelling_is_remembered() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    write_resume(dir);
    let (_, out, _) = run(dir, &["lint", "cv.md", "--dictionary", "en-GB"]);
    assert!(out.contains("'optimize' may be misspelled"), "{out}");
    assert!(!out.contains("'optimise'"), "{out}");
    let settings = fs::read_to_string(dir.join("settings.json")).unwrap();
    assert!(settings.contains("\"dictionary\": \"en-GB\""), "{settings}");
    let (_, out, _) = run(dir, &["lint", "cv.md"]);
    assert!(out.contains("'optimize'"), "remembered: {out}");
    let (_, out, _) = run(dir, &["--dictionary", "en-us", "lint", "cv.md"]);
    assert!(
        out.contains("'optimise'") && !out.contains("'optimize'"),
        "{out}"
    );
    let (_, out, _) = run(dir, &["--dictionary", "both", "lint", "cv.md"]);
    assert!(
        !out.contains("'optimise'") && !out.contains("'optimize'"),
        "{out}"
    );
}

#[test]
fn an_unknown_dictionary_is_one_line_and_exit_2_and_creates_nothing() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path().join("cfg");
    fs::create_dir(&dir).unwrap();
    write_resume(&dir);
    let (code, out, err) = run(&dir, &["lint", "cv.md", "--dictionary", "fr-FR"]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("'fr-FR'") && err.contains("en-GB"), "{err}");
    assert!(out.is_empty());
    assert!(!dir.join("settings.json").exists());
}

#[test]
fn personal_words_are_never_flagged_and_a_damaged_list_is_moved_aside() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    write_resume(dir);
    fs::write(dir.join("dictionary.txt"), "# mine\nbuisness\n").unwrap();
    let (_, out, err) = run(dir, &["lint", "cv.md"]);
    assert!(!out.contains("'buisness'"), "{out}{err}");

    fs::write(dir.join("dictionary.txt"), b"buisness\n\xff\xfe\n").unwrap();
    let (_, out, err) = run(dir, &["lint", "cv.md"]);
    assert!(out.contains("'buisness'"), "{out}");
    assert!(err.contains("dictionary.txt.corrupt-"), "told: {err}");
    assert!(!dir.join("dictionary.txt").exists());
}
