use super::super::{blocks, model::PartialDate};
use super::*;
use crate::resume::SectionId;

pub(super) fn entries(kind: SectionKind, body: &str) -> SectionReading {
    let mut out = SectionReading::new(SectionId(1), kind, "X");
    read(&blocks::parse(body), kind, None, &mut out);
    out
}

pub(super) fn jobs(body: &str) -> Vec<(String, String, String, String)> {
    entries(SectionKind::Experience, body)
        .entries
        .iter()
        .map(|e| {
            (
                e.role.as_ref().map_or(String::new(), |f| f.text.clone()),
                e.organisation
                    .as_ref()
                    .map_or(String::new(), |f| f.text.clone()),
                e.start.map_or(String::new(), |d| d.iso()),
                e.end.map_or(String::new(), |d| d.id()),
            )
        })
        .collect()
}

pub(super) fn job(
    role: &str,
    org: &str,
    start: &str,
    end: &str,
) -> (String, String, String, String) {
    (role.into(), org.into(), start.into(), end.into())
}

#[test]
fn heading_title_and_italic_date_line() {
    let body = "### Senior Back-End Engineer — Acme Pay\n*Mar 2021 – Present* · Berlin, Germany\n\n- Cut p99 latency by 40%.\n  - nested detail\n- Led the migration.\n";
    let read = entries(SectionKind::Experience, body);
    let e = &read.entries[0];
    assert_eq!(e.role.as_ref().unwrap().text, "Senior Back-End Engineer");
    assert_eq!(e.organisation.as_ref().unwrap().text, "Acme Pay");
    assert_eq!(e.location.as_ref().unwrap().text, "Berlin, Germany");
    assert_eq!(e.start, Some(PartialDate::month(2021, 3)));
    assert!(!e.ended());
    assert_eq!(e.dates_human().unwrap(), "Mar 2021 – Present");
    assert_eq!(e.bullets.len(), 2);
    assert_eq!(e.bullets[0].children[0].text, "nested detail");
    assert_eq!(&body[e.bullets[1].range.clone()], "Led the migration.");
    assert_eq!(
        &body[e.organisation.as_ref().unwrap().range.clone()],
        "Acme Pay"
    );
}

#[test]
fn company_first_titles_are_swapped() {
    assert_eq!(
        jobs("### Acme Inc. | Backend Developer | 2019 - 2021\n- Did things.\n"),
        [job("Backend Developer", "Acme Inc.", "2019", "2021")]
    );
    assert_eq!(
        jobs("**Globex** — Site Reliability Engineer (03/2018 - 06/2020)\n\n- Ran things.\n"),
        [job(
            "Site Reliability Engineer",
            "Globex",
            "2018-03",
            "2020-06"
        )]
    );
    assert_eq!(
        jobs("### Software Engineer at Initech\nSept. 2022 — current\n"),
        [job("Software Engineer", "Initech", "2022-09", "present")]
    );
}

#[test]
fn company_headings_over_role_headings() {
    let body = "### Acme Corp\n#### Staff Engineer\n2021 - now\n- Led.\n#### Senior Engineer\n2018–2021\n- Built.\n### Globex\n#### Developer\n2016 – 2018\n";
    assert_eq!(
        jobs(body),
        [
            job("Staff Engineer", "Acme Corp", "2021", "present"),
            job("Senior Engineer", "Acme Corp", "2018", "2021"),
            job("Developer", "Globex", "2016", "2018"),
        ]
    );
}

#[test]
fn company_heading_with_role_on_the_next_line() {
    let body = "### Hooli\n*Platform Engineer* | Jan 2020 – Dec 2022 | Remote\n\n- Scaled it.\n";
    let read = entries(SectionKind::Experience, body);
    let e = &read.entries[0];
    assert_eq!(e.organisation.as_ref().unwrap().text, "Hooli");
    assert_eq!(e.role.as_ref().unwrap().text, "Platform Engineer");
    assert_eq!(e.location.as_ref().unwrap().text, "Remote");
    assert!(e.ended());
}

