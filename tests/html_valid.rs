//! The Nu HTML Checker (vnu, from the npm package `vnu-jar`, run with Java) reports zero errors on
//! every page of the sample course, on a fixture with every exercise kind, on the generated course (`sonder dev corpus`)
//! and on a course in two languages (tests/fixtures/multilingual).
//! Without node_modules/vnu-jar (or java) the test fails when CI=true and prints `SKIPPED: ...` otherwise.

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::*;

fn vnu_jar() -> Option<PathBuf> {
    let jar = repo_root().join("node_modules/vnu-jar/build/dist/vnu.jar");
    let java = Command::new("java").arg("-version").output().is_ok_and(|o| o.status.success());
    if !jar.is_file() {
        skip(&format!("the HTML checker {} is missing", jar.display()), "install the node packages: npm ci");
        None
    } else if !java {
        skip("java is not installed, so the HTML checker cannot run", "install the Debian package default-jre-headless");
        None
    } else {
        Some(jar)
    }
}

fn vnu(jar: &PathBuf, dirs: &[&std::path::Path]) -> (bool, String) {
    let out = Command::new("java")
        .arg("-jar")
        .arg(jar)
        .args(["--errors-only", "--skip-non-html"])
        .args(dirs)
        .output()
        .expect("run java -jar vnu.jar");
    let report = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success() && report.trim().is_empty(), report)
}

#[test]
fn sample_course_and_every_exercise_kind_are_valid_html() {
    let Some(jar) = vnu_jar() else { return };
    // The sample course at the repository root, minified as it ships and unminified.
    let tmp = tempfile::tempdir().unwrap();
    let root = repo_root().to_string_lossy().into_owned();
    let shipped = tmp.path().join("sample");
    let plain = tmp.path().join("sample-plain");
    sonder_in(&repo_root(), &["build", "--root", &root, "--output", shipped.to_str().unwrap()]).ok();
    sonder_in(&repo_root(), &["build", "--root", &root, "--output", plain.to_str().unwrap(), "--no-minify"]).ok();
    let pages = html_files_under(&shipped);
    assert!(pages.len() > 20, "the sample course has {} pages", pages.len());
    for kind in ["lesson", "home", "module", "journal", "404", "page", "print", "handout", "facilitator", "facilitator-hub", "material"] {
        assert!(
            pages.iter().any(|p| std::fs::read_to_string(shipped.join(p)).unwrap().contains(&format!("data-sonder-page={kind}"))
                || std::fs::read_to_string(shipped.join(p)).unwrap().contains(&format!("data-sonder-page=\"{kind}\""))),
            "no {kind} page in the sample output"
        );
    }
    // Every kind of printable material is among the pages checked.
    for kind in ["question-cards", "scenario-cards", "model-handout"] {
        assert!(
            pages.iter().any(|p| {
                let html = std::fs::read_to_string(shipped.join(p)).unwrap();
                p.starts_with("facilitator/")
                    && (html.contains(&format!("data-sonder-material={kind}"))
                        || html.contains(&format!("data-sonder-material=\"{kind}\"")))
            }),
            "no {kind} page in the sample output"
        );
    }
    // A small course with every exercise kind and the markdown extensions.
    let f = Fixture::new();
    for (id, toml) in [
        ("k-quiz", "title = \"Q\"\nkind = \"quiz\"\nprompt = \"P\"\nhint = \"H\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = [\"x\", \"y\"]\nanswer = 0\nexplain = \"E\"\n[[questions]]\nid = \"b\"\ntext = \"?\"\nchoices = [\"x\", \"y\", \"z\"]\nanswer = [0, 2]\n"),
        ("k-journal", "title = \"J\"\nkind = \"journal\"\nprompt = \"P\"\nentry_prompt = \"E\"\n"),
        ("k-practice", "title = \"P\"\nkind = \"practice\"\nprompt = \"P\"\n[[steps]]\nid = \"a\"\ntext = \"x\"\n"),
        ("k-scale", "title = \"S\"\nkind = \"scale\"\nprompt = \"P\"\nscale = [\"a\", \"b\", \"c\"]\n[[statements]]\nid = \"a\"\ntext = \"x\"\n"),
        ("k-compose", "title = \"C\"\nkind = \"compose\"\nprompt = \"P\"\ntemplate = \"{a} {b}\"\n[[fields]]\nid = \"a\"\nlabel = \"A\"\n[[fields]]\nid = \"b\"\nlabel = \"B\"\nrows = 3\n"),
        ("k-single", "title = \"R\"\nkind = \"reflection\"\nprompt = \"P\"\n"),
    ] {
        f.write(&format!("exercises/{id}.toml"), toml);
    }
    f.write(
        "content/01-start/02-second.md",
        "+++\ntitle = \"Second\"\nweight = 2\nexercises = [\"k-quiz\", \"k-journal\", \"k-practice\", \"k-scale\", \"k-compose\"]\n+++\n\n## Table\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNote[^1].\n\n[^1]: Text.\n\n- [x] done\n- [ ] open\n\n~~old~~\n\n## Table\n\n{{ exercise k-single }}\n",
    );
    f.build_ok();
    // And the generated course (every kind, generated text with code spans and cross-module links).
    let c = corpus();
    c.run.ok();
    // The same small course in Arabic: right to left, Arabic plurals (issue 19).
    let ar = Fixture::new();
    ar.write("course.toml", &COURSE_TOML.replace("language = \"en\"", "language = \"ar\""));
    ar.build_ok();
    assert!(std::fs::read_to_string(ar.out_file("index.html")).unwrap().contains("dir=\"rtl\""));
    // A course in English and German (tests/fixtures/multilingual): hreflang links, the language
    // switcher and the page standing in for an untranslated lesson.
    let ml = tmp.path().join("multilingual");
    let ml_root = repo_root().join("tests/fixtures/multilingual");
    sonder_in(&repo_root(), &["build", "--root", ml_root.to_str().unwrap(), "--output", ml.to_str().unwrap()]).ok();
    assert!(ml.join("de/01-listening/03-silence.html").is_file() && ml.join("de/journal.html").is_file());
    let (ok, report) = vnu(&jar, &[&shipped, &plain, &f.out(), &c.out(), &ar.out(), &ml]);
    assert!(ok, "vnu reported errors:\n{report}");
}
