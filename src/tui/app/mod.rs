//! The application state: the document (`doc`: the resume and what belongs
//! to it, see `document.rs`) and the screen around it (focus, panes,
//! overlays, messages). Key and mouse events become actions that
//! `update` carries out; the runtime hands in what its background work
//! found (saves, page counts); `view` only reads the state.

use std::time::Instant;

use ratatui::layout::Rect;

use crate::guide::coach::Report;
use crate::markdown::PreviewCache;
use crate::resume::{Level, Resume, SectionId, SectionKind};
use crate::storage::{SavedResume, Session};
use crate::tui::editor::{self, Editors, Move, TextBuffer};
use crate::tui::effect::Effect;
use crate::tui::layout::{self, Pane, Screen};
use crate::tui::overlay::{LevelPicker, Overlay, PickerPurpose};
use crate::tui::theme::Theme;

mod answers;
mod document;
mod echo;
pub use document::Document;
pub use echo::EchoSpot;
mod coach_pane;
pub use coach_pane::CoachItem;
mod find;
pub mod history;
mod input;
mod modals;
mod mouse;
mod pages;
mod prepare;
mod quick_fix;
mod rewrite;
mod save_state;
mod settle;
mod tailor;
mod undo;
mod update;

pub use save_state::{AUTOSAVE_DELAY, SaveState, SaveTracker};

/// How many status messages the message log keeps.
const MESSAGE_LOG: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub alert: bool,
}

pub struct App {
    /// What is edited, saved and judged: the resume and what belongs to it.
    pub doc: Document,
    pub preview: PreviewCache,
    pub editors: Editors,
    pub selected: SectionId,
    pub focus: Pane,
    /// On screens too narrow for three panes, whether the main area shows
    /// the preview rather than the editor.
    pub preview_in_main: bool,
    pub preview_scroll: usize,
    /// The pane F3 returns to when it leaves the preview.
    pub preview_from: Pane,
    /// The preview keeps the edited section in view until the user scrolls it.
    pub preview_follows: bool,
    pub overlay: Option<Overlay>,
    /// Messages waiting to be shown one at a time in a notice box.
    pub notices: std::collections::VecDeque<String>,
    /// The overlay to bring back once every notice was read.
    after_notices: Option<Overlay>,
    pub theme: Theme,
    /// Mouse capture is off unless asked for: capturing breaks the
    /// terminal's own select-and-copy, which SSH users rely on.
    pub mouse: bool,
    pub area: Rect,
    pub status: Option<Status>,
    /// The last status messages, oldest first, for the message log.
    pub messages: std::collections::VecDeque<String>,
    /// What Ctrl-F last looked for.
    pub(super) last_find: String,
    pub(super) find_options: find::FindOptions,
    pub effects: Vec<Effect>,
    pub should_quit: bool,
    /// What to tell the user on the normal screen after the session ends
    /// (where unsaved text went, or that it was lost).
    pub exit_note: Option<String>,
    /// Set by anything that changes what is on screen; the loop draws only then.
    pub needs_redraw: bool,
    /// Edits the coach and the preview have not seen yet (see `settle`).
    pub(super) pending: crate::tui::app::settle::Pending,
    /// The names the editor's spelling marks leave alone.
    pub(super) spell_names: crate::tui::editor::spell_marks::NamesCache,
    /// The highlighted row of the coach pane while it has focus.
    pub(super) coach_row: usize,
    /// The last layout worked out, with what it was worked out from: a
    /// key asks for it several times, and solving it each time showed.
    screen_memo: std::cell::Cell<Option<(ScreenInputs, Option<Screen>)>>,
}

/// What the screen's layout depends on.
#[derive(Clone, Copy, PartialEq, Eq)]
struct ScreenInputs {
    area: ratatui::layout::Rect,
    focus: Pane,
    preview_in_main: bool,
    longest_title: u16,
}

impl App {
    /// An app editing `doc`, restoring the section and cursor it was left at.
    pub fn open(name: &str, doc: SavedResume, theme: Theme) -> App {
        App::open_spelled(name, doc, theme, true)
    }

    /// [`App::open`] without waiting for the spelling dictionaries when
    /// they are still being parsed: the coach and the editor leave spelling
    /// out until [`App::spelling_loaded`] (the event loop calls it), so the
    /// first frame shows sooner.
    pub fn open_before_spelling(name: &str, doc: SavedResume, theme: Theme) -> App {
        App::open_spelled(name, doc, theme, crate::guide::spelling::ready())
    }

