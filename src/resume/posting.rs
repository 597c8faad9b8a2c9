//! The job posting remembered with a resume, and with each named variant:
//! tailoring to a job is done over days, so the posting stays with what is
//! being tailored. A variant's own posting wins over the resume's.

use serde::{Deserialize, Serialize};

use super::Resume;

/// The longest title kept for display, in characters.
const TITLE_CHARS: usize = 80;

/// A job posting as the user gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedPosting {
    /// The posting's whole text, as given.
    pub text: String,
    /// A short name for lists and the status bar: its first line unless
    /// the user named it.
    #[serde(default)]
    pub title: String,
}

impl SavedPosting {
    /// A posting titled by its first non-blank line (shortened).
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let title = first_line_title(&text);
        SavedPosting { text, title }
    }

    /// A posting with a title of the user's choosing (a file name, say);
    /// a blank title falls back to the first line.
    pub fn titled(text: impl Into<String>, title: &str) -> Self {
        let mut posting = SavedPosting::new(text);
        let title = shorten(title.trim());
        if !title.is_empty() {
            posting.title = title;
        }
        posting
    }

    /// The title to show: the saved one, else the first line (a file
    /// edited by hand may lack one).
    pub fn display_title(&self) -> String {
        if self.title.trim().is_empty() {
            first_line_title(&self.text)
        } else {
            self.title.clone()
        }
    }
}

fn first_line_title(text: &str) -> String {
    let line = text
        .lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .find(|l| !l.is_empty())
        .unwrap_or("");
    shorten(line)
}

fn shorten(text: &str) -> String {
    if text.chars().count() <= TITLE_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(TITLE_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

impl Resume {
    /// The posting remembered with the resume itself.
    pub fn posting(&self) -> Option<&SavedPosting> {
        self.posting.as_deref()
    }

    /// Remembers (or, with `None`, forgets) the resume's own posting.
    pub fn set_posting(&mut self, posting: Option<SavedPosting>) {
        self.posting = posting.map(Box::new);
    }

    /// The posting that applies when `variant` is active: the variant's
    /// own, else the resume's. An unknown variant name gets the resume's.
    pub fn posting_for(&self, variant: Option<&str>) -> Option<&SavedPosting> {
        variant
            .and_then(|name| self.variant(name))
            .and_then(|v| v.posting.as_ref())
            .or(self.posting.as_deref())
    }

    /// Remembers (or forgets) a named variant's own posting; false when
    /// there is no variant of that name.
    pub fn set_variant_posting(&mut self, variant: &str, posting: Option<SavedPosting>) -> bool {
        match self
            .variants
            .iter_mut()
            .find(|v| v.name.eq_ignore_ascii_case(variant))
        {
            Some(v) => {
                v.posting = posting;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Level, Variant};

    fn variant(name: &str) -> Variant {
        Variant {
            name: name.into(),
            tags: vec!["fintech".into()],
            order: Vec::new(),
            summary: None,
            posting: None,
        }
    }

    #[test]
    fn the_title_is_the_first_line_shortened() {
        let p = SavedPosting::new("\n\n  # Senior Backend Engineer (Go)\nAbout us\n");
        assert_eq!(p.title, "Senior Backend Engineer (Go)");
        let long = "x".repeat(200);
        let p = SavedPosting::new(long.clone());
        assert_eq!(p.title.chars().count(), TITLE_CHARS);
        assert!(p.title.ends_with('…'));
        assert_eq!(
            SavedPosting::titled("Role\n", "  acme.txt ").title,
            "acme.txt"
        );
        assert_eq!(SavedPosting::titled("Role\n", " ").title, "Role");
        let untitled = SavedPosting {
            text: "Staff Engineer\n".into(),
            title: String::new(),
        };
        assert_eq!(untitled.display_title(), "Staff Engineer");
    }

    #[test]
    fn a_variants_posting_wins_over_the_resumes() {
        let mut r = Resume::new(Level::Mid);
        assert_eq!(r.posting_for(None), None);
        r.set_posting(Some(SavedPosting::new("Generic role")));
        r.set_variant(variant("fintech"));
        r.set_variant(variant("games"));
        assert!(r.set_variant_posting("FinTech", Some(SavedPosting::new("Payments role"))));
        assert!(!r.set_variant_posting("nope", Some(SavedPosting::new("x"))));
        let title = |r: &Resume, v: Option<&str>| r.posting_for(v).map(|p| p.title.clone());
        assert_eq!(title(&r, Some("fintech")).unwrap(), "Payments role");
        assert_eq!(title(&r, Some("games")).unwrap(), "Generic role");
        assert_eq!(title(&r, Some("unknown")).unwrap(), "Generic role");
        assert_eq!(title(&r, None).unwrap(), "Generic role");
        r.set_posting(None);
        assert_eq!(title(&r, Some("games")), None);
        assert_eq!(title(&r, Some("fintech")).unwrap(), "Payments role");
    }
}
