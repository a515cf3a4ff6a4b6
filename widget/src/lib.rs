//! sonder-widget: the learner's answer model, compiled to wasm32-unknown-unknown and
//! driven by the small hand-written loader in `widget/js/sonder.js`.
//!
//! The interface is two raw `extern "C"` functions and no state: the page keeps the
//! current document (a JSON string) and passes it in with every call.
//!
//! 1. `sonder_in(len) -> ptr`: resets the heap and returns a buffer of `len` bytes;
//!    the caller writes the UTF-8 JSON array of arguments there.
//! 2. `sonder_call(op, len) -> ptr`: runs operation `op` on that buffer and returns a
//!    pointer to the UTF-8 result, whose length `sonder_out_len()` returns.
//!
//! Natively (tests) the same operations are reached through [`dispatch`].

#![cfg_attr(target_arch = "wasm32", no_std)]
// The lesson-page build leaves out the journal operations (import, Markdown, orphans).
#![cfg_attr(not(feature = "journal"), allow(dead_code, unused_imports))]

extern crate alloc;

pub mod json;
pub mod map;
pub mod model;
pub mod text;

use alloc::string::String;
use alloc::vec::Vec;
use json::{u64_str, Value};
use map::Map;
use model::{Doc, Loaded};

pub const OP_LOAD: u32 = 1;
pub const OP_SET: u32 = 2;
pub const OP_MERGE: u32 = 3;
pub const OP_IMPORT: u32 = 4;
pub const OP_EXPORT_JSON: u32 = 5;
pub const OP_EXPORT_MD: u32 = 6;
pub const OP_RESET_EXERCISE: u32 = 7;
pub const OP_ORPHANS: u32 = 8;

fn obj(pairs: Vec<(&str, Value)>) -> Value {
    Value::Obj(pairs.into_iter().map(|(k, v)| (String::from(k), v)).collect())
}

fn s(x: &str) -> Value {
    Value::Str(String::from(x))
}

fn error(msg: &str) -> String {
    obj(alloc::vec![("error", s(msg))]).to_json()
}

/// The document the page passes back in (always our own current-schema output).
fn doc_arg(v: Option<&Value>) -> Option<Doc> {
    let v = v?;
    let course = v.get("course")?.as_str()?;
    model::doc_from(v, model::SCHEMA, course).ok()
}

fn doc_json(d: &Doc) -> Value {
    // Re-parsing our own output cannot fail; this keeps one serializer.
    json::parse(&d.to_json()).unwrap_or(Value::Null)
}

fn loaded_value(l: Loaded) -> Value {
    let (status, doc, detail) = match l {
        Loaded::Empty(d) => ("empty", d, Value::Null),
        Loaded::Ok(d) => ("ok", d, Value::Null),
        Loaded::Corrupt(d, why) => ("corrupt", d, Value::Str(why)),
        Loaded::Newer(d, v) => ("newer", d, Value::Num(u64_str(v))),
    };
    obj(alloc::vec![("status", s(status)), ("detail", detail), ("doc", doc_json(&doc))])
}

