//! The offline search index (issue 18): made while pages are rendered, written as classic scripts
//! under `assets/search/` so that `assets/search.js` can load them from any host and from disk.
//!
//! - `assets/search/index.js`: every page's title and module, the words of the course (folded to
//!   lower case without accents), which stem each word has, and per stem the pages it occurs on,
//!   with the best field it occurs in and the sections (headings, exercises) it occurs in.
//! - `assets/search/text-<n>.js`: the plain text of a few pages, per section, for snippets and
//!   heading links; loaded only for the pages a query shows.
//!
//! The format is in docs/markup.md. The compile stage adds each page (`add_page`) with the text
//! `markdown::compile_with_text` made from its one parse (a lesson as its page is written);
//! `finish` compiles (text only) any page not added so. For `sonder
//! serve` the collector also keeps each page's entry (`Collector::keeping_entries`), and the
//! `Kept` index it hands back is brought up to date after each change from the pages that
//! changed alone (`Kept::update`).

mod bytes16;
mod index;
mod lexicon;
mod text;

use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::markdown::{self, ExerciseMarker, HtmlStyle};
use crate::model::{Course, DocId, Exercise, ExerciseBody};
use crate::render::Sink;

pub use index::{Field, Interner, Posting};
pub use lexicon::{Lexicon, PageScratch, PageWords};
pub use text::{fold, is_stop_word, stemmer_for, words, Section, TextWriter};

/// About how much Markdown the pages of one text file hold: a file is closed once its pages'
/// sources reach this size (`text_file_of`), so a page bigger than this ends the file it joins,
/// and the next page starts a new one. Fewer, larger files
/// make the build cheaper (on ext4 each new file of a rebuilt folder costs more than its bytes,
/// bench/PROFILE.md section 17) and leave fewer files to host, zip and upload; larger ones make
/// each shown result load more text. 128 KiB of Markdown is about 12 lessons of the gen_corpus
/// course: at 10,000 lessons 677 files instead of 2,712 with four pages each, and two-word
/// queries with snippets took 6.5 ms against 5.9 ms (median of 20, `bench/search.mjs`).
pub const TEXT_FILE_SOURCE_BYTES: usize = 128 * 1024;

/// Where a page's plain text waits until its text file is complete.
struct TextChunk {
    /// First document of the chunk.
    start: usize,
    docs: Vec<Option<DocText>>,
    missing: usize,
    written: bool,
}

/// A page's text as the text files hold it.
#[derive(Debug, Clone, Default)]
pub struct DocText {
    /// Description, takeaway and key points (lessons), shown when only the title matched.
    pub summary: String,
    pub sections: Vec<Section>,
}

/// Gathers the index while a build writes its pages. Disabled (`[search] enabled = false`), it
/// does nothing at all.
pub struct Collector {
    enabled: bool,
    language: String,
    /// Document number of each module's first lesson.
    lesson_base: Vec<usize>,
    lesson_total: usize,
    chunks: Vec<Mutex<TextChunk>>,
    /// Chunk of each document.
    chunk_of: Vec<usize>,
    /// One per worker thread (and one for callers outside the pool).
    shards: Vec<Mutex<Shard>>,
    errors: Mutex<Vec<Diagnostic>>,
    /// Each lesson's body markers (module, lesson) -> exercise ids, from the compiled bodies.
    markers: Mutex<index::Markers>,
    /// Each page's entry, by document number, when kept for later updates (`sonder serve`).
    kept: Option<Mutex<KeptEntries>>,
}

/// One worker thread's part of the index: its own word table, so that pages are indexed side
/// by side without waiting on one table; `finish` joins the parts by word.
struct Shard {
    lexicon: Lexicon,
    seen: PageScratch,
    /// Per word number: the pages it occurs on.
    postings: Vec<Vec<(u32, Posting)>>,
}

impl Shard {
    fn new(language: &str) -> Shard {
        Shard { lexicon: Lexicon::new(language), seen: PageScratch::default(), postings: Vec::new() }
    }

    fn add(&mut self, doc: usize, title: &str, text: &DocText) {
        let page = self.lexicon.page(&mut self.seen, title, text);
        if self.postings.len() < self.lexicon.len() {
            self.postings.resize_with(self.lexicon.len(), Vec::new);
        }
        for (word, posting) in page {
            self.postings[word as usize].push((doc as u32, posting));
        }
    }
}

/// The entries a collector keeps (`Collector::keeping_entries`), and the words they number.
struct KeptEntries {
    words: Lexicon,
    seen: PageScratch,
    entries: Vec<Option<Entry>>,
}

