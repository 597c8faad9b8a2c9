//! resumd: a terminal editor that guides a back-end developer through
//! writing a Markdown resume for their career level.

pub mod cli;
pub mod export;
pub mod guide;
pub mod markdown;
pub mod resume;
pub mod storage;
pub mod tui;
