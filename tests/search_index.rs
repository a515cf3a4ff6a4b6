//! The search index `sonder build` writes (assets/search/, docs/markup.md "Search"): what it
//! holds, for small courses and for big ones (whose lesson sources are let go while building),
//! and that `[search] enabled = false` leaves it and the search control out.

mod common;

use common::*;

fn index(f: &Fixture) -> String {
    std::fs::read_to_string(f.out_file("assets/search/index.js")).expect("assets/search/index.js")
}

/// The value of `"key":"..."` in the index (a JS string without escapes).
/// A number in the index's varints (docs/markup.md): base 32, low digits first, `]`+d for a
/// digit more digits follow, `#`+d for the last.
fn varint(mut n: u32) -> String {
    let mut out = String::new();
    while n >= 32 {
        out.push(char::from(b']' + (n % 32) as u8));
        n /= 32;
    }
    out.push(char::from(b'#' + n as u8));
    out
}

fn string_field<'a>(js: &'a str, key: &str) -> &'a str {
    let pat = format!("\"{key}\":\"");
    let start = js.find(&pat).unwrap_or_else(|| panic!("no {key} in the index")) + pat.len();
    &js[start..start + js[start..].find('"').unwrap()]
}

fn all_text_files(f: &Fixture) -> String {
    let mut all = String::new();
    for name in files_under(&f.out().join("assets/search")) {
        if name.starts_with("text-") {
            all.push_str(&std::fs::read_to_string(f.out().join("assets/search").join(name)).unwrap());
        }
    }
    all
}

#[test]
fn the_index_holds_every_page_its_words_folded_and_its_exercises() {
    let f = Fixture::new();
    f.write(
        "content/01-start/03-third.md",
        "+++\ntitle = \"Leadership and the Équipe\"\nweight = 3\ntakeaway = \"Followers make leaders.\"\n+++\n\nIntro words.\n\n\
         ## The first follower\n\nA *lone* nut dances <b>alone</b>.\n\n{{ exercise third-journal }}\n\nAfter the exercise.\n",
    );
    f.write("exercises/third-journal.toml", "title = \"Your own nut\"\nkind = \"journal\"\nprompt = \"Who dances alone near you?\"\n");
    f.build_ok();
    let js = index(&f);
    assert!(js.starts_with("sonderSearch.index({\"v\":1,\"lang\":\"en\""), "{}", &js[..80]);
    // Lessons first in course order, then home, pages, module pages.
    assert!(
        js.contains("\"docs\":[[0,\"01-first\",\"First lesson\"],[0,\"02-second\",\"Second lesson\"],[0,\"03-third\",\"Leadership and the Équipe\"],[-1,\"index\",\"Welcome\"],[0,\"index\",\"Getting started\"]]"),
        "{js}"
    );
    let words: Vec<&str> = string_field(&js, "words").split(' ').collect();
    for w in ["leadership", "equipe", "follower", "followers", "nut", "dances", "alone", "near", "happened"] {
        assert!(words.contains(&w), "{w} in {words:?}");
    }
    assert!(!words.contains(&"the") && !words.contains(&"Équipe") && !words.contains(&"équipe"), "{words:?}");
    assert!(words.windows(2).all(|w| w[0] < w[1]), "sorted");
    // Exercises with free-text answers, with the page they are on.
    assert!(
        js.contains("\"exercises\":[[\"first-reflection\",0,\"Think about it\",\"r\"],[\"third-journal\",2,\"Your own nut\",\"j\"]]"),
        "{js}"
    );
    // The text files: summary, then sections (top, headings, exercises) with their text.
    let text = all_text_files(&f);
    assert!(
        text.contains("[\"Followers make leaders.\",\"\",\"\",\"Intro words.\",\"the-first-follower\",\"The first follower\",\"A lone nut dances alone. After the exercise.\",\"ex-third-journal\",\"Your own nut\",\"Who dances alone near you?\"]"),
        "{text}"
    );
    assert!(
        text.contains("\"why\",\"Why\",\"Some text.\",\"ex-first-reflection\",\"Think about it\",\"What do you think? What happened?\""),
        "{text}"
    );
    // Every page has the search control and its script.
    let home = std::fs::read_to_string(f.out_file("index.html")).unwrap();
    assert!(home.contains("data-sonder-search-open") && home.contains("assets/search-open.js"));
    for asset in ["search-open.js", "search.js", "search.css"] {
        assert!(f.out_file(&format!("assets/{asset}")).is_file(), "{asset}");
    }
}

#[test]
fn search_can_be_turned_off() {
    let f = Fixture::new();
    f.write("course.toml", &format!("{COURSE_TOML}\n[search]\nenabled = false\n"));
    f.build_ok();
    assert!(!f.out_file("assets/search").exists());
    let home = std::fs::read_to_string(f.out_file("index.html")).unwrap();
    assert!(!home.contains("data-sonder-search-open") && !home.contains("search-open.js"), "{home}");
    f.write("course.toml", &format!("{COURSE_TOML}\n[search]\nenable = false\n"));
    f.build(&[]).failed().has_error("unknown field `enable`", "course.toml:7:1");
}

