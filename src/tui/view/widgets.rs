//! The pieces every box is drawn with: fitting and wrapping text, an
//! overlay's frame, centring, its highlighted list and its hint row. They
//! read only the theme and the keymap, so the overlays' own modules draw
//! with them without depending on the app.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use crate::tui::keymap::{self, Context};
use crate::tui::theme::Theme;

/// Cuts `text` to at most `width` display cells, marking the cut with `…`.
pub(in crate::tui) fn fit(text: &str, width: usize) -> String {
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
pub(in crate::tui) fn wrap_words(text: &str, width: usize) -> Vec<String> {
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

pub(in crate::tui) fn styled(text: impl Into<String>, style: Style) -> Span<'static> {
    Span::styled(text.into(), style)
}

/// An overlay's box: rounded, in the focused colours, titled.
pub(in crate::tui) fn boxed<'a>(title: &str, theme: &Theme) -> Block<'a> {
    Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused)
        .title(Line::styled(format!(" {title} "), theme.title_focused))
}

/// A `width`×`height` rectangle in the middle of `area` (smaller when the
/// area is).
pub(in crate::tui) fn centered(area: Rect, width: u16, height: u16) -> Rect {
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
pub(in crate::tui) fn selectable_list(
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
pub(in crate::tui) fn overlay_hints(
    frame: &mut Frame,
    context: Context,
    area: Rect,
    theme: &Theme,
) {
    frame.render_widget(
        Paragraph::new(Line::styled(keymap::hint_line(context), theme.dim)),
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
