//! Exercises: each kind renders with its `data-sonder-*` contract and accessible labels
//! (docs/markup.md), one snapshot per kind, every validation rule with its message and location,
//! placement in lessons, and the real courses (`sonder dev corpus`, the sample course) building cleanly.

mod common;

use std::collections::{HashMap, HashSet};

use common::*;

const KINDS: [&str; 6] = ["reflection", "journal", "quiz", "practice", "scale", "compose"];

/// A course with every kind (and the variants that render differently), all on one lesson page.
fn kinds_fixture() -> Fixture {
    let f = Fixture::new();
    f.write(
        "exercises/ex-reflection.toml",
        r#"title = "Their backstory"
kind = "reflection"
prompt = "Think of **one** colleague."
hint = "Small things count."

[[questions]]
id = "who"
text = "Who did you think of?"
placeholder = "A name"

[[questions]]
id = "what"
text = "What do you know about them?"
rows = 6
"#,
    );
    f.write("exercises/ex-single.toml", "title = \"One answer\"\nkind = \"reflection\"\nprompt = \"What stood out?\"\n");
    f.write(
        "exercises/ex-journal.toml",
        "title = \"After each one-on-one\"\nkind = \"journal\"\nprompt = \"Keep a log.\"\nhint = \"One line is enough.\"\nentry_prompt = \"What did you learn about their backstory?\"\n",
    );
    f.write(
        "exercises/ex-quiz.toml",
        r#"title = "Check yourself"
kind = "quiz"
prompt = "Pick the best answer."
hint = "Think about trust."

[[questions]]
id = "single"
text = "What builds trust fastest?"
choices = ["Expertise", "Listening", "Titles"]
answer = 1
explain = "Listening shows you care."

[[questions]]
id = "multi"
text = "Which are signs of safety?"
choices = ["Questions", "Silence", "Disagreement", "Blame"]
answer = [0, 2]
"#,
    );
    f.write(
        "exercises/ex-practice.toml",
        r#"title = "This week"
kind = "practice"
prompt = "Try it for real."
hint = "Start small."

[[steps]]
id = "ask"
text = "Ask one question about their weekend."

[[steps]]
id = "listen"
text = "Listen without fixing."
"#,
    );
    f.write(
        "exercises/ex-scale.toml",
        r#"title = "How often"
kind = "scale"
prompt = "Be honest."
hint = "Nobody sees this."
scale = ["Rarely", "Sometimes", "Almost always"]

[[statements]]
id = "listen"
text = "I listen before I answer."

[[statements]]
id = "ask"
text = "I ask about life outside work."
"#,
    );
    f.write(
        "exercises/ex-compose.toml",
        r#"title = "A clear ask"
kind = "compose"
prompt = "Turn a vague request into a clear one."
hint = "Say why."
template = "Hi {who}, could you {what}? Thanks!"

[[fields]]
id = "who"
label = "Who are you asking?"
placeholder = "Sam"

[[fields]]
id = "what"
label = "What exactly?"
rows = 3
"#,
    );
    f.write(
        "content/01-start/03-kinds.md",
        "+++\ntitle = \"All kinds\"\nweight = 3\nexercises = [\"ex-reflection\", \"ex-single\", \"ex-journal\", \"ex-quiz\", \"ex-practice\", \"ex-scale\", \"ex-compose\"]\n+++\n\nEvery kind.\n",
    );
    f
}

fn kinds_page(f: &Fixture) -> Html {
    f.build_ok();
    f.page("01-start/03-kinds.html")
}

fn exercise<'a>(doc: &'a Html, id: &str) -> ElementRef<'a> {
    one(doc, &format!("section[data-sonder-exercise=\"{id}\"]"))
}

fn fields<'a>(ex: ElementRef<'a>, field: &str) -> Vec<ElementRef<'a>> {
    select_in(ex, &format!("[data-sonder-field=\"{field}\"]"))
}

/// The accessible name of a control: its `<label for>` or a wrapping `<label>`.
fn label_of(doc: &Html, control: ElementRef) -> Option<String> {
    if let Some(id) = attr(control, "id") {
        let labels = select(doc, &format!("label[for=\"{id}\"]"));
        if labels.len() == 1 {
            return Some(text(labels[0]));
        }
        assert!(labels.len() <= 1, "several labels for #{id}");
    }
    control.ancestors().filter_map(ElementRef::wrap).find(|a| a.value().name() == "label").map(text)
}

fn describedby(el: ElementRef) -> Vec<String> {
    attr(el, "aria-describedby").map(|v| v.split_whitespace().map(String::from).collect()).unwrap_or_default()
}

/// Ids referenced by aria-describedby of the control or any of its ancestors up to the exercise.
fn described_by_chain(control: ElementRef) -> HashSet<String> {
    let mut ids: HashSet<String> = describedby(control).into_iter().collect();
    for a in control.ancestors().filter_map(ElementRef::wrap) {
        ids.extend(describedby(a));
        if attr(a, "data-sonder-exercise").is_some() {
            break;
        }
    }
    ids
}

// ---------------------------------------------------------------- contract shared by every kind

