//! Reading a file the user names (an import, a file to lint): the whole
//! file as UTF-8 text, or one sentence saying what is wrong with it.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::error::describe_io;

/// Why a user's file could not be read as text.
#[derive(Debug)]
pub enum UserFileError {
    Io { path: PathBuf, source: io::Error },
    NotUtf8 { path: PathBuf, offset: usize },
}

impl fmt::Display for UserFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UserFileError::Io { path, source } => {
                let why = match source.kind() {
                    io::ErrorKind::NotFound => "no such file".to_string(),
                    io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                    _ => describe_io(source),
                };
                write!(f, "cannot read {}: {why} — check the path", path.display())
            }
            UserFileError::NotUtf8 { path, offset } => write!(
                f,
                "{} is not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8",
                path.display()
            ),
        }
    }
}

impl std::error::Error for UserFileError {}

/// The text of `path`, which must be UTF-8.
pub fn read_user_text(path: &Path) -> Result<String, UserFileError> {
    let bytes = std::fs::read(path).map_err(|source| UserFileError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    text_from(path, bytes)
}

/// `bytes` as text, or an error naming `path` and where the text breaks.
pub fn text_from(path: &Path, bytes: Vec<u8>) -> Result<String, UserFileError> {
    String::from_utf8(bytes).map_err(|e| UserFileError::NotUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_and_names_what_is_wrong() {
        let tmp = tempfile::tempdir().unwrap();
        let good = tmp.path().join("cv.md");
        std::fs::write(&good, "# Ada\n").unwrap();
        assert_eq!(read_user_text(&good).unwrap(), "# Ada\n");

        let bad = tmp.path().join("latin1.md");
        std::fs::write(&bad, b"caf\xe9").unwrap();
        let err = read_user_text(&bad).unwrap_err().to_string();
        assert!(
            err.ends_with("(invalid byte at offset 3); save it as UTF-8"),
            "{err}"
        );

        let err = read_user_text(&tmp.path().join("none.md"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("none.md: no such file — check the path"),
            "{err}"
        );
        let err = read_user_text(tmp.path()).unwrap_err().to_string();
        assert!(err.contains("it is a folder"), "{err}");
    }
}
