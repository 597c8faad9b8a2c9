//! What the structured reading of a section tells the coach: which list
//! items are not achievements (skills, one-line role lists, items of a
//! languages or certificates list), whether each bullet's role has ended
//! (from dates read in any language), and whether a section of another
//! title reads as work experience.

use crate::resume::{EndDate, Section, SectionKind, SectionReading, read_section};

use super::structure::Role;

/// The reading of one section, indexed by body line.
pub(crate) struct ReadView {
    /// Byte offset where each body line starts.
    line_starts: Vec<usize>,
    reading: SectionReading,
    /// Every item of the section is a list entry, not an achievement.
    list_section: bool,
}

impl ReadView {
    pub fn new(section: &Section) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(section.body.match_indices('\n').map(|(i, _)| i + 1));
        ReadView {
            line_starts,
            reading: read_section(section),
            list_section: section.kind == SectionKind::Custom && is_list_title(&section.title),
        }
    }

    pub fn reading(&self) -> &SectionReading {
        &self.reading
    }

    fn offset(&self, line: usize) -> usize {
        self.line_starts.get(line).copied().unwrap_or(usize::MAX)
    }

    /// Whether the list item on body line `line` is judged as an achievement.
    pub fn is_achievement(&self, line: usize) -> bool {
        if self.list_section {
            return false;
        }
        let start = self.offset(line);
        let end = self.offset(line + 1);
        !self
            .reading
            .not_achievements
            .iter()
            .any(|r| r.start < end && r.end > start)
    }

    /// The role of the entry holding body line `line`, when its dates say.
    pub fn role_at(&self, line: usize) -> Option<Role> {
        let at = self.offset(line);
        let entry = self
            .reading
            .entries
            .iter()
            .find(|e| e.range.start <= at && at < e.range.end)?;
        match entry.end? {
            EndDate::Present => Some(Role::Current),
            EndDate::Date(_) if entry.start.is_some() => Some(Role::Ended),
            EndDate::Date(_) => None,
        }
    }

    /// Jobs read in the section: entries with an organisation and dates.
    pub fn jobs(&self) -> usize {
        self.reading
            .entries
            .iter()
            .filter(|e| e.organisation.is_some() && e.start.is_some())
            .count()
    }
}

/// Custom sections that are lists of facts rather than achievements.
fn is_list_title(title: &str) -> bool {
    let lower = title.to_lowercase();
    [
        "language",
        "sprache",
        "idioma",
        "langue",
        "lingua",
        "certif",
        "zertif",
        "interest",
        "hobb",
        "skill",
        "tool",
        "competenc",
        "kenntnis",
        "reference",
        "award",
        "course",
        "contact",
        "kontakt",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::SectionId;

    fn section(kind: SectionKind, title: &str, body: &str) -> Section {
        Section {
            id: SectionId(1),
            kind,
            title: title.into(),
            body: body.into(),
        }
    }

    #[test]
    fn one_line_roles_are_not_achievements_but_bullets_are() {
        let view = ReadView::new(&section(
            SectionKind::Experience,
            "Experience",
            "- Backend Engineer, Acme (2020 – Present)\n  - Cut costs by 30%.\n- Developer, Globex (2018 – 2020)",
        ));
        assert!(!view.is_achievement(0));
        assert!(view.is_achievement(1));
        assert!(!view.is_achievement(2));
        assert_eq!(view.role_at(1), Some(Role::Current));
        assert_eq!(view.jobs(), 2);
    }

    #[test]
    fn localised_dates_end_a_role_and_language_lists_are_not_judged() {
        let view = ReadView::new(&section(
            SectionKind::Experience,
            "Berufserfahrung",
            "### Entwickler — Umbrella GmbH\nMärz 2017 – Dez. 2019\n- Baute das System.",
        ));
        assert_eq!(view.role_at(2), Some(Role::Ended));
        let view = ReadView::new(&section(
            SectionKind::Custom,
            "Languages",
            "- English (native)",
        ));
        assert!(!view.is_achievement(0));
    }
}
