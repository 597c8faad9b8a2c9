//! A web address as a reader would type it, the one shortening every
//! layer shows and compares links by.

/// `url` without its `http://` or `https://` scheme, a leading `www.` and
/// one final `/`: `https://www.github.com/ada/` reads `github.com/ada`.
/// Other schemes (`mailto:`, `tel:`) are kept; callers that show those
/// differently strip them first.
pub fn typed_address(url: &str) -> &str {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    rest.strip_suffix('/').unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme_www_and_final_slash_go() {
        assert_eq!(
            typed_address("https://www.github.com/ada/"),
            "github.com/ada"
        );
        assert_eq!(typed_address("http://ada.dev"), "ada.dev");
        assert_eq!(typed_address("www.ada.dev/"), "ada.dev");
    }

    #[test]
    fn the_rest_of_the_address_stays() {
        assert_eq!(typed_address("ada.dev/x?q=1#top"), "ada.dev/x?q=1#top");
        assert_eq!(
            typed_address("https://ada.dev//"),
            "ada.dev/",
            "one slash only"
        );
        assert_eq!(typed_address("mailto:a@b.c"), "mailto:a@b.c");
        assert_eq!(
            typed_address("HTTPS://A.dev"),
            "HTTPS://A.dev",
            "schemes as written"
        );
        assert_eq!(typed_address(""), "");
    }
}
