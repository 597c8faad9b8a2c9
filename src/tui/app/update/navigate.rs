//! Moving around: focus, the section list, the preview's scroll, the
//! coach's highlight, clicks and the wheel.

use crate::tui::action::{Action, OverlayKey};
use crate::tui::app::App;
use crate::tui::effect::Effect;
use crate::tui::layout::{Pane, Screen};
use crate::tui::overlay::list;

impl App {
    /// Focus, the section list, scrolling, the coach's highlight, the mouse.
    pub(super) fn navigate(&mut self, action: Action) {
        match action {
            Action::FocusNext => self.cycle_focus(1),
            Action::FocusPrev => self.cycle_focus(-1),
            Action::FocusSections => self.focus = Pane::Sections,
            Action::FocusEditor => self.focus_editor(),
            Action::TogglePreview => {
                if self.focus == Pane::Preview {
                    // Back to the pane the preview was opened from.
                    match self.preview_from {
                        Pane::Sections => {
                            self.focus = Pane::Sections;
                            self.preview_in_main = false;
                        }
                        _ => self.focus_editor(),
                    }
                } else {
                    self.preview_from = self.focus;
                    self.focus = Pane::Preview;
                    self.preview_in_main = true;
                }
            }
            Action::NextSection => self.select_step(OverlayKey::Down),
            Action::PrevSection => self.select_step(OverlayKey::Up),
            Action::ScrollUp => self.scroll_preview(OverlayKey::Up),
            Action::ScrollDown => self.scroll_preview(OverlayKey::Down),
            Action::PageUp => self.scroll_preview(OverlayKey::PageUp),
            Action::PageDown => self.scroll_preview(OverlayKey::PageDown),
            Action::ScrollTop => self.scroll_preview(OverlayKey::First),
            Action::ScrollBottom => self.scroll_preview(OverlayKey::Last),
            Action::Coach(key) => self.coach_key(key),
            Action::Click { pane, row, column } => self.click(pane, row, column),
            Action::Scroll { pane, lines } => self.wheel(pane, lines),

            // Sorted here by `update`, whose match the compiler checks.
            _ => {}
        }
    }

    fn cycle_focus(&mut self, step: isize) {
        let order = [Pane::Sections, Pane::Editor, Pane::Coach, Pane::Preview];
        let current = order.iter().position(|&p| p == self.focus).unwrap_or(0);
        let next = (current as isize + step).rem_euclid(order.len() as isize) as usize;
        match order[next] {
            Pane::Editor => self.focus_editor(),
            Pane::Coach => self.focus_coach(),
            Pane::Preview => {
                self.preview_from = self.focus;
                self.focus = Pane::Preview;
                self.preview_in_main = true;
            }
            Pane::Sections => self.focus = Pane::Sections,
        }
    }

    pub(in crate::tui) fn focus_editor(&mut self) {
        self.focus = Pane::Editor;
        self.preview_in_main = false;
        self.preview_follows = true;
    }

    /// Moves the selection in the section list; at either end nothing
    /// happens (not even the save that leaving a section starts).
    fn select_step(&mut self, key: OverlayKey) {
        let current = self.current_index();
        let index = list::step(current, self.doc.resume.sections().len(), key, 1);
        if index == current {
            return;
        }
        self.selected = self.doc.resume.sections()[index].id;
        self.preview_follows = true;
        // Leaving a section is a natural moment to make its text durable.
        if self.doc.save.has_unsubmitted() {
            self.effects.push(Effect::SaveNow);
        }
    }

    fn preview_page(&self) -> usize {
        self.screen()
            .and_then(|s: Screen| s.preview)
            .map_or(10, |r| r.height.saturating_sub(3).max(1) as usize)
    }

    fn scroll_preview(&mut self, key: OverlayKey) {
        self.preview_follows = false;
        // The content's height is known once the view is laid out:
        // `prepare_view` clamps the scroll to it.
        let page = self.preview_page();
        self.preview_scroll = list::step(self.preview_scroll, usize::MAX, key, page);
    }
}
