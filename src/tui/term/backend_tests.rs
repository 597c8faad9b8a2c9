use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier, Style};

use super::*;

fn backend(width: u16) -> FrameBackend<Vec<u8>> {
    let backend = FrameBackend::new(Vec::new());
    backend.width.set(width);
    backend
}

fn cell(symbol: &str, style: Style) -> Cell {
    let mut cell = Cell::default();
    cell.set_symbol(symbol);
    cell.set_style(style);
    cell
}

/// Draws `cells` as one frame and returns the bytes written for it.
fn frame(b: &mut FrameBackend<Vec<u8>>, cells: &[(u16, u16, Cell)]) -> String {
    b.out.clear();
    b.begin_frame();
    b.draw(cells.iter().map(|(x, y, c)| (*x, *y, c))).unwrap();
    b.hide_cursor().unwrap();
    b.end_frame().unwrap();
    String::from_utf8(b.out.clone()).unwrap()
}

#[test]
fn a_typed_letter_costs_a_few_bytes_after_the_first_frame() {
    let mut b = backend(120);
    let reversed = Style::new().add_modifier(Modifier::REVERSED);
    let first = frame(
        &mut b,
        &[
            (10, 5, cell("h", Style::new())),
            (11, 5, cell(" ", reversed)),
        ],
    );
    assert_eq!(first, "\x1b[6;11H\x1b[0mh\x1b[7m \x1b[?25l");
    // The next letter goes where the cursor cell was: one step back, the
    // pen reset, and the new cursor cell; no hiding the cursor again.
    let next = frame(
        &mut b,
        &[
            (11, 5, cell("e", Style::new())),
            (12, 5, cell(" ", reversed)),
        ],
    );
    assert_eq!(next, "\x08\x1b[0me\x1b[7m ");
}

#[test]
fn frames_over_several_rows_or_long_ones_are_synchronized() {
    let mut b = backend(300);
    let plain = Style::new();
    let two_rows = frame(
        &mut b,
        &[(0, 0, cell("a", plain)), (0, 1, cell("b", plain))],
    );
    assert!(two_rows.starts_with("\x1b[?2026h") && two_rows.ends_with("\x1b[?2026l"));
    let long: Vec<(u16, u16, Cell)> = (0..200).map(|x| (x, 2, cell("x", plain))).collect();
    let long_row = frame(&mut b, &long);
    assert!(long_row.starts_with("\x1b[?2026h") && long_row.ends_with("\x1b[?2026l"));
    let short_row = frame(&mut b, &[(5, 2, cell("y", plain))]);
    assert_eq!(short_row, "\x1b[3;6Hy");
}

#[test]
fn a_frame_that_changes_nothing_writes_nothing() {
    let mut b = backend(80);
    frame(&mut b, &[(0, 0, cell("x", Style::new()))]);
    assert_eq!(frame(&mut b, &[]), "");
}

#[test]
fn moves_are_relative_on_a_row_and_absolute_elsewhere() {
    let mut b = backend(80);
    let plain = Style::new();
    let out = frame(
        &mut b,
        &[
            (0, 0, cell("a", plain)),
            (5, 0, cell("b", plain)),
            (0, 3, cell("c", plain)),
            (7, 2, cell("d", plain)),
        ],
    );
    assert_eq!(
        out,
        "\x1b[?2026h\x1b[1H\x1b[0ma\x1b[4Cb\x1b[4Hc\x1b[3;8Hd\x1b[?25l\x1b[?2026l"
    );
}

#[test]
fn colours_change_without_a_reset_and_attributes_removed_reset() {
    let mut b = backend(80);
    let red = Style::new().fg(Color::Red);
    let red_on_blue_bold = red.bg(Color::Blue).add_modifier(Modifier::BOLD);
    let out = frame(
        &mut b,
        &[
            (0, 0, cell("a", red)),
            (1, 0, cell("b", red_on_blue_bold)),
            (2, 0, cell("c", Style::new().fg(Color::Indexed(208)))),
        ],
    );
    assert_eq!(
        out,
        "\x1b[1H\x1b[0;31ma\x1b[1;44mb\x1b[0;38;5;208mc\x1b[?25l"
    );
}

#[test]
fn after_wide_characters_and_the_last_column_moves_are_absolute() {
    let mut b = backend(10);
    let plain = Style::new();
    let out = frame(
        &mut b,
        &[
            (0, 0, cell("東", plain)),
            (2, 0, cell("x", plain)),
            (9, 0, cell("y", plain)),
            (9, 1, cell("z", plain)),
        ],
    );
    assert_eq!(
        out,
        "\x1b[?2026h\x1b[1H\x1b[0m東\x1b[1;3Hx\x1b[6Cy\x1b[2;10Hz\x1b[?25l\x1b[?2026l"
    );
}

#[test]
fn one_column_symbols_advance_like_letters() {
    let mut b = backend(80);
    let plain = Style::new();
    let out = frame(
        &mut b,
        &[
            (0, 0, cell("─", plain)),
            (1, 0, cell("─", plain)),
            (2, 0, cell("✓", plain)),
            (3, 0, cell("😀", plain)),
            (5, 0, cell("a", plain)),
        ],
    );
    assert_eq!(out, "\x1b[1H\x1b[0m──✓😀\x1b[1;6Ha\x1b[?25l");
}

#[test]
fn long_runs_of_plain_blanks_are_erased_short_ones_printed() {
    let mut b = backend(80);
    let plain = Style::new();
    let mut cells: Vec<(u16, u16, Cell)> = (0..12).map(|x| (x, 0, cell(" ", plain))).collect();
    cells.push((12, 0, cell("a", plain)));
    cells.extend((13..16).map(|x| (x, 0, cell(" ", plain))));
    cells.push((16, 0, cell("b", plain)));
    // Blanks on a coloured background are printed: not every terminal
    // erases with the current background.
    let blue = Style::new().bg(Color::Blue);
    cells.extend((20..32).map(|x| (x, 0, cell(" ", blue))));
    let out = frame(&mut b, &cells);
    assert_eq!(
        out,
        "\x1b[1H\x1b[0m\x1b[12X\x1b[12Ca   b\x1b[3C\x1b[44m            \x1b[?25l"
    );
}

#[test]
fn forgetting_the_terminal_state_makes_the_next_frame_explicit() {
    let mut b = backend(80);
    let plain = Style::new();
    frame(&mut b, &[(0, 0, cell("a", plain))]);
    b.forget();
    let out = frame(&mut b, &[(1, 0, cell("b", plain))]);
    assert_eq!(out, "\x1b[1;2H\x1b[0mb\x1b[?25l");
}

#[test]
fn clearing_resets_the_background_first() {
    let mut b = backend(80);
    frame(&mut b, &[(0, 0, cell("a", Style::new().bg(Color::Blue)))]);
    b.out.clear();
    b.clear().unwrap();
    assert_eq!(String::from_utf8(b.out.clone()).unwrap(), "\x1b[49m\x1b[2J");
}

#[test]
fn output_outside_a_frame_is_written_at_once() {
    let mut b = backend(80);
    b.write_raw(b"\x1b]52;c;eA==\x07").unwrap();
    assert_eq!(b.out, b"\x1b]52;c;eA==\x07");
}
