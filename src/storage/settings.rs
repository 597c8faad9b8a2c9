//! `settings.json`: the last resume opened and a few preferences.

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
        let bytes = match read_if_present(&path) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return (Settings::default(), Vec::new()),
            Err(e) => {
                return (
                    Settings::default(),
                    vec![format!("{e}; using default settings")],
                );
            }
        };
        let reason = match parse(&bytes) {
            Ok(settings) => return (settings, Vec::new()),
            Err(reason) => reason,
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
