//! `basics` ↔ the header section:
//!
//! ```markdown
//! # Name
//!
//! Label · City, Region, CC
//!
//! [me@example.com](mailto:me@example.com) · +1 555 0100 · [me.dev](https://me.dev) · [github.com/me](https://github.com/me)
//! ```
//!
//! Reading also accepts what people type by hand: bare addresses, `|` or
//! `•` between items, the lines in any order.

use serde_json::{Map, Value};

use super::error::JsonResumeError;
use super::escape::{self, LABEL_GUARDS, LIST_GUARDS, META_GUARDS};
use super::read::Obj;
use crate::resume::reading::profiles::{derive_profile, looks_like_web};
use crate::resume::typed_address;
use crate::resume::{Field, HeaderReading, LinkKind};

pub(super) fn write(basics: &Obj<'_>) -> Result<String, JsonResumeError> {
    let mut lines = Vec::new();
    if let Some(name) = basics.text("name")? {
        lines.push(format!("# {}", escape::inline(&name, &[])));
    }
    let mut about = Vec::new();
    if let Some(label) = basics.text("label")? {
        let escaped = escape::inline(&label, META_GUARDS);
        // A label that reads like a place must not be taken for the location.
        about.push(if looks_like_place(&label) {
            escape::mark_as_text(escaped)
        } else {
            as_text(&label, escaped)
        });
    }
    if let Some(location) = basics.object("location")? {
        let guards = [LIST_GUARDS, META_GUARDS].concat();
        let (mut plain, mut parts) = (Vec::new(), Vec::new());
        for key in ["city", "region", "countryCode"] {
            if let Some(part) = location.text(key)? {
                parts.push(escape::inline(&part, &guards));
                plain.push(part);
            }
        }
        if !parts.is_empty() {
            about.push(as_text(&plain.join(", "), parts.join(", ")));
        }
    }
    if !about.is_empty() {
        lines.push(about.join(" · "));
    }
    let contacts = contacts(basics)?;
    if !contacts.is_empty() {
        lines.push(contacts.join(" · "));
    }
    // Blank lines keep each on its own line when rendered.
    Ok(lines.join("\n\n"))
}

fn contacts(basics: &Obj<'_>) -> Result<Vec<String>, JsonResumeError> {
    let mut out = Vec::new();
    if let Some(email) = basics.text("email")? {
        let shown = escape::inline(&email, META_GUARDS);
        out.push(format!(
            "[{shown}]({})",
            escape::url(&format!("mailto:{email}"))
        ));
    }
    if let Some(phone) = basics.text("phone")? {
        // A `tel:` link reads back as the phone number whatever its format.
        let digits: String = phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        let shown = escape::inline(&phone, META_GUARDS);
        out.push(format!(
            "[{shown}]({})",
            escape::url(&format!("tel:{digits}"))
        ));
    }
    if let Some(url) = basics.text_any(&["url", "website"])? {
        out.push(link(typed_address(&url), &url));
    }
    for profile in basics.objects("profiles")? {
        let network = profile.text("network")?;
        let username = profile.text("username")?;
        let url = profile.text("url")?;
        let guards = [LABEL_GUARDS, META_GUARDS].concat();
        let named = match (&network, &username) {
            (Some(n), Some(u)) => format!(
                "{}: {}",
                escape::inline(n, &guards),
                escape::inline(u, META_GUARDS)
            ),
            (Some(n), None) => escape::inline(n, &guards),
            (None, Some(u)) => escape::inline(u, META_GUARDS),
            (None, None) => String::new(),
        };
        out.push(match url {
            // A plain address is enough when the network and user name can
            // be read back from it.
            Some(url)
                if network.is_some()
                    && derive_profile(&url) == network.clone().map(|n| (n, username.clone())) =>
            {
                link(typed_address(&url), &url)
            }
            Some(url) if named.is_empty() => link(typed_address(&url), &url),
            Some(url) => format!("[{named}]({})", escape::url(&url)),
            None => named,
        });
    }
    out.retain(|c| !c.is_empty());
    Ok(out)
}

/// Text that would read back as an email, phone or address is marked as
/// plain text.
fn as_text(plain: &str, escaped: String) -> String {
    // A symbol in front ("📧 a@b.c") reads as the contact's label.
    let after_symbol = plain
        .trim_start_matches(|c: char| !c.is_ascii() && !c.is_alphanumeric())
        .trim_start();
    let contact = |t: &str| is_email(t) || is_phone(t) || looks_like_web(t);
    // "Web: example.com" reads as a labelled contact.
    let after_label = plain.split_once(": ").map_or("", |(_, v)| v.trim());
    if [plain, after_symbol, after_label]
        .into_iter()
        .any(|t| contact(t) || contact(without_brackets(t)))
    {
        escape::mark_as_text(escaped)
    } else {
        escaped
    }
}

