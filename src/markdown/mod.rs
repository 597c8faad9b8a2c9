//! TEMPORARY interface stub.
use crate::resume::{Resume, SectionId, SectionKind};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use std::borrow::Cow;
#[derive(Debug, Clone, Default)]
pub struct MdTheme {
    pub h1: Style,
}
impl MdTheme {
    pub fn mono() -> Self {
        MdTheme {
            h1: Style::new().add_modifier(Modifier::BOLD),
        }
    }
}
pub fn visible(text: &str) -> Cow<'_, str> {
    Cow::Borrowed(text)
}
pub fn render(markdown: &str, width: u16, _theme: &MdTheme) -> Vec<Line<'static>> {
    markdown
        .lines()
        .map(|l| Line::from(l.chars().take(width as usize).collect::<String>()))
        .collect()
}
#[derive(Default)]
pub struct PreviewCache {
    lines: Vec<Line<'static>>,
    starts: Vec<(SectionId, usize)>,
}
impl PreviewCache {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn update(&mut self, resume: &Resume, width: u16, theme: &MdTheme) {
        self.lines.clear();
        self.starts.clear();
        for s in resume.sections() {
            if !self.lines.is_empty() {
                self.lines.push(Line::default());
            }
            self.starts.push((s.id, self.lines.len()));
            let md = if s.kind == SectionKind::Header {
                s.body.clone()
            } else {
                format!("## {}\n\n{}", s.title, s.body)
            };
            self.lines.extend(render(&md, width, theme));
        }
    }
    pub fn invalidate(&mut self, _id: SectionId) {}
    pub fn invalidate_all(&mut self) {}
    pub fn total_rows(&self) -> usize {
        self.lines.len()
    }
    pub fn first_row_of(&self, id: SectionId) -> Option<usize> {
        self.starts.iter().find(|s| s.0 == id).map(|s| s.1)
    }
    pub fn lines(&self, start: usize, count: usize) -> impl Iterator<Item = &Line<'static>> {
        self.lines.iter().skip(start).take(count)
    }
}
