//! Mouse support, when the user turns it on: click focuses a pane (and
//! picks a section or places the cursor), the wheel scrolls the pane under
//! the pointer.

use crate::tui::editor::Move;
use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::editor::textview;
use crate::tui::layout::Pane;

impl App {
    pub(in crate::tui) fn handle_mouse(&mut self, mouse: &MouseEvent) {
        if self.overlay.is_some() {
            return;
        }
        let Some(screen) = self.screen() else { return };
        let at = Position::new(mouse.column, mouse.row);
        let inside = |rect: Option<Rect>| rect.filter(|r| r.contains(at));
        let pane = if let Some(rect) = inside(screen.nav) {
            (Pane::Sections, rect)
        } else if let Some(rect) = inside(screen.editor) {
            (Pane::Editor, rect)
        } else if let Some(rect) = inside(screen.preview) {
            (Pane::Preview, rect)
        } else {
            return;
        };
        match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => self.click(pane, at),
            MouseEventKind::ScrollDown => self.wheel(pane.0, 3),
            MouseEventKind::ScrollUp => self.wheel(pane.0, -3),
            _ => {}
        }
    }

    fn click(&mut self, (pane, rect): (Pane, Rect), at: Position) {
        // Inside the border; the list and the text start one cell in.
        let row = at.y.saturating_sub(rect.y + 1) as usize;
        match pane {
            Pane::Sections => {
                self.focus = Pane::Sections;
                // The list scrolls just far enough to show the selection
                // (as ratatui's List does), so rows start at that offset.
                let height = rect.height.saturating_sub(2).max(1) as usize;
                let offset = (self.current_index() + 1).saturating_sub(height);
                if let Some(section) = self.resume.sections().get(offset + row) {
                    self.selected = section.id;
                    self.preview_follows = true;
                }
            }
            Pane::Editor => {
                self.update(Action::FocusEditor);
                // The text starts after the border and the gutter.
                let col = at.x.saturating_sub(rect.x + 3) as usize;
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
            Pane::Preview => {
                if self.focus != Pane::Preview {
                    self.update(Action::TogglePreview);
                }
            }
        }
        self.needs_redraw = true;
    }

    fn wheel(&mut self, pane: Pane, lines: i16) {
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
            Pane::Preview => {
                self.preview_follows = false;
                self.preview_scroll = self.preview_scroll.saturating_add_signed(lines as isize);
            }
        }
        self.needs_redraw = true;
    }
}
