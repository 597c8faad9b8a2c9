//! Does a bullet carry a quantified outcome? Percentages, latencies,
//! multipliers, money, throughput, sizes and counts of things count, with
//! or without a trailing "+" ("40%+", "10k+"); years ("in 2021"), versions
//! ("Python 3", "Java 8 to Java 17", "ISO 27001") and numbers that name a
//! method ("12-factor", "two phase commit") do not.

use super::lexicon::{
    COUNT_NOUNS, HYPHEN_COUNTS, METHOD_WORDS, NUMBER_WORDS, RATIO_WORDS, SUFFIX_UNITS,
    VERSION_WORDS,
};
use super::text::{Token, is_one_of};

/// Index of the first token that carries a figure, if any. `start` is the
/// first word of the sentence (a capitalised word there is not a product
/// name that would make the following number a version).
pub(crate) fn find_metric(tokens: &[Token], start: usize) -> Option<usize> {
    find_metric_where(tokens, start, |_| true)
}

/// Like [`find_metric`], skipping figures that `accept` turns down (a
/// summary's "6 years" is not an achievement).
pub(crate) fn find_metric_where(
    tokens: &[Token],
    start: usize,
    accept: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut version_at: Option<usize> = None;
    for i in 0..tokens.len() {
        if tokens[i].link {
            continue;
        }
        match token_figure(tokens, i, start, version_at) {
            Figure::Metric if accept(i) => return Some(i),
            Figure::Version => version_at = Some(i),
            Figure::Metric | Figure::None => {}
        }
    }
    None
}

#[derive(Debug, PartialEq, Eq)]
enum Figure {
    Metric,
    Version,
    None,
}

fn token_figure(tokens: &[Token], i: usize, start: usize, version_at: Option<usize>) -> Figure {
    let text = tokens[i].text;
    // "~40%+" reads as "40%": a sign on either side does not change the figure.
    let core = text
        .trim_start_matches(['+', '~', '≈', '-', '#', '>', '<'])
        .trim_end_matches('+');
    if core.is_empty() {
        return Figure::None;
    }
    let names_a_method = tokens
        .get(i + 1)
        .is_some_and(|t| METHOD_WORDS.contains(t.text));
    let has_digit = core.bytes().any(|b| b.is_ascii_digit());
    if has_digit && core.ends_with('%') {
        return Figure::Metric;
    }
    // '€' and '£' are more than one byte: strip the sign, do not slice past it.
    if core
        .strip_prefix(['$', '€', '£'])
        .is_some_and(|amount| amount.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Figure::Metric;
    }
    if is_percentile(core) {
        return Figure::Metric;
    }
    if text.starts_with('#') && has_digit {
        return Figure::Metric; // a rank: "#1"
    }
    if let Some((num, suffix)) = split_number(core) {
        return number_figure(tokens, i, start, version_at, num, suffix);
    }
    // Word lists match ignoring case, so plain words need no lowercasing.
    if (NUMBER_WORDS.contains(core) && !names_a_method) || RATIO_WORDS.contains(core) {
        return Figure::Metric;
    }
    // "six-engineer", "sub-100ms", "zero-trust" (not a figure).
    if let Some((head, tail)) = core.split_once('-') {
        if NUMBER_WORDS.contains(head) {
            return if is_hyphen_count(tail) {
                Figure::Metric
            } else {
                Figure::None
            };
        }
        if has_digit {
            for part in core.split('-').skip(1) {
                if let Some((_, suffix)) = split_number(part)
                    && (SUFFIX_UNITS.contains(suffix) || is_hyphen_count(suffix))
                {
                    return Figure::Metric;
                }
            }
        }
    }
    Figure::None
}

fn number_figure(
    tokens: &[Token],
    i: usize,
    start: usize,
    version_at: Option<usize>,
    num: &str,
    suffix: &str,
) -> Figure {
    if !suffix.is_empty() {
        if SUFFIX_UNITS.contains(suffix) {
            return Figure::Metric;
        }
        if let Some(after) = suffix.strip_prefix('-') {
            return if is_hyphen_count(after) {
                Figure::Metric
            } else {
                Figure::None
            };
        }
        // "4xx", "3rd", "2FA", "24/7", "1:1", "3D": not figures.
        return Figure::None;
    }
    let next = tokens.get(i + 1).map_or("", |t| t.text);
    if METHOD_WORDS.contains(next) {
        return Figure::None;
    }
    // "Python 3 services", "tier 1 customers": the name wins over the noun.
    if i > 0 && VERSION_WORDS.contains(tokens[i - 1].text) {
        return Figure::Version;
    }
    if is_count_noun(next) {
        return Figure::Metric;
    }
    if num.matches('.').count() >= 2 {
        return Figure::Version;
    }
    if num.len() == 4 && num.bytes().all(|b| b.is_ascii_digit()) {
        let year: u32 = num.parse().unwrap_or(0);
        if (1950..=2099).contains(&year) {
            return Figure::None;
        }
    }
    if i > 0 {
        let prev = &tokens[i - 1];
        let sentence_start = i - 1 == start || (i >= 2 && tokens[i - 2].stop);
        let capitalised = prev.text.starts_with(|c: char| c.is_uppercase());
        if VERSION_WORDS.contains(prev.text)
            || (capitalised && !sentence_start)
            || is_acronym(prev.text)
        {
            return Figure::Version;
        }
        // "Java 8 to 17": the second number continues the first.
        let continues =
            is_one_of(prev.text, &["to", "and", "or"]) && version_at.is_some_and(|v| v + 2 == i);
        if continues {
            return Figure::Version;
        }
    }
    Figure::Metric
}

