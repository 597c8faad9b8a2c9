//! The headless commands: new, list, lint, preview (export and import have
//! their own modules). Output reaches the terminal through [`super::out`].

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use super::input::{read_existing, read_text, resume_name};
use super::last::remember_last;
use super::out::{json_safe, one_line, say, warn, write_stdout};
use super::{Cli, CliError, Command};
use crate::export::{Paper, page_count};
use crate::guide;
use crate::guide::coach::{Report, lint_json_at, lint_text_at};
use crate::guide::jobs::{Lexicon, Posting, read_posting};
use crate::resume::{Level, Resume, SectionSpan, resume_from_markdown};
use crate::storage::{IfExists, StorageError, Store};

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
            raw,
            select,
        } => {
            let name = resume_name(cli, &store);
            let target = super::export::Target::choose(output.as_deref(), *clipboard, *raw);
            let options = super::export::Options {
                format: *format,
                paper: paper.as_deref(),
                pages: pages.as_deref(),
                force: *force,
                select,
            };
            super::export::export(&store, &name, target, options)
        }
        Command::Import { file, name, level } => {
            super::import::import(&store, file, name.as_deref(), level.unwrap_or(Level::Mid))
        }
        Command::List => list(&store),
        Command::Lint {
            file,
            level,
            format,
            select,
        } => {
            let (resume, label, source, posting) = match file {
                Some(path) => {
                    let markdown = read_text(path)?;
                    let level = level.unwrap_or(Level::Mid);
                    let resume = resume_from_markdown(&markdown, level).map_err(|e| {
                        CliError::input(format!("cannot lint {}: {e}", path.display()))
                    })?;
                    let label = if path == Path::new("-") {
                        "<stdin>".to_string()
                    } else {
                        path.display().to_string()
                    };
                    (resume, label, Some(markdown), None)
                }
                None => {
                    let name = resume_name(cli, &store);
                    let loaded = read_existing(&store, &name)?;
                    for note in &loaded.notes {
                        warn(note);
                    }
                    let mut resume = loaded.doc.resume;
                    if let Some(level) = level {
                        resume.level = *level;
                    }
                    let posting = remembered_posting(&resume, &name, select.variant.as_deref());
                    (resume, format!("{name}.md"), None, posting)
                }
            };
            let resume = select.apply(&resume)?;
            // Lines count in the user's file when there is one, else in
            // the exported Markdown.
            let spans = match &source {
                Some(markdown) => resume.spans_in(markdown),
                None => resume.to_markdown_with_spans().1,
            };
            let paper = store.remembered_paper();
            lint(&resume, &label, format, &spans, paper, posting.as_ref())
        }
        Command::Match(args) => super::tailor::run_match(cli, &store, args),
        Command::Variants(args) => super::tailor::run_variants(cli, &store, args),
        Command::Preview { file, width, color } => {
            let markdown = match file {
                Some(path) => read_text(path)?,
                None => {
                    let name = resume_name(cli, &store);
                    let loaded = read_existing(&store, &name)?;
                    for note in &loaded.notes {
                        warn(note);
                    }
                    loaded.doc.resume.to_markdown()
                }
            };
            preview(&markdown, *width, color)
        }
    }
}

fn new(store: &Store, level: Level, name: &str, force: bool) -> Result<ExitCode, CliError> {
    let if_exists = if force {
        IfExists::Replace
    } else {
        IfExists::Refuse
    };
    let created = store
        .create_resume(name, guide::starter_resume(level), if_exists)
        .map_err(|error| match error {
            StorageError::AlreadyExists { .. } => CliError::input(format!(
                "a resume named '{name}' already exists: choose another --name, or pass --force to replace it"
            )),
            other => other.into(),
        })?;
    remember_last(store, name);
    say(&format!(
        "Created '{name}', a {} resume, at {}.\nRun `resumd --resume {name}` to write it.\n",
        level.label().to_lowercase(),
        created.path.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// The posting remembered with a saved resume (or the variant linted),
/// read for the coach; one that no longer reads as a posting is skipped
/// with a note.
fn remembered_posting(resume: &Resume, name: &str, variant: Option<&str>) -> Option<Posting> {
    let saved = resume.posting_for(variant)?;
    match read_posting(Lexicon::builtin(), &saved.text) {
        Ok(posting) => {
            eprintln!(
                "resumd: note: {}",
                one_line(&format!(
                    "with the posting remembered with '{name}': {}",
                    saved.display_title()
                ))
            );
            Some(posting)
        }
        Err(e) => {
            warn(&format!(
                "the posting remembered with '{name}' was skipped: {e}"
            ));
            None
        }
    }
}

fn lint(
    resume: &Resume,
    label: &str,
    format: &str,
    spans: &[SectionSpan],
    paper: Paper,
    posting: Option<&Posting>,
) -> Result<ExitCode, CliError> {
    // The pages the PDF export prints, not an estimate: the length rule,
    // the summary line and JSON's `pages` all read this count.
    let pages = page_count(resume, paper).map_err(|e| CliError::input(e.to_string()))?;
    let mut report = Report::with_posting(resume, posting);
    report.set_typeset_pages(Some(pages));
    let out = if format == "json" {
        let value = lint_json_at(resume, &report, spans);
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
    // The report quotes the resume, so it is made safe wherever it goes:
    // a CI log is read on a terminal too.
    if format == "json" {
        write_stdout(json_safe(&out).as_bytes())?;
    } else {
        say(&out)?;
    }
    Ok(if report.error_count() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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
    // The renderer shows control characters from the text as pictures.
    write_stdout(crate::markdown::render_to_ansi(markdown, width, color).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// Lists the library without changing a file: damaged resumes are listed
/// as damaged and moved aside only when opened in the app.
fn list(store: &Store) -> Result<ExitCode, CliError> {
    let entries = store.list_library()?;
    if entries.is_empty() {
        warn(&format!(
            "no resumes yet in {}. Run `resumd` to start one.",
            store.root().display()
        ));
    }
    let last = store.peek_settings().0.last_resume;
    let mut out = String::new();
    for entry in entries {
        let marker = if last.as_deref() == Some(entry.name.as_str()) {
            "*"
        } else {
            " "
        };
        out.push_str(&format!(
            "{marker} {:<24} {}\n",
            entry.name,
            entry.state.label()
        ));
    }
    say(&out)?;
    Ok(ExitCode::SUCCESS)
}
