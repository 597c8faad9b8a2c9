//! `resumd match`, `resumd variants` and `--only`/`--variant` as a user
//! runs them, on a tagged resume in a temporary config folder.

mod common;

use std::path::Path;

use common::run;

const JOBS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/jobs");

fn setup(dir: &Path) {
    std::fs::copy(
        Path::new(JOBS).join("resume-tagged.md"),
        dir.join("alex.md"),
    )
    .unwrap();
    let (code, _, err) = run(
        dir,
        &["import", "alex.md", "--name", "alex", "--level", "mid"],
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn match_lists_missing_required_first_and_json_has_the_issue_shape() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    setup(dir);
    let posting = Path::new(JOBS).join("02-senior-backend-architect-go.txt");
    let posting = posting.to_str().unwrap();
    let (code, out, err) = run(dir, &["match", posting, "--resume", "alex"]);
    assert_eq!(code, 0, "{err}");
    let required = out.find("Missing, required").unwrap();
    let preferred = out.find("Missing, preferred").unwrap();
    let found = out.find("Found").unwrap();
    assert!(required < preferred && preferred < found, "{out}");
    assert!(out.contains("✓ Go (required)"), "{out}");
    assert!(out.contains("✗ NATS"), "{out}");

    let (code, out, err) = run(
        dir,
        &["match", posting, "--resume", "alex", "--format", "json"],
    );
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["keywords", "level", "score", "years"]);
    assert_eq!(json["level"]["posting"], "senior");
    assert_eq!(json["level"]["resume"], "mid");
    assert_eq!(json["years"]["asked"], 8);
    assert!(json["years"]["resume"].as_u64().unwrap() >= 8);
    let go = json["keywords"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["skill"] == "Go")
        .unwrap();
    assert_eq!(go["required"], true);
    assert_eq!(go["found"], true);
    let place = &go["where"][0];
    assert_eq!(place["section"], "Summary");
    // The line points at the exported Markdown's line naming Go.
    let (_, markdown, _) = run(dir, &["export", "--resume", "alex", "-o", "-"]);
    let line = place["line"].as_u64().unwrap() as usize;
    assert!(
        markdown.lines().nth(line - 1).unwrap().contains("Go"),
        "{markdown}"
    );
}

#[test]
fn a_variant_narrows_what_match_finds() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    setup(dir);
    std::fs::write(
        dir.join("job.txt"),
        "Requirements\n- Double-entry ledgers and matchmaking\n",
    )
    .unwrap();
    let (_, all, _) = run(
        dir,
        &["match", "job.txt", "--resume", "alex", "--format", "json"],
    );
    let (_, fintech, _) = run(
        dir,
        &[
            "match", "job.txt", "--resume", "alex", "--only", "fintech", "--format", "json",
        ],
    );
    let found = |out: &str| -> Vec<String> {
        let json: serde_json::Value = serde_json::from_str(out).unwrap();
        json["keywords"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|k| k["found"] == true)
            .map(|k| k["skill"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(found(&all), ["Ledgers"]);
    assert_eq!(found(&fintech), ["Ledgers"]);
    // The ledger bullet is tagged fintech: the games variant drops it.
    let (_, games, _) = run(
        dir,
        &[
            "match", "job.txt", "--resume", "alex", "--only", "games", "--format", "json",
        ],
    );
    assert!(found(&games).is_empty(), "{games}");
}

#[test]
fn export_only_and_saved_variants_produce_the_variant_without_tags() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    setup(dir);
    let (code, out, err) = run(
        dir,
        &["export", "--resume", "alex", "--only", "fintech", "-o", "-"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Acme Pay") && out.contains("double-entry ledger"),
        "{out}"
    );
    assert!(
        !out.contains("Pixel Games") && !out.contains("Talks"),
        "{out}"
    );
    assert!(
        out.contains("Ran Kafka consumers"),
        "untagged content stays: {out}"
    );
    assert!(!out.contains("{."), "{out}");

    let (code, _, err) = run(
        dir,
        &[
            "variants",
            "add",
            "games",
            "--resume",
            "alex",
            "--tags",
            "games,speaking",
            "--order",
            "Talks,Experience",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = run(dir, &["variants", "--resume", "alex"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Tags in use: backend, fintech, games, speaking"),
        "{out}"
    );
    assert!(
        out.contains("games") && out.contains("order: Talks, Experience"),
        "{out}"
    );
    let (code, out, err) = run(
        dir,
        &[
            "export",
            "--resume",
            "alex",
            "--variant",
            "games",
            "--format",
            "text",
            "-o",
            "-",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Pixel Games") && !out.contains("Acme Pay"),
        "{out}"
    );
    assert!(
        out.find("TALKS").unwrap() < out.find("EXPERIENCE").unwrap(),
        "{out}"
    );
    let (code, out, _) = run(dir, &["lint", "--resume", "alex", "--variant", "games"]);
    assert!(code <= 1, "{out}");
    assert!(!out.contains("Acme Pay"));
    // The whole resume, exported without a choice, shows no tags either.
    let (_, out, _) = run(
        dir,
        &["export", "--resume", "alex", "--format", "html", "-o", "-"],
    );
    assert!(!out.contains("{.") && out.contains("Pixel Games"));
    let (code, _, err) = run(dir, &["variants", "remove", "games", "--resume", "alex"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn bad_input_is_one_line_and_exit_2() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    setup(dir);
    std::fs::write(dir.join("empty.txt"), "  \n").unwrap();
    std::fs::write(
        dir.join("binary.txt"),
        [0x50u8, 0x4b, 3, 4, 0, 0, 0xff, 0xfe],
    )
    .unwrap();
    std::fs::write(dir.join("job.txt"), "Requirements\n- Go\n").unwrap();
    for (args, says) in [
        (vec!["match", "empty.txt", "--resume", "alex"], "empty"),
        (vec!["match", "binary.txt", "--resume", "alex"], "not text"),
        (vec!["match", "nope.txt", "--resume", "alex"], "cannot read"),
        (
            vec!["match", "job.txt", "--resume", "alex", "--only", "crypto"],
            "tags in use: backend, fintech, games, speaking",
        ),
        (
            vec!["export", "--resume", "alex", "--only", "crypto", "-o", "-"],
            "unknown tag 'crypto'",
        ),
        (
            vec!["export", "--resume", "alex", "--variant", "nope", "-o", "-"],
            "no variant named 'nope'",
        ),
        (
            vec!["variants", "add", "x", "--resume", "alex", "--tags", "nope"],
            "unknown tag 'nope'",
        ),
        (
            vec!["variants", "remove", "x", "--resume", "alex"],
            "no variant named 'x'",
        ),
    ] {
        let (code, out, err) = run(dir, &args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn preview_hides_tags_and_lint_flags_bad_tag_syntax() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    std::fs::write(
        dir.join("r.md"),
        "# Alex Example\n\n## Experience\n\n- Cut costs by 30 % with caching. {.fintech}\n- Built a Go service for 5 k users. {.fintech backend}\n",
    )
    .unwrap();
    let (code, out, _) = run(dir, &["preview", "r.md", "--color", "never"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Cut costs by 30 % with caching.") && !out.contains("{.fintech}"),
        "{out}"
    );
    assert!(
        out.contains("{.fintech backend}"),
        "bad syntax stays text: {out}"
    );
    let (_, out, _) = run(dir, &["lint", "r.md"]);
    assert!(
        out.contains("r.md:6:") && out.contains("[tag-syntax]"),
        "{out}"
    );
}
