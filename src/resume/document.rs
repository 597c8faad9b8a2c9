use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::section::count_words;
use super::{Level, Section, SectionId, SectionKind};

/// A whole resume: its level and its sections in the order they are read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resume {
    pub level: Level,
    sections: Vec<Section>,
    next_id: u64,
    /// Set once the user moves a section themselves; from then on a level
    /// change adds missing sections but keeps their order.
    #[serde(default)]
    custom_order: bool,
    /// Named variants (tags, order, summary); older files have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) variants: Vec<super::tags::Variant>,
    /// The job posting being tailored to (see `posting`); older files have
    /// none. Boxed: most resumes have none, and a resume is moved a lot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) posting: Option<Box<super::posting::SavedPosting>>,
    /// Section headings as the user wrote them (`### Skills ###`, a setext
    /// `Skills` over `------`, `**EXPERIENCE**`), so the Markdown export gives
    /// back their text and level; an empty string is a section written with
    /// no heading at all (a summary right under the name). Used while the
    /// section's title still reads the same.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    headings: BTreeMap<SectionId, String>,
    /// Lines written around the whole resume (a code fence it was pasted in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wrapper: Option<Wrapper>,
    /// The JSON Resume document this resume was imported from, so the JSON
    /// export can give back the values Markdown has no place for (a photo,
    /// a street address, `meta`, `x-` fields, work technologies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    json_source: Option<String>,
}

/// Text before and after the resume proper, kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wrapper {
    pub before: String,
    pub after: String,
}

/// Where one section landed in the assembled Markdown (0-based line numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionSpan {
    pub id: SectionId,
    /// The `## title` line; `None` for the header, which writes its own H1.
    pub heading_line: Option<usize>,
    /// The first line of the body.
    pub body_line: usize,
}

impl Resume {
    /// An empty resume with the level's recommended sections.
    pub fn new(level: Level) -> Self {
        let mut resume = Resume {
            level,
            sections: Vec::new(),
            next_id: 1,
            custom_order: false,
            variants: Vec::new(),
            posting: None,
            headings: BTreeMap::new(),
            wrapper: None,
            json_source: None,
        };
        for &kind in level.recommended_sections() {
            resume.push_section(kind, kind.default_title(), "");
        }
        resume
    }

    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    pub(super) fn sections_mut(&mut self) -> &mut [Section] {
        &mut self.sections
    }

    pub(super) fn retain_sections(&mut self, keep: impl FnMut(&Section) -> bool) {
        self.sections.retain(keep);
    }

    pub(super) fn sort_sections_by_key<K: Ord>(&mut self, key: impl FnMut(&Section) -> K) {
        self.sections.sort_by_key(key);
    }

    pub fn is_custom_order(&self) -> bool {
        self.custom_order
    }

