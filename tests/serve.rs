//! `sonder serve` end to end: the real binary on port 0, plain HTTP over TcpStream, the event stream
//! read as raw text, and edits made to a course in a temp folder.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(20);

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn lesson(title: &str, weight: i64, body: &str, exercises: &str) -> String {
    format!("+++\ntitle = \"{title}\"\nweight = {weight}\nduration = 5\nexercises = [{exercises}]\n+++\n\n{body}\n")
}

/// A small course in `<tmp>/course`, with a secret file beside it that must never be served.
fn course(tmp: &Path) -> PathBuf {
    let root = tmp.join("course");
    write(&tmp.join("secret.txt"), "TOP-SECRET-OUTSIDE\n");
    write(&root.join("course.toml"), "[course]\nid = \"serve-test\"\ntitle = \"Serve test\"\n");
    write(&root.join("content/_index.md"), "+++\ntitle = \"Welcome\"\n+++\n\nHome page text.\n");
    write(&root.join("content/01-start/_index.md"), "+++\ntitle = \"Start here\"\nweight = 1\n+++\n\nModule intro.\n");
    write(&root.join("content/01-start/01-first.md"), &lesson("First lesson", 1, "## Part one\n\nOriginal first text.", "\"first-quiz\""));
    write(
        &root.join("content/01-start/02-second.md"),
        &lesson("Second lesson", 2, "Second text. See [the first](01-first.md#part-one).", ""),
    );
    write(&root.join("content/02-more/_index.md"), "+++\ntitle = \"More\"\nweight = 2\n+++\n\nMore intro.\n");
    write(&root.join("content/02-more/01-third.md"), &lesson("Third lesson", 1, "Third text.", ""));
    write(
        &root.join("exercises/first-quiz.toml"),
        "title = \"First quiz\"\nkind = \"quiz\"\nprompt = \"Check yourself.\"\n\n[[questions]]\nid = \"q\"\ntext = \"Original question?\"\nchoices = [\"Yes\", \"No\"]\nanswer = 0\n",
    );
    std::fs::create_dir_all(root.join("static")).unwrap();
    std::fs::write(root.join("static/tiny.wasm"), b"\0asm\x01\0\0\0").unwrap();
    root
}

/// A running `sonder serve`, stopped when dropped.
struct Serve {
    child: Child,
    /// `http://127.0.0.1:PORT/base/`
    url: String,
    addr: String,
    base: String,
    stderr: Arc<Mutex<String>>,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(root: &Path, extra: &[&str]) -> Serve {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sonder"))
        .arg("serve")
        .arg("--root")
        .arg(root)
        .args(["--port", "0"])
        .args(extra)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start sonder serve");
    let stderr = Arc::new(Mutex::new(String::new()));
    {
        let stderr = stderr.clone();
        let mut pipe = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                stderr.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
    }
    let (tx, rx) = channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let _ = tx.send(line);
        }
    });
    let line = rx.recv_timeout(WAIT).unwrap_or_else(|_| panic!("no address printed; stderr:\n{}", stderr.lock().unwrap()));
    let url = line.strip_prefix("Serving at ").unwrap_or_else(|| panic!("unexpected first line {line:?}")).to_string();
    let rest = url.strip_prefix("http://").unwrap();
    let (addr, base) = rest.split_at(rest.find('/').unwrap());
    Serve { child, addr: addr.to_string(), base: base.to_string(), url, stderr }
}

struct Reply {
    status: u16,
    headers: String,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<String> {
        self.headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim().eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

/// One request with the target sent exactly as given (no normalization).
fn request(addr: &str, method: &str, target: &str) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(WAIT)).unwrap();
    write!(s, "{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    Reply { status, headers: head.to_string(), body: body.to_string() }
}

fn get(s: &Serve, path: &str) -> Reply {
    request(&s.addr, "GET", &format!("{}{path}", s.base))
}

/// The event stream, read on a thread: (event name, data) pairs.
struct Events {
    rx: Receiver<(String, String)>,
}

impl Events {
    fn open(s: &Serve) -> Events {
        let mut stream = TcpStream::connect(&s.addr).unwrap();
        write!(stream, "GET {}_sonder/events HTTP/1.1\r\nHost: {}\r\n\r\n", s.base, s.addr).unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stream);
            let mut line = String::new();
            // Response head.
            loop {
                line.clear();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                if line == "\r\n" {
                    break;
                }
            }
            let (mut name, mut data) = (String::new(), String::new());
            loop {
                line.clear();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let l = line.trim_end_matches(['\r', '\n']);
                if l.is_empty() {
                    if !name.is_empty() && tx.send((std::mem::take(&mut name), std::mem::take(&mut data))).is_err() {
                        return;
                    }
                } else if let Some(v) = l.strip_prefix("event: ") {
                    name = v.to_string();
                } else if let Some(v) = l.strip_prefix("data: ") {
                    data = v.to_string();
                }
            }
        });
        Events { rx }
    }

    /// Waits for an event of this name whose data satisfies `ok`; returns its data.
    fn wait_for(&self, name: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + WAIT;
        let mut seen = Vec::new();
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.rx.recv_timeout(left) {
                Ok((n, d)) if n == name && ok(&d) => return d,
                Ok(other) => seen.push(other),
                Err(_) => break,
            }
        }
        panic!("no `{name}` event; saw {seen:?}");
    }

    /// Asserts nothing arrives for a while.
    fn expect_quiet(&self, for_: Duration) {
        if let Ok(ev) = self.rx.recv_timeout(for_) {
            panic!("unexpected event {ev:?}");
        }
    }
}

