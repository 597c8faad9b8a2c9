//! Headless output of the coach: compiler-style text lines and JSON.

use serde_json::{Value, json};

use crate::resume::{Resume, SectionSpan};

use super::finding::Finding;
use super::report::Report;

/// A finding's 1-based line and column in the exported Markdown.
fn position(resume: &Resume, spans: &[SectionSpan], finding: &Finding) -> (usize, usize) {
    let Some(id) = finding.section else {
        return (1, 1);
    };
    let Some(span) = spans.iter().find(|s| s.id == id) else {
        return (1, 1);
    };
    let heading = span.heading_line.unwrap_or(span.body_line);
    match (finding.line, resume.section(id)) {
        (Some(line), Some(section)) => {
            // Export trims the body's leading blank lines.
            let trimmed = section.body.len() - section.body.trim_start_matches('\n').len();
            match line.checked_sub(trimmed) {
                Some(offset) => (span.body_line + offset + 1, finding.column + 1),
                None => (heading + 1, 1),
            }
        }
        _ => (heading + 1, 1),
    }
}

fn section_title(resume: &Resume, finding: &Finding) -> Option<String> {
    let section = resume.section(finding.section?)?;
    Some(section.title.trim().to_string())
}

/// One finding a line, `FILE:LINE:COL: severity[rule]: message`, sorted by
/// position in the exported Markdown.
pub fn lint_text(resume: &Resume, report: &Report, file: &str) -> String {
    lint_text_at(resume, report, file, &resume.to_markdown_with_spans().1)
}

/// [`lint_text`] with lines counted in another rendering of the resume,
/// e.g. the file it was imported from (see `Resume::spans_in`).
pub fn lint_text_at(resume: &Resume, report: &Report, file: &str, spans: &[SectionSpan]) -> String {
    let mut rows: Vec<(usize, usize, &Finding)> = report
        .all_findings()
        .map(|f| {
            let (line, col) = position(resume, spans, f);
            (line, col, f)
        })
        .collect();
    rows.sort_by_key(|&(line, col, _)| (line, col));
    let mut out = String::new();
    for (line, col, f) in rows {
        out.push_str(&format!(
            "{file}:{line}:{col}: {}[{}]: {}\n",
            f.severity.as_str(),
            f.rule,
            f.message
        ));
    }
    out
}

/// The report as JSON: level, scores per section and every finding with its
/// 1-based line and column in the exported Markdown (`section` is null for
/// document findings; a section's `score` is null while it is empty).
/// `pages` is the typeset count when the report was given one, else the
/// estimate to one decimal.
pub fn lint_json(resume: &Resume, report: &Report) -> Value {
    lint_json_at(resume, report, &resume.to_markdown_with_spans().1)
}

/// [`lint_json`] with lines counted in another rendering of the resume.
pub fn lint_json_at(resume: &Resume, report: &Report, spans: &[SectionSpan]) -> Value {
    let sections: Vec<Value> = resume
        .sections()
        .iter()
        .map(|s| {
            json!({
                "title": s.title.trim(),
                "kind": s.kind.id(),
                "score": report.section_score(s.id),
            })
        })
        .collect();
    let mut findings: Vec<(usize, usize, Value)> = report
        .all_findings()
        .map(|f| {
            let (line, column) = position(resume, spans, f);
            let value = json!({
                "rule": f.rule,
                "severity": f.severity.as_str(),
                "section": section_title(resume, f),
                "line": line,
                "column": column,
                "message": f.message,
                "excerpt": f.excerpt,
            });
            (line, column, value)
        })
        .collect();
    findings.sort_by_key(|&(line, column, _)| (line, column));
    json!({
        "level": report.level().id(),
        "score": report.score(),
        "words": report.words(),
        "pages": pages(report),
        "sections": sections,
        "findings": findings.into_iter().map(|(_, _, v)| v).collect::<Vec<_>>(),
    })
}

fn pages(report: &Report) -> Value {
    match report.typeset_pages() {
        Some(pages) => pages.into(),
        None => ((f64::from(report.pages()) * 10.0).round() / 10.0).into(),
    }
}

#[cfg(test)]
#[path = "lint_tests.rs"]
mod tests;