/// What one page put into the index, kept so that `sonder serve` can make the index again
/// after a change without compiling the pages that did not change. Its text is not kept (a
/// 10,000-lesson course's would be 200 MB): the text file of a changed page is made again by
/// compiling the few pages it holds.
struct Entry {
    /// What the entry was made from: when it differs, the page is compiled again.
    from: EntrySource,
    /// The page's words (by number, in the kept `Lexicon`) and where they occur.
    words: PageWords,
}

/// The texts a page's entry is made from, compared by identity: `sonder serve` loads a changed
/// file into a new text, so an unchanged one is the very same `Arc`.
struct EntrySource {
    document: Arc<str>,
    /// The exercise files of a lesson's exercises (their titles and prompts are its sections).
    exercises: Vec<Arc<str>>,
    title: String,
}

impl EntrySource {
    fn of(course: &Course, place: DocId, marker_ids: &[String]) -> EntrySource {
        let (document, title) = (place.of(course), place.title(course));
        let exercises = match place {
            DocId::Lesson(mi, li) => {
                let front_matter = course.modules[mi].lessons[li].exercises.iter().map(|e| &e.id);
                let ids = marker_ids.iter().chain(front_matter);
                ids.filter_map(|id| course.exercise(id)).map(|ex| ex.source.text.clone()).collect()
            }
            _ => Vec::new(),
        };
        EntrySource { document: document.source.text.clone(), exercises, title: title.to_string() }
    }

    fn same(&self, other: &EntrySource) -> bool {
        Arc::ptr_eq(&self.document, &other.document)
            && self.title == other.title
            && self.exercises.len() == other.exercises.len()
            && self.exercises.iter().zip(&other.exercises).all(|(a, b)| Arc::ptr_eq(a, b))
    }
}

impl Collector {
    /// A collector for `course`'s index, doing nothing when the course has search off or the
    /// caller does not `want` the index.
    pub fn new(course: &Course, want: bool) -> Collector {
        let mut lesson_base = Vec::with_capacity(course.modules.len());
        let mut total = 0;
        for m in &course.modules {
            lesson_base.push(total);
            total += m.lessons.len();
        }
        let enabled = want && course.config.search;
        let (chunks, chunk_of) = if enabled { text_chunks(course) } else { (Vec::new(), Vec::new()) };
        let language = text::primary_language(&course.config.language);
        Collector {
            enabled,
            shards: (0..=rayon::current_num_threads()).map(|_| Mutex::new(Shard::new(&language))).collect(),
            language,
            lesson_base,
            lesson_total: total,
            chunks,
            chunk_of,
            errors: Mutex::new(Vec::new()),
            markers: Mutex::default(),
            kept: None,
        }
    }

    /// Keeps every page's entry, for `finish` to hand back as a `Kept` index (`sonder serve`).
    pub fn keeping_entries(mut self) -> Collector {
        let docs = self.chunk_of.len();
        let words = Lexicon::new(&self.language);
        self.kept = Some(Mutex::new(KeptEntries { words, seen: PageScratch::default(), entries: (0..docs).map(|_| None).collect() }));
        self
    }

    /// The page's number in the index: lessons first, in course order, then the home page, the
    /// standalone pages and the module pages (`in_index_order`).
    pub fn doc_number(&self, course: &Course, place: DocId) -> usize {
        match place {
            DocId::Lesson(m, l) => self.lesson_base[m] + l,
            DocId::Home => self.lesson_total,
            DocId::Page(i) => self.lesson_total + 1 + i,
            DocId::Intro(m) => self.lesson_total + 1 + course.pages.len() + m,
        }
    }

    /// Whether pages are to be compiled with their text (`markdown::compile_with_text`) for
    /// `add_page`.
    pub fn wants_text(&self) -> bool {
        self.enabled
    }

    /// Adds a page from its compiled body's exercise markers and text
    /// (`markdown::compile_with_text`): the compile stage calls this for every document it
    /// compiles (the build's lesson writer for every lesson page it writes). A page's text file
    /// is written once all its pages are in.
    pub fn add_page(&self, course: &Course, place: DocId, markers: &[ExerciseMarker], body_text: Vec<Section>, sink: &dyn Sink) {
        if !self.enabled {
            return;
        }
        let ids: Vec<String> = markers.iter().map(|m| m.id.clone()).collect();
        let text = doc_text(course, place, body_text, &ids);
        self.keep(course, place, &ids, &text);
        if let DocId::Lesson(mi, li) = place {
            self.markers.lock().unwrap_or_else(|e| e.into_inner()).insert((mi, li), ids);
        }
        self.add(self.doc_number(course, place), place.title(course), text, sink);
    }