#[test]
fn contract_for_every_kind() {
    let f = kinds_fixture();
    let doc = kinds_page(&f);
    let expected: [(&str, &str); 7] = [
        ("ex-reflection", "reflection"),
        ("ex-single", "reflection"),
        ("ex-journal", "journal"),
        ("ex-quiz", "quiz"),
        ("ex-practice", "practice"),
        ("ex-scale", "scale"),
        ("ex-compose", "compose"),
    ];
    let roots = select(&doc, "[data-sonder-exercise]");
    let got: Vec<(&str, &str)> =
        roots.iter().map(|r| (attr(*r, "data-sonder-exercise").unwrap(), attr(*r, "data-sonder-kind").unwrap())).collect();
    assert_eq!(got, expected, "exercises in front matter order");
    // Ids on the page are unique.
    let mut seen = HashSet::new();
    for el in select(&doc, "[id]") {
        let id = attr(el, "id").unwrap();
        assert!(seen.insert(id), "duplicate id #{id} on the lesson page");
    }
    for (id, kind) in expected {
        let ex = exercise(&doc, id);
        assert_eq!(ex.value().name(), "section", "{id}: root is a <section>");
        assert_eq!(attr(ex, "data-sonder-kind"), Some(kind));
        // fieldset/legend
        let sets = select_in(ex, "fieldset");
        assert!(!sets.is_empty(), "{id}: no fieldset");
        for fs in &sets {
            let first = fs.children().filter_map(ElementRef::wrap).next();
            assert!(
                first.is_some_and(|e| e.value().name() == "legend" && !text(e).is_empty()),
                "{id}: a fieldset without a leading, non-empty legend"
            );
        }
        // Every answering control: a label, a field id, the right element type, inside a fieldset.
        let controls = select_in(ex, "[data-sonder-field]");
        assert!(!controls.is_empty(), "{id}: no answering controls");
        for c in &controls {
            let field = attr(*c, "data-sonder-field").unwrap();
            let label = label_of(&doc, *c).unwrap_or_else(|| panic!("{id}: control for field `{field}` has no label"));
            assert!(!label.is_empty(), "{id}: empty label for `{field}`");
            let tag = c.value().name();
            let ty = attr(*c, "type").unwrap_or("");
            assert!(
                tag == "textarea" || (tag == "input" && ["text", "radio", "checkbox"].contains(&ty)),
                "{id}: `{field}` is <{tag} type={ty}>"
            );
            assert!(
                c.ancestors().filter_map(ElementRef::wrap).any(|a| a.value().name() == "fieldset"),
                "{id}: `{field}` outside any fieldset"
            );
        }
        // Only form controls carry data-sonder-field (the widget binds them).
        for c in &controls {
            assert!(["textarea", "input"].contains(&c.value().name()));
        }
        // Without JavaScript: a note, and the reset button is the widget's.
        let ns = select_in(ex, "noscript");
        assert_eq!(ns.len(), 1, "{id}: one noscript note");
        assert!(ns[0].inner_html().to_lowercase().contains("not be saved"), "{id}: {}", ns[0].inner_html());
        assert_eq!(select_in(ex, "button[data-sonder-action=\"reset-exercise\"]").len(), 1, "{id}: reset button");
        // The title names the exercise (accessible name of the region).
        let labelledby = attr(ex, "aria-labelledby").unwrap_or_else(|| panic!("{id}: no aria-labelledby"));
        assert!(!text(one(&doc, &format!("[id=\"{labelledby}\"]"))).is_empty());
    }
    // One status element on a lesson page, even with seven exercises.
    assert_eq!(select(&doc, "[data-sonder-status]").len(), 1);
}

#[test]
fn hints_and_prompts_are_tied_with_aria_describedby() {
    let f = kinds_fixture();
    let doc = kinds_page(&f);
    let mut missing = Vec::new();
    for id in ["ex-reflection", "ex-journal", "ex-quiz", "ex-practice", "ex-scale", "ex-compose"] {
        let ex = exercise(&doc, id);
        let hint =
            select_in(ex, "[id]").into_iter().find(|e| text(*e).contains("Hint:") || attr(*e, "class").is_some_and(|c| c.contains("hint")));
        let hint = hint.unwrap_or_else(|| panic!("{id}: the hint is not in an element with an id"));
        let hint_id = attr(hint, "id").unwrap().to_string();
        for c in select_in(ex, "[data-sonder-field]") {
            if !described_by_chain(c).contains(&hint_id) {
                missing.push(format!("{id}: field `{}` is not described by the hint #{hint_id}", attr(c, "data-sonder-field").unwrap()));
            }
        }
        // Every id referenced exists.
        for c in select_in(ex, "[aria-describedby]") {
            for r in describedby(c) {
                assert_eq!(select(&doc, &format!("[id=\"{r}\"]")).len(), 1, "{id}: aria-describedby names a missing #{r}");
            }
        }
    }
    missing.dedup_by(|a, b| a.split(':').next() == b.split(':').next());
    assert!(missing.is_empty(), "hints not tied to their controls:\n{}", missing.join("\n"));
}

// ---------------------------------------------------------------- kind by kind