    pub fn index_of(&self, id: SectionId) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }

    pub fn section(&self, id: SectionId) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn section_mut(&mut self, id: SectionId) -> Option<&mut Section> {
        self.sections.iter_mut().find(|s| s.id == id)
    }

    pub fn first_of_kind(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    /// Appends a section and returns its new id.
    pub fn push_section(&mut self, kind: SectionKind, title: &str, body: &str) -> SectionId {
        let index = self.sections.len();
        self.insert_section(index, kind, title, body)
    }

    /// Inserts a section at `index` (clamped) and returns its new id.
    pub fn insert_section(
        &mut self,
        index: usize,
        kind: SectionKind,
        title: &str,
        body: &str,
    ) -> SectionId {
        let id = SectionId(self.next_id);
        self.next_id += 1;
        let index = index.min(self.sections.len());
        self.sections.insert(
            index,
            Section {
                id,
                kind,
                title: title.to_string(),
                body: body.to_string(),
            },
        );
        id
    }

    /// Removes a section and returns it, so the caller can offer undo.
    pub fn remove_section(&mut self, id: SectionId) -> Option<Section> {
        let index = self.index_of(id)?;
        self.headings.remove(&id);
        Some(self.sections.remove(index))
    }

    /// Remembers how a section's heading was written (see `headings`).
    pub fn set_written_heading(&mut self, id: SectionId, written: &str) {
        self.headings.insert(id, written.to_string());
    }

    /// The section's heading as written, while its title still reads the
    /// same; `Some("")` for a section written without a heading.
    pub fn written_heading(&self, id: SectionId) -> Option<&str> {
        let written = self.headings.get(&id)?;
        let section = self.section(id)?;
        (written.is_empty() || heading_text(written) == section.title.trim())
            .then_some(written.as_str())
    }

    pub fn set_wrapper(&mut self, wrapper: Option<Wrapper>) {
        self.wrapper = wrapper;
    }

    pub fn wrapper(&self) -> Option<&Wrapper> {
        self.wrapper.as_ref()
    }

    pub fn set_json_source(&mut self, json: Option<String>) {
        self.json_source = json;
    }

    /// The JSON Resume text this resume was imported from, if any.
    pub fn json_source(&self) -> Option<&str> {
        self.json_source.as_deref()
    }

    /// Moves a section one place up (`-1`) or down (`+1`); false at an edge.
    pub fn move_section(&mut self, id: SectionId, delta: isize) -> bool {
        let Some(index) = self.index_of(id) else {
            return false;
        };
        let Some(target) = index.checked_add_signed(delta) else {
            return false;
        };
        if target >= self.sections.len() {
            return false;
        }
        self.sections.swap(index, target);
        self.custom_order = true;
        true
    }

    /// Switches level without losing a word: missing recommended sections are
    /// added empty, and unless the user has ordered the sections themselves
    /// they are put in the new level's order (others keep their place after).
    /// Returns the ids of the sections that were added.
    pub fn set_level(&mut self, level: Level) -> Vec<SectionId> {
        self.level = level;
        let mut added = Vec::new();
        for (rank, &kind) in level.recommended_sections().iter().enumerate() {
            if self.first_of_kind(kind).is_none() {
                let at = if self.custom_order {
                    self.sections.len()
                } else {
                    rank
                };
                added.push(self.insert_section(at, kind, kind.default_title(), ""));
            }
        }
        if !self.custom_order {
            let order = level.recommended_sections();
            let rank = |s: &Section| {
                order
                    .iter()
                    .position(|&k| k == s.kind)
                    .unwrap_or(order.len())
            };
            // A stable sort keeps custom sections, and repeats of a kind, in
            // the order the user gave them.
            self.sections.sort_by_key(rank);
        }
        added
    }

    /// The whole resume as one Markdown document.
    pub fn to_markdown(&self) -> String {
        self.to_markdown_with_spans().0
    }

    /// The Markdown document and where each section starts in it. Headings
    /// are written as the user wrote them (level, setext or ATX, text); a
    /// new or renamed section gets `## title`.
    pub fn to_markdown_with_spans(&self) -> (String, Vec<SectionSpan>) {
        let mut out = String::new();
        let mut spans = Vec::with_capacity(self.sections.len());
        let mut line = 0usize;
        if let Some(wrapper) = &self.wrapper {
            out.push_str(&wrapper.before);
            out.push('\n');
            line += wrapper.before.split('\n').count();
        }
        let mut first = true;
        for section in &self.sections {
            let body = section.body.trim_matches('\n');
            let written = self.written_heading(section.id);
            if section.kind == SectionKind::Header && body.is_empty() {
                continue;
            }
            if written == Some("") && body.is_empty() {
                continue;
            }
            if !first {
                out.push('\n');
                line += 1;
            }
            first = false;
            let heading_line = match (section.kind, written) {
                (SectionKind::Header, _) | (_, Some("")) => None,
                (_, Some(written)) => {
                    out.push_str(written);
                    out.push_str("\n\n");
                    line += written.split('\n').count() + 1;
                    Some(line - 1 - written.split('\n').count())
                }
                (_, None) => {
                    out.push_str("## ");
                    out.push_str(section.title.trim());
                    out.push_str("\n\n");
                    line += 2;
                    Some(line - 2)
                }
            };
            spans.push(SectionSpan {
                id: section.id,
                heading_line,
                body_line: line,
            });
            if !body.is_empty() {
                out.push_str(body);
                out.push('\n');
                line += body.split('\n').count();
            }
        }
        if let Some(wrapper) = &self.wrapper {
            out.push_str(&wrapper.after);
            out.push('\n');
        }
        (out, spans)
    }

    /// Where each section's heading and body sit in `source`, the Markdown
    /// this resume was imported from, so findings can point at the user's
    /// own lines. Sections that cannot be found fall back to their place in
    /// the exported document.
    pub fn spans_in(&self, source: &str) -> Vec<SectionSpan> {
        let (_, exported) = self.to_markdown_with_spans();
        let lines: Vec<&str> = source
            .split('\n')
            .map(|l| l.trim_end_matches('\r'))
            .collect();
        let mut from = 0;
        let mut spans = Vec::with_capacity(exported.len());
        for span in exported {
            let Some(section) = self.section(span.id) else {
                continue;
            };
            let heading_line = match (section.kind, self.written_heading(span.id)) {
                (SectionKind::Header, _) | (_, Some("")) => None,
                (_, Some(written)) => {
                    let first = written.split('\n').next().unwrap_or("");
                    (from..lines.len()).find(|&i| lines[i] == first)
                }
                _ => (from..lines.len()).find(|&i| is_heading_of(&lines, i, &section.title)),
            };
            let body_from = heading_line.map_or(from, |h| h + 1);
            let body = section.body.trim_matches('\n');
            let body_line = match body.split('\n').next() {
                Some(first) if !first.is_empty() => {
                    (body_from..lines.len()).find(|&i| lines[i] == first)
                }
                _ => Some(body_from),
            };
            let headingless =
                section.kind == SectionKind::Header || self.written_heading(span.id) == Some("");
            match (headingless, heading_line, body_line) {
                (true, _, Some(body_line)) | (_, Some(_), Some(body_line)) => {
                    from = body_line + body.split('\n').count();
                    spans.push(SectionSpan {
                        id: span.id,
                        heading_line,
                        body_line,
                    });
                }
                _ => spans.push(span),
            }
        }
        spans
    }

    pub fn word_count(&self) -> usize {
        self.sections
            .iter()
            .map(|s| {
                let title = if s.kind == SectionKind::Header {
                    0
                } else {
                    count_words(&s.title)
                };
                title + s.word_count()
            })
            .sum()
    }
}

