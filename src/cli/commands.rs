//! The headless commands: new, export, list.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use super::export_pdf::{ExportFormat, parse_pages, resolve_paper, write_pdf};
use super::{Cli, CliError, Command};
use crate::export::{Paper, PdfRequest, page_count};
use crate::guide;
use crate::guide::coach::{Report, lint_json_at, lint_text_at};
use crate::resume::{Level, Resume, SectionSpan, resume_from_markdown};
use crate::storage::{
    LockError, SavedResume, Session, StorageError, Store, describe_io, replace_file,
};

pub fn run(cli: &Cli, command: &Command) -> Result<ExitCode, CliError> {
    let store = Store::locate(cli.config_dir.clone())?;
    match command {
        Command::New { level, name, force } => new(&store, *level, name, *force),
        Command::Export {
            format,
            paper,
            pages,
            output,
            force,
            clipboard,
        } => {
            let name = resume_name(cli, &store);
            let target = ExportTarget {
                format: *format,
                paper: paper.as_deref(),
                pages: pages.as_deref(),
            };
            export(&store, &name, target, output.as_deref(), *force, *clipboard)
        }
        Command::Import { file, name, level } => {
            super::import::import(&store, file, name.as_deref(), level.unwrap_or(Level::Mid))
        }
        Command::List => list(&store),
        Command::Lint {
            file,
            level,
            format,
        } => {
            let (resume, label, source) = match file {
                Some(path) => {
                    let markdown = read_markdown(path)?;
                    let level = level.unwrap_or(Level::Mid);
                    let resume = resume_from_markdown(&markdown, level).map_err(|e| {
                        CliError::input(format!("cannot lint {}: {e}", path.display()))
                    })?;
                    let label = if path == Path::new("-") {
                        "<stdin>".to_string()
                    } else {
                        path.display().to_string()
                    };
                    (resume, label, Some(markdown))
                }
                None => {
                    let name = resume_name(cli, &store);
                    let mut resume = load_existing(&store, &name)?.doc.resume;
                    if let Some(level) = level {
                        resume.level = *level;
                    }
                    (resume, format!("{name}.md"), None)
                }
            };
            // Lines count in the user's file when there is one, else in
            // the exported Markdown.
            let spans = match &source {
                Some(markdown) => resume.spans_in(markdown),
                None => resume.to_markdown_with_spans().1,
            };
            let paper = super::export_pdf::remembered_paper(&store);
            lint(&resume, &label, format, &spans, paper)
        }
        Command::Preview { file, width, color } => {
            let markdown = match file {
                Some(path) => read_markdown(path)?,
                None => {
                    let name = resume_name(cli, &store);
                    load_existing(&store, &name)?.doc.resume.to_markdown()
                }
            };
            preview(&markdown, *width, color)
        }
    }
}

/// The resume a command works on: `--resume`, else the last one opened,
/// else the default name.
pub fn resume_name(cli: &Cli, store: &Store) -> String {
    cli.resume
        .clone()
        .or_else(|| store.load_settings().0.last_resume)
        .unwrap_or_else(|| "resume".to_string())
}

