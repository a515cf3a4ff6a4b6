//! Bad input: every problem is reported with its file:line:col on stderr, exit code 1, no panic,
//! all problems of a run together; warnings and --deny-warnings; the output stays safe.

mod common;

use std::time::SystemTime;

use common::*;

/// Builds and checks: both must fail with the same error at the same place.
fn fails_with(f: &Fixture, message: &str, location: &str) {
    let r = f.build(&[]);
    r.failed().has_error(message, location);
    assert!(r.stderr.contains("Build failed"), "{}", r.stderr);
    assert!(!f.out().exists(), "a failed first build writes no output");
    f.check(&[]).failed().has_error(message, location);
}

// ---------------------------------------------------------------- course.toml

#[test]
fn missing_course_toml_says_where_it_looked_and_suggests_init() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sub")).unwrap();
    // Found by searching upwards from the working directory.
    let r = sonder_in(&dir.path().join("sub"), &["build"]);
    r.failed();
    let shown = dir.path().join("sub").display().to_string();
    assert!(r.stderr.contains(&shown), "names where it looked ({shown}):\n{}", r.stderr);
    assert!(r.stderr.contains("course.toml"));
    assert!(r.stderr.contains("sonder init"), "suggests sonder init:\n{}", r.stderr);
    // With --root.
    let root = dir.path().to_string_lossy().into_owned();
    for cmd in ["build", "check"] {
        let r = sonder_in(dir.path(), &[cmd, "--root", &root]);
        r.failed();
        assert!(r.stderr.contains(&root), "{}", r.stderr);
        assert!(r.stderr.contains("sonder init"), "{}", r.stderr);
    }
    assert!(!dir.path().join("public").exists());
}

#[test]
fn course_toml_unknown_keys() {
    let f = Fixture::new();
    f.write("course.toml", "[course]\nid = \"test-course\"\ntitle = \"T\"\nauthr = \"Me\"\n");
    fails_with(&f, "unknown field `authr`", "course.toml:4:1");
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\nminfy = false\n"));
    fails_with(&f, "unknown field `minfy`", "course.toml:7:1");
    f.write("course.toml", &format!("{COURSE_TOML}\n[biuld]\nminify = false\n"));
    fails_with(&f, "unknown field `biuld`", "course.toml:6:2");
    // A typo gets the key it most likely meant.
    let r = f.check(&[]);
    let d = r.diagnostics().into_iter().find(|d| d.message.contains("biuld")).unwrap();
    assert!(d.hint.as_deref().is_some_and(|h| h.starts_with("did you mean `build`?")), "{}", d.text);
    f.write("course.toml", "[course]\nid = \"test-course\"\ntitle = \"T\"\nlangauge = \"en\"\n");
    let r = f.check(&[]);
    let d = r.diagnostics().into_iter().find(|d| d.message.contains("langauge")).unwrap();
    assert!(d.hint.as_deref().is_some_and(|h| h.starts_with("did you mean `language`?")), "{}", d.text);
}

#[test]
fn course_toml_wrong_value_types() {
    let f = Fixture::new();
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\nminify = \"yes\"\n"));
    fails_with(&f, "invalid type", "course.toml:7:10");
    f.write("course.toml", "[course]\nid = 7\ntitle = \"T\"\n");
    fails_with(&f, "invalid type", "course.toml:2:6");
}

#[test]
fn course_toml_required_keys_and_bad_values() {
    let f = Fixture::new();
    f.write("course.toml", "[course]\ntitle = \"T\"\n");
    fails_with(&f, "missing the required key `id`", "course.toml:1:1");
    f.write("course.toml", "[course]\nid = \"Not A Slug\"\n");
    let r = f.build(&[]);
    r.failed().has_error("not a lowercase slug", "course.toml:2:6").has_error("missing the required key `title`", "course.toml:1:1");
    f.write("course.toml", "[course]\nid = \"x\"\ntitle = \"T\"\nlanguage = \"english language\"\n");
    fails_with(&f, "not a BCP 47 language tag", "course.toml:4:12");
    f.write("course.toml", "[course\nid = \"x\"\n");
    let r = f.build(&[]);
    r.failed();
    assert!(r.diagnostics().iter().any(|d| d.location.as_deref().is_some_and(|l| l.starts_with("course.toml:1:"))), "{}", r.stderr);
}

// ---------------------------------------------------------------- front matter

#[test]
fn unclosed_front_matter() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\n\nBody text.\n");
    fails_with(&f, "front matter never closes", "content/01-start/02-second.md:1:1");
}

