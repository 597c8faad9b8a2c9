//! Typed access to a JSON Resume object that reports the exact field on a
//! type mismatch, so an import error can say what to fix.

use serde_json::{Map, Value};

use super::error::JsonResumeError;

type Result<T> = std::result::Result<T, JsonResumeError>;

/// One JSON object and where it sits in the document.
pub(super) struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> Obj<'a> {
    pub fn root(map: &'a Map<String, Value>) -> Self {
        Obj {
            map,
            path: String::new(),
        }
    }

    fn field_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// The value of the first of `keys` that is present and not null.
    fn get(&self, keys: &[&str]) -> Option<(String, &'a Value)> {
        keys.iter().find_map(|&key| match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(value) => Some((self.field_path(key), value)),
        })
    }

    /// A text field. Numbers and booleans are taken as their text (a score of
    /// `3.8` is common); an empty string counts as absent.
    pub fn text(&self, key: &str) -> Result<Option<String>> {
        self.text_any(&[key])
    }

    /// Like [`Obj::text`], trying older spellings of the key in turn.
    pub fn text_any(&self, keys: &[&str]) -> Result<Option<String>> {
        let Some((path, value)) = self.get(keys) else {
            return Ok(None);
        };
        let text = scalar_text(value)
            .ok_or_else(|| JsonResumeError::wrong_type(&path, "text (a JSON string)", value))?;
        Ok(Some(text).filter(|t| !t.trim().is_empty()))
    }

    /// A list of text items; empty items are dropped.
    pub fn texts(&self, key: &str) -> Result<Vec<String>> {
        let Some((path, value)) = self.get(&[key]) else {
            return Ok(Vec::new());
        };
        let expected = "a list of strings";
        let items = value
            .as_array()
            .ok_or_else(|| JsonResumeError::wrong_type(&path, expected, value))?;
        let mut out = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let text = scalar_text(item).ok_or_else(|| {
                JsonResumeError::wrong_type(&format!("{path}[{index}]"), "text", item)
            })?;
            if !text.trim().is_empty() {
                out.push(text);
            }
        }
        Ok(out)
    }

    pub fn object(&self, key: &str) -> Result<Option<Obj<'a>>> {
        let Some((path, value)) = self.get(&[key]) else {
            return Ok(None);
        };
        let map = value
            .as_object()
            .ok_or_else(|| JsonResumeError::wrong_type(&path, "an object", value))?;
        Ok(Some(Obj { map, path }))
    }

    /// A list of objects, such as `work` or `skills`.
    pub fn objects(&self, key: &str) -> Result<Vec<Obj<'a>>> {
        let Some((path, value)) = self.get(&[key]) else {
            return Ok(Vec::new());
        };
        let items = value
            .as_array()
            .ok_or_else(|| JsonResumeError::wrong_type(&path, "a list of objects", value))?;
        items
            .iter()
            .enumerate()
            .map(|(index, item)| {
                let path = format!("{path}[{index}]");
                match item.as_object() {
                    Some(map) => Ok(Obj { map, path }),
                    None => Err(JsonResumeError::wrong_type(&path, "an object", item)),
                }
            })
            .collect()
    }
}

fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn with<T>(value: Value, f: impl FnOnce(Obj<'_>) -> T) -> T {
        f(Obj::root(value.as_object().unwrap()))
    }

    #[test]
    fn wrong_types_name_the_full_path() {
        let err = with(json!({"work": [{"highlights": "one"}]}), |root| {
            let work = root.objects("work").unwrap();
            work[0].texts("highlights").unwrap_err()
        });
        assert_eq!(
            err,
            JsonResumeError::WrongType {
                field: "work[0].highlights".into(),
                expected: "a list of strings",
                found: "a string",
            }
        );
    }

    #[test]
    fn numbers_read_as_text_and_blank_text_is_absent() {
        with(json!({"score": 3.8, "name": "  ", "n": null}), |root| {
            assert_eq!(root.text("score").unwrap().as_deref(), Some("3.8"));
            assert_eq!(root.text("name").unwrap(), None);
            assert_eq!(root.text("n").unwrap(), None);
        });
    }

    #[test]
    fn older_key_spellings_are_accepted() {
        with(json!({"company": "Acme"}), |root| {
            assert_eq!(
                root.text_any(&["name", "company"]).unwrap().as_deref(),
                Some("Acme")
            );
        });
    }
}
