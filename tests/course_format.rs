//! docs/course-format.md, rule by rule: the rules of the course format that no other test file
//! pins (the others are in build_errors.rs, build_site.rs, exercises.rs, facilitator.rs,
//! hostile_input.rs, multilingual.rs, i18n.rs, search_index.rs, output_safety.rs and package.rs).
//! Each test builds a small course (tests/common) and asserts what the contract promises: the
//! pages written, or each problem's severity, message and file:line:col.

mod common;

use common::*;

// ---------------------------------------------------------------- course.toml

/// `[course] description` is the site's meta description and the home page's introduction line;
/// `author` is in every page's footer and at the top of print.html.
#[test]
fn course_description_and_author_are_shown() {
    let f = Fixture::new();
    f.write("course.toml", &format!("{COURSE_TOML}description = \"Trust, one habit at a time.\"\nauthor = \"Ada Example\"\n"));
    f.build_ok();
    for page in ["index.html", "01-start/index.html", "01-start/01-first.html", "journal.html"] {
        let doc = f.page(page);
        assert_eq!(attr(one(&doc, "meta[name=description]"), "content"), Some("Trust, one habit at a time."), "{page}");
        assert!(text(one(&doc, "footer .footer-note")).ends_with("· Ada Example"), "{page}: {}", text(one(&doc, "footer .footer-note")));
    }
    assert_eq!(text(one(&f.page("index.html"), ".hero .lede")), "Trust, one habit at a time.");
    assert!(text(select(&f.page("print.html"), "main .eyebrow")[0]).contains("Ada Example"));
    // Without them, none of it.
    let f = Fixture::new();
    f.build_ok();
    let home = f.page("index.html");
    assert!(select(&home, "meta[name=description]").is_empty() && select(&home, ".hero .lede").is_empty());
    assert_eq!(text(one(&home, "footer .footer-note")).matches('·').count(), 0);
}

/// `[build] facilitator_links = true` links each module's facilitator guide from its module page
/// (the learners' side); by default only the facilitator hub links them.
#[test]
fn facilitator_links_link_each_guide_from_its_module_page() {
    let f = Fixture::new();
    f.write(
        "content/01-start/_index.md",
        "+++\ntitle = \"Getting started\"\nweight = 1\n\n[facilitator]\nduration = 30\ngoal = \"Start.\"\n+++\nThe first module.\n",
    );
    f.write("content/02-more/_index.md", "+++\ntitle = \"More\"\nweight = 2\n+++\n");
    f.write("content/02-more/01-x.md", "+++\ntitle = \"X\"\n+++\nText.\n");
    let guide_links = |f: &Fixture, module: &str| -> Vec<String> {
        let doc = f.page(&format!("{module}/index.html"));
        select(&doc, "main a")
            .into_iter()
            .filter_map(|a| attr(a, "href"))
            .filter(|h| h.contains("facilitator/"))
            .map(String::from)
            .collect()
    };
    f.build_ok();
    assert!(guide_links(&f, "01-start").is_empty(), "off by default");
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\nfacilitator_links = true\n"));
    f.build_ok();
    assert_eq!(guide_links(&f, "01-start"), ["../facilitator/01-start.html"]);
    assert!(f.out_file("facilitator/01-start.html").is_file());
    assert!(guide_links(&f, "02-more").is_empty(), "a module without [facilitator] notes has no guide to link");
}

/// `[build] theme` names a folder under themes/ ("default" is built in): a theme that is not there
/// is an error at the value in course.toml.
#[test]
fn an_unknown_theme_is_reported_at_its_name() {
    let f = Fixture::new();
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\ntheme = \"fancy\"\n"));
    f.check(&[]).failed().has_error("theme `fancy` not found", "course.toml:7:9");
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\ntheme = \"../elsewhere\"\n"));
    f.check(&[]).failed().has_error("`../elsewhere` is not a theme name", "course.toml:7:9");
    // "default" needs no folder; a folder of that name replaces the built-in theme's files.
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\ntheme = \"default\"\n"));
    f.write("themes/default/static/course.css", "/* mine */");
    f.build_ok();
    assert_eq!(std::fs::read_to_string(f.out_file("assets/course.css")).unwrap(), "/* mine */");
    assert!(f.out_file("assets/style.css").is_file(), "what the folder lacks comes from the built-in theme");
}

// ---------------------------------------------------------------- front matter

