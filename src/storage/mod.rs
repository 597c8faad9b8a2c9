//! TEMPORARY interface stub.
use crate::resume::{Resume, SectionId};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
#[derive(Debug)]
pub enum StorageError {
    NotFound(String),
    Other(String),
}
impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::NotFound(n) => write!(f, "no resume named '{n}'"),
            StorageError::Other(s) => f.write_str(s),
        }
    }
}
impl std::error::Error for StorageError {}
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub section: Option<SectionId>,
    pub cursor: (usize, usize),
    pub preview_scroll: usize,
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedResume {
    pub resume: Resume,
    pub session: Session,
}
pub struct Loaded {
    pub doc: SavedResume,
    pub read_only: bool,
    pub notes: Vec<String>,
}
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Settings {
    pub last_resume: Option<String>,
    pub theme: Option<String>,
    pub mouse: bool,
}
pub struct Store {
    root: PathBuf,
}
pub fn encode(doc: &SavedResume) -> Vec<u8> {
    serde_json::to_vec_pretty(doc).unwrap()
}
impl Store {
    pub fn locate(o: Option<PathBuf>) -> Result<Store, StorageError> {
        Ok(Store {
            root: o
                .or_else(|| std::env::var_os("RESUMD_CONFIG_DIR").map(PathBuf::from))
                .unwrap_or_else(|| PathBuf::from("/tmp/resumd")),
        })
    }
    pub fn root(&self) -> &Path {
        &self.root
    }
    pub fn ensure(&self) -> Result<(), StorageError> {
        std::fs::create_dir_all(self.root.join("resumes"))
            .map_err(|e| StorageError::Other(e.to_string()))
    }
    pub fn resume_path(&self, name: &str) -> PathBuf {
        self.root.join("resumes").join(format!("{name}.json"))
    }
    pub fn load_resume(&self, name: &str) -> Result<Loaded, StorageError> {
        let b = std::fs::read(self.resume_path(name))
            .map_err(|_| StorageError::NotFound(name.into()))?;
        Ok(Loaded {
            doc: serde_json::from_slice(&b).map_err(|e| StorageError::Other(e.to_string()))?,
            read_only: false,
            notes: vec![],
        })
    }
    pub fn save_resume(&self, name: &str, doc: &SavedResume) -> Result<(), StorageError> {
        self.ensure()?;
        std::fs::write(self.resume_path(name), encode(doc))
            .map_err(|e| StorageError::Other(e.to_string()))
    }
    pub fn list_resumes(&self) -> Vec<String> {
        vec![]
    }
    pub fn load_settings(&self) -> (Settings, Vec<String>) {
        (
            std::fs::read(self.root.join("settings.json"))
                .ok()
                .and_then(|b| serde_json::from_slice(&b).ok())
                .unwrap_or_default(),
            vec![],
        )
    }
    pub fn save_settings(&self, s: &Settings) -> Result<(), StorageError> {
        self.ensure()?;
        std::fs::write(
            self.root.join("settings.json"),
            serde_json::to_vec(s).unwrap(),
        )
        .map_err(|e| StorageError::Other(e.to_string()))
    }
}
pub enum SaveOutcome {
    Saved { at: SystemTime },
    Failed { error: String },
}
pub struct Autosaver {
    path: PathBuf,
    outcome: Option<SaveOutcome>,
}
impl Autosaver {
    pub fn spawn(path: PathBuf) -> Autosaver {
        Autosaver {
            path,
            outcome: None,
        }
    }
    pub fn submit(&mut self, bytes: Vec<u8>) {
        self.outcome = Some(match std::fs::write(&self.path, bytes) {
            Ok(()) => SaveOutcome::Saved {
                at: SystemTime::now(),
            },
            Err(e) => SaveOutcome::Failed {
                error: e.to_string(),
            },
        })
    }
    pub fn poll(&mut self) -> Option<SaveOutcome> {
        self.outcome.take()
    }
    pub fn flush(&mut self, _t: Duration) -> Result<(), String> {
        Ok(())
    }
}
