use std::ffi::OsString;
use std::fs::DirBuilder;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use super::StorageError;

/// The environment variable that replaces the config folder (tests use it so
/// they never touch the real home directory).
pub const CONFIG_DIR_ENV: &str = "RESUMD_CONFIG_DIR";

const MAX_NAME_LEN: usize = 64;

/// Where resumd keeps its files: `root/settings.json` and
/// `root/resumes/<name>.json` (plus `.bak`, `.lock` and moved-aside copies).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    /// The config folder: `--config-dir` if given, else `$RESUMD_CONFIG_DIR`,
    /// else the platform's config folder for resumd (`~/.config/resumd` on Linux).
    /// Nothing is created; call [`Store::ensure`] before writing.
    pub fn locate(override_dir: Option<PathBuf>) -> Result<Store, StorageError> {
        Self::locate_from(override_dir, std::env::var_os(CONFIG_DIR_ENV))
    }

    fn locate_from(
        override_dir: Option<PathBuf>,
        env_dir: Option<OsString>,
    ) -> Result<Store, StorageError> {
        let chosen = override_dir
            .filter(|p| !p.as_os_str().is_empty())
            .or_else(|| env_dir.filter(|v| !v.is_empty()).map(PathBuf::from));
        let root = match chosen {
            // Made absolute now so a later change of working directory (an
            // external editor, say) cannot move the store.
            Some(dir) => std::path::absolute(&dir)
                .map_err(|e| StorageError::io("resolve the config folder", dir, e))?,
            None => directories::ProjectDirs::from("", "", "resumd")
                .ok_or(StorageError::NoConfigDir)?
                .config_dir()
                .to_path_buf(),
        };
        Ok(Store { root })
    }

    /// A store rooted at exactly `root`.
    pub fn at(root: impl Into<PathBuf>) -> Store {
        Store { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn resumes_dir(&self) -> PathBuf {
        self.root.join("resumes")
    }

    /// Creates the config and resumes folders (0700: resumes hold phone
    /// numbers and addresses). Folders that already exist are left as they are.
    pub fn ensure(&self) -> Result<(), StorageError> {
        let mut builder = DirBuilder::new();
        builder.recursive(true).mode(0o700);
        for dir in [self.root.clone(), self.resumes_dir()] {
            builder
                .create(&dir)
                .map_err(|e| StorageError::io("create", dir, e))?;
        }
        Ok(())
    }

    /// The file that holds resume `name`, after checking the name is allowed.
    pub fn resume_path(&self, name: &str) -> Result<PathBuf, StorageError> {
        validate_resume_name(name)?;
        Ok(self.resumes_dir().join(format!("{name}.json")))
    }

    pub fn settings_path(&self) -> PathBuf {
        self.root.join("settings.json")
    }
}

/// Resume names become file names, so only `[A-Za-z0-9._-]`, 1–64 characters,
/// not starting with '.' (no hidden files, no `..`).
pub fn validate_resume_name(name: &str) -> Result<(), StorageError> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
    let ok = !name.is_empty()
        && name.len() <= MAX_NAME_LEN
        && !name.starts_with('.')
        && name.chars().all(allowed);
    if ok {
        Ok(())
    } else {
        Err(StorageError::InvalidName {
            name: name.to_string(),
        })
    }
}

/// `path` with `suffix` appended to its file name (`a.json` → `a.json.bak`).
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(OsString::from).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// A path the user typed, with a leading `~/` meaning their home folder
/// (shells expand it; a prompt in the app does not).
pub fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn override_beats_environment_which_beats_platform_default() {
        let store =
            Store::locate_from(Some("/a/flag".into()), Some(OsString::from("/b/env"))).unwrap();
        assert_eq!(store.root(), Path::new("/a/flag"));
        let store = Store::locate_from(None, Some(OsString::from("/b/env"))).unwrap();
        assert_eq!(store.root(), Path::new("/b/env"));
        // An empty variable counts as unset rather than "the current folder".
        if let Ok(store) = Store::locate_from(None, Some(OsString::new())) {
            assert!(store.root().ends_with("resumd"), "{:?}", store.root());
        }
    }

    #[test]
    fn relative_override_is_made_absolute() {
        let store = Store::locate_from(Some("rel/dir".into()), None).unwrap();
        assert!(store.root().is_absolute());
        assert!(store.root().ends_with("rel/dir"));
    }

    #[test]
    fn ensure_creates_private_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::at(tmp.path().join("cfg"));
        store.ensure().unwrap();
        for dir in [store.root().to_path_buf(), store.resumes_dir()] {
            let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o700, "{}", dir.display());
        }
    }

    #[test]
    fn ensure_explains_an_unusable_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("plain-file");
        std::fs::write(&file, b"x").unwrap();
        let err = Store::at(file.join("resumd")).ensure().unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("cannot create "), "{text}");
        assert!(text.contains("RESUMD_CONFIG_DIR"), "{text}");
    }

    #[test]
    fn names_are_checked() {
        for good in ["cv", "backend-2025", "a.b_c", &"x".repeat(64)] {
            assert!(validate_resume_name(good).is_ok(), "{good}");
        }
        for bad in ["", ".hidden", "..", "a/b", "a b", "é", &"x".repeat(65)] {
            let err = validate_resume_name(bad).unwrap_err().to_string();
            assert!(err.contains("letters, digits"), "{bad}: {err}");
        }
        let store = Store::at("/cfg");
        assert_eq!(
            store.resume_path("cv").unwrap(),
            Path::new("/cfg/resumes/cv.json")
        );
        assert!(store.resume_path("../x").is_err());
    }

    #[test]
    fn suffix_goes_on_the_file_name() {
        assert_eq!(
            with_suffix(Path::new("/d/a.json"), ".bak"),
            Path::new("/d/a.json.bak")
        );
    }
}
