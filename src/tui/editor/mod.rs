//! The section editor: a soft-wrapping text buffer per section, with the
//! keys of a conventional editor. Each section keeps its own buffer for the
//! session, so the cursor and the cut text survive moving between sections.

use std::collections::HashMap;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub mod buffer;
pub mod spell_marks;
pub mod textview;

pub use buffer::{Move, Splice, TextBuffer};

use crate::markdown::placeholder;
use crate::resume::{Section, SectionId};
use textview::RowPos;

#[derive(Default)]
pub struct Editors {
    areas: HashMap<SectionId, TextBuffer>,
    /// The first screen row each section's editor shows (see `textview`).
    tops: HashMap<SectionId, RowPos>,
}

/// What a key did to the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyOutcome {
    /// The text changed.
    Edited,
    /// The cursor, selection or scroll moved; the text is the same.
    Moved,
    /// The editor has no use for the key.
    Ignored,
}

impl Editors {
    /// The text buffer for a section, made from its body the first time.
    pub fn area_mut(&mut self, section: &Section) -> &mut TextBuffer {
        self.areas
            .entry(section.id)
            .or_insert_with(|| new_area(&section.body))
    }

    pub fn area(&self, id: SectionId) -> Option<&TextBuffer> {
        self.areas.get(&id)
    }

    /// The first screen row the section's editor shows.
    pub fn top(&self, id: SectionId) -> RowPos {
        self.tops.get(&id).copied().unwrap_or_default()
    }

    /// Scrolls the section's editor so its cursor shows in a text box of
    /// `width`×`height` cells, moving as little as possible.
    pub fn scroll_to_cursor(&mut self, id: SectionId, width: usize, height: usize) {
        let Some(area) = self.areas.get(&id) else {
            return;
        };
        let cursor = cursor_row(area, width);
        let top = textview::scroll_to(area.lines(), self.top(id), cursor, height, width);
        self.tops.insert(id, top);
    }

    /// Forgets a section's buffer, e.g. after its body was replaced from
    /// outside the editor.
    pub fn forget(&mut self, id: SectionId) {
        self.areas.remove(&id);
    }

    pub fn clear(&mut self) {
        self.areas.clear();
        self.tops.clear();
    }

    /// Brings a section's body up to date with its buffer's edits, and
    /// says what changed.
    pub fn write_changes(&mut self, section: &mut Section) -> Option<Splice> {
        self.areas
            .get_mut(&section.id)?
            .write_changes(&mut section.body)
    }
}

/// The screen row of an area's cursor.
pub fn cursor_row(area: &TextBuffer, width: usize) -> RowPos {
    let (line, col) = (area.cursor().0, area.cursor().1);
    let (row, _) = textview::locate(&area.lines()[line], col, width);
    RowPos { line, row }
}

/// Moves the cursor `delta` screen rows up or down, keeping its cell
/// column as near as the row allows (Up/Down, PageUp/PageDown).
pub fn move_by_rows(area: &mut TextBuffer, delta: isize, width: usize) {
    let (line, col) = (area.cursor().0, area.cursor().1);
    let (row, cells) = textview::locate(&area.lines()[line], col, width);
    let to = textview::step(area.lines(), RowPos { line, row }, delta, width);
    let col = textview::column_at(&area.lines()[to.line], to.row, cells, width);
    area.move_cursor(Move::Jump(to.line, col));
}

/// A buffer for a section body. Undo is the app's (see `history`), across
/// sections and for every kind of change; wrapping and drawing are
/// `textview`'s.
fn new_area(body: &str) -> TextBuffer {
    let lines: Vec<String> = to_display(body).split('\n').map(str::to_string).collect();
    TextBuffer::new(body, lines)
}

/// The text of a buffer, as stored in the section body.
pub fn text_of(area: &TextBuffer) -> String {
    let mut text = String::new();
    area.write_all(&mut text);
    text
}

