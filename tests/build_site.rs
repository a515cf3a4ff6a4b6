//! `sonder build` on courses that build: the generated course (`sonder dev corpus`), links (on disk and served from a
//! sub-path), Markdown features, ordering and navigation, templates, the command line.

mod common;

use std::collections::{BTreeSet, HashSet, VecDeque};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;

use common::*;

// ---------------------------------------------------------------- the generated course (`sonder dev corpus`)

#[test]
fn corpus_builds_one_page_per_lesson() {
    let c = corpus();
    c.run.ok();
    let content = c.root().join("content");
    let mut lessons = BTreeSet::new();
    for m in std::fs::read_dir(&content).unwrap() {
        let m = m.unwrap().path();
        if !m.is_dir() {
            continue;
        }
        for l in std::fs::read_dir(&m).unwrap() {
            let l = l.unwrap().path();
            let name = l.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".md") && name != "_index.md" {
                lessons.insert(format!("{}/{}", m.file_name().unwrap().to_string_lossy(), name.trim_end_matches(".md")));
            }
        }
    }
    assert_eq!(lessons.len(), 60, "`sonder dev corpus --lessons 60` should write 60 lessons");
    // Exactly one lesson page per lesson file, each at <module>/<lesson>.html, carrying its key.
    let mut pages = BTreeSet::new();
    for f in html_files_under(&c.out()) {
        let doc = parse_file(&c.out().join(&f));
        if attr(one(&doc, "html"), "data-sonder-page") == Some("lesson") {
            let art = one(&doc, "article[data-sonder-lesson]");
            let key = attr(art, "data-sonder-lesson").unwrap().to_string();
            assert_eq!(format!("{key}.html"), f, "lesson key and page path disagree");
            assert_eq!(attr(art, "data-sonder-path"), Some(f.as_str()));
            pages.insert(key);
        }
    }
    assert_eq!(pages, lessons);
}

#[test]
fn corpus_summary_line_counts_what_was_built() {
    let c = corpus();
    c.run.ok();
    let s = Summary::parse(&c.run.stderr);
    assert_eq!(s.lessons, 60);
    assert_eq!(s.modules, std::fs::read_dir(c.root().join("content")).unwrap().filter(|e| e.as_ref().unwrap().path().is_dir()).count());
    let exercises = common::files_under(&c.root().join("exercises")).len();
    assert_eq!(s.exercises, exercises);
    assert_eq!(s.pages, html_files_under(&c.out()).len(), "the page count should be the number of HTML files written");
}

#[test]
fn corpus_every_relative_link_resolves_on_disk() {
    let c = corpus();
    c.run.ok();
    let problems = broken_links(&c.out());
    assert!(
        problems.is_empty(),
        "{} broken links, e.g.:\n{}",
        problems.len(),
        problems.iter().take(20).cloned().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn corpus_lesson_links_are_rewritten_to_pages() {
    // The corpus links lessons with relative .md links (also across modules): none may survive.
    let c = corpus();
    c.run.ok();
    let mut cross_module = 0;
    for f in html_files_under(&c.out()) {
        let doc = parse_file(&c.out().join(&f));
        for a in select(&doc, "main a[href]") {
            let href = attr(a, "href").unwrap();
            assert!(!href.split('#').next().unwrap().ends_with(".md"), "{f}: link {href} still names a .md file");
            if href.starts_with("../") && href.ends_with(".html") && f.contains('/') {
                cross_module += 1;
            }
        }
    }
    assert!(cross_module > 0, "expected cross-module lesson links in the corpus");
}

#[test]
fn corpus_every_page_carries_course_id_and_lang() {
    let c = corpus();
    c.run.ok();
    let files = html_files_under(&c.out());
    assert!(files.len() > 60);
    for f in files {
        let doc = parse_file(&c.out().join(&f));
        let html = one(&doc, "html");
        assert_eq!(attr(html, "data-sonder-course"), Some("leading-with-trust"), "{f}");
        assert_eq!(attr(html, "lang"), Some("en"), "{f}");
        let root = attr(html, "data-sonder-root").unwrap_or_else(|| panic!("{f}: no data-sonder-root"));
        assert_eq!(root, "../".repeat(f.matches('/').count()), "{f}");
    }
}

// ---------------------------------------------------------------- served from a sub-path

/// A tiny static file server: `prefix` + path maps to a file under `dir`; anything else is 404.
/// Like most static hosts it does not list folders and maps `dir/` to `dir/index.html`.
fn serve(dir: PathBuf, prefix: &'static str) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let dir = dir.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut request = String::new();
                if reader.read_line(&mut request).is_err() {
                    return;
                }
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                }
                let path = request.split_whitespace().nth(1).unwrap_or("/").split(['?', '#']).next().unwrap().to_string();
                let file = path.strip_prefix(prefix).and_then(|rel| {
                    let rel = sonder::text::percent_decode(rel).into_owned();
                    if rel.split('/').any(|s| s == "..") {
                        return None;
                    }
                    let mut p = dir.join(&rel);
                    if p.is_dir() {
                        p = p.join("index.html");
                    }
                    p.is_file().then_some(p)
                });
                let (status, body) = match file {
                    Some(p) => ("200 OK", std::fs::read(p).unwrap()),
                    None => ("404 Not Found", b"not found".to_vec()),
                };
                let _ = write!(stream, "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
                let _ = stream.write_all(&body);
            });
        }
    });
    port
}

fn get(port: u16, path: &str) -> (u16, Vec<u8>) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let head_end = buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let status: u16 = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, buf[head_end + 4..].to_vec())
}

/// Resolves a URL found on the page at URL path `base` (e.g. `/a/b/m/l.html`) like a browser does.
fn resolve_url(base: &str, url: &str) -> String {
    let url = url.split('#').next().unwrap();
    if url.is_empty() {
        return base.to_string();
    }
    if url.starts_with('/') {
        return url.to_string();
    }
    let mut parts: Vec<&str> = base.split('/').collect();
    parts.pop();
    for seg in url.split('/') {
        match seg {
            "." => {}
            ".." => {
                if parts.len() > 1 {
                    parts.pop();
                }
            }
            s => parts.push(s),
        }
    }
    let mut out = parts.join("/");
    if url.ends_with('/') && !out.ends_with('/') {
        out.push('/');
    }
    out
}