#[test]
fn front_matter_unknown_keys() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\ntitel = \"typo\"\n+++\n");
    fails_with(&f, "unknown field `titel`", "content/01-start/02-second.md:3:1");
    let f = Fixture::new();
    f.write("content/01-start/_index.md", "+++\ntitle = \"M\"\nwieght = 1\n+++\n");
    fails_with(&f, "unknown field `wieght`", "content/01-start/_index.md:3:1");
}

#[test]
fn front_matter_wrong_value_types() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nweight = \"two\"\n+++\n");
    fails_with(&f, "invalid type", "content/01-start/02-second.md:3:10");
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nexercises = \"first-reflection\"\n+++\n");
    fails_with(&f, "invalid type", "content/01-start/02-second.md:3:13");
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nduration = -5\n+++\n");
    let r = f.build(&[]);
    r.failed();
    assert!(r.diagnostics().iter().any(|d| d.location.as_deref() == Some("content/01-start/02-second.md:3:12")), "{}", r.stderr);
}

#[test]
fn missing_title() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\nweight = 2\n+++\n");
    fails_with(&f, "has no `title`", "content/01-start/02-second.md:1:1");
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "Just a body, no front matter.\n");
    fails_with(&f, "has no `title`", "content/01-start/02-second.md:1:1");
}

// ---------------------------------------------------------------- ids, slugs, exercises

#[test]
fn duplicate_exercise_ids_in_two_sub_folders() {
    let f = Fixture::new();
    let ex = "title = \"T\"\nkind = \"journal\"\nprompt = \"P\"\n";
    f.write("exercises/a/dup.toml", ex);
    f.write("exercises/b/dup.toml", ex);
    let r = f.build(&[]);
    r.failed();
    let d = r.diagnostics().into_iter().find(|d| d.message.contains("`dup` is defined twice")).unwrap_or_else(|| panic!("{}", r.stderr));
    assert!(d.message.contains("exercises/a/dup.toml") && d.message.contains("exercises/b/dup.toml"), "{}", d.text);
    assert_eq!(d.location.as_deref(), Some("exercises/b/dup.toml:1:1"), "{}", d.text);
    assert!(d.hint.is_some());
}

#[test]
fn case_colliding_lesson_slugs() {
    let f = Fixture::new();
    f.write("content/01-start/02-Second.md", "+++\ntitle = \"Other\"\n+++\n");
    let r = f.build(&[]);
    r.failed();
    let d =
        r.diagnostics().into_iter().find(|d| d.message.contains("differ only in letter case")).unwrap_or_else(|| panic!("{}", r.stderr));
    assert!(d.message.contains("02-second") || d.message.contains("Second"), "{}", d.text);
    assert!(d.location.as_deref().is_some_and(|l| l.starts_with("content/01-start/") && l.ends_with(".md:1:1")), "{}", d.text);
}

#[test]
fn case_colliding_module_slugs() {
    let f = Fixture::new();
    f.write("content/01-Start/_index.md", "+++\ntitle = \"Other\"\nweight = 2\n+++\n");
    f.write("content/01-Start/03-x.md", "+++\ntitle = \"X\"\n+++\n");
    let r = f.build(&[]);
    r.failed();
    let d =
        r.diagnostics().into_iter().find(|d| d.message.contains("differ only in letter case")).unwrap_or_else(|| panic!("{}", r.stderr));
    assert!(d.location.as_deref().is_some_and(|l| l.starts_with("content/01-") && l.ends_with("_index.md:1:1")), "{}", d.text);
}

#[test]
fn case_colliding_page_slugs() {
    let f = Fixture::new();
    f.write("content/credits.md", "+++\ntitle = \"Credits\"\n+++\n");
    f.write("content/Credits.md", "+++\ntitle = \"Credits again\"\n+++\n");
    let r = f.build(&[]);
    r.failed();
    let d =
        r.diagnostics().into_iter().find(|d| d.message.contains("differ only in letter case")).unwrap_or_else(|| panic!("{}", r.stderr));
    assert!(d.location.as_deref().is_some_and(|l| l.eq_ignore_ascii_case("content/credits.md:1:1")), "{}", d.text);
}

