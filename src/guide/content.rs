//! TEMPORARY interface stub.
use std::sync::OnceLock;
use crate::resume::{Level, Resume, SectionKind};
pub struct LevelGuide { pub level: Level, pub title: String, pub overview: String, pub sections: Vec<SectionGuide> }
pub struct SectionGuide { pub kind: SectionKind, pub purpose: String, pub tips: Vec<String>, pub examples: Vec<String>, pub template: String }
impl LevelGuide { pub fn section(&self, kind: SectionKind) -> Option<&SectionGuide> { self.sections.iter().find(|s| s.kind == kind) } }
fn make(level: Level) -> LevelGuide {
    LevelGuide { level, title: level.label().into(), overview: "Overview.".into(), sections: SectionKind::GUIDED.iter().map(|&kind| SectionGuide { kind, purpose: format!("Purpose of {}", kind.id()), tips: vec!["Tip one.".into(), "Tip two is a longer tip that wraps across lines.".into()], examples: vec!["Reduced p99 latency from 800 ms to 200 ms.".into()], template: if kind == SectionKind::Header { "# [Your Name]\n[email@example.com]".into() } else { format!("[{} text]", kind.id()) } }).collect() }
}
pub fn level_guide(level: Level) -> &'static LevelGuide {
    static G: OnceLock<Vec<LevelGuide>> = OnceLock::new();
    let all = G.get_or_init(|| Level::ALL.iter().map(|&l| make(l)).collect());
    &all[Level::ALL.iter().position(|&l| l == level).unwrap()]
}
pub fn custom_section_guide() -> &'static SectionGuide { level_guide(Level::Mid).section(SectionKind::Summary).unwrap() }
pub fn starter_resume(level: Level) -> Resume {
    let mut r = Resume::new(level);
    let ids: Vec<_> = r.sections().iter().map(|s| (s.id, s.kind)).collect();
    for (id, kind) in ids { r.section_mut(id).unwrap().body = level_guide(level).section(kind).unwrap().template.clone(); }
    r
}
