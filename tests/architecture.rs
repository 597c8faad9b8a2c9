//! The shape of the source tree, checked rather than hoped for:
//!
//! - no import circle between modules: a module may use what its own
//!   parent declares (Rust spreads one type's `impl` over a module's files),
//!   but two sibling modules never use each other, however indirectly;
//! - each layer uses only the layers before it:
//!   resume → guide → markdown → export → storage → tui → cli;
//! - only `storage` touches files (the terminal device aside).
//!
//! It reads `use crate::…` / `super::…` paths in `src/`, outside tests.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const LAYERS: [&str; 7] = [
    "resume", "guide", "markdown", "export", "storage", "tui", "cli",
];

type Module = Vec<String>;

struct Source {
    file: PathBuf,
    module: Module,
    /// The code outside test modules.
    code: String,
}

fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Source>) {
    let mut entries: Vec<_> = fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, out);
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // Test files hold test code only.
        if !name.ends_with(".rs") || name.ends_with("_tests.rs") || name == "tests.rs" {
            continue;
        }
        let relative = path.strip_prefix(root).unwrap().with_extension("");
        let mut module: Module = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if matches!(
            module.last().map(String::as_str),
            Some("mod" | "lib" | "main")
        ) {
            module.pop();
        }
        let text = fs::read_to_string(&path).unwrap();
        out.push(Source {
            file: path,
            module,
            code: without_tests(&text),
        });
    }
}

/// The file up to its inline `#[cfg(test)] mod tests { … }`, which comes last.
fn without_tests(text: &str) -> String {
    let mut code = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(test)]"
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod tests"))
        {
            break;
        }
        code.push_str(line);
        code.push('\n');
    }
    code
}

/// Every path written after `crate::` or `super::`, resolved to absolute
/// segments; a `{a, b::c}` group gives one path per member.
fn paths_used(source: &Source) -> Vec<Module> {
    let code = &source.code;
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        let starts_path = (rest.starts_with("crate::") || rest.starts_with("super::"))
            && (i == 0 || !is_ident(bytes[i - 1] as char) && bytes[i - 1] != b':');
        if !starts_path {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let (mut base, consumed) = relative_base(rest, &source.module);
        i += consumed;
        let (segments, after) = segments(&code[i..]);
        i += after;
        base.extend(segments);
        if code[i..].starts_with("::{") {
            let close = matching_brace(&code[i + 2..]);
            for member in code[i + 3..i + 2 + close].split(',') {
                let member = member.split(" as ").next().unwrap().trim();
                if member.is_empty() || member == "self" || member.starts_with('{') {
                    continue;
                }
                let mut path = base.clone();
                path.extend(member.split("::").map(str::trim).map(String::from));
                out.push(path);
            }
            out.push(base);
            i += 2 + close;
        } else {
            out.push(base);
        }
    }
    out
}

/// Reads `crate::` or `super::super::…` and returns the module it names.
fn relative_base(text: &str, module: &Module) -> (Module, usize) {
    if text.starts_with("crate::") {
        return (Vec::new(), "crate::".len());
    }
    // `super` in `a/b.rs` (module a::b) is `a`.
    let mut base = module.clone();
    let mut consumed = 0;
    while text[consumed..].starts_with("super::") {
        base.pop();
        consumed += "super::".len();
    }
    (base, consumed)
}

/// The `ident::ident` run at the start of `text` and the bytes it takes.
fn segments(text: &str) -> (Vec<String>, usize) {
    let mut out = Vec::new();
    let mut pos = 0;
    loop {
        let len = text[pos..]
            .char_indices()
            .find(|(_, c)| !is_ident(*c))
            .map_or(text.len() - pos, |(n, _)| n);
        if len == 0 {
            break;
        }
        out.push(text[pos..pos + len].to_string());
        pos += len;
        let next = &text[pos..];
        if next.starts_with("::") && next[2..].starts_with(|c: char| is_ident(c)) {
            pos += 2;
        } else {
            break;
        }
    }
    (out, pos)
}

