//! The compile stage: every Markdown document parsed once, on all cores, into the compiled layer.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use rayon::prelude::*;

use super::{Compiled, DocId};
use crate::diagnostics::Diagnostic;
use crate::markdown::{self, HtmlStyle, LinkTargets};
use crate::model::Course;
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
    pub(super) fn new(renderer: &'r Renderer<'a>, sink: &'r dyn Sink) -> Self {
        let search = crate::search::Collector::new(renderer.course);
        LessonPages { renderer, sink, errors: Mutex::new(Vec::new()), failed: AtomicBool::new(false), search }
    }

    fn compile(&self, course: &Course, targets: &LinkTargets, mi: usize, li: usize) -> markdown::Compiled {
        let mut c = markdown::compile(&course.modules[mi].lessons[li].body, targets, self.renderer.style());
        if c.diagnostics.iter().any(Diagnostic::is_error) {
            self.failed.store(true, Ordering::Relaxed);
        } else if !self.failed.load(Ordering::Relaxed) {
            self.search.add_lesson(course, mi, li, &c, self.sink);
            if let Err(d) = self.renderer.put_lesson(mi, li, &c, self.sink) {
                self.failed.store(true, Ordering::Relaxed);
                self.errors.lock().unwrap_or_else(|e| e.into_inner()).push(d);
            }
        }
        c.parts = Vec::new();
        c
    }
}

/// Compiles every document of `course` in parallel, keeping what compiling found but no HTML.
/// With `lesson_pages`, lesson pages are made on the way. Returns the compiled layer and every
/// problem found (the Markdown's, and pages that failed).
pub(super) fn compile(course: &Course, lesson_pages: Option<&LessonPages>) -> (Compiled, Vec<Diagnostic>) {
    let targets = LinkTargets { pages: &course.links.pages, files: &course.links.files };
    let ids = DocId::all(course);
    let mut docs: Vec<markdown::Compiled> = ids
        .par_iter()
        .map(|&id| match (id, lesson_pages) {
            (DocId::Lesson(mi, li), Some(pages)) => pages.compile(course, &targets, mi, li),
            _ => markdown::compile(id.of(course), &targets, HtmlStyle::Skip),
        })
        .collect();
    let mut diags: Vec<Diagnostic> = docs.iter_mut().flat_map(|c| std::mem::take(&mut c.diagnostics)).collect();
    if let Some(pages) = lesson_pages {
        diags.extend(std::mem::take(&mut *pages.errors.lock().unwrap_or_else(|e| e.into_inner())));
    }
    (Compiled::from_ordered(course, docs), diags)
}
