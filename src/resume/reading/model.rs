//! The structured reading of a resume: what each section *means* (who the
//! person is, which jobs, which dates, which skills), read from the user's
//! own Markdown. Every piece keeps where it was read from, so the coach, the
//! exports, the page estimate, job matching and spelling all point at the
//! user's own text and nobody re-parses Markdown on their own.
//!
//! Source ranges are byte ranges into the section's `body` (the header's
//! body includes its `# Name` line and any front matter); [`line_col`] turns
//! one into a line and column inside that body.

use std::fmt;
use std::ops::Range;

use crate::resume::{SectionId, SectionKind};

mod when;
pub use when::{EndDate, PartialDate, format_range};

/// Byte offsets into a section's body.
pub type SourceRange = Range<usize>;

/// The whole resume, read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    /// The first header section, read (empty when there is none).
    pub header: HeaderReading,
    /// Every section in order, the header included (with no entries).
    pub sections: Vec<SectionReading>,
}

impl Reading {
    pub fn section(&self, id: SectionId) -> Option<&SectionReading> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Sections of one kind, in order.
    pub fn of_kind(&self, kind: SectionKind) -> impl Iterator<Item = &SectionReading> {
        self.sections.iter().filter(move |s| s.kind == kind)
    }

    /// Every entry of every section of `kind` (jobs for `Experience`):
    /// a degree written in a job timeline counts as education, not as a
    /// job, and a career break as neither.
    pub fn entries_of(&self, kind: SectionKind) -> impl Iterator<Item = &Entry> {
        self.sections.iter().flat_map(move |s| {
            s.entries.iter().filter(move |e| match e.kind {
                EntryKind::Listed => s.kind == kind,
                EntryKind::Schooling => kind == SectionKind::Education,
                EntryKind::Break => false,
            })
        })
    }
}

/// A piece of read text and where it was read from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Field {
    /// The text as a person reads it: Markdown markers and tags removed.
    pub text: String,
    pub range: SourceRange,
}

impl Field {
    pub fn new(text: impl Into<String>, range: SourceRange) -> Self {
        Field {
            text: text.into(),
            range,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// The header: who the person is and how to reach them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HeaderReading {
    pub name: Option<Field>,
    /// The tagline under the name ("Senior Back-End Engineer").
    pub headline: Option<Field>,
    pub location: Option<Field>,
    pub email: Option<Field>,
    pub phone: Option<Field>,
    pub links: Vec<Link>,
    /// Header text that is none of the above (kept so nothing is lost).
    pub other: Vec<Field>,
    /// The YAML (`---`) or TOML (`+++`) block at the top, as written; it is
    /// read for the fields above and never shown as resume text.
    pub front_matter: Option<Field>,
    /// Sections other than the header that gave an email, phone or link
    /// (a "Contact" section at the end): those fields' ranges point into
    /// that section's body, not the header's.
    pub contact_sections: Vec<SectionId>,
    /// Plain-text pieces read so far on the current line (while reading).
    pub(crate) texts_on_line: usize,
}

impl HeaderReading {
    pub fn link(&self, kind: LinkKind) -> Option<&Link> {
        self.links.iter().find(|l| l.kind == kind)
    }

    /// Whether anything at all was read.
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.headline.is_none()
            && self.location.is_none()
            && self.email.is_none()
            && self.phone.is_none()
            && self.links.is_empty()
            && self.other.is_empty()
    }
}

/// What a link in the header points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkKind {
    GitHub,
    LinkedIn,
    /// A personal site, portfolio or blog.
    Website,
    /// Any other profile (GitLab, Stack Overflow, X…).
    Other,
}

impl LinkKind {
    /// The id used in truth files and JSON: `github`, `linkedin`, `website`, `other`.
    pub fn id(self) -> &'static str {
        match self {
            LinkKind::GitHub => "github",
            LinkKind::LinkedIn => "linkedin",
            LinkKind::Website => "website",
            LinkKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub kind: LinkKind,
    /// The network's name when the address is a known profile ("GitHub",
    /// "GitLab", "Stack Overflow"); `None` for a website.
    pub network: Option<String>,
    /// The user name on that network, when the address shows it.
    pub username: Option<String>,
    /// The text shown for the link ("github.com/ada", "My blog").
    pub label: String,
    /// The address; empty for a profile written without one ("GitHub: ada").
    pub url: String,
    pub range: SourceRange,
}

/// One section, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionReading {
    pub id: SectionId,
    pub kind: SectionKind,
    pub title: String,
    /// Jobs, projects, schools, talks…: titled items with dates and bullets.
    pub entries: Vec<Entry>,
    /// Skills written as lists, `Category: a, b` lines or tables.
    pub skills: Vec<SkillGroup>,
    /// Paragraphs outside any entry (a summary, an intro line).
    pub paragraphs: Vec<Field>,
    /// List items outside any entry that are not skills.
    pub bullets: Vec<Bullet>,
    /// Lines of the body that are list items read as something other than
    /// achievements (skills, one-line role lists): the coach leaves them be.
    pub not_achievements: Vec<SourceRange>,
}

