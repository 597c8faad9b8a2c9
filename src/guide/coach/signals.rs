//! Keyword evidence found in a section, as a bitset. Each section is scanned
//! once when it changes; document rules ("experience shows CI/CD", "skills
//! name a NoSQL store") then only OR the stored bitsets together.

use std::sync::OnceLock;

use super::text::contains_ci;

pub(crate) type Signals = u64;

pub(crate) const LANG: Signals = 1 << 0;
pub(crate) const FRAMEWORK: Signals = 1 << 1;
pub(crate) const SQL: Signals = 1 << 2;
pub(crate) const NOSQL: Signals = 1 << 3;
pub(crate) const API: Signals = 1 << 4;
pub(crate) const DATA_STRUCTURES: Signals = 1 << 5;
pub(crate) const ALGORITHMS: Signals = 1 << 6;
pub(crate) const DATABASE_MANAGEMENT: Signals = 1 << 7;
pub(crate) const TOOLS: Signals = 1 << 8;
pub(crate) const CLOUD: Signals = 1 << 9;
pub(crate) const CONTAINERS: Signals = 1 << 10;
pub(crate) const CICD: Signals = 1 << 11;
pub(crate) const TESTING: Signals = 1 << 12;
pub(crate) const DESIGN: Signals = 1 << 13;
pub(crate) const COLLABORATION: Signals = 1 << 14;
pub(crate) const MENTORING: Signals = 1 << 15;
pub(crate) const BUSINESS: Signals = 1 << 16;
pub(crate) const DIRECTION: Signals = 1 << 17;
pub(crate) const SECURITY_SCALE: Signals = 1 << 18;
pub(crate) const RECOGNITION: Signals = 1 << 19;
pub(crate) const LEADER: Signals = 1 << 20;
pub(crate) const YEARS: Signals = 1 << 21;
/// Set by the section pass: a figure other than years of experience.
pub(crate) const METRIC: Signals = 1 << 22;
pub(crate) const EMAIL: Signals = 1 << 23;
pub(crate) const GITHUB: Signals = 1 << 24;
pub(crate) const PROFILE: Signals = 1 << 25;
/// Other technology a project's stack may name (front end, hosting).
pub(crate) const TECH: Signals = 1 << 26;

/// Any named technology: a project or summary that names one states its stack.
pub(crate) const STACK: Signals =
    LANG | FRAMEWORK | SQL | NOSQL | CLOUD | CONTAINERS | TECH | API | TOOLS;

/// Terms per signal; words separated by spaces, matched case-insensitively
/// at word boundaries (hyphens and slashes split words: "CI/CD" is "ci cd").
const TERMS: &[(Signals, &str)] = &[
    (
        LANG,
        "python|java|golang|node.js|nodejs|typescript|javascript|kotlin|scala|rust|ruby|php|c#|.net|elixir|erlang|c++|clojure|haskell",
    ),
    (
        FRAMEWORK,
        "django|flask|fastapi|spring|spring boot|express|nestjs|rails|laravel|gin|actix|axum|asp.net|phoenix|graphql|grpc|kafka|rabbitmq|celery|sidekiq|hibernate|sqlalchemy|microservices|temporal",
    ),
    (
        SQL,
        "sql|postgresql|postgres|mysql|sqlite|mariadb|sql server|oracle|aurora|cockroachdb|bigquery|snowflake|rds",
    ),
    (
        NOSQL,
        "nosql|mongodb|mongo|redis|dynamodb|cassandra|couchdb|couchbase|firestore|elasticsearch|opensearch|neo4j|hbase|scylladb|memcached",
    ),
    (
        API,
        "restful|rest api|rest apis|http|json|grpc|graphql|openapi|web services",
    ),
    (DATA_STRUCTURES, "data structures"),
    (ALGORITHMS, "algorithms"),
    (DATABASE_MANAGEMENT, "database management|dbms"),
    (TOOLS, "git|github|gitlab|postman|docker|jira|bitbucket"),
    (
        CLOUD,
        "aws|gcp|azure|google cloud|amazon web services|ec2|s3|lambda|eks|gke|aks|ecs|sqs|sns|cloudwatch|cloud run|fargate|cloudformation|dynamodb",
    ),
    (
        CONTAINERS,
        "docker|kubernetes|k8s|container|containers|containerized|containerised|containerizing|helm|ecs|eks|gke|aks|openshift|podman|fargate|cronjobs",
    ),
    (
        CICD,
        "ci cd|ci|continuous integration|continuous deployment|continuous delivery|github actions|gitlab ci|jenkins|circleci|argo cd|argocd|spinnaker|buildkite|travis|teamcity|tekton|deploy pipeline|deployment pipeline|release pipeline|build pipeline|canary|canary deploys",
    ),
    (
        TESTING,
        "tests|testing|tested|test suite|test coverage|tdd|pytest|junit|testcontainers|mockito|jest|e2e|end to end|contract tests|integration tests|unit tests|load testing",
    ),
    (
        DESIGN,
        "schema|schemas|api contract|api contracts|api design|system design|design doc|design docs|designed|architected|architecture|data model|rfc|rfcs|domain model",
    ),
    (
        COLLABORATION,
        "front end|frontend|devops|product|product team|product teams|product managers|cross team|cross functional|partnered|collaborated|mobile|designers|data science|sre|qa|stakeholders",
    ),
    (
        MENTORING,
        "mentor|mentors|mentored|mentoring|mentorship|mentees|coached|coaching|hired|hiring|recruited|onboarded|onboarding|promoted|promotion|interviewed|interview loop|taught|grew the team|grew the backend|grew the engineering|grew the platform",
    ),
    (
        BUSINESS,
        "cost|costs|savings|saved|saving|revenue|uptime|availability|time to market|churn|conversion|sla|slas|roi|profit|margin|spend|budget|operational costs",
    ),
    (
        DIRECTION,
        "standard|standards|technical direction|technical vision|vision|roadmap|strategy|strategic|technology selection|rfc|rfcs|design review|architecture review|best practices|org wide|company wide|engineering wide|guidelines|principles|tech lead|technical lead",
    ),
    (
        SECURITY_SCALE,
        "security|secure|secured|vulnerability|vulnerabilities|threat|threat model|threat modeling|threat modelling|encryption|encrypted|oauth|sso|mtls|tls|zero trust|compliance|soc|pci|gdpr|hipaa|pentest|penetration|iam|authentication|authorization|scale|scaled|scaling|scalable|scalability|multi region|high availability|distributed|petabyte|petabytes|exabyte|terabytes|millions|billions|throughput|rps|qps|fault tolerant|resilient|resilience",
    ),
    (
        RECOGNITION,
        "talk|talks|keynote|conference|patent|patents|open source|published|publication|publications|paper|papers|speaker|presented|meetup|upstreamed",
    ),
    (
        LEADER,
        "architect|architecture|architecting|architected|strategy|strategic|leader|leadership|lead|led|leading|mentor|mentoring|technical direction|vision|principal|staff|tech lead|roadmap",
    ),
    (
        TECH,
        "react|next.js|vue|angular|webgl|vercel|heroku|netlify|websockets|websocket|prisma|linux|terraform|nginx|spark|airflow|pandas|numpy|tensorflow|pytorch|node",
    ),
];