/// Polls until the page has (or lacks) a text.
fn wait_page(s: &Serve, path: &str, has: &str) -> Reply {
    let deadline = Instant::now() + WAIT;
    loop {
        let r = get(s, path);
        if r.body.contains(has) || Instant::now() > deadline {
            return r;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Writes a file the way many editors save: a temp file beside it, renamed over the original.
fn save_by_rename(path: &Path, text: &str) {
    let tmp = path.with_file_name(format!(".{}.swp", path.file_name().unwrap().to_string_lossy()));
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[test]
fn serves_pages_with_types_404_and_the_reload_script() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let s = serve(&root, &[]);
    assert!(s.url.starts_with("http://127.0.0.1:"), "{}", s.url);
    assert_ne!(s.url, "http://127.0.0.1:0/");

    let home = get(&s, "");
    assert_eq!(home.status, 200);
    assert_eq!(home.header("content-type").as_deref(), Some("text/html; charset=utf-8"));
    assert!(home.body.contains("live-reload.js"), "the page loads the reload script");
    assert!(!home.body.contains("EventSource"), "no inline script");
    assert_eq!(home.header("cache-control").as_deref(), Some("no-store"));

    let lesson = get(&s, "01-start/01-first.html");
    assert_eq!(lesson.status, 200);
    assert!(lesson.body.contains("Original first text."));
    assert!(lesson.body.contains("Original question?"));

    let script = get(&s, "_sonder/live-reload.js");
    assert_eq!(script.status, 200);
    assert!(script.header("content-type").unwrap().starts_with("text/javascript"));
    assert!(script.body.contains("EventSource") && script.body.contains("sessionStorage"), "reloads keep the scroll position");

    let wasm = get(&s, "tiny.wasm");
    assert_eq!(wasm.status, 200);
    assert_eq!(wasm.header("content-type").as_deref(), Some("application/wasm"));
    let css = get(&s, "assets/style.css");
    assert_eq!(css.status, 200);
    assert!(css.header("content-type").unwrap().starts_with("text/css"));

    let missing = get(&s, "01-start/nope.html");
    assert_eq!(missing.status, 404);
    assert_eq!(missing, get(&s, "no/such/dir/"), "the site's 404 page");
    assert!(missing.body.contains("<html"), "the site's 404.html, not a bare message");

    let module = get(&s, "01-start");
    assert_eq!(module.status, 301);
    assert_eq!(module.header("location").as_deref(), Some("/01-start/"));
    assert_eq!(get(&s, "01-start/").status, 200);

    let head = request(&s.addr, "HEAD", "/");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(request(&s.addr, "POST", "/").status, 405);

    // Sources are not part of the built site.
    assert_eq!(get(&s, "course.toml").status, 404);
    assert_eq!(get(&s, "content/01-start/01-first.md").status, 404);
}

impl PartialEq for Reply {
    fn eq(&self, other: &Self) -> bool {
        self.status == other.status && self.body == other.body
    }
}

impl std::fmt::Debug for Reply {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({} bytes)", self.status, self.body.len())
    }
}

#[test]
fn traversal_attempts_get_no_outside_file() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let s = serve(&root, &[]);
    let secret = tmp.path().join("secret.txt");
    let absolute = secret.to_string_lossy().replace('\\', "/");
    let attempts = [
        "/../secret.txt".to_string(),
        "/../../../../../../etc/passwd".to_string(),
        "/01-start/../../secret.txt".to_string(),
        "/%2e%2e/secret.txt".to_string(),
        "/%2E%2E/%2E%2E/secret.txt".to_string(),
        "/..%2fsecret.txt".to_string(),
        "/%2e%2e%2fsecret.txt".to_string(),
        "/.%2e/secret.txt".to_string(),
        "/..\\secret.txt".to_string(),
        "/%5c..%5csecret.txt".to_string(),
        "/01-start\\..\\..\\secret.txt".to_string(),
        "//etc/passwd".to_string(),
        format!("/{absolute}"),
        format!("/{}", absolute.trim_start_matches('/')),
        format!("/%2f{}", absolute.trim_start_matches('/')),
        "/C:/Windows/win.ini".to_string(),
        "/secret.txt%00.html".to_string(),
        "/index.html%00".to_string(),
        "/%c0%ae%c0%ae/secret.txt".to_string(),
        "/%252e%252e/secret.txt".to_string(),
        "/%2e%2e%5csecret.txt".to_string(),
        "/01-start/%2e%2e/%2e%2e/secret.txt".to_string(),
        "/./index.html".to_string(),
        "http://example.com/../secret.txt".to_string(),
    ];
    for target in &attempts {
        let r = request(&s.addr, "GET", target);
        assert!(r.status == 400 || r.status == 404, "{target}: status {}", r.status);
        assert!(!r.body.contains("TOP-SECRET-OUTSIDE") && !r.body.contains("root:"), "{target} leaked a file");
    }
    // The server is still fine afterwards.
    assert_eq!(get(&s, "").status, 200);
}

#[test]
fn base_path_serves_under_a_sub_path() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let s = serve(&root, &["--base-path", "/sub/path"]);
    assert!(s.url.ends_with("/sub/path/"), "{}", s.url);
    assert_eq!(s.base, "/sub/path/");
    assert_eq!(get(&s, "").status, 200);
    assert_eq!(get(&s, "01-start/02-second.html").status, 200);
    assert_eq!(get(&s, "_sonder/live-reload.js").status, 200);
    let root_redirect = request(&s.addr, "GET", "/");
    assert_eq!(root_redirect.status, 301);
    assert_eq!(root_redirect.header("location").as_deref(), Some("/sub/path/"));
    assert_eq!(request(&s.addr, "GET", "/01-start/02-second.html").status, 404);
    assert_eq!(request(&s.addr, "GET", "/sub/path/../../secret.txt").status, 400);
}