#[test]
fn served_from_a_sub_path_has_no_broken_link() {
    let c = corpus();
    c.run.ok();
    let port = serve(c.out(), "/a/b/");
    let start = "/a/b/index.html".to_string();
    let mut seen: HashSet<String> = HashSet::from([start.clone()]);
    let mut queue = VecDeque::from([start]);
    let mut broken = Vec::new();
    let mut pages = 0;
    while let Some(url) = queue.pop_front() {
        let (status, body) = get(port, &url);
        if status != 200 {
            broken.push(format!("{url}: HTTP {status}"));
            continue;
        }
        if !url.ends_with(".html") {
            continue;
        }
        pages += 1;
        let doc = Html::parse_document(&String::from_utf8_lossy(&body));
        for link in local_urls(&doc) {
            let target = resolve_url(&url, &link);
            if !target.starts_with("/a/b/") {
                broken.push(format!("{url}: {link} leaves the sub-path ({target})"));
                continue;
            }
            if seen.insert(target.clone()) {
                queue.push_back(target);
            }
        }
    }
    assert!(
        broken.is_empty(),
        "{} broken links under /a/b/:\n{}",
        broken.len(),
        broken.iter().take(20).cloned().collect::<Vec<_>>().join("\n")
    );
    // The crawl reaches every lesson page from the home page.
    assert!(pages >= 60 + 2, "the crawl from /a/b/index.html reached only {pages} pages");
    for f in html_files_under(&c.out())
        .iter()
        .filter(|f| f.contains('/') && !f.ends_with("index.html") && !f.starts_with("handouts/") && !f.starts_with("facilitator/"))
    {
        assert!(seen.contains(&format!("/a/b/{f}")), "lesson page {f} is not linked from anywhere reachable");
    }
}

#[test]
fn no_url_in_the_output_is_absolute_or_a_bare_folder() {
    let c = corpus();
    c.run.ok();
    for f in html_files_under(&c.out()) {
        let doc = parse_file(&c.out().join(&f));
        for u in local_urls(&doc) {
            assert!(!u.starts_with('/'), "{f}: absolute URL {u}");
            let path = u.split('#').next().unwrap();
            assert!(path.is_empty() || !path.ends_with('/'), "{f}: {u} names a folder (does not work from file://)");
        }
    }
}

// ---------------------------------------------------------------- summary line and CLI

struct Summary {
    pages: usize,
    modules: usize,
    lessons: usize,
    exercises: usize,
    seconds: f64,
    dir: String,
}

impl Summary {
    /// Parses `Built N pages (M modules, L lessons, E exercises) in X s -> DIR`.
    fn parse(stderr: &str) -> Summary {
        let line = stderr.lines().find(|l| l.starts_with("Built ")).unwrap_or_else(|| panic!("no summary line in:\n{stderr}"));
        fn fail(line: &str) -> ! {
            panic!("summary line not in the form `Built N pages (M modules, L lessons, E exercises) in X s -> DIR`: {line}")
        }
        let bad = || fail(line);
        let rest = line.strip_prefix("Built ").unwrap();
        let (pages, rest) = rest.split_once(" pages (").unwrap_or_else(bad);
        let (modules, rest) = rest.split_once(" modules, ").unwrap_or_else(bad);
        let (lessons, rest) = rest.split_once(" lessons, ").unwrap_or_else(bad);
        let (exercises, rest) = rest.split_once(" exercises) in ").unwrap_or_else(bad);
        let (seconds, dir) = rest.split_once(" s -> ").unwrap_or_else(bad);
        let n = |s: &str| s.parse::<usize>().unwrap_or_else(|_| fail(line));
        let secs = seconds.parse::<f64>().unwrap_or_else(|_| fail(line));
        assert!(seconds.contains('.') && seconds.split('.').nth(1).unwrap().len() == 2, "seconds with two decimals: {line}");
        Summary { pages: n(pages), modules: n(modules), lessons: n(lessons), exercises: n(exercises), seconds: secs, dir: dir.to_string() }
    }
}

#[test]
fn summary_line_format() {
    let f = Fixture::new();
    let r = f.build(&[]);
    r.ok();
    let s = Summary::parse(&r.stderr);
    // home, 404, journal, print + module, handout, facilitator + 2 lessons
    assert_eq!((s.modules, s.lessons, s.exercises), (1, 2, 1));
    assert_eq!(s.pages, html_files_under(&f.out()).len());
    assert!(s.seconds < 60.0);
    // Run from the course root, the output is shown relative to it, as a folder.
    assert_eq!(s.dir, "public/", "{}", r.stderr);
    assert_eq!(r.stderr.lines().filter(|l| !l.trim().is_empty()).count(), 1, "a clean build prints one line:\n{}", r.stderr);
    assert!(r.stdout.is_empty(), "nothing on stdout: {}", r.stdout);
}

#[test]
fn quiet_prints_nothing_on_success() {
    let f = Fixture::new();
    let r = f.build(&["--quiet"]);
    r.ok();
    assert!(r.stderr.trim().is_empty(), "{}", r.stderr);
    assert!(f.out_file("index.html").is_file());
}

#[test]
fn version_and_help() {
    let r = sonder(&["--version"]);
    r.ok();
    assert_eq!(r.stdout.trim(), format!("sonder {}", env!("CARGO_PKG_VERSION")));
    let r = sonder(&["--help"]);
    r.ok();
    assert!(r.stdout.contains("Usage:"), "{}", r.stdout);
    assert!(r.stdout.contains("build") && r.stdout.contains("check"), "{}", r.stdout);
    assert!(r.stdout.contains("Examples:"), "help shows examples:\n{}", r.stdout);
    assert!(r.stdout.lines().any(|l| l.trim_start().starts_with("sonder build")), "an example of sonder build:\n{}", r.stdout);
    let r = sonder(&["build", "--help"]);
    r.ok();
    for flag in ["--root", "--output", "--no-minify", "--deny-warnings", "--quiet"] {
        assert!(r.stdout.contains(flag), "build --help lacks {flag}:\n{}", r.stdout);
    }
    assert!(r.stdout.contains("Example"), "{}", r.stdout);
    let r = sonder(&["check", "--help"]);
    r.ok();
    assert!(r.stdout.contains("--deny-warnings"));
    // A wrong flag is a usage error, not a panic.
    let r = sonder(&["build", "--no-such-flag"]);
    assert_ne!(r.code, 0);
    r.no_panic();
}

#[test]
fn root_defaults_to_the_nearest_folder_with_course_toml() {
    let f = Fixture::new();
    let r = sonder_in(&f.path("content/01-start"), &["build"]);
    r.ok();
    assert!(f.out_file("01-start/01-first.html").is_file(), "built into the course's public/:\n{}", r.stderr);
    assert!(!f.path("content/01-start/public").exists());
}

#[test]
fn output_option_and_course_toml_output() {
    let f = Fixture::new();
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\noutput = \"site\"\n"));
    f.build(&[]).ok();
    assert!(f.path("site/index.html").is_file());
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("x/y");
    f.build(&["--output", out.to_str().unwrap()]).ok();
    assert!(out.join("01-start/02-second.html").is_file());
}

fn has_ansi(s: &str) -> bool {
    s.contains('\u{1b}')
}

