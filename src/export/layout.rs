//! One layout of the resume for every export (PDF, HTML, plain text): the
//! name, a contact line, and sections of paragraphs, skill lines and
//! entries whose title is split into what (role, organisation) and when
//! and where (dates for people, location). Exporters only arrange it.

use serde::Serialize;

use super::is_allowed_url;

/// The whole resume, laid out.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Layout {
    /// BCP 47 language of the text (`en`), for hyphenation and screen readers.
    pub lang: String,
    pub name: String,
    /// The tagline under the name ("Senior Back-End Engineer").
    pub headline: Option<String>,
    /// Email, phone, location and links, each kept whole on one line.
    pub contacts: Vec<Contact>,
    pub sections: Vec<LaidSection>,
}

/// One item of the contact line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contact {
    pub text: String,
    /// Only web and mail addresses; anything else is shown as text.
    pub url: Option<String>,
}

impl Contact {
    pub fn new(text: impl Into<String>, url: Option<&str>) -> Self {
        Contact {
            text: text.into(),
            url: url.filter(|u| is_allowed_url(u)).map(str::to_string),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LaidSection {
    pub title: String,
    pub paragraphs: Vec<String>,
    /// `Languages: Go, Rust` lines.
    pub skills: Vec<SkillLine>,
    pub entries: Vec<LaidEntry>,
    /// List items outside any entry.
    pub bullets: Vec<LaidBullet>,
}

/// A list item and the items under it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LaidBullet {
    pub text: String,
    pub children: Vec<String>,
}

impl LaidBullet {
    fn word_count(&self) -> usize {
        let words = |s: &str| s.split_whitespace().count();
        words(&self.text) + self.children.iter().map(|c| words(c)).sum::<usize>()
    }
}

impl LaidSection {
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
            && self.skills.is_empty()
            && self.entries.is_empty()
            && self.bullets.is_empty()
    }

    /// Words in the section, to say which sections are longest.
    pub fn word_count(&self) -> usize {
        let words = |s: &str| s.split_whitespace().count();
        let entries: usize = self.entries.iter().map(LaidEntry::word_count).sum();
        let skills: usize = self
            .skills
            .iter()
            .map(|s| s.label.as_deref().map_or(0, words) + words(&s.items))
            .sum();
        self.paragraphs.iter().map(|p| words(p)).sum::<usize>()
            + self
                .bullets
                .iter()
                .map(LaidBullet::word_count)
                .sum::<usize>()
            + entries
            + skills
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SkillLine {
    pub label: Option<String>,
    /// The skills, comma-separated as a reader expects.
    pub items: String,
}

/// A job, project, school, award…: its title line and what follows.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LaidEntry {
    /// What the person was: role, degree or project name (shown bold).
    pub role: String,
    /// Where: company, school, issuer.
    pub organisation: Option<String>,
    /// The role's or project's own address (kept only for web addresses).
    pub url: Option<String>,
    /// `Feb 2020 – Present`.
    pub dates: Option<String>,
    pub location: Option<String>,
    pub summary: Vec<String>,
    /// Short `Label: value` lines kept inline (`Courses: …`, `GPA: 3.8`).
    pub details: Vec<String>,
    pub bullets: Vec<LaidBullet>,
}

impl LaidEntry {
    fn word_count(&self) -> usize {
        let words = |s: &str| s.split_whitespace().count();
        [&self.role]
            .into_iter()
            .chain(&self.organisation)
            .chain(&self.dates)
            .chain(&self.location)
            .chain(&self.summary)
            .chain(&self.details)
            .map(|s| words(s))
            .sum::<usize>()
            + self
                .bullets
                .iter()
                .map(LaidBullet::word_count)
                .sum::<usize>()
    }

    /// The title line as one phrase: `Role, Organisation`.
    pub fn heading(&self) -> String {
        match &self.organisation {
            Some(org) if !self.role.is_empty() => format!("{}, {org}", self.role),
            Some(org) => org.clone(),
            None => self.role.clone(),
        }
    }

    /// Dates and location as one phrase: `Feb 2020 – Present · Berlin`.
    pub fn when_where(&self) -> Option<String> {
        match (&self.dates, &self.location) {
            (Some(d), Some(l)) => Some(format!("{d} · {l}")),
            (Some(x), None) | (None, Some(x)) => Some(x.clone()),
            (None, None) => None,
        }
    }
}

impl Layout {
    /// The sections with the most words first, for "the longest are…".
    pub fn longest_sections(&self, count: usize) -> Vec<(&str, usize)> {
        let mut sizes: Vec<(&str, usize)> = self
            .sections
            .iter()
            .map(|s| (s.title.as_str(), s.word_count()))
            .collect();
        sizes.sort_by_key(|s| std::cmp::Reverse(s.1));
        sizes.truncate(count);
        sizes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_keep_only_web_and_mail_links() {
        assert_eq!(Contact::new("x", Some("javascript:alert(1)")).url, None);
        assert_eq!(
            Contact::new("a@b.c", Some("mailto:a@b.c")).url.as_deref(),
            Some("mailto:a@b.c")
        );
    }

    #[test]
    fn entry_title_and_when_where_read_as_phrases() {
        let entry = LaidEntry {
            role: "Engineer".into(),
            organisation: Some("Acme".into()),
            dates: Some("Feb 2020 – Present".into()),
            location: Some("Berlin".into()),
            ..LaidEntry::default()
        };
        assert_eq!(entry.heading(), "Engineer, Acme");
        assert_eq!(
            entry.when_where().as_deref(),
            Some("Feb 2020 – Present · Berlin")
        );
    }

    #[test]
    fn longest_sections_come_first() {
        let section = |title: &str, text: &str| LaidSection {
            title: title.into(),
            paragraphs: vec![text.into()],
            ..LaidSection::default()
        };
        let layout = Layout {
            sections: vec![section("A", "one"), section("B", "one two three")],
            ..Layout::default()
        };
        assert_eq!(layout.longest_sections(1), vec![("B", 3)]);
    }
}
