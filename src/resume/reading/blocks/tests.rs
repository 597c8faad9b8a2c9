use super::*;

fn paragraph(body: &str) -> Vec<Line> {
    match parse(body).remove(0) {
        Block::Paragraph { lines, .. } => lines,
        other => panic!("not a paragraph: {other:?}"),
    }
}

#[test]
fn lines_map_back_to_the_body() {
    let body = "Intro\n\n**Go**, *Rust* and `C++`  \n[site](https://x.dev) · end";
    let lines = paragraph(&body[7..]);
    assert_eq!(lines[0].text, "Go, Rust and C++");
    let rust = lines[0].text.find("Rust").unwrap();
    let field = lines[0].field(rust..rust + 4);
    assert_eq!(&body[7..][field.range.clone()], "Rust");
    assert_eq!(lines[1].text, "site · end");
    assert_eq!(lines[1].links[0].1, "https://x.dev");
    assert_eq!(lines[0].strong, vec![0..2]);
}

#[test]
fn html_breaks_lines_and_tags_vanish() {
    let lines = paragraph("Ada<br>Engineer <span class=\"x\">in Berlin</span>");
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["Ada", "Engineer in Berlin"]);
}

#[test]
fn lists_keep_nesting_and_ranges() {
    let body = "- one\n  - two\n- three";
    let Block::List { items, .. } = &parse(body)[0] else {
        panic!()
    };
    assert_eq!(items[0].text(), "one");
    assert_eq!(items[0].children[0].text(), "two");
    assert_eq!(&body[items[1].own_range()], "three");
}

#[test]
fn tables_give_cells() {
    let body = "| Area | Tools |\n|---|---|\n| Lang | Go, Rust |\n";
    let Block::Table { rows, .. } = &parse(body)[0] else {
        panic!()
    };
    assert_eq!(rows[1][1].text, "Go, Rust");
    assert_eq!(&body[rows[1][1].range()], "Go, Rust");
}

#[test]
fn split_skips_parentheses_and_code() {
    let line = &paragraph("Go (gin, echo), `a, b`, Rust")[0];
    let parts: Vec<&str> = line
        .split(&[", "])
        .into_iter()
        .map(|r| &line.text[r])
        .collect();
    assert_eq!(parts, ["Go (gin, echo)", "a, b", "Rust"]);
}

#[test]
fn labels_bold_or_plain() {
    let line = &paragraph("**Languages:** Go")[0];
    assert_eq!(line.label(false).unwrap().0, "Languages");
    let line = &paragraph("Cloud: AWS, GCP")[0];
    assert_eq!(line.label(false), None);
    assert_eq!(line.label(true).unwrap().0, "Cloud");
    let line = &paragraph("**Acme** — Engineer")[0];
    assert!(line.bold_lead().is_some());
}

#[test]
fn pictures_are_known_by_their_alt_text() {
    let blocks = parse("![Acme logo](a.png) Acme\n\n<div><img alt=\"Logo\"><br>Text</div>\n");
    let Block::Paragraph { lines, .. } = &blocks[0] else {
        panic!("{blocks:?}");
    };
    assert_eq!(lines[0].pictures.first(), Some(&(0..9)));
    assert!(!lines[0].only_pictures());
    let Block::Other { lines, .. } = &blocks[1] else {
        panic!("{blocks:?}");
    };
    assert!(lines[0].only_pictures());
    assert!(!lines[1].only_pictures());
}
