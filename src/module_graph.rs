//! A test that keeps the shell's modules free of import cycles: each top-level module of the
//! app may use the ones below it, never one that uses it back.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The top-level modules of the app and the app modules each one names (`crate::name`),
/// read from the sources; the view layer's modules (re-exported under the same names) are left out.
fn module_uses() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let own: BTreeSet<String> = std::fs::read_dir(&src)
        .expect("src/ is readable")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let module = name.strip_suffix(".rs").map(str::to_string).unwrap_or(name);
            (module != "main" && module != "bin").then_some(module)
        })
        .collect();
    own.iter().map(|module| (module.clone(), uses_of(&src, module, &own))).collect()
}

fn uses_of(src: &Path, module: &str, own: &BTreeSet<String>) -> BTreeSet<String> {
    let mut files = vec![src.join(format!("{module}.rs"))];
    let mut uses = BTreeSet::new();
    while let Some(path) = files.pop() {
        if path.is_dir() || path.with_extension("").is_dir() {
            let dir = if path.is_dir() { path.clone() } else { path.with_extension("") };
            files.extend(std::fs::read_dir(&dir).expect("a module folder").filter_map(|e| e.ok()).map(|e| e.path()));
        }
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        for (at, _) in text.match_indices("crate::") {
            let name: String = text[at + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if own.contains(&name) && name != module {
                uses.insert(name);
            }
        }
    }
    uses
}

/// A cycle in the graph, if there is one (depth-first search).
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            return Some(path[at..].iter().cloned().chain([node.to_string()]).collect());
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_app_modules_form_no_cycle() {
    let graph = module_uses();
    assert!(graph.contains_key("state") && graph.contains_key("components"), "{graph:?}");
    assert!(graph["components"].contains("state"), "the components use the state");
    assert_eq!(find_cycle(&graph), None, "{graph:#?}");
}

#[test]
fn a_cycle_is_found() {
    let edge = |a: &str, b: &str| (a.to_string(), BTreeSet::from([b.to_string()]));
    let graph = BTreeMap::from([edge("boot", "app"), edge("app", "loader"), edge("loader", "boot")]);
    assert_eq!(find_cycle(&graph).map(|c| c.len()), Some(4));
    let graph = BTreeMap::from([edge("boot", "app"), edge("app", "loader")]);
    assert_eq!(find_cycle(&graph), None);
}
