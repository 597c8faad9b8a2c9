//! "Tailor to a job…": the posting remembered with the resume, read once,
//! given to the coach (its "the posting asks for X" findings) and shown in
//! the job view.

use super::App;
use crate::guide::jobs::{Lexicon, match_resume, read_posting};
use crate::resume::SavedPosting;
use crate::storage::current_month;
use crate::tui::overlay::Overlay;
use crate::tui::overlay::job::{JobView, posting_prompt};
use crate::tui::overlay::variant::VariantPicker;

impl App {
    /// The job view for the remembered posting, or the question for one.
    pub(in crate::tui) fn open_tailor(&mut self) {
        match self.job_view() {
            Some(view) => self.open_overlay(view),
            None => self.open_overlay(posting_prompt()),
        }
    }

    fn job_view(&self) -> Option<JobView> {
        let posting = self.doc.posting.as_ref()?;
        let title = self
            .doc
            .resume
            .posting_for(self.doc.variant.as_deref())
            .map(SavedPosting::display_title)
            .unwrap_or_default();
        let lexicon = Lexicon::builtin();
        let report = match_resume(lexicon, posting, &self.doc.resume, current_month());
        Some(JobView::new(&title, &report, lexicon, &self.doc.resume))
    }

    /// A posting's text, pasted or read from a file: remembered with the
    /// resume (saved with it), given to the coach, and shown. Text that is
    /// not a posting keeps the question open with the reason.
    pub fn take_posting(&mut self, text: &str) -> Result<(), String> {
        let posting = read_posting(Lexicon::builtin(), text).map_err(|e| e.to_string())?;
        if posting.skills.is_empty() {
            return Err(
                "no skills found in that text: is it the posting's requirements?".to_string(),
            );
        }
        if self.doc.read_only.is_none() {
            self.remember_posting(Some(SavedPosting::new(text)));
        }
        self.doc
            .report
            .set_posting(&self.doc.resume, Some(&posting));
        self.doc.posting = Some(posting);
        self.overlay = self.job_view().map(|view| Box::new(view) as Overlay);
        self.needs_redraw = true;
        Ok(())
    }

    /// Saved with the active variant when there is one, else the resume.
    fn remember_posting(&mut self, posting: Option<SavedPosting>) {
        match self.doc.variant.clone() {
            Some(name) => {
                self.doc.resume.set_variant_posting(&name, posting);
            }
            None => self.doc.resume.set_posting(posting),
        }
        self.mark_dirty();
    }

    pub(in crate::tui) fn open_variants(&mut self) {
        if self.doc.resume.variants().is_empty() {
            self.notify(
                "No variants yet. Tag content with a trailing {.name} (a bullet, an entry \
                 heading or a section title), then save a variant from the command line: \
                 `resumd variants add NAME --tags name`.",
            );
            return;
        }
        self.open_overlay(VariantPicker::new(
            &self.doc.resume,
            self.doc.variant.as_deref(),
        ));
    }

    /// Shows a variant (or everything): the preview, the page count, exports
    /// and the posting follow it.
    pub(in crate::tui) fn set_variant(&mut self, variant: Option<String>) {
        self.doc.variant = variant;
        self.doc.posting = self.doc.remembered_posting();
        self.doc.report = self.doc.fresh_report();
        self.preview.invalidate_all();
        self.doc.pages.touch();
        self.needs_redraw = true;
        match &self.doc.variant {
            Some(name) => self.say(format!(
                "Showing the variant '{name}': the preview, page count and exports follow it."
            )),
            None => self.say("Showing everything, tagged or not."),
        }
    }

    pub(in crate::tui) fn forget_posting(&mut self) {
        if self.doc.read_only.is_none() {
            self.remember_posting(None);
        }
        self.doc.posting = None;
        self.doc.report.set_posting(&self.doc.resume, None);
        self.say("The job posting is forgotten; the coach no longer names its skills.");
    }
}

#[cfg(test)]
mod tests {
    use crate::resume::{Level, Resume};
    use crate::tui::overlay::job::JobView;
    use crate::tui::overlay::variant::VariantPicker;
    use crate::tui::overlay::{Prompt, PromptPurpose};
    use crate::tui::testing::{open, overlay, press};
    use crate::tui::{Action, App};

