//! Standalone exports for reading outside the app: a typeset PDF (A4 or
//! Letter, fitted to N pages), one self-contained HTML file (screen and
//! print), and plain text for job-portal text boxes.
//!
//! The PDF, HTML and plain text are arranged from one [`layout::Layout`],
//! built from the structured reading of the resume (`resume::read`): no
//! exporter reads Markdown on its own. This layer knows nothing of terminals or
//! files (the caller writes the returned bytes where it wants).

mod format;
mod html;
mod html_style;
#[cfg(test)]
mod html_tests;
mod kind;
pub mod layout;
mod layout_build;
mod paper;
pub mod pdf;
mod text;
#[cfg(test)]
mod text_tests;
mod wrap;

pub use format::Format;
pub use html::to_html;
pub use kind::Kind;
pub use layout_build::layout;
pub use paper::Paper;
pub use pdf::{
    Pdf, PdfError, PdfRequest, Typeset, cached_page_count, page_budget, page_count,
    page_count_uncached, placeholder_warning, text_key, to_pdf, typeset_pages,
};
pub use text::to_plain_text;

/// Link targets an export may keep: web pages and email. Anything else
/// (`javascript:`, `data:`, `file:`, relative paths) is shown as plain text.
fn is_allowed_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len())
}

/// An address as a reader would type it: no scheme, `www.` or final `/`.
fn shown_address(url: &str) -> &str {
    // A mail link reads as the address alone.
    crate::resume::typed_address(url.strip_prefix("mailto:").unwrap_or(url))
}

/// Drops control characters (other than tab and newline) from user text.
fn without_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_stray_control) {
        text.chars().filter(|c| !is_stray_control(*c)).collect()
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn is_stray_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_are_allowed() {
        for ok in ["https://x.io", "HTTP://x.io", "mailto:a@b.c"] {
            assert!(is_allowed_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "/relative",
            "page.html",
            "https://",
            "tel:+1555",
        ] {
            assert!(!is_allowed_url(bad), "{bad}");
        }
    }

    #[test]
    fn addresses_are_shown_short() {
        assert_eq!(shown_address("https://www.ada.dev/"), "ada.dev");
        assert_eq!(shown_address("mailto:a@b.c"), "a@b.c");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(without_controls("a\u{1b}[31mb\tc\n"), "a[31mb\tc\n");
    }
}
