//! The header's lines and their segments: each segment is a name, a
//! headline, a place, an email, a phone or a link.

use super::labels::*;
use super::*;
use crate::resume::reading::model::SourceRange;

impl HeaderReading {
    pub(super) fn front_matter_pair(&mut self, key: &str, value: &str, range: SourceRange) {
        let field = Field::new(value, range.clone());
        let last = key.rsplit('.').next().unwrap_or(key);
        match last {
            "name" | "fullname" | "full_name" | "author" if self.name.is_none() => {
                self.name = Some(field)
            }
            "title" | "headline" | "label" | "role" | "position" | "tagline" | "subtitle"
                if self.headline.is_none() && !is_document_title(value) =>
            {
                self.headline = Some(field)
            }
            "email" | "mail" | "e-mail" if self.email.is_none() => self.email = Some(field),
            "phone" | "mobile" | "tel" | "telephone" if self.phone.is_none() => {
                self.phone = Some(field)
            }
            "location" | "city" | "address" if self.location.is_none() => {
                self.location = Some(field)
            }
            "github" | "linkedin" | "gitlab" | "twitter" | "website" | "url" | "homepage"
            | "blog" | "site" | "web" => self.front_matter_link(last, value, range),
            _ => {}
        }
    }

    fn front_matter_link(&mut self, key: &str, value: &str, range: SourceRange) {
        let url = if looks_like_web(value) {
            absolute(value)
        } else {
            match key {
                "github" => format!("https://github.com/{value}"),
                "linkedin" => format!("https://www.linkedin.com/in/{value}"),
                "gitlab" => format!("https://gitlab.com/{value}"),
                "twitter" => format!("https://x.com/{}", value.trim_start_matches('@')),
                _ => absolute(value),
            }
        };
        self.add_link(typed_address(&url), &url, range);
    }

    /// One line of the header: its segments read in turn.
    pub(super) fn line(&mut self, line: &Line) {
        let pieces = line.split(SEGMENT_SEPARATORS);
        // "**Yusuf Demir** · Backend developer · …": a bold name first.
        if self.name.is_none()
            && let Some(first) = pieces.first()
        {
            let segment = line.slice(first.clone());
            if segment.all_strong() && looks_like_name(&segment) && pieces.len() > 1 {
                self.name = Some(segment.whole());
                for piece in &pieces[1..] {
                    let segment = line.slice(piece.clone());
                    self.segment(&segment, true);
                }
                return;
            }
        }
        let contact_line = pieces.len() > 1
            && pieces.iter().any(|p| {
                let t = line.text[p.clone()].trim();
                // A value written as text (its first character escaped) is no contact.
                if line
                    .code
                    .iter()
                    .any(|c| c.start <= p.start && p.start < c.end)
                {
                    return false;
                }
                is_email(t)
                    || is_phone(t)
                    || looks_like_web(t)
                    || !line.slice(p.clone()).links.is_empty()
            });
        self.texts_on_line = 0;
        for piece in pieces {
            let segment = line.slice(piece);
            self.segment(&segment, contact_line);
        }
    }