/// Runs sonder inside a pseudo-terminal (util-linux `script`), returning what the terminal showed.
fn in_terminal(f: &Fixture, env: &[(&str, &str)]) -> Option<String> {
    if Command::new("script").arg("--version").output().is_err() {
        return None;
    }
    let cmd = format!("'{}' build --root '{}'", BIN, f.root().display());
    let mut c = Command::new("script");
    c.args(["-qec", &cmd, "/dev/null"]).env_remove("NO_COLOR").env("TERM", "xterm-256color");
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

use std::process::Command;

#[test]
fn no_colour_off_a_terminal_or_with_no_color() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\ntitel = 1\n+++\n");
    f.write("exercises/unused.toml", "title = \"U\"\nkind = \"journal\"\nprompt = \"P\"\n");
    let r = f.build(&[]);
    r.failed();
    assert!(!has_ansi(&r.stderr), "escape codes on a pipe:\n{:?}", r.stderr);
    let r = sonder_env(f.root(), &["build", "--root", f.root().to_str().unwrap()], &[("NO_COLOR", "1")]);
    r.failed();
    assert!(!has_ansi(&r.stderr));
    // On a terminal: colour, unless NO_COLOR is set.
    if let Some(tty) = in_terminal(&f, &[]) {
        assert!(tty.contains("titel"), "{tty}");
        assert!(has_ansi(&tty), "expected colour on a terminal:\n{tty}");
        let tty = in_terminal(&f, &[("NO_COLOR", "1")]).unwrap();
        assert!(tty.contains("titel"), "{tty}");
        assert!(!has_ansi(&tty), "NO_COLOR must turn colour off:\n{tty:?}");
    } else {
        skip("`script` is not available, so sonder cannot be run on a terminal", "install the Debian package bsdutils");
    }
}

// ---------------------------------------------------------------- minify

#[test]
fn minify_is_on_by_default_and_no_minify_turns_it_off() {
    let f = Fixture::new();
    f.build(&[]).ok();
    let min = f.read("public/01-start/01-first.html");
    f.build(&["--no-minify"]).ok();
    let full = f.read("public/01-start/01-first.html");
    assert_ne!(min, full);
    assert!(min.len() < full.len(), "minified {} bytes vs {} bytes", min.len(), full.len());
    assert!(full.contains("\n<"), "unminified output keeps line breaks");
    assert!(min.lines().count() < full.lines().count() / 2);
    // Both parse to the same contract.
    for text in [&min, &full] {
        let doc = Html::parse_document(text);
        one(&doc, "html[data-sonder-course=\"test-course\"]");
        one(&doc, "[data-sonder-exercise=\"first-reflection\"]");
        one(&doc, "[data-sonder-status]");
    }
    // minify = false in course.toml.
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\nminify = false\n"));
    f.build(&[]).ok();
    assert_eq!(f.read("public/01-start/01-first.html"), full);
}

/// The module navigation of a lesson page: each item's `value`, class, and its link's target,
/// lesson key, `aria-current` and text.
fn module_nav_items(doc: &Html) -> Vec<[String; 6]> {
    select(doc, "nav.module-nav ol > li")
        .into_iter()
        .map(|li| {
            let a = select_in(li, "a")[0];
            let get = |e: ElementRef, n: &str| attr(e, n).unwrap_or("-").to_string();
            [get(li, "value"), get(li, "class"), get(a, "href"), get(a, "data-sonder-lesson-link"), get(a, "aria-current"), text(a)]
        })
        .collect()
}

#[test]
fn module_nav_lists_the_window_escaped_and_the_same_minified_or_not() {
    let f = Fixture::new();
    f.remove("content/01-start/02-second.md");
    for i in 2..=20 {
        let title = format!("Lesson {i} <b> & \\\"q\\\"");
        f.write(&format!("content/01-start/{i:02}-l.md"), &format!("+++\ntitle = \"{title}\"\nweight = {i}\n+++\nText.\n"));
    }
    f.build(&[]).ok();
    let minified: Vec<_> = ["01-first", "10-l", "20-l"].iter().map(|p| module_nav_items(&f.page(&format!("01-start/{p}.html")))).collect();
    let raw = f.read("public/01-start/10-l.html");
    assert!(raw.contains(">Lesson 10 &lt;b&gt; &amp; &quot;q&quot;</a>"), "titles are escaped text");
    f.build_ok();
    let unminified: Vec<_> =
        ["01-first", "10-l", "20-l"].iter().map(|p| module_nav_items(&f.page(&format!("01-start/{p}.html")))).collect();
    assert_eq!(minified, unminified, "the same navigation minified and not");
    let doc = f.page("01-start/10-l.html");
    assert!(select(&doc, "nav.module-nav b").is_empty(), "a title's <b> is text, not markup");
    let items = &unminified[1];
    // The first lesson, the module page, lessons 3 to 17 around lesson 10, the module page, the last.
    let values: Vec<&str> = items.iter().map(|i| i[0].as_str()).collect();
    let mut expected = vec!["1", "-"];
    let window: Vec<String> = (3..=17).map(|n| n.to_string()).collect();
    expected.extend(window.iter().map(String::as_str));
    expected.extend(["-", "20"]);
    assert_eq!(values, expected);
    for more in [&items[1], &items[17]] {
        assert_eq!((more[1].as_str(), more[2].as_str(), more[5].as_str()), ("module-nav-more", "index.html", "All 20 lessons"));
    }
    let current: Vec<&[String; 6]> = items.iter().filter(|i| i[4] == "page").collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0][2..4], ["10-l.html".to_string(), "01-start/10-l".to_string()]);
    assert_eq!(current[0][5], "Lesson 10 <b> & \"q\"");
    assert_eq!(items[0][3], "01-start/01-first");
    // At the first lesson only the end of the module is apart.
    let first = &unminified[0];
    assert_eq!(first.len(), 15 + 2, "the window, the module page and the last lesson");
    assert_eq!((first[0][0].as_str(), first[0][4].as_str()), ("1", "page"));
}

// ---------------------------------------------------------------- markdown

const FEATURES: &str = r#"+++
title = "Features"
weight = 3
+++

"Smart" quotes -- and dashes... it's here.

| Name | Value |
|------|------:|
| a    | 1     |

Text with a note.[^n]

[^n]: The footnote text.

~~struck~~ text.

- [x] done item
- [ ] open item

## Hello

## Hello

### Hello world

## Hello 1

## Main

