//! `resumd export --format pdf`: the paper (given, remembered, or from the
//! locale), the page count to fit in, and the typeset file written whole.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use super::CliError;
use super::out::{one_line, write_stdout};
use crate::export::{Paper, PdfRequest, placeholder_warning, to_pdf};
use crate::resume::Resume;
use crate::storage::{Store, export_target, write_export};

/// `--pages`: a whole number of pages, at least one.
pub fn parse_pages(text: &str) -> Result<usize, CliError> {
    text.trim()
        .parse::<usize>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| {
            CliError::input(format!(
                "--pages must be a positive whole number of pages (like --pages 1), not '{text}'"
            ))
        })
}

/// The paper to print on: `--paper` (then remembered), else the one
/// remembered, else the locale's.
pub fn resolve_paper(store: &Store, given: Option<&str>) -> Result<Paper, CliError> {
    if let Some(text) = given {
        let paper = Paper::parse(text).map_err(CliError::input)?;
        if store.peek_settings().0.paper.as_deref() != Some(paper.id()) {
            // Remembering is a convenience: a read-only config folder
            // must not stop the export.
            if let Err(e) = store.update_settings(|s| s.paper = Some(paper.id().to_string())) {
                eprintln!("resumd: the paper size was not remembered: {e}");
            }
        }
        return Ok(paper);
    }
    Ok(store.remembered_paper())
}

/// Typesets and writes the PDF; what does not fit, and placeholders
/// left, are said on standard error (the file is written either way).
pub fn write_pdf(
    resume: &Resume,
    name: &str,
    request: PdfRequest,
    output: Option<&str>,
    force: bool,
) -> Result<ExitCode, CliError> {
    let default_path = format!("{name}.pdf");
    let path = output.unwrap_or(&default_path);
    if path == "-" && std::io::stdout().is_terminal() {
        return Err(CliError::input(
            "a PDF is binary and would garble the terminal: redirect it (> resume.pdf) or use -o FILE",
        ));
    }
    if path != "-" {
        // Refuses an existing file without --force before typesetting.
        let target = export_target(Path::new(path)).map_err(|e| CliError::input(e.to_string()))?;
        if target.needs_consent() && !force {
            return Err(CliError::input(format!(
                "{} already exists: pass --force to replace it, or choose another path with -o",
                one_line(path)
            )));
        }
    }
    let pdf = to_pdf(resume, request).map_err(|e| CliError::input(e.to_string()))?;
    if path == "-" {
        write_stdout(&pdf.bytes)?;
    } else {
        write_export(Path::new(path), &pdf.bytes, force)
            .map_err(|e| CliError::input(e.to_string()))?;
        eprintln!(
            "Wrote {} ({} {}, {}, {} pt).",
            one_line(path),
            pdf.pages,
            if pdf.pages == 1 { "page" } else { "pages" },
            request.paper,
            pdf.body_size
        );
    }
    if let Some(note) = pdf.overflow_note() {
        eprintln!(
            "resumd: the resume {note}; shorten them or pass --pages {}",
            pdf.pages
        );
    }
    if let Some(warning) = placeholder_warning(resume) {
        eprintln!("resumd: {warning}");
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_must_be_positive_whole_numbers() {
        assert_eq!(parse_pages("2").unwrap(), 2);
        for bad in ["0", "-1", "1.5", "two", ""] {
            let err = parse_pages(bad).unwrap_err();
            assert_eq!(err.code, 2);
            assert_eq!(err.message.lines().count(), 1);
        }
    }
}
