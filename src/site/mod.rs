//! One `Site` that every command drives, stage by stage:
//!
//! ```text
//! Site::load      disk -> Course (immutable: documents placed, link index made) + Templates
//! Site::compile   Markdown -> Compiled (per document: headings, anchors, exercise markers)
//! Site::validate  Course + Compiled -> cross-file problems
//! Site::render    Course + Compiled -> pages, theme files, assets and extra outputs, into a Sink
//! Site::replace   one changed file (sonder serve): re-load, re-compile, re-validate or roll back
//! ```
//!
//! `Site::run` strings compile, validate and render together with the options of a
//! `RenderPlan`: lesson pages streamed from the compile stage's one parse of each lesson, sources
//! let go once validated. `build` (a staging folder swapped in), `check` (no render), `sonder
//! serve` (memory) and `sonder pdf` (a temporary folder) are thin drivers over these stages.

mod compile;
mod compiled;
mod languages;
mod outputs;
mod render;
mod replace;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use compiled::{lesson_exercise_ids, Compiled, CompiledModule, DocId};
pub use languages::{dedup, LanguageVersion, Prefixed, Sites, Versions};
pub use outputs::{extra_outputs, Output};
pub use render::{Pages, RenderPlan, Rendered};
pub use replace::{Affected, Change, FileWarnings, ReplaceError, Replaced};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{Course, LinkIndex};
use crate::render::{PageId, RenderOptions, RenderedFile, Renderer, Templates};
use crate::{load, output, validate};

/// What a site is built with, besides the course's own settings.
#[derive(Debug, Clone, Default)]
pub struct SiteOptions {
    /// Minify pages; None: as course.toml says.
    pub minify: Option<bool>,
    /// `sonder serve` only: a script (path from the site root) injected into every page.
    pub live_reload_script: Option<String>,
    /// Warnings count as errors.
    pub deny_warnings: bool,
}

/// A loaded course with its templates and, once compiled, its compiled documents.
pub struct Site {
    pub root: PathBuf,
    /// Never changed after `load`, but by `replace` (serve) and `release_sources` (big builds).
    pub course: Course,
    /// Empty until `compile` (or `run`).
    pub compiled: Compiled,
    /// None when the theme's templates have errors (`load` reported them).
    pub templates: Option<Templates>,
    pub opts: RenderOptions,
    pub deny_warnings: bool,
    /// The search index with every page's entry, when `run` was asked to keep it
    /// (`RenderPlan::keeping_search`: `sonder serve`).
    pub search: Option<crate::search::Kept>,
}

/// A course that passed validation and was rendered (`Site::validate_and_render`), with the
/// problems found on the way (warnings only), which an error of the search index adds to.
struct Checked {
    rendered: Rendered,
    found: Diagnostics,
}

/// How long a stage took (`sonder serve --verbose`).
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    pub stage: &'static str,
    pub took: Duration,
}

impl Site {
    /// Loads the course at `root` and compiles its templates. The site is returned when the
    /// course could be read at all; build only from one whose diagnostics hold no errors.
    pub fn load(root: &Path, opts: &SiteOptions) -> (Option<Site>, Diagnostics) {
        Site::load_in(root, opts, load::translation::Tree::default())
    }

    /// Loads the course in one of its languages (`Sites::load` loads them all).
    pub fn load_in(root: &Path, opts: &SiteOptions, tree: load::translation::Tree) -> (Option<Site>, Diagnostics) {
        let (course, mut diags) = load::load_course_in(root, tree);
        let Some(mut course) = course else { return (None, diags) };
        place_documents(&mut course);
        course.links = link_index(&course);
        let minify = opts.minify.unwrap_or(course.config.minify);
        let templates = Templates::new(&course, minify).map_err(|d| diags.extend(d.items)).ok();
        let site = Site {
            root: root.to_path_buf(),
            course,
            compiled: Compiled::default(),
            templates,
            opts: RenderOptions { minify, live_reload_script: opts.live_reload_script.clone(), versions: None },
            deny_warnings: opts.deny_warnings,
            search: None,
        };
        (Some(site), diags)
    }

