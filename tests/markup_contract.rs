//! docs/markup.md against what sonder builds and ships. Its "Attribute index" lists every
//! `data-sonder-*` attribute with who sets it and, for the built ones, the elements and page kinds
//! that carry it. These tests build the sample course, the multilingual fixture and a SCORM
//! package of the sample course, and read the scripts of the default theme, then check both ways:
//! nothing built, set or read goes undocumented, and nothing documented is never built or used.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

use common::*;

const DOC: &str = "docs/markup.md";
/// The scripts the default theme ships (themes/default/static/).
const SCRIPTS: [&str; 5] = ["sonder.js", "sonder-journal.js", "search-open.js", "search.js", "sonder-scorm.js"];
/// Who may set an attribute, as the index's "set by" column names them.
const SETTERS: [&str; 4] = ["build", "package", "widget", "search.js"];
/// The page kind the index gives the launch page of a package (it has no `data-sonder-page`).
const LAUNCH: &str = "scorm-launch";

/// One row of the attribute index.
#[derive(Debug)]
struct Row {
    set_by: BTreeSet<String>,
    /// Elements of the built pages that carry it (build and package rows only).
    elements: BTreeSet<String>,
    /// Page kinds it is built on, `every page` expanded.
    pages: BTreeSet<String>,
}

impl Row {
    fn built(&self) -> bool {
        self.set_by.contains("build") || self.set_by.contains("package")
    }
}

/// What docs/markup.md says.
struct Markup {
    text: String,
    /// The index, by attribute name.
    rows: BTreeMap<String, Row>,
    /// The page kinds of `data-sonder-page` (the `KIND` list under "On every page").
    kinds: BTreeSet<String>,
}

/// Every `data-sonder-<name>` in `text` (a bare `data-sonder-` or `data-sonder-*` is not a name).
fn attribute_names(text: &str) -> BTreeSet<String> {
    text.match_indices("data-sonder-")
        .filter_map(|(at, _)| {
            let rest = &text[at + "data-sonder-".len()..];
            let end = rest.find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')).unwrap_or(rest.len());
            let name = rest[..end].trim_end_matches('-');
            (!name.is_empty()).then(|| format!("data-sonder-{name}"))
        })
        .collect()
}

/// The words in backquotes in `cell`.
fn quoted(cell: &str) -> Vec<String> {
    cell.split('`').skip(1).step_by(2).map(str::to_string).collect()
}

/// A comma-separated cell as a set of its trimmed, non-empty parts.
fn list(cell: &str) -> BTreeSet<String> {
    cell.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

fn parse_markup() -> Markup {
    let text = std::fs::read_to_string(repo_root().join(DOC)).expect("read docs/markup.md");
    // `- `KIND`: `home`, ...` up to the next item (it runs over more than one line).
    let kinds_item = text.split_once("- `KIND`:").expect("the KIND list under \"On every page\"").1;
    let kinds: BTreeSet<String> = quoted(kinds_item.split("\n  - ").next().unwrap()).into_iter().collect();
    let index = text.split_once("\n## Attribute index\n").expect("an \"## Attribute index\" section").1;
    let mut rows = BTreeMap::new();
    for line in index.lines().filter(|l| l.starts_with("| `data-sonder-")) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        assert_eq!(cells.len(), 5, "{DOC}: an index row has 5 cells: {line}");
        let name = quoted(cells[0]).remove(0);
        let mut pages = list(cells[3]);
        if pages.remove("every page") {
            pages.extend(kinds.iter().cloned());
        }
        let row = Row { set_by: list(cells[1]), elements: quoted(cells[2]).into_iter().collect(), pages };
        assert!(rows.insert(name.clone(), row).is_none(), "{DOC}: {name} is in the index twice");
    }
    Markup { text, rows, kinds }
}

fn markup() -> &'static Markup {
    static M: OnceLock<Markup> = OnceLock::new();
    M.get_or_init(parse_markup)
}

