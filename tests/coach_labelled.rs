//! Precision and recall of the bullet rules against bullets labelled by
//! hand (tests/fixtures/coach/bullets.tsv).

use std::collections::{BTreeMap, BTreeSet};

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

/// True positives, predictions and labels: one rule's, or all rules'.
#[derive(Default, Clone, Copy)]
struct Tally {
    hits: usize,
    predicted: usize,
    expected: usize,
}

impl Tally {
    fn add(&mut self, got: &BTreeSet<&str>, expected: &BTreeSet<&str>) {
        self.hits += got.intersection(expected).count();
        self.predicted += got.len();
        self.expected += expected.len();
    }

    fn precision(self) -> f64 {
        self.hits as f64 / self.predicted.max(1) as f64
    }

    fn recall(self) -> f64 {
        self.hits as f64 / self.expected.max(1) as f64
    }
}

#[test]
fn bullet_rules_meet_the_labels() {
    let items = labelled();
    assert!(
        items.len() >= 250,
        "the labelled set needs at least 250 bullets"
    );
    let mut overall = Tally::default();
    let mut per_rule: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    for item in &items {
        let got = predicted(item);
        overall.add(&got, &item.expected);
        for rule in rule::BULLET_RULES {
            let only = |set: &BTreeSet<&'static str>| -> BTreeSet<&'static str> {
                set.iter().copied().filter(|r| *r == rule).collect()
            };
            per_rule
                .entry(rule)
                .or_default()
                .add(&only(&got), &only(&item.expected));
        }
        let extra: Vec<_> = got.difference(&item.expected).collect();
        let missed: Vec<_> = item.expected.difference(&got).collect();
        if !extra.is_empty() || !missed.is_empty() {
            misses.push(format!(
                "[{} {} {:?}] {}\n    false positives {extra:?}, missed {missed:?}",
                item.level, item.role, item.kind, item.text
            ));
        }
    }
    println!(
        "{} bullets, {} labelled pairs: precision {:.3}, recall {:.3}",
        items.len(),
        overall.expected,
        overall.precision(),
        overall.recall()
    );
    let mut failing = Vec::new();
    for (rule, tally) in &per_rule {
        if tally.expected + tally.predicted == 0 {
            continue; // a rule one bullet alone cannot raise
        }
        println!(
            "  {rule:<12} labelled {:>3}, raised {:>3}: precision {:.3}, recall {:.3}",
            tally.expected,
            tally.predicted,
            tally.precision(),
            tally.recall()
        );
        if tally.precision() < 0.95 || tally.recall() < 0.95 {
            failing.push(*rule);
        }
    }
    for miss in &misses {
        println!("{miss}");
    }
    assert!(
        overall.precision() >= 0.95 && overall.recall() >= 0.95 && failing.is_empty(),
        "precision {:.3}, recall {:.3}, rules below 0.95: {failing:?}; misses:\n{}",
        overall.precision(),
        overall.recall(),
        misses.join("\n")
    );
}