/// content/_index.md's `title` and `description` replace the course's on the home page.
#[test]
fn home_front_matter_sets_the_home_title_and_introduction() {
    let f = Fixture::new();
    f.write("course.toml", &format!("{COURSE_TOML}description = \"The course's own line.\"\n"));
    f.write("content/_index.md", "+++\ntitle = \"Welcome aboard\"\ndescription = \"Start here, at your pace.\"\n+++\nHello.\n");
    f.build_ok();
    let home = f.page("index.html");
    assert_eq!(text(one(&home, "h1")), "Welcome aboard");
    assert_eq!(text(one(&home, ".hero .lede")), "Start here, at your pace.");
    // Without front matter: the course's title and description.
    f.write("content/_index.md", "Hello.\n");
    f.build_ok();
    let home = f.page("index.html");
    assert_eq!(text(one(&home, "h1")), "Test course");
    assert_eq!(text(one(&home, ".hero .lede")), "The course's own line.");
    // Unknown keys are errors there too.
    f.write("content/_index.md", "+++\ntitle = \"Welcome\"\nweight = 1\n+++\n");
    f.check(&[]).failed().has_error("unknown field `weight`", "content/_index.md:3:1");
}

/// A title that is there but empty is no title, for standalone pages and the home page as for
/// lessons and modules.
#[test]
fn empty_titles_are_errors() {
    let f = Fixture::new();
    f.write("content/about.md", "+++\ntitle = \" \"\n+++\nAbout.\n");
    f.check(&[]).failed().has_error("this page has no `title`", "content/about.md:1:1");
    f.write("content/about.md", "About, without front matter.\n");
    f.check(&[]).failed().has_error("this page has no `title`", "content/about.md:1:1");
    let f = Fixture::new();
    f.write("content/_index.md", "+++\ntitle = \"\"\n+++\nWelcome.\n");
    f.check(&[]).failed().has_error("the home page's `title` is empty", "content/_index.md:1:1");
    let f = Fixture::new();
    f.write("content/01-start/_index.md", "+++\ntitle = \"\"\n+++\n");
    f.check(&[]).failed().has_error("this module has no `title`", "content/01-start/_index.md:1:1");
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"  \"\n+++\n");
    f.check(&[]).failed().has_error("this lesson has no `title`", "content/01-start/02-second.md:1:1");
}

/// The agenda's minutes should add up to `duration`: a warning at the module's front matter.
#[test]
fn an_agenda_that_does_not_add_up_to_the_duration_is_a_warning() {
    let module = |duration: u32| {
        format!(
            "+++\ntitle = \"Getting started\"\nweight = 1\n\n[facilitator]\nduration = {duration}\n\n[[facilitator.agenda]]\nminutes = 10\nactivity = \"Check-in\"\n\n[[facilitator.agenda]]\nminutes = 20\nactivity = \"Pairs\"\n+++\n"
        )
    };
    let f = Fixture::new();
    f.write("content/01-start/_index.md", &module(45));
    let r = f.build(&["--no-minify"]);
    r.ok().has_warning("the facilitator agenda adds up to 30 minutes, but duration is 45", "content/01-start/_index.md:1:1");
    f.write("content/01-start/_index.md", &module(30));
    let r = f.check(&[]);
    r.ok();
    assert_eq!(r.warning_count(), 0, "{}", r.stderr);
}

/// `takeaway` is shown at the end of the lesson and in its handout; `key_points` are in the handout.
#[test]
fn takeaway_and_key_points_reach_the_lesson_and_its_handout() {
    let f = Fixture::new();
    f.write(
        "content/01-start/02-second.md",
        "+++\ntitle = \"Second lesson\"\nweight = 2\ntakeaway = \"Ask before you advise.\"\nkey_points = [\"Listen first\", \"Ask one question\"]\n+++\n\nMore text.\n",
    );
    f.build_ok();
    let lesson = f.page("01-start/02-second.html");
    let aside = one(&lesson, "article aside.takeaway");
    assert!(text(aside).contains("Ask before you advise."), "{}", text(aside));
    // After the body.
    let html = lesson.html();
    assert!(html.find("More text.").unwrap() < html.find("Ask before you advise.").unwrap());
    let handout = f.page("handouts/01-start.html");
    let takeaways: Vec<String> = select(&handout, ".takeaway-line").into_iter().map(text).collect();
    assert_eq!(takeaways.len(), 1, "{takeaways:?}");
    assert!(takeaways[0].contains("Ask before you advise."));
    let points: Vec<String> = select(&handout, "ul.key-points li").into_iter().map(text).collect();
    assert_eq!(points, ["Listen first", "Ask one question"]);
}

// ---------------------------------------------------------------- files, folders and names

