//! Labels in front of contact values (`Email:`, `📧`, `**GitHub**:`) and
//! the networks that labels and addresses name.

use super::*;

/// `Email: x` / `📧 x` / `**GitHub**: x`: the label (if any) and the value.
pub(super) fn split_label(segment: &Line) -> (Option<String>, Line) {
    let lead = segment.text.len() - segment.text.trim_start().len();
    // "\\textemoji{📧} a@b.c": a LaTeX macro in front stands for a label.
    let rest = &segment.text[lead..];
    let unmacroed;
    let segment = match rest.find('}') {
        Some(close)
            if rest.starts_with('\\')
                && rest[1..close].split('{').next().is_some_and(|n| {
                    !n.is_empty() && n.chars().all(|c| c.is_ascii_alphabetic())
                })
                && rest[close + 1..]
                    .trim_start()
                    .chars()
                    .any(char::is_alphanumeric) =>
        {
            let after = lead + close + 1;
            let spaces = segment.text[after..].len() - segment.text[after..].trim_start().len();
            unmacroed = segment.tail(after + spaces);
            &unmacroed
        }
        _ => segment,
    };
    let text = &segment.text;
    let lead = text.len() - text.trim_start().len();
    // A leading symbol or emoji ("📧", "✉", "☎") stands for a label.
    let symbol_end = text[lead..]
        .char_indices()
        .find(|&(_, c)| c.is_alphanumeric() || c.is_ascii())
        .map_or(text.len(), |(i, _)| lead + i);
    let symbol_only = !text[symbol_end..].chars().any(char::is_alphanumeric)
        || segment.code.iter().any(|c| c.start < symbol_end)
        || !text[symbol_end..].starts_with(' ')
        || text[lead..symbol_end].contains(['—', '–', '·', '•', '…']);
    let segment = if symbol_end > lead
        && !symbol_only
        && segment.links.iter().all(|(r, _)| r.start >= symbol_end)
    {
        segment.tail(symbol_end)
    } else {
        segment.clone()
    };
    let text = &segment.text;
    if let Some(colon) = text.find(':') {
        let label = text[..colon].trim().trim_matches('*').trim();
        let is_scheme = text[colon..].starts_with("://")
            || matches!(
                label.to_lowercase().as_str(),
                "mailto" | "tel" | "http" | "https"
            );
        // An escaped character before the colon: written as one value.
        let in_link = segment.links.iter().any(|(r, _)| r.contains(&colon))
            || segment.code.iter().any(|c| c.start < colon);
        if !label.is_empty()
            && text[colon + 1..].starts_with([' ', '\u{a0}'])
            && label.split_whitespace().count() <= 3
            && !is_scheme
            && !in_link
            && label
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '.')
        {
            return (Some(label.to_string()), segment.tail(colon + 1));
        }
    }
    (None, segment)
}

pub(super) fn network_for_label(label: &str) -> Option<&'static str> {
    match label.to_lowercase().as_str() {
        "github" => Some("GitHub"),
        "linkedin" => Some("LinkedIn"),
        "gitlab" => Some("GitLab"),
        "twitter" => Some("Twitter"),
        "stack overflow" | "stackoverflow" => Some("Stack Overflow"),
        _ => None,
    }
}

/// The kind of a network named as people write it ("LinkedIn", "Linkedin",
/// "github"): profile builders do not keep the brand's capitals.
pub(super) fn kind_for_network(network: &str) -> LinkKind {
    match network.to_lowercase().as_str() {
        "github" => LinkKind::GitHub,
        "linkedin" => LinkKind::LinkedIn,
        _ => LinkKind::Other,
    }
}

/// The network of a profile address whose user name cannot be read
/// (`github.com/ada/` with a query, `linkedin.com/in/ada/details`).
pub(super) fn network_of_host(url: &str) -> Option<&'static str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split('/').next().unwrap_or(rest).to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    match host {
        "github.com" => Some("GitHub"),
        h if h.ends_with("linkedin.com") => Some("LinkedIn"),
        "gitlab.com" => Some("GitLab"),
        "stackoverflow.com" => Some("Stack Overflow"),
        "twitter.com" => Some("Twitter"),
        "x.com" => Some("X"),
        _ => None,
    }
}

pub(super) fn absolute(url: &str) -> String {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.contains(':') {
        url.to_string()
    } else {
        format!("https://{url}")
    }
}
