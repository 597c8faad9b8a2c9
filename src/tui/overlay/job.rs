//! The job view ("Tailor to a job…"): what the remembered posting asks for,
//! missing required skills first, each with the place in the resume where
//! it would belong; Enter puts the cursor there.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, ListItem, Paragraph};

use super::{Modal, Outcome, PAGE, Prompt, PromptPurpose, list};
use crate::guide::jobs::{Lexicon, MatchReport, Placer};
use crate::markdown::visible;
use crate::resume::{Resume, SectionId};
use crate::tui::action::OverlayKey;
use crate::tui::keymap::{self, Context};
use crate::tui::theme::Theme;
use crate::tui::view::widgets::{boxed, centered, fit, overlay_hints, selectable_list, styled};

/// One skill the posting asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobItem {
    pub skill: &'static str,
    pub required: bool,
    pub found: bool,
    /// Where the resume names it, or where it would belong.
    pub place: String,
    /// Where Enter puts the cursor: a section, a body line and the end of
    /// that line (a missing skill is added there).
    pub target: Option<(SectionId, usize, usize)>,
}

pub struct JobView {
    /// The posting's first line, as the list's title.
    pub title: String,
    /// Score, level and years, for the line over the list.
    pub summary: String,
    pub items: Vec<JobItem>,
    pub selected: usize,
}

impl JobView {
    pub fn new(title: &str, report: &MatchReport, lexicon: &Lexicon, resume: &Resume) -> Self {
        let placer = Placer::new(resume);
        let items = report
            .keywords
            .iter()
            .map(|keyword| {
                if keyword.found() {
                    let place = &keyword.places[0];
                    return JobItem {
                        skill: keyword.name,
                        required: keyword.required,
                        found: true,
                        place: format!("in {}", place.section),
                        target: None,
                    };
                }
                let placement = placer.place(lexicon, keyword.skill);
                let target = placement.section.map(|id| {
                    let column = resume
                        .section(id)
                        .and_then(|s| s.body.lines().nth(placement.line))
                        .map_or(0, |line| line.chars().count());
                    (id, placement.line, column)
                });
                let place = match placement.section {
                    Some(_) => format!("add to {}", placement.describe(resume)),
                    None => format!(
                        "add a {} section first (F5)",
                        placement.kind.default_title()
                    ),
                };
                JobItem {
                    skill: keyword.name,
                    required: keyword.required,
                    found: false,
                    place,
                    target,
                }
            })
            .collect();
        JobView {
            title: title.to_string(),
            summary: summary(report),
            items,
            selected: 0,
        }
    }
}

impl Modal for JobView {
    fn context(&self) -> Context {
        Context::Job
    }

    fn handle(&mut self, key: &KeyEvent) -> Outcome {
        match keymap::overlay_key(Context::Job, key) {
            Some(OverlayKey::Cancel) => Outcome::Close,
            Some(OverlayKey::Keys) => Outcome::Keys(Context::Job),
            Some(OverlayKey::New) => Outcome::Replace(Box::new(posting_prompt())),
            Some(OverlayKey::Delete) => Outcome::ForgetPosting,
            Some(OverlayKey::Accept) => match self.items.get(self.selected) {
                Some(JobItem {
                    target: Some((section, line, column)),
                    ..
                }) => Outcome::Jump {
                    section: *section,
                    line: *line,
                    column: *column,
                },
                _ => Outcome::Stay,
            },
            Some(step) => {
                self.selected = list::step(self.selected, self.items.len(), step, PAGE);
                Outcome::Stay
            }
            None => Outcome::Stay,
        }
    }

    /// The match line, then one row per skill the posting asks for —
    /// missing required ones first — with where it is or would belong.
    fn draw(&self, theme: &Theme, frame: &mut Frame, area: Rect) -> Option<Position> {
        let width = 100.min(area.width.saturating_sub(2));
        let height = (self.items.len() as u16 + 6).min(area.height.saturating_sub(2));
        let rect = centered(area, width, height);
        let title = format!("Tailor to: {}", visible(&self.title));
        let block = boxed(&fit(&title, width.saturating_sub(6) as usize), theme);
        let inner = block.inner(rect);
        frame.render_widget(Clear, rect);
        frame.render_widget(block, rect);
        let row_width = inner.width as usize;
        let [summary, rows, help] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        frame.render_widget(
            Paragraph::new(Line::raw(fit(&self.summary, row_width))),
            summary,
        );
        let name_width = self
            .items
            .iter()
            .map(|i| i.skill.chars().count())
            .max()
            .unwrap_or(0)
            .min(30);
        let items: Vec<ListItem> = self
            .items
            .iter()
            .map(|item| {
                let (mark, style) = match (item.found, item.required) {
                    (false, true) => ("✗ ", theme.error),
                    (false, false) => ("! ", theme.warning),
                    (true, _) => ("✓ ", theme.good),
                };
                let need = if item.required {
                    "required "
                } else {
                    "preferred"
                };
                let text = fit(
                    &format!(
                        "{:<name_width$}  {need}  {}",
                        item.skill,
                        visible(&item.place)
                    ),
                    row_width.saturating_sub(2),
                );
                ListItem::new(Line::from(vec![styled(mark, style), Span::raw(text)]))
            })
            .collect();
        let items = if items.is_empty() {
            vec![ListItem::new(Line::raw(
                " The posting names no skill resumd knows.",
            ))]
        } else {
            items
        };
        selectable_list(frame, items, self.selected, rows, theme);
        overlay_hints(frame, Context::Job, help, theme);
        None
    }
}