    fn segment(&mut self, segment: &Line, contact_line: bool) {
        // "Email: x", "📞 x", "GitHub: x": the label tells little the value
        // does not, so it is set aside (but a "GitHub: name" keeps its network).
        let (label, value) = split_label(segment);
        let text = value.text.trim();
        if text.is_empty() {
            if !segment.text.trim().is_empty() {
                self.text(segment.whole());
            }
            return;
        }
        if let Some((span, url)) = value.links.first().cloned() {
            let shown = value.text[span].trim().to_string();
            let rest_is_link = value.links.len() == 1 && value.text.trim().len() <= shown.len() + 2;
            if rest_is_link || value.links.len() > 1 {
                for (span, url) in &value.links {
                    let shown = value.text[span.clone()].trim().to_string();
                    let field = value.field(span.clone());
                    self.linked(&shown, url, field, label.as_deref());
                }
                return;
            }
            let field = value.whole();
            self.linked(&shown, &url, field, label.as_deref());
            return;
        }
        let handle = text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '@'));
        let network = label.as_deref().and_then(|l| {
            network_for_label(l).map(str::to_string).or_else(|| {
                // "XING: name", "Mastodon: @me@host" among contacts.
                let capitalised = l.chars().next().is_some_and(char::is_uppercase);
                let not_a_profile = [
                    "location",
                    "address",
                    "city",
                    "email",
                    "e-mail",
                    "mail",
                    "phone",
                    "mobile",
                    "tel",
                    "website",
                    "web",
                    "site",
                    "blog",
                    "name",
                    "born",
                    "nationality",
                ]
                .contains(&l.to_lowercase().as_str());
                (contact_line && capitalised && !not_a_profile && l.split_whitespace().count() <= 2)
                    .then(|| l.to_string())
            })
        });
        if let Some(network) = network.filter(|_| handle && !is_email(text) && !is_phone(text)) {
            // "GitHub: adaex" with no address.
            self.links.push(Link {
                kind: kind_for_network(&network),
                network: Some(network),
                username: Some(text.to_string()),
                label: text.to_string(),
                url: String::new(),
                range: value.whole().range,
            });
            return;
        }
        let lead = value.text.len() - value.text.trim_start().len();
        if value
            .code
            .iter()
            .any(|c| c.start <= lead && lead < c.end.max(c.start + 1))
        {
            // An escaped first character marks text written as a value: the first
            // such text is the headline, whatever it looks like.
            if self.headline.is_none() {
                self.texts_on_line += 1;
                self.headline = Some(segment.whole());
            } else {
                self.text(segment.whole());
            }
            return;
        }
        let field = value.whole();
        // "<a@b.com>", "[email@example.com]" (a template's placeholder).
        let bare = without_brackets(text);
        if is_email(bare) && self.email.is_none() {
            self.email = Some(Field::new(bare, field.range));
        } else if is_phone(bare) && self.phone.is_none() {
            self.phone = Some(field);
        } else if looks_like_web(bare) {
            let url = absolute(bare);
            self.add_link(typed_address(&url), &url, field.range);
        } else if label.as_deref().is_some_and(|l| {
            matches!(
                l.to_lowercase().as_str(),
                "location" | "address" | "city" | "based in" | "ort" | "adresse" | "ubicación"
            )
        }) && self.location.is_none()
        {
            self.location = Some(field);
        } else if contact_line && self.location.is_none() && short_proper(&field.text) {
            // A short name among contacts is where the person lives.
            self.location = Some(field);
        } else {
            // Plain text keeps what was written before it, symbols included.
            self.text(segment.whole());
        }
    }

    /// Plain text: the headline first, a place next, the rest as other
    /// (a later place on the line may still take the location from it).
    fn text(&mut self, field: Field) {
        self.texts_on_line += 1;
        let looks_like_place = looks_like_place(&field.text);
        let beside_headline = self.texts_on_line == 2 && !is_role_like(&field.text);
        if self.headline.is_none() && !looks_like_place {
            self.headline = Some(field);
        } else if looks_like_place && self.location.as_ref().is_none_or(|l| !self.place_read(l)) {
            if let Some(previous) = self.location.replace(field) {
                self.other.push(previous);
            }
        } else if self.location.is_none() && (beside_headline || short_proper(&field.text)) {
            self.location = Some(field);
        } else {
            self.other.push(field);
        }
    }

    /// Whether the location read so far really reads as a place.
    fn place_read(&self, location: &Field) -> bool {
        looks_like_place(&location.text)
    }

    fn linked(&mut self, shown: &str, url: &str, field: Field, label: Option<&str>) {
        // Resume builders may wrap the address in markup
        // (`<span class="link">linkedin.com/in/ada</span>`): the address is
        // what a browser would show.
        let untagged = crate::resume::reading::html::strip_tags(url);
        let url = untagged.trim();
        let lower = url.to_ascii_lowercase();
        if let Some(address) = lower.strip_prefix("mailto:") {
            let address = url[7..].split('?').next().unwrap_or(address);
            if self.email.is_none() {
                self.email = Some(Field::new(address, field.range));
            }
            return;
        }
        if lower.starts_with("tel:") {
            if self.phone.is_none() {
                let text = if shown.chars().any(|c| c.is_ascii_digit()) {
                    shown.to_string()
                } else {
                    url[4..].to_string()
                };
                self.phone = Some(Field::new(text, field.range));
            }
            return;
        }
        if is_email(url) {
            // An autolink: <ada@example.com>.
            if self.email.is_none() {
                self.email = Some(Field::new(url, field.range));
            }
            return;
        }
        if lower.starts_with('#') || lower.is_empty() {
            self.text(field);
            return;
        }
        let url = absolute(url);
        let shown = match label {
            Some(l) if shown.is_empty() => l.to_string(),
            _ => shown.to_string(),
        };
        self.add_link(&shown, &url, field.range);
        // "[Twitter: name](…)": the text names the network and the user.
        if let Some((network, username)) = shown.split_once(": ")
            && network.split_whitespace().count() <= 3
            && !username.contains(' ')
            && let Some(link) = self.links.last_mut()
            && link.url == url
        {
            link.network = Some(network.trim().to_string());
            link.username = Some(username.trim().to_string());
            link.kind = kind_for_network(network.trim());
        }
    }

    fn add_link(&mut self, shown: &str, url: &str, range: SourceRange) {
        let (network, username) = match derive_profile(url) {
            Some((network, username)) => (Some(network), username),
            None => (network_of_host(url).map(str::to_string), None),
        };
        let kind = network
            .as_deref()
            .map_or(LinkKind::Website, kind_for_network);
        self.links.push(Link {
            kind,
            network,
            username,
            label: shown.to_string(),
            url: url.to_string(),
            range,
        });
    }
}
