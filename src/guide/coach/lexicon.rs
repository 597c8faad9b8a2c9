//! The coach's word lists: verbs, units, phrases. Kept together and
//! compact so that rules read as logic and lists can be reviewed as data.

/// Verbs that open weak bullets whatever their tense.
#[rustfmt::skip]
pub(crate) const WEAK_VERBS: &[&str] = &[
    "was", "were", "is", "are", "am", "be", "been", "did", "do", "does", "had", "has", "have",
    "got", "get", "gets", "used", "use", "uses", "using", "utilized", "utilised", "utilize",
    "utilise", "went", "tried", "learned", "learnt", "learn", "learning", "gained", "gain",
    "acted",
];

/// Past forms that do not end in -ed (and forms shared with the present,
/// such as "cut" and "set", which read as past in a bullet).
#[rustfmt::skip]
pub(crate) const IRREGULAR_PAST: &[&str] = &[
    "built", "rebuilt", "led", "ran", "wrote", "rewrote", "drove", "grew", "cut", "set", "took",
    "undertook", "made", "brought", "won", "began", "chose", "taught", "spoke", "gave", "held",
    "kept", "oversaw", "sped", "shut", "split", "spun", "sold", "sent", "spent", "stood",
    "understood", "met", "paid", "fought", "thought", "bought", "caught", "put", "shed", "upheld",
    "withdrew", "drew", "dealt", "found", "spread", "cast", "broadcast", "forecast", "let",
    "overtook", "outgrew", "hit", "struck", "swept", "wound", "froze", "rode", "shook", "beat",
    "bore", "flew", "knew", "overcame", "became", "stole", "tore", "wore", "broke", "rose",
    "co-wrote", "co-led", "re-wrote",
];

/// Base forms of action verbs, to recognise the present tense ("Design",
/// "Designs") and gerunds ("Designing") in a role that has ended.
#[rustfmt::skip]
pub(crate) const BASE_VERBS: &[&str] = &[
    "accelerate", "achieve", "add", "adopt", "align", "analyze", "analyse", "architect", "audit",
    "automate", "balance", "benchmark", "build", "cache", "champion", "clean", "coach", "code",
    "collaborate", "communicate", "configure", "consolidate", "containerize", "convert",
    "coordinate", "create", "cut", "debug", "decommission", "decouple", "define", "deliver",
    "deploy", "deprecate", "design", "develop", "direct", "document", "drive", "eliminate",
    "enable", "encrypt", "engineer", "establish", "evaluate", "expand", "extend", "extract", "fix",
    "found", "grow", "guide", "handle", "harden", "head", "hire", "host", "identify", "implement",
    "improve", "increase", "index", "instrument", "integrate", "interview", "introduce", "launch",
    "lead", "maintain", "manage", "measure", "mentor", "merge", "migrate", "model", "modernize",
    "modernise", "monitor", "move", "negotiate", "onboard", "operate", "optimize", "optimise",
    "orchestrate", "organize", "organise", "oversee", "own", "parallelize", "partition", "partner",
    "patch", "pioneer", "plan", "port", "present", "process", "profile", "prototype", "provision",
    "publish", "raise", "rebuild", "recruit", "redesign", "reduce", "refactor", "release",
    "remove", "replace", "resolve", "restructure", "review", "rewrite", "run", "scale", "secure",
    "serve", "set", "shard", "ship", "simplify", "spearhead", "speak", "standardize",
    "standardise", "streamline", "support", "teach", "test", "track", "train", "transform",
    "triage", "troubleshoot", "tune", "unify", "upgrade", "validate", "verify", "write", "assist",
    "help", "contribute", "participate", "work", "investigate", "query", "collect", "schedule",
    "store", "sync",
];

/// Words ending in -ed that are not verbs (or not action verbs) at the start
/// of a bullet.
#[rustfmt::skip]
pub(crate) const NOT_VERBS_ED: &[&str] = &[
    "seasoned", "skilled", "experienced", "talented", "dedicated", "motivated", "detailed",
    "advanced", "based", "varied", "related", "need", "speed", "feed", "seed", "red", "bed",
    "embed", "proceed", "exceed", "succeed", "shed", "bred", "indeed", "interested",
    "results-driven", "self-motivated", "detail-oriented",
];

/// Verbs whose bullets state a design or a direction rather than a measured
/// outcome ("Designed the schema and API contract…"): with a design artefact
/// in the bullet, a number is not expected.
#[rustfmt::skip]
pub(crate) const DESIGN_VERBS: &[&str] = &[
    "designed", "designing", "design", "defined", "defining", "define", "established",
    "establishing", "authored", "co-authored", "drafted", "specified", "standardized",
    "standardised", "set", "modeled", "modelled", "proposed", "wrote", "chose",
];

/// The things a design bullet produces.
#[rustfmt::skip]
pub(crate) const DESIGN_ARTEFACTS: &[&str] = &[
    "schema", "schemas", "contract", "contracts", "architecture", "standard", "standards",
    "guideline", "guidelines", "process", "rubric", "roadmap", "rfc", "rfcs", "protocol",
    "strategy", "vision", "specification", "spec", "specs", "model", "interface", "interfaces",
    "principles", "policy", "policies", "blueprint", "direction",
];

/// Units written straight after a number: "200ms", "5x", "10k", "3TB".
#[rustfmt::skip]
pub(crate) const SUFFIX_UNITS: &[&str] = &[
    "ms", "s", "sec", "secs", "min", "mins", "h", "hr", "hrs", "k", "m", "b", "bn", "mm", "x", "×",
    "tb", "gb", "mb", "pb", "kb", "rps", "qps", "tps", "ns", "us", "µs", "μs", "+", "k+", "m+",
    "x+", "b+", "/s", "/sec", "/min", "/day", "/mo", "/month", "/yr", "req/s", "ops/s", "%",
];