    fn open_spelled(name: &str, doc: SavedResume, theme: Theme, spell: bool) -> App {
        let SavedResume { resume, session } = doc;
        let mut app = App::with_resume(name, resume, theme, spell);
        app.restore_session(&session);
        app
    }

    /// The dictionaries are parsed: the coach checks spelling too, and the
    /// editor marks misspelled words.
    pub fn spelling_loaded(&mut self) {
        if !self.doc.report.spelled() {
            self.doc.report = self.doc.report_spelled(true);
            self.needs_redraw = true;
        }
    }

    /// First run: no resume yet, so the level picker comes first.
    pub fn first_run(name: &str, theme: Theme) -> App {
        let mut app = App::with_resume(name, Resume::new(Level::Mid), theme, true);
        app.open_overlay(LevelPicker::new(None, PickerPurpose::FirstRun));
        app
    }

    fn with_resume(name: &str, resume: Resume, theme: Theme, spell: bool) -> App {
        let report = if spell {
            Report::new(&resume)
        } else {
            Report::without_spelling(&resume)
        };
        let selected = resume.sections().first().map_or(SectionId(0), |s| s.id);
        let editors = Editors::default();
        let mut app = App {
            doc: Document {
                resume,
                name: name.to_string(),
                read_only: None,
                report,
                posting: None,
                variant: None,
                pages: pages::TypesetPages::new(),
                save: SaveTracker::default(),
                history: Default::default(),
                level_added: Vec::new(),
            },
            preview: PreviewCache::new(),
            editors,
            selected,
            focus: Pane::Sections,
            preview_in_main: false,
            preview_scroll: 0,
            preview_from: Pane::Editor,
            preview_follows: true,
            overlay: None,
            notices: Default::default(),
            after_notices: None,
            theme,
            mouse: false,
            area: Rect::new(0, 0, 120, 40),
            status: None,
            messages: Default::default(),
            last_find: String::new(),
            find_options: Default::default(),
            effects: Vec::new(),
            should_quit: false,
            exit_note: None,
            needs_redraw: true,
            pending: Default::default(),
            spell_names: Default::default(),
            screen_memo: std::cell::Cell::new(None),
            coach_row: 0,
        };
        // A posting remembered with the resume coaches from the start.
        app.doc.posting = app.doc.remembered_posting();
        if app.doc.posting.is_some() {
            // Only the posting's findings are placed: the rest is checked.
            let doc = &mut app.doc;
            doc.report.set_posting(&doc.resume, doc.posting.as_ref());
        }
        app
    }

    /// Replaces the document (first run, level picked) and focuses Summary.
    pub fn start_with(&mut self, resume: Resume) {
        self.doc.resume = resume;
        self.doc.report = self.doc.fresh_report();
        self.doc.pages.touch();
        self.editors.clear();
        self.preview.invalidate_all();
        let summary = self
            .doc
            .resume
            .first_of_kind(SectionKind::Summary)
            .or_else(|| self.doc.resume.sections().first())
            .map(|s| s.id);
        if let Some(id) = summary {
            self.selected = id;
        }
        self.focus = Pane::Editor;
        self.mark_dirty();
    }

    fn restore_session(&mut self, session: &Session) {
        if let Some(id) = session
            .section
            .filter(|&id| self.doc.resume.section(id).is_some())
        {
            self.selected = id;
            self.focus = Pane::Editor;
            let (row, col) = session.cursor;
            if let Some(area) = self.current_area_mut() {
                area.move_cursor(Move::Jump(row, col));
            }
        } else if let Some(summary) = self.doc.resume.first_of_kind(SectionKind::Summary) {
            self.selected = summary.id;
            self.focus = Pane::Editor;
        }
        self.preview_scroll = session.preview_scroll;
        // The count remembered for this text (checked against the text,
        // paper and version before a new one is asked for).
        if let Some(saved) = &session.pages {
            self.doc.pages.restore(saved);
            self.doc.report.set_typeset_pages(self.doc.pages.count());
        }
        // The variant shown last time, while the resume still has it.
        if let Some(name) = session
            .variant
            .as_deref()
            .filter(|name| self.doc.resume.variant(name).is_some())
        {
            self.doc.variant = Some(name.to_string());
            self.doc.posting = self.doc.remembered_posting();
            let doc = &mut self.doc;
            doc.report.set_posting(&doc.resume, doc.posting.as_ref());
        }
    }