See [the module](_index.md), [home](../_index.md), [the second lesson](02-second.md), [its section](02-second.md#more-about-it), [a later module](../02-next/01-later.md#deep-dive),
[this page's section](#hello-1), [the web](https://example.org/page.md) and [mail](mailto:a@example.org).

![A diagram](diagram.png)

[The handout](../files/guide.pdf)
"#;

fn features_fixture() -> Fixture {
    let f = Fixture::new();
    f.write("content/01-start/03-features.md", FEATURES);
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second lesson\"\nweight = 2\n+++\n\n## More about it\n\nText.\n");
    f.write("content/02-next/_index.md", "+++\ntitle = \"Next\"\nweight = 2\n+++\n");
    f.write("content/02-next/01-later.md", "+++\ntitle = \"Later\"\n+++\n\n## Deep dive\n");
    f.write_bytes("content/01-start/diagram.png", b"\x89PNG\r\n\x1a\nnot really");
    f.write("static/files/guide.pdf", "%PDF-1.4");
    f
}

#[test]
fn markdown_features() {
    let f = features_fixture();
    f.build_ok();
    let doc = f.page("01-start/03-features.html");
    let prose = one(&doc, "article .prose");
    let body_text = text(prose);
    // Smart punctuation.
    assert!(body_text.contains("\u{201c}Smart\u{201d}"), "{body_text}");
    assert!(body_text.contains('\u{2013}'), "en dash: {body_text}");
    assert!(body_text.contains('\u{2026}'), "ellipsis: {body_text}");
    assert!(body_text.contains("it\u{2019}s"), "{body_text}");
    // Table.
    let cells: Vec<String> = select_in(prose, "table th").into_iter().map(text).collect();
    assert_eq!(cells, ["Name", "Value"]);
    assert_eq!(select_in(prose, "table tbody tr td").len(), 2);
    // Footnote: a reference that links to its definition.
    let refs = select_in(prose, "sup a[href^=\"#\"]");
    assert_eq!(refs.len(), 1, "one footnote reference");
    let target = attr(refs[0], "href").unwrap().trim_start_matches('#');
    let def = select_in(prose, &format!("[id=\"{target}\"]"));
    assert_eq!(def.len(), 1, "footnote definition #{target}");
    assert!(text(def[0]).contains("The footnote text."));
    // Strikethrough.
    assert_eq!(select_in(prose, "del").into_iter().map(text).collect::<Vec<_>>(), ["struck"]);
    // Task list.
    let boxes = select_in(prose, "li input[type=checkbox][disabled]");
    assert_eq!(boxes.len(), 2);
    assert!(attr(boxes[0], "checked").is_some() && attr(boxes[1], "checked").is_none());
    // Heading ids, de-duplicated, each with an anchor link to itself.
    let ids: Vec<&str> = select_in(prose, "h2, h3").into_iter().map(|h| attr(h, "id").unwrap()).collect();
    assert_eq!(
        ids,
        ["hello", "hello-1", "hello-world", "hello-1-1", "main-1"],
        "unique even when a later heading's slug equals a suffixed id"
    );
    // No id appears twice on the page (headings do not take the theme's `main`).
    let mut seen = HashSet::new();
    for el in select(&doc, "[id]") {
        assert!(seen.insert(attr(el, "id").unwrap()), "duplicate id #{}", attr(el, "id").unwrap());
    }
    for h in select_in(prose, "h2, h3") {
        let id = attr(h, "id").unwrap();
        let a = select_in(h, "a[href]");
        assert_eq!(a.len(), 1, "heading #{id} has one anchor link");
        assert_eq!(attr(a[0], "href"), Some(format!("#{id}").as_str()));
    }
    // Links.
    let href = |label: &str| {
        let a = select_in(prose, "a").into_iter().find(|a| text(*a) == label).unwrap_or_else(|| panic!("no link {label}"));
        attr(a, "href").unwrap().to_string()
    };
    assert_eq!(href("the module"), "index.html");
    assert_eq!(href("home"), "../index.html");
    assert_eq!(href("the second lesson"), "02-second.html");
    assert_eq!(href("its section"), "02-second.html#more-about-it");
    assert_eq!(href("a later module"), "../02-next/01-later.html#deep-dive");
    assert_eq!(href("this page\u{2019}s section"), "#hello-1");
    assert_eq!(href("the web"), "https://example.org/page.md", "external links are left alone");
    assert_eq!(href("mail"), "mailto:a@example.org");
    assert_eq!(href("The handout"), "../files/guide.pdf");
    assert_eq!(attr(one(&doc, "article .prose img"), "src"), Some("diagram.png"));
    // Assets next to lessons and static/ are copied.
    assert_eq!(std::fs::read(f.out_file("01-start/diagram.png")).unwrap(), b"\x89PNG\r\n\x1a\nnot really");
    assert_eq!(f.read("public/files/guide.pdf"), "%PDF-1.4");
    let problems = broken_links(&f.out());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn anchors_into_other_pages_are_checked_against_their_headings() {
    let f = features_fixture();
    f.build_ok();
    let target = f.page("02-next/01-later.html");
    assert!(ids(&target).contains("deep-dive"));
    let second = f.page("01-start/02-second.html");
    assert!(ids(&second).contains("more-about-it"));
}

// ---------------------------------------------------------------- ordering and navigation

fn ordering_fixture() -> Fixture {
    let f = Fixture::new();
    f.remove("content/01-start");
    f.remove("exercises");
    // Modules: weight first (b-mod before a-mod), then file name.
    f.write("content/b-mod/_index.md", "+++\ntitle = \"Module B\"\nweight = 1\n+++\n");
    f.write("content/a-mod/_index.md", "+++\ntitle = \"Module A\"\nweight = 2\n+++\n");
    f.write("content/c-mod/_index.md", "+++\ntitle = \"Module C\"\nweight = 2\n+++\n");
    // Lessons of b-mod: zeta(1), beta(1), alpha(2), gamma (no weight = 0).
    f.write("content/b-mod/zeta.md", "+++\ntitle = \"Zeta\"\nweight = 1\n+++\n");
    f.write("content/b-mod/beta.md", "+++\ntitle = \"Beta\"\nweight = 1\n+++\n");
    f.write("content/b-mod/alpha.md", "+++\ntitle = \"Alpha\"\nweight = 2\n+++\n");
    f.write("content/b-mod/gamma.md", "+++\ntitle = \"Gamma\"\n+++\n");
    f.write("content/a-mod/one.md", "+++\ntitle = \"A one\"\nweight = 1\n+++\n");
    f.write("content/a-mod/two.md", "+++\ntitle = \"A two\"\nweight = 2\n+++\n");
    f.write("content/c-mod/only.md", "+++\ntitle = \"C only\"\n+++\n");
    f
}

const COURSE_ORDER: [&str; 7] = ["b-mod/gamma", "b-mod/beta", "b-mod/zeta", "b-mod/alpha", "a-mod/one", "a-mod/two", "c-mod/only"];

#[test]
fn lessons_and_modules_ordered_by_weight_then_file_name() {
    let f = ordering_fixture();
    f.build_ok();
    let home = f.page("index.html");
    let keys: Vec<&str> =
        select(&home, "main a[data-sonder-lesson-link]").into_iter().map(|a| attr(a, "data-sonder-lesson-link").unwrap()).collect();
    assert_eq!(keys, COURSE_ORDER, "home page lists lessons in course order");
    let nav = f.page("b-mod/zeta.html");
    let keys: Vec<&str> =
        select(&nav, "nav a[data-sonder-lesson-link]").into_iter().map(|a| attr(a, "data-sonder-lesson-link").unwrap()).collect();
    assert_eq!(keys, ["b-mod/gamma", "b-mod/beta", "b-mod/zeta", "b-mod/alpha"]);
}

#[test]
fn prev_next_cross_module_boundaries() {
    let f = ordering_fixture();
    f.build_ok();
    for (i, key) in COURSE_ORDER.iter().enumerate() {
        let doc = f.page(&format!("{key}.html"));
        let rel = |a: &ElementRef| resolve(&format!("{key}.html"), attr(*a, "href").unwrap()).unwrap().0;
        let prev = select(&doc, "a[rel=prev]");
        let next = select(&doc, "a[rel=next]");
        match i {
            0 => assert!(prev.is_empty(), "{key}: the first lesson has no previous"),
            _ => {
                assert_eq!(prev.len(), 1, "{key}");
                assert_eq!(rel(&prev[0]), format!("{}.html", COURSE_ORDER[i - 1]), "{key}: previous");
            }
        }
        match COURSE_ORDER.get(i + 1) {
            None => assert!(next.is_empty(), "{key}: the last lesson has no next"),
            Some(n) => {
                assert_eq!(next.len(), 1, "{key}");
                assert_eq!(rel(&next[0]), format!("{n}.html"), "{key}: next");
            }
        }
    }
    // The boundary itself, as written in the page: ../a-mod/one.html.
    let doc = f.page("b-mod/alpha.html");
    assert_eq!(attr(one(&doc, "a[rel=next]"), "href"), Some("../a-mod/one.html"));
    assert!(text(one(&doc, "a[rel=next]")).contains("A one"));
}

#[test]
fn lesson_nav_lists_only_its_own_module() {
    let f = ordering_fixture();
    f.build_ok();
    for key in COURSE_ORDER {
        let module = key.split('/').next().unwrap();
        let doc = f.page(&format!("{key}.html"));
        let links = select(&doc, "nav a[data-sonder-lesson-link]");
        let expected: Vec<&str> = COURSE_ORDER.iter().filter(|k| k.starts_with(&format!("{module}/"))).copied().collect();
        let got: Vec<&str> = links.iter().map(|a| attr(*a, "data-sonder-lesson-link").unwrap()).collect();
        assert_eq!(got, expected, "{key}");
        let current: Vec<&str> = links
            .iter()
            .filter(|a| attr(**a, "aria-current") == Some("page"))
            .map(|a| attr(*a, "data-sonder-lesson-link").unwrap())
            .collect();
        assert_eq!(current, [key], "{key}: exactly the current lesson is marked");
    }
}

#[test]
fn home_and_module_pages() {
    let f = Fixture::new();
    f.build_ok();
    let home = f.page("index.html");
    assert_eq!(attr(one(&home, "html"), "data-sonder-page"), Some("home"));
    assert!(text(one(&home, "main")).contains("Getting started"));
    // The course-level count (the module cards and the progress bar carry their own).
    let total = one(&home, "span[data-sonder-progress]:not([data-sonder-module])");
    assert_eq!(attr(total, "data-sonder-total"), Some("2"));
    // (text() folds the no-break spaces of "15 min" into spaces.)
    assert!(text(one(&home, "main")).contains("15 min"), "total time of 10 + 5 min:\n{}", text(one(&home, "main")));
    let m = f.page("01-start/index.html");
    assert_eq!(attr(one(&m, "html"), "data-sonder-page"), Some("module"));
    assert!(text(one(&m, "main")).contains("The first module."));
    assert_eq!(select(&m, "main a[data-sonder-lesson-link]").len(), 2);
    let nf = f.page("404.html");
    assert_eq!(attr(one(&nf, "html"), "data-sonder-page"), Some("404"));
    // Each lesson page: one status element, breadcrumb to module and home.
    let l = f.page("01-start/01-first.html");
    one(&l, "[data-sonder-status]");
    let crumbs: Vec<String> =
        select(&l, "nav[aria-label=Breadcrumb] a").into_iter().map(|a| attr(a, "href").unwrap().to_string()).collect();
    assert!(crumbs.contains(&"../index.html".to_string()) && crumbs.contains(&"index.html".to_string()), "{crumbs:?}");
}

// ---------------------------------------------------------------- theme and templates

#[test]
fn lang_comes_from_course_toml() {
    let f = Fixture::new();
    f.write("course.toml", "[course]\nid = \"test-course\"\ntitle = \"Kurs\"\nlanguage = \"pt-BR\"\n");
    f.build_ok();
    for p in html_files_under(&f.out()) {
        let doc = f.page(&p);
        assert_eq!(attr(one(&doc, "html"), "lang"), Some("pt-BR"), "{p}");
        assert_eq!(attr(one(&doc, "html"), "data-sonder-course"), Some("test-course"), "{p}");
    }
    // Without `language`, English.
    f.write("course.toml", "[course]\nid = \"test-course\"\ntitle = \"Course\"\n");
    f.build_ok();
    assert_eq!(attr(one(&f.page("index.html"), "html"), "lang"), Some("en"));
}

#[test]
fn templates_folder_overrides_one_template() {
    let f = Fixture::new();
    f.write(
        "templates/module.html",
        "{% extends \"base.html\" %}\n{% block main %}<p id=\"custom-module\">Custom: {{ module.title }}</p>{% endblock main %}\n",
    );
    f.build_ok();
    let m = f.page("01-start/index.html");
    assert_eq!(text(one(&m, "#custom-module")), "Custom: Getting started");
    one(&m, "html[data-sonder-course=\"test-course\"]");
    // Other templates are the theme's.
    let l = f.page("01-start/01-first.html");
    assert!(select(&l, "#custom-module").is_empty());
    one(&l, "article[data-sonder-lesson=\"01-start/01-first\"]");
}

#[test]
fn a_course_theme_is_used() {
    let f = Fixture::new();
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\ntheme = \"plain\"\n"));
    f.write(
        "themes/plain/templates/404.html",
        "{% extends \"base.html\" %}{% block main %}<p id=\"plain-404\">Lost</p>{% endblock main %}",
    );
    f.write("themes/plain/static/extra.css", "body{}");
    f.build_ok();
    one(&f.page("404.html"), "#plain-404");
    assert_eq!(f.read("public/assets/extra.css"), "body{}");
    assert!(f.out_file("assets/style.css").is_file(), "files the theme does not have come from the default theme");
}

