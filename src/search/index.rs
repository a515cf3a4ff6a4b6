//! The index itself: words per page, gathered into postings per stem, written as a classic script.

use std::collections::BTreeMap;
use std::fmt::Write;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::bytes16::{self, Classes};
use super::lexicon::Lexicon;
use super::text::{self, Section};
use super::DocText;
use crate::model::{Course, ExerciseKind};

/// Where a word stands on a page, best first: ranking weighs a title match above a heading match
/// above the summary (description, takeaway) above the body (text and exercise prompts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Title = 0,
    /// A heading of the body, or an exercise's title.
    Heading = 1,
    Summary = 2,
    Body = 3,
}

/// One word on one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    /// The best field the word occurs in.
    pub field: Field,
    /// Sections it occurs in (headings and text; bit `i` is section `i`, the last bit also
    /// every section after it).
    pub sections: u16,
    /// How often it occurs in the body, up to 255 (the index tells 1, 2-3 and more apart).
    /// One byte keeps a posting with its page number at 8 bytes: a 10,000-lesson course has
    /// millions of them in memory at the end of a build.
    pub count: u8,
}

impl Posting {
    pub(super) fn merge(&mut self, other: Posting) {
        self.field = self.field.min(other.field);
        self.sections |= other.sections;
        self.count = self.count.saturating_add(other.count);
    }

    /// The field code the index stores: 0 title, 1 heading, 2 summary, then the body by how
    /// often: 3 once, 4 two or three times, 5 more often.
    pub fn code(&self) -> u32 {
        match self.field {
            Field::Body => match self.count {
                0 | 1 => 3,
                2 | 3 => 4,
                _ => 5,
            },
            f => f as u32,
        }
    }
}

/// Every word of the course (lower case, accents kept), with its postings: the words of every
/// `Lexicon` that indexed pages, joined by their text.
#[derive(Default)]
pub struct Interner {
    ids: FxHashMap<Box<str>, u32>,
    postings: Vec<Vec<(u32, Posting)>>,
}

impl Interner {
    /// Adds the postings of a lexicon's words (`postings[n]` holds word `n`'s); words without
    /// any (stop words, words of pages since changed) are left out.
    pub fn absorb(&mut self, lexicon: &Lexicon, postings: Vec<Vec<(u32, Posting)>>) {
        for (id, list) in postings.into_iter().enumerate() {
            if list.is_empty() {
                continue;
            }
            let word = lexicon.word(id as u32);
            let global = match self.ids.get(word) {
                Some(&global) => global,
                None => {
                    let global = self.postings.len() as u32;
                    self.ids.insert(Box::from(word), global);
                    self.postings.push(Vec::new());
                    global
                }
            };
            append_postings(&mut self.postings[global as usize], list);
        }
    }

    /// The interner of pages' words kept by number (`super::Kept`), documents numbered in the
    /// order given. Words no page uses any more are left out, as a full build would not know them.
    pub(super) fn from_kept<'e>(lexicon: &Lexicon, docs: impl Iterator<Item = &'e [(u32, Posting)]>) -> Interner {
        let mut postings: Vec<Vec<(u32, Posting)>> = vec![Vec::new(); lexicon.len()];
        for (doc, words) in docs.enumerate() {
            for &(word, posting) in words {
                postings[word as usize].push((doc as u32, posting));
            }
        }
        let mut interner = Interner::default();
        interner.absorb(lexicon, postings);
        interner
    }

    /// The number of distinct words.
    pub fn len(&self) -> usize {
        self.postings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.postings.is_empty()
    }
}

/// Appends `v` as base-32 digits, low first: `]`..`|` for digits that more follow, `#`..`B` for
/// the last. Both ranges need no escaping in a JavaScript string and gzip well.
pub fn push_varint(out: &mut String, mut v: u32) {
    loop {
        let digit = (v & 31) as u8;
        v >>= 5;
        if v == 0 {
            out.push((b'#' + digit) as char);
            return;
        }
        out.push((b']' + digit) as char);
    }
}