/// Markdown below a module folder is not a lesson: a warning naming it, and no page.
#[test]
fn markdown_below_a_module_folder_is_ignored_with_a_warning() {
    let f = Fixture::new();
    f.write("content/01-start/drafts/03-later.md", "+++\ntitle = \"Later\"\n+++\nSoon.\n");
    let r = f.build(&["--no-minify"]);
    r.ok().has_warning("content/01-start/drafts/03-later.md is ignored", "content/01-start/drafts/03-later.md");
    assert!(!f.out_file("01-start/drafts/03-later.html").exists() && !f.out_file("01-start/drafts/03-later.md").exists());
}

/// Hidden files and editors' leftovers are not part of the course, in content/, exercises/ and
/// static/: not read (so not reported), not published.
#[test]
fn hidden_and_editor_files_are_left_out() {
    let f = Fixture::new();
    let broken = "+++\ntitle = \n";
    for name in [".03-draft.md", "02-second.md~", "02-second.md.swp", "#02-second.md#", "notes.tmp"] {
        f.write(&format!("content/01-start/{name}"), broken);
    }
    f.write("exercises/.first-reflection.toml", "not toml");
    f.write("exercises/first-reflection.toml~", "not toml");
    f.write("static/.env", "SECRET=1");
    f.write("static/img/.DS_Store", "x");
    f.write("static/img/a.png", "png");
    let r = f.build(&["--no-minify"]);
    r.ok();
    assert_eq!(r.warning_count(), 0, "{}", r.stderr);
    let published = files_under(&f.out());
    assert!(published.iter().any(|p| p == "img/a.png"), "{published:?}");
    let leaked: Vec<&String> = published
        .iter()
        .filter(|p| {
            p.contains("draft")
                || p.contains('~')
                || p.contains(".swp")
                || p.contains(".env")
                || p.contains("DS_Store")
                || p.contains(".tmp")
                || p.contains('#')
        })
        .collect();
    assert!(leaked.is_empty(), "{leaked:?}");
}

/// The names sonder writes at the site's root may not be pages (nor module folders:
/// build_errors.rs), whatever their case.
#[test]
fn reserved_names_cannot_be_pages() {
    for name in ["index", "404", "journal", "print", "assets", "handouts", "facilitator", "_sonder"] {
        let f = Fixture::new();
        f.write(&format!("content/{name}.md"), "+++\ntitle = \"T\"\n+++\n");
        let r = f.check(&[]);
        r.failed();
        assert!(
            r.diagnostics().iter().any(|d| d.message.contains(&format!("`{name}.md` cannot be a page name"))
                && d.location.as_deref() == Some(&*format!("content/{name}.md"))),
            "{name}: {}",
            r.stderr
        );
    }
    // Names that are not URL-safe either.
    let f = Fixture::new();
    f.write("content/about us.md", "+++\ntitle = \"T\"\n+++\n");
    f.check(&[]).failed().has_error("`about us.md` cannot be a page name", "content/about us.md");
}

/// An exercise in a sub-folder of exercises/ has its file stem as id.
#[test]
fn exercises_in_sub_folders_are_named_by_their_file_stem() {
    let f = Fixture::new();
    f.write("exercises/week-1/check-in.toml", "title = \"Check in\"\nkind = \"journal\"\nprompt = \"How was it?\"\n");
    // Files that are not .toml are no exercises.
    f.write("exercises/README.md", "Notes for authors, not TOML.");
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second lesson\"\nweight = 2\nexercises = [\"check-in\"]\n+++\n\nText.\n");
    f.build_ok();
    let doc = f.page("01-start/02-second.html");
    assert_eq!(attr(one(&doc, "[data-sonder-exercise]"), "data-sonder-exercise"), Some("check-in"));
    // Naming it by its path is not its id.
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second lesson\"\nweight = 2\nexercises = [\"week-1/check-in\"]\n+++\n");
    f.check(&[]).failed().has_error("names an unknown exercise `week-1/check-in`", "content/01-start/02-second.md:4:14");
}

// ---------------------------------------------------------------- links

