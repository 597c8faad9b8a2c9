//! Walking through the coach's findings: a list of every finding of the
//! section (Alt-C) or of the whole resume ("All findings"); Enter jumps to
//! the line and column a finding is about.

use ratatui::crossterm::event::KeyEvent;

use super::list;
use super::quick_fix::Change;
use crate::guide::coach::{Finding, Report};
use crate::resume::{Resume, SectionId};
use crate::tui::action::OverlayKey;
use crate::tui::keymap::{self, Context};
use crate::tui::overlay::Outcome;

/// One row of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The section it is about; `None` for the resume as a whole.
    pub section: Option<SectionId>,
    /// The section's title, shown in the resume-wide list.
    pub place: String,
    pub finding: Finding,
}

pub struct FindingList {
    pub title: String,
    pub items: Vec<Item>,
    pub selected: usize,
}

impl FindingList {
    /// The findings of one section, in line order.
    pub fn section(resume: &Resume, report: &Report, id: SectionId) -> Self {
        let title = resume
            .section(id)
            .map_or(String::new(), |s| s.title.clone());
        let items = report
            .section_findings(id)
            .iter()
            .map(|f| Item {
                section: Some(id),
                place: title.clone(),
                finding: f.clone(),
            })
            .collect();
        FindingList {
            title: format!("Coach · {title}"),
            items: sorted(items),
            selected: 0,
        }
    }

    /// Every finding of the resume: the whole document's first, then each
    /// section's in the resume's order.
    pub fn all(resume: &Resume, report: &Report) -> Self {
        let mut items: Vec<Item> = report
            .document_findings()
            .iter()
            .map(|f| Item {
                section: f.section,
                place: f
                    .section
                    .and_then(|id| resume.section(id))
                    .map_or("Resume".to_string(), |s| s.title.clone()),
                finding: f.clone(),
            })
            .collect();
        for section in resume.sections() {
            let mine = FindingList::section(resume, report, section.id).items;
            items.extend(mine);
        }
        FindingList {
            title: "All findings".to_string(),
            items,
            selected: 0,
        }
    }

    pub fn handle(&mut self, key: &KeyEvent, page: usize) -> Outcome {
        match keymap::overlay_key(Context::Findings, key) {
            Some(OverlayKey::Cancel) => return Outcome::Close,
            Some(OverlayKey::Keys) => return Outcome::Keys(Context::Findings),
            Some(OverlayKey::Accept) => {
                return match self.items.get(self.selected) {
                    Some(item) => match item.section {
                        Some(section) => Outcome::Jump {
                            section,
                            line: item.finding.line.unwrap_or(0),
                            column: item.finding.column,
                        },
                        None => Outcome::Close,
                    },
                    None => Outcome::Close,
                };
            }
            Some(OverlayKey::Fix) => {
                let Some(item) = self.items.get(self.selected) else {
                    return Outcome::Stay;
                };
                if let (Some(section), Some(line), Some(fix)) =
                    (item.section, item.finding.line, item.finding.fix.as_ref())
                {
                    return Outcome::FixIn(
                        section,
                        Change::Replace {
                            line,
                            range: fix.range.clone(),
                            with: fix.replacement.clone(),
                        },
                    );
                }
            }
            Some(step) => self.selected = list::step(self.selected, self.items.len(), step, page),
            None => {}
        }
        Outcome::Stay
    }
}

fn sorted(mut items: Vec<Item>) -> Vec<Item> {
    items.sort_by_key(|i| (i.finding.line.map_or(0, |l| l + 1), i.finding.column));
    items
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::guide;
    use crate::resume::Level;
    use crate::tui::testing::key;
    use ratatui::crossterm::event::KeyCode;

    #[test]
    fn every_finding_is_listed_and_enter_jumps_to_it() {
        let resume = guide::starter_resume(Level::Mid);
        let report = Report::new(&resume);
        let mut list = FindingList::all(&resume, &report);
        let total: usize = report.document_findings().len()
            + resume
                .sections()
                .iter()
                .map(|s| report.section_findings(s.id).len())
                .sum::<usize>();
        assert_eq!(list.items.len(), total);
        let at = list
            .items
            .iter()
            .position(|i| i.finding.line.is_some_and(|l| l > 0))
            .expect("a finding below the first line");
        for _ in 0..at {
            list.handle(&key(KeyCode::Down), 10);
        }
        let item = list.items[at].clone();
        match list.handle(&key(KeyCode::Enter), 10) {
            Outcome::Jump {
                section,
                line,
                column,
            } => {
                assert_eq!(Some(section), item.section);
                assert_eq!(Some(line), item.finding.line);
                assert_eq!(column, item.finding.column);
            }
            _ => panic!("Enter should jump"),
        }
    }
}