/// Inserts text (a paste, an external edit) as if typed. Terminals send a
/// lone CR for line breaks in pastes; CRLF from Windows clipboards becomes
/// one break. A bullet pasted onto an empty list item (one Enter just
/// started) brings no second marker.
pub fn paste(area: &mut TextBuffer, text: &str) -> bool {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut text = normalised.as_str();
    let (row, col) = area.cursor();
    let line = &area.lines()[row];
    if col == line.chars().count()
        && list_marker(line).is_some_and(|m| m == line.as_str())
        && let Some(marker) = list_marker(text.lines().next().unwrap_or(""))
    {
        text = &text[marker.len()..];
    }
    // Changed, even when the crate's model says false (pasting nothing
    // over a selection deletes it).
    let revision = area.revision();
    area.insert_str(to_display(text));
    area.revision() != revision
}

/// Typing `- ` on an empty list item that Enter started would give
/// `- - `: the space after a repeated marker takes the repeat back instead.
/// True if it did.
fn undouble_marker(area: &mut TextBuffer) -> bool {
    let (row, col) = area.cursor();
    let line = &area.lines()[row];
    if col != line.chars().count() {
        return false;
    }
    let Some(marker) = line
        .len()
        .checked_sub(1)
        .and_then(|end| list_marker(&line[..end]))
    else {
        return false;
    };
    let repeated = marker.trim_start().chars().next();
    let doubled = marker.len() + 1 == line.len()
        && marker.ends_with(' ')
        && line.chars().last() == repeated
        && matches!(repeated, Some('-' | '*' | '+'));
    if doubled {
        area.delete_char();
    }
    doubled
}

// Characters a terminal could act on (ESC, C1, bidi overrides…) must never
// reach it, yet the user's text must be kept byte for byte. The text area
// this editor started with could not draw them (ratatui skips control
// characters and gives them no column), and the buffer keeps its editing
// model (word moves, cell columns), so inside it each one trades places with a stand-in from plane 4,
// where Unicode assigns nothing: control `c` is shown as `SHADOW_BASE + c`
// and a stand-in found in the user's text becomes `c`. The exchange is its
// own inverse, so every character, private-use icons included, comes back
// exactly; drawing shows a visible picture for each stand-in cell.
const SHADOW_BASE: u32 = 0x40000;

/// The character standing in for `c` inside the buffer (and back).
fn swap(c: char) -> char {
    if placeholder(c).is_some() {
        return char::from_u32(SHADOW_BASE + c as u32).unwrap_or(c);
    }
    match (c as u32).checked_sub(SHADOW_BASE).and_then(char::from_u32) {
        Some(original) if placeholder(original).is_some() => original,
        _ => c,
    }
}

fn needs_swap(text: &str) -> bool {
    // Runs over the whole section on every key, so it looks at bytes:
    // almost all text has none of the lead bytes of the characters that
    // trade places (C0, DEL, C1 = C2 80…9F, bidi controls = E2 80/81 …,
    // stand-ins = F1 …); only when one shows up are characters decoded.
    let suspicious = text
        .bytes()
        .any(|b| (b < 0x20 && b != b'\n' && b != b'\t') || matches!(b, 0x7f | 0xC2 | 0xE2 | 0xF1));
    suspicious && text.chars().any(|c| swap(c) != c)
}

fn to_display(text: &str) -> std::borrow::Cow<'_, str> {
    if !needs_swap(text) {
        return text.into();
    }
    text.chars().map(swap).collect::<String>().into()
}

fn from_display(text: &str) -> std::borrow::Cow<'_, str> {
    to_display(text)
}

/// Whether `c` is a stand-in for a control character inside a buffer.
pub fn is_stand_in(c: char) -> bool {
    (c as u32)
        .checked_sub(SHADOW_BASE)
        .and_then(char::from_u32)
        .is_some_and(|original| placeholder(original).is_some())
}

/// The visible picture for a drawn cell that holds a stand-in character.
pub fn shown_placeholder(symbol: &str) -> Option<char> {
    let mut chars = symbol.chars();
    let c = chars.next()? as u32;
    let original = char::from_u32(c.checked_sub(SHADOW_BASE)?)?;
    placeholder(original)
}

