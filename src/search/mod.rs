//! The offline search index (issue 18): made while pages are rendered, written as classic scripts
//! under `assets/search/` so that `assets/search.js` can load them from any host and from disk.
//!
//! - `assets/search/index.js`: every page's title and module, the words of the course (folded to
//!   lower case without accents), which stem each word has, and per stem the pages it occurs on,
//!   with the best field it occurs in and the sections (headings, exercises) it occurs in.
//! - `assets/search/text-<n>.js`: the plain text of a few pages, per section, for snippets and
//!   heading links; loaded only for the pages a query shows.
//!
//! The format is in docs/markup.md. A lesson is added when its page is written (`add_lesson`,
//! from the build's lesson writer); everything else (and lessons never added, as in `sonder
//! serve`) is compiled again by `finish`.

mod index;
mod text;

use std::sync::Mutex;

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::markdown::{self, Compiled, HtmlStyle, LinkTargets};
use crate::model::{BodyPart, Course, Document, Exercise, ExerciseBody};
use crate::render::Sink;

pub use index::{DocIndex, Field, Interner, Posting};
pub use text::{fold, is_stop_word, stemmer_for, words, Section};

/// Pages per text file: few enough that a query's top results load little text, many enough
/// that a big course does not write a file per page.
pub const DOCS_PER_TEXT_FILE: usize = 4;

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
    words: Mutex<Interner>,
    errors: Mutex<Vec<Diagnostic>>,
}

/// A document of the index, by place: lessons come first, in course order, then the home page,
/// the standalone pages and the module pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocPlace {
    Lesson(usize, usize),
    Home,
    Page(usize),
    Module(usize),
}

impl Collector {
    pub fn new(course: &Course) -> Collector {
        let mut lesson_base = Vec::with_capacity(course.modules.len());
        let mut total = 0;
        let mut chunks = Vec::new();
        let mut chunk_of = Vec::new();
        let mut group = |start: usize, len: usize, chunks: &mut Vec<Mutex<TextChunk>>| {
            for s in (start..start + len).step_by(DOCS_PER_TEXT_FILE) {
                let n = DOCS_PER_TEXT_FILE.min(start + len - s);
                chunk_of.extend(std::iter::repeat_n(chunks.len(), n));
                chunks.push(Mutex::new(TextChunk { start: s, docs: vec![None; n], missing: n, written: false }));
            }
        };
        if course.config.search {
            for m in &course.modules {
                lesson_base.push(total);
                group(total, m.lessons.len(), &mut chunks);
                total += m.lessons.len();
            }
            let others = 1 + course.pages.len() + course.modules.len();
            group(total, others, &mut chunks);
        }
        Collector {
            enabled: course.config.search,
            language: text::primary_language(&course.config.language),
            lesson_base,
            lesson_total: total,
            chunks,
            chunk_of,
            words: Mutex::new(Interner::default()),
            errors: Mutex::new(Vec::new()),
        }
    }

    pub fn doc_number(&self, course: &Course, place: DocPlace) -> usize {
        match place {
            DocPlace::Lesson(m, l) => self.lesson_base[m] + l,
            DocPlace::Home => self.lesson_total,
            DocPlace::Page(i) => self.lesson_total + 1 + i,
            DocPlace::Module(m) => self.lesson_total + 1 + course.pages.len() + m,
        }
    }

    /// Adds a lesson from its compiled body (the build's lesson writer calls this for every
    /// lesson page it writes). Its text file is written once all its pages are in.
    pub fn add_lesson(&self, course: &Course, mi: usize, li: usize, body: &Compiled, sink: &dyn Sink) {
        if !self.enabled {
            return;
        }
        let doc = self.doc_number(course, DocPlace::Lesson(mi, li));
        let text = lesson_text(course, mi, li, &body.parts);
        let lesson = &course.modules[mi].lessons[li];
        self.add(doc, &lesson.title, text, sink);
    }