/// A link may lead into content/ and static/ only; one that leaves the course folder or points
/// into another part of it is an error at the link. An absolute link is a warning.
#[test]
fn links_outside_content_and_static_are_reported_at_the_link() {
    let f = Fixture::new();
    f.write(
        "content/01-start/02-second.md",
        "+++\ntitle = \"Second lesson\"\nweight = 2\n+++\n\nSee [the quiz](../../exercises/first-reflection.toml).\n\n![Up](../../../secret.png)\n\nAnd [the site root](/img/a.png).\n",
    );
    let r = f.check(&[]);
    r.failed()
        .has_error("link `../../exercises/first-reflection.toml` points outside the course", "content/01-start/02-second.md:6:5")
        .has_error("link `../../../secret.png` points outside the course", "content/01-start/02-second.md:8:1")
        .has_warning("absolute link `/img/a.png`", "content/01-start/02-second.md:10:5");
    assert_eq!(r.error_count(), 2, "{}", r.stderr);
}

/// A link from a top-level page into static/ climbs one folder, from a lesson two; the published
/// path written directly works too.
#[test]
fn static_files_are_linked_from_pages_and_by_their_published_path() {
    let f = Fixture::new();
    f.write("static/img/team.png", "png");
    f.write("content/about.md", "+++\ntitle = \"About\"\n+++\n![A team](../static/img/team.png)\n");
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second lesson\"\nweight = 2\n+++\n\n![A team](../img/team.png)\n");
    f.build_ok();
    assert_eq!(attr(one(&f.page("about.html"), "main img"), "src"), Some("img/team.png"));
    assert_eq!(attr(one(&f.page("01-start/02-second.html"), "article img"), "src"), Some("../img/team.png"));
    assert!(f.out_file("img/team.png").is_file());
    // A file that does not exist is named with the closest one there is.
    f.write("content/about.md", "+++\ntitle = \"About\"\n+++\n![A team](../static/img/teem.png)\n");
    let r = f.check(&[]);
    r.failed().has_error("link to a missing file `../static/img/teem.png`", "content/about.md:4:1");
    let d = r.diagnostics().into_iter().find(|d| d.message.contains("teem.png")).unwrap();
    assert!(d.hint.as_deref().is_some_and(|h| h.contains("static/img/team.png")), "{}", d.text);
}

// ---------------------------------------------------------------- languages

/// Each extra language's site is written to the folder of its tag: a module folder or a top-level
/// folder of static/ of that name is an error at the table's name. A page of that name is not
/// (it is written as `<name>.html`, beside the folder).
#[test]
fn a_language_tag_may_not_name_a_folder_the_site_has() {
    let translated = |f: &Fixture| {
        f.write("course.toml", &format!("{COURSE_TOML}\n[languages.de]\n"));
        f.write("content.de/_index.md", "+++\ntitle = \"Willkommen\"\n+++\n");
        f.write("content.de/01-start/_index.md", "+++\ntitle = \"Los geht's\"\nweight = 1\n+++\n");
    };
    let f = Fixture::new();
    translated(&f);
    f.write("content/de/_index.md", "+++\ntitle = \"Germany\"\nweight = 2\n+++\n");
    f.write("content/de/01-x.md", "+++\ntitle = \"X\"\n+++\n");
    f.check(&[]).failed().has_error("the site in `de` would be written to the folder de/", "course.toml:6:12");
    let f = Fixture::new();
    translated(&f);
    f.write("static/de/flag.png", "png");
    f.check(&[]).failed().has_error("the site in `de` would be written to the folder de/", "course.toml:6:12");
    let f = Fixture::new();
    translated(&f);
    f.write("content/de.md", "+++\ntitle = \"Deutschland\"\n+++\n");
    let r = f.check(&[]);
    assert_eq!(r.error_count(), 0, "{}", r.stderr);
}

// ---------------------------------------------------------------- exercises

/// An exercise id (its file name) is letters, digits, `-` and `_`, at most 64 characters.
#[test]
fn exercise_ids_are_at_most_64_characters() {
    let journal = "title = \"T\"\nkind = \"journal\"\nprompt = \"P\"\n";
    let f = Fixture::new();
    let longest = "a".repeat(64);
    f.write(&format!("exercises/{longest}.toml"), journal);
    f.write("content/01-start/02-second.md", &format!("+++\ntitle = \"Second\"\nweight = 2\nexercises = [\"{longest}\"]\n+++\n"));
    f.build_ok();
    let too_long = "a".repeat(65);
    f.write(&format!("exercises/{too_long}.toml"), journal);
    f.check(&[]).failed().has_error(&format!("`{too_long}` is not a valid exercise id"), &format!("exercises/{too_long}.toml"));
}

