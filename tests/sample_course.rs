//! The sample course at the repository root is a real course: it must stay complete and clean.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn front_matter(path: &Path) -> (toml::Table, String) {
    let text = std::fs::read_to_string(path).unwrap();
    let rest = text.strip_prefix("+++\n").unwrap_or_else(|| panic!("{} has no front matter", path.display()));
    let end = rest.find("\n+++\n").unwrap();
    (rest[..end].parse::<toml::Table>().unwrap(), rest[end + 5..].to_string())
}

fn modules() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(root().join("content")).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    v.sort();
    v
}

fn lessons(module: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(module)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md") && p.file_name().unwrap() != "_index.md")
        .collect();
    v.sort();
    v
}

#[test]
fn builds_with_no_warnings() {
    let out = tempfile::tempdir().unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_sonder"))
        .args(["build", "--deny-warnings", "--root"])
        .arg(root())
        .arg("--output")
        .arg(out.path().join("site"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
}

#[test]
fn has_the_scope_the_course_promises() {
    let mods = modules();
    assert!(mods.len() >= 5, "{} modules", mods.len());
    let lesson_files: Vec<PathBuf> = mods.iter().flat_map(|m| lessons(m)).collect();
    assert!(lesson_files.len() >= 19, "{} lessons", lesson_files.len());
    let mut linking = 0;
    for l in &lesson_files {
        let (fm, body) = front_matter(l);
        let words = body.split_whitespace().count();
        assert!((400..=1200).contains(&words), "{}: {words} words", l.display());
        assert!(fm.get("takeaway").and_then(|t| t.as_str()).is_some_and(|t| !t.is_empty()), "{} has no takeaway", l.display());
        if body.contains(".md)") || body.contains(".md#") {
            linking += 1;
        }
    }
    assert!(linking >= lesson_files.len() / 2, "only {linking} lessons link to another lesson");
}

#[test]
fn every_module_has_facilitator_notes_for_a_workshop() {
    for m in modules() {
        let (fm, intro) = front_matter(&m.join("_index.md"));
        assert!(intro.split_whitespace().count() >= 80, "{}: introduction too short", m.display());
        let f = fm.get("facilitator").and_then(|f| f.as_table()).unwrap_or_else(|| panic!("{} has no [facilitator]", m.display()));
        let duration = f["duration"].as_integer().unwrap();
        assert!((60..=90).contains(&duration), "{}: {duration} minutes", m.display());
        let agenda = f["agenda"].as_array().unwrap();
        let total: i64 = agenda.iter().map(|a| a["minutes"].as_integer().unwrap()).sum();
        assert_eq!(total, duration, "{}: agenda adds up to {total}", m.display());
        assert!(f["questions"].as_array().unwrap().len() >= 3, "{}: discussion questions", m.display());
        assert!(!f["materials"].as_array().unwrap().is_empty(), "{}: materials", m.display());
        assert!(!f["pairing"].as_str().unwrap().is_empty(), "{}: pairing", m.display());
    }
}

#[test]
fn every_exercise_kind_appears_at_least_twice() {
    let mut counts = std::collections::HashMap::new();
    let mut total = 0;
    for e in std::fs::read_dir(root().join("exercises")).unwrap() {
        let t: toml::Table = std::fs::read_to_string(e.unwrap().path()).unwrap().parse().unwrap();
        *counts.entry(t["kind"].as_str().unwrap().to_string()).or_insert(0) += 1;
        total += 1;
    }
    assert!(total >= 16, "{total} exercises");
    for kind in ["reflection", "journal", "quiz", "practice", "scale", "compose"] {
        assert!(counts.get(kind).copied().unwrap_or(0) >= 2, "kind {kind}: {counts:?}");
    }
}

#[test]
fn has_credits_and_how_to_use_pages() {
    for page in ["credits.md", "how-to-use.md", "facilitating.md"] {
        assert!(root().join("content").join(page).is_file(), "{page}");
    }
}
