//! Markdown → `Resume`: a document is split into sections at its headings.
//!
//! The first H1 (the name) and what follows it become the header; every
//! heading at the "section level" starts a section. The section level is the
//! heading level whose titles look most like resume sections (`## Skills`),
//! so both `# Name / ## Section / ### Job` and `# Name / # Section / ## Job`
//! documents import the way they read. Nothing is dropped or rewritten:
//! headings deeper than the section level stay in the body as written, each
//! section remembers its heading as written (level, setext, text), front
//! matter and text before the name stay in the header, and a file without
//! `#` headings is split at bold or ALL-CAPS title lines (see `unwrap`).

use std::fmt;

use super::{Level, Resume, SectionKind};

mod titles;
mod unwrap;

pub use titles::kind_for_title;

/// Why a Markdown document could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    NoHeadings,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NoHeadings => f.write_str(
                "no headings found: resumd splits a resume into sections at '#' headings \
                 — add '# Your Name' and '## Section' headings",
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// A Markdown import and what could not be read in it.
#[derive(Debug, Clone)]
pub struct Imported {
    pub resume: Resume,
    /// One line each, for the person importing (nothing was dropped).
    pub notes: Vec<String>,
}

/// Splits `md` into a header and titled sections; see the module docs.
/// Never fails: a document with no headings or title lines imports as text.
pub fn resume_from_markdown(md: &str, level: Level) -> Result<Resume, ImportError> {
    Ok(import_markdown(md, level).resume)
}

/// [`resume_from_markdown`] with notes on what could not be structured.
pub fn import_markdown(md: &str, level: Level) -> Imported {
    let text = md.replace("\r\n", "\n").replace('\r', "\n");
    let (wrapper, text) = unwrap::unwrap_fence(&text);
    let lines: Vec<&str> = text.split('\n').collect();
    let kinds = classify(&lines);
    let mut headings = find_headings(&lines, &kinds);
    let mut notes = Vec::new();
    let real_sections = headings
        .iter()
        .filter(|h| h.level > 1 || kind_for_title(&h.text) != SectionKind::Custom)
        .count();
    if real_sections == 0 {
        let titles = unwrap::title_lines(&lines, &kinds);
        if !titles.is_empty() {
            notes.push(format!(
                "no '#' section headings: took {} bold or capitalised lines as section titles",
                titles.len()
            ));
        }
        headings.extend(titles);
        headings.sort_by_key(|h| h.first);
    }

    let mut resume = Resume::new(level);
    let old: Vec<_> = resume.sections().iter().map(|s| s.id).collect();
    for id in old {
        resume.remove_section(id);
    }
    resume.set_wrapper(wrapper);

    if headings.is_empty() {
        notes.push(
            "no headings or section titles found: imported as text — add '## Section' \
             headings to get section tips and checks"
                .into(),
        );
        unwrap::as_text(&mut resume, &lines);
        return Imported { resume, notes };
    }

    // The name heading is the first H1, unless it reads like a section
    // title — and even then when an email or phone sits right under it
    // (a template's page title over the name and contacts).
    let header = headings
        .iter()
        .position(|h| h.level == 1 && !h.pseudo)
        .filter(|&i| {
            kind_for_title(&headings[i].text) == SectionKind::Custom
                || (i == 0 && holds_contacts(&lines, &headings, i))
        });
    let section_level = choose_section_level(&headings, header);
    let is_boundary = |i: usize| Some(i) == header || headings[i].level <= section_level;
    let mut boundaries: Vec<usize> = (0..headings.len()).filter(|&i| is_boundary(i)).collect();
    unwrap::join_role_headings(&mut boundaries, &headings);
    unwrap::contacts_into_header(&mut boundaries, &headings, header);
    tagline_into_header(&mut boundaries, &headings, header, &lines);
    let has_summary = boundaries
        .iter()
        .any(|&b| Some(b) != header && kind_for_title(&headings[b].text) == SectionKind::Summary);

    let first_line = boundaries
        .first()
        .map_or(lines.len(), |&b| headings[b].first);
    let header_first = boundaries.first().is_some_and(|&b| Some(b) == header);
    if !header_first {
        push_header(&mut resume, &lines, &kinds, 0, first_line, has_summary);
    }
    for (n, &b) in boundaries.iter().enumerate() {
        let heading = &headings[b];
        let end = boundaries
            .get(n + 1)
            .map_or(lines.len(), |&next| headings[next].first);
        if Some(b) == header && n == 0 {
            // The header keeps what precedes the name and its `# Name` line(s).
            push_header(&mut resume, &lines, &kinds, 0, end, has_summary);
            continue;
        }
        let kind = if Some(b) == header {
            SectionKind::Custom
        } else {
            kind_for_title(&heading.text)
        };
        let rest = join_trimmed(&lines[heading.last + 1..end]);
        let id = resume.push_section(kind, &heading.text, &rest);
        resume.set_written_heading(id, &lines[heading.first..=heading.last].join("\n"));
    }
    Imported { resume, notes }
}

