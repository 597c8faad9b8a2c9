//! YAML (`---`) and TOML (`+++`) front matter at the top of a resume: kept
//! as written, read for the header's fields, never shown as resume text.

use std::ops::Range;

/// Where a front matter block ends (the byte after its closing line), when
/// `text` starts with one.
pub fn end(text: &str) -> Option<usize> {
    let first = text.lines().next()?.trim_end();
    let closers: &[&str] = match first {
        "---" => &["---", "..."],
        "+++" => &["+++"],
        _ => return None,
    };
    let mut at = text.find('\n')? + 1;
    while at < text.len() {
        let line_end = text[at..].find('\n').map_or(text.len(), |e| at + e);
        let line = text[at..line_end].trim_end();
        if closers.contains(&line) {
            return Some((line_end + 1).min(text.len()));
        }
        // A blank first line means a thematic break, not front matter.
        if at == text.find('\n')? + 1 && line.is_empty() {
            return None;
        }
        at = line_end + 1;
    }
    None
}

/// `text` with its front matter turned into blank lines of the same length,
/// so byte offsets into it stay offsets into the original.
pub fn blank_out(text: &str) -> std::borrow::Cow<'_, str> {
    match end(text) {
        Some(end) => {
            // Multi-byte characters become several spaces so lengths agree.
            let mut out = String::with_capacity(text.len());
            for c in text[..end].chars() {
                if c == '\n' {
                    out.push('\n');
                } else {
                    out.extend(std::iter::repeat_n(' ', c.len_utf8()));
                }
            }
            out.push_str(&text[end..]);
            std::borrow::Cow::Owned(out)
        }
        None => std::borrow::Cow::Borrowed(text),
    }
}

/// The flat `key: value` (YAML) or `key = "value"` (TOML) pairs of the
/// front matter, keys lower-cased, values unquoted, with the value's range.
/// Nested keys read as `parent.key` (`social.github`).
pub fn pairs(text: &str) -> Vec<(String, String, Range<usize>)> {
    let Some(end) = end(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut parent: Option<String> = None;
    let mut at = text.find('\n').map_or(end, |n| n + 1);
    while at < end {
        let line_end = text[at..end].find('\n').map_or(end, |e| at + e);
        let line = &text[at..line_end];
        at = line_end + 1;
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with('[') {
            continue;
        }
        let trimmed_start = line_end - line.len() + indent;
        let trimmed = trimmed.strip_prefix("- ").unwrap_or(trimmed);
        let Some(split) = trimmed.find([':', '=']) else {
            continue;
        };
        let key = trimmed[..split].trim().trim_matches('"').to_lowercase();
        let raw_value = &trimmed[split + 1..];
        let value = raw_value.trim();
        if value.is_empty() {
            if indent == 0 {
                parent = Some(key);
            }
            continue;
        }
        if indent == 0 {
            parent = None;
        }
        let unquoted = value.trim_matches(|c| c == '"' || c == '\'');
        let offset_in_value = value.find(unquoted).unwrap_or(0);
        let value_start = trimmed_start
            + (line.trim().len() - trimmed.len())
            + split
            + 1
            + (raw_value.len() - raw_value.trim_start().len())
            + offset_in_value;
        let key = match &parent {
            Some(p) if indent > 0 => format!("{p}.{key}"),
            _ => key,
        };
        out.push((
            key,
            unquoted.to_string(),
            value_start..value_start + unquoted.len(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_and_toml_blocks_are_found() {
        let yaml = "---\nname: Ada\n---\n# Ada\n";
        assert_eq!(end(yaml), Some(18));
        assert_eq!(end("+++\nname = \"Ada\"\n+++\nrest"), Some(21));
        assert_eq!(end("---\n\nText\n---\n"), None);
        assert_eq!(end("# Ada\n---\n"), None);
    }

    #[test]
    fn pairs_keep_their_place() {
        let text = "---\nname: \"Ada Example\"\nemail: ada@example.com\nsocial:\n  github: adaex\n---\nBody";
        let pairs = pairs(text);
        assert_eq!(pairs[0].0, "name");
        assert_eq!(&text[pairs[0].2.clone()], "Ada Example");
        assert_eq!(pairs[1].1, "ada@example.com");
        assert_eq!(pairs[2].0, "social.github");
        assert_eq!(&text[pairs[2].2.clone()], "adaex");
        let toml = "+++\ntitle = 'Engineer'\n+++\n";
        assert_eq!(&toml[pairs_of(toml)[0].2.clone()], "Engineer");
    }

    fn pairs_of(text: &str) -> Vec<(String, String, Range<usize>)> {
        pairs(text)
    }

    #[test]
    fn blanking_keeps_offsets() {
        let text = "---\nname: Zoë\n---\n# Zoë\n";
        let blank = blank_out(text);
        assert_eq!(blank.len(), text.len());
        assert!(blank.starts_with("   \n"));
        assert!(blank.ends_with("# Zoë\n"));
    }
}
