//! Skills, languages and interests from the structured reading: named
//! groups (`- **Name** (level): a, b`, as the import writes them, or
//! `**Languages:** Go, Rust`), entries (a heading over its bullets) and
//! plain lines (`- English (native)`, `- French: professional`).

use serde_json::Value;

use super::entry_fields::{Fields, flatten};
use crate::resume::{Bullet, Field, SectionReading};

/// What one item of such a list says.
struct Named {
    name: Option<String>,
    level: Option<String>,
    /// The words after the name, as they were split.
    words: Vec<String>,
}

pub(super) fn items(key: &str, reading: &SectionReading) -> Vec<Value> {
    let item: fn(Named) -> Option<Value> = match key {
        "skills" => skill,
        "languages" => language,
        "interests" => interest,
        _ => return Vec::new(),
    };
    let mut out = Vec::new();
    for group in &reading.skills {
        out.extend(item(Named {
            name: text(&group.label),
            level: text(&group.level),
            words: group.skills.iter().map(|s| s.text.clone()).collect(),
        }));
    }
    for entry in &reading.entries {
        let mut words: Vec<String> = entry.description.iter().map(|d| d.text.clone()).collect();
        words.extend(flatten(&entry.bullets));
        out.extend(item(Named {
            name: text(&entry.title),
            level: None,
            words,
        }));
    }
    for bullet in &reading.bullets {
        out.extend(item(from_line(&bullet.text, &bullet.children)));
    }
    for paragraph in &reading.paragraphs {
        out.extend(item(from_line(&paragraph.text, &[])));
    }
    out
}

fn text(field: &Option<Field>) -> Option<String> {
    field.as_ref().map(|f| f.text.clone())
}

/// `Name (level): a, b`, `Name: a, b` or plain words; nested bullets are
/// more words.
fn from_line(line: &str, children: &[Bullet]) -> Named {
    let (name, rest) = match line.split_once(": ") {
        Some((name, rest)) => (Some(name.trim()), rest.trim()),
        None => (None, line.trim()),
    };
    let (name, level) = match name.and_then(|n| n.strip_suffix(')')?.rsplit_once(" (")) {
        Some((name, level)) => (Some(name), Some(level.to_string())),
        None => (name, None),
    };
    let mut words: Vec<String> = if name.is_some() {
        rest.split(", ").map(str::to_string).collect()
    } else {
        vec![rest.to_string()]
    };
    words.extend(flatten(children));
    words.retain(|w| !w.is_empty());
    Named {
        name: name.map(str::to_string),
        level,
        words,
    }
}

fn skill(named: Named) -> Option<Value> {
    let mut f = Fields::default();
    let mut words = named.words;
    // Plain words with no name list skills: "Go, Rust, SQL".
    if named.name.is_none() && words.len() == 1 {
        words = words[0].split(", ").map(str::to_string).collect();
    }
    f.text("name", named.name);
    f.text("level", named.level);
    f.list("keywords", words);
    f.into_value()
}

fn interest(named: Named) -> Option<Value> {
    let mut f = Fields::default();
    let mut keywords: Vec<String> = named.level.into_iter().collect();
    match named.name {
        Some(name) => {
            f.text("name", Some(name));
            keywords.extend(named.words);
        }
        None => f.text("name", Some(named.words.join(", "))),
    }
    f.list("keywords", keywords);
    f.into_value()
}

fn language(named: Named) -> Option<Value> {
    let words = named.words.join(", ");
    let (language, fluency): (String, Vec<String>) = match named.name {
        Some(name) => (name, named.level.into_iter().chain(Some(words)).collect()),
        // "English (native)"
        None => match words.strip_suffix(')').and_then(|w| w.rsplit_once(" (")) {
            Some((language, fluency)) => (language.to_string(), vec![fluency.to_string()]),
            None => (words, Vec::new()),
        },
    };
    let fluency: Vec<String> = fluency.into_iter().filter(|f| !f.is_empty()).collect();
    let mut f = Fields::default();
    f.text("language", Some(language));
    f.text("fluency", Some(fluency.join("; ")));
    f.into_value()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::{Section, SectionId, SectionKind, read_imported_section, read_section};
    use serde_json::json;

    fn section(kind: SectionKind, title: &str, body: &str) -> Section {
        Section {
            id: SectionId(1),
            kind,
            title: title.into(),
            body: body.into(),
        }
    }

    #[test]
    fn hand_written_languages_and_interests_read_from_their_lines() {
        let languages = section(
            SectionKind::Custom,
            "Languages",
            "- English (native)\n- **French**: professional\n- German",
        );
        assert_eq!(
            items("languages", &read_section(&languages)),
            [
                json!({"language": "English", "fluency": "native"}),
                json!({"language": "French", "fluency": "professional"}),
                json!({"language": "German"})
            ]
        );
        let interests = section(
            SectionKind::Custom,
            "Interests",
            "- Climbing: bouldering, alpine\n- Chess",
        );
        assert_eq!(
            items("interests", &read_section(&interests)),
            [
                json!({"name": "Climbing", "keywords": ["bouldering", "alpine"]}),
                json!({"name": "Chess"})
            ]
        );
    }

    #[test]
    fn the_imports_named_bullets_come_back_exactly() {
        let skills = section(
            SectionKind::Skills,
            "Skills",
            "- **Go** (expert): a\\, b, 2\\) c\n- **x\\:**",
        );
        assert_eq!(
            items("skills", &read_imported_section(&skills)),
            [
                json!({"name": "Go", "level": "expert", "keywords": ["a, b", "2) c"]}),
                json!({"name": "x:"})
            ]
        );
    }
}
