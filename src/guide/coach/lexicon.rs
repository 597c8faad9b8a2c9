//! The coach's word lists: verbs, units, phrases. Kept together and
//! compact so that rules read as logic and lists can be reviewed as data.
//! Each list carries a filter on first letters and lengths, built at
//! compile time, so that most words are turned away without a comparison.

use super::text::{Token, cmp_ignore_case};

#[path = "lexicon_verbs.rs"]
mod verbs;
pub(crate) use verbs::*;

/// A bit per first letter (a–z, then one for anything else).
const fn letter_bit(b: u8) -> u32 {
    let l = b.to_ascii_lowercase();
    if l.is_ascii_lowercase() {
        1 << (l - b'a')
    } else {
        1 << 26
    }
}

/// A bit per word length (longer words share the last bit).
const fn length_bit(n: usize) -> u64 {
    1 << if n < 63 { n } else { 63 }
}

/// A sorted list of lowercase words, matched ignoring ASCII case: a length
/// and first-letter filter, then a binary search.
pub(crate) struct Words {
    list: &'static [&'static str],
    letters: u32,
    lengths: u64,
}

impl Words {
    pub const fn new(list: &'static [&'static str]) -> Self {
        let (mut letters, mut lengths, mut i) = (0, 0, 0);
        while i < list.len() {
            let w = list[i].as_bytes();
            letters |= letter_bit(w[0]);
            lengths |= length_bit(w.len());
            i += 1;
        }
        Words {
            list,
            letters,
            lengths,
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        !word.is_empty()
            && self.lengths & length_bit(word.len()) != 0
            && self.letters & letter_bit(word.as_bytes()[0]) != 0
            && self
                .list
                .binary_search_by(|w| cmp_ignore_case(w, word))
                .is_ok()
    }

    #[cfg(test)]
    fn is_sorted_lowercase(&self) -> bool {
        self.list
            .iter()
            .all(|w| !w.bytes().any(|b| b.is_ascii_uppercase()))
            && self.list.windows(2).all(|p| p[0] < p[1])
    }
}

