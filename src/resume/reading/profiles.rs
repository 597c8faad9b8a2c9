//! Social profiles recognised from their address (github.com/name and the
//! like), and how addresses are shown.

/// Hosts whose first path segment is the user name, with the network's name.
const NETWORKS: &[(&str, &str)] = &[
    ("github.com", "GitHub"),
    ("gitlab.com", "GitLab"),
    ("bitbucket.org", "Bitbucket"),
    ("codeberg.org", "Codeberg"),
    ("sr.ht", "SourceHut"),
    ("twitter.com", "Twitter"),
    ("x.com", "X"),
    ("dev.to", "DEV"),
    ("medium.com", "Medium"),
    ("kaggle.com", "Kaggle"),
    ("leetcode.com", "LeetCode"),
    ("hashnode.com", "Hashnode"),
    ("instagram.com", "Instagram"),
    ("facebook.com", "Facebook"),
    ("youtube.com", "YouTube"),
    ("linkedin.com", "LinkedIn"),
    ("stackoverflow.com", "Stack Overflow"),
];

/// Endings that make a bare `name.tld` an address rather than a word.
const COMMON_TLDS: &[&str] = &[
    "com", "org", "net", "io", "dev", "me", "app", "co", "ai", "tech", "info", "blog", "page",
    "site", "xyz", "eu", "de", "uk", "fr", "nl", "es", "it", "ca", "au", "in", "jp", "cn", "br",
    "ch", "se", "no", "fi", "pl", "us", "to", "ht",
];

/// The network and user name an address points at, when it is a plain
/// profile address such as `https://github.com/name` or
/// `https://www.linkedin.com/in/name`.
pub(crate) fn derive_profile(url: &str) -> Option<(String, Option<String>)> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    if rest.contains(['?', '#']) {
        return None;
    }
    let mut parts = rest.split('/').filter(|p| !p.is_empty());
    let host = parts.next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let &(_, network) = NETWORKS.iter().find(|(h, _)| *h == host)?;
    let path: Vec<&str> = parts.collect();
    let username = match (host, path.as_slice()) {
        ("linkedin.com", ["in" | "pub", name]) => name.to_string(),
        ("stackoverflow.com", ["users", id, name]) => format!("{id}/{name}"),
        ("medium.com", [name]) => name.strip_prefix('@').unwrap_or(name).to_string(),
        ("linkedin.com" | "stackoverflow.com" | "medium.com", _) => return None,
        (_, [name]) => name.to_string(),
        _ => return None,
    };
    // Only when the address can be rebuilt from the name exactly.
    (!username.is_empty()).then(|| (network.to_string(), Some(username)))
}

/// Whether typed text is a web address: `https://…`, `www.…`, or
/// `host.tld/path` / `host.tld` with a common ending.
pub(crate) fn looks_like_web(text: &str) -> bool {
    if text.is_empty() || text.chars().any(char::is_whitespace) {
        return false;
    }
    if text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.") {
        return true;
    }
    let (host, path) = text.split_once('/').unwrap_or((text, ""));
    let labels: Vec<&str> = host.split('.').collect();
    let valid_host = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    let tld = labels.last().copied().unwrap_or("");
    valid_host
        && tld.chars().all(|c| c.is_ascii_alphabetic())
        && (!path.is_empty() || COMMON_TLDS.contains(&tld.to_ascii_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(network: &str, user: &str) -> Option<(String, Option<String>)> {
        Some((network.to_string(), Some(user.to_string())))
    }

    #[test]
    fn profiles_are_read_from_plain_addresses() {
        assert_eq!(
            derive_profile("https://github.com/ada"),
            profile("GitHub", "ada")
        );
        assert_eq!(
            derive_profile("https://www.linkedin.com/in/ada-l/"),
            profile("LinkedIn", "ada-l")
        );
        assert_eq!(
            derive_profile("https://medium.com/@ada"),
            profile("Medium", "ada")
        );
        assert_eq!(derive_profile("https://github.com/ada/repo"), None);
        assert_eq!(derive_profile("https://www.twitter.com"), None);
        assert_eq!(derive_profile("https://example.com/ada"), None);
    }

    #[test]
    fn bare_addresses_are_told_from_words() {
        assert!(looks_like_web("github.com/you"));
        assert!(looks_like_web("ada.dev"));
        assert!(looks_like_web("www.example.org"));
        assert!(!looks_like_web("Node.js"));
        assert!(!looks_like_web("Back-End Engineer"));
        assert!(!looks_like_web("a@b.com"));
    }
}