/// Terms whose case matters: "Go" the language, not "go" the verb.
const EXACT: &[(Signals, &str)] = &[(LANG, "Go"), (API, "REST"), (LANG, "Node")];

struct Term {
    first: &'static str,
    rest: Vec<&'static str>,
    signal: Signals,
}

/// Terms sorted by first word, with the range of terms per first letter so
/// that a word is compared with a handful of terms, not all of them.
struct Table {
    terms: Vec<Term>,
    by_letter: [(u16, u16); 128],
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut terms: Vec<Term> = TERMS
            .iter()
            .flat_map(|&(signal, list)| list.split('|').map(move |t| (signal, t)))
            .map(|(signal, phrase)| {
                let mut words = phrase.split(' ');
                Term {
                    first: words.next().unwrap_or(""),
                    rest: words.collect(),
                    signal,
                }
            })
            .collect();
        terms.sort_by(|a, b| a.first.cmp(b.first));
        let mut by_letter = [(0u16, 0u16); 128];
        for (i, term) in terms.iter().enumerate() {
            let b = usize::from(term.first.as_bytes()[0]);
            if by_letter[b].1 == 0 {
                by_letter[b].0 = i as u16;
            }
            by_letter[b].1 = i as u16 + 1;
        }
        Table { terms, by_letter }
    })
}

/// Which optional scans a section needs.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Scan {
    /// E-mail and profile links (header and custom sections).
    pub contact: bool,
    /// "6 years" (the summary).
    pub years: bool,
}

/// The words of `text` for term matching: runs of letters, digits and
/// `#+.` (so "C#", "C++", "Node.js" stay whole), without trailing dots.
fn words<'a>(text: &'a str, out: &mut Vec<&'a str>) {
    let keep = |c: char| c.is_alphanumeric() || matches!(c, '#' | '+' | '.');
    for word in text.split(|c: char| !keep(c)) {
        let word = word.trim_end_matches('.');
        let word = if word.len() > 1 && word.starts_with('.') && !word.eq_ignore_ascii_case(".net")
        {
            &word[1..]
        } else {
            word
        };
        if !word.is_empty() {
            out.push(word);
        }
    }
}

/// Scans `text` for every signal's terms; `scratch` is reused between calls.
pub(crate) fn scan<'a>(text: &'a str, what: Scan, scratch: &mut Vec<&'a str>) -> Signals {
    scratch.clear();
    scratch.reserve(text.len() / 6);
    words(text, scratch);
    let table = table();
    let mut found = 0;
    for (i, &word) in scratch.iter().enumerate() {
        for &(signal, exact) in EXACT {
            if word == exact {
                found |= signal;
            }
        }
        if what.years && years_at(scratch, i) {
            found |= YEARS;
        }
        let letter = word.as_bytes()[0].to_ascii_lowercase();
        if !letter.is_ascii() {
            continue;
        }
        let (start, end) = table.by_letter[usize::from(letter)];
        for term in &table.terms[usize::from(start)..usize::from(end)] {
            if !term.first.eq_ignore_ascii_case(word) {
                continue;
            }
            let rest = &scratch[i + 1..];
            let matches = term.rest.len() <= rest.len()
                && term
                    .rest
                    .iter()
                    .zip(rest)
                    .all(|(a, b)| a.eq_ignore_ascii_case(b))
                && (0..term.rest.len()).all(|k| joined(text, scratch[i + k], scratch[i + k + 1]));
            if matches {
                found |= term.signal;
            }
        }
    }
    if what.contact {
        found |= contact_signals(text);
    }
    found
}

