//! The one Markdown dialect of resumd: what the preview, the exports and the
//! JSON Resume conversion parse, so they never disagree about a document.

use pulldown_cmark::{Options, Tag};

/// Tables, strikethrough, task lists and footnotes. `ENABLE_GFM` alone
/// would only turn on alerts, so each extension is named.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
}

/// Tags that sit inside a line of text rather than starting a block.
pub fn is_inline_tag(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}
