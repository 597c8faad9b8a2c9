//! Fitting to N pages: the same layout typeset at denser and denser
//! settings until it fits, down to 9.5 pt type and narrow margins.

use serde::Serialize;
use typst::layout::PagedDocument;

use super::{PdfError, typeset};
use crate::export::layout::Layout;
use crate::export::paper::Paper;

/// Type size and spacing; sizes in points, spacing in em, margins in mm.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Density {
    pub body: f64,
    pub leading: f64,
    /// Between paragraphs and below titles.
    pub gap: f64,
    pub section_gap: f64,
    pub entry_gap: f64,
    pub margin_x: f64,
    pub margin_y: f64,
}

const fn density(
    body: f64,
    leading: f64,
    gap: f64,
    section_gap: f64,
    entry_gap: f64,
    margin_x: f64,
    margin_y: f64,
) -> Density {
    Density {
        body,
        leading,
        gap,
        section_gap,
        entry_gap,
        margin_x,
        margin_y,
    }
}

/// From the default look to the densest still comfortable to read.
pub const DENSITIES: [Density; 5] = [
    density(10.5, 0.55, 0.65, 1.15, 1.0, 18.0, 15.0),
    density(10.25, 0.5, 0.55, 1.0, 0.9, 16.0, 13.0),
    density(10.0, 0.47, 0.5, 0.9, 0.8, 15.0, 12.0),
    density(9.75, 0.44, 0.45, 0.8, 0.7, 13.0, 11.0),
    density(9.5, 0.42, 0.4, 0.7, 0.6, 12.0, 10.0),
];

/// The loosest density at which the layout fits in `pages`, or the
/// densest if none does (the closest result).
pub fn fit(
    layout: &Layout,
    paper: Paper,
    pages: usize,
) -> Result<(PagedDocument, Density), PdfError> {
    let mut last = None;
    for density in DENSITIES {
        let document = typeset(layout, paper, density)?;
        if document.pages.len() <= pages {
            return Ok((document, density));
        }
        last = Some((document, density));
    }
    Ok(last.expect("there is at least one density"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn densities_tighten_and_never_go_below_nine_and_a_half_points() {
        for pair in DENSITIES.windows(2) {
            assert!(pair[1].body <= pair[0].body);
            assert!(pair[1].leading <= pair[0].leading);
            assert!(pair[1].margin_x <= pair[0].margin_x);
        }
        assert!(DENSITIES.iter().all(|d| d.body >= 9.5));
    }
}