fn link(shown: &str, url: &str) -> String {
    format!(
        "[{}]({})",
        escape::inline(shown, META_GUARDS),
        escape::url(url)
    )
}

/// `basics` (without `summary`) from the reading of the header.
pub(super) fn read(header: &HeaderReading, body: &str) -> Map<String, Value> {
    let mut map = Map::new();
    let put = |map: &mut Map<String, Value>, key: &str, value: Option<&Field>| {
        if let Some(value) = value {
            map.insert(key.into(), value.text.clone().into());
        }
    };
    put(&mut map, "name", header.name.as_ref());
    // Text that is no contact stays with the label, so no word is lost.
    let mut label: Vec<String> = header.headline.iter().map(|f| f.text.clone()).collect();
    label.extend(header.other.iter().map(|f| f.text.clone()));
    let label = label.join(" · ");
    if !label.is_empty() {
        map.insert("label".into(), label.into());
    }
    put(&mut map, "email", header.email.as_ref());
    put(&mut map, "phone", header.phone.as_ref());
    let mut profiles = Vec::new();
    let mut url = None;
    for link in &header.links {
        if link.kind == LinkKind::Website && link.network.is_none() && url.is_none() {
            let shown_as_address = link.label == typed_address(&link.url) || link.label == link.url;
            if shown_as_address {
                url = Some(link.url.clone());
                continue;
            }
        }
        let mut profile = Map::new();
        let network = match (&link.network, link.kind) {
            (Some(network), _) => network.clone(),
            (None, _) if link.label != typed_address(&link.url) && link.label != link.url => {
                link.label.clone()
            }
            _ => host(&link.url),
        };
        profile.insert("network".into(), network.into());
        if let Some(username) = &link.username {
            profile.insert("username".into(), username.clone().into());
        }
        if !link.url.is_empty() {
            profile.insert("url".into(), link.url.clone().into());
        }
        profiles.push(Value::Object(profile));
    }
    if let Some(url) = url {
        map.insert("url".into(), url.into());
    }
    if let Some(location) = &header.location {
        // An escaping backslash sits just before the range's first character.
        let mut start = location.range.start;
        if start > 0 && body.as_bytes().get(start - 1) == Some(&b'\\') {
            start -= 1;
        }
        let raw = body
            .get(start..location.range.end)
            .unwrap_or(&location.text);
        map.insert("location".into(), read_location(raw));
    }
    if !profiles.is_empty() {
        map.insert("profiles".into(), Value::Array(profiles));
    }
    map
}

/// "City, Region, CC" → the schema's location object; `raw` is the
/// Markdown as written, where an escaped comma (`\,`) does not split.
fn read_location(raw: &str) -> Value {
    let mut parts: Vec<String> = Vec::new();
    let mut from = 0;
    for (at, _) in raw.match_indices(", ") {
        let slashes = raw.as_bytes()[..at]
            .iter()
            .rev()
            .take_while(|&&b| b == b'\\')
            .count();
        if slashes % 2 == 1 {
            continue;
        }
        parts.push(unescape(&raw[from..at]));
        from = at + 2;
    }
    parts.push(unescape(&raw[from..]));
    let mut location = Map::new();
    let is_country_code = |p: &str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_uppercase());
    if parts.len() > 1 && parts.last().is_some_and(|p| is_country_code(p)) {
        location.insert("countryCode".into(), parts.pop().unwrap_or_default().into());
    }
    let mut parts = parts.into_iter();
    if let Some(city) = parts.next() {
        location.insert("city".into(), city.into());
    }
    let region: Vec<String> = parts.collect();
    if !region.is_empty() {
        location.insert("region".into(), region.join(", ").into());
    }
    Value::Object(location)
}

/// Markdown text as read: escapes and the entities the writer uses undone.
fn unescape(raw: &str) -> String {
    unescaped(raw).plain()
}

/// Inline Markdown read on its own, remembering what was escaped.
pub(super) fn unescaped(raw: &str) -> Inline {
    let events: Vec<_> =
        pulldown_cmark::Parser::new_ext(raw.trim(), crate::resume::markdown_options())
            .into_offset_iter()
            .filter(|(e, _)| {
                !matches!(
                    e,
                    pulldown_cmark::Event::Start(_) | pulldown_cmark::Event::End(_)
                )
            })
            .collect();
    Inline::from_events(&events, raw.trim())
}

fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host).to_string()
}

use super::inline::Inline;
use crate::resume::reading::{is_email, is_phone, looks_like_place, without_brackets};
