//! GFM tables: columns sized by display width, shrunk to fit when needed.

use pulldown_cmark::Alignment;
use ratatui::style::Style;
use ratatui::text::Span;

use super::inline::{Inline, WrappedLine};
use super::spans::{display_width, push_span, spans_width, truncate_spans};

const COLUMN_GAP: &str = " │ ";
const COLUMN_GAP_WIDTH: usize = 3;

/// Collects a table's cells as the parser reads them.
#[derive(Debug)]
pub(crate) struct TableBuilder {
    alignments: Vec<Alignment>,
    rows: Vec<Vec<Inline>>,
    current: Vec<Inline>,
    header_rows: usize,
}

impl TableBuilder {
    pub fn new(alignments: Vec<Alignment>) -> Self {
        TableBuilder {
            alignments,
            rows: Vec::new(),
            current: Vec::new(),
            header_rows: 0,
        }
    }

    pub fn push_cell(&mut self, cell: Inline) {
        self.current.push(cell);
    }

    pub fn end_row(&mut self, is_header: bool) {
        self.rows.push(std::mem::take(&mut self.current));
        if is_header {
            self.header_rows = self.rows.len();
        }
    }

    /// The table as lines at most `width` cells wide: columns separated by
    /// `│`, a `─┼─` rule under the header, cells wrapped when the natural
    /// widths do not fit.
    pub fn layout(self, width: usize, border: Style) -> Vec<WrappedLine> {
        let columns = self
            .rows
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(0)
            .max(self.alignments.len());
        if columns == 0 {
            return Vec::new();
        }
        let mut cells: Vec<Vec<Vec<WrappedLine>>> = self
            .rows
            .iter()
            .map(|row| row.iter().map(|cell| cell.wrap(usize::MAX)).collect())
            .collect();
        let mut natural = vec![0; columns];
        for row in &cells {
            for (column, lines) in row.iter().enumerate() {
                let widest = lines.iter().map(|l| l.width).max().unwrap_or(0);
                natural[column] = natural[column].max(widest);
            }
        }
        let budget = width.saturating_sub(COLUMN_GAP_WIDTH * (columns - 1));
        let widths = if natural.iter().sum::<usize>() <= budget {
            natural.clone()
        } else {
            shrink(&natural, budget)
        };
        for (row, source) in cells.iter_mut().zip(&self.rows) {
            for (column, lines) in row.iter_mut().enumerate() {
                if widths[column] < natural[column] {
                    *lines = source[column].wrap(widths[column]);
                }
            }
        }

        let mut out = Vec::new();
        for (index, row) in cells.into_iter().enumerate() {
            self.layout_row(row, &widths, border, &mut out);
            if index + 1 == self.header_rows {
                out.push(header_rule(&widths, border));
            }
        }
        out
    }

    fn layout_row(
        &self,
        row: Vec<Vec<WrappedLine>>,
        widths: &[usize],
        border: Style,
        out: &mut Vec<WrappedLine>,
    ) {
        let height = row.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let mut cells: Vec<_> = row.into_iter().map(Vec::into_iter).collect();
        for _ in 0..height {
            let mut spans = Vec::new();
            let mut line_width = 0;
            for (column, &column_width) in widths.iter().enumerate() {
                let last = column + 1 == widths.len();
                let mut content = cells
                    .get_mut(column)
                    .and_then(Iterator::next)
                    .map_or_else(Vec::new, |l| l.spans);
                if column > 0 {
                    // No trailing space after the bar before an empty last cell.
                    let gap = if last && content.is_empty() {
                        COLUMN_GAP.trim_end()
                    } else {
                        COLUMN_GAP
                    };
                    spans.push(Span::styled(gap, border));
                    line_width += display_width(gap);
                }
                let mut content_width = spans_width(&content);
                if content_width > column_width {
                    content_width = truncate_spans(&mut content, column_width);
                }
                let room = column_width - content_width;
                let (before, after) = match self.alignments.get(column) {
                    Some(Alignment::Right) => (room, 0),
                    Some(Alignment::Center) => (room / 2, room - room / 2),
                    _ => (0, room),
                };
                // No trailing spaces after the last column.
                let (before, after) = match (last, content.is_empty()) {
                    (true, true) => (0, 0),
                    (true, false) => (before, 0),
                    (false, _) => (before, after),
                };
                pad(&mut spans, before);
                spans.extend(content);
                pad(&mut spans, after);
                line_width += before + content_width + after;
            }
            out.push(WrappedLine {
                spans,
                width: line_width,
            });
        }
    }
}

fn pad(spans: &mut Vec<Span<'static>>, width: usize) {
    if width > 0 {
        push_span(spans, &" ".repeat(width), Style::default());
    }
}

fn header_rule(widths: &[usize], border: Style) -> WrappedLine {
    let mut text = String::new();
    for (column, &width) in widths.iter().enumerate() {
        if column > 0 {
            text.push_str("─┼─");
        }
        text.extend(std::iter::repeat_n('─', width));
    }
    let width = widths.iter().sum::<usize>() + COLUMN_GAP_WIDTH * (widths.len() - 1);
    WrappedLine {
        spans: vec![Span::styled(text, border)],
        width,
    }
}

/// Column widths that fit `budget`: columns narrower than an even share keep
/// their width, the rest share what is left in proportion to their natural
/// width. Every non-empty column keeps at least one cell, so the sum may
/// exceed a budget smaller than the number of columns.
fn shrink(natural: &[usize], budget: usize) -> Vec<usize> {
    let mut widths = vec![0; natural.len()];
    let mut open: Vec<usize> = (0..natural.len()).collect();
    let mut left = budget;
    loop {
        let share = left / open.len().max(1);
        let before = open.len();
        open.retain(|&column| {
            if natural[column] <= share {
                widths[column] = natural[column];
                left -= natural[column];
                false
            } else {
                true
            }
        });
        if open.is_empty() || open.len() == before {
            break;
        }
    }
    let open_total: usize = open.iter().map(|&c| natural[c]).sum();
    let mut given = 0;
    for &column in &open {
        widths[column] = (natural[column] * left / open_total.max(1)).max(1);
        given += widths[column];
    }
    // Rounding down leaves a few cells; hand them to the widest columns.
    open.sort_by_key(|&c| std::cmp::Reverse(natural[c]));
    for &column in open.iter().cycle().take(left.saturating_sub(given)) {
        widths[column] += 1;
    }
    widths
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrink_keeps_narrow_columns_and_shares_the_rest_proportionally() {
        let widths = shrink(&[10, 50, 40], 50);
        assert_eq!(widths[0], 10);
        assert_eq!(widths.iter().sum::<usize>(), 50);
        assert!(widths[1] > widths[2], "{widths:?}");
    }

    #[test]
    fn shrink_gives_every_column_at_least_one_cell() {
        assert_eq!(shrink(&[30, 30, 30], 2), [1, 1, 1]);
        assert_eq!(shrink(&[0, 30], 10), [0, 10]);
    }
}
