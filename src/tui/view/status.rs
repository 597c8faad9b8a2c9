//! The status bar (resume, level, save state, score, pages) and the footer
//! of key hints generated from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{fit, styled, wrap_words};
use crate::markdown::visible;
use crate::tui::app::{App, SaveState};
use crate::tui::keymap;

/// The status bar's parts: the left (resume and level), the message and
/// whether it is an alert, and the right (score, pages, words, saving).
fn parts(app: &App) -> (String, Option<(String, bool)>, String) {
    let report = &app.doc.report;
    let save_state = app.save_state();
    let save = match &save_state {
        SaveState::Saved => "saved",
        SaveState::Edited | SaveState::Saving => "edited",
        SaveState::Failed(_) => "NOT SAVED",
    };
    // The typeset count once there is one; until then the estimate.
    let pages = match app.doc.pages.count() {
        Some(count) => plural(count, "page", "pages"),
        None => format!("~{:.1} pages", report.pages()),
    };
    let right = format!(
        // "saved" and "edited" take the same width, so autosaving
        // rewrites only that word, not the whole right-aligned part.
        " score {} · {pages} · {} · {save:>6} ",
        report.score(),
        plural(report.words(), "word", "words")
    );
    let left = match &app.doc.variant {
        Some(variant) => format!(
            " {} · {} · variant {variant} ",
            app.doc.name,
            app.doc.resume.level.label()
        ),
        None => format!(" {} · {} ", app.doc.name, app.doc.resume.level.label()),
    };
    let message = match (&app.status, &save_state) {
        (_, SaveState::Failed(error)) => Some((format!("Save failed: {error}"), true)),
        (Some(status), _) => Some((visible(&status.text).into_owned(), status.alert)),
        (None, _) => None,
    };
    (left, message, right)
}

/// A message split between the status bar (`first` cells) and the footer
/// row under it, so it is never cut: the rest takes the footer's place
/// until the next edit clears the message.
fn split_message(text: &str, first: usize, second: usize) -> (String, Option<String>) {
    if text.width() <= first {
        return (text.to_string(), None);
    }
    let rows = wrap_words(text, first.max(1));
    let head = rows[0].clone();
    let rest: String = text
        .chars()
        .skip(head.chars().count())
        .collect::<String>()
        .trim_start()
        .to_string();
    (head, Some(fit(&rest, second)))
}

pub fn draw_status(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let (left, message, right) = parts(app);
    let save_failed = matches!(app.save_state(), SaveState::Failed(_));
    let width = area.width as usize;
    let middle_width = width.saturating_sub(left.width() + right.width());
    let mut spans = vec![styled(left, theme.status.patch(theme.heading))];
    let middle = match message {
        Some((text, alert)) => {
            let (text, _) = split_message(&text, middle_width, width);
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
    let right_style = if save_failed {
        theme.status_alert
    } else {
        theme.status
    };
    spans.push(styled(right, right_style));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// "1 word", "2 words".
pub fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

pub fn draw_footer(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let (left, message, right) = parts(app);
    if let Some((text, alert)) = message {
        let middle = (area.width as usize).saturating_sub(left.width() + right.width());
        if let (_, Some(rest)) = split_message(&text, middle, area.width as usize) {
            let style = if alert {
                theme.status_alert
            } else {
                theme.status
            };
            let pad = (area.width as usize).saturating_sub(rest.width() + 1);
            let line = Line::from(vec![
                styled(format!(" {rest}"), style),
                styled(" ".repeat(pad), style),
            ]);
            frame.render_widget(Paragraph::new(line), area);
            return;
        }
    }
    let context = app.context();
    let mut spans: Vec<Span> = Vec::new();
    let mut used = 0;
    for (key, hint) in keymap::grouped_hints(context) {
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

#[cfg(test)]
mod tests {
    use super::{plural, split_message};

    #[test]
    fn a_long_message_continues_on_the_next_row_instead_of_being_cut() {
        let text = "Deleted 'junior_test' (kept as /tmp/x/resumes/junior_test.json.deleted-2026)";
        let (first, rest) = split_message(text, 30, 80);
        assert!(first.len() <= 30);
        let rest = rest.unwrap();
        assert_eq!(format!("{first} {rest}"), text);
        assert_eq!(split_message("Saved.", 30, 80), ("Saved.".into(), None));
    }

    #[test]
    fn counts_read_as_english() {
        assert_eq!(plural(1, "word", "words"), "1 word");
        assert_eq!(plural(0, "word", "words"), "0 words");
    }
}