#[test]
fn theme_static_files_and_script_are_linked() {
    let f = Fixture::new();
    f.build_ok();
    for p in html_files_under(&f.out()) {
        let doc = f.page(&p);
        let root = attr(one(&doc, "html"), "data-sonder-root").unwrap().to_string();
        let scripts: Vec<&str> = select(&doc, "script[src]").into_iter().map(|s| attr(s, "src").unwrap()).collect();
        // 404.html adds its scripts at run time (it is served at any depth): markup_contract_on_every_page_kind.
        assert!(p == "404.html" || scripts.contains(&format!("{root}assets/sonder.js").as_str()), "{p}: {scripts:?}");
        for s in select(&doc, "script[src], link[href]") {
            let u = attr(s, "src").or(attr(s, "href")).unwrap();
            assert!(!is_external(u), "{p}: external resource {u} (must work offline)");
        }
    }
}

#[test]
fn standalone_pages_are_linked_from_every_footer() {
    let f = Fixture::new();
    f.write("content/credits.md", "+++\ntitle = \"Credits\"\nweight = 2\n+++\nThanks.\n");
    f.write("content/about.md", "+++\ntitle = \"About\"\nweight = 1\n+++\nAbout.\n");
    f.build_ok();
    assert_eq!(attr(one(&f.page("credits.html"), "html"), "data-sonder-page"), Some("page"));
    let l = f.page("01-start/01-first.html");
    let footer: Vec<&str> = select(&l, "footer a").into_iter().map(|a| attr(a, "href").unwrap()).collect();
    let about = footer.iter().position(|h| *h == "../about.html").expect("about linked");
    let credits = footer.iter().position(|h| *h == "../credits.html").expect("credits linked");
    assert!(about < credits, "weight order");
}