    /// Whether page `doc` is in (its text waits in its chunk, or the chunk is written).
    fn has_page(&self, doc: usize) -> bool {
        let chunk = self.chunks[self.chunk_of[doc]].lock().unwrap_or_else(|e| e.into_inner());
        chunk.written || chunk.docs[doc - chunk.start].is_some()
    }

    /// Keeps the page's entry when asked to (`keeping_entries`).
    fn keep(&self, course: &Course, place: DocId, marker_ids: &[String], text: &DocText) {
        let Some(kept) = &self.kept else { return };
        let from = EntrySource::of(course, place, marker_ids);
        let mut kept = kept.lock().unwrap_or_else(|e| e.into_inner());
        let KeptEntries { words, seen, .. } = &mut *kept;
        let entry = Entry::new(from, text, words, seen);
        kept.entries[self.doc_number(course, place)] = Some(entry);
    }

    fn add(&self, doc: usize, title: &str, text: DocText, sink: &dyn Sink) {
        // Each worker thread has its shard; a caller outside the pool shares the first.
        let shard_no = rayon::current_thread_index().map_or(0, |i| i + 1) % self.shards.len();
        self.shards[shard_no].lock().unwrap_or_else(|e| e.into_inner()).add(doc, title, &text);
        let chunk_no = self.chunk_of[doc];
        let ready = {
            let mut chunk = self.chunks[chunk_no].lock().unwrap_or_else(|e| e.into_inner());
            let slot = doc - chunk.start;
            if chunk.docs[slot].is_none() {
                chunk.missing -= 1;
            }
            chunk.docs[slot] = Some(text);
            if chunk.missing == 0 && !chunk.written {
                chunk.written = true;
                Some((chunk.start, std::mem::take(&mut chunk.docs)))
            } else {
                None
            }
        };
        if let Some((start, docs)) = ready {
            self.write_chunk(chunk_no, start, docs, sink);
        }
    }

    fn write_chunk(&self, chunk_no: usize, start: usize, docs: Vec<Option<DocText>>, sink: &dyn Sink) {
        let path = format!("assets/search/text-{chunk_no}.js");
        let js = index::text_file(chunk_no, start, &docs);
        if let Err(e) = sink.put(&path, js.into_bytes()) {
            self.errors.lock().unwrap_or_else(|e| e.into_inner()).push(Diagnostic::error(format!("cannot write {path}: {e}")));
        }
    }

    /// Adds every page not added yet (compiling its Markdown again), then writes the text files
    /// still open and the index. Call once the course is valid and compiled. Returns the index's
    /// entries when they were kept (`keeping_entries`).
    pub fn finish(self, course: &Course, sink: &dyn Sink) -> Result<Option<Kept>, Diagnostic> {
        if !self.enabled {
            return Ok(None);
        }
        let targets = course.link_targets();
        let missing: Vec<DocId> = in_index_order(course).into_iter().filter(|&p| !self.has_page(self.doc_number(course, p))).collect();
        missing.par_iter().for_each(|&place| {
            let compiled = markdown::compile_with_text(place.of(course), &targets, HtmlStyle::Skip);
            self.add_page(course, place, &compiled.markers, compiled.text.unwrap_or_default(), sink);
        });
        if let Some(e) = self.errors.into_inner().unwrap_or_else(|e| e.into_inner()).into_iter().next() {
            return Err(e);
        }
        let mut interner = Interner::default();
        for shard in self.shards {
            let Shard { lexicon, postings, .. } = shard.into_inner().unwrap_or_else(|e| e.into_inner());
            interner.absorb(&lexicon, postings);
        }
        let markers = std::mem::take(&mut *self.markers.lock().unwrap_or_else(|e| e.into_inner()));
        let built = index::build(course, &markers, &self.language, interner, &self.chunk_of);
        put_index(sink, built)?;
        let Some(kept) = self.kept else { return Ok(None) };
        let KeptEntries { words, seen, entries } = kept.into_inner().unwrap_or_else(|e| e.into_inner());
        let entries: Option<Vec<Entry>> = entries.into_iter().collect();
        Ok(entries.map(|entries| Kept { language: self.language, chunk_of: self.chunk_of, words, seen, entries }))
    }
}

fn put_index(sink: &dyn Sink, js: String) -> Result<(), Diagnostic> {
    sink.put("assets/search/index.js", js.into_bytes()).map_err(|e| Diagnostic::error(format!("cannot write assets/search/index.js: {e}")))
}

