//! The compile stage: every Markdown document parsed once, on all cores, into the compiled layer.

use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use super::{Compiled, DocId};
use crate::diagnostics::{Diagnostic, KeptLines, SourceText};
use crate::markdown::{self, HtmlStyle, LinkTargets};
use crate::model::{Course, Document, Lesson};
use crate::render::{Renderer, Sink};

/// Lesson pages made by the compile stage (`RenderPlan::stream_lessons`): the one parse of each
/// lesson gives both what validation needs and the page's body, which is rendered and put into
/// the sink at once, then dropped, so the HTML of a big course is never held whole. Compiling
/// the bodies again after validation was 13% of a 10,000-lesson build. The pages only count if
/// validation passes: the sink is a staging folder or memory that is dropped otherwise.
pub(super) struct LessonPages<'r, 'a> {
    renderer: &'r Renderer<'a>,
    sink: &'r dyn Sink,
    /// Pages that failed to render or write.
    errors: Mutex<Vec<Diagnostic>>,
    /// Once a document has an error the build fails: no point making more pages.
    failed: AtomicBool,
    /// The search index gathers each lesson's text from the same parse.
    pub(super) search: crate::search::Collector,
}

impl<'r, 'a> LessonPages<'r, 'a> {
    /// `search`: made from the course before its lesson texts were taken (`take_lesson_texts`),
    /// as it sizes its text files by them.
    pub(super) fn new(renderer: &'r Renderer<'a>, sink: &'r dyn Sink, search: crate::search::Collector) -> Self {
        LessonPages { renderer, sink, errors: Mutex::new(Vec::new()), failed: AtomicBool::new(false), search }
    }

    fn compile(&self, course: &Course, doc: &Document, targets: &LinkTargets, mi: usize, li: usize) -> markdown::Compiled {
        let mut c = if self.search.wants_text() {
            markdown::compile_with_text(doc, targets, self.renderer.style())
        } else {
            markdown::compile(doc, targets, self.renderer.style())
        };
        let text = c.text.take().unwrap_or_default();
        if c.diagnostics.iter().any(Diagnostic::is_error) {
            self.failed.store(true, Ordering::Relaxed);
        } else if !self.failed.load(Ordering::Relaxed) {
            // Side by side: one very long lesson would otherwise index, then render, on one core.
            let ((), page) = rayon::join(
                || self.search.add_page(course, DocId::Lesson(mi, li), &c.markers, text, self.sink),
                || self.renderer.put_lesson(mi, li, &c, self.sink),
            );
            if let Err(d) = page {
                self.failed.store(true, Ordering::Relaxed);
                self.errors.lock().unwrap_or_else(|e| e.into_inner()).push(d);
            }
        }
        c.parts = Vec::new();
        c
    }

    /// Compiles a document that is not a lesson (its page is rendered later), with its text
    /// for the search index: the index does not compile it again.
    fn compile_other(&self, course: &Course, doc: &Document, targets: &LinkTargets, id: DocId) -> markdown::Compiled {
        let mut c = markdown::compile_with_text(doc, targets, HtmlStyle::Skip);
        let text = c.text.take().unwrap_or_default();
        if !c.diagnostics.iter().any(Diagnostic::is_error) {
            self.search.add_page(course, id, &c.markers, text, self.sink);
        }
        c
    }
}

/// Lesson texts taken out of the course for the compile stage to let go of (`take_lesson_texts`),
/// in `DocId::all` order: None for a document that keeps its own.
pub(super) type TakenTexts = Vec<Option<Arc<str>>>;

/// What a big build keeps of a lesson once it is compiled: the lines validation may point at
/// (`KeptLines`), and the front matter's exercise spans moved into them.
pub(super) struct KeptLesson {
    text: Arc<str>,
    body_offset: usize,
    exercise_spans: Vec<Range<usize>>,
}

/// Takes every lesson's text out of `course` (left "") for `compile` to read once and let go of,
/// and cuts each exercise file's text down to its first line, all validation points at
/// (`validate::unused_exercises`; problems found while loading keep their own copy). At 10,000
/// lessons the texts are 93 MB: held until validation ends, they were the peak of a build.
pub(super) fn take_lesson_texts(course: &mut Course) -> TakenTexts {
    for ex in &mut course.exercises {
        ex.source.text = Arc::from(KeptLines::new(&ex.source.text, []).text);
    }
    DocId::all(course)
        .into_iter()
        .map(|id| match id {
            DocId::Lesson(..) => Some(std::mem::replace(&mut id.of_mut(course).source.text, Arc::from(""))),
            _ => None,
        })
        .collect()
}