/// Splits "1,500ms" into ("1,500", "ms"); `None` unless it starts with a digit.
fn split_number(word: &str) -> Option<(&str, &str)> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut end = 0;
    let bytes = word.as_bytes();
    while end < bytes.len() {
        let b = bytes[end];
        let inner_sep =
            (b == b',' || b == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() || inner_sep {
            end += 1;
        } else {
            break;
        }
    }
    Some((&word[..end], &word[end..]))
}

/// "ISO", "SOC", "PCI": a name, even as the first word of a sentence.
fn is_acronym(word: &str) -> bool {
    word.len() >= 2
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && word.as_bytes()[0].is_ascii_uppercase()
}

fn is_percentile(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(chars.next(), Some('p' | 'P'))
        && word.len() >= 3
        && word[1..].chars().all(|c| c.is_ascii_digit() || c == '.')
        && word[1..].starts_with(|c: char| c.is_ascii_digit())
}

fn is_count_noun(word: &str) -> bool {
    let w = word.rsplit('-').next().unwrap_or(word);
    let singular = w
        .strip_suffix('s')
        .or_else(|| w.strip_suffix('S'))
        .unwrap_or(w);
    COUNT_NOUNS.contains(w) || (!singular.is_empty() && COUNT_NOUNS.contains(singular))
}

fn is_hyphen_count(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    HYPHEN_COUNTS.contains(word) || (!singular.is_empty() && HYPHEN_COUNTS.contains(singular))
}

#[cfg(test)]
mod tests {
    use super::super::text::tokenize;
    use super::*;

    fn has_metric(text: &str) -> bool {
        let mut tokens = Vec::new();
        tokenize(text, 0, 0, &mut tokens);
        find_metric(&tokens, 0).is_some()
    }

    #[test]
    fn figures_that_count() {
        for text in [
            "Cut p99 latency from 800ms to 200ms",
            "Handled a 5x increase",
            "Saved $1.5M a year",
            "Saved €240k and £90k a year",
            "Serves 10k RPS",
            "Reached 99.9% uptime",
            "Grew the team from 5 to 15",
            "Mentored four engineers",
            "Led a six-engineer working group",
            "Stored 3 TB of events",
            "Kept p95 sub-100ms",
            "Halved build times",
            "Deployed to 400+ students",
            "Migrated 2000 users",
            "Cut costs 12 percent",
            "Ranked #1 of 300 teams",
            "Migrated 40 services to Java 17",
            "Grew signups 40%+ in a quarter",
            "Handled 2x+ the holiday peak",
            "Serves 10k+ merchants",
            "Closed $1.2M+ in renewals",
            "Kept p99 ~120ms+ under load",
        ] {
            assert!(has_metric(text), "{text}");
        }
    }

    #[test]
    fn years_versions_and_names_do_not_count() {
        for text in [
            "Joined the team in 2021",
            "Built a REST API in Python 3 and Flask",
            "Upgraded from Java 8 to Java 17",
            "Moved Postgres 9.6 to 14 on RDS",
            "Upgraded to OAuth 2.0 and HTTP/2",
            "Added two-factor login and a three-tier cache",
            "Ran 24/7 on-call with weekly 1:1 reviews",
            "Fixed 5xx errors from 3rd-party APIs",
            "Passed SOC 2 Type II",
            "Wrote the runbook [link](https://x.io/v2/123)",
            "Set its three-year roadmap",
            "Rolled out zero-trust access",
            "Reduced turnaround from hours to minutes",
            "Rebuilt the app as a 12-factor service in Python 3",
            "Rebuilt the app as a 12 factor service",
            "Moved the login flow to OAuth 2.0 and HTTP/2",
            "ISO 27001 controls written for the platform",
            "Led the ISO 27001 audit prep",
            "Ported the monolith to Java 17 and Spring Boot 3",
            "Built a Web 3 wallet backend",
            "Added a web 3 login",
            "Replaced locks with a two phase commit",
            "Split it into a 3 tier architecture",
            "Ran 5 whys reviews after each outage",
            "Upgraded Postgres 11 to 15",
            "Added C++ bindings",
        ] {
            assert!(!has_metric(text), "{text}");
        }
    }

    #[test]
    fn a_number_at_the_start_of_a_sentence_is_not_a_version() {
        assert!(has_metric("Shipped it. Then 4 of them adopted it"));
        assert!(has_metric("Released Phase 2, saving 3 hours a week"));
        assert!(!has_metric("Released Phase 2"));
    }
}