#[test]
fn bold_company_with_several_roles() {
    let body = "**Umbrella GmbH**, Hamburg\n\n*Lead Developer*, 2020 – heute\n\n- Led it.\n\n*Entwickler*, 2017 – 2020\n\n- Wrote it.\n";
    assert_eq!(
        jobs(body),
        [
            job("Lead Developer", "Umbrella GmbH", "2020", "present"),
            job("Entwickler", "Umbrella GmbH", "2017", "2020"),
        ]
    );
}

#[test]
fn one_line_role_lists_are_entries_not_achievements() {
    let body =
        "- Backend Engineer, Acme (2020 – Present)\n- Junior Developer, Globex (2018 – 2020)\n";
    let read = entries(SectionKind::Experience, body);
    assert_eq!(read.entries.len(), 2);
    assert_eq!(read.not_achievements.len(), 2);
    assert!(read.all_bullets().is_empty());
}

#[test]
fn education_degree_and_school_in_either_order() {
    let read = entries(
        SectionKind::Education,
        "### State University — B.S. Computer Science\n*2015 – 2019*\n\n### M.Sc. Informatik, Technische Universität Berlin, 2021\n",
    );
    let e = &read.entries[0];
    assert_eq!(e.organisation.as_ref().unwrap().text, "State University");
    assert_eq!(e.role.as_ref().unwrap().text, "B.S. Computer Science");
    let e = &read.entries[1];
    assert_eq!(e.role.as_ref().unwrap().text, "M.Sc. Informatik");
    assert_eq!(
        e.organisation.as_ref().unwrap().text,
        "Technische Universität Berlin"
    );
    assert_eq!(e.end.unwrap().id(), "2021");
}

#[test]
fn projects_keep_their_names_and_links() {
    let read = entries(
        SectionKind::Projects,
        "### [Rate limiter](https://github.com/x/rl) — Go, Redis\nA token bucket.\n\n- Served 10k rps.\n\n**Crawler** — Python\n\n- Crawled.\n",
    );
    let names: Vec<&str> = read
        .entries
        .iter()
        .map(|e| e.role.as_ref().unwrap().text.as_str())
        .collect();
    assert_eq!(names, ["Rate limiter", "Crawler"]);
    assert_eq!(
        read.entries[0].url.as_deref(),
        Some("https://github.com/x/rl")
    );
    assert!(
        read.entries[0]
            .description
            .iter()
            .any(|d| d.text == "A token bucket.")
    );
}

#[test]
fn summaries_are_paragraphs() {
    let read = entries(
        SectionKind::Summary,
        "**Back-end engineer** with 6 years in Go since 2019.\n",
    );
    assert!(read.entries.is_empty());
    assert_eq!(read.paragraphs.len(), 1);
}

#[test]
fn a_job_in_the_section_title_and_labelled_parts() {
    let body = "**Duration:** March 2022 - Present\n\n### Key Achievements\n- Cut costs by 20%.\n\n### Technologies Used\n- Go\n- Kafka\n";
    let mut out = SectionReading::new(SectionId(1), SectionKind::Experience, "X");
    read(
        &blocks::parse(body),
        SectionKind::Experience,
        Some("Current Role: Staff Software Engineer at Chargebee"),
        &mut out,
    );
    assert_eq!(out.entries.len(), 1);
    let e = &out.entries[0];
    assert_eq!(e.role.as_ref().unwrap().text, "Staff Software Engineer");
    assert_eq!(e.organisation.as_ref().unwrap().text, "Chargebee");
    assert_eq!(e.start, Some(PartialDate::month(2022, 3)));
    assert_eq!(e.bullets.len(), 1);
    assert_eq!(out.not_achievements.len(), 2);
}

