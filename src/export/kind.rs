//! What an export can be: one of the text formats, or the typeset PDF.
//! The command line's `--format` and the app's format list both use it.

use super::Format;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text(Format),
    Pdf,
}

impl Kind {
    /// In the order the app lists them: the document a recruiter receives
    /// first.
    pub const ALL: [Kind; 5] = [
        Kind::Pdf,
        Kind::Text(Format::Markdown),
        Kind::Text(Format::JsonResume),
        Kind::Text(Format::Html),
        Kind::Text(Format::Text),
    ];

    /// The name used on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Text(format) => format.id(),
            Kind::Pdf => "pdf",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Kind::Text(format) => format.label(),
            Kind::Pdf => "PDF — typeset for recruiters, fitted to the level's pages",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Kind::Text(format) => format.extension(),
            Kind::Pdf => "pdf",
        }
    }

    /// Parses a command-line name; the error lists the names there are.
    pub fn parse(text: &str) -> Result<Kind, String> {
        if text.trim().eq_ignore_ascii_case("pdf") {
            return Ok(Kind::Pdf);
        }
        Format::parse(text).map(Kind::Text).map_err(|_| {
            format!("unknown format '{text}': use markdown, json-resume, html, text or pdf")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_is_a_kind_and_unknown_names_list_it() {
        assert_eq!(Kind::parse("PDF"), Ok(Kind::Pdf));
        assert_eq!(Kind::parse("md"), Ok(Kind::Text(Format::Markdown)));
        assert!(Kind::parse("docx").unwrap_err().contains("or pdf"));
    }

    #[test]
    fn every_kind_has_its_own_name_and_extension() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.id()), Ok(kind));
            assert!(!kind.extension().is_empty() && !kind.label().is_empty());
        }
    }
}
