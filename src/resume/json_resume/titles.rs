//! The words this format writes and recognises: section titles for the
//! JSON Resume parts that have no section kind of their own, and labels.

pub(super) const PUBLICATIONS: &str = "Publications";
pub(super) const AWARDS: &str = "Awards";
pub(super) const CERTIFICATES: &str = "Certificates";
pub(super) const VOLUNTEERING: &str = "Volunteering";
pub(super) const LANGUAGES: &str = "Languages";
pub(super) const INTERESTS: &str = "Interests";
pub(super) const REFERENCES: &str = "References";

pub(super) const ROLES: &str = "Roles";
pub(super) const ENTITY: &str = "Entity";
pub(super) const TYPE: &str = "Type";
pub(super) const SCORE_PREFIX: &str = "Score: ";

/// Top-level key holding sections JSON Resume has no place for (the schema
/// allows extra top-level properties), so they survive a round trip.
pub(super) const KEPT_SECTIONS_KEY: &str = "x-resumd-sections";

/// Top-level key holding time off read in a job timeline (parental leave,
/// a sabbatical): no job, and the schema has no list for it.
pub(super) const BREAKS_KEY: &str = "x-resumd-breaks";

/// The lists of a JSON Resume, in the order the schema gives them.
pub(super) const LIST_KEYS: &[&str] = &[
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
];

/// Whether `key` is a top-level key of a JSON Resume; an object with none
/// of them is not one.
pub(super) fn is_known_key(key: &str) -> bool {
    matches!(key, "basics" | "meta" | "$schema" | KEPT_SECTIONS_KEY) || LIST_KEYS.contains(&key)
}

/// The JSON Resume list a custom section's title stands for, if any.
pub(super) fn list_for_title(title: &str) -> Option<&'static str> {
    let title = title.trim().to_lowercase();
    let key = match title.as_str() {
        "awards" | "honors" | "honours" | "awards & honors" | "awards and honors"
        | "honors & awards" | "honors and awards" | "achievements" => "awards",
        "certificates"
        | "certifications"
        | "licenses & certifications"
        | "licenses and certifications" => "certificates",
        "publications" | "papers" | "articles" => "publications",
        "volunteering" | "volunteer" | "volunteer work" | "volunteer experience" => "volunteer",
        "languages" | "spoken languages" => "languages",
        "interests" | "hobbies" | "hobbies & interests" | "hobbies and interests" => "interests",
        "references" => "references",
        _ => return None,
    };
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_titles_map_to_lists_whatever_the_case() {
        assert_eq!(list_for_title(" Certifications "), Some("certificates"));
        assert_eq!(list_for_title("VOLUNTEERING"), Some("volunteer"));
        assert_eq!(list_for_title("Side quests"), None);
    }
}
