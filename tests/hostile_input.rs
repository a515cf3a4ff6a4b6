//! Courses that try to publish what is not theirs, or that break the build late: symlinks out of
//! the course, special files, unreadable files, two sources for one output path, names too long.

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) {
    std::fs::create_dir_all(link.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(target, link).unwrap();
}

/// Asserts that both check and build refuse the course with `message` at `location`, and that
/// the build wrote nothing.
fn refused(f: &Fixture, message: &str, location: &str) {
    f.check(&[]).failed().has_error(message, location);
    f.build(&[]).failed().has_error(message, location);
    assert!(!f.out().exists(), "a refused build wrote {}", f.out().display());
}

#[test]
#[cfg(unix)]
fn a_symlink_to_a_file_outside_the_course_is_refused() {
    let f = Fixture::new();
    symlink(Path::new("/etc/passwd"), &f.path("static/passwd.txt"));
    refused(&f, "static/passwd.txt is a symlink to /etc/passwd, outside the course", "static/passwd.txt");
    let r = f.check(&[]);
    assert!(r.stderr.contains("follow_external_symlinks"), "{}", r.stderr);
}

#[test]
#[cfg(target_os = "linux")]
fn special_files_are_never_read_even_when_external_symlinks_are_allowed() {
    let f = Fixture::new();
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\nfollow_external_symlinks = true\n"));
    symlink(Path::new("/proc/self/environ"), &f.path("static/env.txt"));
    refused(&f, "static/env.txt is a symlink to /proc/", "static/env.txt");

    let f = Fixture::new();
    std::fs::create_dir_all(f.path("static")).unwrap();
    assert!(Command::new("mkfifo").arg(f.path("static/pipe.txt")).status().unwrap().success());
    refused(&f, "static/pipe.txt is not a regular file", "static/pipe.txt");
}

#[test]
#[cfg(unix)]
fn a_symlinked_folder_or_lesson_outside_the_course_is_refused_unless_allowed() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "secret").unwrap();
    std::fs::write(outside.path().join("lesson.md"), "+++\ntitle = \"From elsewhere\"\n+++\nHello.\n").unwrap();

    let f = Fixture::new();
    symlink(outside.path(), &f.path("static/shared"));
    refused(&f, "static/shared is a symlink to", "static/shared");

    let f = Fixture::new();
    symlink(&outside.path().join("lesson.md"), &f.path("content/01-start/03-elsewhere.md"));
    refused(&f, "outside the course", "content/01-start/03-elsewhere.md");

    // Allowed on purpose: both are published.
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\nfollow_external_symlinks = true\n"));
    symlink(outside.path(), &f.path("static/shared"));
    f.build(&[]).ok();
    assert_eq!(std::fs::read_to_string(f.out_file("shared/secret.txt")).unwrap(), "secret");
    assert!(f.out_file("01-start/03-elsewhere.html").is_file());
}

#[test]
#[cfg(unix)]
fn a_refused_content_or_module_folder_is_one_error_not_one_per_file() {
    // The course's own content/ and one module, moved outside and linked back in.
    let outside = tempfile::tempdir().unwrap();
    let f = Fixture::new();
    std::fs::rename(f.path("content"), outside.path().join("content")).unwrap();
    symlink(&outside.path().join("content"), &f.path("content"));
    refused(&f, "content is a symlink to", "content");
    let r = f.check(&[]);
    assert!(!r.stderr.contains("_index.md") && !r.stderr.contains("has no modules"), "{}", r.stderr);
    assert!(r.stderr.contains("1 error"), "{}", r.stderr);

    let f = Fixture::new();
    std::fs::rename(f.path("content/01-start"), outside.path().join("01-start")).unwrap();
    symlink(&outside.path().join("01-start"), &f.path("content/01-start"));
    refused(&f, "content/01-start is a symlink to", "content/01-start");
    let r = f.check(&[]);
    assert!(!r.stderr.contains("has no _index.md"), "{}", r.stderr);
}

#[test]
#[cfg(unix)]
fn symlinks_inside_the_course_still_work() {
    let f = Fixture::new();
    f.write("media/logo.txt", "logo");
    symlink(&f.path("media"), &f.path("static/media"));
    symlink(Path::new("../media/logo.txt"), &f.path("static/logo.txt"));
    f.build(&[]).ok();
    assert_eq!(std::fs::read_to_string(f.out_file("media/logo.txt")).unwrap(), "logo");
    assert_eq!(std::fs::read_to_string(f.out_file("logo.txt")).unwrap(), "logo");
}

