//! The learner's answers: storage schema, migrations, merging, import validation,
//! orphan detection. Pure data, no I/O: the browser glue passes strings in and out.

use crate::json::{self, parse_u64, u64_str, Value};
use crate::map::Map;
use alloc::string::String;
use alloc::vec::Vec;

/// The schema this widget writes. See widget/README.md for every version.
pub const SCHEMA: u64 = 1;
/// Imports larger than this many bytes are refused before parsing.
pub const MAX_IMPORT: usize = 2 * 1024 * 1024;
/// Latest accepted time: 9999-12-31T23:59:59.999Z (browsers cannot show later dates).
pub const MAX_TIME: u64 = 253_402_300_799_999;
/// `format` field of an export file.
pub const FORMAT: &str = "sonder-journal";

/// One saved value and the time (ms since the Unix epoch) it was last changed.
/// `v` is a string (text, a radio's value), an array of strings (checked boxes),
/// a bool (lesson done) or null (cleared: a tombstone, so a reset wins merges).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub v: Value,
    pub t: u64,
}

pub type Fields = Map<Entry>;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Doc {
    pub course: String,
    /// exercise id -> field id -> entry. Journal entries are fields `entry:<ms>`.
    pub answers: Map<Fields>,
    /// lesson key (`module/lesson`) -> bool entry.
    pub done: Fields,
    /// The last lesson page visited (its path from the site root).
    pub last: Option<Entry>,
}

#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty(Doc),
    Ok(Doc),
    /// Stored data exists but cannot be read: the caller backs it up and starts clean.
    Corrupt(Doc, String),
    /// Written by a newer schema: shown read-only, never written back.
    Newer(Doc, u64),
}

/// What a merge changed, counted in answers (non-empty values) and lessons.
#[derive(Debug, Default, PartialEq, Clone, Copy)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub kept: usize,
    pub same: usize,
    pub lessons: usize,
}

impl Summary {
    pub fn changed(&self) -> bool {
        self.added + self.updated + self.lessons > 0
    }
}

fn valid_value(v: &Value) -> bool {
    match v {
        Value::Null | Value::Bool(_) | Value::Str(_) => true,
        Value::Arr(a) => a.iter().all(|x| matches!(x, Value::Str(_))),
        _ => false,
    }
}

fn is_blank(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Str(s) => s.is_empty(),
        Value::Arr(a) => a.is_empty(),
        Value::Bool(b) => !b,
        _ => false,
    }
}

fn entry_from(v: &Value, schema: u64) -> Result<Entry, &'static str> {
    if schema == 0 {
        // Schema 0: bare values without times. They get time 0, so anything
        // with a time wins a merge against them.
        if !valid_value(v) {
            return Err("an answer has an unexpected type");
        }
        return Ok(Entry { v: v.clone(), t: 0 });
    }
    let t = v.get("t").and_then(Value::as_u64).filter(|&t| t <= MAX_TIME).ok_or("an answer has no valid time")?;
    let val = v.get("v").ok_or("an answer has no value")?;
    if !valid_value(val) {
        return Err("an answer has an unexpected type");
    }
    Ok(Entry { v: val.clone(), t })
}

fn fields_from(v: &Value, schema: u64) -> Result<Fields, &'static str> {
    let Value::Obj(m) = v else { return Err("a group of answers is not an object") };
    let mut out = Fields::new();
    for (k, x) in m {
        out.insert(k.clone(), entry_from(x, schema)?);
    }
    Ok(out)
}

/// The schema version a parsed document declares. Documents without `schema`
/// but with `answers` are schema 0 (answers without times).
pub fn schema_of(v: &Value) -> Result<u64, &'static str> {
    match v.get("schema") {
        Some(s) => s.as_u64().ok_or("its schema version is not a whole number"),
        None if v.get("answers").is_some() => Ok(0),
        None => Err("it is not a sonder journal"),
    }
}

