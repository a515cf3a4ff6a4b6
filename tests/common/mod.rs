//! Shared helpers for the integration tests: fixture courses in temp folders, running the
//! `sonder` binary, reading its diagnostics, and parsing the HTML it writes.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

pub use scraper::{ElementRef, Html, Selector};

pub const BIN: &str = env!("CARGO_BIN_EXE_sonder");

/// The repository root (the sample course lives there).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// CI runs (`CI=true`, as .ci/run sets it): there a test that cannot run fails instead of skipping.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// The current test cannot run here because `why`; `fix` says what would let it run (usually
/// `install X`). With CI=true this fails the test. Otherwise it prints `SKIPPED: <test>: <why> (<fix>)` and
/// appends that line to the file named by SONDER_SKIPPED_LOG (tests/all.sh sets it and lists every
/// skip at the end), so a skipped test is never mistaken for a passing one. The caller returns.
pub fn skip(why: &str, fix: &str) {
    let test = std::thread::current().name().unwrap_or("a test").to_string();
    let line = format!("SKIPPED: {test}: {why} ({fix})");
    if in_ci() {
        panic!("CI=true, so this test must run: {line}");
    }
    eprintln!("{line}");
    if let Some(log) = std::env::var_os("SONDER_SKIPPED_LOG") {
        use std::io::Write;
        // One short write per line with O_APPEND: lines from parallel tests do not interleave.
        let mut f = std::fs::OpenOptions::new().create(true).append(true).open(&log).expect("open SONDER_SKIPPED_LOG");
        f.write_all(format!("{line}\n").as_bytes()).expect("write SONDER_SKIPPED_LOG");
    }
}

/// Whether `name` is an executable on PATH.
pub fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file())
}

/// The outcome of one run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Fails the test with the whole output when the exit code is not `code`; also asserts the
    /// run never panicked.
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "expected exit code {code}, got {}\n--- stderr ---\n{}\n--- stdout ---\n{}",
            self.code, self.stderr, self.stdout
        );
        self.no_panic()
    }
    pub fn ok(&self) -> &Self {
        self.expect_code(0)
    }
    pub fn failed(&self) -> &Self {
        self.expect_code(1)
    }
    pub fn no_panic(&self) -> &Self {
        assert!(!self.stderr.contains("panicked"), "sonder panicked:\n{}", self.stderr);
        assert!(!self.stderr.contains("RUST_BACKTRACE"), "sonder panicked:\n{}", self.stderr);
        self
    }
    /// The diagnostics on stderr, one block per problem.
    pub fn diagnostics(&self) -> Vec<Diag> {
        diagnostics(&self.stderr)
    }
    /// Asserts an error whose message contains `message` and that points at `location`
    /// (`file:line:col`, or a bare file name for problems without a position).
    pub fn has_error(&self, message: &str, location: &str) -> &Self {
        self.has_diag("error", message, location)
    }
    pub fn has_warning(&self, message: &str, location: &str) -> &Self {
        self.has_diag("warning", message, location)
    }
    pub fn has_diag(&self, severity: &str, message: &str, location: &str) -> &Self {
        let diags = self.diagnostics();
        let hit = diags.iter().find(|d| d.severity == severity && d.message.contains(message));
        let Some(hit) = hit else {
            panic!("no {severity} containing {message:?} on stderr:\n{}", self.stderr);
        };
        assert!(
            hit.location.as_deref() == Some(location),
            "the {severity} {message:?} points at {:?}, expected {location:?}:\n{}",
            hit.location,
            hit.text
        );
        self
    }
    pub fn error_count(&self) -> usize {
        self.diagnostics().iter().filter(|d| d.severity == "error").count()
    }
    pub fn warning_count(&self) -> usize {
        self.diagnostics().iter().filter(|d| d.severity == "warning").count()
    }
}

/// One problem as rendered on stderr.
#[derive(Debug, Clone)]
pub struct Diag {
    pub severity: String,
    pub message: String,
    /// `file:line:col` from the `┌─` line, or the file of an `in FILE` note.
    pub location: Option<String>,
    pub hint: Option<String>,
    pub text: String,
}

