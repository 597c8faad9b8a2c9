//! Drawing: a pure function of the app state, one module per pane. The
//! open overlay draws itself (see `overlay::Modal`) with `widgets`.

mod coach_walk;
mod editor;
mod nav;
mod pane_cache;
mod preview;
mod status;

pub use status::plural;
mod tips;
pub(in crate::tui) mod widgets;

use ratatui::Frame;
use ratatui::layout::{Alignment, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

use crate::tui::app::App;
use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH, Pane, Screen};
use crate::tui::term::frames::{Canvas, Drawn};
use crate::tui::theme::Theme;
use widgets::{fit, styled, wrap_words};

/// What drawing keeps from one frame to the next: the panes it may copy
/// instead of laying them out again, and what the last frame showed, so a
/// frame drawn over it redraws only what changed. The event loop holds
/// one; the app state never sees it.
#[derive(Default)]
pub struct View {
    panes: pane_cache::PaneCache,
    editor: editor::EditorShown,
    /// The layout of the last frame, when it showed the panes with nothing
    /// over them.
    last_plain: Option<Screen>,
}

/// Draws one frame from scratch (tests, one-off renders).
pub fn draw(app: &App, frame: &mut Frame) {
    View::default().draw(app, frame, Canvas::Blank);
}

impl View {
    /// Draws the app. On a canvas holding the last frame of this view,
    /// with the same layout and no box over the panes in either frame,
    /// only the panes (and editor rows) whose inputs changed are drawn,
    /// and `Drawn::redrawn` says where; otherwise the frame is drawn whole,
    /// unchanged panes copied from their last drawing. Says where the
    /// terminal's cursor goes (it is also set on the frame, for ratatui's
    /// own drawing).
    pub fn draw(&mut self, app: &App, frame: &mut Frame, canvas: Canvas) -> Drawn {
        self.panes.begin_frame();
        let screen = app.screen();
        let plain = screen.filter(|_| app.overlay.is_none() && !app.is_first_run());
        let over_last = canvas == Canvas::LastFrame && plain.is_some() && plain == self.last_plain;
        if canvas == Canvas::LastFrame && !over_last {
            frame.buffer_mut().reset();
        }
        let mut redrawn = over_last.then(Vec::new);
        let cursor = self.draw_panes(app, screen, frame, redrawn.as_mut());
        self.last_plain = plain;
        Drawn { cursor, redrawn }
    }

    fn draw_panes(
        &mut self,
        app: &App,
        screen: Option<Screen>,
        frame: &mut Frame,
        mut redrawn: Option<&mut Vec<Rect>>,
    ) -> Option<Position> {
        let area = frame.area();
        let Some(screen) = screen else {
            too_small(frame, area, &app.theme);
            return None;
        };
        if app.is_first_run() {
            // Nothing to show behind the level question yet.
            return app
                .overlay
                .as_ref()
                .and_then(|overlay| overlay.draw(&app.theme, frame, area));
        }
        let panes = &mut self.panes;
        if let Some(rect) = screen.nav {
            let key = pane_cache::nav_key(app);
            let redrawn = redrawn.as_deref_mut();
            panes.draw(frame, "nav", rect, key, redrawn, |f| {
                nav::draw(app, f, rect)
            });
        }
        let mut cursor = screen.editor.and_then(|rect| {
            editor::draw(app, frame, rect, &mut self.editor, redrawn.as_deref_mut())
        });
        if let Some(rect) = screen.tips.filter(|_| app.focus == Pane::Coach) {
            if let Some(redrawn) = redrawn.as_deref_mut() {
                frame.render_widget(Clear, rect);
                redrawn.push(rect);
            }
            coach_walk::draw(app, frame, rect);
        } else if let Some(rect) = screen.tips {
            let key = pane_cache::tips_key(app);
            let redrawn = redrawn.as_deref_mut();
            panes.draw(frame, "tips", rect, key, redrawn, |f| {
                tips::draw(app, f, rect)
            });
        }
        if let Some(rect) = screen.preview {
            let key = pane_cache::preview_key(app);
            let redrawn = redrawn.as_deref_mut();
            panes.draw(frame, "preview", rect, key, redrawn, |f| {
                preview::draw(app, f, rect)
            });
        }
        let key = pane_cache::status_key(app);
        panes.draw(
            frame,
            "status",
            screen.status,
            key,
            redrawn.as_deref_mut(),
            |f| status::draw_status(app, f, screen.status),
        );
        let key = pane_cache::footer_key(app);
        panes.draw(frame, "footer", screen.footer, key, redrawn, |f| {
            status::draw_footer(app, f, screen.footer)
        });
        if let Some(overlay) = &app.overlay {
            // A box hides the editor's cursor; a prompt shows its own.
            cursor = overlay.draw(&app.theme, frame, area);
        }
        cursor
    }
}

fn too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = vec![
        Line::styled("Terminal too small", theme.heading),
        Line::raw(format!("resumd needs at least {MIN_WIDTH}×{MIN_HEIGHT};")),
        Line::raw(format!("this one is {}×{}.", area.width, area.height)),
        Line::raw("Enlarge the window; nothing is lost."),
    ];
    let top = area.height.saturating_sub(text.len() as u16) / 2;
    let rect = Rect::new(area.x, area.y + top, area.width, area.height - top);
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        rect,
    );
}

/// A pane's frame: highlighted when it has focus.
fn pane_block<'a>(app: &App, pane: Pane, title: Line<'a>) -> Block<'a> {
    let focused = app.focus == pane && app.overlay.is_none();
    let theme = &app.theme;
    let (border, title_style) = if focused {
        (theme.border_focused, theme.title_focused)
    } else {
        (theme.border, theme.title)
    };
    Block::new()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(border)
        .title(title.style(title_style))
}

fn title(text: impl Into<String>) -> Line<'static> {
    Line::from(Span::raw(format!(" {} ", text.into())))
}

#[cfg(test)]
#[path = "over_last_tests.rs"]
mod over_last_tests;
