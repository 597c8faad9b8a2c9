//! Any text at any width: the renderer never panics, never draws wider
//! than the width, and never lets a control character through.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resumd::markdown::{MdTheme, render, render_to_ansi};
use unicode_width::UnicodeWidthStr;

fuzz_target!(|input: (u8, &str)| {
    let (width, text) = input;
    let width = u16::from(width % 160);
    for line in render(text, width, &MdTheme::default()) {
        let shown: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        if width > 0 {
            assert!(shown.width() <= usize::from(width), "{shown:?} wider than {width}");
        }
        assert!(!shown.chars().any(|c| c.is_control()), "control char in {shown:?}");
    }
    let plain = render_to_ansi(text, width.max(1), false);
    assert!(!plain.contains('\u{1b}'));
});
