//! What the first word of a bullet is: a strong verb in some tense, a weak
//! verb, or not a verb at all.

use super::lexicon::{BASE_VERBS, DESIGN_VERBS, IRREGULAR_PAST, NOT_VERBS_ED, WEAK_VERBS};
use super::text::lower;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Opener {
    /// "Built", "Led", "Containerized".
    Past,
    /// "Build", "Builds".
    Present,
    /// "Building".
    Gerund,
    /// A verb that says nothing about the work: "Was", "Used", "Learned".
    Weak,
    /// Not a verb: "Passionate", "Kafka", "Successfully".
    Other,
}

pub(crate) fn classify(word: &str) -> Opener {
    let mut buf = [0u8; 40];
    let Some(w) = lower(word, &mut buf) else {
        return Opener::Other;
    };
    if WEAK_VERBS.contains(w) {
        return Opener::Weak;
    }
    if IRREGULAR_PAST.contains(w) {
        return Opener::Past;
    }
    if NOT_VERBS_ED.contains(w) {
        return Opener::Other;
    }
    // "Co-authored", "Re-architected", "Open-sourced": the last part decides.
    if let Some((_, last)) = w.rsplit_once('-') {
        return match classify(last) {
            Opener::Weak => Opener::Other,
            other => other,
        };
    }
    if BASE_VERBS.contains(w) {
        return Opener::Present;
    }
    if let Some(stem) = w.strip_suffix("ing") {
        let doubled =
            stem.len() > 2 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
        let known =
            is_base(stem) || is_base_with_e(stem) || (doubled && is_base(&stem[..stem.len() - 1]));
        return if known || w.len() > 6 {
            Opener::Gerund
        } else {
            Opener::Other
        };
    }
    if w.len() > 4 && w.ends_with("ed") {
        return Opener::Past;
    }
    let third_person = w.strip_suffix("ies").is_some_and(is_base_with_y)
        || w.strip_suffix("es").is_some_and(is_base)
        || (!w.ends_with("ss") && w.strip_suffix('s').is_some_and(is_base));
    if third_person {
        Opener::Present
    } else {
        Opener::Other
    }
}

fn is_base(stem: &str) -> bool {
    BASE_VERBS.contains(stem)
}

fn is_base_with_e(stem: &str) -> bool {
    let mut buf = [0u8; 40];
    let n = stem.len();
    if n + 1 > buf.len() {
        return false;
    }
    buf[..n].copy_from_slice(stem.as_bytes());
    buf[n] = b'e';
    std::str::from_utf8(&buf[..=n]).is_ok_and(is_base)
}

fn is_base_with_y(stem: &str) -> bool {
    let mut buf = [0u8; 40];
    let n = stem.len();
    if n + 1 > buf.len() {
        return false;
    }
    buf[..n].copy_from_slice(stem.as_bytes());
    buf[n] = b'y';
    std::str::from_utf8(&buf[..=n]).is_ok_and(is_base)
}

/// Verbs whose bullets may go without a number when they name a design
/// artefact; "Architected" always does.
pub(crate) fn is_design_verb(word: &str) -> bool {
    DESIGN_VERBS.contains(word)
}

pub(crate) fn is_architect_verb(word: &str) -> bool {
    ["architected", "architecting", "architect", "re-architected"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenses_of_known_verbs() {
        for w in [
            "Built",
            "Led",
            "Designed",
            "Containerized",
            "Co-authored",
            "Cut",
            "Chose",
        ] {
            assert_eq!(classify(w), Opener::Past, "{w}");
        }
        for w in [
            "Build",
            "Lead",
            "Design",
            "Maintains",
            "Owns",
            "Drive",
            "Writes",
        ] {
            assert_eq!(classify(w), Opener::Present, "{w}");
        }
        for w in [
            "Building",
            "Leading",
            "Designing",
            "Running",
            "Managing",
            "Mentoring",
        ] {
            assert_eq!(classify(w), Opener::Gerund, "{w}");
        }
    }

    #[test]
    fn weak_verbs_and_non_verbs() {
        for w in ["Was", "Used", "Learned", "utilized"] {
            assert_eq!(classify(w), Opener::Weak, "{w}");
        }
        for w in [
            "Passionate",
            "Kafka",
            "Successfully",
            "Experienced",
            "Results-driven",
            "Self-starter",
            "Dynamic",
        ] {
            assert_eq!(classify(w), Opener::Other, "{w}");
        }
    }

    #[test]
    fn design_verbs() {
        assert!(is_design_verb("Designed"));
        assert!(!is_design_verb("Built"));
        assert!(is_architect_verb("Architected"));
    }
}