#[test]
fn a_page_and_a_module_may_not_share_a_name_with_generated_files() {
    let f = Fixture::new();
    f.write("content/journal.md", "+++\ntitle = \"J\"\n+++\n");
    let r = f.build(&[]);
    r.failed();
    assert!(
        r.diagnostics()
            .iter()
            .any(|d| d.message.contains("cannot be a page name")
                && d.location.as_deref().is_some_and(|l| l.starts_with("content/journal.md"))),
        "{}",
        r.stderr
    );
    let f = Fixture::new();
    f.write("content/assets/_index.md", "+++\ntitle = \"A\"\n+++\n");
    f.write("content/assets/01-x.md", "+++\ntitle = \"X\"\n+++\n");
    f.build(&[]).failed().has_error("cannot be a module folder name", "content/assets");
}

#[test]
fn lesson_names_an_unknown_exercise() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nexercises = [\"first-reflection\", \"frist-reflection\"]\n+++\n");
    let r = f.build(&[]);
    r.failed().has_error("names an unknown exercise `frist-reflection`", "content/01-start/02-second.md:3:34");
    let d = r.diagnostics().into_iter().find(|d| d.message.contains("frist-reflection")).unwrap();
    assert!(d.hint.as_deref().is_some_and(|h| h.contains("first-reflection")), "suggests the close id: {}", d.text);
}

// ---------------------------------------------------------------- files and folders

#[test]
fn invalid_utf8() {
    let f = Fixture::new();
    f.write_bytes("content/01-start/02-second.md", b"+++\ntitle = \"Second\"\n+++\nab\xffcd\n");
    fails_with(&f, "not valid UTF-8", "content/01-start/02-second.md:4:3");
    let f = Fixture::new();
    f.write_bytes("exercises/first-reflection.toml", b"title = \"\xc3\x28\"\n");
    fails_with(&f, "not valid UTF-8", "exercises/first-reflection.toml:1:10");
    let f = Fixture::new();
    f.write_bytes("course.toml", b"[course]\nid = \"x\"\ntitle = \"\xfe\"\n");
    fails_with(&f, "not valid UTF-8", "course.toml:3:10");
}

#[test]
fn empty_content_folder() {
    let f = Fixture::new();
    f.remove("content");
    std::fs::create_dir(f.path("content")).unwrap();
    f.remove("exercises");
    fails_with(&f, "content/ has no modules", "content/");
    f.remove("content");
    fails_with(&f, "no content/ folder", "content/");
}

#[cfg(unix)]
#[test]
fn symlink_loop() {
    let f = Fixture::new();
    std::os::unix::fs::symlink("..", f.path("content/01-start/loop")).unwrap();
    let r = f.build(&[]);
    r.failed();
    let d = r.diagnostics().into_iter().find(|d| d.message.contains("symlink loop")).unwrap_or_else(|| panic!("{}", r.stderr));
    assert!(d.location.as_deref().is_some_and(|l| l.starts_with("content/01-start/loop")), "{}", d.text);
    let f = Fixture::new();
    std::os::unix::fs::symlink("../exercises", f.path("exercises/again")).unwrap();
    f.build(&[]).failed();
}

#[cfg(unix)]
#[test]
fn dangling_symlink_is_reported_not_a_panic() {
    let f = Fixture::new();
    std::os::unix::fs::symlink("nowhere.png", f.path("content/01-start/pic.png")).unwrap();
    let r = f.build(&[]);
    r.failed();
    assert!(r.stderr.contains("content/01-start/pic.png"), "{}", r.stderr);
}

#[test]
fn module_without_index() {
    let f = Fixture::new();
    f.write("content/02-more/01-x.md", "+++\ntitle = \"X\"\n+++\n");
    fails_with(&f, "has no _index.md", "content/02-more");
}

// ---------------------------------------------------------------- links

#[test]
fn link_to_a_missing_lesson() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\n+++\n\nIntro.\n\nSee [the third](03-third.md) too.\n");
    fails_with(&f, "link to a missing file `03-third.md`", "content/01-start/02-second.md:7:5");
}

#[test]
fn a_mistyped_lesson_link_suggests_the_file_meant() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\n+++\n\nSee [the first](01-frist.md).\n");
    fails_with(&f, "link to a missing file `01-frist.md`", "content/01-start/02-second.md:5:5");
    let r = f.check(&[]);
    let d = r.diagnostics().into_iter().find(|d| d.message.contains("01-frist.md")).unwrap();
    assert!(d.hint.as_deref().is_some_and(|h| h.starts_with("did you mean `01-first.md`?")), "{}", d.text);
}

/// The problems of a run, as (severity, location) pairs, for a failure message.
fn where_problems_are(r: &Run) -> Vec<(String, Option<String>)> {
    r.diagnostics().into_iter().map(|d| (d.severity, d.location)).collect()
}

