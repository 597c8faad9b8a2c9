//! Skills from the shapes people write them in: `**Languages:** Go, Rust`
//! lines, `Category: a, b` list items, a list under a label, plain lists,
//! and tables (category in the first column).

use super::blocks::{Block, Item, Line};
use super::model::{Field, SectionReading, SkillGroup};

/// Between skills on one line; commas inside parentheses do not split.
const SKILL_SEPARATORS: &[&str] = &[", ", "; ", " · ", " | ", " • ", " / ", ",", "、"];

/// Reads every block of a skills section.
pub fn read(blocks: &[Block], out: &mut SectionReading) {
    for block in blocks {
        match block {
            Block::Paragraph { lines, .. } | Block::Other { lines, .. } => {
                for line in lines {
                    if let Some(skills) = definition(line) {
                        named_by_term(skills, line, out);
                        continue;
                    }
                    let Some(group) = group_of_line(line) else {
                        continue;
                    };
                    // "**Languages:**" with the skills on the next line.
                    match out.skills.last_mut() {
                        Some(named)
                            if group.label.is_none()
                                && named.label.is_some()
                                && named.skills.is_empty()
                                && named.range.end <= group.range.start =>
                        {
                            named.skills.extend(group.skills);
                            named.range.end = group.range.end;
                        }
                        _ => out.skills.push(group),
                    }
                }
            }
            Block::Heading { line, .. } => {
                // A sub-heading names the groups under it; kept as a label-only group.
                out.skills.push(SkillGroup {
                    label: Some(line.whole()),
                    skills: Vec::new(),
                    range: line.range(),
                    level: None,
                });
            }
            Block::List { items, .. } => {
                // Under a sub-heading, items without a label of their own
                // ("- Go", "- Rust") are the skills the heading names.
                let heading = out
                    .skills
                    .len()
                    .checked_sub(1)
                    .filter(|&last| out.skills[last].skills.is_empty());
                let before = out.skills.len();
                for item in items {
                    list_item(item, out);
                }
                if let Some(heading) = heading {
                    let mut read = out.skills.split_off(before);
                    if read.iter().all(|g| g.label.is_none()) {
                        let named = &mut out.skills[heading];
                        for group in read.drain(..) {
                            named.skills.extend(group.skills);
                            named.range.end = named.range.end.max(group.range.end);
                        }
                    }
                    out.skills.extend(read);
                }
            }
            Block::Table { rows, .. } => table(rows, out),
        }
    }
    out.skills.retain(|g| !g.skills.is_empty());
}

/// The skills of a definition-list line (`:   Go, Python` under the term
/// `Languages`), or `None` for any other line.
fn definition(line: &Line) -> Option<Vec<Field>> {
    let rest = line.text.strip_prefix(':')?;
    let body = rest.trim_start();
    if body.len() == rest.len() || body.is_empty() {
        return None;
    }
    Some(split(line, line.text.len() - body.len()))
}

/// A definition's skills, named by the term on the line before it (read as
/// a group of one unnamed skill), else as a group of their own.
fn named_by_term(skills: Vec<Field>, line: &Line, out: &mut SectionReading) {
    let range = line.range();
    match out.skills.last_mut() {
        Some(term)
            if term.label.is_none() && term.skills.len() == 1 && term.range.end <= range.start =>
        {
            term.label = term.skills.pop();
            term.skills = skills;
            term.range.end = range.end;
        }
        _ => out.skills.push(SkillGroup {
            label: None,
            skills,
            range,
            level: None,
        }),
    }
}

fn list_item(item: &Item, out: &mut SectionReading) {
    out.not_achievements.push(item.own_range());
    let mut groups: Vec<SkillGroup> = item.lines.iter().filter_map(group_of_line).collect();
    if !item.children.is_empty() {
        // "- Languages" with the skills nested under it.
        let label = item.lines.first().map(|l| {
            let f = l.whole();
            Field::new(f.text.trim_end_matches(':').trim().to_string(), f.range)
        });
        let mut skills = Vec::new();
        for child in &item.children {
            out.not_achievements.push(child.own_range());
            for line in &child.lines {
                skills.extend(split(line, 0));
            }
        }
        if label.is_some() && groups.len() == 1 && groups[0].label.is_none() {
            groups.clear();
        }
        groups.push(SkillGroup {
            label,
            skills,
            range: item.range.clone(),
            level: None,
        });
    }
    out.skills.extend(groups);
}

/// `Label: a, b` or `a, b, c` on one line.
pub fn group_of_line(line: &Line) -> Option<SkillGroup> {
    let (label, from) = match line.label(true) {
        Some((label, from)) => {
            let colon_range = line.source(0..from.min(line.text.len()));
            (Some(Field::new(label, colon_range)), from)
        }
        None => (None, 0),
    };
    let skills = split(line, from);
    (!skills.is_empty() || label.is_some()).then(|| SkillGroup {
        label,
        skills,
        range: line.range(),
        level: None,
    })
}

fn split(line: &Line, from: usize) -> Vec<Field> {
    let rest = line.tail(from);
    rest.split(SKILL_SEPARATORS)
        .into_iter()
        .map(|r| rest.field(r))
        .map(|f| {
            let text = f.text.trim_end_matches(['.', ';']).to_string();
            Field::new(text, f.range)
        })
        .filter(|f| f.text.chars().any(char::is_alphanumeric))
        .collect()
}

