//! The output folder: a build deletes or replaces only files sonder wrote (listed in
//! `.sonder-manifest`), follows a symlinked output instead of replacing it, and leaves nothing
//! behind when it is interrupted or killed.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

/// Entries of `dir` whose names start with a dot (staging and old folders are hidden).
fn hidden_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') && n != ".sonder-manifest")
        .collect()
}

fn is_symlink(p: &Path) -> bool {
    std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

#[test]
#[cfg(unix)]
fn a_symlinked_output_is_followed_never_replaced() {
    let f = Fixture::new();
    let elsewhere = tempfile::tempdir().unwrap();
    let site = elsewhere.path().join("site");
    std::fs::create_dir(&site).unwrap();
    symlink(&site, &f.out());
    f.build(&[]).ok();
    assert!(is_symlink(&f.out()), "the symlink was replaced by a folder");
    assert!(site.join("index.html").is_file() && site.join("01-start/02-second.html").is_file(), "the site is built where the link points");
    assert!(site.join(".sonder-manifest").is_file());

    // A previous site plus one file of the user's: the build stops, naming it and --force.
    std::fs::write(site.join("extra.txt"), "mine").unwrap();
    let before = files_under(&site);
    let r = f.build(&[]);
    r.failed();
    assert!(r.stderr.contains("extra.txt") && r.stderr.contains("--force"), "{}", r.stderr);
    assert_eq!(files_under(&site), before, "a refused build changed the folder");
    assert!(is_symlink(&f.out()));

    // With --force the site is updated in place and the user's file stays.
    f.remove("content/01-start/02-second.md");
    f.build(&["--force"]).ok();
    assert!(is_symlink(&f.out()));
    assert_eq!(std::fs::read_to_string(site.join("extra.txt")).unwrap(), "mine");
    assert!(!site.join("01-start/02-second.html").exists(), "a page sonder wrote before and no longer writes is removed");
    assert!(site.join("01-start/01-first.html").is_file());
    assert!(hidden_in(&site).is_empty() && hidden_in(f.root()).is_empty(), "left behind: {:?} {:?}", hidden_in(&site), hidden_in(f.root()));

    // Without the user's file, a plain rebuild works in place again.
    std::fs::remove_file(site.join("extra.txt")).unwrap();
    f.write("content/01-start/03-third.md", "+++\ntitle = \"Third\"\n+++\nNew.\n");
    f.build(&[]).ok();
    assert!(is_symlink(&f.out()) && site.join("01-start/03-third.html").is_file());
    let manifest = std::fs::read_to_string(site.join(".sonder-manifest")).unwrap();
    assert!(manifest.lines().any(|l| l == "01-start/03-third.html") && !manifest.contains("02-second"), "{manifest}");
}

#[test]
fn a_folder_with_files_sonder_did_not_write_is_refused() {
    // A web server's document root with its own index.html and data.
    let f = Fixture::new();
    let docroot = tempfile::tempdir().unwrap();
    std::fs::write(docroot.path().join("index.html"), "<h1>It works</h1>").unwrap();
    std::fs::write(docroot.path().join("data.txt"), "precious").unwrap();
    std::fs::create_dir(docroot.path().join("img")).unwrap();
    std::fs::write(docroot.path().join("img/logo.png"), "png").unwrap();
    let out = docroot.path().to_string_lossy().into_owned();
    let r = f.build(&["--output", &out]);
    r.failed();
    let err = r.diagnostics().into_iter().find(|d| d.message.contains("sonder did not write")).expect(&r.stderr);
    assert!(err.message.contains("data.txt") && err.message.contains("img/logo.png") && err.message.contains("index.html"), "{}", err.text);
    assert!(err.hint.as_deref().is_some_and(|h| h.contains("--force")), "{}", err.text);
    assert_eq!(std::fs::read_to_string(docroot.path().join("data.txt")).unwrap(), "precious");
    assert_eq!(std::fs::read_to_string(docroot.path().join("index.html")).unwrap(), "<h1>It works</h1>");
    assert!(hidden_in(docroot.path()).is_empty());

    // --force builds into it and keeps what is not in the way.
    f.build(&["--output", &out, "--force"]).ok();
    assert_eq!(std::fs::read_to_string(docroot.path().join("data.txt")).unwrap(), "precious");
    assert_eq!(std::fs::read_to_string(docroot.path().join("img/logo.png")).unwrap(), "png");
    assert!(std::fs::read_to_string(docroot.path().join("index.html")).unwrap().contains("Welcome"));
    // The user's files are still not sonder's: the next build asks again.
    f.build(&["--output", &out]).failed();
    assert_eq!(std::fs::read_to_string(docroot.path().join("data.txt")).unwrap(), "precious");
}

#[test]
fn a_rebuild_replaces_only_files_sonder_wrote() {
    let f = Fixture::new();
    f.build(&[]).ok();
    let manifest = f.read("public/.sonder-manifest");
    for p in ["index.html", "01-start/01-first.html", "assets/style.css"] {
        assert!(manifest.lines().any(|l| l == p), "{p} not in the manifest:\n{manifest}");
    }
    std::fs::write(f.out_file("stray.txt"), "left over").unwrap();
    let r = f.build(&[]);
    r.failed();
    assert!(r.stderr.contains("stray.txt"), "{}", r.stderr);
    assert_eq!(f.read("public/stray.txt"), "left over");

    std::fs::remove_file(f.out_file("stray.txt")).unwrap();
    f.remove("content/01-start/02-second.md");
    f.build(&[]).ok();
    assert!(!f.out_file("01-start/02-second.html").exists(), "a removed lesson's page is gone");
    assert!(hidden_in(f.root()).is_empty(), "{:?}", hidden_in(f.root()));
}

#[test]
fn a_site_without_a_manifest_is_not_replaced() {
    // A folder that looks like a site (an index.html) but has no manifest: sonder cannot know
    // which files are its own, so it does not guess.
    let f = Fixture::new();
    f.build(&[]).ok();
    std::fs::remove_file(f.out_file(".sonder-manifest")).unwrap();
    let r = f.build(&[]);
    r.failed();
    assert!(r.stderr.contains("earlier sonder") && r.stderr.contains("--force"), "{}", r.stderr);
    assert!(f.out_file("index.html").is_file());
}

#[test]
fn an_edited_manifest_cannot_delete_outside_the_output() {
    let f = Fixture::new();
    f.build(&[]).ok();
    f.write("outside.txt", "keep");
    let outside = f.path("outside.txt").to_string_lossy().into_owned();
    let mut manifest = f.read("public/.sonder-manifest");
    manifest.push_str(&format!("../outside.txt\n{outside}\n./../outside.txt\n"));
    std::fs::write(f.out_file(".sonder-manifest"), manifest).unwrap();
    f.build(&[]).ok();
    assert_eq!(f.read("outside.txt"), "keep");
}

#[test]
#[cfg(unix)]
fn a_symlink_inside_the_output_is_not_followed_when_cleaning() {
    // The previous site listed 01-start/…; the user replaced 01-start by a link to their own folder.
    let f = Fixture::new();
    f.build(&[]).ok();
    let theirs = tempfile::tempdir().unwrap();
    std::fs::write(theirs.path().join("01-first.html"), "theirs").unwrap();
    std::fs::remove_dir_all(f.out_file("01-start")).unwrap();
    symlink(theirs.path(), &f.out_file("01-start"));
    f.build(&[]).failed();
    f.build(&["--force"]).ok();
    assert_eq!(std::fs::read_to_string(theirs.path().join("01-first.html")).unwrap(), "theirs");
}

/// A course big enough that a debug build runs for a while, to interrupt it.
fn big_fixture(lessons: usize) -> Fixture {
    let f = Fixture::new();
    let body = "Some words of a lesson, with a [link](01-first.md) and *emphasis*.\n\n".repeat(40);
    for i in 0..lessons {
        f.write(&format!("content/01-start/big-{i:05}.md"), &format!("+++\ntitle = \"Lesson {i}\"\n+++\n{body}"));
    }
    f
}

/// The first staging folder of `output` (beside it, or inside a folder it links to).
fn staging_of(dirs: &[&Path]) -> Option<PathBuf> {
    dirs.iter().flat_map(|d| std::fs::read_dir(d).into_iter().flatten().flatten()).map(|e| e.path()).find(|p| {
        let n = p.file_name().unwrap().to_string_lossy();
        n.contains("sonder-staging-")
    })
}

/// Starts `sonder build`, waits until it has a staging folder, and sends it `signal`.
fn interrupt_build(f: &Fixture, signal: &str, watch: &[&Path]) -> (std::process::Output, PathBuf) {
    let root = f.root().to_string_lossy().into_owned();
    let child = Command::new(BIN)
        .args(["build", "--root", &root])
        .current_dir(f.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let staging = loop {
        if let Some(s) = staging_of(watch) {
            break s;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "no staging folder appeared");
        std::thread::sleep(Duration::from_millis(2));
    };
    let killed = Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    (child.wait_with_output().unwrap(), staging)
}

/// The site's files, with the manifest's own list of them checked against it.
fn site_files(dir: &Path) -> Vec<String> {
    let files = files_under(dir);
    let listed: Vec<String> = std::fs::read_to_string(dir.join(".sonder-manifest")).unwrap().lines().map(str::to_string).collect();
    let mut expected: Vec<&String> = files.iter().filter(|f| *f != ".sonder-manifest").collect();
    let mut got: Vec<&String> = listed.iter().filter(|l| !l.starts_with('#') && !l.is_empty()).collect();
    expected.sort();
    got.sort();
    assert_eq!(got, expected, "the manifest lists exactly the site's files");
    files
}

/// On ext4 without a journal (the benchmark machine's), the files of a folder past its first 128
/// are written through fresh `.sonder-part-N` folders and moved into place before the site is
/// published (src/output/spread.rs). The site comes out whole under its own names, into a
/// folder or through a symlink, and no part folder is left anywhere.
#[test]
#[cfg(unix)]
fn a_big_module_comes_out_whole_under_its_own_names() {
    let f = big_fixture(300);
    f.build(&[]).ok();
    let files = site_files(&f.out());
    for i in 0..300 {
        let lesson = format!("01-start/big-{i:05}.html");
        assert!(files.contains(&lesson), "{lesson} is missing");
    }
    let bookkeeping: Vec<&String> = files.iter().filter(|p| p.contains(".sonder-") && *p != ".sonder-manifest").collect();
    assert!(bookkeeping.is_empty(), "{bookkeeping:?}");
    assert!(hidden_in(f.root()).is_empty(), "{:?}", hidden_in(f.root()));
    f.build(&[]).ok();
    assert_eq!(site_files(&f.out()), files, "a rebuild writes the same files");

    let elsewhere = tempfile::tempdir().unwrap();
    let site = elsewhere.path().join("site");
    std::fs::create_dir(&site).unwrap();
    std::fs::remove_dir_all(f.out()).unwrap();
    symlink(&site, &f.out());
    f.build(&[]).ok();
    assert_eq!(site_files(&site), files, "built in place through a symlink");
    assert!(hidden_in(&site).is_empty(), "{:?}", hidden_in(&site));
}

#[test]
#[cfg(unix)]
fn ctrl_c_and_sigterm_remove_the_staging_folder() {
    let f = big_fixture(300);
    f.build(&[]).ok();
    let before = files_under(&f.out());
    let index = std::fs::read(f.out_file("index.html")).unwrap();
    f.write("content/_index.md", "+++\ntitle = \"Changed\"\n+++\nChanged.\n");
    for signal in ["-INT", "-TERM"] {
        let (out, staging) = interrupt_build(&f, signal, &[f.root()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{signal}: the build did not stop: {stderr}");
        assert!(stderr.contains("Build interrupted; the previous site is unchanged."), "{signal}: {stderr}");
        assert!(!staging.exists(), "{signal}: {} was left behind", staging.display());
        assert!(hidden_in(f.root()).is_empty(), "{signal}: {:?}", hidden_in(f.root()));
        assert_eq!(files_under(&f.out()), before, "{signal}");
        assert_eq!(std::fs::read(f.out_file("index.html")).unwrap(), index, "{signal}");
    }
}

#[test]
#[cfg(unix)]
fn the_next_build_removes_staging_folders_of_killed_builds() {
    let f = big_fixture(300);
    let (out, staging) = interrupt_build(&f, "-KILL", &[f.root()]);
    assert!(!out.status.success());
    assert!(staging.exists(), "SIGKILL cannot clean up: the folder is there for the next build");
    // One left by a sonder from before staging folders were locked, named after a process that has ended.
    let mut gone = Command::new("true").spawn().unwrap();
    let dead = gone.id();
    gone.wait().unwrap();
    f.write(&format!(".public.sonder-staging-{dead}/index.html"), "half a site");
    // Files of a big folder not yet moved out of their part folder (src/output/spread.rs).
    f.write(&format!(".public.sonder-staging-{dead}/.sonder-part-0/big-00299.html"), "a lesson");
    f.build(&[]).ok();
    assert!(!staging.exists(), "{} was not removed", staging.display());
    assert!(hidden_in(f.root()).is_empty(), "{:?}", hidden_in(f.root()));
}

#[test]
#[cfg(unix)]
fn interrupting_a_build_into_a_symlinked_output_leaves_the_folder_as_it_was() {
    let f = big_fixture(300);
    let elsewhere = tempfile::tempdir().unwrap();
    let site = elsewhere.path().join("site");
    std::fs::create_dir(&site).unwrap();
    symlink(&site, &f.out());
    f.build(&[]).ok();
    let before = files_under(&site);
    f.write("content/_index.md", "+++\ntitle = \"Changed\"\n+++\nChanged.\n");
    let (out, _) = interrupt_build(&f, "-TERM", &[&site]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Build interrupted"), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(files_under(&site), before);
    assert!(is_symlink(&f.out()));

    let (_, staging) = interrupt_build(&f, "-KILL", &[&site]);
    assert!(staging.exists());
    f.build(&[]).ok();
    assert!(!staging.exists(), "a killed build's staging folder inside the linked folder was not removed");
    assert!(hidden_in(&site).is_empty(), "{:?}", hidden_in(&site));
}
