use std::collections::BTreeMap;

use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

use super::layout::{LaidBullet, Layout};
use super::{layout, to_plain_text};
use crate::resume::{Level, Resume, SectionKind};

fn resume(header: &str, sections: &[(&str, &str)]) -> Resume {
    let mut resume = Resume::new(Level::Mid);
    let ids: Vec<_> = resume.sections().iter().map(|s| s.id).collect();
    for id in ids {
        resume.remove_section(id);
    }
    resume.push_section(SectionKind::Header, "Header", header);
    for (title, body) in sections {
        resume.push_section(SectionKind::Custom, title, body);
    }
    resume
}

/// Counts of words (runs of letters and digits, lower-cased): Markdown
/// markers are punctuation, so they never count.
fn words(text: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *out.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    out
}

/// The Markdown's visible words: link destinations `](…)` and the
/// numbers of numbered lists (every item reads as a bullet) are not text.
fn visible_words(markdown: &str) -> BTreeMap<String, usize> {
    let unnumbered: Vec<&str> = markdown
        .lines()
        .map(|line| {
            let item = line.trim_start();
            let digits = item.len() - item.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            match item[digits..].strip_prefix(". ") {
                Some(rest) if digits > 0 => rest,
                _ => line,
            }
        })
        .collect();
    let markdown = unnumbered.join("\n");
    let mut text = String::new();
    let mut rest = markdown.as_str();
    while let Some(at) = rest.find("](") {
        text.push_str(&rest[..at]);
        let close = rest[at..].find(')').map_or(rest.len(), |c| at + c + 1);
        rest = &rest[close..];
    }
    text.push_str(rest);
    words(&text)
}

/// Lines wider than `width` may only hold one word after their indent.
fn assert_fits(text: &str, width: usize) {
    for line in text.lines() {
        if line.width() > width {
            let content = line.trim_start().trim_start_matches("- ");
            assert!(!content.contains(' '), "line wider than {width}: {line:?}");
        }
    }
}

fn assert_no_word_lost(markdown: &str, text: &str) {
    let output = words(text);
    for (word, count) in visible_words(markdown) {
        let found = output.get(&word).copied().unwrap_or(0);
        assert!(
            found >= count,
            "{word:?}: {count} in the Markdown, {found} in the text:\n{text}"
        );
    }
}

const BODY: &str = "### Senior Engineer — [Acme Payments](https://acme.example)\n\n*Mar 2021 – Present*\n\nOwned the **ledger** service end to end, from the _schema_ to on-call, for 2M `transactions` a day across three regions and two clouds.\n\n- Cut p99 latency by 40% with a write-through cache in front of PostgreSQL and a smarter connection pool\n- Led the move to Kafka:\n  - designed the topic layout and the retry policy for every consumer\n  - wrote the runbook\n- See [the design doc](https://docs.example/ledger) or https://plain.example/url\n\n1. first numbered point that is long enough to need wrapping at narrow widths\n2. second\n";

#[test]
fn paragraphs_and_lists_fit_the_width_and_keep_every_word() {
    let header = "# Ada Lovelace\n\nPrincipal Engineer · London\n\n[ada@example.com](mailto:ada@example.com) · [github.com/ada](https://github.com/ada)";
    let markdown = format!("{header}\n\nExperience\n\n{BODY}");
    for width in [24, 40, 60, 80] {
        let text = to_plain_text(&resume(header, &[("Experience", BODY)]), width);
        assert_fits(&text, width);
        assert_no_word_lost(&markdown, &text);
        assert!(text.ends_with('\n') && !text.ends_with("\n\n"));
        assert!(text.lines().all(|l| l == l.trim_end()), "trailing spaces");
    }
}

#[test]
fn the_layout_reads_like_a_plain_resume() {
    let markdown = "# Ada Lovelace\n\nBack-End Engineer\n\n\
        [ada@example.com](mailto:ada@example.com) · [github.com/ada](https://github.com/ada)\n\n\
        ## Experience\n\n### Senior Engineer — Acme Pay\n\n*2020-02 – Present · Berlin*\n\n\
        Owned the ledger service end to end, from the schema to on-call.\n\n\
        - Cut p99 latency by 40% with a write-through cache in front of PostgreSQL and a smarter connection pool\n\
        - Led the move to Kafka:\n  - wrote the runbook\n\n\
        ### Engineer — Globex\n\n*2016-09 – 2020-01*\n\n- Built the billing service\n\n\
        ## Projects\n\n### DormSwap\n\n**Entity:** Campus Capstone\n\n**Type:** application\n\n- Built it\n\n\
        ## Education\n\n### BSc Computer Science — University of London\n\n*2012 – 2016*\n\n\
        - Algorithms\n- Databases\n";
    let resume = crate::resume::resume_from_markdown(markdown, Level::Mid).unwrap();
    let text = to_plain_text(&resume, 80);
    let expected = "Ada Lovelace\n\
        Back-End Engineer\n\
        ada@example.com · https://github.com/ada\n\
        \n\
        EXPERIENCE\n\
        Senior Engineer, Acme Pay\n\
        Feb 2020 – Present · Berlin\n\
        Owned the ledger service end to end, from the schema to on-call.\n\
        - Cut p99 latency by 40% with a write-through cache in front of PostgreSQL and a\n  smarter connection pool\n\
        - Led the move to Kafka:\n  \
          - wrote the runbook\n\
        \n\
        Engineer, Globex\n\
        Sep 2016 – Jan 2020\n\
        - Built the billing service\n\
        \n\
        PROJECTS\n\
        DormSwap, Campus Capstone\n\
        - Built it\n\
        \n\
        EDUCATION\n\
        BSc Computer Science, University of London\n\
        2012 – 2016\n\
        Courses: Algorithms, Databases\n";
    assert_eq!(text, expected);
}

