//! Everything else the user asks for: saving and quitting, files and
//! exports, the clipboard, preferences, and the views that open.

use crate::export::{Format, Kind};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::effect::{Effect, ResumeOp};
use crate::tui::keymap::{self, Context};
use crate::tui::layout::Pane;
use crate::tui::overlay::findings::FindingList;
use crate::tui::overlay::{FormatPicker, Palette, Prompt, PromptPurpose};

const DEFAULT_EXPORT_PATH: &str = "resume.md";

impl App {
    /// Files, exports, the clipboard, preferences, and the views that open.
    pub(super) fn command(&mut self, action: Action) {
        match action {
            Action::OpenPalette => self.open_overlay(Palette::default()),
            Action::Save => {
                self.status = None;
                self.effects.push(Effect::SaveNow);
            }
            Action::Quit => self.effects.push(Effect::Quit),
            Action::QuitDiscarding => self.should_quit = true,
            Action::ExportMarkdown => self.open_overlay(Prompt::new(
                PromptPurpose::ExportPath(Kind::Text(Format::Markdown)),
                "Export Markdown to",
                DEFAULT_EXPORT_PATH,
            )),
            Action::ExportPdf => self.open_overlay(Prompt::new(
                PromptPurpose::ExportPath(Kind::Pdf),
                "Export PDF to",
                &format!("{}.pdf", self.doc.name),
            )),
            Action::Export => self.open_overlay(FormatPicker {
                selected: 0,
                name: self.doc.name.clone(),
            }),
            Action::Import => self.open_overlay(Prompt::import("")),
            Action::Resumes => self.effects.push(Effect::Resumes(ResumeOp::List)),
            Action::CopyResume => self.effects.push(Effect::Copy {
                text: self.doc.resume.to_markdown(),
                what: "the resume".to_string(),
                cut: false,
            }),
            Action::CopySection => {
                if let Some(section) = self.doc.resume.section(self.selected) {
                    self.effects.push(Effect::Copy {
                        text: section.body.clone(),
                        what: format!("“{}”", section.title),
                        cut: false,
                    });
                }
            }
            Action::EditExternally => self.effects.push(Effect::EditExternally),
            Action::ToggleMouse => {
                self.mouse = !self.mouse;
                self.effects.push(Effect::SetMouse(self.mouse));
                self.effects.push(Effect::SavePreferences);
                self.say(if self.mouse {
                        "Mouse on: click to focus and place the cursor, wheel to scroll. Hold Shift to select text in most terminals."
                    } else {
                        "Mouse off: your terminal's own selection and copy work again."
                    });
            }
            Action::CycleTheme if crate::tui::theme::Theme::no_color_requested() => {
                self.say("NO_COLOR is set, so the theme stays mono (unset it for colours).");
            }
            Action::CycleTheme => {
                let names = crate::tui::theme::Theme::NAMES;
                let next = names
                    .iter()
                    .position(|&n| n == self.theme.name)
                    .map_or(0, |i| (i + 1) % names.len());
                if let Some(theme) = crate::tui::theme::Theme::by_name(names[next]) {
                    self.set_theme(theme);
                    self.effects.push(Effect::SavePreferences);
                    self.say(format!("Theme: {}.", names[next]));
                }
            }
            Action::ShowKeys => {
                let (name, context) = match self.focus {
                    Pane::Sections => ("section list", Context::Sections),
                    Pane::Editor => ("editor", Context::Editor),
                    Pane::Coach => ("coach", Context::Coach),
                    Pane::Preview => ("preview", Context::Preview),
                };
                let keys = keymap::keys_of(context).join("\n");
                self.notify(format!(
                    "Keys in the {name} (F1 lists every command):\n\n{keys}"
                ));
            }
            Action::Tailor => self.open_tailor(),
            Action::ChooseVariant => self.open_variants(),
            Action::SectionFindings => self.open_overlay(FindingList::section(
                &self.doc.resume,
                &self.doc.report,
                self.selected,
            )),
            Action::AllFindings => {
                self.open_overlay(FindingList::all(&self.doc.resume, &self.doc.report))
            }
            Action::Messages => {
                let log = if self.messages.is_empty() {
                    "No messages yet.".to_string()
                } else {
                    self.messages.iter().cloned().collect::<Vec<_>>().join("\n")
                };
                self.notify(format!("Messages, oldest first:\n\n{log}"));
            }
            // Sorted here by `update`, whose match the compiler checks.
            _ => {}
        }
    }
}
