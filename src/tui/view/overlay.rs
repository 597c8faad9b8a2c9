//! Drawing the modal overlays in a centred box over the panes.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, ListItem, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{boxed, centered, fit, overlay_hints, selectable_list, styled, wrap_words};
use crate::export::Kind as ExportKind;
use crate::guide::coach::Severity;
use crate::markdown::visible;
use crate::resume::Level;
use crate::tui::app::App;
use crate::tui::keymap::{self, Context};
use crate::tui::overlay::findings::FindingList;
use crate::tui::overlay::quick_fix::FixList;
use crate::tui::overlay::{Choice, Confirm, LevelPicker, LineInput, Overlay, Palette, ResumeList};
use crate::tui::theme::Theme;

pub fn draw(app: &App, overlay: &Overlay, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    match overlay {
        Overlay::Notice(notice) => {
            let width = 72.min(area.width.saturating_sub(4)).max(20);
            let text = visible(&notice.text).into_owned();
            // Word wrapping needs a little more than the bare cell count.
            let inner_width = width.saturating_sub(2).max(1) as usize;
            let lines: usize = text
                .lines()
                .map(|l| (l.width() * 6 / 5).div_ceil(inner_width).max(1))
                .sum();
            let rect = centered(area, width, lines as u16 + 4);
            let block = boxed("Note", theme);
            let inner = block.inner(rect);
            frame.render_widget(Clear, rect);
            frame.render_widget(block, rect);
            let [body, help] =
                Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
            frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), body);
            overlay_hints(frame, Context::Notice, help, theme);
        }
        Overlay::Palette(palette) => draw_palette(palette, theme, frame, area),
        Overlay::Resumes(list) => draw_resume_list(list, theme, frame, area),
        Overlay::Formats(picker) => {
            let rect = centered(area, 64, 9);
            let block = boxed("Export as", theme);
            let inner = block.inner(rect);
            frame.render_widget(Clear, rect);
            frame.render_widget(block, rect);
            let items: Vec<ListItem> = ExportKind::ALL
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    ListItem::new(Line::from(vec![
                        styled(format!(" {} ", i + 1), theme.key),
                        Span::raw(f.label()),
                    ]))
                })
                .collect();
            let [list, help] =
                Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
            selectable_list(frame, items, picker.selected, list, theme);
            overlay_hints(frame, Context::Choice, help, theme);
        }
        Overlay::Prompt(prompt) => {
            let width = 70.min(area.width.saturating_sub(2));
            let note = prompt
                .note
                .clone()
                .unwrap_or_else(|| keymap::hint_line(prompt.context()));
            // The note (what went wrong) is shown whole: the box grows.
            let note_rows = wrap_words(&visible(&note), width.saturating_sub(2) as usize);
            let rect = centered(area, width, note_rows.len() as u16 + 5);
            let block = boxed(&prompt.title, theme);
            let inner = block.inner(rect);
            frame.render_widget(Clear, rect);
            frame.render_widget(block, rect);
            draw_input(&prompt.input, theme, frame, Rect { height: 1, ..inner });
            let style = if prompt.note.is_some() {
                theme.warning
            } else {
                theme.dim
            };
            let lines: Vec<Line> = note_rows
                .into_iter()
                .map(|row| Line::styled(row, style))
                .collect();
            frame.render_widget(
                Paragraph::new(lines),
                Rect {
                    y: inner.y + 2,
                    height: inner.height.saturating_sub(2),
                    ..inner
                },
            );
        }
        Overlay::Confirm(confirm) => draw_confirm(confirm, theme, frame, area),
        Overlay::LevelPicker(picker) => draw_level_picker(picker, theme, frame, area),
        Overlay::Findings(list) => draw_findings(list, theme, frame, area),
        Overlay::QuickFix(list) => draw_fixes(list, theme, frame, area),
        Overlay::Job(view) => super::job::draw(view, theme, frame, area),
        Overlay::Variants(picker) => super::variant::draw(picker, theme, frame, area),
    }
}

