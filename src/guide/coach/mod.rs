//! The coach: rules that read a resume the way a back-end hiring manager
//! would, for the resume's level, and turn what they find into findings
//! and scores.
//!
//! Rules come in three kinds (ids and one-line descriptions in
//! [`rule_catalog`]):
//! - **bullet rules** judge each list item of experience, projects,
//!   leadership, architecture, recognition and custom sections: a measured
//!   outcome (`metric`), a strong opening verb in the right tense
//!   (`action-verb`, `tense`), no duty or observer phrasing (`weak-opener`),
//!   8–30 words (`length`), no pronouns or buzzwords; `placeholder` checks
//!   every line of every section for template text;
//! - **section rules** that need only one section: junior projects (one
//!   number each, problem/stack/part), an empty recommended section;
//! - **document rules** computed from facts each section stored when it was
//!   last read (keyword signals, word counts, how many experience bullets
//!   carry a number): contact details, the summary and skills a level
//!   expects, evidence of cloud/CI/CD/testing (mid) or of mentoring, business
//!   outcomes, direction and scale (senior), missing sections, the length
//!   (the level's pages when the caller gives the typeset count — see
//!   [`Report::set_typeset_pages`] —, its word budget either way) and the
//!   60 % metric ratio. They are shown on the section where the fix
//!   belongs, or on the document.
//! - with a job posting given ([`Report::with_posting`]), `posting-skill`:
//!   the skills it requires that the resume does not name, on the line where
//!   each belongs (`guide::jobs::place_skill`). Info only, added after the
//!   scores, so tailoring to one job never lowers them.
//!
//! # Scores
//!
//! - A **bullet** starts at 100 and loses 5 per info, 25 per warning and 60
//!   per error finding about it (floored at 0).
//! - A **section** scores the mean of its bullets (100 when it has none),
//!   minus 3/15/40 per info/warning/error finding that is not about one
//!   bullet (template text, a project without a number, document rules shown
//!   on the section), clamped to 0–100. An empty section has no score.
//! - The **overall** score is the weighted mean of the section scores —
//!   experience weighs most (projects for juniors; architecture and
//!   leadership for seniors), education and custom sections least, and an
//!   empty recommended section counts as 0 — minus 1/5/15 per
//!   info/warning/error finding about the whole document, clamped to 0–100.
//!
//! Pages are estimated from printed lines (a line per ~95 characters, with
//! headings and blank lines weighted), about 62 lines a page: a typical
//! junior one-pager of ~420 words reads 1.0.

mod bullets;
mod document;
mod emitter;
mod finding;
mod fixes;
mod lexicon;
pub mod lint;
mod metric;
mod openers;
mod placeholder;
mod posting;
mod print_lines;
mod read_view;
mod report;
mod score;
mod sections;
mod signals;
mod structure;
mod tag_syntax;
mod text;
mod verbs;

pub use finding::{Finding, Fix, Mark, RuleInfo, Severity, rule, rule_catalog};
pub use lint::{lint_json, lint_json_at, lint_text, lint_text_at};
pub use report::Report;
