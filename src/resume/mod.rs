//! The document: a resume is a level plus an ordered list of Markdown sections.
//!
//! This layer knows nothing of terminals or files; it owns the model, the
//! recommended section order per level, and assembling the Markdown document.

mod address;
mod dialect;
pub(crate) mod document;
mod import;
mod import_md;
mod json_resume;
mod level;
mod posting;
pub mod reading;
mod section;
mod tags;

pub use address::typed_address;
pub use dialect::{is_inline_tag, markdown_options};
pub use document::{Resume, SectionSpan, Wrapper};
pub use import::{SourceFormat, import_text, import_text_noted, name_from_file};
pub use import_md::{ImportError, Imported, import_markdown, kind_for_title, resume_from_markdown};
pub use json_resume::{JsonResumeError, from_json_resume, to_json_resume};
pub use level::{Level, ParseLevelError};
pub use posting::SavedPosting;
pub use reading::{
    Bullet, EndDate, Entry, EntryKind, Field, HeaderReading, Link, LinkKind, PartialDate, Reading,
    SectionReading, SkillGroup, SourceRange, read, read_header, read_imported_section,
    read_section,
};
pub use section::{Section, SectionId, SectionKind};
pub use tags::{
    TagAttr, Variant, filter_body, malformed_attr, parse_tag_attr, strip_tag_attr, strip_tags,
};
