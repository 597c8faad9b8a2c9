//! What the app asks the runtime to do: the work that touches files or the
//! terminal, which the app state itself never does.

use crate::export::Kind;
use crate::resume::Level;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the resume now (Ctrl-S, section switch, level change).
    SaveNow,
    /// Write an export; `overwrite` once the user agreed to replace an
    /// existing file.
    Export {
        path: String,
        format: Kind,
        overwrite: bool,
    },
    /// Read a job posting from a file, to tailor the resume to.
    ReadPosting { path: String },
    /// Bring a Markdown or JSON Resume file in as a new resume.
    Import { path: String },
    /// List, open, create, copy, rename or delete saved resumes.
    Resumes(ResumeOp),
    /// Save, then leave.
    Quit,
    /// Saves to the resume file fail: write the resume as Markdown here,
    /// then leave.
    SaveElsewhere { path: String },
    /// Put text on the user's clipboard; `what` names it in the status
    /// bar, `cut` says it also left the text.
    Copy {
        text: String,
        what: String,
        cut: bool,
    },
    /// Suspend the screen and edit this section in the user's editor.
    EditExternally,
    /// Turn mouse capture on or off.
    SetMouse(bool),
    /// Store a word in the personal dictionary.
    AddToDictionary(String),
    /// Remember the theme and mouse choice in settings.
    SavePreferences,
}

/// Work on saved resumes, carried out by the loop (it owns the files).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResumeOp {
    /// Show the list of saved resumes.
    List,
    Open(String),
    Create {
        name: String,
        level: Level,
    },
    /// A tailored copy, which then opens.
    Duplicate {
        from: String,
        to: String,
    },
    Rename {
        from: String,
        to: String,
    },
    Delete(String),
}
