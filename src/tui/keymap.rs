//! The one table of key bindings. It drives key handling, the footer hints
//! and the command palette, so a binding and its description cannot drift
//! apart.
//!
//! Every action has a binding that works without the kitty keyboard
//! protocol: a Ctrl-letter, an F-key or a plain key in a pane where letters
//! are not text.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::tui::action::Action;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Sections,
    Editor,
    Preview,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chord {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn key(code: KeyCode) -> Chord {
    Chord {
        code,
        mods: KeyModifiers::NONE,
    }
}
const fn ctrl(c: char) -> Chord {
    Chord {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
const fn alt(code: KeyCode) -> Chord {
    Chord {
        code,
        mods: KeyModifiers::ALT,
    }
}
const fn ctrl_code(code: KeyCode) -> Chord {
    Chord {
        code,
        mods: KeyModifiers::CONTROL,
    }
}
const fn shift(code: KeyCode) -> Chord {
    Chord {
        code,
        mods: KeyModifiers::SHIFT,
    }
}
const fn ch(c: char) -> Chord {
    key(KeyCode::Char(c))
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [Chord],
    pub action: Action,
    /// What it does, as the palette and help list it.
    pub description: &'static str,
    /// A short label for the footer; `None` keeps it out of the footer.
    pub hint: Option<&'static str>,
    /// More words the palette finds it by: what people call it elsewhere.
    pub words: &'static str,
}

impl Binding {
    const fn also(mut self, words: &'static str) -> Binding {
        self.words = words;
        self
    }
}

const fn bind(
    context: Context,
    keys: &'static [Chord],
    action: Action,
    description: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        description,
        hint,
        words: "",
    }
}

use Context::{Editor, Global, Preview, Sections};
use KeyCode::{Down, End, Enter, Esc, F, Home, PageDown, PageUp, Up};

// One binding per line reads as a table; keep rustfmt from unfolding it.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    bind(Global, &[ctrl('z')], Action::Undo, "Undo the last change (text, sections, level)", Some("undo")).also("revert back"),
    bind(Global, &[ctrl('y')], Action::Redo, "Redo what was undone", None).also("again"),
    bind(Global, &[key(F(1)), ctrl('p')], Action::OpenPalette, "Command palette: every action, searchable", Some("commands")).also("help keys shortcuts menu"),
    bind(Global, &[ctrl('s')], Action::Save, "Save now", Some("save")).also("write"),
    bind(Global, &[ctrl('q')], Action::Quit, "Save and quit", Some("quit")).also("exit close leave"),
    bind(Global, &[key(KeyCode::Tab)], Action::FocusNext, "Focus the next pane", Some("pane")),
    bind(Global, &[key(KeyCode::BackTab)], Action::FocusPrev, "Focus the previous pane", None),
    bind(Global, &[key(F(3))], Action::TogglePreview, "Show or leave the preview", Some("preview")),
    bind(Global, &[alt(Down), ctrl_code(PageDown)], Action::NextSection, "Go to the next section", None),
    bind(Global, &[alt(Up), ctrl_code(PageUp)], Action::PrevSection, "Go to the previous section", None),
    bind(Global, &[key(F(2))], Action::RenameSection, "Rename the section", None).also("title heading"),
    bind(Global, &[key(F(4))], Action::ChooseLevel, "Change career level", Some("level")).also("junior mid senior seniority"),
    bind(Global, &[key(F(5))], Action::AddSection, "Add a custom section after this one", None).also("new insert create"),
    bind(Global, &[key(F(7))], Action::MoveSectionUp, "Move the section up", None),
    bind(Global, &[key(F(8))], Action::MoveSectionDown, "Move the section down", None),
    bind(Global, &[], Action::DeleteSection, "Delete the section (asks first)", None).also("remove erase drop"),
    bind(Global, &[alt(KeyCode::Char('e'))], Action::ExportMarkdown, "Export Markdown to a file", None).also("save as md file"),
    bind(Global, &[alt(KeyCode::Char('p'))], Action::ExportPdf, "Export PDF… (typeset on your paper, fitted to the level's pages)", None).also("print typeset recruiter ats a4 letter"),
    bind(Global, &[alt(KeyCode::Char('x'))], Action::Export, "Export… (PDF, Markdown, JSON Resume, HTML, plain text)", None).also("print html save as file txt"),
    bind(Global, &[alt(KeyCode::Char('i'))], Action::Import, "Import… a Markdown or JSON Resume file as a new resume", None).also("open load file"),
    bind(Global, &[alt(KeyCode::Char('r')), key(F(10))], Action::Resumes, "Resumes… open, new, duplicate, rename, delete", Some("resumes")).also("switch files copy variant"),
    bind(Global, &[ctrl('o')], Action::EditExternally, "Edit the section in $VISUAL / $EDITOR", None).also("external editor vim vi nano emacs"),
    bind(Global, &[key(F(6))], Action::CopySection, "Copy the section to the clipboard (OSC 52)", None).also("clipboard yank"),
    bind(Global, &[key(F(9))], Action::CopyResume, "Copy the whole resume to the clipboard (OSC 52)", None).also("clipboard yank all"),
    bind(Global, &[alt(KeyCode::Char('m')), key(F(12))], Action::ToggleMouse, "Turn mouse support on or off", None).also("click scroll wheel"),
    bind(Global, &[alt(KeyCode::Char('t'))], Action::CycleTheme, "Switch colour theme (default, light, mono)", None).also("color colours dark"),
    bind(Sections, &[key(Enter), ch('l')], Action::FocusEditor, "Edit the selected section", Some("edit")),
    bind(Sections, &[key(Down), ch('j')], Action::NextSection, "Select the next section", None),
    bind(Sections, &[key(Up), ch('k')], Action::PrevSection, "Select the previous section", None),
    bind(Sections, &[ch('a')], Action::AddSection, "Add a custom section", Some("add")),
    bind(Sections, &[ch('r')], Action::RenameSection, "Rename the section", Some("rename")),
    bind(Sections, &[ch('d'), key(KeyCode::Delete)], Action::DeleteSection, "Delete the section (asks first)", Some("delete")),
    bind(Sections, &[ch('K'), shift(Up)], Action::MoveSectionUp, "Move the section up", Some("move")),
    bind(Sections, &[ch('J'), shift(Down)], Action::MoveSectionDown, "Move the section down", None),
    bind(Sections, &[ch('e')], Action::ExportMarkdown, "Export Markdown to a file", Some("export")),
    bind(Sections, &[ch('?')], Action::ShowKeys, "Keys of this pane", Some("keys")).also("help"),
    bind(Editor, &[key(Esc)], Action::FocusSections, "Back to the section list", Some("sections")),
    bind(Editor, &[ctrl('a')], Action::SelectAll, "Select all the section's text", None).also("everything"),
    bind(Editor, &[ctrl('c')], Action::CopySelection, "Copy the selection (also to the clipboard)", None).also("clipboard yank"),
    bind(Editor, &[ctrl('x')], Action::CutSelection, "Cut the selection (also to the clipboard)", None).also("clipboard"),
    bind(Editor, &[ctrl('v')], Action::PasteCut, "Paste what was cut or copied here", None).also("clipboard insert"),
    bind(Preview, &[key(Up), ch('k')], Action::ScrollUp, "Scroll the preview up", None),
    bind(Preview, &[key(Down), ch('j')], Action::ScrollDown, "Scroll the preview down", Some("scroll")),
    bind(Preview, &[key(PageUp)], Action::PageUp, "Scroll the preview a page up", None),
    bind(Preview, &[key(PageDown), ch(' ')], Action::PageDown, "Scroll the preview a page down", None),
    bind(Preview, &[key(Home), ch('g')], Action::ScrollTop, "Preview: go to the top", None),
    bind(Preview, &[key(End), ch('G')], Action::ScrollBottom, "Preview: go to the end", None),
    bind(Preview, &[key(Esc)], Action::TogglePreview, "Leave the preview", Some("back")),
    bind(Preview, &[ch('?')], Action::ShowKeys, "Keys of this pane", None).also("help"),
    bind(Global, &[ctrl('f')], Action::Find, "Find in this section (Enter for the next match)", None).also("search look for"),
    bind(Global, &[ctrl('r')], Action::Replace, "Replace in this section (every match, one undo)", None).also("substitute change all"),
    bind(Global, &[alt(KeyCode::Char('c'))], Action::SectionFindings, "Coach: walk through this section's findings (Enter jumps)", None).also("findings problems errors warnings lint"),
    bind(Global, &[alt(KeyCode::Char('a'))], Action::AllFindings, "All findings of the resume (Enter jumps)", None).also("problems errors warnings lint coach"),
    bind(Editor, &[alt(KeyCode::Char('.'))], Action::QuickFix, "Quick fix / spelling… for the word or the coach's note at the cursor", None).also("spell spelling fix correct dictionary typo"),
    bind(Global, &[], Action::Messages, "Messages: the last 50 shown in the status bar", None).also("log history notices status"),
];

impl Chord {
    fn matches(&self, event: &KeyEvent) -> bool {
        // Terminals disagree on whether Shift is reported with an upper-case
        // letter or BackTab; compare letters by the character alone.
        let mods = event.modifiers - KeyModifiers::SHIFT;
        match (self.code, event.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) if self.mods == KeyModifiers::NONE => {
                a == b && mods.is_empty()
            }
            (KeyCode::Char(a), KeyCode::Char(b)) => a.eq_ignore_ascii_case(&b) && self.mods == mods,
            (KeyCode::BackTab, KeyCode::BackTab) => true,
            (a, b) => a == b && self.mods == event.modifiers,
        }
    }

    /// How the key is written in hints and the palette.
    pub fn label(&self) -> String {
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("Alt-");
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            out.push_str("Shift-");
        }
        match self.code {
            KeyCode::Char(' ') => out.push_str("Space"),
            KeyCode::Char(c)
                if self
                    .mods
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                out.push(c.to_ascii_uppercase())
            }
            KeyCode::Char(c) => out.push(c),
            KeyCode::F(n) => out.push_str(&format!("F{n}")),
            KeyCode::Up => out.push('↑'),
            KeyCode::Down => out.push('↓'),
            KeyCode::Enter => out.push_str("Enter"),
            KeyCode::Esc => out.push_str("Esc"),
            KeyCode::Tab => out.push_str("Tab"),
            KeyCode::BackTab => out.push_str("Shift-Tab"),
            KeyCode::Delete => out.push_str("Del"),
            KeyCode::PageUp => out.push_str("PgUp"),
            KeyCode::PageDown => out.push_str("PgDn"),
            KeyCode::Home => out.push_str("Home"),
            KeyCode::End => out.push_str("End"),
            other => out.push_str(&format!("{other:?}")),
        }
        out
    }
}