/// True when only spaces, hyphens or slashes separate two words of `text`
/// ("front-end", "CI/CD"), so that a phrase does not match across a comma.
fn joined(text: &str, a: &str, b: &str) -> bool {
    let base = text.as_ptr() as usize;
    let end = a.as_ptr() as usize + a.len() - base;
    let start = b.as_ptr() as usize - base;
    text.get(end..start)
        .is_some_and(|gap| gap.chars().all(|c| matches!(c, ' ' | '\t' | '-' | '/')))
}

/// "6 years", "6+ years", "six years", "a decade".
fn years_at(words: &[&str], i: usize) -> bool {
    let word = words[i];
    if word.eq_ignore_ascii_case("decade") || word.eq_ignore_ascii_case("decades") {
        return true;
    }
    let numeric = word
        .trim_end_matches('+')
        .bytes()
        .all(|b| b.is_ascii_digit())
        && word.starts_with(|c: char| c.is_ascii_digit());
    let spelled = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty",
    ]
    .iter()
    .any(|n| n.eq_ignore_ascii_case(word));
    (numeric || spelled)
        && words.get(i + 1).is_some_and(|next| {
            ["years", "year", "yrs", "yr"]
                .iter()
                .any(|y| y.eq_ignore_ascii_case(next))
        })
}

/// E-mail addresses and profile links, read from whitespace-separated
/// chunks (Markdown links included).
fn contact_signals(text: &str) -> Signals {
    let mut found = 0;
    for chunk in text.split_whitespace() {
        if chunk.contains("mailto:") || is_email(chunk) {
            found |= EMAIL;
        }
        if contains_ci(chunk, "github.com/") {
            found |= GITHUB | PROFILE;
        }
        if [
            "gitlab.com/",
            "linkedin.com/",
            "bitbucket.org/",
            "://",
            "www.",
        ]
        .iter()
        .any(|p| contains_ci(chunk, p))
        {
            found |= PROFILE;
        }
    }
    found
}

fn is_email(chunk: &str) -> bool {
    let Some(at) = chunk.find('@') else {
        return false;
    };
    let (user, domain) = (&chunk[..at], &chunk[at + 1..]);
    let user_ok = user.chars().last().is_some_and(char::is_alphanumeric);
    let domain = domain.trim_end_matches(|c: char| !c.is_alphanumeric());
    user_ok && domain.contains('.') && !domain.starts_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signals(text: &str) -> Signals {
        let mut scratch = Vec::new();
        let all = Scan {
            contact: true,
            years: true,
        };
        scan(text, all, &mut scratch)
    }

    #[test]
    fn languages_stores_and_tools_are_recognised_at_word_boundaries() {
        let s = signals("Go, C#, Node.js; PostgreSQL and Redis; REST APIs; Git, Docker.");
        for bit in [LANG, SQL, NOSQL, API, TOOLS, CONTAINERS] {
            assert_ne!(s & bit, 0, "{bit:b}");
        }
        // "JavaScript" is not Java, "go" the verb is not Go, "rest" is not REST.
        let s = signals("I go to rest; MySQLish things");
        assert_eq!(s & (LANG | API | SQL), 0);
    }

    #[test]
    fn multi_word_terms_and_hyphenated_forms_match() {
        let s = signals(
            "Data Structures, Algorithms, Database Management; CI/CD with GitHub Actions; front-end team",
        );
        for bit in [
            DATA_STRUCTURES,
            ALGORITHMS,
            DATABASE_MANAGEMENT,
            CICD,
            COLLABORATION,
        ] {
            assert_ne!(s & bit, 0, "{bit:b}");
        }
        assert_eq!(signals("data, structures") & DATA_STRUCTURES, 0);
    }

    #[test]
    fn years_of_experience() {
        assert_ne!(signals("Engineer with 6+ years of experience") & YEARS, 0);
        assert_ne!(signals("six years building APIs") & YEARS, 0);
        assert_eq!(signals("Since 2019, built APIs for years") & YEARS, 0);
    }

    #[test]
    fn contact_details() {
        let s = signals("ada@example.com · [GitHub](https://github.com/ada)");
        assert_eq!(s & (EMAIL | GITHUB | PROFILE), EMAIL | GITHUB | PROFILE);
        let s = signals("@ada on Mastodon; linkedin.com/in/ada");
        assert_eq!(s & (EMAIL | GITHUB | PROFILE), PROFILE);
    }
}
