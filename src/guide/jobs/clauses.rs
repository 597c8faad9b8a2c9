//! Clauses of a posting line: a sentence, or a parenthesised aside, with
//! whether it asks as a requirement. "Java (Java 17 preferred)" requires
//! Java and prefers Java 17; "Rust is a plus" prefers Rust.

use std::ops::Range;

use super::phrases::{PREFERRED_MARKERS, REQUIRED_MARKERS};

fn contains_any(haystack: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| haystack.contains(n))
}

/// Which clause of a line a mention falls in decides how strongly it is
/// asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Byte ranges of the clause in the line (a clause resumes after a
    /// parenthesised aside).
    pub pieces: Vec<Range<usize>>,
    pub required: bool,
}

impl Clause {
    pub fn contains(&self, byte: usize) -> bool {
        self.pieces.iter().any(|r| r.contains(&byte))
    }
}

/// How a piece of text changes what its part asks: "a plus" and
/// "preferred" ask less, "must have" more.
fn judge(text: &str, base: bool) -> bool {
    let lower = text.to_lowercase();
    if contains_any(&lower, PREFERRED_MARKERS) {
        false
    } else if contains_any(&lower, REQUIRED_MARKERS) {
        true
    } else {
        base
    }
}

/// An aside that says nothing but "nice to have", "preferred" or "a plus".
fn only_marker(text: &str) -> bool {
    let mut rest = format!(" {} ", text.to_lowercase());
    for marker in PREFERRED_MARKERS.iter().chain(REQUIRED_MARKERS) {
        rest = rest.replace(marker, " ");
    }
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            [
                "strongly", "highly", "very", "but", "is", "a", "big", "would", "be", "but",
            ]
            .contains(&w)
        })
}

/// Splits a line into clauses (at sentence ends and semicolons; a
/// parenthesised aside is a clause of its own that inherits from the
/// clause around it unless it has its own marker) and judges each;
/// `base` is what the line's part asks.
pub fn clauses(line: &str, base: bool) -> Vec<Clause> {
    let bytes = line.as_bytes();
    // Each clause: its pieces and its parenthesised asides.
    type Pieces = Vec<Range<usize>>;
    let mut outer: Vec<(Pieces, Pieces)> = Vec::new();
    let mut pieces = Vec::new();
    let mut asides = Vec::new();
    let mut depth = 0usize;
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'(' => {
                if depth == 0 {
                    pieces.push(from..i);
                    from = i + 1;
                }
                depth += 1;
            }
            b')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    asides.push(from..i);
                    from = i + 1;
                }
            }
            b'.' | b';' if depth == 0 && bytes.get(i + 1).is_none_or(|n| *n == b' ') => {
                pieces.push(from..i);
                from = i + 1;
                outer.push((std::mem::take(&mut pieces), std::mem::take(&mut asides)));
            }
            _ => {}
        }
    }
    if depth > 0 {
        asides.push(from..line.len());
    } else {
        pieces.push(from..line.len());
    }
    outer.push((pieces, asides));
    let mut out = Vec::new();
    for (pieces, asides) in outer {
        let text: String = pieces
            .iter()
            .map(|r| &line[r.clone()])
            .collect::<Vec<_>>()
            .join(" ");
        let mut required = judge(&text, base);
        // "Spring Boot (nice to have)": an aside that is only a marker
        // judges the clause around it.
        for aside in &asides {
            let aside_text = &line[aside.clone()];
            if only_marker(aside_text) && judge(aside_text, required) != required {
                required = !required;
            }
        }
        for aside in asides {
            let aside_required = judge(&line[aside.clone()], required);
            out.push(Clause {
                pieces: vec![aside],
                required: aside_required,
            });
        }
        out.push(Clause { pieces, required });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_inside_a_line_change_a_clause() {
        let line = "Strong Java (Java 17 preferred). Rust is a plus";
        let c = clauses(line, true);
        let at = |s: &str| {
            c.iter()
                .find(|c| c.contains(line.find(s).unwrap()))
                .unwrap()
                .required
        };
        assert!(at("Strong"));
        assert!(!at("17"));
        assert!(!at("Rust"));
        let line = "Kubernetes, AWS (EKS, ECR) and Terraform (Pulumi preferred)";
        let c = clauses(line, true);
        let at = |s: &str| {
            c.iter()
                .find(|c| c.contains(line.find(s).unwrap()))
                .unwrap()
                .required
        };
        assert!(at("EKS") && at("Terraform") && !at("Pulumi") && at("Kubernetes"));
        let line = "Experience with Spring Boot (Nice to have)";
        assert!(!clauses(line, true)[1].required);
    }
}