/// Items without `id` are saved under their position: `s1` for steps, `st1` for statements, `f1`
/// for fields (and `q1` for questions: exercises.rs), each with a warning at the item.
#[test]
fn items_without_ids_take_their_position_per_kind() {
    let f = Fixture::new();
    f.write("exercises/steps.toml", "title = \"T\"\nkind = \"practice\"\nprompt = \"P\"\n\n[[steps]]\ntext = \"Do it.\"\n");
    f.write(
        "exercises/scale.toml",
        "title = \"T\"\nkind = \"scale\"\nprompt = \"P\"\nscale = [\"No\", \"Yes\"]\n\n[[statements]]\ntext = \"I listen.\"\n",
    );
    f.write(
        "exercises/compose.toml",
        "title = \"T\"\nkind = \"compose\"\nprompt = \"P\"\ntemplate = \"Dear {f1}\"\n\n[[fields]]\nlabel = \"Who?\"\n",
    );
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nweight = 2\nexercises = [\"steps\", \"scale\", \"compose\"]\n+++\n");
    let r = f.build(&["--no-minify"]);
    r.ok()
        .has_warning("item 1 has no `id`; its answers are saved under its position (`s1`)", "exercises/steps.toml:5:1")
        .has_warning("(`st1`)", "exercises/scale.toml:6:1")
        .has_warning("(`f1`)", "exercises/compose.toml:6:1");
    let doc = f.page("01-start/02-second.html");
    for (exercise, field) in [("steps", "s1"), ("scale", "st1"), ("compose", "f1")] {
        let sel = format!("[data-sonder-exercise=\"{exercise}\"] [data-sonder-field=\"{field}\"]");
        assert!(!select(&doc, &sel).is_empty(), "{sel}");
    }
}

/// `answer`, `entry` and `notes` are the fields sonder adds to reflections, journals and
/// practices: questions may not take them, compose fields may.
#[test]
fn reserved_field_ids_are_free_for_compose_fields() {
    let f = Fixture::new();
    f.write(
        "exercises/compose.toml",
        "title = \"T\"\nkind = \"compose\"\nprompt = \"P\"\ntemplate = \"{notes} {answer}\"\n\n[[fields]]\nid = \"notes\"\nlabel = \"Notes\"\n\n[[fields]]\nid = \"answer\"\nlabel = \"Answer\"\n",
    );
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nweight = 2\nexercises = [\"compose\"]\n+++\n");
    f.build_ok();
    f.write("exercises/quiz.toml", "title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n\n[[questions]]\nid = \"notes\"\ntext = \"?\"\nchoices = [\"a\", \"b\"]\nanswer = 0\n");
    f.check(&[]).failed().has_error("`notes` is a reserved field name", "exercises/quiz.toml:6:6");
}

/// Question texts, labels, choices and explanations are plain text: Markdown and HTML in them are
/// shown as written.
#[test]
fn exercise_item_texts_are_plain_text() {
    let f = Fixture::new();
    f.write(
        "exercises/first-reflection.toml",
        "title = \"T\"\nkind = \"reflection\"\nprompt = \"A **bold** prompt.\"\n\n[[questions]]\nid = \"q1\"\ntext = \"Is **this** <em>bold</em>?\"\n",
    );
    f.build_ok();
    let doc = f.page("01-start/01-first.html");
    let ex = one(&doc, "[data-sonder-exercise=\"first-reflection\"]");
    assert_eq!(select_in(ex, "strong").into_iter().map(text).collect::<Vec<_>>(), ["bold"], "the prompt is Markdown");
    assert!(select_in(ex, "em").is_empty());
    assert!(text(ex).contains("Is **this** <em>bold</em>?"), "{}", text(ex));
}

// ---------------------------------------------------------------- order

/// `weight` is an integer, 0 when not given: negative weights come first, equal weights go by
/// file name; the same for modules.
#[test]
fn weights_default_to_zero_and_may_be_negative() {
    let f = Fixture::new();
    f.write("content/01-start/01-first.md", "+++\ntitle = \"First\"\nexercises = [\"first-reflection\"]\n+++\n");
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nweight = -1\n+++\n");
    f.write("content/01-start/00-zero.md", "+++\ntitle = \"Zero\"\n+++\n");
    f.write("content/00-intro/_index.md", "+++\ntitle = \"Intro\"\nweight = 1\n+++\n");
    f.write("content/00-intro/01-a.md", "+++\ntitle = \"A\"\n+++\n");
    f.build_ok();
    let home = f.page("index.html");
    let keys: Vec<&str> =
        select(&home, "main a[data-sonder-lesson-link]").into_iter().map(|a| attr(a, "data-sonder-lesson-link").unwrap()).collect();
    // 01-start has weight 1 too: the file name puts 00-intro first.
    assert_eq!(keys, ["00-intro/01-a", "01-start/02-second", "01-start/00-zero", "01-start/01-first"]);
}

