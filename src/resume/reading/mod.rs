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
mod model;
pub(crate) mod profiles;
mod skills;
mod words;

pub use dates::{month_by_name, parse as parse_dates};
pub use front_matter::{blank_out as blank_front_matter, end as front_matter_end};
pub use header::{is_email, is_phone};
pub use html::{InlineHtml, inline_tag as read_inline_html};
pub use model::{
    Bullet, EndDate, Entry, Field, HeaderReading, Link, LinkKind, PartialDate, Reading,
    SectionReading, SkillGroup, SourceRange, format_range, line_col,
};

use super::{Resume, Section, SectionKind};

/// Reads every section of a resume.
pub fn read(resume: &Resume) -> Reading {
    let sections: Vec<SectionReading> = resume.sections().iter().map(read_section).collect();
    let header = resume
        .sections()
        .iter()
        .find(|s| s.kind == SectionKind::Header)
        .map(|s| read_header(&s.body))
        .unwrap_or_default();
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
        kind => entries::read(&blocks, kind, &mut out),
    }
    out
}

/// Reads a header section's body: name, headline, contacts, links.
pub fn read_header(body: &str) -> HeaderReading {
    header::read(body)
}
