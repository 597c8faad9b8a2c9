//! Modal overlays: the command palette, one-line prompts, yes/no questions
//! and the level picker. Each owns its input; `update` acts on what they
//! return.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

mod confirm;
pub mod findings;
pub mod job;
mod line_input;
pub(in crate::tui) mod list;
mod pickers;
pub mod quick_fix;
pub mod variant;

use crate::export::Kind;
use crate::resume::{Level, SectionId};
use crate::tui::action::Action;
use crate::tui::action::OverlayKey;
use crate::tui::effect::ResumeOp;
use crate::tui::keymap::{self, Binding, Context};
pub use confirm::{Choice, Confirm, ConfirmPurpose};
pub use line_input::LineInput;
pub use pickers::{FormatPicker, ResumeList};

pub enum Overlay {
    Notice(Notice),
    Resumes(ResumeList),
    Formats(FormatPicker),
    Palette(Palette),
    Prompt(Prompt),
    Confirm(Confirm),
    LevelPicker(LevelPicker),
    Findings(findings::FindingList),
    QuickFix(quick_fix::FixList),
    Job(job::JobView),
    Variants(variant::VariantPicker),
}

impl Overlay {
    /// The keymap context of its keys, hints and `?`.
    pub fn context(&self) -> Context {
        match self {
            Overlay::Notice(_) => Context::Notice,
            Overlay::Resumes(_) => Context::Resumes,
            Overlay::Formats(_) => Context::Choice,
            Overlay::Palette(_) => Context::Palette,
            Overlay::Prompt(p) => p.context(),
            Overlay::Confirm(_) => Context::Question,
            Overlay::LevelPicker(picker) => picker.context(),
            Overlay::Findings(_) => Context::Findings,
            Overlay::QuickFix(_) => Context::Fixes,
            Overlay::Job(_) => Context::Job,
            Overlay::Variants(_) => Context::Choice,
        }
    }

    /// Hands a key to the open overlay.
    pub fn handle(&mut self, key: &KeyEvent) -> Outcome {
        match self {
            Overlay::Notice(n) => n.handle(key),
            Overlay::Resumes(r) => r.handle(key),
            Overlay::Formats(f) => f.handle(key),
            Overlay::Palette(p) => p.handle(key),
            Overlay::Prompt(p) => p.handle(key),
            Overlay::Confirm(c) => c.handle(key),
            Overlay::LevelPicker(l) => l.handle(key),
            Overlay::Findings(f) => f.handle(key, FINDINGS_PAGE),
            Overlay::QuickFix(f) => f.handle(key),
            Overlay::Job(j) => j.handle(key, FINDINGS_PAGE),
            Overlay::Variants(v) => v.handle(key),
        }
    }
}

/// Rows PgUp and PgDn move in the findings list and the job view.
const FINDINGS_PAGE: usize = 10;

/// What an overlay asks the app to do after a key.
pub enum Outcome {
    /// Still open.
    Stay,
    /// Closed with nothing to do.
    Close,
    /// Closed; run this action.
    Run(Action),
    /// A prompt was answered.
    Answer(PromptPurpose, String),
    /// A question was answered yes.
    Confirmed(ConfirmPurpose),
    /// A level was picked.
    Level(PickerPurpose, Level),
    /// Something to do with saved resumes.
    Resumes(ResumeOp),
    /// Closed, and this overlay opens in its place.
    Replace(Overlay),
    /// Closed, and the key goes on to what is underneath.
    Pass,
    /// Closed; carry out a finding's quick fix in its section.
    FixIn(SectionId, quick_fix::Change),
    /// Closed; show this variant (`None`: everything).
    Variant(Option<String>),
    /// Closed; drop the remembered job posting.
    ForgetPosting,
    /// Show the keys of this context; the overlay comes back after.
    Keys(Context),
    /// Closed; carry out this quick fix.
    Fix(quick_fix::Change),
    /// Still open; flip this find option (match case, whole words, scope).
    FindOption(OverlayKey),
    /// Closed; put the cursor here.
    Jump {
        section: SectionId,
        line: usize,
        column: usize,
    },
}