    /// Compiles every document's Markdown (keeping no HTML); returns the Markdown's problems.
    pub fn compile(&mut self) -> Vec<Diagnostic> {
        let (compiled, _, diags) = compile::compile(&self.course, None, None);
        self.compiled = compiled;
        diags
    }

    /// The cross-file problems of the compiled course.
    pub fn validate(&self) -> Vec<Diagnostic> {
        validate::validate(&self.course, &self.compiled)
    }

    /// Compiles, validates and renders: what build, serve and pdf do. Nothing is rendered once a
    /// problem is an error; pages streamed before that are in `sink` (a staging folder, memory),
    /// which the caller then drops. Diagnostics always point into the text that was compiled.
    pub fn run(&mut self, sink: &dyn crate::render::Sink, plan: &RenderPlan) -> Result<Rendered, Diagnostics> {
        let mut timings = Vec::new();
        let t = Instant::now();
        self.templates.as_ref().ok_or_else(no_templates)?;
        let mut search = crate::search::Collector::new(&self.course, plan.search);
        if plan.keep_search {
            search = search.keeping_entries();
        }
        // Lesson texts the compile stage lets go of as it goes, but for what validation needs.
        let taken = self.lessons_released(plan).then(|| compile::take_lesson_texts(&mut self.course));
        let (compiled, kept, markdown, search) = {
            let templates = self.templates.as_ref().ok_or_else(no_templates)?;
            let renderer = Renderer::new(&self.course, templates, &self.opts);
            let stream = compile::LessonPages::new(&renderer, sink, search);
            let (compiled, kept, markdown) = compile::compile(&self.course, plan.stream_lessons.then_some(&stream), taken);
            (compiled, kept, markdown, plan.stream_lessons.then_some(stream.search))
        };
        compile::put_back(&mut self.course, kept);
        self.compiled = compiled;
        timings.push(Timing { stage: "markdown", took: t.elapsed() });
        // The search index is finished from the lesson texts gathered while compiling, beside
        // validation and rendering: validation runs on one core, and so does the index's last
        // step (joining the words), so each takes the core the other leaves idle.
        let (checked, index) =
            rayon::join(|| self.validate_and_render(markdown, sink, plan), || search.map(|s| s.finish(&self.course, sink)));
        let Checked { mut rendered, found } = checked?;
        if plan.release_sources {
            self.release_sources(plan);
        }
        if let Some(index) = index {
            self.search = index.map_err(|d| {
                let mut all = found;
                all.push(d);
                all
            })?;
        }
        timings.append(&mut rendered.timings);
        rendered.timings = timings;
        Ok(rendered)
    }

    /// Validates the compiled course and, when no problem found so far (`markdown`, from the
    /// compile stage, and validation's own) is an error, renders it. Errors come back with every
    /// warning found before them.
    fn validate_and_render(
        &self,
        markdown: Vec<Diagnostic>,
        sink: &dyn crate::render::Sink,
        plan: &RenderPlan,
    ) -> Result<Checked, Diagnostics> {
        let t = Instant::now();
        let cross_file = self.validate();
        let mut timings = vec![Timing { stage: "validate", took: t.elapsed() }];
        let mut found = Diagnostics { items: markdown.iter().chain(&cross_file).cloned().collect() };
        if self.deny_warnings {
            found.deny_warnings();
        }
        if found.has_errors() {
            found.sort();
            return Err(found);
        }
        let t = Instant::now();
        let rendered = self.render(sink, plan).map_err(|mut d| {
            // Warnings found before still belong to the report.
            d.extend(found.items.iter().cloned());
            d.sort();
            d
        })?;
        timings.push(Timing { stage: "render", took: t.elapsed() });
        let rendered = Rendered { markdown_warnings: markdown, cross_file_warnings: cross_file, timings, ..rendered };
        Ok(Checked { rendered, found })
    }

