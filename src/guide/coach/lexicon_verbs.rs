//! The verbs the coach knows: weak and strong openers, their tenses, and
//! groups of verbs that say much the same thing.

use super::Words;

/// Verbs that open weak bullets whatever their tense.
#[rustfmt::skip]
pub(crate) const WEAK_VERBS: Words = Words::new(&[
    "acted", "am", "are", "be", "been", "did", "do", "does", "gain", "gained", "get", "gets",
    "got", "had", "has", "have", "is", "learn", "learned", "learning", "learnt", "tried", "use",
    "used", "uses", "using", "utilise", "utilised", "utilize", "utilized", "was", "went", "were",
]);

/// Past forms that do not end in -ed (and forms shared with the present,
/// such as "cut" and "set", which read as past in a bullet).
#[rustfmt::skip]
pub(crate) const IRREGULAR_PAST: Words = Words::new(&[
    "beat", "became", "began", "bore", "bought", "broadcast", "broke", "brought", "built", "cast",
    "caught", "chose", "co-led", "co-wrote", "cut", "dealt", "drew", "drove", "flew", "forecast",
    "fought", "found", "froze", "gave", "grew", "held", "hit", "kept", "knew", "led", "let",
    "made", "met", "outgrew", "overcame", "oversaw", "overtook", "paid", "put", "ran", "re-wrote",
    "rebuilt", "rewrote", "rode", "rose", "sent", "set", "shed", "shook", "shut", "sold", "sped",
    "spent", "split", "spoke", "spread", "spun", "stole", "stood", "struck", "swept", "taught",
    "thought", "took", "tore", "understood", "undertook", "upheld", "withdrew", "won", "wore",
    "wound", "wrote",
]);

/// Base forms of action verbs, to recognise the present tense ("Design",
/// "Designs") and gerunds ("Designing") in a role that has ended.
#[rustfmt::skip]
pub(crate) const BASE_VERBS: Words = Words::new(&[
    "accelerate", "achieve", "add", "administer", "adopt", "advise", "align", "allocate", "analyse",
    "analyze", "approve", "architect", "assess", "assist", "audit", "author", "automate",
    "backfill", "balance", "benchmark", "boost", "bootstrap", "build", "cache", "centralise",
    "centralize", "champion", "clean", "coach", "code", "collaborate", "collect", "communicate",
    "compile", "configure", "connect", "consolidate", "consult", "containerize", "contribute",
    "convert", "coordinate", "craft", "create", "cut", "debug", "decommission", "decouple",
    "decrease", "define", "delegate", "deliver", "deploy", "deprecate", "design", "detect",
    "develop", "devise", "diagnose", "direct", "distribute", "document", "draft", "drive",
    "educate", "eliminate", "enable", "encrypt", "enforce", "engineer", "enhance", "ensure",
    "establish", "evaluate", "execute", "expand", "extend", "extract", "facilitate", "fix",
    "formalise", "formalize", "found", "generate", "grow", "guide", "handle", "harden", "head",
    "help", "hire", "host", "identify", "implement", "improve", "increase", "index", "initiate",
    "inspect", "install", "instrument", "integrate", "interview", "introduce", "invent",
    "investigate", "isolate", "launch", "lead", "lower", "maintain", "manage", "measure", "mentor",
    "merge", "migrate", "minimise", "minimize", "mitigate", "model", "modernise", "modernize",
    "modify", "monitor", "move", "negotiate", "normalise", "normalize", "offload", "onboard",
    "operate", "optimise", "optimize", "orchestrate", "organise", "organize", "overhaul", "oversee",
    "own", "parallelize", "participate", "partition", "partner", "patch", "perform", "pilot",
    "pioneer", "plan", "port", "prepare", "present", "prevent", "prioritise", "prioritize",
    "process", "produce", "profile", "promote", "propose", "protect", "prototype", "provide",
    "provision", "publish", "query", "raise", "rearchitect", "rebalance", "rebuild", "recommend",
    "reconcile", "recover", "recruit", "redesign", "reduce", "refactor", "refine", "release",
    "remove", "render", "repair", "replace", "replatform", "report", "research", "resolve",
    "restore", "restructure", "retire", "revamp", "review", "rework", "rewrite", "route", "run",
    "save", "scale", "schedule", "scope", "script", "secure", "serve", "set", "shard", "ship",
    "shorten", "shrink", "simplify", "solve", "speak", "spearhead", "specify", "stabilise",
    "stabilize", "standardise", "standardize", "steer", "store", "streamline", "strengthen",
    "supervise", "support", "sync", "teach", "test", "track", "train", "transform", "transition",
    "translate", "triage", "trim", "troubleshoot", "tune", "uncover", "unify", "update", "upgrade",
    "validate", "verify", "work", "write",
]);

/// Words ending in -ed that are not verbs (or not action verbs) at the start
/// of a bullet.
#[rustfmt::skip]
pub(crate) const NOT_VERBS_ED: Words = Words::new(&[
    "advanced", "based", "bed", "bred", "dedicated", "detail-oriented", "detailed", "embed",
    "exceed", "experienced", "feed", "focused", "indeed", "interested", "minded", "motivated",
    "need", "oriented", "proceed", "red", "related", "results-driven", "rounded", "seasoned",
    "seed", "self-motivated", "shed", "skilled", "speed", "succeed", "talented", "varied", "versed",
]);

