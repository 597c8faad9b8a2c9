use super::*;

fn outline(resume: &Resume) -> Vec<(SectionKind, String)> {
    resume
        .sections()
        .iter()
        .map(|s| (s.kind, s.title.clone()))
        .collect()
}

fn body<'a>(resume: &'a Resume, title: &str) -> &'a str {
    &resume
        .sections()
        .iter()
        .find(|s| s.title == title)
        .unwrap_or_else(|| panic!("no section titled {title}"))
        .body
}

#[test]
fn name_heading_becomes_the_header_and_h2s_become_sections() {
    let md = "# Ada Lovelace\nada@example.com\n\n## Summary\nBack-end engineer.\n\n\
              ## Work Experience\n### Engineer — Acme\n- Built things\n";
    let r = resume_from_markdown(md, Level::Mid).unwrap();
    use SectionKind::*;
    assert_eq!(
        outline(&r),
        vec![
            (Header, "Header".into()),
            (Summary, "Summary".into()),
            (Experience, "Work Experience".into()),
        ]
    );
    assert_eq!(r.sections()[0].body, "# Ada Lovelace\nada@example.com");
    assert_eq!(
        body(&r, "Work Experience"),
        "### Engineer — Acme\n- Built things"
    );
    assert_eq!(r.level, Level::Mid);
}

#[test]
fn no_headings_imports_as_text_with_a_note() {
    let imported = import_markdown(
        "Jo Bloggs\njo@example.com\n\njust text\n- a list",
        Level::Junior,
    );
    let r = &imported.resume;
    assert_eq!(r.sections()[0].kind, SectionKind::Header);
    assert_eq!(r.sections()[0].body, "Jo Bloggs\njo@example.com");
    assert_eq!(r.sections()[1].body, "just text\n- a list");
    assert!(imported.notes[0].starts_with("no headings or section titles found"));
    assert_eq!(
        r.to_markdown(),
        "Jo Bloggs\njo@example.com\n\njust text\n- a list\n"
    );
}

#[test]
fn bold_and_capital_titles_split_a_file_without_headings() {
    let md = "**Jo Bloggs**\njo@example.com\n\n**Summary**\n\nBack-end developer.\n\n**EMPLOYMENT**\n\n**Engineer | Acme | 2021 - Present**\n- Built it.\n\nEDUCATION\n\nBSc, 2019\n";
    let imported = import_markdown(md, Level::Mid);
    use SectionKind::*;
    let kinds: Vec<_> = imported.resume.sections().iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [Header, Summary, Experience, Education]);
    assert_eq!(imported.resume.to_markdown(), md);
}

#[test]
fn a_resume_in_a_code_fence_is_read_inside_and_exported_with_its_fence() {
    let md = "```markdown\n# Ada\n\n## Skills\n\nGo\n```\n";
    let r = resume_from_markdown(md, Level::Mid).unwrap();
    assert_eq!(r.sections()[1].kind, SectionKind::Skills);
    assert_eq!(r.to_markdown(), md);
}

#[test]
fn an_untitled_summary_under_the_name_is_a_summary_without_a_heading() {
    let md = "# Ada Example\nada@example.com · Berlin\n\nBack-end engineer with eight years of building payment systems in Go and Rust, \nleading teams of five and running what I build.\n\n## Experience\n\n### Engineer — Acme\n";
    let r = resume_from_markdown(md, Level::Mid).unwrap();
    use SectionKind::*;
    let kinds: Vec<_> = r.sections().iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [Header, Summary, Experience]);
    assert_eq!(
        r.sections()[0].body,
        "# Ada Example\nada@example.com · Berlin"
    );
    assert_eq!(r.to_markdown(), md);
}

#[test]
fn export_gives_back_heading_levels_and_setext_as_written() {
    let md = "Ada\n===\n\nSkills\n------\n\nGo\n\n### Projects ###\n\n#### Crawler\n\n- Crawled 1M pages.\n";
    let r = resume_from_markdown(md, Level::Mid).unwrap();
    assert_eq!(r.to_markdown(), md);
}

#[test]
fn hashes_inside_code_fences_are_not_headings() {
    let md =
        "# Name\n## Projects\n```sh\n# not a heading\n## nor this\n```\n~~~\n# still code\n~~~\n";
    let r = resume_from_markdown(md, Level::Junior).unwrap();
    assert_eq!(r.sections().len(), 2);
    assert!(body(&r, "Projects").contains("## nor this"));
    assert!(body(&r, "Projects").contains("# still code"));
}

