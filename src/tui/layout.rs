//! Where each pane goes at a given terminal size.
//!
//! 120 columns and wider: sections | editor over tips | preview.
//! 80–119: sections | editor over tips, or the preview in their place.
//! Narrower (down to the minimum): one pane at a time.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Borders};

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
const THREE_PANES: u16 = 120;
const TWO_PANES: u16 = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Sections,
    Editor,
    /// The coach and tips under the editor, walked through with the keys.
    Coach,
    Preview,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Screen {
    pub nav: Option<Rect>,
    pub editor: Option<Rect>,
    pub tips: Option<Rect>,
    pub preview: Option<Rect>,
    pub status: Rect,
    pub footer: Rect,
}

impl Screen {
    pub fn shows(&self, pane: Pane) -> bool {
        match pane {
            Pane::Sections => self.nav.is_some(),
            Pane::Editor => self.editor.is_some(),
            Pane::Coach => self.tips.is_some(),
            Pane::Preview => self.preview.is_some(),
        }
    }

    pub fn three_panes(area: Rect) -> bool {
        area.width >= THREE_PANES
    }
}

/// The panes for `area`, or `None` when the terminal is too small.
/// `focus` and `preview_in_main` decide what the narrower layouts show.
pub fn screen(area: Rect, focus: Pane, preview_in_main: bool) -> Option<Screen> {
    screen_with_titles(area, focus, preview_in_main, 0)
}

/// Cells a section list row needs besides its title: the borders, the
/// coach's mark and the score.
const NAV_EXTRA: u16 = 9;

/// [`screen`] with the section list widened, within limits, so titles of
/// `longest_title` cells are not cut.
pub fn screen_with_titles(
    area: Rect,
    focus: Pane,
    preview_in_main: bool,
    longest_title: u16,
) -> Option<Screen> {
    let wanted = longest_title.saturating_add(NAV_EXTRA);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [body, status, footer] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let mut screen = Screen {
        status,
        footer,
        ..Screen::default()
    };
    let main_is_preview = focus == Pane::Preview || (focus == Pane::Sections && preview_in_main);

    let main = if area.width >= THREE_PANES {
        let nav_width = (area.width / 6)
            .clamp(20, 30)
            .max(wanted.min(area.width / 4));
        let [nav, middle, preview] = Layout::horizontal([
            Constraint::Length(nav_width),
            Constraint::Fill(11),
            Constraint::Fill(9),
        ])
        .areas(body);
        screen.nav = Some(nav);
        screen.preview = Some(preview);
        Some(middle)
    } else if area.width >= TWO_PANES {
        let nav_width = wanted.clamp(20, (area.width / 5).max(20));
        let [nav, main] =
            Layout::horizontal([Constraint::Length(nav_width), Constraint::Fill(1)]).areas(body);
        screen.nav = Some(nav);
        if main_is_preview {
            screen.preview = Some(main);
            None
        } else {
            Some(main)
        }
    } else {
        match focus {
            Pane::Sections => {
                screen.nav = Some(body);
                None
            }
            Pane::Preview => {
                screen.preview = Some(body);
                None
            }
            Pane::Editor => Some(body),
            Pane::Coach => {
                screen.tips = Some(body);
                None
            }
        }
    };
    if let Some(middle) = main {
        // The coach gets the larger share while it is being walked through.
        let tips_height = if focus == Pane::Coach {
            middle.height * 3 / 5
        } else {
            (middle.height * 2 / 5).max(6)
        };
        let [editor, tips] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(tips_height)]).areas(middle);
        screen.editor = Some(editor);
        screen.tips = Some(tips);
    }
    Some(screen)
}

/// Cells left of the editor's text for the marks of findings.
const EDITOR_GUTTER: u16 = 2;

/// The editor pane's gutter and text, inside its border. Worked out by
/// hand, not by a `Layout`: it is asked on every key.
pub fn editor_columns(inner: Rect) -> [Rect; 2] {
    let gutter = EDITOR_GUTTER.min(inner.width);
    [
        Rect {
            width: gutter,
            ..inner
        },
        Rect {
            x: inner.x + gutter,
            width: inner.width - gutter,
            ..inner
        },
    ]
}

/// The text box inside an editor pane of `area`.
pub fn editor_text_rect(area: Rect) -> Rect {
    let inner = Block::new().borders(Borders::ALL).inner(area);
    let [_, text] = editor_columns(inner);
    text
}

