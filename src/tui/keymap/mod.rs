//! The one table of key bindings. It drives key handling, the footer hints
//! and the command palette, so a binding and its description cannot drift
//! apart.
//!
//! Every action has a binding that works without the kitty keyboard
//! protocol: a Ctrl-letter, an F-key or a plain key in a pane where letters
//! are not text.

use std::sync::OnceLock;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

mod table;

pub use table::BINDINGS;

use crate::tui::action::{Action, OverlayKey};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Sections,
    Editor,
    /// The coach pane, walked through with the keys.
    Coach,
    Preview,
    // The overlays: each has its own keys, and nothing falls through to
    // the global ones while it is open.
    Notice,
    Palette,
    Prompt,
    /// The find and replace prompts: a prompt with option keys.
    Find,
    Question,
    /// A short numbered list: the level picker, the export formats.
    Choice,
    /// The level question before there is a resume: Esc quits.
    FirstRun,
    Resumes,
    Findings,
    Fixes,
    /// The job view: what a posting asks for.
    Job,
}

impl Context {
    /// Every context, in the order declared (`as usize` is the place).
    pub const ALL: [Context; 16] = [
        Context::Global,
        Context::Sections,
        Context::Editor,
        Context::Coach,
        Context::Preview,
        Context::Notice,
        Context::Palette,
        Context::Prompt,
        Context::Find,
        Context::Question,
        Context::Choice,
        Context::FirstRun,
        Context::Resumes,
        Context::Findings,
        Context::Fixes,
        Context::Job,
    ];

    /// Whether the context is an overlay's.
    pub fn is_overlay(self) -> bool {
        !matches!(
            self,
            Context::Global
                | Context::Sections
                | Context::Editor
                | Context::Coach
                | Context::Preview
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chord {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

pub(super) const fn key(code: KeyCode) -> Chord {
    Chord {
        code,
        mods: KeyModifiers::NONE,
    }
}
pub(super) const fn ctrl(c: char) -> Chord {
    Chord {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
pub(super) const fn alt(code: KeyCode) -> Chord {
    Chord {
        code,
        mods: KeyModifiers::ALT,
    }
}
pub(super) const fn ctrl_code(code: KeyCode) -> Chord {
    Chord {
        code,
        mods: KeyModifiers::CONTROL,
    }
}
pub(super) const fn shift(code: KeyCode) -> Chord {
    Chord {
        code,
        mods: KeyModifiers::SHIFT,
    }
}
pub(super) const fn ch(c: char) -> Chord {
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
    pub(super) const fn also(mut self, words: &'static str) -> Binding {
        self.words = words;
        self
    }
}

pub(super) const fn bind(
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
        let digits: Vec<char> = self
            .keys
            .iter()
            .filter_map(|k| match k.code {
                KeyCode::Char(c) if c.is_ascii_digit() => Some(c),
                _ => None,
            })
            .collect();
        // A run of digits reads as one range: "1–9".
        if digits.len() > 2 && digits.len() == self.keys.len() {
            return Some(format!("{}–{}", digits[0], digits[digits.len() - 1]));
        }
        self.keys.first().map(Chord::label)
    }
}

/// The action bound to a key in a pane: the pane's own bindings first, then
/// the global ones. An overlay has only its own.
pub fn lookup(context: Context, event: &KeyEvent) -> Option<&'static Action> {
    let find = |ctx: Context| {
        chords_of(ctx)
            .iter()
            .find(|(chord, _)| chord.matches(event))
            .map(|&(_, binding)| &BINDINGS[usize::from(binding)].action)
    };
    find(context).or_else(|| {
        if context.is_overlay() {
            None
        } else {
            find(Context::Global)
        }
    })
}

/// A context's chords in table order, each with its binding's index.
///
/// Every keystroke is looked up. Walking the table itself means reading a
/// binding's worth of descriptions and search words for each context
/// field, and a process woken from sleep reads them from memory, not the
/// cache: on a typed letter that was half the time before it could be
/// shown. These lists are a few hundred bytes each.
fn chords_of(context: Context) -> &'static [(Chord, u16)] {
    static INDEX: OnceLock<Vec<Vec<(Chord, u16)>>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = vec![Vec::new(); Context::ALL.len()];
        for (i, binding) in BINDINGS.iter().enumerate() {
            let i = u16::try_from(i).expect("fewer than 65,536 bindings");
            for chord in binding.keys {
                index[binding.context as usize].push((*chord, i));
            }
        }
        index
    });
    &index[context as usize]
}

/// What a key does in an overlay's context, if anything.
pub fn overlay_key(context: Context, event: &KeyEvent) -> Option<OverlayKey> {
    match lookup(context, event) {
        Some(Action::Overlay(key)) => Some(*key),
        _ => None,
    }
}

/// Footer hints for a pane: its own, then the global ones; an overlay's own
/// only.
pub fn hints(context: Context) -> impl Iterator<Item = (String, &'static str)> {
    let own = BINDINGS.iter().filter(move |b| b.context == context);
    let global = BINDINGS
        .iter()
        .filter(move |b| b.context == Context::Global && !context.is_overlay());
    own.chain(global)
        .filter_map(|b| Some((b.key_label()?, b.hint?)))
}

/// Hints with the keys of neighbouring bindings that share a hint side by
/// side: ("↑↓", "choose").
pub fn grouped_hints(context: Context) -> Vec<(String, &'static str)> {
    let mut parts: Vec<(String, &str)> = Vec::new();
    for (key, hint) in hints(context) {
        match parts.last_mut() {
            Some((keys, last)) if *last == hint => keys.push_str(&key),
            _ => parts.push((key, hint)),
        }
    }
    parts
}

/// One line of an overlay's hints: "↑↓ choose · Enter run · Esc close".
pub fn hint_line(context: Context) -> String {
    grouped_hints(context)
        .iter()
        .map(|(keys, hint)| format!("{keys} {hint}"))
        .collect::<Vec<_>>()
        .join(" · ")
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
        .chain(
            BINDINGS
                .iter()
                .filter(|b| b.context != Context::Global && !b.context.is_overlay()),
        );
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
    use KeyCode::{Down, Esc, F};

    /// What `lookup` found before it had an index: the first binding of
    /// the context with a matching key, in table order.
    fn walking_the_table(context: Context, event: &KeyEvent) -> Option<&'static Action> {
        BINDINGS
            .iter()
            .filter(|b| b.context == context)
            .find(|b| b.keys.iter().any(|k| k.matches(event)))
            .map(|b| &b.action)
    }

