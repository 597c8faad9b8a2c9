//! The PDF a recruiter receives, from the JSON Resume examples: its page
//! count on A4 and Letter, and the text an applicant-tracking system reads
//! (extracted with a PDF text extractor), in order.

mod common;

use std::path::Path;

use common::run;
use resumd::export::{Paper, PdfRequest, page_count, to_pdf};
use resumd::resume::{Level, Resume, from_json_resume};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/jsonresume");

fn fixture(name: &str, level: Level) -> Resume {
    let json = std::fs::read_to_string(Path::new(FIXTURES).join(name)).unwrap();
    from_json_resume(&json, level).unwrap()
}

fn in_order(text: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match text[from..].find(needle) {
            Some(at) => from += at + needle.len(),
            None => panic!("{needle:?} missing or out of order in:\n{text}"),
        }
    }
}

#[test]
fn the_new_graduate_fits_one_page_on_a4_and_letter() {
    let resume = fixture("new-grad.resume.json", Level::Junior);
    for paper in [Paper::A4, Paper::Letter] {
        let request = PdfRequest { paper, pages: None };
        let pdf = to_pdf(&resume, request).unwrap();
        assert_eq!(pdf.pages, 1, "{paper}");
        assert_eq!(page_count(&resume, paper).unwrap(), 1);
    }
}

#[test]
fn the_senior_engineer_reads_in_order_on_at_most_two_pages() {
    let resume = fixture("senior-engineer.resume.json", Level::Senior);
    let request = PdfRequest {
        paper: Paper::Letter,
        pages: None,
    };
    let pdf = to_pdf(&resume, request).unwrap();
    assert!(pdf.pages <= 2, "{} pages", pdf.pages);
    let text = pdf_extract::extract_text_from_mem(&pdf.bytes).unwrap();
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(FIXTURES).join("senior-engineer.resume.json")).unwrap(),
    )
    .unwrap();
    let name = json["basics"]["name"].as_str().unwrap();
    let email = json["basics"]["email"].as_str().unwrap();
    let mut needles = vec![name, email];
    for job in json["work"].as_array().unwrap() {
        needles.push(job["position"].as_str().unwrap());
        needles.push(job["name"].as_str().unwrap());
    }
    in_order(&text, &needles);
    in_order(
        &text,
        &[
            "Feb 2020 – Present",
            "Jun 2015 – Jan 2020",
            "Aug 2011 – May 2015",
        ],
    );
}

#[test]
fn export_pdf_writes_the_file_and_refuses_bad_options() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    let source = Path::new(FIXTURES).join("new-grad.resume.json");
    let args = [
        "import",
        source.to_str().unwrap(),
        "--name",
        "grad",
        "--level",
        "junior",
    ];
    let (code, _, err) = run(dir, &args);
    assert_eq!(code, 0, "{err}");

    for bad in [
        &["export", "--format", "pdf", "--paper", "a5"][..],
        &["export", "--format", "pdf", "--pages", "0"],
        &["export", "--format", "pdf", "--pages=-1"],
        &["export", "--format", "pdf", "--pages", "two"],
        &["export", "--format", "html", "--pages", "1"],
    ] {
        let (code, _, err) = run(dir, bad);
        assert_eq!(code, 2, "{bad:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{bad:?}: {err}");
        assert!(!dir.join("grad.pdf").exists(), "{bad:?} wrote nothing");
    }

    let (code, _, err) = run(dir, &["export", "--format", "pdf", "--paper", "letter"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Wrote grad.pdf (1 page, Letter"), "{err}");
    let bytes = std::fs::read(dir.join("grad.pdf")).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));

    // The paper is remembered; the file is not replaced without --force.
    let (code, _, err) = run(dir, &["export", "--format", "pdf"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--force"), "{err}");
    let (code, _, err) = run(dir, &["export", "--format", "pdf", "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Letter"), "remembered: {err}");
    let (code, html, err) = run(dir, &["export", "--format", "html", "-o", "-"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        html.contains("@page { size: letter;"),
        "HTML follows the paper"
    );

    // lint reports the typeset page count.
    let (_, out, _) = run(dir, &["lint", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["pages"], 1);
}

#[test]
fn placeholders_left_are_named_but_the_pdf_is_written() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    let (code, _, err) = run(dir, &["new", "--level", "junior"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(
        dir,
        &["export", "--format", "pdf", "--paper", "a4", "-o", "cv.pdf"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("template text is left"), "{err}");
    // The first few are named, the rest counted, on one line.
    assert!(err.contains("([Your Name], "), "{err}");
    assert!(err.contains(" more); replace it before sending"), "{err}");
    assert!(dir.join("cv.pdf").exists());

    // A resume of one's own with a bracketed placeholder and a TODO left.
    let markdown = "# Ada Example\n\nada@example.com\n\n## Experience\n\n\
        ### Engineer — [Company]\n\n*2020 – 2022*\n\n- TODO: say what I built\n\
        - Cut build time from 20 to 4 minutes\n";
    std::fs::write(dir.join("ada.md"), markdown).unwrap();
    let (code, _, err) = run(dir, &["import", "ada.md", "--name", "ada"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(dir, &["export", "--format", "pdf", "-o", "ada.pdf"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Wrote ada.pdf"), "{err}");
    assert!(
        err.contains("template text is left in the resume ([Company], TODO)"),
        "{err}"
    );
    let pdf = std::fs::read(dir.join("ada.pdf")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(text.contains("[Company]"), "written as it is: {text}");
}

#[test]
fn lint_judges_the_length_by_the_typeset_pages_the_export_writes() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    let source = Path::new(FIXTURES).join("senior-engineer.resume.json");
    let args = ["import", source.to_str().unwrap(), "--name", "lena"];
    let (code, _, err) = run(dir, &args);
    assert_eq!(code, 0, "{err}");

    // Within a junior's 600 words, but two pages even at the densest type.
    let (_, text, _) = run(dir, &["lint", "--level", "junior"]);
    assert!(
        text.contains("warning[word-budget]: 2 pages (typeset) is over the 1 page a junior resume"),
        "{text}"
    );
    let paper = Paper::from_env();
    assert!(text.contains(&format!("2 pages on {paper}")), "{text}");
    let (_, out, _) = run(dir, &["lint", "--level", "junior", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["pages"], 2);
    let resume = fixture("senior-engineer.resume.json", Level::Junior);
    let request = PdfRequest { paper, pages: None };
    assert_eq!(to_pdf(&resume, request).unwrap().pages, 2, "as the PDF has");

    // As a senior's, two pages are within the length.
    let (_, text, _) = run(dir, &["lint"]);
    assert!(!text.contains("word-budget"), "{text}");
}
