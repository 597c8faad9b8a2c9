//! Where the typeset pages break, as text another view can find: for each
//! page after the first, the first letters and digits on it, top to bottom.
//! The preview looks them up in its own lines to mark "page 2" where the
//! PDF's second page begins.

use typst::layout::{Abs, Frame, FrameItem, PagedDocument, Point};

/// How many letters and digits identify a page's start: enough to be
/// unlikely twice in a row, few enough to stay inside one line of text.
const KEY_LEN: usize = 16;

/// For each page after the first, the key of its first line (see
/// [`text_key`]); an empty key when the page starts with no text.
pub fn page_starts(document: &PagedDocument) -> Vec<String> {
    document
        .pages
        .iter()
        .skip(1)
        .map(|page| first_line_key(&page.frame))
        .collect()
}

/// Letters and digits only, lower case: what survives the differences
/// between a PDF line and a terminal line (spacing, bullets, emphasis,
/// hyphenation and wrapping).
pub fn text_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The key of the topmost line's leftmost text: the run of text a reader
/// sees first on the page (the footer is at the bottom, so never first).
fn first_line_key(frame: &Frame) -> String {
    let mut runs: Vec<(Abs, Abs, String)> = Vec::new();
    collect(frame, Point::zero(), &mut runs);
    let Some(top) = runs.iter().map(|(y, _, _)| *y).min() else {
        return String::new();
    };
    // Runs on the first line's baseline, left to right; a right-aligned
    // date there is a separate run and comes last.
    let mut line: Vec<&(Abs, Abs, String)> = runs
        .iter()
        .filter(|(y, _, _)| (*y - top).abs() < Abs::pt(1.0))
        .collect();
    line.sort_by_key(|(_, x, _)| x.to_raw() as i64);
    let first: String = line.first().map(|(_, _, t)| t.clone()).unwrap_or_default();
    text_key(&first).chars().take(KEY_LEN).collect()
}

fn collect(frame: &Frame, origin: Point, out: &mut Vec<(Abs, Abs, String)>) {
    for (position, item) in frame.items() {
        let at = origin + *position;
        match item {
            FrameItem::Group(group) => collect(&group.frame, at, out),
            FrameItem::Text(text) if !text_key(&text.text).is_empty() => {
                out.push((at.y, at.x, text.text.to_string()))
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_letters_and_digits_in_lower_case() {
        assert_eq!(
            text_key("• Cut **p99** latency by 40 %."),
            "cutp99latencyby40"
        );
        assert_eq!(text_key("Ünïcode — ok"), "ünïcodeok");
    }
}
