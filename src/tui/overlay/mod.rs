//! Modal overlays: the command palette, one-line prompts, questions, the
//! pickers and lists. Each is a module implementing [`Modal`] — its keys
//! (from its keymap context), its state and its drawing — so adding an
//! overlay is one new file plus a keymap context. The app holds the open
//! one as a `Box<dyn Modal>` and acts on the [`Outcome`]s it returns.

use std::any::Any;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};

mod confirm;
pub mod findings;
pub mod job;
mod level;
mod line_input;
pub(in crate::tui) mod list;
mod notice;
mod palette;
mod pickers;
mod prompt;
pub mod quick_fix;
pub mod variant;

use crate::resume::{Level, SectionId};
use crate::tui::action::Action;
use crate::tui::effect::ResumeOp;
use crate::tui::keymap::Context;
use crate::tui::theme::Theme;
pub use confirm::{Choice, Confirm, ConfirmPurpose};
pub use level::{LevelPicker, PickerPurpose};
pub use line_input::LineInput;
pub use notice::Notice;
pub use palette::Palette;
pub use pickers::{FormatPicker, ResumeList};
pub use prompt::{Prompt, PromptPurpose};

/// A box over the panes that owns the keys while it is open.
///
/// `Any` lets tests look at the concrete overlay; the app itself learns
/// what an overlay wants only from the [`Outcome`] it returns.
pub trait Modal: Any {
    /// The keymap context of its keys, hints and `?`.
    fn context(&self) -> Context;

    /// Takes a key and says what the app does next.
    fn handle(&mut self, key: &KeyEvent) -> Outcome;

    /// Draws the box over `area`, the whole screen; returns where the
    /// terminal's cursor goes (a text input's insertion point), if shown.
    fn draw(&self, theme: &Theme, frame: &mut Frame, area: Rect) -> Option<Position>;

    /// Takes pasted text; a box without a text input has nowhere to put it.
    fn paste(&mut self, _text: &str) -> Outcome {
        Outcome::Stay
    }

    /// A line from the app for the user, shown in the box: why an answer
    /// was refused, how a search went. Boxes with no place for one (only
    /// prompts have) leave it.
    fn note(&mut self, _text: String) {}

    /// A new title from the app, where the box's title shows state the app
    /// keeps (the find bar's options); others keep theirs.
    fn retitle(&mut self, _title: String) {}

    /// Whether it is the question asked before there is a resume: nothing
    /// is drawn behind it, and notices come before it.
    fn is_first_run(&self) -> bool {
        false
    }
}

/// The open overlay.
pub type Overlay = Box<dyn Modal>;

/// Rows PgUp and PgDn move in the long lists (findings, the job view).
const PAGE: usize = 10;

/// What an overlay asks the app to do after a key.
pub enum Outcome {
    /// Still open.
    Stay,
    /// Closed with nothing to do.
    Close,
    /// Closed; run this action.
    Run(Action),
    /// A prompt was answered.
    Answer(PromptPurpose, String),
    /// A question was answered yes.
    Confirmed(ConfirmPurpose),
    /// A level was picked.
    Level(PickerPurpose, Level),
    /// Something to do with saved resumes.
    Resumes(ResumeOp),
    /// Closed, and this overlay opens in its place.
    Replace(Overlay),
    /// Closed, and the key goes on to what is underneath.
    Pass,
    /// Closed; carry out a finding's quick fix in its section.
    FixIn(SectionId, quick_fix::Change),
    /// Closed; show this variant (`None`: everything).
    Variant(Option<String>),
    /// Closed; drop the remembered job posting.
    ForgetPosting,
    /// A job posting's text was pasted at the question for one.
    Posting(String),
    /// Show the keys of this context; the overlay comes back after.
    Keys(Context),
    /// Closed; carry out this quick fix.
    Fix(quick_fix::Change),
    /// Still open; flip this find option (match case, whole words, scope)
    /// for the prompt with this purpose.
    FindOption(crate::tui::action::OverlayKey, PromptPurpose),
    /// Closed; put the cursor here.
    Jump {
        section: SectionId,
        line: usize,
        column: usize,
    },
}

/// The item a digit key names (1 is the first), if the list has it.
pub(super) fn digit_index(key: &KeyEvent, len: usize) -> Option<usize> {
    match key.code {
        KeyCode::Char(c @ '1'..='9') => Some(c as usize - '1' as usize).filter(|&i| i < len),
        _ => None,
    }
}
