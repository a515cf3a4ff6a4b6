//! Interface languages (issue 19): every shipped catalogue parses and has every message of the
//! English one, plural forms are right in Polish and Arabic, course.toml `language` picks the
//! catalogue (region -> language -> English), a course overrides single strings in i18n/<lang>.ftl,
//! `sonder check` warns about untranslated and unknown messages, and right-to-left languages get
//! `dir="rtl"`.

mod common;

use common::*;
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
            let args: Vec<(&str, Arg)> = ["count", "number", "minutes", "hours", "total", "done", "planned", "module", "lesson"]
                .iter()
                .map(|n| (*n, Arg::Num(3.0)))
                .chain(["title", "time", "prompt"].iter().map(|n| (*n, Arg::Text("X"))))
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
