//! The header: name, headline, location, email, phone and links, from a
//! title heading, contact lines with separators (`·`, `|`, `•`), lists,
//! tables, `mailto:`/`tel:` links and front matter.

use super::blocks::{self, Block, Line};
use super::front_matter;
use super::model::{Field, HeaderReading, Link, LinkKind};
use super::profiles::{derive_profile, display_url, looks_like_web};
use super::words::is_role_like;

/// Between the items of a contact line.
pub const SEGMENT_SEPARATORS: &[&str] =
    &[" · ", " | ", " • ", " ⋅ ", " ∙ ", " ◦ ", "\u{a0}|\u{a0}"];

/// Fills what the header lacks from another section (a "Contact" section
/// at the end, contacts under "About me"): email and phone from any, links
/// only from a section about contacts.
pub fn fill_from(header: &mut HeaderReading, section: &crate::resume::Section) {
    let (title, body) = (section.title.as_str(), section.body.as_str());
    let other = read(body);
    let before = (
        header.email.is_some(),
        header.phone.is_some(),
        header.links.len(),
    );
    if header.email.is_none() {
        header.email = other.email;
    }
    if header.phone.is_none() {
        header.phone = other.phone;
    }
    let lower = title.to_lowercase();
    let about_contacts = [
        "contact",
        "kontakt",
        "coordonnées",
        "contato",
        "contacto",
        "contatti",
        "links",
        "about",
        "get in touch",
        "profiles",
    ]
    .iter()
    .any(|w| lower.contains(w));
    if about_contacts {
        for link in other.links {
            if !header
                .links
                .iter()
                .any(|l| l.url == link.url && l.kind == link.kind)
            {
                header.links.push(link);
            }
        }
    }
    if before
        != (
            header.email.is_some(),
            header.phone.is_some(),
            header.links.len(),
        )
    {
        header.contact_sections.push(section.id);
    }
}

/// Reads a header section's body.
pub fn read(body: &str) -> HeaderReading {
    let mut header = HeaderReading::default();
    if let Some(end) = front_matter::end(body) {
        header.front_matter = Some(Field::new(body[..end].trim_end(), 0..end));
        for (key, value, range) in front_matter::pairs(body) {
            header.front_matter_pair(&key, &value, range);
        }
    }
    let text = front_matter::blank_out(body);
    let from_front_matter = header.name.is_some();
    let mut first_text = true;
    for block in blocks::parse(&text) {
        match block {
            Block::Heading { line, .. } => {
                if header.name.is_none() || (from_front_matter && first_text) {
                    match name_in_title(&line) {
                        Some(name) => header.name = Some(name),
                        None if is_document_title(&line.text) => {}
                        None => header.name = Some(line.whole()).filter(|f| !f.text.is_empty()),
                    }
                } else {
                    header.line(&line);
                }
            }
            Block::Paragraph { lines, .. } | Block::Other { lines, .. } => {
                for line in &lines {
                    let nothing_yet = header.email.is_none()
                        && header.phone.is_none()
                        && header.headline.is_none();
                    if header.name.is_none() && (first_text || nothing_yet) && looks_like_name(line)
                    {
                        header.name = Some(line.whole());
                    } else {
                        header.line(line);
                    }
                }
            }
            Block::List { items, .. } => {
                for item in &items {
                    for line in &item.lines {
                        header.line(line);
                    }
                }
            }
            Block::Table { rows, .. } => {
                for cell in rows.iter().flatten() {
                    header.line(cell);
                }
            }
        }
        first_text = false;
    }
    header.texts_on_line = 0;
    header
}

/// Words that title the document rather than name the person.
const DOCUMENT_WORDS: &[&str] = &[
    "mon",
    "mein",
    "mi",
    "meu",
    "mio",
    "page",
    "home",
    "resume",
    "résumé",
    "cv",
    "curriculum",
    "vitae",
    "lebenslauf",
    "currículo",
    "curriculo",
    "my",
    "experience",
    "details",
    "portfolio",
    "профиль",
];

/// "Resume / CV", "Curriculum Vitae", "My CV": a title with no name in it.
fn is_document_title(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !words.is_empty() && words.iter().all(|w| DOCUMENT_WORDS.contains(&w.as_str()))
}

/// "Lebenslauf — Jana Köhler", "Rafael Oliveira - Currículo": the name
/// beside a document title.
fn name_in_title(line: &Line) -> Option<Field> {
    let parts = line.split(&[" — ", " – ", " - ", " | ", ": ", " / "]);
    if parts.len() != 2 {
        return None;
    }
    let (a, b) = (&line.text[parts[0].clone()], &line.text[parts[1].clone()]);
    match (is_document_title(a), is_document_title(b)) {
        (true, false) => Some(line.field(parts[1].clone())),
        (false, true) => Some(line.field(parts[0].clone())),
        _ => None,
    }
}