#[test]
fn labelled_items_company_sub_items_and_company_with_town() {
    assert_eq!(
        jobs(
            "### Backend Developer (2021 - now)\n- **Company**: Personio\n- Built the payroll API.\n"
        ),
        [job("Backend Developer", "Personio", "2021", "present")]
    );
    assert_eq!(
        jobs(
            "* 2023 - Present: Software Engineer\n  * Mailchimp\n  * Shipped the send pipeline.\n"
        ),
        [job("Software Engineer", "Mailchimp", "2023", "present")]
    );
    let read = entries(
        SectionKind::Experience,
        "### **Senior Engineer**  \n**Elastic, Seattle, WA**  \n*Jan 2020 – Present*\n",
    );
    let e = &read.entries[0];
    assert_eq!(e.organisation.as_ref().unwrap().text, "Elastic");
    assert_eq!(e.location.as_ref().unwrap().text, "Seattle, WA");
}

#[test]
fn school_names_keep_their_commas_and_their_at() {
    let read = entries(
        SectionKind::Education,
        "- **Laurea in Informatica** — Università di Bologna, sede di Cesena, 2018\n\n### B.S. Computer Science\n\n**The University of Texas at Austin** | _2013 - 2017_\n",
    );
    let schools: Vec<&str> = read
        .entries
        .iter()
        .map(|e| e.organisation.as_ref().unwrap().text.as_str())
        .collect();
    assert_eq!(
        schools,
        [
            "Università di Bologna, sede di Cesena",
            "The University of Texas at Austin"
        ]
    );
}

fn text(field: &Option<Field>) -> Option<&str> {
    field.as_ref().map(|f| f.text.as_str())
}

#[test]
fn dates_then_dotted_tools_are_keywords_not_a_company() {
    let body = "### [Shelfie](https://shelfie.example.org)\n\n*2023-02-01 – 2023-08-01 · Svelte · SQLite · Fly.io*\n\nA book swap board.\n";
    for kind in [SectionKind::Projects, SectionKind::Experience] {
        let read = entries(kind, body);
        let e = &read.entries[0];
        assert_ne!(text(&e.organisation), Some("Svelte"), "{kind:?}");
        assert_eq!(text(&e.location), None, "{kind:?}");
        assert_eq!(e.start.map(|d| d.iso()).as_deref(), Some("2023-02-01"));
        assert_eq!(
            e.label("Technologies").map(|f| f.text.as_str()),
            Some("Svelte, SQLite, Fly.io")
        );
        assert_eq!(e.description[0].text, "A book swap board.");
    }
    // A company and its place on the dates line stay what they are.
    let read = entries(
        SectionKind::Experience,
        "### Backend Engineer\n\n2020 – 2022 · Globex · Lyon, France\n",
    );
    let e = &read.entries[0];
    assert_eq!(text(&e.organisation), Some("Globex"));
    assert_eq!(text(&e.location), Some("Lyon, France"));
}

#[test]
fn a_company_description_after_the_company_is_not_its_place() {
    let read = entries(
        SectionKind::Experience,
        "### Data Intern — [Kelpworks](https://kelp.example.org) — Ocean sensor startup\n\n*2022-06-01 – 2022-09-01 · Portland, OR*\n",
    );
    let e = &read.entries[0];
    assert_eq!(text(&e.role), Some("Data Intern"));
    assert_eq!(text(&e.organisation), Some("Kelpworks"));
    assert_eq!(text(&e.location), Some("Portland, OR"));
    assert_eq!(e.description[0].text, "Ocean sensor startup");
    // A short capitalised place still is one.
    let read = entries(
        SectionKind::Experience,
        "### Engineer — Globex — New York\n",
    );
    assert_eq!(text(&read.entries[0].location), Some("New York"));
}

#[test]
fn at_splits_only_after_a_role() {
    let read = entries(
        SectionKind::Recognition,
        "### Sharding Message Queues at Planet Scale\n\nA talk on partitioned logs.\n",
    );
    let e = &read.entries[0];
    // One name, wherever it lands: not a role "Sharding…" at "Planet Scale".
    let parts: Vec<&str> = [&e.role, &e.organisation]
        .into_iter()
        .filter_map(text)
        .collect();
    assert_eq!(parts, ["Sharding Message Queues at Planet Scale"]);
    assert_eq!(
        jobs("### Platform Architect at Vandelay Industries\n2019 – 2021\n"),
        [job(
            "Platform Architect",
            "Vandelay Industries",
            "2019",
            "2021"
        )]
    );
    let read = entries(
        SectionKind::Projects,
        "### Teaching Assistant at Home — a tutoring bot\n",
    );
    assert_eq!(
        text(&read.entries[0].role),
        Some("Teaching Assistant at Home")
    );
}

