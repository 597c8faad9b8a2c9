//! The spell checker: a line's misspelled words and suggestions for one.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use super::dictionaries::Choice;
use super::style::{StyleIssue, style_issues};
use super::vocabulary::{WordSet, vocabulary};
use super::words::{Token, tokens};
use crate::resume::reading::read_section;
use crate::resume::{Section, SectionKind};

/// How many corrections a finding offers.
pub const MAX_SUGGESTIONS: usize = 3;

/// Words longer than this get no suggestions. No misspelling of a word the
/// dictionaries hold is that long (theirs end in the low twenties), and
/// the edit-based search grows with the word: for a 440-letter token (a
/// pasted hash, a path with no separators) it took tens of milliseconds
/// each time the section was rechecked, on the thread that draws, so typing
/// after such a token stalled.
const LONGEST_SUGGESTED: usize = 30;

/// Prefixes written with a hyphen ("pre-commit", "non-blocking").
const PREFIXES: &[&str] = &[
    "pre", "re", "non", "co", "multi", "sub", "anti", "de", "un", "self", "post", "inter", "intra",
    "semi", "auto", "micro", "meta", "bi", "tri", "mid", "ex", "hyper", "ultra", "mis", "dis",
    "over", "under", "cross", "out", "up", "down", "in", "on", "off",
];

/// Misspelled words whose suggestions are remembered (typing a word makes
/// many prefixes; each is looked up once), and lines whose check is: the
/// coach re-reads a whole section after a keystroke, but only the line
/// typed in is new.
const CACHE_LIMIT: usize = 4096;

/// What one line holds, whatever section it is in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineCheck {
    /// Byte ranges of misspelled words before the section's names are
    /// taken into account (see [`Speller::misspelled_in`]).
    pub misspelled: Vec<Range<usize>>,
    /// Repeated words and filler.
    pub style: Vec<StyleIssue>,
}

/// What a line means beyond its words: names the resume gives (company,
/// school and project names from entry titles) and whether capitalised
/// words are names anyway (entry titles, the header).
#[derive(Debug, Clone, Default)]
pub struct Names {
    known: WordSet,
    /// Every capitalised word is a name (the header section).
    header: bool,
}

impl Names {
    /// The names in a section: the organisations (companies, schools),
    /// places and project names the structured reading finds in its
    /// entries, and the capitalised words of its title lines
    /// (`### Role — Company`, `**Company**`, `*Berlin · 2021*`); in the
    /// header, every capitalised word.
    pub fn of_section(section: &Section) -> Names {
        let header = section.kind == SectionKind::Header;
        let mut known = WordSet::default();
        for line in section.body.lines() {
            if header || is_title(line) {
                for token in tokens(line) {
                    if token.prose && starts_upper(token.text) {
                        known.insert(token.text);
                    }
                }
            }
        }
        if !header {
            for name in read_names(section) {
                known.insert(&name);
            }
        }
        Names { known, header }
    }
}

/// Organisation, place and project names the structured reading finds in
/// a section. Reading a section costs far more than spelling it, and the
/// names live outside its list items, so they are remembered by the
/// section's other lines: typing in a bullet reads nothing again.
fn read_names(section: &Section) -> Vec<String> {
    static NAMES: Mutex<Option<HashMap<String, Vec<String>>>> = Mutex::new(None);
    let mut key = section.kind.id().to_string();
    for line in section.body.lines() {
        let item = line.trim_start();
        if !(item.starts_with("- ") || item.starts_with("* ") || item.starts_with("+ ")) {
            key.push('\n');
            key.push_str(line);
        }
    }
    let remembered = || NAMES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(names) = remembered().as_ref().and_then(|map| map.get(&key)) {
        return names.clone();
    }
    let project = section.kind == SectionKind::Projects;
    let mut names = Vec::new();
    for entry in &read_section(section).entries {
        let role = entry.role.as_ref().filter(|_| project);
        let fields = [&entry.organisation, &entry.location];
        names.extend(
            fields
                .into_iter()
                .flatten()
                .chain(role)
                .map(|f| f.text.clone()),
        );
    }
    let mut map = remembered();
    let map = map.get_or_insert_with(HashMap::new);
    if map.len() >= 256 {
        map.clear();
    }
    map.insert(key, names.clone());
    names
}

