//! The render stage: pages, theme files, assets and extra outputs of a compiled site, into a sink.

use super::{Site, Timing};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output;
use rayon::prelude::*;

use crate::render::{PageId, RenderedFile, Renderer, Sink};

/// Which pages to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pages {
    All,
    These(Vec<PageId>),
}

/// What `Site::render` (and `Site::run`) make, and how.
#[derive(Debug, Clone)]
pub struct RenderPlan {
    pub pages: Pages,
    /// Lesson pages are made by the compile stage from its one parse of each lesson
    /// (`compile::LessonPages`); `render` then makes every other page.
    pub stream_lessons: bool,
    /// Let go of the sources as soon as nothing reads them: lesson texts as the compile stage
    /// streams their pages, but for the lines validation points at (`compile::take_lesson_texts`),
    /// and those once the site is rendered (`Site::release_sources`).
    pub release_sources: bool,
    /// Copy the course's files (static/, files beside lessons).
    pub assets: bool,
    /// Run the extra outputs (`site::extra_outputs`).
    pub extra_outputs: bool,
    /// Keep the search index's entry of every page (`Site::search`), so that `sonder serve` can
    /// bring the index up to date after a change (`Site::update_search`).
    pub keep_search: bool,
    /// Make the search index (when the course has search on).
    pub search: bool,
}

impl RenderPlan {
    /// Every page, file and extra output: `sonder build` and `sonder serve`.
    pub fn whole_site() -> RenderPlan {
        RenderPlan {
            pages: Pages::All,
            stream_lessons: false,
            release_sources: false,
            assets: true,
            extra_outputs: true,
            keep_search: false,
            search: true,
        }
    }

    /// Only these pages, with the theme's files and the course's assets they may show (`sonder pdf`).
    pub fn pages(ids: Vec<PageId>) -> RenderPlan {
        RenderPlan {
            pages: Pages::These(ids),
            stream_lessons: false,
            release_sources: false,
            assets: true,
            extra_outputs: false,
            keep_search: false,
            search: true,
        }
    }

    pub fn streamed(self) -> RenderPlan {
        RenderPlan { stream_lessons: true, ..self }
    }

    pub fn releasing_sources(self) -> RenderPlan {
        RenderPlan { release_sources: true, ..self }
    }

    pub fn keeping_search(self) -> RenderPlan {
        RenderPlan { keep_search: true, ..self }
    }

    /// Every page and extra output made, to find the problems only rendering finds (a template
    /// that fails on some page), and nothing kept: `sonder check`. The course's files are not
    /// copied (loading found those it cannot read), nor the search index made (it can only fail
    /// to be written).
    pub fn checking() -> RenderPlan {
        RenderPlan { assets: false, search: false, ..RenderPlan::whole_site().streamed().releasing_sources() }
    }
}

/// What a render made.
#[derive(Debug, Default)]
pub struct Rendered {
    /// HTML pages of the whole site (`PageId::all`), whether rendered now or streamed.
    pub pages: usize,
    /// Warnings of the compile stage (`Site::run`), each about one file.
    pub markdown_warnings: Vec<Diagnostic>,
    /// Warnings of the validate stage (`Site::run`), found across files.
    pub cross_file_warnings: Vec<Diagnostic>,
    /// Warnings of the render stage (its errors fail it).
    pub render_warnings: Vec<Diagnostic>,
    pub timings: Vec<Timing>,
}

impl Rendered {
    /// Every warning, sorted.
    pub fn warnings(&self) -> Diagnostics {
        let all = self.markdown_warnings.iter().chain(&self.cross_file_warnings).chain(&self.render_warnings);
        let mut d = Diagnostics { items: all.cloned().collect() };
        d.sort();
        d
    }
}

impl Site {
    /// Renders the plan's pages (all but lesson pages when they were streamed), the theme's
    /// files, the course's assets and the extra outputs into `sink`, on all cores.
    pub fn render(&self, sink: &dyn Sink, plan: &RenderPlan) -> Result<Rendered, Diagnostics> {
        let templates = self.templates.as_ref().ok_or_else(super::no_templates)?;
        let all = PageId::all(&self.course);
        let count = all.len();
        let mut ids = match &plan.pages {
            Pages::All => all,
            Pages::These(ids) => ids.clone(),
        };
        if plan.stream_lessons {
            ids.retain(|id| !matches!(id, PageId::Lesson(..)));
        }
        let renderer = Renderer::new(&self.course, templates, &self.opts);
        let (mut diags, copied) = rayon::join(
            || {
                let mut d = renderer.put_pages(&self.compiled, &ids, sink);
                d.extend(renderer.put_theme_files(sink).items);
                d
            },
            || if plan.assets { output::copy_assets(&self.course.assets, sink) } else { Diagnostics::default() },
        );
        diags.extend(copied.items);
        if plan.extra_outputs {
            diags.extend(self.render_extra(sink).items);
        }
        if diags.has_errors() {
            diags.sort();
            return Err(diags);
        }
        Ok(Rendered { pages: count, render_warnings: diags.items, ..Rendered::default() })
    }
}

impl Site {
    /// Runs the extra outputs (`site::extra_outputs`) into `sink`: after the pages of a full
    /// render, and after each incremental change under `sonder serve`.
    pub fn render_extra(&self, sink: &dyn Sink) -> Diagnostics {
        let mut diags = Diagnostics::default();
        for out in super::extra_outputs(&self.course) {
            diags.extend(out.render(self, sink).items);
        }
        diags
    }

    /// Brings the search index up to date after `Site::replace` (`sonder serve`): only the pages
    /// that changed are compiled again; the index and their text files go into `sink`. Nothing
    /// to do when the site was not run with `RenderPlan::keeping_search` or search is off.
    pub fn update_search(&mut self, sink: &dyn Sink) -> Result<(), Diagnostic> {
        let Some(kept) = &mut self.search else { return Ok(()) };
        kept.update(&self.course, &self.compiled, sink).map(|_| ())
    }

    /// Pages in memory, on all cores, sharing what pages share (`sonder serve`).
    pub fn render_pages(&self, ids: &[PageId]) -> Vec<Result<RenderedFile, Diagnostic>> {
        let Some(templates) = &self.templates else {
            return vec![Err(Diagnostic::error("the theme's templates have errors"))];
        };
        let renderer = Renderer::new(&self.course, templates, &self.opts);
        ids.par_iter().map(|&id| renderer.page(&self.compiled, id)).collect()
    }
}