#[test]
fn a_lesson_that_does_not_load_is_its_only_problem() {
    // The second lesson links to the first, and only the first uses the exercise: a typo in the
    // first's front matter is one error, not also a missing link and an unused exercise.
    let f = Fixture::new();
    f.write(
        "content/01-start/02-second.md",
        "+++\ntitle = \"Second\"\n+++\n\nBack to [the first](01-first.md#why), or [its page](01-first.html).\n",
    );
    f.write("content/01-start/01-first.md", "+++\ntitle = \"First\nexercises = [\"first-reflection\"]\n+++\n\n## Why\n");
    let r = f.check(&[]);
    r.failed();
    assert_eq!((r.error_count(), r.warning_count()), (1, 0), "{}", r.stderr);
    let location = r.diagnostics()[0].location.clone().unwrap_or_default();
    assert!(location.starts_with("content/01-start/01-first.md:2:"), "{}", r.stderr);
}

#[test]
fn a_module_whose_index_does_not_load_is_its_only_problem_but_real_ones_still_show() {
    let f = Fixture::new();
    f.write("content/02-more/_index.md", "+++\ntitle = \"More\"\nweight = 2\n+++\n");
    f.write(
        "content/02-more/01-next.md",
        "+++\ntitle = \"Next\"\n+++\n\nAs in [the first](../01-start/01-first.md) and [the second](../01-start/02-second.md), not [this](../01-start/03-gone.md).\n",
    );
    f.write("content/01-start/_index.md", "+++\ntitle = \"Getting started\"\nweight = \n+++\n");
    let r = f.check(&[]);
    r.failed();
    assert_eq!(r.error_count(), 2, "{}", r.stderr);
    assert_eq!(r.warning_count(), 0, "no exercise is unused: the lesson using it did not load\n{}", r.stderr);
    r.has_error("link to a missing file `../01-start/03-gone.md`", "content/02-more/01-next.md:5:92");
    let in_index =
        r.diagnostics().iter().filter(|d| d.location.as_deref().is_some_and(|l| l.starts_with("content/01-start/_index.md:"))).count();
    assert_eq!(in_index, 1, "{}", r.stderr);
}

/// Breaks each document's front matter (and each exercise file) of a course in turn: every
/// problem `sonder check` then reports must be in that file, besides the course's own `expected`
/// ones. One typo gives one error, not a page of its consequences.
fn one_broken_file_is_reported_alone(course: &std::path::Path, expected: &[&str]) {
    let f = Fixture::empty();
    copy_dir(course, f.root());
    let sources: Vec<String> = files_under(f.root())
        .into_iter()
        .filter(|p| (p.starts_with("content") && p.ends_with(".md")) || (p.starts_with("exercises") && p.ends_with(".toml")))
        .collect();
    assert!(sources.len() >= 10, "{sources:?}");
    for rel in &sources {
        let original = f.read(rel);
        let broken = match original.strip_prefix("+++\n") {
            Some(rest) => format!("+++\n= 1\n{rest}"),
            None => format!("[[[\n{original}"),
        };
        f.write(rel, &broken);
        let r = f.check(&[]);
        r.failed();
        let elsewhere: Vec<_> = r
            .diagnostics()
            .into_iter()
            .filter(|d| !d.location.as_deref().is_some_and(|l| l.starts_with(&format!("{rel}:"))))
            .filter(|d| !expected.iter().any(|e| d.message.contains(e)))
            .collect();
        assert!(elsewhere.is_empty(), "breaking {rel} reported problems elsewhere: {:?}\n{}", where_problems_are(&r), r.stderr);
        assert_eq!(r.error_count(), 1, "breaking {rel}:\n{}", r.stderr);
        f.write(rel, &original);
    }
}

#[test]
fn one_broken_file_of_the_sample_course_is_reported_alone() {
    let f = Fixture::empty();
    for part in ["course.toml", "content", "exercises", "themes"] {
        let from = repo_root().join(part);
        if from.is_dir() {
            copy_dir(&from, &f.path(part));
        } else if from.is_file() {
            f.write(part, &std::fs::read_to_string(&from).unwrap());
        }
    }
    one_broken_file_is_reported_alone(f.root(), &[]);
}

#[test]
fn one_broken_file_of_a_translated_course_is_reported_alone() {
    // The fixture leaves one lesson untranslated on purpose: that warning stays.
    one_broken_file_is_reported_alone(&repo_root().join("tests/fixtures/multilingual"), &["03-silence.md is missing"]);
}

