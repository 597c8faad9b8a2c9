//! What a link shows besides its text.

use std::borrow::Cow;

/// A link or image whose text is being collected.
#[derive(Debug)]
pub(crate) struct LinkTarget {
    url: String,
    /// Where the link's text starts in the inline buffer.
    pub text_start: usize,
    pub is_image: bool,
}

impl LinkTarget {
    pub fn new(url: &str, text_start: usize, is_image: bool) -> Self {
        LinkTarget {
            url: url.to_string(),
            text_start,
            is_image,
        }
    }
}

/// The URL to print after a link's text, or `None` when the text already
/// says where it goes (`<https://x.dev>`, `[x.dev](https://x.dev/)`, an email
/// address). `mailto:` links show just the address.
pub(crate) fn shown_url<'a>(target: &'a LinkTarget, text: &str) -> Option<Cow<'a, str>> {
    let url = target.url.trim();
    let shown = url.strip_prefix("mailto:").unwrap_or(url);
    if shown.is_empty() {
        return None;
    }
    if !target.is_image && same_place(text, shown) {
        return None;
    }
    Some(Cow::Borrowed(shown))
}

/// Whether a link's text and URL name the same place, ignoring the scheme,
/// a leading `www.` and a trailing slash, which readers do not care about.
fn same_place(text: &str, url: &str) -> bool {
    // Every final slash, not just one: `a.dev//` names `a.dev` too.
    fn core(s: &str) -> &str {
        crate::resume::typed_address(s.trim()).trim_end_matches('/')
    }
    core(text).eq_ignore_ascii_case(core(url))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(url: &str, text: &str) -> Option<String> {
        shown_url(&LinkTarget::new(url, 0, false), text).map(|u| u.into_owned())
    }

    #[test]
    fn url_is_shown_when_the_text_differs() {
        assert_eq!(
            shown("https://a.dev/x", "my site").as_deref(),
            Some("https://a.dev/x")
        );
    }

    #[test]
    fn url_is_hidden_when_the_text_already_says_it() {
        assert_eq!(shown("https://a.dev", "https://a.dev"), None);
        assert_eq!(shown("https://github.com/ada/", "github.com/ada"), None);
        assert_eq!(shown("http://www.a.dev", "a.dev"), None);
    }

    #[test]
    fn mailto_shows_the_address() {
        assert_eq!(
            shown("mailto:ada@a.dev", "Email me").as_deref(),
            Some("ada@a.dev")
        );
        assert_eq!(shown("mailto:ada@a.dev", "ada@a.dev"), None);
    }

    #[test]
    fn empty_urls_show_nothing() {
        assert_eq!(shown("", "text"), None);
        assert_eq!(shown("mailto:", "text"), None);
    }
}
