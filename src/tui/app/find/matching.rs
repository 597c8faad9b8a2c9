//! Where a query occurs in a text, with the options a find bar offers:
//! match case, whole words only.

/// How a query is matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FindOptions {
    /// Upper and lower case must agree ("Go" does not find "go").
    pub match_case: bool,
    /// A match may not start or end inside a word ("Go" does not find
    /// "Google").
    pub whole_word: bool,
    /// Search every section of the resume, not only the one being edited.
    pub whole_resume: bool,
}

impl FindOptions {
    /// The options that are on, for a prompt's title: "case, whole word".
    pub fn describe(&self) -> String {
        let mut on = Vec::new();
        if self.match_case {
            on.push("match case");
        }
        if self.whole_word {
            on.push("whole words");
        }
        on.push(if self.whole_resume {
            "whole resume"
        } else {
            "this section"
        });
        on.join(", ")
    }
}

/// Char ranges `(start, end)` of the matches of `query` in `text`, in
/// order and not overlapping.
pub fn find_all(text: &str, query: &str, options: FindOptions) -> Vec<(usize, usize)> {
    let needle: Vec<char> = query.chars().collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let hay: Vec<char> = text.chars().collect();
    let same =
        |a: char, b: char| a == b || (!options.match_case && a.to_lowercase().eq(b.to_lowercase()));
    let mut found = Vec::new();
    let mut at = 0;
    while at + needle.len() <= hay.len() {
        let end = at + needle.len();
        let hit = hay[at..end].iter().zip(&needle).all(|(&a, &b)| same(a, b))
            && (!options.whole_word || (word_edge(&hay, at) && word_edge(&hay, end)));
        if hit {
            found.push((at, end));
            at = end;
        } else {
            at += 1;
        }
    }
    found
}

/// Whether a word may begin or end at char index `at`: the chars on either
/// side are not both part of a word.
fn word_edge(chars: &[char], at: usize) -> bool {
    let word = |c: &char| c.is_alphanumeric() || *c == '_';
    let before = at
        .checked_sub(1)
        .and_then(|i| chars.get(i))
        .is_some_and(word);
    let after = chars.get(at).is_some_and(word);
    !(before && after)
}

/// `text` with every match of `query` replaced by `with`, and how many
/// there were.
pub fn replace_all(text: &str, query: &str, with: &str, options: FindOptions) -> (String, usize) {
    let found = find_all(text, query, options);
    if found.is_empty() {
        return (text.to_string(), 0);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for &(start, end) in &found {
        out.extend(&chars[from..start]);
        out.push_str(with);
        from = end;
    }
    out.extend(&chars[from..]);
    (out, found.len())
}

/// (line, column) of char offset `at` in `text`.
pub fn position(text: &str, at: usize) -> (usize, usize) {
    let mut line = 0;
    let mut column = 0;
    for c in text.chars().take(at) {
        if c == '\n' {
            line += 1;
            column = 0;
        } else {
            column += 1;
        }
    }
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANY: FindOptions = FindOptions {
        match_case: false,
        whole_word: false,
        whole_resume: false,
    };

    #[test]
    fn matches_count_characters_and_ignore_case_unless_asked() {
        let text = "Zoë built\nzoë shipped";
        assert_eq!(find_all(text, "Zoë", ANY), vec![(0, 3), (10, 13)]);
        let case = FindOptions {
            match_case: true,
            ..ANY
        };
        assert_eq!(find_all(text, "Zoë", case), vec![(0, 3)]);
        assert_eq!(position(text, 10), (1, 0));
        assert_eq!(position(text, 4), (0, 4));
        assert!(find_all(text, "", ANY).is_empty());
    }

    #[test]
    fn whole_words_skip_matches_inside_words() {
        let text = "Go, Google, go-kit and golang: go";
        let word = FindOptions {
            whole_word: true,
            ..ANY
        };
        let found: Vec<(usize, usize)> = find_all(text, "go", word);
        let shown: Vec<String> = found
            .iter()
            .map(|&(s, e)| text.chars().skip(s).take(e - s).collect())
            .collect();
        assert_eq!(shown, vec!["Go", "go", "go"]);
        assert_eq!(find_all("C++ and C#", "C++", word), vec![(0, 3)]);
    }

    #[test]
    fn replacing_keeps_everything_between_matches() {
        let (out, n) = replace_all(
            "Postgres, postgres and PostgreSQL",
            "postgres",
            "PostgreSQL",
            FindOptions {
                whole_word: true,
                ..ANY
            },
        );
        assert_eq!(out, "PostgreSQL, PostgreSQL and PostgreSQL");
        assert_eq!(n, 2);
        assert_eq!(replace_all("aaa", "aa", "b", ANY), ("ba".to_string(), 1));
    }

    #[test]
    fn options_describe_themselves() {
        assert_eq!(ANY.describe(), "this section");
        let all = FindOptions {
            match_case: true,
            whole_word: true,
            whole_resume: true,
        };
        assert_eq!(all.describe(), "match case, whole words, whole resume");
    }
}