/// Reads a document of schema `schema` (<= SCHEMA), migrating it to the current shape.
pub fn doc_from(v: &Value, schema: u64, course: &str) -> Result<Doc, &'static str> {
    if !matches!(v, Value::Obj(_)) {
        return Err("it is not a JSON object");
    }
    let mut doc = Doc { course: String::from(course), ..Doc::default() };
    match v.get("answers") {
        None => {}
        Some(Value::Obj(m)) => {
            for (ex, fv) in m {
                doc.answers.insert(ex.clone(), fields_from(fv, schema)?);
            }
        }
        Some(_) => return Err("its answers are not an object"),
    }
    if schema >= 1 {
        if let Some(d) = v.get("done") {
            doc.done = fields_from(d, schema)?;
            if doc.done.values().any(|e| !matches!(e.v, Value::Bool(_) | Value::Null)) {
                return Err("a lesson's completion is not true or false");
            }
        }
        if let Some(l) = v.get("last") {
            let e = entry_from(l, schema)?;
            if !matches!(e.v, Value::Str(_)) {
                return Err("the last lesson is not a path");
            }
            doc.last = Some(e);
        }
    }
    Ok(doc)
}

/// Reads what localStorage holds for the course (`None`: the key is absent).
pub fn load(raw: Option<&str>, course: &str) -> Loaded {
    let empty = Doc { course: String::from(course), ..Doc::default() };
    let Some(raw) = raw else { return Loaded::Empty(empty) };
    let v = match json::parse(raw) {
        Ok(v) => v,
        Err(_) => return Loaded::Corrupt(empty, String::from("it is not valid JSON")),
    };
    let schema = match schema_of(&v) {
        Ok(s) => s,
        Err(e) => return Loaded::Corrupt(empty, String::from(e)),
    };
    if schema > SCHEMA {
        // Best effort: show what we can understand, but never write it back.
        let doc = doc_from(&v, SCHEMA, course).unwrap_or(empty);
        return Loaded::Newer(doc, schema);
    }
    match doc_from(&v, schema, course) {
        Ok(d) => Loaded::Ok(d),
        Err(e) => Loaded::Corrupt(empty, String::from(e)),
    }
}

/// Deterministic order for two values stamped with the same time, so that every
/// tab and device settles on the same winner.
fn tie_wins(incoming: &Value, mine: &Value) -> bool {
    incoming.to_json() > mine.to_json()
}

fn merge_fields(mine: &mut Fields, other: &Fields, s: &mut Summary, lessons: bool) {
    for (k, o) in other {
        match mine.get_mut(k) {
            None => {
                if !is_blank(&o.v) {
                    if lessons {
                        s.lessons += 1
                    } else {
                        s.added += 1
                    }
                }
                mine.insert(k.clone(), o.clone());
            }
            Some(m) => {
                if m.v == o.v {
                    if o.t > m.t {
                        m.t = o.t;
                    }
                    if !lessons && !is_blank(&o.v) {
                        s.same += 1;
                    }
                } else if o.t > m.t || (o.t == m.t && tie_wins(&o.v, &m.v)) {
                    *m = o.clone();
                    if lessons {
                        s.lessons += 1
                    } else {
                        s.updated += 1
                    }
                } else if !lessons {
                    s.kept += 1;
                }
            }
        }
    }
}

impl Doc {
    pub fn new(course: &str) -> Doc {
        Doc { course: String::from(course), ..Doc::default() }
    }

    /// Field by field, newest wins.
    pub fn merge(&mut self, other: &Doc) -> Summary {
        let mut s = Summary::default();
        for (ex, of) in &other.answers {
            let mine = self.answers.slot(ex);
            merge_fields(mine, of, &mut s, false);
        }
        merge_fields(&mut self.done, &other.done, &mut s, true);
        if let Some(o) = &other.last {
            let take = match &self.last {
                None => true,
                Some(m) => o.t > m.t,
            };
            if take {
                self.last = Some(o.clone());
            }
        }
        s
    }

    fn stamp(old: Option<&Entry>, now: u64) -> u64 {
        // A local edit is always the newest version of its field, even when the
        // clock is behind a time that came from another device.
        match old {
            Some(e) if e.t >= now => e.t.saturating_add(1),
            _ => now,
        }
    }

    fn put(fields: &mut Fields, key: &str, v: Value, now: u64) -> bool {
        let old = fields.get(key);
        if old.map(|e| &e.v) == Some(&v) {
            return false;
        }
        let t = Doc::stamp(old, now);
        fields.insert(String::from(key), Entry { v, t });
        true
    }

