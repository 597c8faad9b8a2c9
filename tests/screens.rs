//! Screens on ratatui's TestBackend. Three layout snapshots (three panes at
//! 120×40; two at 80×24, with the editor and with the preview swapped in)
//! and the overlays' snapshots; everything else is checked by targeted
//! assertions on the drawn cells, so a change of starter wording does not
//! rewrite a dozen screens. Review each new snapshot before accepting it.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use resumd::guide;
use resumd::resume::Level;
use resumd::storage::{SavedResume, Session};
use resumd::tui::{App, Theme, view};

fn app(level: Level) -> App {
    let doc = SavedResume {
        resume: guide::starter_resume(level),
        session: Session::default(),
    };
    App::open("resume", doc, Theme::dark())
}

fn render(app: &mut App, width: u16, height: u16) -> String {
    app.handle_event(&Event::Resize(width, height));
    app.prepare_view();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::draw(app, frame)).unwrap();
    terminal.backend().to_string()
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

#[test]
fn mid_at_120x40() {
    insta::assert_snapshot!(render(&mut app(Level::Mid), 120, 40));
}

#[test]
fn mid_at_80x24() {
    insta::assert_snapshot!(render(&mut app(Level::Mid), 80, 24));
}

#[test]
fn preview_swapped_in_at_80x24() {
    let mut app = app(Level::Mid);
    press(&mut app, KeyCode::F(3));
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn first_run_asks_for_the_level() {
    let mut app = App::first_run("resume", Theme::dark());
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn palette_filtered() {
    let mut app = app(Level::Mid);
    press(&mut app, KeyCode::F(1));
    for c in "sect".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    // What matters, not a whole screen that each new command rewrites:
    // matching commands are listed with their keys, others are not.
    let screen = render(&mut app, 120, 40);
    let row = |text: &str| {
        screen
            .lines()
            .find(|l| l.contains(text))
            .map(str::to_string)
    };
    let up = row("Move the section up").expect("a matching command");
    assert!(
        up.contains("Move the section up") && up.contains(" F7 │"),
        "{up}"
    );
    assert!(row("Rename the section").is_some_and(|r| r.contains("F2")));
    assert!(row("Save now").is_none(), "{screen}");
    assert!(row("Commands — type to filter").is_some());
}

#[test]
fn too_small_then_recovers() {
    let mut app = app(Level::Mid);
    let small = render(&mut app, 50, 12);
    assert!(small.contains("Terminal too small"), "{small}");
    insta::assert_snapshot!(small);
    let big = render(&mut app, 120, 40);
    assert!(big.contains("Summary") && !big.contains("too small"));
}

#[test]
fn level_change_keeps_text_and_adds_sections() {
    let mut app = app(Level::Mid);
    for c in "Kept words".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::F(4));
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Enter);
    let screen = render(&mut app, 120, 40);
    assert!(screen.contains("Kept words"), "{screen}");
    assert!(screen.contains("Leadership"), "{screen}");
    assert_eq!(app.doc.resume.level, Level::Senior);
}

#[test]
fn area_is_whole_screen() {
    let mut app = app(Level::Mid);
    render(&mut app, 100, 30);
    assert_eq!(app.area, Rect::new(0, 0, 100, 30));
}

fn buffer(app: &mut App, width: u16, height: u16) -> ratatui::buffer::Buffer {
    app.handle_event(&Event::Resize(width, height));
    app.prepare_view();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::draw(app, frame)).unwrap();
    terminal.backend().buffer().clone()
}

#[test]
fn mono_theme_has_no_colour_and_keeps_focus_and_selection_visible() {
    use ratatui::style::{Color, Modifier};
    let doc = SavedResume {
        resume: guide::starter_resume(Level::Mid),
        session: Session::default(),
    };
    let mut app = App::open("resume", doc, Theme::mono());
    press(&mut app, KeyCode::Esc); // focus the section list
    let buf = buffer(&mut app, 120, 40);
    for cell in buf.content() {
        assert!(matches!(cell.fg, Color::Reset), "colour in mono: {cell:?}");
        assert!(matches!(cell.bg, Color::Reset), "colour in mono: {cell:?}");
    }
    // The selected section (Summary, row 2) is in reverse video.
    assert!(buf[(3, 2)].modifier.contains(Modifier::REVERSED));
    assert!(!buf[(3, 1)].modifier.contains(Modifier::REVERSED));
    // The focused pane's border is bold; the others are not.
    assert!(buf[(0, 0)].modifier.contains(Modifier::BOLD));
    assert!(!buf[(119, 0)].modifier.contains(Modifier::BOLD));
}

