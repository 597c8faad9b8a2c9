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

use super::blocks::{Block, Item, parse_blocks};
use super::error::JsonResumeError;
use super::escape::{self, LABEL_GUARDS, LIST_GUARDS, META_GUARDS};
use super::inline::Inline;
use super::read::Obj;
use crate::resume::reading::profiles::{derive_profile, display_url, looks_like_web};

const SEGMENT_SEPARATORS: &[&str] = &[" · ", " | ", " • ", " ⋅ ", " ∙ "];

pub(super) fn write(basics: &Obj<'_>) -> Result<String, JsonResumeError> {
    let mut lines = Vec::new();
    if let Some(name) = basics.text("name")? {
        lines.push(format!("# {}", escape::inline(&name, &[])));
    }
    let mut about = Vec::new();
    if let Some(label) = basics.text("label")? {
        about.push(as_text(&label, escape::inline(&label, META_GUARDS)));
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
        out.push(link(&display_url(&url), &url));
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
                link(&display_url(&url), &url)
            }
            Some(url) if named.is_empty() => link(&display_url(&url), &url),
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
    if is_email(plain) || is_phone(plain) || looks_like_web(plain) {
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

/// Reads `basics` (without `summary`) back from a header section.
pub(super) fn read(body: &str) -> Map<String, Value> {
    let mut basics = Basics::default();
    for block in parse_blocks(body) {
        match block {
            Block::Heading(inline) if basics.name.is_none() => {
                basics.name = Some(inline.plain()).filter(|n| !n.is_empty())
            }
            Block::Heading(inline) | Block::Paragraph(inline) => basics.line_block(&inline),
            Block::List(items) => {
                for inline in items.iter().flat_map(Item::flatten) {
                    basics.line_block(inline);
                }
            }
            Block::Other(raw) => basics.texts.push(Inline::raw(&raw)),
        }
    }
    basics.into_map()
}

#[derive(Default)]
struct Basics {
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    url: Option<String>,
    profiles: Vec<Value>,
    /// Text that is not a contact: the label, then the location, then extras.
    texts: Vec<Inline>,
}

impl Basics {
    fn line_block(&mut self, inline: &Inline) {
        for line in inline.lines() {
            for segment in line.split(SEGMENT_SEPARATORS) {
                if !segment.is_empty() {
                    self.segment(&segment);
                }
            }
        }
    }

    fn segment(&mut self, segment: &Inline) {
        let text = segment.plain();
        if let Some(url) = segment.url() {
            let named = segment
                .without_links()
                .split_once(": ")
                .map(|(network, username)| (network.plain(), username.plain()));
            return self.link(&text, named, url);
        }
        if segment.has_protected() {
            // Escaped characters mark text written as a value (a label).
            self.texts.push(segment.trim());
            return;
        }
        let bare = text
            .strip_prefix('[')
            .and_then(|t| t.strip_suffix(']'))
            .unwrap_or(&text);
        if is_email(bare) && self.email.is_none() {
            self.email = Some(bare.to_string());
        } else if is_phone(bare) && self.phone.is_none() {
            self.phone = Some(bare.to_string());
        } else if looks_like_web(bare) {
            let url = if bare.starts_with("http://") || bare.starts_with("https://") {
                bare.to_string()
            } else {
                format!("https://{bare}")
            };
            let shown = display_url(&url);
            self.link(&shown, None, &url);
        } else {
            self.texts.push(segment.trim());
        }
    }

    /// A linked contact; `named` is its text read as "Network: user name".
    fn link(&mut self, text: &str, named: Option<(String, String)>, url: &str) {
        let lower = url.to_ascii_lowercase();
        if let Some(address) = lower.strip_prefix("mailto:").map(|_| &url[7..]) {
            let address = address.split('?').next().unwrap_or(address);
            if self.email.is_none() {
                self.email = Some(address.to_string());
                return;
            }
        } else if lower.starts_with("tel:") && self.phone.is_none() {
            self.phone = Some(text.to_string());
            return;
        }
        if !(lower.starts_with("http://") || lower.starts_with("https://")) {
            self.texts.push(Inline::raw(text));
            return;
        }
        let shown_as_address = text == display_url(url) || text == url;
        let derived = derive_profile(url);
        let (network, username) = match named {
            Some((network, username)) if !shown_as_address => (network, Some(username)),
            _ if shown_as_address => match derived {
                Some(profile) => profile,
                None if self.url.is_none() => {
                    self.url = Some(url.to_string());
                    return;
                }
                None => (host(url), None),
            },
            _ => (text.to_string(), None),
        };
        let mut profile = Map::new();
        profile.insert("network".into(), network.into());
        if let Some(username) = username {
            profile.insert("username".into(), username.into());
        }
        profile.insert("url".into(), url.into());
        self.profiles.push(Value::Object(profile));
    }

    fn into_map(self) -> Map<String, Value> {
        let mut map = Map::new();
        let mut put = |key: &str, value: Option<String>| {
            if let Some(value) = value {
                map.insert(key.into(), value.into());
            }
        };
        let mut texts = self.texts.into_iter();
        let label = texts.next();
        let location = texts.next();
        // Anything after the location stays with the label, so no word is lost.
        let label: Vec<String> = label.into_iter().chain(texts).map(|t| t.plain()).collect();
        let label = Some(label.join(" · ")).filter(|l| !l.is_empty());
        put("name", self.name);
        put("label", label);
        put("email", self.email);
        put("phone", self.phone);
        put("url", self.url);
        if let Some(location) = location {
            map.insert("location".into(), read_location(&location));
        }
        if !self.profiles.is_empty() {
            map.insert("profiles".into(), Value::Array(self.profiles));
        }
        map
    }
}

/// "City, Region, CC" → the schema's location object.
fn read_location(inline: &Inline) -> Value {
    let mut parts: Vec<String> = inline.split(&[", "]).iter().map(Inline::plain).collect();
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

fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split(['/', '?', '#'])
        .next()
        .unwrap_or(rest)
        .to_string()
}

fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.contains('@')
        && !text.chars().any(char::is_whitespace)
}

fn is_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (7..=20).contains(&digits)
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().,/x".contains(c))
}