    #[test]
    fn the_index_finds_what_walking_the_table_finds() {
        let mut events: Vec<KeyEvent> = BINDINGS
            .iter()
            .flat_map(|b| b.keys)
            .map(|chord| KeyEvent::new(chord.code, chord.mods))
            .collect();
        for c in ['a', 'K', '?', '1', ' '] {
            for mods in [
                KeyModifiers::NONE,
                KeyModifiers::SHIFT,
                KeyModifiers::CONTROL,
            ] {
                events.push(KeyEvent::new(KeyCode::Char(c), mods));
            }
        }
        for (place, context) in Context::ALL.iter().enumerate() {
            assert_eq!(*context as usize, place, "{context:?}");
        }
        let mut found = 0;
        for context in Context::ALL {
            for event in &events {
                let own = chords_of(context)
                    .iter()
                    .find(|(chord, _)| chord.matches(event))
                    .map(|&(_, b)| &BINDINGS[usize::from(b)].action);
                assert_eq!(
                    own,
                    walking_the_table(context, event),
                    "{context:?} {event:?}"
                );
                found += usize::from(own.is_some());
            }
        }
        assert!(found > BINDINGS.len(), "{found}");
    }

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
    fn overlays_have_only_their_own_keys_and_hints() {
        let q = event(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(lookup(Context::Palette, &q), None, "no global keys inside");
        let down = event(Down, KeyModifiers::NONE);
        assert_eq!(overlay_key(Context::Resumes, &down), Some(OverlayKey::Down));
        assert_eq!(
            hint_line(Context::Palette),
            "↑↓ choose · Enter run · Esc close"
        );
        assert_eq!(
            hint_line(Context::Resumes),
            "Enter open · n new · c copy · r rename · d delete · Esc close"
        );
        let digits = BINDINGS
            .iter()
            .find(|b| {
                b.context == Context::Choice && b.action == Action::Overlay(OverlayKey::Digit)
            })
            .unwrap();
        assert_eq!(digits.key_label().as_deref(), Some("1–9"));
        assert!(commands().iter().all(|b| !b.context.is_overlay()));
    }

    #[test]
    fn every_overlay_context_has_a_way_out_and_hints() {
        use Context::*;
        for context in [
            Notice, Palette, Prompt, Question, Choice, FirstRun, Resumes, Findings, Fixes, Job,
        ] {
            let leaves = BINDINGS.iter().any(|b| {
                b.context == context
                    && matches!(
                        b.action,
                        Action::Overlay(OverlayKey::Cancel | OverlayKey::Accept)
                    )
            });
            assert!(leaves, "{context:?} has no key to leave it");
            assert!(!hint_line(context).is_empty(), "{context:?} has no hints");
        }
    }

    #[test]
    fn footer_shows_pane_hints_before_global_ones() {
        let hints: Vec<_> = hints(Context::Editor).collect();
        assert_eq!(hints[0], ("Esc".to_string(), "sections"));
        assert!(hints.iter().any(|(k, h)| k == "Ctrl-Q" && *h == "quit"));
    }
}
