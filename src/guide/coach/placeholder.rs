//! Template text left in a section: `[Company]` that is not a link, TODO,
//! TBD, XX %, $XM, 20XX, lorem ipsum, "Your Name". Checked on every line of
//! every section, because a placeholder anywhere is an embarrassment.

use crate::resume::Section;

use super::finding::{Finding, Severity, rule};
use super::fixes;
use super::lexicon::{TEMPLATE_PHRASES, Words};
use super::structure::{LineKind, Structure};
use super::text::{byte_of_col, char_col, excerpt};

/// Template text: `[Company]` that is not a link, TODO, XX %, lorem ipsum.
/// Each finding's fix selects the text, for the user to type over.
pub(crate) fn check(section: &Section, structure: &Structure, out: &mut Vec<Finding>) {
    // `byte` is where `text` starts in body line `line`.
    let mut push = |line: usize, byte: usize, text: &str| {
        let line_text = structure.lines[line].1;
        out.push(Finding {
            rule: rule::PLACEHOLDER,
            severity: Severity::Error,
            section: Some(section.id),
            line: Some(line),
            column: char_col(line_text, byte),
            message: format!("Template text left in: replace '{text}' with your own."),
            excerpt: excerpt(text, 40),
            fix: Some(fixes::select(byte..byte + text.len(), text)),
        });
    };
    // Bracketed spans, read from the raw lines (the words lose brackets).
    let mut reported: Vec<(usize, usize, usize)> = Vec::new();
    for (i, (kind, line)) in structure.lines.iter().enumerate() {
        if matches!(kind, LineKind::Code | LineKind::Blank) || !line.contains('[') {
            continue;
        }
        for (byte, text) in bracket_placeholders(line, &section.body) {
            let col = char_col(line, byte);
            reported.push((i, col, col + text.chars().count()));
            push(i, byte, text);
        }
    }
    let tokens = &structure.tokens;
    let mut n = 0;
    while n < tokens.len() {
        let t = &tokens[n];
        let inside_reported = reported
            .iter()
            .any(|&(line, a, b)| line == t.line && (a..b).contains(&t.col));
        if t.code || t.link || inside_reported {
            n += 1;
            continue;
        }
        let next = tokens
            .get(n + 1)
            .filter(|next| next.line == t.line && TEMPLATE_FIRST.contains(t.text));
        let phrase = next.is_some_and(|next| {
            TEMPLATE_PHRASES
                .iter()
                .any(|(x, y)| x.eq_ignore_ascii_case(t.text) && y.eq_ignore_ascii_case(next.text))
        });
        let line = structure.lines[t.line].1;
        let start = byte_of_col(line, t.col).unwrap_or(line.len());
        if let (true, Some(next)) = (phrase, next) {
            let end = byte_of_col(line, next.col).map_or(line.len(), |b| b + next.text.len());
            push(t.line, start, line.get(start..end).unwrap_or(t.text));
            n += 2;
            continue;
        }
        if is_template_word(t.text) {
            push(t.line, start, t.text);
        }
        n += 1;
    }
}

/// `[text]` spans on `line` that are not links, images, task boxes,
/// footnotes or references defined in `body`: (byte offset, span).
fn bracket_placeholders<'l>(line: &'l str, body: &str) -> Vec<(usize, &'l str)> {
    let bytes = line.as_bytes();
    let mut found = Vec::new();
    let mut in_code = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'`' => in_code = !in_code,
            b'[' if !in_code => {
                let Some(close) = line[i + 1..].find(']').map(|c| c + i + 1) else {
                    break;
                };
                let content = line[i + 1..close].trim();
                let next = bytes.get(close + 1).copied();
                let image = i > 0 && bytes[i - 1] == b'!';
                let link = matches!(next, Some(b'(' | b'['));
                let definition = next == Some(b':') && line[..i].trim().is_empty();
                let skip = image
                    || link
                    || definition
                    || matches!(content, "" | "x" | "X")
                    || content.starts_with(['^', '!'])
                    || content.bytes().all(|b| b.is_ascii_digit())
                    || body.contains(&format!("[{content}]:"));
                if !skip {
                    found.push((i, &line[i..=close]));
                }
                i = close;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// First words of the template phrases, for a quick reject.
const TEMPLATE_FIRST: Words = Words::new(&[
    "company",
    "jane",
    "job",
    "john",
    "lorem",
    "project",
    "university",
    "your",
]);

/// TODO, TBD, FIXME, XX, XX %, $XM, N %, 20XX, YYYY.
fn is_template_word(word: &str) -> bool {
    // Every template word holds one of these capitals.
    if !word
        .bytes()
        .any(|b| matches!(b, b'X' | b'T' | b'F' | b'Y' | b'N'))
    {
        return false;
    }
    if matches!(
        word,
        "TODO" | "TBD" | "FIXME" | "TKTK" | "YYYY" | "MM/YYYY" | "MM/YY"
    ) {
        return true;
    }
    let currency = word.starts_with(['$', '€', '£']);
    let core = word.trim_start_matches(['$', '€', '£']);
    let percent = core.ends_with('%');
    let core = core.trim_end_matches(['%', '+']);
    let core = if currency {
        core.trim_end_matches(['k', 'K', 'M', 'B'])
    } else {
        core
    };
    let digits = core.bytes().take_while(u8::is_ascii_digit).count();
    let xs = &core[digits..];
    let all_x = !xs.is_empty() && xs.bytes().all(|b| b == b'X' || b == b',');
    (all_x && (xs.len() >= 2 || currency || percent || digits > 0)) || (core == "N" && percent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{SectionId, SectionKind};

    #[test]
    fn each_placeholder_finding_selects_its_text() {
        let section = Section {
            id: SectionId(3),
            kind: SectionKind::Experience,
            title: "Experience".into(),
            body: "### Engineer — [Company]\n- Cut costs by XX% for Jane Doe, naïve TODO\n".into(),
        };
        let structure = Structure::parse(&section.body);
        let mut out = Vec::new();
        check(&section, &structure, &mut out);
        let lines: Vec<&str> = section.body.lines().collect();
        let selected: Vec<&str> = out
            .iter()
            .map(|f| {
                let fix = f.fix.as_ref().unwrap();
                assert!(fix.selects_only());
                &lines[f.line.unwrap()][fix.range.clone()]
            })
            .collect();
        assert_eq!(selected, ["[Company]", "XX%", "Jane Doe", "TODO"]);
        let todo = &out[3];
        assert_eq!(todo.column, 39, "columns stay in characters");
        assert_eq!(todo.fix.as_ref().unwrap().label, "Select 'TODO'");
    }

    #[test]
    fn template_words() {
        for w in [
            "TODO", "TBD", "XX", "XX%", "X%", "$XM", "$X", "N%", "20XX", "X,XXX", "YYYY",
        ] {
            assert!(is_template_word(w), "{w}");
        }
        for w in ["X", "Xbox", "todo", "XL", "N", "2021", "10x", "MMXX"] {
            assert!(!is_template_word(w), "{w}");
        }
    }

    #[test]
    fn brackets_that_are_not_links() {
        let spans = bracket_placeholders("At [Company] via [site](https://x.io) ![img](a.png)", "");
        assert_eq!(spans, [(3, "[Company]")]);
        assert!(bracket_placeholders("[ref]", "[ref]: https://x.io").is_empty());
        assert!(bracket_placeholders("`[code]` and [1] and [^2]", "").is_empty());
    }
}
