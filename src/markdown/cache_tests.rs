//! Tests of the per-section preview cache.

use ratatui::text::Line;

use super::{MdTheme, PreviewCache, render};
use crate::resume::{Level, Resume, SectionId, SectionKind};

fn text(line: &Line) -> String {
    line.spans.iter().map(|s| s.content.as_ref()).collect()
}

/// A resume with a header and three short sections.
fn sample() -> (Resume, [SectionId; 4]) {
    let mut resume = Resume::new(Level::Mid);
    let ids: Vec<SectionId> = resume.sections().iter().map(|s| s.id).collect();
    for id in ids {
        resume.remove_section(id);
    }
    let header = resume.push_section(SectionKind::Header, "Header", "# Ada\nada@a.dev\n");
    let summary = resume.push_section(SectionKind::Summary, "Summary", "Back-end engineer.");
    let skills = resume.push_section(SectionKind::Skills, "Skills", "- Go\n- Rust");
    let projects = resume.push_section(SectionKind::Projects, "Projects", "");
    (resume, [header, summary, skills, projects])
}

fn all_rows(cache: &PreviewCache) -> Vec<String> {
    cache.lines(0, cache.total_rows()).map(text).collect()
}

#[test]
fn cached_rows_match_rendering_the_whole_resume() {
    let (resume, _) = sample();
    let theme = MdTheme::default();
    let mut cache = PreviewCache::new();
    cache.update(&resume, 40, &theme);
    let whole: Vec<String> = render(&resume.to_markdown(), 40, &theme)
        .iter()
        .map(text)
        .collect();
    assert_eq!(all_rows(&cache), whole);
    assert_eq!(cache.total_rows(), whole.len());
}

#[test]
fn invalidate_re_renders_only_that_section() {
    let (mut resume, [_, summary, skills, _]) = sample();
    let theme = MdTheme::default();
    let mut cache = PreviewCache::new();
    cache.update(&resume, 40, &theme);
    assert_eq!(cache.render_count(), 4);

    cache.update(&resume, 40, &theme);
    assert_eq!(cache.render_count(), 4, "nothing changed, nothing rendered");

    resume
        .section_mut(skills)
        .unwrap()
        .body
        .push_str("\n- Kafka");
    cache.invalidate(skills);
    cache.update(&resume, 40, &theme);
    assert_eq!(cache.render_count(), 5);
    assert!(all_rows(&cache).contains(&"• Kafka".to_string()));

    // An invalidated but unchanged section is still rendered again.
    cache.invalidate(summary);
    cache.update(&resume, 40, &theme);
    assert_eq!(cache.render_count(), 6);
}

#[test]
fn an_edit_the_app_did_not_report_is_still_noticed() {
    let (mut resume, [_, summary, ..]) = sample();
    let theme = MdTheme::default();
    let mut cache = PreviewCache::new();
    cache.update(&resume, 40, &theme);
    resume.section_mut(summary).unwrap().title = "Profile".into();
    cache.update(&resume, 40, &theme);
    assert_eq!(cache.render_count(), 5);
    assert!(all_rows(&cache).contains(&"Profile".to_string()));
}

#[test]
fn width_or_theme_changes_re_render_everything() {
    let (resume, _) = sample();
    let mut cache = PreviewCache::new();
    cache.update(&resume, 40, &MdTheme::default());
    cache.update(&resume, 50, &MdTheme::default());
    assert_eq!(cache.render_count(), 8);
    cache.update(&resume, 50, &MdTheme::mono());
    assert_eq!(cache.render_count(), 12);
    cache.invalidate_all();
    cache.update(&resume, 50, &MdTheme::mono());
    assert_eq!(cache.render_count(), 16);
}

#[test]
fn first_row_of_follows_order_changes() {
    let (mut resume, [header, summary, skills, projects]) = sample();
    let theme = MdTheme::default();
    let mut cache = PreviewCache::new();
    cache.update(&resume, 40, &theme);
    let rows = all_rows(&cache);
    assert_eq!(cache.first_row_of(header), Some(0));
    let summary_row = cache.first_row_of(summary).unwrap();
    assert_eq!(rows[summary_row], "Summary");
    assert_eq!(rows[summary_row - 1], "", "one blank row between sections");
    assert_eq!(rows[cache.first_row_of(skills).unwrap()], "Skills");

    assert!(resume.move_section(projects, -1));
    cache.update(&resume, 40, &theme);
    assert_eq!(cache.render_count(), 4, "moving a section renders nothing");
    let rows = all_rows(&cache);
    assert_eq!(rows[cache.first_row_of(projects).unwrap()], "Projects");
    assert_eq!(rows[cache.first_row_of(skills).unwrap()], "Skills");
    assert!(cache.first_row_of(projects) < cache.first_row_of(skills));
    assert_eq!(
        cache.section_at_row(cache.first_row_of(skills).unwrap()),
        Some(skills)
    );
}

