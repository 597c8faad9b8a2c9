//! Drawing: a pure function of the app state, one module per pane.

mod coach_walk;
mod editor;
mod job;
mod nav;
mod overlay;
mod pane_cache;
mod preview;
mod status;

pub use status::plural;
mod tips;
mod variant;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};

use crate::tui::app::App;
use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH, Pane};
use crate::tui::theme::Theme;

pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let Some(screen) = app.screen() else {
        too_small(frame, area, &app.theme);
        return;
    };
    if app.is_first_run() {
        // Nothing to show behind the level question yet.
        if let Some(overlay) = &app.overlay {
            overlay::draw(app, overlay, frame, area);
        }
        return;
    }
    // Unchanged panes are copied from the last frame (see `pane_cache`).
    if let Some(rect) = screen.nav {
        let key = pane_cache::nav_key(app);
        pane_cache::draw(frame, "nav", rect, key, |f| nav::draw(app, f, rect));
    }
    if let Some(rect) = screen.editor {
        editor::draw(app, frame, rect);
    }
    if let Some(rect) = screen.tips.filter(|_| app.focus == Pane::Coach) {
        coach_walk::draw(app, frame, rect);
    } else if let Some(rect) = screen.tips {
        let key = pane_cache::tips_key(app);
        pane_cache::draw(frame, "tips", rect, key, |f| tips::draw(app, f, rect));
    }
    if let Some(rect) = screen.preview {
        let key = pane_cache::preview_key(app);
        pane_cache::draw(frame, "preview", rect, key, |f| preview::draw(app, f, rect));
    }
    let key = pane_cache::status_key(app);
    pane_cache::draw(frame, "status", screen.status, key, |f| {
        status::draw_status(app, f, screen.status)
    });
    let key = pane_cache::footer_key(app);
    pane_cache::draw(frame, "footer", screen.footer, key, |f| {
        status::draw_footer(app, f, screen.footer)
    });
    if let Some(overlay) = &app.overlay {
        overlay::draw(app, overlay, frame, area);
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

/// Cuts `text` to at most `width` display cells, marking the cut with `…`.
fn fit(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return text.to_string();
    }
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// `text` broken into rows of at most `width` cells at spaces (a word
/// longer than a row is cut), keeping the text's own line breaks. Drawing
/// and sizing a box both use it, so a box is always tall enough.
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let width = width.max(1);
    let mut rows = Vec::new();
    for line in text.split('\n') {
        let mut row = String::new();
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            let needed = if row.is_empty() { 0 } else { 1 } + word.width();
            if !row.is_empty() && row.width() + needed > width {
                rows.push(std::mem::take(&mut row));
            }
            if !row.is_empty() {
                row.push(' ');
            }
            for c in word.chars() {
                if row.width() + c.width().unwrap_or(0) > width {
                    rows.push(std::mem::take(&mut row));
                }
                row.push(c);
            }
        }
        rows.push(row);
    }
    rows
}

fn styled(text: impl Into<String>, style: Style) -> Span<'static> {
    Span::styled(text.into(), style)
}

/// An overlay's box: rounded, in the focused colours, titled.
fn boxed<'a>(title: &str, theme: &Theme) -> Block<'a> {
    Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused)
        .title(Line::styled(format!(" {title} "), theme.title_focused))
}

/// A `width`×`height` rectangle in the middle of `area` (smaller when the
/// area is).
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width.saturating_sub(2));
    let height = height.min(area.height.saturating_sub(2));
    let [row] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [rect] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(row);
    rect
}

/// An overlay's list, the highlighted row in the selection colour.
fn selectable_list(
    frame: &mut Frame,
    items: Vec<ratatui::widgets::ListItem<'_>>,
    selected: usize,
    area: Rect,
    theme: &Theme,
) {
    let mut state = ratatui::widgets::ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        ratatui::widgets::List::new(items).highlight_style(theme.selected),
        area,
        &mut state,
    );
}

/// An overlay's key hints, from its keymap context, on one dim row.
fn overlay_hints(
    frame: &mut Frame,
    context: crate::tui::keymap::Context,
    area: Rect,
    theme: &Theme,
) {
    frame.render_widget(
        Paragraph::new(Line::styled(
            crate::tui::keymap::hint_line(context),
            theme.dim,
        )),
        area,
    );
}

#[cfg(test)]
mod tests {
    use super::{fit, wrap_words};

    #[test]
    fn wrap_words_breaks_at_spaces_and_keeps_every_word() {
        let rows = wrap_words("Save failed: cannot save /tmp/x.json\n\nRetry?", 16);
        assert_eq!(
            rows,
            ["Save failed:", "cannot save", "/tmp/x.json", "", "Retry?"]
        );
        assert_eq!(wrap_words("abcdefgh", 3), ["abc", "def", "gh"]);
    }

    #[test]
    fn fit_counts_display_cells() {
        assert_eq!(fit("Experience", 20), "Experience");
        assert_eq!(fit("Experience", 6), "Exper…");
        assert_eq!(fit("東京東京", 5), "東京…");
    }
}
