//! JSON Resume lists written one bullet per item:
//! `- **Name** (level): keyword, keyword`.

use super::error::JsonResumeError;
use super::escape::{self, LABEL_GUARDS, LEVEL_GUARDS, LIST_GUARDS};
use super::read::Obj;

type Result<T> = std::result::Result<T, JsonResumeError>;

/// `- **Name** (level): keyword, keyword`
fn named_bullet(name: Option<String>, level: Option<String>, rest: Option<String>) -> String {
    let mut out = String::from("- ");
    if let Some(name) = name {
        out.push_str(&format!("**{}**", escape::inline(&name, LABEL_GUARDS)));
    }
    if let Some(level) = level {
        out.push_str(&format!(" ({})", escape::inline(&level, LEVEL_GUARDS)));
    }
    if let Some(rest) = rest {
        out.push_str(": ");
        out.push_str(&rest);
    }
    out
}

fn list(items: Vec<String>) -> Option<String> {
    let items: Vec<String> = items
        .iter()
        .map(|i| escape::inline(i, LIST_GUARDS))
        .collect();
    (!items.is_empty()).then(|| items.join(", "))
}

pub(super) fn skill(item: &Obj<'_>) -> Result<String> {
    Ok(named_bullet(
        item.text("name")?,
        item.text("level")?,
        list(item.texts("keywords")?),
    ))
}

pub(super) fn language(item: &Obj<'_>) -> Result<String> {
    let fluency = item.text("fluency")?.map(|f| escape::inline(&f, &[]));
    Ok(named_bullet(item.text("language")?, None, fluency))
}

pub(super) fn interest(item: &Obj<'_>) -> Result<String> {
    Ok(named_bullet(
        item.text("name")?,
        None,
        list(item.texts("keywords")?),
    ))
}