fn matching_brace(text: &str) -> usize {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    text.len() - 1
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Module → the modules it uses (the longest known module each path starts with).
fn graph(sources: &[Source]) -> BTreeMap<Module, BTreeSet<Module>> {
    let known: BTreeSet<Module> = sources.iter().map(|s| s.module.clone()).collect();
    let mut edges = BTreeMap::new();
    for source in sources {
        let targets: BTreeSet<Module> = paths_used(source)
            .into_iter()
            .filter_map(|path| {
                (1..=path.len())
                    .rev()
                    .map(|n| path[..n].to_vec())
                    .find(|prefix| known.contains(prefix))
            })
            // Using one's own module or an ancestor's items is not a circle.
            .filter(|target| !source.module.starts_with(target))
            .collect();
        edges.insert(source.module.clone(), targets);
    }
    edges
}

/// Strongly connected groups of more than one module (Tarjan's algorithm).
fn circles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct State<'g> {
        edges: &'g BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'g Module, usize>,
        low: BTreeMap<&'g Module, usize>,
        stack: Vec<&'g Module>,
        on_stack: BTreeSet<&'g Module>,
        found: Vec<Vec<Module>>,
    }
    fn visit<'g>(state: &mut State<'g>, v: &'g Module) {
        let n = state.index.len();
        state.index.insert(v, n);
        state.low.insert(v, n);
        state.stack.push(v);
        state.on_stack.insert(v);
        for w in state.edges.get(v).into_iter().flatten() {
            let Some((w, _)) = state.edges.get_key_value(w) else {
                continue;
            };
            if !state.index.contains_key(w) {
                visit(state, w);
                let low = state.low[v].min(state.low[w]);
                state.low.insert(v, low);
            } else if state.on_stack.contains(w) {
                let low = state.low[v].min(state.index[w]);
                state.low.insert(v, low);
            }
        }
        if state.low[v] == state.index[v] {
            let mut group = Vec::new();
            while let Some(w) = state.stack.pop() {
                state.on_stack.remove(w);
                group.push(w.clone());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                state.found.push(group);
            }
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !state.index.contains_key(v) {
            visit(&mut state, v);
        }
    }
    state.found
}

fn name(module: &Module) -> String {
    module.join("::")
}

#[test]
fn no_module_uses_a_sibling_that_uses_it_back() {
    let edges = graph(&sources());
    let found: Vec<String> = circles(&edges)
        .iter()
        .map(|group| {
            let members: BTreeSet<&Module> = group.iter().collect();
            let uses: Vec<String> = group
                .iter()
                .flat_map(|v| {
                    edges[v]
                        .iter()
                        .filter(|w| members.contains(w))
                        .map(move |w| format!("{} → {}", name(v), name(w)))
                })
                .collect();
            uses.join(", ")
        })
        .collect();
    assert!(found.is_empty(), "import circles:\n{}", found.join("\n"));
}

#[test]
fn layers_use_only_the_layers_before_them() {
    let layer = |m: &Module| m.first().and_then(|l| LAYERS.iter().position(|x| x == l));
    let mut wrong = Vec::new();
    for (from, targets) in graph(&sources()) {
        let Some(own) = layer(&from) else { continue };
        for to in targets {
            if layer(&to).is_some_and(|other| other > own) {
                wrong.push(format!("{} uses {}", name(&from), name(&to)));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn only_storage_touches_files() {
    const FILE_CALLS: [&str; 8] = [
        "std::fs",
        "fs::",
        "File::",
        "OpenOptions",
        "remove_file",
        "create_dir",
        "read_to_string(",
        "tempfile",
    ];
    // Opening the controlling terminal (`/dev/tty`) to wait on it is the
    // terminal device, not a file of the user's.
    const TERMINAL_DEVICE: &str = "tui/term/wake.rs";
    let mut wrong = Vec::new();
    for source in sources() {
        let Some(layer) = source.module.first() else {
            continue;
        };
        let path = source.file.to_string_lossy().replace('\\', "/");
        if !["resume", "guide", "markdown", "export", "tui"].contains(&layer.as_str())
            || path.ends_with(TERMINAL_DEVICE)
        {
            continue;
        }
        for call in FILE_CALLS {
            if source.code.contains(call) {
                wrong.push(format!("{} uses {call}", source.file.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_reader_finds_circles_and_uses() {
    let source = |module: &str, code: &str| Source {
        file: PathBuf::from(format!("{module}.rs")),
        module: module.split("::").map(String::from).collect(),
        code: code.to_string(),
    };
    let sources = [
        source("tui::a", "use super::b::{Thing, other::More};\n"),
        source("tui::b", "fn f() { crate::tui::a::call(); }\n"),
        source("tui::b::other", "use super::Thing;\n"),
        source("tui", "pub mod a;\n"),
    ];
    let edges = graph(&sources);
    let a: Module = vec!["tui".into(), "a".into()];
    let b: Module = vec!["tui".into(), "b".into()];
    let other: Module = vec!["tui".into(), "b".into(), "other".into()];
    assert!(edges[&a].contains(&b) && edges[&a].contains(&other));
    assert!(edges[&b].contains(&a));
    // A child using its parent is not an edge.
    assert!(edges[&other].is_empty());
    assert_eq!(circles(&edges).len(), 1);
}