#[test]
fn lesson_edit_reloads_and_a_broken_file_shows_the_overlay_until_fixed() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let s = serve(&root, &[]);
    let events = Events::open(&s);
    let hello = events.wait_for("hello", |_| true);
    assert!(hello.contains("\"ok\":true"), "{hello}");

    // A body edit: the lesson reloads, with the new text.
    let first = root.join("content/01-start/01-first.md");
    std::fs::write(&first, lesson("First lesson", 1, "## Part one\n\nEdited first text.", "\"first-quiz\"")).unwrap();
    events.wait_for("reload", |d| d.contains("01-start/01-first.html"));
    let page = get(&s, "01-start/01-first.html");
    assert!(page.body.contains("Edited first text."), "new content is served once the reload is sent");

    // Broken front matter: an error event with file:line:col; the last good page stays served.
    std::fs::write(&first, "+++\ntitle = \"First lesson\"\nweight = 1\nnot valid toml\n+++\n\nBroken text.\n").unwrap();
    let err = events.wait_for("build-error", |_| true);
    assert!(err.contains("content/01-start/01-first.md:4:"), "{err}");
    // Reported once: reading the broken file again does not start another rebuild.
    events.expect_quiet(Duration::from_millis(700));
    let page = get(&s, "01-start/01-first.html");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Edited first text.") && !page.body.contains("Broken text."));
    let status = get(&s, "_sonder/status");
    assert!(status.body.contains("\"ok\":false") && status.body.contains("01-first.md:4:"), "{}", status.body);
    // A page opened now gets the overlay at once.
    let late = Events::open(&s);
    late.wait_for("hello", |d| d.contains("\"ok\":false"));
    late.wait_for("build-error", |d| d.contains("01-first.md:4:"));
    // An edit elsewhere does not hide the problem.
    std::fs::write(root.join("content/02-more/01-third.md"), lesson("Third lesson", 1, "Third text, edited.", "")).unwrap();
    events.wait_for("build-error", |d| d.contains("01-first.md:4:"));
    assert!(s.stderr.lock().unwrap().contains("01-first.md:4:"), "the terminal shows the error too");

    // Fixed: the overlay goes away, pages reload, new content is served.
    std::fs::write(&first, lesson("First lesson", 1, "## Part one\n\nFixed first text.", "\"first-quiz\"")).unwrap();
    events.wait_for("build-ok", |_| true);
    events.wait_for("reload", |d| d.contains("01-start/01-first.html"));
    assert!(get(&s, "01-start/01-first.html").body.contains("Fixed first text."));
    assert!(get(&s, "02-more/01-third.html").body.contains("Third text, edited."));
    assert!(get(&s, "_sonder/status").body.contains("\"ok\":true"));
}

#[test]
fn title_change_rerenders_neighbours_and_navigation() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let s = serve(&root, &[]);
    let events = Events::open(&s);
    events.wait_for("hello", |_| true);
    save_by_rename(&root.join("content/01-start/02-second.md"), &lesson("Renamed second", 2, "Second text.", ""));
    let d = events.wait_for("reload", |d| d.contains("02-second.html"));
    assert!(d.contains("01-start/01-first.html") && d.contains("01-start/index.html") && d.contains("02-more/01-third.html"), "{d}");
    assert!(get(&s, "01-start/01-first.html").body.contains("Renamed second"), "next link and module list");
    assert!(get(&s, "02-more/01-third.html").body.contains("Renamed second"), "previous link across modules");
    assert!(get(&s, "01-start/").body.contains("Renamed second"));
    assert!(get(&s, "").body.contains("Renamed second"), "home page, rendered when requested");

    // Order change: the second lesson moves first.
    std::fs::write(root.join("content/01-start/02-second.md"), lesson("Renamed second", 0, "Second text.", "")).unwrap();
    events.wait_for("reload", |d| d.contains("02-second.html"));
    let module = get(&s, "01-start/").body;
    assert!(module.find("Renamed second").unwrap() < module.find("First lesson").unwrap(), "new order on the module page");
}

