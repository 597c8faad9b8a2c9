//! JSON Resume import and export through the public API: the fixtures
//! round-trip, every export validates against the schema, bad input is
//! rejected with a message that says what to do.

mod common_schema;

use std::collections::BTreeSet;

use common_schema::Schema;
use resumd::guide::starter_resume;
use resumd::resume::{
    JsonResumeError, Level, Resume, SectionKind, from_json_resume, to_json_resume,
};
use serde_json::{Value, json};

const FIXTURES: &[&str] = &[
    "sample.resume.json",
    "new-grad.resume.json",
    "senior-engineer.resume.json",
    "career-changer.resume.json",
    "complete-resume.json",
];

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/jsonresume/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn schema() -> Schema {
    Schema::new(serde_json::from_str(&fixture("schema.json")).unwrap())
}

fn assert_valid(value: &Value, what: &str) {
    let errors = schema().validate(value);
    assert!(
        errors.is_empty(),
        "{what} breaks the schema:\n{}",
        errors.join("\n")
    );
}

/// Every name, position, date, highlight and keyword in a JSON Resume,
/// tagged with what it is.
fn facts(resume: &Value) -> BTreeSet<(String, String)> {
    const NAMES: &[&str] = &[
        "name",
        "title",
        "institution",
        "organization",
        "language",
        "studyType",
        "area",
        "awarder",
        "issuer",
        "publisher",
    ];
    const DATES: &[&str] = &["startDate", "endDate", "date", "releaseDate"];
    const LISTS: &[&str] = &["highlights", "keywords", "courses", "roles"];
    let mut out = BTreeSet::new();
    let mut add = |tag: &str, value: &Value| {
        if let Some(text) = value.as_str() {
            out.insert((tag.to_string(), text.to_string()));
        }
    };
    if let Some(name) = resume.pointer("/basics/name") {
        add("name", name);
    }
    for list in resume
        .as_object()
        .unwrap()
        .values()
        .filter_map(Value::as_array)
    {
        for item in list.iter().filter_map(Value::as_object) {
            for (key, value) in item {
                let key = key.as_str();
                if NAMES.contains(&key) {
                    add("name", value);
                } else if key == "position" {
                    add("position", value);
                } else if DATES.contains(&key) {
                    add("date", value);
                } else if LISTS.contains(&key) {
                    value
                        .as_array()
                        .into_iter()
                        .flatten()
                        .for_each(|v| add(key, v));
                }
            }
        }
    }
    out
}

fn round_trip(json: &str) -> Value {
    to_json_resume(&from_json_resume(json, Level::Mid).unwrap())
}

#[test]
fn every_fixture_keeps_its_names_positions_dates_highlights_and_keywords() {
    for name in FIXTURES {
        let original: Value = serde_json::from_str(&fixture(name)).unwrap();
        let exported = round_trip(&fixture(name));
        let before = facts(&original);
        assert!(
            before.len() > 20,
            "{name}: the helper found too little: {before:?}"
        );
        let after = facts(&exported);
        let lost: Vec<_> = before.difference(&after).collect();
        let invented: Vec<_> = after.difference(&before).collect();
        assert!(
            lost.is_empty() && invented.is_empty(),
            "{name}: lost {lost:?}, invented {invented:?}"
        );
    }
}

/// Stronger than the facts: the export equals the input, the values
/// Markdown has no place for (photo, street address, postal code, `meta`)
/// included.
#[test]
fn every_fixture_comes_back_field_for_field() {
    for name in FIXTURES {
        let mut original: Value = serde_json::from_str(&fixture(name)).unwrap();
        let root = original.as_object_mut().unwrap();
        root.remove("$schema");
        let mut exported = round_trip(&fixture(name));
        exported.as_object_mut().unwrap().remove("$schema");
        assert_eq!(exported, original, "{name}");
    }
}

#[test]
fn fixtures_and_their_exports_validate_against_the_schema() {
    for name in FIXTURES {
        let original: Value = serde_json::from_str(&fixture(name)).unwrap();
        assert_valid(&original, name);
        assert_valid(&round_trip(&fixture(name)), &format!("export of {name}"));
    }
}

