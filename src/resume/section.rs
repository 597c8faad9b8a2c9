use serde::{Deserialize, Serialize};

/// A section's identity survives renames and moves, so the editor, the
/// preview cache and the saved cursor can all refer to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SectionId(pub u64);

/// What a section is about; the guide's tips and the coach's rules are chosen by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// Name, title and contact lines; written as the document's H1.
    Header,
    Summary,
    Skills,
    Experience,
    Projects,
    Education,
    /// Leading, mentoring and growing teams (senior).
    Leadership,
    /// Architecture and business impact (senior).
    Architecture,
    /// Talks, patents and open source (senior).
    Recognition,
    /// Anything the user adds themselves.
    Custom,
}

impl SectionKind {
    /// Every kind the guide has content for (all but `Custom`).
    pub const GUIDED: [SectionKind; 9] = [
        SectionKind::Header,
        SectionKind::Summary,
        SectionKind::Skills,
        SectionKind::Experience,
        SectionKind::Projects,
        SectionKind::Education,
        SectionKind::Leadership,
        SectionKind::Architecture,
        SectionKind::Recognition,
    ];

    pub fn id(self) -> &'static str {
        match self {
            SectionKind::Header => "header",
            SectionKind::Summary => "summary",
            SectionKind::Skills => "skills",
            SectionKind::Experience => "experience",
            SectionKind::Projects => "projects",
            SectionKind::Education => "education",
            SectionKind::Leadership => "leadership",
            SectionKind::Architecture => "architecture",
            SectionKind::Recognition => "recognition",
            SectionKind::Custom => "custom",
        }
    }

    /// The heading a new section of this kind gets.
    pub fn default_title(self) -> &'static str {
        match self {
            SectionKind::Header => "Header",
            SectionKind::Summary => "Summary",
            SectionKind::Skills => "Skills",
            SectionKind::Experience => "Experience",
            SectionKind::Projects => "Projects",
            SectionKind::Education => "Education",
            SectionKind::Leadership => "Leadership & Mentoring",
            SectionKind::Architecture => "Architecture & Impact",
            SectionKind::Recognition => "Talks, Patents & Open Source",
            SectionKind::Custom => "New Section",
        }
    }

    /// Sections whose list items are judged as achievement bullets.
    pub fn has_bullets(self) -> bool {
        matches!(
            self,
            SectionKind::Experience
                | SectionKind::Projects
                | SectionKind::Leadership
                | SectionKind::Architecture
                | SectionKind::Recognition
        )
    }
}

/// One part of the resume. The header's body is its own Markdown (starting
/// with the `# Name` line); every other section is written as `## title`
/// followed by its body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub id: SectionId,
    pub kind: SectionKind,
    pub title: String,
    pub body: String,
}

impl Section {
    pub fn is_empty(&self) -> bool {
        self.body.trim().is_empty()
    }

    /// Words in the body, counted the way a reader would (Markdown markers
    /// such as `-`, `#` and `|` are not words).
    pub fn word_count(&self) -> usize {
        count_words(&self.body)
    }
}

pub(crate) fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_count_skips_markdown_markers() {
        let s = Section {
            id: SectionId(1),
            kind: SectionKind::Skills,
            title: "Skills".into(),
            body: "- **Languages:** Go, Rust\n- | --- |\n".into(),
        };
        assert_eq!(s.word_count(), 3);
    }
}
