//! Random JSON Resumes — punctuation that means something in Markdown,
//! CJK, emoji, the format's own separators — go through a resume and back
//! without losing or changing a value.

mod common_schema;

use proptest::prelude::*;
use proptest::sample::select;
use resumd::resume::{Level, from_json_resume, to_json_resume};
use serde_json::{Map, Value, json};

/// Words chosen to break a careless writer: Markdown markers, entities,
/// separators (` — `, ` · `, `, `, `: `), list and heading starts.
const WORDS: &[&str] = &[
    "alpha",
    "Beta",
    "Zürich",
    "東京",
    "数据库",
    "🚀",
    "🎉ok",
    "C++",
    "*star*",
    "_under_",
    "**bold**",
    "snake_case",
    "#hash",
    "#1",
    "a|b",
    "|",
    "50%",
    "[x]",
    "[link](x)",
    "(p)",
    "<b>",
    "<img src=x>",
    "&amp;",
    "P&L",
    "1.",
    "2)",
    "-",
    "+",
    "=",
    ">",
    "\\",
    "`tick`",
    "~x~",
    "!",
    "—",
    "–",
    "·",
    "•",
    "x:",
    "end,",
    "a,b",
    "e.g.",
    "O'Brien",
    "\"q\"",
    "café",
    "2.5x",
    "$5",
    "@me",
    "^",
    "{}",
    "...",
    "a\u{a0}b",
    "ｆｕｌｌ",
    "👩‍💻",
    "🇩🇪",
    "ß",
    "www.x.com",
    "a@b.co",
    "5550100123",
    "x\u{200b}y",
    "http://x.io",
    "Ärger",
    "2019",
    "Mar 2020",
    "Present",
    "&",
    "to",
    "Sept",
    "in2",
    "x#",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(select(WORDS), 1..6).prop_map(|w| w.join(" "))
}

fn paragraphs() -> impl Strategy<Value = String> {
    prop::collection::vec(text(), 1..3).prop_map(|p| p.join("\n\n"))
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(text(), 1..4)
}

fn date() -> impl Strategy<Value = String> {
    (1990u32..2030, 0u32..13, 0u32..29).prop_map(|(y, m, d)| match (m, d) {
        (0, _) => format!("{y}"),
        (m, 0) => format!("{y}-{m:02}"),
        (m, d) => format!("{y}-{m:02}-{d:02}"),
    })
}

fn url() -> impl Strategy<Value = String> {
    select(
        &[
            "https://example.com",
            "https://example.com/a_(b)",
            "http://x.example.org/p?q=1&r=2",
            "https://example.com/%E6%9D%B1",
        ][..],
    )
    .prop_map(String::from)
}

/// An object from (key, value) pairs, leaving out the absent ones.
fn object(fields: Vec<(&str, Option<Value>)>) -> Value {
    let map: Map<String, Value> = fields
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
        .collect();
    Value::Object(map)
}

fn s(v: Option<String>) -> Option<Value> {
    v.map(Value::String)
}

fn list(v: Option<Vec<String>>) -> Option<Value> {
    v.map(|items| json!(items))
}

fn job(organization: &'static str) -> impl Strategy<Value = Value> {
    (
        text(),
        text(),
        (prop::option::of(url()), prop::option::of(text())),
        (prop::option::of(date()), prop::option::of(date())),
        prop::option::of(text()),
        prop::option::of(paragraphs()),
        prop::option::of(texts()),
    )
        .prop_map(
            move |(
                position,
                org,
                (url, description),
                (start, end),
                location,
                summary,
                highlights,
            )| {
                object(vec![
                    ("position", s(Some(position))),
                    (organization, s(Some(org))),
                    ("url", s(url)),
                    ("description", s(description)),
                    ("startDate", s(start)),
                    ("endDate", s(end)),
                    ("location", s(location)),
                    ("summary", s(summary)),
                    ("highlights", list(highlights)),
                ])
            },
        )
}

fn project() -> impl Strategy<Value = Value> {
    (
        (
            text(),
            prop::option::of(paragraphs()),
            prop::option::of(url()),
        ),
        (prop::option::of(texts()), prop::option::of(texts())),
        (prop::option::of(date()), prop::option::of(date())),
        (
            prop::option::of(texts()),
            prop::option::of(text()),
            prop::option::of(text()),
        ),
    )
        .prop_map(
            |(
                (name, description, url),
                (highlights, keywords),
                (start, end),
                (roles, entity, kind),
            )| {
                object(vec![
                    ("name", s(Some(name))),
                    ("description", s(description)),
                    ("url", s(url)),
                    ("highlights", list(highlights)),
                    ("keywords", list(keywords)),
                    ("startDate", s(start)),
                    ("endDate", s(end)),
                    ("roles", list(roles)),
                    ("entity", s(entity)),
                    ("type", s(kind)),
                ])
            },
        )
}

fn education() -> impl Strategy<Value = Value> {
    (
        (
            text(),
            text(),
            prop::option::of(text()),
            prop::option::of(url()),
        ),
        (prop::option::of(date()), prop::option::of(date())),
        (prop::option::of(text()), prop::option::of(texts())),
    )
        .prop_map(
            |((institution, kind, area, url), (start, end), (score, courses))| {
                object(vec![
                    ("institution", s(Some(institution))),
                    ("studyType", s(Some(kind))),
                    ("area", s(area)),
                    ("url", s(url)),
                    ("startDate", s(start)),
                    ("endDate", s(end)),
                    ("score", s(score)),
                    ("courses", list(courses)),
                ])
            },
        )
}