/// `### Heading`, `**Bold lead**` and `*Acme · Berlin · 2021 – 2023*`
/// lines: role, organisation, school, project and place names.
fn is_title(line: &str) -> bool {
    let trimmed = line.trim_start();
    trimmed.starts_with(['#', '*', '_']) && !trimmed.starts_with("* ")
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A spell checker for one choice of spelling, the built-in vocabulary and
/// the user's own words. Shared between threads; every method takes `&self`.
#[derive(Debug)]
pub struct Speller {
    choice: Choice,
    /// The personal dictionary and word lists added at run time.
    accepted: RwLock<WordSet>,
    suggestions: Mutex<HashMap<String, Vec<String>>>,
    lines: Mutex<HashMap<String, Arc<LineCheck>>>,
    /// Whether each word asked about is correct: a line being typed is
    /// checked again on every key, its other words from here.
    words: Mutex<HashMap<String, bool>>,
}

impl Speller {
    /// A checker for `choice` that also accepts `words` (the personal
    /// dictionary). The dictionaries are parsed on first use.
    pub fn new<'a>(choice: Choice, words: impl IntoIterator<Item = &'a str>) -> Speller {
        let mut accepted = WordSet::default();
        for word in words {
            accepted.insert(word);
        }
        Speller {
            choice,
            accepted: RwLock::new(accepted),
            suggestions: Mutex::new(HashMap::new()),
            lines: Mutex::new(HashMap::new()),
            words: Mutex::new(HashMap::new()),
        }
    }

    pub fn choice(&self) -> Choice {
        self.choice
    }

    /// Accepts `word` from now on ("Add to dictionary"; the caller stores it).
    pub fn add_word(&self, word: &str) {
        self.accepted
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(word);
        self.forget_lines();
    }

    /// Accepts every entry of a word list (one a line), e.g. a job posting's skills.
    pub fn add_list(&self, list: &str) {
        self.accepted
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_list(list);
        self.forget_lines();
    }

    /// Forgets what was checked: the accepted words changed.
    fn forget_lines(&self) {
        self.lines
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
        self.words
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    /// The misspelled words and style slips of one line, remembered by its
    /// text: a line checked before costs one lookup.
    pub fn check_line(&self, line: &str) -> Arc<LineCheck> {
        let lines = || self.lines.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(found) = lines().get(line) {
            return Arc::clone(found);
        }
        let capitals_are_names = is_title(line);
        let mut misspelled = Vec::new();
        for token in tokens(line) {
            if token.prose {
                self.check_token(&token, capitals_are_names, &mut misspelled);
            }
        }
        let check = Arc::new(LineCheck {
            misspelled,
            style: style_issues(line),
        });
        let mut lines = lines();
        if lines.len() >= CACHE_LIMIT {
            lines.clear();
        }
        lines.insert(line.to_string(), Arc::clone(&check));
        check
    }

    /// Whether one word is spelled right (in a dictionary, the vocabulary or
    /// the user's words).
    pub fn is_correct(&self, word: &str) -> bool {
        let words = || self.words.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(&correct) = words().get(word) {
            return correct;
        }
        let correct = self
            .accepted
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .contains(word)
            || vocabulary().contains(word)
            || self.choice.dictionary().check(word);
        let mut words = words();
        if words.len() >= CACHE_LIMIT {
            words.clear();
        }
        words.insert(word.to_string(), correct);
        correct
    }

    /// Byte ranges of the misspelled words of one line, in order. Only the
    /// line is read, so a keystroke costs the same in any resume.
    pub fn misspelled(&self, line: &str) -> Vec<Range<usize>> {
        self.misspelled_in(line, &Names::default())
    }

    /// [`Speller::misspelled`] knowing the names of the line's section:
    /// those names, and capitalised words on title lines and in the header,
    /// are never flagged.
    pub fn misspelled_in(&self, line: &str, names: &Names) -> Vec<Range<usize>> {
        self.check_line(line)
            .misspelled
            .iter()
            .filter(|range| {
                let word = &line[(*range).clone()];
                let is_name = (names.header && starts_upper(word)) || names.known.contains(word);
                !is_name
            })
            .cloned()
            .collect()
    }

    fn check_token(
        &self,
        token: &Token<'_>,
        capitals_are_names: bool,
        out: &mut Vec<Range<usize>>,
    ) {
        let known =
            |word: &str| (capitals_are_names && starts_upper(word)) || self.is_correct(word);
        if known(token.text) {
            return;
        }
        if !token.text.contains('-') {
            out.push(token.range.clone());
            return;
        }
        // A hyphenated product or package name ("Spring-Boot",
        // "pytest-xdist") is a name; otherwise each part must be a word or
        // a prefix ("pre-commit"), and only a wrong part is marked.
        let parts = || {
            token.text.split('-').scan(token.range.start, |at, part| {
                let range = *at..*at + part.len();
                *at += part.len() + 1;
                Some((range, part))
            })
        };
        let is_term =
            |part: &str| vocabulary().contains(part) && !self.choice.dictionary().check(part);
        if parts().any(|(_, part)| starts_upper(part) || is_term(part)) {
            return;
        }
        for (range, part) in parts() {
            let prefix = PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(part));
            if part.chars().count() > 1 && !prefix && !known(part) {
                out.push(range);
            }
        }
    }

    /// Up to [`MAX_SUGGESTIONS`] corrections for a misspelled word, closest
    /// first: dictionary words one or two edits away and vocabulary terms
    /// ("Kuberentes" → "Kubernetes"). Empty when nothing is close.
    pub fn suggestions(&self, word: &str) -> Vec<String> {
        let cache = || {
            self.suggestions
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
        };
        if let Some(found) = cache().get(word) {
            return found.clone();
        }
        let found = self.compute_suggestions(word);
        let mut cache = cache();
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(word.to_string(), found.clone());
        found
    }

    fn compute_suggestions(&self, word: &str) -> Vec<String> {
        if word.chars().count() > LONGEST_SUGGESTED {
            return Vec::new();
        }
        let lower = word.to_lowercase();
        let mut ranked: Vec<(usize, String)> = Vec::new();
        let offer = |candidate: &str, ranked: &mut Vec<(usize, String)>| {
            let key = candidate.to_lowercase();
            if key == lower || ranked.iter().any(|(_, c)| c.to_lowercase() == key) {
                return;
            }
            ranked.push((edit_distance(&lower, &key), candidate.to_string()));
        };
        let mut found = Vec::new();
        // Edit-based suggestions take about a millisecond; the n-gram pass
        // Hunspell adds takes ~20 ms and rarely helps on a resume.
        self.choice
            .dictionary()
            .suggester()
            .with_ngram_suggestions(false)
            .suggest(word, &mut found);
        for candidate in &found {
            offer(candidate, &mut ranked);
        }
        let accepted = self.accepted.read().unwrap_or_else(PoisonError::into_inner);
        let len = lower.chars().count();
        for entry in vocabulary().entries().iter().chain(accepted.entries()) {
            let entry_len = entry.chars().count();
            if entry_len.abs_diff(len) <= 2
                && entry_len > 2
                && edit_distance(&lower, &entry.to_lowercase()) <= 2
            {
                offer(entry, &mut ranked);
            }
        }
        ranked.sort_by_key(|(distance, _)| *distance);
        ranked
            .into_iter()
            .take(MAX_SUGGESTIONS)
            .map(|(_, candidate)| match_case(word, candidate))
            .collect()
    }
}

