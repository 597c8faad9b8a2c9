//! Deterministic, resume-like Markdown of any length, for benchmarks and
//! tests, and a simple splitter that turns it into a [`Resume`].
//!
//! The document mixes what a back-end developer resume uses: ATX headings,
//! paragraphs, bullet and numbered lists, nested bullets, bold, italic and
//! inline code, links, GFM tables, fenced code blocks, block quotes, rules and
//! non-ASCII text. The same line count and seed always give the same bytes
//! (the draws follow Python's `random`, so the output also matches the
//! Python generator this was first written as).

#![allow(dead_code)] // each bench or test uses a different part

#[path = "py_random.rs"]
mod py_random;

use py_random::PyRandom;
use resumd::resume::{Level, Resume, SectionId, SectionKind};
use resumd::storage::{SavedResume, Session};

pub const DEFAULT_SEED: u64 = 42;
/// Line counts that give about one page (~470 words, the report counts 500
/// a page), about three pages (~1,500 words), and the stress case.
pub const ONE_PAGE_LINES: usize = 80;
pub const THREE_PAGES_LINES: usize = 220;
pub const BIG_LINES: usize = 2000;

const LANGS: [&str; 9] = [
    "Go",
    "Rust",
    "Python",
    "Java",
    "Kotlin",
    "TypeScript",
    "Elixir",
    "C#",
    "Scala",
];
const TECH: [&str; 19] = [
    "PostgreSQL",
    "Redis",
    "Kafka",
    "gRPC",
    "Kubernetes",
    "Docker",
    "Terraform",
    "AWS Lambda",
    "DynamoDB",
    "ClickHouse",
    "RabbitMQ",
    "Elasticsearch",
    "NGINX",
    "Prometheus",
    "Grafana",
    "OpenTelemetry",
    "GitHub Actions",
    "MySQL",
    "S3",
];
const COMPANIES: [&str; 12] = [
    "Acme Payments",
    "Northwind Logistics",
    "Globex Cloud",
    "Initech Data",
    "Umbrella Health",
    "Stark Analytics",
    "Wayne Fintech",
    "Hooli Search",
    "Pied Piper Storage",
    "Soylent Retail",
    "Tyrell Robotics",
    "Cyberdyne Ops",
];
const ROLES: [&str; 6] = [
    "Back End Engineer",
    "Senior Back End Engineer",
    "Staff Engineer",
    "Platform Engineer",
    "Software Engineer II",
    "Principal Engineer",
];
const CITIES: [&str; 7] = [
    "Berlin",
    "Lisbon",
    "Toronto",
    "Austin",
    "Kraków",
    "Montréal",
    "Remote",
];
const VERBS: [&str; 12] = [
    "Designed",
    "Built",
    "Migrated",
    "Scaled",
    "Reduced",
    "Automated",
    "Led",
    "Rewrote",
    "Introduced",
    "Optimized",
    "Mentored",
    "Shipped",
];
const THINGS: [&str; 12] = [
    "the billing service",
    "a multi-tenant job queue",
    "the public REST API",
    "an event-sourced ledger",
    "the search indexer",
    "a rate limiter",
    "the CI/CD pipeline",
    "a gRPC gateway",
    "the auth service",
    "an ETL pipeline",
    "the notification fan-out",
    "a schema-migration tool",
];
const METRICS: [&str; 6] = [
    "p50 latency",
    "p99 latency",
    "error rate",
    "cost / month",
    "deploys / week",
    "MTTR",
];
/// Code snippets by language, in sorted order of the language name.
const SNIPPETS: [(&str, [&str; 4]); 4] = [
    (
        "go",
        [
            "func (s *Server) Health(w http.ResponseWriter, r *http.Request) {",
            "\tw.Header().Set(\"Content-Type\", \"application/json\")",
            "\t_ = json.NewEncoder(w).Encode(map[string]string{\"status\": \"ok\"})",
            "}",
        ],
    ),
    (
        "rust",
        [
            "pub async fn fetch(pool: &PgPool, id: Uuid) -> Result<User> {",
            "    sqlx::query_as!(User, \"SELECT * FROM users WHERE id = $1\", id)",
            "        .fetch_one(pool).await.map_err(Into::into)",
            "}",
        ],
    ),
    (
        "sql",
        [
            "SELECT account_id, sum(amount) AS total",
            "FROM ledger_entries",
            "WHERE created_at >= now() - interval '30 days'",
            "GROUP BY account_id ORDER BY total DESC LIMIT 20;",
        ],
    ),
    (
        "yaml",
        [
            "apiVersion: apps/v1",
            "kind: Deployment",
            "spec:",
            "  replicas: 3",
        ],
    ),
];