/// Where one attribute was found in built pages.
#[derive(Default, Debug)]
struct Seen {
    elements: BTreeSet<String>,
    pages: BTreeSet<String>,
}

/// The `data-sonder-*` attributes of one build's pages.
struct Site {
    name: &'static str,
    /// The page kinds this build has.
    kinds: BTreeSet<String>,
    attributes: BTreeMap<String, Seen>,
    /// Every value of `data-sonder-action`.
    actions: BTreeSet<String>,
    /// The message ids of each page's `data-sonder-messages`, with its kind.
    messages: Vec<(String, BTreeSet<String>)>,
}

impl Site {
    fn new(name: &'static str) -> Site {
        Site { name, kinds: BTreeSet::new(), attributes: BTreeMap::new(), actions: BTreeSet::new(), messages: Vec::new() }
    }

    /// Adds one page; `kind` when the page has no `data-sonder-page` (the launch page).
    fn add(&mut self, html: &str, kind: Option<&str>) {
        let doc = Html::parse_document(html);
        let page_kind = one(&doc, "html").value().attr("data-sonder-page").or(kind);
        // A translation's stand-in for a lesson it lacks has no kind, and must have no attribute.
        let page_kind = page_kind.unwrap_or("(a page without data-sonder-page)").to_string();
        self.kinds.insert(page_kind.clone());
        for script in select(&doc, "script[data-sonder-messages]") {
            let json: serde_json::Value = serde_json::from_str(&script.inner_html()).expect("the messages are JSON");
            self.messages.push((page_kind.clone(), json.as_object().expect("an object").keys().cloned().collect()));
        }
        for el in doc.root_element().descendants().filter_map(ElementRef::wrap) {
            for (name, value) in el.value().attrs().filter(|(n, _)| n.starts_with("data-sonder-")) {
                let seen = self.attributes.entry(name.to_string()).or_default();
                seen.elements.insert(el.value().name().to_string());
                seen.pages.insert(page_kind.clone());
                if name == "data-sonder-action" {
                    self.actions.insert(value.to_string());
                }
            }
        }
    }

    /// Every page of a site built in `dir`.
    fn from_dir(name: &'static str, dir: &Path) -> Site {
        let mut site = Site::new(name);
        for rel in html_files_under(dir) {
            site.add(&std::fs::read_to_string(dir.join(&rel)).unwrap(), None);
        }
        site
    }
}

fn build(name: &'static str, root: &Path) -> Site {
    let out = tempfile::tempdir().unwrap();
    let root = root.to_string_lossy().into_owned();
    sonder(&["build", "--root", &root, "--output", &out.path().to_string_lossy()]).ok();
    Site::from_dir(name, out.path())
}

/// The launch page of a SCORM package of the sample course.
fn launch_page() -> Site {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("course.zip");
    sonder(&["package", "--root", &repo_root().to_string_lossy(), "--scorm", "2004", "--out", &zip.to_string_lossy()]).ok();
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&zip).unwrap()).unwrap();
    let mut html = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("scorm-launch.html").expect("the launch page"), &mut html).unwrap();
    let mut site = Site::new("the SCORM launch page");
    site.add(&html, Some(LAUNCH));
    site
}

/// The multilingual fixture with a printable material, so that every page kind has the language
/// switcher.
fn multilingual() -> Site {
    let course = tempfile::tempdir().unwrap();
    copy_dir(&repo_root().join("tests/fixtures/multilingual"), course.path());
    let index = course.path().join("content/01-listening/_index.md");
    let text = std::fs::read_to_string(&index).unwrap();
    let material = "[[materials]]\nkind = \"question-cards\"\ntitle = \"Listening cards\"\nitems = [\"What did you hear?\", \"What did you leave out?\"]\n+++\n";
    std::fs::write(&index, text.replacen("+++\n\n", &format!("{material}\n"), 1)).unwrap();
    build("the multilingual fixture", course.path())
}

/// Between them, these have every page kind and every feature the index lists.
fn sites() -> &'static [Site] {
    static S: OnceLock<Vec<Site>> = OnceLock::new();
    S.get_or_init(|| vec![build("the sample course", &repo_root()), multilingual(), launch_page()])
}

