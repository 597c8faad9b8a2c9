//! Any bytes in a resume file: loading never panics, a damaged file is
//! moved aside byte for byte, and what loads saves and loads back equal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resumd::storage::{Store, encode};

fuzz_target!(|bytes: &[u8]| {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path().to_path_buf());
    store.ensure().unwrap();
    let path = store.resume_path("fuzz").unwrap();
    std::fs::write(&path, bytes).unwrap();
    match store.load_resume("fuzz") {
        Ok(loaded) => {
            if loaded.read_only {
                return;
            }
            store.save_resume("fuzz", &loaded.doc).unwrap();
            let again = store.load_resume("fuzz").unwrap();
            assert_eq!(encode(&again.doc), encode(&loaded.doc));
        }
        Err(_) => {
            // The original bytes must survive somewhere in the folder.
            let kept = std::fs::read_dir(store.resumes_dir())
                .unwrap()
                .filter_map(|e| std::fs::read(e.unwrap().path()).ok())
                .any(|content| content == bytes);
            assert!(kept, "damaged bytes were lost");
        }
    }
});
