//! Entries in less common layouts: space-aligned columns, HTML blocks,
//! pictures beside the title.

use super::tests::{entries, job, jobs};
use super::*;

fn text(field: &Option<Field>) -> &str {
    field.as_ref().map_or("", |f| f.text.as_str())
}

#[test]
fn space_aligned_columns_split_like_separators() {
    assert_eq!(
        jobs(
            "Glovo                       Barcelona, España\n\
             Desarrollador Backend       Ene 2021 - Presente\n"
        ),
        [job("Desarrollador Backend", "Glovo", "2021-01", "present")]
    );
    let read = entries(
        SectionKind::Education,
        "Universitat Politècnica de Catalunya\tBarcelona, España\n\
         Grado en Ingeniería Informática        2012 - 2016\n",
    );
    let school = &read.entries[0];
    assert_eq!(
        text(&school.organisation),
        "Universitat Politècnica de Catalunya"
    );
    assert_eq!(text(&school.location), "Barcelona, España");
    assert_eq!(text(&school.role), "Grado en Ingeniería Informática");
    assert_eq!(school.end.unwrap().id(), "2016");
}

#[test]
fn a_degree_with_a_comma_and_its_school_under_the_dates() {
    let read = entries(
        SectionKind::Education,
        "2013-2017\n:   **BSc, Computer Science**; University of Waterloo (Waterloo)\n",
    );
    let school = &read.entries[0];
    assert_eq!(text(&school.role), "BSc, Computer Science");
    assert_eq!(text(&school.organisation), "University of Waterloo");
    assert_eq!(text(&school.location), "Waterloo");
    assert_eq!(school.end.unwrap().id(), "2017");
}

#[test]
fn a_logo_beside_the_title_is_not_the_company() {
    let html = "### Software-Entwickler\n\n<div>\n    <img src=\"logo.png\" alt=\"Acme Logo\">\n    <div>\n        <strong>Acme GmbH</strong><br>\n        📅 Oktober 2023 – heute<br>\n    </div>\n</div>\n";
    let markdown =
        "### Software-Entwickler\n\n![Acme Logo](logo.png)  \nAcme GmbH  \nOktober 2023 – heute\n";
    for body in [html, markdown] {
        assert_eq!(
            jobs(body),
            [job(
                "Software-Entwickler",
                "Acme GmbH",
                "2023-10",
                "present"
            )],
            "{body}"
        );
    }
}

#[test]
fn a_trade_learnt_is_the_qualification() {
    let read = entries(
        SectionKind::Education,
        "### Fachinformatiker für Anwendungsentwicklung\n**IHK Schwaben** | 2023\n\n### Staff College\n2019\n",
    );
    let trade = &read.entries[0];
    assert_eq!(
        text(&trade.role),
        "Fachinformatiker für Anwendungsentwicklung"
    );
    assert_eq!(text(&trade.organisation), "IHK Schwaben");
    assert_eq!(text(&read.entries[1].organisation), "Staff College");
}

#[test]
fn a_job_laid_out_in_an_html_table() {
    let body = "<!-- Acme -->\n<div class=\"resume-item\">\n<table>\n<tr>\n<td>\n<div class=\"position\">\nSenior Software Engineer\n</div>\n<div class=\"company\">\n<a href=\"https://acme.example\">Acme</a> | Philadelphia, USA\n</div>\n<div>\nExchange technology.\n</div>\n</td>\n<td class=\"dates\">\nMar 2019-Present<br/>\n</td>\n</tr>\n<tr><td colspan=\"2\"><ul><li>Rewrote the gateway.</li></ul></td></tr>\n</table>\n</div>\n";
    let read = entries(SectionKind::Experience, body);
    assert_eq!(
        jobs(body),
        [job(
            "Senior Software Engineer",
            "Acme",
            "2019-03",
            "present"
        )]
    );
    let description: Vec<&str> = read.entries[0]
        .description
        .iter()
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(
        description,
        ["Exchange technology.", "Rewrote the gateway."]
    );
    // Two dated lines: no single entry of its own, read as text.
    let two = "<div>\nTalks\n<p>2019: Rust Berlin</p><p>2021: RustConf</p>\n</div>\n";
    assert!(entries(SectionKind::Experience, two).entries.is_empty());
}