/// The size of the text box inside an editor pane of `area`: what wrapping
/// and scrolling work with.
pub fn editor_text_size(area: Rect) -> (u16, u16) {
    let text = editor_text_rect(area);
    (text.width, text.height)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_editor_columns_are_what_a_layout_gives() {
        for width in [0, 1, 2, 3, 57] {
            let inner = Rect::new(4, 2, width, 9);
            let by_layout: [Rect; 2] =
                Layout::horizontal([Constraint::Length(EDITOR_GUTTER), Constraint::Fill(1)])
                    .areas(inner);
            assert_eq!(editor_columns(inner), by_layout, "width {width}");
        }
    }

    fn at(w: u16, h: u16, focus: Pane) -> Option<Screen> {
        screen(Rect::new(0, 0, w, h), focus, false)
    }

    #[test]
    fn the_section_list_widens_for_long_titles_within_limits() {
        let wide = Rect::new(0, 0, 120, 40);
        let nav = |area, longest| {
            screen_with_titles(area, Pane::Editor, false, longest)
                .unwrap()
                .nav
                .unwrap()
                .width
        };
        assert_eq!(nav(wide, 10), 20, "short titles keep the usual width");
        assert_eq!(nav(wide, 23), 30, "'Professional Experience' fits whole");
        assert_eq!(nav(wide, 60), 30, "never more than a quarter");
        assert_eq!(nav(Rect::new(0, 0, 100, 30), 23), 20, "two panes: a fifth");
        assert_eq!(nav(Rect::new(0, 0, 200, 60), 10), 30);
    }

    #[test]
    fn wide_terminals_show_all_three_panes() {
        let s = at(120, 40, Pane::Editor).unwrap();
        assert!(s.shows(Pane::Sections) && s.shows(Pane::Editor) && s.shows(Pane::Preview));
        assert!(s.tips.is_some());
        let (nav, ed, pv) = (s.nav.unwrap(), s.editor.unwrap(), s.preview.unwrap());
        assert_eq!(nav.width + ed.width + pv.width, 120);
        assert!(pv.width >= 40, "preview is readable: {pv:?}");
    }

    #[test]
    fn medium_terminals_swap_the_preview_in() {
        let s = at(80, 24, Pane::Editor).unwrap();
        assert!(s.shows(Pane::Sections) && s.shows(Pane::Editor) && !s.shows(Pane::Preview));
        let s = at(100, 30, Pane::Preview).unwrap();
        assert!(s.shows(Pane::Sections) && !s.shows(Pane::Editor) && s.shows(Pane::Preview));
        let s = screen(Rect::new(0, 0, 100, 30), Pane::Sections, true).unwrap();
        assert!(
            s.shows(Pane::Preview),
            "the list keeps the preview beside it"
        );
    }

    #[test]
    fn narrow_terminals_show_one_pane() {
        for focus in [Pane::Sections, Pane::Editor, Pane::Preview, Pane::Coach] {
            let s = at(70, 20, focus).unwrap();
            let shown = [Pane::Sections, Pane::Editor, Pane::Preview, Pane::Coach]
                .into_iter()
                .filter(|&p| s.shows(p))
                .collect::<Vec<_>>();
            // The editor keeps the coach under it.
            let expected = match focus {
                Pane::Editor => vec![Pane::Editor, Pane::Coach],
                other => vec![other],
            };
            assert_eq!(shown, expected);
        }
    }

    #[test]
    fn the_focused_coach_grows_and_stands_alone_when_narrow() {
        let resting = at(120, 40, Pane::Editor).unwrap().tips.unwrap();
        let focused = at(120, 40, Pane::Coach).unwrap();
        assert!(focused.tips.unwrap().height > resting.height);
        assert!(focused.editor.is_some(), "the editor stays above it");
        let narrow = at(70, 20, Pane::Coach).unwrap();
        assert!(narrow.shows(Pane::Coach) && !narrow.shows(Pane::Editor));
        assert_eq!(narrow.tips.unwrap().height, 18);
    }

    #[test]
    fn too_small_is_none() {
        assert!(at(59, 40, Pane::Editor).is_none());
        assert!(at(120, 15, Pane::Editor).is_none());
        assert!(at(60, 16, Pane::Editor).is_some());
    }

    #[test]
    fn status_and_footer_take_the_last_two_rows() {
        let s = at(120, 40, Pane::Editor).unwrap();
        assert_eq!(s.status.y, 38);
        assert_eq!(s.footer.y, 39);
    }
}
