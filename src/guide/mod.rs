//! The guide: level content and the coach that reads what the user wrote.

pub mod coach;
