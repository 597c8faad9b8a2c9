//! The coach's view of a whole resume, kept up to date one section at a time.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::guide::jobs::{Lexicon, Posting, SkillId, skills_named};
use crate::resume::{Level, Resume, Section, SectionId, SectionKind};

use super::document::{Length, SectionView, Totals, document_rules, totals};
use super::finding::{Finding, Mark, Severity};
use super::posting;
use super::score::{self, Scored};
use super::sections::{SectionFacts, check_section};

/// Findings and scores for a resume. Build it with [`Report::new`] when a
/// resume is loaded or its level changes; after an edit, call
/// [`Report::recheck_section`], which re-reads only that section and then
/// recomputes the cheap document aggregates from stored facts.
#[derive(Debug, Clone)]
pub struct Report {
    level: Level,
    sections: Vec<SectionState>,
    document: Vec<Finding>,
    totals: Totals,
    /// The typeset page count, when the caller has one (see
    /// [`Report::set_typeset_pages`]).
    typeset_pages: Option<usize>,
    score: u8,
    /// The skills a given job posting requires (see [`Report::set_posting`]).
    posting: Option<Vec<SkillId>>,
    /// The posting's findings as last placed, put back whenever the
    /// document rules are redone (a new typeset page count, say).
    posting_findings: Vec<Finding>,
    /// Changes whenever the findings or scores may have (see
    /// [`Report::generation`]).
    generation: u64,
    /// The spelling rules were applied (see [`Report::without_spelling`]).
    spelled: bool,
}

/// Generations are drawn from one counter, so a report built anew never
/// repeats the generation of the one it replaces.
static GENERATIONS: AtomicU64 = AtomicU64::new(0);

#[derive(Debug, Clone)]
struct SectionState {
    id: SectionId,
    kind: SectionKind,
    /// The section's own findings first, then the document rules' findings
    /// shown on it (from index `own` on).
    findings: Vec<Finding>,
    own: usize,
    facts: SectionFacts,
    bullet_score: Option<f32>,
    own_penalty: u32,
    score: Option<u8>,
    /// The lexicon skills the section names, read only while a posting is
    /// given (and again after the section changes).
    named: Option<Vec<SkillId>>,
}

impl SectionState {
    fn check(level: Level, section: &Section, spell: bool) -> Self {
        let check = check_section(level, section, spell);
        SectionState {
            id: section.id,
            kind: section.kind,
            own: check.findings.len(),
            findings: check.findings,
            facts: check.facts,
            bullet_score: check.bullet_score,
            own_penalty: check.penalty,
            score: None,
            named: None,
        }
    }
}

impl Report {
    /// Checks the whole document, judging its length by the estimate.
    pub fn new(resume: &Resume) -> Report {
        Report::with_typeset_pages(resume, None)
    }

    /// Checks the whole document, judging its length by `typeset_pages`
    /// when given: the page count of the PDF export
    /// (`export::page_count`), which this layer cannot compute itself.
    pub fn with_typeset_pages(resume: &Resume, typeset_pages: Option<usize>) -> Report {
        Report::checked(resume, typeset_pages, true)
    }

    /// Checks the whole document but its spelling: the app's first report
    /// while the dictionaries are still being parsed, so its first frame
    /// does not wait for them. Rechecks keep leaving spelling out; a
    /// [`Report::new`] once they are loaded brings it in.
    pub fn without_spelling(resume: &Resume) -> Report {
        Report::checked(resume, None, false)
    }

    /// Whether the spelling rules were applied (see [`Report::without_spelling`]).
    pub fn spelled(&self) -> bool {
        self.spelled
    }

    fn checked(resume: &Resume, typeset_pages: Option<usize>, spelled: bool) -> Report {
        let sections = resume
            .sections()
            .iter()
            .map(|s| SectionState::check(resume.level, s, spelled))
            .collect();
        let mut report = Report {
            level: resume.level,
            sections,
            document: Vec::new(),
            totals: Totals {
                words: 0,
                pages: 0.0,
            },
            typeset_pages,
            score: 0,
            posting: None,
            posting_findings: Vec::new(),
            generation: 0,
            spelled,
        };
        report.aggregate();
        report
    }

    /// Checks the whole document with a job posting in mind: for the
    /// skills the posting requires and the resume does not name, info
    /// findings (`posting-skill`) on the line where each belongs. They do
    /// not lower any score.
    pub fn with_posting(resume: &Resume, posting: Option<&Posting>) -> Report {
        let mut report = Report::new(resume);
        report.set_posting(resume, posting);
        report
    }

    /// Gives (or, with `None`, takes away) the job posting; kept through
    /// [`Report::recheck_section`].
    pub fn set_posting(&mut self, resume: &Resume, posting: Option<&Posting>) {
        self.posting = posting.map(posting::required_skills);
        self.place_posting(resume);
        self.aggregate();
    }

    /// Whether a job posting was given.
    pub fn has_posting(&self) -> bool {
        self.posting.is_some()
    }

    /// Re-reads section `id` after an edit (and any section added, removed,
    /// moved or re-kinded since the last check), then updates the document
    /// rules and scores. A level change re-reads everything.
    pub fn recheck_section(&mut self, resume: &Resume, id: SectionId) {
        if resume.level != self.level {
            let posting = self.posting.take();
            *self = Report::checked(resume, None, self.spelled);
            self.posting = posting;
            self.place_posting(resume);
            self.aggregate();
            return;
        }
        let mut old = std::mem::take(&mut self.sections);
        self.sections.reserve(resume.sections().len());
        for section in resume.sections() {
            let kept = old
                .iter()
                .position(|s| s.id == section.id && s.kind == section.kind && s.id != id);
            let state = match kept {
                Some(at) => old.swap_remove(at),
                None => SectionState::check(self.level, section, self.spelled),
            };
            self.sections.push(state);
        }
        self.place_posting(resume);
        self.aggregate();
    }

