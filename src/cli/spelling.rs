//! The spell checker's set-up before any command runs: the spelling chosen
//! with `--dictionary` (remembered in settings) and the personal dictionary.

use super::{Cli, CliError};
use crate::guide::spelling::{self, Choice, Speller};
use crate::storage::Store;

/// What set-up found that the user should be told.
pub struct Notes {
    /// About the settings file (shown by the app, which reads it again).
    pub settings: Vec<String>,
    /// About the personal dictionary (a damaged file moved aside).
    pub dictionary: Vec<String>,
}

/// Configures the shared spell checker and, for the app, starts parsing its
/// dictionaries in the background. An unknown `--dictionary` is bad input, found before
/// anything is read or written.
pub fn setup(cli: &Cli) -> Result<Notes, CliError> {
    let asked = match &cli.dictionary {
        Some(text) => Some(
            text.parse::<Choice>()
                .map_err(|e| CliError::input(e.to_string()))?,
        ),
        None => None,
    };
    let store = Store::locate(cli.config_dir.clone())?;
    // Only read here: every command runs this, and reading changes no file.
    let (settings, settings_notes) = store.peek_settings();
    let remembered = settings
        .dictionary
        .as_deref()
        .and_then(|id| id.parse().ok());
    let choice = asked.or(remembered).unwrap_or_default();
    if cli.command.is_none() {
        // The app parses the dictionaries while it reads the resume and
        // draws its first frame. Commands parse them on first use, if they
        // check spelling at all (`preview` and `list` never do).
        spelling::preload(choice);
    }
    if asked.is_some() && asked != remembered {
        store.update_settings(|s| s.dictionary = Some(choice.id().to_string()))?;
    }
    let (words, dictionary_notes) = store.load_dictionary();
    spelling::set_shared(Speller::new(choice, words.iter().map(String::as_str)));
    Ok(Notes {
        settings: settings_notes,
        dictionary: dictionary_notes,
    })
}
