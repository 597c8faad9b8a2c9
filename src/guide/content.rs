//! The level guides: for every kind of section, what it is for, how to write
//! it well at this level, examples, and a starter template.
//!
//! The text lives in `assets/*.json` so it can be edited without touching
//! code. It is embedded at build time and parsed once, on first use. The unit
//! tests parse every asset, so a broken one fails `cargo test` rather than a
//! user's session.

use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::resume::{Level, Resume, SectionKind};

/// Everything the guide says about one career level.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelGuide {
    pub level: Level,
    /// The role this guide is written for, e.g. "Mid-Level Back-End Engineer".
    pub title: String,
    /// What recruiters look for at this level, in two or three sentences.
    pub overview: String,
    /// One entry per guided section kind, the level's recommended ones first.
    pub sections: Vec<SectionGuide>,
}

/// What the guide says about one kind of section.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionGuide {
    pub kind: SectionKind,
    /// Why the section is there, in a sentence or two.
    pub purpose: String,
    /// Short imperative advice, each fitting a narrow side pane.
    pub tips: Vec<String>,
    /// Sample lines or bullets the user can model theirs on.
    pub examples: Vec<String>,
    /// Starter Markdown. Every part the user should replace is written in
    /// `[square brackets]`, so leftovers can be found.
    pub template: String,
}

impl LevelGuide {
    pub fn section(&self, kind: SectionKind) -> Option<&SectionGuide> {
        self.sections.iter().find(|s| s.kind == kind)
    }
}

/// The guide for a level, parsed from its embedded asset on first use.
///
/// Panics only if an embedded asset is broken, which the unit tests rule out.
pub fn level_guide(level: Level) -> &'static LevelGuide {
    static JUNIOR: OnceLock<LevelGuide> = OnceLock::new();
    static MID: OnceLock<LevelGuide> = OnceLock::new();
    static SENIOR: OnceLock<LevelGuide> = OnceLock::new();
    let cell = match level {
        Level::Junior => &JUNIOR,
        Level::Mid => &MID,
        Level::Senior => &SENIOR,
    };
    cell.get_or_init(|| {
        parse_level_guide(level, &level_asset(level)).unwrap_or_else(|err| panic!("{err}"))
    })
}

/// Generic advice for sections the user adds themselves.
///
/// Panics only if the embedded asset is broken, which the unit tests rule out.
pub fn custom_section_guide() -> &'static SectionGuide {
    static GUIDE: OnceLock<SectionGuide> = OnceLock::new();
    GUIDE.get_or_init(|| {
        parse_custom_section_guide(&CUSTOM_SECTION_ASSET).unwrap_or_else(|err| panic!("{err}"))
    })
}

/// A new resume for the level: its recommended sections, in order, each
/// holding its starter template.
pub fn starter_resume(level: Level) -> Resume {
    let guide = level_guide(level);
    let mut resume = Resume::new(level);
    let sections: Vec<_> = resume.sections().iter().map(|s| (s.id, s.kind)).collect();
    for (id, kind) in sections {
        if let (Some(section_guide), Some(section)) = (guide.section(kind), resume.section_mut(id))
        {
            section.body = section_guide.template.clone();
        }
    }
    resume
}

/// A JSON file compiled into the binary; the path names it in errors.
struct EmbeddedAsset {
    path: &'static str,
    json: &'static str,
}

fn level_asset(level: Level) -> EmbeddedAsset {
    match level {
        Level::Junior => EmbeddedAsset {
            path: "assets/junior.json",
            json: include_str!("../../assets/junior.json"),
        },
        Level::Mid => EmbeddedAsset {
            path: "assets/mid.json",
            json: include_str!("../../assets/mid.json"),
        },
        Level::Senior => EmbeddedAsset {
            path: "assets/senior.json",
            json: include_str!("../../assets/senior.json"),
        },
    }
}

const CUSTOM_SECTION_ASSET: EmbeddedAsset = EmbeddedAsset {
    path: "assets/custom_section.json",
    json: include_str!("../../assets/custom_section.json"),
};

/// Why an embedded asset could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
struct AssetError {
    path: &'static str,
    problem: String,
}

impl fmt::Display for AssetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the built-in guide file {} is broken: {}; fix the file and rebuild \
             (`cargo test` checks every guide file)",
            self.path, self.problem
        )
    }
}

/// Parses a level asset and checks what the lookups rely on: the right
/// level, at most one entry per kind, and no entry for custom sections
/// (those share one guide across levels).
fn parse_level_guide(expected: Level, asset: &EmbeddedAsset) -> Result<LevelGuide, AssetError> {
    let fail = |problem: String| AssetError {
        path: asset.path,
        problem,
    };
    let guide: LevelGuide =
        serde_json::from_str(asset.json).map_err(|err| fail(format!("invalid JSON: {err}")))?;
    if guide.level != expected {
        return Err(fail(format!(
            "its level field says '{}' but it is the {} guide",
            guide.level, expected
        )));
    }
    for (index, section) in guide.sections.iter().enumerate() {
        if section.kind == SectionKind::Custom {
            return Err(fail(
                "it has a 'custom' entry; custom sections use assets/custom_section.json".into(),
            ));
        }
        if guide.sections[..index]
            .iter()
            .any(|s| s.kind == section.kind)
        {
            return Err(fail(format!(
                "the '{}' section appears twice",
                section.kind.id()
            )));
        }
    }
    Ok(guide)
}

fn parse_custom_section_guide(asset: &EmbeddedAsset) -> Result<SectionGuide, AssetError> {
    let fail = |problem: String| AssetError {
        path: asset.path,
        problem,
    };
    let guide: SectionGuide =
        serde_json::from_str(asset.json).map_err(|err| fail(format!("invalid JSON: {err}")))?;
    if guide.kind != SectionKind::Custom {
        return Err(fail(format!(
            "its kind is '{}' but it must be 'custom'",
            guide.kind.id()
        )));
    }
    Ok(guide)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod coverage_tests;