#[derive(Default)]
pub struct Palette {
    pub query: LineInput,
    pub selected: usize,
}

impl Palette {
    /// Commands whose description contains the query's letters in order,
    /// best (earliest, tightest) matches first.
    pub fn matches(&self) -> Vec<&'static Binding> {
        let query = self.query.text.to_lowercase();
        // The description first; the search words find what people call
        // an action elsewhere ("pdf", "vim", "paste"), ranked after.
        let score = |b: &Binding| {
            let words = keymap::words_for(&b.action);
            let by_words = (!words.is_empty())
                .then(|| fuzzy_score(&query, &words))
                .flatten()
                .map(|s| s.min(999) + 50);
            match (fuzzy_score(&query, b.description), by_words) {
                (Some(a), Some(w)) => Some(a.min(w)),
                (a, w) => a.or(w),
            }
        };
        let mut scored: Vec<(usize, &'static Binding)> = keymap::commands()
            .into_iter()
            .filter_map(|b| score(b).map(|s| (s, b)))
            .collect();
        scored.sort_by_key(|(score, _)| *score);
        scored.into_iter().map(|(_, b)| b).collect()
    }

    pub fn handle(&mut self, key: &KeyEvent) -> Outcome {
        match keymap::overlay_key(Context::Palette, key) {
            Some(OverlayKey::Cancel) => return Outcome::Close,
            Some(OverlayKey::Accept) => {
                return match self.matches().get(self.selected) {
                    Some(binding) => Outcome::Run(binding.action.clone()),
                    None => Outcome::Stay,
                };
            }
            Some(step) => self.selected = list::step(self.selected, usize::MAX, step, 1),
            None => {
                if self.query.handle(key) {
                    self.selected = 0;
                }
            }
        }
        let count = self.matches().len();
        self.selected = self.selected.min(count.saturating_sub(1));
        Outcome::Stay
    }
}

/// Lower is better; `None` when the query's characters do not all appear
/// in order. Matches at word starts and close together rank first.
fn fuzzy_score(query: &str, text: &str) -> Option<usize> {
    if query.is_empty() {
        return Some(0);
    }
    let text = text.to_lowercase();
    if let Some(pos) = text.find(query) {
        let at_word = pos == 0 || text.as_bytes()[pos - 1] == b' ';
        return Some(if at_word { pos } else { 100 + pos });
    }
    let mut chars = text.char_indices();
    let mut first = None;
    let mut last = 0;
    for q in query.chars().filter(|c| !c.is_whitespace()) {
        let (i, _) = chars.find(|&(_, c)| c == q)?;
        first.get_or_insert(i);
        last = i;
    }
    Some(1000 + last - first.unwrap_or(0))
}

/// Something the user must read before going on, such as where a damaged
/// file was moved.
pub struct Notice {
    pub text: String,
}