    fn add(&self, doc: usize, title: &str, text: DocText, sink: &dyn Sink) {
        index::add_doc(&self.words, &self.language, doc, title, &text);
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
    /// still open and the index. Call once the course is valid, after `site::compile_all`.
    pub fn finish(self, course: &Course, sink: &dyn Sink) -> Result<(), Diagnostic> {
        if !self.enabled {
            return Ok(());
        }
        let targets = LinkTargets { pages: &course.links.pages, files: &course.links.files };
        let mut missing: Vec<DocPlace> = vec![DocPlace::Home];
        missing.extend((0..course.pages.len()).map(DocPlace::Page));
        missing.extend((0..course.modules.len()).map(DocPlace::Module));
        for (mi, m) in course.modules.iter().enumerate() {
            for li in 0..m.lessons.len() {
                let doc = self.doc_number(course, DocPlace::Lesson(mi, li));
                let chunk = self.chunks[self.chunk_of[doc]].lock().unwrap_or_else(|e| e.into_inner());
                if !chunk.written && chunk.docs[doc - chunk.start].is_none() {
                    missing.push(DocPlace::Lesson(mi, li));
                }
            }
        }
        missing.par_iter().for_each(|&place| {
            let (document, title) = place_document(course, place);
            let compiled = markdown::compile(document, &targets, HtmlStyle::Compact);
            let doc = self.doc_number(course, place);
            let text = match place {
                DocPlace::Lesson(mi, li) => lesson_text(course, mi, li, &compiled.parts),
                _ => page_text(&compiled.parts),
            };
            self.add(doc, title, text, sink);
        });
        if let Some(e) = self.errors.into_inner().unwrap_or_else(|e| e.into_inner()).into_iter().next() {
            return Err(e);
        }
        let interner = self.words.into_inner().unwrap_or_else(|e| e.into_inner());
        let built = index::build(course, &self.language, interner, &self.chunk_of);
        sink.put("assets/search/index.js", built.into_bytes())
            .map_err(|e| Diagnostic::error(format!("cannot write assets/search/index.js: {e}")))
    }
}

/// The Markdown document and title of a page of the index.
fn place_document(course: &Course, place: DocPlace) -> (&Document, &str) {
    match place {
        DocPlace::Lesson(m, l) => (&course.modules[m].lessons[l].body, &course.modules[m].lessons[l].title),
        DocPlace::Home => (&course.home, course.home_title.as_deref().unwrap_or(&course.config.title)),
        DocPlace::Page(i) => (&course.pages[i].body, &course.pages[i].title),
        DocPlace::Module(m) => (&course.modules[m].intro, &course.modules[m].title),
    }
}

/// Writes the whole index of a course whose pages were rendered without a collector (`sonder
/// serve`): every page's Markdown is compiled again.
pub fn write_index(course: &Course, sink: &dyn Sink) -> Result<(), Diagnostic> {
    Collector::new(course).finish(course, sink)
}

/// A page's sections from its body parts (a home, standalone or module page).
fn page_text(parts: &[BodyPart]) -> DocText {
    let mut out = DocText::default();
    body_sections(parts, &mut out, &mut Vec::new());
    out
}

/// A lesson's summary, sections and exercises.
fn lesson_text(course: &Course, mi: usize, li: usize, parts: &[BodyPart]) -> DocText {
    let lesson = &course.modules[mi].lessons[li];
    let mut out = DocText::default();
    let mut summary: Vec<&str> = Vec::new();
    summary.extend(lesson.description.as_deref());
    summary.extend(lesson.takeaway.as_deref());
    summary.extend(lesson.key_points.iter().map(String::as_str));
    out.summary = summary.join(" ");
    let mut exercises: Vec<&str> = Vec::new();
    body_sections(parts, &mut out, &mut exercises);
    exercises.extend(lesson.exercises.iter().map(|(id, _)| id.as_str()));
    for id in exercises {
        if let Some(ex) = course.exercise(id) {
            out.sections.push(exercise_section(ex));
        }
    }
    out
}

/// The body's sections into `out`; exercises placed in the body are listed in `exercises`.
fn body_sections<'c>(parts: &'c [BodyPart], out: &mut DocText, exercises: &mut Vec<&'c str>) {
    let mut lead = String::new();
    for part in parts {
        match part {
            BodyPart::Html(html) => {
                let mut sections = std::mem::take(&mut out.sections);
                let before = sections.len();
                if before == 0 {
                    text::split_sections(html, &mut sections, &mut lead);
                } else {
                    // Text after an exercise belongs to the section it stands in.
                    let mut tail = String::new();
                    text::split_sections(html, &mut sections, &mut tail);
                    let last = &mut sections[before - 1];
                    if !tail.is_empty() {
                        if !last.text.is_empty() {
                            last.text.push(' ');
                        }
                        last.text.push_str(&tail);
                    }
                }
                out.sections = sections;
            }
            BodyPart::Exercise(id) => exercises.push(id),
        }
    }
    if !lead.is_empty() || out.sections.is_empty() {
        out.sections.insert(0, Section { anchor: String::new(), title: String::new(), text: lead });
    }
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