/// Applies an editing key. Keys bound to app actions never get here.
pub fn handle_key(area: &mut TextBuffer, key: &KeyEvent) -> KeyOutcome {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let shift = key.modifiers.contains(KeyModifiers::SHIFT);
    let word = ctrl || alt;

    if let Some(movement) = movement(key.code, word) {
        if shift {
            if !area.is_selecting() {
                area.start_selection();
            }
        } else {
            area.cancel_selection();
        }
        area.move_cursor(movement);
        // Ctrl-Home/End go to the very start or end of the text, not just
        // the first or last line.
        match movement {
            Move::Top => area.move_cursor(Move::Head),
            Move::Bottom => area.move_cursor(Move::End),
            _ => {}
        }
        return KeyOutcome::Moved;
    }

    // Whether the text changed is the buffer's revision to say, not the
    // edits' return values: a paste of nothing over a selection says false
    // yet deletes the selection.
    let revision = area.revision();
    match key.code {
        KeyCode::Char('a') if ctrl => area.select_all(),
        KeyCode::Char('c') if ctrl => area.copy(),
        KeyCode::Char('x') if ctrl => _ = area.cut(),
        KeyCode::Char('v') if ctrl => _ = area.paste(),
        KeyCode::Char('k') if ctrl => _ = area.delete_line_by_end(),
        KeyCode::Char('u') if ctrl => _ = area.delete_line_by_head(),
        KeyCode::Char('w') if ctrl => _ = area.delete_word(),
        KeyCode::Char('h') if ctrl => _ = area.delete_char(),
        KeyCode::Char('d') if alt => _ = area.delete_next_word(),
        KeyCode::Char(' ') if !ctrl && !alt && undouble_marker(area) => {}
        KeyCode::Char(c) if !ctrl && !alt => area.insert_char(swap(c)),
        KeyCode::Backspace if word => _ = area.delete_word(),
        KeyCode::Backspace => _ = area.delete_char(),
        KeyCode::Delete if word => _ = area.delete_next_word(),
        KeyCode::Delete => _ = area.delete_next_char(),
        KeyCode::Enter => newline_continuing_list(area),
        _ => return KeyOutcome::Ignored,
    }
    if area.revision() != revision {
        KeyOutcome::Edited
    } else {
        KeyOutcome::Moved
    }
}

fn movement(code: KeyCode, word: bool) -> Option<Move> {
    Some(match code {
        KeyCode::Left if word => Move::WordBack,
        KeyCode::Right if word => Move::WordForward,
        KeyCode::Left => Move::Back,
        KeyCode::Right => Move::Forward,
        KeyCode::Up => Move::Up,
        KeyCode::Down => Move::Down,
        KeyCode::Home if word => Move::Top,
        KeyCode::End if word => Move::Bottom,
        KeyCode::Home => Move::Head,
        KeyCode::End => Move::End,
        _ => return None,
    })
}

/// Enter at the end of a list item starts the next item with the same
/// marker, as most Markdown editors do; Enter on an empty item ends the list.
fn newline_continuing_list(area: &mut TextBuffer) {
    let (row, col) = area.cursor();
    let line = &area.lines()[row];
    let at_end = col == line.chars().count();
    match list_marker(line) {
        Some(marker) if at_end && line.trim_end() == marker.trim_end() => {
            area.delete_line_by_head();
        }
        Some(marker) if at_end => {
            let marker = marker.to_string();
            area.insert_newline();
            area.insert_str(marker);
        }
        _ => area.insert_newline(),
    }
}