fn unicode_app() -> App {
    let mut resume = guide::starter_resume(Level::Mid);
    let ids: Vec<_> = resume.sections().iter().map(|s| (s.id, s.kind)).collect();
    for (id, kind) in ids {
        let body = match kind {
            resumd::resume::SectionKind::Header => {
                "# Zoë Ångström 東京\n\nBack-End Engineer · 東京, 日本\n\nzoe@example.com · [github.com/zoe](https://github.com/zoe)"
            }
            resumd::resume::SectionKind::Summary => {
                "Go engineer (Jose\u{301} team) with 6 years building payment APIs in 東京 🚀."
            }
            resumd::resume::SectionKind::Experience => {
                "### 後端エンジニア — 株式会社Example\n*2021-03 – Present*\n- 🚀 Cut p99 latency of the 決済 API from 800 ms to 200 ms with Redis.\n\n| Metric | Before | After |\n|---|---|---|\n| p99 延迟 | 800 ms | 200 ms |"
            }
            _ => continue,
        };
        resume.section_mut(id).unwrap().body = body.to_string();
    }
    App::open(
        "resume",
        SavedResume {
            resume,
            session: Session::default(),
        },
        Theme::dark(),
    )
}

#[test]
fn unicode_names_emoji_and_combining_marks_line_up() {
    let mut app = unicode_app();
    let screen = render(&mut app, 120, 40);
    insta::assert_snapshot!(screen);
    // Every row is exactly 120 cells: wide characters take two cells, a
    // combining mark none, so the pane borders stay in their columns.
    let buf = buffer(&mut app, 120, 40);
    let preview_left = (0..120)
        .find(|&x| buf[(x, 0)].symbol() == "┌" && x > 60)
        .expect("preview border");
    for y in 1..37 {
        let symbol = buf[(preview_left, y)].symbol();
        assert!(
            symbol == "│" || symbol == "└",
            "row {y}: border moved ({symbol:?})"
        );
    }
}

#[test]
fn cursor_sits_on_the_right_cell_after_wide_characters() {
    let mut app = unicode_app();
    // Summary is selected; move to the end of "東京" in the first line.
    let text = app.doc.resume.section(app.selected).unwrap().body.clone();
    let chars_before = text
        .find("東京")
        .map(|i| text[..i].chars().count())
        .unwrap()
        + 2;
    press(&mut app, KeyCode::Home);
    for _ in 0..chars_before {
        press(&mut app, KeyCode::Right);
    }
    app.handle_event(&Event::Resize(120, 40));
    app.prepare_view();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|frame| view::draw(&app, frame)).unwrap();
    // The terminal's own cursor marks the insertion point.
    let cursor = terminal.get_cursor_position().unwrap();
    let buf = terminal.backend().buffer();
    let (x, y) = (cursor.x, cursor.y);
    assert_eq!(buf[(x - 2, y)].symbol(), "京", "cursor right after 東京");
}

#[test]
fn resume_switcher_lists_resumes_with_the_open_one_marked() {
    use resumd::tui::overlay::ResumeList;
    let mut app = app(Level::Mid);
    app.open_overlay(ResumeList::new(
        vec!["backend".into(), "platform-roles".into(), "resume".into()],
        "resume",
    ));
    press(&mut app, KeyCode::Up);
    let list = render(&mut app, 80, 24);
    insta::assert_snapshot!(list);
    // c on the selected resume asks for the copy's name.
    press(&mut app, KeyCode::Char('c'));
    let prompt = render(&mut app, 80, 24);
    assert!(prompt.contains("platform-roles-copy"), "{prompt}");
    insta::assert_snapshot!(prompt);
}