/// Splits rendered diagnostics into blocks: each starts with `error: ` or `warning: `.
pub fn diagnostics(stderr: &str) -> Vec<Diag> {
    let mut out: Vec<Diag> = Vec::new();
    for line in stderr.lines() {
        let head = ["error", "warning"].iter().find_map(|s| line.strip_prefix(s).and_then(|r| r.strip_prefix(": ")).map(|m| (*s, m)));
        if let Some((severity, message)) = head {
            out.push(Diag { severity: severity.into(), message: message.into(), location: None, hint: None, text: format!("{line}\n") });
            continue;
        }
        let Some(d) = out.last_mut() else { continue };
        d.text.push_str(line);
        d.text.push('\n');
        let t = line.trim_start();
        if let Some(loc) = t.strip_prefix("┌─ ") {
            d.location.get_or_insert_with(|| loc.trim().to_string());
        } else if let Some(loc) = t.strip_prefix("= in ") {
            d.location.get_or_insert_with(|| loc.trim().to_string());
        } else if let Some(h) = t.strip_prefix("= help: ") {
            d.hint.get_or_insert_with(|| h.trim().to_string());
        }
    }
    out
}

/// Runs the binary with `args` in `cwd`, stderr and stdout captured (so not a terminal).
pub fn sonder_in(cwd: &Path, args: &[&str]) -> Run {
    sonder_env(cwd, args, &[])
}

pub fn sonder_env(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(BIN);
    cmd.args(args).current_dir(cwd).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").env_remove("RUST_BACKTRACE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run sonder");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn sonder(args: &[&str]) -> Run {
    sonder_in(&std::env::temp_dir(), args)
}

/// A course in a temp folder. `Fixture::new()` is a small valid course: one module with two lessons
/// and one exercise, so every test starts from something that builds and changes one thing.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

pub const COURSE_TOML: &str = "[course]\nid = \"test-course\"\ntitle = \"Test course\"\nlanguage = \"en\"\n";

impl Fixture {
    pub fn empty() -> Fixture {
        Fixture { dir: tempfile::Builder::new().prefix("sonder-test-").tempdir().expect("tempdir") }
    }

    pub fn new() -> Fixture {
        let f = Fixture::empty();
        f.write("course.toml", COURSE_TOML);
        f.write("content/_index.md", "+++\ntitle = \"Welcome\"\n+++\nWelcome to the course.\n");
        f.write("content/01-start/_index.md", "+++\ntitle = \"Getting started\"\nweight = 1\n+++\nThe first module.\n");
        f.write(
            "content/01-start/01-first.md",
            "+++\ntitle = \"First lesson\"\nweight = 1\nduration = 10\nexercises = [\"first-reflection\"]\n+++\n\n## Why\n\nSome text.\n",
        );
        f.write("content/01-start/02-second.md", "+++\ntitle = \"Second lesson\"\nweight = 2\nduration = 5\n+++\n\nMore text.\n");
        f.write(
            "exercises/first-reflection.toml",
            "title = \"Think about it\"\nkind = \"reflection\"\nprompt = \"What do you think?\"\n\n[[questions]]\nid = \"q1\"\ntext = \"What happened?\"\n",
        );
        f
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }
    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }
    /// The default output folder of `build()`.
    pub fn out(&self) -> PathBuf {
        self.path("public")
    }
    pub fn out_file(&self, rel: &str) -> PathBuf {
        self.out().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) -> &Self {
        self.write_bytes(rel, text.as_bytes())
    }
    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) -> &Self {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
        self
    }
    pub fn remove(&self, rel: &str) -> &Self {
        let p = self.path(rel);
        if p.is_dir() {
            std::fs::remove_dir_all(p).unwrap();
        } else {
            std::fs::remove_file(p).unwrap();
        }
        self
    }
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    /// `sonder <cmd> --root ROOT [args]`, run from the course root.
    pub fn run(&self, cmd: &str, args: &[&str]) -> Run {
        let root = self.root().to_string_lossy().into_owned();
        let mut all = vec![cmd, "--root", &root];
        all.extend_from_slice(args);
        sonder_in(self.root(), &all)
    }
    /// `sonder build` (output in ROOT/public).
    pub fn build(&self, args: &[&str]) -> Run {
        self.run("build", args)
    }
    pub fn check(&self, args: &[&str]) -> Run {
        self.run("check", args)
    }
    /// Builds unminified and asserts success; returns the run.
    pub fn build_ok(&self) -> Run {
        let r = self.build(&["--no-minify"]);
        r.ok();
        r
    }
    /// Parses a page of the output.
    pub fn page(&self, rel: &str) -> Html {
        parse_file(&self.out_file(rel))
    }
}