    /// What to write to disk: the document and where the user is.
    pub fn snapshot(&self) -> SavedResume {
        let cursor = self.editors.area(self.selected).map_or((0, 0), |a| {
            let c = a.cursor();
            (c.0, c.1)
        });
        SavedResume {
            resume: self.doc.resume.clone(),
            session: Session {
                section: Some(self.selected),
                cursor,
                preview_scroll: self.preview_scroll,
                variant: self.doc.variant.clone(),
                pages: self.doc.pages.remembered(),
            },
        }
    }

    pub fn current_area_mut(&mut self) -> Option<&mut TextBuffer> {
        let section = self.doc.resume.section(self.selected)?;
        Some(self.editors.area_mut(section))
    }

    pub fn current_index(&self) -> usize {
        self.doc.resume.index_of(self.selected).unwrap_or(0)
    }

    pub fn screen(&self) -> Option<Screen> {
        let longest = self
            .doc
            .resume
            .sections()
            .iter()
            .map(|s| {
                unicode_width::UnicodeWidthStr::width(crate::markdown::visible(&s.title).as_ref())
            })
            .max()
            .unwrap_or(0);
        let inputs = ScreenInputs {
            area: self.area,
            focus: self.focus,
            preview_in_main: self.preview_in_main,
            longest_title: u16::try_from(longest).unwrap_or(u16::MAX),
        };
        if let Some((known, screen)) = self.screen_memo.get()
            && known == inputs
        {
            return screen;
        }
        let screen = layout::screen_with_titles(
            inputs.area,
            inputs.focus,
            inputs.preview_in_main,
            inputs.longest_title,
        );
        self.screen_memo.set(Some((inputs, screen)));
        screen
    }

    pub fn mark_dirty(&mut self) {
        self.doc.save.edited(Instant::now());
        self.needs_redraw = true;
    }

    /// When the pending autosave should run, if one is pending.
    pub fn autosave_deadline(&self) -> Option<Instant> {
        self.doc.save.deadline()
    }

    /// What the status bar says about saving.
    pub fn save_state(&self) -> SaveState {
        self.doc.save.state()
    }

    pub fn say(&mut self, text: impl Into<String>) {
        self.show_status(text.into(), false);
    }

    pub fn alert(&mut self, text: impl Into<String>) {
        self.show_status(text.into(), true);
    }

    fn show_status(&mut self, text: String, alert: bool) {
        if self.messages.back() != Some(&text) {
            self.messages.push_back(text.clone());
            if self.messages.len() > MESSAGE_LOG {
                self.messages.pop_front();
            }
        }
        self.status = Some(Status { text, alert });
        self.needs_redraw = true;
    }

    pub fn set_theme(&mut self, theme: Theme) {
        self.theme = theme;
        self.preview.invalidate_all();
        self.needs_redraw = true;
    }

    /// Replaces the focused section's text (after an external edit) as one
    /// undoable change: one Ctrl-Z brings back exactly the text before.
    pub fn replace_current_text(&mut self, text: &str) {
        let id = self.selected;
        let Some(before) = self.doc.resume.section(id).map(|s| s.body.clone()) else {
            return;
        };
        if before == text {
            return;
        }
        let cursor = self.cursor_of(id);
        self.doc.history.close(&self.doc.resume);
        if let Some(section) = self.doc.resume.section_mut(id) {
            section.body = text.to_string();
        }
        self.editors.forget(id);
        self.doc
            .history
            .record_text("edit from your editor", id, &before, text, cursor, (0, 0));
        self.doc
            .report
            .recheck_section(&self.doc.resume, self.selected);
        self.doc.pages.touch();
        self.preview.invalidate(self.selected);
        self.mark_dirty();
    }

    /// Where the cursor is in a section's editor ((0, 0) before it opened).
    pub(super) fn cursor_of(&self, id: SectionId) -> (usize, usize) {
        self.editors.area(id).map_or((0, 0), |a| {
            let c = a.cursor();
            (c.0, c.1)
        })
    }

    /// The text of the focused section's editor as stored in the document
    /// (an open typing group takes the change in).
    pub fn sync_current_body(&mut self) {
        let id = self.selected;
        if let Some(splice) = self.write_editor_changes()
            && let Some(section) = self.doc.resume.section(id)
        {
            self.doc.history.edited(id, splice, &section.body);
        }
    }

    /// Writes the focused section's edits into its body and says what
    /// changed. Only the lines the edits touched are rewritten (this runs
    /// on every key).
    pub(super) fn write_editor_changes(&mut self) -> Option<editor::Splice> {
        let section = self.doc.resume.section_mut(self.selected)?;
        self.editors.write_changes(section)
    }
}
