//! Scores: see the module documentation of `coach` for the formula.

use crate::resume::{Level, SectionKind};

use super::finding::{Finding, Severity};

/// Points a section loses for a finding that is not about one bullet
/// (bullet findings are already in the bullet mean).
pub(crate) fn section_penalty(severity: Severity) -> u32 {
    match severity {
        Severity::Info => 3,
        Severity::Warning => 15,
        Severity::Error => 40,
    }
}

/// Points the overall score loses for a finding about the whole document.
pub(crate) fn document_penalty(severity: Severity) -> u32 {
    match severity {
        Severity::Info => 1,
        Severity::Warning => 5,
        Severity::Error => 15,
    }
}

pub(crate) fn section_score(bullet_mean: Option<f32>, penalty: u32) -> u8 {
    let base = bullet_mean.unwrap_or(100.0);
    (base - penalty as f32).clamp(0.0, 100.0).round() as u8
}

/// How much a section weighs in the overall score: what recruiters at the
/// level read first weighs most.
pub(crate) fn weight(level: Level, kind: SectionKind) -> f32 {
    use SectionKind::*;
    match (level, kind) {
        (Level::Junior, Projects) => 3.0,
        (Level::Junior, Experience) => 2.0,
        (_, Experience) => 3.0,
        (Level::Senior, Architecture | Leadership) => 2.0,
        (_, Projects) => 1.5,
        (_, Summary) => 1.5,
        (Level::Junior, Skills) => 1.5,
        (_, Skills | Header | Architecture | Leadership) => 1.0,
        (_, Recognition | Education | Custom) => 0.5,
    }
}

/// One section's part in the overall score.
pub(crate) struct Scored {
    pub kind: SectionKind,
    /// `None` for an empty section.
    pub score: Option<u8>,
}

pub(crate) fn overall(level: Level, sections: &[Scored], document: &[Finding]) -> u8 {
    let recommended = level.recommended_sections();
    let (mut sum, mut weights) = (0.0f32, 0.0f32);
    for s in sections {
        // An empty recommended section counts as zero; other empty ones
        // (a "Hobbies" the user has not filled yet) do not count at all.
        let score = match s.score {
            Some(score) => f32::from(score),
            None if recommended.contains(&s.kind) => 0.0,
            None => continue,
        };
        let w = weight(level, s.kind);
        sum += score * w;
        weights += w;
    }
    let mean = if weights > 0.0 { sum / weights } else { 0.0 };
    let penalty: u32 = document.iter().map(|f| document_penalty(f.severity)).sum();
    (mean - penalty as f32).clamp(0.0, 100.0).round() as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_score_is_bullet_mean_minus_section_penalties() {
        assert_eq!(section_score(None, 0), 100);
        assert_eq!(section_score(Some(80.0), 15), 65);
        assert_eq!(section_score(Some(10.0), 30), 0);
    }

    #[test]
    fn empty_recommended_sections_pull_the_overall_score_down() {
        let full = [
            Scored {
                kind: SectionKind::Experience,
                score: Some(90),
            },
            Scored {
                kind: SectionKind::Summary,
                score: Some(90),
            },
        ];
        assert_eq!(overall(Level::Mid, &full, &[]), 90);
        let with_empty = [
            Scored {
                kind: SectionKind::Experience,
                score: Some(90),
            },
            Scored {
                kind: SectionKind::Summary,
                score: None,
            },
        ];
        assert!(overall(Level::Mid, &with_empty, &[]) < 90);
        let with_empty_custom = [
            Scored {
                kind: SectionKind::Experience,
                score: Some(90),
            },
            Scored {
                kind: SectionKind::Custom,
                score: None,
            },
        ];
        assert_eq!(overall(Level::Mid, &with_empty_custom, &[]), 90);
    }

    #[test]
    fn experience_outweighs_education() {
        assert!(
            weight(Level::Mid, SectionKind::Experience)
                > weight(Level::Mid, SectionKind::Education)
        );
        assert!(
            weight(Level::Junior, SectionKind::Projects)
                > weight(Level::Junior, SectionKind::Experience)
        );
    }
}