    /// Lets go of what is left of the source texts once the site is rendered: exercise files'
    /// first lines, and the lines of lessons that validation needed (`compile::keep_lines`) when
    /// their pages were streamed and print.html does not hold their bodies. The compile stage let
    /// the rest go already (`compile::take_lesson_texts`), which is where a build's memory peaked.
    pub fn release_sources(&mut self, plan: &RenderPlan) {
        self.course.release_sources(self.lessons_released(plan));
    }

    /// Whether the plan lets lesson texts go: their pages are streamed from the compile stage,
    /// and print.html does not hold their bodies (above `PRINT_WHOLE_COURSE_MAX` lessons).
    fn lessons_released(&self, plan: &RenderPlan) -> bool {
        let print_needs_lessons = self.course.lesson_count() <= crate::render::PRINT_WHOLE_COURSE_MAX;
        plan.release_sources && plan.stream_lessons && !print_needs_lessons
    }

    /// One page in memory, from the compiled course (serve, tests).
    pub fn render_page(&self, id: PageId) -> Result<RenderedFile, Diagnostic> {
        let templates = self.templates.as_ref().ok_or_else(|| Diagnostic::error("the theme's templates have errors"))?;
        Renderer::new(&self.course, templates, &self.opts).page(&self.compiled, id)
    }
}

fn no_templates() -> Diagnostics {
    Diagnostic::error("the theme's templates have errors (reported above); nothing can be rendered").into()
}

/// Sets each document's folder and output path, which its relative links resolve against.
fn place_documents(course: &mut Course) {
    for id in DocId::all(course) {
        let (dir, output) = id.place(course);
        let doc = id.of_mut(course);
        doc.dir = dir;
        doc.output = output;
    }
}

/// What relative links in the course may point at: every page's source, and every other file.
pub fn link_index(course: &Course) -> LinkIndex {
    let mut pages = std::collections::HashMap::new();
    pages.insert("_index.md".into(), "index.html".into());
    for p in &course.pages {
        pages.insert(format!("{}.md", p.slug), format!("{}.html", p.slug));
    }
    for m in &course.modules {
        pages.insert(format!("{}/_index.md", m.slug), format!("{}/index.html", m.slug));
        for l in &m.lessons {
            pages.insert(format!("{}/{}.md", m.slug, l.slug), l.href_path());
        }
    }
    let mut files: std::collections::HashSet<String> = course.assets.iter().map(|a| a.output.clone()).collect();
    files.extend(validate::generated_paths(course));
    // A link may also name a page's .html directly.
    files.extend(pages.values().cloned());
    LinkIndex { pages, files }
}

/// Loads, compiles and validates a course in every language: everything but rendering
/// (`sonder package`, before it builds; `sonder check` is `check_rendering`). The default
/// language's site is returned when the course could be built (no errors; warnings allowed).
pub fn check(root: &Path, opts: &SiteOptions) -> (Option<Site>, Diagnostics) {
    check_with(root, opts, None)
}

/// `check`, with every page of every language rendered too, into nothing (`RenderPlan::checking`),
/// when the course brings templates of its own: a template that fails on some page fails here as
/// it fails `build` (`sonder check`). Only a template can fail to render, and the built-in ones
/// render every course that validates (every fixture of the tests builds with them), so a course
/// using those alone is not rendered: check stays several times faster than a build.
pub fn check_rendering(root: &Path, opts: &SiteOptions) -> (Option<Site>, Diagnostics) {
    check_with(root, opts, Some(RenderPlan::checking()))
}

fn check_with(root: &Path, opts: &SiteOptions, render: Option<RenderPlan>) -> (Option<Site>, Diagnostics) {
    let (sites, mut diags) = Sites::load(root, opts);
    let Some(sites) = sites else { return (None, diags) };
    let mut sites = sites.sites;
    // A course that did not load cleanly is not rendered (`run` needs its templates), but still
    // compiled and validated, so that one run reports every problem.
    let render = render.filter(|_| !diags.has_errors());
    for site in &mut sites {
        let own_templates = !crate::load::theme::has_builtin_templates(&site.course.theme);
        match render.as_ref().filter(|_| own_templates) {
            Some(plan) => match site.run(&crate::render::Discard, plan) {
                Ok(r) => diags.extend(r.warnings().items),
                Err(d) => diags.extend(d.items),
            },
            None => {
                diags.extend(site.compile());
                diags.extend(site.validate());
            }
        }
    }
    dedup(&mut diags);
    let diags = finish(diags, opts.deny_warnings);
    let ok = !diags.has_errors();
    (ok.then(|| sites.swap_remove(0)), diags)
}