#[test]
fn a_heading_may_not_take_the_id_of_an_exercise_on_its_page() {
    let f = Fixture::new();
    f.write(
        "content/01-start/01-first.md",
        "+++\ntitle = \"First lesson\"\nexercises = [\"first-reflection\"]\n+++\n\n## Ex first reflection title\n\nText.\n",
    );
    fails_with(
        &f,
        "the heading id `ex-first-reflection-title` is also an id of exercise `first-reflection`",
        "content/01-start/01-first.md:6:4",
    );
}

#[test]
fn link_to_a_missing_anchor() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\n+++\n\nSee [why](01-first.md#wyh).\n");
    let r = f.build(&[]);
    r.failed().has_error("link to a missing anchor `#wyh`", "content/01-start/02-second.md:5:5");
    let d = r.diagnostics().into_iter().find(|d| d.message.contains("#wyh")).unwrap();
    assert!(d.hint.as_deref().is_some_and(|h| h.contains("#why")), "suggests the close id: {}", d.text);
    // In the same page.
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\n+++\n\n## Here\n\n[x](#there)\n");
    fails_with(&f, "link to a missing anchor `#there`", "content/01-start/02-second.md:7:1");
}

#[test]
fn link_to_a_missing_image() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\n+++\n![pic](nope.png)\n");
    fails_with(&f, "link to a missing file `nope.png`", "content/01-start/02-second.md:4:1");
}

// ---------------------------------------------------------------- templates

#[test]
fn a_template_that_fails_on_one_page_names_its_line_and_fails_check_too() {
    let f = Fixture::new();
    // Only the second lesson's page takes the branch with the unknown variable.
    f.write(
        "templates/lesson.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{% if lesson.title == \"Second lesson\" %}<p>{{ lesson.titel }}</p>{% endif %}\n{% endblock main %}\n",
    );
    f.build(&[]).failed().has_error("Variable `lesson.titel` not found", "templates/lesson.html:3:47");
    assert!(!f.out().exists());
    f.check(&[]).failed().has_error("Variable `lesson.titel` not found", "templates/lesson.html:3:47");
    // An include of a template the theme does not have points at the include.
    f.write(
        "templates/lesson.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{% include \"parts/nav.html\" %}\n{% endblock main %}\n",
    );
    f.check(&[]).failed().has_error("Template '[parts/nav.html]' not found", "templates/lesson.html:3:13");
    f.write("templates/lesson.html", "{% extends \"base.html\" %}\n{% block main %}{{ lesson.title }}{% endblock main %}\n");
    f.check(&[]).ok();
}

#[test]
fn template_syntax_error_names_file_and_line() {
    let f = Fixture::new();
    f.write("templates/lesson.html", "{% extends \"base.html\" %}\n{% block main %}\n<p>{{ lesson.title }</p>\n{% endblock main %}\n");
    let r = f.build(&[]);
    r.failed();
    let d = r.diagnostics().into_iter().find(|d| d.message.contains("lesson.html")).unwrap_or_else(|| panic!("{}", r.stderr));
    let loc = d.location.clone().unwrap_or_default();
    assert!(loc.starts_with("templates/lesson.html:3:"), "points at templates/lesson.html line 3: {}", d.text);
    assert!(!f.out().exists());
    // check compiles the templates only as written (nothing is rendered): the same error.
    f.check(&[]).failed().has_error("template syntax error in lesson.html", "templates/lesson.html:3:20");
    // A mistake minifying would drop (an HTML comment) still fails the build, and check.
    f.write("templates/lesson.html", "{% extends \"base.html\" %}\n{% block main %}\n<!-- {{ lesson.title } -->\n{% endblock main %}\n");
    f.build(&[]).failed().has_error("template syntax error in lesson.html", "templates/lesson.html:3:22");
    f.check(&[]).failed().has_error("template syntax error in lesson.html", "templates/lesson.html:3:22");
}

#[test]
fn template_render_error_names_the_template_and_line() {
    let f = Fixture::new();
    f.write("templates/404.html", "{% extends \"base.html\" %}\n{% block main %}{{ no_such_variable.field }}{% endblock main %}\n");
    f.build(&[]).failed().has_error("template 404.html failed to render", "templates/404.html:2:20");
    // A name tera gives that no tag of the theme holds: the template's file, without a line.
    f.write("templates/404.html", "{% extends \"base.html\" %}\n{% block main %}{{ 10 % 0 }}{% endblock main %}\n");
    let r = f.build(&[]);
    r.failed();
    assert!(
        r.diagnostics().iter().any(|d| d.message.contains("404.html") && d.location.as_deref() == Some("templates/404.html")),
        "{}",
        r.stderr
    );
}

