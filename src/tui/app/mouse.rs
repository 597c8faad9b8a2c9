//! Mouse support, when the user turns it on: a mouse event becomes an
//! action naming the pane under the pointer — a click focuses the pane
//! (and picks a section or places the cursor), the wheel scrolls it (in the
//! coach, it moves the highlight) — and `update` carries it out like any
//! other.

use crate::tui::editor::Move;
use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use crate::tui::action::{Action, OverlayKey};
use crate::tui::app::App;
use crate::tui::editor::textview;
use crate::tui::layout::Pane;

/// Lines one notch of the wheel scrolls.
const WHEEL_LINES: i16 = 3;

impl App {
    /// The action a mouse event asks for, if any: overlays own the input
    /// while they are open, and only clicks and the wheel over a pane count.
    pub(in crate::tui) fn mouse_action(&self, mouse: &MouseEvent) -> Option<Action> {
        if self.overlay.is_some() {
            return None;
        }
        let screen = self.screen()?;
        let at = Position::new(mouse.column, mouse.row);
        let (pane, rect) = [
            (Pane::Sections, screen.nav),
            (Pane::Editor, screen.editor),
            (Pane::Coach, screen.tips),
            (Pane::Preview, screen.preview),
        ]
        .into_iter()
        .find_map(|(pane, rect)| rect.filter(|r| r.contains(at)).map(|r| (pane, r)))?;
        match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                let (row, column) = inside_border(rect, at);
                Some(Action::Click { pane, row, column })
            }
            MouseEventKind::ScrollDown => Some(Action::Scroll {
                pane,
                lines: WHEEL_LINES,
            }),
            MouseEventKind::ScrollUp => Some(Action::Scroll {
                pane,
                lines: -WHEEL_LINES,
            }),
            _ => None,
        }
    }

    /// A click at `row`, `column` inside `pane`'s border.
    pub(super) fn click(&mut self, pane: Pane, row: u16, column: u16) {
        let row = row as usize;
        match pane {
            Pane::Sections => {
                self.focus = Pane::Sections;
                // The list scrolls just far enough to show the selection
                // (as ratatui's List does), so rows start at that offset.
                let Some(rect) = self.screen().and_then(|s| s.nav) else {
                    return;
                };
                let height = rect.height.saturating_sub(2).max(1) as usize;
                let offset = (self.current_index() + 1).saturating_sub(height);
                if let Some(section) = self.doc.resume.sections().get(offset + row) {
                    self.selected = section.id;
                    self.preview_follows = true;
                }
            }
            Pane::Editor => {
                self.focus_editor();
                // The text starts after the two-column gutter.
                let col = column.saturating_sub(2) as usize;
                let Some((width, _)) = self.editor_text_size() else {
                    return;
                };
                let top = self.editors.top(self.selected);
                if let Some(area) = self.current_area_mut() {
                    let to = textview::step(area.lines(), top, row as isize, width);
                    let col = textview::column_at(&area.lines()[to.line], to.row, col, width);
                    area.cancel_selection();
                    area.move_cursor(Move::Jump(to.line, col));
                }
            }
            Pane::Coach => {
                if self.focus != Pane::Coach {
                    self.focus_coach();
                }
            }
            Pane::Preview => {
                if self.focus != Pane::Preview {
                    self.update(Action::TogglePreview);
                }
            }
        }
    }

    /// The wheel over `pane`: `lines` down, or up when negative.
    pub(super) fn wheel(&mut self, pane: Pane, lines: i16) {
        match pane {
            Pane::Sections => self.update(if lines > 0 {
                Action::NextSection
            } else {
                Action::PrevSection
            }),
            Pane::Editor => {
                // The wheel moves the cursor by rows; the view follows it.
                if let Some((width, _)) = self.editor_text_size()
                    && let Some(area) = self.current_area_mut()
                {
                    crate::tui::editor::move_by_rows(area, lines as isize, width);
                }
            }
            Pane::Coach => self.coach_key(if lines > 0 {
                OverlayKey::Down
            } else {
                OverlayKey::Up
            }),
            Pane::Preview => {
                self.preview_follows = false;
                self.preview_scroll = self.preview_scroll.saturating_add_signed(lines as isize);
            }
        }
    }
}

/// `at` as (row, column) from the first cell inside `rect`'s border; a
/// click on the border counts as the nearest row or column inside.
fn inside_border(rect: Rect, at: Position) -> (u16, u16) {
    (
        at.y.saturating_sub(rect.y + 1),
        at.x.saturating_sub(rect.x + 1),
    )
}

#[cfg(test)]
#[path = "mouse_tests.rs"]
mod tests;