/// A line that can only be a person's name: two to five capitalised words,
/// no digits, no address, or a line all in bold.
fn looks_like_name(line: &Line) -> bool {
    let text = line.text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = words
        .iter()
        .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || w.len() <= 3);
    (2..=5).contains(&words.len())
        && capitalised
        && !text
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '@' | '|' | '·' | ':' | '/'))
        && line.links.is_empty()
        && !is_role_like(text)
        && !is_document_title(text)
}

impl HeaderReading {
    fn front_matter_pair(&mut self, key: &str, value: &str, range: super::model::SourceRange) {
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

    fn front_matter_link(&mut self, key: &str, value: &str, range: super::model::SourceRange) {
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
        self.add_link(&display_url(&url), &url, range);
    }

    /// One line of the header: its segments read in turn.
    fn line(&mut self, line: &Line) {
        let pieces = line.split(SEGMENT_SEPARATORS);
        let contact_line = pieces.len() > 1
            && pieces.iter().any(|p| {
                let t = line.text[p.clone()].trim();
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
        let bare = text
            .trim_start_matches(['<', '['])
            .trim_end_matches(['>', ']']);
        if is_email(bare) && self.email.is_none() {
            self.email = Some(Field::new(bare, field.range));
        } else if is_phone(bare) && self.phone.is_none() {
            self.phone = Some(field);
        } else if looks_like_web(bare) {
            let url = absolute(bare);
            self.add_link(&display_url(&url), &url, field.range);
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

    fn add_link(&mut self, shown: &str, url: &str, range: super::model::SourceRange) {
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

/// `Email: x` / `📧 x` / `**GitHub**: x`: the label (if any) and the value.
fn split_label(segment: &Line) -> (Option<String>, Line) {
    let text = &segment.text;
    let lead = text.len() - text.trim_start().len();
    // A leading symbol or emoji ("📧", "✉", "☎") stands for a label.
    let symbol_end = text[lead..]
        .char_indices()
        .find(|&(_, c)| c.is_alphanumeric() || c.is_ascii())
        .map_or(text.len(), |(i, _)| lead + i);
    let symbol_only = !text[symbol_end..].chars().any(char::is_alphanumeric)
        || segment.code.iter().any(|c| c.start < symbol_end)
        || !text[symbol_end..].starts_with(' ')
        || text[lead..symbol_end].contains(['—', '–', '·', '•', '…']);
    let segment = if symbol_end > lead
        && !symbol_only
        && segment.links.iter().all(|(r, _)| r.start >= symbol_end)
    {
        segment.tail(symbol_end)
    } else {
        segment.clone()
    };
    let text = &segment.text;
    if let Some(colon) = text.find(':') {
        let label = text[..colon].trim().trim_matches('*').trim();
        let is_scheme = text[colon..].starts_with("://")
            || matches!(
                label.to_lowercase().as_str(),
                "mailto" | "tel" | "http" | "https"
            );
        let in_link = segment.links.iter().any(|(r, _)| r.contains(&colon));
        if !label.is_empty()
            && text[colon + 1..].starts_with([' ', '\u{a0}'])
            && label.split_whitespace().count() <= 3
            && !is_scheme
            && !in_link
            && label
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '.')
        {
            return (Some(label.to_string()), segment.tail(colon + 1));
        }
    }
    (None, segment)
}

fn network_for_label(label: &str) -> Option<&'static str> {
    match label.to_lowercase().as_str() {
        "github" => Some("GitHub"),
        "linkedin" => Some("LinkedIn"),
        "gitlab" => Some("GitLab"),
        "twitter" => Some("Twitter"),
        "stack overflow" | "stackoverflow" => Some("Stack Overflow"),
        _ => None,
    }
}

fn kind_for_network(network: &str) -> LinkKind {
    match network {
        "GitHub" => LinkKind::GitHub,
        "LinkedIn" => LinkKind::LinkedIn,
        _ => LinkKind::Other,
    }
}

/// The network of a profile address whose user name cannot be read
/// (`github.com/ada/` with a query, `linkedin.com/in/ada/details`).
fn network_of_host(url: &str) -> Option<&'static str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split('/').next().unwrap_or(rest).to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    match host {
        "github.com" => Some("GitHub"),
        h if h.ends_with("linkedin.com") => Some("LinkedIn"),
        "gitlab.com" => Some("GitLab"),
        "stackoverflow.com" => Some("Stack Overflow"),
        "twitter.com" => Some("Twitter"),
        "x.com" => Some("X"),
        _ => None,
    }
}

fn absolute(url: &str) -> String {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.contains(':') {
        url.to_string()
    } else {
        format!("https://{url}")
    }
}

/// "Berlin, Germany", "Remote", "San Francisco, CA": a place, not a tagline.
pub fn looks_like_place(text: &str) -> bool {
    let lower = text.to_lowercase();
    let first_word = lower.split([' ', ',', '(']).next().unwrap_or("");
    if matches!(first_word, "remote" | "hybrid" | "worldwide")
        && text.split_whitespace().count() <= 3
    {
        return true;
    }
    let parts: Vec<&str> = text.split(", ").collect();
    parts.len() >= 2
        && parts.len() <= 4
        && text.split_whitespace().count() <= 6
        && !is_role_like(text)
        && parts.iter().all(|p| {
            p.chars().next().is_some_and(|c| c.is_uppercase())
                && !p.chars().any(|c| c.is_ascii_digit() && p.len() > 6)
        })
}

/// One to three capitalised words that are not a role ("Seoul", "New York").
fn short_proper(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !is_role_like(text)
}

pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.contains('@')
        && !domain.ends_with('.')
        && !text.chars().any(char::is_whitespace)
}

pub fn is_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (7..=20).contains(&digits)
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().,/x".contains(c))
        && super::dates::parse(text).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(f: &Option<Field>) -> Option<&str> {
        f.as_ref().map(|f| f.text.as_str())
    }

    #[test]
    fn title_heading_and_a_contact_line() {
        let body = "# Ada Example\n\nBack-End Engineer · Berlin, Germany\n\n[ada@example.com](mailto:ada@example.com) | +49 30 1234567 | [github.com/adaex](https://github.com/adaex) | [LinkedIn](https://www.linkedin.com/in/ada-ex/) | ada.dev";
        let h = read(body);
        assert_eq!(text(&h.name), Some("Ada Example"));
        assert_eq!(text(&h.headline), Some("Back-End Engineer"));
        assert_eq!(text(&h.location), Some("Berlin, Germany"));
        assert_eq!(text(&h.email), Some("ada@example.com"));
        assert_eq!(text(&h.phone), Some("+49 30 1234567"));
        let kinds: Vec<_> = h.links.iter().map(|l| l.kind).collect();
        assert_eq!(
            kinds,
            [LinkKind::GitHub, LinkKind::LinkedIn, LinkKind::Website]
        );
        assert_eq!(h.links[2].url, "https://ada.dev");
        let phone = h.phone.unwrap();
        assert_eq!(&body[phone.range], "+49 30 1234567");
    }

    #[test]
    fn labelled_lines_and_emoji() {
        let body = "# Jo Doe\n\n- 📧 Email: jo@example.org\n- Phone: (555) 010-2000\n- GitHub: jodoe\n- Location: Austin, TX";
        let h = read(body);
        assert_eq!(text(&h.email), Some("jo@example.org"));
        assert_eq!(text(&h.phone), Some("(555) 010-2000"));
        assert_eq!(text(&h.location), Some("Austin, TX"));
        let gh = h.link(LinkKind::GitHub).unwrap();
        assert_eq!(gh.username.as_deref(), Some("jodoe"));
        assert_eq!(gh.url, "");
    }

    #[test]
    fn front_matter_gives_the_fields_and_is_not_text() {
        let body =
            "---\nname: Sam Lee\nemail: sam@example.com\ngithub: samlee\n---\n\nPlatform engineer.";
        let h = read(body);
        assert_eq!(text(&h.name), Some("Sam Lee"));
        assert_eq!(text(&h.email), Some("sam@example.com"));
        assert_eq!(h.links[0].url, "https://github.com/samlee");
        assert_eq!(text(&h.headline), Some("Platform engineer."));
        assert!(h.front_matter.is_some());
    }

    #[test]
    fn a_name_line_without_a_heading_and_html() {
        let h = read("<p align=\"center\"><b>Kim Park</b><br>Software Engineer</p>\n");
        assert_eq!(text(&h.headline), Some("Software Engineer"));
        assert_eq!(text(&h.name), Some("Kim Park"));
        let h = read("**Lee Chan**\nlee@example.com · Seoul");
        assert_eq!(text(&h.name), Some("Lee Chan"));
        assert_eq!(text(&h.location), Some("Seoul"));
    }

    #[test]
    fn document_titles_are_not_names() {
        assert_eq!(
            text(&read("# Curriculum Vitae\n\n**Jo Park**").name),
            Some("Jo Park")
        );
        assert_eq!(
            text(&read("# Lebenslauf — Jana Köhler").name),
            Some("Jana Köhler")
        );
        assert_eq!(
            text(&read("# Rafael Oliveira - Currículo").name),
            Some("Rafael Oliveira")
        );
        assert_eq!(read("# My CV").name, None);
        let h = read("---\ntitle: \"Mon CV\"\n---\n# Antoine Mercier\n");
        assert_eq!(h.headline, None);
    }

    #[test]
    fn no_name_when_there_is_none() {
        let h = read("jo@example.org · +1 555 0100 1234");
        assert_eq!(h.name, None);
        assert_eq!(text(&h.email), Some("jo@example.org"));
    }
}