/// Bytes `js_string` stops at: `"`, `\\`, `<`, control characters, and 0xE2 (which starts
/// U+2028 and U+2029, line ends to JavaScript).
const STOP_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t[b'<' as usize] = true;
    t[0xE2] = true;
    t
};

/// A JavaScript string literal of `s` (also safe inside HTML: `<` is escaped). It runs over
/// every byte of the snippet text, so it steps over sixteen plain bytes at once (`bytes16`) and
/// copies the runs between.
pub fn js_string(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    let (mut from, mut i) = (0, 0);
    while i < bytes.len() {
        if let Some(sixteen) = bytes16::at(bytes, i) {
            // Nearly all snippet text needs no escape: on to the first byte that may.
            let stops = Classes::of(sixteen).js_stops;
            if stops == 0 {
                i += 16;
                continue;
            }
            i += stops.trailing_zeros() as usize;
        }
        if !STOP_BYTES[bytes[i] as usize] {
            i += 1;
            continue;
        }
        let (escaped, len): (&str, usize) = match bytes[i] {
            b'"' => ("\\\"", 1),
            b'\\' => ("\\\\", 1),
            b'\n' => ("\\n", 1),
            b'<' => ("\\u003c", 1),
            0xE2 if bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA8 => ("\\u2028", 3),
            0xE2 if bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA9 => ("\\u2029", 3),
            0xE2 => {
                i += 1;
                continue;
            }
            control => {
                out.push_str(&s[from..i]);
                let _ = write!(out, "\\u{control:04x}");
                i += 1;
                from = i;
                continue;
            }
        };
        out.push_str(&s[from..i]);
        out.push_str(escaped);
        i += len;
        from = i;
    }
    out.push_str(&s[from..]);
    out.push('"');
}

/// Postings of one stem: pages in order, each with its field code and sections.
fn encode_postings(out: &mut String, postings: &[(u32, Posting)]) {
    let mut prev: Option<u32> = None;
    for (doc, p) in postings {
        push_varint(out, prev.map_or(*doc, |prev| doc - prev - 1));
        push_varint(out, (u32::from(p.sections) << 3) | p.code());
        prev = Some(*doc);
    }
}

/// Sorts postings by page and merges the entries of one page (words of one stem), in place.
fn merge_postings(mut list: Vec<(u32, Posting)>) -> Vec<(u32, Posting)> {
    list.sort_unstable_by_key(|(doc, _)| *doc);
    // `later` is dropped once merged into the entry kept before it.
    list.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            kept.1.merge(later.1);
        }
        same
    });
    list
}

/// Moves `list` into `into`: the list itself when `into` is empty (nearly always), so the postings
/// of a big course are not copied at the end of a build, where its memory peaks.
fn append_postings(into: &mut Vec<(u32, Posting)>, list: Vec<(u32, Posting)>) {
    if into.is_empty() {
        *into = list;
    } else {
        // Exactly: growing by doubling would hold up to twice the postings at the peak.
        into.reserve_exact(list.len());
        into.extend(list);
    }
}

/// The words of the course folded, each with its stem, and the postings of each stem.
pub struct Vocabulary {
    /// (folded word, stem number), sorted by word.
    pub words: Vec<(String, u32)>,
    pub stems: Vec<Vec<(u32, Posting)>>,
}

