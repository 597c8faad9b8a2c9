//! Precision and recall of the bullet rules against bullets labelled by
//! hand (tests/fixtures/coach/bullets.tsv).

use std::collections::BTreeSet;

use resumd::guide::coach::{Report, rule};
use resumd::resume::{Level, Resume, SectionKind};

struct Labelled {
    level: Level,
    role: &'static str,
    kind: SectionKind,
    expected: BTreeSet<&'static str>,
    text: &'static str,
}

fn labelled() -> Vec<Labelled> {
    include_str!("fixtures/coach/bullets.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 5, "bad row: {line}");
            let kind = match cols[2] {
                "experience" => SectionKind::Experience,
                "projects" => SectionKind::Projects,
                "leadership" => SectionKind::Leadership,
                "architecture" => SectionKind::Architecture,
                "recognition" => SectionKind::Recognition,
                "custom" => SectionKind::Custom,
                other => panic!("unknown section {other}"),
            };
            let expected = match cols[3] {
                "-" => BTreeSet::new(),
                ids => ids.split(',').collect(),
            };
            for id in &expected {
                assert!(rule::BULLET_RULES.contains(id), "unknown rule {id}");
            }
            Labelled {
                level: cols[0].parse().unwrap(),
                role: cols[1],
                kind,
                expected,
                text: cols[4],
            }
        })
        .collect()
}

/// Bullet rule ids the coach raises for one labelled bullet, placed in a
/// section of its kind under a role with the labelled dates.
fn predicted(item: &Labelled) -> BTreeSet<&'static str> {
    let (prefix, bullet_line) = match item.role {
        "current" => ("### Backend Engineer — Acme\n*Jan 2022 – Present*\n\n", 3),
        "ended" => ("### Backend Engineer — Acme\n*Jan 2019 – Dec 2021*\n\n", 3),
        "none" => ("", 0),
        other => panic!("unknown role {other}"),
    };
    let mut resume = Resume::new(item.level);
    let id = match resume.first_of_kind(item.kind) {
        Some(s) if item.kind != SectionKind::Custom => s.id,
        _ => resume.push_section(item.kind, "Volunteering", ""),
    };
    resume.section_mut(id).unwrap().body = format!("{prefix}- {}\n", item.text);
    let report = Report::new(&resume);
    report
        .section_findings(id)
        .iter()
        .filter(|f| f.line == Some(bullet_line) && rule::BULLET_RULES.contains(&f.rule))
        .map(|f| f.rule)
        .collect()
}

#[test]
fn bullet_rules_meet_the_labels() {
    let items = labelled();
    assert!(
        items.len() >= 80,
        "the labelled set needs at least 80 bullets"
    );
    let (mut tp, mut predicted_total, mut expected_total) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for item in &items {
        let got = predicted(item);
        tp += got.intersection(&item.expected).count();
        predicted_total += got.len();
        expected_total += item.expected.len();
        let extra: Vec<_> = got.difference(&item.expected).collect();
        let missed: Vec<_> = item.expected.difference(&got).collect();
        if !extra.is_empty() || !missed.is_empty() {
            misses.push(format!(
                "[{} {} {:?}] {}\n    false positives {extra:?}, missed {missed:?}",
                item.level, item.role, item.kind, item.text
            ));
        }
    }
    let precision = tp as f64 / predicted_total.max(1) as f64;
    let recall = tp as f64 / expected_total.max(1) as f64;
    println!(
        "{} bullets, {expected_total} labelled pairs: precision {precision:.3}, recall {recall:.3}",
        items.len()
    );
    for miss in &misses {
        println!("{miss}");
    }
    assert!(
        precision >= 0.95 && recall >= 0.95,
        "precision {precision:.3}, recall {recall:.3}; misses:\n{}",
        misses.join("\n")
    );
}