/// Awards, certificates, publications: name, by whom, one date, more.
fn dated(keys: [&'static str; 4]) -> impl Strategy<Value = Value> {
    (
        text(),
        prop::option::of(text()),
        prop::option::of(date()),
        prop::option::of(paragraphs()),
        prop::option::of(url()),
    )
        .prop_map(move |(name, by, when, summary, url)| {
            let [name_key, by_key, date_key, extra_key] = keys;
            let extra = if extra_key == "url" { url } else { summary };
            object(vec![
                (name_key, s(Some(name))),
                (by_key, s(by)),
                (date_key, s(when)),
                (extra_key, s(extra)),
            ])
        })
}

fn named_with_keywords(
    name: &'static str,
    level: Option<&'static str>,
) -> impl Strategy<Value = Value> {
    (text(), prop::option::of(text()), prop::option::of(texts())).prop_map(move |(n, l, k)| {
        let mut fields = vec![(name, s(Some(n))), ("keywords", list(k))];
        if let Some(level) = level {
            fields.push((level, s(l)));
        }
        object(fields)
    })
}

fn basics() -> impl Strategy<Value = Value> {
    let location = (
        text(),
        prop::option::of(text()),
        prop::option::of(select(&["US", "DE", "JP"][..])),
    )
        .prop_map(|(city, region, code)| {
            object(vec![
                ("city", s(Some(city))),
                ("region", s(region)),
                ("countryCode", s(code.map(String::from))),
            ])
        });
    let profile = (
        select(&["ada", "lin-ke", "x_y"][..]),
        select(&["GitHub", "Mastodon", "My blog"][..]),
    )
        .prop_map(|(user, network)| {
            let url = match network {
                "GitHub" => format!("https://github.com/{user}"),
                _ => format!("https://social.example/@{user}"),
            };
            json!({"network": network, "username": user, "url": url})
        });
    (
        (
            text(),
            prop::option::of((text(), prop::option::of(location))),
        ),
        (
            prop::option::of(select(&["ada@example.com", "a.b+c@mail.example.org"][..])),
            prop::option::of(select(&["+1 555 0100", "(020) 7946-0000"][..])),
        ),
        (
            prop::option::of(url()),
            prop::option::of(paragraphs()),
            prop::collection::vec(profile, 0..3),
        ),
    )
        .prop_map(
            |((name, about), (email, phone), (url, summary, profiles))| {
                let (label, location) = match about {
                    Some((label, location)) => (Some(label), location),
                    None => (None, None),
                };
                object(vec![
                    ("name", s(Some(name))),
                    ("label", s(label)),
                    ("location", location),
                    ("email", s(email.map(String::from))),
                    ("phone", s(phone.map(String::from))),
                    ("url", s(url)),
                    ("summary", s(summary)),
                    ("profiles", (!profiles.is_empty()).then(|| json!(profiles))),
                ])
            },
        )
}

fn some_of<T: std::fmt::Debug>(
    item: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<Vec<T>>> {
    prop::option::of(prop::collection::vec(item, 1..3))
}

fn resume() -> impl Strategy<Value = Value> {
    (
        (
            basics(),
            some_of(job("name")),
            some_of(job("organization")),
            some_of(project()),
        ),
        (
            some_of(education()),
            some_of(named_with_keywords("name", Some("level"))),
            some_of(named_with_keywords("name", None)),
        ),
        (
            some_of(dated(["title", "awarder", "date", "summary"])),
            some_of(dated(["name", "issuer", "date", "url"])),
            some_of(dated(["name", "publisher", "releaseDate", "summary"])),
        ),
        (
            some_of(
                (text(), prop::option::of(text()))
                    .prop_map(|(l, f)| object(vec![("language", s(Some(l))), ("fluency", s(f))])),
            ),
            some_of((text(), paragraphs()).prop_map(|(n, r)| json!({"name": n, "reference": r}))),
        ),
    )
        .prop_map(
            |(
                (basics, work, volunteer, projects),
                (education, skills, interests),
                (awards, certificates, publications),
                (languages, references),
            )| {
                let arrays = |v: Option<Vec<Value>>| v.map(Value::Array);
                object(vec![
                    ("basics", Some(basics)),
                    ("work", arrays(work)),
                    ("volunteer", arrays(volunteer)),
                    ("projects", arrays(projects)),
                    ("education", arrays(education)),
                    ("skills", arrays(skills)),
                    ("interests", arrays(interests)),
                    ("awards", arrays(awards)),
                    ("certificates", arrays(certificates)),
                    ("publications", arrays(publications)),
                    ("languages", arrays(languages)),
                    ("references", arrays(references)),
                ])
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_resumes_round_trip_without_losing_a_value(original in resume()) {
        let resume = from_json_resume(&original.to_string(), Level::Mid).unwrap();
        let mut exported = to_json_resume(&resume);
        let schema = common_schema::Schema::new(serde_json::from_str(include_str!("fixtures/jsonresume/schema.json")).unwrap());
        let errors = schema.validate(&exported);
        prop_assert!(errors.is_empty(), "{errors:?}");
        exported.as_object_mut().unwrap().remove("$schema");
        prop_assert_eq!(&exported, &original, "\n--- Markdown ---\n{}", resume.to_markdown());
    }
}