/// Folds and stems every word: words that fold the same are one word (the first one's stem);
/// stems are numbered in the order of the sorted words.
pub fn vocabulary(language: &str, interner: Interner) -> Vocabulary {
    let stemmer = text::stemmer_for(language);
    let mut by_word: Vec<(Box<str>, u32)> = interner.ids.into_iter().collect();
    by_word.sort_unstable();
    let mut postings: Vec<Option<Vec<(u32, Posting)>>> = interner.postings.into_iter().map(Some).collect();
    let mut folded: BTreeMap<String, (String, Vec<(u32, Posting)>)> = BTreeMap::new();
    for (word, id) in by_word {
        let list = postings[id as usize].take().unwrap_or_default();
        let surface = text::fold(&word).into_owned();
        let entry = folded.entry(surface).or_insert_with(|| {
            let stem = match &stemmer {
                Some(s) => text::fold(&s.stem(&word)).into_owned(),
                None => text::fold(&word).into_owned(),
            };
            (stem, Vec::new())
        });
        append_postings(&mut entry.1, list);
    }
    let mut stem_ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut stems: Vec<Vec<(u32, Posting)>> = Vec::new();
    let mut words = Vec::with_capacity(folded.len());
    for (surface, (stem, list)) in folded {
        let id = *stem_ids.entry(stem).or_insert_with(|| {
            stems.push(Vec::new());
            (stems.len() - 1) as u32
        });
        append_postings(&mut stems[id as usize], list);
        words.push((surface, id));
    }
    let stems = stems.into_par_iter().map(merge_postings).collect();
    Vocabulary { words, stems }
}

/// The exercise kinds whose answers are free text, as the index names them: `r` reflection,
/// `c` compose, `j` journal, `p` practice (its notes).
fn text_kind(kind: ExerciseKind) -> Option<&'static str> {
    match kind {
        ExerciseKind::Reflection => Some("r"),
        ExerciseKind::Compose => Some("c"),
        ExerciseKind::Journal => Some("j"),
        ExerciseKind::Practice => Some("p"),
        ExerciseKind::Quiz | ExerciseKind::Scale => None,
    }
}

/// Each lesson's body markers (module, lesson) -> exercise ids, from the compiled layer.
pub type Markers = std::collections::HashMap<(usize, usize), Vec<String>>;

/// `assets/search/index.js`: see docs/markup.md for the format.
pub fn build(course: &Course, markers: &Markers, language: &str, interner: Interner, chunk_of: &[usize]) -> String {
    let vocab = vocabulary(language, interner);
    let mut out = String::with_capacity(1 << 16);
    out.push_str("sonderSearch.index({\"v\":1,\"lang\":");
    js_string(&mut out, language);
    let stop = text::stop_words(language);
    if !stop.is_empty() {
        // The query side ignores these words instead of reporting them as not found.
        out.push_str(",\"stop\":");
        js_string(&mut out, &stop.join(" "));
    }
    out.push_str(",\"modules\":[");
    for (i, m) in course.modules.iter().enumerate() {
        out.push_str(if i == 0 { "[" } else { ",[" });
        js_string(&mut out, &m.slug);
        out.push(',');
        js_string(&mut out, &m.title);
        out.push(']');
    }
    out.push_str("],\"docs\":[");
    push_docs(&mut out, course);
    out.push_str("],\"chunks\":\"");
    push_chunk_sizes(&mut out, chunk_of);
    out.push_str("\",");
    push_vocabulary(&mut out, &vocab);
    out.push_str(",\"exercises\":[");
    push_exercises(&mut out, course, markers);
    out.push_str("]});\n");
    out
}

/// Every page of the index as `[module or -1, file stem, title]`, in document-number order.
fn push_docs(out: &mut String, course: &Course) {
    let mut first = true;
    let mut doc = |out: &mut String, module: Option<usize>, stem: &str, title: &str| {
        out.push_str(if first { "[" } else { ",[" });
        first = false;
        let _ = write!(out, "{},", module.map_or(-1, |m| m as i64));
        js_string(out, stem);
        out.push(',');
        js_string(out, title);
        out.push(']');
    };
    for (mi, m) in course.modules.iter().enumerate() {
        for l in &m.lessons {
            doc(out, Some(mi), &l.slug, &l.title);
        }
    }
    doc(out, None, "index", course.home_title());
    for p in &course.pages {
        doc(out, None, &p.slug, &p.title);
    }
    for (mi, m) in course.modules.iter().enumerate() {
        doc(out, Some(mi), "index", &m.title);
    }
}

