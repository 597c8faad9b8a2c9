//! The match as text (missing required first, then missing preferred,
//! then found) and as JSON.

use serde::Serialize;

use super::matching::{Keyword, MatchReport};

fn years(n: u32) -> String {
    if n == 1 {
        "1 year".to_string()
    } else {
        format!("{n} years")
    }
}

fn home_label(k: &Keyword) -> &'static str {
    match k.home {
        crate::resume::SectionKind::Experience => "your most recent role",
        crate::resume::SectionKind::Education => "Education",
        _ => "Skills",
    }
}

/// The report a person reads.
pub fn match_text(report: &MatchReport) -> String {
    let mut out = String::new();
    let posting = match (report.posting_level, report.years_asked) {
        (Some(level), Some(y)) => format!("{} role, {}+ asked", level.id(), y),
        (Some(level), None) => format!("{} role", level.id()),
        (None, Some(y)) => format!("{}+ asked", years(y)),
        (None, None) => "level not stated".to_string(),
    };
    let resume = match report.years_resume {
        Some(y) => format!(
            "{} resume, {} of experience",
            report.resume_level.id(),
            years(y)
        ),
        None => format!("{} resume, no dated experience", report.resume_level.id()),
    };
    out.push_str(&format!(
        "Match {}/100 · posting: {posting} · {resume}\n",
        report.score
    ));
    if report.level_gap() {
        out.push_str("! The posting is written for a more senior level than this resume.\n");
    }
    if report.years_gap() {
        out.push_str("! The posting asks for more years than your dated experience spans.\n");
    }
    if report.keywords.is_empty() {
        out.push_str("No skills from the lexicon were recognised in the posting.\n");
        return out;
    }
    type Keep = Box<dyn Fn(&&Keyword) -> bool>;
    let groups: [(&str, Keep); 3] = [
        ("Missing, required", Box::new(|k| k.required && !k.found())),
        (
            "Missing, preferred",
            Box::new(|k| !k.required && !k.found()),
        ),
        ("Found", Box::new(|k| k.found())),
    ];
    for (title, keep) in groups {
        let items: Vec<&Keyword> = report.keywords.iter().filter(keep).collect();
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{title} ({}):\n", items.len()));
        for k in items {
            if k.found() {
                let places: Vec<String> = k
                    .places
                    .iter()
                    .take(3)
                    .map(|p| format!("{} line {}", p.section, p.line))
                    .collect();
                let more = k.places.len().saturating_sub(3);
                let more = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                let need = if k.required { "required" } else { "preferred" };
                out.push_str(&format!(
                    "  ✓ {} ({need}) — {}{more}\n",
                    k.name,
                    places.join(", ")
                ));
            } else {
                out.push_str(&format!("  ✗ {} — add it to {}\n", k.name, home_label(k)));
            }
        }
    }
    out
}

// The JSON report's shape; fields serialize in this order.
#[derive(Serialize)]
struct JsonReport<'a> {
    score: u8,
    level: JsonLevel,
    years: JsonYears,
    keywords: Vec<JsonKeyword<'a>>,
}

#[derive(Serialize)]
struct JsonLevel {
    posting: Option<&'static str>,
    resume: &'static str,
}

#[derive(Serialize)]
struct JsonYears {
    asked: Option<u32>,
    resume: Option<u32>,
}

#[derive(Serialize)]
struct JsonKeyword<'a> {
    skill: &'a str,
    required: bool,
    found: bool,
    #[serde(rename = "where")]
    places: Vec<JsonPlace<'a>>,
}

#[derive(Serialize)]
struct JsonPlace<'a> {
    section: &'a str,
    line: usize,
}

/// `{"score", "level": {"posting", "resume"}, "years": {"asked", "resume"},
/// "keywords": [{"skill", "required", "found", "where": [{"section", "line"}]}]}`.
/// Pretty-printed, fields in that order, with a final newline.
pub fn match_json(report: &MatchReport) -> String {
    let json = JsonReport {
        score: report.score,
        level: JsonLevel {
            posting: report.posting_level.map(|l| l.id()),
            resume: report.resume_level.id(),
        },
        years: JsonYears {
            asked: report.years_asked,
            resume: report.years_resume,
        },
        keywords: report
            .keywords
            .iter()
            .map(|k| JsonKeyword {
                skill: k.name,
                required: k.required,
                found: k.found(),
                places: k
                    .places
                    .iter()
                    .map(|p| JsonPlace {
                        section: &p.section,
                        line: p.line,
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&json)
        .expect("the report has only string keys and plain values, so it always serializes");
    out.push('\n');
    out
}