// ---------------------------------------------------------------- a course in several languages

/// `Fixture::new()` with a complete German translation (`[languages.de]`).
fn translated_fixture() -> Fixture {
    let f = Fixture::new();
    f.write("course.toml", &format!("{COURSE_TOML}\n[languages.de]\ntitle = \"Testkurs\"\n"));
    f.write("content.de/_index.md", "+++\ntitle = \"Willkommen\"\n+++\nWillkommen im Kurs.\n");
    f.write("content.de/01-start/_index.md", "+++\ntitle = \"Los geht's\"\nweight = 1\n+++\nDas erste Modul.\n");
    f.write(
        "content.de/01-start/01-first.md",
        "+++\ntitle = \"Erste Lektion\"\nweight = 1\nexercises = [\"first-reflection\"]\n+++\n\n## Warum\n\nEtwas Text.\n",
    );
    f.write("content.de/01-start/02-second.md", "+++\ntitle = \"Zweite Lektion\"\nweight = 2\n+++\n\nMehr Text.\n");
    f.write(
        "exercises.de/first-reflection.toml",
        "title = \"Denk nach\"\nkind = \"reflection\"\nprompt = \"Was denkst du?\"\n\n[[questions]]\nid = \"q1\"\ntext = \"Was ist passiert?\"\n",
    );
    f
}

/// A translated exercise takes the same answers: the same kind, the same ids, as many quiz
/// choices and scale labels. Its texts may differ.
#[test]
fn a_translated_exercise_keeps_its_kind_ids_choices_and_labels() {
    let quiz = |choices: &str| {
        format!("title = \"Q\"\nkind = \"quiz\"\nprompt = \"P\"\n\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = [{choices}]\nanswer = 0\n")
    };
    let scale = |labels: &str| {
        format!("title = \"S\"\nkind = \"scale\"\nprompt = \"P\"\nscale = [{labels}]\n\n[[statements]]\nid = \"s\"\ntext = \"x\"\n")
    };
    let f = translated_fixture();
    f.write("exercises/quiz.toml", &quiz("\"Yes\", \"No\""));
    f.write("exercises/scale.toml", &scale("\"Never\", \"Often\""));
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nweight = 2\nexercises = [\"quiz\", \"scale\"]\n+++\n");
    f.write("exercises.de/quiz.toml", &quiz("\"Ja\", \"Nein\""));
    f.write("exercises.de/scale.toml", &scale("\"Nie\", \"Oft\""));
    let r = f.check(&[]);
    assert_eq!(r.error_count(), 0, "same shape, other words: {}", r.stderr);
    f.write("exercises.de/quiz.toml", &quiz("\"Ja\", \"Nein\", \"Vielleicht\""));
    f.write("exercises.de/scale.toml", &scale("\"Nie\", \"Manchmal\", \"Oft\""));
    let r = f.check(&[]);
    r.failed()
        .has_error("exercise `quiz` does not take the same answers as exercises/quiz.toml", "exercises.de/quiz.toml:1:1")
        .has_error("exercise `scale` does not take the same answers as exercises/scale.toml", "exercises.de/scale.toml:1:1");
    f.write("exercises.de/quiz.toml", &quiz("\"Ja\", \"Nein\""));
    f.write("exercises.de/scale.toml", "title = \"S\"\nkind = \"journal\"\nprompt = \"P\"\n");
    f.check(&[]).failed().has_error("exercise `scale` does not take the same answers", "exercises.de/scale.toml:1:1");
    // The same ids in another order are not the same answers either.
    let two = |a: &str, b: &str| {
        format!("title = \"R\"\nkind = \"reflection\"\nprompt = \"P\"\n\n[[questions]]\nid = \"{a}\"\ntext = \"?\"\n\n[[questions]]\nid = \"{b}\"\ntext = \"?\"\n")
    };
    f.write("exercises.de/scale.toml", &scale("\"Nie\", \"Oft\""));
    f.write("exercises/first-reflection.toml", &two("q1", "q2"));
    f.write("exercises.de/first-reflection.toml", &two("q1", "q2"));
    assert_eq!(f.check(&[]).error_count(), 0);
    f.write("exercises.de/first-reflection.toml", &two("q2", "q1"));
    f.check(&[]).failed().has_error("exercise `first-reflection` does not take the same answers", "exercises.de/first-reflection.toml:1:1");
}

