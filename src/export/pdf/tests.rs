use super::*;
use crate::resume::{Level, resume_from_markdown};

const MARKDOWN: &str = "# Ada Lovelace\n\nBack-End Engineer · London, UK\n\n\
    [ada@example.com](mailto:ada@example.com) · [github.com/ada](https://github.com/ada)\n\n\
    ## Experience\n\n### Senior Engineer — Acme Pay\n\n*2020-02 – Present · Berlin*\n\n\
    - Cut p99 latency of the official office API from 800 ms to 200 ms\n\n\
    ### Engineer — Globex\n\n*2016-09 – 2020-01*\n\n- Built the billing service\n";

fn resume(markdown: &str) -> Resume {
    resume_from_markdown(markdown, Level::Mid).unwrap()
}

fn text_of(pdf: &Pdf) -> String {
    pdf_extract::extract_text_from_mem(&pdf.bytes).expect("the PDF has a text layer")
}

/// Where each needle is found, searching on from the previous one.
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
fn a_short_resume_is_one_page_read_in_order_without_ligatures() {
    let request = PdfRequest {
        paper: Paper::A4,
        pages: None,
    };
    let pdf = to_pdf(&resume(MARKDOWN), request).unwrap();
    assert!(pdf.bytes.starts_with(b"%PDF-"));
    assert_eq!(pdf.pages, 1);
    assert!(pdf.fits() && pdf.overflow_note().is_none());
    let text = text_of(&pdf);
    in_order(
        &text,
        &[
            "Ada Lovelace",
            "ada@example.com",
            "Senior Engineer",
            "Acme Pay",
            "Feb 2020 – Present",
            "official office",
            "Engineer",
            "Globex",
            "Sep 2016 – Jan 2020",
            "page 1 of 1",
        ],
    );
    assert!(
        !text.chars().any(|c| ('\u{FB00}'..='\u{FB06}').contains(&c)),
        "no ligature characters: {text}"
    );
    let raw = String::from_utf8_lossy(&pdf.bytes);
    assert!(raw.contains("/URI"), "links are annotations");
    assert!(raw.contains("/StructTreeRoot"), "the PDF is tagged");
}

#[test]
fn resume_text_is_never_read_as_typst() {
    let markdown = MARKDOWN.replace("Ada Lovelace", "Ada #panic(\"boom\") $x$ ] [ @ref");
    let request = PdfRequest {
        paper: Paper::Letter,
        pages: Some(1),
    };
    let pdf = to_pdf(&resume(&markdown), request).unwrap();
    let text = text_of(&pdf);
    assert!(
        text.contains("Ada #panic(\"boom\") $x$ ] [ @ref"),
        "shown as written: {text}"
    );
}

#[test]
fn what_does_not_fit_says_how_many_pages_and_the_longest_sections() {
    let mut markdown = MARKDOWN.to_string();
    markdown.push_str("\n## Projects\n\n");
    for i in 0..60 {
        markdown.push_str(&format!(
            "### Project {i}\n\n- Built a service that handled many requests for many teams over many years\n\n"
        ));
    }
    let request = PdfRequest {
        paper: Paper::A4,
        pages: Some(1),
    };
    let pdf = to_pdf(&resume(&markdown), request).unwrap();
    assert!(pdf.pages > 1);
    assert_eq!(pdf.body_size, 9.5, "tightened as far as it goes");
    let note = pdf.overflow_note().expect("it does not fit");
    assert!(
        note.contains(&format!("needs {} pages", pdf.pages)),
        "{note}"
    );
    assert!(note.contains("Projects ("), "{note}");
    let default = PdfRequest {
        paper: Paper::A4,
        pages: None,
    };
    let pages = to_pdf(&resume(&markdown), default).unwrap().pages;
    assert_eq!(page_count(&resume(&markdown), Paper::A4).unwrap(), pages);
}

#[test]
fn starter_placeholders_are_named() {
    let resume = crate::guide::starter_resume(Level::Junior);
    let warning = placeholder_warning(&resume).expect("the starter has placeholders");
    assert!(warning.contains("template text"), "{warning}");
    assert_eq!(placeholder_warning(&self::resume(MARKDOWN)), None);
}
