//! resumd: a terminal editor that guides a back-end developer through
//! writing a Markdown resume for their career level.

pub mod guide;
pub mod resume;