#[test]
fn reflection_renders_textareas_keyed_by_question_id() {
    let f = kinds_fixture();
    let doc = kinds_page(&f);
    let ex = exercise(&doc, "ex-reflection");
    let all: Vec<&str> = select_in(ex, "[data-sonder-field]").into_iter().map(|c| attr(c, "data-sonder-field").unwrap()).collect();
    assert_eq!(all, ["who", "what"]);
    let who = fields(ex, "who")[0];
    assert_eq!(who.value().name(), "textarea");
    assert_eq!(attr(who, "placeholder"), Some("A name"));
    assert_eq!(attr(who, "rows"), Some("4"), "default rows");
    assert_eq!(label_of(&doc, who).unwrap(), "Who did you think of?");
    assert_eq!(attr(fields(ex, "what")[0], "rows"), Some("6"));
    // The prompt is Markdown.
    assert_eq!(select_in(ex, "strong").into_iter().map(text).collect::<Vec<_>>().first().map(String::as_str), Some("one"));
    // No questions: one answer to the prompt, field `answer`.
    let single = exercise(&doc, "ex-single");
    let all: Vec<&str> = select_in(single, "[data-sonder-field]").into_iter().map(|c| attr(c, "data-sonder-field").unwrap()).collect();
    assert_eq!(all, ["answer"]);
    assert_eq!(fields(single, "answer")[0].value().name(), "textarea");
}

#[test]
fn journal_renders_entry_draft_add_button_and_entries_list() {
    let f = kinds_fixture();
    let doc = kinds_page(&f);
    let ex = exercise(&doc, "ex-journal");
    let entry = fields(ex, "entry");
    assert_eq!(entry.len(), 1);
    assert_eq!(entry[0].value().name(), "textarea");
    assert_eq!(label_of(&doc, entry[0]).unwrap(), "What did you learn about their backstory?");
    let add = select_in(ex, "button[data-sonder-action=\"add-entry\"]");
    assert_eq!(add.len(), 1);
    assert_eq!(attr(add[0], "type"), Some("button"), "not a submit button");
    assert_eq!(select_in(ex, "ol[data-sonder-entries]").len(), 1);
    assert_eq!(select_in(ex, "[data-sonder-field]").len(), 1);
}

#[test]
fn quiz_renders_radio_groups_checkboxes_feedback_and_explain() {
    let f = kinds_fixture();
    let doc = kinds_page(&f);
    let ex = exercise(&doc, "ex-quiz");
    let qs = select_in(ex, "fieldset[data-sonder-question]");
    assert_eq!(qs.len(), 2);
    // Single answer: radios sharing the question id (and a name), values are choice indices.
    let q = qs[0];
    assert_eq!(attr(q, "data-sonder-question"), Some("single"));
    assert_eq!(attr(q, "data-sonder-answer"), Some("1"));
    assert!(text(one_in(q, "legend")).contains("What builds trust fastest?"));
    let radios = select_in(q, "input");
    assert_eq!(radios.len(), 3);
    let names: HashSet<&str> = radios.iter().map(|r| attr(*r, "name").unwrap()).collect();
    assert_eq!(names.len(), 1, "one radio group");
    for (i, r) in radios.iter().enumerate() {
        assert_eq!(attr(*r, "type"), Some("radio"));
        assert_eq!(attr(*r, "data-sonder-field"), Some("single"));
        assert_eq!(attr(*r, "value"), Some(i.to_string().as_str()));
    }
    assert_eq!(label_of(&doc, radios[1]).unwrap(), "Listening");
    let fb = one_in(q, "[data-sonder-feedback]");
    assert_eq!(attr(fb, "aria-live"), Some("polite"));
    let explain = one_in(q, "[data-sonder-explain]");
    assert!(attr(explain, "hidden").is_some(), "explanation hidden until answered");
    assert_eq!(text(explain), "Listening shows you care.");
    // Several right answers: checkboxes sharing the id, answer "0,2".
    let q = qs[1];
    assert_eq!(attr(q, "data-sonder-question"), Some("multi"));
    assert_eq!(attr(q, "data-sonder-answer"), Some("0,2"));
    let boxes = select_in(q, "input");
    assert_eq!(boxes.len(), 4);
    for (i, b) in boxes.iter().enumerate() {
        assert_eq!(attr(*b, "type"), Some("checkbox"));
        assert_eq!(attr(*b, "data-sonder-field"), Some("multi"));
        assert_eq!(attr(*b, "value"), Some(i.to_string().as_str()));
    }
    assert_eq!(attr(one_in(q, "[data-sonder-feedback]"), "aria-live"), Some("polite"));
    assert!(select_in(q, "[data-sonder-explain]").is_empty(), "no explain given, none rendered");
}

fn one_in<'a>(el: ElementRef<'a>, s: &str) -> ElementRef<'a> {
    let v = select_in(el, s);
    assert_eq!(v.len(), 1, "expected one `{s}`, found {}", v.len());
    v[0]
}

#[test]
fn practice_renders_step_checkboxes_and_notes() {
    let f = kinds_fixture();
    let doc = kinds_page(&f);
    let ex = exercise(&doc, "ex-practice");
    for (sid, label) in [("ask", "Ask one question about their weekend."), ("listen", "Listen without fixing.")] {
        let c = fields(ex, sid);
        assert_eq!(c.len(), 1, "{sid}");
        assert_eq!(attr(c[0], "type"), Some("checkbox"));
        assert_eq!(attr(c[0], "value"), Some("done"));
        assert_eq!(label_of(&doc, c[0]).unwrap(), label);
    }
    let notes = fields(ex, "notes");
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].value().name(), "textarea");
}

