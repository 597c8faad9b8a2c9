use super::*;
use crate::resume::reading::blocks;
use crate::resume::{SectionId, SectionKind};

fn read_as(kind: SectionKind, body: &str) -> SectionReading {
    let mut out = SectionReading::new(SectionId(1), kind, "Test");
    read(body, &blocks::parse(body), kind, &mut out);
    out
}

fn text(field: &Option<Field>) -> Option<&str> {
    field.as_ref().map(|f| f.text.as_str())
}

#[test]
fn title_parts_go_by_position_not_by_their_words() {
    let read = read_as(
        SectionKind::Experience,
        "### Acme Inc — Senior Engineer — a payments company\n\n*2021-03 – Present · C++*\n\nDid it.\n\n- one\n  - two",
    );
    let job = &read.entries[0];
    assert_eq!(text(&job.role), Some("Acme Inc"));
    assert_eq!(text(&job.organisation), Some("Senior Engineer"));
    assert_eq!(text(&job.detail), Some("a payments company"));
    assert_eq!(job.start.unwrap().iso(), "2021-03");
    assert_eq!(job.end, Some(crate::resume::EndDate::Present));
    assert_eq!(text(&job.location), Some("C++"));
    assert_eq!(job.description[0].text, "Did it.");
    assert_eq!(job.bullets[0].children[0].text, "two");
}

#[test]
fn a_missing_part_keeps_its_place() {
    let read = read_as(SectionKind::Experience, "### — Acme\n\n### alpha —  — what");
    assert_eq!(text(&read.entries[0].role), None);
    assert_eq!(text(&read.entries[0].organisation), Some("Acme"));
    assert_eq!(text(&read.entries[1].organisation), None);
    assert_eq!(text(&read.entries[1].detail), Some("what"));
    let escaped = read_as(SectionKind::Projects, "### &mdash;");
    assert_eq!(text(&escaped.entries[0].role), Some("—"));
}

#[test]
fn text_marked_as_text_is_no_date_and_no_label() {
    let read = read_as(
        SectionKind::Education,
        "### BSc — Uni\n\n*2019 – 2020 · Score: &#50;019 · &#120;: alpha*\n\n&#50;019 was a year.",
    );
    let school = &read.entries[0];
    assert_eq!(school.label("Score").unwrap().text, "2019");
    assert_eq!(text(&school.location), Some("x: alpha"));
    assert_eq!(school.description[0].text, "2019 was a year.");
    let named = read_as(SectionKind::Custom, "### &#50;019\n\n&#50;019 · alpha");
    assert_eq!(named.entries[0].start, None);
    assert_eq!(text(&named.entries[0].role), Some("2019"));
}

#[test]
fn a_projects_pieces_are_keywords_and_its_address() {
    let read = read_as(
        SectionKind::Projects,
        "### Tool\n\n*2020 · Rust · example.com · &#119;ww.x.com*\n\n**Roles:** a\\, b, c",
    );
    let project = &read.entries[0];
    assert_eq!(project.url.as_deref(), Some("example.com"));
    let keywords: Vec<&str> = project.keywords.iter().map(|k| k.text.as_str()).collect();
    assert_eq!(keywords, ["Rust", "www.x.com"]);
    assert_eq!(project.label("roles").unwrap().text, "a, b, c");
}

#[test]
fn named_items_give_name_level_and_words_split_as_written() {
    let read = read_as(
        SectionKind::Skills,
        "- **Go** (expert): a\\, b, c\n- **x\\:**: (p), 2)\n- **Rust**\n- plain words",
    );
    let group = |i: usize| &read.skills[i];
    assert_eq!(text(&group(0).label), Some("Go"));
    assert_eq!(text(&group(0).level), Some("expert"));
    let words: Vec<&str> = group(0).skills.iter().map(Field::as_str).collect();
    assert_eq!(words, ["a, b", "c"]);
    assert_eq!(text(&group(1).label), Some("x:"));
    let words: Vec<&str> = group(1).skills.iter().map(Field::as_str).collect();
    assert_eq!(words, ["(p)", "2)"]);
    assert!(group(2).skills.is_empty());
    assert_eq!(read.bullets[0].text, "plain words");
}