#[test]
fn a_labelled_score_is_not_a_place() {
    let read = entries(
        SectionKind::Education,
        "### BSc Physics — University of Leeds\n\n*2016 – 2019 · GPA: 3.7/4.0 · Leeds, UK*\n",
    );
    let e = &read.entries[0];
    assert_eq!(text(&e.location), Some("Leeds, UK"));
    assert_eq!(e.label("GPA").map(|f| f.text.as_str()), Some("3.7/4.0"));
}

#[test]
fn bold_led_items_in_projects_are_projects() {
    let read = entries(
        SectionKind::Projects,
        "- **quillmark**: a Markdown linter for changelogs. [Repo](https://example.org/q)\n- **tidepool** — connection pooler in Rust\n  - 300 stars\n",
    );
    let names: Vec<&str> = read.entries.iter().filter_map(|e| text(&e.role)).collect();
    assert_eq!(names, ["quillmark", "tidepool"]);
    assert_eq!(read.entries[1].bullets[0].text, "300 stars");
    // Under a project heading, bold-led items stay its bullets.
    let read = entries(
        SectionKind::Projects,
        "### Ferry\n\n- **Impact**: cut deploys to 2 minutes\n- **Scale** grew to 40 services\n",
    );
    assert_eq!(read.entries.len(), 1);
    assert_eq!(
        read.entries[0].bullets.len() + read.entries[0].labelled.len(),
        2
    );
}

#[test]
fn a_town_in_brackets_after_the_company_is_its_place() {
    let read = entries(
        SectionKind::Experience,
        "2019 – 2022\n\nPlatform Engineer at **Initrode** (Dayton)\n",
    );
    let e = &read.entries[0];
    assert_eq!(text(&e.organisation), Some("Initrode"));
    assert_eq!(text(&e.location), Some("Dayton"));
    // A bracketed note that is no town stays with the name.
    let read = entries(
        SectionKind::Experience,
        "2019 – 2022\n\nPlatform Engineer at Initrode (acquired by Globex)\n",
    );
    assert_eq!(
        text(&read.entries[0].organisation),
        Some("Initrode (acquired by Globex)")
    );
}

#[test]
fn a_company_on_its_own_line_beats_the_one_carried_over() {
    let body = "2020 – 2023\n\nBackend Engineer at **Hooli**\n\n- Shipped.\n\n2017 – 2020\n\nJunior Developer at **Pied Piper**\n\n- Learned.\n";
    assert_eq!(
        jobs(body),
        [
            job("Backend Engineer", "Hooli", "2020", "2023"),
            job("Junior Developer", "Pied Piper", "2017", "2020"),
        ]
    );
}

#[test]
fn a_quoted_line_under_the_title_gives_company_place_and_dates() {
    let got =
        jobs("### Backend Developer\n\n> Bol, Utrecht | 2023-09 - Heden\n\nA team.\n* Built it.\n");
    assert_eq!(got, [job("Backend Developer", "Bol", "2023-09", "present")]);
}

#[test]
fn plain_lines_with_dates_on_the_third_are_an_entry() {
    let body = "Desenvolvedor Backend  \niFood – São Paulo/SP  \n03/2023 – Atual  \n- Built APIs\n\nDesenvolvedor Júnior  \nLoggi – São Paulo/SP  \n02/2021 – 02/2023\n";
    assert_eq!(
        jobs(body),
        [
            job("Desenvolvedor Backend", "iFood", "2023-03", "present"),
            job("Desenvolvedor Júnior", "Loggi", "2021-02", "2023-02"),
        ]
    );
}
