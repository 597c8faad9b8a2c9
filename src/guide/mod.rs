//! TEMPORARY interface stub; replaced by the real guide layer.
pub mod coach;
pub mod content;
pub use content::{LevelGuide, SectionGuide, custom_section_guide, level_guide, starter_resume};
