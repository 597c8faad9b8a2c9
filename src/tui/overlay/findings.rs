//! Walking through the coach's findings: a list of every finding of the
//! section (Alt-C) or of the whole resume ("All findings"); Enter jumps to
//! the line and column a finding is about.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, ListItem, Paragraph};

use super::quick_fix::Change;
use super::{Modal, Outcome, PAGE, list};
use crate::guide::coach::{Finding, Report, Severity};
use crate::markdown::visible;
use crate::resume::{Resume, SectionId};
use crate::tui::action::OverlayKey;
use crate::tui::keymap::{self, Context};
use crate::tui::theme::Theme;
use crate::tui::view::widgets::{
    boxed, centered, fit, overlay_hints, selectable_list, styled, wrap_words,
};

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
}

impl Modal for FindingList {
    fn context(&self) -> Context {
        Context::Findings
    }

    fn handle(&mut self, key: &KeyEvent) -> Outcome {
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
            Some(step) => self.selected = list::step(self.selected, self.items.len(), step, PAGE),
            None => {}
        }
        Outcome::Stay
    }

    /// One row per finding, the selected one kept in view by the list; its
    /// message is shown whole under the list.
    fn draw(&self, theme: &Theme, frame: &mut Frame, area: Rect) -> Option<Position> {
        let width = 100.min(area.width.saturating_sub(2));
        let height = area.height.saturating_sub(2);
        let rect = centered(area, width, height);
        let block = boxed(&self.title, theme);
        let inner = block.inner(rect);
        frame.render_widget(Clear, rect);
        frame.render_widget(block, rect);
        let row_width = inner.width as usize;
        let selected_text = self
            .items
            .get(self.selected)
            .map(|i| {
                let message = visible(&i.finding.message).into_owned();
                match &i.finding.fix {
                    Some(fix) => format!("{message} Quick fix (.): {}", visible(&fix.label)),
                    None => message,
                }
            })
            .unwrap_or_default();
        let detail = wrap_words(&selected_text, row_width);
        let [rows, detail_area, help] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(detail.len() as u16 + 1),
            Constraint::Length(1),
        ])
        .areas(inner);
        let items: Vec<ListItem> = self
            .items
            .iter()
            .map(|item| {
                let f = &item.finding;
                let (mark, style) = match f.severity {
                    Severity::Error => ("✗ ", theme.error),
                    Severity::Warning => ("! ", theme.warning),
                    Severity::Info => ("· ", theme.info),
                };
                let at = match f.line {
                    Some(line) => {
                        format!("{} L{}:{} ", visible(&item.place), line + 1, f.column + 1)
                    }
                    None => format!("{} ", visible(&item.place)),
                };
                let text = fit(
                    &format!("{at}{}", visible(&f.message)),
                    row_width.saturating_sub(2),
                );
                ListItem::new(Line::from(vec![styled(mark, style), Span::raw(text)]))
            })
            .collect();
        let items = if items.is_empty() {
            vec![ListItem::new(Line::styled(
                " ✓ The coach has no notes.",
                theme.good,
            ))]
        } else {
            items
        };
        selectable_list(frame, items, self.selected, rows, theme);
        let detail: Vec<Line> = std::iter::once(Line::default())
            .chain(detail.into_iter().map(Line::raw))
            .collect();
        frame.render_widget(Paragraph::new(detail), detail_area);
        overlay_hints(frame, Context::Findings, help, theme);
        None
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
    use crate::tui::testing::{drawn, key};
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
            list.handle(&key(KeyCode::Down));
        }
        let item = list.items[at].clone();
        match list.handle(&key(KeyCode::Enter)) {
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

    #[test]
    fn the_list_shows_each_finding_where_it_is_and_the_chosen_one_whole() {
        let resume = guide::starter_resume(Level::Mid);
        let report = Report::new(&resume);
        let mut list = FindingList::all(&resume, &report);
        list.handle(&key(KeyCode::Down));
        let screen = drawn(&list, 110, 30);
        assert!(screen.contains("╭ All findings "), "{screen}");
        let chosen = &list.items[1];
        assert!(screen.contains(&chosen.place), "{screen}");
        let first_words: String = chosen.finding.message.chars().take(20).collect();
        assert!(screen.contains(&first_words), "{screen}");
        assert!(screen.contains("Enter jump"), "{screen}");
        let empty = FindingList {
            title: "Coach · Summary".into(),
            items: Vec::new(),
            selected: 0,
        };
        assert!(drawn(&empty, 110, 30).contains("The coach has no notes."));
    }
}