#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub output: Option<PathBuf>,
    pub minify: Option<bool>,
    pub deny_warnings: bool,
    /// Build into an output folder that holds files sonder did not write (they are kept).
    pub force: bool,
}

#[derive(Debug)]
pub struct BuildReport {
    pub pages: usize,
    pub modules: usize,
    pub lessons: usize,
    pub exercises: usize,
    /// Languages built (1 for a course without `[languages]`).
    pub languages: usize,
    pub output: PathBuf,
    pub diagnostics: Diagnostics,
}

/// Builds the course at `root` into its output folder, every language (the default one at the
/// root, the others in `<code>/`): into a staging folder first, swapped in only when everything
/// was written. On any error the previous output stays.
pub fn build(root: &Path, opts: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let site_opts = SiteOptions { minify: opts.minify, live_reload_script: None, deny_warnings: opts.deny_warnings };
    let (sites, mut diags) = Sites::load(root, &site_opts);
    let Some(Sites { mut sites }) = sites else { return Err(finish(diags, opts.deny_warnings)) };
    let output = opts.output.clone().unwrap_or_else(|| root.join(&sites[0].course.config.output));
    let staging = if diags.has_errors() {
        None
    } else {
        prepare_output(root, &output, opts.force, &sites[0].course).map_err(|d| diags.extend(d.items)).ok()
    };
    let Some(staging) = staging else {
        // Still report every problem of the course, not just the first kind found.
        for site in &mut sites {
            diags.extend(site.compile());
            diags.extend(site.validate());
        }
        dedup(&mut diags);
        return Err(finish(diags, opts.deny_warnings));
    };
    let dir = staging.sink();
    let plan = RenderPlan::whole_site().streamed().releasing_sources();
    let mut pages = 0;
    let mut failed = false;
    for site in &mut sites {
        let prefix = Sites::prefix(site).to_owned();
        let sink = Prefixed { sink: dir, prefix: &prefix };
        match site.run(&sink, &plan) {
            Ok(r) => {
                pages += r.pages;
                diags.extend(r.warnings().items);
            }
            Err(d) => {
                failed = true;
                diags.extend(d.items);
            }
        }
    }
    dedup(&mut diags);
    let diags = finish(diags, opts.deny_warnings);
    if failed || diags.has_errors() {
        // `staging` is removed when dropped.
        return Err(diags);
    }
    if let Err(e) = staging.swap_in() {
        let mut diags = diags;
        diags.push(Diagnostic::error(format!("cannot move the new site into {}: {e}", output.display())));
        return Err(diags);
    }
    let course = &sites[0].course;
    Ok(BuildReport {
        pages,
        modules: course.modules.len(),
        lessons: course.lesson_count(),
        exercises: course.exercises.len(),
        languages: sites.len(),
        output,
        diagnostics: diags,
    })
}

fn finish(mut diags: Diagnostics, deny_warnings: bool) -> Diagnostics {
    if deny_warnings {
        diags.deny_warnings();
    }
    diags.sort();
    diags
}

/// An empty staging folder, with the module folders, for a build into `output`.
fn prepare_output(root: &Path, output: &Path, force: bool, course: &Course) -> Result<output::Staging, Diagnostics> {
    let staging = output::Staging::new(root, output, force)?;
    for m in &course.modules {
        // Not create_dir_all: after a Ctrl-C has removed the staging folder it must stay gone.
        let _ = std::fs::create_dir(staging.dir.join(&m.slug));
    }
    Ok(staging)
}
