//! The coach and tips pane: findings for the line under the cursor first,
//! then the rest of the section's findings, then the level's advice.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{styled, title};
use crate::guide::coach::{Finding, Severity, rule_catalog};
use crate::guide::{self, SectionGuide};
use crate::markdown::{render, visible};
use crate::resume::SectionKind;
use crate::tui::app::App;
use crate::tui::theme::Theme;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let Some(section) = app.doc.resume.section(app.selected) else {
        return;
    };
    let cursor_line = app.editors.area(app.selected).map(|a| a.cursor().0);
    let findings = app.doc.report.section_findings(app.selected);
    let (here, elsewhere): (Vec<&Finding>, Vec<&Finding>) = findings
        .iter()
        .partition(|f| cursor_line.is_some() && f.line == cursor_line);

    let mut lines: Vec<Line> = Vec::new();
    if !here.is_empty() {
        lines.push(Line::styled("This line", theme.heading));
        lines.extend(grouped(&here).map(|(f, n)| finding_line(f, n, theme)));
    }
    if !elsewhere.is_empty() {
        let label = if here.is_empty() {
            "Coach"
        } else {
            "Rest of section"
        };
        lines.push(Line::styled(label, theme.heading));
        lines.extend(grouped(&elsewhere).map(|(f, n)| finding_line(f, n, theme)));
    }
    if findings.is_empty() && !section.is_empty() {
        lines.push(Line::from(styled(
            "✓ The coach has no notes here.",
            theme.good,
        )));
    }
    let level = app.doc.resume.level;
    let advice = match section.kind {
        SectionKind::Custom => Some(guide::custom_section_guide()),
        kind => guide::level_guide(level).section(kind),
    };
    if let Some(advice) = advice {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        push_advice(&mut lines, advice, theme, area.width.saturating_sub(2));
    }
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(title(format!("Coach & tips · {}", level.label())));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}

/// Findings with repeats of a rule folded into the first, with a count, so
/// a starter full of placeholders does not push the tips out of view.
fn grouped<'f>(findings: &[&'f Finding]) -> impl Iterator<Item = (&'f Finding, usize)> {
    let mut groups: Vec<(&Finding, usize)> = Vec::new();
    for &finding in findings {
        match groups.iter_mut().find(|(f, _)| f.rule == finding.rule) {
            Some((_, count)) => *count += 1,
            None => groups.push((finding, 1)),
        }
    }
    groups.into_iter()
}

fn finding_line<'a>(finding: &Finding, count: usize, theme: &Theme) -> Line<'a> {
    let (mark, style) = match finding.severity {
        Severity::Error => ("✗ ", theme.error),
        Severity::Warning => ("! ", theme.warning),
        Severity::Info => ("· ", theme.info),
    };
    let (location, message) = if count > 1 {
        let described = rule_catalog()
            .iter()
            .find(|r| r.id == finding.rule)
            .map_or(finding.message.as_str(), |r| r.description);
        (format!("{count}× "), described.to_string())
    } else {
        let at = finding.line.map(|l| format!("L{} ", l + 1));
        (at.unwrap_or_default(), finding.message.clone())
    };
    Line::from(vec![
        styled(mark, style),
        styled(location, theme.dim),
        Span::raw(visible(&message).into_owned()),
        styled(format!(" [{}]", finding.rule), theme.dim),
    ])
}

fn push_advice(lines: &mut Vec<Line<'static>>, advice: &SectionGuide, theme: &Theme, width: u16) {
    lines.push(Line::styled(advice.purpose.clone(), theme.dim));
    for tip in &advice.tips {
        push_marked(lines, "• ", theme.accent, tip, width, theme, None);
    }
    lines.push(Line::styled("Examples", theme.heading));
    for example in &advice.examples {
        push_marked(
            lines,
            "› ",
            theme.accent,
            example,
            width,
            theme,
            Some(theme.dim),
        );
    }
}

/// A tip or an example, its Markdown (bold, code, links) rendered like the
/// preview's, after a marker, wrapped under itself.
fn push_marked(
    lines: &mut Vec<Line<'static>>,
    marker: &'static str,
    marker_style: ratatui::style::Style,
    markdown: &str,
    width: u16,
    theme: &Theme,
    base: Option<ratatui::style::Style>,
) {
    let rendered = render(markdown, width.saturating_sub(2).max(10), &theme.markdown);
    let rendered = rendered.into_iter().filter(|l| l.width() > 0);
    for (i, line) in rendered.enumerate() {
        let lead = if i == 0 { marker } else { "  " };
        let mut spans = vec![styled(lead, marker_style)];
        spans.extend(line.spans.into_iter().map(|span| match base {
            Some(base) => Span::styled(span.content, base.patch(span.style)),
            None => span,
        }));
        lines.push(Line::from(spans));
    }
}

#[cfg(test)]
mod tests {
    use ratatui::text::Line;

    use super::push_marked;
    use crate::tui::Theme;

    #[test]
    fn tips_show_their_markdown_rendered_not_raw() {
        let theme = Theme::dark();
        let mut lines: Vec<Line> = Vec::new();
        push_marked(
            &mut lines,
            "• ",
            theme.accent,
            "Open with **Built** or `Cut`.",
            40,
            &theme,
            None,
        );
        let text: String = lines[0].spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "• Open with Built or Cut.");
        assert!(
            lines[0]
                .spans
                .iter()
                .any(|s| s.content == "Built" && s.style != Default::default())
        );
    }
}