#[test]
fn import_keeps_the_files_order_and_adds_the_levels_missing_sections() {
    let json = fixture("complete-resume.json");
    let resume = from_json_resume(&json, Level::Senior).unwrap();
    let kinds: Vec<SectionKind> = resume.sections().iter().map(|s| s.kind).collect();
    // Every recommended kind is there; the filled ones come in the file's order.
    for kind in Level::Senior.recommended_sections() {
        assert!(kinds.contains(kind), "{kind:?} missing");
    }
    let position = |key: &str| json.find(&format!("\"{key}\":")).unwrap();
    assert!(position("work") < position("education"));
    let at = |kind| kinds.iter().position(|&k| k == kind).unwrap();
    assert!(at(SectionKind::Experience) < at(SectionKind::Education));
    let titles: Vec<&str> = resume.sections().iter().map(|s| s.title.as_str()).collect();
    for title in [
        "Projects",
        "Awards",
        "Certificates",
        "Volunteering",
        "Languages",
        "Interests",
        "References",
    ] {
        assert!(titles.contains(&title), "no {title} in {titles:?}");
    }
    let publications = resume.first_of_kind(SectionKind::Recognition).unwrap();
    assert_eq!(publications.title, "Publications");
    // Leadership has no JSON Resume counterpart: it stays, empty, for the guide.
    assert!(
        resume
            .first_of_kind(SectionKind::Leadership)
            .unwrap()
            .is_empty()
    );
    let md = resume.to_markdown();
    assert!(md.starts_with(
        "# Jane Developer\n\nFull Stack Software Engineer · San Francisco, California, US\n\n"
    ));
    assert!(md.contains("### Senior Software Engineer — [TechCorp Inc](https://techcorp.com)\n\n*2021-03-01 – Present*\n"));
    assert!(md.contains("- **Frontend** (Expert): React, TypeScript, Next.js,"));
    assert!(md.contains("[github.com/janedev](https://github.com/janedev)"));
}

#[test]
fn invalid_json_reports_line_and_column() {
    let err = from_json_resume(
        "{\n  \"basics\": {\n    \"name\": \"A\",,\n  }\n}",
        Level::Mid,
    )
    .unwrap_err();
    let JsonResumeError::Syntax { line, column, .. } = &err else {
        panic!("expected a syntax error, got {err:?}");
    };
    // The second comma, 1-based.
    assert_eq!((*line, *column), (3, 17));
    let message = err.to_string();
    assert!(message.contains("line 3, column 17"), "{message}");
    assert!(message.contains("import again"), "{message}");
}