impl Binding {
    /// The first key, as the footer and palette show it.
    pub fn key_label(&self) -> Option<String> {
        self.keys.first().map(Chord::label)
    }
}

/// The action bound to a key in a pane: the pane's own bindings first, then
/// the global ones.
pub fn lookup(context: Context, event: &KeyEvent) -> Option<&'static Action> {
    let find = |ctx: Context| {
        BINDINGS
            .iter()
            .filter(|b| b.context == ctx)
            .find(|b| b.keys.iter().any(|k| k.matches(event)))
            .map(|b| &b.action)
    };
    find(context).or_else(|| find(Context::Global))
}

/// Footer hints for a pane: its own, then the global ones.
pub fn hints(context: Context) -> impl Iterator<Item = (String, &'static str)> {
    let own = BINDINGS.iter().filter(move |b| b.context == context);
    let global = BINDINGS.iter().filter(|b| b.context == Context::Global);
    own.chain(global)
        .filter_map(|b| Some((b.key_label()?, b.hint?)))
}

/// The palette's search words for an action, from every binding of it.
pub fn words_for(action: &Action) -> String {
    BINDINGS
        .iter()
        .filter(|b| b.action == *action && !b.words.is_empty())
        .map(|b| b.words)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every binding of a context, for `?`: "Enter, l  Edit the selected section".
pub fn keys_of(context: Context) -> Vec<String> {
    BINDINGS
        .iter()
        .filter(|b| b.context == context && !b.keys.is_empty())
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(Chord::label).collect();
            format!("{:<14} {}", keys.join(", "), b.description)
        })
        .collect()
}

