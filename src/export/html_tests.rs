use super::html::to_html_on;
use super::{Paper, to_html};
use crate::resume::{Level, Resume, SectionKind, resume_from_markdown};

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

/// Every tag in the output. All text `<` is escaped, so each `<` opens a
/// tag the exporter wrote.
fn tags(html: &str) -> Vec<&str> {
    html.match_indices('<')
        .map(|(at, _)| &html[at..at + html[at..].find('>').expect("tag closes")])
        .collect()
}

/// The value of every `href="…"`.
fn hrefs(html: &str) -> Vec<&str> {
    html.match_indices("href=\"")
        .map(|(at, m)| {
            let start = at + m.len();
            &html[start..start + html[start..].find('"').expect("quote closes")]
        })
        .collect()
}

/// The only elements the exporter writes.
const WRITTEN: &[&str] = &[
    "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2",
    "h3", "p", "span", "a", "section", "div", "strong", "ul", "li",
];

const HOSTILE: &str = r#"- <script>alert(1)</script> in a bullet
- [js](javascript:alert(1)) and [data](data:text/html;base64,PGI+eDwvYj4=)
- inline <img src=x onerror=alert(3)> image
- ![a picture](https://evil.example/track.png)
- [quote](https://example.com/?q="x"&r='y')

<img src=x onerror="alert(4)">

<iframe src="https://evil.example"></iframe>
"#;

fn hostile_html() -> String {
    to_html(&resume(
        "# <script>alert('name')</script> O'Brien & \"Co\"\n\n\
         [site](https://ex.example/?a=\"b\"&c='d') · [bad](javascript:alert(5))",
        &[("Projects <i>", HOSTILE)],
    ))
}

#[test]
fn hostile_text_is_escaped_never_markup() {
    let html = hostile_html();
    for tag in tags(&html) {
        let name = tag[1..]
            .trim_start_matches('/')
            .split([' ', '>'])
            .next()
            .unwrap_or_default();
        assert!(WRITTEN.contains(&name), "{tag} in {html}");
        let lower = tag.to_lowercase();
        assert!(!lower.contains("src=") && !lower.contains(" on"), "{tag}");
    }
    // The reading sets markup aside; an item left empty is not shown.
    assert!(!html.contains("<li></li>"), "{html}");
    assert!(
        html.contains("<li>inline  image</li>") || html.contains("&lt;img"),
        "{html}"
    );
    assert!(html.contains("O&#39;Brien &amp; &quot;Co&quot;"), "{html}");
    assert!(html.contains("<h2>Projects &lt;i&gt;</h2>"), "{html}");
    assert!(
        !html.contains("evil.example/track.png"),
        "images load nothing"
    );
}

#[test]
fn only_web_and_mail_links_become_hrefs() {
    let html = hostile_html();
    let hrefs = hrefs(&html);
    assert!(!hrefs.is_empty(), "{html}");
    for href in &hrefs {
        assert!(
            href.starts_with("https://")
                || href.starts_with("http://")
                || href.starts_with("mailto:"),
            "{href}"
        );
        assert!(
            !href.contains(['"', '\'', '<', '>']),
            "unescaped quote in {href}"
        );
    }
    assert!(!html.to_lowercase().contains("javascript:alert(5)\""));
}

const MARKDOWN: &str = "# Ada Lovelace\n\nBack-End Engineer\n\n\
    [ada@example.com](mailto:ada@example.com) · +44 20 7946 0000 · [github.com/ada](https://github.com/ada)\n\n\
    ## Experience\n\n### Senior Engineer — Acme Pay\n\n*2020-02 – Present · Berlin*\n\n\
    - Cut p99 latency from 800 ms to 200 ms\n  - with Redis\n\n\
    ## Projects\n\n### DormSwap\n\n**Entity:** Campus Capstone\n\n**Type:** application\n\n- Built it\n\n\
    ## Education\n\n### BSc Computer Science — University of London\n\n*2012 – 2016*\n\n\
    - Algorithms\n- Databases\n";

#[test]
fn entries_read_as_in_the_pdf() {
    let resume = resume_from_markdown(MARKDOWN, Level::Mid).unwrap();
    let html = to_html(&resume);
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")
    );
    assert!(html.contains("<title>Ada Lovelace — Resume</title>"));
    assert!(html.contains("<meta name=\"author\" content=\"Ada Lovelace\">"));
    assert!(html.contains("<h1>Ada Lovelace</h1>\n<p class=\"headline\">Back-End Engineer</p>"));
    // Each contact is one unbreakable item; links stay links.
    assert!(html.contains(
        "<span class=\"contact\"><a href=\"mailto:ada@example.com\">ada@example.com</a></span>"
    ));
    assert!(
        html.contains("<span class=\"contact\">+44 20 7946 0000</span>"),
        "{html}"
    );
    // Role and organisation on the left, human dates and place on the right.
    assert!(
        html.contains(
            "<div class=\"entry-head\">\n<h3><strong>Senior Engineer</strong>, \
             <span class=\"organisation\">Acme Pay</span></h3>\n\
             <p class=\"when\">Feb 2020 – Present · Berlin</p>\n</div>"
        ),
        "{html}"
    );
    assert!(html.contains("<li>Cut p99 latency from 800 ms to 200 ms\n<ul>\n<li>with Redis</li>"));
    // Labels for tools are not shown; courses are one line.
    assert!(html.contains("<span class=\"organisation\">Campus Capstone</span>"));
    for label in ["Type:", "Entity:", "application"] {
        assert!(!html.contains(label), "{label} in {html}");
    }
    assert!(html.contains("<p class=\"detail\">Courses: Algorithms, Databases</p>"));
    assert!(!html.contains("2020-02"), "no ISO dates");
    for external in ["<link", "<script", "@import", "url("] {
        assert!(!html.contains(external), "{external}");
    }
    assert!(html.ends_with("</html>\n"));
}

#[test]
fn the_print_page_follows_the_paper() {
    let resume = resume_from_markdown(MARKDOWN, Level::Mid).unwrap();
    assert!(to_html(&resume).contains("@page { size: A4;"));
    let letter = to_html_on(&resume, Paper::Letter);
    assert!(letter.contains("@page { size: letter;"));
    assert!(letter.contains("break-after: avoid"));
}

#[test]
fn empty_sections_are_left_out_and_the_title_falls_back() {
    let html = to_html(&resume("", &[("Empty", "  \n"), ("Kept", "text")]));
    assert!(html.contains("<title>Resume</title>"));
    assert!(!html.contains("Empty"));
    assert!(!html.contains("<h1>"));
    assert!(html.contains("<h2>Kept</h2>\n<p>text</p>"), "{html}");
}

#[test]
fn control_characters_from_the_text_are_dropped() {
    let html = to_html(&resume("# A\u{1b}[2J\u{7}", &[("S", "x\u{0}y\u{8}z")]));
    assert!(!html.chars().any(|c| c.is_control() && c != '\n'), "{html}");
    assert!(html.contains("<h1>A[2J</h1>"), "{html}");
}
