//! The application state. `update` (in `update.rs`) is the only thing that
//! changes it; `view::draw` only reads it.

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
mod find;
pub mod history;
mod input;
mod mouse;
mod pages;
mod quick_fix;
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
    pub resume: Resume,
    /// The resume's file name (without `.json`).
    pub name: String,
    /// Another instance owns the file, or it was written by a newer resumd.
    pub read_only: Option<String>,
    pub report: Report,
    /// The job posting remembered with the resume (or the active
    /// variant), read.
    pub posting: Option<crate::guide::jobs::Posting>,
    /// The named variant the preview, page count and exports show.
    pub variant: Option<String>,
    /// The typeset page count, counted by the runtime off the keystroke path.
    pub pages: pages::TypesetPages,
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
    /// Whether the latest edit is on disk (see `save_state`).
    pub save: SaveTracker,
    pub effects: Vec<Effect>,
    pub should_quit: bool,
    /// What to tell the user on the normal screen after the session ends
    /// (where unsaved text went, or that it was lost).
    pub exit_note: Option<String>,
    /// Set by anything that changes what is on screen; the loop draws only then.
    pub needs_redraw: bool,
    /// Edits the coach and the preview have not seen yet (see `settle`).
    pub(super) pending: crate::tui::app::settle::Pending,
    /// Every change to the document, for Ctrl-Z and Ctrl-Y (see `undo`).
    pub(super) history: crate::tui::app::history::History,
    /// Sections the last level change added, with the text they were given:
    /// the next level change takes back those still untouched.
    pub(super) level_added: Vec<(SectionId, String)>,
    /// The names the editor's spelling marks leave alone.
    pub(super) spell_names: crate::tui::editor::spell_marks::NamesCache,
}

impl App {
    /// An app editing `doc`, restoring the section and cursor it was left at.
    pub fn open(name: &str, doc: SavedResume, theme: Theme) -> App {
        let SavedResume { resume, session } = doc;
        let mut app = App::with_resume(name, resume, theme);
        app.restore_session(&session);
        app
    }

    /// First run: no resume yet, so the level picker comes first.
    pub fn first_run(name: &str, theme: Theme) -> App {
        let mut app = App::with_resume(name, Resume::new(Level::Mid), theme);
        app.overlay = Some(Overlay::LevelPicker(LevelPicker::new(
            None,
            PickerPurpose::FirstRun,
        )));
        app
    }

    fn with_resume(name: &str, resume: Resume, theme: Theme) -> App {
        let report = Report::new(&resume);
        let selected = resume.sections().first().map_or(SectionId(0), |s| s.id);
        let editors = Editors::default();
        let mut app = App {
            resume,
            name: name.to_string(),
            read_only: None,
            report,
            posting: None,
            variant: None,
            pages: pages::TypesetPages::new(),
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
            save: SaveTracker::default(),
            effects: Vec::new(),
            should_quit: false,
            exit_note: None,
            needs_redraw: true,
            pending: Default::default(),
            history: Default::default(),
            level_added: Vec::new(),
            spell_names: Default::default(),
        };
        // A posting remembered with the resume coaches from the start.
        app.posting = app.remembered_posting();
        if app.posting.is_some() {
            app.report = app.fresh_report();
        }
        app
    }

    /// Replaces the document (first run, level picked) and focuses Summary.
    pub fn start_with(&mut self, resume: Resume) {
        self.resume = resume;
        self.report = self.fresh_report();
        self.pages.touch();
        self.editors.clear();
        self.preview.invalidate_all();
        let summary = self
            .resume
            .first_of_kind(SectionKind::Summary)
            .or_else(|| self.resume.sections().first())
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
            .filter(|&id| self.resume.section(id).is_some())
        {
            self.selected = id;
            self.focus = Pane::Editor;
            let (row, col) = session.cursor;
            if let Some(area) = self.current_area_mut() {
                area.move_cursor(Move::Jump(row, col));
            }
        } else if let Some(summary) = self.resume.first_of_kind(SectionKind::Summary) {
            self.selected = summary.id;
            self.focus = Pane::Editor;
        }
        self.preview_scroll = session.preview_scroll;
    }

    /// What to write to disk: the document and where the user is.
    pub fn snapshot(&self) -> SavedResume {
        let cursor = self.editors.area(self.selected).map_or((0, 0), |a| {
            let c = a.cursor();
            (c.0, c.1)
        });
        SavedResume {
            resume: self.resume.clone(),
            session: Session {
                section: Some(self.selected),
                cursor,
                preview_scroll: self.preview_scroll,
            },
        }
    }

    pub fn current_area_mut(&mut self) -> Option<&mut TextBuffer> {
        let section = self.resume.section(self.selected)?;
        Some(self.editors.area_mut(section))
    }

