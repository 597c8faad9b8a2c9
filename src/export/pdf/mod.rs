//! The resume as a typeset PDF: the layout fed as JSON to a Typst template
//! (`assets/typst/resume.typ`), typeset in-process with the fonts built
//! into the binary, and fitted to a number of pages by tightening the
//! spacing and the type size step by step — never below 9.5 pt.

mod breaks;
mod fit;
mod pages;
mod world;

use serde::Serialize;
use typst::layout::PagedDocument;

pub use breaks::text_key;
pub use fit::{DENSITIES, Density};
pub use pages::{Typeset, cached_page_count, page_count, page_count_uncached, typeset_pages};

use super::layout::Layout;
use super::paper::Paper;
use crate::guide::coach::Report;
use crate::resume::{Level, Resume};
use world::ResumeWorld;

/// What to typeset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PdfRequest {
    pub paper: Paper,
    /// Pages to fit in; `None` for the level's length (junior 1, else 2).
    pub pages: Option<usize>,
}

/// A typeset resume.
#[derive(Debug, Clone)]
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// The pages it was asked to fit in.
    pub target: usize,
    /// The body size used, in points.
    pub body_size: f64,
    /// The sections with the most words first (with their word counts),
    /// for saying what to cut when it does not fit.
    pub longest: Vec<(String, usize)>,
}

impl Pdf {
    pub fn fits(&self) -> bool {
        self.pages <= self.target
    }

    /// The note for a resume that does not fit: how many pages it needs
    /// and which sections are longest.
    pub fn overflow_note(&self) -> Option<String> {
        if self.fits() {
            return None;
        }
        let longest: Vec<String> = self
            .longest
            .iter()
            .map(|(title, words)| format!("{title} ({words} words)"))
            .collect();
        Some(format!(
            "needs {} pages even at {} pt, not {}; the longest sections are {}",
            self.pages,
            self.body_size,
            self.target,
            longest.join(", ")
        ))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfError(pub String);

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot typeset the PDF: {}", self.0)
    }
}

impl std::error::Error for PdfError {}

/// The pages a level's resume should fill: recruiters read a junior's on
/// one page, anyone else's on up to two.
pub fn page_budget(level: Level) -> usize {
    level.page_budget()
}

/// Typesets the resume, fitted to the pages asked for (or the level's).
pub fn to_pdf(resume: &Resume, request: PdfRequest) -> Result<Pdf, PdfError> {
    let layout = super::layout_build::layout(resume);
    let target = request.pages.unwrap_or_else(|| page_budget(resume.level));
    let (document, density) = fit::fit(&layout, request.paper, target)?;
    let bytes = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .map_err(|errors| PdfError(describe(&errors)))?;
    Ok(Pdf {
        bytes,
        pages: document.pages.len(),
        target,
        body_size: density.body,
        longest: layout
            .longest_sections(3)
            .into_iter()
            .map(|(t, w)| (t.to_string(), w))
            .collect(),
    })
}

/// The data file the template reads.
#[derive(Serialize)]
struct Data<'a> {
    style: Style,
    resume: &'a Layout,
}

#[derive(Serialize)]
struct Style {
    paper: &'static str,
    #[serde(flatten)]
    density: Density,
}

/// One typesetting of the layout at a density.
fn typeset(layout: &Layout, paper: Paper, density: Density) -> Result<PagedDocument, PdfError> {
    let data = Data {
        style: Style {
            paper: paper.typst_name(),
            density,
        },
        resume: layout,
    };
    let json = serde_json::to_vec(&data).map_err(|e| PdfError(e.to_string()))?;
    let world = ResumeWorld::new(json);
    let result = typst::compile::<PagedDocument>(&world).output;
    // Typst memoizes across runs; keep only what recent runs used so a
    // long session does not grow without bound.
    comemo::evict(10);
    result.map_err(|errors| PdfError(describe(&errors)))
}

fn describe(errors: &[typst::diag::SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|e| e.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Template text left in the resume, naming the first few.
pub fn placeholder_warning(resume: &Resume) -> Option<String> {
    let report = Report::new(resume);
    let mut left: Vec<String> = Vec::new();
    for finding in report.all_findings().filter(|f| f.rule == "placeholder") {
        let excerpt = finding.excerpt.trim().to_string();
        if !excerpt.is_empty() && !left.contains(&excerpt) {
            left.push(excerpt);
        }
    }
    if left.is_empty() {
        return None;
    }
    let count = left.len();
    left.truncate(3);
    let more = if count > 3 {
        format!(" and {} more", count - 3)
    } else {
        String::new()
    };
    Some(format!(
        "warning: template text is left in the resume ({}{more}); replace it before sending",
        left.join(", ")
    ))
}

#[cfg(test)]
mod tests;