/// Runs one operation. `input` is a JSON array of arguments; the result is JSON
/// except for the two exports, which return the file's text.
///
/// - 1 load `[raw|null, course]` -> `{status: empty|ok|corrupt|newer, detail, doc}`
/// - 2 set `[doc, now, edits]`, edits `["a",ex,field,value]`, `["d",lesson,bool]`, `["l",path]` -> doc
/// - 3 merge `[doc, raw]` (another tab's stored value) -> `{status, changed, doc}`
/// - 4 import `[doc, text]` -> `{ok: true, changed, added, updated, kept, same, lessons, doc}` or
///   `{ok: false, error: too-large|not-json|not-export|schema|other-course|damaged, detail, max}`
/// - 5 export json `[doc, now]` -> text
/// - 6 export markdown `[doc, outline, now, tz minutes]` -> text
/// - 7 reset exercise `[doc, exercise, now]` -> doc
/// - 8 orphans `[doc, {exercise: [field ids]}]` -> `[{exercise, field, v, t}]`
pub fn dispatch(op: u32, input: &str) -> String {
    let args = match json::parse(input) {
        Ok(Value::Arr(a)) => a,
        _ => return error("bad arguments"),
    };
    let num = |i: usize| args.get(i).and_then(Value::as_u64).unwrap_or(0);
    let text = |i: usize| args.get(i).and_then(Value::as_str);
    if op == OP_LOAD {
        let Some(course) = text(1) else { return error("no course") };
        return loaded_value(model::load(text(0), course)).to_json();
    }
    let Some(mut doc) = doc_arg(args.first()) else { return error("bad document") };
    match op {
        OP_SET => {
            let now = num(1);
            if let Some(Value::Arr(edits)) = args.get(2) {
                for e in edits {
                    let Value::Arr(e) = e else { continue };
                    let t = |i: usize| e.get(i).and_then(Value::as_str).unwrap_or("");
                    match t(0) {
                        "a" => {
                            if let Some(v) = e.get(3) {
                                doc.set_answer(t(1), t(2), v.clone(), now);
                            }
                        }
                        "d" => {
                            doc.set_done(t(1), e.get(2) == Some(&Value::Bool(true)), now);
                        }
                        "l" => {
                            doc.set_last(t(1), now);
                        }
                        _ => {}
                    }
                }
            }
            doc.to_json()
        }
        OP_MERGE => {
            let l = model::load(text(1), &doc.course);
            let (status, changed) = match &l {
                Loaded::Ok(other) => ("ok", doc.merge(other).changed()),
                Loaded::Empty(_) => ("empty", false),
                Loaded::Corrupt(..) => ("corrupt", false),
                Loaded::Newer(..) => ("newer", false),
            };
            obj(alloc::vec![("status", s(status)), ("changed", Value::Bool(changed)), ("doc", doc_json(&doc)),]).to_json()
        }
        #[cfg(feature = "journal")]
        OP_IMPORT => match model::import(&mut doc, text(1).unwrap_or("")) {
            // Counts, not sentences: the page words them in the course's language.
            Ok(sum) => obj(alloc::vec![
                ("ok", Value::Bool(true)),
                ("changed", Value::Bool(sum.changed())),
                ("added", Value::Num(u64_str(sum.added as u64))),
                ("updated", Value::Num(u64_str(sum.updated as u64))),
                ("kept", Value::Num(u64_str(sum.kept as u64))),
                ("same", Value::Num(u64_str(sum.same as u64))),
                ("lessons", Value::Num(u64_str(sum.lessons as u64))),
                ("doc", doc_json(&doc)),
            ])
            .to_json(),
            Err(e) => {
                let detail = match &e {
                    model::ImportError::Schema(Some(n)) => Value::Str(n.clone()),
                    model::ImportError::OtherCourse(c) => Value::Str(c.clone()),
                    _ => Value::Null,
                };
                obj(alloc::vec![
                    ("ok", Value::Bool(false)),
                    ("error", s(e.code())),
                    ("detail", detail),
                    ("max", Value::Num(u64_str(model::SCHEMA))),
                ])
                .to_json()
            }
        },
        OP_EXPORT_JSON => doc.export_json(num(1)),
        #[cfg(feature = "journal")]
        OP_EXPORT_MD => {
            let tz = match args.get(3) {
                Some(Value::Num(n)) => match n.strip_prefix('-') {
                    Some(p) => -(json::parse_u64(p).unwrap_or(0) as i64),
                    None => json::parse_u64(n).unwrap_or(0) as i64,
                },
                _ => 0,
            };
            text::markdown(&doc, args.get(1).unwrap_or(&Value::Null), num(2), tz.clamp(-1440, 1440))
        }
        OP_RESET_EXERCISE => {
            doc.reset_exercise(text(1).unwrap_or(""), num(2));
            doc.to_json()
        }
        #[cfg(feature = "journal")]
        OP_ORPHANS => {
            let mut known: Map<Vec<String>> = Map::new();
            if let Some(Value::Obj(m)) = args.get(1) {
                for (ex, fs) in m {
                    let list = match fs {
                        Value::Arr(a) => a.iter().filter_map(Value::as_str).map(String::from).collect(),
                        _ => Vec::new(),
                    };
                    known.insert(ex.clone(), list);
                }
            }
            let list = doc
                .orphans(&known)
                .into_iter()
                .map(|(ex, f, e)| {
                    obj(alloc::vec![("exercise", Value::Str(ex)), ("field", Value::Str(f)), ("v", e.v), ("t", Value::Num(u64_str(e.t))),])
                })
                .collect();
            Value::Arr(list).to_json()
        }
        _ => error("unknown operation"),
    }
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    //! A bump allocator reset at every call (the module keeps no state between
    //! calls), the panic handler, and the two exported functions.
    use core::alloc::{GlobalAlloc, Layout};
    use core::arch::wasm32;

    extern "C" {
        static __heap_base: u8;
    }

    static mut NEXT: usize = 0;
    static mut END: usize = 0;
    static mut OUT_LEN: usize = 0;

    unsafe fn heap_base() -> usize {
        core::ptr::addr_of!(__heap_base) as usize
    }

    unsafe fn ensure(upto: usize) -> bool {
        if END == 0 {
            END = wasm32::memory_size(0) * 65536;
        }
        if upto > END {
            let pages = (upto - END + 65535) / 65536;
            if wasm32::memory_grow(0, pages) == usize::MAX {
                return false;
            }
            END += pages * 65536;
        }
        true
    }

    struct Bump;

    unsafe impl GlobalAlloc for Bump {
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            if NEXT == 0 {
                NEXT = heap_base();
            }
            let start = (NEXT + l.align() - 1) & !(l.align() - 1);
            let end = start + l.size();
            if !ensure(end) {
                return core::ptr::null_mut();
            }
            NEXT = end;
            start as *mut u8
        }
        unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
            if p as usize + l.size() == NEXT {
                NEXT = p as usize;
            }
        }
        unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
            if p as usize + l.size() == NEXT {
                // The last block grows (or shrinks) in place.
                if !ensure(p as usize + new) {
                    return core::ptr::null_mut();
                }
                NEXT = p as usize + new;
                return p;
            }
            let q = self.alloc(Layout::from_size_align_unchecked(new, l.align()));
            if !q.is_null() {
                core::ptr::copy_nonoverlapping(p, q, l.size().min(new));
            }
            q
        }
    }

    #[global_allocator]
    static ALLOC: Bump = Bump;

    #[panic_handler]
    fn panic(_: &core::panic::PanicInfo) -> ! {
        wasm32::unreachable()
    }

    #[no_mangle]
    pub unsafe extern "C" fn sonder_in(len: usize) -> *mut u8 {
        NEXT = heap_base();
        let l = Layout::from_size_align_unchecked(len.max(1), 8);
        Bump.alloc(l)
    }

    #[no_mangle]
    pub unsafe extern "C" fn sonder_call(op: u32, len: usize) -> *const u8 {
        let base = (heap_base() + 7) & !7;
        let bytes = core::slice::from_raw_parts(base as *const u8, len);
        // SAFETY: the only caller, the loader, writes TextEncoder output (valid UTF-8).
        let out = super::dispatch(op, core::str::from_utf8_unchecked(bytes));
        OUT_LEN = out.len();
        let p = out.as_ptr();
        core::mem::forget(out);
        p
    }

    #[no_mangle]
    pub unsafe extern "C" fn sonder_out_len() -> usize {
        OUT_LEN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(feature = "journal")]
    fn dispatch_flow() {
        let l = dispatch(OP_LOAD, r#"[null,"c"]"#);
        assert_eq!(l, r#"{"status":"empty","detail":null,"doc":{"schema":1,"course":"c","answers":{},"done":{}}}"#);
        let doc = r#"{"schema":1,"course":"c","answers":{},"done":{}}"#;
        let d2 = dispatch(OP_SET, &(String::from("[") + doc + r#",5,[["a","e","f","<script>"],["d","m/l",true],["l","m/l.html"],["x"]]]"#));
        assert_eq!(
            d2,
            r#"{"schema":1,"course":"c","answers":{"e":{"f":{"v":"<script>","t":5}}},"done":{"m/l":{"v":true,"t":5}},"last":{"v":"m/l.html","t":5}}"#
        );
        let corrupt = dispatch(OP_LOAD, r#"["{oops","c"]"#);
        assert!(corrupt.starts_with(r#"{"status":"corrupt","detail":"it is not valid JSON""#));
        let m = dispatch(OP_MERGE, &(String::from("[") + doc + "," + &json::Value::Str(d2.clone()).to_json() + "]"));
        assert!(m.starts_with(r#"{"status":"ok","changed":true,"doc":{"schema":1,"course":"c","answers":{"e""#), "{m}");
        let r = dispatch(OP_RESET_EXERCISE, &(String::from("[") + &d2 + r#","e",9]"#));
        assert!(r.contains(r#""f":{"v":null,"t":9}"#));
        let o = dispatch(OP_ORPHANS, &(String::from("[") + &d2 + r#",{"x":["y"]}]"#));
        assert_eq!(o, r#"[{"exercise":"e","field":"f","v":"<script>","t":5}]"#);
        let exp = dispatch(OP_EXPORT_JSON, &(String::from("[") + &d2 + ",7]"));
        let imp = dispatch(OP_IMPORT, &(String::from("[") + doc + "," + &json::Value::Str(exp).to_json() + "]"));
        assert!(imp.starts_with(r#"{"ok":true,"changed":true,"added":1,"updated":0,"kept":0,"same":0,"lessons":1,"doc":"#), "{imp}");
        let bad = dispatch(OP_IMPORT, &(String::from("[") + doc + r#","{\"schema\":1,\"course\":\"d\"}"]"#));
        assert_eq!(bad, r#"{"ok":false,"error":"other-course","detail":"d","max":1}"#);
        let md = dispatch(OP_EXPORT_MD, &(String::from("[") + &d2 + r#",{"title":"T"},0,-60]"#));
        assert!(md.starts_with("# T\n\nExported 1969-12-31 23:00"));
        assert_eq!(dispatch(99, &(String::from("[") + doc + "]")), r#"{"error":"unknown operation"}"#);
        assert_eq!(dispatch(OP_SET, "[1]"), r#"{"error":"bad document"}"#);
        assert_eq!(dispatch(OP_SET, "nope"), r#"{"error":"bad arguments"}"#);
    }
}

#[cfg(test)]
mod fuzz {
    //! In wasm a panic is a trap that would lose the page's pending edits: no input may panic.
    use super::*;

    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            self.0 >> 33
        }
    }

    #[test]
    fn arbitrary_inputs_never_panic() {
        let doc = r#"{"schema":1,"course":"c","answers":{"e":{"f":{"v":"x\u00e9","t":5},"entry:12":{"v":"y","t":12},"g":{"v":["0","2"],"t":1}}},"done":{"m/l":{"v":true,"t":3}},"last":{"v":"m/l.html","t":4}}"#;
        let seeds: &[String] = &[
            String::from("[null,\"c\"]"),
            format!("[{doc:?},\"c\"]"),
            format!("[{doc},5,[[\"a\",\"e\",\"f\",\"new\"],[\"d\",\"m/l\",false],[\"l\",\"x.html\"]]]"),
            format!("[{doc},{doc:?}]"),
            format!("[{doc},{}]", Value::Str(doc.replace("\"c\"", "\"c\",\"format\":\"sonder-journal\"")).to_json()),
            format!("[{doc},9]"),
            format!("[{doc},{{\"title\":\"T\",\"modules\":[{{\"title\":\"M\",\"lessons\":[{{\"title\":\"L\",\"exercises\":[{{\"id\":\"e\",\"title\":\"E\",\"prompt\":\"p\",\"fields\":[{{\"id\":\"g\",\"label\":\"G\",\"choices\":[\"a\",\"b\",\"c\"]}},{{\"id\":\"entry\"}}]}}]}}]}}]}},7,-90]"),
            format!("[{doc},\"e\",8]"),
            format!("[{doc},{{\"e\":[\"f\"]}}]"),
            format!("[{},5,[[\"a\",\"e\",\"f\",\"z\"]]]", doc.replace("\"t\":5", "\"t\":18446744073709551615")),
            format!("[{},{{}},18446744073709551615,1440]", doc.replace("\"t\":12", "\"t\":18446744073709551615")),
        ];
        let mut rng = Lcg(42);
        let alphabet = b"{}[]\",:\\u0123456789-+.eEtrufalsn \xc3\xa9abcdef";
        for round in 0..30_000 {
            let seed = &seeds[round % seeds.len()];
            let mut b: Vec<u8> = seed.as_bytes().to_vec();
            for _ in 0..(1 + rng.next() % 4) {
                let i = (rng.next() as usize) % (b.len() + 1);
                match rng.next() % 3 {
                    0 if i < b.len() => {
                        b.remove(i);
                    }
                    1 if i < b.len() => b[i] = alphabet[(rng.next() as usize) % alphabet.len()],
                    _ => b.insert(i, alphabet[(rng.next() as usize) % alphabet.len()]),
                }
            }
            let s = String::from_utf8_lossy(&b);
            for op in 1..=8 {
                let _ = dispatch(op, &s);
            }
        }
    }
}
