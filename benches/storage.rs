//! Loading, saving and encoding the 2,000-line resume.

#[path = "support/big_resume.rs"]
mod big_resume;

use divan::Bencher;
use resumd::storage::{SavedResume, Session, Store, encode};

fn main() {
    divan::main();
}

fn big_doc() -> SavedResume {
    SavedResume {
        resume: big_resume::big(),
        session: Session::default(),
    }
}

#[divan::bench]
fn encode_big(bencher: Bencher) {
    let doc = big_doc();
    bencher.bench_local(|| encode(divan::black_box(&doc)));
}

/// An atomic save: temporary file, fsync, rename, backup.
#[divan::bench(sample_count = 20)]
fn save_big(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::at(dir.path());
    store.ensure().expect("config folder");
    let doc = big_doc();
    bencher.bench_local(|| store.save_resume("big", &doc).expect("save"));
}

#[divan::bench]
fn load_big(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::at(dir.path());
    store.ensure().expect("config folder");
    store.save_resume("big", &big_doc()).expect("save");
    bencher.bench_local(|| store.load_resume("big").expect("load"));
}