#[test]
fn editor_temp_files_are_ignored_and_structure_changes_rebuild() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let s = serve(&root, &[]);
    let events = Events::open(&s);
    events.wait_for("hello", |_| true);

    // Swap files, backups and vim's write test come and go without a rebuild.
    let dir = root.join("content/01-start");
    std::fs::write(dir.join(".01-first.md.swp"), "junk").unwrap();
    std::fs::write(dir.join("01-first.md~"), "junk").unwrap();
    std::fs::write(dir.join("4913"), "").unwrap();
    std::fs::remove_file(dir.join("4913")).unwrap();
    events.expect_quiet(Duration::from_millis(600));

    // A new lesson: full rebuild, the page exists.
    std::fs::write(dir.join("03-new.md"), lesson("Brand new", 3, "New lesson text.", "")).unwrap();
    events.wait_for("reload", |d| d.contains("\"all\":true"));
    assert!(wait_page(&s, "01-start/03-new.html", "New lesson text.").body.contains("New lesson text."));
    // Removed again: 404.
    std::fs::remove_file(dir.join("03-new.md")).unwrap();
    events.wait_for("reload", |d| d.contains("\"all\":true"));
    assert_eq!(get(&s, "01-start/03-new.html").status, 404);

    // An exercise edit re-renders the lesson that uses it.
    let quiz = root.join("exercises/first-quiz.toml");
    let text = std::fs::read_to_string(&quiz).unwrap().replace("Original question?", "Edited question?");
    save_by_rename(&quiz, &text);
    events.wait_for("reload", |d| d.contains("01-start/01-first.html"));
    assert!(get(&s, "01-start/01-first.html").body.contains("Edited question?"));

    // A new static folder and file are picked up.
    std::fs::write(root.join("static/extra.css"), "body { color: red }").unwrap();
    events.wait_for("reload", |_| true);
    let css = wait_page(&s, "extra.css", "color: red");
    assert_eq!(css.status, 200);

    // A template override: the pages that use it change.
    std::fs::create_dir_all(root.join("templates")).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let module_tpl = "{% extends \"base.html\" %}{% block main %}<p>CUSTOM MODULE TEMPLATE</p>{{ body | safe }}{% endblock main %}";
    std::fs::write(root.join("templates/module.html"), module_tpl).unwrap();
    let d = events.wait_for("reload", |d| d.contains("01-start/index.html"));
    assert!(!d.contains("01-first.html"), "only pages using the template: {d}");
    assert!(get(&s, "01-start/").body.contains("CUSTOM MODULE TEMPLATE"));
    assert!(!get(&s, "01-start/01-first.html").body.contains("CUSTOM MODULE TEMPLATE"));
    // A template error keeps the last good site.
    std::fs::write(root.join("templates/module.html"), "{% extends \"base.html\" %}{% block main %}{{ oops").unwrap();
    events.wait_for("build-error", |d| d.contains("templates/module.html"));
    assert!(get(&s, "01-start/").body.contains("CUSTOM MODULE TEMPLATE"));
    std::fs::remove_file(root.join("templates/module.html")).unwrap();
    events.wait_for("build-ok", |_| true);

    // course.toml: everything is rebuilt.
    save_by_rename(&root.join("course.toml"), "[course]\nid = \"serve-test\"\ntitle = \"Renamed course\"\n");
    events.wait_for("reload", |d| d.contains("\"all\":true"));
    assert!(get(&s, "01-start/02-second.html").body.contains("Renamed course"));
}

#[test]
fn a_course_that_does_not_build_yet_is_served_an_error_page_until_fixed() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let lesson_path = root.join("content/01-start/01-first.md");
    std::fs::write(&lesson_path, "+++\ntitle = \"First lesson\"\nexercises = [\"no-such-exercise\"]\n+++\n\nText.\n").unwrap();
    let s = serve(&root, &[]);
    let r = get(&s, "");
    assert_eq!(r.status, 500);
    assert!(r.body.contains("no-such-exercise") && r.body.contains("live-reload.js"), "{}", r.body);
    let events = Events::open(&s);
    events.wait_for("build-error", |d| d.contains("01-first.md:3:"));
    std::fs::write(&lesson_path, lesson("First lesson", 1, "## Part one\n\nWorking now.", "\"first-quiz\"")).unwrap();
    events.wait_for("reload", |d| d.contains("\"all\":true"));
    assert!(get(&s, "01-start/01-first.html").body.contains("Working now."));
}

#[test]
fn binding_beyond_loopback_warns() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let s = serve(&root, &["--bind", "0.0.0.0"]);
    let deadline = Instant::now() + WAIT;
    while !s.stderr.lock().unwrap().contains("warning") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(s.stderr.lock().unwrap().contains("warning: listening on 0.0.0.0"), "{}", s.stderr.lock().unwrap());
    let port = s.addr.rsplit(':').next().unwrap();
    assert_eq!(request(&format!("127.0.0.1:{port}"), "GET", "/").status, 200);
}

