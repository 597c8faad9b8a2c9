//! Importing Markdown must never lose a word, whatever the layout.

use proptest::prelude::*;
use resumd::resume::{Level, SectionKind, resume_from_markdown};

/// Words as a reader sees them: Markdown markers (`#`, `-`, `===`) are not words.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Asserts that exporting the imported resume gives back the input's words
/// in order, nothing added, and every heading line as written.
fn assert_words_kept(md: &str) {
    let resume = resume_from_markdown(md, Level::Mid).expect("Markdown always imports");
    let exported = resume.to_markdown();
    let input = words(md);
    let output = words(&exported);
    let atx = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .map(str::to_string)
            .collect()
    };
    if !md.contains("```") && !md.contains("~~~") && !md.contains("<!--") {
        assert_eq!(atx(&exported), atx(md), "headings kept as written\n{md}");
    }
    assert_eq!(
        output, input,
        "\n--- input ---\n{md}\n--- exported ---\n{exported}"
    );
}

#[test]
fn realistic_resumes_keep_every_word_and_their_sections() {
    let mid = include_str!("fixtures/import/mid-backend.md");
    assert_words_kept(mid);
    let r = resume_from_markdown(mid, Level::Mid).unwrap();
    use SectionKind::*;
    let kinds: Vec<_> = r.sections().iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![Header, Summary, Experience, Projects, Skills, Education]
    );
    let skills = r.first_of_kind(Skills).unwrap();
    assert!(skills.body.contains("# Not a heading"));

    let senior = include_str!("fixtures/import/senior-setext.md");
    assert_words_kept(senior);
    let r = resume_from_markdown(senior, Level::Senior).unwrap();
    let kinds: Vec<_> = r.sections().iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![Header, Summary, Experience, Recognition, Skills]
    );
    assert!(r.sections()[0].body.starts_with("Tomás Herrera\n====="));
    let exp = r.first_of_kind(Experience).unwrap();
    assert!(
        exp.body
            .starts_with("### Principal Engineer, Northwind Freight")
    );
}

/// One Markdown block of a generated document.
fn block() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[a-z]{1,7}",
        "[A-Z][a-z]{0,6}",
        "[0-9]{1,4}%?",
        Just("C#".to_string()),
        Just("I/O".to_string()),
        Just("naïve".to_string()),
        Just("🚀launch".to_string()),
        Just("[link](https://example.com)".to_string()),
    ];
    let line = prop::collection::vec(word, 1..6).prop_map(|w| w.join(" "));
    let lines = prop::collection::vec(line.clone(), 1..4);
    prop_oneof![
        (1..7usize, 0..4usize, line.clone(), any::<bool>()).prop_map(
            |(level, indent, text, close)| {
                let hashes = "#".repeat(level);
                let closing = if close {
                    format!(" {hashes}")
                } else {
                    String::new()
                };
                format!("{}{hashes} {text}{closing}", " ".repeat(indent))
            }
        ),
        (lines.clone(), any::<bool>(), 1..6usize).prop_map(|(text, h1, len)| {
            let mark = if h1 { "=" } else { "-" };
            format!("{}\n{}", text.join("\n"), mark.repeat(len + 1))
        }),
        lines.clone().prop_map(|l| l.join("\n")),
        lines.clone().prop_map(|l| l
            .iter()
            .map(|x| format!("- {x}"))
            .collect::<Vec<_>>()
            .join("\n")),
        (lines.clone(), any::<bool>()).prop_map(|(l, tilde)| {
            let fence = if tilde { "~~~" } else { "```" };
            let inner: Vec<String> = l.iter().map(|x| format!("# {x}")).collect();
            format!("{fence}\n{}\n{fence}", inner.join("\n"))
        }),
        line.clone().prop_map(|l| format!("> # {l}")),
        line.clone().prop_map(|l| format!("<!--\n# {l}\n-->")),
        Just("***".to_string()),
        Just(String::new()),
    ]
}

fn document() -> impl Strategy<Value = String> {
    let heading = "[A-Za-z]{1,8}( [A-Za-z]{1,8})?".prop_map(|t| format!("## {t}"));
    (
        prop::collection::vec(block(), 0..14),
        heading,
        any::<prop::sample::Index>(),
    )
        .prop_map(|(mut blocks, heading, at)| {
            let at = at.index(blocks.len() + 1);
            blocks.insert(at, heading);
            blocks.join("\n\n")
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn import_then_export_keeps_every_word(md in document()) {
        assert_words_kept(&md);
    }

    #[test]
    fn blocks_joined_without_blank_lines_keep_every_word(blocks in prop::collection::vec(block(), 1..10)) {
        let md = format!("# Name\n{}", blocks.join("\n"));
        assert_words_kept(&md);
    }
}
