//! The compiled layer: what compiling each Markdown document found (headings, links to check,
//! exercise markers and, while its page is made, the body's HTML). It is kept beside the loaded
//! `Course`, which compiling never changes, and read by validation and rendering.

use crate::markdown;
pub use crate::model::DocId;
use crate::model::{Course, Document, Lesson};

/// Every document of the course compiled, in the course's shape.
#[derive(Debug, Default)]
pub struct Compiled {
    pub home: markdown::Compiled,
    pub pages: Vec<markdown::Compiled>,
    pub modules: Vec<CompiledModule>,
}

#[derive(Debug, Default)]
pub struct CompiledModule {
    pub intro: markdown::Compiled,
    pub lessons: Vec<markdown::Compiled>,
}

impl Compiled {
    /// Puts documents compiled in `DocId::all` order into their places.
    pub fn from_ordered(course: &Course, docs: impl IntoIterator<Item = markdown::Compiled>) -> Compiled {
        let mut docs = docs.into_iter();
        let mut next = || docs.next().unwrap_or_default();
        let home = next();
        let pages = course.pages.iter().map(|_| next()).collect();
        let modules = course
            .modules
            .iter()
            .map(|m| {
                let intro = next();
                CompiledModule { intro, lessons: m.lessons.iter().map(|_| next()).collect() }
            })
            .collect();
        Compiled { home, pages, modules }
    }

    pub fn doc(&self, id: DocId) -> &markdown::Compiled {
        match id {
            DocId::Home => &self.home,
            DocId::Page(i) => &self.pages[i],
            DocId::Intro(m) => &self.modules[m].intro,
            DocId::Lesson(m, l) => &self.modules[m].lessons[l],
        }
    }

    pub fn doc_mut(&mut self, id: DocId) -> &mut markdown::Compiled {
        match id {
            DocId::Home => &mut self.home,
            DocId::Page(i) => &mut self.pages[i],
            DocId::Intro(m) => &mut self.modules[m].intro,
            DocId::Lesson(m, l) => &mut self.modules[m].lessons[l],
        }
    }

    pub fn lesson(&self, mi: usize, li: usize) -> &markdown::Compiled {
        &self.modules[mi].lessons[li]
    }

    /// Every exercise of lesson (`mi`, `li`) in page order (`lesson_exercise_ids`).
    pub fn exercise_ids<'a>(&'a self, course: &'a Course, mi: usize, li: usize) -> impl Iterator<Item = &'a str> {
        lesson_exercise_ids(&course.modules[mi].lessons[li], self.lesson(mi, li))
    }

    /// Every document with what compiling it found, in `DocId::all` order.
    pub fn documents<'a>(&'a self, course: &'a Course) -> impl Iterator<Item = (&'a Document, &'a markdown::Compiled)> {
        DocId::all(course).into_iter().map(move |id| (id.of(course), self.doc(id)))
    }
}

/// Every exercise of a lesson in page order: the body's markers where they stand, then the
/// front matter's list (shown after the body).
pub fn lesson_exercise_ids<'a>(lesson: &'a Lesson, body: &'a markdown::Compiled) -> impl Iterator<Item = &'a str> {
    body.markers.iter().map(|m| m.id.as_str()).chain(lesson.exercises.iter().map(|e| e.id.as_str()))
}
