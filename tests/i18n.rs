//! Interface languages (issue 19): every shipped catalogue parses and has every message of the
//! English one, plural forms are right in Polish and Arabic, course.toml `language` picks the
//! catalogue (region -> language -> English), a course overrides single strings in i18n/<lang>.ftl,
//! `sonder check` warns about untranslated and unknown messages, and right-to-left languages get
//! `dir="rtl"`.

mod common;

use common::*;
use sonder::i18n::browser::{browser_message, groups_for_page, messages_json, search_messages_js, GROUPS};
use sonder::i18n::{message_ids, parse, Arg, Catalog};
use sonder::load::theme::builtin_default;

const SHIPPED: [&str; 9] = ["en", "de", "fr", "es", "pt", "nl", "pl", "ar", "ja"];

fn catalog(lang: &str) -> Catalog {
    Catalog::for_language(lang, &builtin_default().catalogues)
}

fn count(cat: &Catalog, key: &str, n: u32) -> String {
    cat.format(key, &[("count", Arg::Num(n.into()))]).unwrap_or_else(|| panic!("no message {key}"))
}

#[test]
fn every_shipped_catalogue_parses_and_has_every_english_message() {
    let theme = builtin_default();
    let english: Vec<String> =
        theme.catalogues.iter().find(|c| c.language == "en").map(|c| message_ids(c).into_iter().map(|(k, _)| k).collect()).unwrap();
    assert!(english.len() > 100, "the English catalogue has {} messages", english.len());
    for lang in SHIPPED {
        let file = theme.catalogues.iter().find(|c| c.language == lang).unwrap_or_else(|| panic!("no catalogue {lang}"));
        let errors = parse(file).1;
        assert!(errors.is_empty(), "{}: {errors:?}", file.shown);
        let ids: Vec<String> = message_ids(file).into_iter().map(|(k, _)| k).collect();
        let missing: Vec<&String> = english.iter().filter(|k| !ids.contains(k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", file.shown);
        let extra: Vec<&String> = ids.iter().filter(|k| !english.contains(k)).collect();
        assert!(extra.is_empty(), "{} has messages English does not: {extra:?}", file.shown);
        // Every message formats without errors, with numbers where plurals select.
        let cat = catalog(lang);
        for key in &english {
            let args: Vec<(&str, Arg)> = [
                "count", "number", "minutes", "hours", "total", "done", "planned", "module", "lesson", "right", "max", "timed", "per",
                "kb", "pages", "cards", "sheets", "limit",
            ]
            .iter()
            .map(|n| (*n, Arg::Num(3.0)))
            .chain(
                [
                    "title",
                    "time",
                    "prompt",
                    "key",
                    "found",
                    "file",
                    "course",
                    "parts",
                    "date",
                    "query",
                    "words",
                    "workshops",
                    "exercises",
                    "detail",
                    "code",
                ]
                .iter()
                .map(|n| (*n, Arg::Text("X"))),
            )
            .collect();
            let text = cat.format(key, &args).unwrap();
            assert!(!text.contains('{') && !text.is_empty(), "{lang} {key}: {text:?}");
        }
    }
}

#[test]
fn translations_differ_from_english() {
    // A catalogue copied from English and left untranslated would pass the key check.
    for lang in SHIPPED.iter().filter(|l| **l != "en") {
        let same = ["start-course", "mark-complete", "journal-lede", "not-found-text", "exercise-noscript"]
            .iter()
            .filter(|k| catalog(lang).format(k, &[]) == catalog("en").format(k, &[]))
            .count();
        assert_eq!(same, 0, "{lang} has English text");
    }
}

#[test]
fn polish_plurals_for_0_1_2_5_22() {
    let pl = catalog("pl");
    let got: Vec<String> = [0, 1, 2, 5, 22].iter().map(|n| count(&pl, "lessons-count", *n)).collect();
    assert_eq!(got, ["0 lekcji", "1 lekcja", "2 lekcje", "5 lekcji", "22 lekcje"]);
    let got: Vec<String> = [0, 1, 2, 5, 22].iter().map(|n| count(&pl, "modules-count", *n)).collect();
    assert_eq!(got, ["0 modułów", "1 moduł", "2 moduły", "5 modułów", "22 moduły"]);
    let minutes: Vec<String> =
        [1, 2, 5, 22].iter().map(|n| pl.format("minutes-long", &[("minutes", Arg::Num(f64::from(*n)))]).unwrap()).collect();
    assert_eq!(minutes, ["1 minuta", "2 minuty", "5 minut", "22 minuty"]);
    assert_eq!(pl.format("lessons-done", &[("done", Arg::Num(1.0)), ("total", Arg::Num(19.0))]).unwrap(), "Ukończono 1 z 19 lekcji");
}

#[test]
fn arabic_plurals_for_0_1_2_5_22() {
    let ar = catalog("ar");
    let got: Vec<String> = [0, 1, 2, 5, 22, 100].iter().map(|n| count(&ar, "lessons-count", *n)).collect();
    assert_eq!(got, ["لا توجد دروس", "درس واحد", "درسان", "5 دروس", "22 درسًا", "100 درس"]);
    let got: Vec<String> = [0, 1, 2, 5, 22].iter().map(|n| count(&ar, "modules-count", *n)).collect();
    assert_eq!(got, ["لا توجد وحدات", "وحدة واحدة", "وحدتان", "5 وحدات", "22 وحدةً"]);
    let done = |d: f64, t: f64| ar.format("lessons-done", &[("done", Arg::Num(d)), ("total", Arg::Num(t))]).unwrap();
    assert_eq!(done(1.0, 2.0), "أنهيت 1 من درسين");
    assert_eq!(done(1.0, 5.0), "أنهيت 1 من 5 دروس");
    assert_eq!(done(1.0, 19.0), "أنهيت 1 من 19 درسًا");
}

#[test]
fn english_and_japanese_plurals() {
    let en = catalog("en");
    assert_eq!([1, 2, 22].map(|n| count(&en, "lessons-count", n)), ["1 lesson", "2 lessons", "22 lessons"]);
    assert_eq!(en.format("lessons-done", &[("done", Arg::Num(1.0)), ("total", Arg::Num(19.0))]).unwrap(), "1 of 19 lessons done");
    // French counts 0 and 1 as singular.
    assert_eq!([0, 1, 2].map(|n| count(&catalog("fr"), "lessons-count", n)), ["0 leçon", "1 leçon", "2 leçons"]);
    assert_eq!([1, 22].map(|n| count(&catalog("ja"), "lessons-count", n)), ["1 レッスン", "22 レッスン"]);
}

#[test]
fn region_falls_back_to_language_then_english() {
    assert_eq!(catalog("de-AT").format("start-course", &[]).unwrap(), "Kurs beginnen");
    assert_eq!(catalog("en-GB").format("start-course", &[]).unwrap(), "Start the course");
    // No Swedish catalogue: English.
    assert_eq!(catalog("sv").format("start-course", &[]).unwrap(), "Start the course");
    assert_eq!(catalog("ar").dir(), "rtl");
    assert_eq!(catalog("he").dir(), "rtl");
    assert_eq!(catalog("de").dir(), "ltr");
}

#[test]
fn a_german_course_is_german_and_a_course_overrides_single_strings() {
    let f = Fixture::new();
    f.write("course.toml", &COURSE_TOML.replace("language = \"en\"", "language = \"de\""));
    f.write("i18n/de.ftl", "start-course = Auf geht’s\n");
    f.build_ok();
    let home = f.read("public/index.html");
    assert!(home.contains("<html lang=\"de\" dir=\"ltr\""), "{home}");
    assert!(home.contains("Auf geht’s"), "the course's override is used");
    assert!(home.contains("2 Lektionen") && home.contains("1 Modul "), "German counts: {home}");
    assert!(home.contains("Mein Journal") && !home.contains("My journal"));
    let lesson = f.read("public/01-start/01-first.html");
    assert!(lesson.contains("Lektion 1 von 2") && lesson.contains("Reflexion") && lesson.contains("Deine Antworten"), "{lesson}");
    assert!(f.read("public/404.html").contains("Seite nicht gefunden"));
    assert!(f.read("public/handouts/01-start.html").contains("Teilnehmer-Handout · Modul 1"));
    assert!(f.read("public/journal.html").contains("Noch keine Antwort"));
    f.check(&[]).ok();
    assert_eq!(f.check(&[]).warning_count(), 0, "a complete shipped catalogue gives no warnings");
}

#[test]
fn check_warns_about_untranslated_and_unknown_messages_and_rejects_bad_syntax() {
    let f = Fixture::new();
    f.write("course.toml", &COURSE_TOML.replace("language = \"en\"", "language = \"sv\""));
    f.write("i18n/sv.ftl", "start-course = Börja kursen\nstart-cours = typo\n");
    let r = f.check(&[]);
    r.ok();
    r.has_warning("i18n/sv.ftl has no message `mark-complete`", "i18n/sv.ftl");
    r.has_warning("`start-cours` is not a message of the interface", "i18n/sv.ftl:2:1");
    f.build_ok();
    let home = f.read("public/index.html");
    assert!(home.contains("Börja kursen") && home.contains("My journal"), "Swedish where given, English elsewhere");

    f.write("i18n/sv.ftl", "start-course = Börja\n= oops\nnext = Nästa\n");
    f.check(&[]).failed().has_error("Fluent syntax error in i18n/sv.ftl", "i18n/sv.ftl:2:1");
}

#[test]
fn a_message_left_open_is_reported_where_it_ends_not_on_the_next_message() {
    let f = Fixture::new();
    f.write("course.toml", &COURSE_TOML.replace("language = \"en\"", "language = \"sv\""));
    // The select expression's closing `}` is missing: the parser stops at `start-course`, which is fine.
    f.write("i18n/sv.ftl", "lessons-count = { $count ->\n    [one] en lektion\n   *[other] { $count } lektioner\nstart-course = Börja\n");
    let r = f.check(&[]);
    r.failed().has_error("`lessons-count` in i18n/sv.ftl is not closed", "i18n/sv.ftl:3:32");
    assert!(r.stderr.contains("ends with `}` on a line of its own"), "{}", r.stderr);
    assert!(!r.stderr.contains("i18n/sv.ftl:4:"), "the next message is not blamed: {}", r.stderr);
}

#[test]
fn a_placeable_naming_what_the_interface_does_not_give_is_an_error() {
    let f = Fixture::new();
    f.write("course.toml", &COURSE_TOML.replace("language = \"en\"", "language = \"sv\""));
    f.write("i18n/sv.ftl", "module-with-title = Modul { $numbr }: { $title }\nstart-course = { UPPER(\"börja\") }\n");
    f.check(&[])
        .failed()
        .has_error("`module-with-title` uses `$numbr`, which the interface does not give it", "i18n/sv.ftl:1:30")
        .has_error("`start-course` calls `UPPER`, which Fluent does not have", "i18n/sv.ftl:2:18");
    f.build(&[]).failed();
    // The variables English gives, in any order, or fewer of them, are fine.
    f.write("i18n/sv.ftl", "module-with-title = { $title } (modul { $number })\nstart-course = Börja\n");
    f.check(&[]).ok();
}

#[test]
fn every_shipped_catalogue_names_only_what_the_interface_gives() {
    for lang in SHIPPED {
        let f = Fixture::new();
        f.write("course.toml", &COURSE_TOML.replace("language = \"en\"", &format!("language = \"{lang}\"")));
        let r = f.check(&[]);
        r.ok();
        assert_eq!(r.error_count() + r.warning_count(), 0, "{lang}: {}", r.stderr);
    }
}

#[test]
fn a_language_without_any_catalogue_is_reported() {
    let f = Fixture::new();
    f.write("course.toml", &COURSE_TOML.replace("language = \"en\"", "language = \"sv\""));
    f.check(&[]).ok().has_warning("no interface catalogue for language `sv`", "course.toml");
}

#[test]
fn an_arabic_course_is_right_to_left_with_arabic_plurals() {
    let f = Fixture::new();
    f.write("course.toml", &COURSE_TOML.replace("language = \"en\"", "language = \"ar\""));
    f.build_ok();
    let home = f.read("public/index.html");
    assert!(home.contains("<html lang=\"ar\" dir=\"rtl\""), "{home}");
    assert!(home.contains("درسان") && home.contains("وحدة واحدة"), "two lessons, one module: {home}");
    for page in ["01-start/01-first.html", "handouts/01-start.html", "facilitator/01-start.html", "print.html", "404.html", "journal.html"]
    {
        assert!(f.read(&format!("public/{page}")).contains("dir=\"rtl\""), "{page}");
    }
}

/// The CLDR plural categories of each shipped language (integers and fractions).
fn categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "pl" => &["one", "few", "many", "other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "ja" => &["other"],
        _ => &["one", "other"],
    }
}

/// The message ids a browser script names literally: `t('id')` and `t(x ? 'a' : 'b')`.
fn ids_in_script(path: &str) -> Vec<String> {
    let src = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    let mut ids = Vec::new();
    for (at, _) in src.match_indices("t(") {
        if at > 0 && src.as_bytes()[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        // The call's text up to its first `{` or `)`: its quoted ids.
        let call: String = src[at + 2..].chars().take_while(|c| *c != ')' && *c != '{').collect();
        let parts: Vec<&str> = call.split('\'').collect();
        for (i, part) in parts.iter().enumerate() {
            // Quoted, not compared with (`mode === 'readonly'`).
            let compared = parts[i - usize::from(i > 0)].trim_end().ends_with("==");
            if i % 2 == 1 && !compared && !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                ids.push(part.to_string());
            }
        }
    }
    ids
}

#[test]
fn every_message_the_browser_scripts_show_is_in_the_catalogues_and_on_the_page() {
    let en = catalog("en");
    let grouped: Vec<&str> = GROUPS.iter().flat_map(|(_, keys)| keys.iter().copied()).collect();
    for key in &grouped {
        assert!(en.has(key), "{key} is in a browser group but not in en.ftl");
    }
    // Every widget-/search- message of the catalogue reaches some page or search-messages.js (the
    // header button is written by the template).
    let theme = builtin_default();
    let english = theme.catalogues.iter().find(|c| c.language == "en").unwrap();
    for (id, _) in message_ids(english) {
        if (id.starts_with("widget-") || id.starts_with("search-")) && id != "search-button" {
            assert!(grouped.contains(&id.as_str()), "{id} is in en.ftl but no page carries it (src/i18n/browser.rs GROUPS)");
        }
    }
    // Every id the scripts name is carried by the pages that run them.
    let dynamic = ["widget-", "widget-import-", "-entry"];
    for (script, groups) in
        [("widget/js/sonder.js", vec!["widget", "progress", "exercise", "journal"]), ("themes/default/static/search.js", vec!["search"])]
    {
        let ids = ids_in_script(script);
        assert!(ids.len() > 4, "{script}: {ids:?}");
        for id in ids.iter().filter(|i| !dynamic.contains(&i.as_str())) {
            let carried = GROUPS.iter().filter(|(g, _)| groups.contains(g)).any(|(_, keys)| keys.contains(&id.as_str()));
            assert!(carried, "{script} shows `{id}`, which no page carries");
        }
    }
    // Ids put together in the scripts: an import's counts and refusals, the entry buttons.
    for suffix in
        ["added", "updated", "kept", "same", "lessons", "too-large", "not-json", "not-export", "schema", "other-course", "damaged"]
    {
        assert!(grouped.contains(&format!("widget-import-{suffix}").as_str()), "widget-import-{suffix}");
    }
    for a in ["edit", "delete", "save", "cancel", "edit-entry", "delete-entry"] {
        assert!(grouped.contains(&format!("widget-{a}").as_str()), "widget-{a}");
    }
}

#[test]
fn browser_messages_carry_every_plural_category_of_the_language() {
    for lang in SHIPPED {
        let cat = catalog(lang);
        for (_, keys) in GROUPS {
            for key in keys {
                let v = browser_message(&cat, key).unwrap_or_else(|| panic!("{lang} {key}"));
                match &v {
                    serde_json::Value::String(s) => assert!(!s.contains("{$") && !s.is_empty(), "{lang} {key}: {s}"),
                    serde_json::Value::Object(o) => {
                        for c in categories(lang) {
                            assert!(o.contains_key(*c), "{lang} {key} lacks the plural form `{c}`: {v}");
                        }
                    }
                    other => panic!("{lang} {key}: {other}"),
                }
            }
        }
        // Counted things are plural messages wherever the language has more than one form.
        if lang != "ja" {
            for key in ["widget-import-added", "widget-import-updated", "widget-import-lessons", "search-count"] {
                assert!(browser_message(&cat, key).unwrap().is_object(), "{lang} {key} is not plural");
            }
        }
    }
    let pl = browser_message(&catalog("pl"), "widget-import-added").unwrap();
    assert_eq!(pl["$"], "count");
    assert_eq!([&pl["one"], &pl["few"], &pl["many"]], ["{count} nowa odpowiedź", "{count} nowe odpowiedzi", "{count} nowych odpowiedzi"]);
    let ar = browser_message(&catalog("ar"), "search-count").unwrap();
    assert_eq!([&ar["zero"], &ar["two"], &ar["many"]], ["لا نتائج.", "نتيجتان.", "{count} نتيجةً."]);
    // A message naming another is filled in before it reaches the page.
    assert_eq!(
        browser_message(&catalog("de"), "widget-entry-empty").unwrap(),
        "Schreib zuerst deinen Eintrag und wähle dann „Eintrag hinzufügen“."
    );
}

#[test]
fn each_page_carries_only_the_messages_it_can_show() {
    let de = catalog("de");
    let lesson = messages_json(&de, &groups_for_page("lesson"));
    assert!(lesson.contains("\"widget-saved\":\"Gespeichert\"") && lesson.contains("widget-quiz-score"), "{lesson}");
    assert!(!lesson.contains("widget-import-") && !lesson.contains("search-"), "no journal or search words on a lesson: {lesson}");
    let journal = messages_json(&de, &groups_for_page("journal"));
    assert!(journal.contains("widget-import-added") && !journal.contains("search-title"));
    let handout = messages_json(&de, &groups_for_page("handout"));
    assert!(!handout.contains("widget-quiz-score") && handout.contains("widget-unsaved-full"));
}

#[test]
fn the_search_dialog_words_are_in_their_own_script_in_the_course_language() {
    let js = search_messages_js(&catalog("de"));
    let json = js.strip_prefix("window.sonderSearchMessages=").and_then(|j| j.strip_suffix(";\n")).expect(&js);
    let messages: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(messages["search-close"], browser_message(&catalog("de"), "search-close").unwrap());
    let (_, search_ids) = GROUPS.iter().find(|(g, _)| *g == "search").unwrap();
    assert_eq!(messages.as_object().unwrap().len(), search_ids.len(), "every search message, nothing else: {js}");
}

#[test]
fn a_german_course_page_carries_german_widget_messages() {
    let f = Fixture::new();
    f.write("course.toml", &COURSE_TOML.replace("language = \"en\"", "language = \"de\""));
    f.write("i18n/de.ftl", "widget-saved = Alles gesichert\n");
    f.build_ok();
    let lesson = f.read("public/01-start/01-first.html");
    let at = lesson.find("data-sonder-messages>").expect("the messages script") + "data-sonder-messages>".len();
    let json = &lesson[at..at + lesson[at..].find("</script>").unwrap()];
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(v["widget-saved"], "Alles gesichert", "the course's override reaches the widget");
    assert_eq!(v["widget-correct"], "Richtig.");
    assert_eq!(v["widget-lessons-progress"]["one"], "{done} von {total} Lektion");
    assert!(f.read("public/journal.html").contains("Eintrag vom {time} bearbeiten"));
    // The search dialog's words come with search.js, in German, with the course's overrides.
    assert!(!lesson.contains("search-title"), "pages do not carry the search dialog's words");
    f.write("i18n/de.ftl", "widget-saved = Alles gesichert\nsearch-close = Zumachen\n");
    f.build_ok();
    let search = f.read("public/assets/search-messages.js");
    assert!(
        search.contains("\"search-close\":\"Zumachen\"") && search.contains("\"search-title\":\"Diesen Kurs durchsuchen\""),
        "{search}"
    );
    // Every page that runs the widget carries its words (the 404 page writes its own head).
    let mut pages = vec![f.out()];
    let mut checked = 0;
    while let Some(dir) = pages.pop() {
        for e in std::fs::read_dir(&dir).unwrap().map(Result::unwrap) {
            let p = e.path();
            if p.is_dir() {
                pages.push(p);
            } else if p.extension().is_some_and(|x| x == "html") {
                let html = std::fs::read_to_string(&p).unwrap();
                if html.contains("sonder.js") {
                    assert!(html.contains("data-sonder-messages"), "{} runs the widget without its messages", p.display());
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 8, "{checked} pages");
}
