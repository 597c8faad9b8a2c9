//! TEMPORARY interface stub.
use crate::resume::{Resume, SectionId};
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Info,
    Warning,
    Error,
}
impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Empty,
    Error,
    Warning,
    Good,
}
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub section: Option<SectionId>,
    pub line: Option<usize>,
    pub column: usize,
    pub message: String,
    pub excerpt: String,
}
pub struct Report {
    findings: Vec<Finding>,
    words: usize,
}
impl Report {
    pub fn new(resume: &Resume) -> Report {
        let mut r = Report {
            findings: vec![],
            words: 0,
        };
        for s in resume.sections() {
            r.recheck_section(resume, s.id)
        }
        r
    }
    pub fn recheck_section(&mut self, resume: &Resume, id: SectionId) {
        self.findings.retain(|f| f.section != Some(id));
        if let Some(s) = resume.section(id) {
            for (i, l) in s.body.lines().enumerate() {
                if l.contains('[') {
                    self.findings.push(Finding {
                        rule: "placeholder",
                        severity: Severity::Error,
                        section: Some(id),
                        line: Some(i),
                        column: 0,
                        message: "Template text left in: replace it.".into(),
                        excerpt: l.into(),
                    })
                }
            }
        }
        self.words = resume.word_count();
    }
    pub fn section_findings(&self, id: SectionId) -> Vec<Finding> {
        self.findings
            .iter()
            .filter(|f| f.section == Some(id))
            .cloned()
            .collect()
    }
    pub fn section_score(&self, _id: SectionId) -> Option<u8> {
        Some(80)
    }
    pub fn section_mark(&self, id: SectionId) -> Mark {
        if self.findings.iter().any(|f| f.section == Some(id)) {
            Mark::Error
        } else {
            Mark::Good
        }
    }
    pub fn document_findings(&self) -> &[Finding] {
        &[]
    }
    pub fn score(&self) -> u8 {
        70
    }
    pub fn words(&self) -> usize {
        self.words
    }
    pub fn pages(&self) -> f32 {
        self.words as f32 / 500.0
    }
    pub fn error_count(&self) -> usize {
        self.findings.len()
    }
    pub fn warning_count(&self) -> usize {
        0
    }
}