#[test]
fn a_table_keeps_its_words() {
    // The heading row only names the columns: the reading leaves it out.
    let body = "| Tool | Years |\n|---|--:|\n| Go | 5 |\n| Rust 🦀 | 12 |\n";
    let text = to_plain_text(&resume("# A", &[("S", body)]), 80);
    for word in ["Go", "5", "Rust 🦀", "12"] {
        assert!(text.contains(word), "{word} in {text}");
    }
}

#[test]
fn wide_characters_wrap_by_display_width() {
    let body = "東京 大阪 京都 札幌 福岡 横浜 神戸 名古屋";
    let text = to_plain_text(&resume("# 山田太郎", &[("S", body)]), 12);
    assert_fits(&text, 12);
    assert!(text.contains("東京 大阪\n京都 札幌\n"), "{text}");
}

#[test]
fn unsafe_links_keep_only_their_text() {
    let text = to_plain_text(
        &resume(
            "# A\n\n[click](javascript:alert(1)) · [me](mailto:me@x.io)",
            &[("S", "[click](javascript:alert(2))")],
        ),
        80,
    );
    assert!(text.contains("me@x.io"), "{text}");
    assert!(text.contains("click"), "{text}");
    assert!(!text.contains("javascript"), "{text}");
}

#[test]
fn an_empty_resume_is_one_newline() {
    assert_eq!(to_plain_text(&resume("", &[]), 80), "\n");
}

const WORDS: &[&str] = &[
    "alpha",
    "beta",
    "Zürich",
    "東京",
    "数据库",
    "🚀",
    "supercalifragilisticexpialidocious",
    "https://example.com/a/very/long/path/that/cannot/break",
    "C++",
    "99.9%",
    "on-call",
    "a/b",
];

fn line() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..25).prop_map(|w| w.join(" "))
}

/// A body of paragraphs, lists (nested), emphasis and links.
fn body() -> impl Strategy<Value = String> {
    let block = prop_oneof![
        line(),
        line().prop_map(|l| format!("**{l}**")),
        prop::collection::vec(line(), 1..4).prop_map(|items| {
            items
                .iter()
                .map(|i| format!("- {i}"))
                .collect::<Vec<_>>()
                .join("\n")
        }),
        (line(), line()).prop_map(|(a, b)| format!("- {a}\n  - {b}")),
        (line(), line()).prop_map(|(a, b)| format!("{a} [{b}](https://link.example/x)")),
        line().prop_map(|l| format!("### {l}")),
    ];
    prop::collection::vec(block, 1..6).prop_map(|blocks| blocks.join("\n\n"))
}

/// Every word of the layout a reader sees (addresses aside: a label that
/// only shortens its address gives way to it).
fn layout_words(layout: &Layout) -> BTreeMap<String, usize> {
    let mut all: Vec<String> = vec![layout.name.clone()];
    all.extend(layout.headline.clone());
    all.extend(
        layout
            .contacts
            .iter()
            .filter(|c| c.url.is_none())
            .map(|c| c.text.clone()),
    );
    let bullets = |b: &LaidBullet| std::iter::once(b.text.clone()).chain(b.children.clone());
    for section in &layout.sections {
        all.push(section.title.clone());
        all.extend(section.paragraphs.iter().cloned());
        for skill in &section.skills {
            all.extend(skill.label.clone());
            all.push(skill.items.clone());
        }
        for entry in &section.entries {
            all.push(entry.heading());
            all.extend(entry.when_where());
            all.extend(entry.summary.iter().chain(&entry.details).cloned());
            all.extend(entry.bullets.iter().flat_map(bullets));
        }
        all.extend(section.bullets.iter().flat_map(bullets));
    }
    words(&all.join(" "))
}

proptest! {
    /// The text export drops nothing the shared layout holds, whatever the
    /// Markdown was (what the reading makes of it is tested with it).
    #[test]
    fn any_body_fits_and_keeps_its_words(body in body(), width in 10usize..100) {
        let resume = resume("# Name", &[("Section", &body)]);
        let text = to_plain_text(&resume, width);
        assert_fits(&text, width);
        let output = words(&text);
        for (word, count) in layout_words(&layout(&resume)) {
            let found = output.get(&word).copied().unwrap_or(0);
            prop_assert!(found >= count, "{word:?}: {count} in the layout, {found} in:\n{text}");
        }
        for line in text.lines() {
            let item = line.trim_start();
            prop_assert!(!item.starts_with("* ") && !item.starts_with("+ "), "{line}");
        }
        prop_assert!(text.ends_with('\n') && !text.ends_with("\n\n"));
    }
}
