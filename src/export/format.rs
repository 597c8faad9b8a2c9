//! The formats a resume can be written in, and the bytes of each.

use super::Paper;
use crate::resume::{Resume, to_json_resume};

/// Plain text is wrapped for the text boxes of job portals.
const TEXT_WIDTH: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    JsonResume,
    Html,
    Text,
}

impl Format {
    pub const ALL: [Format; 4] = [
        Format::Markdown,
        Format::JsonResume,
        Format::Html,
        Format::Text,
    ];

    /// The name used on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::JsonResume => "json-resume",
            Format::Html => "html",
            Format::Text => "text",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Markdown => "Markdown — GitHub, pandoc, job portals that take .md",
            Format::JsonResume => "JSON Resume — for its themes and tools",
            Format::Html => "HTML — a web page in the PDF's design",
            Format::Text => "Plain text — for pasting into job-portal text boxes",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::JsonResume => "json",
            Format::Html => "html",
            Format::Text => "txt",
        }
    }

    /// Parses a command-line name; the error lists the names there are.
    pub fn parse(text: &str) -> Result<Format, String> {
        let wanted = text.trim().to_ascii_lowercase();
        let aliases = [
            ("md", Format::Markdown),
            ("json", Format::JsonResume),
            ("txt", Format::Text),
        ];
        Format::ALL
            .into_iter()
            .find(|f| f.id() == wanted)
            .or_else(|| aliases.iter().find(|(a, _)| *a == wanted).map(|(_, f)| *f))
            .ok_or_else(|| {
                format!("unknown format '{text}': use markdown, json-resume, html or text")
            })
    }

    /// The whole export, for A4 paper where paper matters.
    pub fn render(self, resume: &Resume) -> String {
        self.render_on(resume, Paper::A4)
    }

    /// The whole export; the HTML prints on `paper`.
    pub fn render_on(self, resume: &Resume, paper: Paper) -> String {
        // Variant tags are for choosing content, never for the reader.
        let resume = &resume.without_tags();
        match self {
            Format::Markdown => resume.to_markdown(),
            Format::JsonResume => {
                let value = to_json_resume(resume);
                let mut json = serde_json::to_string_pretty(&value).unwrap_or_default();
                json.push('\n');
                json
            }
            Format::Html => super::html::to_html_on(resume, paper),
            Format::Text => super::to_plain_text(resume, TEXT_WIDTH),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::starter_resume;
    use crate::resume::Level;

    #[test]
    fn tags_never_reach_an_export() {
        let mut resume = starter_resume(Level::Mid);
        resume.push_section(
            crate::resume::SectionKind::Custom,
            "Talks {.speaking}",
            "- Spoke at RustConf. {.rust .speaking}",
        );
        for format in Format::ALL {
            let out = format.render(&resume);
            assert!(out.contains("Spoke at RustConf."), "{format:?}");
            assert!(
                !out.contains("{.rust") && !out.contains("{.speaking}"),
                "{format:?}"
            );
        }
    }

    #[test]
    fn names_parse_with_aliases_and_a_helpful_error() {
        assert_eq!(Format::parse("json-resume"), Ok(Format::JsonResume));
        assert_eq!(Format::parse("JSON"), Ok(Format::JsonResume));
        assert_eq!(Format::parse("md"), Ok(Format::Markdown));
        let err = Format::parse("pdf").unwrap_err();
        assert!(err.contains("markdown, json-resume, html or text"));
    }

    #[test]
    fn every_format_renders_the_resume() {
        let resume = starter_resume(Level::Mid);
        assert!(
            Format::Markdown
                .render(&resume)
                .starts_with("# [Your Name]")
        );
        let json: serde_json::Value =
            serde_json::from_str(&Format::JsonResume.render(&resume)).unwrap();
        assert!(json.get("basics").is_some());
        assert!(Format::Html.render(&resume).starts_with("<!DOCTYPE html>"));
        let text = Format::Text.render(&resume);
        assert!(
            text.lines()
                .all(|l| l.chars().count() <= TEXT_WIDTH || !l.contains(' '))
        );
    }
}