// ---------------------------------------------------------------- docs/markup.md, page by page

#[test]
fn markup_contract_on_every_page_kind() {
    let f = Fixture::new();
    f.write("content/about.md", "+++\ntitle = \"About\"\n+++\nAbout.\n");
    f.build_ok();
    let kinds = [
        ("index.html", "home", ""),
        ("404.html", "404", ""),
        ("journal.html", "journal", ""),
        ("print.html", "print", ""),
        ("about.html", "page", ""),
        ("01-start/index.html", "module", "../"),
        ("01-start/01-first.html", "lesson", "../"),
        ("handouts/01-start.html", "handout", "../"),
        ("facilitator/01-start.html", "facilitator", "../"),
    ];
    for (path, kind, root) in kinds {
        let doc = f.page(path);
        let html = one(&doc, "html");
        assert_eq!(attr(html, "data-sonder-page"), Some(kind), "{path}");
        assert_eq!(attr(html, "data-sonder-root"), Some(root), "{path}");
        assert_eq!(attr(html, "data-sonder-course"), Some("test-course"), "{path}");
        if kind == "404" {
            // Served at any depth: its one inline script sets the base, then adds the widget
            // (tests/browser/notfound.test.mjs runs it). The messages' JSON is data, never run.
            let inline: Vec<String> =
                select(&doc, "script:not([src]):not([type=\"application/json\"])").into_iter().map(|s| s.inner_html()).collect();
            assert_eq!(inline.len(), 1, "{path}");
            assert!(inline[0].contains("createElement('base')") && inline[0].contains("'assets/sonder.js'"), "{path}");
        } else {
            let script = one(&doc, &format!("script[src=\"{root}assets/sonder.js\"]"));
            assert!(attr(script, "defer").is_some(), "{path}: the widget script is deferred");
        }
        if kind != "handout" && kind != "facilitator" && kind != "print" {
            assert_eq!(attr(one(&doc, "[data-sonder-message]"), "role"), Some("alert"), "{path}");
        }
    }
    // Home: every lesson linked with its key, progress total, hidden continue link.
    let home = f.page("index.html");
    let keys: Vec<&str> =
        select(&home, "a[data-sonder-lesson-link]").into_iter().map(|a| attr(a, "data-sonder-lesson-link").unwrap()).collect();
    assert!(keys.contains(&"01-start/01-first") && keys.contains(&"01-start/02-second"), "{keys:?}");
    assert_eq!(attr(one(&home, "span[data-sonder-progress]:not([data-sonder-module])"), "data-sonder-total"), Some("2"));
    assert!(attr(one(&home, "a[data-sonder-continue]"), "hidden").is_some());
    // Lesson: article, one status, complete and fallback export buttons.
    let l = f.page("01-start/01-first.html");
    let art = one(&l, "article[data-sonder-lesson]");
    assert_eq!(attr(art, "data-sonder-lesson"), Some("01-start/01-first"));
    assert_eq!(attr(art, "data-sonder-path"), Some("01-start/01-first.html"));
    assert_eq!(attr(one(&l, "[data-sonder-status]"), "role"), Some("status"));
    assert_eq!(attr(one(&l, "button[data-sonder-action=\"complete\"]"), "aria-pressed"), Some("false"));
    assert!(attr(one(&l, "button[data-sonder-action=\"export-json\"][data-sonder-fallback]"), "hidden").is_some());
    // Journal: the journal root and its actions.
    let j = f.page("journal.html");
    one(&j, "[data-sonder-journal]");
    one(&j, "[data-sonder-orphans][hidden]");
    for action in ["export-json", "export-markdown", "reset"] {
        assert!(!select(&j, &format!("[data-sonder-action=\"{action}\"]")).is_empty(), "journal lacks {action}");
    }
    one(&j, "input[type=file][data-sonder-action=\"import\"]");
}

// ---------------------------------------------------------------- minified = same page