#[test]
#[cfg(unix)]
fn check_finds_an_unreadable_static_file() {
    use std::os::unix::fs::PermissionsExt;
    let f = Fixture::new();
    f.write("static/private.png", "png");
    // Everyone may read the course but this one file.
    for entry in walk_all(f.root()) {
        let mode = if entry.is_dir() { 0o755 } else { 0o644 };
        std::fs::set_permissions(&entry, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    std::fs::set_permissions(f.path("static/private.png"), std::fs::Permissions::from_mode(0o000)).unwrap();
    let root = f.root().to_string_lossy().into_owned();
    // root reads any file, so the check runs as `nobody` when the tests run as root.
    let as_root = Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let mut cmd = if as_root {
        if Command::new("setpriv").arg("--version").output().is_err() {
            println!("SKIPPED: running as root and setpriv is missing (install util-linux)");
            assert!(std::env::var("CI").ok().as_deref() != Some("true"), "SKIPPED under CI");
            return;
        }
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", BIN]);
        c
    } else {
        Command::new(BIN)
    };
    let out = cmd.args(["check", "--root", &root]).current_dir("/").output().unwrap();
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into(),
        stderr: String::from_utf8_lossy(&out.stderr).into(),
    };
    run.failed().has_error("cannot read static/private.png", "static/private.png");
}

fn walk_all(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk_all(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn two_sources_for_one_output_path_are_an_error() {
    let f = Fixture::new();
    f.write("static/01-start/a.png", "from static");
    f.write("content/01-start/a.png", "from content");
    let r = f.check(&[]);
    r.failed();
    let d = r.diagnostics().into_iter().find(|d| d.message.contains("would both be written to 01-start/a.png")).expect(&r.stderr);
    assert!(d.message.contains("static/01-start/a.png") && d.message.contains("content/01-start/a.png"), "{}", d.text);
    f.build(&[]).failed();
}

#[test]
fn a_file_name_too_long_for_the_file_system_is_found_by_check() {
    let f = Fixture::new();
    // 252 + ".md" is allowed on disk; the page's 252 + ".html" is not.
    let stem = "a".repeat(252);
    let name = format!("content/01-start/{stem}.md");
    f.write(&name, "+++\ntitle = \"Long\"\n+++\nText.\n");
    f.check(&[]).failed().has_error("too long for the file system", &format!("{name}:1:1"));
    let r = f.build(&[]);
    r.failed().has_error("too long for the file system", &format!("{name}:1:1"));
}

#[test]
fn absurd_durations_are_errors_not_wrapped_numbers() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second lesson\"\nweight = 2\nduration = 4294967295\n+++\nText.\n");
    f.write(
        "content/01-start/_index.md",
        "+++\ntitle = \"Getting started\"\n[facilitator]\nagenda = [{ minutes = 4294967290, activity = \"Talk\" }]\n+++\n",
    );
    let r = f.check(&[]);
    r.failed().has_error("4294967295 minutes is not a plausible duration", "content/01-start/02-second.md:4:12");
    r.has_error("4294967290 minutes is not a plausible duration", "content/01-start/_index.md:4:23");

    // A week per item is allowed, and the module's total is summed without wrapping.
    let f = Fixture::new();
    let agenda = (0..3).map(|i| format!("{{ minutes = 10080, activity = \"Day {i}\" }}")).collect::<Vec<_>>().join(", ");
    f.write("content/01-start/_index.md", &format!("+++\ntitle = \"Getting started\"\n[facilitator]\nagenda = [{agenda}]\n+++\n"));
    f.build(&["--no-minify"]).ok();
    let guide = std::fs::read_to_string(f.out_file("facilitator/01-start.html")).unwrap();
    assert!(guide.contains("336:00") && guide.contains("504:00"), "the running clock wrapped or is missing");
}

#[test]
fn a_lesson_page_lists_a_bounded_window_of_its_module() {
    let f = Fixture::new();
    for i in 3..=60 {
        f.write(&format!("content/01-start/{i:02}-lesson.md"), &format!("+++\ntitle = \"Lesson {i}\"\nweight = {i}\n+++\nText.\n"));
    }
    f.build(&["--no-minify"]).ok();
    let nav_keys = |page: &str| -> Vec<String> {
        let doc = f.page(page);
        select(&doc, "nav.module-nav a[data-sonder-lesson-link]")
            .into_iter()
            .map(|a| attr(a, "data-sonder-lesson-link").unwrap().to_string())
            .collect()
    };
    // In the middle: the first, 15 around the current one, the last.
    let keys = nav_keys("01-start/30-lesson.html");
    assert_eq!(keys.len(), 17, "{keys:?}");
    assert_eq!(keys.first().unwrap(), "01-start/01-first");
    assert_eq!(keys.last().unwrap(), "01-start/60-lesson");
    assert!(keys.contains(&"01-start/23-lesson".to_string()) && keys.contains(&"01-start/37-lesson".to_string()), "{keys:?}");
    let doc = f.page("01-start/30-lesson.html");
    let current = select(&doc, "nav.module-nav a[aria-current=page]");
    assert_eq!(current.len(), 1);
    assert_eq!(attr(current[0], "data-sonder-lesson-link"), Some("01-start/30-lesson"));
    assert_eq!(select(&doc, "nav.module-nav a[href='index.html']").len(), 3, "the module title and two 'All 60 lessons' links");
    // At the ends the window is still 15 wide, plus the other end.
    assert_eq!(nav_keys("01-start/01-first.html").len(), 16);
    assert_eq!(nav_keys("01-start/60-lesson.html").len(), 16);
    // Every page of the module is about the same size, whatever its place.
    let size = |p: &str| std::fs::metadata(f.out_file(p)).unwrap().len() as i64;
    assert!((size("01-start/30-lesson.html") - size("01-start/45-lesson.html")).abs() < 200);
}
