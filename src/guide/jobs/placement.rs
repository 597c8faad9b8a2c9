//! Where a skill the posting asks for belongs in the resume: tools,
//! languages, databases and the like in the Skills section (on the line of
//! the group that already lists skills of that kind), ways of working and
//! domains in the most recent role, degrees in Education. The answer is a
//! section and a body line, read through the structured reading, so an
//! editor can put the cursor there.

use super::lexicon::{Category, Lexicon, SkillId};
use super::scan::scan_line;
use crate::resume::reading::line_col;
use crate::resume::{
    Bullet, EndDate, Entry, PartialDate, Resume, SectionId, SectionKind, SectionReading,
    SkillGroup, SourceRange, read_section,
};

/// Where one skill would be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    pub skill: SkillId,
    /// The kind of section it belongs in (from the skill's category).
    pub kind: SectionKind,
    /// The section to add it to; `None` when the resume has no section of
    /// that kind, so the caller can offer to create one.
    pub section: Option<SectionId>,
    /// 0-based line of the section body to add it at or after: the skill
    /// group's line, the role's last bullet (or its title), or the
    /// section's last line.
    pub line: usize,
    /// What that line is, for people: the group's label ("Databases") or
    /// the role's title ("Senior Engineer — Acme").
    pub near: Option<String>,
}

impl Placement {
    /// "Skills", "your most recent role (Senior Engineer — Acme)",
    /// "Education": where to add it, for a message.
    pub fn describe(&self, resume: &Resume) -> String {
        let title = self.section.and_then(|id| resume.section(id)).map_or_else(
            || self.kind.default_title().to_string(),
            |s| crate::resume::strip_tag_attr(s.title.trim()).into_owned(),
        );
        match (&self.near, self.kind) {
            (Some(role), SectionKind::Experience) => format!("your most recent role ({role})"),
            (None, SectionKind::Experience) => "your most recent role".to_string(),
            (Some(group), _) => format!("{title} ({group})"),
            (None, _) => title,
        }
    }
}

/// Reads the sections a skill can go to once, then places any number of
/// skills.
pub struct Placer<'r> {
    skills: Option<Read<'r>>,
    experience: Option<Read<'r>>,
    education: Option<Read<'r>>,
}

/// One section read, with its body for line numbers.
struct Read<'r> {
    body: &'r str,
    reading: SectionReading,
}

