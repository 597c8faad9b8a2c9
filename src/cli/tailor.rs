//! `resumd match` (what a job posting asks for that the resume does not
//! show) and `resumd variants` (named variants and the tags in use).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::input::{missing_resume, read_existing, resume_name};
use super::out::{one_line, say};
use super::select::{Select, check_tags};
use super::{Cli, CliError};
use crate::guide::jobs::{Lexicon, check_text, match_json, match_resume, match_text, read_posting};
use crate::resume::{Resume, SavedPosting, Variant};
use crate::storage::{SavedResume, Store};

#[derive(Debug, Args)]
pub struct MatchArgs {
    /// The job posting as text (a file, or - for standard input; default:
    /// the posting remembered with the resume or the variant).
    #[arg(value_name = "JOB")]
    pub posting: Option<PathBuf>,
    /// Remember this posting with the resume (with the variant, given
    /// --variant), for later `match`, `lint` and the app.
    #[arg(long, requires = "posting")]
    pub remember: bool,
    /// Forget the posting remembered with the resume (with the variant,
    /// given --variant).
    #[arg(long, conflicts_with_all = ["posting", "remember"])]
    pub forget: bool,
    #[command(flatten)]
    pub select: Select,
    /// text (missing required first, then missing preferred, then found) or json.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
}

#[derive(Debug, Args)]
pub struct VariantsArgs {
    #[command(subcommand)]
    pub action: Option<VariantAction>,
}

#[derive(Debug, Subcommand)]
pub enum VariantAction {
    /// Save a named variant (replaces one of the same name).
    Add {
        name: String,
        /// Tags the variant keeps (comma-separated; untagged content is always kept).
        #[arg(long, value_delimiter = ',', required = true)]
        tags: Vec<String>,
        /// Section titles in the order this variant shows them (comma-separated).
        #[arg(long, value_delimiter = ',')]
        order: Vec<String>,
        /// A summary to use instead of the resume's in this variant.
        #[arg(long)]
        summary: Option<String>,
    },
    /// Delete a named variant.
    Remove { name: String },
}

/// Reads a posting: a missing file, an empty one or a binary one is bad
/// input.
fn read_posting_text(path: &Path) -> Result<String, CliError> {
    let label = if path == Path::new("-") {
        "standard input".to_string()
    } else {
        path.display().to_string()
    };
    let bytes = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
            .map_err(|e| CliError::input(format!("cannot read standard input: {e}")))?;
        bytes
    } else {
        std::fs::read(path).map_err(|e| {
            CliError::input(format!(
                "cannot read {label}: {} — check the path",
                crate::storage::describe_io(&e)
            ))
        })?
    };
    let text = String::from_utf8(bytes).map_err(|_| {
        CliError::input(format!(
            "{label}: the posting is not text (it has binary bytes): save the job ad as plain text"
        ))
    })?;
    check_text(&text).map_err(|e| CliError::input(format!("{label}: {e}")))?;
    Ok(text)
}

/// Opens a resume to change it: never under a running resumd.
fn open_to_change(store: &Store, name: &str) -> Result<SavedResume, CliError> {
    let editing = store.open_for_editing(name)?;
    if let Some(reason) = &editing.read_only {
        return Err(CliError::input(format!(
            "'{name}' cannot be changed from here ({reason}); open it in resumd"
        )));
    }
    editing.doc.ok_or_else(|| missing_resume(store, name))
}

/// Remembers (or forgets, with `None`) the posting of the resume, or of
/// the variant `--variant` names; says which it was.
fn keep_posting(
    resume: &mut Resume,
    variant: Option<&str>,
    posting: Option<SavedPosting>,
) -> Result<String, CliError> {
    match variant {
        Some(variant) => {
            if !resume.set_variant_posting(variant, posting) {
                return Err(CliError::input(format!("no variant named '{variant}'")));
            }
            Ok(format!("variant '{variant}'"))
        }
        None => {
            resume.set_posting(posting);
            Ok("the resume".to_string())
        }
    }
}

fn forget_posting(store: &Store, name: &str, variant: Option<&str>) -> Result<ExitCode, CliError> {
    let mut doc = open_to_change(store, name)?;
    let had = match variant {
        Some(v) => doc.resume.variant(v).is_some_and(|v| v.posting.is_some()),
        None => doc.resume.posting().is_some(),
    };
    let whose = keep_posting(&mut doc.resume, variant, None)?;
    if !had {
        return Err(CliError::input(format!(
            "'{name}' remembers no posting for {whose}: nothing to forget"
        )));
    }
    store.save_resume(name, &doc)?;
    eprintln!(
        "{}",
        one_line(&format!("Forgot the posting of {whose} in '{name}'."))
    );
    Ok(ExitCode::SUCCESS)
}