impl Entry {
    fn new(from: EntrySource, text: &DocText, lexicon: &mut Lexicon, seen: &mut PageScratch) -> Entry {
        let words = lexicon.page(seen, &from.title, text);
        Entry { from, words }
    }
}

/// The index of a site served by `sonder serve`, with every page's entry, made again after
/// each change from the entries of the pages that changed and the kept ones of all others.
pub struct Kept {
    language: String,
    chunk_of: Vec<usize>,
    /// Every word the entries use, numbered (with the language's stop words).
    words: Lexicon,
    seen: PageScratch,
    /// By document number (`Collector::doc_number`).
    entries: Vec<Entry>,
}

impl Kept {
    /// Brings the index up to date with `course` (changed by `site::Site::replace`): pages whose
    /// texts changed are compiled again, the index is made again from every page's words, and
    /// the text files holding a changed page are written again. Returns how many pages changed.
    /// The course must have the documents the index was made for (files added or removed make
    /// `sonder serve` build everything again).
    pub fn update(&mut self, course: &Course, compiled: &crate::site::Compiled, sink: &dyn Sink) -> Result<usize, Diagnostic> {
        let places = in_index_order(course);
        if places.len() != self.entries.len() {
            return Err(Diagnostic::error("the search index was made for another set of pages; restart `sonder serve`"));
        }
        let targets = course.link_targets();
        let marker_ids = |place: DocId| -> Vec<String> {
            let DocId::Lesson(mi, li) = place else { return Vec::new() };
            compiled.lesson(mi, li).markers.iter().map(|m| m.id.clone()).collect()
        };
        let text_of = |place: DocId| {
            let compiled = markdown::compile_with_text(place.of(course), &targets, HtmlStyle::Skip);
            let ids: Vec<String> = compiled.markers.into_iter().map(|m| m.id).collect();
            doc_text(course, place, compiled.text.unwrap_or_default(), &ids)
        };
        let mut dirty_chunks = std::collections::BTreeSet::new();
        // The changed pages' texts, again for their text files below.
        let mut changed: std::collections::HashMap<usize, DocText> = std::collections::HashMap::new();
        for (doc, &place) in places.iter().enumerate() {
            let from = EntrySource::of(course, place, &marker_ids(place));
            if from.same(&self.entries[doc].from) {
                continue;
            }
            let text = text_of(place);
            self.entries[doc] = Entry::new(from, &text, &mut self.words, &mut self.seen);
            changed.insert(doc, text);
            dirty_chunks.insert(self.chunk_of[doc]);
        }
        let interner = Interner::from_kept(&self.words, self.entries.iter().map(|e| e.words.as_slice()));
        let markers = places
            .iter()
            .filter_map(|&place| match place {
                DocId::Lesson(mi, li) => Some(((mi, li), marker_ids(place))),
                _ => None,
            })
            .collect();
        put_index(sink, index::build(course, &markers, &self.language, interner, &self.chunk_of))?;
        for &chunk in &dirty_chunks {
            let start = self.chunk_of.iter().position(|&c| c == chunk).unwrap_or(0);
            let end = self.chunk_of.iter().rposition(|&c| c == chunk).map_or(start, |e| e + 1);
            let texts: Vec<Option<DocText>> =
                (start..end).map(|doc| Some(changed.remove(&doc).unwrap_or_else(|| text_of(places[doc])))).collect();
            let path = format!("assets/search/text-{chunk}.js");
            sink.put(&path, index::text_file(chunk, start, &texts).into_bytes())
                .map_err(|e| Diagnostic::error(format!("cannot write {path}: {e}")))?;
        }
        Ok(dirty_chunks.len())
    }
}

/// The text files of a course's pages (`text_file_of`), and each page's file.
fn text_chunks(course: &Course) -> (Vec<Mutex<TextChunk>>, Vec<usize>) {
    let sizes = in_index_order(course).into_iter().map(|place| place.of(course).source.text.len());
    let chunk_of = text_file_of(sizes, TEXT_FILE_SOURCE_BYTES);
    let mut chunks: Vec<Mutex<TextChunk>> = Vec::new();
    for (doc, &chunk) in chunk_of.iter().enumerate() {
        if chunk == chunks.len() {
            chunks.push(Mutex::new(TextChunk { start: doc, docs: Vec::new(), missing: 0, written: false }));
        }
        let last = chunks[chunk].get_mut().unwrap_or_else(|e| e.into_inner());
        last.docs.push(None);
        last.missing += 1;
    }
    (chunks, chunk_of)
}