/// The text of a heading as written: without `#` runs, a setext underline,
/// or the `**` of a bold title line.
pub(crate) fn heading_text(written: &str) -> String {
    let first = written.split('\n').next().unwrap_or("").trim();
    if first.starts_with("<h") {
        // `<h2 id=x>Title</h2>`: the text between the tags.
        return super::reading::strip_tags(first).trim().to_string();
    }
    if first.starts_with('#') {
        let text = first.trim_start_matches('#').trim();
        let without = text.trim_end_matches('#');
        return if without.ends_with([' ', '\t']) || without.is_empty() {
            without.trim().to_string()
        } else {
            text.to_string()
        };
    }
    let lines: Vec<&str> = written.split('\n').collect();
    let text_lines = match lines.last() {
        Some(last) if lines.len() > 1 && last.trim().chars().all(|c| c == '=' || c == '-') => {
            &lines[..lines.len() - 1]
        }
        _ => &lines[..],
    };
    let joined: Vec<&str> = text_lines.iter().map(|l| l.trim()).collect();
    let text = joined.join(" ");
    strip_title_marks(&text).to_string()
}

/// A title line without the bold or italic marks around it and a final colon.
pub(crate) fn strip_title_marks(text: &str) -> &str {
    let mut text = text.trim();
    for mark in ["**", "__", "*", "_"] {
        if let Some(inner) = text.strip_prefix(mark).and_then(|t| t.strip_suffix(mark)) {
            text = inner.trim();
        }
    }
    let text = text.strip_suffix(':').unwrap_or(text).trim();
    for mark in ["**", "__"] {
        if let Some(inner) = text.strip_prefix(mark).and_then(|t| t.strip_suffix(mark)) {
            return inner.trim();
        }
    }
    text
}