/// Puts back what `compile` kept of each lesson whose text it was given.
pub(super) fn put_back(course: &mut Course, kept: Vec<Option<KeptLesson>>) {
    for (id, kept) in DocId::all(course).into_iter().zip(kept) {
        let (DocId::Lesson(mi, li), Some(kept)) = (id, kept) else { continue };
        let lesson = &mut course.modules[mi].lessons[li];
        lesson.body.source.text = kept.text;
        lesson.body.body_offset = kept.body_offset;
        for (ex, span) in lesson.exercises.iter_mut().zip(kept.exercise_spans) {
            ex.span = span;
        }
    }
}

/// The lines of a compiled lesson that validation may point at, with the spans of `c` moved
/// into them: exercise markers and the front matter's list (`exercise_uses`), links to anchors
/// of other pages (`anchors_into_other_pages`), headings whose id may clash with an exercise's
/// (`duplicate_ids`, which finds them by their text), lines that read like a marker
/// (`unused_exercises`) and the first line (problems about the file, at 0..0).
fn keep_lines(doc: &Document, lesson: &Lesson, c: &mut markdown::Compiled) -> KeptLesson {
    let (body, at) = (doc.body(), doc.body_offset);
    let mut keep: Vec<Range<usize>> = c.markers.iter().map(|m| m.span.clone()).collect();
    keep.extend(c.anchors.iter().map(|a| a.span.clone()));
    keep.extend(lesson.exercises.iter().map(|e| e.span.clone()));
    for h in c.headings.iter().filter(|h| h.id.starts_with("ex-")) {
        keep.extend(body.find(h.text.as_str()).map(|i| at + i..at + i + h.text.len()));
    }
    let mut offset = at;
    for line in body.split_inclusive('\n') {
        if line.contains("{{") && markdown::exercise_marker(line).is_some() {
            keep.push(offset..offset + line.len());
        }
        offset += line.len();
    }
    let kept = KeptLines::new(&doc.source.text, keep);
    for m in &mut c.markers {
        m.span = kept.map_range(&m.span);
    }
    for a in &mut c.anchors {
        a.span = kept.map_range(&a.span);
    }
    KeptLesson {
        body_offset: kept.map(at),
        exercise_spans: lesson.exercises.iter().map(|e| kept.map_range(&e.span)).collect(),
        text: Arc::from(kept.text),
    }
}

/// Compiles every document of `course` in parallel, keeping what compiling found but no HTML.
/// With `lesson_pages`, lesson pages are made on the way. A lesson whose text is in `taken` is
/// compiled from it, which is then let go of but for the lines `keep_lines` keeps. Returns the
/// compiled layer, what was kept of the taken texts (for `put_back`) and every problem found (the
/// Markdown's, and pages that failed).
pub(super) fn compile(
    course: &Course,
    lesson_pages: Option<&LessonPages>,
    taken: Option<TakenTexts>,
) -> (Compiled, Vec<Option<KeptLesson>>, Vec<Diagnostic>) {
    let targets = course.link_targets();
    let ids = DocId::all(course);
    let taken = taken.unwrap_or_else(|| vec![None; ids.len()]);
    let jobs: Vec<(DocId, Option<Arc<str>>)> = ids.into_iter().zip(taken).collect();
    let (mut docs, kept): (Vec<markdown::Compiled>, Vec<Option<KeptLesson>>) = jobs
        .into_par_iter()
        .map(|(id, text)| {
            let own = id.of(course);
            // The taken text, read once here and dropped at the end of this closure.
            let doc = text.map(|text| Document { source: SourceText::new(own.source.name.clone(), text), ..own.clone() });
            let doc_ref = doc.as_ref().unwrap_or(own);
            let mut c = match (id, lesson_pages) {
                (DocId::Lesson(mi, li), Some(pages)) => pages.compile(course, doc_ref, &targets, mi, li),
                (id, Some(pages)) if pages.search.wants_text() => pages.compile_other(course, doc_ref, &targets, id),
                _ => markdown::compile(doc_ref, &targets, HtmlStyle::Skip),
            };
            let kept = match (id, &doc) {
                (DocId::Lesson(mi, li), Some(doc)) => Some(keep_lines(doc, &course.modules[mi].lessons[li], &mut c)),
                _ => None,
            };
            (c, kept)
        })
        .unzip();
    let mut diags: Vec<Diagnostic> = docs.iter_mut().flat_map(|c| std::mem::take(&mut c.diagnostics)).collect();
    if let Some(pages) = lesson_pages {
        diags.extend(std::mem::take(&mut *pages.errors.lock().unwrap_or_else(|e| e.into_inner())));
    }
    (Compiled::from_ordered(course, docs), kept, diags)
}