/// The indentation and bullet of a list item line, e.g. `"  - "`.
fn list_marker(line: &str) -> Option<&str> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    for bullet in ["- [ ] ", "- [x] ", "- ", "* ", "+ "] {
        if rest.starts_with(bullet) || rest == bullet.trim_end() {
            // A finished task item continues as an open one.
            let len = if bullet == "- [x] " { 2 } else { bullet.len() };
            let end = (indent + len).min(line.len());
            return Some(&line[..end]);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(text: &str) -> TextBuffer {
        new_area(text)
    }

    fn press(area: &mut TextBuffer, code: KeyCode) -> KeyOutcome {
        handle_key(area, &KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn typing_edits_and_arrows_move() {
        let mut a = area("");
        assert_eq!(press(&mut a, KeyCode::Char('h')), KeyOutcome::Edited);
        assert_eq!(press(&mut a, KeyCode::Left), KeyOutcome::Moved);
        assert_eq!(text_of(&a), "h");
        assert_eq!(press(&mut a, KeyCode::F(12)), KeyOutcome::Ignored);
    }

    #[test]
    fn ctrl_end_goes_to_the_end_of_the_text() {
        let mut a = area("one\ntwo lines");
        handle_key(&mut a, &KeyEvent::new(KeyCode::End, KeyModifiers::CONTROL));
        assert_eq!((a.cursor().0, a.cursor().1), (1, 9));
        handle_key(&mut a, &KeyEvent::new(KeyCode::Home, KeyModifiers::CONTROL));
        assert_eq!((a.cursor().0, a.cursor().1), (0, 0));
    }

    #[test]
    fn enter_continues_a_bullet_list_and_ends_it_on_an_empty_item() {
        let mut a = area("- Built an API");
        a.move_cursor(Move::End);
        press(&mut a, KeyCode::Enter);
        assert_eq!(text_of(&a), "- Built an API\n- ");
        press(&mut a, KeyCode::Enter);
        assert_eq!(text_of(&a), "- Built an API\n");
    }

    #[test]
    fn enter_in_the_middle_of_a_line_just_splits_it() {
        let mut a = area("- Built an API");
        a.move_cursor(Move::Jump(0, 8));
        press(&mut a, KeyCode::Enter);
        assert_eq!(text_of(&a), "- Built \nan API");
    }

    #[test]
    fn a_marker_typed_or_pasted_on_a_new_item_is_not_doubled() {
        let mut a = area("- Built an API");
        a.move_cursor(Move::End);
        press(&mut a, KeyCode::Enter);
        press(&mut a, KeyCode::Char('-'));
        press(&mut a, KeyCode::Char(' '));
        press(&mut a, KeyCode::Char('x'));
        assert_eq!(text_of(&a), "- Built an API\n- x");
        press(&mut a, KeyCode::Enter);
        paste(&mut a, "- Pasted bullet");
        assert_eq!(text_of(&a), "- Built an API\n- x\n- Pasted bullet");
        // Elsewhere a dash and a space are just typed.
        let mut b = area("a");
        b.move_cursor(Move::End);
        press(&mut b, KeyCode::Char(' '));
        press(&mut b, KeyCode::Char('-'));
        press(&mut b, KeyCode::Char(' '));
        assert_eq!(text_of(&b), "a - ");
    }

    #[test]
    fn nested_and_task_items_keep_their_marker() {
        assert_eq!(list_marker("  * nested"), Some("  * "));
        assert_eq!(list_marker("- [x] done"), Some("- "));
        assert_eq!(list_marker("- [ ] todo"), Some("- [ ] "));
        assert_eq!(list_marker("plain"), None);
        assert_eq!(list_marker("-"), Some("-"));
    }

    #[test]
    fn paste_turns_carriage_returns_into_line_breaks() {
        let mut a = area("");
        assert!(paste(&mut a, "one\rtwo\r\nthree"));
        assert_eq!(a.lines(), ["one", "two", "three"]);
    }

    #[test]
    fn control_characters_survive_editing_but_are_never_drawn() {
        let body = "a\u{1b}]52;c;ZXZpbA==\u{7}b\u{202e}c\u{9b}";
        let mut a = area(body);
        assert!(a.lines()[0].chars().all(|c| placeholder(c).is_none()));
        assert_eq!(text_of(&a), body, "the body keeps its bytes");
        a.move_cursor(Move::End);
        paste(&mut a, "\u{1b}[2J");
        assert_eq!(text_of(&a), format!("{body}\u{1b}[2J"));
        let shown: String = a.lines()[0]
            .chars()
            .map(|c| shown_placeholder(c.encode_utf8(&mut [0; 4])).unwrap_or(c))
            .collect();
        assert_eq!(shown, "a␛]52;c;ZXZpbA==␇b\u{FFFD}c\u{FFFD}␛[2J");
    }

    #[test]
    fn private_use_and_unassigned_characters_are_kept_exactly() {
        // Nerd Font icons live in U+F0000…; U+F001B once came back as ESC.
        let body = "\u{F001B} icon \u{F0000}\u{E0A0} and \u{4001B} \u{1b}";
        let mut a = area(body);
        assert_eq!(text_of(&a), body);
        a.move_cursor(Move::End);
        press(&mut a, KeyCode::Char('\u{F001B}'));
        press(&mut a, KeyCode::Char('\u{4001B}'));
        paste(&mut a, "\u{F0007}\u{40007}");
        assert_eq!(
            text_of(&a),
            format!("{body}\u{F001B}\u{4001B}\u{F0007}\u{40007}")
        );
    }
}