/// Files beside lessons: the translation's replace the default's of the same name in its site,
/// the default's others are copied as they are.
#[test]
fn a_translation_replaces_files_beside_lessons_of_the_same_name() {
    let f = translated_fixture();
    f.write("content/01-start/diagram.png", "english diagram");
    f.write("content/01-start/photo.png", "photo");
    f.write("content.de/01-start/diagram.png", "german diagram");
    let r = f.build(&["--no-minify"]);
    r.ok();
    assert_eq!(r.warning_count(), 0, "{}", r.stderr);
    let read = |rel: &str| std::fs::read_to_string(f.out_file(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    assert_eq!(read("01-start/diagram.png"), "english diagram");
    assert_eq!(read("de/01-start/diagram.png"), "german diagram");
    assert_eq!(read("de/01-start/photo.png"), "photo");
    assert_eq!(text(one(&f.page("de/index.html"), "h1")), "Willkommen");
}

/// `[languages.<tag>]` `title`, `description` and `name`: the course's title and description in
/// that language, and its name in the language switcher.
#[test]
fn a_language_table_sets_title_description_and_switcher_name() {
    let f = translated_fixture();
    f.write(
        "course.toml",
        &format!("{COURSE_TOML}description = \"About tests.\"\n\n[languages.de]\ntitle = \"Testkurs\"\ndescription = \"Über Tests.\"\nname = \"Deutsch (DE)\"\n"),
    );
    f.build_ok();
    let de = f.page("de/01-start/01-first.html");
    assert!(text(one(&de, "title")).ends_with("Testkurs"), "{}", text(one(&de, "title")));
    assert_eq!(attr(one(&de, "meta[name=description]"), "content"), Some("Über Tests."));
    let names: Vec<String> = select(&de, "nav[data-sonder-languages] a").into_iter().map(text).collect();
    assert_eq!(names, ["English", "Deutsch (DE)"]);
    let en = f.page("01-start/01-first.html");
    assert!(text(one(&en, "title")).ends_with("Test course"));
    assert_eq!(attr(one(&en, "meta[name=description]"), "content"), Some("About tests."));
}

// ---------------------------------------------------------------- interface strings

/// A theme's `i18n/<lang>.ftl` changes single interface strings like the course's `i18n/`, and
/// the course's wins over the theme's.
#[test]
fn a_theme_and_the_course_change_single_interface_strings() {
    let f = Fixture::new();
    f.write("course.toml", &format!("{COURSE_TOML}\n[build]\ntheme = \"mine\"\n"));
    f.write("themes/mine/i18n/en.ftl", "start-course = Begin the theme's way\ncontinue-course = Carry on\n");
    let start = |f: &Fixture| text(one(&f.page("index.html"), "a[data-sonder-start]"));
    let resume = |f: &Fixture| text(one(&f.page("index.html"), "a[data-sonder-continue]"));
    let r = f.build(&["--no-minify"]);
    r.ok();
    assert_eq!(r.warning_count(), 0, "{}", r.stderr);
    assert_eq!((start(&f), resume(&f)), ("Begin the theme's way".to_string(), "Carry on".to_string()));
    f.write("i18n/en.ftl", "start-course = Begin the course's way\n");
    f.build_ok();
    assert_eq!((start(&f), resume(&f)), ("Begin the course's way".to_string(), "Carry on".to_string()));
}

/// A module's session time on the facilitator hub is its `duration`, or what its agenda adds up to
/// when it has none.
#[test]
fn session_time_is_the_duration_or_the_agenda() {
    let f = Fixture::new();
    f.write(
        "content/01-start/_index.md",
        "+++\ntitle = \"Getting started\"\nweight = 1\n\n[facilitator]\n\n[[facilitator.agenda]]\nminutes = 10\nactivity = \"A\"\n\n[[facilitator.agenda]]\nminutes = 25\nactivity = \"B\"\n+++\n",
    );
    f.write("content/02-more/_index.md", "+++\ntitle = \"More\"\nweight = 2\n\n[facilitator]\nduration = 45\n+++\n");
    f.write("content/02-more/01-x.md", "+++\ntitle = \"X\"\n+++\n");
    f.write("content/03-last/_index.md", "+++\ntitle = \"Last\"\nweight = 3\n+++\n");
    f.write("content/03-last/01-y.md", "+++\ntitle = \"Y\"\n+++\n");
    f.build_ok();
    let hub = f.page("facilitator/index.html");
    let minutes: Vec<&str> = select(&hub, "tr.hub-module").into_iter().map(|r| attr(r, "data-sonder-session-minutes").unwrap()).collect();
    assert_eq!(minutes, ["35", "45", ""]);
    assert_eq!(attr(one(&hub, "[data-sonder-total-minutes]"), "data-sonder-total-minutes"), Some("80"));
}

/// A file may start with a byte order mark; its front matter is still read.
#[test]
fn front_matter_after_a_byte_order_mark() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "\u{feff}+++\ntitle = \"Marked\"\nweight = 2\n+++\n\nText.\n");
    f.build_ok();
    assert_eq!(text(one(&f.page("01-start/02-second.html"), "h1")), "Marked");
}