#[test]
fn export_format_choice() {
    let mut app = app(Level::Mid);
    press(&mut app, KeyCode::F(1));
    for c in "export…".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

/// The rows of a drawn screen, as text.
fn rows(buf: &ratatui::buffer::Buffer) -> Vec<String> {
    let area = buf.area;
    (0..area.height)
        .map(|y| (0..area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

/// The text of `rect`'s top border row: where a pane's title is.
fn top_border(buf: &ratatui::buffer::Buffer, rect: Rect) -> String {
    (rect.x..rect.right())
        .map(|x| buf[(x, rect.y)].symbol())
        .collect()
}

#[test]
fn every_level_lists_its_sections_and_names_its_level_at_both_sizes() {
    for level in [Level::Junior, Level::Mid, Level::Senior] {
        for (width, height) in [(120, 40), (80, 24)] {
            let mut app = app(level);
            let buf = buffer(&mut app, width, height);
            let screen = app.screen().unwrap();
            let nav = screen.nav.unwrap();
            let rows = rows(&buf);
            let titles: Vec<String> = app
                .doc
                .resume
                .sections()
                .iter()
                .map(|s| s.title.clone())
                .collect();
            for (i, title) in titles.iter().enumerate() {
                let row = &rows[nav.y as usize + 1 + i];
                let cell: String = row
                    .chars()
                    .skip(nav.x as usize + 3)
                    .take(nav.width as usize - 9)
                    .collect();
                let shown = cell.trim_end().trim_end_matches('…');
                assert!(
                    !shown.is_empty() && title.starts_with(shown),
                    "{level:?} at {width}×{height}: row {i} shows {cell:?} for {title:?}"
                );
            }
            let tips = top_border(&buf, screen.tips.unwrap());
            assert!(
                tips.contains(&format!("Coach & tips · {}", level.label())),
                "{tips}"
            );
            let status: String = rows[screen.status.y as usize].clone();
            assert!(status.contains(level.label()), "{status}");
            // The section being edited is named whole in the editor's title,
            // however narrow the list.
            let editor = top_border(&buf, screen.editor.unwrap());
            let selected = app.doc.resume.section(app.selected).unwrap().title.clone();
            assert!(editor.contains(&format!("✎ {selected}")), "{editor}");
        }
    }
}

#[test]
fn a_long_section_title_cut_in_the_list_is_whole_in_the_editor_title() {
    let mut app = app(Level::Senior);
    let (index, long) = app
        .doc
        .resume
        .sections()
        .iter()
        .enumerate()
        .find(|(_, s)| s.title.chars().count() > 14)
        .map(|(i, s)| (i, s.title.clone()))
        .unwrap();
    for _ in app.current_index()..index {
        app.handle_event(&Event::Key(KeyEvent::new(KeyCode::Down, KeyModifiers::ALT)));
    }
    let buf = buffer(&mut app, 80, 24);
    let screen = app.screen().unwrap();
    assert!(
        rows(&buf)[1 + index].contains('…'),
        "cut in the list at 80 columns"
    );
    let title = top_border(&buf, screen.editor.unwrap());
    assert!(title.contains(&long), "{title} / {long}");
}

#[test]
fn wider_and_middle_sizes_place_the_panes_and_their_titles() {
    let mut app = app(Level::Mid);
    let buf = buffer(&mut app, 200, 60);
    let s = app.screen().unwrap();
    let (nav, editor, tips, preview) = (
        s.nav.unwrap(),
        s.editor.unwrap(),
        s.tips.unwrap(),
        s.preview.unwrap(),
    );
    assert_eq!(nav.width + editor.width + preview.width, 200);
    assert_eq!(editor.x, tips.x);
    assert_eq!(
        editor.bottom(),
        tips.y,
        "the coach sits right under the editor"
    );
    assert!(top_border(&buf, nav).contains("Sections"));
    assert!(top_border(&buf, preview).contains("Preview"));
    assert!(preview.width > 60, "the preview is wide: {preview:?}");

    let buf = buffer(&mut app, 100, 30);
    let s = app.screen().unwrap();
    assert!(s.preview.is_none(), "two panes below 120 columns");
    assert_eq!(s.nav.unwrap().width + s.editor.unwrap().width, 100);
    assert!(top_border(&buf, s.editor.unwrap()).contains("✎ Summary"));
}

#[test]
fn the_focused_coach_lists_findings_under_a_thick_border() {
    let mut app = app(Level::Mid);
    press(&mut app, KeyCode::Tab);
    let buf = buffer(&mut app, 80, 24);
    let tips = app.screen().unwrap().tips.unwrap();
    let title = top_border(&buf, tips);
    assert!(
        title.starts_with('┏') && title.contains("Coach · 1 of"),
        "{title}"
    );
    let inside: Vec<String> = rows(&buf)[tips.y as usize + 1..tips.bottom() as usize - 1]
        .iter()
        .map(|r| {
            r.chars()
                .skip(tips.x as usize + 1)
                .take(tips.width as usize - 2)
                .collect()
        })
        .collect();
    assert!(
        inside[0].starts_with("! ") || inside[0].starts_with("✗ "),
        "{inside:?}"
    );
    // The first row is highlighted.
    let first = &buf[(tips.x + 3, tips.y + 1)];
    assert_ne!(
        first.style(),
        buf[(tips.x + 3, tips.bottom() - 2)].style(),
        "{inside:?}"
    );
}
