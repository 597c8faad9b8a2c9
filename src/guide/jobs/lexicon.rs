//! The back-end skill lexicon (`assets/skills/*.txt`): canonical names,
//! categories and aliases, embedded at build time and read once.
//!
//! File format (see `assets/skills/README.md`): one skill a line,
//! `Canonical | alias | alias`; a name ending in `!` matches only with that
//! exact casing.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::resume::SectionKind;

/// Where a skill belongs: the category is the lexicon file it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Language,
    Framework,
    Database,
    Data,
    Cloud,
    Infrastructure,
    Tooling,
    Observability,
    Testing,
    Protocol,
    Architecture,
    Security,
    Practice,
    Domain,
    Education,
}

/// Every lexicon file with its category, in a fixed order.
const FILES: &[(Category, &str)] = &[
    (
        Category::Language,
        include_str!("../../../assets/skills/languages.txt"),
    ),
    (
        Category::Framework,
        include_str!("../../../assets/skills/frameworks.txt"),
    ),
    (
        Category::Database,
        include_str!("../../../assets/skills/databases.txt"),
    ),
    (
        Category::Data,
        include_str!("../../../assets/skills/data.txt"),
    ),
    (
        Category::Cloud,
        include_str!("../../../assets/skills/cloud.txt"),
    ),
    (
        Category::Infrastructure,
        include_str!("../../../assets/skills/infrastructure.txt"),
    ),
    (
        Category::Tooling,
        include_str!("../../../assets/skills/cicd.txt"),
    ),
    (
        Category::Observability,
        include_str!("../../../assets/skills/observability.txt"),
    ),
    (
        Category::Testing,
        include_str!("../../../assets/skills/testing.txt"),
    ),
    (
        Category::Protocol,
        include_str!("../../../assets/skills/protocols.txt"),
    ),
    (
        Category::Architecture,
        include_str!("../../../assets/skills/architecture.txt"),
    ),
    (
        Category::Security,
        include_str!("../../../assets/skills/security.txt"),
    ),
    (
        Category::Practice,
        include_str!("../../../assets/skills/practices.txt"),
    ),
    (
        Category::Domain,
        include_str!("../../../assets/skills/domains.txt"),
    ),
    (
        Category::Education,
        include_str!("../../../assets/skills/education.txt"),
    ),
];

impl Category {
    pub fn id(self) -> &'static str {
        match self {
            Category::Language => "language",
            Category::Framework => "framework",
            Category::Database => "database",
            Category::Data => "data",
            Category::Cloud => "cloud",
            Category::Infrastructure => "infrastructure",
            Category::Tooling => "tooling",
            Category::Observability => "observability",
            Category::Testing => "testing",
            Category::Protocol => "protocol",
            Category::Architecture => "architecture",
            Category::Security => "security",
            Category::Practice => "practice",
            Category::Domain => "domain",
            Category::Education => "education",
        }
    }

    /// The section where a missing skill of this kind is best added: tools
    /// in Skills, ways of working and domains in the latest role, degrees in
    /// Education.
    pub fn home(self) -> SectionKind {
        match self {
            Category::Architecture | Category::Practice | Category::Domain => {
                SectionKind::Experience
            }
            Category::Education => SectionKind::Education,
            _ => SectionKind::Skills,
        }
    }
}

/// Index of a skill in [`Lexicon::skills`].
pub type SkillId = u16;

#[derive(Debug, Clone)]
pub struct Skill {
    pub name: &'static str,
    pub category: Category,
    /// Every spelling that names it, the canonical one first, as written
    /// (without the `!` marker).
    pub spellings: Vec<&'static str>,
}

/// One spelling the scanner looks for.
#[derive(Debug, Clone)]
pub(crate) struct Alias {
    pub skill: SkillId,
    /// Only this exact casing counts (`Go`, `REST`, `Spring`).
    pub exact_case: bool,
    /// The spelling folded like scanned text but with its case kept, to
    /// compare exact-case aliases.
    pub folded: Vec<char>,
}

/// A character trie over folded, lower-cased spellings. The root's ASCII
/// children sit in a table, since every word of a text starts there.
#[derive(Debug)]
pub(crate) struct Trie {
    nodes: Vec<Node>,
    root_ascii: [u32; 128],
}

impl Default for Trie {
    fn default() -> Self {
        Trie {
            nodes: vec![Node::default()],
            root_ascii: [0; 128],
        }
    }
}

#[derive(Debug, Default)]
struct Node {
    children: Vec<(char, u32)>,
    /// Aliases that end here.
    ends: Vec<u32>,
}

impl Trie {
    fn insert(&mut self, key: &[char], alias: u32) {
        let mut at = 0usize;
        for &c in key {
            let next = match self.nodes[at].children.iter().find(|(k, _)| *k == c) {
                Some(&(_, n)) => n as usize,
                None => {
                    let n = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[at].children.push((c, n as u32));
                    if at == 0 && c.is_ascii() {
                        self.root_ascii[c as usize] = n as u32;
                    }
                    n
                }
            };
            at = next;
        }
        self.nodes[at].ends.push(alias);
    }

    /// The node reached from `node` by `c`.
    pub fn step(&self, node: u32, c: char) -> Option<u32> {
        if node == 0 && c.is_ascii() {
            // Node 0 is the root, never a child, so 0 means "none".
            return Some(self.root_ascii[c as usize]).filter(|&n| n != 0);
        }
        self.nodes
            .get(node as usize)?
            .children
            .iter()
            .find(|(k, _)| *k == c)
            .map(|&(_, n)| n)
    }

    pub fn ends(&self, node: u32) -> &[u32] {
        &self.nodes[node as usize].ends
    }
}