/// The question in full (its box grows to fit), then its choices, the
/// highlighted one marked.
fn draw_confirm(confirm: &Confirm, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = 72.min(area.width.saturating_sub(2)).max(20);
    let inner_width = width.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = wrap_words(&visible(&confirm.question), inner_width)
        .into_iter()
        .map(Line::raw)
        .collect();
    lines.push(Line::default());
    let cancel = Choice {
        key: '\u{1b}',
        label: "Cancel".into(),
        purpose: crate::tui::overlay::ConfirmPurpose::QuitWithoutSaving,
    };
    let mut row: Vec<Span> = Vec::new();
    let mut used = 0;
    for (i, choice) in confirm.choices.iter().chain([&cancel]).enumerate() {
        let key = if choice.key == '\u{1b}' {
            "Esc".to_string()
        } else {
            choice.key.to_string()
        };
        let text = format!(" {key} {} ", choice.label);
        let cost = text.width() + 1;
        if used + cost > inner_width && !row.is_empty() {
            lines.push(Line::from(std::mem::take(&mut row)));
            used = 0;
        }
        let style = if i == confirm.selected {
            theme.selected
        } else {
            theme.key
        };
        row.push(styled(text, style));
        row.push(Span::raw(" "));
        used += cost;
    }
    lines.push(Line::from(row));
    let rect = centered(area, width, lines.len() as u16 + 2);
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(boxed("Confirm", theme)), rect);
}

/// The findings list: one row each, the selected one kept in view by the
/// list; its message is shown whole under the list.
fn draw_findings(list: &FindingList, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = 100.min(area.width.saturating_sub(2));
    let height = area.height.saturating_sub(2);
    let rect = centered(area, width, height);
    let block = boxed(&list.title, theme);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let row_width = inner.width as usize;
    let selected_text = list
        .items
        .get(list.selected)
        .map(|i| {
            let message = visible(&i.finding.message).into_owned();
            match &i.finding.fix {
                Some(fix) => format!("{message} Quick fix (.): {}", visible(&fix.label)),
                None => message,
            }
        })
        .unwrap_or_default();
    let detail = wrap_words(&selected_text, row_width);
    let [rows, detail_area, help] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(detail.len() as u16 + 1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let items: Vec<ListItem> = list
        .items
        .iter()
        .map(|item| {
            let f = &item.finding;
            let (mark, style) = match f.severity {
                Severity::Error => ("✗ ", theme.error),
                Severity::Warning => ("! ", theme.warning),
                Severity::Info => ("· ", theme.info),
            };
            let at = match f.line {
                Some(line) => format!("{} L{}:{} ", visible(&item.place), line + 1, f.column + 1),
                None => format!("{} ", visible(&item.place)),
            };
            let text = fit(
                &format!("{at}{}", visible(&f.message)),
                row_width.saturating_sub(2),
            );
            ListItem::new(Line::from(vec![styled(mark, style), Span::raw(text)]))
        })
        .collect();
    let items = if items.is_empty() {
        vec![ListItem::new(Line::styled(
            " ✓ The coach has no notes.",
            theme.good,
        ))]
    } else {
        items
    };
    selectable_list(frame, items, list.selected, rows, theme);
    let detail: Vec<Line> = std::iter::once(Line::default())
        .chain(detail.into_iter().map(Line::raw))
        .collect();
    frame.render_widget(Paragraph::new(detail), detail_area);
    overlay_hints(frame, Context::Findings, help, theme);
}

/// The quick fixes: a short list, the chosen one highlighted.
fn draw_fixes(list: &FixList, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = 60.min(area.width.saturating_sub(2));
    let rect = centered(area, width, list.items.len() as u16 + 3);
    let block = boxed("Quick fix", theme);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let [rows, help] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
    let items: Vec<ListItem> = list
        .items
        .iter()
        .map(|item| ListItem::new(fit(&visible(&item.label), inner.width as usize)))
        .collect();
    selectable_list(frame, items, list.selected, rows, theme);
    overlay_hints(frame, Context::Fixes, help, theme);
}

fn draw_level_picker(picker: &LevelPicker, theme: &Theme, frame: &mut Frame, area: Rect) {
    let rect = centered(area, 72, 14);
    let heading = if picker.is_first_run() {
        "Welcome to resumd"
    } else {
        "Career level"
    };
    let block = boxed(heading, theme);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let question = if picker.is_first_run() {
        "Which career level is your resume for? The tips, the coach and the starter sections follow it; you can change it later (F4)."
    } else {
        "Switch level: tips, coach and recommended sections follow; no text is lost."
    };
    let [top, list, help] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(question).wrap(Wrap { trim: true }), top);
    // Two rows per level: its name, then what it is for.
    let items: Vec<ListItem> = Level::ALL
        .iter()
        .enumerate()
        .map(|(i, level)| {
            ListItem::new(vec![
                Line::from(vec![
                    styled(format!(" {} ", i + 1), theme.key),
                    styled(level.label(), theme.heading),
                ]),
                Line::styled(format!("   {}", level.blurb()), theme.dim),
            ])
        })
        .collect();
    selectable_list(frame, items, picker.selected, list, theme);
    overlay_hints(frame, picker.context(), help, theme);
}

