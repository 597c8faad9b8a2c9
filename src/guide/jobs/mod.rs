//! Job postings: reading what a posting asks for and matching it against
//! a resume, offline and deterministically.
//!
//! - [`lexicon`]: the back-end skill lexicon (`assets/skills/`), canonical
//!   names, categories and aliases;
//! - `scan`: finding skills in a line at word boundaries;
//! - `structure`: the parts of a posting from its headings (requirements,
//!   nice to have, our stack, the role, boilerplate);
//! - `asks`, `dates`: years and level asked, years a resume spans;
//! - [`place_skill`]: the section and line where a missing skill belongs;
//! - [`read_posting`], [`match_resume`], [`match_text`], [`match_json`].
//!
//! Nothing here touches a file: callers pass text, a resume and today's
//! month.

mod asks;
mod clauses;
mod dates;
pub mod lexicon;
mod matching;
mod phrases;
mod placement;
mod posting;
mod report;
mod scan;
mod structure;

pub use asks::PostingLevel;
pub use dates::{Month, month};
pub use lexicon::{Category, Lexicon, Skill, SkillId, skill_words};
pub use matching::{Keyword, MatchReport, Place, match_resume, skills_named};
pub use placement::{Placement, Placer, place_skill};
pub use posting::{Asked, Posting, PostingError, check_text, read_posting};
pub use report::{match_json, match_text};
pub use scan::{Mention, scan_line};
pub use structure::{Part, read_parts};