/// "# Name / ## Senior Engineer / contacts": a job title right under the
/// name, with the contacts (or nothing) under it, is the header's tagline.
fn tagline_into_header(
    boundaries: &mut Vec<usize>,
    headings: &[Heading],
    header: Option<usize>,
    lines: &[&str],
) {
    let (Some(h), Some(&b)) = (header, boundaries.get(1)) else {
        return;
    };
    let end = headings.get(b + 1).map_or(lines.len(), |next| next.first);
    let empty = lines[headings[b].last + 1..end]
        .iter()
        .all(|l| l.trim().is_empty());
    if boundaries[0] == h
        && b == h + 1
        && kind_for_title(&headings[b].text) == SectionKind::Custom
        && crate::resume::reading::is_role_like(&headings[b].text)
        && (empty || holds_contacts(lines, headings, b))
    {
        boundaries.remove(1);
    }
}

/// Whether the lines under heading `i` (up to the next heading) give an
/// email address or a phone number.
fn holds_contacts(lines: &[&str], headings: &[Heading], i: usize) -> bool {
    let end = headings.get(i + 1).map_or(lines.len(), |h| h.first);
    lines[headings[i].last + 1..end].iter().any(|line| {
        line.split(|c: char| c.is_whitespace() || "()[]<>·|•,".contains(c))
            .any(|word| {
                let word = word.trim_start_matches("mailto:");
                crate::resume::reading::is_email(word)
            })
            || line
                .split(['·', '|', '•'])
                .any(|piece| crate::resume::reading::is_phone(piece.trim()))
    })
}

/// Adds the header from lines `from..to`; an untitled summary paragraph
/// after the contact lines becomes a summary section written with no
/// heading (so the export adds none), unless the resume has one already.
fn push_header(
    resume: &mut Resume,
    lines: &[&str],
    kinds: &[LineKind],
    from: usize,
    to: usize,
    has_summary: bool,
) {
    let split = if has_summary {
        None
    } else {
        unwrap::summary_start(lines, kinds, from, to)
    };
    let header_end = split.unwrap_or(to);
    let body = join_trimmed(&lines[from..header_end]);
    resume.push_section(SectionKind::Header, "Header", &body);
    if let Some(start) = split {
        let summary = join_trimmed(&lines[start..to]);
        let id = resume.push_section(SectionKind::Summary, "Summary", &summary);
        resume.set_written_heading(id, "");
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LineKind {
    Blank,
    /// Inside (or delimiting) fenced code, front matter or an HTML comment.
    Opaque,
    Atx(u8),
    /// A run of `=` or `-` that may underline the paragraph above it.
    Underline(u8),
    /// A list item, quote, table row, HTML line or thematic break: it can
    /// neither be underlined into a heading nor continue into one.
    Block,
    Plain,
}

pub(super) struct Heading {
    first: usize,
    last: usize,
    level: u8,
    text: String,
    /// A bold or capitalised line taken as a title in a file without headings.
    pseudo: bool,
}

fn classify(lines: &[&str]) -> Vec<LineKind> {
    let mut kinds = Vec::with_capacity(lines.len());
    let mut fence: Option<(char, usize)> = None;
    let mut in_comment = false;
    let front_matter_end = (lines.first().map(|l| l.trim_end()) == Some("---"))
        .then(|| {
            lines[1..]
                .iter()
                .position(|l| matches!(l.trim_end(), "---" | "..."))
                .map(|p| p + 1)
        })
        .flatten();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let kind = if front_matter_end.is_some_and(|end| i <= end) {
            LineKind::Opaque
        } else if let Some((ch, len)) = fence {
            if fence_run(trimmed).is_some_and(|(c, l, rest)| c == ch && l >= len && rest.is_empty())
            {
                fence = None;
            }
            LineKind::Opaque
        } else if in_comment {
            in_comment = !line.contains("-->");
            LineKind::Opaque
        } else if let Some((ch, len, rest)) = fence_run(trimmed) {
            if ch == '~' || !rest.contains('`') {
                fence = Some((ch, len));
            }
            LineKind::Opaque
        } else if trimmed.starts_with("<!--") && !trimmed.contains("-->") {
            in_comment = true;
            LineKind::Opaque
        } else {
            classify_line(line)
        };
        kinds.push(kind);
    }
    kinds
}

/// A code fence opener/closer: its character, length and the rest of the line.
fn fence_run(trimmed: &str) -> Option<(char, usize, &str)> {
    let ch = trimmed.chars().next().filter(|&c| c == '`' || c == '~')?;
    let len = trimmed.chars().take_while(|&c| c == ch).count();
    (len >= 3).then(|| (ch, len, trimmed[len..].trim()))
}

fn classify_line(line: &str) -> LineKind {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return LineKind::Blank;
    }
    if indent <= 3 {
        if let Some(level) = atx_level(trimmed) {
            return LineKind::Atx(level);
        }
        if trimmed.chars().all(|c| c == '=') {
            return LineKind::Underline(1);
        }
        if trimmed.len() >= 2 && trimmed.chars().all(|c| c == '-') {
            return LineKind::Underline(2);
        }
    }
    let first = trimmed.chars().next().unwrap_or(' ');
    let is_break = {
        let marks: String = trimmed.chars().filter(|c| !c.is_whitespace()).collect();
        marks.len() >= 3
            && (marks.chars().all(|c| c == '*')
                || marks.chars().all(|c| c == '_')
                || marks.chars().all(|c| c == '-'))
    };
    if is_break || matches!(first, '>' | '|' | '<') || is_list_item(trimmed) {
        LineKind::Block
    } else {
        LineKind::Plain
    }
}