/// A list of phrases (word sequences) matched ignoring ASCII case.
pub(crate) struct Phrases {
    list: &'static [&'static [&'static str]],
    letters: u32,
    lengths: u64,
}

impl Phrases {
    pub const fn new(list: &'static [&'static [&'static str]]) -> Self {
        let (mut letters, mut lengths, mut i) = (0, 0, 0);
        while i < list.len() {
            let first = list[i][0].as_bytes();
            letters |= letter_bit(first[0]);
            lengths |= length_bit(first.len());
            i += 1;
        }
        Phrases {
            list,
            letters,
            lengths,
        }
    }

    /// Length in words of the first phrase that starts at `tokens[at]`.
    pub fn len_at(&self, tokens: &[Token], at: usize) -> Option<usize> {
        let first = tokens.get(at)?.text;
        if self.lengths & length_bit(first.len()) == 0
            || self.letters & letter_bit(first.as_bytes()[0]) == 0
        {
            return None;
        }
        self.list
            .iter()
            .find(|p| {
                p.len() <= tokens.len() - at
                    && p.iter()
                        .zip(&tokens[at..])
                        .all(|(w, t)| w.eq_ignore_ascii_case(t.text))
            })
            .map(|p| p.len())
    }
}

/// The things a design bullet produces.
#[rustfmt::skip]
pub(crate) const DESIGN_ARTEFACTS: Words = Words::new(&[
    "architecture", "blueprint", "contract", "contracts", "direction", "guideline", "guidelines",
    "interface", "interfaces", "model", "policies", "policy", "principles", "process", "protocol",
    "rfc", "rfcs", "roadmap", "rubric", "schema", "schemas", "spec", "specification", "specs",
    "standard", "standards", "strategy", "vision",
]);

/// Units written straight after a number: "200ms", "5x", "10k", "3TB".
#[rustfmt::skip]
pub(crate) const SUFFIX_UNITS: Words = Words::new(&[
    "%", "+", "/day", "/min", "/mo", "/month", "/s", "/sec", "/yr", "b", "b+", "bn", "gb", "h",
    "hr", "hrs", "k", "k+", "kb", "m", "m+", "mb", "min", "mins", "mm", "ms", "ns", "ops/s", "pb",
    "qps", "req/s", "rps", "s", "sec", "secs", "tb", "tps", "us", "x", "x+", "µs", "×", "μs",
]);

/// Words after a number that make it a measure or a count.
#[rustfmt::skip]
pub(crate) const COUNT_NOUNS: Words = Words::new(&[
    "account", "alert", "api", "app", "application", "billion", "bug", "build", "call", "check",
    "client", "cluster", "commit", "company", "connection", "container", "country", "credential",
    "customer", "cve", "database", "dataset", "day", "deploy", "deployment", "developer", "device",
    "document", "download", "employee", "endpoint", "engineer", "event", "feature", "file",
    "finding", "fold", "gb", "hire", "host", "hour", "hr", "hundred", "incident", "instance",
    "integration", "intern", "job", "k", "key", "librarie", "library", "line", "location", "login",
    "lookup", "m", "market", "mb", "member", "mentee", "merchant", "message", "microservice",
    "million", "min", "minute", "model", "module", "month", "ms", "node", "op", "operation",
    "order", "org", "organization", "package", "page", "partition", "partner", "payment", "pb",
    "people", "percent", "person", "pipeline", "player", "pod", "point", "pr", "product",
    "project", "qps", "quarter", "querie", "query", "queue", "read", "record", "region", "release",
    "repo", "report", "repositorie", "repository", "request", "row", "rps", "run", "schema", "sec",
    "second", "server", "service", "session", "shard", "site", "squad", "star", "store", "student",
    "subscriber", "table", "tb", "team", "tenant", "test", "thousand", "ticket", "time", "topic",
    "tps", "transaction", "user", "vendor", "visitor", "vulnerabilitie", "vulnerability",
    "warehouse", "week", "work", "worker", "write", "x", "year", "zone",
]);

/// Words after a hyphen that make "six-engineer" or "24-hour" a figure
/// (but not "two-factor", "three-tier" or "three-year roadmap").
#[rustfmt::skip]
pub(crate) const HYPHEN_COUNTS: Words = Words::new(&[
    "cluster", "country", "datacenter", "day", "developer", "engineer", "figure", "fold", "hour",
    "member", "minute", "month", "ms", "node", "partition", "people", "person", "region",
    "replica", "second", "server", "service", "shard", "site", "team", "week", "x", "zone",
]);

#[rustfmt::skip]
pub(crate) const NUMBER_WORDS: Words = Words::new(&[
    "billion", "billions", "dozen", "dozens", "eight", "eleven", "fifteen", "fifty", "five",
    "forty", "four", "hundred", "hundreds", "million", "millions", "nine", "seven", "six", "ten",
    "thirty", "thousand", "thousands", "three", "twelve", "twenty", "two", "zero",
]);

/// Words that are a ratio by themselves.
#[rustfmt::skip]
pub(crate) const RATIO_WORDS: Words = Words::new(&[
    "doubled", "half", "halved", "quadrupled", "tenfold", "threefold", "tripled", "twofold",
]);

/// Words before a bare number that make it a version or a name: "Phase 2".
#[rustfmt::skip]
pub(crate) const VERSION_WORDS: Words = Words::new(&[
    "android", "angular", "boot", "cassandra", "centos", "css", "debian", "django", "docker",
    "dotnet", "ecmascript", "elasticsearch", "ember", "es", "fedora", "flask", "gen", "generation",
    "go", "gradle", "helm", "html", "http", "ios", "ipv", "iso", "java", "jdk", "junit", "kafka",
    "kotlin", "laravel", "layer", "level", "log4j", "macos", "microsoft", "mongodb", "mysql", "net",
    "nist", "node", "oauth", "office", "openapi", "oracle", "pci", "perl", "phase", "php",
    "postgres", "postgresql", "python", "rails", "react", "redis", "release", "rfc", "rhel",
    "round", "ruby", "scala", "series", "soc", "spark", "spring", "sprint", "ssl", "stage", "step",
    "swagger", "swift", "symfony", "tier", "tls", "type", "ubuntu", "v", "version", "vue", "wcag",
    "web", "windows",
]);

/// Words after a number that make it part of a name or a method, not a
/// measure: "12 factor app", "two phase commit", "3 tier architecture".
#[rustfmt::skip]
pub(crate) const METHOD_WORDS: Words = Words::new(&[
    "d", "dimensional", "eyes", "factor", "layer", "legged", "phase", "pizza", "sigma", "step",
    "tier", "way", "whys",
]);

#[rustfmt::skip]
pub(crate) const WEAK_OPENERS: Phrases = Phrases::new(&[
    &["responsible", "for"], &["worked"], &["working", "on"], &["work", "on"], &["works", "on"],
    &["helped"], &["help"], &["helps"], &["helping"], &["assisted"], &["assist"], &["assisting"],
    &["aided"], &["participated"], &["participating"], &["participate", "in"], &["involved", "in"],
    &["involved", "with"], &["contributed", "to"], &["contributing", "to"], &["contribute", "to"],
    &["tasked", "with"], &["charged", "with"], &["assigned", "to"], &["accountable", "for"],
    &["duties", "included"], &["duties", "include"], &["responsibilities", "included"],
    &["responsibilities", "include"], &["in", "charge", "of"], &["supported"], &["support"],
    &["supports"], &["supporting"], &["served", "as"], &["serve", "as"], &["serving", "as"],
    &["took", "part", "in"], &["taking", "part", "in"], &["member", "of"],
    &["provided", "support"], &["provide", "support"], &["provides", "support"],
    &["providing", "support"], &["provided", "assistance"],
]);

/// Lead-in labels that announce duties: "Responsibilities: building…".
#[rustfmt::skip]
pub(crate) const DUTY_LABELS: Words = Words::new(&[
    "duties", "duty", "responsibilities", "responsibility", "role", "tasks",
]);

#[rustfmt::skip]
pub(crate) const OBSERVER: Phrases = Phrases::new(&[
    &["exposure", "to"], &["familiar", "with"], &["familiarity", "with"], &["knowledge", "of"],
]);

#[rustfmt::skip]
pub(crate) const VAGUE_SCOPE: Phrases = Phrases::new(&[
    &["various"], &["numerous"], &["large-scale"], &["massive-scale"], &["high-scale"],
    &["large", "scale"], &["massive", "scale"], &["at", "scale"],
]);

#[rustfmt::skip]
pub(crate) const VAGUE_MULTIPLE: Words = Words::new(&[
    "departments", "groups", "initiatives", "orgs", "products", "projects", "services",
    "stakeholders", "systems", "teams",
]);

#[rustfmt::skip]
pub(crate) const BUZZWORDS: Phrases = Phrases::new(&[
    &["results-driven"], &["results-oriented"], &["detail-oriented"], &["go-getter"], &["synergy"],
    &["synergies"], &["synergize"], &["passionate"], &["rockstar"], &["rock-star"], &["ninja"],
    &["guru"], &["self-starter"], &["hard-working"], &["hardworking"], &["team", "player"],
    &["hard", "worker"], &["rock", "star"], &["detail", "oriented"], &["results", "driven"],
    &["self", "starter"], &["go", "getter"],
]);

/// "dynamic" is a buzzword about a person, not in "dynamic routing".
#[rustfmt::skip]
pub(crate) const DYNAMIC_TECH: Words = Words::new(&[
    "allocation", "analysis", "batching", "config", "configuration", "content", "data", "dispatch",
    "dns", "feature", "features", "flags", "inventory", "ip", "linking", "loading", "memory",
    "pages", "pricing", "programming", "provisioning", "proxy", "queries", "rate", "rendering",
    "resource", "routing", "sampling", "scaling", "secrets", "sql", "typing",
]);

#[rustfmt::skip]
pub(crate) const TEMPLATE_PHRASES: &[(&str, &str)] = &[
    ("lorem", "ipsum"), ("your", "name"), ("your", "email"), ("company", "name"), ("job", "title"),
    ("john", "doe"), ("jane", "doe"), ("university", "name"), ("project", "name"),
];

/// First-person words that claim the work for the writer ("I" is handled
/// apart because of "I/O"): a warning in a bullet.
#[rustfmt::skip]
pub(crate) const PRONOUNS_SINGULAR: Words = Words::new(&[
    "me", "mine", "my", "myself", "we", "we're", "we've", "we’re", "we’ve",
]);

/// Plural possessives ("our process"): a note. "us" is matched apart
/// because "US" is a country.
#[rustfmt::skip]
pub(crate) const PRONOUNS_PLURAL: Words = Words::new(&[
    "our", "ours", "ourselves",
]);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::coach::text::tokenize;

