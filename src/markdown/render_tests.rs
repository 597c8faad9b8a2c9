//! Tests of the Markdown renderer, element by element, plus a property test
//! that no input can make a line wider than the width or leak a control
//! character.

use proptest::prelude::*;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;

use super::{MdTheme, render};

fn text(line: &Line) -> String {
    line.spans.iter().map(|s| s.content.as_ref()).collect()
}

fn rendered(markdown: &str, width: u16) -> Vec<String> {
    render(markdown, width, &MdTheme::default())
        .iter()
        .map(text)
        .collect()
}

/// The style of the span holding `needle` in the first line containing it.
fn style_of(lines: &[Line], needle: &str) -> Style {
    lines
        .iter()
        .flat_map(|l| l.spans.iter())
        .find(|s| s.content.contains(needle))
        .unwrap_or_else(|| panic!("no span contains {needle:?}"))
        .style
}

fn bold(style: Style) -> bool {
    style.add_modifier.contains(Modifier::BOLD)
}

#[test]
fn headings_are_styled_by_level() {
    let theme = MdTheme::default();
    let lines = render("# Name\n\n## Experience\n\n### Acme", 40, &theme);
    let h1 = style_of(&lines, "Name");
    assert!(bold(h1) && h1.add_modifier.contains(Modifier::UNDERLINED));
    assert_eq!(style_of(&lines, "Experience"), theme.h2);
    assert!(bold(style_of(&lines, "Acme")));
    // A level-2 heading is underlined by a rule across the width.
    let texts: Vec<_> = lines.iter().map(text).collect();
    assert_eq!(texts[3], "─".repeat(40));
    assert_eq!(style_of(&lines, "─"), theme.rule);
}

#[test]
fn blocks_are_separated_by_one_blank_line_and_none_at_the_ends() {
    let lines = rendered("\n\nfirst\n\n\n\nsecond\n\n# third\n\n", 40);
    assert_eq!(lines, ["first", "", "second", "", "third"]);
}

#[test]
fn paragraphs_wrap_at_the_width() {
    let lines = rendered("one two three four five six seven eight nine ten", 15);
    assert_eq!(
        lines,
        ["one two three", "four five six", "seven eight", "nine ten"]
    );
}

#[test]
fn soft_breaks_join_and_hard_breaks_split() {
    assert_eq!(rendered("a\nb", 40), ["a b"]);
    assert_eq!(rendered("a  \nb", 40), ["a", "b"]);
    assert_eq!(rendered("a\\\nb", 40), ["a", "b"]);
}

#[test]
fn emphasis_strong_strike_and_code_have_their_styles() {
    let theme = MdTheme::default();
    let lines = render("*it* **bo** ~~st~~ `co`", 40, &theme);
    assert_eq!(text(&lines[0]), "it bo st co");
    assert_eq!(style_of(&lines, "it"), theme.emphasis);
    assert_eq!(style_of(&lines, "bo"), theme.strong);
    assert_eq!(style_of(&lines, "st"), theme.strike);
    assert_eq!(style_of(&lines, "co"), theme.code);
    // Nested styles combine.
    let nested = render("***both***", 40, &theme);
    let both = style_of(&nested, "both");
    assert!(bold(both) && both.add_modifier.contains(Modifier::ITALIC));
}

#[test]
fn links_show_their_url_dimmed_unless_the_text_says_it() {
    let theme = MdTheme::default();
    let lines = render("[Blog](https://ada.dev/blog)", 60, &theme);
    assert_eq!(text(&lines[0]), "Blog (https://ada.dev/blog)");
    assert_eq!(style_of(&lines, "Blog"), theme.link);
    assert_eq!(style_of(&lines, "https://"), theme.link_url);
    let mono = render("[Blog](https://ada.dev/blog)", 60, &MdTheme::mono());
    assert!(
        style_of(&mono, "https://")
            .add_modifier
            .contains(Modifier::DIM)
    );

    assert_eq!(rendered("<https://ada.dev>", 60), ["https://ada.dev"]);
    assert_eq!(
        rendered("[Mail](mailto:ada@ada.dev)", 60),
        ["Mail (ada@ada.dev)"]
    );
    assert_eq!(rendered("<ada@ada.dev>", 60), ["ada@ada.dev"]);
}

#[test]
fn bullets_change_with_depth_and_continuation_lines_hang() {
    let md = "- one two three four five six\n  - nested words that wrap here\n    - third\n- next";
    let lines = rendered(md, 20);
    assert_eq!(
        lines,
        [
            "• one two three four",
            "  five six",
            "  ◦ nested words",
            "    that wrap here",
            "    ▪ third",
            "• next",
        ]
    );
    let styled = render(md, 20, &MdTheme::default());
    assert_eq!(style_of(&styled, "•"), MdTheme::default().bullet);
}