fn atx_level(trimmed: &str) -> Option<u8> {
    let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
    let after = &trimmed[hashes..];
    ((1..=6).contains(&hashes) && (after.is_empty() || after.starts_with([' ', '\t'])))
        .then_some(hashes as u8)
}

pub(super) fn is_list_item(trimmed: &str) -> bool {
    let bytes = trimmed.as_bytes();
    if matches!(bytes[0], b'-' | b'*' | b'+') {
        return bytes.len() == 1 || matches!(bytes[1], b' ' | b'\t');
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=9).contains(&digits)
        && matches!(bytes.get(digits), Some(b'.' | b')'))
        && matches!(bytes.get(digits + 1), None | Some(b' ' | b'\t'))
}

/// The text of an ATX heading: without its `#` run or closing sequence.
fn atx_text(trimmed: &str) -> &str {
    let text = trimmed.trim_start_matches('#').trim();
    let without_closing = text.trim_end_matches('#');
    if without_closing.is_empty() {
        ""
    } else if without_closing.ends_with([' ', '\t']) {
        without_closing.trim_end()
    } else {
        text
    }
}

fn find_headings(lines: &[&str], kinds: &[LineKind]) -> Vec<Heading> {
    let mut headings = Vec::new();
    for (i, kind) in kinds.iter().enumerate() {
        match *kind {
            LineKind::Atx(level) => headings.push(Heading {
                first: i,
                last: i,
                level,
                text: atx_text(lines[i].trim()).to_string(),
                pseudo: false,
            }),
            LineKind::Block => {
                // `<h2 id='x'>Werk ervaring</h2>` on one line is a heading too.
                if let Some((level, text)) = html_heading(lines[i].trim()) {
                    headings.push(Heading {
                        first: i,
                        last: i,
                        level,
                        text,
                        pseudo: false,
                    });
                }
            }
            LineKind::Underline(level) => {
                let mut first = i;
                while first > 0 && kinds[first - 1] == LineKind::Plain {
                    first -= 1;
                }
                // A paragraph lazily continuing a list item or quote cannot
                // become a heading; neither can an underline with no text.
                let lazy = first > 0 && kinds[first - 1] == LineKind::Block;
                if first < i && !lazy {
                    let text: Vec<&str> = lines[first..i].iter().map(|l| l.trim()).collect();
                    headings.push(Heading {
                        first,
                        last: i,
                        level,
                        text: text.join(" "),
                        pseudo: false,
                    });
                }
            }
            _ => {}
        }
    }
    headings
}

/// An HTML heading written on one line: its level and text (tags dropped).
fn html_heading(line: &str) -> Option<(u8, String)> {
    let rest = line.strip_prefix("<h")?;
    let level = rest
        .chars()
        .next()?
        .to_digit(10)
        .filter(|l| (1..=6).contains(l))? as u8;
    let close = format!("</h{level}>");
    let inner = line.strip_suffix(close.as_str())?;
    let text_start = inner.find('>')? + 1;
    let text = super::reading::strip_tags(&inner[text_start..])
        .trim()
        .to_string();
    (!text.is_empty()).then_some((level, text))
}

/// The heading level that starts sections: the level (after the name
/// heading) with the most recognised section titles; ties go to H2, the
/// usual resume layout, then to the shallowest level.
fn choose_section_level(headings: &[Heading], header: Option<usize>) -> u8 {
    let mut best: Option<(usize, bool, u8)> = None;
    for level in 1..=6u8 {
        let at_level = headings
            .iter()
            .enumerate()
            .filter(|&(i, h)| Some(i) != header && h.level == level);
        let mut present = false;
        let mut recognised = 0;
        for (_, h) in at_level {
            present = true;
            recognised += usize::from(kind_for_title(&h.text) != SectionKind::Custom);
        }
        if !present {
            continue;
        }
        let candidate = (recognised, level == 2, level);
        let better = match best {
            None => true,
            Some((r, is_two, _)) => recognised > r || (recognised == r && !is_two && level == 2),
        };
        if better {
            best = Some(candidate);
        }
    }
    best.map_or(2, |(_, _, level)| level)
}

/// Joins lines, dropping blank lines at either end.
pub(super) fn join_trimmed(lines: &[&str]) -> String {
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    match (first, last) {
        (Some(a), Some(b)) => lines[a..=b].join("\n"),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests;