/// Each page's text file, from the pages' source sizes in index order: consecutive pages share
/// a file until their sources reach `limit` bytes (so a page of `limit` or more closes its file).
fn text_file_of(sizes: impl Iterator<Item = usize>, limit: usize) -> Vec<usize> {
    let mut file = 0;
    let mut bytes = 0;
    sizes
        .map(|size| {
            if bytes >= limit {
                file += 1;
                bytes = 0;
            }
            bytes += size;
            file
        })
        .collect()
}

/// Every page of the index in document-number order: lessons, home, pages, module pages.
fn in_index_order(course: &Course) -> Vec<DocId> {
    let mut places: Vec<DocId> = Vec::new();
    for (mi, m) in course.modules.iter().enumerate() {
        places.extend((0..m.lessons.len()).map(|li| DocId::Lesson(mi, li)));
    }
    places.push(DocId::Home);
    places.extend((0..course.pages.len()).map(DocId::Page));
    places.extend((0..course.modules.len()).map(DocId::Intro));
    places
}

/// A page's text for the index, from its body's text and exercise markers (`marker_ids`).
fn doc_text(course: &Course, place: DocId, body_text: Vec<Section>, marker_ids: &[String]) -> DocText {
    match place {
        DocId::Lesson(mi, li) => lesson_text(course, mi, li, body_text, marker_ids),
        _ => DocText { summary: String::new(), sections: body_text },
    }
}

/// A lesson's summary, sections and exercises: the body's sections (`body_text`), then the
/// exercises placed in the body (`marker_ids`, in body order) and those of its front matter.
fn lesson_text(course: &Course, mi: usize, li: usize, body_text: Vec<Section>, marker_ids: &[String]) -> DocText {
    let lesson = &course.modules[mi].lessons[li];
    let mut summary: Vec<&str> = Vec::new();
    summary.extend(lesson.description.as_deref());
    summary.extend(lesson.takeaway.as_deref());
    summary.extend(lesson.key_points.iter().map(String::as_str));
    let mut out = DocText { summary: summary.join(" "), sections: body_text };
    let front_matter = lesson.exercises.iter().map(|e| e.id.as_str());
    for id in marker_ids.iter().map(String::as_str).chain(front_matter) {
        if let Some(ex) = course.exercise(id) {
            out.sections.push(exercise_section(ex));
        }
    }
    out
}

/// An exercise as a section: its title, and the text of its prompt, hint and questions.
fn exercise_section(ex: &Exercise) -> Section {
    let mut body = String::new();
    text::html_text(&ex.prompt_html, &mut body);
    if let Some(hint) = &ex.hint_html {
        text::html_text(hint, &mut body);
    }
    let mut push = |s: &str| {
        if !body.is_empty() {
            body.push(' ');
        }
        body.push_str(s);
    };
    match &ex.body {
        ExerciseBody::Reflection { questions } => questions.iter().for_each(|q| push(&q.text)),
        ExerciseBody::Journal { entry_prompt } => entry_prompt.iter().for_each(|p| push(p)),
        ExerciseBody::Quiz { questions } => questions.iter().for_each(|q| push(&q.text)),
        ExerciseBody::Practice { steps } => steps.iter().for_each(|s| push(&s.text)),
        ExerciseBody::Scale { statements, .. } => statements.iter().for_each(|s| push(&s.text)),
        ExerciseBody::Compose { fields, .. } => fields.iter().for_each(|f| push(&f.text)),
    }
    Section { anchor: format!("ex-{}", ex.id), title: ex.title.clone(), text: body }
}

/// A page of the index for unit tests: a fixed summary and `(anchor, title, text)` sections.
#[cfg(test)]
fn test_doc(sections: &[(&str, &str, &str)]) -> DocText {
    DocText {
        summary: "A summary about trust.".into(),
        sections: sections.iter().map(|(a, t, x)| Section { anchor: a.to_string(), title: t.to_string(), text: x.to_string() }).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::text_file_of;

    #[test]
    fn pages_share_a_text_file_until_their_sources_reach_the_limit() {
        // 40 + 50 + 30 reaches 100 with the third page; the fourth starts a file.
        assert_eq!(text_file_of([40, 50, 30, 10, 60, 30].into_iter(), 100), [0, 0, 0, 1, 1, 1]);
        // A page of the limit or more closes its file at once, whatever came before.
        assert_eq!(text_file_of([10, 500, 10, 200, 200].into_iter(), 100), [0, 0, 1, 1, 2]);
        assert_eq!(text_file_of([500, 1].into_iter(), 100), [0, 1]);
        assert_eq!(text_file_of(std::iter::empty(), 100), Vec::<usize>::new());
    }
}