/// Module folders and lessons are named with ASCII letters, digits, `-`, `_` and `.`: they become
/// addresses. Anything else is an error naming the file or folder.
#[test]
fn names_are_ascii_letters_digits_dashes_underscores_and_dots() {
    let f = Fixture::new();
    f.write("content/01-start/02.5_aside.md", "+++\ntitle = \"Aside\"\nweight = 3\n+++\n");
    f.build_ok();
    assert!(f.out_file("01-start/02.5_aside.html").is_file());
    f.write("content/01-start/03-übung.md", "+++\ntitle = \"Übung\"\nweight = 4\n+++\n");
    f.check(&[]).failed().has_error("`03-übung.md` cannot be a lesson file name", "content/01-start/03-übung.md");
    let f = Fixture::new();
    f.write("content/02 more/_index.md", "+++\ntitle = \"More\"\nweight = 2\n+++\n");
    f.write("content/02 more/01-x.md", "+++\ntitle = \"X\"\n+++\n");
    f.check(&[]).failed().has_error("`content/02 more` cannot be a module folder name", "content/02 more");
}

/// `description` is shown under the title of a lesson (and in its module's list of lessons and its
/// handout), of a module and of a standalone page; a lesson's `duration` is added up into its
/// module's length.
#[test]
fn descriptions_are_shown_under_titles() {
    let f = Fixture::new();
    f.write("content/01-start/_index.md", "+++\ntitle = \"Getting started\"\nweight = 1\ndescription = \"Module line.\"\n+++\n");
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nweight = 2\nduration = 5\ndescription = \"Lesson line.\"\n+++\n");
    f.write("content/about.md", "+++\ntitle = \"About\"\ndescription = \"Page line.\"\n+++\nAbout.\n");
    f.build_ok();
    assert_eq!(text(one(&f.page("01-start/02-second.html"), "main .lede")), "Lesson line.");
    assert_eq!(text(one(&f.page("about.html"), "main .lede")), "Page line.");
    let module = f.page("01-start/index.html");
    assert_eq!(text(one(&module, "main .lede")), "Module line.");
    assert!(text(one(&module, "main")).contains("Lesson line."));
    assert!(text(one(&f.page("handouts/01-start.html"), ".handout-description")).contains("Lesson line."));
    assert!(text(one(&f.page("index.html"), "main")).contains("15 min"), "10 + 5 minutes");
}

#[test]
fn each_page_describes_itself_to_search_engines_and_link_previews() {
    let f = Fixture::new();
    f.write("course.toml", &format!("{COURSE_TOML}description = \"Course line.\"\n"));
    f.write("content/_index.md", "+++\ndescription = \"Home line.\"\n+++\nWelcome.\n");
    f.write("content/01-start/_index.md", "+++\ntitle = \"Getting started\"\ndescription = \"Module line.\"\n+++\n");
    f.write("content/01-start/01-first.md", "+++\ntitle = \"First\"\ndescription = \"Lesson <line> & more.\"\n+++\nText.\n");
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\n+++\nText.\n");
    f.write("content/about.md", "+++\ntitle = \"About\"\n+++\nAbout.\n");
    f.build_ok();
    let meta = |page: &str| {
        let doc = f.page(page);
        let metas: Vec<String> =
            doc.select(&sel("meta[name=description]")).map(|m| attr(m, "content").unwrap_or_default().to_string()).collect();
        assert_eq!(metas.len(), 1, "{page}: one description, not {metas:?}");
        metas[0].clone()
    };
    assert_eq!(meta("01-start/01-first.html"), "Lesson <line> & more.");
    assert_eq!(meta("01-start/index.html"), "Module line.");
    assert_eq!(meta("index.html"), "Home line.");
    // Without a description of their own, pages fall back to the course's.
    assert_eq!(meta("01-start/02-second.html"), "Course line.");
    assert_eq!(meta("about.html"), "Course line.");
    assert_eq!(meta("journal.html"), "Course line.");
}