#[test]
fn unknown_theme() {
    let f = Fixture::new();
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\ntheme = \"fancy\"\n"));
    let r = f.build(&[]);
    r.failed();
    assert!(
        r.diagnostics()
            .iter()
            .any(|d| d.message.contains("theme `fancy` not found") && d.location.as_deref().is_some_and(|l| l.starts_with("course.toml"))),
        "{}",
        r.stderr
    );
}

// ---------------------------------------------------------------- all together

#[test]
fn several_errors_are_reported_together() {
    let f = Fixture::new();
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\nminfy = false\n"));
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\n\nno end\n");
    f.write("content/01-start/03-third.md", "+++\ntitle = \"Third\"\nexercises = [\"nope\"]\n+++\n[x](gone.md)\n");
    f.write("exercises/bad.toml", "title = \"T\"\nkind = \"essay\"\nprompt = \"P\"\n");
    let r = f.build(&[]);
    r.failed()
        .has_error("unknown field `minfy`", "course.toml:7:1")
        .has_error("front matter never closes", "content/01-start/02-second.md:1:1")
        .has_error("unknown exercise `nope`", "content/01-start/03-third.md:3:14")
        .has_error("unknown exercise kind `essay`", "exercises/bad.toml:2:8");
    assert!(r.stderr.contains("link to a missing file `gone.md`") || r.error_count() >= 4, "{}", r.stderr);
    assert!(r.stderr.contains(&format!("Build failed: {} errors", r.error_count())), "{}", r.stderr);
    // Every error shows its source line with a marker and a hint.
    for d in r.diagnostics().iter().filter(|d| d.location.as_deref().is_some_and(|l| l.matches(':').count() == 2)) {
        assert!(d.text.contains('^'), "no marker under the source line:\n{}", d.text);
        assert!(d.hint.is_some(), "no hint:\n{}", d.text);
    }
}

#[test]
fn a_bad_lesson_does_not_hide_problems_elsewhere() {
    let f = Fixture::new();
    f.write("content/01-start/01-first.md", "+++\ntitle = 1\n+++\n");
    f.write("content/01-start/02-second.md", "+++\ntitle = \"S\"\n+++\n[x](#nope)\n");
    let r = f.build(&[]);
    r.failed()
        .has_error("invalid type", "content/01-start/01-first.md:2:9")
        .has_error("missing anchor `#nope`", "content/01-start/02-second.md:4:1");
}

// ---------------------------------------------------------------- warnings

fn warning_fixture() -> Fixture {
    let f = Fixture::new();
    f.write("exercises/unused-journal.toml", "title = \"U\"\nkind = \"journal\"\nprompt = \"P\"\n");
    f.write("content/02-empty/_index.md", "+++\ntitle = \"Empty\"\nweight = 2\n+++\nNothing yet.\n");
    f
}

#[test]
fn warnings_are_reported_and_the_build_succeeds() {
    let f = warning_fixture();
    let r = f.build(&[]);
    r.ok()
        .has_warning("exercise `unused-journal` is not used by any lesson", "exercises/unused-journal.toml:1:1")
        .has_warning("module `02-empty` has no lessons", "content/02-empty/_index.md:1:1");
    assert_eq!(r.error_count(), 0);
    assert!(r.stderr.lines().any(|l| l.starts_with("Built ") && l.contains("2 warnings")), "{}", r.stderr);
    assert!(f.out_file("index.html").is_file());
    let r = f.check(&[]);
    r.ok().has_warning("not used by any lesson", "exercises/unused-journal.toml:1:1");
}

#[test]
fn deny_warnings_makes_them_fail() {
    let f = warning_fixture();
    let r = f.build(&["--deny-warnings"]);
    r.failed()
        .has_error("exercise `unused-journal` is not used by any lesson", "exercises/unused-journal.toml:1:1")
        .has_error("module `02-empty` has no lessons", "content/02-empty/_index.md:1:1");
    assert!(!f.out().exists(), "nothing written");
    f.check(&["--deny-warnings"]).failed().has_error("has no lessons", "content/02-empty/_index.md:1:1");
    // Without warnings, --deny-warnings builds.
    let f = Fixture::new();
    f.build(&["--deny-warnings"]).ok();
}

