//! `App::update`: the one place where actions change the state. It sorts
//! each action by concern, and the compiler checks every action is sorted:
//! moving around (`navigate`), changing the document (`change`) and
//! everything else the user can ask for (`command`).

mod change;
mod command;
mod navigate;

use crate::tui::action::Action;
use crate::tui::app::App;

impl App {
    /// Carries out an action.
    pub fn update(&mut self, action: Action) {
        self.needs_redraw = true;
        // One check for every action that would change the document.
        if action.edits() && !self.guard_read_only() {
            return;
        }
        match action {
            Action::FocusNext
            | Action::FocusPrev
            | Action::FocusSections
            | Action::FocusEditor
            | Action::TogglePreview
            | Action::NextSection
            | Action::PrevSection
            | Action::ScrollUp
            | Action::ScrollDown
            | Action::PageUp
            | Action::PageDown
            | Action::ScrollTop
            | Action::ScrollBottom
            | Action::Coach(_)
            | Action::Click { .. }
            | Action::Scroll { .. } => self.navigate(action),
            Action::AddSection
            | Action::RenameSection
            | Action::DeleteSection
            | Action::MoveSectionUp
            | Action::MoveSectionDown
            | Action::ChooseLevel
            | Action::SetLevel(_)
            | Action::Undo
            | Action::Redo
            | Action::SelectAll
            | Action::CopySelection
            | Action::CutSelection
            | Action::PasteCut
            | Action::Find
            | Action::Replace
            | Action::QuickFix => self.change(action),
            Action::OpenPalette
            | Action::Save
            | Action::Quit
            | Action::QuitDiscarding
            | Action::ExportMarkdown
            | Action::ExportPdf
            | Action::Export
            | Action::Import
            | Action::Resumes
            | Action::CopyResume
            | Action::CopySection
            | Action::EditExternally
            | Action::ToggleMouse
            | Action::CycleTheme
            | Action::ShowKeys
            | Action::Messages
            | Action::SectionFindings
            | Action::AllFindings
            | Action::Tailor
            | Action::ChooseVariant => self.command(action),
            // Overlays read their own keys; none reaches here.
            Action::Overlay(_) => {}
        }
    }

    /// True when the document may change; otherwise says why not.
    pub(in crate::tui) fn guard_read_only(&mut self) -> bool {
        match self.doc.read_only.clone() {
            Some(reason) => {
                self.alert(format!("Read-only: {reason}"));
                false
            }
            None => true,
        }
    }
}

#[cfg(test)]
mod tests;
