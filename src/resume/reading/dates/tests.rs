use super::*;

fn month(y: u16, m: u8) -> Option<PartialDate> {
    Some(PartialDate::month(y, m))
}

fn span(text: &str) -> (Option<String>, Option<String>) {
    let span = parse(text).unwrap_or_else(|| panic!("not read: {text}"));
    (span.start.map(|d| d.iso()), span.end.map(|e| e.id()))
}

fn both(start: &str, end: &str) -> (Option<String>, Option<String>) {
    (Some(start.into()), Some(end.into()))
}

#[test]
fn spans_in_the_forms_people_write() {
    assert_eq!(span("Jan 2020 – Present"), both("2020-01", "present"));
    assert_eq!(span("2019–2021"), both("2019", "2021"));
    assert_eq!(span("2019-2021"), both("2019", "2021"));
    assert_eq!(span("03/2018 - 06/2020"), both("2018-03", "2020-06"));
    assert_eq!(span("03/2018-06/2020"), both("2018-03", "2020-06"));
    assert_eq!(span("2021 - now"), both("2021", "present"));
    assert_eq!(span("Sept. 2022 — current"), both("2022-09", "present"));
    assert_eq!(span("(Oct 2017 to Dec 2019)"), both("2017-10", "2019-12"));
    assert_eq!(span("2020-02 – 2021-11"), both("2020-02", "2021-11"));
    assert_eq!(span("Jan – Mar 2020"), both("2020-01", "2020-03"));
    assert_eq!(span("Since 2021"), both("2021", "present"));
    assert_eq!(span("03/2021 → presente"), both("2021-03", "present"));
    assert_eq!(span("August 2015 – May 2019"), both("2015-08", "2019-05"));
    assert_eq!(span("– 2020"), (None, Some("2020".into())));
    assert_eq!(span("Expected May 2025"), (None, Some("2025-05".into())));
}

#[test]
fn localised_months_and_ongoing_words() {
    assert_eq!(span("März 2019 – heute"), both("2019-03", "present"));
    assert_eq!(span("Okt. 2016 - Dez. 2018"), both("2016-10", "2018-12"));
    assert_eq!(span("seit 2020"), both("2020", "present"));
    assert_eq!(span("janv. 2020 - aujourd'hui"), both("2020-01", "present"));
    assert_eq!(span("février 2017 – août 2019"), both("2017-02", "2019-08"));
    assert_eq!(
        span("enero de 2018 – actualidad"),
        both("2018-01", "present")
    );
    assert_eq!(
        span("mayo 2015 - diciembre 2016"),
        both("2015-05", "2016-12")
    );
    assert_eq!(span("março 2021 – atual"), both("2021-03", "present"));
    assert_eq!(
        span("setembro 2019 – outubro 2020"),
        both("2019-09", "2020-10")
    );
}

#[test]
fn dutch_and_italian_months_and_ongoing_words() {
    assert_eq!(span("2023-09 - Heden"), both("2023-09", "present"));
    assert_eq!(span("maart 2019 tot heden"), both("2019-03", "present"));
    assert_eq!(span("sinds mei 2020"), both("2020-05", "present"));
    assert_eq!(span("gennaio 2018 – oggi"), both("2018-01", "present"));
    assert_eq!(
        span("settembre 2016 - dicembre 2017"),
        both("2016-09", "2017-12")
    );
}

#[test]
fn one_date_starts_and_ends_the_span() {
    assert_eq!(span("2019"), both("2019", "2019"));
    assert_eq!(span("May 2019"), both("2019-05", "2019-05"));
    assert_eq!(span("Mar 5, 2021"), both("2021-03-05", "2021-03-05"));
    assert_eq!(span("Summer 2019"), both("2019", "2019"));
    assert_eq!(single("02.2020"), month(2020, 2));
}

#[test]
fn words_and_numbers_that_are_not_dates() {
    for text in [
        "Berlin, Germany",
        "Marketing 2021",
        "Go – Rust",
        "3000 users",
        "1234",
        "[Month Year] – Present",
        "",
    ] {
        assert_eq!(parse(text), None, "{text}");
    }
}

#[test]
fn dates_are_found_inside_a_line() {
    let line = "Acme Corp | Berlin | Jan 2020 – Present";
    let (range, span) = find(line).unwrap();
    assert_eq!(&line[range], "Jan 2020 – Present");
    assert_eq!(span.end, Some(EndDate::Present));
    let line = "Engineer, Acme (2019 - 2021)";
    let (range, _) = find(line).unwrap();
    assert_eq!(&line[range], "2019 - 2021");
    assert_eq!(find("Cut latency by 40% for 3000 users"), None);
}

/// `find` as it was before it looked for a year first: every run of tokens
/// with a digit in it is tried.
fn find_by_trying_every_piece(text: &str) -> Option<(Range<usize>, Span)> {
    let tokens = tokens(text);
    if tokens.len() > 40 {
        return None;
    }
    let mut best: Option<(Range<usize>, Span)> = None;
    for i in 0..tokens.len() {
        for j in (i..tokens.len()).rev() {
            let range = tokens[i].start..tokens[j].end;
            if best.as_ref().is_some_and(|(b, _)| b.len() >= range.len()) {
                break;
            }
            let piece = &text[range.clone()];
            if !piece.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            if let Some(span) = parse(piece) {
                best = Some((range, span));
                break;
            }
        }
    }
    best
}

#[test]
fn looking_for_a_year_first_finds_what_trying_every_piece_finds() {
    let lines = [
        "Acme Corp | Berlin | Jan 2020 – Present",
        "Engineer, Acme (2019 - 2021)",
        "Cut latency by 40% for 3000 users",
        "*03/2018 - 06/2020*",
        "2020-02-05",
        "Feb 5, 2020 – now",
        "enero de 2018 – actualidad",
        "März 2019 – heute",
        "Since 2021, owner of the billing service",
        "Expected 2026",
        "– Present",
        "Summer 2019 · Intern",
        "Jan – Mar 2020",
        "v1.2024.3 release train",
        "Served 20200 requests a second in 2023 and 1949 in 2100",
        "12.2020 – 01.2021",
        "2019–2021",
        "Graduated 2018. Moved to Berlin in 2019.",
        "p99 under 180 ms across 12 regions",
        "Sept. 2022 — current",
        "janv. 2020 - aujourd'hui",
        "Spring 2017 - Fall 2018 (exchange)",
        "+2020 and 2020+ and 02020",
        "Mai 2019 – bis heute",
        "2018 to date",
        "(Jan 2021 - present.)",
        "Acme · 2019 - current: payments",
        "2019 – now, then more words after it",
        "Dec 2022 — Present | Remote",
        "2021 - 2023 · Berlin · 2024",
    ];
    for line in lines {
        assert_eq!(find(line), find_by_trying_every_piece(line), "{line}");
    }
    assert!(has_year("in 2019."));
    assert!(!has_year("20190 and 1949 and 2100 and 201"));
}