/// The palette's commands: one per action, with the first key that runs it
/// from anywhere (a global key) or from its pane.
pub fn commands() -> Vec<&'static Binding> {
    let mut seen: Vec<&Action> = Vec::new();
    let mut out = Vec::new();
    // Global bindings first so an action's listed key works everywhere.
    let ordered = BINDINGS
        .iter()
        .filter(|b| b.context == Context::Global)
        .chain(BINDINGS.iter().filter(|b| b.context != Context::Global));
    for binding in ordered {
        let palette_worthy = !matches!(
            binding.action,
            Action::OpenPalette
                | Action::ScrollUp
                | Action::ScrollDown
                | Action::PageUp
                | Action::PageDown
                | Action::ScrollTop
                | Action::ScrollBottom
                | Action::FocusPrev
        );
        if palette_worthy && !seen.contains(&&binding.action) {
            seen.push(&binding.action);
            // An action with no global key shows the key of its pane.
            let keyed = BINDINGS
                .iter()
                .find(|b| b.action == binding.action && !b.keys.is_empty());
            out.push(if binding.keys.is_empty() {
                keyed.unwrap_or(binding)
            } else {
                binding
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn pane_bindings_win_over_global_ones() {
        let esc = event(Esc, KeyModifiers::NONE);
        assert_eq!(lookup(Context::Editor, &esc), Some(&Action::FocusSections));
        assert_eq!(lookup(Context::Preview, &esc), Some(&Action::TogglePreview));
        assert_eq!(lookup(Context::Sections, &esc), None);
    }

    #[test]
    fn letters_are_text_in_the_editor() {
        let a = event(KeyCode::Char('a'), KeyModifiers::NONE);
        assert_eq!(lookup(Context::Editor, &a), None);
        assert_eq!(lookup(Context::Sections, &a), Some(&Action::AddSection));
        let shifted_k = event(KeyCode::Char('K'), KeyModifiers::SHIFT);
        assert_eq!(lookup(Context::Editor, &shifted_k), None);
        assert_eq!(
            lookup(Context::Sections, &shifted_k),
            Some(&Action::MoveSectionUp)
        );
    }

    #[test]
    fn control_keys_work_in_every_pane_and_ignore_case() {
        for ctx in [Context::Sections, Context::Editor, Context::Preview] {
            let q = event(KeyCode::Char('q'), KeyModifiers::CONTROL);
            assert_eq!(lookup(ctx, &q), Some(&Action::Quit));
            let s = event(
                KeyCode::Char('S'),
                KeyModifiers::CONTROL | KeyModifiers::SHIFT,
            );
            assert_eq!(lookup(ctx, &s), Some(&Action::Save));
        }
    }

    #[test]
    fn every_action_reachable_from_the_palette_is_listed_once() {
        let cmds = commands();
        for (i, a) in cmds.iter().enumerate() {
            assert!(!a.description.is_empty());
            assert!(cmds[i + 1..].iter().all(|b| b.action != a.action));
        }
        assert!(cmds.iter().any(|b| b.action == Action::ExportMarkdown));
        assert!(cmds.iter().any(|b| b.action == Action::DeleteSection));
    }

    #[test]
    fn labels_read_like_keys() {
        assert_eq!(ctrl('s').label(), "Ctrl-S");
        assert_eq!(key(F(1)).label(), "F1");
        assert_eq!(alt(Down).label(), "Alt-↓");
    }

    #[test]
    fn footer_shows_pane_hints_before_global_ones() {
        let hints: Vec<_> = hints(Context::Editor).collect();
        assert_eq!(hints[0], ("Esc".to_string(), "sections"));
        assert!(hints.iter().any(|(k, h)| k == "Ctrl-Q" && *h == "quit"));
    }
}
