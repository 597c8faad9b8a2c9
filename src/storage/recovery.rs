//! The last resort when the resume file cannot be written and resumd must
//! end (a signal, a lost terminal): the text goes to a private file in the
//! temporary folder, never to the resume's own folder (which is failing).

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

/// Writes `bytes` (an encoded resume) to a new file readable only by the
/// user in the temporary folder and returns its path. Never replaces a file.
pub fn write_recovery(name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let stamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let path = std::env::temp_dir().join(format!(
        "resumd-recovered-{safe}-{stamp}-{}.json",
        std::process::id()
    ));
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn the_recovery_file_is_private_and_holds_the_bytes() {
        let path = write_recovery("my/resume", b"{\"format\": 1}").unwrap();
        let meta = std::fs::metadata(&path).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::read(&path).unwrap(), b"{\"format\": 1}");
        assert!(
            path.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .contains("my_resume")
        );
        std::fs::remove_file(path).unwrap();
    }
}
