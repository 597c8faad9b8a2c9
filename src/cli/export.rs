//! `resumd export`: a saved resume as Markdown, JSON Resume, HTML or text,
//! to a file, standard output or the clipboard. The resume is read without
//! changing anything; the target is written as `storage::write_export`
//! describes (files replaced whole with their permissions, devices and
//! FIFOs written to, never replaced).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::CliError;
use super::export_pdf::{parse_pages, resolve_paper, write_pdf};
use super::input::read_existing;
use super::out::{export_to_stdout, warn};
use super::select::Select;
use crate::export::Kind;
use crate::export::PdfRequest;
use crate::storage::{Store, write_export};

/// Where the export goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target<'a> {
    /// A path; `None` for `NAME.<extension>` in the current folder.
    File(Option<&'a str>),
    /// Standard output (`-o -`); `raw` keeps control characters even on a
    /// terminal.
    Stdout {
        raw: bool,
    },
    Clipboard,
}

impl<'a> Target<'a> {
    pub fn choose(output: Option<&'a str>, clipboard: bool, raw: bool) -> Target<'a> {
        match output {
            _ if clipboard => Target::Clipboard,
            Some("-") => Target::Stdout { raw },
            path => Target::File(path),
        }
    }
}

/// What to export and how, as given on the command line.
pub struct Options<'a> {
    pub format: Kind,
    pub paper: Option<&'a str>,
    pub pages: Option<&'a str>,
    pub force: bool,
    pub select: &'a Select,
}

pub fn export(
    store: &Store,
    name: &str,
    target: Target,
    options: Options<'_>,
) -> Result<ExitCode, CliError> {
    let Options {
        format,
        paper,
        pages,
        force,
        select,
    } = options;
    // Every option is checked before anything is read or written.
    let pages = pages.map(parse_pages).transpose()?;
    let paper = resolve_paper(store, paper)?;
    match (format, &target) {
        (Kind::Pdf, Target::Clipboard) => {
            return Err(CliError::input(
                "a PDF cannot go on the clipboard; write it to a file with -o",
            ));
        }
        (Kind::Text(_), _) if pages.is_some() => {
            return Err(CliError::input(
                "--pages applies to --format pdf only; the other formats have no pages",
            ));
        }
        _ => {}
    }
    let loaded = read_existing(store, name)?;
    for note in &loaded.notes {
        warn(note);
    }
    let resume = select.apply(&loaded.doc.resume)?;
    let format = match format {
        Kind::Pdf => {
            let output = match target {
                Target::File(path) => path,
                _ => Some("-"),
            };
            return write_pdf(&resume, name, PdfRequest { paper, pages }, output, force);
        }
        Kind::Text(format) => format,
    };
    let text = format.render_on(&resume, paper);
    let path = match target {
        Target::Clipboard => {
            copy_to_clipboard(&text)?;
            eprintln!(
                "Sent {} ({} bytes) to the clipboard through the terminal.",
                format.id(),
                text.len()
            );
            return Ok(ExitCode::SUCCESS);
        }
        Target::Stdout { raw } => {
            export_to_stdout(&text, raw)?;
            return Ok(ExitCode::SUCCESS);
        }
        Target::File(Some(path)) => path.to_string(),
        Target::File(None) => format!("{name}.{}", format.extension()),
    };
    write_export(Path::new(&path), text.as_bytes(), force)
        .map_err(|e| CliError::input(e.to_string()))?;
    eprintln!(
        "Wrote {} ({} words).",
        super::out::one_line(&path),
        resume.word_count()
    );
    Ok(ExitCode::SUCCESS)
}

/// OSC 52 goes to the controlling terminal, so it works even when standard
/// output is redirected; without one there is no clipboard to reach.
fn copy_to_clipboard(text: &str) -> Result<(), CliError> {
    if text.len() > crate::tui::term::clipboard::MAX_BYTES {
        return Err(CliError::input(
            "the export is too large for the terminal clipboard; write it to a file with -o",
        ));
    }
    let sequence = crate::tui::term::clipboard::osc52(text);
    let mut tty = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/tty")
        .map_err(|_| {
            CliError::input(
                "--clipboard needs a terminal (it asks the terminal to set the clipboard); use -o instead",
            )
        })?;
    tty.write_all(sequence.as_bytes())
        .and_then(|()| tty.flush())
        .map_err(|e| CliError::input(format!("cannot write to the terminal: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_follows_the_flags() {
        assert_eq!(Target::choose(None, true, false), Target::Clipboard);
        assert_eq!(
            Target::choose(Some("-"), false, true),
            Target::Stdout { raw: true }
        );
        assert_eq!(
            Target::choose(Some("a.md"), false, false),
            Target::File(Some("a.md"))
        );
        assert_eq!(Target::choose(None, false, false), Target::File(None));
    }
}
