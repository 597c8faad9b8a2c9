//! Measuring, extending and cutting lines of styled spans by display width.

use ratatui::style::Style;
use ratatui::text::Span;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Display width in terminal cells (CJK and most emoji take two).
pub(crate) fn display_width(text: &str) -> usize {
    if text.is_ascii() {
        // Control characters never get here (see `safe`), so every ASCII
        // byte is one cell.
        text.len()
    } else {
        text.width()
    }
}

/// Appends `text` to `line`, joining it to the last span when the style is
/// the same so a plain line stays one span.
pub(crate) fn push_span(line: &mut Vec<Span<'static>>, text: &str, style: Style) {
    push_span_sized(line, text, style, 0);
}

/// [`push_span`] that gives a new span room for `room` bytes, so a line
/// built word by word does not reallocate for each word.
pub(crate) fn push_span_sized(
    line: &mut Vec<Span<'static>>,
    text: &str,
    style: Style,
    room: usize,
) {
    if text.is_empty() {
        return;
    }
    match line.last_mut() {
        Some(last) if last.style == style => last.content.to_mut().push_str(text),
        _ => {
            let mut content = String::with_capacity(room.max(text.len()));
            content.push_str(text);
            line.push(Span::styled(content, style));
        }
    }
}

/// The width of a line's spans, measured the way ratatui measures it.
pub(crate) fn spans_width(spans: &[Span<'_>]) -> usize {
    spans.iter().map(|s| display_width(&s.content)).sum()
}

/// Cuts `spans` so they take at most `max` cells, ending in `…` when
/// something was cut. Returns the new width.
pub(crate) fn truncate_spans(spans: &mut Vec<Span<'static>>, max: usize) -> usize {
    let total = spans_width(spans);
    if total <= max {
        return total;
    }
    if max == 0 {
        spans.clear();
        return 0;
    }
    let room = max - 1; // for the ellipsis
    let mut budget = room;
    let ellipsis_style = spans.last().map(|s| s.style).unwrap_or_default();
    loop {
        cut_to(spans, budget);
        // Character widths can undercount a sequence that the string
        // measure sees as wider (an emoji with a variation selector), so
        // check and cut further if needed.
        let used = spans_width(spans);
        if used <= room {
            let style = spans.last().map_or(ellipsis_style, |s| s.style);
            push_span(spans, "…", style);
            return used + 1;
        }
        if budget == 0 {
            spans.clear();
            push_span(spans, "…", ellipsis_style);
            return 1;
        }
        budget = budget.saturating_sub(used - room).min(budget - 1);
    }
}

/// Keeps the characters of `spans` whose widths add up to at most `budget`.
fn cut_to(spans: &mut Vec<Span<'static>>, budget: usize) {
    let mut used = 0;
    let mut keep = 0;
    for span in spans.iter_mut() {
        let mut cut = None;
        for (at, ch) in span.content.char_indices() {
            let w = ch.width().unwrap_or(0);
            if used + w > budget {
                cut = Some(at);
                break;
            }
            used += w;
        }
        match cut {
            Some(0) => break,
            Some(at) => {
                span.content.to_mut().truncate(at);
                keep += 1;
                break;
            }
            None => keep += 1,
        }
    }
    spans.truncate(keep);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_ends_with_an_ellipsis_within_the_width() {
        let mut spans = vec![
            Span::raw("abc".to_string()),
            Span::raw("名前xyz".to_string()),
        ];
        let width = truncate_spans(&mut spans, 6);
        let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!((text.as_str(), width), ("abc名…", 6));
        let mut short = vec![Span::raw("ok".to_string())];
        assert_eq!(truncate_spans(&mut short, 6), 2);
        assert_eq!(short[0].content, "ok");
    }
}