#[test]
fn a_big_course_indexes_lessons_whose_sources_were_let_go() {
    // Over 300 lessons a build lets each lesson's source go once its page is written: the index
    // must have been made from the page before that.
    let f = Fixture::new();
    f.remove("content/01-start");
    f.write("content/01-many/_index.md", "+++\ntitle = \"Many\"\n+++\n");
    for i in 0..305 {
        f.write(
            &format!("content/01-many/{i:03}.md"),
            &format!("+++\ntitle = \"Lesson {i}\"\nweight = {i}\n+++\n\n## Part\n\nword{i}x here.\n"),
        );
    }
    f.remove("exercises/first-reflection.toml");
    f.build(&[]).ok();
    let js = index(&f);
    let words: Vec<&str> = string_field(&js, "words").split(' ').collect();
    assert!(words.contains(&"word0x") && words.contains(&"word304x"), "{}", words.len());
    let text = all_text_files(&f);
    assert!(text.contains("\"part\",\"Part\",\"word304x here.\""));
    // 305 small lessons, a home page and a module page: far under the text file's 128 KiB of
    // Markdown, so one file holds them all, as the index says.
    assert_eq!(files_under(&f.out().join("assets/search")).iter().filter(|n| n.starts_with("text-")).count(), 1);
    assert_eq!(string_field(&js, "chunks"), varint(307));
}

/// The numbers of a varint string (docs/markup.md): base 32, low digits first, `]`+d for a digit
/// more digits follow, `#`+d for the last.
fn varints(s: &str) -> Vec<u32> {
    let (mut out, mut n, mut scale) = (Vec::new(), 0, 1);
    for b in s.bytes() {
        if b >= b']' {
            n += u32::from(b - b']') * scale;
            scale *= 32;
        } else {
            out.push(n + u32::from(b - b'#') * scale);
            (n, scale) = (0, 1);
        }
    }
    out
}

/// The JSON argument of `prefix(...)` that makes up the whole of `js`.
fn call_argument(js: &str, prefix: &str, name: &str) -> serde_json::Value {
    let inner =
        js.trim_end().strip_prefix(prefix).and_then(|r| r.strip_suffix(");")).unwrap_or_else(|| panic!("{name} is `{prefix}...);`"));
    serde_json::from_str(&format!("[{inner}]")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The sample course's search files against docs/markup.md "Search": the index's keys are the
/// table's, each text file `text-<n>.js` holds the consecutive pages `chunks` says, starting where
/// the one before ended, and search-messages.js sets `window.sonderSearchMessages`.
#[test]
fn the_sample_courses_search_files_are_as_the_markup_doc_describes() {
    let out = tempfile::tempdir().unwrap();
    sonder(&["build", "--root", &repo_root().to_string_lossy(), "--output", &out.path().to_string_lossy()]).ok();
    let dir = out.path().join("assets/search");
    let doc = std::fs::read_to_string(repo_root().join("docs/markup.md")).unwrap();
    let table = doc.split_once("calls `sonderSearch.index({...})` with:").expect("the index's table").1;
    let keys: Vec<&str> = table
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| l.strip_prefix("| `").and_then(|r| r.split('`').next()))
        .collect();
    let index = call_argument(&std::fs::read_to_string(dir.join("index.js")).unwrap(), "sonderSearch.index(", "index.js");
    let index = index[0].as_object().expect("an object");
    let mut documented = keys;
    documented.sort_unstable();
    assert_eq!(index.keys().map(String::as_str).collect::<Vec<_>>(), documented, "the index's keys are the table's");
    let docs = index["docs"].as_array().unwrap().len();
    let chunks = varints(index["chunks"].as_str().unwrap());
    assert_eq!(chunks.iter().sum::<u32>() as usize, docs, "chunks count every page once");
    let files: Vec<String> = files_under(&dir).into_iter().filter(|f| f.starts_with("text-")).collect();
    assert!(files.len() > 1, "the sample course's text is more than one file: {files:?}");
    assert_eq!(files.len(), chunks.len());
    let mut first = 0;
    for (n, pages) in chunks.iter().enumerate() {
        let name = format!("text-{n}.js");
        let call = call_argument(&std::fs::read_to_string(dir.join(&name)).unwrap(), "sonderSearch.text(", &name);
        assert_eq!((call[0].as_u64(), call[1].as_u64()), (Some(n as u64), Some(first)), "{name}: its number and first page");
        assert_eq!(call[2].as_array().unwrap().len(), *pages as usize, "{name}: as many pages as chunks says");
        first += u64::from(*pages);
    }
    let messages = std::fs::read_to_string(out.path().join("assets/search-messages.js")).unwrap();
    let json = messages
        .trim_end()
        .strip_prefix("window.sonderSearchMessages=")
        .and_then(|r| r.strip_suffix(';'))
        .expect("window.sonderSearchMessages={...};");
    let json: serde_json::Value = serde_json::from_str(json).unwrap();
    assert!(json.as_object().unwrap().keys().all(|k| k.starts_with("search-")), "{json}");
    assert!(json["search-title"].is_string());
}