    #[test]
    fn every_word_list_is_sorted_and_lowercase_for_binary_search() {
        for (name, list) in [
            ("WEAK_VERBS", &WEAK_VERBS),
            ("IRREGULAR_PAST", &IRREGULAR_PAST),
            ("BASE_VERBS", &BASE_VERBS),
            ("NOT_VERBS_ED", &NOT_VERBS_ED),
            ("DESIGN_VERBS", &DESIGN_VERBS),
            ("DESIGN_ARTEFACTS", &DESIGN_ARTEFACTS),
            ("SUFFIX_UNITS", &SUFFIX_UNITS),
            ("COUNT_NOUNS", &COUNT_NOUNS),
            ("HYPHEN_COUNTS", &HYPHEN_COUNTS),
            ("NUMBER_WORDS", &NUMBER_WORDS),
            ("RATIO_WORDS", &RATIO_WORDS),
            ("VERSION_WORDS", &VERSION_WORDS),
            ("METHOD_WORDS", &METHOD_WORDS),
            ("DUTY_LABELS", &DUTY_LABELS),
            ("DOUBLING_VERBS", &DOUBLING_VERBS),
            ("VAGUE_MULTIPLE", &VAGUE_MULTIPLE),
            ("DYNAMIC_TECH", &DYNAMIC_TECH),
            ("PRONOUNS_SINGULAR", &PRONOUNS_SINGULAR),
            ("PRONOUNS_PLURAL", &PRONOUNS_PLURAL),
        ] {
            assert!(
                list.is_sorted_lowercase(),
                "{name} must be sorted and lowercase"
            );
        }
    }

