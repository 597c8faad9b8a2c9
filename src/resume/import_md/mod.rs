//! Markdown → `Resume`: a document is split into sections at its headings.
//!
//! The first H1 (the name) and what follows it become the header; every
//! heading at the "section level" starts a section. The section level is the
//! heading level whose titles look most like resume sections (`## Skills`),
//! so both `# Name / ## Section / ### Job` and `# Name / # Section / ## Job`
//! documents import the way they read. Nothing is dropped: headings deeper
//! than the section level stay in the body (re-levelled so that they still
//! sit below the section's `##` heading once exported).

use std::fmt;

use super::{Level, Resume, SectionKind};

mod titles;

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

/// The title given to text that precedes the name heading.
const INTRODUCTION: &str = "Introduction";

/// Splits `md` into a header and titled sections; see the module docs.
pub fn resume_from_markdown(md: &str, level: Level) -> Result<Resume, ImportError> {
    let text = md.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.split('\n').collect();
    let kinds = classify(&lines);
    let headings = find_headings(&lines, &kinds);
    if headings.is_empty() {
        return Err(ImportError::NoHeadings);
    }

    // The name heading is the first H1, unless it reads like a section title.
    let header = headings
        .iter()
        .position(|h| h.level == 1)
        .filter(|&i| kind_for_title(&headings[i].text) == SectionKind::Custom);
    let section_level = choose_section_level(&headings, header);
    let shift = 2 - i32::from(section_level);
    let is_boundary = |i: usize| Some(i) == header || headings[i].level <= section_level;
    let boundaries: Vec<usize> = (0..headings.len()).filter(|&i| is_boundary(i)).collect();

    let mut resume = Resume::new(level);
    let old: Vec<_> = resume.sections().iter().map(|s| s.id).collect();
    for id in old {
        resume.remove_section(id);
    }

    let first_line = boundaries
        .first()
        .map_or(lines.len(), |&b| headings[b].first);
    let preamble = join_trimmed(&lines[..first_line]);
    if header.is_none() {
        resume.push_section(SectionKind::Header, "Header", &preamble);
    } else if !preamble.is_empty() {
        resume.push_section(SectionKind::Custom, INTRODUCTION, &preamble);
    }

    let starts: Vec<Option<usize>> = {
        let mut at = vec![None; lines.len()];
        for (i, h) in headings.iter().enumerate() {
            at[h.first] = Some(i);
        }
        at
    };
    let doc = Doc {
        lines: &lines,
        kinds: &kinds,
        headings: &headings,
        starts: &starts,
    };
    for (n, &b) in boundaries.iter().enumerate() {
        let heading = &headings[b];
        let end = boundaries
            .get(n + 1)
            .map_or(lines.len(), |&next| headings[next].first);
        let rest = doc.relevel_body(heading.last + 1, end, shift);
        if Some(b) == header {
            // The header keeps its own `# Name` line(s) as written.
            let mut body = lines[heading.first..=heading.last].join("\n");
            if !rest.is_empty() {
                body.push('\n');
                body.push_str(&rest);
            }
            resume.push_section(SectionKind::Header, "Header", &body);
        } else {
            resume.push_section(kind_for_title(&heading.text), &heading.text, &rest);
        }
    }
    Ok(resume)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
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

struct Heading {
    first: usize,
    last: usize,
    level: u8,
    text: String,
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

fn is_list_item(trimmed: &str) -> bool {
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
            }),
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
                    });
                }
            }
            _ => {}
        }
    }
    headings
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

/// The split document, for assembling section bodies.
struct Doc<'a> {
    lines: &'a [&'a str],
    kinds: &'a [LineKind],
    headings: &'a [Heading],
    /// For each line, the heading that starts on it.
    starts: &'a [Option<usize>],
}

impl Doc<'_> {
    /// Lines `start..end` with blank edges trimmed and inner headings moved
    /// by `shift` levels (never above H3, which sits under the section's H2).
    fn relevel_body(&self, start: usize, end: usize, shift: i32) -> String {
        let mut out: Vec<String> = Vec::new();
        let mut i = start;
        while i < end {
            let inner = self.starts[i]
                .map(|h| &self.headings[h])
                .filter(|h| h.last < end && shift != 0);
            match (inner, self.kinds[i]) {
                (Some(_), LineKind::Atx(level)) => {
                    let new_level = (i32::from(level) + shift).clamp(3, 6) as usize;
                    let rest = self.lines[i].trim_start().trim_start_matches('#');
                    out.push(format!("{}{rest}", "#".repeat(new_level)));
                    i += 1;
                }
                (Some(h), _) => {
                    // A setext heading becomes an ATX one: its underline
                    // cannot express H3 and deeper.
                    let new_level = (i32::from(h.level) + shift).clamp(3, 6) as usize;
                    out.push(format!("{} {}", "#".repeat(new_level), h.text));
                    i = h.last + 1;
                }
                _ => {
                    out.push(self.lines[i].to_string());
                    i += 1;
                }
            }
        }
        let refs: Vec<&str> = out.iter().map(String::as_str).collect();
        join_trimmed(&refs)
    }
}

/// Joins lines, dropping blank lines at either end.
fn join_trimmed(lines: &[&str]) -> String {
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    match (first, last) {
        (Some(a), Some(b)) => lines[a..=b].join("\n"),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests;
