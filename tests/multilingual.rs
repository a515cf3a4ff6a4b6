//! A course in several languages (issue 19, `[languages]` in course.toml): the fixture
//! tests/fixtures/multilingual (English, with German in content.de/ and exercises.de/, one German
//! lesson missing) builds every language at its paths, each page links its language versions
//! (`hreflang`, resolving to files that exist) and a switcher that keeps the lesson, an untranslated
//! lesson is a warning and links to the English page, files only a translation has are errors
//! with a suggestion, and both languages share the course id and exercise ids (answers carry over).

mod common;

use std::path::PathBuf;

use common::*;

/// The multilingual fixture, copied into a temp folder (tests change it).
fn fixture() -> Fixture {
    let f = Fixture::empty();
    copy_dir(&repo_root().join("tests/fixtures/multilingual"), f.root());
    f
}

/// Where `href` on the page at `page` (a path in the output) leads, as a path in the output.
fn resolve(page: &str, href: &str) -> String {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for seg in href.split('#').next().unwrap().split('/') {
        match seg {
            ".." => {
                assert!(parts.pop().is_some(), "{href} on {page} leaves the site");
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

fn built() -> (Fixture, Run) {
    let f = fixture();
    let run = f.build_ok();
    (f, run)
}

/// (hreflang, href) of every `<link rel="alternate">` of a page.
fn alternates(doc: &Html) -> Vec<(String, String)> {
    select(doc, "link[rel=alternate][hreflang]")
        .into_iter()
        .map(|l| (attr(l, "hreflang").unwrap().to_string(), attr(l, "href").unwrap().to_string()))
        .collect()
}

/// The switcher's link to `lang` on a page.
fn switch_to(doc: &Html, lang: &str) -> String {
    let link = one(doc, &format!("nav[data-sonder-languages] a[hreflang=\"{lang}\"]"));
    attr(link, "href").unwrap().to_string()
}

#[test]
fn every_language_is_built_at_its_paths_with_its_language_and_stemmer() {
    let (f, _) = built();
    for page in ["", "de/"].iter().flat_map(|prefix| {
        [
            "index.html",
            "404.html",
            "journal.html",
            "print.html",
            "about.html",
            "01-listening/index.html",
            "01-listening/01-attention.html",
            "02-practice/01-week.html",
            "handouts/01-listening.html",
            "facilitator/01-listening.html",
            "facilitator/index.html",
            "assets/sonder.js",
            "assets/search/index.js",
        ]
        .map(|p| format!("{prefix}{p}"))
    }) {
        assert!(f.out_file(&page).is_file(), "{page} is missing");
    }
    let de = f.page("de/01-listening/01-attention.html");
    assert_eq!(attr(one(&de, "html"), "lang"), Some("de"));
    assert_eq!(text(one(&de, "h1")), "Volle Aufmerksamkeit");
    assert_eq!(text(one(&de, ".site-title")), "Zuhörwerkstatt");
    assert_eq!(attr(one(&f.page("01-listening/01-attention.html"), "html"), "lang"), Some("en"));
    assert_eq!(attr(one(&f.page("de/journal.html"), "html"), "lang"), Some("de"));
    assert_eq!(attr(one(&f.page("de/handouts/01-listening.html"), "html"), "lang"), Some("de"));
    // Each language's search index has its own pages and stems words in its own language.
    let index = std::fs::read_to_string(f.out_file("de/assets/search/index.js")).unwrap();
    assert!(index.contains("\"lang\":\"de\"") && index.contains("Volle Aufmerksamkeit"), "{}", &index[..200]);
    let index = std::fs::read_to_string(f.out_file("assets/search/index.js")).unwrap();
    assert!(index.contains("\"lang\":\"en\"") && index.contains("Full attention"));
}

#[test]
fn hreflang_links_name_every_version_and_resolve_to_existing_files() {
    let (f, _) = built();
    let out = f.out();
    let mut checked = 0;
    for page in html_files_under(&out) {
        let doc = parse_file(&out.join(&page));
        if !select(&doc, "meta[http-equiv=refresh]").is_empty() {
            continue; // the stand-in at an untranslated lesson's address
        }
        let alts = alternates(&doc);
        for (lang, href) in &alts {
            let target = resolve(&page, href);
            assert!(out.join(&target).is_file(), "{page}: hreflang {lang} -> {href} ({target}) does not exist");
        }
        let langs: Vec<&str> = alts.iter().map(|(l, _)| l.as_str()).collect();
        let untranslated = page.ends_with("03-silence.html");
        let expected: &[&str] = if untranslated { &["en", "x-default"] } else { &["en", "de", "x-default"] };
        assert_eq!(langs, expected, "{page}");
        // Each version lists itself under its own language.
        let own = if page.starts_with("de/") { "de" } else { "en" };
        let self_href = &alts.iter().find(|(l, _)| l == own).unwrap().1;
        assert_eq!(resolve(&page, self_href), page, "{page}");
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} pages checked");
}

#[test]
fn the_switcher_keeps_the_learner_on_the_same_page() {
    let (f, _) = built();
    for (page, de, en) in [
        ("01-listening/01-attention.html", "de/01-listening/01-attention.html", "01-listening/01-attention.html"),
        ("de/02-practice/01-week.html", "de/02-practice/01-week.html", "02-practice/01-week.html"),
        ("journal.html", "de/journal.html", "journal.html"),
        ("de/index.html", "de/index.html", "index.html"),
        ("01-listening/index.html", "de/01-listening/index.html", "01-listening/index.html"),
        ("de/handouts/01-listening.html", "de/handouts/01-listening.html", "handouts/01-listening.html"),
    ] {
        let doc = f.page(page);
        assert_eq!(resolve(page, &switch_to(&doc, "de")), de, "{page}");
        assert_eq!(resolve(page, &switch_to(&doc, "en")), en, "{page}");
        let current = one(&doc, "nav[data-sonder-languages] a[aria-current=true]");
        assert_eq!(attr(current, "hreflang"), Some(if page.starts_with("de/") { "de" } else { "en" }));
        // The languages are named in themselves.
        let names: Vec<String> = select(&doc, "nav[data-sonder-languages] a").into_iter().map(text).collect();
        assert_eq!(names, ["English", "Deutsch"]);
    }
    // A lesson German lacks: its German entry leads to the German module page.
    let doc = f.page("01-listening/03-silence.html");
    assert_eq!(resolve("01-listening/03-silence.html", &switch_to(&doc, "de")), "de/01-listening/index.html");
}

#[test]
fn an_untranslated_lesson_is_a_warning_and_links_to_the_default_language_page() {
    let f = fixture();
    let run = f.check(&[]);
    run.ok().has_warning("content.de/01-listening/03-silence.md is missing", "content.de/01-listening/03-silence.md");
    assert_eq!(run.warning_count(), 1, "{}", run.stderr);
    f.build_ok();
    // The German site's links to it (module navigation, "next", module page) lead to the English page.
    let page = "de/01-listening/02-questions.html";
    let doc = f.page(page);
    let next = one(&doc, "a[rel=next]");
    assert_eq!(resolve(page, attr(next, "href").unwrap()), "01-listening/03-silence.html");
    // ... marked as English, so screen readers read its English title as English.
    assert_eq!(attr(next, "hreflang"), Some("en"));
    assert_eq!(text(one(&doc, "a[rel=next] span[lang=en]")), "Room for silence");
    let nav = one(&doc, "a[data-sonder-lesson-link=\"01-listening/03-silence\"]");
    assert_eq!((attr(nav, "hreflang"), attr(nav, "lang")), (Some("en"), Some("en")));
    assert!(attr(one(&doc, "a[data-sonder-lesson-link=\"01-listening/01-attention\"]"), "lang").is_none());
    let page = "de/01-listening/index.html";
    let hrefs: Vec<String> = select(&f.page(page), "main a[href]").into_iter().map(|a| resolve(page, attr(a, "href").unwrap())).collect();
    assert!(hrefs.contains(&"01-listening/03-silence.html".to_string()), "{hrefs:?}");
    assert!(!hrefs.contains(&"de/01-listening/03-silence.html".to_string()), "{hrefs:?}");
    // Its German address (search results, bookmarks) forwards to the English page.
    let page = "de/01-listening/03-silence.html";
    let doc = f.page(page);
    let refresh = attr(one(&doc, "meta[http-equiv=refresh]"), "content").unwrap().to_string();
    let url = refresh.split_once("url=").unwrap().1;
    assert_eq!(resolve(page, url), "01-listening/03-silence.html");
    assert!(text(one(&doc, "main")).starts_with("Diese Lektion gibt es noch nicht auf Deutsch"));
    // The German search index has no page of its own for it, but still finds it.
    assert!(std::fs::read_to_string(f.out_file("de/assets/search/index.js")).unwrap().contains("Room for silence"));
}

#[test]
fn files_only_a_translation_has_are_errors_with_the_closest_default_name() {
    let f = fixture();
    f.write("content.de/01-listening/03-silense.md", "+++\ntitle = \"Stille\"\n+++\nText.\n");
    f.write("content.de/01-listenin/_index.md", "+++\ntitle = \"X\"\n+++\n");
    f.write("exercises.de/listening-note.toml", "title = \"X\"\nkind = \"reflection\"\nprompt = \"P\"\n");
    let run = f.check(&[]);
    run.failed();
    run.has_error(
        "content.de/01-listening/03-silense.md has no counterpart in content/01-listening/",
        "content.de/01-listening/03-silense.md",
    );
    run.has_error("content.de/01-listenin has no counterpart in content/", "content.de/01-listenin");
    run.has_error("exercises.de/listening-note.toml has no counterpart in exercises/", "exercises.de/listening-note.toml:1:1");
    let hints: Vec<String> = run.diagnostics().into_iter().filter(|d| d.severity == "error").filter_map(|d| d.hint).collect();
    for near in ["did you mean `03-silence.md`?", "did you mean `01-listening`?", "did you mean `listening-notes`?"] {
        assert!(hints.iter().any(|h| h.starts_with(near)), "no hint {near} in {hints:?}");
    }
    // The previous output stays when the build fails.
    assert!(!f.build(&[]).stderr.is_empty());
    assert!(!f.out().exists());
}

#[test]
fn both_languages_share_the_course_id_and_exercise_fields_so_answers_carry_over() {
    let (f, _) = built();
    let ids = |page: &str| {
        let doc = f.page(page);
        let course = attr(one(&doc, "html"), "data-sonder-course").unwrap().to_string();
        let exercise = attr(one(&doc, "[data-sonder-exercise]"), "data-sonder-exercise").unwrap().to_string();
        let mut fields: Vec<String> =
            select(&doc, "[data-sonder-field]").into_iter().map(|e| attr(e, "data-sonder-field").unwrap().to_string()).collect();
        fields.sort();
        let prompt = text(one(&doc, "[data-sonder-exercise]"));
        (course, exercise, fields, prompt)
    };
    let en = ids("01-listening/01-attention.html");
    let de = ids("de/01-listening/01-attention.html");
    assert_eq!((&en.0, &en.1, &en.2), (&de.0, &de.1, &de.2));
    assert_eq!(en.0, "listening-lab");
    assert_eq!(en.2, ["copy", "who"]);
    // ... while the exercise itself is translated.
    assert!(de.3.contains("Denk an das letzte Gespräch") && !de.3.contains("Think of"), "{}", de.3);

    // A translated exercise whose answers would not carry over is an error.
    let f = fixture();
    let german = f.read("exercises.de/listening-notes.toml").replace("id = \"copy\"", "id = \"kopieren\"");
    f.write("exercises.de/listening-notes.toml", &german);
    f.check(&[]).failed().has_error("exercise `listening-notes` does not take the same answers", "exercises.de/listening-notes.toml:1:1");
}

#[test]
fn languages_table_errors_point_into_course_toml() {
    let f = fixture();
    let toml = f.read("course.toml");
    f.write("course.toml", &toml.replace("title = \"Zuhörwerkstatt\"", "titel = \"Zuhörwerkstatt\""));
    let run = f.check(&[]);
    run.failed().has_error("unknown field `titel`", "course.toml:9:1");
    assert!(run.diagnostics()[0].hint.as_deref().unwrap_or("").starts_with("did you mean `title`?"), "{}", run.stderr);

    f.write("course.toml", &toml.replace("[languages.de]", "[languages.en]"));
    f.check(&[]).failed().has_error("`en` is the course's default language already", "course.toml:8:12");

    f.write("course.toml", &toml.replace("[languages.de]", "[languages.fr]"));
    f.check(&[]).failed().has_error("there is no content.fr/ folder", "content.fr");

    f.write("course.toml", &toml.replace("[languages.de]", "[languages.\"01-listening\"]"));
    f.check(&[]).failed().has_error("not a BCP 47 language tag", "course.toml:8:12");
}

#[test]
fn a_course_in_one_language_has_no_switcher_and_no_alternates() {
    let f = Fixture::new();
    f.build_ok();
    let doc = f.page("01-start/01-first.html");
    assert!(select(&doc, "nav[data-sonder-languages]").is_empty());
    assert!(alternates(&doc).is_empty());
    let _: PathBuf = f.out();
}

#[test]
fn serve_builds_every_language_and_rebuilds_them_when_a_translation_changes() {
    use sonder::render::RenderOptions;
    use sonder::serve::builder::{self, Builder, Plan};
    use std::time::Instant;
    let f = fixture();
    let root = f.root().to_path_buf();
    let opts = RenderOptions { minify: false, live_reload_script: None, versions: None };
    let mut b = Builder::new(root.clone(), opts.clone());
    let r = builder::full_build(&root, &opts, &mut Vec::new());
    assert!(b.install(r, "start".into(), Vec::new(), Instant::now()).result.is_ok());
    assert!(b.contains("de/01-listening/01-attention.html") && b.contains("de/assets/search/index.js"));
    let lesson = root.join("content.de/01-listening/01-attention.md");
    std::fs::write(&lesson, f.read("content.de/01-listening/01-attention.md").replace("Volle Aufmerksamkeit", "Ganz da sein")).unwrap();
    // An edit of the default tree or of a translation rebuilds every language.
    for changed in [lesson, root.join("content/01-listening/03-silence.md")] {
        match b.plan(std::slice::from_ref(&changed), false) {
            Plan::Full(why) => assert!(why.contains("2 languages"), "{why}"),
            _ => panic!("{}: expected a full build", changed.display()),
        }
    }
    let r = builder::full_build(&root, &opts, &mut Vec::new());
    assert!(b.install(r, "edit".into(), Vec::new(), Instant::now()).result.is_ok());
    let page = String::from_utf8(b.get("de/01-listening/01-attention.html").unwrap().unwrap().to_vec()).unwrap();
    assert!(page.contains("Ganz da sein"));
}

#[test]
fn a_scorm_package_holds_every_language() {
    let f = fixture();
    let zip_path = f.path("course.zip");
    f.run("package", &["--scorm", "1.2", "--out", zip_path.to_str().unwrap()]).ok();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    let names: Vec<String> = zip.file_names().map(str::to_string).collect();
    for name in ["index.html", "de/index.html", "de/01-listening/01-attention.html", "de/assets/sonder.js"] {
        assert!(names.iter().any(|n| n == name), "{name} is not in the package");
    }
    let mut manifest = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("imsmanifest.xml").unwrap(), &mut manifest).unwrap();
    assert!(manifest.contains("href=\"de/01-listening/01-attention.html\""));
}

#[test]
fn an_untranslated_exercise_is_a_warning_and_shown_in_the_default_language() {
    let f = fixture();
    f.remove("exercises.de/listening-notes.toml");
    f.check(&[]).ok().has_warning("exercises.de/listening-notes.toml is missing", "exercises.de/listening-notes.toml");
    f.build_ok();
    let doc = f.page("de/01-listening/01-attention.html");
    assert!(text(one(&doc, "[data-sonder-exercise=listening-notes]")).contains("Think of the last conversation"));
}

#[test]
fn check_reports_problems_of_a_translation_at_its_own_file_and_line() {
    let f = fixture();
    let lesson = f.read("content.de/01-listening/02-questions.md");
    f.write(
        "content.de/01-listening/02-questions.md",
        &lesson.replace("## Mit Was und Wie beginnen\n", "## Mit Was und Wie beginnen\n\nSiehe [weiter](03-stile.md).\n"),
    );
    f.write("content.de/02-practice/01-week.md", "+++\ntitle = \"Eine Woche\"\nduration = \"zehn\"\n+++\nText.\n");
    let run = f.check(&[]);
    run.failed();
    // Line 10 of the German file, where the link is, named in the German tree; the English tree is fine.
    run.has_error("03-stile.md", "content.de/01-listening/02-questions.md:10:7");
    assert!(run.stderr.contains("content.de/01-listening/03-stile.md does not exist"), "{}", run.stderr);
    run.has_error("invalid type", "content.de/02-practice/01-week.md:3:12");
    assert!(run.diagnostics().iter().all(|d| !d.location.as_deref().unwrap_or("").starts_with("content/")), "{}", run.stderr);
}

#[test]
fn pdf_prints_a_translation_into_its_own_folder_for_its_hub() {
    let Some(_) = ["chromium", "chromium-browser", "google-chrome"].iter().find_map(|n| on_path(n)) else {
        skip("Chromium not found", "install the Debian package chromium");
        return;
    };
    let f = fixture();
    f.run("pdf", &["--language", "de", "--module", "1"]).ok();
    let pdf = f.path("pdf.de/01-listening-handout.pdf");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    assert!(!f.path("pdf").exists());
    f.build_ok();
    assert!(f.out_file("de/facilitator/pdf/01-listening-handout.pdf").is_file());
    assert!(!f.out_file("facilitator/pdf/01-listening-handout.pdf").exists());
    // An unknown language names the course's languages.
    let run = f.run("pdf", &["--language", "fr"]);
    run.failed();
    assert!(run.stderr.contains("error: the course has no language `fr`") && run.stderr.contains("en, de"), "{}", run.stderr);
}

#[test]
fn serve_answers_a_missing_page_with_the_404_page_of_its_language() {
    use std::io::{BufRead, Read, Write};
    let f = fixture();
    let mut child = std::process::Command::new(BIN)
        .args(["serve", "--port", "0", "--root"])
        .arg(f.root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start sonder serve");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let addr = line.trim().strip_prefix("Serving at http://").unwrap_or_else(|| panic!("{line}")).trim_end_matches('/').to_string();
    let get = |path: &str| {
        let mut s = std::net::TcpStream::connect(&addr).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
        let mut text = String::new();
        s.read_to_string(&mut text).unwrap();
        text
    };
    let german = get("/de/01-listening/gone.html");
    let english = get("/01-listening/gone.html");
    let served = get("/de/01-listening/01-attention.html");
    let _ = child.kill();
    let _ = child.wait();
    assert!(german.starts_with("HTTP/1.1 404") && german.contains("<html lang=\"de\""), "{german}");
    assert!(english.starts_with("HTTP/1.1 404") && english.contains("<html lang=\"en\""), "{english}");
    assert!(served.starts_with("HTTP/1.1 200") && served.contains("Volle Aufmerksamkeit"));
}

#[test]
fn a_translation_tree_course_toml_does_not_list_is_a_warning() {
    let f = fixture();
    f.write("content.fr/_index.md", "+++\ntitle = \"Atelier d'écoute\"\n+++\n");
    f.check(&[]).ok().has_warning("content.fr/ is not built: `fr` is not a language of the course", "content.fr");
    // A course in one language is told too.
    let g = Fixture::new();
    g.write("exercises.de/first-reflection.toml", "title = \"T\"\nkind = \"reflection\"\nprompt = \"P\"\n");
    g.check(&[]).ok().has_warning("exercises.de/ is not built", "exercises.de");
}
