//! Everything the user can ask of the app, as data. Key bindings, the
//! command palette, the mouse and tests all produce `Action`s; only
//! `App::update` carries them out.

use crate::resume::Level;
use crate::tui::layout::Pane;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    OpenPalette,
    Save,
    Quit,
    /// Quit without the final save, after the user confirmed it.
    QuitDiscarding,
    FocusNext,
    FocusPrev,
    FocusSections,
    FocusEditor,
    /// Show the preview: focuses it when three panes are visible, swaps it
    /// in for the editor on narrower screens, and back again.
    TogglePreview,
    NextSection,
    PrevSection,
    AddSection,
    RenameSection,
    DeleteSection,
    MoveSectionUp,
    MoveSectionDown,
    ChooseLevel,
    SetLevel(Level),
    Undo,
    Redo,
    ExportMarkdown,
    /// Typeset the PDF a recruiter receives.
    ExportPdf,
    /// Export in a format chosen from a list.
    Export,
    Import,
    /// The list of saved resumes: open, new, copy, rename, delete.
    Resumes,
    CopyResume,
    CopySection,
    EditExternally,
    ToggleMouse,
    CycleTheme,
    ScrollUp,
    ScrollDown,
    PageUp,
    PageDown,
    ScrollTop,
    ScrollBottom,
    /// Editing commands the palette offers too (they are editor keys).
    SelectAll,
    CopySelection,
    CutSelection,
    PasteCut,
    /// `?`: the keys of the focused pane.
    ShowKeys,
    /// The log of status messages.
    Messages,
    /// Walk through the findings of the section, or of the whole resume.
    SectionFindings,
    AllFindings,
    /// The fixes for the word or the coach's note at the cursor.
    QuickFix,
    Find,
    Replace,
    /// The job view: a posting's skills against the resume.
    Tailor,
    /// Which variant the preview, page count and exports show.
    ChooseVariant,
    /// A key of the focused coach pane: move the highlight, Enter (go to
    /// the finding / insert the example), `.` (quick fix), Esc.
    Coach(OverlayKey),
    /// A left click in a pane (with the mouse on), `row` and `column`
    /// counted from the first cell inside its border.
    Click {
        pane: Pane,
        row: u16,
        column: u16,
    },
    /// The mouse wheel over a pane: `lines` down, or up when negative.
    Scroll {
        pane: Pane,
        lines: i16,
    },
    /// A key inside an overlay: each overlay reads its own keys from the
    /// keymap's context for it; these never reach `update`.
    Overlay(OverlayKey),
}

impl Action {
    /// Whether carrying it out changes the document (or opens what would):
    /// refused, with the reason, while the resume is read-only.
    pub fn edits(&self) -> bool {
        matches!(
            self,
            Action::AddSection
                | Action::RenameSection
                | Action::DeleteSection
                | Action::MoveSectionUp
                | Action::MoveSectionDown
                | Action::ChooseLevel
                | Action::SetLevel(_)
                | Action::Undo
                | Action::Redo
                | Action::EditExternally
                | Action::Replace
                | Action::QuickFix
                | Action::Coach(OverlayKey::Fix)
        )
    }
}

/// What a key does inside an overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverlayKey {
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    /// Take the highlighted item or the typed text.
    Accept,
    Cancel,
    /// Pick an item by its number (the key's digit says which).
    Digit,
    Left,
    Right,
    New,
    Copy,
    Rename,
    Delete,
    /// Apply the highlighted item's quick fix.
    Fix,
    /// Find options: match case, whole words only, every section.
    MatchCase,
    WholeWord,
    WholeResume,
    /// List the overlay's keys.
    Keys,
}