#[test]
fn json_that_is_not_a_resume_is_rejected_clearly() {
    let err = from_json_resume("[]", Level::Mid).unwrap_err();
    assert_eq!(
        err,
        JsonResumeError::NotAnObject {
            found: "a list (JSON array)"
        }
    );
    assert!(err.to_string().contains("right file"));

    let err = from_json_resume(r#"{"foo": 1}"#, Level::Mid).unwrap_err();
    assert!(matches!(&err, JsonResumeError::NoResumeSections { keys } if keys == &["foo"]));
    let message = err.to_string();
    assert!(
        message.contains("foo") && message.contains("basics"),
        "{message}"
    );

    let err = from_json_resume(r#"{"work": 3}"#, Level::Mid).unwrap_err();
    assert_eq!(
        err,
        JsonResumeError::WrongType {
            field: "work".into(),
            expected: "a list of objects",
            found: "a number"
        }
    );
    assert!(err.to_string().contains("`work`"));

    let err =
        from_json_resume(r#"{"skills": [{"keywords": [1, {"x": 2}]}]}"#, Level::Mid).unwrap_err();
    assert!(err.to_string().contains("`skills[0].keywords[1]`"), "{err}");
    let err = from_json_resume(r#"{"basics": {"name": ["A"]}}"#, Level::Mid).unwrap_err();
    assert!(err.to_string().contains("`basics.name`"), "{err}");
}

fn hand_written() -> Resume {
    let mut resume = Resume::new(Level::Senior);
    let bodies = [
        (
            SectionKind::Header,
            "# Ada Lovelace\nPrincipal Engineer (Go, AWS) · London, UK · open to remote\nada@example.com · +44 20 7946 0000 · github.com/ada · linkedin.com/in/ada-l · [blog](https://ada.dev)",
        ),
        (
            SectionKind::Summary,
            "Principal engineer, **15 years** on payment systems.\n\nBuilt [Ledger](https://ledger.example) from scratch.",
        ),
        (
            SectionKind::Experience,
            "### Principal Engineer — Acme Payments\n*March 2021 – Present*\n- Cut p99 latency 40% with a *new* cache\n- Led 3 teams\n\n### Senior Engineer — Initech\n*03/2017 – Feb 2021 · Berlin*\n- Moved billing to Kafka\n\n### Contractor — Self-employed\n*Summer 2016 – Present*\n- Odd jobs",
        ),
        (
            SectionKind::Architecture,
            "- **Ledger** — 20k req/s across 3 regions → 99.99% uptime",
        ),
        (
            SectionKind::Leadership,
            "- Grew the team from 4 to 12 engineers",
        ),
        (
            SectionKind::Recognition,
            "- **Talk:** Queues at scale — GopherCon, 2022",
        ),
        (
            SectionKind::Skills,
            "- **Languages:** Go, Rust, SQL\n- **Cloud & platform:** AWS, Kubernetes",
        ),
        (
            SectionKind::Education,
            "**BSc Computer Science** — University of Manchester, 2009\n- Relevant coursework: Algorithms, Databases",
        ),
    ];
    for (kind, body) in bodies {
        let id = resume.first_of_kind(kind).unwrap().id;
        resume.section_mut(id).unwrap().body = body.into();
    }
    resume.push_section(
        SectionKind::Custom,
        "Side quests",
        "- Restored a 1970s synth",
    );
    resume.push_section(
        SectionKind::Custom,
        "Languages",
        "- English (native)\n- **French**: professional",
    );
    resume
}

#[test]
fn hand_written_sections_export_to_structured_items() {
    let value = to_json_resume(&hand_written());
    assert_valid(&value, "the hand-written export");
    let basics = &value["basics"];
    assert_eq!(basics["name"], "Ada Lovelace");
    assert_eq!(
        basics["label"],
        "Principal Engineer (Go, AWS) · open to remote"
    );
    assert_eq!(
        basics["location"],
        json!({"city": "London", "countryCode": "UK"})
    );
    assert_eq!(basics["email"], "ada@example.com");
    assert_eq!(basics["phone"], "+44 20 7946 0000");
    assert_eq!(
        basics["profiles"][0],
        json!({"network": "GitHub", "username": "ada", "url": "https://github.com/ada"})
    );
    assert_eq!(basics["profiles"][1]["username"], "ada-l");
    assert_eq!(
        basics["profiles"][2],
        json!({"network": "blog", "url": "https://ada.dev"})
    );
    assert_eq!(
        basics["summary"],
        "Principal engineer, 15 years on payment systems.\n\nBuilt Ledger (https://ledger.example) from scratch."
    );

    let work = &value["work"];
    assert_eq!(
        work[0],
        json!({
            "position": "Principal Engineer", "name": "Acme Payments", "startDate": "2021-03",
            "highlights": ["Cut p99 latency 40% with a new cache", "Led 3 teams"]
        })
    );
    assert_eq!(work[1]["startDate"], "2017-03");
    assert_eq!(work[1]["endDate"], "2021-02");
    assert_eq!(work[1]["location"], "Berlin");
    // A season reads as its year, and its text is kept in the summary.
    assert_eq!(work[2]["startDate"], "2016");
    assert_eq!(work[2]["summary"], "Summer 2016 – Present");

    assert_eq!(
        value["skills"][1],
        json!({"name": "Cloud & platform", "keywords": ["AWS", "Kubernetes"]})
    );
    assert_eq!(
        value["education"][0],
        json!({
            "studyType": "BSc Computer Science", "institution": "University of Manchester",
            "startDate": "2009", "endDate": "2009", "courses": ["Relevant coursework: Algorithms, Databases"]
        })
    );
    assert_eq!(value["publications"][0]["releaseDate"], "2022");
    assert_eq!(
        value["languages"],
        json!([
            {"language": "English", "fluency": "native"}, {"language": "French", "fluency": "professional"}
        ])
    );
    let kept: Vec<&str> = value["x-resumd-sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        kept,
        [
            "Architecture & Impact",
            "Leadership & Mentoring",
            "Side quests"
        ]
    );
}

#[test]
fn sections_without_a_json_resume_home_come_back_word_for_word() {
    let original = hand_written();
    let json = to_json_resume(&original).to_string();
    let back = from_json_resume(&json, Level::Senior).unwrap();
    for kind in [SectionKind::Architecture, SectionKind::Leadership] {
        let before = original.first_of_kind(kind).unwrap();
        let after = back.first_of_kind(kind).unwrap();
        assert_eq!((&after.title, &after.body), (&before.title, &before.body));
    }
    let quests = back
        .sections()
        .iter()
        .find(|s| s.title == "Side quests")
        .unwrap();
    assert_eq!(quests.kind, SectionKind::Custom);
    assert_eq!(quests.body, "- Restored a 1970s synth");
    // And a second trip changes nothing.
    assert_eq!(
        to_json_resume(&back),
        serde_json::from_str::<Value>(&json).unwrap()
    );
}

#[test]
fn starter_templates_export_valid_json_resume() {
    for level in Level::ALL {
        let starter = starter_resume(level);
        let value = to_json_resume(&starter);
        assert_valid(&value, &format!("the {level} starter"));
        let work = &value["work"][0];
        assert_eq!(work["position"], "[Job Title]", "{level}");
        assert_eq!(work["name"], "[Company]", "{level}");
        assert!(work.get("startDate").is_none(), "{level}");
        assert_eq!(work["summary"], "[Month Year] – Present", "{level}");
        assert!(work["highlights"].as_array().unwrap().len() >= 2, "{level}");
        assert_eq!(value["basics"]["email"], "email@example.com", "{level}");
    }
}
