use super::*;
use crate::guide::coach::rule;
use crate::resume::{Level, SectionKind, resume_from_markdown};

const MID: &str = include_str!("../../../tests/fixtures/import/mid-backend.md");

/// The mid fixture with problems added, and blank lines at the start of a
/// body (export trims them, so line numbers must account for that).
fn flawed() -> Resume {
    let mut resume = resume_from_markdown(MID, Level::Mid).unwrap();
    let exp = resume.first_of_kind(SectionKind::Experience).unwrap().id;
    let body = &mut resume.section_mut(exp).unwrap().body;
    *body = format!(
        "\n\n{body}\n- I helped the [Team Name] team with the on-call rotation\n- Owned Kafka"
    );
    let summary = resume.first_of_kind(SectionKind::Summary).unwrap().id;
    resume.section_mut(summary).unwrap().body = "Passionate engineer.".into();
    resume
}

fn parse(line: &str) -> (usize, usize, &str) {
    let mut parts = line.splitn(4, ':');
    assert_eq!(parts.next(), Some("resume.md"));
    let l = parts.next().unwrap().parse().unwrap();
    let c = parts.next().unwrap().parse().unwrap();
    (l, c, parts.next().unwrap())
}

#[test]
fn text_lines_point_at_the_excerpt_in_the_exported_markdown() {
    let resume = flawed();
    let report = Report::new(&resume);
    let text = lint_text(&resume, &report, "resume.md");
    let (markdown, spans) = resume.to_markdown_with_spans();
    let md_lines: Vec<&str> = markdown.split('\n').collect();
    let mut checked = 0;
    for f in report.all_findings() {
        let (l, c) = position(&resume, &spans, f);
        let row = format!(
            "resume.md:{l}:{c}: {}[{}]: {}",
            f.severity.as_str(),
            f.rule,
            f.message
        );
        assert!(text.lines().any(|line| line == row), "missing {row}");
        if f.line.is_some() {
            let at: String = md_lines[l - 1].chars().skip(c - 1).collect();
            let start: String = f
                .excerpt
                .chars()
                .take_while(|&ch| ch != '…')
                .take(12)
                .collect();
            assert!(
                at.starts_with(&start),
                "{row}\n  points at {at:?}, excerpt {:?}",
                f.excerpt
            );
            checked += 1;
        }
    }
    assert!(checked >= 5, "only {checked} positioned findings");
    assert_eq!(text.lines().count(), report.all_findings().count());
    let positions: Vec<(usize, usize)> = text
        .lines()
        .map(|l| {
            let (a, b, _) = parse(l);
            (a, b)
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] <= w[1]),
        "sorted by position"
    );
    assert!(text.contains("error[placeholder]: Template text left in: replace '[Team Name]'"));
    assert!(text.contains("warning[pronoun]"));
    assert!(text.contains("warning[buzzword]"));
}

#[test]
fn section_and_document_findings_use_the_heading_line_or_line_one() {
    let mut resume = flawed();
    let skills = resume.first_of_kind(SectionKind::Skills).unwrap().id;
    resume.remove_section(skills);
    let report = Report::new(&resume);
    let text = lint_text(&resume, &report, "resume.md");
    assert!(
        text.lines()
            .any(|l| l.starts_with("resume.md:1:1: warning[missing-section]"))
    );
    let (md, spans) = resume.to_markdown_with_spans();
    let summary = resume.first_of_kind(SectionKind::Summary).unwrap().id;
    let heading = spans
        .iter()
        .find(|s| s.id == summary)
        .unwrap()
        .heading_line
        .unwrap();
    assert_eq!(
        md.split('\n').nth(heading),
        Some("## 🧭 Professional Summary")
    );
    let expected = format!("resume.md:{}:1: warning[summary-years]", heading + 1);
    assert!(text.contains(&expected), "{text}");
}

#[test]
fn json_has_level_scores_sections_and_positioned_findings() {
    let resume = flawed();
    let report = Report::new(&resume);
    let json = lint_json(&resume, &report);
    assert_eq!(json["level"], "mid");
    assert_eq!(json["score"], report.score());
    let sections = json["sections"].as_array().unwrap();
    assert_eq!(sections.len(), resume.sections().len());
    assert_eq!(sections[1]["title"], "🧭 Professional Summary");
    assert!(sections[1]["score"].is_u64());
    let findings = json["findings"].as_array().unwrap();
    assert_eq!(findings.len(), report.all_findings().count());
    let placeholder = findings
        .iter()
        .find(|f| f["rule"] == rule::PLACEHOLDER)
        .unwrap();
    assert_eq!(placeholder["severity"], "error");
    assert_eq!(placeholder["section"], "💼 Work Experience");
    assert_eq!(placeholder["excerpt"], "[Team Name]");
    assert!(placeholder["line"].as_u64().unwrap() > 1);
    assert!(placeholder["column"].as_u64().unwrap() > 1);
    for f in findings {
        for key in ["rule", "severity", "message", "excerpt"] {
            assert!(f[key].is_string(), "{key} in {f}");
        }
        assert!(["info", "warning", "error"].contains(&f["severity"].as_str().unwrap()));
        assert!(f["section"].is_string() || f["section"].is_null());
    }
}