#[test]
fn a_document_of_h1s_uses_h1_for_sections_and_demotes_inner_headings() {
    let md = "# Grace Hopper\n# Experience\n## Admiral — Navy\n- Led things\n# Skills\nCOBOL\n";
    let r = resume_from_markdown(md, Level::Senior).unwrap();
    use SectionKind::*;
    assert_eq!(
        outline(&r),
        vec![
            (Header, "Header".into()),
            (Experience, "Experience".into()),
            (Skills, "Skills".into()),
        ]
    );
    // Headings stay at the level the user wrote them.
    assert_eq!(body(&r, "Experience"), "## Admiral — Navy\n- Led things");
    assert_eq!(
        r.to_markdown(),
        "# Grace Hopper\n\n# Experience\n\n## Admiral — Navy\n- Led things\n\n# Skills\n\nCOBOL\n"
    );
}

#[test]
fn a_document_of_h3s_uses_h3_for_sections() {
    let md = "Jo Bloggs, jo@example.com\n\n### Skills\nGo\n#### Tools\nGit\n### Education\nBSc\n";
    let r = resume_from_markdown(md, Level::Junior).unwrap();
    assert_eq!(r.sections()[0].body, "Jo Bloggs, jo@example.com");
    assert_eq!(body(&r, "Skills"), "Go\n#### Tools\nGit");
    assert_eq!(r.sections()[2].kind, SectionKind::Education);
}

#[test]
fn deeper_headings_stay_in_the_body_and_later_h1s_still_split() {
    let md = "# Name\n## Experience\n### Job\n- x\n# Appendix\nmore\n";
    let r = resume_from_markdown(md, Level::Mid).unwrap();
    assert_eq!(body(&r, "Experience"), "### Job\n- x");
    assert_eq!(body(&r, "Appendix"), "more");
    assert_eq!(r.sections()[2].kind, SectionKind::Custom);
}

#[test]
fn setext_headings_split_like_atx_ones() {
    let md = "Ada Lovelace\n============\nada@example.com\n\nSummary\n-------\nEngineer.\n\n\
              - item\n---\nafter a list the dashes are a rule\n";
    let r = resume_from_markdown(md, Level::Mid).unwrap();
    assert_eq!(
        r.sections()[0].body,
        "Ada Lovelace\n============\nada@example.com"
    );
    assert_eq!(r.sections()[1].kind, SectionKind::Summary);
    assert!(body(&r, "Summary").ends_with("---\nafter a list the dashes are a rule"));
    assert_eq!(r.sections().len(), 2);
}

#[test]
fn text_before_the_name_stays_in_the_header() {
    let md = "Updated 2024\n\n# Name\n## Skills\nGo\n";
    let r = resume_from_markdown(md, Level::Mid).unwrap();
    assert_eq!(r.sections()[0].kind, SectionKind::Header);
    assert_eq!(r.sections()[0].body, "Updated 2024\n\n# Name");
    assert_eq!(r.sections().len(), 2);
}

#[test]
fn text_before_the_first_heading_is_the_header_without_an_h1() {
    let md = "**Jo Bloggs** · jo@example.com\n\n## Skills\nRust\n";
    let r = resume_from_markdown(md, Level::Mid).unwrap();
    assert_eq!(r.sections()[0].kind, SectionKind::Header);
    assert_eq!(r.sections()[0].body, "**Jo Bloggs** · jo@example.com");
}

#[test]
fn a_first_h1_that_names_a_section_is_not_taken_for_the_name() {
    let md = "# Summary\nEngineer.\n# Skills\nGo\n";
    let r = resume_from_markdown(md, Level::Mid).unwrap();
    use SectionKind::*;
    let kinds: Vec<_> = r.sections().iter().map(|s| s.kind).collect();
    assert_eq!(kinds, vec![Header, Summary, Skills]);
    assert!(r.sections()[0].is_empty());
}