fn table(rows: &[Vec<Line>], out: &mut SectionReading) {
    for (i, row) in rows.iter().enumerate() {
        let heading_row = i == 0
            && row.iter().all(|c| {
                let t = c.text.to_lowercase();
                t.is_empty()
                    || [
                        "skill",
                        "categor",
                        "area",
                        "technolog",
                        "tool",
                        "level",
                        "type",
                        "domain",
                    ]
                    .iter()
                    .any(|w| t.contains(w))
            });
        if heading_row {
            continue;
        }
        match row.as_slice() {
            [] => {}
            [only] => out.skills.extend(group_of_line(only)),
            [label, rest @ ..] => {
                let mut skills = Vec::new();
                for cell in rest {
                    skills.extend(split(cell, 0));
                }
                let range =
                    label.range().start..rest.last().map_or(label.range().end, |c| c.range().end);
                out.skills.push(SkillGroup {
                    label: Some(label.whole()).filter(|l| !l.text.is_empty()),
                    skills,
                    range,
                    level: None,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::blocks;
    use super::*;
    use crate::resume::{SectionId, SectionKind};

    fn skills(body: &str) -> Vec<(Option<String>, Vec<String>)> {
        let mut out = SectionReading::new(SectionId(1), SectionKind::Skills, "Skills");
        read(&blocks::parse(body), &mut out);
        out.skills
            .iter()
            .map(|g| {
                (
                    g.label.as_ref().map(|l| l.text.clone()),
                    g.skills.iter().map(|s| s.text.clone()).collect(),
                )
            })
            .collect()
    }

    fn group(label: Option<&str>, skills: &[&str]) -> (Option<String>, Vec<String>) {
        (
            label.map(String::from),
            skills.iter().map(|s| s.to_string()).collect(),
        )
    }

    #[test]
    fn definition_lists_name_their_skills_by_the_term() {
        assert_eq!(
            skills("Languages\n:   Go, Python, SQL\n\nTools\n:   Docker, Kubernetes"),
            [
                group(Some("Languages"), &["Go", "Python", "SQL"]),
                group(Some("Tools"), &["Docker", "Kubernetes"]),
            ]
        );
        // A colon that opens a line without a term is still read.
        assert_eq!(skills(":   Go, Rust"), [group(None, &["Go", "Rust"])]);
    }

    #[test]
    fn labelled_lines_and_items() {
        assert_eq!(
            skills("**Languages:** Go, Rust (async, tokio), SQL\n\n- Cloud: AWS, GCP"),
            [
                group(Some("Languages"), &["Go", "Rust (async, tokio)", "SQL"]),
                group(Some("Cloud"), &["AWS", "GCP"]),
            ]
        );
    }

    #[test]
    fn nested_lists_and_plain_lists() {
        assert_eq!(
            skills("- Languages\n  - Go\n  - Python\n- Docker\n- Kubernetes"),
            [
                group(Some("Languages"), &["Go", "Python"]),
                group(None, &["Docker"]),
                group(None, &["Kubernetes"]),
            ]
        );
    }

    #[test]
    fn tables_with_a_heading_row() {
        let body = "| Category | Skills |\n|---|---|\n| Databases | PostgreSQL, Redis |\n";
        assert_eq!(
            skills(body),
            [group(Some("Databases"), &["PostgreSQL", "Redis"])]
        );
    }

    #[test]
    fn skill_ranges_point_at_the_text() {
        let body = "**Languages:** Go, Rust";
        let mut out = SectionReading::new(SectionId(1), SectionKind::Skills, "Skills");
        read(&blocks::parse(body), &mut out);
        let rust = &out.skills[0].skills[1];
        assert_eq!(&body[rust.range.clone()], "Rust");
    }

    #[test]
    fn a_sub_heading_names_the_plain_items_under_it() {
        let mut out = SectionReading::new(SectionId(1), SectionKind::Skills, "Skills");
        read(
            &blocks::parse(
                "### Languages
- Go
- Rust

### Tools
- **Cloud:** AWS",
            ),
            &mut out,
        );
        let labels: Vec<Option<&str>> = out
            .skills
            .iter()
            .map(|g| g.label.as_ref().map(|l| l.text.as_str()))
            .collect();
        assert_eq!(labels, [Some("Languages"), Some("Cloud")]);
        let names: Vec<&str> = out.skills[0]
            .skills
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(names, ["Go", "Rust"]);
    }

    #[test]
    fn a_label_line_names_the_skills_on_the_next() {
        let mut out = SectionReading::new(SectionId(1), SectionKind::Skills, "Skills");
        read(
            &blocks::parse("**Languages:**  \nGo, Rust\n\n**Tools:**  \nGit"),
            &mut out,
        );
        assert_eq!(out.skills.len(), 2);
        assert_eq!(out.skills[0].label.as_ref().unwrap().text, "Languages");
        assert_eq!(out.skills[0].skills.len(), 2);
        assert_eq!(out.skills[1].skills[0].text, "Git");
    }
}
