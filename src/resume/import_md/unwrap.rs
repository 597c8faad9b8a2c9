//! Shapes without ordinary `##` sections: a resume pasted inside one code
//! fence, files whose titles are bold or ALL-CAPS lines, an untitled summary
//! right under the name, and text with no structure at all.

use super::{Heading, LineKind, is_list_item, join_trimmed, kind_for_title};
use crate::resume::document::strip_title_marks;
use crate::resume::{Resume, SectionKind, Wrapper};

/// A resume wrapped in one code fence (```` ```markdown ```` … ```` ``` ````)
/// with nothing else around it: the fence lines are kept as written and the
/// inside is read as Markdown.
pub fn unwrap_fence(text: &str) -> (Option<Wrapper>, String) {
    let lines: Vec<&str> = text.split('\n').collect();
    let Some(open) = lines.iter().position(|l| !l.trim().is_empty()) else {
        return (None, text.to_string());
    };
    let opener = lines[open].trim();
    let ch = match opener.chars().next() {
        Some(c @ ('`' | '~')) => c,
        _ => return (None, text.to_string()),
    };
    let run = opener.chars().take_while(|&c| c == ch).count();
    let info = opener[run..].trim().to_lowercase();
    if run < 3
        || !matches!(
            info.as_str(),
            "" | "markdown" | "md" | "text" | "txt" | "plain"
        )
    {
        return (None, text.to_string());
    }
    let close = lines
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .filter(|&c| c > open);
    let Some(close) = close else {
        return (None, text.to_string());
    };
    let closer = lines[close].trim();
    let closes = closer.chars().all(|c| c == ch) && closer.len() >= run;
    // Nothing but the resume may sit inside: an inner fence of the same kind
    // would have closed it.
    let inner_closes = lines[open + 1..close].iter().any(|l| {
        let t = l.trim();
        t.len() >= run && t.chars().all(|c| c == ch)
    });
    if !closes || inner_closes {
        return (None, text.to_string());
    }
    let wrapper = Wrapper {
        before: lines[..=open]
            .join("\n")
            .trim_start_matches('\n')
            .to_string(),
        after: lines[close..].join("\n").trim_end().to_string(),
    };
    (Some(wrapper), lines[open + 1..close].join("\n"))
}

/// Bold (`**Experience**`) or ALL-CAPS (`EXPERIENCE`) lines standing alone,
/// taken as section titles in a file without `#` headings. The first one
/// must name a known section; after it, any such line counts.
pub fn title_lines(lines: &[&str], kinds: &[LineKind]) -> Vec<Heading> {
    let mut out = Vec::new();
    let first_text = lines.iter().position(|l| !l.trim().is_empty());
    for (i, line) in lines.iter().enumerate() {
        if kinds[i] != LineKind::Plain {
            continue;
        }
        let after_break = i == 0 || matches!(kinds[i - 1], LineKind::Blank | LineKind::Opaque);
        let hard_break = line.ends_with("  ") || line.ends_with('\\');
        let next_blank = kinds
            .get(i + 1)
            .is_none_or(|k| matches!(k, LineKind::Blank | LineKind::Opaque));
        if !(after_break || (i > 0 && lines[i - 1].ends_with("  ")))
            || !(next_blank || hard_break || after_break)
        {
            continue;
        }
        let trimmed = line.trim().trim_end_matches('\\').trim();
        let text = strip_title_marks(trimmed);
        let bold = (trimmed.starts_with("**") && trimmed.ends_with("**"))
            || (trimmed.starts_with("__") && trimmed.ends_with("__"));
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        let caps = letters.len() >= 3 && letters.iter().all(|c| !c.is_lowercase());
        let plain = text.split_whitespace().count() <= 5
            && !text
                .chars()
                .any(|c| c.is_ascii_digit() || "|@/[]()<>".contains(c))
            && !is_list_item(trimmed);
        let known = kind_for_title(text) != SectionKind::Custom;
        let label_line = trimmed.trim_end_matches("**").ends_with(':') && !known;
        if !(bold || caps) || !plain || label_line {
            continue;
        }
        if !known && (out.is_empty() || Some(i) == first_text) {
            continue;
        }
        out.push(Heading {
            first: i,
            last: i,
            level: 2,
            text: text.to_string(),
            pseudo: true,
        });
    }
    out
}

