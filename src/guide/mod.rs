//! The guide: what a good back-end resume looks like at each career level.
//!
//! This layer knows nothing of terminals or files. Its content is embedded
//! in the binary at build time, so the guide works the same everywhere.

/// Level guides (purpose, tips, examples and starter templates per section).
pub mod content;

/// The coach: rules → findings and scores.
pub mod coach;

/// Job postings: what they ask for, and how a resume matches.
pub mod jobs;
/// Spelling and style: misspelled words, suggestions, quick fixes.
pub mod spelling;

pub use content::{LevelGuide, SectionGuide, custom_section_guide, level_guide, starter_resume};
