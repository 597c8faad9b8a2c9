//! A small JSON Schema (draft-07) checker for tests, covering exactly the
//! keywords the JSON Resume schema uses: `type` (one or a list),
//! `properties`, `additionalProperties`, `items`, `required`, `pattern`
//! (the schema's one date pattern, written out by hand), `format`
//! (`email`, `uri`, `date`, loosely) and `$ref` into `definitions`.
//! Any other keyword that constrains values makes it panic, so a schema
//! change cannot be checked silently wrong.

use serde_json::{Map, Value};

/// The one pattern the schema uses (its `iso8601` definition).
const ISO8601_PATTERN: &str =
    "^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$";

/// Keywords that only describe and never constrain.
const ANNOTATIONS: &[&str] = &["$schema", "$id", "title", "description", "definitions"];

pub struct Schema {
    root: Value,
}

impl Schema {
    pub fn new(root: Value) -> Self {
        Schema { root }
    }

    /// Every violation found, each as "path: problem".
    pub fn validate(&self, value: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        self.check(&self.root, value, "$", &mut errors);
        errors
    }

    fn check(&self, schema: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
        let schema = match schema {
            Value::Bool(true) => return,
            Value::Bool(false) => {
                errors.push(format!("{path}: no value is allowed here"));
                return;
            }
            Value::Object(schema) => schema,
            other => panic!("unsupported schema node {other}"),
        };
        if let Some(reference) = schema.get("$ref") {
            let target = self.resolve(reference.as_str().expect("$ref is a string"));
            self.check(target, value, path, errors);
        }
        for (keyword, rule) in schema {
            match keyword.as_str() {
                "$ref" | "properties" => {}
                "type" => check_type(rule, value, path, errors),
                "additionalProperties" => self.check_additional(schema, rule, value, path, errors),
                "items" => {
                    if let Value::Array(items) = value {
                        for (i, item) in items.iter().enumerate() {
                            self.check(rule, item, &format!("{path}[{i}]"), errors);
                        }
                    }
                }
                "required" => {
                    if let Value::Object(map) = value {
                        for key in rule.as_array().expect("required is a list") {
                            let key = key.as_str().expect("required names are strings");
                            if !map.contains_key(key) {
                                errors.push(format!("{path}: missing required `{key}`"));
                            }
                        }
                    }
                }
                "pattern" => check_pattern(rule.as_str().expect("pattern"), value, path, errors),
                "format" => check_format(rule.as_str().expect("format"), value, path, errors),
                other if ANNOTATIONS.contains(&other) => {}
                other => panic!("schema keyword `{other}` is not supported by this checker"),
            }
        }
        if let (Some(Value::Object(properties)), Value::Object(map)) =
            (schema.get("properties"), value)
        {
            for (key, sub) in properties {
                if let Some(v) = map.get(key) {
                    self.check(sub, v, &format!("{path}.{key}"), errors);
                }
            }
        }
    }

    fn check_additional(
        &self,
        schema: &Map<String, Value>,
        rule: &Value,
        value: &Value,
        path: &str,
        errors: &mut Vec<String>,
    ) {
        let Value::Object(map) = value else { return };
        let known = schema.get("properties").and_then(Value::as_object);
        for (key, v) in map {
            if known.is_some_and(|k| k.contains_key(key)) {
                continue;
            }
            self.check(rule, v, &format!("{path}.{key}"), errors);
        }
    }

    fn resolve(&self, reference: &str) -> &Value {
        let pointer = reference
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("only local references are supported: {reference}"));
        self.root
            .pointer(pointer)
            .unwrap_or_else(|| panic!("unresolved reference {reference}"))
    }
}

