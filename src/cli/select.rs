//! `--only TAG,…` and `--variant NAME`: which variant of a resume a
//! command works on. Without either, the whole resume with its tags
//! removed.

use std::collections::BTreeSet;

use clap::Args;

use super::CliError;
use crate::resume::Resume;

#[derive(Debug, Clone, Default, Args)]
pub struct Select {
    /// Keep untagged content and content tagged with any of these tags
    /// (comma-separated; tags are written `{.tag}` at the end of a line).
    #[arg(
        long,
        value_name = "TAG,…",
        value_delimiter = ',',
        conflicts_with = "variant"
    )]
    pub only: Vec<String>,
    /// Use a named variant saved with the resume (see `resumd variants`).
    #[arg(long, value_name = "NAME")]
    pub variant: Option<String>,
}

impl Select {
    /// The resume as the chosen variant shows it, tags removed.
    pub fn apply(&self, resume: &Resume) -> Result<Resume, CliError> {
        if let Some(name) = &self.variant {
            let variant = resume.variant(name).ok_or_else(|| {
                let names: Vec<&str> = resume.variants().iter().map(|v| v.name.as_str()).collect();
                let have = if names.is_empty() {
                    "this resume has none yet; add one with `resumd variants add NAME --tags TAG,…`"
                        .to_string()
                } else {
                    format!("variants: {}", names.join(", "))
                };
                CliError::input(format!("no variant named '{name}' ({have})"))
            })?;
            check_tags(resume, &variant.tags, "variant")?;
            return Ok(resume.apply_variant(variant));
        }
        let only = wanted(&self.only);
        if only.is_empty() {
            return Ok(resume.without_tags());
        }
        check_tags(resume, &self.only, "--only")?;
        Ok(resume.filtered(&only))
    }
}

fn wanted(tags: &[String]) -> BTreeSet<String> {
    tags.iter()
        .map(|t| t.trim().trim_start_matches('.').to_lowercase())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Every tag asked for must be in use, or the variant would silently be
/// the untagged resume.
pub fn check_tags(resume: &Resume, tags: &[String], what: &str) -> Result<(), CliError> {
    let in_use = resume.tags_in_use();
    let unknown: Vec<String> = wanted(tags).difference(&in_use).cloned().collect();
    if unknown.is_empty() {
        return Ok(());
    }
    let have = if in_use.is_empty() {
        "no tags are in use yet: end a bullet or heading with {.tag}".to_string()
    } else {
        format!(
            "tags in use: {}",
            in_use.iter().cloned().collect::<Vec<_>>().join(", ")
        )
    };
    Err(CliError::input(format!(
        "unknown tag{} '{}' in {what} ({have})",
        if unknown.len() == 1 { "" } else { "s" },
        unknown.join("', '")
    )))
}