fn script(name: &str) -> String {
    std::fs::read_to_string(repo_root().join("themes/default/static").join(name)).unwrap_or_else(|e| panic!("read {name}: {e}"))
}

/// Fails with every problem at once.
fn assert_none(problems: Vec<String>) {
    assert!(problems.is_empty(), "{DOC} and sonder disagree:\n  {}", problems.join("\n  "));
}

#[test]
fn every_attribute_the_doc_names_is_in_its_index_and_each_row_is_well_formed() {
    let m = markup();
    let body = m.text.split_once("\n## Attribute index\n").unwrap().0;
    let mut problems: Vec<String> = attribute_names(body)
        .into_iter()
        .filter(|a| !m.rows.contains_key(a))
        .map(|a| format!("{a} is described but not in the index"))
        .collect();
    for (name, row) in &m.rows {
        if row.set_by.is_empty() || row.set_by.iter().any(|s| !SETTERS.contains(&s.as_str())) {
            problems.push(format!("{name}: \"set by\" must name some of {SETTERS:?}, not {:?}", row.set_by));
        }
        if row.built() != (!row.elements.is_empty() && !row.pages.is_empty()) {
            problems.push(format!("{name}: a built attribute names its elements and pages, and only a built one"));
        }
        if let Some(p) = row.pages.iter().find(|p| !m.kinds.contains(*p) && *p != LAUNCH) {
            problems.push(format!("{name}: `{p}` is not a page kind"));
        }
    }
    assert_none(problems);
}

#[test]
fn every_built_attribute_is_documented_on_the_elements_and_pages_that_carry_it() {
    let m = markup();
    let mut problems = Vec::new();
    let mut all: BTreeMap<&str, Seen> = BTreeMap::new();
    for site in sites() {
        for (name, seen) in &site.attributes {
            if !m.rows.get(name).is_some_and(Row::built) {
                problems
                    .push(format!("{name} is built ({}, {:?} on {:?}) but not documented as built", site.name, seen.pages, seen.elements));
                continue;
            }
            let both = all.entry(name).or_default();
            both.elements.extend(seen.elements.iter().cloned());
            both.pages.extend(seen.pages.iter().cloned());
        }
    }
    for (name, row) in m.rows.iter().filter(|(_, r)| r.built()) {
        let Some(seen) = all.get(name.as_str()) else {
            problems.push(format!("{name} is documented as built, but no built page has it"));
            continue;
        };
        if seen.elements != row.elements {
            problems.push(format!("{name} is built on {:?}, documented on {:?}", seen.elements, row.elements));
        }
        if seen.pages != row.pages {
            problems.push(format!("{name} is built in {:?} pages, documented in {:?}", seen.pages, row.pages));
        }
    }
    assert_none(problems);
}

#[test]
fn the_shipped_scripts_use_only_documented_attributes_and_set_the_documented_ones() {
    let m = markup();
    let mut problems = Vec::new();
    for name in SCRIPTS {
        for a in attribute_names(&script(name)).into_iter().filter(|a| !m.rows.contains_key(a)) {
            problems.push(format!("{a} is used by {name} but not in the index"));
        }
    }
    let widget = script("sonder.js") + &script("sonder-journal.js");
    let search = script("search.js");
    for (name, row) in &m.rows {
        // A quoted name: the script sets or reads it (not a longer name that starts with it).
        let used = |text: &str| ["'", "\"", "]", "="].iter().any(|end| text.contains(&format!("{name}{end}")));
        if row.set_by.contains("widget") && !used(&widget) {
            problems.push(format!("{name} is documented as set by the widget, which never uses it"));
        }
        if row.set_by.contains("search.js") && !used(&search) {
            problems.push(format!("{name} is documented as set by search.js, which never uses it"));
        }
    }
    assert_none(problems);
}