fn type_name_matches(name: &str, value: &Value) -> bool {
    match name {
        "string" => value.is_string(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        other => panic!("unknown type {other}"),
    }
}

fn check_type(rule: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
    let names: Vec<&str> = match rule {
        Value::String(name) => vec![name],
        Value::Array(names) => names.iter().filter_map(Value::as_str).collect(),
        other => panic!("unsupported type rule {other}"),
    };
    if !names.iter().any(|name| type_name_matches(name, value)) {
        errors.push(format!(
            "{path}: expected {}, found {value}",
            names.join(" or ")
        ));
    }
}

fn check_pattern(pattern: &str, value: &Value, path: &str, errors: &mut Vec<String>) {
    let Value::String(text) = value else { return };
    assert_eq!(
        pattern, ISO8601_PATTERN,
        "only the schema's date pattern is supported"
    );
    if !matches_iso8601_pattern(text) {
        errors.push(format!("{path}: `{text}` does not match the date pattern"));
    }
}

/// `[1-2][0-9]{3}` then optionally `-[0-1][0-9]` then optionally `-[0-3][0-9]`.
pub fn matches_iso8601_pattern(text: &str) -> bool {
    let b = text.as_bytes();
    let digit_in = |i: usize, low: u8, high: u8| b.get(i).is_some_and(|c| (low..=high).contains(c));
    let year = b.len() >= 4 && digit_in(0, b'1', b'2') && (1..4).all(|i| digit_in(i, b'0', b'9'));
    let month = |at: usize| {
        b.get(at) == Some(&b'-') && digit_in(at + 1, b'0', b'1') && digit_in(at + 2, b'0', b'9')
    };
    match b.len() {
        4 => year,
        7 => year && month(4),
        10 => {
            year && month(4) && b[7] == b'-' && digit_in(8, b'0', b'3') && digit_in(9, b'0', b'9')
        }
        _ => false,
    }
}

fn check_format(format: &str, value: &Value, path: &str, errors: &mut Vec<String>) {
    let Value::String(text) = value else { return };
    let ok = match format {
        "email" => text.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && !domain.is_empty() && !text.contains(char::is_whitespace)
        }),
        "uri" => is_uri(text),
        "date" => text.len() == 10 && matches_iso8601_pattern(text),
        other => panic!("format `{other}` is not supported by this checker"),
    };
    if !ok {
        errors.push(format!("{path}: `{text}` is not a valid {format}"));
    }
}

/// A scheme (letter, then letters, digits, `+`, `-`, `.`), a colon, and no
/// whitespace.
fn is_uri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod checker_tests {
    use super::*;
    use serde_json::json;

    fn schema() -> Schema {
        Schema::new(json!({
            "definitions": {"d": {"type": "string", "pattern": ISO8601_PATTERN}},
            "type": "object",
            "additionalProperties": true,
            "required": ["a"],
            "properties": {
                "a": {"type": ["string", "null"]},
                "when": {"$ref": "#/definitions/d"},
                "list": {"type": "array", "items": {"type": "object", "additionalProperties": false, "properties": {"u": {"type": "string", "format": "uri"}}}},
                "mail": {"type": "string", "format": "email"}
            }
        }))
    }

    #[test]
    fn the_checker_finds_each_kind_of_violation() {
        let s = schema();
        assert!(
            s.validate(&json!({"a": null, "when": "2021-03", "list": [{"u": "https://x"}]}))
                .is_empty()
        );
        let errors = s.validate(&json!({
            "when": "March 2021",
            "list": [{"u": "not a uri", "extra": 1}, 3],
            "mail": "nobody"
        }));
        let joined = errors.join("\n");
        for needle in [
            "missing required `a`",
            "$.when",
            "$.list[0].u",
            "$.list[0].extra",
            "$.list[1]",
            "$.mail",
        ] {
            assert!(
                joined.contains(needle),
                "no error for {needle} in:\n{joined}"
            );
        }
    }

    #[test]
    fn the_date_pattern_is_matched_by_hand() {
        for ok in ["2021", "2021-03", "2021-03-01", "1999-19-39"] {
            assert!(matches_iso8601_pattern(ok), "{ok}");
        }
        for bad in ["3021", "21-03", "2021-3", "2021-03-1", "2021/03", "Present"] {
            assert!(!matches_iso8601_pattern(bad), "{bad}");
        }
    }
}