fn pick(r: &mut PyRandom, items: &[&'static str]) -> &'static str {
    r.choice(items)
}

fn bullet(r: &mut PyRandom) -> String {
    let template = pick(
        r,
        &[
            "cutting p99 latency from {a}ms to {b}ms",
            "handling {x}x more traffic",
            "saving ${k}k a year in cloud costs",
            "raising test coverage to {p}%",
            "lowering error rate by {p}%",
            "reducing deploy time from {c}0 to {c} minutes",
        ],
    );
    let values = [
        ("{a}", r.randint(300, 900)),
        ("{b}", r.randint(40, 250)),
        ("{x}", r.randint(2, 12)),
        ("{k}", r.randint(20, 400)),
        ("{p}", r.randint(20, 95)),
        ("{c}", r.randint(2, 9)),
    ];
    let result = values.iter().fold(template.to_string(), |text, (key, v)| {
        text.replace(key, &v.to_string())
    });
    let tech = r.sample(&TECH, 2);
    // Python builds every alternative before choosing one.
    let extras = [
        format!(", using **{}** and `{}`", tech[0], tech[1]),
        format!(
            " with *{}*; see [design doc](https://example.com/docs/{})",
            tech[0],
            r.randint(100, 999)
        ),
        format!(" — adopted by {} teams", r.randint(3, 40)),
        format!(" (on-call load ↓ {}%) ✓", r.randint(10, 60)),
        String::new(),
    ];
    let extra = r.choice(&extras.iter().map(String::as_str).collect::<Vec<_>>());
    let verb = pick(r, &VERBS);
    let thing = pick(r, &THINGS);
    format!("- {verb} {thing}, {result}{extra}.")
}

fn job(r: &mut PyRandom, n: usize) -> Vec<String> {
    let company = pick(r, &COMPANIES);
    let role = pick(r, &ROLES);
    let start = 2024 - 2 * (n % 20) as i64 - r.randint(0, 1);
    let domain = company.to_lowercase().replace(' ', "");
    let city = pick(r, &CITIES);
    let end = start + r.randint(1, 3);
    let mut out = vec![
        format!("### {role} — {company}"),
        String::new(),
        format!(
            "**{company}** · *{city}* · {start}–{end} · [{domain}.example](https://{domain}.example)"
        ),
        String::new(),
    ];
    let runs = pick(r, &THINGS);
    let users = r.randint(2, 90);
    let (owned_a, owned_b) = (pick(r, &THINGS), pick(r, &THINGS));
    let (lang_a, lang_b) = (pick(r, &LANGS), pick(r, &LANGS));
    out.push(format!(
        "{company} runs {runs} for {users} million users. I owned {owned_a} and {owned_b} end to end, \
         from the schema to on-call, working in {lang_a} and {lang_b}."
    ));
    out.push(String::new());
    let bullets = r.randint(4, 8);
    for _ in 0..bullets {
        out.push(bullet(r));
    }
    if r.random() < 0.5 {
        out.push(format!(
            "  - nested detail: {} behind a feature flag",
            pick(r, &TECH)
        ));
        out.push(format!(
            "  - rollout in {} stages with canaries",
            r.randint(2, 6)
        ));
    }
    out.push(String::new());
    let kind = r.random();
    if kind < 0.3 {
        let languages: Vec<&str> = SNIPPETS.iter().map(|(lang, _)| *lang).collect();
        let lang = r.choice(&languages);
        let (_, code) = SNIPPETS.iter().find(|(l, _)| *l == lang).expect("listed");
        out.push(format!("```{lang}"));
        out.extend(code.iter().map(|l| l.to_string()));
        out.push("```".to_string());
        out.push(String::new());
    } else if kind < 0.6 {
        out.push("| Metric | Before | After | Change |".to_string());
        out.push("|---|---:|---:|:---:|".to_string());
        for metric in r.sample(&METRICS, 3) {
            let (a, b) = (r.randint(50, 900), r.randint(10, 500));
            let arrow = if b < a { '↓' } else { '↑' };
            out.push(format!(
                "| {metric} | {a} | {b} | {arrow} {} |",
                (a - b).abs()
            ));
        }
        out.push(String::new());
    } else if kind < 0.75 {
        let verb = pick(r, &VERBS);
        let thing = pick(r, &THINGS);
        out.push(format!(
            "> “{verb} {thing} without a single outage.” — *Engineering Manager, {company}*"
        ));
        out.push(String::new());
    }
    out
}

/// Python's `str.title()` for ASCII-cased text: a letter after a non-letter
/// is upper case, the rest lower case.
fn title_case(text: &str) -> String {
    let mut previous_cased = false;
    text.chars()
        .map(|c| {
            let cased = c.is_alphabetic();
            let out = match (cased, previous_cased) {
                (true, true) => c.to_lowercase().next().unwrap_or(c),
                (true, false) => c.to_uppercase().next().unwrap_or(c),
                _ => c,
            };
            previous_cased = cased;
            out
        })
        .collect()
}

fn projects_block(r: &mut PyRandom, n: usize) -> Vec<String> {
    let mut block = vec![format!("## Projects {}", n / 5 + 1), String::new()];
    let count = r.randint(3, 6);
    for i in 1..count {
        let thing = pick(r, &THINGS);
        let name = title_case(thing.split_once(' ').map_or(thing, |(_, rest)| rest));
        let text = bullet(r);
        block.push(format!("{i}. **{name}** — {}", &text[2..]));
    }
    block.extend(["", "---", ""].map(String::from));
    block
}

/// A resume of exactly `lines` lines (for `lines` of about 40 or more).
pub fn markdown(lines: usize, seed: u64) -> String {
    let mut r = PyRandom::new(seed);
    let head: Vec<String> = [
        "# Alex Doe — Back End Engineer",
        "",
        "📧 [alex@example.com](mailto:alex@example.com) · [github.com/alexdoe](https://github.com/alexdoe) · [linkedin.com/in/alexdoe](https://linkedin.com/in/alexdoe) · Montréal, Canada",
        "",
        "---",
        "",
        "## Summary",
        "",
        "Back end engineer with **12 years** of experience designing, building and operating *distributed systems* in Go, Rust and Python. Reduced p99 API latency by 75% and led the migration of a monolith to event-driven services.",
        "",
        "## Skills",
        "",
        "| Area | Tools |",
        "|---|---|",
        "| Languages | Go, Rust, Python, Java, Kotlin, TypeScript, Elixir, C#, Scala |",
        "| Data | PostgreSQL, Redis, Kafka, ClickHouse, DynamoDB |",
        "| Infra | Kubernetes, Terraform, AWS, GitHub Actions |",
        "| Practices | TDD, code review, incident command, `SLO`s |",
        "",
        "## Experience",
        "",
    ]
    .map(String::from)
    .to_vec();
    let tail: Vec<String> = [
        "## Education",
        "",
        "**M.Sc. Computer Science** — Université de Montréal, 2012",
        "",
        "1. Thesis: *Consistent hashing under churn*",
        "2. TA for Distributed Systems (2 years)",
        "",
        "## Certifications",
        "",
        "- [x] AWS Solutions Architect – Professional",
        "- [x] Certified Kubernetes Administrator",
        "- [ ] HashiCorp Terraform Associate (in progress)",
        "",
    ]
    .map(String::from)
    .to_vec();
    let mut body: Vec<String> = Vec::new();
    let mut n = 0;
    while head.len() + body.len() + tail.len() < lines {
        let block = if n % 5 != 4 {
            job(&mut r, n)
        } else {
            projects_block(&mut r, n)
        };
        n += 1;
        if head.len() + body.len() + block.len() + tail.len() > lines {
            break;
        }
        body.extend(block);
    }
    // Pad to the exact line count.
    let room = lines as i64 - (head.len() + body.len() + tail.len()) as i64;
    if room >= 4 {
        body.push("## Open Source".to_string());
        body.push(String::new());
        for _ in 0..room - 3 {
            body.push(bullet(&mut r));
        }
        body.push(String::new());
    } else {
        body.extend((0..room.max(0)).map(|_| String::new()));
    }
    let mut text = [head, body, tail].concat().join("\n");
    text.push('\n');
    text
}

/// The section kind a `## ` heading most likely means.
fn kind_for(title: &str) -> SectionKind {
    let lower = title.to_lowercase();
    let guided = [
        SectionKind::Summary,
        SectionKind::Skills,
        SectionKind::Experience,
        SectionKind::Projects,
        SectionKind::Education,
    ];
    guided
        .into_iter()
        .find(|kind| lower.starts_with(&kind.default_title().to_lowercase()))
        .unwrap_or(SectionKind::Custom)
}

/// Splits Markdown into a resume: everything before the first `## ` heading
/// is the header; each `## ` heading starts a section of the matching kind
/// (`Custom` when none matches). Blank lines around bodies are dropped.
pub fn resume_from_markdown(markdown: &str, level: Level) -> Resume {
    let mut resume = Resume::new(level);
    let starter: Vec<_> = resume.sections().iter().map(|s| s.id).collect();
    for id in starter {
        resume.remove_section(id);
    }
    let mut title: Option<&str> = None;
    let mut body: Vec<&str> = Vec::new();
    let mut flush = |title: Option<&str>, body: &mut Vec<&str>| {
        let text = body.join("\n");
        let text = text.trim_matches('\n');
        match title {
            None if text.is_empty() => {}
            None => {
                resume.push_section(SectionKind::Header, "Header", text);
            }
            Some(title) => {
                resume.push_section(kind_for(title), title, text);
            }
        }
        body.clear();
    };
    for line in markdown.lines() {
        match line.strip_prefix("## ") {
            Some(heading) => {
                flush(title, &mut body);
                title = Some(heading.trim());
            }
            None => body.push(line),
        }
    }
    flush(title, &mut body);
    resume
}

/// About one printed page.
pub fn one_page() -> Resume {
    resume_from_markdown(&markdown(ONE_PAGE_LINES, DEFAULT_SEED), Level::Mid)
}

/// About three printed pages.
pub fn three_pages() -> Resume {
    resume_from_markdown(&markdown(THREE_PAGES_LINES, DEFAULT_SEED), Level::Senior)
}

/// The 2,000-line resume.
pub fn big() -> Resume {
    resume_from_markdown(&markdown(BIG_LINES, DEFAULT_SEED), Level::Senior)
}

/// The resume saved with the cursor on a new line at the end of section
/// `id`, where the benchmarks type.
pub fn open_at_end_of(mut resume: Resume, id: SectionId) -> SavedResume {
    let section = resume.section_mut(id).expect("a section of this resume");
    section.body.push_str("\n\n");
    let last_row = section.body.split('\n').count() - 1;
    SavedResume {
        resume,
        session: Session {
            section: Some(id),
            cursor: (last_row, 0),
            preview_scroll: 0,
            variant: None,
            pages: None,
        },
    }
}
