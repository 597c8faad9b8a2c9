//! Moving files out of the way without ever replacing another file.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::paths::with_suffix;

/// Renames `path` to `<path>.<label>-<YYYYmmddTHHMMSS>` (UTC), adding `-2`,
/// `-3`… if that name is taken, and returns the new path. The bytes are not
/// touched: the file keeps its inode.
pub(crate) fn move_aside(path: &Path, label: &str) -> io::Result<PathBuf> {
    let stamp = utc_stamp(SystemTime::now());
    let base = with_suffix(path, &format!(".{label}-{stamp}"));
    for attempt in 1..1000 {
        let target = if attempt == 1 {
            base.clone()
        } else {
            with_suffix(&base, &format!("-{attempt}"))
        };
        match rename_no_clobber(path, &target) {
            Ok(()) => return Ok(target),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("too many files named {}-N", base.display()),
    ))
}

/// Renames `from` to `to`, failing with `AlreadyExists` rather than replacing
/// `to`. A hard link is atomic about that; file systems without links fall
/// back to check-then-rename.
pub(crate) fn rename_no_clobber(from: &Path, to: &Path) -> io::Result<()> {
    match fs::hard_link(from, to) {
        Ok(()) => fs::remove_file(from),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(e),
        Err(_) => {
            if fs::symlink_metadata(to).is_ok() {
                return Err(io::Error::from(io::ErrorKind::AlreadyExists));
            }
            fs::rename(from, to)
        }
    }
}

/// This month (UTC), for roles that run to the present.
pub fn current_month() -> crate::guide::jobs::Month {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (year, month, _) = civil_from_days((secs / 86_400) as i64);
    crate::guide::jobs::month(year as u32, month)
}

/// `YYYYmmddTHHMMSS` in UTC: sorts by time and is safe in a file name.
pub(crate) fn utc_stamp(time: SystemTime) -> String {
    let secs = time
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 → (year, month, day) in the proleptic Gregorian
/// calendar (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn at(secs: u64) -> String {
        utc_stamp(UNIX_EPOCH + Duration::from_secs(secs))
    }

    #[test]
    fn stamps_known_instants() {
        assert_eq!(at(0), "19700101T000000");
        // 2000-02-29 (a leap day in a century year) 12:34:56
        assert_eq!(at(951_827_696), "20000229T123456");
        // 2024-12-31 23:59:59, the last second of a leap year
        assert_eq!(at(1_735_689_599), "20241231T235959");
        assert_eq!(at(1_735_689_600), "20250101T000000");
    }

    #[test]
    fn moving_aside_never_replaces_an_earlier_copy() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("cv.json");
        fs::write(&path, b"first").unwrap();
        let first = move_aside(&path, "corrupt").unwrap();
        fs::write(&path, b"second").unwrap();
        let second = move_aside(&path, "corrupt").unwrap();
        assert_ne!(first, second);
        assert!(!path.exists());
        let name = first.file_name().unwrap().to_str().unwrap();
        assert!(name.starts_with("cv.json.corrupt-"), "{name}");
        assert_eq!(name.len(), "cv.json.corrupt-".len() + 15);
        // Two moves within one second get distinct names; either order of
        // contents is fine as long as both survive.
        let mut contents = [fs::read(&first).unwrap(), fs::read(&second).unwrap()];
        contents.sort();
        assert_eq!(contents, [b"first".to_vec(), b"second".to_vec()]);
    }

    #[test]
    fn no_clobber_rename_refuses_to_replace() {
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        fs::write(&a, b"a").unwrap();
        fs::write(&b, b"b").unwrap();
        let err = rename_no_clobber(&a, &b).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&b).unwrap(), b"b");
        assert_eq!(fs::read(&a).unwrap(), b"a");
    }
}