#[derive(Debug)]
pub struct Lexicon {
    pub skills: Vec<Skill>,
    pub(crate) aliases: Vec<Alias>,
    pub(crate) trie: Trie,
}

/// A mistake in a lexicon file (caught by a unit test, never at run time
/// for the embedded files).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError(pub String);

/// Folds text the way the scanner reads it: a hyphen is a space, runs of
/// white space are one space, curly apostrophes are straight.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        '-' | '\u{2010}' | '\u{2011}' => ' ',
        '\u{2019}' | '\u{2018}' => '\'',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

pub(crate) fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

fn fold(spelling: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(spelling.len());
    for c in spelling.chars().map(fold_char) {
        if c == ' ' && out.last().is_none_or(|&l| l == ' ') {
            continue;
        }
        out.push(c);
    }
    while out.last() == Some(&' ') {
        out.pop();
    }
    out
}

impl Lexicon {
    /// Reads lexicon files given as `(category, text)`.
    pub fn parse(files: &[(Category, &'static str)]) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon {
            skills: Vec::new(),
            aliases: Vec::new(),
            trie: Trie::default(),
        };
        let mut seen: HashMap<Vec<char>, SkillId> = HashMap::new();
        for &(category, text) in files {
            for (number, line) in text.lines().enumerate() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let skill = SkillId::try_from(lexicon.skills.len())
                    .map_err(|_| LexiconError("too many skills".to_string()))?;
                let mut spellings = Vec::new();
                for raw in line.split(" | ").map(str::trim) {
                    let (spelling, exact_case) = match raw.strip_suffix('!') {
                        Some(s) => (s.trim(), true),
                        None => (raw, false),
                    };
                    if spelling.is_empty() || spelling.contains('|') {
                        return Err(LexiconError(format!(
                            "{}:{}: an empty name or a stray '|'",
                            category.id(),
                            number + 1
                        )));
                    }
                    let folded = fold(spelling);
                    let key: Vec<char> = folded.iter().map(|&c| lower(c)).collect();
                    // Two skills may not share a spelling (in any casing).
                    if let Some(&other) = seen.get(&key)
                        && other != skill
                    {
                        return Err(LexiconError(format!(
                            "{}:{}: '{spelling}' already names '{}'",
                            category.id(),
                            number + 1,
                            lexicon.skills[usize::from(other)].name
                        )));
                    }
                    seen.insert(key.clone(), skill);
                    let alias = u32::try_from(lexicon.aliases.len())
                        .map_err(|_| LexiconError("too many aliases".to_string()))?;
                    lexicon.trie.insert(&key, alias);
                    lexicon.aliases.push(Alias {
                        skill,
                        exact_case,
                        folded,
                    });
                    spellings.push(spelling);
                }
                lexicon.skills.push(Skill {
                    name: spellings[0],
                    category,
                    spellings,
                });
            }
        }
        Ok(lexicon)
    }

    /// Reads the lexicon shipped with resumd afresh (what [`builtin`] does
    /// once).
    ///
    /// [`builtin`]: Lexicon::builtin
    pub fn parse_builtin() -> Lexicon {
        Lexicon::parse(FILES).expect("the embedded skill lexicon is checked by a unit test")
    }

    /// The lexicon shipped with resumd.
    pub fn builtin() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::parse_builtin)
    }

    pub fn skill(&self, id: SkillId) -> &Skill {
        &self.skills[usize::from(id)]
    }

    /// The skill with this canonical name or alias (any case).
    pub fn find(&self, name: &str) -> Option<SkillId> {
        let key: Vec<char> = fold(name).iter().map(|&c| lower(c)).collect();
        let mut node = 0u32;
        for &c in &key {
            node = self.trie.step(node, c)?;
        }
        self.trie
            .ends(node)
            .first()
            .map(|&a| self.aliases[a as usize].skill)
    }
}

/// Every canonical name and alias with its casing, for the spelling checker.
pub fn skill_words() -> impl Iterator<Item = &'static str> {
    Lexicon::builtin()
        .skills
        .iter()
        .flat_map(|s| s.spellings.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_parses_without_clashes_and_is_large() {
        let lexicon = Lexicon::parse(FILES).unwrap();
        assert!(
            lexicon.skills.len() >= 600,
            "{} skills",
            lexicon.skills.len()
        );
        for category in FILES.iter().map(|(c, _)| *c) {
            assert!(lexicon.skills.iter().any(|s| s.category == category));
        }
    }

    #[test]
    fn aliases_lead_to_canonical_names() {
        let lexicon = Lexicon::builtin();
        for (alias, name) in [
            ("k8s", "Kubernetes"),
            ("Postgres", "PostgreSQL"),
            ("GCP", "Google Cloud Platform"),
            ("google cloud", "Google Cloud Platform"),
            ("Golang", "Go"),
            ("c++", "C++"),
            ("C#", "C#"),
            ("nodejs", "Node.js"),
            (".net core", ".NET"),
            ("CI-CD", "CI/CD"),
        ] {
            let id = lexicon.find(alias).unwrap_or_else(|| panic!("{alias}"));
            assert_eq!(lexicon.skill(id).name, name, "{alias}");
        }
    }

    #[test]
    fn clashing_spellings_are_reported() {
        let err = Lexicon::parse(&[(Category::Language, "Go | golang\nGolang\n")]).unwrap_err();
        assert!(err.0.contains("'Golang' already names 'Go'"), "{err:?}");
    }

    #[test]
    fn skill_words_keep_their_casing() {
        let words: Vec<&str> = skill_words().collect();
        assert!(words.contains(&"PostgreSQL"));
        assert!(words.contains(&"Go"));
        assert!(words.contains(&"k8s") || words.contains(&"K8s"));
        assert!(!words.iter().any(|w| w.ends_with('!')));
    }
}
