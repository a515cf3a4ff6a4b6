//! Human-readable output: dates and the Markdown journal.

use crate::json::{u64_str, Value};
use crate::map::Map;
use crate::model::{Doc, Entry};
use alloc::string::String;
use alloc::vec::Vec;

fn pad2(out: &mut String, n: u64) {
    if n < 10 {
        out.push('0');
    }
    out.push_str(&u64_str(n));
}

/// (year, month, day) of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil(days: i64) -> (i64, u64, u64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u64;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u64;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

/// `YYYY-MM-DD HH:MM` for a time in ms, shifted by `tz_min` minutes (east positive).
pub fn date_time(ms: u64, tz_min: i64) -> String {
    stamp(ms, tz_min, ' ')
}

/// How the export shows a time: as the journal page shows it (the page passes each time it will
/// need, formatted in the course's language, as `outline.dates`: `{"<ms>": "29 Nov 2026, 15:37"}`),
/// else `YYYY-MM-DD HH:MM` in the page's time zone.
struct Dates<'a> {
    shown: Option<&'a Value>,
    tz: i64,
}

impl Dates<'_> {
    fn at(&self, ms: u64) -> String {
        match self.shown.and_then(|d| d.get(&u64_str(ms))).and_then(Value::as_str) {
            Some(s) if !s.is_empty() => String::from(s),
            _ => date_time(ms, self.tz),
        }
    }
}

fn stamp(ms: u64, tz_min: i64, sep: char) -> String {
    let secs = (ms / 1000) as i64 + tz_min * 60;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400) as u64;
    let (y, m, d) = civil(days);
    let mut s = String::new();
    s.push_str(&u64_str(y.max(0) as u64));
    s.push('-');
    pad2(&mut s, m);
    s.push('-');
    pad2(&mut s, d);
    s.push(sep);
    pad2(&mut s, rem / 3600);
    s.push(':');
    pad2(&mut s, rem / 60 % 60);
    s
}

/// ISO 8601 UTC, e.g. `2026-11-24T06:44:00Z`.
pub fn iso_utc(ms: u64) -> String {
    let mut s = stamp(ms, 0, 'T');
    s.push(':');
    pad2(&mut s, ms / 1000 % 60);
    s.push('Z');
    s
}