pub fn parse_file(path: &Path) -> Html {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    Html::parse_document(&text)
}

pub fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|e| panic!("bad selector {s}: {e:?}"))
}

pub fn select<'a>(doc: &'a Html, s: &str) -> Vec<ElementRef<'a>> {
    doc.select(&sel(s)).collect()
}

pub fn select_in<'a>(el: ElementRef<'a>, s: &str) -> Vec<ElementRef<'a>> {
    el.select(&sel(s)).collect()
}

pub fn one<'a>(doc: &'a Html, s: &str) -> ElementRef<'a> {
    let v = select(doc, s);
    assert_eq!(v.len(), 1, "expected exactly one `{s}`, found {}", v.len());
    v[0]
}

pub fn text(el: ElementRef) -> String {
    el.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn attr<'a>(el: ElementRef<'a>, name: &str) -> Option<&'a str> {
    el.value().attr(name)
}

/// Copies every file under `from` to the same place under `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    for rel in files_under(from) {
        let target = to.join(&rel);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(from.join(&rel), target).unwrap();
    }
}

/// Every file under `dir`, as `/`-separated paths relative to it.
pub fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            let p = e.path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                out.push(p.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/"));
            }
        }
    }
    walk(dir, dir, &mut out);
    out.sort();
    out
}

pub fn html_files_under(dir: &Path) -> Vec<String> {
    files_under(dir).into_iter().filter(|f| f.ends_with(".html")).collect()
}

/// Every `href`/`src` of a page that points inside the site (not external, not `data:` etc.).
pub fn local_urls(doc: &Html) -> Vec<String> {
    let mut out = Vec::new();
    for el in doc.select(&sel("[href], [src]")) {
        for a in ["href", "src"] {
            if let Some(v) = attr(el, a) {
                if !is_external(v) {
                    out.push(v.to_string());
                }
            }
        }
    }
    out
}

pub fn is_external(url: &str) -> bool {
    url.starts_with("//")
        || url.split_once(':').is_some_and(|(s, _)| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c)))
}