    /// Sets one answer. Returns whether anything changed.
    pub fn set_answer(&mut self, ex: &str, field: &str, v: Value, now: u64) -> bool {
        if !valid_value(&v) {
            return false;
        }
        let fields = self.answers.slot(ex);
        Doc::put(fields, field, v, now)
    }

    pub fn set_done(&mut self, lesson: &str, done: bool, now: u64) -> bool {
        Doc::put(&mut self.done, lesson, Value::Bool(done), now)
    }

    pub fn set_last(&mut self, path: &str, now: u64) -> bool {
        let v = Value::Str(String::from(path));
        if self.last.as_ref().map(|e| &e.v) == Some(&v) {
            return false;
        }
        let t = Doc::stamp(self.last.as_ref(), now);
        self.last = Some(Entry { v, t });
        true
    }

    /// Clears every answer of one exercise (tombstones, so the reset wins merges).
    pub fn reset_exercise(&mut self, ex: &str, now: u64) -> bool {
        let mut changed = false;
        if let Some(fields) = self.answers.get_mut(ex) {
            for e in fields.values_mut() {
                if e.v != Value::Null {
                    e.t = Doc::stamp(Some(e), now);
                    e.v = Value::Null;
                    changed = true;
                }
            }
        }
        changed
    }

    fn entries_value(fields: &Fields) -> Value {
        Value::Obj(
            fields
                .iter()
                .map(|(k, e)| {
                    let o = Value::Obj(alloc::vec![(String::from("v"), e.v.clone()), (String::from("t"), Value::Num(u64_str(e.t))),]);
                    (k.clone(), o)
                })
                .collect(),
        )
    }

    /// The document as a JSON value: `extra` keys first (used by exports).
    pub fn to_value(&self, extra: Vec<(String, Value)>) -> Value {
        let mut m = extra;
        m.push((String::from("schema"), Value::Num(u64_str(SCHEMA))));
        m.push((String::from("course"), Value::Str(self.course.clone())));
        let answers = self.answers.iter().filter(|(_, f)| !f.is_empty()).map(|(ex, f)| (ex.clone(), Doc::entries_value(f))).collect();
        m.push((String::from("answers"), Value::Obj(answers)));
        m.push((String::from("done"), Doc::entries_value(&self.done)));
        if let Some(l) = &self.last {
            m.push((
                String::from("last"),
                Value::Obj(alloc::vec![(String::from("v"), l.v.clone()), (String::from("t"), Value::Num(u64_str(l.t))),]),
            ));
        }
        Value::Obj(m)
    }

    /// The storage form (what localStorage holds under `sonder:<course>:answers`).
    pub fn to_json(&self) -> String {
        self.to_value(Vec::new()).to_json()
    }

    /// The export file: format, export time, then the storage form.
    pub fn export_json(&self, now: u64) -> String {
        let extra = alloc::vec![
            (String::from("format"), Value::Str(String::from(FORMAT))),
            (String::from("exported"), Value::Num(u64_str(now))),
            (String::from("exported_utc"), Value::Str(crate::text::iso_utc(now))),
        ];
        let mut s = self.to_value(extra).to_json();
        s.push('\n');
        s
    }

    /// Answers whose exercise or field the course no longer has. `known` maps
    /// exercise id -> field ids; a field `base:suffix` (journal entries) is known
    /// when `base` is.
    pub fn orphans(&self, known: &Map<Vec<String>>) -> Vec<(String, String, Entry)> {
        let mut out = Vec::new();
        for (ex, fields) in &self.answers {
            let kf = known.get(ex);
            for (f, e) in fields {
                if is_blank(&e.v) {
                    continue;
                }
                let base = f.bytes().position(|b| b == b':').and_then(|i| f.get(..i)).unwrap_or(f);
                let ok = kf.is_some_and(|k| k.iter().any(|x| x == f || x == base));
                if !ok {
                    out.push((ex.clone(), f.clone(), e.clone()));
                }
            }
        }
        out
    }

