//! The match as text (missing required first, then missing preferred,
//! then found) and as JSON.

use serde_json::{Value, json};

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

/// `{"score", "level": {"posting", "resume"}, "years": {"asked", "resume"},
/// "keywords": [{"skill", "required", "found", "where": [{"section", "line"}]}]}`.
pub fn match_json(report: &MatchReport) -> Value {
    json!({
        "score": report.score,
        "level": {
            "posting": report.posting_level.map(|l| l.id()),
            "resume": report.resume_level.id(),
        },
        "years": {
            "asked": report.years_asked,
            "resume": report.years_resume,
        },
        "keywords": report.keywords.iter().map(|k| json!({
            "skill": k.name,
            "required": k.required,
            "found": k.found(),
            "where": k.places.iter().map(|p| json!({"section": p.section, "line": p.line})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}
