use super::*;

fn text(f: &Option<Field>) -> Option<&str> {
    f.as_ref().map(|f| f.text.as_str())
}

#[test]
fn title_heading_and_a_contact_line() {
    let body = "# Ada Example\n\nBack-End Engineer · Berlin, Germany\n\n[ada@example.com](mailto:ada@example.com) | +49 30 1234567 | [github.com/adaex](https://github.com/adaex) | [LinkedIn](https://www.linkedin.com/in/ada-ex/) | ada.dev";
    let h = read(body);
    assert_eq!(text(&h.name), Some("Ada Example"));
    assert_eq!(text(&h.headline), Some("Back-End Engineer"));
    assert_eq!(text(&h.location), Some("Berlin, Germany"));
    assert_eq!(text(&h.email), Some("ada@example.com"));
    assert_eq!(text(&h.phone), Some("+49 30 1234567"));
    let kinds: Vec<_> = h.links.iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        [LinkKind::GitHub, LinkKind::LinkedIn, LinkKind::Website]
    );
    assert_eq!(h.links[2].url, "https://ada.dev");
    let phone = h.phone.unwrap();
    assert_eq!(&body[phone.range], "+49 30 1234567");
}

#[test]
fn labelled_lines_and_emoji() {
    let body = "# Jo Doe\n\n- 📧 Email: jo@example.org\n- Phone: (555) 010-2000\n- GitHub: jodoe\n- Location: Austin, TX";
    let h = read(body);
    assert_eq!(text(&h.email), Some("jo@example.org"));
    assert_eq!(text(&h.phone), Some("(555) 010-2000"));
    assert_eq!(text(&h.location), Some("Austin, TX"));
    let gh = h.link(LinkKind::GitHub).unwrap();
    assert_eq!(gh.username.as_deref(), Some("jodoe"));
    assert_eq!(gh.url, "");
}

#[test]
fn front_matter_gives_the_fields_and_is_not_text() {
    let body =
        "---\nname: Sam Lee\nemail: sam@example.com\ngithub: samlee\n---\n\nPlatform engineer.";
    let h = read(body);
    assert_eq!(text(&h.name), Some("Sam Lee"));
    assert_eq!(text(&h.email), Some("sam@example.com"));
    assert_eq!(h.links[0].url, "https://github.com/samlee");
    assert_eq!(text(&h.headline), Some("Platform engineer."));
    assert!(h.front_matter.is_some());
}

#[test]
fn a_name_line_without_a_heading_and_html() {
    let h = read("<p align=\"center\"><b>Kim Park</b><br>Software Engineer</p>\n");
    assert_eq!(text(&h.headline), Some("Software Engineer"));
    assert_eq!(text(&h.name), Some("Kim Park"));
    let h = read("**Lee Chan**\nlee@example.com · Seoul");
    assert_eq!(text(&h.name), Some("Lee Chan"));
    assert_eq!(text(&h.location), Some("Seoul"));
}

#[test]
fn document_titles_are_not_names() {
    assert_eq!(
        text(&read("# Curriculum Vitae\n\n**Jo Park**").name),
        Some("Jo Park")
    );
    assert_eq!(
        text(&read("# Lebenslauf — Jana Köhler").name),
        Some("Jana Köhler")
    );
    assert_eq!(
        text(&read("# Rafael Oliveira - Currículo").name),
        Some("Rafael Oliveira")
    );
    assert_eq!(read("# My CV").name, None);
    let h = read("---\ntitle: \"Mon CV\"\n---\n# Antoine Mercier\n");
    assert_eq!(h.headline, None);
}

#[test]
fn bold_names_autolinks_and_latex_labels() {
    let h = read("# Curriculum Vitae\n\n**Yusuf Demir** · Backend developer · <yusuf@example.com>");
    assert_eq!(text(&h.name), Some("Yusuf Demir"));
    assert_eq!(text(&h.headline), Some("Backend developer"));
    assert_eq!(text(&h.email), Some("yusuf@example.com"));
    let h = read("# Ravi\n\\textemoji{📧} ravi@example.com | \\textemoji{📞} +1-555-014-9925");
    assert_eq!(text(&h.email), Some("ravi@example.com"));
    assert_eq!(text(&h.phone), Some("+1-555-014-9925"));
}

#[test]
fn no_name_when_there_is_none() {
    let h = read("jo@example.org · +1 555 0100 1234");
    assert_eq!(h.name, None);
    assert_eq!(text(&h.email), Some("jo@example.org"));
}

#[test]
fn builder_markup_in_addresses_and_network_names_in_any_case() {
    let body = "# Ari\n\n[Linkedin: ari-ex](<\\<span class=\"link\"\\>linkedin.com/in/ari-ex\\</span\\>>) · [github: ari](github.com/ari)";
    let h = read(body);
    let linkedin = h.link(LinkKind::LinkedIn).unwrap();
    assert_eq!(linkedin.url, "https://linkedin.com/in/ari-ex");
    assert_eq!(
        h.link(LinkKind::GitHub).unwrap().url,
        "https://github.com/ari"
    );
}