#[test]
fn errors_come_before_warnings() {
    let f = warning_fixture();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"S\"\n+++\n\nSee [nothing](nothing.md).\n");
    let r = f.build(&[]);
    r.failed();
    let sev: Vec<String> = r.diagnostics().into_iter().map(|d| d.severity).collect();
    let first_warning = sev.iter().position(|s| s == "warning").unwrap_or(sev.len());
    assert!(sev[first_warning..].iter().all(|s| s == "warning"), "{sev:?}");
    assert!(r.stderr.contains("1 error, 2 warnings"), "{}", r.stderr);
}

// ---------------------------------------------------------------- output safety

fn snapshot_of(path: &std::path::Path) -> (Vec<u8>, SystemTime) {
    (std::fs::read(path).unwrap(), std::fs::metadata(path).unwrap().modified().unwrap())
}

#[test]
fn a_failed_build_leaves_the_previous_output_as_it_was() {
    let f = Fixture::new();
    f.build(&[]).ok();
    let files = files_under(&f.out());
    let watched = ["index.html", "01-start/01-first.html", "01-start/02-second.html", "assets/style.css"];
    let before: Vec<_> = watched.iter().map(|p| snapshot_of(&f.out_file(p))).collect();
    let root_listing = files_under(f.root()).into_iter().filter(|p| !p.starts_with("public/")).collect::<Vec<_>>();
    std::thread::sleep(std::time::Duration::from_millis(20));

    // The old site is there as it was, and no staging or old folders are left beside it.
    let old_site_kept = |after: &str| {
        assert_eq!(files_under(&f.out()), files, "the same files after {after}");
        for (p, b) in watched.iter().zip(&before) {
            assert_eq!(&snapshot_of(&f.out_file(p)), b, "{p} changed (bytes or mtime) after {after}");
        }
        let listing = files_under(f.root()).into_iter().filter(|p| !p.starts_with("public/")).collect::<Vec<_>>();
        assert_eq!(listing, root_listing, "{after} left files behind");
        let hidden: Vec<_> = std::fs::read_dir(f.root())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(hidden.is_empty(), "{after} left {hidden:?}");
    };

    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second, edited\"\nweight = \"oops\"\n+++\n");
    f.build(&[]).failed();
    old_site_kept("a front matter error");

    // Errors found only once every document is compiled (a missing anchor in another page, an
    // unknown exercise), after lesson pages were already written to the staging folder.
    f.write(
        "content/01-start/02-second.md",
        "+++\ntitle = \"Second, edited\"\n+++\nSee [first](01-first.md#no-such-heading).\n\n{{ exercise no-such-exercise }}\n",
    );
    let run = f.build(&[]);
    run.failed();
    assert!(run.stderr.contains("no-such-heading") && run.stderr.contains("no-such-exercise"), "{}", run.stderr);
    old_site_kept("a validation error");

    // A render-stage failure (template) also keeps the old site.
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second, edited\"\n+++\n");
    f.write("templates/404.html", "{% extends \"base.html\" %}{% block main %}{{ missing.x }}{% endblock main %}");
    f.build(&[]).failed();
    // (The template is a new file of the course, so only the output is compared.)
    assert_eq!(files_under(&f.out()), files, "the same files after a failed render");
    for (p, b) in watched.iter().zip(&before) {
        assert_eq!(&snapshot_of(&f.out_file(p)), b, "{p} changed after a failed render");
    }
    let hidden: Vec<_> = std::fs::read_dir(f.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "staging left behind: {hidden:?}");
}

#[test]
fn a_successful_rebuild_replaces_the_output() {
    let f = Fixture::new();
    f.build(&[]).ok();
    f.remove("content/01-start/02-second.md");
    f.write("content/01-start/03-third.md", "+++\ntitle = \"Third lesson\"\n+++\nNew.\n");
    f.build(&[]).ok();
    assert!(!f.out_file("01-start/02-second.html").exists(), "a removed lesson's page is gone");
    assert!(text(one(&f.page("01-start/03-third.html"), "h1")).contains("Third lesson"));
}