/// The values `data-sonder-action="a|b"` names in `text`.
fn documented_actions(text: &str) -> BTreeSet<String> {
    text.split("data-sonder-action=\"")
        .skip(1)
        .flat_map(|rest| rest.split('"').next().unwrap_or("").split('|'))
        .map(str::to_string)
        .collect()
}

/// The actions the widget handles: `act === 'name'` (clicks) and `if (a === 'name'` (changes) in
/// its scripts.
fn handled_actions(widget: &str) -> BTreeSet<String> {
    ["act === '", "if (a === '"]
        .iter()
        .flat_map(|pat| widget.split(pat).skip(1).filter_map(|rest| rest.split('\'').next()))
        .map(str::to_string)
        .collect()
}

#[test]
fn page_kinds_and_actions_are_the_documented_ones() {
    let m = markup();
    let built_kinds: BTreeSet<String> = sites().iter().flat_map(|s| s.kinds.iter().cloned()).filter(|k| k != LAUNCH).collect();
    let documented = documented_actions(&m.text);
    let built: BTreeSet<String> = sites().iter().flat_map(|s| s.actions.iter().cloned()).collect();
    let handled = handled_actions(&(script("sonder.js") + &script("sonder-journal.js")));
    let mut problems = Vec::new();
    // The multilingual fixture's stand-in pages have no kind; they must have no attribute either.
    let kinds: BTreeSet<String> = built_kinds.into_iter().filter(|k| !k.starts_with('(')).collect();
    if kinds != m.kinds {
        problems.push(format!("data-sonder-page: built {kinds:?}, documented {:?}", m.kinds));
    }
    for a in built.union(&handled).filter(|a| !documented.contains(*a)) {
        problems.push(format!("data-sonder-action=\"{a}\" is built or handled by the widget but not documented"));
    }
    for a in documented.iter().filter(|a| !built.contains(*a) && !handled.contains(*a)) {
        problems.push(format!("data-sonder-action=\"{a}\" is documented but neither built nor handled by the widget"));
    }
    for a in built.iter().filter(|a| !handled.contains(*a)) {
        problems.push(format!("data-sonder-action=\"{a}\" is built but the widget does nothing with it"));
    }
    assert_none(problems);
}

/// "On every page", `data-sonder-messages`: which messages each page kind carries, as the doc
/// says: the save and storage ones everywhere; the progress ones on home, module and lesson pages;
/// the exercise ones on lesson, page, print and journal pages; the journal's on the journal page;
/// the launch page only the LMS ones; never the search dialog's (they are in search-messages.js).
#[test]
fn each_page_kind_carries_the_documented_messages() {
    let groups: [(&str, &str, &[&str]); 5] = [
        (
            "the save and storage messages",
            "widget-saved",
            &["404", "facilitator", "facilitator-hub", "handout", "home", "journal", "lesson", "material", "module", "page", "print"],
        ),
        ("the progress messages", "widget-lessons-progress", &["home", "module", "lesson"]),
        ("the exercise messages", "widget-saved-at", &["lesson", "page", "print", "journal"]),
        ("the journal's messages", "widget-import-done", &["journal"]),
        ("the LMS messages", "lms-error", &[LAUNCH]),
    ];
    let mut problems = Vec::new();
    let pages: Vec<&(String, BTreeSet<String>)> = sites().iter().flat_map(|s| &s.messages).collect();
    for (kind, ids) in &pages {
        for (what, id, kinds) in groups {
            if ids.contains(id) != kinds.contains(&kind.as_str()) {
                problems.push(format!("{kind} pages {} {what} ({id})", if ids.contains(id) { "carry" } else { "lack" }));
            }
        }
        if let Some(id) = ids.iter().find(|id| id.starts_with("search-")) {
            problems.push(format!("{kind} pages carry a search dialog message ({id})"));
        }
    }
    let kinds: BTreeSet<&str> = pages.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(kinds.len(), markup().kinds.len() + 1, "every page kind and the launch page carry messages: {kinds:?}");
    problems.sort();
    problems.dedup();
    assert_none(problems);
}