/// The sizes of the text files, in documents.
fn push_chunk_sizes(out: &mut String, chunk_of: &[usize]) {
    let mut start = 0;
    while start < chunk_of.len() {
        let end = chunk_of[start..].iter().position(|&c| c != chunk_of[start]).map_or(chunk_of.len(), |n| start + n);
        push_varint(out, (end - start) as u32);
        start = end;
    }
}

/// `"words"` (sorted, space-separated), `"stems"` (each word's stem) and `"postings"` (per stem).
fn push_vocabulary(out: &mut String, vocab: &Vocabulary) {
    out.push_str("\"words\":");
    let words: Vec<&str> = vocab.words.iter().map(|(w, _)| w.as_str()).collect();
    js_string(out, &words.join(" "));
    out.push_str(",\"stems\":\"");
    // Per word: 0 for a stem not seen before (the next number), else its number + 1.
    let mut next = 0;
    for (_, stem) in &vocab.words {
        if *stem == next {
            push_varint(out, 0);
            next += 1;
        } else {
            push_varint(out, stem + 1);
        }
    }
    out.push_str("\",\"postings\":[");
    let encoded: Vec<String> = vocab
        .stems
        .par_iter()
        .map(|list| {
            let mut one = String::new();
            encode_postings(&mut one, list);
            one
        })
        .collect();
    for (i, list) in encoded.iter().enumerate() {
        out.push_str(if i == 0 { "\"" } else { ",\"" });
        out.push_str(list);
        out.push('"');
    }
    out.push(']');
}

/// The exercises whose answers are free text, as `[id, lesson's document number, title, kind]`.
fn push_exercises(out: &mut String, course: &Course, markers: &Markers) {
    let mut first = true;
    let mut doc_no = 0;
    for (mi, m) in course.modules.iter().enumerate() {
        for (li, l) in m.lessons.iter().enumerate() {
            let in_body = markers.get(&(mi, li)).into_iter().flatten().map(String::as_str);
            for id in in_body.chain(l.exercises.iter().map(|e| e.id.as_str())) {
                let Some(ex) = course.exercise(id) else { continue };
                let Some(kind) = text_kind(ex.kind) else { continue };
                out.push_str(if first { "[" } else { ",[" });
                first = false;
                js_string(out, &ex.id);
                let _ = write!(out, ",{doc_no},");
                js_string(out, &ex.title);
                let _ = write!(out, ",\"{kind}\"]");
            }
            doc_no += 1;
        }
    }
}