fn draw_resume_list(list: &ResumeList, theme: &Theme, frame: &mut Frame, area: Rect) {
    let height = (list.names.len() as u16 + 5).clamp(8, area.height.saturating_sub(2).max(8));
    let rect = centered(area, 64, height);
    let block = boxed("Resumes", theme);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let items: Vec<ListItem> = list
        .names
        .iter()
        .map(|name| {
            let marker = if *name == list.current { "● " } else { "  " };
            let suffix = if *name == list.current {
                "  (open)"
            } else {
                ""
            };
            ListItem::new(Line::from(vec![
                styled(marker, theme.accent),
                Span::raw(visible(name).into_owned()),
                styled(suffix, theme.dim),
            ]))
        })
        .collect();
    let [names, note, help] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    selectable_list(frame, items, list.selected, names, theme);
    if let Some(text) = &list.note {
        frame.render_widget(
            Paragraph::new(Line::styled(text.clone(), theme.warning)),
            note,
        );
    }
    overlay_hints(frame, Context::Resumes, help, theme);
}

fn draw_palette(palette: &Palette, theme: &Theme, frame: &mut Frame, area: Rect) {
    let matches = palette.matches();
    let height = (matches.len() as u16 + 4).clamp(6, area.height.saturating_sub(4).max(6));
    let rect = centered(area, 70, height);
    let title = format!(
        "Commands — type to filter · {}",
        keymap::hint_line(Context::Palette)
    );
    let block = boxed(&title, theme);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let [input, list] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    draw_input(&palette.query, theme, frame, Rect { height: 1, ..input });
    let width = list.width as usize;
    let items: Vec<ListItem> = matches
        .iter()
        .map(|binding| {
            let key = binding.key_label().unwrap_or_default();
            let text_width = width.saturating_sub(key.width() + 2);
            let text = fit(binding.description, text_width);
            let pad = text_width.saturating_sub(text.width());
            ListItem::new(Line::from(vec![
                Span::raw(format!(" {text}{}", " ".repeat(pad))),
                styled(key, theme.key),
            ]))
        })
        .collect();
    let items = if items.is_empty() {
        vec![ListItem::new(Line::styled(
            " No command matches.",
            theme.dim,
        ))]
    } else {
        items
    };
    selectable_list(frame, items, palette.selected, list, theme);
}

/// A one-line input with the terminal cursor placed in it.
fn draw_input(input: &LineInput, theme: &Theme, frame: &mut Frame, area: Rect) {
    let text = visible(&input.text);
    let before: String = text.chars().take(input.cursor).collect();
    let prompt = "› ";
    // Keep the cursor in view when the text is wider than the box.
    let cursor_x = prompt.width() + before.width();
    let skip = cursor_x.saturating_sub(area.width.saturating_sub(1) as usize);
    let shown: String = format!("{prompt}{text}")
        .chars()
        .scan(0usize, |w, c| {
            *w += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            Some((*w, c))
        })
        .filter(|(w, _)| *w > skip)
        .map(|(_, c)| c)
        .collect();
    frame.render_widget(Paragraph::new(Line::styled(shown, theme.accent)), area);
    frame.set_cursor_position((area.x + (cursor_x - skip) as u16, area.y));
}