impl<'r> Read<'r> {
    fn of(section: &'r crate::resume::Section) -> Read<'r> {
        Read {
            body: &section.body,
            reading: read_section(section),
        }
    }

    fn line(&self, offset: usize) -> usize {
        line_col(self.body, offset).0
    }

    /// The last line of `range` that is not blank.
    fn last_line(&self, range: &SourceRange) -> usize {
        let end = range.end.min(self.body.len());
        let text = self.body.get(range.start.min(end)..end).unwrap_or("");
        let last = text.trim_end().len();
        self.line(range.start + last.saturating_sub(1))
    }

    /// The section's last line that is not blank (0 for an empty body).
    fn end_line(&self) -> usize {
        self.last_line(&(0..self.body.len()))
    }
}

impl<'r> Placer<'r> {
    pub fn new(resume: &'r Resume) -> Placer<'r> {
        let first = |kind: SectionKind| resume.first_of_kind(kind).map(Read::of);
        // The most recent role may sit in any experience section.
        let experience = resume
            .sections()
            .iter()
            .filter(|s| s.kind == SectionKind::Experience)
            .map(Read::of)
            .enumerate()
            .max_by_key(|(index, r)| {
                // max_by_key keeps the last of equals: ranking an earlier
                // section higher lets the first written win a tie.
                let newest = r.reading.entries.iter().map(recency).max();
                (newest, std::cmp::Reverse(*index))
            })
            .map(|(_, r)| r);
        Placer {
            skills: first(SectionKind::Skills),
            experience,
            education: first(SectionKind::Education),
        }
    }

    /// Where `skill` belongs in the resume this placer read.
    pub fn place(&self, lexicon: &Lexicon, skill: SkillId) -> Placement {
        let category = lexicon.skill(skill).category;
        let kind = category.home();
        let read = match kind {
            SectionKind::Experience => self.experience.as_ref(),
            SectionKind::Education => self.education.as_ref(),
            _ => self.skills.as_ref(),
        };
        let Some(read) = read else {
            return Placement {
                skill,
                kind,
                section: None,
                line: 0,
                near: None,
            };
        };
        let (line, near) = match kind {
            SectionKind::Experience => match most_recent(&read.reading.entries) {
                Some(entry) => {
                    let line = match entry.bullets.last() {
                        Some(bullet) => read.last_line(&last_descendant(bullet).range),
                        None => read.last_line(&entry.range),
                    };
                    let title = entry.title.as_ref().map(|t| t.text.clone());
                    (line, title)
                }
                None => (read.end_line(), None),
            },
            SectionKind::Skills => match best_group(lexicon, &read.reading.skills, category) {
                Some(group) => (
                    read.last_line(&group.range),
                    group.label.as_ref().map(|l| l.text.clone()),
                ),
                None => (read.end_line(), None),
            },
            _ => (read.end_line(), None),
        };
        Placement {
            skill,
            kind,
            section: Some(read.reading.id),
            line,
            near,
        }
    }
}

/// Where `skill` belongs in `resume` (see [`Placer`] to place several).
pub fn place_skill(lexicon: &Lexicon, resume: &Resume, skill: SkillId) -> Placement {
    Placer::new(resume).place(lexicon, skill)
}

fn last_descendant(bullet: &Bullet) -> &Bullet {
    match bullet.children.last() {
        Some(child) => last_descendant(child),
        None => bullet,
    }
}

/// How recent a role is: a role running to the present beats any ended
/// one; otherwise the later end, then the later start. Undated roles rank
/// lowest.
fn recency(entry: &Entry) -> (u8, u32, u32) {
    let month = |d: PartialDate, default: u8| {
        u32::from(d.year) * 12 + u32::from(d.month.unwrap_or(default))
    };
    let start = entry.start.map_or(0, |d| month(d, 1));
    match entry.end {
        Some(EndDate::Present) => (2, 0, start),
        Some(EndDate::Date(end)) => (1, month(end, 12), start),
        None if entry.start.is_some() => (1, start, start),
        None => (0, 0, 0),
    }
}

/// The most recent role; among equals (or undated roles), the first
/// written, since resumes list the latest first.
fn most_recent(entries: &[Entry]) -> Option<&Entry> {
    let mut best: Option<&Entry> = None;
    for entry in entries {
        if best.is_none_or(|b| recency(entry) > recency(b)) {
            best = Some(entry);
        }
    }
    best
}

/// Words in a group's label that say it holds skills of `category`.
fn label_words(category: Category) -> &'static [&'static str] {
    match category {
        Category::Language => &["language", "programming"],
        Category::Framework => &["framework", "librar", "runtime", "back-end", "backend"],
        Category::Database => &[
            "database",
            "data store",
            "datastore",
            "storage",
            "db",
            "sql",
        ],
        Category::Data => &["messaging", "queue", "streaming", "data", "event"],
        Category::Cloud => &["cloud", "aws", "gcp", "azure", "platform"],
        Category::Infrastructure => &["infra", "devops", "container", "orchestration", "ops"],
        Category::Tooling => &["tool", "ci", "devops", "build", "version control"],
        Category::Observability => &["observability", "monitoring", "logging", "ops"],
        Category::Testing => &["test", "quality", "qa"],
        Category::Protocol => &["api", "protocol", "format", "web"],
        Category::Architecture => &["architecture", "design", "concept", "fundamental"],
        Category::Security => &["security", "auth", "identity"],
        Category::Practice | Category::Domain | Category::Education => &[],
    }
}

/// Whether `label` names a kind of skill by one of `words` (as a word
/// start, so "db" does not match inside "feedback").
fn label_says(label: &str, words: &[&str]) -> bool {
    let lower = label.to_lowercase();
    words.iter().any(|w| {
        lower.match_indices(w).any(|(at, _)| {
            at == 0
                || !lower[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        })
    })
}

/// The skill group a skill of `category` fits best: the one already
/// listing most skills of that category, a matching label breaking ties
/// (and deciding alone when no group lists one). `None` when nothing fits.
fn best_group<'a>(
    lexicon: &Lexicon,
    groups: &'a [SkillGroup],
    category: Category,
) -> Option<&'a SkillGroup> {
    let mut best: Option<(&SkillGroup, (usize, bool))> = None;
    for group in groups {
        let same = group
            .skills
            .iter()
            .flat_map(|s| scan_line(lexicon, &s.text))
            .filter(|m| lexicon.skill(m.skill).category == category)
            .count();
        let labelled = group
            .label
            .as_ref()
            .is_some_and(|l| label_says(&l.text, label_words(category)));
        let score = (same, labelled);
        if (same > 0 || labelled) && best.is_none_or(|(_, b)| score > b) {
            best = Some((group, score));
        }
    }
    best.map(|(group, _)| group)
}

#[cfg(test)]
#[path = "placement_tests.rs"]
mod tests;
