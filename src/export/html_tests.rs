use super::to_html;
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

const HOSTILE: &str = r#"- <script>alert(1)</script> in a bullet
- [js](javascript:alert(1)) and [JS](  JaVaScRiPt:alert(2)) and [data](data:text/html;base64,PGI+eDwvYj4=)
- [vb](vbscript:msgbox) and [rel](../etc/passwd) and [frag](#top)
- [quote](https://example.com/?q="x"&r='y' "ti\"t'le")
- inline <img src=x onerror=alert(3)> image
- ![a picture](https://evil.example/track.png) and ![alt *with* `code`](x.png)
- [ok](https://example.com/a?b=1&c=2) and [mail](mailto:a@b.example)

<img src=x onerror="alert(4)">

<iframe src="https://evil.example"></iframe>
"#;

fn hostile_html() -> String {
    to_html(&resume(
        "# <script>alert('name')</script> O'Brien & \"Co\"",
        &[("Projects <i>", HOSTILE)],
    ))
}

#[test]
fn hostile_text_is_escaped_never_markup() {
    let html = hostile_html();
    assert!(!html.to_lowercase().contains("<script"), "{html}");
    assert!(!html.contains("<img"));
    assert!(!html.contains("<iframe"));
    assert!(!html.contains("<i>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; in a bullet"));
    assert!(html.contains("<title>&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; O&#39;Brien &amp; &quot;Co&quot;</title>"));
    assert!(html.contains("<h1>&lt;script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(3)&gt;"));
    assert!(html.contains("<h2>Projects &lt;i&gt;</h2>"));
}

#[test]
fn no_tag_carries_a_source_or_an_event_handler() {
    let html = hostile_html();
    for tag in tags(&html) {
        let lower = tag.to_lowercase();
        assert!(!lower.contains("src="), "{tag}");
        assert!(!lower.contains(" on"), "{tag}");
        assert!(
            !lower.starts_with("<link") && !lower.starts_with("<script"),
            "{tag}"
        );
    }
    assert!(
        !html.contains("evil.example/track.png"),
        "images load nothing"
    );
    assert!(html.contains("a picture") && html.contains("alt with code"));
}

#[test]
fn only_web_and_mail_links_become_hrefs() {
    let html = hostile_html();
    let hrefs = hrefs(&html);
    assert_eq!(hrefs.len(), 3, "{hrefs:?}");
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
    // Refused links keep their text, without a link.
    assert!(html.contains("<li>js and JS and data</li>"), "{html}");
    assert!(html.contains("<li>vb and rel and frag</li>"), "{html}");
    assert!(html.contains(r#"<a href="https://example.com/?q=&quot;x&quot;&amp;r=&#39;y&#39;" title="ti&quot;t&#39;le">quote</a>"#));
    assert!(html.contains(r#"<a href="https://example.com/a?b=1&amp;c=2">ok</a>"#));
}

#[test]
fn the_page_stands_alone_with_semantic_structure() {
    let body = "### Engineer — [Acme](https://acme.example)\n\n*2021 – Present*\n\n- Shipped it\n\n### Intern — Beta\n\n- Learned\n\n| Tool | Years |\n|---|--:|\n| Go | 5 |\n";
    let html = to_html(&resume(
        "# Ada Lovelace\n\nEngineer",
        &[("Experience", body)],
    ));
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")
    );
    assert!(html.contains("<title>Ada Lovelace</title>"));
    assert!(html.contains("<header>\n<h1>Ada Lovelace</h1>\n<p>Engineer</p>\n</header>"));
    assert!(
        html.contains("<section>\n<h2>Experience</h2>\n<div class=\"entry\">\n<h3>Engineer — ")
    );
    assert_eq!(html.matches("<div class=\"entry\">").count(), 2);
    assert_eq!(html.matches("</div>").count(), 2);
    assert!(html.contains("<ul>\n<li>Shipped it</li>\n</ul>"));
    assert!(html.contains("<th style=\"text-align: right\">Years</th>"));
    assert_eq!(html.matches("<table>").count(), 1, "only the user's table");
    assert!(html.contains("@page { size: A4; margin: 16mm; }"));
    assert!(html.contains("break-inside: avoid") && html.contains("break-after: avoid"));
    for external in ["<link", "<script", "@import", "url("] {
        assert!(!html.contains(external), "{external}");
    }
    assert!(html.ends_with("</html>\n"));
}

#[test]
fn headings_inside_sections_never_outrank_the_section_title() {
    let html = to_html(&resume("# A", &[("S", "# Big\n\n## Bigger\n\n#### Small")]));
    assert!(html.contains("<h3>Big</h3>") && html.contains("<h3>Bigger</h3>"));
    assert!(html.contains("<h4>Small</h4>"));
    assert_eq!(html.matches("<h1>").count(), 1);
}

#[test]
fn empty_sections_are_left_out_and_the_title_falls_back() {
    let html = to_html(&resume("", &[("Empty", "  \n"), ("Kept", "text")]));
    assert!(html.contains("<title>Resume</title>"));
    assert!(!html.contains("Empty"));
    assert!(html.contains("<h2>Kept</h2>"));
}

#[test]
fn control_characters_from_the_text_are_dropped() {
    let html = to_html(&resume("# A\u{1b}[2J\u{7}", &[("S", "x\u{0}y\u{8}z")]));
    assert!(!html.chars().any(|c| c.is_control() && c != '\n'));
    assert!(html.contains("<h1>A[2J</h1>"));
}