/// A page as the browser sees it: every element with its attributes, in document order, and the
/// text with runs of whitespace collapsed. Minification may change bytes, never this. (Whitespace
/// inside attribute values is ignored: minify-html writes `width=device-width,initial-scale=1`.)
fn page_shape(html: &str) -> (Vec<String>, String) {
    let doc = Html::parse_document(html);
    let elements = doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
        .map(|e| {
            let mut attrs: Vec<String> =
                e.value().attrs().map(|(k, v)| format!("{k}={:?}", v.split_whitespace().collect::<String>())).collect();
            attrs.sort();
            format!("<{} {}>", e.value().name(), attrs.join(" "))
        })
        .collect();
    // Each text node with its whitespace collapsed; whitespace-only nodes between elements dropped
    // (the minifier removes those where they do not render). A parser with scripting on reads
    // <noscript> as raw text, which the minifier minifies as the HTML it is, and <style> is
    // minified as CSS (`\b7 ` becomes `·`): both left out.
    let text = doc
        .root_element()
        .descendants()
        .filter(|n| n.parent().and_then(|p| p.value().as_element()).is_none_or(|e| !matches!(e.name(), "noscript" | "style")))
        .filter_map(|n| n.value().as_text().map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")))
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("|");
    (elements, text)
}

fn assert_same_pages(root: &std::path::Path) {
    let r = root.to_string_lossy().into_owned();
    let min = tempfile::tempdir().unwrap();
    let full = tempfile::tempdir().unwrap();
    let (min_out, full_out) = (min.path().join("site"), full.path().join("site"));
    sonder_in(root, &["build", "--root", &r, "--output", min_out.to_str().unwrap(), "--quiet"]).ok();
    sonder_in(root, &["build", "--root", &r, "--output", full_out.to_str().unwrap(), "--no-minify", "--quiet"]).ok();
    let pages = html_files_under(&full_out);
    assert!(pages.len() > 5);
    let (mut min_bytes, mut full_bytes) = (0, 0);
    for page in &pages {
        let a = std::fs::read_to_string(min_out.join(page)).unwrap();
        let b = std::fs::read_to_string(full_out.join(page)).unwrap();
        min_bytes += a.len();
        full_bytes += b.len();
        let (ea, ta) = page_shape(&a);
        let (eb, tb) = page_shape(&b);
        if let Some(i) = (0..ea.len().max(eb.len())).find(|&i| ea.get(i) != eb.get(i)) {
            panic!("{page}: element {i} differs after minification:\n  minified:   {:?}\n  unminified: {:?}", ea.get(i), eb.get(i));
        }
        if ta != tb {
            let (wa, wb): (Vec<&str>, Vec<&str>) = (ta.split('|').collect(), tb.split('|').collect());
            let i = (0..wa.len().max(wb.len())).find(|&i| wa.get(i) != wb.get(i)).unwrap_or(0);
            panic!("{page}: text node {i} differs after minification:\n  minified:   {:?}\n  unminified: {:?}", wa.get(i), wb.get(i));
        }
    }
    assert!(min_bytes * 100 < full_bytes * 99, "minified {min_bytes} B vs unminified {full_bytes} B");
}

#[test]
fn minified_pages_of_the_sample_course_are_the_same_pages() {
    // Templates are minified once ahead and fragments one by one (src/render/minify.rs): every
    // page must still parse to exactly what the unminified page parses to.
    assert_same_pages(&repo_root());
}

#[test]
fn a_template_that_cannot_be_minified_ahead_still_gives_minified_pages() {
    let f = Fixture::new();
    // Tera inside an end tag: the template is left as written and pages are minified whole.
    f.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}<section class=\"odd\">\n  <p>Spaced    out</p>\n</{{ \"section\" }}>{% endblock main %}",
    );
    f.write("content/about.md", "+++\ntitle = \"About\"\n+++\nAbout   this.\n");
    f.build(&[]).ok();
    let page = f.read("public/about.html");
    assert!(page.contains("<p>Spaced out"), "{page}");
    assert!(!page.contains("\n<"), "the page is minified whole: {page}");
    let lesson = f.read("public/01-start/01-first.html");
    assert!(!lesson.contains("\n<"), "{lesson}");
    assert_same_pages(f.root());
}

#[test]
fn the_output_folder_is_marked_as_a_top_directory_where_the_file_system_allows() {
    // ext4 then spreads the module folders over block groups with free inodes instead of the
    // group the previous build's files were just deleted from (bench/PROFILE.md).
    let f = Fixture::new();
    f.build(&[]).ok();
    // Whether this file system keeps the flag at all: set it with chattr on a folder beside.
    let probe = f.path("probe");
    std::fs::create_dir(&probe).unwrap();
    let Ok(set) = Command::new("chattr").arg("+T").arg(&probe).output() else {
        return skip("chattr is not installed", "install the Debian package e2fsprogs");
    };
    if !set.status.success() || !top_dir_flag(&probe) {
        let fs = Command::new("stat")
            .args(["-f", "-c", "%T"])
            .arg(&probe)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
        let why = format!("the file system under {} ({}) does not keep the T flag", f.root().display(), fs.unwrap_or_default());
        return skip(&why, "set TMPDIR to a folder on ext4 to run it");
    }
    assert!(top_dir_flag(&f.out()), "sonder build did not set the T flag on {}", f.out().display());
}

/// Whether `lsattr -d` shows the T (top of directory hierarchy) flag on `dir`.
fn top_dir_flag(dir: &std::path::Path) -> bool {
    let o = Command::new("lsattr").arg("-d").arg(dir).output().expect("run lsattr (e2fsprogs, like chattr)");
    let flags = String::from_utf8_lossy(&o.stdout);
    o.status.success() && flags.split_whitespace().next().unwrap_or("").contains('T')
}