#[test]
fn refuses_an_output_folder_that_would_destroy_the_course() {
    let parent = tempfile::tempdir().unwrap();
    let f = Fixture::new();
    // Move the fixture into parent/course so "a parent of the root" stays inside our temp dir.
    let root = parent.path().join("course");
    std::fs::rename(f.root(), &root).unwrap();
    std::fs::create_dir_all(f.root()).unwrap(); // the TempDir still wants to delete something
    let r = |out: &str| {
        let rs = root.to_string_lossy().into_owned();
        sonder_in(&root, &["build", "--root", &rs, "--output", out])
    };
    let cases = [
        root.to_string_lossy().into_owned(),
        ".".to_string(),
        root.join("content").to_string_lossy().into_owned(),
        "content/01-start".to_string(),
        "exercises".to_string(),
        parent.path().to_string_lossy().into_owned(),
        "..".to_string(),
        "/".to_string(),
    ];
    for out in &cases {
        let run = r(out);
        run.failed();
        assert!(run.stderr.contains("refusing to use"), "--output {out}:\n{}", run.stderr);
        assert!(root.join("content/01-start/01-first.md").is_file(), "--output {out} damaged the course");
        assert!(root.join("course.toml").is_file());
    }
    // Also from course.toml.
    std::fs::write(root.join("course.toml"), format!("{COURSE_TOML}\n[build]\noutput = \".\"\n")).unwrap();
    let rs = root.to_string_lossy().into_owned();
    let run = sonder_in(&root, &["build", "--root", &rs]);
    run.failed();
    assert!(run.stderr.contains("refusing to use"), "{}", run.stderr);
    assert!(root.join("content/_index.md").is_file());
}

#[test]
fn refuses_an_output_that_is_a_file() {
    let f = Fixture::new();
    f.write("notes.txt", "precious");
    for out in ["notes.txt", "course.toml", "content/_index.md"] {
        let r = f.build(&["--output", out]);
        r.failed();
        assert!(r.stderr.contains("refusing to use") && r.stderr.contains("it is a file"), "--output {out}:\n{}", r.stderr);
    }
    assert_eq!(f.read("notes.txt"), "precious");
    assert!(f.read("course.toml").contains("test-course"));
    let hidden: Vec<_> = std::fs::read_dir(f.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
}

#[test]
fn refuses_to_replace_a_folder_that_is_not_a_sonder_site() {
    let f = Fixture::new();
    f.write(".git/HEAD", "ref: refs/heads/main\n");
    f.write("notes/todo.txt", "keep me");
    for out in [".git", "notes"] {
        let r = f.build(&["--output", out]);
        r.failed();
        assert!(r.stderr.contains("it holds files sonder did not write"), "--output {out}:\n{}", r.stderr);
    }
    assert_eq!(f.read(".git/HEAD"), "ref: refs/heads/main\n");
    assert_eq!(f.read("notes/todo.txt"), "keep me");
    // An empty folder, or a site built before, is fine.
    std::fs::create_dir(f.path("empty")).unwrap();
    f.build(&["--output", "empty"]).ok();
    f.build(&["--output", "empty"]).ok();
    assert!(f.path("empty/index.html").is_file());
}

#[test]
fn lesson_file_names_that_cannot_be_urls() {
    let f = Fixture::new();
    f.write("content/01-start/index.md", "+++\ntitle = \"I\"\n+++\n");
    f.build(&[]).failed().has_error("`index.md` cannot be a lesson file name", "content/01-start/index.md");
    let f = Fixture::new();
    f.write("content/01-start/03 my lesson.md", "+++\ntitle = \"I\"\n+++\n");
    f.build(&[]).failed().has_error("`03 my lesson.md` cannot be a lesson file name", "content/01-start/03 my lesson.md");
}

#[test]
fn check_writes_nothing() {
    let f = Fixture::new();
    let before = files_under(f.root());
    let r = f.check(&[]);
    r.ok();
    assert!(r.stderr.contains("Checked 1 modules, 2 lessons, 1 exercises") || r.stderr.contains("Checked"), "{}", r.stderr);
    assert_eq!(files_under(f.root()), before, "check wrote files");
    assert!(!f.out().exists());
    f.write("content/01-start/02-second.md", "+++\ntitle = \"S\"\nbad = 1\n+++\n");
    let before = files_under(f.root());
    f.check(&[]).failed().has_error("unknown field `bad`", "content/01-start/02-second.md:3:1");
    assert_eq!(files_under(f.root()), before);
    let hidden: Vec<_> = std::fs::read_dir(f.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
}

#[test]
fn check_leaves_an_existing_output_alone() {
    let f = Fixture::new();
    f.build(&[]).ok();
    let before = snapshot_of(&f.out_file("index.html"));
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Changed\"\n+++\n");
    f.check(&[]).ok();
    assert_eq!(snapshot_of(&f.out_file("index.html")), before);
}