impl SectionReading {
    pub fn new(id: SectionId, kind: SectionKind, title: impl Into<String>) -> Self {
        SectionReading {
            id,
            kind,
            title: title.into(),
            entries: Vec::new(),
            skills: Vec::new(),
            paragraphs: Vec::new(),
            bullets: Vec::new(),
            not_achievements: Vec::new(),
        }
    }

    /// Every skill named in the section, in order.
    pub fn skill_names(&self) -> impl Iterator<Item = &Field> {
        self.skills.iter().flat_map(|g| g.skills.iter())
    }

    /// Every achievement bullet: the entries' and the loose ones, children
    /// after their parent.
    pub fn all_bullets(&self) -> Vec<&Bullet> {
        let mut out = Vec::new();
        for bullet in self.entries.iter().flat_map(|e| &e.bullets) {
            bullet.collect(&mut out);
        }
        for bullet in &self.bullets {
            bullet.collect(&mut out);
        }
        out
    }
}

/// What an entry is, next to what its section lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum EntryKind {
    /// What the section lists: a job under Experience, a school under
    /// Education.
    #[default]
    Listed,
    /// A degree or course of study in a job timeline ("2015 – 2017:
    /// Studium Webdesign, SAE Institute"): education, shown where written.
    Schooling,
    /// Time off in a timeline (parental leave, a sabbatical): no job.
    Break,
}

/// A titled item of a section: a job, a project, a school, a certificate.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// A job, or a degree or break written among the jobs.
    pub kind: EntryKind,
    /// The title line as written, markers removed ("Senior Engineer — Acme").
    pub title: Option<Field>,
    /// What the person was: the role, degree or project name.
    pub role: Option<Field>,
    /// Where: the company, school, issuer or publisher.
    pub organisation: Option<Field>,
    /// Title parts after the organisation ("Engineer — Acme — payments"):
    /// read only where the title's parts go by position (see
    /// `read_imported_section`); elsewhere such parts are description.
    pub detail: Option<Field>,
    pub location: Option<Field>,
    pub start: Option<PartialDate>,
    pub end: Option<EndDate>,
    /// The dates as written ("Sept. 2022 — current").
    pub dates_text: Option<Field>,
    /// Paragraphs that are not dates or labels.
    pub description: Vec<Field>,
    /// `**Label:** value` lines ("Tech", "GPA", "Courses"), label without colon.
    pub labelled: Vec<(String, Field)>,
    /// Pieces of the line under the title that are no date, place or label
    /// (a project's keywords), one field each.
    pub keywords: Vec<Field>,
    pub bullets: Vec<Bullet>,
    /// Addresses linked from the title (a project's repository).
    pub url: Option<String>,
    /// From the title to the last line of the entry.
    pub range: SourceRange,
}

impl Entry {
    /// Whether the role is over: it has an end date that is not "present".
    pub fn ended(&self) -> bool {
        matches!(self.end, Some(EndDate::Date(_)))
    }

    /// The dates for people: `Feb 2020 – Present`, `2019 – 2021`, `Mar 2018`.
    pub fn dates_human(&self) -> Option<String> {
        format_range(self.start, self.end)
    }

    /// The value of a `**Label:**` line, matched without case.
    pub fn label(&self, name: &str) -> Option<&Field> {
        self.labelled
            .iter()
            .find(|(l, _)| l.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }
}

/// A list item and the items nested under it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bullet {
    /// The item's own text for people (markers and tags removed).
    pub text: String,
    pub children: Vec<Bullet>,
    /// The item's own text (after its marker), without the children.
    pub range: SourceRange,
}

impl Bullet {
    fn collect<'a>(&'a self, out: &mut Vec<&'a Bullet>) {
        out.push(self);
        for child in &self.children {
            child.collect(out);
        }
    }
}

/// A group of skills: `**Languages:** Go, Rust` or a list under a label.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SkillGroup {
    /// "Languages"; `None` for skills written without a category.
    pub label: Option<Field>,
    /// A level written in brackets after the label (`**Go** (expert): …`),
    /// read where lists keep the JSON Resume import's shape.
    pub level: Option<Field>,
    /// One field per skill; commas inside parentheses do not split.
    pub skills: Vec<Field>,
    pub range: SourceRange,
}

/// The 0-based line and column (in characters) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[start..offset].chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_has_ended_only_with_a_real_end_date() {
        let mut entry = Entry::default();
        assert!(!entry.ended());
        entry.end = Some(EndDate::Present);
        assert!(!entry.ended());
        entry.end = Some(EndDate::Date(PartialDate::year(2020)));
        assert!(entry.ended());
    }

    #[test]
    fn line_col_counts_characters_from_the_line_start() {
        let text = "ab\ncé d\n";
        assert_eq!(line_col(text, 0), (0, 0));
        assert_eq!(line_col(text, 3), (1, 0));
        assert_eq!(line_col(text, text.find('d').unwrap()), (1, 3));
        assert_eq!(line_col(text, 999), (2, 0));
    }
}