#[test]
fn removed_sections_disappear() {
    let (mut resume, [_, summary, skills, _]) = sample();
    let theme = MdTheme::default();
    let mut cache = PreviewCache::new();
    cache.update(&resume, 40, &theme);
    let before = cache.total_rows();
    resume.remove_section(summary);
    cache.update(&resume, 40, &theme);
    assert_eq!(cache.first_row_of(summary), None);
    assert!(!all_rows(&cache).contains(&"Summary".to_string()));
    // Heading, rule, blank, paragraph and the gap before it: five rows.
    assert_eq!(cache.total_rows(), before - 5);
    assert!(cache.first_row_of(skills).is_some());
}

#[test]
fn lines_cross_section_boundaries() {
    let (resume, [_, summary, skills, _]) = sample();
    let theme = MdTheme::default();
    let mut cache = PreviewCache::new();
    cache.update(&resume, 40, &theme);
    let rows = all_rows(&cache);
    let start = cache.first_row_of(summary).unwrap() + 2;
    let end = cache.first_row_of(skills).unwrap() + 2;
    let window: Vec<String> = cache.lines(start, end - start).map(text).collect();
    assert_eq!(window, rows[start..end]);
    assert!(window.contains(&"Back-end engineer.".to_string()));
    assert!(window.contains(&"Skills".to_string()));
    // Windows running past the end stop at the last row.
    assert_eq!(cache.lines(rows.len() - 1, 10).count(), 1);
    assert_eq!(cache.lines(rows.len(), 10).count(), 0);
    for (start, row) in rows.iter().enumerate() {
        let one: Vec<String> = cache.lines(start, 1).map(text).collect();
        assert_eq!(one, std::slice::from_ref(row), "row {start}");
    }
}

#[test]
fn an_empty_header_takes_no_rows() {
    let (mut resume, [header, summary, ..]) = sample();
    resume.section_mut(header).unwrap().body.clear();
    let theme = MdTheme::default();
    let mut cache = PreviewCache::new();
    cache.update(&resume, 40, &theme);
    assert_eq!(cache.first_row_of(summary), Some(0));
    assert_eq!(cache.first_row_of(header), Some(0));
    assert_eq!(cache.section_at_row(0), Some(summary));
    let whole: Vec<String> = render(&resume.to_markdown(), 40, &theme)
        .iter()
        .map(text)
        .collect();
    assert_eq!(all_rows(&cache), whole);
}

#[test]
fn the_generation_changes_with_the_lines_and_only_then() {
    let (mut resume, [_, summary, skills, _]) = sample();
    let theme = MdTheme::default();
    let mut cache = PreviewCache::new();
    cache.update(&resume, 40, &theme);
    let first = cache.generation();
    cache.update(&resume, 40, &theme);
    assert_eq!(cache.generation(), first, "nothing changed");
    resume.section_mut(summary).unwrap().body.push_str(" Go.");
    cache.update(&resume, 40, &theme);
    let edited = cache.generation();
    assert_ne!(edited, first, "an edit");
    resume.move_section(skills, -1);
    cache.update(&resume, 40, &theme);
    assert_ne!(cache.generation(), edited, "a move");
    let moved = cache.generation();
    resume.remove_section(skills);
    cache.update(&resume, 40, &theme);
    assert_ne!(cache.generation(), moved, "a removal");
}

#[test]
fn rows_map_back_to_the_body_lines_they_show() {
    let mut resume = Resume::new(Level::Mid);
    let ids: Vec<SectionId> = resume.sections().iter().map(|s| s.id).collect();
    for id in ids {
        resume.remove_section(id);
    }
    let body = "\n### Engineer — Acme\n\n- Cut p99 latency from 800 ms to 200 ms with composite indexes\n- Sharded the session store\n  and moved slow work onto a queue\n\nA closing paragraph.";
    let id = resume.push_section(SectionKind::Experience, "Experience", body);
    let mut cache = PreviewCache::new();
    cache.update(&resume, 24, &MdTheme::default());
    let rows = all_rows(&cache);
    let row_text = |line| rows[cache.row_of_line(id, line).unwrap()].clone();
    // Line 0 is the blank line the body starts with: the title shows it.
    assert_eq!(row_text(0), "Experience");
    assert!(row_text(1).contains("Engineer"), "{rows:?}");
    assert!(row_text(3).contains("Cut p99"), "{rows:?}");
    assert!(row_text(4).contains("Sharded"), "{rows:?}");
    // A continuation line belongs to its item; a blank line to the block
    // above it.
    assert!(row_text(5).contains("Sharded"), "{rows:?}");
    assert!(row_text(6).contains("Sharded"), "{rows:?}");
    assert!(row_text(7).contains("closing"), "{rows:?}");
    assert!(row_text(99).contains("closing"), "{rows:?}");
}