mod incremental {
    //! Incremental rebuilds give byte for byte the site a full build gives, edit after edit.

    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};
    use std::time::Instant;

    use sonder::render::RenderOptions;
    use sonder::serve::builder::{self, Builder, Plan};

    use super::{lesson, write};

    fn opts() -> RenderOptions {
        RenderOptions { minify: false, live_reload_script: Some("_sonder/live-reload.js".into()), versions: None }
    }

    fn full_files(root: &Path) -> BTreeMap<String, Vec<u8>> {
        let (_, files) = builder::full_build(root, &opts(), &mut Vec::new()).unwrap_or_else(|d| panic!("{}", d.render(false)));
        files.into_iter().map(|(k, v)| (k, v.to_vec())).collect()
    }

    fn served_files(b: &mut Builder) -> BTreeMap<String, Vec<u8>> {
        b.paths().into_iter().map(|p| (p.clone(), b.get(&p).unwrap().unwrap().to_vec())).collect()
    }

    /// Applies the change to `paths`; `incremental` says whether it must be done without a full build.
    fn step(b: &mut Builder, root: &Path, paths: &[PathBuf], incremental: bool, what: &str) {
        let plan = b.plan(paths, false);
        let done_incrementally = match plan {
            Plan::Steps(steps) => match b.apply(&steps, Instant::now()) {
                Ok(o) => {
                    if let Err(d) = &o.result {
                        panic!("{what}: {}", d.render(false));
                    }
                    true
                }
                Err(_) => false,
            },
            Plan::Nothing => panic!("{what}: nothing to do?"),
            Plan::Full(_) => false,
        };
        if !done_incrementally {
            assert!(!incremental, "{what}: expected an incremental rebuild");
            let r = builder::full_build(root, &opts(), &mut Vec::new());
            let o = b.install(r, what.into(), Vec::new(), Instant::now());
            assert!(o.result.is_ok(), "{what}");
        }
        let got = served_files(b);
        let want = full_files(root);
        let keys: Vec<&String> = got.keys().collect();
        assert_eq!(keys, want.keys().collect::<Vec<_>>(), "{what}: the same files");
        for (path, bytes) in &want {
            if got[path] != *bytes {
                let (g, w) = (String::from_utf8_lossy(&got[path]), String::from_utf8_lossy(bytes));
                let at = g.bytes().zip(w.bytes()).position(|(a, b)| a != b).unwrap_or(g.len().min(w.len()));
                let around = |s: &str| s.get(at.saturating_sub(150)..(at + 150).min(s.len())).unwrap_or("").to_string();
                panic!("{what}: {path} differs from a full build at byte {at}:\nincremental: {}\nfull:        {}", around(&g), around(&w));
            }
        }
    }

    fn served(b: &mut Builder, path: &str) -> String {
        String::from_utf8(b.get(path).unwrap().unwrap().to_vec()).unwrap()
    }

    fn edit(path: &Path, from: &str, to: &str) {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.contains(from), "{} has no {from:?}", path.display());
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    }

    #[test]
    fn incremental_rebuilds_match_a_full_build() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().canonicalize().unwrap().join("c");
        write(&root.join("course.toml"), "[course]\nid = \"inc\"\ntitle = \"Incremental\"\n");
        write(&root.join("content/_index.md"), "+++\ntitle = \"Home\"\n+++\n\nHome text.\n");
        write(&root.join("content/about.md"), "+++\ntitle = \"About\"\nweight = 1\n+++\n\nAbout text.\n");
        for m in 1..=3 {
            write(
                &root.join(format!("content/0{m}-mod/_index.md")),
                &format!("+++\ntitle = \"Module {m}\"\nweight = {m}\n+++\n\nIntro {m}.\n"),
            );
            for l in 1..=3 {
                let ex = if (m, l) == (1, 1) { "\"ex-a\"" } else { "" };
                let body = format!("## Section {m}{l}\n\nBody {m}.{l}. See [module one](../01-mod/01-l.md#section-11).");
                write(&root.join(format!("content/0{m}-mod/0{l}-l.md")), &lesson(&format!("Lesson {m}.{l}"), l, &body, ex));
            }
        }
        let quiz = "title = \"Quiz A\"\nkind = \"quiz\"\nprompt = \"Prompt A.\"\n\n[[questions]]\nid = \"q\"\ntext = \"Question?\"\nchoices = [\"a\", \"b\"]\nanswer = 0\n";
        write(&root.join("exercises/ex-a.toml"), quiz);
        write(&root.join("exercises/ex-b.toml"), &quiz.replace("Quiz A", "Quiz B"));
        write(&root.join("static/site.css"), "p { color: blue }");

        let mut b = Builder::new(root.clone(), opts());
        let r = builder::full_build(&root, &opts(), &mut Vec::new());
        assert!(b.install(r, "start".into(), Vec::new(), Instant::now()).result.is_ok());
        let l = |m: u32, l: u32| root.join(format!("content/0{m}-mod/0{l}-l.md"));

        edit(&l(1, 2), "Body 1.2.", "Body 1.2, edited.");
        step(&mut b, &root, &[l(1, 2)], true, "body edit");
        // The search index is part of the site (compared above with every other file): the edit
        // is in it, incrementally, with the index listing the new word.
        let text: String = b.paths().iter().filter(|p| p.starts_with("assets/search/text-")).map(|p| served(&mut b, p)).collect();
        assert!(text.contains("Body 1.2, edited."), "{text}");
        assert!(served(&mut b, "assets/search/index.js").contains(" edited "), "the index has the word");
        // A word no page has any more leaves the index (a full build would not know it).
        edit(&l(1, 2), "Body 1.2, edited.", "Body 1.2, reworded.");
        step(&mut b, &root, &[l(1, 2)], true, "body edit, a word gone");
        assert!(!served(&mut b, "assets/search/index.js").contains(" edited "), "the word left the index");
        edit(&l(2, 1), "title = \"Lesson 2.1\"", "title = \"Lesson 2.1 renamed\"");
        step(&mut b, &root, &[l(2, 1)], true, "title edit");
        edit(&l(2, 3), "weight = 3", "weight = 0");
        step(&mut b, &root, &[l(2, 3)], true, "order edit");
        edit(&l(1, 1), "duration = 5", "duration = 25");
        step(&mut b, &root, &[l(1, 1)], true, "duration edit");
        edit(&l(3, 1), "exercises = []", "exercises = [\"ex-b\"]");
        step(&mut b, &root, &[l(3, 1)], true, "exercise list edit");
        edit(&l(3, 2), "Body 3.2.", "Body 3.2.\n\n{{ exercise ex-b }}");
        edit(&l(3, 1), "exercises = [\"ex-b\"]", "exercises = []");
        step(&mut b, &root, &[l(3, 1), l(3, 2)], true, "exercise moved to a marker in another lesson");
        edit(&root.join("exercises/ex-a.toml"), "Prompt A.", "Prompt A, edited.");
        step(&mut b, &root, &[root.join("exercises/ex-a.toml")], true, "exercise edit");
        edit(&root.join("content/02-mod/_index.md"), "Module 2\"", "Module 2 renamed\"");
        step(&mut b, &root, &[root.join("content/02-mod/_index.md")], true, "module title edit");
        edit(&root.join("content/_index.md"), "Home text.", "Home text, edited.");
        step(&mut b, &root, &[root.join("content/_index.md")], true, "home edit");
        edit(&root.join("content/about.md"), "About text.", "About text, edited.");
        step(&mut b, &root, &[root.join("content/about.md")], true, "page body edit");
        edit(&root.join("static/site.css"), "blue", "red");
        step(&mut b, &root, &[root.join("static/site.css")], true, "static file edit");
        write(
            &root.join("templates/lesson.html"),
            "{% extends \"base.html\" %}{% block main %}<p>OWN LESSON TEMPLATE</p>{{ body | safe }}{% endblock main %}",
        );
        step(&mut b, &root, &[root.join("templates/lesson.html")], true, "template override");
        edit(&root.join("content/about.md"), "title = \"About\"", "title = \"About us\"");
        step(&mut b, &root, &[root.join("content/about.md")], false, "page title edit (full build)");
        write(&root.join("content/03-mod/04-l.md"), &lesson("Lesson 3.4", 4, "New.", ""));
        step(&mut b, &root, &[root.join("content/03-mod/04-l.md")], false, "new lesson (full build)");
        edit(&root.join("course.toml"), "Incremental", "Incremental renamed");
        step(&mut b, &root, &[root.join("course.toml")], false, "course.toml (full build)");
    }
}

