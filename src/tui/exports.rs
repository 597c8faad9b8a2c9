//! The bytes of an export in each format.

use super::app::ExportFormat;
use crate::resume::Resume;

pub fn render(resume: &Resume, format: ExportFormat) -> Result<Vec<u8>, String> {
    match format {
        ExportFormat::Markdown => Ok(resume.to_markdown().into_bytes()),
        other => Err(format!(
            "{} export is not available in this build",
            other.label()
        )),
    }
}
