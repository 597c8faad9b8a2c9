//! The coach pane while it has focus: every finding of the section, then
//! the level's examples, one highlighted; the pane scrolls to keep the
//! highlight in view.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{pane_block, styled, title};
use crate::guide::coach::Severity;
use crate::markdown::visible;
use crate::tui::app::{App, CoachItem};
use crate::tui::editor::textview;
use crate::tui::layout::Pane;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let items = app.coach_items();
    let highlight = app.coach_highlight(items.len());
    let width = usize::from(area.width.saturating_sub(2)).max(10);
    let mut lines: Vec<Line> = Vec::new();
    let mut highlighted_rows = 0..0;
    let findings = items
        .iter()
        .filter(|i| matches!(i, CoachItem::Finding(_)))
        .count();
    if findings == 0 {
        lines.push(Line::styled("✓ The coach has no notes here.", theme.good));
    }
    for (index, item) in items.iter().enumerate() {
        if index == findings {
            lines.push(Line::styled(
                "Examples (Enter puts one under your line)",
                theme.heading,
            ));
        }
        let start = lines.len();
        let (mark, mark_style, text) = match item {
            CoachItem::Finding(f) => {
                let (mark, style) = match f.severity {
                    Severity::Error => ("✗ ", theme.error),
                    Severity::Warning => ("! ", theme.warning),
                    Severity::Info => ("· ", theme.info),
                };
                let at = f
                    .line
                    .map_or("Section:".to_string(), |l| format!("L{}", l + 1));
                let fix = f
                    .fix
                    .as_ref()
                    .filter(|fix| !fix.replacement.is_empty())
                    .map_or(String::new(), |fix| format!(" (. → “{}”)", fix.replacement));
                (mark, style, format!("{at} {}{fix}", visible(&f.message)))
            }
            CoachItem::Example(example) => ("› ", theme.accent, visible(example).into_owned()),
        };
        let selected = index == highlight;
        let text_style = if selected {
            theme.selected
        } else {
            Style::default()
        };
        lines.extend(wrapped(mark, mark_style, &text, text_style, width));
        if selected {
            highlighted_rows = start..lines.len();
        }
    }
    let height = usize::from(area.height.saturating_sub(2));
    let offset = scroll_for(&highlighted_rows, height);
    let position = format!("{} of {}", (highlight + 1).min(items.len()), items.len());
    let block = pane_block(
        app,
        Pane::Coach,
        title(format!("Coach · {position} · Esc back")),
    );
    let shown: Vec<Line> = lines.into_iter().skip(offset).collect();
    frame.render_widget(Paragraph::new(shown).block(block), area);
}

/// The first row to show so the highlighted rows are in view: from the top
/// while they fit on the first screen, else with them at the bottom.
fn scroll_for(highlighted: &Range<usize>, height: usize) -> usize {
    highlighted.end.saturating_sub(height.max(1))
}

/// `text` after `mark`, wrapped at spaces to `width` cells, the following
/// rows indented under the text.
fn wrapped<'a>(
    mark: &'static str,
    mark_style: Style,
    text: &str,
    style: Style,
    width: usize,
) -> Vec<Line<'a>> {
    let chars: Vec<char> = text.chars().collect();
    textview::rows(text, width.saturating_sub(2).max(1))
        .into_iter()
        .enumerate()
        .map(|(i, (start, end))| {
            let lead = if i == 0 { mark } else { "  " };
            let row: String = chars[start..end].iter().collect();
            Line::from(vec![
                styled(lead, mark_style),
                Span::styled(row.trim_end().to_string(), style),
            ])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highlight_stays_in_view() {
        assert_eq!(scroll_for(&(2..4), 10), 0);
        assert_eq!(scroll_for(&(12..14), 10), 4);
        assert_eq!(scroll_for(&(0..1), 0), 0);
    }

    #[test]
    fn long_text_wraps_under_itself() {
        let rows = wrapped(
            "✗ ",
            Style::default(),
            "one two three four",
            Style::default(),
            10,
        );
        let text: Vec<String> = rows
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect();
        assert_eq!(text, vec!["✗ one two", "  three", "  four"]);
    }
}