    /// How many non-empty answers the document holds.
    pub fn answer_count(&self) -> usize {
        self.answers.values().flat_map(|f| f.values()).filter(|e| !is_blank(&e.v)).count()
    }
}

/// Why an import was refused. The page words it in the course's language (messages
/// `widget-import-*`); the file's own values travel as data, never as markup.
#[derive(Debug, PartialEq)]
pub enum ImportError {
    TooLarge,
    NotJson,
    NotExport,
    /// The schema number the file gives (as written), if it is a number.
    Schema(Option<String>),
    /// The course id the file names ("" when none).
    OtherCourse(String),
    Damaged,
}

impl ImportError {
    /// The message id suffix and its arguments: `widget-import-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::TooLarge => "too-large",
            ImportError::NotJson => "not-json",
            ImportError::NotExport => "not-export",
            ImportError::Schema(_) => "schema",
            ImportError::OtherCourse(_) => "other-course",
            ImportError::Damaged => "damaged",
        }
    }
}

/// Validates an import file and merges it into `doc`. On any error `doc` is unchanged.
pub fn import(doc: &mut Doc, text: &str) -> Result<Summary, ImportError> {
    if text.len() > MAX_IMPORT {
        return Err(ImportError::TooLarge);
    }
    let Ok(v) = json::parse(text) else { return Err(ImportError::NotJson) };
    if !matches!(v, Value::Obj(_)) {
        return Err(ImportError::NotExport);
    }
    if let Some(f) = v.get("format") {
        if f.as_str() != Some(FORMAT) {
            return Err(ImportError::NotExport);
        }
    }
    let schema = match v.get("schema") {
        Some(Value::Num(n)) => match parse_u64(n) {
            Some(s) if s <= SCHEMA => s,
            _ => return Err(ImportError::Schema(Some(n.clone()))),
        },
        Some(_) => return Err(ImportError::Schema(None)),
        None if v.get("answers").is_some() => 0,
        None => return Err(ImportError::NotExport),
    };
    match v.get("course").and_then(Value::as_str) {
        Some(c) if c == doc.course => {}
        other => return Err(ImportError::OtherCourse(String::from(other.unwrap_or("")))),
    }
    let incoming = doc_from(&v, schema, &doc.course).map_err(|_| ImportError::Damaged)?;
    Ok(doc.merge(&incoming))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    fn s(x: &str) -> Value {
        Value::Str(x.to_string())
    }

    #[test]
    fn set_and_round_trip() {
        let mut d = Doc::new("c1");
        assert!(d.set_answer("ex1", "q1", s("hello <b>"), 100));
        assert!(!d.set_answer("ex1", "q1", s("hello <b>"), 200), "same value is no change");
        d.set_answer("ex1", "boxes", Value::Arr(alloc::vec![s("0"), s("2")]), 100);
        d.set_done("m/l", true, 50);
        d.set_last("m/l.html", 60);
        let raw = d.to_json();
        assert_eq!(load(Some(&raw), "c1"), Loaded::Ok(d.clone()));
        assert!(raw.contains("\"hello <b>\""));
        assert!(raw.starts_with("{\"schema\":1,\"course\":\"c1\",\"answers\":{\"ex1\":"));
    }

    #[test]
    fn rejects_invalid_values() {
        let mut d = Doc::new("c1");
        assert!(!d.set_answer("e", "f", Value::Num("1".into()), 1));
        assert!(!d.set_answer("e", "f", Value::Arr(alloc::vec![Value::Null]), 1));
    }

    #[test]
    fn local_edit_beats_future_time() {
        let mut d = Doc::new("c");
        let mut other = Doc::new("c");
        other.set_answer("e", "f", s("from the future"), 5_000);
        d.merge(&other);
        d.set_answer("e", "f", s("typed now"), 1_000);
        assert_eq!(d.answers["e"]["f"].t, 5_001);
        let mut o2 = other.clone();
        o2.merge(&d);
        assert_eq!(o2.answers["e"]["f"].v, s("typed now"));
    }

    #[test]
    fn merge_field_by_field_newest_wins() {
        let mut a = Doc::new("c");
        a.set_answer("e", "f1", s("a-old"), 10);
        a.set_answer("e", "f2", s("a-new"), 30);
        a.set_answer("e", "f3", s("same"), 10);
        let mut b = Doc::new("c");
        b.set_answer("e", "f1", s("b-new"), 20);
        b.set_answer("e", "f2", s("b-old"), 20);
        b.set_answer("e", "f3", s("same"), 15);
        b.set_answer("e2", "x", s("only b"), 5);
        b.set_done("m/l", true, 5);
        let sum = a.merge(&b);
        assert_eq!(a.answers["e"]["f1"].v, s("b-new"));
        assert_eq!(a.answers["e"]["f2"].v, s("a-new"));
        assert_eq!(a.answers["e"]["f3"].t, 15);
        assert_eq!(a.answers["e2"]["x"].v, s("only b"));
        assert_eq!(sum, Summary { added: 1, updated: 1, kept: 1, same: 1, lessons: 1 });
        // Merging is idempotent and converges in both directions.
        let again = a.merge(&b);
        assert!(!again.changed());
        let mut b2 = b.clone();
        b2.merge(&a);
        assert_eq!(b2.answers, a.answers);
    }

    #[test]
    fn ties_converge() {
        let mut a = Doc::new("c");
        a.set_answer("e", "f", s("x"), 10);
        let mut b = Doc::new("c");
        b.set_answer("e", "f", s("y"), 10);
        let (mut a2, mut b2) = (a.clone(), b.clone());
        a2.merge(&b);
        b2.merge(&a);
        assert_eq!(a2.answers, b2.answers);
    }

    #[test]
    fn reset_exercise_tombstones_win() {
        let mut a = Doc::new("c");
        a.set_answer("e", "f", s("text"), 10);
        let stale = a.clone();
        assert!(a.reset_exercise("e", 20));
        assert!(!a.reset_exercise("e", 30));
        assert_eq!(a.answers["e"]["f"].v, Value::Null);
        let sum = a.merge(&stale);
        assert_eq!(a.answers["e"]["f"].v, Value::Null);
        assert_eq!(sum.kept, 1);
        assert_eq!(a.answer_count(), 0);
    }

    #[test]
    fn load_empty_corrupt_newer() {
        assert!(matches!(load(None, "c"), Loaded::Empty(_)));
        for bad in [
            "not json",
            "[1,2]",
            "{\"schema\":1,\"answers\":[]}",
            "{\"x\":1}",
            "{\"schema\":\"1\"}",
            "{\"schema\":1,\"answers\":{\"e\":{\"f\":{\"v\":1,\"t\":1}}}}",
            "{\"schema\":1,\"answers\":{\"e\":{\"f\":{\"v\":\"x\"}}}}",
        ] {
            assert!(matches!(load(Some(bad), "c"), Loaded::Corrupt(..)), "{bad}");
        }
        let newer = "{\"schema\":9,\"course\":\"c\",\"answers\":{\"e\":{\"f\":{\"v\":\"kept\",\"t\":3}}},\"future\":true}";
        match load(Some(newer), "c") {
            Loaded::Newer(d, 9) => assert_eq!(d.answers["e"]["f"].v, s("kept")),
            other => panic!("{other:?}"),
        }
        match load(Some("{\"schema\":9,\"answers\":7}"), "c") {
            Loaded::Newer(d, 9) => assert!(d.answers.is_empty()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn migrates_schema_0() {
        let v0 = "{\"course\":\"c\",\"answers\":{\"e\":{\"f\":\"old text\",\"g\":[\"1\"]}}}";
        let Loaded::Ok(d) = load(Some(v0), "c") else { panic!() };
        assert_eq!(d.answers["e"]["f"], Entry { v: s("old text"), t: 0 });
        // Re-serialised in the current schema.
        assert!(d.to_json().starts_with("{\"schema\":1,"));
        let mut cur = Doc::new("c");
        cur.set_answer("e", "f", s("newer"), 1);
        assert_eq!(import(&mut cur, v0).unwrap().kept, 1);
        assert_eq!(cur.answers["e"]["f"].v, s("newer"));
        assert_eq!(cur.answers["e"]["g"].v, Value::Arr(alloc::vec![s("1")]));
    }

    #[test]
    fn import_round_trip_and_summary() {
        let mut a = Doc::new("c");
        a.set_answer("e", "f", s("<img src=x onerror=alert(1)>"), 10);
        a.set_done("m/l", true, 10);
        let file = a.export_json(99);
        assert!(file.contains("\"format\":\"sonder-journal\""));
        assert!(file.contains("\"exported\":99"));
        let mut b = Doc::new("c");
        let sum = import(&mut b, &file).unwrap();
        assert_eq!(b.answers, a.answers);
        assert_eq!(b.done, a.done);
        assert_eq!(sum, Summary { added: 1, updated: 0, kept: 0, same: 0, lessons: 1 });
        let sum2 = import(&mut b, &file).unwrap();
        assert!(!sum2.changed());
    }

    #[test]
    fn import_rejections_change_nothing() {
        let mut d = Doc::new("mine");
        d.set_answer("e", "f", s("keep me"), 10);
        let before = d.clone();
        let big = "x".repeat(MAX_IMPORT + 1);
        let some = |s: &str| Some(String::from(s));
        let cases: &[(&str, ImportError)] = &[
            (&big, ImportError::TooLarge),
            ("{not json", ImportError::NotJson),
            ("[]", ImportError::NotExport),
            ("{\"format\":\"other\",\"schema\":1,\"course\":\"mine\",\"answers\":{}}", ImportError::NotExport),
            ("{\"schema\":2,\"course\":\"mine\",\"answers\":{}}", ImportError::Schema(some("2"))),
            ("{\"schema\":1.5,\"course\":\"mine\",\"answers\":{}}", ImportError::Schema(some("1.5"))),
            ("{\"schema\":\"1\",\"course\":\"mine\",\"answers\":{}}", ImportError::Schema(None)),
            ("{\"schema\":1,\"course\":\"theirs\",\"answers\":{}}", ImportError::OtherCourse(String::from("theirs"))),
            ("{\"schema\":1,\"answers\":{}}", ImportError::OtherCourse(String::new())),
            ("{\"schema\":1,\"course\":\"mine\",\"answers\":{\"e\":{\"f\":{\"v\":{},\"t\":1}}}}", ImportError::Damaged),
            ("{\"schema\":1,\"course\":\"mine\",\"answers\":{\"e\":{\"f\":{\"v\":\"x\",\"t\":-1}}}}", ImportError::Damaged),
            ("{\"schema\":1,\"course\":\"mine\",\"answers\":{\"e\":{\"f\":{\"v\":\"x\",\"t\":253402300800000}}}}", ImportError::Damaged),
        ];
        for (text, want) in cases {
            let e = import(&mut d, text).unwrap_err();
            assert_eq!(&e, want);
            assert_eq!(d, before);
        }
    }

    #[test]
    fn import_exactly_2mb_is_parsed() {
        let mut d = Doc::new("c");
        let mut text = String::from("{\"schema\":1,\"course\":\"c\",\"answers\":{\"e\":{\"f\":{\"v\":\"");
        let tail = "\",\"t\":1}}}}";
        let pad = MAX_IMPORT - text.len() - tail.len();
        text.push_str(&"a".repeat(pad));
        text.push_str(tail);
        assert_eq!(text.len(), MAX_IMPORT);
        assert_eq!(import(&mut d, &text).unwrap().added, 1);
    }

    #[test]
    fn orphans_listed() {
        let mut d = Doc::new("c");
        d.set_answer("gone", "q1", s("old exercise"), 1);
        d.set_answer("ex", "renamed", s("old field"), 1);
        d.set_answer("ex", "q1", s("fine"), 1);
        d.set_answer("ex", "q2", s(""), 1);
        d.set_answer("jr", "entry:123", s("an entry"), 1);
        let mut known = Map::new();
        known.insert("ex".to_string(), alloc::vec!["q1".to_string(), "q2".to_string()]);
        known.insert("jr".to_string(), alloc::vec!["entry".to_string()]);
        let o = d.orphans(&known);
        let names: Vec<_> = o.iter().map(|(e, f, _)| (e.as_str(), f.as_str())).collect();
        assert_eq!(names, [("ex", "renamed"), ("gone", "q1")]);
    }
}
