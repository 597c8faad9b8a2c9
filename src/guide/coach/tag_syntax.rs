//! Variant tags with bad syntax: `{.fintech backend}` or `{.}` at the end
//! of a line is not a tag list, so it stays in the text (and in every
//! export) — say so, with the syntax that works.

use crate::resume::{Section, malformed_attr};

use super::finding::{Finding, Severity, rule};
use super::text::{char_col, excerpt};

pub(crate) fn check(section: &Section, out: &mut Vec<Finding>) {
    for (i, line) in section.body.split('\n').enumerate() {
        let Some(at) = malformed_attr(line) else {
            continue;
        };
        let attr = line[at..].trim_end();
        out.push(Finding {
            rule: rule::TAG_SYNTAX,
            severity: Severity::Info,
            section: Some(section.id),
            line: Some(i),
            column: char_col(line, at),
            message: format!(
                "'{attr}' is not read as tags and will be shown: write them as {{.tag .other}}."
            ),
            excerpt: excerpt(attr, 40),
            fix: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Level, Resume, SectionKind};

    #[test]
    fn bad_tag_syntax_is_reported_good_syntax_is_not() {
        let mut resume = Resume::new(Level::Mid);
        let id = resume.push_section(
            SectionKind::Custom,
            "Work",
            "- Good {.fintech .backend}\n- Bad {.fintech backend}\n- Braces {JSON}",
        );
        let mut out = Vec::new();
        check(resume.section(id).unwrap(), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].line, Some(1));
        assert_eq!(out[0].column, 6);
        assert!(out[0].message.contains("{.tag .other}"));
    }
}
