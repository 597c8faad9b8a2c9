use std::ffi::CString;
use std::io::Read;
use std::os::unix::fs::symlink;

use super::*;

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_new_file_is_private() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("cv.md");
    assert_eq!(export_target(&path).unwrap(), ExportTarget::New);
    write_export(&path, b"new", false).unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"new");
    assert_eq!(mode(&path), 0o600);
    assert_eq!(names_in(tmp.path()), ["cv.md"], "no temp file left");
}

#[test]
fn an_existing_file_needs_consent_and_keeps_its_permissions() {
    let tmp = tempfile::tempdir().unwrap();
    for keep in [0o600, 0o640, 0o755] {
        let path = tmp.path().join(format!("cv-{keep:o}.md"));
        fs::write(&path, b"old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(keep)).unwrap();
        let err = write_export(&path, b"new", false).unwrap_err();
        assert!(matches!(err, ExportError::Exists(_)), "{err}");
        assert!(err.to_string().contains("--force"), "{err}");
        assert_eq!(fs::read(&path).unwrap(), b"old");

        let inode_before = fs::metadata(&path).unwrap().ino();
        write_export(&path, b"new", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(mode(&path), keep, "permissions kept");
        assert_ne!(
            fs::metadata(&path).unwrap().ino(),
            inode_before,
            "replaced whole, by rename"
        );
    }
    assert_eq!(names_in(tmp.path()).len(), 3, "no temp file left");
}

#[test]
fn a_link_is_followed_to_its_file_and_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let real = tmp.path().join("real.md");
    fs::write(&real, b"old").unwrap();
    fs::set_permissions(&real, fs::Permissions::from_mode(0o644)).unwrap();
    let link = tmp.path().join("link.md");
    symlink("real.md", &link).unwrap();
    assert_eq!(export_target(&link).unwrap(), ExportTarget::ExistingFile);
    assert!(write_export(&link, b"new", false).is_err());
    write_export(&link, b"new", true).unwrap();
    assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
    assert_eq!(fs::read(&real).unwrap(), b"new");
    assert_eq!(mode(&real), 0o644);
}

#[test]
fn a_dangling_link_is_refused_without_consent() {
    let tmp = tempfile::tempdir().unwrap();
    let link = tmp.path().join("link.md");
    symlink("gone/../target.md", &link).unwrap();
    let err = write_export(&link, b"x", false).unwrap_err();
    assert!(matches!(err, ExportError::DanglingLink { .. }), "{err:?}");
    assert!(err.to_string().contains("does not exist"), "{err}");
    assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
    assert!(!tmp.path().join("target.md").exists());

    // With consent the file the link names is created; the link stays.
    symlink("target.md", tmp.path().join("link2.md")).unwrap();
    write_export(&tmp.path().join("link2.md"), b"made", true).unwrap();
    assert!(
        fs::symlink_metadata(tmp.path().join("link2.md"))
            .unwrap()
            .is_symlink()
    );
    assert_eq!(fs::read(tmp.path().join("target.md")).unwrap(), b"made");
}

#[test]
fn dev_null_is_written_to_and_never_replaced() {
    let null = Path::new("/dev/null");
    assert_eq!(export_target(null).unwrap(), ExportTarget::Stream);
    write_export(null, b"gone", false).unwrap();
    write_export(null, b"gone", true).unwrap();
    let meta = fs::metadata(null).unwrap();
    assert!(meta.file_type().is_char_device(), "still a device");
}

#[test]
fn dev_full_reports_the_full_disk() {
    let full = Path::new("/dev/full");
    let err = write_export(full, b"x", true).unwrap_err();
    assert!(err.to_string().contains("disk full"), "{err}");
    assert!(fs::metadata(full).unwrap().file_type().is_char_device());
}

#[test]
fn a_fifo_is_written_to_and_stays_a_fifo() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("pipe");
    let c_path = CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    let reader_path = fifo.clone();
    let reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        File::open(&reader_path)
            .unwrap()
            .read_to_end(&mut text)
            .unwrap();
        text
    });
    assert_eq!(export_target(&fifo).unwrap(), ExportTarget::Stream);
    write_export(&fifo, b"through the pipe", true).unwrap();
    assert_eq!(reader.join().unwrap(), b"through the pipe");
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    assert_eq!(names_in(tmp.path()), ["pipe"]);
}

#[test]
fn folders_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let err = write_export(tmp.path(), b"x", true).unwrap_err();
    assert!(err.to_string().contains("a folder"), "{err}");
}
