//! The structured reading of a resume (see `model`): one reading that the
//! coach, the exports, the page estimate, job matching and spelling share.
//! Reading is pure and cheap per section, so callers may cache it by
//! section and re-read only what changed.

mod blocks;
mod dates;
mod entries;
mod front_matter;
mod header;
mod html;
mod imported;
mod model;
pub(crate) mod profiles;
mod skills;
mod words;

pub use dates::{end_side as parse_end_side, mentions_season, month_by_name, parse as parse_dates};
pub use front_matter::{blank_out as blank_front_matter, end as front_matter_end};
pub use header::{is_email, is_phone, looks_like_place, without_brackets};
pub use html::{
    InlineHtml, block_text as html_block_text, inline_tag as read_inline_html, strip_tags,
};
pub use model::{
    Bullet, EndDate, Entry, EntryKind, Field, HeaderReading, Link, LinkKind, PartialDate, Reading,
    SectionReading, SkillGroup, SourceRange, format_range, line_col,
};
pub use words::is_role_like;

use super::{Resume, Section, SectionKind};

/// Reads every section of a resume.
pub fn read(resume: &Resume) -> Reading {
    let sections: Vec<SectionReading> = resume.sections().iter().map(read_section).collect();
    let mut header = resume
        .sections()
        .iter()
        .find(|s| s.kind == SectionKind::Header)
        .map(|s| read_header(&s.body))
        .unwrap_or_default();
    for section in resume.sections() {
        if section.kind != SectionKind::Header {
            header::fill_from(&mut header, section);
        }
    }
    Reading { header, sections }
}

/// Reads one section (the header's entries stay empty; see [`read_header`]).
pub fn read_section(section: &Section) -> SectionReading {
    let mut out = SectionReading::new(section.id, section.kind, section.title.clone());
    let body = front_matter::blank_out(&section.body);
    let blocks = blocks::parse(&body);
    match section.kind {
        SectionKind::Header => {}
        SectionKind::Skills => skills::read(&blocks, &mut out),
        kind => entries::read(&blocks, kind, Some(&section.title), &mut out),
    }
    out
}

/// Reads one section of a resume imported from JSON Resume, in the fixed
/// shape the import writes (see `imported`): title parts by position,
/// escaped text never a date or a separator; list items led by a bold
/// name (skills, languages, interests) as named groups.
pub fn read_imported_section(section: &Section) -> SectionReading {
    let mut out = SectionReading::new(section.id, section.kind, section.title.clone());
    let body = front_matter::blank_out(&section.body);
    let blocks = blocks::parse(&body);
    if section.kind != SectionKind::Header {
        imported::read(&body, &blocks, section.kind, &mut out);
    }
    out
}

/// Reads a header section's body: name, headline, contacts, links.
pub fn read_header(body: &str) -> HeaderReading {
    header::read(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::Level;

    #[test]
    fn a_resume_reads_whole_with_contacts_from_a_contact_section() {
        let mut resume = Resume::new(Level::Mid);
        for id in resume.sections().iter().map(|s| s.id).collect::<Vec<_>>() {
            resume.remove_section(id);
        }
        resume.push_section(
            SectionKind::Header,
            "Header",
            "# Ada Example\nBack-end engineer",
        );
        resume.push_section(
            SectionKind::Experience,
            "Experience",
            "### Engineer — Acme\n2020 – now\n- Built it.",
        );
        let contact = resume.push_section(
            SectionKind::Custom,
            "Contact",
            "- ada@example.com\n- [GitHub](https://github.com/adaex)",
        );
        let reading = read(&resume);
        assert_eq!(reading.header.name.as_ref().unwrap().text, "Ada Example");
        assert_eq!(
            reading.header.email.as_ref().unwrap().text,
            "ada@example.com"
        );
        assert_eq!(
            reading.header.link(LinkKind::GitHub).unwrap().url,
            "https://github.com/adaex"
        );
        assert_eq!(reading.header.contact_sections, [contact]);
        let job = reading.entries_of(SectionKind::Experience).next().unwrap();
        assert_eq!(job.organisation.as_ref().unwrap().text, "Acme");
        assert_eq!(job.dates_human().unwrap(), "2020 – Present");
    }
}