#[test]
fn scale_renders_one_radio_group_per_statement() {
    let f = kinds_fixture();
    let doc = kinds_page(&f);
    let ex = exercise(&doc, "ex-scale");
    for (sid, statement) in [("listen", "I listen before I answer."), ("ask", "I ask about life outside work.")] {
        let radios = fields(ex, sid);
        assert_eq!(radios.len(), 3, "{sid}: one radio per label");
        let names: HashSet<&str> = radios.iter().map(|r| attr(*r, "name").unwrap()).collect();
        assert_eq!(names.len(), 1);
        for (i, r) in radios.iter().enumerate() {
            assert_eq!(attr(*r, "type"), Some("radio"));
            assert_eq!(attr(*r, "value"), Some(i.to_string().as_str()));
        }
        let labels: Vec<String> = radios.iter().map(|r| label_of(&doc, *r).unwrap()).collect();
        assert_eq!(labels, ["Rarely", "Sometimes", "Almost always"]);
        // The group is named by its statement.
        let fs = radios[0].ancestors().filter_map(ElementRef::wrap).find(|a| a.value().name() == "fieldset").unwrap();
        assert_eq!(text(one_in(fs, "legend")), statement);
        assert_eq!(select_in(fs, "input[type=radio]").len(), 3, "{sid}: its fieldset holds only its own radios");
    }
}

#[test]
fn compose_renders_fields_and_the_composed_output() {
    let f = kinds_fixture();
    let doc = kinds_page(&f);
    let ex = exercise(&doc, "ex-compose");
    let who = fields(ex, "who");
    assert_eq!(who.len(), 1);
    assert_eq!((who[0].value().name(), attr(who[0], "type")), ("input", Some("text")), "one-line field");
    assert_eq!(attr(who[0], "placeholder"), Some("Sam"));
    assert_eq!(label_of(&doc, who[0]).unwrap(), "Who are you asking?");
    let what = fields(ex, "what");
    assert_eq!(what[0].value().name(), "textarea", "rows = 3 makes a textarea");
    assert_eq!(attr(what[0], "rows"), Some("3"));
    let out = one_in(ex, "output[data-sonder-composed]");
    assert_eq!(attr(out, "data-sonder-template"), Some("Hi {who}, could you {what}? Thanks!"));
    let preview = text(out);
    assert!(preview.starts_with("Hi ") && !preview.contains("{who}"), "readable without JS: {preview}");
}