    /// Gives the length rule the typeset page count (or takes it away
    /// with `None`), rechecking only the document rules. The count is kept
    /// through [`Report::recheck_section`] until it is replaced, so set it
    /// again when a new count for the edited text arrives; a level change
    /// drops it, since the PDF is then fitted to other pages.
    pub fn set_typeset_pages(&mut self, typeset_pages: Option<usize>) {
        if self.typeset_pages != typeset_pages {
            self.typeset_pages = typeset_pages;
            self.aggregate();
        }
    }

    /// The typeset page count the length rule uses, if it was given.
    pub fn typeset_pages(&self) -> Option<usize> {
        self.typeset_pages
    }

    /// A number that is the same for two reads only if the report did not
    /// change in between (and for a clone): what a view can cache by,
    /// instead of comparing findings.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The level the report was built for.
    pub fn level(&self) -> Level {
        self.level
    }

    /// Findings shown on a section: its own, then document rules placed on it.
    pub fn section_findings(&self, id: SectionId) -> &[Finding] {
        self.state(id).map_or(&[], |s| &s.findings)
    }

    /// 0–100; `None` for an empty (or unknown) section.
    pub fn section_score(&self, id: SectionId) -> Option<u8> {
        self.state(id).and_then(|s| s.score)
    }

    pub fn section_mark(&self, id: SectionId) -> Mark {
        let Some(state) = self.state(id) else {
            return Mark::Empty;
        };
        if state.facts.empty {
            return Mark::Empty;
        }
        match state.findings.iter().map(|f| f.severity).max() {
            Some(Severity::Error) => Mark::Error,
            Some(Severity::Warning) => Mark::Warning,
            _ => Mark::Good,
        }
    }

    /// Findings about the document as a whole (missing sections, length).
    pub fn document_findings(&self) -> &[Finding] {
        &self.document
    }

    /// Every finding: section by section in reading order, then the document's.
    pub fn all_findings(&self) -> impl Iterator<Item = &Finding> {
        self.sections
            .iter()
            .flat_map(|s| s.findings.iter())
            .chain(self.document.iter())
    }

    /// The overall score, 0–100.
    pub fn score(&self) -> u8 {
        self.score
    }

    /// Words, counted as `Resume::word_count` counts them.
    pub fn words(&self) -> usize {
        self.totals.words
    }

    /// Estimated printed pages (see [`Report::typeset_pages`] for the
    /// real count, when known).
    pub fn pages(&self) -> f32 {
        self.totals.pages
    }

    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.all_findings()
            .filter(|f| f.severity == severity)
            .count()
    }

    fn state(&self, id: SectionId) -> Option<&SectionState> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Adds the posting's findings after the scores are computed, so they
    /// inform without counting against the resume.
    /// Works out the posting's findings for the resume as it is now; the
    /// next `aggregate` shows them.
    fn place_posting(&mut self, resume: &Resume) {
        self.posting_findings.clear();
        let Some(required) = &self.posting else {
            return;
        };
        let lexicon = Lexicon::builtin();
        let mut named: HashSet<SkillId> = HashSet::new();
        for state in &mut self.sections {
            let skills = state.named.get_or_insert_with(|| {
                resume
                    .section(state.id)
                    .map(|s| skills_named(lexicon, s))
                    .unwrap_or_default()
            });
            named.extend(skills.iter().copied());
        }
        self.posting_findings = posting::findings(resume, required, &named);
    }

    /// Puts the posting's findings on their sections (or the document),
    /// after the scores: they never lower one.
    fn attach_posting_findings(&mut self) {
        for finding in self.posting_findings.clone() {
            match finding
                .section
                .and_then(|id| self.sections.iter_mut().find(|s| s.id == id))
            {
                Some(state) => state.findings.push(finding),
                None => self.document.push(finding),
            }
        }
    }

    /// Recomputes document rules, totals and scores from stored facts.
    fn aggregate(&mut self) {
        for state in &mut self.sections {
            state.findings.truncate(state.own);
        }
        let views: Vec<SectionView> = self
            .sections
            .iter()
            .map(|s| SectionView {
                id: s.id,
                kind: s.kind,
                facts: &s.facts,
            })
            .collect();
        self.totals = totals(&views);
        let length = Length::new(self.typeset_pages, self.totals);
        let placed = document_rules(self.level, &views, self.totals, length);
        self.document.clear();
        for finding in placed {
            match finding
                .section
                .and_then(|id| self.sections.iter_mut().find(|s| s.id == id))
            {
                Some(state) => state.findings.push(finding),
                None => self.document.push(Finding {
                    section: None,
                    ..finding
                }),
            }
        }
        for state in &mut self.sections {
            state.score = (!state.facts.empty).then(|| {
                let placed: u32 = state.findings[state.own..]
                    .iter()
                    .map(|f| score::section_penalty(f.severity))
                    .sum();
                score::section_score(state.bullet_score, state.own_penalty + placed)
            });
        }
        let scored: Vec<Scored> = self
            .sections
            .iter()
            .map(|s| Scored {
                kind: s.kind,
                score: s.score,
            })
            .collect();
        self.score = score::overall(self.level, &scored, &self.document);
        self.attach_posting_findings();
        self.generation = GENERATIONS.fetch_add(1, Ordering::Relaxed) + 1;
    }
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