    const POSTING: &str =
        "Backend Engineer\n\nRequirements\n- Kubernetes and PostgreSQL\n- Code review\n";

    fn app() -> App {
        open(Resume::new(Level::Mid))
    }

    #[test]
    fn without_a_posting_tailoring_asks_for_one() {
        let mut app = app();
        app.update(Action::Tailor);
        assert!(overlay::<Prompt>(&app).is_some_and(|p| p.purpose == PromptPurpose::PostingPath));
    }

    #[test]
    fn a_posting_is_remembered_coached_and_shown_then_forgotten() {
        let mut app = app();
        app.take_posting(POSTING).unwrap();
        assert!(overlay::<JobView>(&app).is_some());
        assert_eq!(app.doc.resume.posting().unwrap().text, POSTING);
        assert!(app.doc.report.has_posting());
        assert!(
            app.doc
                .report
                .all_findings()
                .any(|f| f.rule == "posting-skill" && f.message.contains("Kubernetes")),
            "the coach names what the posting asks for"
        );
        // A level change rebuilds the report: the posting stays with it.
        app.update(Action::SetLevel(Level::Senior));
        assert!(app.doc.report.has_posting());

        app.overlay = None;
        app.update(Action::Tailor);
        assert!(overlay::<JobView>(&app).is_some(), "reopens the view");
        app.forget_posting();
        assert!(app.doc.resume.posting().is_none() && !app.doc.report.has_posting());
    }

    #[test]
    fn a_variant_shows_its_content_and_keeps_its_own_posting() {
        use crate::resume::{SectionKind, Variant};
        let mut app = app();
        let work = app
            .doc
            .resume
            .first_of_kind(SectionKind::Experience)
            .unwrap()
            .id;
        app.doc.resume.section_mut(work).unwrap().body =
            "- Cut payment latency by 40 %. {.fintech}\n- Ran the game servers. {.games}\n".into();
        app.doc.resume.set_variant(Variant {
            name: "fintech".into(),
            tags: vec!["fintech".into()],
            order: Vec::new(),
            summary: None,
            posting: None,
        });
        app.update(Action::ChooseVariant);
        assert!(overlay::<VariantPicker>(&app).is_some());
        press(&mut app, ratatui::crossterm::event::KeyCode::Char('2'));
        assert_eq!(app.doc.variant.as_deref(), Some("fintech"));
        let shown = app.doc.shown_resume();
        let body = &shown.section(work).unwrap().body;
        assert!(body.contains("payment latency") && !body.contains("game servers"));
        assert!(!body.contains("{."), "tags are never shown");

        app.take_posting(POSTING).unwrap();
        assert!(app.doc.resume.posting().is_none(), "kept with the variant");
        assert!(app.doc.resume.variant("fintech").unwrap().posting.is_some());
        // The next session opens on the same variant, with its posting.
        let reopened = App::open("t", app.snapshot(), crate::tui::Theme::mono());
        assert_eq!(reopened.doc.variant.as_deref(), Some("fintech"));
        assert!(reopened.doc.posting.is_some());
        // Its skills are coached as a fresh report with the posting would.
        let posting_findings = |report: &crate::guide::coach::Report| -> Vec<String> {
            let sections = reopened.doc.resume.sections().iter();
            sections
                .flat_map(|s| report.section_findings(s.id))
                .filter(|f| f.rule == "posting-skill")
                .map(|f| f.message.clone())
                .collect()
        };
        let shown = posting_findings(&reopened.doc.report);
        assert!(!shown.is_empty());
        assert_eq!(shown, posting_findings(&reopened.doc.fresh_report()));
        app.set_variant(None);
        assert!(app.doc.posting.is_none(), "the whole resume has no posting");
    }

    #[test]
    fn text_that_is_not_a_posting_is_refused_with_the_reason() {
        let mut app = app();
        let error = app.take_posting("   \n").unwrap_err();
        assert!(error.contains("empty"), "{error}");
        assert!(app.doc.resume.posting().is_none());
    }
}
