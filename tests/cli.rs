//! The headless commands as a user runs them: exit codes, messages and
//! files, in a temporary config folder.

mod common;

use std::path::Path;

use common::run;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/jsonresume");

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn new_then_list_then_export_each_format() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    let (code, out, err) = run(dir, &["new", "--level", "junior", "--name", "backend"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Created 'backend'"));
    let (_, list, _) = run(dir, &["list"]);
    assert!(
        list.contains("backend") && list.contains("junior"),
        "{list}"
    );

    for (format, file, start) in [
        ("markdown", "backend.md", "# [Your Name]"),
        ("json-resume", "backend.json", "{"),
        ("html", "backend.html", "<!DOCTYPE html>"),
        ("text", "backend.txt", "[Your Name]"),
    ] {
        let (code, _, err) = run(dir, &["export", "--format", format]);
        assert_eq!(code, 0, "{format}: {err}");
        let written = std::fs::read_to_string(dir.join(file)).unwrap();
        assert!(written.starts_with(start), "{format}: {written}");
        // A second export does not replace the file without --force.
        let (code, _, err) = run(dir, &["export", "--format", format]);
        assert_eq!(code, 2);
        assert!(err.contains("--force"), "{err}");
        let (code, _, _) = run(dir, &["export", "--format", format, "--force"]);
        assert_eq!(code, 0);
    }
}

#[test]
fn bad_input_is_one_line_exit_2_and_creates_nothing() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    std::fs::write(dir.join("flat.md"), "just words, no headings").unwrap();
    std::fs::write(
        dir.join("broken.json"),
        "{\n  \"basics\": {\n    \"name\": }",
    )
    .unwrap();
    std::fs::write(dir.join("list.json"), "[1, 2]").unwrap();
    let before = files_in(dir);
    for args in [
        &["new", "--level", "guru"][..],
        &["export", "--resume", "missing"],
        &["export", "--format", "pdf"],
        &["import", "nope.md"],
        &["import", "broken.json"],
        &["import", "list.json"],
        &["lint", "nope.md"],
        &["lint", "--level", "staff-ish", "flat.md"],
        &["preview", "nope.md"],
        &["--resume", "missing"],
    ] {
        let (code, _, err) = run(dir, args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(!err.trim().is_empty(), "{args:?} says why");
        if !err.starts_with("error:") {
            // Our own messages are one line; clap adds a usage hint.
            assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        }
    }
    let (_, _, err) = run(dir, &["import", "broken.json"]);
    assert!(err.contains("line 3"), "JSON errors give the line: {err}");
    assert_eq!(files_in(dir), before, "nothing created");
}

#[test]
fn a_file_without_structure_imports_as_text_with_a_note() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    std::fs::write(dir.join("flat.md"), "just words, no headings").unwrap();
    let (code, _, err) = run(dir, &["import", "flat.md"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("note: no headings"), "{err}");
    let (_, markdown, _) = run(dir, &["export", "--resume", "flat", "-o", "-"]);
    assert_eq!(markdown.trim(), "just words, no headings");
}

#[test]
fn import_json_resume_then_markdown_round_trip_keeps_every_word() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    let source = Path::new(FIXTURES).join("new-grad.resume.json");
    let (code, out, err) = run(
        dir,
        &[
            "import",
            source.to_str().unwrap(),
            "--name",
            "grad",
            "--level",
            "junior",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("'grad'"));
    let (_, markdown, _) = run(dir, &["export", "--resume", "grad", "-o", "-"]);
    std::fs::write(dir.join("grad.md"), &markdown).unwrap();
    let (code, _, err) = run(dir, &["import", "grad.md", "--name", "again"]);
    assert_eq!(code, 0, "{err}");
    let (_, again, _) = run(dir, &["export", "--resume", "again", "-o", "-"]);
    let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    assert_eq!(words(&again), words(&markdown));
}

#[test]
fn lint_exit_codes_and_json_report() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    let good = "# Ada Okafor\n\nBack-End Engineer · Berlin\n\nada@example.com · [github.com/ada](https://github.com/ada)\n\n## Summary\n\nBack-end engineer with 6 years building Go and PostgreSQL services on AWS; cut p99 latency of the payments API by 75%.\n\n## Skills\n\n- Go, Python, SQL, PostgreSQL, Redis, Docker, Kubernetes, AWS, GitHub Actions\n\n## Experience\n\n### Senior Back-End Engineer — Acme Pay\n*2021-03 – 2024-06*\n- Cut p99 latency of the payments API from 800 ms to 200 ms with Redis caching and query tuning.\n- Designed the schema and API contract for the billing service used by 3 product teams.\n- Built integration tests and a CI/CD pipeline on GitHub Actions, taking deploys from weekly to 10 a day.\n- Scaled checkout on Kubernetes to 5x concurrent users during sales, working with front end and DevOps.\n\n## Projects\n\n### Rate limiter\n- Built a token-bucket rate limiter in Go serving 20k requests per second for 4 internal services.\n\n## Education\n\n**B.Sc. Computer Science** — TU Berlin, 2017\n";
    std::fs::write(dir.join("good.md"), good).unwrap();
    let (code, out, err) = run(dir, &["lint", "good.md", "--level", "mid"]);
    assert_eq!(code, 0, "no errors in a good resume:\n{out}{err}");

    let weak = good.replace(
        "- Cut p99 latency of the payments API from 800 ms to 200 ms with Redis caching and query tuning.",
        "- Responsible for working on [Company] APIs.",
    );
    std::fs::write(dir.join("weak.md"), &weak).unwrap();
    let (code, out, _) = run(dir, &["lint", "weak.md"]);
    assert_eq!(code, 1, "errors exit 1:\n{out}");
    let line = weak
        .lines()
        .position(|l| l.starts_with("- Responsible"))
        .unwrap()
        + 1;
    assert!(
        out.contains(&format!("weak.md:{line}:")) && out.contains("error[placeholder]"),
        "compiler-style lines at the file's own line {line}:\n{out}"
    );

    let (code, out, _) = run(dir, &["lint", "weak.md", "--format", "json"]);
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["level"], "mid");
    assert!(report["score"].as_u64().unwrap() <= 100);
    let findings = report["findings"].as_array().unwrap();
    let placeholder = findings
        .iter()
        .find(|f| f["rule"] == "placeholder")
        .expect("placeholder finding");
    assert_eq!(placeholder["severity"], "error");
    assert_eq!(placeholder["line"].as_u64().unwrap() as usize, line);
    assert_eq!(placeholder["section"], "Experience");
    assert!(findings.iter().any(|f| f["rule"] == "weak-opener"));
}

#[test]
fn preview_renders_plain_text_when_piped() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    std::fs::write(
        dir.join("r.md"),
        "# Ada\n\n## Skills\n\n- **Go** and [site](https://ada.dev)\n",
    )
    .unwrap();
    let (code, out, err) = run(dir, &["preview", "r.md", "--width", "40"]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains('\u{1b}'), "no escapes when piped: {out:?}");
    assert!(out.contains("• Go and site (https://ada.dev)"), "{out}");
    let (_, coloured, _) = run(dir, &["preview", "r.md", "--color", "always"]);
    assert!(coloured.contains("\u{1b}["));
}