/// Whether line `i` is an ATX (`## Title`) or setext (`Title` over `---`)
/// heading reading `title`.
fn is_heading_of(lines: &[&str], i: usize, title: &str) -> bool {
    let line = lines[i].trim();
    let title = title.trim();
    if let Some(rest) = line.strip_prefix('#') {
        let text = rest
            .trim_start_matches('#')
            .trim()
            .trim_end_matches('#')
            .trim();
        return text == title;
    }
    let underline = lines.get(i + 1).map_or("", |l| l.trim());
    line == title
        && !underline.is_empty()
        && (underline.chars().all(|c| c == '=') || underline.chars().all(|c| c == '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Resume {
        let mut r = Resume::new(Level::Mid);
        let header = r.sections()[0].id;
        r.section_mut(header).unwrap().body = "# Ada Lovelace\nada@example.com".into();
        let summary = r.first_of_kind(SectionKind::Summary).unwrap().id;
        r.section_mut(summary).unwrap().body = "Back-end engineer.\n".into();
        r
    }

    #[test]
    fn new_resume_has_the_levels_sections_in_order() {
        for level in Level::ALL {
            let r = Resume::new(level);
            let kinds: Vec<_> = r.sections().iter().map(|s| s.kind).collect();
            assert_eq!(kinds, level.recommended_sections());
        }
    }

    #[test]
    fn ids_are_unique_and_stable_across_removal() {
        let mut r = Resume::new(Level::Junior);
        let last = r.sections().last().unwrap().id;
        r.remove_section(last);
        let new = r.push_section(SectionKind::Custom, "Volunteering", "");
        assert_ne!(new, last);
    }

    #[test]
    fn markdown_assembles_header_then_titled_sections() {
        let md = sample().to_markdown();
        assert!(
            md.starts_with("# Ada Lovelace\nada@example.com\n\n## Summary\n\nBack-end engineer.\n")
        );
        assert!(md.contains("\n## Skills\n"));
        assert!(md.ends_with("## Education\n\n"));
    }

    #[test]
    fn spans_point_at_each_sections_lines() {
        let r = sample();
        let (md, spans) = r.to_markdown_with_spans();
        let lines: Vec<&str> = md.split('\n').collect();
        assert_eq!(spans[0].heading_line, None);
        assert_eq!(lines[spans[0].body_line], "# Ada Lovelace");
        assert_eq!(lines[spans[1].heading_line.unwrap()], "## Summary");
        assert_eq!(lines[spans[1].body_line], "Back-end engineer.");
        assert_eq!(lines[spans[2].heading_line.unwrap()], "## Skills");
    }

    #[test]
    fn level_change_keeps_every_word_and_adds_missing_sections() {
        let mut r = sample();
        let custom = r.push_section(SectionKind::Custom, "Hobbies", "Climbing");
        let before = r.to_markdown();
        let added = r.set_level(Level::Senior);
        assert!(!added.is_empty());
        let after = r.to_markdown();
        for word in before.split_whitespace() {
            assert!(after.contains(word), "lost {word}");
        }
        let kinds: Vec<_> = r.sections().iter().map(|s| s.kind).collect();
        let recommended = Level::Senior.recommended_sections();
        assert_eq!(&kinds[..recommended.len()], recommended);
        // Sections the new level does not ask for stay, after the others,
        // in the order they had.
        assert_eq!(
            &kinds[recommended.len()..],
            &[SectionKind::Projects, SectionKind::Custom]
        );
        assert_eq!(r.sections().last().unwrap().id, custom);
    }

    #[test]
    fn level_change_keeps_a_users_own_order() {
        let mut r = sample();
        let skills = r.first_of_kind(SectionKind::Skills).unwrap().id;
        assert!(r.move_section(skills, 1));
        let order_before: Vec<_> = r.sections().iter().map(|s| s.id).collect();
        let added = r.set_level(Level::Senior);
        let order_after: Vec<_> = r.sections().iter().map(|s| s.id).collect();
        assert_eq!(&order_after[..order_before.len()], &order_before[..]);
        assert_eq!(&order_after[order_before.len()..], &added[..]);
    }

    #[test]
    fn move_stops_at_the_edges() {
        let mut r = Resume::new(Level::Mid);
        let first = r.sections()[0].id;
        let last = r.sections().last().unwrap().id;
        assert!(!r.move_section(first, -1));
        assert!(!r.move_section(last, 1));
        assert!(!r.is_custom_order());
    }

    #[test]
    fn spans_in_a_source_point_at_the_users_own_lines() {
        let mut r = Resume::new(Level::Mid);
        for id in r.sections().iter().map(|s| s.id).collect::<Vec<_>>() {
            r.remove_section(id);
        }
        r.push_section(SectionKind::Header, "Header", "# Ada\nada@example.com");
        let summary = r.push_section(SectionKind::Summary, "About me", "Go engineer.");
        let skills = r.push_section(SectionKind::Skills, "Skills", "- Go\n- SQL");
        let source = "# Ada\nada@example.com\n\n\n\nAbout me\n--------\n\n\nGo engineer.\n\n### Skills ###\n- Go\n- SQL\n";
        let spans = r.spans_in(source);
        let lines: Vec<&str> = source.split('\n').collect();
        let of = |id| spans.iter().find(|s| s.id == id).unwrap();
        assert_eq!(lines[of(summary).heading_line.unwrap()], "About me");
        assert_eq!(lines[of(summary).body_line], "Go engineer.");
        assert_eq!(lines[of(skills).heading_line.unwrap()], "### Skills ###");
        assert_eq!(lines[of(skills).body_line], "- Go");
        assert_eq!(of(r.sections()[0].id).body_line, 0);
    }

    #[test]
    fn spans_in_fall_back_to_the_export_for_unknown_text() {
        let r = sample();
        assert_eq!(r.spans_in("nothing alike"), r.to_markdown_with_spans().1);
    }

    #[test]
    fn word_count_includes_titles_but_not_markers() {
        let r = sample();
        // Ada Lovelace ada@example.com (3) + titles (Summary Skills Experience
        // Projects Education = 5) + Back-end engineer. (2)
        assert_eq!(r.word_count(), 10);
    }
}
