//! The command line: arguments, and dispatch to the app or a headless
//! command. Every failure is one line naming the problem and what to do,
//! with exit code 2 for bad input.

mod commands;
mod export;
mod export_pdf;
mod import;
mod input;
mod last;
mod open;
mod out;
mod select;
mod spelling;
mod tailor;

use std::fmt;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::export::Kind;
use crate::resume::Level;

#[derive(Debug, Parser)]
#[command(
    name = "resumd",
    version,
    about = "Write a back-end developer resume in Markdown, guided for your career level.",
    long_about = None
)]
pub struct Cli {
    /// Folder for resumd's files, instead of the user config folder
    /// (also RESUMD_CONFIG_DIR).
    #[arg(long, global = true, value_name = "DIR")]
    pub config_dir: Option<PathBuf>,

    /// Which saved resume to open or use (default: the last one opened).
    #[arg(long, global = true, value_name = "NAME")]
    pub resume: Option<String>,

    /// Colour theme: default, light or mono (NO_COLOR always selects mono).
    #[arg(long, value_name = "THEME", value_parser = ["default", "light", "mono"])]
    pub theme: Option<String>,

    /// Spelling to check against: en-US, en-GB or both (the default); remembered.
    #[arg(long, global = true, value_name = "LANG")]
    pub dictionary: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a resume from the starter template for a level.
    New {
        /// junior (0–2 years), mid, or senior (senior/principal).
        #[arg(long, value_parser = parse_level)]
        level: Level,
        /// Name of the new resume.
        #[arg(long, default_value = "resume")]
        name: String,
        /// Replace an existing resume of that name.
        #[arg(long)]
        force: bool,
    },
    /// Write the resume as Markdown, JSON Resume, HTML, plain text or PDF.
    Export {
        /// markdown, json-resume, html, text or pdf.
        #[arg(long, default_value = "markdown", value_parser = parse_format)]
        format: Kind,
        /// Paper for pdf and html: a4 or letter (default: the last one used, else the locale's; remembered).
        #[arg(long, value_name = "PAPER")]
        paper: Option<String>,
        /// Fit the PDF in N pages, tightening spacing and type down to 9.5 pt (default: 1 for junior, else 2).
        #[arg(long, value_name = "N")]
        pages: Option<String>,
        /// Output file, or - for standard output (default: NAME.md, .json, .html, .txt or .pdf here).
        #[arg(short, long, value_name = "PATH", conflicts_with = "clipboard")]
        output: Option<String>,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
        /// Put the export on the clipboard through the terminal (OSC 52; works over SSH).
        #[arg(long)]
        clipboard: bool,
        /// With -o - on a terminal: write control characters as they are
        /// (they are shown as pictures otherwise; pipes always get exact bytes).
        #[arg(long)]
        raw: bool,
        #[command(flatten)]
        select: select::Select,
    },
    /// Bring in a Markdown or JSON Resume file as a new saved resume.
    Import {
        /// The file to import (.md or .json; - for standard input).
        file: PathBuf,
        /// Name of the new resume (default: from the file name).
        #[arg(long)]
        name: Option<String>,
        /// The level to coach it for (default: mid).
        #[arg(long, value_parser = parse_level)]
        level: Option<Level>,
    },
    /// List saved resumes.
    List,
    /// Run the coach without the app: one finding a line, exit 1 on errors.
    Lint {
        /// A Markdown file, or - for standard input (default: the saved resume).
        file: Option<PathBuf>,
        /// Judge for this level (default: the saved resume's level; mid for a file).
        #[arg(long, value_parser = parse_level)]
        level: Option<Level>,
        /// text (FILE:LINE:COL: severity[rule]: message) or json.
        #[arg(long, default_value = "text", value_parser = ["text", "json"])]
        format: String,
        #[command(flatten)]
        select: select::Select,
    },
    /// Which skills a job posting asks for, and which the resume shows.
    Match(tailor::MatchArgs),
    /// List the resume's named variants and the tags in use; add or remove a variant.
    Variants(tailor::VariantsArgs),
    /// Render Markdown to the terminal, as the app's preview shows it.
    Preview {
        /// A Markdown file, or - for standard input (default: the saved resume).
        file: Option<PathBuf>,
        /// Columns to wrap at (default: the terminal's width, else 100).
        #[arg(long, value_parser = clap::value_parser!(u16).range(20..=1000))]
        width: Option<u16>,
        /// Styles: auto (when writing to a terminal and NO_COLOR is unset), always, never.
        #[arg(long, default_value = "auto", value_parser = ["auto", "always", "never"])]
        color: String,
    },
}

fn parse_format(text: &str) -> Result<Kind, String> {
    Kind::parse(text)
}

fn parse_level(text: &str) -> Result<Level, String> {
    text.parse::<Level>().map_err(|e| e.to_string())
}

/// A failed command: the message to print and the exit code.
#[derive(Debug)]
pub struct CliError {
    pub message: String,
    pub code: u8,
}

impl CliError {
    /// Bad input: a wrong name, a missing file, a path that exists.
    pub fn input(message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            code: 2,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<crate::storage::StorageError> for CliError {
    fn from(error: crate::storage::StorageError) -> Self {
        CliError::input(error.to_string())
    }
}

/// Parses the arguments and runs what they ask for.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = spelling::setup(&cli).and_then(|notes| match cli.command {
        None => open::run_app(&cli, [notes.settings, notes.dictionary].concat()),
        Some(ref command) => {
            for note in notes.dictionary {
                eprintln!("resumd: note: {note}");
            }
            commands::run(&cli, command)
        }
    });
    match result {
        Ok(code) => code,
        Err(error) => {
            out::warn(&error.message);
            ExitCode::from(error.code)
        }
    }
}