/// Resolves a relative URL against the page at `from` (both relative to the site root).
/// Returns (path, fragment); None when it climbs out of the site.
pub fn resolve(from: &str, url: &str) -> Option<(String, Option<String>)> {
    let (path, frag) = match url.split_once('#') {
        Some((p, f)) => (p, Some(f.to_string())),
        None => (url, None),
    };
    let path = path.split('?').next().unwrap();
    if path.is_empty() {
        return Some((from.to_string(), frag));
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some((parts.join("/"), frag))
}

/// Ids of every element of a page.
pub fn ids(doc: &Html) -> std::collections::HashSet<String> {
    doc.select(&sel("[id]")).filter_map(|e| attr(e, "id")).map(String::from).collect()
}

/// Checks that every relative href/src of every HTML page under `dir` names an existing file and,
/// for `#fragment`s into HTML pages, an existing id. Returns the problems found.
pub fn broken_links(dir: &Path) -> Vec<String> {
    let pages = html_files_under(dir);
    let parsed: BTreeMap<String, Html> = pages.iter().map(|p| (p.clone(), parse_file(&dir.join(p)))).collect();
    let mut problems = Vec::new();
    let mut checked = 0;
    for (page, doc) in &parsed {
        for url in local_urls(doc) {
            checked += 1;
            let Some((target, frag)) = resolve(page, &url) else {
                problems.push(format!("{page}: {url} climbs out of the site"));
                continue;
            };
            if url.starts_with('/') {
                problems.push(format!("{page}: {url} is absolute"));
                continue;
            }
            let full = dir.join(&target);
            if !full.is_file() {
                problems.push(format!("{page}: {url} -> {target} does not exist"));
                continue;
            }
            if let Some(f) = frag.filter(|f| !f.is_empty()) {
                if let Some(t) = parsed.get(&target) {
                    if !ids(t).contains(&f) {
                        problems.push(format!("{page}: {url} -> no id `{f}` in {target}"));
                    }
                }
            }
        }
    }
    assert!(checked > 0, "no links checked under {}", dir.display());
    problems
}

/// Writes the synthetic test course into a fresh temp folder (`write_corpus`).
pub fn gen_corpus(lessons: usize) -> tempfile::TempDir {
    let dir = tempfile::Builder::new().prefix("sonder-corpus-").tempdir().unwrap();
    write_corpus(dir.path(), lessons);
    dir
}

/// Writes the synthetic test course (`sonder dev corpus --lessons N`: modules of 10-50 lessons,
/// exercises of every kind, code spans, footnotes, links within and across modules) into `dir`.
/// The generator is sonder's own code, so the tests need nothing outside the repository.
fn write_corpus(dir: &Path, lessons: usize) {
    let out = dir.to_string_lossy().into_owned();
    sonder(&["dev", "corpus", "--lessons", &lessons.to_string(), "--out", &out]).ok();
}

/// The generated course with 60 lessons, built once per test binary (unminified) into `<dir>/public`.
pub struct Corpus {
    pub dir: tempfile::TempDir,
    pub run: Run,
}

impl Corpus {
    pub fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }
    pub fn root(&self) -> &Path {
        self.dir.path()
    }
}

pub fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = shared_corpus_dir();
        write_corpus(dir.path(), 60);
        let root = dir.path().to_string_lossy().into_owned();
        let out = dir.path().join("public").to_string_lossy().into_owned();
        let run = sonder_in(dir.path(), &["build", "--root", &root, "--output", &out, "--no-minify"]);
        Corpus { dir, run }
    })
}

/// The folder of the course `corpus()` shares for a whole test binary. A static is never dropped,
/// so its `TempDir` would stay behind after every run: it is made under Cargo's temporary folder
/// for tests (in target/) as `corpus-<pid>-...`, and the folders of test processes that have
/// ended are removed first (where `/proc` says which processes run).
fn shared_corpus_dir() -> tempfile::TempDir {
    let parent = Path::new(env!("CARGO_TARGET_TMPDIR"));
    if let (Ok(entries), true) = (std::fs::read_dir(parent), Path::new("/proc/self").exists()) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let pid = name.strip_prefix("corpus-").and_then(|rest| rest.split('-').next());
            if pid.is_some_and(|pid| !Path::new("/proc").join(pid).exists()) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
    tempfile::Builder::new().prefix(&format!("corpus-{}-", std::process::id())).tempdir_in(parent).unwrap()
}

/// Pretty-prints an HTML fragment one tag per line, so snapshots diff readably.
pub fn pretty_html(fragment: &str) -> String {
    let mut out = String::new();
    let mut rest = fragment;
    let mut depth: usize = 0;
    const VOID: [&str; 6] = ["input", "br", "img", "hr", "meta", "link"];
    while !rest.is_empty() {
        if rest.starts_with('<') {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            let tag = &rest[..end];
            let closing = tag.starts_with("</");
            let name: String = tag.trim_start_matches(['<', '/']).chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            if closing {
                depth = depth.saturating_sub(1);
            }
            out.push_str(&"  ".repeat(depth));
            out.push_str(tag);
            out.push('\n');
            if !closing && !VOID.contains(&name.as_str()) && !tag.ends_with("/>") {
                depth += 1;
            }
            rest = &rest[end..];
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let t = rest[..end].trim();
            if !t.is_empty() {
                out.push_str(&"  ".repeat(depth));
                out.push_str(t);
                out.push('\n');
            }
            rest = &rest[end..];
        }
    }
    out
}