#[test]
fn numbered_lists_count_from_their_start_and_hang_under_the_text() {
    let lines = rendered("9. nine words here\n10. ten words that wrap", 14);
    assert_eq!(
        lines,
        ["9. nine words", "   here", "10. ten words", "    that wrap"]
    );
}

#[test]
fn loose_lists_keep_blank_lines_and_tight_lists_do_not() {
    assert_eq!(
        rendered("- a\n- b\n\nafter", 40),
        ["• a", "• b", "", "after"]
    );
    assert_eq!(rendered("- a\n\n- b", 40), ["• a", "", "• b"]);
    assert_eq!(
        rendered("- a\n  - b\n- c", 40),
        ["• a", "  ◦ b", "• c"],
        "a nested tight list adds no blank line"
    );
}

#[test]
fn task_items_show_boxes() {
    assert_eq!(rendered("- [ ] todo\n- [x] done", 40), ["☐ todo", "☑ done"]);
}

#[test]
fn block_quotes_prefix_every_wrapped_line() {
    let lines = rendered("> one two three four five\n>\n> six", 12);
    assert_eq!(lines, ["│ one two", "│ three four", "│ five", "│", "│ six"]);
    let quoted_list = rendered("> - item words wrap", 10);
    assert_eq!(quoted_list, ["│ • item", "│   words", "│   wrap"]);
}

#[test]
fn code_blocks_are_verbatim_cut_at_the_width_and_styled() {
    let theme = MdTheme::default();
    let md = "```\n  indented   spacing\nfn long_line_of_code() -> Result<(), Error> {}\n```";
    let lines = render(md, 20, &theme);
    let texts: Vec<_> = lines.iter().map(text).collect();
    assert_eq!(texts, ["  indented   spacing", "fn long_line_of_cod…"]);
    assert!(lines.iter().all(|l| l.width() <= 20));
    assert_eq!(style_of(&lines, "indented"), theme.code_block);
    assert_eq!(rendered("    indented code", 40), ["indented code"]);
}

#[test]
fn tables_align_columns_by_display_width() {
    let md = "| Name | Role | Years |\n|:--|:-:|--:|\n| Ada | 名前エンジニア | 5 |\n| Grace Hopper | Admiral | 40 |";
    let theme = MdTheme::default();
    let lines = render(md, 60, &theme);
    let texts: Vec<_> = lines.iter().map(text).collect();
    assert_eq!(
        texts,
        [
            "Name         │      Role      │ Years",
            "─────────────┼────────────────┼──────",
            "Ada          │ 名前エンジニア │     5",
            "Grace Hopper │    Admiral     │    40",
        ]
    );
    // Every `│` sits at the same display column in every row.
    for line in &lines {
        let mut column = 0;
        let mut bars = Vec::new();
        for span in &line.spans {
            for ch in span.content.chars() {
                if ch == '│' || ch == '┼' {
                    bars.push(column);
                }
                column += unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
            }
        }
        assert_eq!(bars, [13, 30], "{}", text(line));
    }
    assert!(bold(style_of(&lines, "Name")));
    assert_eq!(style_of(&lines, "│"), theme.table_border);
}

#[test]
fn wide_tables_shrink_and_wrap_their_cells() {
    let md = "| Skill | Notes |\n|---|---|\n| Go | services and tooling built over many years at scale |";
    let lines = rendered(md, 30);
    assert!(
        lines
            .iter()
            .all(|l| unicode_width::UnicodeWidthStr::width(l.as_str()) <= 30)
    );
    assert!(lines.len() > 3, "the long cell wraps: {lines:?}");
    let all: String = lines.join(" ");
    for word in ["services", "tooling", "years", "scale"] {
        assert!(all.contains(word), "{word} lost in {lines:?}");
    }
    // Continuation rows keep the first column empty and the bar in place.
    assert_eq!(lines[2], "Go    │ services and tooling");
    assert!(lines[3].starts_with("      │ "), "{lines:?}");
}

#[test]
fn horizontal_rules_span_the_width() {
    assert_eq!(
        rendered("a\n\n---\n\nb", 12),
        ["a", "", "─".repeat(12).as_str(), "", "b"]
    );
}

#[test]
fn footnotes_show_a_reference_and_a_definition() {
    let lines = rendered("Claim[^1].\n\n[^1]: Source of the claim.", 40);
    assert_eq!(lines, ["Claim[1].", "", "[1] Source of the claim."]);
}

#[test]
fn html_is_shown_as_a_browser_shows_it() {
    assert_eq!(
        rendered("a <b>bold</b> <script>x()</script>done", 60),
        ["a bold done"]
    );
    assert_eq!(
        rendered("Ada<br>Engineer <!-- note -->", 60),
        ["Ada", "Engineer"]
    );
    assert_eq!(
        rendered(
            "<div align=\"center\">\n<img src=x alt=\"Logo\">\n<style>p{}</style>\nHi &amp; bye<br>there\n</div>",
            60
        ),
        ["Logo", "Hi & bye", "there"]
    );
}