#[test]
fn journal_page_lists_every_exercise_field() {
    let f = kinds_fixture();
    f.build_ok();
    let doc = f.page("journal.html");
    one(&doc, "[data-sonder-journal]");
    let arts = select(&doc, "[data-sonder-journal-exercise]");
    let ids: Vec<&str> = arts.iter().map(|a| attr(*a, "data-sonder-journal-exercise").unwrap()).collect();
    assert_eq!(ids, ["first-reflection", "ex-reflection", "ex-single", "ex-journal", "ex-quiz", "ex-practice", "ex-scale", "ex-compose"]);
    let answers = |id: &str| -> Vec<String> {
        let a = one(&doc, &format!("[data-sonder-journal-exercise=\"{id}\"]"));
        select_in(a, "dd[data-sonder-answer]").into_iter().map(|d| attr(d, "data-sonder-answer").unwrap().to_string()).collect()
    };
    assert_eq!(answers("ex-reflection"), ["who", "what"]);
    assert_eq!(answers("ex-single"), ["answer"]);
    assert_eq!(answers("ex-journal"), ["entry"]);
    assert_eq!(answers("ex-practice"), ["ask", "listen", "notes"]);
    assert_eq!(answers("ex-compose"), ["who", "what"]);
    let quiz = one(&doc, "[data-sonder-journal-exercise=\"ex-quiz\"] dd[data-sonder-answer=\"single\"]");
    assert_eq!(attr(quiz, "data-sonder-choices"), Some(r#"["Expertise","Listening","Titles"]"#));
    let scale = one(&doc, "[data-sonder-journal-exercise=\"ex-scale\"] dd[data-sonder-answer=\"ask\"]");
    assert_eq!(attr(scale, "data-sonder-choices"), Some(r#"["Rarely","Sometimes","Almost always"]"#));
    // Each journal entry links back to the exercise on its lesson page.
    for a in arts {
        let href = attr(one_in(a, "h4 a"), "href").unwrap();
        let (page, frag) = resolve("journal.html", href).unwrap();
        let lesson = f.page(&page);
        let frag = frag.unwrap();
        let target = one(&lesson, &format!("[id=\"{frag}\"]"));
        assert_eq!(attr(target, "data-sonder-exercise"), attr(a, "data-sonder-journal-exercise"));
    }
}

// ---------------------------------------------------------------- snapshots

#[test]
fn one_snapshot_per_kind() {
    let f = kinds_fixture();
    let doc = kinds_page(&f);
    let raw = f.read("public/01-start/03-kinds.html");
    for (id, name) in [
        ("ex-reflection", "reflection"),
        ("ex-journal", "journal"),
        ("ex-quiz", "quiz"),
        ("ex-practice", "practice"),
        ("ex-scale", "scale"),
        ("ex-compose", "compose"),
    ] {
        // The exercise exactly as written (sections do not nest inside an exercise).
        exercise(&doc, id);
        let start = raw.find(&format!("data-sonder-exercise=\"{id}\"")).and_then(|i| raw[..i].rfind("<section")).unwrap();
        let end = start + raw[start..].find("</section>").unwrap() + "</section>".len();
        let html = &raw[start..end];
        // Snapshots are committed (tests/snapshots/); a missing or different one fails the test
        // (with CI=true insta writes nothing). Review changes with `cargo insta review`, or rerun
        // with INSTA_UPDATE=always and read the diff.
        insta::assert_snapshot!(format!("exercise-{name}"), pretty_html(html));
    }
}

// ---------------------------------------------------------------- validation rules

/// A course whose lesson uses `exercises/bad.toml` (so no unused warning), with that content.
fn with_exercise(toml: &str) -> Fixture {
    let f = Fixture::new();
    f.write("exercises/bad.toml", toml);
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nexercises = [\"bad\"]\n+++\n");
    f
}

fn rule(toml: &str, message: &str, location: &str) {
    let f = with_exercise(toml);
    let r = f.check(&[]);
    r.failed().has_error(message, location);
    let d = r.diagnostics().into_iter().find(|d| d.message.contains(message)).unwrap();
    assert!(d.hint.is_some(), "no hint for {message:?}:\n{}", d.text);
    assert!(d.text.contains('^'), "no marker under the source:\n{}", d.text);
    f.build(&[]).failed().has_error(message, location);
    assert!(!f.out().exists());
    // The lesson naming the broken exercise is not told that it does not exist.
    assert!(!r.stderr.contains("unknown exercise `bad`"), "a cascading error:\n{}", r.stderr);
}

#[test]
fn unknown_kind() {
    rule("title = \"T\"\nkind = \"essay\"\nprompt = \"P\"\n", "unknown exercise kind `essay`", "exercises/bad.toml:2:8");
}

#[test]
fn key_the_kind_does_not_take() {
    rule(
        "title = \"T\"\nkind = \"journal\"\nprompt = \"P\"\ntemplate = \"x\"\n",
        "a journal exercise does not take `template`",
        "exercises/bad.toml:4:12",
    );
    rule(
        "title = \"T\"\nkind = \"reflection\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = [\"x\", \"y\"]\n",
        "a reflection question does not take `choices`",
        "exercises/bad.toml:7:11",
    );
    rule(
        "title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = [\"x\", \"y\"]\nanswer = 0\nrows = 3\n",
        "a quiz question does not take `rows`",
        "exercises/bad.toml:9:8",
    );
    rule("title = \"T\"\nkind = \"journal\"\nprompt = \"P\"\ncolour = \"red\"\n", "unknown field `colour`", "exercises/bad.toml:4:1");
}

#[test]
fn missing_required_keys() {
    rule("kind = \"journal\"\nprompt = \"P\"\n", "missing required key `title`", "exercises/bad.toml:1:1");
    rule("title = \"T\"\nprompt = \"P\"\n", "missing required key `kind`", "exercises/bad.toml:1:1");
    rule("title = \"T\"\nkind = \"journal\"\n", "missing required key `prompt`", "exercises/bad.toml:1:1");
    rule("title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n", "a quiz needs `[[questions]]`", "exercises/bad.toml:1:1");
    rule(
        "title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nanswer = 0\n",
        "question `a` has no `choices`",
        "exercises/bad.toml:4:1",
    );
    rule(
        "title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = [\"x\", \"y\"]\n",
        "question `a` has no `answer`",
        "exercises/bad.toml:4:1",
    );
    rule("title = \"T\"\nkind = \"practice\"\nprompt = \"P\"\n", "needs `[[steps]]`", "exercises/bad.toml:1:1");
    rule(
        "title = \"T\"\nkind = \"practice\"\nprompt = \"P\"\n[[steps]]\nid = \"a\"\n",
        "this step has no `text`",
        "exercises/bad.toml:4:1",
    );
    rule(
        "title = \"T\"\nkind = \"scale\"\nprompt = \"P\"\n[[statements]]\nid = \"a\"\ntext = \"x\"\n",
        "a scale exercise needs `scale`",
        "exercises/bad.toml:1:1",
    );
    rule(
        "title = \"T\"\nkind = \"compose\"\nprompt = \"P\"\n[[fields]]\nid = \"a\"\nlabel = \"A\"\n",
        "needs `template`",
        "exercises/bad.toml:1:1",
    );
    rule("title = \"T\"\nkind = \"compose\"\nprompt = \"P\"\ntemplate = \"x\"\n", "needs `[[fields]]`", "exercises/bad.toml:1:1");
}

#[test]
fn wrong_value_types() {
    rule(
        "title = \"T\"\nkind = \"reflection\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nrows = \"many\"\n",
        "invalid type",
        "exercises/bad.toml:7:8",
    );
    rule("title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = [\"x\", \"y\"]\nanswer = \"x\"\n", "must be a choice index", "exercises/bad.toml:8:10");
    rule(
        "title = \"T\"\nkind = \"reflection\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nrows = 99\n",
        "rows = 99 is out of range",
        "exercises/bad.toml:7:8",
    );
    rule(
        "title = \"T\"\nkind = \"compose\"\nprompt = \"P\"\ntemplate = \"{a}\"\n[[fields]]\nid = \"a\"\nlabel = \"\"\n",
        "`label` of this field is empty",
        "exercises/bad.toml:7:9",
    );
}

#[test]
fn quiz_answer_out_of_range() {
    let t =
        "title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = [\"x\", \"y\"]\nanswer = 2\n";
    rule(t, "answer 2 of question `a` is out of range", "exercises/bad.toml:8:10");
    let t = "title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = [\"x\", \"y\"]\nanswer = [0, -1]\n";
    rule(t, "answer -1 of question `a` is out of range", "exercises/bad.toml:8:10");
    let t =
        "title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = [\"x\", \"y\"]\nanswer = []\n";
    rule(t, "empty answer list", "exercises/bad.toml:8:10");
}

#[test]
fn quiz_question_with_fewer_than_two_choices() {
    let t = "title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = [\"only\"]\nanswer = 0\n";
    rule(t, "needs at least 2", "exercises/bad.toml:7:11");
    // No choices at all: that one error, not also an answer "out of range".
    let t = "title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = []\nanswer = 1\n";
    rule(t, "has 0 choice(s)", "exercises/bad.toml:7:11");
    assert_eq!(with_exercise(t).check(&[]).error_count(), 1);
}

#[test]
fn quiz_choices_that_read_the_same_are_a_warning() {
    let f = with_exercise(
        "title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = [\"Yes\", \"No\", \" yes \"]\nanswer = 0\n",
    );
    f.check(&[]).ok().has_warning("choices 0 and 2 of question `a` read the same: \"yes\"", "exercises/bad.toml:7:11");
}

#[test]
fn duplicate_field_ids() {
    rule(
        "title = \"T\"\nkind = \"practice\"\nprompt = \"P\"\n[[steps]]\nid = \"a\"\ntext = \"x\"\n[[steps]]\nid = \"a\"\ntext = \"y\"\n",
        "duplicate id `a`",
        "exercises/bad.toml:8:6",
    );
    rule(
        "title = \"T\"\nkind = \"reflection\"\nprompt = \"P\"\n[[questions]]\nid = \"q2\"\ntext = \"x\"\n[[questions]]\ntext = \"y\"\n",
        "duplicate id `q2`",
        "exercises/bad.toml:7:1",
    );
    rule(
        "title = \"T\"\nkind = \"reflection\"\nprompt = \"P\"\n[[questions]]\nid = \"notes\"\ntext = \"x\"\n",
        "reserved field name",
        "exercises/bad.toml:5:6",
    );
    rule(
        "title = \"T\"\nkind = \"reflection\"\nprompt = \"P\"\n[[questions]]\nid = \"a b\"\ntext = \"x\"\n",
        "not a valid id",
        "exercises/bad.toml:5:6",
    );
}

#[test]
fn compose_placeholder_naming_no_field_is_an_error() {
    rule(
        "title = \"T\"\nkind = \"compose\"\nprompt = \"P\"\ntemplate = \"Hi {who}, {what}\"\n[[fields]]\nid = \"who\"\nlabel = \"W\"\n",
        "the template's `{what}` names no field",
        "exercises/bad.toml:4:12",
    );
}

#[test]
fn compose_field_the_template_never_uses_is_a_warning() {
    let f = with_exercise("title = \"T\"\nkind = \"compose\"\nprompt = \"P\"\ntemplate = \"Hi {who}\"\n[[fields]]\nid = \"who\"\nlabel = \"W\"\n\n[[fields]]\nid = \"extra\"\nlabel = \"E\"\n");
    f.check(&[]).ok().has_warning("field `extra` is never used by the template", "exercises/bad.toml:9:1");
    f.build(&[]).ok().has_warning("field `extra` is never used", "exercises/bad.toml:9:1");
    f.check(&["--deny-warnings"]).failed().has_error("field `extra` is never used", "exercises/bad.toml:9:1");
}

#[test]
fn scale_needs_two_to_seven_labels() {
    let base = |labels: &str| {
        format!("title = \"T\"\nkind = \"scale\"\nprompt = \"P\"\nscale = {labels}\n[[statements]]\nid = \"s\"\ntext = \"x\"\n")
    };
    rule(&base("[\"one\"]"), "a scale needs 2 to 7 labels, this one has 1", "exercises/bad.toml:4:9");
    rule(
        &base("[\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\", \"8\"]"),
        "a scale needs 2 to 7 labels, this one has 8",
        "exercises/bad.toml:4:9",
    );
    for ok in ["[\"a\", \"b\"]", "[\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\"]"] {
        with_exercise(&base(ok)).check(&["--deny-warnings"]).ok();
    }
}

#[test]
fn empty_prompt_with_no_questions() {
    rule(
        "title = \"T\"\nkind = \"reflection\"\nprompt = \"\"\n",
        "the prompt is empty and there are no questions",
        "exercises/bad.toml:3:10",
    );
    rule("title = \"T\"\nkind = \"journal\"\nprompt = \"  \"\n", "the prompt is empty", "exercises/bad.toml:3:10");
    // With questions, an empty prompt is fine.
    with_exercise("title = \"T\"\nkind = \"reflection\"\nprompt = \"\"\n[[questions]]\nid = \"a\"\ntext = \"x\"\n")
        .check(&["--deny-warnings"])
        .ok();
}

#[test]
fn missing_id_falls_back_to_position_with_a_warning_in_check() {
    let f = with_exercise(
        "title = \"T\"\nkind = \"practice\"\nprompt = \"P\"\n\n[[steps]]\ntext = \"x\"\n\n[[steps]]\nid = \"b\"\ntext = \"y\"\n",
    );
    let r = f.check(&[]);
    r.ok().has_warning("item 1 has no `id`; its answers are saved under its position (`s1`)", "exercises/bad.toml:5:1");
    let d = r.diagnostics().into_iter().find(|d| d.message.contains("no `id`")).unwrap();
    assert!(d.hint.as_deref().is_some_and(|h| h.contains("reorder")), "hint says reordering detaches answers: {}", d.text);
    f.check(&["--deny-warnings"]).failed();
    // The build uses the position as the field id.
    f.build_ok();
    let doc = f.page("01-start/02-second.html");
    let ex = exercise(&doc, "bad");
    let ids: Vec<&str> = select_in(ex, "input[type=checkbox]").into_iter().map(|c| attr(c, "data-sonder-field").unwrap()).collect();
    assert_eq!(ids, ["s1", "b"]);
}

#[test]
fn all_exercise_problems_are_reported_together() {
    let f = Fixture::new();
    f.write("exercises/a.toml", "title = \"T\"\nkind = \"essay\"\nprompt = \"P\"\n");
    f.write("exercises/b.toml", "title = \"T\"\nkind = \"scale\"\nprompt = \"P\"\nscale = [\"x\"]\n[[statements]]\nid = \"s\"\ntext = \"x\"\n[[statements]]\nid = \"s\"\ntext = \"y\"\n");
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nexercises = [\"a\", \"b\"]\n+++\n");
    let r = f.check(&[]);
    r.failed()
        .has_error("unknown exercise kind", "exercises/a.toml:2:8")
        .has_error("2 to 7 labels", "exercises/b.toml:4:9")
        .has_error("duplicate id `s`", "exercises/b.toml:9:6");
}

// ---------------------------------------------------------------- placement

#[test]
fn marker_renders_the_exercise_in_place() {
    let f = Fixture::new();
    f.write("exercises/inline.toml", "title = \"Inline\"\nkind = \"journal\"\nprompt = \"P\"\n");
    f.write(
        "content/01-start/02-second.md",
        "+++\ntitle = \"Second\"\nweight = 2\nexercises = [\"after\"]\n+++\n\nBefore the exercise.\n\n{{ exercise inline }}\n\nAfter the exercise.\n\n```\n{{ exercise not-a-marker }}\n```\n",
    );
    f.write("exercises/after.toml", "title = \"After\"\nkind = \"journal\"\nprompt = \"P\"\n");
    f.build_ok();
    let doc = f.page("01-start/02-second.html");
    let prose = one(&doc, "article .prose");
    let kids: Vec<String> = prose
        .children()
        .filter_map(ElementRef::wrap)
        .map(|e| attr(e, "data-sonder-exercise").map(|id| format!("[{id}]")).unwrap_or_else(|| text(e)))
        .collect();
    let before = kids.iter().position(|k| k == "Before the exercise.").unwrap();
    assert_eq!(kids[before + 1], "[inline]", "{kids:?}");
    assert_eq!(kids[before + 2], "After the exercise.", "{kids:?}");
    assert!(text(prose).contains("{{ exercise not-a-marker }}"), "a marker in a code block stays text");
    // Page order: markers first where they stand, then the front matter list after the body.
    let order: Vec<&str> = select(&doc, "[data-sonder-exercise]").into_iter().map(|e| attr(e, "data-sonder-exercise").unwrap()).collect();
    assert_eq!(order, ["inline", "after"]);
    assert!(select_in(prose, "[data-sonder-exercise=\"after\"]").is_empty());
    assert_eq!(select(&doc, "[data-sonder-status]").len(), 1);
    // The journal page lists both, in page order.
    let j = f.page("journal.html");
    let ids: Vec<&str> =
        select(&j, "[data-sonder-journal-exercise]").into_iter().map(|e| attr(e, "data-sonder-journal-exercise").unwrap()).collect();
    assert_eq!(ids, ["first-reflection", "inline", "after"]);
}

#[test]
fn marker_naming_an_unknown_exercise_is_an_error() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\n+++\n\nText.\n\n{{ exercise frist-reflection }}\n");
    let r = f.build(&[]);
    r.failed().has_error("an exercise marker names an unknown exercise `frist-reflection`", "content/01-start/02-second.md:7:1");
    let d = r.diagnostics().into_iter().find(|d| d.message.contains("frist-reflection")).unwrap();
    assert!(d.hint.as_deref().is_some_and(|h| h.contains("first-reflection")), "{}", d.text);
}

#[test]
fn an_exercise_in_two_lessons_is_an_error() {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nweight = 2\n+++\n\n{{ exercise first-reflection }}\n");
    f.build(&[])
        .failed()
        .has_error("exercise `first-reflection` is already used in content/01-start/01-first.md", "content/01-start/02-second.md:6:1");
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nweight = 2\nexercises = [\"first-reflection\"]\n+++\n");
    f.build(&[]).failed().has_error("is already used in content/01-start/01-first.md", "content/01-start/02-second.md:4:14");
}

#[test]
fn an_exercise_twice_in_one_lesson_is_an_error() {
    let f = Fixture::new();
    f.write(
        "content/01-start/01-first.md",
        "+++\ntitle = \"First\"\nexercises = [\"first-reflection\"]\n+++\n\n{{ exercise first-reflection }}\n",
    );
    f.build(&[]).failed().has_error("appears twice in this lesson", "content/01-start/01-first.md:3:14");
}

#[test]
fn an_unused_exercise_is_a_warning() {
    let f = Fixture::new();
    f.write("exercises/spare.toml", "title = \"Spare\"\nkind = \"journal\"\nprompt = \"P\"\n");
    f.check(&[]).ok().has_warning("exercise `spare` is not used by any lesson", "exercises/spare.toml:1:1");
}

#[test]
fn a_marker_glued_to_a_paragraph_is_pointed_at() {
    let f = Fixture::new();
    f.write("exercises/spare.toml", "title = \"Spare\"\nkind = \"journal\"\nprompt = \"P\"\n");
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second\"\nweight = 2\n+++\n\nSome text right above\n  {{ exercise spare }}\n");
    f.check(&[]).ok().has_warning("this `{{ exercise spare }}` is not a paragraph of its own", "content/01-start/02-second.md:7:3");
    f.check(&["--deny-warnings"]).failed();
}

#[test]
fn exercise_file_names_must_be_valid_ids() {
    let f = Fixture::new();
    f.write("exercises/bad name.toml", "title = \"T\"\nkind = \"journal\"\nprompt = \"P\"\n");
    f.check(&[]).failed().has_error("`bad name` is not a valid exercise id", "exercises/bad name.toml");
}

// ---------------------------------------------------------------- the real courses

#[test]
fn generated_course_with_every_kind_builds_without_errors() {
    let c = corpus();
    c.run.ok();
    assert_eq!(c.run.error_count(), 0, "{}", c.run.stderr);
    assert!(c.run.stderr.lines().any(|l| l.starts_with("Built ")), "{}", c.run.stderr);
    // Every kind appears in the corpus and is rendered with its contract.
    let mut kinds: HashMap<String, usize> = HashMap::new();
    let mut exercises = 0;
    for f in html_files_under(&c.out()) {
        let doc = parse_file(&c.out().join(&f));
        if attr(one(&doc, "html"), "data-sonder-page") != Some("lesson") {
            continue;
        }
        assert_eq!(select(&doc, "[data-sonder-status]").len(), 1, "{f}");
        for ex in select(&doc, "section[data-sonder-exercise]") {
            exercises += 1;
            *kinds.entry(attr(ex, "data-sonder-kind").unwrap().to_string()).or_default() += 1;
            for c in select_in(ex, "[data-sonder-field]") {
                assert!(
                    label_of(&doc, c).is_some_and(|l| !l.is_empty()),
                    "{f}: unlabelled control in {}",
                    attr(ex, "data-sonder-exercise").unwrap()
                );
            }
        }
    }
    for k in KINDS {
        assert!(kinds.get(k).is_some_and(|n| *n > 0), "kind {k} missing from the corpus output: {kinds:?}");
    }
    assert_eq!(exercises, files_under(&c.root().join("exercises")).len(), "every exercise file is rendered once");
    // The corpus is also clean under `sonder check`.
    let root = c.root().to_string_lossy().into_owned();
    let r = sonder_in(c.root(), &["check", "--root", &root]);
    r.ok();
    assert_eq!(r.error_count(), 0);
}

#[test]
fn sample_course_builds_with_deny_warnings() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let root = repo_root().to_string_lossy().into_owned();
    let r = sonder_in(&repo_root(), &["build", "--root", &root, "--output", site.to_str().unwrap(), "--deny-warnings"]);
    r.ok();
    assert!(r.diagnostics().is_empty(), "{}", r.stderr);
    assert!(site.join("index.html").is_file());
    let problems = broken_links(&site);
    assert!(problems.is_empty(), "{problems:#?}");
    // Every kind the sample uses renders; every control has a label.
    let toml = std::fs::read_to_string(repo_root().join("course.toml")).unwrap();
    let course_id = toml
        .lines()
        .find_map(|l| l.trim().strip_prefix("id = \""))
        .and_then(|r| r.strip_suffix('"'))
        .expect("id in course.toml")
        .to_string();
    for p in html_files_under(&site) {
        let doc = parse_file(&site.join(&p));
        assert_eq!(attr(one(&doc, "html"), "data-sonder-course"), Some(course_id.as_str()), "{p}");
        for c in select(&doc, "section[data-sonder-exercise] [data-sonder-field]") {
            assert!(label_of(&doc, c).is_some_and(|l| !l.is_empty()), "{p}: unlabelled control");
        }
    }
}
