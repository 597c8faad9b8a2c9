//! Inline HTML as a reader sees it: `<br>` breaks a line, `<img>` shows its
//! alt text, comments, `<style>` and `<script>` vanish, every other tag is
//! dropped and its text kept.

use super::blocks::line::Line;

/// What one inline HTML fragment shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InlineHtml {
    Break,
    Text(String),
    /// Starts text that is not shown (`<style>`, `<script>`).
    HideStart,
    HideEnd,
    Nothing,
}

/// Reads one tag (or comment) as the parser hands it over.
pub fn inline_tag(tag: &str) -> InlineHtml {
    let tag = tag.trim();
    if tag.starts_with("<!--") {
        return InlineHtml::Nothing;
    }
    let name = tag_name(tag);
    let closing = tag.starts_with("</");
    match name.as_str() {
        "br" => InlineHtml::Break,
        "img" => attribute(tag, "alt").map_or(InlineHtml::Nothing, InlineHtml::Text),
        "style" | "script" if closing => InlineHtml::HideEnd,
        "style" | "script" => InlineHtml::HideStart,
        _ => InlineHtml::Nothing,
    }
}

/// Text with every `<…>` tag taken out.
pub fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The tag's name, lower case, without `<`, `/` and attributes.
pub fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// The value of attribute `name` in a tag.
pub fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower[from..].find(name) {
        let at = from + found;
        from = at + name.len();
        let before_ok = at > 0 && lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[at + name.len()..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let value_at = tag.len() - rest.len() + 1;
        let value = tag[value_at..].trim_start();
        let quote = value.chars().next()?;
        return Some(if quote == '"' || quote == '\'' {
            value[1..].split(quote).next().unwrap_or("").to_string()
        } else {
            value
                .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
                .next()
                .unwrap_or("")
                .to_string()
        });
    }
    None
}

/// The text of an HTML block as a reader sees it, one string per line.
pub fn block_text(raw: &str) -> Vec<String> {
    block_lines(raw, 0)
        .into_iter()
        .map(|l| l.text.trim().to_string())
        .collect()
}

/// The readable lines of an HTML block starting at byte `at` of the body:
/// tags dropped, `<br>` and block tags end lines, hidden parts skipped.
pub fn block_lines(raw: &str, at: usize) -> Vec<Line> {
    let mut out = Vec::new();
    let mut line = LineBuilder::default();
    let mut hidden = 0usize;
    let mut i = 0;
    while i < raw.len() {
        let rest = &raw[i..];
        if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(raw.len(), |e| i + e + 3);
            i = end;
            continue;
        }
        if rest.starts_with('<')
            && let Some(close) = rest.find('>')
        {
            let tag = &rest[..=close];
            let name = tag_name(tag);
            if !name.is_empty() {
                match inline_tag(tag) {
                    InlineHtml::HideStart => hidden += 1,
                    InlineHtml::HideEnd => hidden = hidden.saturating_sub(1),
                    InlineHtml::Text(alt) if hidden == 0 => line.push_picture(&alt, at + i),
                    _ => {}
                }
                if is_breaking(&name) {
                    line.finish(&mut out);
                }
                i += close + 1;
                continue;
            }
        }
        let ch = rest.chars().next().unwrap_or(' ');
        if ch == '\n' {
            line.finish(&mut out);
        } else if hidden == 0 {
            line.push_char(ch, at + i);
        }
        i += ch.len_utf8();
    }
    line.finish(&mut out);
    out
}

fn is_breaking(name: &str) -> bool {
    matches!(
        name,
        "br" | "p"
            | "div"
            | "li"
            | "tr"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "table"
            | "ul"
            | "ol"
            | "section"
            | "header"
            | "footer"
    )
}

#[derive(Default)]
struct LineBuilder {
    text: String,
    origins: Vec<usize>,
    /// Where the `<img>` tags whose alt text is on the line start: the alt
    /// text's bytes point there.
    pictures: Vec<usize>,
}

impl LineBuilder {
    fn push_char(&mut self, ch: char, origin: usize) {
        let mut buf = [0u8; 4];
        let s = ch.encode_utf8(&mut buf);
        for k in 0..s.len() {
            self.origins.push(origin + k);
        }
        self.text.push(ch);
    }

    fn push_picture(&mut self, alt: &str, origin: usize) {
        self.pictures.push(origin);
        self.push_foreign(alt, origin);
    }

    fn push_foreign(&mut self, text: &str, origin: usize) {
        self.origins.extend(std::iter::repeat_n(origin, text.len()));
        self.text.push_str(text);
    }

    fn finish(&mut self, out: &mut Vec<Line>) {
        let text = std::mem::take(&mut self.text);
        let origins = std::mem::take(&mut self.origins);
        let pictures = std::mem::take(&mut self.pictures);
        if text.trim().is_empty() {
            return;
        }
        let (text, map) = decode_entities(&text, &origins);
        // Runs of bytes that point at an `<img>` tag are its alt text.
        let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
        for (i, origin) in map.iter().enumerate() {
            if !pictures.contains(origin) {
                continue;
            }
            match spans.last_mut() {
                Some(span) if span.end == i => span.end = i + 1,
                _ => spans.push(i..i + 1),
            }
        }
        let mut line = Line::from_parts((text, map));
        line.pictures = spans;
        out.push(line);
    }
}

/// Decodes the few entities people write by hand, keeping the origins.
fn decode_entities(text: &str, origins: &[usize]) -> (String, Vec<usize>) {
    const ENTITIES: &[(&str, &str)] = &[
        ("&amp;", "&"),
        ("&nbsp;", " "),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&middot;", "·"),
        ("&bull;", "•"),
        ("&mdash;", "—"),
        ("&ndash;", "–"),
    ];
    let mut out = String::new();
    let mut map = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        if let Some((from, to)) = ENTITIES.iter().find(|(from, _)| rest.starts_with(from)) {
            map.extend(std::iter::repeat_n(origins[i], to.len()));
            out.push_str(to);
            i += from.len();
            continue;
        }
        let ch = rest.chars().next().unwrap_or(' ');
        map.extend_from_slice(&origins[i..i + ch.len_utf8()]);
        out.push(ch);
        i += ch.len_utf8();
    }
    (out, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_as_shown() {
        assert_eq!(inline_tag("<br/>"), InlineHtml::Break);
        assert_eq!(inline_tag("<BR>"), InlineHtml::Break);
        assert_eq!(
            inline_tag("<img src=\"a.png\" alt=\"Ada's photo\">"),
            InlineHtml::Text("Ada's photo".into())
        );
        assert_eq!(inline_tag("<span class=x>"), InlineHtml::Nothing);
        assert_eq!(inline_tag("<style>"), InlineHtml::HideStart);
        assert_eq!(inline_tag("<!-- note -->"), InlineHtml::Nothing);
    }

    #[test]
    fn blocks_drop_tags_styles_and_comments() {
        let raw = "<div align=\"center\">\n<style>h1{color:red}</style>\n<!-- hidden -->\n<b>Ada</b> &amp; Co<br>Berlin\n</div>";
        let lines = block_lines(raw, 10);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Ada & Co", "Berlin"]);
        let berlin = &lines[1];
        assert_eq!(
            &raw[berlin.range().start - 10..berlin.range().end - 10],
            "Berlin"
        );
    }
}