/// "Buisness" → "Business": a capitalised word gets capitalised suggestions.
fn match_case(word: &str, candidate: String) -> String {
    let mut chars = candidate.chars();
    match chars.next() {
        Some(first) if starts_upper(word) && first.is_lowercase() => {
            first.to_uppercase().chain(chars).collect()
        }
        _ => candidate,
    }
}

/// Optimal string alignment distance: insertions, deletions, substitutions
/// and swaps of neighbours each cost one.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        d[i * width] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'a>(line: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &line[r.clone()]).collect()
    }

    #[test]
    fn flags_typos_and_knows_the_trade() {
        let speller = Speller::new(Choice::Both, []);
        let line = "- Acomplished a buisness goal: migrated 12 microservices to Kubernetes \
                    and Kafka, cut p99 by 40% with gRPC and mTLS, Architected the CI/CD.";
        assert_eq!(
            words(line, &speller.misspelled(line)),
            ["Acomplished", "buisness"]
        );
    }

    #[test]
    fn hyphenated_words_mark_only_the_wrong_part() {
        let speller = Speller::new(Choice::Both, []);
        let line = "well-knwon, cross-team, pre-commit, pytest-xdist and Spring-Bootz";
        assert_eq!(words(line, &speller.misspelled(line)), ["knwon"]);
    }

    #[test]
    fn personal_words_and_section_names_are_accepted() {
        let speller = Speller::new(Choice::Us, ["Zorblax"]);
        assert!(speller.is_correct("zorblax") && !speller.is_correct("Quuxly"));
        assert_eq!(speller.misspelled("Quuxly shipped").len(), 1);
        speller.add_word("Quuxly");
        assert!(speller.is_correct("Quuxly"));
        assert!(
            speller.misspelled("Quuxly shipped").is_empty(),
            "remembered lines forgotten"
        );
        let body =
            "### Engineer — Frobnitz Labs\n*Qrelbury, 2020*\n- Scaled Frobnitz's queue; colour";
        let names = Names::of_section(&section(SectionKind::Experience, body));
        let title = body.lines().next().unwrap();
        assert!(speller.misspelled_in(title, &names).is_empty());
        assert!(
            speller
                .misspelled_in(body.lines().nth(1).unwrap(), &names)
                .is_empty()
        );
        let bullet = body.lines().nth(2).unwrap();
        assert_eq!(
            words(bullet, &speller.misspelled_in(bullet, &names)),
            ["colour"]
        );
        assert_eq!(speller.misspelled(bullet).len(), 2, "without the names");
    }

    fn section(kind: SectionKind, body: &str) -> Section {
        Section {
            id: crate::resume::SectionId(1),
            kind,
            title: "T".into(),
            body: body.into(),
        }
    }

    #[test]
    fn the_structured_reading_names_companies_and_projects() {
        let speller = Speller::new(Choice::Both, []);
        let jobs = "Backend Engineer, Quorvex Systems, 2020 – 2022\n- Moved Quorvex to Go";
        let names = Names::of_section(&section(SectionKind::Experience, jobs));
        let bullet = "- Moved Quorvex to Go";
        assert!(
            speller.misspelled_in(bullet, &names).is_empty(),
            "{names:?}"
        );
        assert_eq!(speller.misspelled(bullet).len(), 1);
    }

    #[test]
    fn suggestions_are_close_and_few() {
        let speller = Speller::new(Choice::Both, []);
        assert_eq!(
            speller.suggestions("buisness").first().map(String::as_str),
            Some("business")
        );
        assert_eq!(speller.suggestions("Acomplished")[0], "Accomplished");
        assert_eq!(speller.suggestions("Kuberentes")[0], "Kubernetes");
        assert!(speller.suggestions("teh").len() <= MAX_SUGGESTIONS);
        // A token far longer than any word: flagged, but nothing to offer.
        let token = "helloworldx".repeat(40);
        assert_eq!(speller.misspelled(&token), vec![0..token.len()]);
        assert!(speller.suggestions(&token).is_empty());
        let long_word = "internationalizaton";
        assert!(
            speller
                .suggestions(long_word)
                .contains(&"internationalization".to_string()),
            "{:?}",
            speller.suggestions(long_word)
        );
        assert_eq!(
            speller.suggestions("teh"),
            speller.suggestions("teh"),
            "cached"
        );
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance("teh", "the"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