    #[test]
    fn verb_tables_are_lowercase_and_irregular_forms_sorted_by_base() {
        assert!(IRREGULAR_FORMS.windows(2).all(|p| p[0].0 < p[1].0));
        let pairs = IRREGULAR_FORMS
            .iter()
            .chain(VERB_GROUPS.iter().flat_map(|g| g.iter()))
            .chain(GENERIC_ALTERNATIVES);
        for (base, past) in pairs {
            assert!(
                !base
                    .bytes()
                    .chain(past.bytes())
                    .any(|b| b.is_ascii_uppercase())
            );
        }
    }

    #[test]
    fn word_lists_match_ignoring_case_and_filter_by_letter_and_length() {
        const LIST: Words = Words::new(&["alpha", "beta"]);
        assert!(LIST.is_sorted_lowercase());
        assert!(LIST.contains("Alpha") && LIST.contains("BETA"));
        assert!(!LIST.contains("alph") && !LIST.contains("gamma") && !LIST.contains("alphabet"));
        const PHRASES: Phrases = Phrases::new(&[&["team", "player"], &["guru"]]);
        let mut tokens = Vec::new();
        tokenize("a Team player and a guru", 0, 0, &mut tokens);
        assert_eq!(PHRASES.len_at(&tokens, 1), Some(2));
        assert_eq!(PHRASES.len_at(&tokens, 5), Some(1));
        assert_eq!(PHRASES.len_at(&tokens, 0), None);
        assert_eq!(PHRASES.len_at(&tokens, 9), None);
    }
}