/// `sonder build` writes lesson pages while it compiles their Markdown (`RenderPlan::stream_lessons`,
/// to parse each document once); every page must be byte for byte what rendering it on its own gives.
#[test]
fn pages_written_while_compiling_are_the_pages_rendered_one_by_one() {
    let root = repo_root();
    for minify in [true, false] {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        let mut args = vec!["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap(), "--quiet"];
        if !minify {
            args.push("--no-minify");
        }
        sonder_in(&root, &args).ok();
        let site = checked_site(&root, minify);
        let ids = sonder::render::PageId::all(&site.course);
        assert!(ids.iter().filter(|id| matches!(id, sonder::render::PageId::Lesson(..))).count() > 5);
        for id in &ids {
            let page = site.render_page(*id).unwrap_or_else(|d| panic!("{d:?}"));
            let built = std::fs::read(out.join(&page.path)).unwrap_or_else(|e| panic!("{}: {e}", page.path));
            assert!(built == page.bytes, "{} (minify {minify}) differs from the page rendered on its own", page.path);
        }
    }
}

/// The course at `root` loaded, compiled and validated, to render pages one by one.
fn checked_site(root: &std::path::Path, minify: bool) -> sonder::site::Site {
    let opts = sonder::site::SiteOptions { minify: Some(minify), ..Default::default() };
    let (site, diags) = sonder::site::check(root, &opts);
    site.unwrap_or_else(|| panic!("the course checks: {}", diags.render(false)))
}

/// A course too big for a whole-course print.html (over 300 lessons): `build` lets the lesson
/// sources go once the course is validated (`Site::release_sources`). Its pages and its
/// diagnostics must still be exactly what rendering each page on its own and `sonder check` give.
#[test]
fn a_big_course_builds_the_same_pages_and_reports_like_check() {
    let f = Fixture::new();
    for m in 1..=4 {
        f.write(&format!("content/m{m}/_index.md"), &format!("+++\ntitle = \"Module {m}\"\nweight = {}\n+++\nModule {m}.\n", m + 1));
        for l in 1..=80 {
            f.write(
                &format!("content/m{m}/l{l:02}.md"),
                &format!("+++\ntitle = \"Lesson {m}.{l}\"\nweight = {l}\n+++\n\n## Part {l}\n\nText of lesson {m}.{l}, see [the next](l{:02}.md).\n", l % 80 + 1),
            );
        }
    }
    f.build(&[]).ok();
    let site = checked_site(f.root(), true);
    assert!(site.course.lesson_count() > sonder::render::PRINT_WHOLE_COURSE_MAX);
    for id in sonder::render::PageId::all(&site.course) {
        let page = site.render_page(id).unwrap_or_else(|d| panic!("{d:?}"));
        assert!(std::fs::read(f.out_file(&page.path)).unwrap() == page.bytes, "{} differs from the page rendered on its own", page.path);
    }

    // An error and a warning only found once every lesson is compiled: reported with their source
    // lines (from the text that was compiled), exactly as `sonder check` reports them.
    f.write("content/m3/l40.md", "+++\ntitle = \"Lesson 3.40\"\nweight = 40\n+++\n\nIntro.\n\nSee [part one](l01.md#no-such-part).\n");
    f.write(
        "exercises/glued.toml",
        "title = \"Glued\"\nkind = \"reflection\"\nprompt = \"P?\"\n\n[[questions]]\nid = \"q1\"\ntext = \"Q?\"\n",
    );
    f.write("content/m4/l07.md", "+++\ntitle = \"Lesson 4.7\"\nweight = 7\n+++\n\nA line before\n{{ exercise glued }}\n");
    // Problems in the front matter, at a marker, at a heading and in an exercise file: the build
    // keeps only some lines of each lesson once compiled, and must still show them all.
    let exercise =
        |title: &str| format!("title = \"{title}\"\nkind = \"reflection\"\nprompt = \"P?\"\n\n[[questions]]\nid = \"q1\"\ntext = \"Q?\"\n");
    f.write("exercises/twice.toml", &exercise("Twice"));
    f.write("exercises/unused.toml", &exercise("Unused"));
    f.write(
        "content/m2/l05.md",
        "+++\ntitle = \"Lesson 2.5\"\nweight = 5\nexercises = [\"twice\", \"nope\"]\n+++\n\nLong text.\n\n## Ex twice\n\nMore.\n\n{{ exercise twice }}\n\nEnd.\n",
    );
    let build = f.build(&[]);
    build.failed();
    build.has_error("link to a missing anchor `#no-such-part`", "content/m3/l40.md:8:5");
    build.has_error("this lesson names an unknown exercise `nope`", "content/m2/l05.md:4:23");
    build.has_error("exercise `twice` appears twice in this lesson", "content/m2/l05.md:4:14");
    build.has_error("the heading id `ex-twice` is also an id of exercise `twice` on this page", "content/m2/l05.md:9:4");
    build.has_warning("exercise `unused` is not used by any lesson", "exercises/unused.toml:1:1");
    build.has_warning(
        "exercise `glued` is not used by any lesson: this `{{ exercise glued }}` is not a paragraph of its own, so it shows as text",
        "content/m4/l07.md:7:1",
    );
    let check = f.check(&[]);
    // The same diagnostics, source lines and all; only the closing summary line differs.
    let problems = |stderr: &str| {
        stderr.lines().filter(|l| !l.starts_with("Build failed") && !l.starts_with("Check failed")).collect::<Vec<_>>().join("\n")
    };
    assert_eq!(problems(&build.stderr), problems(&check.stderr));
    assert!(build.stderr.contains("8 │ See [part one](l01.md#no-such-part)."), "{}", build.stderr);
    assert!(build.stderr.contains("4 │ exercises = [\"twice\", \"nope\"]"), "{}", build.stderr);
    assert!(build.stderr.contains("9 │ ## Ex twice"), "{}", build.stderr);
    assert!(build.stderr.contains("1 │ title = \"Unused\""), "{}", build.stderr);

    // A lesson page that cannot be rendered fails the build, and check, which renders every page
    // into nothing.
    f.write("content/m3/l40.md", "+++\ntitle = \"Lesson 3.40\"\nweight = 40\n+++\n\nIntro.\n");
    f.write("content/m4/l07.md", "+++\ntitle = \"Lesson 4.7\"\nweight = 7\nexercises = [\"glued\"]\n+++\n\nText.\n");
    f.write("content/m2/l05.md", "+++\ntitle = \"Lesson 2.5\"\nweight = 5\nexercises = [\"twice\", \"unused\"]\n+++\n\nText.\n");
    f.write("templates/lesson.html", "{% extends \"base.html\" %}{% block main %}{{ missing.x }}{% endblock main %}");
    let build = f.build(&[]);
    build.failed().has_error("template lesson.html failed to render", "templates/lesson.html:1:45");
    assert!(f.out_file("m3/l40.html").exists(), "the previous site stays");
    f.check(&[]).failed().has_error("template lesson.html failed to render", "templates/lesson.html:1:45");
}

/// `![](../../static/img/a.png)` from a lesson (and `../static/...` from the home page) names the
/// published file, so the image shows from disk and under any sub-path; every id on the page is
/// unique even when a footnote and a heading share a name.
#[test]
fn lessons_link_static_files_and_ids_are_unique() {
    let f = Fixture::new();
    f.write_bytes("static/img/a.png", b"\x89PNG\r\n\x1a\n");
    f.write_bytes("static/worksheet.pdf", b"%PDF-1.4\n");
    f.write("content/_index.md", "+++\ntitle = \"Welcome\"\n+++\n![Team](../static/img/a.png)\n");
    f.write(
        "content/01-start/02-second.md",
        "+++\ntitle = \"Second lesson\"\nweight = 2\n+++\n\n## SBI\n\nA model[^sbi].\n\n![A](../../static/img/a.png)\n\n\
         [the worksheet](../../static/worksheet.pdf)\n\n## Main\n\n[^sbi]: Situation, behaviour, impact.\n",
    );
    f.build_ok();
    let doc = f.page("01-start/02-second.html");
    assert_eq!(attr(one(&doc, "article img"), "src"), Some("../img/a.png"));
    assert_eq!(attr(one(&doc, "article a[href$=\".pdf\"]"), "href"), Some("../worksheet.pdf"));
    assert_eq!(attr(one(&f.page("index.html"), "main img"), "src"), Some("img/a.png"));
    let mut seen = std::collections::HashMap::new();
    for el in select(&doc, "[id]") {
        *seen.entry(attr(el, "id").unwrap().to_string()).or_insert(0) += 1;
    }
    let dups: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(dups.is_empty(), "duplicate ids: {dups:?}");
    assert_eq!(attr(one(&doc, "sup a"), "href"), Some("#fn-sbi"));
    assert!(seen.contains_key("sbi") && seen.contains_key("fn-sbi") && seen.contains_key("main-1"), "{seen:?}");
    assert!(broken_links(&f.out()).is_empty(), "{:?}", broken_links(&f.out()));
}
