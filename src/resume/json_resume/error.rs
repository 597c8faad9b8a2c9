use std::fmt;

use serde_json::Value;

/// Why a JSON Resume file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonResumeError {
    /// The text is not JSON at all.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// Valid JSON whose top level is not an object.
    NotAnObject { found: &'static str },
    /// An object, but with none of the JSON Resume sections in it.
    NoResumeSections { keys: Vec<String> },
    /// A field holds the wrong kind of value, e.g. `"work": 3`.
    WrongType {
        /// Where the field is, e.g. `work[2].highlights`.
        field: String,
        expected: &'static str,
        found: &'static str,
    },
}

impl JsonResumeError {
    pub(super) fn syntax(err: &serde_json::Error) -> Self {
        // serde_json appends " at line L column C"; the numbers are kept
        // separately so the message reads once.
        let text = err.to_string();
        let message = match text.rfind(" at line ") {
            Some(at) => text[..at].to_string(),
            None => text,
        };
        JsonResumeError::Syntax {
            line: err.line(),
            column: err.column(),
            message,
        }
    }

    pub(super) fn wrong_type(field: &str, expected: &'static str, found: &Value) -> Self {
        JsonResumeError::WrongType {
            field: field.to_string(),
            expected,
            found: describe(found),
        }
    }
}

/// How a JSON value is named in messages.
pub(super) fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list (JSON array)",
        Value::Object(_) => "an object",
    }
}

impl fmt::Display for JsonResumeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonResumeError::Syntax {
                line,
                column,
                message,
            } => write!(
                f,
                "the file is not valid JSON: {message} at line {line}, column {column}; \
                 fix the text around that spot (a missing comma or quote is the usual cause) \
                 and import again"
            ),
            JsonResumeError::NotAnObject { found } => write!(
                f,
                "a JSON Resume file holds one object ({{ \"basics\": …, \"work\": … }}), \
                 but this file holds {found}; check that you picked the right file"
            ),
            JsonResumeError::NoResumeSections { keys } => {
                let found = if keys.is_empty() {
                    "it is empty".to_string()
                } else {
                    format!("its keys are: {}", keys.join(", "))
                };
                write!(
                    f,
                    "this JSON object is not a JSON Resume ({found}); a resume has at least \
                     one of basics, work, education, skills, projects and the other sections \
                     of https://jsonresume.org/schema — check that you picked the right file"
                )
            }
            JsonResumeError::WrongType {
                field,
                expected,
                found,
            } => write!(
                f,
                "the field `{field}` should be {expected} but is {found}; \
                 correct that field in the file and import again"
            ),
        }
    }
}

impl std::error::Error for JsonResumeError {}
