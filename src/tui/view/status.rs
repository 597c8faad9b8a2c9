//! The status bar (resume, level, save state, score, pages) and the footer
//! of key hints generated from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{fit, styled};
use crate::markdown::visible;
use crate::tui::app::{App, SaveState};
use crate::tui::keymap::{self, Context};
use crate::tui::layout::Pane;

pub fn draw_status(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let report = &app.report;
    let save_state = app.save_state();
    let save = match &save_state {
        SaveState::Saved => "saved",
        SaveState::Edited | SaveState::Saving => "edited",
        SaveState::Failed(_) => "NOT SAVED",
    };
    let right = format!(
        // "saved" and "edited" take the same width, so autosaving
        // rewrites only that word, not the whole right-aligned part.
        " score {} · {:.1} pages · {} words · {save:>6} ",
        report.score(),
        report.pages(),
        report.words()
    );
    let left = format!(" {} · {} ", app.name, app.resume.level.label());
    let message = match (&app.status, &save_state) {
        (_, SaveState::Failed(error)) => Some((format!("Save failed: {error}"), true)),
        (Some(status), _) => Some((status.text.clone(), status.alert)),
        (None, _) => None,
    };
    let width = area.width as usize;
    let middle_width = width.saturating_sub(left.width() + right.width());
    let mut spans = vec![styled(left, theme.status.patch(theme.heading))];
    let middle = match message {
        Some((text, alert)) => {
            let text = fit(&visible(&text), middle_width);
            let style = if alert {
                theme.status_alert
            } else {
                theme.status
            };
            let pad = middle_width.saturating_sub(text.width());
            vec![styled(text, style), styled(" ".repeat(pad), theme.status)]
        }
        None => vec![styled(" ".repeat(middle_width), theme.status)],
    };
    spans.extend(middle);
    let right_style = if matches!(save_state, SaveState::Failed(_)) {
        theme.status_alert
    } else {
        theme.status
    };
    spans.push(styled(right, right_style));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

pub fn draw_footer(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let context = match app.focus {
        Pane::Sections => Context::Sections,
        Pane::Editor => Context::Editor,
        Pane::Preview => Context::Preview,
    };
    let mut spans: Vec<Span> = Vec::new();
    let mut used = 0;
    for (key, hint) in keymap::hints(context) {
        let cost = key.width() + hint.width() + 3;
        if used + cost > area.width as usize {
            break;
        }
        used += cost;
        spans.push(Span::raw(" "));
        spans.push(styled(key, theme.key));
        spans.push(Span::raw(" "));
        spans.push(styled(hint, theme.dim));
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