pub fn run_match(cli: &Cli, store: &Store, args: &MatchArgs) -> Result<ExitCode, CliError> {
    let name = resume_name(cli, store);
    let variant = args.select.variant.as_deref();
    if args.forget {
        return forget_posting(store, &name, variant);
    }
    let given = args.posting.as_deref().map(read_posting_text).transpose()?;
    let doc = if args.remember {
        open_to_change(store, &name)?
    } else {
        read_existing(store, &name)?.doc
    };
    // Checks --only and --variant before anything is remembered.
    let resume = args.select.apply(&doc.resume)?;
    let text = match given {
        Some(text) if args.remember => {
            let mut doc = doc;
            let whose = keep_posting(&mut doc.resume, variant, Some(SavedPosting::new(&text)))?;
            store.save_resume(&name, &doc)?;
            eprintln!(
                "{}",
                one_line(&format!("Remembered the posting with {whose} in '{name}'."))
            );
            text
        }
        Some(text) => text,
        None => {
            let Some(saved) = doc.resume.posting_for(variant) else {
                return Err(CliError::input(format!(
                    "no job posting given and '{name}' remembers none: \
                     run `resumd match JOB.txt --remember` to keep one"
                )));
            };
            eprintln!(
                "{}",
                one_line(&format!(
                    "resumd: note: using the posting remembered with '{name}': {}",
                    saved.display_title()
                ))
            );
            saved.text.clone()
        }
    };
    let lexicon = Lexicon::builtin();
    let posting = read_posting(lexicon, &text).map_err(|e| CliError::input(e.to_string()))?;
    let report = match_resume(lexicon, &posting, &resume, crate::storage::current_month());
    let out = if args.format == "json" {
        match_json(&report)
    } else {
        match_text(&report)
    };
    say(&out)?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_variants(cli: &Cli, store: &Store, args: &VariantsArgs) -> Result<ExitCode, CliError> {
    let name = resume_name(cli, store);
    let Some(action) = &args.action else {
        let resume = read_existing(store, &name)?.doc.resume;
        let mut out = String::new();
        let tags = resume.tags_in_use();
        if tags.is_empty() {
            out.push_str("Tags in use: none (end a bullet or heading with {.tag} to add one)\n");
        } else {
            let tags: Vec<String> = tags.into_iter().collect();
            out.push_str(&format!("Tags in use: {}\n", tags.join(", ")));
        }
        if let Some(posting) = resume.posting() {
            out.push_str(&format!("Posting: {}\n", posting.display_title()));
        }
        if resume.variants().is_empty() {
            out.push_str("Variants: none (add one with `resumd variants add NAME --tags TAG,…`)\n");
        } else {
            out.push_str("Variants:\n");
            for v in resume.variants() {
                let mut line = format!("  {:<16} tags: {}", v.name, v.tags.join(", "));
                if !v.order.is_empty() {
                    line.push_str(&format!(" · order: {}", v.order.join(", ")));
                }
                if v.summary.is_some() {
                    line.push_str(" · own summary");
                }
                if let Some(posting) = &v.posting {
                    line.push_str(&format!(" · posting: {}", posting.display_title()));
                }
                out.push_str(&line);
                out.push('\n');
            }
        }
        say(&out)?;
        return Ok(ExitCode::SUCCESS);
    };
    let mut doc = open_to_change(store, &name)?;
    let resume = &mut doc.resume;
    let message = match action {
        VariantAction::Add {
            name: variant,
            tags,
            order,
            summary,
        } => {
            check_tags(resume, tags, "--tags")?;
            let tags: Vec<String> = tags
                .iter()
                .map(|t| t.trim().trim_start_matches('.').to_lowercase())
                .collect();
            // Redefining a variant keeps the posting it is tailored to.
            let posting = resume.variant(variant).and_then(|v| v.posting.clone());
            resume.set_variant(Variant {
                name: variant.clone(),
                tags,
                order: order.iter().map(|o| o.trim().to_string()).collect(),
                summary: summary.clone(),
                posting,
            });
            format!("Saved variant '{variant}' in '{name}'.")
        }
        VariantAction::Remove { name: variant } => {
            if !resume.remove_variant(variant) {
                return Err(CliError::input(format!(
                    "'{name}' has no variant named '{variant}'"
                )));
            }
            format!("Removed variant '{variant}' from '{name}'.")
        }
    };
    store.save_resume(&name, &doc)?;
    eprintln!("{}", one_line(&message));
    Ok(ExitCode::SUCCESS)
}