impl Notice {
    /// Enter, Esc or Space dismiss the notice; any other key dismisses it
    /// and goes on, so text typed straight away (after a crash, say) is
    /// never swallowed.
    pub fn handle(&mut self, key: &KeyEvent) -> Outcome {
        match keymap::overlay_key(Context::Notice, key) {
            Some(_) => Outcome::Close,
            None => Outcome::Pass,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptPurpose {
    RenameSection(SectionId),
    AddSection,
    ExportPath(Kind),
    ImportPath,
    /// Saves failed: where to write the text instead.
    SaveElsewhere,
    /// Find in the section; the prompt stays open for the next match.
    Find,
    ReplaceWhat,
    ReplaceWith(String),
    NewResume,
    DuplicateResume(String),
    RenameResume(String),
    /// A job posting: a file's path (a pasted posting skips the question).
    PostingPath,
}

pub struct Prompt {
    pub purpose: PromptPurpose,
    pub title: String,
    pub input: LineInput,
    /// Shown under the input, e.g. what went wrong with the last answer.
    pub note: Option<String>,
}

impl Prompt {
    /// The question for a file to import, with `path` filled in.
    pub fn import(path: &str) -> Self {
        Prompt::new(
            PromptPurpose::ImportPath,
            "Import a Markdown (.md) or JSON Resume (.json) file",
            path,
        )
    }

    pub fn new(purpose: PromptPurpose, title: impl Into<String>, initial: &str) -> Self {
        Prompt {
            purpose,
            title: title.into(),
            input: LineInput::with_text(initial),
            note: None,
        }
    }

    /// Find and replace prompts have keys for their options.
    pub fn context(&self) -> Context {
        match self.purpose {
            PromptPurpose::Find | PromptPurpose::ReplaceWhat | PromptPurpose::ReplaceWith(_) => {
                Context::Find
            }
            _ => Context::Prompt,
        }
    }

    pub fn handle(&mut self, key: &KeyEvent) -> Outcome {
        match keymap::overlay_key(self.context(), key) {
            Some(OverlayKey::Cancel) => Outcome::Close,
            Some(OverlayKey::Accept) => {
                Outcome::Answer(self.purpose.clone(), self.input.text.clone())
            }
            Some(
                option @ (OverlayKey::MatchCase | OverlayKey::WholeWord | OverlayKey::WholeResume),
            ) => Outcome::FindOption(option),
            _ => {
                self.input.handle(key);
                Outcome::Stay
            }
        }
    }
}

/// What the chosen level is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerPurpose {
    /// No resume yet: the level picks the starter; Esc quits.
    FirstRun,
    /// Switch the open resume's level.
    ChangeLevel,
    /// Start a new resume with this name.
    NewResume(String),
}

pub struct LevelPicker {
    pub selected: usize,
    pub purpose: PickerPurpose,
}

impl LevelPicker {
    pub fn new(current: Option<Level>, purpose: PickerPurpose) -> Self {
        let selected = current
            .and_then(|l| Level::ALL.iter().position(|&x| x == l))
            .unwrap_or(0);
        LevelPicker { selected, purpose }
    }

    pub fn is_first_run(&self) -> bool {
        self.purpose == PickerPurpose::FirstRun
    }

    /// Its keys: quitting is what Esc means before there is a resume.
    pub fn context(&self) -> Context {
        if self.is_first_run() {
            Context::FirstRun
        } else {
            Context::Choice
        }
    }

    pub fn handle(&mut self, key: &KeyEvent) -> Outcome {
        match keymap::overlay_key(self.context(), key) {
            Some(OverlayKey::Cancel) if self.is_first_run() => Outcome::Run(Action::QuitDiscarding),
            Some(OverlayKey::Cancel) => Outcome::Close,
            // A digit highlights its level; Enter commits, so the Enter
            // that follows never reaches the resume.
            Some(OverlayKey::Digit) => {
                if let Some(index) = digit_index(key, Level::ALL.len()) {
                    self.selected = index;
                }
                Outcome::Stay
            }
            Some(OverlayKey::Accept) => {
                Outcome::Level(self.purpose.clone(), Level::ALL[self.selected])
            }
            Some(step) => {
                self.selected = list::step(self.selected, Level::ALL.len(), step, 1);
                Outcome::Stay
            }
            None => Outcome::Stay,
        }
    }
}

/// The item a digit key names (1 is the first), if the list has it.
pub(super) fn digit_index(key: &KeyEvent, len: usize) -> Option<usize> {
    match key.code {
        KeyCode::Char(c @ '1'..='9') => Some(c as usize - '1' as usize).filter(|&i| i < len),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::testing::key;

    fn type_into(palette: &mut Palette, text: &str) {
        for c in text.chars() {
            palette.handle(&key(KeyCode::Char(c)));
        }
    }

    #[test]
    fn palette_filters_as_you_type_and_runs_the_selection() {
        let mut p = Palette::default();
        let all = p.matches().len();
        type_into(&mut p, "export");
        let found = p.matches();
        assert!(found.len() < all);
        assert_eq!(found[0].action, Action::ExportMarkdown);
        match p.handle(&key(KeyCode::Enter)) {
            Outcome::Run(Action::ExportMarkdown) => {}
            _ => panic!("Enter should run the first match"),
        }
    }

    #[test]
    fn palette_finds_actions_by_the_words_people_use() {
        for (query, action) in [
            ("external", Action::EditExternally),
            ("vim", Action::EditExternally),
            ("pdf", Action::Export),
            ("print", Action::Export),
            ("paste", Action::PasteCut),
            ("help", Action::ShowKeys),
            ("undo", Action::Undo),
            ("remove", Action::DeleteSection),
            ("clipboard", Action::CopySection),
            ("select all", Action::SelectAll),
        ] {
            let mut p = Palette::default();
            type_into(&mut p, query);
            let found: Vec<_> = p.matches().iter().map(|b| b.action.clone()).collect();
            assert!(
                found.iter().take(4).any(|a| *a == action),
                "{query:?} → {found:?}"
            );
        }
    }

    #[test]
    fn palette_matches_letters_in_order() {
        assert!(fuzzy_score("svn", "Save now").is_some());
        assert!(fuzzy_score("nvs", "Save now").is_none());
        assert!(
            fuzzy_score("save", "Save now") < fuzzy_score("save", "Save and quit").map(|s| s + 1)
        );
        assert!(fuzzy_score("quit", "Save and quit") < fuzzy_score("qt", "Save and quit"));
    }

    #[test]
    fn palette_selection_stays_within_matches() {
        let mut p = Palette::default();
        for _ in 0..100 {
            p.handle(&key(KeyCode::Down));
        }
        assert_eq!(p.selected, p.matches().len() - 1);
        type_into(&mut p, "zzzz");
        assert_eq!(p.selected, 0);
        assert!(matches!(p.handle(&key(KeyCode::Enter)), Outcome::Stay));
    }

    #[test]
    fn line_input_edits_at_the_cursor_with_unicode() {
        let mut input = LineInput::with_text("Zoë");
        input.handle(&key(KeyCode::Left));
        input.handle(&key(KeyCode::Backspace));
        assert_eq!(input.text, "Zë");
        input.handle(&key(KeyCode::Char('o')));
        assert_eq!(input.text, "Zoë");
        input.paste("a\nb\u{1b}");
        assert_eq!(input.text, "Zoa bë");
    }

    fn delete_question() -> Confirm {
        Confirm::yes(
            ConfirmPurpose::DeleteSection(SectionId(3)),
            "Delete?",
            "Delete",
        )
    }

    #[test]
    fn only_y_or_enter_on_a_choice_confirms_and_any_other_key_cancels() {
        for c in "dail es".chars() {
            let answer = delete_question().handle(&key(KeyCode::Char(c)));
            assert!(matches!(answer, Outcome::Close), "{c:?} cancels");
        }
        for code in [KeyCode::Esc, KeyCode::Backspace, KeyCode::F(4), KeyCode::Up] {
            assert!(matches!(
                delete_question().handle(&key(code)),
                Outcome::Close
            ));
        }
        assert!(matches!(
            delete_question().handle(&key(KeyCode::Char('y'))),
            Outcome::Confirmed(ConfirmPurpose::DeleteSection(_))
        ));
        let mut q = delete_question();
        assert!(matches!(
            q.handle(&key(KeyCode::Enter)),
            Outcome::Confirmed(_)
        ));
        assert!(matches!(q.handle(&key(KeyCode::Right)), Outcome::Stay));
        assert!(q.highlighted().is_none(), "on Cancel");
        assert!(matches!(q.handle(&key(KeyCode::Enter)), Outcome::Close));
    }

    #[test]
    fn first_run_level_picker_quits_on_escape() {
        let mut picker = LevelPicker::new(None, PickerPurpose::FirstRun);
        assert!(matches!(
            picker.handle(&key(KeyCode::Esc)),
            Outcome::Run(Action::QuitDiscarding)
        ));
        let mut picker = LevelPicker::new(Some(Level::Senior), PickerPurpose::ChangeLevel);
        assert_eq!(picker.selected, 2);
        assert!(matches!(picker.handle(&key(KeyCode::Esc)), Outcome::Close));
        assert!(matches!(
            picker.handle(&key(KeyCode::Char('2'))),
            Outcome::Stay
        ));
        assert!(matches!(
            picker.handle(&key(KeyCode::Enter)),
            Outcome::Level(PickerPurpose::ChangeLevel, Level::Mid)
        ));
    }
}
