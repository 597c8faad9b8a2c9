use proptest::prelude::*;
use ratatui_textarea::{CursorMove, TextArea};

use super::*;

fn buffer(text: &str) -> TextBuffer {
    TextBuffer::new(text, text.split('\n').map(str::to_string).collect())
}

/// One call on the editing model, as the editor's keys make them.
#[derive(Debug, Clone)]
enum Op {
    Move(Move),
    StartSelection,
    CancelSelection,
    SelectAll,
    Copy,
    Cut,
    Paste,
    InsertChar(char),
    InsertStr(String),
    Newline,
    DeleteChar,
    DeleteNextChar,
    DeleteLineByEnd,
    DeleteLineByHead,
    DeleteWord,
    DeleteNextWord,
}

/// Text with what makes the model's corners: spaces, tabs, punctuation,
/// `_`, wide and zero-width characters, empty lines.
const ALPHABET: &str = "[ab _.\t(é中\u{301}\n]";

/// Strings of up to `max` characters of the alphabet.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("{ALPHABET}{{0,{max}}}")).unwrap()
}

fn op() -> impl Strategy<Value = Op> {
    let moves = prop_oneof![
        Just(Move::Forward),
        Just(Move::Back),
        Just(Move::Up),
        Just(Move::Down),
        Just(Move::Head),
        Just(Move::End),
        Just(Move::Top),
        Just(Move::Bottom),
        Just(Move::WordForward),
        Just(Move::WordBack),
        (0..8usize, 0..12usize).prop_map(|(r, c)| Move::Jump(r, c)),
    ];
    prop_oneof![
        4 => moves.prop_map(Op::Move),
        1 => Just(Op::StartSelection),
        1 => Just(Op::CancelSelection),
        1 => Just(Op::SelectAll),
        1 => Just(Op::Copy),
        1 => Just(Op::Cut),
        1 => Just(Op::Paste),
        3 => "[ab _.(é中\u{301}\n]".prop_map(|s| Op::InsertChar(s.chars().next().unwrap())),
        1 => text(6).prop_map(Op::InsertStr),
        1 => Just(Op::Newline),
        2 => Just(Op::DeleteChar),
        1 => Just(Op::DeleteNextChar),
        1 => Just(Op::DeleteLineByEnd),
        1 => Just(Op::DeleteLineByHead),
        1 => Just(Op::DeleteWord),
        1 => Just(Op::DeleteNextWord),
    ]
}

fn crate_move(m: Move) -> CursorMove {
    match m {
        Move::Forward => CursorMove::Forward,
        Move::Back => CursorMove::Back,
        Move::Up => CursorMove::Up,
        Move::Down => CursorMove::Down,
        Move::Head => CursorMove::Head,
        Move::End => CursorMove::End,
        Move::Top => CursorMove::Top,
        Move::Bottom => CursorMove::Bottom,
        Move::WordForward => CursorMove::WordForward,
        Move::WordBack => CursorMove::WordBack,
        Move::Jump(r, c) => CursorMove::Jump(r as u16, c as u16),
    }
}