#[test]
fn closing_hashes_and_front_matter_are_handled() {
    let md = "---\ntitle: cv\n---\n# Name #\n## Education ##\nBSc\n";
    let r = resume_from_markdown(md, Level::Junior).unwrap();
    // Front matter stays in the header, as written.
    assert_eq!(r.sections()[0].body, "---\ntitle: cv\n---\n# Name #");
    assert_eq!(r.sections()[1].title, "Education");
    assert_eq!(r.sections()[1].kind, SectionKind::Education);
    assert_eq!(
        r.to_markdown(),
        "---\ntitle: cv\n---\n# Name #\n\n## Education ##\n\nBSc\n"
    );
}

#[test]
fn titles_are_recognised_ignoring_case_punctuation_and_emoji() {
    use SectionKind::*;
    let cases = [
        ("💼 WORK EXPERIENCE", Experience),
        ("Professional Summary:", Summary),
        ("**Tech Stack**", Skills),
        ("Leadership & Mentoring", Leadership),
        ("Leadership and Mentoring", Leadership),
        ("Architecture & Impact", Architecture),
        ("Talks, Patents & Open Source", Recognition),
        ("Open-Source", Recognition),
        ("Side Projects", Projects),
        ("Selected Projects", Projects),
        ("Academic", Education),
        ("About", Summary),
        ("Employment", Experience),
        ("Technologies", Skills),
        ("Speaking", Recognition),
        ("Hobbies", Custom),
        ("Experiences", Experience),
        ("Technical Experience", Experience),
        ("Professional Projects", Projects),
        ("Employment History", Experience),
        ("Career", Experience),
        ("Core Competencies", Skills),
        ("Education & Certifications", Education),
        ("🚀 Projects", Projects),
        ("\\textemoji{💼} Experience", Experience),
        ("Berufserfahrung", Experience),
        ("Expériences professionnelles", Experience),
        ("Formación Académica", Education),
        ("Competências", Skills),
        ("Technical Strengths", Skills),
        ("Talks", Recognition),
        ("Languages", Custom),
        ("Certifications", Custom),
        ("Volunteer Work & Leadership", Custom),
        ("", Custom),
    ];
    for (title, kind) in cases {
        assert_eq!(kind_for_title(title), kind, "{title}");
    }
    // Every default title maps back to its own kind.
    for kind in SectionKind::GUIDED {
        if kind != Header {
            assert_eq!(kind_for_title(kind.default_title()), kind);
        }
    }
}

#[test]
fn crlf_input_is_normalised() {
    let r = resume_from_markdown("# Name\r\n## Skills\r\nGo\r\n", Level::Mid).unwrap();
    assert_eq!(body(&r, "Skills"), "Go");
}

#[test]
fn html_headings_on_one_line_start_sections_and_stay_as_written() {
    let md = "# Ada\n\n<h2 id='work'>Werk ervaring</h2>\n\n### Developer\n\n<h2 id=\"edu\">Opleiding</h2>\n\nBSc\n";
    let r = resume_from_markdown(md, Level::Mid).unwrap();
    use SectionKind::*;
    let kinds: Vec<_> = r.sections().iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [Header, Experience, Education]);
    assert_eq!(r.to_markdown(), md);
}

#[test]
fn a_section_titled_h1_over_the_name_and_contacts_is_the_header() {
    let md = "# Experience\n\n**Ada Example** · Engineer\nada@example.com · +44 20 7946 0000\n\n## Work\n\n### Dev\n";
    let resume = import_markdown(md, Level::Mid).resume;
    let outline = outline(&resume);
    assert_eq!(outline[0].0, SectionKind::Header);
    assert_eq!(outline[1], (SectionKind::Experience, "Work".to_string()));
    let header = crate::resume::read_header(&resume.sections()[0].body);
    assert_eq!(header.name.unwrap().text, "Ada Example");
}

#[test]
fn a_job_title_heading_over_the_contacts_is_the_headline() {
    let md = "# Ada Example\n## Senior Backend Engineer\n\n> ada@example.com  \n> Berlin\n\n## Experience\n\n### Dev | Acme\n";
    let resume = import_markdown(md, Level::Mid).resume;
    let outline = outline(&resume);
    assert_eq!(outline.len(), 2, "{outline:?}");
    assert_eq!(outline[1].0, SectionKind::Experience);
    let header = crate::resume::read_header(&resume.sections()[0].body);
    assert_eq!(header.headline.unwrap().text, "Senior Backend Engineer");
}