#[test]
fn front_matter_is_not_shown() {
    assert_eq!(rendered("---\ntitle: cv\n---\nAda", 60), ["Ada"]);
}

#[test]
fn control_characters_never_reach_the_output_from_any_element() {
    let esc = "\x1b]52;c;cGF5bG9hZA==\x07";
    let md = format!(
        "# H{esc}\n\npara {esc} `code{esc}` [l{esc}](https://x/{esc})\n\n\
         ```\n{esc}\n```\n\n<div>{esc}</div>\n\n| a{esc} | b |\n|--|--|\n| {esc} | \u{202e}x |\n\n\
         - item {esc}\u{9b}"
    );
    let lines = rendered(&md, 80);
    let all = lines.join("\n");
    assert!(!all.contains('\x1b') && !all.contains('\x07') && !all.contains('\u{9b}'));
    assert!(!all.contains('\u{202e}'));
    assert!(all.contains("␛]52;c;cGF5bG9hZA==␇"), "{all}");
}

#[test]
fn tabs_become_spaces() {
    let lines = rendered("a\tb\n\n```\n\tx\n```", 40);
    assert_eq!(lines, ["a b", "", "    x"]);
}

#[test]
fn wide_characters_wrap_by_display_width() {
    let lines = rendered("名前名前 名前名前 名前名前", 10);
    assert_eq!(lines, ["名前名前", "名前名前", "名前名前"]);
    let long = rendered("x https://example.com/a/very/long/path", 12);
    assert_eq!(long, ["x", "https://exam", "ple.com/a/ve", "ry/long/path"]);
}

#[test]
fn deep_nesting_never_exceeds_a_narrow_width() {
    let md = "> > > > > > - - - - - deep words";
    for line in render(md, 8, &MdTheme::default()) {
        assert!(line.width() <= 8, "{}", text(&line));
    }
}

/// Markdown-ish text: block markers, inline markers, wide characters,
/// over-long words and control characters in any order.
fn markdownish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "# ",
        "## ",
        "### ",
        "- ",
        "* ",
        "1. ",
        "10) ",
        "> ",
        "```\n",
        "~~~",
        "    ",
        "\t",
        "| a | b |\n",
        "|---|:-:|\n",
        "|",
        "---\n",
        "\n",
        "\n\n",
        " ",
        "  \n",
        "**",
        "*",
        "_",
        "`",
        "~~",
        "[",
        "](",
        ")",
        "<",
        ">",
        "<https://x.dev/y>",
        "- [ ] ",
        "- [x] ",
        "[^n]",
        "[^n]: ",
        "hello",
        "world",
        "resume",
        "名前",
        "エンジニア",
        "🚀",
        "é",
        "\u{301}",
        "a_very_long_word_without_any_spaces_that_goes_on_and_on_forever",
        "\x1b[31m",
        "\x1b]52;c;eA==\x07",
        "\u{9b}",
        "\u{202e}",
        "\r",
        "<div>",
        "&amp;",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

fn check_lines(markdown: &str, width: u16) -> Result<(), TestCaseError> {
    for theme in [MdTheme::default(), MdTheme::mono()] {
        for line in render(markdown, width, &theme) {
            prop_assert!(
                line.width() <= usize::from(width),
                "{:?} is {} wide at width {width}",
                text(&line),
                line.width()
            );
            let shown = text(&line);
            prop_assert!(
                !shown.chars().any(|c| c.is_control()
                    || ('\u{202A}'..='\u{202E}').contains(&c)
                    || ('\u{2066}'..='\u{2069}').contains(&c)),
                "control character in {shown:?}"
            );
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn no_line_is_wider_than_the_width(md in markdownish(), width in 20u16..120) {
        check_lines(&md, width)?;
    }

    #[test]
    fn arbitrary_text_renders_safely(md in any::<String>(), width in 20u16..120) {
        check_lines(&md, width)?;
    }
}

#[test]
fn tiny_widths_do_not_panic_or_overflow() {
    let md = "# Title\n\n- item with words\n  1. nested\n\n> quote\n\n| a | b |\n|---|---|\n| 名前 | x |\n\n```\ncode\n```\n\n---";
    for width in 0..20u16 {
        for line in render(md, width, &MdTheme::default()) {
            assert!(
                line.width() <= usize::from(width),
                "{} at {width}",
                text(&line)
            );
        }
    }
    assert!(render("", 40, &MdTheme::default()).is_empty());
    assert!(render("  \n\n \t\n", 40, &MdTheme::default()).is_empty());
}
