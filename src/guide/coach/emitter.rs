//! How bullet rules report: a finding about the whole bullet or about one
//! of its words, with the quick fix that settles it when there is one.

use super::finding::{Finding, Fix, Severity};
use super::structure::{LineKind, Role};
use super::text::{Token, excerpt};
use crate::resume::{Level, SectionId, SectionKind};

/// Where a bullet sits: its level, section and role.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BulletContext {
    pub level: Level,
    pub kind: SectionKind,
    pub section: SectionId,
    pub role: Role,
}

/// Appends findings about one bullet.
pub(crate) struct Emitter<'c, 'o, 't> {
    pub ctx: &'c BulletContext,
    pub out: &'o mut Vec<Finding>,
    /// Where the bullet starts, and its first line's text.
    pub line: usize,
    pub col: usize,
    pub text: &'t str,
    /// The section's lines, for fixes (ranges of one line).
    pub lines: &'t [(LineKind, &'t str)],
}

impl<'t> Emitter<'_, '_, 't> {
    /// A finding about the bullet as a whole, pointing at its start.
    pub fn bullet(&mut self, rule: &'static str, severity: Severity, message: String) {
        self.out.push(Finding {
            rule,
            severity,
            section: Some(self.ctx.section),
            line: Some(self.line),
            column: self.col,
            message,
            excerpt: excerpt(self.text, 48),
            fix: None,
        });
    }

    /// The text of the body line `token` is on.
    pub fn line_of(&self, token: &Token) -> &'t str {
        self.lines.get(token.line).map_or("", |(_, line)| line)
    }

    /// A warning about one word of the bullet.
    pub fn word(&mut self, rule: &'static str, token: &Token, message: String) {
        self.push(rule, Severity::Warning, token, message);
    }

    /// A finding about one word of the bullet.
    pub fn push(&mut self, rule: &'static str, severity: Severity, token: &Token, message: String) {
        self.push_fix(rule, severity, token, message, None);
    }

    /// A finding about one word of the bullet, with the edit that settles it.
    pub fn push_fix(
        &mut self,
        rule: &'static str,
        severity: Severity,
        token: &Token,
        message: String,
        fix: Option<Fix>,
    ) {
        self.out.push(Finding {
            rule,
            severity,
            section: Some(self.ctx.section),
            line: Some(token.line),
            column: token.col,
            message,
            excerpt: token.text.to_string(),
            fix,
        });
    }
}