/// Verbs whose bullets state a design or a direction rather than a measured
/// outcome ("Designed the schema and API contract…"): with a design artefact
/// in the bullet, a number is not expected.
#[rustfmt::skip]
pub(crate) const DESIGN_VERBS: Words = Words::new(&[
    "authored", "chose", "co-authored", "define", "defined", "defining", "design", "designed",
    "designing", "drafted", "established", "establishing", "modeled", "modelled", "proposed",
    "set", "specified", "standardised", "standardized", "wrote",
]);

/// Base and past forms of the irregular verbs a bullet opens with, sorted
/// by base form: the tense fix turns "Build" into "Built".
#[rustfmt::skip]
pub(crate) const IRREGULAR_FORMS: &[(&str, &str)] = &[
    ("beat", "beat"), ("become", "became"), ("begin", "began"), ("break", "broke"),
    ("bring", "brought"), ("build", "built"), ("buy", "bought"), ("catch", "caught"),
    ("choose", "chose"), ("cut", "cut"), ("deal", "dealt"), ("draw", "drew"), ("drive", "drove"),
    ("fight", "fought"), ("find", "found"), ("forecast", "forecast"), ("give", "gave"),
    ("grow", "grew"), ("hold", "held"), ("keep", "kept"), ("lead", "led"), ("make", "made"),
    ("meet", "met"), ("oversee", "oversaw"), ("overtake", "overtook"), ("pay", "paid"),
    ("put", "put"), ("rebuild", "rebuilt"), ("rewrite", "rewrote"), ("run", "ran"),
    ("sell", "sold"), ("send", "sent"), ("set", "set"), ("shrink", "shrank"), ("shut", "shut"),
    ("speak", "spoke"), ("spend", "spent"), ("spin", "spun"), ("split", "split"),
    ("spread", "spread"), ("stand", "stood"), ("take", "took"), ("teach", "taught"),
    ("think", "thought"), ("understand", "understood"), ("undertake", "undertook"),
    ("uphold", "upheld"), ("win", "won"), ("write", "wrote"),
];

/// Base forms whose last consonant doubles before -ed: "Ship" → "Shipped".
#[rustfmt::skip]
pub(crate) const DOUBLING_VERBS: Words = Words::new(&[
    "commit", "debug", "drop", "plan", "scrap", "ship", "stop", "submit",
]);

/// Verbs that say much the same thing, as (base, past) pairs: the
/// repeated-opener rule offers the others of a verb's group.
#[rustfmt::skip]
pub(crate) const VERB_GROUPS: &[&[(&str, &str)]] = &[
    &[("build", "built"), ("develop", "developed"), ("implement", "implemented"),
      ("create", "created"), ("engineer", "engineered"), ("ship", "shipped"),
      ("deliver", "delivered"), ("launch", "launched"), ("write", "wrote")],
    &[("lead", "led"), ("drive", "drove"), ("direct", "directed"), ("head", "headed"),
      ("coordinate", "coordinated"), ("oversee", "oversaw"), ("manage", "managed"),
      ("spearhead", "spearheaded"), ("own", "owned")],
    &[("reduce", "reduced"), ("cut", "cut"), ("lower", "lowered"), ("trim", "trimmed"),
      ("decrease", "decreased"), ("eliminate", "eliminated")],
    &[("increase", "increased"), ("raise", "raised"), ("grow", "grew"), ("boost", "boosted"),
      ("expand", "expanded"), ("scale", "scaled")],
    &[("improve", "improved"), ("optimize", "optimized"), ("optimise", "optimised"),
      ("enhance", "enhanced"), ("streamline", "streamlined"), ("tune", "tuned"),
      ("refine", "refined"), ("modernize", "modernized")],
    &[("design", "designed"), ("architect", "architected"), ("define", "defined"),
      ("model", "modeled"), ("specify", "specified"), ("plan", "planned")],
    &[("migrate", "migrated"), ("move", "moved"), ("port", "ported"),
      ("replatform", "replatformed"), ("convert", "converted"), ("upgrade", "upgraded")],
    &[("fix", "fixed"), ("resolve", "resolved"), ("debug", "debugged"),
      ("diagnose", "diagnosed"), ("troubleshoot", "troubleshot"), ("repair", "repaired")],
    &[("mentor", "mentored"), ("coach", "coached"), ("train", "trained"), ("teach", "taught"),
      ("onboard", "onboarded"), ("guide", "guided")],
    &[("collaborate", "collaborated"), ("partner", "partnered"), ("align", "aligned"),
      ("coordinate", "coordinated")],
    &[("automate", "automated"), ("script", "scripted"), ("simplify", "simplified"),
      ("streamline", "streamlined")],
    &[("maintain", "maintained"), ("operate", "operated"), ("run", "ran"), ("own", "owned"),
      ("administer", "administered")],
    &[("integrate", "integrated"), ("connect", "connected"), ("unify", "unified"),
      ("consolidate", "consolidated")],
    &[("test", "tested"), ("validate", "validated"), ("verify", "verified"),
      ("benchmark", "benchmarked"), ("profile", "profiled")],
    &[("analyze", "analyzed"), ("analyse", "analysed"), ("investigate", "investigated"),
      ("measure", "measured"), ("audit", "audited"), ("assess", "assessed"),
      ("evaluate", "evaluated")],
    &[("deploy", "deployed"), ("release", "released"), ("provision", "provisioned"),
      ("launch", "launched")],
    &[("document", "documented"), ("author", "authored"), ("publish", "published"),
      ("write", "wrote")],
];

/// Strong verbs for a verb no group knows.
pub(crate) const GENERIC_ALTERNATIVES: &[(&str, &str)] = &[
    ("cut", "cut"),
    ("ship", "shipped"),
    ("automate", "automated"),
    ("migrate", "migrated"),
];
