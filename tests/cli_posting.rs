//! The posting remembered with a resume (and per variant): `resumd match
//! JOB --remember`, `resumd match` with no JOB, `--forget`, and `resumd
//! lint` saying what the remembered posting asks for.

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

fn saved(dir: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(dir.join("resumes/alex.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_remembered_posting_is_used_when_no_job_is_given() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    setup(dir);
    let (code, _, err) = run(dir, &["match", "--resume", "alex"]);
    assert_eq!(code, 2);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(
        err.contains("remembers none") && err.contains("--remember"),
        "{err}"
    );

    let posting = Path::new(JOBS).join("02-senior-backend-architect-go.txt");
    let posting = posting.to_str().unwrap();
    let (code, given, err) = run(dir, &["match", posting, "--resume", "alex", "--remember"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Remembered the posting"), "{err}");
    let file = saved(dir);
    assert_eq!(
        file["resume"]["posting"]["text"],
        std::fs::read_to_string(posting).unwrap()
    );
    assert!(
        !file["resume"]["posting"]["title"]
            .as_str()
            .unwrap()
            .is_empty()
    );

    let (code, remembered, err) = run(dir, &["match", "--resume", "alex"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("using the posting remembered"), "{err}");
    assert_eq!(remembered, given);
    let (_, listed, _) = run(dir, &["variants", "--resume", "alex"]);
    assert!(listed.contains("Posting: "), "{listed}");

    let (code, _, err) = run(dir, &["match", "--resume", "alex", "--forget"]);
    assert_eq!(code, 0, "{err}");
    assert!(saved(dir)["resume"].get("posting").is_none());
    let (code, _, err) = run(dir, &["match", "--resume", "alex", "--forget"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nothing to forget"), "{err}");
    // --remember needs a posting to remember.
    let (code, _, _) = run(dir, &["match", "--resume", "alex", "--remember"]);
    assert_eq!(code, 2);
}

#[test]
fn a_variants_posting_wins_over_the_resumes() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    setup(dir);
    std::fs::write(
        dir.join("general.txt"),
        "Backend Engineer\nRequirements\n- Go\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("pay.txt"),
        "Settlement Developer\nRequirements\n- Kafka and gRPC\n",
    )
    .unwrap();
    let (code, _, err) = run(
        dir,
        &[
            "variants", "add", "fintech", "--resume", "alex", "--tags", "fintech",
        ],
    );
    assert_eq!(code, 0, "{err}");
    for args in [
        vec!["match", "general.txt", "--resume", "alex", "--remember"],
        vec![
            "match",
            "pay.txt",
            "--resume",
            "alex",
            "--variant",
            "fintech",
            "--remember",
        ],
    ] {
        let (code, _, err) = run(dir, &args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let file = saved(dir);
    assert_eq!(file["resume"]["posting"]["title"], "Backend Engineer");
    assert_eq!(
        file["resume"]["variants"][0]["posting"]["title"],
        "Settlement Developer"
    );
    let skills = |args: &[&str]| -> Vec<String> {
        let (code, out, err) = run(dir, args);
        assert_eq!(code, 0, "{err}");
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        json["keywords"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["skill"].as_str().unwrap().to_string())
            .collect()
    };
    let whole = ["match", "--resume", "alex", "--format", "json"];
    assert_eq!(skills(&whole), ["Go"]);
    let variant = [&whole[..], &["--variant", "fintech"]].concat();
    assert_eq!(skills(&variant), ["gRPC", "Apache Kafka"]);
    // Redefining the variant keeps its posting.
    let (code, _, err) = run(
        dir,
        &[
            "variants",
            "add",
            "fintech",
            "--resume",
            "alex",
            "--tags",
            "fintech,backend",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(skills(&variant), ["gRPC", "Apache Kafka"]);
    let (_, listed, _) = run(dir, &["variants", "--resume", "alex"]);
    assert!(listed.contains("posting: Settlement Developer"), "{listed}");
}

#[test]
fn lint_says_what_the_remembered_posting_asks_for() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    setup(dir);
    std::fs::write(
        dir.join("job.txt"),
        "Backend Engineer\nRequirements\n- Go, MongoDB and Cassandra\n- You do code review\n",
    )
    .unwrap();
    let (_, before, _) = run(dir, &["lint", "--resume", "alex"]);
    assert!(!before.contains("posting-skill"), "{before}");
    let (code, _, err) = run(dir, &["match", "job.txt", "--resume", "alex", "--remember"]);
    assert_eq!(code, 0, "{err}");

    let (_, out, err) = run(dir, &["lint", "--resume", "alex"]);
    assert!(
        err.contains("with the posting remembered with 'alex': Backend Engineer"),
        "{err}"
    );
    let lines: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("[posting-skill]"))
        .collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].contains(
            "info[posting-skill]: The posting asks for MongoDB and Cassandra: list them here"
        ),
        "{out}"
    );
    assert!(
        lines[1].contains("code review: show it in this role"),
        "{out}"
    );
    // The line is the Skills line, in the exported Markdown.
    let (_, markdown, _) = run(dir, &["export", "--resume", "alex", "-o", "-"]);
    let at: usize = lines[0].split(':').nth(1).unwrap().parse().unwrap();
    assert!(
        markdown
            .lines()
            .nth(at - 1)
            .unwrap()
            .starts_with("Go, Python"),
        "{markdown}"
    );

    let (_, json, _) = run(dir, &["lint", "--resume", "alex", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let posting: Vec<_> = findings
        .iter()
        .filter(|f| f["rule"] == "posting-skill")
        .collect();
    assert_eq!(posting.len(), 2);
    assert_eq!(posting[0]["section"], "Skills");
    assert_eq!(posting[0]["severity"], "info");
    // A Markdown file has no remembered posting.
    let (_, file, _) = run(dir, &["lint", "alex.md"]);
    assert!(!file.contains("posting-skill"), "{file}");
}
