//! How many lines a section fills when laid out, for the page estimate the
//! coach shows until a typeset count arrives: from the structured reading
//! (an entry's title line, its dates and place, its text and bullets
//! wrapped at a typical width), not from the Markdown's own lines, which
//! say more about how the source was wrapped than about the page.

use crate::resume::{Bullet, SectionKind, SectionReading};

use super::structure::{LineKind, Structure};

/// Characters on a printed line of body text at 11 pt.
const PRINT_COLUMNS: usize = 95;
/// A bullet's text starts after its marker and indent.
const BULLET_COLUMNS: usize = PRINT_COLUMNS - 4;
/// The section's title and the space under it.
const SECTION_HEADING: f32 = 2.0;
/// The space between two entries.
const ENTRY_GAP: f32 = 0.35;

/// Estimated printed lines of one section.
pub(super) fn print_lines(
    kind: SectionKind,
    reading: &SectionReading,
    structure: &Structure,
) -> f32 {
    let read = read_lines(reading);
    // The header, and a body the reading finds nothing in (a code block, a
    // table of something else), are counted from their Markdown lines.
    if kind == SectionKind::Header || read == 0.0 {
        return markdown_lines(kind, structure);
    }
    SECTION_HEADING + read
}

fn read_lines(reading: &SectionReading) -> f32 {
    let mut lines = 0.0;
    for (i, entry) in reading.entries.iter().enumerate() {
        if i > 0 {
            lines += ENTRY_GAP;
        }
        // "Role — Company .......... Dates" on one line.
        let title = entry.title.as_ref().map_or(0, |t| t.text.chars().count());
        let dates = entry.dates_human().map_or(0, |d| d.chars().count() + 3);
        lines += wrapped(title + dates, PRINT_COLUMNS);
        if entry.location.is_some() {
            lines += 1.0;
        }
        for text in &entry.description {
            lines += wrapped(text.text.chars().count(), PRINT_COLUMNS);
        }
        for (label, value) in &entry.labelled {
            lines += wrapped(
                label.chars().count() + 2 + value.text.chars().count(),
                PRINT_COLUMNS,
            );
        }
        lines += bullets(&entry.bullets);
    }
    for group in &reading.skills {
        let label = group
            .label
            .as_ref()
            .map_or(0, |l| l.text.chars().count() + 2);
        let skills: usize = group
            .skills
            .iter()
            .map(|s| s.text.chars().count() + 2)
            .sum();
        lines += wrapped(label + skills, PRINT_COLUMNS);
    }
    for paragraph in &reading.paragraphs {
        lines += wrapped(paragraph.text.chars().count(), PRINT_COLUMNS);
    }
    lines + bullets(&reading.bullets)
}

fn bullets(bullets: &[Bullet]) -> f32 {
    bullets
        .iter()
        .map(|b| wrapped(b.text.chars().count(), BULLET_COLUMNS) + self::bullets(&b.children))
        .sum()
}

/// Lines a text of `chars` characters fills at `columns` a line.
fn wrapped(chars: usize, columns: usize) -> f32 {
    chars.div_ceil(columns).max(1) as f32
}

/// The Markdown's own lines, each wrapped at the print width.
fn markdown_lines(kind: SectionKind, structure: &Structure) -> f32 {
    let heading = if kind == SectionKind::Header {
        0.0
    } else {
        SECTION_HEADING
    };
    heading
        + structure
            .lines
            .iter()
            .map(|(kind, line)| match kind {
                LineKind::Blank => 0.35,
                LineKind::Heading => 1.5,
                LineKind::Rule => 0.5,
                LineKind::Code => 1.0,
                _ => wrapped(line.chars().count(), PRINT_COLUMNS),
            })
            .sum::<f32>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Section, SectionId, read_section};

    fn lines(kind: SectionKind, body: &str) -> f32 {
        let section = Section {
            id: SectionId(1),
            kind,
            title: "T".into(),
            body: body.into(),
        };
        print_lines(kind, &read_section(&section), &Structure::parse(body))
    }

    #[test]
    fn an_entry_is_its_title_line_and_its_wrapped_bullets() {
        let long = "word ".repeat(30);
        let got = lines(
            SectionKind::Experience,
            &format!(
                "### Engineer — Acme\n*2020 – 2022 · Berlin*\n\n- Short one\n- {long}\n\n### Dev — Globex\n*2018 – 2020*\n- x"
            ),
        );
        // Heading 2, first entry 1 + 1 (place) + 1 + 2, gap, second 1 + 1.
        assert_eq!(got, 2.0 + 5.0 + ENTRY_GAP + 2.0);
    }

    #[test]
    fn how_the_source_is_wrapped_does_not_matter() {
        let one_line = "A summary sentence that is short.";
        let blank_lines = "A summary sentence\n\n\n\nthat is short.";
        assert_eq!(lines(SectionKind::Summary, one_line), 3.0);
        assert!(lines(SectionKind::Summary, blank_lines) <= 4.0);
    }
}
