//! Writes the benchmark resume.
//!
//! ```sh
//! cargo run --release --example gen_big_resume -- --lines 2000 > big.md
//! cargo run --release --example gen_big_resume -- --lines 2000 --save-to DIR --name big
//! ```
//!
//! `--save-to DIR` stores it as a saved resume in a resumd config folder
//! (the folder `RESUMD_CONFIG_DIR` or `--config-dir` points at) instead of
//! printing the Markdown; resumd opens it on a new line at the end of the
//! section titled `--section TITLE` (default: the longest section).

#[path = "../benches/support/big_resume.rs"]
mod big_resume;

use std::path::PathBuf;
use std::process::ExitCode;

use resumd::resume::Level;
use resumd::storage::Store;

struct Args {
    lines: usize,
    seed: u64,
    save_to: Option<PathBuf>,
    name: String,
    section: Option<String>,
}

fn parse() -> Result<Args, String> {
    let mut args = Args {
        lines: 2000,
        seed: big_resume::DEFAULT_SEED,
        save_to: None,
        name: "big".to_string(),
        section: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--lines" => args.lines = value()?.parse().map_err(|e| format!("--lines: {e}"))?,
            "--seed" => args.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--save-to" => args.save_to = Some(PathBuf::from(value()?)),
            "--name" => args.name = value()?,
            "--section" => args.section = Some(value()?),
            other => {
                return Err(format!(
                    "unknown argument {other}; use --lines N --seed S [--save-to DIR --name NAME --section TITLE]"
                ));
            }
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("gen_big_resume: {message}");
            return ExitCode::from(2);
        }
    };
    let markdown = big_resume::markdown(args.lines, args.seed);
    let Some(dir) = args.save_to else {
        print!("{markdown}");
        return ExitCode::SUCCESS;
    };
    let resume = big_resume::resume_from_markdown(&markdown, Level::Senior);
    let chosen = match &args.section {
        Some(title) => resume.sections().iter().find(|s| &s.title == title),
        None => resume.sections().iter().max_by_key(|s| s.body.len()),
    };
    let Some(id) = chosen.map(|s| s.id) else {
        eprintln!(
            "gen_big_resume: no section titled {:?}; titles are the generated `## ` headings",
            args.section.unwrap_or_default()
        );
        return ExitCode::from(2);
    };
    // Open at the end of that section, on a line of its own.
    let doc = big_resume::open_at_end_of(resume, id);
    let store = Store::at(&dir);
    match store
        .ensure()
        .and_then(|()| store.save_resume(&args.name, &doc))
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("gen_big_resume: {error}");
            ExitCode::from(1)
        }
    }
}