/// `assets/search/text-<n>.js`: the sections of the pages `start..` (see docs/markup.md).
pub fn text_file(chunk: usize, start: usize, docs: &[Option<DocText>]) -> String {
    let size: usize = docs.iter().flatten().map(|d| d.summary.len() + d.sections.iter().map(|s| s.text.len() + 64).sum::<usize>()).sum();
    let mut out = String::with_capacity(size + 64);
    let _ = write!(out, "sonderSearch.text({chunk},{start},[");
    for (i, doc) in docs.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let empty = DocText::default();
        let doc = doc.as_ref().unwrap_or(&empty);
        out.push('[');
        js_string(&mut out, &doc.summary);
        for Section { anchor, title, text } in &doc.sections {
            out.push(',');
            js_string(&mut out, anchor);
            out.push(',');
            js_string(&mut out, title);
            out.push(',');
            js_string(&mut out, text);
        }
        out.push(']');
    }
    out.push_str("]);\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::lexicon::PageScratch;
    use crate::search::test_doc as doc;

    fn decode_varints(s: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let (mut v, mut shift) = (0u32, 0);
        for b in s.bytes() {
            if b >= b']' {
                v |= u32::from(b - b']') << shift;
                shift += 5;
            } else {
                out.push(v | (u32::from(b - b'#') << shift));
                v = 0;
                shift = 0;
            }
        }
        out
    }

    #[test]
    fn a_posting_with_its_page_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<(u32, Posting)>(), 8);
    }

    #[test]
    fn varints_round_trip_and_need_no_escaping() {
        let values = [0, 1, 31, 32, 1000, 65535 << 3, u32::MAX];
        let mut s = String::new();
        for v in values {
            push_varint(&mut s, v);
        }
        assert_eq!(decode_varints(&s), values);
        assert!(!s.contains(['"', '\\']), "{s}");
    }

    #[test]
    fn words_fold_and_share_their_stem() {
        let d1 = doc(&[("", "", "Leaders lead. Équipe")]);
        let d2 = doc(&[("", "", "A leader and the equipe; leadership")]);
        let mut lexicon = Lexicon::new("en");
        let mut seen = PageScratch::default();
        let pages: Vec<_> = [&d1, &d2].into_iter().map(|d| lexicon.page(&mut seen, "T", d)).collect();
        let interner = Interner::from_kept(&lexicon, pages.iter().map(Vec::as_slice));
        let vocab = vocabulary("en", interner);
        let word = |w: &str| vocab.words.iter().find(|(x, _)| x == w).map(|(_, s)| *s).unwrap();
        // "leader" and "leaders" share a stem; "leadership" and "lead" have their own.
        assert_eq!(word("leader"), word("leaders"));
        assert_ne!(word("leader"), word("leadership"));
        assert_ne!(word("lead"), word("leader"));
        // "Équipe" and "equipe" are one word: both pages are on its postings.
        assert_eq!(vocab.words.iter().filter(|(w, _)| w == "equipe").count(), 1);
        let docs: Vec<u32> = vocab.stems[word("equipe") as usize].iter().map(|(d, _)| *d).collect();
        assert_eq!(docs, [0, 1]);
        let leader: Vec<u32> = vocab.stems[word("leader") as usize].iter().map(|(d, _)| *d).collect();
        assert_eq!(leader, [0, 1]);
        assert!(vocab.words.windows(2).all(|w| w[0].0 < w[1].0), "sorted for prefix search");
    }

    #[test]
    fn postings_are_gaps_and_codes() {
        let p = |field, sections, count| Posting { field, sections, count };
        let mut s = String::new();
        encode_postings(&mut s, &[(2, p(Field::Title, 0, 0)), (3, p(Field::Body, 0b101, 4)), (10, p(Field::Body, 1, 2))]);
        assert_eq!(decode_varints(&s), [2, 0, 0, (0b101 << 3) | 5, 6, (1 << 3) | 4]);
    }

    #[test]
    fn js_strings_are_safe() {
        let mut s = String::new();
        js_string(&mut s, "a\"b\\c\n</script>\u{2028}\u{2029}\u{2027}\u{1}\tz\u{e9}");
        assert_eq!(s, "\"a\\\"b\\\\c\\n\\u003c/script>\\u2028\\u2029\u{2027}\\u0001\\u0009z\u{e9}\"");
        // Long runs (stepped over eight bytes at once) with every escape at every offset.
        for escape in ["\"", "\\", "\n", "<", "\u{2028}", "\u{2029}", "\u{2027}", "\u{1f}", "\u{e9}"] {
            for at in 0..20 {
                let text = format!("{}{escape}{}", "a".repeat(at), "b ".repeat(12));
                let mut got = String::new();
                js_string(&mut got, &text);
                let parsed: String = serde_json::from_str(&got).unwrap_or_else(|e| panic!("{got}: {e}"));
                assert_eq!(parsed, text);
                assert!(!got.contains('<') && !got.contains('\u{2028}') && !got.contains('\n'), "{got}");
            }
        }
    }
}