fn str_list(v: Option<&Value>) -> Vec<&str> {
    match v {
        Some(Value::Arr(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn field_str<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

/// The export's own words in the course's language: `outline.labels` (from the page's
/// messages: `journal`, `exported` with `{date}` and `{course}`, `draft`, `none`, `composed`,
/// `orphans`, `done`), English where one is missing.
struct Words<'a> {
    labels: Option<&'a Value>,
}

impl<'a> Words<'a> {
    fn get(&self, key: &str, english: &'a str) -> &'a str {
        match self.labels.and_then(|l| l.get(key)).and_then(Value::as_str) {
            Some(s) if !s.is_empty() => s,
            _ => english,
        }
    }
}

/// Appends `template` with its `{name}` placeholders filled from `args` (others kept as written).
/// By hand, without slicing by index: `str::replace` and panicking slices add kilobytes to the wasm.
fn fill(out: &mut String, template: &str, args: &[(&str, &str)]) {
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let known = after.split_once('}').and_then(|(name, tail)| Some((args.iter().find(|(n, _)| *n == name)?.1, tail)));
        match known {
            Some((v, tail)) => {
                out.push_str(v);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// An answer as text: choice indexes become their labels, `done` becomes `done_text`.
pub fn answer_text(v: &Value, choices: &[&str], done_text: &str) -> String {
    let one = |s: &str| -> String {
        if s == "done" && choices.is_empty() {
            return String::from(done_text);
        }
        match crate::json::parse_u64(s).and_then(|i| choices.get(i as usize)) {
            Some(label) => String::from(*label),
            None => String::from(s),
        }
    };
    match v {
        Value::Str(s) => one(s),
        Value::Arr(a) => {
            let mut out = String::new();
            for x in a.iter().filter_map(Value::as_str) {
                if !out.is_empty() {
                    out.push_str(", ");
                }
                out.push_str(&one(x));
            }
            out
        }
        _ => String::new(),
    }
}

fn quote(out: &mut String, text: &str) {
    for line in text.split_terminator('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        out.push('>');
        if !line.is_empty() {
            out.push(' ');
            out.push_str(line);
        }
        out.push('\n');
    }
    out.push('\n');
}

/// Appends `text` with every run of whitespace collapsed to one space.
fn one_line(out: &mut String, text: &str) {
    let mut first = true;
    for w in text.split_ascii_whitespace() {
        if !first {
            out.push(' ');
        }
        out.push_str(w);
        first = false;
    }
}

fn heading(out: &mut String, level: usize, text: &str) {
    for _ in 0..level {
        out.push('#');
    }
    out.push(' ');
    // One line only: a heading cannot span lines.
    one_line(out, text);
    out.push_str("\n\n");
}

/// Writes one field's answer (and, for journal drafts, the dated entries).
fn field_md(out: &mut String, fields: Option<&Map<Entry>>, id: &str, choices: &[&str], dates: &Dates, words: &Words) {
    let mut wrote = false;
    if let Some(fs) = fields {
        let prefix = {
            let mut p = String::from(id);
            p.push(':');
            p
        };
        let entries: Vec<_> = fs.iter().filter(|(k, e)| k.starts_with(&prefix) && matches!(&e.v, Value::Str(s) if !s.is_empty())).collect();
        for (k, e) in entries {
            let when = k.get(prefix.len()..).and_then(crate::json::parse_u64).unwrap_or(e.t);
            out.push_str("- ");
            out.push_str(&dates.at(when));
            out.push_str(":\n\n");
            quote(out, e.v.as_str().unwrap_or(""));
            wrote = true;
        }
        if let Some(e) = fs.get(id) {
            let t = answer_text(&e.v, choices, words.get("done", "Done"));
            if !t.is_empty() {
                if wrote {
                    out.push_str(words.get("draft", "Draft:"));
                    out.push_str("\n\n");
                }
                quote(out, &t);
                wrote = true;
            }
        }
    }
    if !wrote {
        out.push('_');
        out.push_str(words.get("none", "(no answer yet)"));
        out.push_str("_\n\n");
    }
}

/// Whether any of the exercise's `fields` (outline entries) holds an answer or a journal entry.
fn answered(fields: Option<&Map<Entry>>, outline_fields: &[Value]) -> bool {
    let Some(fs) = fields else { return false };
    outline_fields.iter().any(|f| {
        let id = field_str(f, "id");
        fs.iter().any(|(k, e)| {
            let own = k == id || (k.starts_with(id) && k.as_bytes().get(id.len()) == Some(&b':'));
            own && !answer_text(&e.v, &[], "x").is_empty()
        })
    })
}

/// The whole journal in Markdown. `outline` is what the journal page shows:
/// `{"title", "modules":[{"title","lessons":[{"title","exercises":[{"id","title","prompt",
/// "composed","fields":[{"id","label","choices":[...]}]}]}]}],"dates":{"<ms>":"text"}}` (`composed`: the text a compose
/// exercise put together, as the page shows it). Exercises without an answer are left out, and
/// so are lessons and modules left with none.
pub fn markdown(doc: &Doc, outline: &Value, now: u64, tz: i64) -> String {
    let mut out = String::new();
    let dates = Dates { shown: outline.get("dates"), tz };
    let words = Words { labels: outline.get("labels") };
    let title = field_str(outline, "title");
    heading(&mut out, 1, if title.is_empty() { words.get("journal", "Journal") } else { title });
    let mut course = String::from("`");
    course.push_str(&doc.course);
    course.push('`');
    fill(&mut out, words.get("exported", "Exported {date} (course id {course})."), &[("date", &dates.at(now)), ("course", &course)]);
    out.push_str("\n\n");
    let mut known: Map<Vec<String>> = Map::new();
    let empty = Vec::new();
    let list = |v: &Value, k: &str| -> Vec<Value> {
        match v.get(k) {
            Some(Value::Arr(a)) => a.clone(),
            _ => Vec::new(),
        }
    };
    let is_answered = |ex: &Value| answered(doc.answers.get(field_str(ex, "id")), &list(ex, "fields"));
    for m in list(outline, "modules") {
        // Every exercise's fields are known (so none is listed as an orphan), answered or not.
        for ex in list(&m, "lessons").iter().flat_map(|l| list(l, "exercises")) {
            let kf = known.slot(field_str(&ex, "id"));
            kf.extend(list(&ex, "fields").iter().map(|f| String::from(field_str(f, "id"))));
        }
        let lessons: Vec<(Value, Vec<Value>)> = list(&m, "lessons")
            .into_iter()
            .map(|l| {
                let exercises = list(&l, "exercises").into_iter().filter(|e| is_answered(e)).collect();
                (l, exercises)
            })
            .filter(|(_, e): &(Value, Vec<Value>)| !e.is_empty())
            .collect();
        if lessons.is_empty() {
            continue;
        }
        heading(&mut out, 2, field_str(&m, "title"));
        for (l, exercises) in lessons {
            heading(&mut out, 3, field_str(&l, "title"));
            for ex in exercises {
                let id = field_str(&ex, "id");
                heading(&mut out, 4, field_str(&ex, "title"));
                let prompt = field_str(&ex, "prompt").trim_ascii();
                if !prompt.is_empty() {
                    out.push_str(prompt);
                    out.push_str("\n\n");
                }
                let fields = doc.answers.get(id);
                for f in list(&ex, "fields") {
                    let fid = field_str(&f, "id");
                    let label = field_str(&f, "label");
                    if !label.is_empty() {
                        out.push_str("**");
                        one_line(&mut out, label);
                        out.push_str("**\n\n");
                    }
                    let choices = str_list(f.get("choices"));
                    field_md(&mut out, fields, fid, &choices, &dates, &words);
                }
                let composed = field_str(&ex, "composed").trim_ascii();
                if !composed.is_empty() {
                    out.push_str("**");
                    out.push_str(words.get("composed", "Your text"));
                    out.push_str("**\n\n");
                    quote(&mut out, composed);
                }
            }
        }
    }
    let orphans = doc.orphans(&known);
    if !orphans.is_empty() {
        heading(&mut out, 2, words.get("orphans", "Answers to exercises no longer in the course"));
        for (ex, f, e) in orphans {
            out.push_str("**");
            out.push_str(&ex);
            out.push_str(" / ");
            out.push_str(&f);
            out.push_str("** (");
            out.push_str(&dates.at(e.t));
            out.push_str(")\n\n");
            quote(&mut out, &answer_text(&e.v, &empty, words.get("done", "Done")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    #[test]
    fn dates() {
        assert_eq!(date_time(0, 0), "1970-01-01 00:00");
        assert_eq!(iso_utc(1_795_502_640_000), "2026-11-24T06:44:00Z");
        assert_eq!(date_time(1_795_502_640_000, 120), "2026-11-24 08:44");
        assert_eq!(date_time(1_795_502_640_000, -420), "2026-11-23 23:44");
        assert_eq!(date_time(951_782_400_000, 0), "2000-02-29 00:00");
    }

    #[test]
    fn answers_as_labels() {
        let c = ["Rarely", "Often"];
        assert_eq!(answer_text(&Value::Str("1".into()), &c, "Done"), "Often");
        let a = Value::Arr(alloc::vec![Value::Str("0".into()), Value::Str("1".into())]);
        assert_eq!(answer_text(&a, &c, "Done"), "Rarely, Often");
        assert_eq!(answer_text(&Value::Arr(alloc::vec![Value::Str("done".into())]), &[], "Erledigt"), "Erledigt");
        assert_eq!(answer_text(&Value::Str("7".into()), &c, "Done"), "7");
    }

    #[test]
    fn markdown_journal() {
        let mut d = Doc::new("c");
        d.set_answer("ex1", "q1", Value::Str("line one\n\nline <two>".into()), 1_000);
        d.set_answer("quiz", "q1", Value::Str("1".into()), 1_000);
        d.set_answer("jr", "entry:86400000", Value::Str("first entry".into()), 86_400_000);
        d.set_answer("jr", "entry", Value::Str("a draft".into()), 86_400_000);
        d.set_answer("old", "f", Value::Str("orphan".into()), 0);
        d.set_answer("plan", "who", Value::Str("Ana".into()), 5);
        d.set_answer("cleared", "q", Value::Null, 5);
        d.set_answer("blank", "q", Value::Str(String::new()), 5);
        let outline = parse(
            r#"{"title":"My course","modules":[{"title":"M1","lessons":[{"title":"L1",
            "exercises":[{"id":"ex1","title":"Reflect","prompt":"Think.","fields":[{"id":"q1","label":"Why?"},{"id":"q2","label":"How?"}]},
            {"id":"quiz","title":"Quiz","prompt":"","fields":[{"id":"q1","label":"Pick","choices":["A","B"]}]},
            {"id":"jr","title":"Journal","prompt":"","fields":[{"id":"entry","label":"Entry"}]},
            {"id":"plan","title":"Plan","prompt":"","composed":"I will ask Ana.\n\nEvery week I will listen.","fields":[{"id":"who","label":"Who?"}]},
            {"id":"unanswered","title":"Never answered","prompt":"Skip me.","fields":[{"id":"q","label":"Q"}]}]},
            {"title":"L2","exercises":[{"id":"blank","title":"Blank","prompt":"","fields":[{"id":"q","label":"Q"}]}]}]},
            {"title":"M2","lessons":[{"title":"L3","exercises":[{"id":"cleared","title":"Cleared","prompt":"","fields":[{"id":"q","label":"Q"}]}]}]}]}"#,
        )
        .unwrap();
        let md = markdown(&d, &outline, 0, 0);
        let want = "# My course\n\nExported 1970-01-01 00:00 (course id `c`).\n\n## M1\n\n### L1\n\n\
            #### Reflect\n\nThink.\n\n**Why?**\n\n> line one\n>\n> line <two>\n\n**How?**\n\n_(no answer yet)_\n\n\
            #### Quiz\n\n**Pick**\n\n> B\n\n\
            #### Journal\n\n**Entry**\n\n- 1970-01-02 00:00:\n\n> first entry\n\nDraft:\n\n> a draft\n\n\
            #### Plan\n\n**Who?**\n\n> Ana\n\n**Your text**\n\n> I will ask Ana.\n>\n> Every week I will listen.\n\n\
            ## Answers to exercises no longer in the course\n\n**old / f** (1970-01-01 00:00)\n\n> orphan\n\n";
        assert_eq!(md, want);
    }

    #[test]
    fn markdown_dates_as_the_page_shows_them() {
        let mut d = Doc::new("c");
        d.set_answer("jr", "entry:86400000", Value::Str("an entry".into()), 86_400_000);
        let outline = parse(
            r#"{"title":"T","dates":{"0":"1 Jan 1970, 00:00","86400000":"2 Jan 1970, 00:00"},"modules":[{"title":"M","lessons":[{"title":"L",
            "exercises":[{"id":"jr","title":"J","prompt":"","fields":[{"id":"entry","label":"Entry"}]}]}]}]}"#,
        )
        .unwrap();
        let md = markdown(&d, &outline, 0, 0);
        assert!(md.contains("Exported 1 Jan 1970, 00:00 ("), "{md}");
        assert!(md.contains("- 2 Jan 1970, 00:00:\n\n> an entry"), "{md}");
        // The page's words, in the course's language.
        let de = parse(
            r#"{"labels":{"journal":"Journal","exported":"Exportiert am {date} (Kurs {course}).","none":"(noch keine Antwort)","orphans":"Alt"},
            "modules":[{"title":"M","lessons":[{"title":"L","exercises":[{"id":"jr","title":"J","prompt":"","fields":[{"id":"entry","label":"E"},{"id":"x","label":"X"}]}]}]}]}"#,
        )
        .unwrap();
        let md = markdown(&d, &de, 0, 0);
        assert!(md.starts_with("# Journal\n\nExportiert am 1970-01-01 00:00 (Kurs `c`).\n\n"), "{md}");
        assert!(md.contains("**X**\n\n_(noch keine Antwort)_"), "{md}");
        // A time the page did not format falls back to the ISO-like form.
        assert!(markdown(&d, &outline, 60_000, 0).contains("Exported 1970-01-01 00:01 ("));
    }
}
