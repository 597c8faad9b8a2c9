//! Safe display of untrusted text: nothing a user typed or pasted may reach
//! the terminal as a control sequence (an OSC 52 clipboard write, a cursor
//! move, a title change) or silently reorder what is shown (bidi overrides).

use std::borrow::Cow;

/// Shown for C1 controls and bidi overrides, which have no control picture.
const REPLACEMENT: char = '\u{FFFD}';

/// `text` with every character that a terminal could act on replaced by a
/// visible placeholder: C0 controls by their control pictures (ESC → `␛`),
/// DEL → `␡`, C1 controls and bidi overrides/isolates → `�`. Newlines and
/// tabs are kept for the caller to lay out. Borrows when nothing changes.
pub fn visible(text: &str) -> Cow<'_, str> {
    match first_unsafe::<false>(text.as_bytes()) {
        None => Cow::Borrowed(text),
        Some(at) => {
            let mut out = String::with_capacity(text.len() + 8);
            out.push_str(&text[..at]);
            push_replaced::<false>(&mut out, &text[at..]);
            Cow::Owned(out)
        }
    }
}

/// Appends `visible(text)` to `out` without an intermediate allocation.
pub(crate) fn push_visible(out: &mut String, text: &str) {
    push_checked::<false>(out, text);
}

/// [`push_visible`] for text that must stay on one line: tabs and newlines
/// become spaces as well.
pub(crate) fn push_visible_flat(out: &mut String, text: &str) {
    push_checked::<true>(out, text);
}

fn push_checked<const FLAT: bool>(out: &mut String, text: &str) {
    match first_unsafe::<FLAT>(text.as_bytes()) {
        None => out.push_str(text),
        Some(at) => {
            out.push_str(&text[..at]);
            push_replaced::<FLAT>(out, &text[at..]);
        }
    }
}

fn push_replaced<const FLAT: bool>(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '\n' | '\t' if FLAT => out.push(' '),
            _ => out.push(placeholder(ch).unwrap_or(ch)),
        }
    }
}

/// The placeholder for `ch`, or `None` when it is safe to show as is.
pub fn placeholder(ch: char) -> Option<char> {
    match ch {
        '\n' | '\t' => None,
        // U+2400.. are the control pictures: ␀ ␁ … ␛ (ESC) … ␟.
        '\0'..='\x1f' => char::from_u32(0x2400 + ch as u32),
        '\x7f' => Some('\u{2421}'),
        '\u{80}'..='\u{9f}' => Some(REPLACEMENT),
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Some(REPLACEMENT),
        _ => None,
    }
}

/// Byte offset of the first character needing a placeholder. Works on bytes
/// because almost all text is clean and this runs over every rendered word.
fn first_unsafe<const FLAT: bool>(bytes: &[u8]) -> Option<usize> {
    let mut from = 0;
    // A cheap test finds candidate bytes; only those are looked at closely.
    while let Some(offset) = bytes[from..]
        .iter()
        .position(|&b| b < 0x20 || b == 0x7f || b == 0xC2 || b == 0xE2)
    {
        let at = from + offset;
        let unsafe_here = match bytes[at] {
            b'\n' | b'\t' => FLAT,
            // C1 controls U+0080..U+009F are encoded as C2 80..C2 9F.
            0xC2 => matches!(bytes.get(at + 1), Some(0x80..=0x9f)),
            // U+202A..U+202E are E2 80 AA..AE; U+2066..U+2069 are E2 81 A6..A9.
            0xE2 => matches!(
                (bytes.get(at + 1), bytes.get(at + 2)),
                (Some(0x80), Some(0xAA..=0xAE)) | (Some(0x81), Some(0xA6..=0xA9))
            ),
            _ => true,
        };
        if unsafe_here {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_terminal_controls(s: &str) -> bool {
        s.chars().any(|c| {
            (c.is_control() && c != '\n' && c != '\t')
                || ('\u{202A}'..='\u{202E}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        })
    }

    #[test]
    fn clean_text_is_borrowed_unchanged() {
        for text in ["plain", "naïve café — 名前 🚀", "tab\tand\nnewline", ""] {
            assert!(matches!(visible(text), Cow::Borrowed(t) if t == text));
        }
    }

    #[test]
    fn osc52_clipboard_write_is_defused() {
        let attack = "hi\x1b]52;c;cm0gLXJmIH4=\x07there";
        let shown = visible(attack);
        assert_eq!(shown, "hi␛]52;c;cm0gLXJmIH4=␇there");
        assert!(!has_terminal_controls(&shown));
    }

    #[test]
    fn csi_sequences_and_other_c0_become_control_pictures() {
        assert_eq!(visible("\x1b[2J\x1b[31mred\r\0"), "␛[2J␛[31mred␍␀");
        assert_eq!(visible("a\x7fb"), "a␡b");
        assert_eq!(visible("\x08\x1f"), "␈␟");
    }

    #[test]
    fn c1_controls_are_replaced() {
        // U+009B is the single-character CSI; U+009D the single-character OSC.
        let shown = visible("x\u{9b}2Jy\u{9d}0;title\u{9c}z\u{80}");
        assert_eq!(shown, "x�2Jy�0;title�z�");
        assert!(!has_terminal_controls(&shown));
    }

    #[test]
    fn bidi_overrides_and_isolates_are_replaced() {
        let trojan = "admin\u{202E}txt.exe\u{202C} \u{2066}x\u{2069} \u{202A}\u{202B}\u{202D}\u{2067}\u{2068}";
        let shown = visible(trojan);
        assert_eq!(shown, "admin�txt.exe� �x� �����");
        assert!(!has_terminal_controls(&shown));
    }

    #[test]
    fn neighbours_of_the_unsafe_ranges_are_kept() {
        // U+00A0 (after C1), U+2029 and U+202F (around the overrides), U+2065
        // and U+206A (around the isolates) are not controls to a terminal.
        let text = "\u{a0}\u{2029}\u{202f}\u{2065}\u{206a}é";
        assert!(matches!(visible(text), Cow::Borrowed(_)));
    }

    #[test]
    fn push_visible_appends_the_same_text() {
        let mut out = String::from(">");
        push_visible(&mut out, "a\x1b[0mb\t");
        push_visible(&mut out, "c\n");
        assert_eq!(out, ">a␛[0mb\tc\n");
    }

    #[test]
    fn flat_text_loses_its_tabs_and_newlines() {
        let mut out = String::new();
        push_visible_flat(&mut out, "a\tb\nc");
        push_visible_flat(&mut out, "\x1b\n");
        assert_eq!(out, "a b c␛ ");
    }
}