/// Where an untitled summary starts among the header's lines: the first
/// prose paragraph (or quote) after the name and contact lines.
pub fn summary_start(lines: &[&str], kinds: &[LineKind], from: usize, to: usize) -> Option<usize> {
    let mut i = from;
    let mut paragraphs = 0;
    while i < to {
        if matches!(kinds[i], LineKind::Blank | LineKind::Opaque) {
            i += 1;
            continue;
        }
        let start = i;
        while i < to && !matches!(kinds[i], LineKind::Blank | LineKind::Opaque) {
            i += 1;
        }
        paragraphs += 1;
        let text: Vec<&str> = lines[start..i].iter().map(|l| l.trim()).collect();
        let joined = text.join(" ");
        let quote = joined.starts_with('>');
        let words = joined.split_whitespace().count();
        let longest = text
            .iter()
            .map(|l| l.split_whitespace().count())
            .max()
            .unwrap_or(0);
        let prose = !joined.contains(['@', '|', '·', '<', '#'])
            && !text.iter().any(|l| is_list_item(l))
            && ((words >= 20 && longest >= 10) || (quote && words >= 10));
        if paragraphs > 1 && prose {
            return Some(start);
        }
    }
    None
}

/// "## Current Role: … / ## Previous Role: …": one job per heading, read
/// as one experience section (the later headings stay in its body).
pub fn join_role_headings(boundaries: &mut Vec<usize>, headings: &[Heading]) {
    let is_role = |i: usize| {
        let lower = headings[i].text.to_lowercase();
        [
            "current role",
            "previous role",
            "earlier role",
            "past role",
            "prior role",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
    };
    let mut kept: Vec<usize> = Vec::with_capacity(boundaries.len());
    for &b in boundaries.iter() {
        if kept.last().is_some_and(|&prev| is_role(prev)) && is_role(b) {
            continue;
        }
        kept.push(b);
    }
    *boundaries = kept;
}

/// A "Contact" section right under the name is part of the header.
pub fn contacts_into_header(
    boundaries: &mut Vec<usize>,
    headings: &[Heading],
    header: Option<usize>,
) {
    let first_section = match (boundaries.first(), header) {
        (Some(&b), Some(h)) if b == h => 1,
        (Some(_), None) => 0,
        _ => return,
    };
    let Some(&b) = boundaries.get(first_section) else {
        return;
    };
    let lower = headings[b].text.to_lowercase();
    let contact = [
        "contact",
        "contacts",
        "kontakt",
        "coordonnées",
        "contato",
        "contacto",
        "contatti",
        "contact info",
        "contact information",
        "contact details",
        "informações de contato",
    ]
    .contains(&lower.trim_end_matches(':').trim());
    if contact {
        boundaries.remove(first_section);
    }
}

/// A document with no headings or titles: its first paragraph is the
/// header, the rest one untitled section.
pub fn as_text(resume: &mut Resume, lines: &[&str]) {
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let split = first.map_or(lines.len(), |f| {
        lines[f..]
            .iter()
            .position(|l| l.trim().is_empty())
            .map_or(lines.len(), |p| f + p)
    });
    resume.push_section(
        SectionKind::Header,
        "Header",
        &join_trimmed(&lines[..split]),
    );
    let rest = join_trimmed(&lines[split..]);
    if !rest.is_empty() {
        let id = resume.push_section(SectionKind::Custom, "Resume", &rest);
        resume.set_written_heading(id, "");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fenced_resume_is_unwrapped_and_its_fence_kept() {
        let (wrapper, inner) = unwrap_fence("\n```markdown\n# Ada\n## Skills\nGo\n```\n");
        let wrapper = wrapper.unwrap();
        assert_eq!(wrapper.before, "```markdown");
        assert_eq!(wrapper.after, "```");
        assert_eq!(inner, "# Ada\n## Skills\nGo");
        let (wrapper, _) = unwrap_fence("```python\nprint()\n```\n");
        assert!(wrapper.is_none());
        let (wrapper, _) = unwrap_fence("```\na\n```\ntext after\n");
        assert!(wrapper.is_none());
    }
}
