//! Bringing an existing resume in: Markdown or JSON Resume, told apart by
//! the file name or, failing that, by the text itself.

use super::{Level, Resume, from_json_resume, import_markdown};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    Markdown,
    JsonResume,
}

impl SourceFormat {
    /// `.json` files are JSON Resume, `.md`/`.markdown`/`.txt` Markdown;
    /// anything else is JSON when it starts like a JSON object.
    pub fn detect(file_name: &str, text: &str) -> SourceFormat {
        let lower = file_name.to_ascii_lowercase();
        if lower.ends_with(".json") {
            SourceFormat::JsonResume
        } else if [".md", ".markdown", ".txt"]
            .iter()
            .any(|e| lower.ends_with(e))
        {
            SourceFormat::Markdown
        } else if text.trim_start().starts_with('{') {
            SourceFormat::JsonResume
        } else {
            SourceFormat::Markdown
        }
    }
}

/// The resume in `text`, or a one-line reason it is not one.
pub fn import_text(text: &str, format: SourceFormat, level: Level) -> Result<Resume, String> {
    import_text_noted(text, format, level).map(|(resume, _)| resume)
}

/// [`import_text`] with one-line notes on what could not be structured
/// (Markdown always imports; only JSON can be refused).
pub fn import_text_noted(
    text: &str,
    format: SourceFormat,
    level: Level,
) -> Result<(Resume, Vec<String>), String> {
    match format {
        SourceFormat::Markdown => {
            let imported = import_markdown(text, level);
            Ok((imported.resume, imported.notes))
        }
        SourceFormat::JsonResume => from_json_resume(text, level)
            .map(|r| (r, Vec::new()))
            .map_err(|e| e.to_string()),
    }
}

/// A resume name made from a file name: `~/cv/Jane Doe.md` → `Jane-Doe`.
pub fn name_from_file(file_name: &str) -> String {
    let base = file_name.rsplit('/').next().unwrap_or(file_name);
    let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem);
    let cleaned: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '-'
            }
        })
        .take(64)
        .collect();
    let cleaned = cleaned.trim_start_matches('.').trim_matches('-');
    if cleaned.is_empty() {
        "imported".to_string()
    } else {
        cleaned.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_apart_by_name_then_content() {
        assert_eq!(
            SourceFormat::detect("cv.JSON", "# x"),
            SourceFormat::JsonResume
        );
        assert_eq!(SourceFormat::detect("cv.md", "{"), SourceFormat::Markdown);
        assert_eq!(
            SourceFormat::detect("-", "  {\"basics\":{}}"),
            SourceFormat::JsonResume
        );
        assert_eq!(SourceFormat::detect("-", "# Ada"), SourceFormat::Markdown);
    }

    #[test]
    fn names_come_from_the_file_stem() {
        assert_eq!(name_from_file("/home/a/Jane Doe.md"), "Jane-Doe");
        assert_eq!(name_from_file("resume.json"), "resume");
        assert_eq!(name_from_file(".hidden.md"), "hidden");
        assert_eq!(name_from_file("東京.md"), "imported");
    }

    #[test]
    fn bad_input_says_what_is_wrong() {
        let (resume, notes) =
            import_text_noted("no headings here", SourceFormat::Markdown, Level::Mid).unwrap();
        assert_eq!(resume.to_markdown(), "no headings here\n");
        assert!(notes[0].contains("no headings"), "{notes:?}");
        let err = import_text("{\"work\": 3}", SourceFormat::JsonResume, Level::Mid).unwrap_err();
        assert!(err.contains("work"), "{err}");
        let err = import_text("{\"basics\": ", SourceFormat::JsonResume, Level::Mid).unwrap_err();
        assert!(err.contains("line 1"), "{err}");
    }
}