/// Words after a number that make it a measure or a count.
#[rustfmt::skip]
pub(crate) const COUNT_NOUNS: &[&str] = &[
    "user", "customer", "client", "engineer", "developer", "people", "person", "team", "service",
    "microservice", "table", "endpoint", "api", "request", "event", "message", "record", "row",
    "document", "server", "node", "host", "instance", "cluster", "region", "zone", "country",
    "market", "repo", "repository", "repositorie", "pipeline", "incident", "ticket", "bug", "test",
    "job", "querie", "query", "transaction", "order", "payment", "deployment", "deploy", "release",
    "star", "download", "student", "member", "merchant", "tenant", "partner", "account", "device",
    "shard", "partition", "topic", "queue", "worker", "container", "pod", "database", "schema",
    "dataset", "model", "feature", "integration", "application", "app", "project", "product",
    "hour", "day", "week", "month", "minute", "second", "year", "point", "percent", "x", "time",
    "fold", "hire", "intern", "mentee", "report", "squad", "organization", "org", "company",
    "vendor", "line", "library", "librarie", "module", "package", "file", "page", "site",
    "employee", "player", "subscriber", "visitor", "session", "connection", "call", "write",
    "read", "operation", "op", "lookup", "quarter", "ms", "tb", "gb", "mb", "pb", "rps", "qps",
    "tps", "million", "billion", "thousand", "hundred", "k", "m", "sec", "min", "hr", "finding",
    "alert", "page", "check", "run", "build", "commit", "pr", "cve", "vulnerabilitie",
    "vulnerability", "store", "warehouse", "location", "key", "credential", "login", "work",
];

/// Words after a hyphen that make "six-engineer" or "24-hour" a figure
/// (but not "two-factor", "three-tier" or "three-year roadmap").
#[rustfmt::skip]
pub(crate) const HYPHEN_COUNTS: &[&str] = &[
    "engineer", "person", "people", "member", "developer", "node", "region", "zone", "cluster",
    "service", "team", "country", "shard", "partition", "replica", "hour", "day", "week", "month",
    "minute", "second", "fold", "figure", "x", "ms", "server", "datacenter", "site",
];

#[rustfmt::skip]
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
    "thousands", "million", "millions", "billion", "billions", "dozen", "dozens",
];

/// Words that are a ratio by themselves.
#[rustfmt::skip]
pub(crate) const RATIO_WORDS: &[&str] = &[
    "halved", "doubled", "tripled", "quadrupled", "tenfold", "twofold", "threefold", "half",
];

/// Words before a bare number that make it a version or a name: "Phase 2".
#[rustfmt::skip]
pub(crate) const VERSION_WORDS: &[&str] = &[
    "v", "version", "release", "phase", "tier", "level", "step", "stage", "sprint", "round",
    "series", "type", "gen", "generation", "python", "java", "node", "go", "php", "ruby", "http",
    "oauth", "jdk", "es", "ecmascript", "ipv", "tls", "ssl",
];

#[rustfmt::skip]
pub(crate) const WEAK_OPENERS: &[&[&str]] = &[
    &["responsible", "for"], &["worked"], &["working", "on"], &["helped"], &["help"], &["helps"],
    &["helping"], &["assisted"], &["assist"], &["assisting"], &["participated"],
    &["participating"], &["involved", "in"], &["contributed", "to"], &["contributing", "to"],
    &["tasked", "with"], &["duties", "included"], &["in", "charge", "of"],
];

#[rustfmt::skip]
pub(crate) const OBSERVER: &[&[&str]] = &[
    &["exposure", "to"], &["familiar", "with"], &["familiarity", "with"], &["knowledge", "of"],
];

#[rustfmt::skip]
pub(crate) const VAGUE_SCOPE: &[&[&str]] = &[
    &["various"], &["numerous"], &["large-scale"], &["massive-scale"], &["high-scale"],
    &["large", "scale"], &["massive", "scale"], &["at", "scale"],
];

#[rustfmt::skip]
pub(crate) const VAGUE_MULTIPLE: &[&str] = &[
    "teams", "stakeholders", "projects", "services", "initiatives", "systems", "products",
    "departments", "groups", "orgs",
];

#[rustfmt::skip]
pub(crate) const BUZZWORDS: &[&[&str]] = &[
    &["results-driven"], &["results-oriented"], &["detail-oriented"], &["go-getter"], &["synergy"],
    &["synergies"], &["synergize"], &["passionate"], &["rockstar"], &["rock-star"], &["ninja"],
    &["guru"], &["self-starter"], &["hard-working"], &["hardworking"], &["team", "player"],
    &["hard", "worker"], &["rock", "star"], &["detail", "oriented"], &["results", "driven"],
    &["self", "starter"], &["go", "getter"],
];

/// "dynamic" is a buzzword about a person, not in "dynamic routing".
#[rustfmt::skip]
pub(crate) const DYNAMIC_TECH: &[&str] = &[
    "programming", "routing", "configuration", "config", "pricing", "scaling", "dispatch",
    "typing", "content", "analysis", "linking", "loading", "allocation", "provisioning",
    "sampling", "batching", "rendering", "pages", "dns", "ip", "secrets", "queries", "sql",
    "feature", "features", "flags", "rate", "resource", "memory", "proxy", "inventory", "data",
];

#[rustfmt::skip]
pub(crate) const TEMPLATE_PHRASES: &[(&str, &str)] = &[
    ("lorem", "ipsum"), ("your", "name"), ("your", "email"), ("company", "name"), ("job", "title"),
    ("john", "doe"), ("jane", "doe"), ("university", "name"), ("project", "name"),
];