/// The reload script in Chromium (tests/serve_browser.mjs): scroll kept, overlay shown and removed.
/// Needs node, playwright-core (npm ci) and Chromium; skipped without them, except with CI=true.
#[test]
fn live_reload_in_chromium() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let node_ok = Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
    let missing: Vec<&str> = [
        (!Path::new(&chromium).exists()).then_some("Chromium"),
        (!repo.join("node_modules/playwright-core").is_dir()).then_some("node_modules/playwright-core (npm ci)"),
        (!node_ok).then_some("node"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !missing.is_empty() {
        common::skip(&format!("missing {}", missing.join(", ")), "install the Debian packages chromium and nodejs, then run npm ci");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    // A lesson long enough to scroll.
    let long: String =
        (1..=120).map(|i| format!("Paragraph {i} of a long lesson, with enough words to fill a line or two of the page.\n\n")).collect();
    write(&root.join("content/01-start/01-first.md"), &lesson("First lesson", 1, &format!("## Part one\n\n{long}"), "\"first-quiz\""));
    let out = Command::new("node")
        .arg(repo.join("tests/serve_browser.mjs"))
        .arg(&root)
        .arg(env!("CARGO_BIN_EXE_sonder"))
        .arg("01-start/01-first.md")
        .env("CHROMIUM", &chromium)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_port_in_use_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let s = serve(&root, &[]);
    let port = s.addr.rsplit(':').next().unwrap().to_string();
    let o = Command::new(env!("CARGO_BIN_EXE_sonder"))
        .args(["serve", "--port", &port, "--root"])
        .arg(&root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("in use") && err.contains("--port 0"), "{err}");
}

/// `sonder serve --open` with a fake `xdg-open` on PATH that writes the address it is given to
/// `<tmp>/opened.txt`, and with or without a display. Returns the child and the address it serves.
#[cfg(target_os = "linux")]
fn serve_and_open(tmp: &Path, display: Option<&str>) -> (Child, String) {
    use std::os::unix::fs::PermissionsExt;
    let root = course(tmp);
    let bin = tmp.join("bin");
    write(&bin.join("xdg-open"), &format!("#!/bin/sh\necho \"$1\" > '{}'\n", tmp.join("opened.txt").display()));
    std::fs::set_permissions(bin.join("xdg-open"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sonder"));
    cmd.args(["serve", "--port", "0", "--open", "--quiet", "--base-path", "/x/", "--root"])
        .arg(&root)
        .env("PATH", format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default()))
        .env("NO_COLOR", "1")
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match display {
        Some(d) => cmd.env("DISPLAY", d),
        None => cmd.env_remove("DISPLAY"),
    };
    let mut child = cmd.spawn().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url = line.trim().strip_prefix("Serving at ").unwrap().to_string();
    (child, url)
}

/// `--open` hands the address to the system's opener (xdg-open here, replaced by a script) and
/// waits for it: no finished opener is left behind as a zombie child.
#[cfg(target_os = "linux")]
#[test]
fn open_hands_the_address_to_the_browser() {
    let tmp = tempfile::tempdir().unwrap();
    let opened = tmp.path().join("opened.txt");
    let (mut child, url) = serve_and_open(tmp.path(), Some(":0"));
    let deadline = Instant::now() + WAIT;
    while !std::fs::read_to_string(&opened).is_ok_and(|t| t.ends_with('\n')) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let children = format!("/proc/{0}/task/{0}/children", child.id());
    let mut left = String::from("?");
    while Instant::now() < deadline {
        left = std::fs::read_to_string(&children).unwrap_or_default();
        if left.trim().is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(std::fs::read_to_string(&opened).unwrap().trim(), url);
    assert!(url.ends_with("/x/"));
    assert!(left.trim().is_empty(), "the opener was not waited for: child processes {left}");
}

/// `--open` without a display: one line saying where to go, and no opener started (xdg-open would
/// start a text browser in the terminal, or print a screen of errors).
#[cfg(target_os = "linux")]
#[test]
fn open_without_a_display_prints_one_line() {
    let tmp = tempfile::tempdir().unwrap();
    let opened = tmp.path().join("opened.txt");
    let (mut child, url) = serve_and_open(tmp.path(), None);
    std::thread::sleep(Duration::from_millis(500));
    let children = std::fs::read_to_string(format!("/proc/{0}/task/{0}/children", child.id())).unwrap_or_default();
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("No display") && err.contains(&url), "{err}");
    assert!(!opened.exists(), "no opener started");
    assert!(children.trim().is_empty(), "no child process: {children}");
}

/// One response read off a kept-alive connection: the head, then Content-Length bytes (none for HEAD).
fn read_response(r: &mut BufReader<TcpStream>, head_only: bool) -> Reply {
    let mut headers = String::new();
    loop {
        let mut line = String::new();
        assert!(r.read_line(&mut line).unwrap() > 0, "connection closed mid-response after {headers:?}");
        if line == "\r\n" {
            break;
        }
        headers.push_str(&line);
    }
    let status = headers.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let mut reply = Reply { status, headers, body: String::new() };
    let len: usize = reply.header("content-length").and_then(|l| l.parse().ok()).unwrap_or(0);
    let mut body = vec![0; if head_only { 0 } else { len }];
    r.read_exact(&mut body).unwrap();
    reply.body = String::from_utf8_lossy(&body).into_owned();
    reply
}

fn connect(s: &Serve) -> (TcpStream, BufReader<TcpStream>) {
    let stream = TcpStream::connect(&s.addr).unwrap();
    stream.set_read_timeout(Some(WAIT)).unwrap();
    let reader = BufReader::new(stream.try_clone().unwrap());
    (stream, reader)
}

#[test]
fn keep_alive_head_and_pipelined_requests_share_a_connection() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let s = serve(&root, &[]);
    let (mut w, mut r) = connect(&s);
    let host = &s.addr;
    write!(w, "GET /01-start/01-first.html HTTP/1.1\r\nHost: {host}\r\n\r\n").unwrap();
    let full = read_response(&mut r, false);
    assert_eq!(full.status, 200);
    assert!(full.body.contains("Original first text."));
    // HEAD on the same connection: the same length, no body (the next response follows at once).
    write!(w, "HEAD /01-start/01-first.html HTTP/1.1\r\nHost: {host}\r\n\r\n").unwrap();
    let head = read_response(&mut r, true);
    assert_eq!(head.status, 200);
    assert_eq!(head.header("content-length"), Some(full.body.len().to_string()));
    // Two requests sent together are answered in order.
    write!(w, "GET /02-more/01-third.html HTTP/1.1\r\nHost: {host}\r\n\r\nGET /nope.html HTTP/1.1\r\nHost: {host}\r\n\r\n").unwrap();
    let third = read_response(&mut r, false);
    assert!(third.status == 200 && third.body.contains("Third text."), "{third:?}");
    assert_eq!(read_response(&mut r, false).status, 404);
    // `Connection: close` ends the connection after the answer.
    write!(w, "GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").unwrap();
    assert_eq!(read_response(&mut r, false).status, 200);
    assert_eq!(r.read(&mut [0; 16]).unwrap(), 0, "closed after Connection: close");
}

#[test]
fn a_get_with_a_body_is_one_request() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let s = serve(&root, &[]);
    let (mut w, mut r) = connect(&s);
    let smuggled = "GET /nope.html HTTP/1.1\r\nHost: x\r\n\r\n";
    write!(w, "GET /01-start/01-first.html HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n", smuggled.len()).unwrap();
    // The body comes a little after the head, as it may over a network: the next request on the
    // connection is answered all the same (the server once closed the connection when the body
    // was not there by the time it answered).
    std::thread::sleep(std::time::Duration::from_millis(200));
    write!(w, "{smuggled}GET /02-more/01-third.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    assert_eq!(read_response(&mut r, false).status, 200);
    let second = read_response(&mut r, false);
    assert!(second.status == 200 && second.body.contains("Third text."), "the body was read as a request: {second:?}");
    let mut rest = String::new();
    r.read_to_string(&mut rest).unwrap();
    assert_eq!(rest, "", "nothing more");
}

#[test]
fn range_requests_get_206_and_416() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let audio: Vec<u8> = (0..1000u32).map(|i| b'a' + (i % 26) as u8).collect();
    std::fs::write(root.join("static/talk.mp3"), &audio).unwrap();
    let s = serve(&root, &[]);
    let ranged = |range: &str| {
        let (mut w, mut r) = connect(&s);
        write!(w, "GET /talk.mp3 HTTP/1.1\r\nHost: x\r\nRange: {range}\r\n\r\n").unwrap();
        read_response(&mut r, false)
    };
    let text = |range: std::ops::Range<usize>| String::from_utf8(audio[range].to_vec()).unwrap();

    let whole = get(&s, "talk.mp3");
    assert_eq!(whole.status, 200);
    assert_eq!(whole.header("accept-ranges").as_deref(), Some("bytes"), "players learn they can seek");
    assert_eq!(whole.header("content-type").as_deref(), Some("audio/mpeg"));

    let part = ranged("bytes=100-199");
    assert_eq!(part.status, 206);
    assert_eq!(part.header("content-range").as_deref(), Some("bytes 100-199/1000"));
    assert_eq!(part.header("content-length").as_deref(), Some("100"));
    assert_eq!(part.header("content-type").as_deref(), Some("audio/mpeg"));
    assert_eq!(part.body, text(100..200));

    let tail = ranged("bytes=990-");
    assert_eq!((tail.status, tail.header("content-range")), (206, Some("bytes 990-999/1000".into())));
    assert_eq!(tail.body, text(990..1000));
    let suffix = ranged("bytes=-5");
    assert_eq!((suffix.status, suffix.body.clone()), (206, text(995..1000)));

    let beyond = ranged("bytes=1000-");
    assert_eq!(beyond.status, 416);
    assert_eq!(beyond.header("content-range").as_deref(), Some("bytes */1000"));
    // A page can be ranged too; a range we do not support gets the whole file.
    assert_eq!(ranged("bytes=0-1,5-6").status, 200);
    let (mut w, mut r) = connect(&s);
    write!(w, "HEAD /talk.mp3 HTTP/1.1\r\nHost: x\r\nRange: bytes=0-9\r\n\r\n").unwrap();
    let head = read_response(&mut r, true);
    assert_eq!((head.status, head.header("content-length")), (206, Some("10".into())));
}

#[test]
fn slow_and_stalled_clients_do_not_delay_others() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    // A large file that a client asks for and never reads.
    std::fs::write(root.join("static/video.mp4"), vec![7u8; 16 << 20]).unwrap();
    let s = serve(&root, &[]);
    let mut stalled = Vec::new();
    for _ in 0..20 {
        let mut c = TcpStream::connect(&s.addr).unwrap();
        c.write_all(b"GET /01-start/01-fi").unwrap();
        stalled.push(c);
        let mut c = TcpStream::connect(&s.addr).unwrap();
        c.write_all(b"GET /video.mp4 HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        stalled.push(c);
        stalled.push(TcpStream::connect(&s.addr).unwrap());
    }
    std::thread::sleep(Duration::from_millis(300));
    for path in ["", "01-start/01-first.html", "assets/style.css", "talk-missing.mp3"] {
        let t = Instant::now();
        let r = get(&s, path);
        assert!(r.status == 200 || r.status == 404, "{path}: {}", r.status);
        assert!(t.elapsed() < Duration::from_secs(2), "{path} took {:?} beside 60 stalled clients", t.elapsed());
    }
    drop(stalled);
}

#[test]
fn huge_headers_get_431_not_a_reset() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let s = serve(&root, &[]);
    for size in [512 << 10, 2 << 20, 32 << 20] {
        for _ in 0..3 {
            let mut c = TcpStream::connect(&s.addr).unwrap();
            c.set_read_timeout(Some(WAIT)).unwrap();
            let mut writer = c.try_clone().unwrap();
            let request = format!("GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n", "b".repeat(size));
            // The server may answer before it has read everything: send on a thread, read here.
            let sender = std::thread::spawn(move || {
                let _ = writer.write_all(request.as_bytes());
            });
            let mut raw = Vec::new();
            let read = c.read_to_end(&mut raw);
            let _ = sender.join();
            assert!(read.is_ok(), "{size}-byte header: {read:?} after {} bytes", raw.len());
            let text = String::from_utf8_lossy(&raw);
            assert!(text.starts_with("HTTP/1.1 431"), "{size}-byte header: {text:?}");
        }
    }
    assert_eq!(get(&s, "").status, 200);
}

#[test]
fn a_request_head_has_an_overall_deadline() {
    let tmp = tempfile::tempdir().unwrap();
    let root = course(tmp.path());
    let s = serve(&root, &[]);
    let mut c = TcpStream::connect(&s.addr).unwrap();
    c.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    let started = Instant::now();
    c.write_all(b"GET / HTTP/1.1\r\n").unwrap();
    // One header line every 2 s, each well within any per-read timeout.
    let closed_after = loop {
        if started.elapsed() > Duration::from_secs(30) {
            panic!("the connection was still open after 30 s of trickled headers");
        }
        if c.write_all(format!("X-Slow-{}: 1\r\n", started.elapsed().as_millis()).as_bytes()).is_err() {
            break started.elapsed();
        }
        match c.read(&mut [0; 256]) {
            Ok(_) => break started.elapsed(),
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
            Err(_) => break started.elapsed(),
        }
    };
    assert!(closed_after < Duration::from_secs(14), "closed only after {closed_after:?}");
    assert!(closed_after > Duration::from_secs(5), "closed too soon: {closed_after:?}");
}