/// Applies `op` to both; the edits' return values must agree too.
fn apply(ours: &mut TextBuffer, theirs: &mut TextArea<'_>, op: &Op) -> (bool, bool) {
    let both = |a: bool, b: bool| (a, b);
    match op {
        Op::Move(m) => {
            ours.move_cursor(*m);
            theirs.move_cursor(crate_move(*m));
            (true, true)
        }
        Op::StartSelection => {
            ours.start_selection();
            theirs.start_selection();
            (true, true)
        }
        Op::CancelSelection => {
            ours.cancel_selection();
            theirs.cancel_selection();
            (true, true)
        }
        Op::SelectAll => {
            ours.select_all();
            theirs.select_all();
            (true, true)
        }
        Op::Copy => {
            ours.copy();
            theirs.copy();
            (true, true)
        }
        Op::Cut => both(ours.cut(), theirs.cut()),
        Op::Paste => both(ours.paste(), theirs.paste()),
        Op::InsertChar(c) => {
            ours.insert_char(*c);
            theirs.insert_char(*c);
            (true, true)
        }
        Op::InsertStr(s) => both(ours.insert_str(s), theirs.insert_str(s)),
        Op::Newline => {
            ours.insert_newline();
            theirs.insert_newline();
            (true, true)
        }
        Op::DeleteChar => both(ours.delete_char(), theirs.delete_char()),
        Op::DeleteNextChar => both(ours.delete_next_char(), theirs.delete_next_char()),
        Op::DeleteLineByEnd => both(ours.delete_line_by_end(), theirs.delete_line_by_end()),
        Op::DeleteLineByHead => both(ours.delete_line_by_head(), theirs.delete_line_by_head()),
        Op::DeleteWord => both(ours.delete_word(), theirs.delete_word()),
        Op::DeleteNextWord => both(ours.delete_next_word(), theirs.delete_next_word()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The editing model is ratatui-textarea's: the same calls leave the
    /// same text, cursor, selection and cut text. And the body, patched by
    /// changed lines after any of them, is always the whole text.
    #[test]
    fn edits_as_ratatui_textarea_did_and_the_body_follows(
        text in text(40),
        ops in prop::collection::vec(op(), 1..40),
        syncs in prop::collection::vec(any::<bool>(), 40),
    ) {
        let mut ours = buffer(&text);
        let mut theirs = TextArea::new(text.split('\n').map(str::to_string).collect());
        theirs.set_max_histories(0);
        let mut body = text.clone();
        for (op, sync) in ops.iter().zip(&syncs) {
            let (a, b) = apply(&mut ours, &mut theirs, op);
            prop_assert_eq!(a, b, "{:?} returned differently", op);
            prop_assert_eq!(ours.lines(), theirs.lines(), "text after {:?}", op);
            let c = theirs.cursor();
            prop_assert_eq!(ours.cursor(), (c.0, c.1), "cursor after {:?}", op);
            prop_assert_eq!(ours.selection_range(), theirs.selection_range());
            prop_assert_eq!(ours.yank_text(), theirs.yank_text());
            if *sync {
                let before = body.clone();
                if let Some(s) = ours.write_changes(&mut body) {
                    // The splice says exactly what was replaced.
                    let end = s.at + s.removed.len();
                    prop_assert_eq!(&before[s.at..end], s.removed.as_str());
                    let rebuilt = format!("{}{}{}", &before[..s.at], s.inserted, &before[end..]);
                    prop_assert_eq!(&rebuilt, &body);
                }
                prop_assert_eq!(&body, &theirs.lines().join("\n"));
            }
        }
        ours.write_changes(&mut body);
        prop_assert_eq!(&body, &theirs.lines().join("\n"));
    }
}

/// A section of `n` bullets, as a body.
fn bullets(n: usize) -> String {
    (0..n)
        .map(|i| format!("- Bullet {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn synced(b: &mut TextBuffer, body: &mut String) {
    b.write_changes(body);
    let mut whole = String::new();
    b.write_all(&mut whole);
    assert_eq!(*body, whole);
}

#[test]
fn edits_at_the_first_and_last_lines_patch_the_body() {
    let mut body = bullets(50);
    let mut b = buffer(&body);
    b.insert_char('x');
    synced(&mut b, &mut body);
    assert!(body.starts_with("x- Bullet 0\n"));
    b.move_cursor(Move::Jump(49, 99));
    b.insert_newline();
    b.insert_str("last");
    synced(&mut b, &mut body);
    assert!(body.ends_with("- Bullet 49\nlast"));
    // Joining the last line back and erasing the first letter.
    b.move_cursor(Move::Head);
    b.delete_char();
    synced(&mut b, &mut body);
    assert!(body.ends_with("- Bullet 49last"));
    b.move_cursor(Move::Jump(0, 1));
    b.delete_char();
    synced(&mut b, &mut body);
    assert_eq!(body, bullets(50).replace("Bullet 49", "Bullet 49last"));
}

#[test]
fn edits_far_apart_before_one_sync_are_all_written() {
    let mut body = bullets(20_000);
    let mut b = buffer(&body);
    b.move_cursor(Move::Jump(3, 0));
    b.insert_str("a\nb\nc");
    b.move_cursor(Move::Jump(19_990, 2));
    b.delete_line_by_end();
    b.move_cursor(Move::Jump(10_000, 0));
    b.start_selection();
    b.move_cursor(Move::Jump(10_003, 4));
    b.cut();
    synced(&mut b, &mut body);
    assert_eq!(b.lines().len(), 20_000 + 2 - 3);
    // Nothing edited: nothing to write, the body is left alone.
    b.move_cursor(Move::Top);
    let before = body.clone();
    b.write_changes(&mut body);
    assert_eq!(body, before);
}

#[test]
fn a_select_all_cut_and_paste_round_trips_the_whole_text() {
    let mut body = bullets(300);
    let mut b = buffer(&body);
    b.select_all();
    assert!(b.cut());
    synced(&mut b, &mut body);
    assert_eq!(body, "");
    assert!(b.paste());
    synced(&mut b, &mut body);
    assert_eq!(body, bullets(300));
    assert_eq!(b.cursor(), (299, "- Bullet 299".len()));
}

#[test]
fn a_body_with_control_characters_is_written_whole_and_kept_exactly() {
    let body_text = "a\u{1b}b\nplain\nc\u{7}";
    let mut body = body_text.to_string();
    let lines: Vec<String> = super::super::to_display(body_text)
        .split('\n')
        .map(str::to_string)
        .collect();
    let mut b = TextBuffer::new(body_text, lines);
    b.move_cursor(Move::Jump(1, 5));
    b.insert_char('!');
    synced(&mut b, &mut body);
    assert_eq!(body, "a\u{1b}b\nplain!\nc\u{7}");
    // A stand-in typed into a plain body: from then on it is written whole.
    let mut plain = "one\ntwo".to_string();
    let mut p = buffer(&plain);
    p.move_cursor(Move::End);
    p.insert_char(super::super::swap('\u{1b}'));
    synced(&mut p, &mut plain);
    assert_eq!(plain, "one\u{1b}\ntwo");
    p.move_cursor(Move::Bottom);
    p.move_cursor(Move::Head);
    p.insert_char('x');
    synced(&mut p, &mut plain);
    assert_eq!(plain, "one\u{1b}\nxtwo");
}

#[test]
fn jumps_past_the_end_land_inside_the_text_even_past_line_65535() {
    let mut b = buffer(&bullets(70_000));
    b.move_cursor(Move::Jump(69_999, 3));
    assert_eq!(b.cursor(), (69_999, 3));
    b.move_cursor(Move::Jump(usize::MAX, usize::MAX));
    assert_eq!(b.cursor(), (69_999, "- Bullet 69999".len()));
    b.select_all();
    assert_eq!(
        b.selection_range(),
        Some(((0, 0), (69_999, "- Bullet 69999".len())))
    );
}