/// The question for a posting: a file's path, or its text pasted.
pub fn posting_prompt() -> Prompt {
    Prompt::new(
        PromptPurpose::PostingPath,
        "Job posting: type a file's path, or paste the posting's text",
        "",
    )
}

/// "72/100 · a senior posting asking 5+ years · your resume: mid-level, 4 years"
fn summary(report: &MatchReport) -> String {
    let mut out = format!("Match {}/100", report.score);
    let level = report.posting_level.map(|level| match level.id() {
        "mid" => "mid-level",
        other => other,
    });
    match (level, report.years_asked) {
        (Some(level), Some(years)) => {
            out.push_str(&format!(" · a {level} posting, {years}+ years"))
        }
        (Some(level), None) => out.push_str(&format!(" · a {level} posting")),
        (None, Some(years)) => out.push_str(&format!(" · asks {years}+ years")),
        (None, None) => {}
    }
    out.push_str(&format!(
        " · your resume: {}",
        report.resume_level.label().to_lowercase()
    ));
    if let Some(years) = report.years_resume {
        out.push_str(&format!(
            ", {years} {}",
            if years == 1 { "year" } else { "years" }
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyCode;

    use super::*;
    use crate::guide::jobs::{match_resume, month, read_posting};
    use crate::resume::{Level, SectionKind};
    use crate::tui::testing::{downcast, drawn, key};

    const POSTING: &str = "Senior Backend Engineer\n\nRequirements\n- 5+ years with Go and PostgreSQL\n- Experience with Kubernetes and on-call\n\nNice to have\n- Kafka\n";

    fn resume() -> Resume {
        let mut resume = Resume::new(Level::Mid);
        let skills = resume.first_of_kind(SectionKind::Skills).unwrap().id;
        resume.section_mut(skills).unwrap().body =
            "- **Languages:** Go, Python\n- **Databases:** MySQL, Redis\n".into();
        let work = resume.first_of_kind(SectionKind::Experience).unwrap().id;
        resume.section_mut(work).unwrap().body =
            "### Backend Engineer — Acme\n*2021 – Present*\n\n- Built the billing API in Go.\n"
                .into();
        resume
    }

    fn view(resume: &Resume) -> JobView {
        let lexicon = Lexicon::builtin();
        let posting = read_posting(lexicon, POSTING).unwrap();
        let report = match_resume(lexicon, &posting, resume, month(2026, 12));
        JobView::new("Senior Backend Engineer", &report, lexicon, resume)
    }

    #[test]
    fn missing_required_skills_come_first_with_where_they_belong() {
        let resume = resume();
        let view = view(&resume);
        let first = &view.items[0];
        assert!(first.required && !first.found, "{:?}", view.items);
        let postgres = view.items.iter().find(|i| i.skill == "PostgreSQL").unwrap();
        assert!(postgres.place.contains("Databases"), "{}", postgres.place);
        let skills = resume.first_of_kind(SectionKind::Skills).unwrap();
        let (section, line, column) = postgres.target.unwrap();
        assert_eq!(section, skills.id);
        assert_eq!(line, 1, "the Databases line");
        assert_eq!(column, skills.body.lines().nth(1).unwrap().chars().count());
        let go = view.items.iter().find(|i| i.skill == "Go").unwrap();
        assert!(go.found && go.target.is_none());
        assert!(view.summary.starts_with("Match "), "{}", view.summary);
        assert!(view.summary.contains("5+ years"), "{}", view.summary);
    }

    #[test]
    fn enter_jumps_to_a_missing_skills_place_and_n_asks_for_another_posting() {
        let resume = resume();
        let mut view = view(&resume);
        assert!(matches!(
            view.handle(&key(KeyCode::Enter)),
            Outcome::Jump { .. }
        ));
        assert!(matches!(
            view.handle(&key(KeyCode::Char('n'))),
            Outcome::Replace(o) if downcast::<Prompt>(&o).is_some()
        ));
        assert!(matches!(
            view.handle(&key(KeyCode::Char('d'))),
            Outcome::ForgetPosting
        ));
        assert!(matches!(view.handle(&key(KeyCode::Esc)), Outcome::Close));
    }

    #[test]
    fn the_view_shows_the_match_and_each_skill_with_its_place() {
        let resume = resume();
        let view = view(&resume);
        let screen = drawn(&view, 110, 20);
        assert!(
            screen.contains("╭ Tailor to: Senior Backend Engineer "),
            "{screen}"
        );
        assert!(screen.contains(&view.summary), "{screen}");
        let row = screen.lines().find(|l| l.contains("PostgreSQL"));
        assert!(
            row.is_some_and(|r| r.contains("✗ ") && r.contains("required")),
            "{screen}"
        );
        assert!(screen.contains("Enter go there"), "{screen}");
    }
}
