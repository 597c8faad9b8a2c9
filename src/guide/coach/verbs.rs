//! What the first word of a bullet is: a strong verb in some tense, a weak
//! verb, or not a verb at all; and the forms of a known verb, for quick
//! fixes ("Build" → "Built") and suggestions.

use super::lexicon::{
    BASE_VERBS, DESIGN_VERBS, DOUBLING_VERBS, GENERIC_ALTERNATIVES, IRREGULAR_FORMS,
    IRREGULAR_PAST, NOT_VERBS_ED, VERB_GROUPS, WEAK_VERBS,
};
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

/// The base form of a known action verb written in the present tense or
/// as a gerund ("Builds", "Building", "Co-leads" → "build", "co-lead"),
/// lowercase; `None` for any other word, so that a fix is never a guess.
pub(crate) fn base_form(word: &str) -> Option<String> {
    let mut buf = [0u8; 40];
    let w = lower(word, &mut buf)?;
    if let Some((prefix, last)) = w.rsplit_once('-') {
        return base_form(last).map(|base| format!("{prefix}-{base}"));
    }
    if is_base(w) {
        return Some(w.to_string());
    }
    let candidates = [
        w.strip_suffix("ies").map(|s| format!("{s}y")),
        w.strip_suffix("es").map(str::to_string),
        w.strip_suffix('s')
            .filter(|_| !w.ends_with("ss"))
            .map(str::to_string),
        w.strip_suffix("ing").map(str::to_string),
        w.strip_suffix("ing").map(|s| format!("{s}e")),
        w.strip_suffix("ing")
            .filter(|s| s.len() > 2 && s.as_bytes()[s.len() - 1] == s.as_bytes()[s.len() - 2])
            .map(|s| s[..s.len() - 1].to_string()),
    ];
    candidates.into_iter().flatten().find(|c| is_base(c))
}

/// The past tense of a base form: "build" → "built", "ship" → "shipped".
pub(crate) fn past_of_base(base: &str) -> String {
    if let Some((prefix, last)) = base.rsplit_once('-') {
        return format!("{prefix}-{}", past_of_base(last));
    }
    if let Ok(i) = IRREGULAR_FORMS.binary_search_by(|(b, _)| (*b).cmp(base)) {
        return IRREGULAR_FORMS[i].1.to_string();
    }
    if base.ends_with('e') {
        return format!("{base}d");
    }
    let bytes = base.as_bytes();
    if let Some(stem) = base.strip_suffix('y')
        && bytes.len() > 1
        && !b"aeiou".contains(&bytes[bytes.len() - 2])
    {
        return format!("{stem}ied");
    }
    if DOUBLING_VERBS.contains(base) {
        return format!("{base}{}ed", &base[base.len() - 1..]);
    }
    format!("{base}ed")
}

/// The past tense of a present-tense or gerund opener, written the way the
/// word was ("Build" → "Built", "LEAD" → "LED", "managing" → "managed").
pub(crate) fn to_past(word: &str) -> Option<String> {
    base_form(word).map(|base| same_case(word, &past_of_base(&base)))
}

/// `new` with the capitalisation of `model`: all capitals, a capital
/// first letter, or lowercase.
pub(crate) fn same_case(model: &str, new: &str) -> String {
    let letters = model.chars().filter(|c| c.is_alphabetic());
    if model.chars().count() > 1 && letters.clone().all(char::is_uppercase) {
        return new.to_uppercase();
    }
    if model.starts_with(char::is_uppercase) {
        let mut chars = new.chars();
        return chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect()
        });
    }
    new.to_string()
}

/// Up to three verbs to use instead of `word` (an opener of the given
/// tense), in that tense: past forms, or base forms for the present tense.
pub(crate) fn alternatives(word: &str, tense: Opener) -> Vec<String> {
    let mut buf = [0u8; 40];
    let w = lower(word, &mut buf).unwrap_or_default();
    let base = base_form(w);
    let is_it = |(b, p): &(&str, &str)| *p == w || *b == w || base.as_deref() == Some(*b);
    let group = VERB_GROUPS
        .iter()
        .find(|g| g.iter().any(is_it))
        .copied()
        .unwrap_or(GENERIC_ALTERNATIVES);
    group
        .iter()
        .filter(|pair| !is_it(pair))
        .take(3)
        .map(|&(base, past)| {
            let form = if tense == Opener::Present { base } else { past };
            same_case("Capital", form)
        })
        .collect()
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
    fn present_and_gerund_openers_turn_to_the_past() {
        for (word, past) in [
            ("Build", "Built"),
            ("Lead", "Led"),
            ("Manage", "Managed"),
            ("Maintains", "Maintained"),
            ("Simplifies", "Simplified"),
            ("Deploy", "Deployed"),
            ("Fixes", "Fixed"),
            ("Ship", "Shipped"),
            ("Debugging", "Debugged"),
            ("Driving", "Drove"),
            ("Running", "Ran"),
            ("Managing", "Managed"),
            ("building", "built"),
            ("Co-lead", "Co-led"),
            ("DESIGN", "DESIGNED"),
        ] {
            assert_eq!(to_past(word).as_deref(), Some(past), "{word}");
        }
        for word in ["Kafka", "Passionate", "Builtin", "Thing", "Zorbing"] {
            assert_eq!(to_past(word), None, "{word}");
        }
    }

    #[test]
    fn alternatives_come_from_the_verb_group_in_its_tense() {
        assert_eq!(
            alternatives("Built", Opener::Past),
            ["Developed", "Implemented", "Created"]
        );
        assert_eq!(
            alternatives("Reduce", Opener::Present),
            ["Cut", "Lower", "Trim"]
        );
        assert_eq!(
            alternatives("Leading", Opener::Gerund),
            ["Drove", "Directed", "Headed"]
        );
        assert_eq!(
            alternatives("Containerized", Opener::Past),
            ["Cut", "Shipped", "Automated"]
        );
    }

    #[test]
    fn design_verbs() {
        assert!(is_design_verb("Designed"));
        assert!(!is_design_verb("Built"));
        assert!(is_architect_verb("Architected"));
    }
}
