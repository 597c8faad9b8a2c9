//! Values the Markdown has no place for, given back on export: the JSON
//! Resume a resume was imported from is kept, and every key it had that
//! the export lacks is restored where the export still has the item it
//! belonged to (matched by name). Values the export has are never
//! replaced, so edits win; a section the user deleted stays deleted.

use serde_json::{Map, Value};

use super::titles::LIST_KEYS;

/// Adds to `exported` what `original` had and `exported` lacks.
pub(super) fn restore(original: &Value, exported: &mut Value) {
    let (Some(original), Some(exported)) = (original.as_object(), exported.as_object_mut()) else {
        return;
    };
    for (key, value) in original {
        match exported.get_mut(key) {
            Some(now) => merge(value, now),
            // A schema section missing from the export was deleted.
            None if key == "basics" || LIST_KEYS.contains(&key.as_str()) => {}
            None => {
                exported.insert(key.clone(), value.clone());
            }
        }
    }
}

fn merge(original: &Value, now: &mut Value) {
    match (original, now) {
        (Value::Object(original), Value::Object(now)) => merge_objects(original, now),
        (Value::Array(original), Value::Array(now)) => {
            for (i, item) in now.iter_mut().enumerate() {
                let Some(item_map) = item.as_object() else {
                    continue;
                };
                let id = identity(item_map);
                let same_place = original
                    .get(i)
                    .and_then(Value::as_object)
                    .filter(|o| identity(o) == id);
                let matched = same_place.or_else(|| {
                    original
                        .iter()
                        .filter_map(Value::as_object)
                        .find(|o| id.is_some() && identity(o) == id)
                });
                if let (Some(from), Some(to)) = (matched, item.as_object_mut()) {
                    merge_objects(from, to);
                }
            }
        }
        _ => {}
    }
}

fn merge_objects(original: &Map<String, Value>, now: &mut Map<String, Value>) {
    for (key, value) in original {
        match now.get_mut(key) {
            // An address written without a scheme, or wrapped in a tag,
            // comes back as the user wrote it.
            Some(Value::String(now)) if value.as_str().is_some_and(|o| same_address(o, now)) => {
                *now = value.as_str().unwrap_or_default().to_string();
            }
            Some(existing) => merge(value, existing),
            None => {
                now.insert(key.clone(), value.clone());
            }
        }
    }
}

/// Whether two strings are one web address written two ways.
fn same_address(a: &str, b: &str) -> bool {
    let bare = |s: &str| -> String {
        let lower = crate::resume::reading::strip_tags(s).trim().to_lowercase();
        crate::resume::typed_address(&lower)
            .trim_end_matches('/')
            .to_string()
    };
    a != b && a.contains('.') && bare(a) == bare(b)
}

/// What names an item: its name, company, school, title, language or network.
fn identity(item: &Map<String, Value>) -> Option<String> {
    [
        "name",
        "company",
        "organization",
        "institution",
        "title",
        "language",
        "network",
        "position",
    ]
    .iter()
    .find_map(|k| item.get(*k).and_then(Value::as_str))
    .map(|s| s.trim().to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn missing_keys_come_back_where_their_item_still_is() {
        let original = json!({
            "meta": {"theme": "class"},
            "basics": {"name": "Ada", "image": "a.png", "location": {"city": "X", "postalCode": "1"}},
            "work": [{"name": "Acme", "technologies": ["Go"]}, {"company": "Initech", "x-team": 3}],
            "awards": [{"title": "Prize"}]
        });
        let mut exported = json!({
            "basics": {"name": "Ada", "location": {"city": "Y"}},
            "work": [{"name": "Initech"}, {"name": "Acme"}]
        });
        restore(&original, &mut exported);
        assert_eq!(exported["meta"]["theme"], "class");
        assert_eq!(exported["basics"]["image"], "a.png");
        assert_eq!(exported["basics"]["location"]["city"], "Y", "edits win");
        assert_eq!(exported["basics"]["location"]["postalCode"], "1");
        assert_eq!(exported["work"][1]["technologies"], json!(["Go"]));
        assert_eq!(exported["work"][0]["x-team"], 3);
        assert!(
            exported.get("awards").is_none(),
            "a deleted section stays deleted"
        );
        let original = json!({"basics": {"url": "ada.example.com"}});
        let mut exported = json!({"basics": {"url": "https://ada.example.com"}});
        restore(&original, &mut exported);
        assert_eq!(exported["basics"]["url"], "ada.example.com");
    }
}
