//! The matcher on the job postings in tests/fixtures/jobs: recall and
//! precision of required skills against hand-made truth files, and no
//! skill from benefits, salary, equal-opportunity or culture text.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use resumd::guide::jobs::{Lexicon, read_posting};
use serde_json::Value;

struct Case {
    name: String,
    text: String,
    required: BTreeSet<String>,
    preferred: BTreeSet<String>,
    boilerplate_from: usize,
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/jobs");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let truth_path = path.with_extension("truth.json");
            let truth: Value =
                serde_json::from_str(&std::fs::read_to_string(&truth_path).unwrap()).unwrap();
            let set = |key: &str| -> BTreeSet<String> {
                truth[key]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap().to_string())
                    .collect()
            };
            let required = set("required");
            let preferred = &set("preferred") - &required;
            Case {
                name: path.file_stem().unwrap().to_string_lossy().into_owned(),
                text: std::fs::read_to_string(&path).unwrap(),
                required,
                preferred,
                boilerplate_from: truth["boilerplate_from_line"].as_u64().unwrap() as usize,
            }
        })
        .collect()
}

/// Names in the truth files that the lexicon does not know would silently
/// lower recall; list them so a typo in a label is caught.
#[test]
fn truth_labels_use_canonical_names_where_the_lexicon_has_one() {
    let lexicon = Lexicon::builtin();
    for case in cases() {
        for name in case.required.iter().chain(&case.preferred) {
            if let Some(id) = lexicon.find(name) {
                assert_eq!(
                    lexicon.skill(id).name,
                    name,
                    "{}: use the canonical name",
                    case.name
                );
            }
        }
    }
}

#[test]
fn required_skills_recall_and_precision_at_least_90_percent() {
    assert!(cases().len() >= 15);
    let lexicon = Lexicon::builtin();
    let (mut hit, mut listed, mut truth) = (0usize, 0usize, 0usize);
    let (mut any_hit, mut any_listed, mut any_truth) = (0usize, 0usize, 0usize);
    let mut report = String::new();
    for case in cases() {
        let posting = read_posting(lexicon, &case.text).unwrap();
        let names = |required: Option<bool>| -> BTreeSet<String> {
            posting
                .skills
                .iter()
                .filter(|a| required.is_none_or(|r| a.required == r))
                .map(|a| lexicon.skill(a.skill).name.to_string())
                .collect()
        };
        let required = names(Some(true));
        let all = names(None);
        let asked: BTreeSet<String> = &case.required | &case.preferred;
        let h = required.intersection(&case.required).count();
        hit += h;
        listed += required.len();
        truth += case.required.len();
        any_hit += all.intersection(&asked).count();
        any_listed += all.len();
        any_truth += asked.len();
        let missed: Vec<_> = case.required.difference(&required).collect();
        let extra: Vec<_> = required.difference(&case.required).collect();
        report.push_str(&format!(
            "{}: required {h}/{} found, {} listed; missed {missed:?}; extra {extra:?}\n",
            case.name,
            case.required.len(),
            required.len()
        ));
    }
    let recall = hit as f64 / truth as f64;
    let precision = hit as f64 / listed as f64;
    let any_recall = any_hit as f64 / any_truth as f64;
    let any_precision = any_hit as f64 / any_listed as f64;
    println!("{report}");
    println!(
        "required: recall {recall:.3} ({hit}/{truth}), precision {precision:.3} ({hit}/{listed})\n\
         all asked skills: recall {any_recall:.3} ({any_hit}/{any_truth}), precision {any_precision:.3} ({any_hit}/{any_listed})"
    );
    assert!(recall >= 0.9, "required recall {recall:.3}\n{report}");
    assert!(
        precision >= 0.9,
        "required precision {precision:.3}\n{report}"
    );
    assert!(
        any_precision >= 0.85,
        "listed skills the posting asks for {any_precision:.3}\n{report}"
    );
}

/// The boilerplate of each posting, read on its own at its place in the
/// posting (everything before it blanked), names no skill.
#[test]
fn boilerplate_never_yields_a_skill() {
    let lexicon = Lexicon::builtin();
    for case in cases() {
        let lines: Vec<&str> = case.text.lines().collect();
        assert!(case.boilerplate_from <= lines.len(), "{}", case.name);
        let blanked: String = lines
            .iter()
            .enumerate()
            .map(|(i, l)| if i + 1 < case.boilerplate_from { "" } else { l })
            .collect::<Vec<_>>()
            .join("\n");
        // The part before the boilerplate keeps its headings so the
        // boilerplate is read in context, but names no skill itself.
        let posting = read_posting(lexicon, &blanked).unwrap();
        let named: Vec<&str> = posting
            .skills
            .iter()
            .map(|a| lexicon.skill(a.skill).name)
            .collect();
        assert!(
            named.is_empty(),
            "{}: boilerplate yielded {named:?}",
            case.name
        );
        // And in the whole posting, no skill is first named there.
        let whole = read_posting(lexicon, &case.text).unwrap();
        for asked in &whole.skills {
            assert!(
                asked.line + 1 < case.boilerplate_from,
                "{}: {} taken from boilerplate line {}",
                case.name,
                lexicon.skill(asked.skill).name,
                asked.line + 1
            );
        }
    }
}
