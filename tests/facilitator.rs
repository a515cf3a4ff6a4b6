//! The facilitator hub (`facilitator/index.html`) and the printable materials of `[[materials]]`:
//! what they show and link to (parsed with scraper), and how bad `[[materials]]` tables are reported.

mod common;

use std::path::Path;

use common::*;
use scraper::{ElementRef, Html};

fn text(el: ElementRef) -> String {
    el.text().collect::<Vec<_>>().join(" ").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn texts(doc: &Html, selector: &str) -> Vec<String> {
    doc.select(&sel(selector)).map(text).collect()
}

fn hrefs(doc: &Html, selector: &str) -> Vec<String> {
    doc.select(&sel(selector)).filter_map(|a| a.value().attr("href")).map(str::to_string).collect()
}

/// `href` of a page at `from` (a path in the site), as a path in the site.
fn resolve(from: &str, href: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in href.split(['#', '?']).next().unwrap_or("").split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// The sample course's `[facilitator]` durations, in module order (content/*/_index.md).
const SAMPLE_SESSIONS: [(&str, u32); 6] = [
    ("01-backstory", 75),
    ("02-empathy-first", 80),
    ("03-leading-from-behind", 90),
    ("04-win-win-partnerships", 80),
    ("05-relationships-built-on-value", 90),
    ("06-putting-it-to-work", 60),
];

fn build_sample(out: &Path) {
    let root = repo_root();
    sonder_in(&root, &["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap(), "--no-minify", "--quiet"]).ok();
}

#[test]
fn hub_lists_every_module_with_its_papers_session_times_and_total() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    build_sample(&site);
    let hub_path = "facilitator/index.html";
    let hub = parse_file(&site.join(hub_path));
    assert_eq!(texts(&hub, "h1"), ["Facilitator hub"]);

    let rows: Vec<ElementRef> = hub.select(&sel("tr.hub-module")).collect();
    assert_eq!(rows.len(), SAMPLE_SESSIONS.len(), "one row per module");
    for (row, (slug, minutes)) in rows.iter().zip(SAMPLE_SESSIONS) {
        let links: Vec<String> = row.select(&sel("a")).filter_map(|a| a.value().attr("href")).map(|h| resolve(hub_path, h)).collect();
        for want in [format!("{slug}/index.html"), format!("handouts/{slug}.html"), format!("facilitator/{slug}.html")] {
            assert!(links.contains(&want), "{slug}: the hub row does not link {want}: {links:?}");
        }
        assert_eq!(row.value().attr("data-sonder-session-minutes"), Some(minutes.to_string().as_str()), "{slug}: session minutes");
        // Every module of the sample course has materials, each linked to its own page.
        let materials: Vec<String> =
            row.select(&sel("a[data-sonder-material]")).filter_map(|a| a.value().attr("href")).map(|h| resolve(hub_path, h)).collect();
        assert!(!materials.is_empty(), "{slug}: no materials on the hub");
        assert!(materials.iter().all(|m| m.starts_with(&format!("facilitator/{slug}/"))), "{slug}: {materials:?}");
    }
    let titles: Vec<String> = rows.iter().map(|r| text(r.select(&sel("th a")).next().unwrap())).collect();
    assert_eq!(titles[0], "Everyone has a backstory");
    assert_eq!(titles[5], "Putting it to work");

    // The total: 475 minutes.
    let total = hub.select(&sel("[data-sonder-total-minutes]")).next().expect("a total");
    assert_eq!(total.value().attr("data-sonder-total-minutes"), Some("475"));
    assert_eq!(text(total), "7 h 55 min");
    assert!(text(hub.select(&sel("caption")).next().unwrap()).contains("6 workshops, 7 h 55 min in all"));

    // Every link of the hub leads to a file of the site.
    for href in hrefs(&hub, "main a") {
        let target = resolve(hub_path, &href);
        assert!(site.join(&target).is_file(), "the hub links {href}, which is not in the site");
    }
    // It never tells a reader of the site to run a command, and without PDFs it links none.
    let body = text(hub.select(&sel("main")).next().unwrap());
    assert!(
        !body.contains("sonder pdf") && !body.contains("sonder ") && hub.select(&sel("main code, main pre")).next().is_none(),
        "{body}"
    );
    assert!(hrefs(&hub, "main a").iter().all(|h| !h.ends_with(".pdf")), "PDF links without any PDF printed");
}

#[test]
fn hub_is_linked_from_the_home_footer_the_facilitating_page_and_every_guide() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    build_sample(&site);
    let home = parse_file(&site.join("index.html"));
    assert!(hrefs(&home, "footer a").contains(&"facilitator/index.html".to_string()), "no hub link in the home page footer");
    let page = parse_file(&site.join("facilitating.html"));
    assert!(hrefs(&page, "main a").contains(&"facilitator/index.html".to_string()), "the For facilitators page does not link the hub");
    let page_text = text(page.select(&sel("main")).next().unwrap());
    assert!(!page_text.contains("sonder pdf"), "the For facilitators page tells readers to run a command");

    for (slug, _) in SAMPLE_SESSIONS {
        let path = format!("facilitator/{slug}.html");
        let guide = parse_file(&site.join(&path));
        assert!(hrefs(&guide, "main a").contains(&"index.html".to_string()), "{slug}: the guide does not link the hub");
        // The guide lists its materials, each a link to its page, in the Materials checklist.
        let listed: Vec<String> = hrefs(&guide, ".guide-checklist a[data-sonder-material]");
        assert!(!listed.is_empty(), "{slug}: the guide lists no generated materials");
        for href in listed {
            assert!(site.join(resolve(&path, &href)).is_file(), "{slug}: {href} is missing");
        }
    }
}

#[test]
fn materials_are_made_from_the_front_matter_the_discussion_questions_and_exercises() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    build_sample(&site);
    let page = |p: &str| parse_file(&site.join("facilitator").join(p));

    // Question cards from `items`: eight cards, one sheet, in the order written.
    let cards = page("01-backstory/question-cards.html");
    let written = std::fs::read_to_string(repo_root().join("content/01-backstory/_index.md")).unwrap();
    let texts1 = texts(&cards, ".card .card-text");
    assert_eq!(texts1.len(), 8);
    assert!(texts1.iter().all(|t| written.contains(t.as_str())), "{texts1:?}");
    assert_eq!(cards.select(&sel(".card-sheet")).count(), 1);
    assert_eq!(texts(&cards, ".card .card-foot span")[1], "1 / 8");

    // From an exercise: one card per compose field of the ask builder, labelled with its title.
    let ask = page("04-win-win-partnerships/question-cards.html");
    let ask_toml = std::fs::read_to_string(repo_root().join("exercises/ask-builder.toml")).unwrap();
    let fields = ask_toml.matches("[[fields]]").count();
    assert_eq!(texts(&ask, ".card").len(), fields);
    assert!(texts(&ask, ".card-source").iter().all(|s| s == "Ask builder"), "{:?}", texts(&ask, ".card-source"));

    // `discussion = true`: the module's discussion questions, one per card, over two sheets of 8.
    let discussion = page("05-relationships-built-on-value/question-cards.html");
    let questions = texts(&discussion, ".card-text");
    assert_eq!(questions.len(), 5);
    assert!(questions[0].starts_with("Which of your working relationships gives you the most"));
    let scenarios = page("05-relationships-built-on-value/scenario-cards.html");
    assert_eq!(scenarios.select(&sel(".card-sheet-4 .card")).count(), 4);

    // A model handout: the parts numbered, the exercise's statements to try.
    let model = page("02-empathy-first/model-handout.html");
    assert_eq!(texts(&model, "h1"), ["The five parts of trust"]);
    assert_eq!(model.select(&sel(".model-parts li")).count(), 5);
    let try_it = texts(&model, ".model-try h2");
    assert_eq!(try_it, ["Try it: Trust self-assessment"]);
    assert_eq!(model.select(&sel(".model-try li")).count(), 5, "the self-assessment's five statements");
}

#[test]
fn printed_pdfs_are_copied_into_the_site_and_linked_from_the_hub() {
    let f = Fixture::new();
    // What `sonder pdf` leaves in pdf/: a handout of the module, the whole course, and files the
    // build must leave alone (a print still under way, a file that is not a PDF, another name).
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj << /Type /Page >>\n3 0 obj << /Type /Page >>\n%%EOF\n";
    f.write_bytes("pdf/01-start-handout.pdf", pdf);
    f.write_bytes("pdf/test-course.pdf", pdf);
    f.write_bytes("pdf/01-start-facilitator.pdf.part", pdf);
    f.write("pdf/01-start-facilitator.pdf", "not a pdf");
    f.write_bytes("pdf/notes.pdf", pdf);
    f.build_ok();
    let hub = f.page("facilitator/index.html");
    let links = hrefs(&hub, "a.hub-pdf");
    assert_eq!(links, ["pdf/01-start-handout.pdf", "pdf/test-course.pdf"]);
    assert_eq!(std::fs::read(f.out_file("facilitator/pdf/01-start-handout.pdf")).unwrap(), pdf);
    assert!(f.out_file("facilitator/pdf/test-course.pdf").is_file());
    for absent in ["01-start-facilitator.pdf", "01-start-facilitator.pdf.part", "notes.pdf"] {
        assert!(!f.out_file(&format!("facilitator/pdf/{absent}")).exists(), "{absent} was copied");
    }
    assert_eq!(texts(&hub, "a.hub-pdf")[0], "PDF, 2 pages, 1 KB");
    // No [facilitator] notes: no session time, and the guide is marked as such.
    let row = hub.select(&sel("tr.hub-module")).next().unwrap();
    assert_eq!(row.value().attr("data-sonder-session-minutes"), Some(""));
    assert!(text(row).contains("not planned yet") && text(row).contains("no notes yet"), "{}", text(row));
}

const MODULE_HEAD: &str = "+++\ntitle = \"Getting started\"\nweight = 1\n";

#[test]
fn bad_materials_are_reported_at_their_file_line_and_column() {
    let f = Fixture::new();
    f.write(
        "content/01-start/_index.md",
        &format!(
            "{MODULE_HEAD}\n[[materials]]\nkind = \"question-card\"\nitems = [\"A?\"]\n\n[[materials]]\nkind = \"scenario-cards\"\n\n[[materials]]\nkind = \"question-cards\"\nexercises = [\"first-reflection\", \"frist-reflection\"]\n\n[[materials]]\nkind = \"model-handout\"\ndiscussion = true\n+++\nThe first module.\n"
        ),
    );
    let run = f.check(&[]);
    run.failed();
    run.has_error("unknown material kind `question-card`", "content/01-start/_index.md:6:8");
    run.has_error("has nothing to print", "content/01-start/_index.md:10:8");
    run.has_error("names an unknown exercise `frist-reflection`", "content/01-start/_index.md:14:34");
    run.has_error("uses the discussion questions, but this module has none", "content/01-start/_index.md:17:8");
    let diags = run.diagnostics();
    let kind = diags.iter().find(|d| d.message.contains("unknown material kind")).unwrap();
    assert!(kind.hint.as_deref().unwrap_or("").contains("question-cards, scenario-cards, model-handout"), "{}", kind.text);
    let typo = diags.iter().find(|d| d.message.contains("frist-reflection")).unwrap();
    assert!(typo.hint.as_deref().unwrap_or("").contains("did you mean `first-reflection`"), "{}", typo.text);
    assert_eq!(run.error_count(), 4, "{}", run.stderr);

    // An unknown key of a material, at the key.
    f.write("content/01-start/_index.md", &format!("{MODULE_HEAD}\n[[materials]]\nkind = \"question-cards\"\nitmes = [\"A?\"]\n+++\nx\n"));
    f.check(&[]).failed().has_error("unknown field `itmes`", "content/01-start/_index.md:7:1");

    // Fixed: the materials build, each on its page, numbered when a kind repeats.
    f.write(
        "content/01-start/_index.md",
        &format!("{MODULE_HEAD}\n[[materials]]\nkind = \"question-cards\"\nitems = [\"A?\"]\n\n[[materials]]\nkind = \"question-cards\"\ntitle = \"More\"\nexercises = [\"first-reflection\"]\n+++\nx\n"),
    );
    f.build_ok();
    assert_eq!(texts(&f.page("facilitator/01-start/question-cards.html"), ".card-text"), ["A?"]);
    let second = f.page("facilitator/01-start/question-cards-2.html");
    assert_eq!(texts(&second, ".card-text"), ["What happened?"]);
    assert_eq!(texts(&second, "h1"), ["More"]);
}

#[test]
fn hub_and_materials_speak_the_course_language() {
    let f = Fixture::new();
    f.write("course.toml", &COURSE_TOML.replace("language = \"en\"", "language = \"de\""));
    f.write(
        "content/01-start/_index.md",
        &format!("{MODULE_HEAD}\n[facilitator]\nduration = 75\nquestions = [\"Was hat dich überrascht?\"]\n\n[[materials]]\nkind = \"question-cards\"\nitems = [\"A?\", \"B?\"]\ndiscussion = true\n+++\nx\n"),
    );
    f.build_ok();
    let hub = f.page("facilitator/index.html");
    assert_eq!(texts(&hub, "h1"), ["Trainerbereich"]);
    assert_eq!(texts(&hub, "caption"), ["1 Workshop, insgesamt 1 Std. 15 Min."]);
    assert_eq!(texts(&hub, "thead th"), ["Modul", "Sitzung", "Teilnehmer-Handout", "Trainerleitfaden", "Material zum Ausdrucken"]);
    assert_eq!(texts(&hub, ".hub-materials .hub-note"), ["Fragekarten: 3 Karten auf 1 Bogen"]);
    assert_eq!(texts(&hub, "tfoot th"), ["Gesamt"]);
    let cards = f.page("facilitator/01-start/question-cards.html");
    assert!(texts(&cards, ".print-bar p")[0].starts_with("3 Karten, 8 pro A4- oder Letter-Bogen"), "{:?}", texts(&cards, ".print-bar p"));
    assert_eq!(texts(&cards, ".card-source"), ["Diskussionsfrage"]);
    let labels: Vec<&str> = cards.select(&sel("section.card")).filter_map(|c| c.value().attr("aria-label")).collect();
    assert_eq!(labels, ["Karte 1 von 3", "Karte 2 von 3", "Karte 3 von 3"]);
    let body = text(hub.select(&sel("main")).next().unwrap()) + &text(cards.select(&sel("main")).next().unwrap());
    for english in ["workshop", "Session", "Handout<", "Total", "Printing", "cards", "Card ", "Discussion question", "Back to"] {
        assert!(!body.contains(english), "English `{english}` on a German page: {body}");
    }
}