fn new(store: &Store, level: Level, name: &str, force: bool) -> Result<ExitCode, CliError> {
    store.ensure()?;
    let path = store.resume_path(name)?;
    // Never replace a resume under a running resumd.
    let _lock = store.lock_resume(name).map_err(lock_error)?;
    match store.load_resume(name) {
        Err(StorageError::NotFound { .. }) => {}
        _ if force => {}
        _ => {
            return Err(CliError::input(format!(
                "a resume named '{name}' already exists: choose another --name, or pass --force to replace it"
            )));
        }
    }
    let doc = SavedResume {
        resume: guide::starter_resume(level),
        session: Session::default(),
    };
    store.save_resume(name, &doc)?;
    let (mut settings, _) = store.load_settings();
    settings.last_resume = Some(name.to_string());
    store.save_settings(&settings)?;
    println!(
        "Created '{name}', a {} resume, at {}.\nRun `resumd --resume {name}` to write it.",
        level.label().to_lowercase(),
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// What `export` was asked to write, as typed.
struct ExportTarget<'a> {
    format: ExportFormat,
    paper: Option<&'a str>,
    pages: Option<&'a str>,
}

fn export(
    store: &Store,
    name: &str,
    target: ExportTarget<'_>,
    output: Option<&str>,
    force: bool,
    clipboard: bool,
) -> Result<ExitCode, CliError> {
    // Every option is checked before anything is read or written.
    let pages = target.pages.map(parse_pages).transpose()?;
    let paper = resolve_paper(store, target.paper)?;
    let format = match target.format {
        ExportFormat::Pdf if clipboard => {
            return Err(CliError::input(
                "a PDF cannot go on the clipboard; write it to a file with -o",
            ));
        }
        ExportFormat::Pdf => {
            let loaded = load_existing(store, name)?;
            for note in &loaded.notes {
                eprintln!("resumd: {note}");
            }
            let request = PdfRequest { paper, pages };
            return write_pdf(&loaded.doc.resume, name, request, output, force);
        }
        ExportFormat::Text(_) if pages.is_some() => {
            return Err(CliError::input(
                "--pages applies to --format pdf only; the other formats have no pages",
            ));
        }
        ExportFormat::Text(format) => format,
    };
    let loaded = load_existing(store, name)?;
    for note in &loaded.notes {
        eprintln!("resumd: {note}");
    }
    let text = format.render_on(&loaded.doc.resume, paper);
    if clipboard {
        copy_to_clipboard(&text)?;
        eprintln!(
            "Sent {} ({} bytes) to the clipboard through the terminal.",
            format.id(),
            text.len()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let default_path = format!("{name}.{}", format.extension());
    let path = output.unwrap_or(&default_path);
    if path == "-" {
        write_stdout(&text)?;
        return Ok(ExitCode::SUCCESS);
    }
    let target = Path::new(path);
    if target.exists() && !force {
        return Err(CliError::input(format!(
            "{path} already exists: pass --force to replace it, or choose another path with -o"
        )));
    }
    replace_file(target, text.as_bytes())
        .map_err(|e| CliError::input(format!("cannot write {path}: {}", describe_io(&e))))?;
    eprintln!("Wrote {path} ({} words).", loaded.doc.resume.word_count());
    Ok(ExitCode::SUCCESS)
}

/// OSC 52 goes to the controlling terminal, so it works even when standard
/// output is redirected; without one there is no clipboard to reach.
fn copy_to_clipboard(text: &str) -> Result<(), CliError> {
    if text.len() > crate::tui::clipboard::MAX_BYTES {
        return Err(CliError::input(
            "the export is too large for the terminal clipboard; write it to a file with -o",
        ));
    }
    let sequence = crate::tui::clipboard::osc52(text);
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

/// Loads a resume that must exist; a missing one is bad input, with the
/// names that do exist.
pub fn load_existing(store: &Store, name: &str) -> Result<crate::storage::Loaded, CliError> {
    store.load_resume(name).map_err(|error| match error {
        StorageError::NotFound { .. } => {
            let names = store.list_resumes().unwrap_or_default();
            let have = if names.is_empty() {
                "there are none yet".to_string()
            } else {
                format!("saved resumes: {}", names.join(", "))
            };
            CliError::input(format!(
                "no resume named '{name}' ({have}); create one with `resumd new --level mid --name {name}`"
            ))
        }
        other => CliError::from(other),
    })
}

/// A resume that another resumd has open cannot be changed from here.
pub fn lock_error(error: LockError) -> CliError {
    match error {
        LockError::Held { pid, host } => CliError::input(format!(
            "that resume is open in another resumd (pid {pid} on {host}); quit it first"
        )),
        LockError::Storage(error) => error.into(),
    }
}

fn lint(
    resume: &Resume,
    label: &str,
    format: &str,
    spans: &[SectionSpan],
    paper: Paper,
) -> Result<ExitCode, CliError> {
    let report = Report::new(resume);
    // The pages the PDF export prints, not an estimate.
    let pages = page_count(resume, paper).map_err(|e| CliError::input(e.to_string()))?;
    let out = if format == "json" {
        let mut value = lint_json_at(resume, &report, spans);
        value["pages"] = pages.into();
        let mut json = serde_json::to_string_pretty(&value)
            .map_err(|e| CliError::input(format!("cannot write the report: {e}")))?;
        json.push('\n');
        json
    } else {
        let mut text = lint_text_at(resume, &report, label, spans);
        text.push_str(&format!(
            "{label}: level {}, score {}, {} errors, {} warnings, {pages} {} on {paper}\n",
            resume.level,
            report.score(),
            report.error_count(),
            report.warning_count(),
            if pages == 1 { "page" } else { "pages" },
        ));
        text
    };
    write_stdout(&out)?;
    Ok(if report.error_count() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes to standard output; a closed pipe (`| head`) is the reader's
/// choice, not an error.
fn write_stdout(text: &str) -> Result<(), CliError> {
    write_stdout_bytes(text.as_bytes())
}

pub fn write_stdout_bytes(bytes: &[u8]) -> Result<(), CliError> {
    let mut lock = std::io::stdout().lock();
    match lock.write_all(bytes).and_then(|()| lock.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::input(format!(
            "cannot write to standard output: {e}"
        ))),
        _ => Ok(()),
    }
}

/// Reads a Markdown file, or standard input for `-`.
pub fn read_markdown(path: &Path) -> Result<String, CliError> {
    let bytes = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
            .map_err(|e| CliError::input(format!("cannot read standard input: {e}")))?;
        bytes
    } else {
        std::fs::read(path).map_err(|e| {
            CliError::input(format!(
                "cannot read {}: {} — check the path",
                path.display(),
                io_reason(&e)
            ))
        })?
    };
    String::from_utf8(bytes).map_err(|e| {
        CliError::input(format!(
            "{} is not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}

fn preview(markdown: &str, width: Option<u16>, color: &str) -> Result<ExitCode, CliError> {
    let stdout = std::io::stdout();
    let to_terminal = stdout.is_terminal();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = match color {
        "always" => true,
        "never" => false,
        _ => to_terminal && !no_color,
    };
    let width = width.unwrap_or_else(|| {
        ratatui::crossterm::terminal::size()
            .ok()
            .filter(|_| to_terminal)
            .map_or(100, |(w, _)| w.max(20))
    });
    write_stdout(&crate::markdown::render_to_ansi(markdown, width, color))?;
    Ok(ExitCode::SUCCESS)
}

fn list(store: &Store) -> Result<ExitCode, CliError> {
    let names = store.list_resumes()?;
    if names.is_empty() {
        eprintln!(
            "No resumes yet in {}. Run `resumd` to start one.",
            store.root().display()
        );
    }
    let last = store.load_settings().0.last_resume;
    for name in names {
        let level = store
            .load_resume(&name)
            .map(|l| l.doc.resume.level.id().to_string())
            .unwrap_or_else(|_| "unreadable".to_string());
        let marker = if last.as_deref() == Some(name.as_str()) {
            "*"
        } else {
            " "
        };
        println!("{marker} {name:<24} {level}");
    }
    Ok(ExitCode::SUCCESS)
}