    /// Still waiting for the first-run level choice.
    pub fn is_first_run(&self) -> bool {
        is_first_run_picker(self.overlay.as_ref())
            || is_first_run_picker(self.after_notices.as_ref())
    }

    pub fn current_index(&self) -> usize {
        self.resume.index_of(self.selected).unwrap_or(0)
    }

    pub fn screen(&self) -> Option<Screen> {
        let longest = self
            .resume
            .sections()
            .iter()
            .map(|s| {
                unicode_width::UnicodeWidthStr::width(crate::markdown::visible(&s.title).as_ref())
            })
            .max()
            .unwrap_or(0);
        layout::screen_with_titles(
            self.area,
            self.focus,
            self.preview_in_main,
            u16::try_from(longest).unwrap_or(u16::MAX),
        )
    }

    pub fn mark_dirty(&mut self) {
        self.save.edited(Instant::now());
        self.needs_redraw = true;
    }

    /// When the pending autosave should run, if one is pending.
    pub fn autosave_deadline(&self) -> Option<Instant> {
        self.save.deadline()
    }

    /// What the status bar says about saving.
    pub fn save_state(&self) -> SaveState {
        self.save.state()
    }

    /// Shows a message the user has to acknowledge (Enter). It goes before
    /// the first-run question (which may depend on it: "your file was
    /// damaged") and after any other question already on screen.
    pub fn notify(&mut self, text: impl Into<String>) {
        self.notices.push_back(text.into());
        if is_first_run_picker(self.overlay.as_ref()) {
            self.after_notices = self.overlay.take();
        }
        if self.overlay.is_none() {
            self.show_next_notice();
        }
    }

    pub fn show_next_notice(&mut self) {
        self.overlay = match self.notices.pop_front() {
            Some(text) => Some(Overlay::Notice(crate::tui::overlay::Notice { text })),
            None => self.after_notices.take(),
        };
        self.needs_redraw = true;
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

    /// Brings the derived view state up to date before a draw: the preview
    /// cache for the current width, and its scroll position.
    pub fn prepare_view(&mut self) {
        // The editor of the selected section exists from the moment it is
        // selected, so its cursor line is known to the tips pane.
        self.current_area_mut();
        if let Some(section) = self.resume.section(self.selected) {
            self.spell_names.refresh(section, self.pending.is_empty());
        }
        let Some(screen) = self.screen() else { return };
        if let Some(editor) = screen.editor {
            let (width, height) = crate::tui::layout::editor_text_size(editor);
            self.editors
                .scroll_to_cursor(self.selected, width as usize, height as usize);
        }
        if let Some(preview) = screen.preview {
            let width = preview.width.saturating_sub(3).max(10);
            // While an edit is pending the preview keeps its lines until
            // the word is finished (see `settle`).
            if self.pending.is_empty() || self.preview.total_rows() == 0 {
                // The active variant, as exports show it.
                match self.variant.as_deref().and_then(|v| self.resume.variant(v)) {
                    Some(variant) => {
                        let shown = self.resume.apply_variant(variant);
                        self.preview.update(&shown, width, &self.theme.markdown);
                    }
                    None => self
                        .preview
                        .update(&self.resume, width, &self.theme.markdown),
                }
            }
            self.place_page_marks();
            let height = preview.height.saturating_sub(2) as usize;
            let max_scroll = self.preview.total_rows().saturating_sub(height.max(1));
            if let Some(row) = self
                .preview
                .first_row_of(self.selected)
                .filter(|_| self.preview_follows)
            {
                self.preview_scroll = row;
            }
            self.preview_scroll = self.preview_scroll.min(max_scroll);
        }
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
        let Some(before) = self.resume.section(id).map(|s| s.body.clone()) else {
            return;
        };
        if before == text {
            return;
        }
        let cursor = self.cursor_of(id);
        self.history.close(&self.resume);
        if let Some(section) = self.resume.section_mut(id) {
            section.body = text.to_string();
        }
        self.editors.forget(id);
        self.history
            .record_text("edit from your editor", id, &before, text, cursor, (0, 0));
        self.report.recheck_section(&self.resume, self.selected);
        self.pages.touch();
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
            && let Some(section) = self.resume.section(id)
        {
            self.history.edited(id, splice, &section.body);
        }
    }

    /// Writes the focused section's edits into its body and says what
    /// changed. Only the lines the edits touched are rewritten (this runs
    /// on every key).
    pub(super) fn write_editor_changes(&mut self) -> Option<editor::Splice> {
        let section = self.resume.section_mut(self.selected)?;
        self.editors.write_changes(section)
    }
}

fn is_first_run_picker(overlay: Option<&Overlay>) -> bool {
    matches!(overlay, Some(Overlay::LevelPicker(p)) if p.is_first_run())
}
