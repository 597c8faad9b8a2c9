//! `settings.json`: the last resume opened and a few preferences.

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::aside::move_aside;
use super::atomic::write_atomic;
use super::error::describe_io;
use super::format::describe_json_error;
use super::load::read_if_present;
use super::{StorageError, Store};

/// User preferences. Missing fields take their defaults, so an older or
/// hand-written file still loads.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub last_resume: Option<String>,
    pub theme: Option<String>,
    /// Mouse capture is off by default: it breaks the terminal's own text
    /// selection, which SSH users rely on.
    pub mouse: bool,
    /// The paper exports print on (`a4` or `letter`); unset follows the locale.
    pub paper: Option<String>,
    /// Spelling: "en-US", "en-GB" or "both" (the default when absent).
    pub dictionary: Option<String>,
    /// Fields this version does not know (written by a newer resumd), kept
    /// so that saving does not drop them.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl Store {
    /// The settings, or defaults if there are none yet. A damaged file is
    /// moved aside (never overwritten) and the notes say where it went.
    pub fn load_settings(&self) -> (Settings, Vec<String>) {
        let path = self.settings_path();
        let reason = match read(&path) {
            Read::Usable(settings, notes) => return (settings, notes),
            Read::Damaged(reason) => reason,
        };
        let note = match move_aside(&path, "corrupt") {
            Ok(moved_to) => format!(
                "{} was damaged ({reason}); it was kept unchanged as {} and default settings \
                 are in use",
                path.display(),
                moved_to.display()
            ),
            Err(e) => format!(
                "{} is damaged ({reason}) and could not be moved aside ({}); default settings \
                 are in use and will replace it on the next save",
                path.display(),
                describe_io(&e)
            ),
        };
        (Settings::default(), vec![note])
    }

    /// Remembers `name` as the resume to open next time.
    pub fn remember_last_resume(&self, name: &str) -> Result<(), StorageError> {
        self.update_settings(|settings| settings.last_resume = Some(name.to_string()))
    }

    /// Loads the settings, applies `change` and saves them if it changed
    /// anything (fields this version does not know are kept).
    pub fn update_settings(&self, change: impl FnOnce(&mut Settings)) -> Result<(), StorageError> {
        let (mut settings, _) = self.load_settings();
        let before = settings.clone();
        change(&mut settings);
        if settings == before && self.settings_path().is_file() {
            return Ok(());
        }
        self.save_settings(&settings)
    }

    /// Writes the settings atomically (creating the config folder if needed).
    pub fn save_settings(&self, settings: &Settings) -> Result<(), StorageError> {
        self.ensure()?;
        let mut bytes = serde_json::to_vec_pretty(settings)
            .expect("settings have only string keys and plain values, so they always serialize");
        bytes.push(b'\n');
        let path = self.settings_path();
        write_atomic(&path, &bytes).map_err(|e| StorageError::io("save", path, e))
    }
}

enum Read {
    /// Settings (defaults when there is no file or it cannot be read), with
    /// notes for the user.
    Usable(Settings, Vec<String>),
    Damaged(String),
}

fn read(path: &Path) -> Read {
    match read_if_present(path) {
        Ok(Some(bytes)) => match parse(&bytes) {
            Ok(settings) => Read::Usable(settings, Vec::new()),
            Err(reason) => Read::Damaged(reason),
        },
        Ok(None) => Read::Usable(Settings::default(), Vec::new()),
        Err(e) => Read::Usable(
            Settings::default(),
            vec![format!("{e}; using default settings")],
        ),
    }
}

/// The settings at `path` without changing anything: a damaged file is
/// reported in the notes and left where it is.
pub(crate) fn read_settings(path: &Path) -> (Settings, Vec<String>) {
    match read(path) {
        Read::Usable(settings, notes) => (settings, notes),
        Read::Damaged(reason) => (
            Settings::default(),
            vec![format!(
                "{} is damaged ({reason}); default settings are in use",
                path.display()
            )],
        ),
    }
}

fn parse(bytes: &[u8]) -> Result<Settings, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("not UTF-8 text: invalid byte at offset {}", e.valid_up_to()))?;
    if text.trim().is_empty() {
        return Err("the file is empty".to_string());
    }
    serde_json::from_str(text).map_err(|e| describe_json_error(&e))
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::at(tmp.path().join("cfg"));
        (tmp, store)
    }

    #[test]
    fn missing_settings_are_defaults_without_notes() {
        let (_tmp, store) = store();
        assert_eq!(store.load_settings(), (Settings::default(), vec![]));
    }

    #[test]
    fn settings_round_trip_and_keep_unknown_fields() {
        let (_tmp, store) = store();
        store.ensure().unwrap();
        fs::write(
            store.settings_path(),
            br#"{"theme": "mono", "future": {"x": 1}}"#,
        )
        .unwrap();
        let (mut settings, notes) = store.load_settings();
        assert!(notes.is_empty());
        assert_eq!(settings.theme.as_deref(), Some("mono"));
        assert!(!settings.mouse);
        settings.last_resume = Some("cv".into());
        store.save_settings(&settings).unwrap();
        let (again, _) = store.load_settings();
        assert_eq!(again, settings);
        let raw: Value = serde_json::from_slice(&fs::read(store.settings_path()).unwrap()).unwrap();
        assert_eq!(raw["future"]["x"], 1);
    }

    #[test]
    fn updates_keep_other_fields_and_skip_needless_writes() {
        let (_tmp, store) = store();
        store.ensure().unwrap();
        fs::write(store.settings_path(), br#"{"theme": "light", "later": 1}"#).unwrap();
        store.remember_last_resume("cv").unwrap();
        let (settings, _) = store.load_settings();
        assert_eq!(settings.last_resume.as_deref(), Some("cv"));
        assert_eq!(settings.theme.as_deref(), Some("light"));
        assert_eq!(settings.other["later"], 1);
        let written = fs::metadata(store.settings_path())
            .unwrap()
            .modified()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        store.update_settings(|s| s.mouse = false).unwrap();
        let again = fs::metadata(store.settings_path())
            .unwrap()
            .modified()
            .unwrap();
        assert_eq!(written, again, "nothing changed, nothing written");

        fs::remove_file(store.settings_path()).unwrap();
        fs::create_dir(store.settings_path()).unwrap();
        assert!(
            store.remember_last_resume("cv").is_err(),
            "a folder in the way"
        );
    }

    #[test]
    fn damaged_settings_are_moved_aside_and_defaults_used() {
        let cases: [&[u8]; 5] = [
            b"",
            b"{\"theme\": \"mo",
            b"\xff\xfe",
            b"{\"mouse\": \"yes\"}",
            b"[]",
        ];
        for bytes in cases {
            let (_tmp, store) = store();
            store.ensure().unwrap();
            fs::write(store.settings_path(), bytes).unwrap();
            let (settings, notes) = store.load_settings();
            assert_eq!(settings, Settings::default());
            let moved: Vec<_> = fs::read_dir(store.root())
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.to_string_lossy().contains("settings.json.corrupt-"))
                .collect();
            assert_eq!(moved.len(), 1, "{bytes:?}");
            assert_eq!(fs::read(&moved[0]).unwrap(), bytes);
            assert!(notes[0].contains(&*moved[0].to_string_lossy()), "{notes:?}");
        }
    }
}
