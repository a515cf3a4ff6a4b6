//! The pipeline, stage by stage: load -> compile Markdown -> validate -> render -> write.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};
use crate::markdown::{self, AnchorCheck, LinkTargets};
use crate::model::{Course, Document, LinkIndex};
use crate::render::{self, RenderOptions};
use crate::{load, output, validate};

/// Loads, compiles and validates a course: everything but writing. The course is returned when
/// it could be built (no errors; warnings allowed).
pub fn check(root: &Path) -> (Option<Course>, Diagnostics) {
    let (course, mut diags) = load::load_course(root);
    let Some(mut course) = course else {
        diags.sort();
        return (None, diags);
    };
    diags.extend(compile_and_validate(&mut course));
    diags.sort();
    let ok = !diags.has_errors();
    (ok.then_some(course), diags)
}

/// What `check` finds in a loaded course: the Markdown's problems and the cross-file ones.
fn compile_and_validate(course: &mut Course) -> Vec<Diagnostic> {
    let (anchors, mut found) = compile_all(course, markdown::HtmlStyle::Skip, None, false);
    found.extend(validate_with(course, &anchors));
    found
}

/// What relative links in the course may point at: every page's source, and every other file.
pub fn link_index(course: &Course) -> LinkIndex {
    let mut pages: HashMap<String, String> = HashMap::new();
    pages.insert("_index.md".into(), "index.html".into());
    for p in &course.pages {
        pages.insert(format!("{}.md", p.slug), format!("{}.html", p.slug));
    }
    for m in &course.modules {
        pages.insert(format!("{}/_index.md", m.slug), format!("{}/index.html", m.slug));
        for l in &m.lessons {
            pages.insert(format!("{}/{}.md", m.slug, l.slug), l.path());
        }
    }
    let mut files: HashSet<String> = course.assets.iter().map(|a| a.output.clone()).collect();
    files.extend(validate::generated_paths(course));
    // A link may also name a page's .html directly.
    files.extend(pages.values().cloned());
    LinkIndex { pages, files }
}

/// Anchor checks of each document, keyed by its file name, to run once all headings are known.
pub type AnchorChecks = HashMap<String, Vec<AnchorCheck>>;

/// Writes a lesson's page from its compiled body (build: `render::write_lesson_page`). Its errors
/// are its own to report: `compile_all` only stops writing pages after one.
pub type LessonPageWriter<'w> = dyn Fn(&Course, usize, usize, &markdown::Compiled) -> Result<(), Diagnostic> + Sync + 'w;

/// One Markdown document of the course, by place.
#[derive(Clone, Copy)]
enum DocAt {
    Home,
    Page(usize),
    Intro(usize),
    Lesson(usize, usize),
}

fn doc_at(course: &Course, at: DocAt) -> &Document {
    match at {
        DocAt::Home => &course.home,
        DocAt::Page(i) => &course.pages[i].body,
        DocAt::Intro(m) => &course.modules[m].intro,
        DocAt::Lesson(m, l) => &course.modules[m].lessons[l].body,
    }
}

fn doc_at_mut(course: &mut Course, at: DocAt) -> &mut Document {
    match at {
        DocAt::Home => &mut course.home,
        DocAt::Page(i) => &mut course.pages[i].body,
        DocAt::Intro(m) => &mut course.modules[m].intro,
        DocAt::Lesson(m, l) => &mut course.modules[m].lessons[l].body,
    }
}

/// Sets the course's link index and compiles every document in parallel, keeping headings and
/// exercise markers in the model; their HTML is not kept, so a big course never holds its whole
/// output in memory. With `lesson_pages` (build), each lesson's HTML is made in `style` and its
/// page written at once: every document is then parsed once, not once to validate and again to
/// render (13% of a 10,000-lesson build). Pages written so are only kept if validation passes
/// (`output::Staging`). Other pages are rendered after validation and compile their bodies again.
///
/// With `lesson_pages` and `release_lessons`, each lesson's source text is also let go once its
/// page is written (the 93 MB of a 10,000-lesson course were half the build's peak memory): the
/// model keeps file names only, so problems found by validation must be reported from a fresh
/// `check`, which `build` does.
pub fn compile_all(
    course: &mut Course,
    style: markdown::HtmlStyle,
    lesson_pages: Option<&LessonPageWriter>,
    release_lessons: bool,
) -> (AnchorChecks, Vec<Diagnostic>) {
    course.links = link_index(course);
    let mut places = vec![(DocAt::Home, String::new(), "index.html".to_string())];
    places.extend(course.pages.iter().enumerate().map(|(i, p)| (DocAt::Page(i), String::new(), format!("{}.html", p.slug))));
    for (mi, m) in course.modules.iter().enumerate() {
        places.push((DocAt::Intro(mi), m.slug.clone(), format!("{}/index.html", m.slug)));
        places.extend(m.lessons.iter().enumerate().map(|(li, l)| (DocAt::Lesson(mi, li), m.slug.clone(), l.path())));
    }
    let release = lesson_pages.is_some() && release_lessons;
    let (places, mut released): (Vec<DocAt>, Vec<Option<Arc<str>>>) = places
        .into_iter()
        .map(|(at, dir, output)| {
            let doc = doc_at_mut(course, at);
            doc.dir = dir;
            doc.output = output;
            let text = (release && matches!(at, DocAt::Lesson(..))).then(|| std::mem::replace(&mut doc.source.text, Arc::from("")));
            (at, text)
        })
        .unzip();
    let shared: &Course = course;
    let targets = LinkTargets { pages: &shared.links.pages, files: &shared.links.files };
    // Once a document has an error the build will fail: no point writing more pages.
    let failed = AtomicBool::new(false);
    let results: Vec<markdown::Compiled> = places
        .par_iter()
        .zip(released.par_iter_mut())
        .map(|(&at, text)| {
            let doc = doc_at(shared, at);
            match (at, lesson_pages) {
                (DocAt::Lesson(mi, li), Some(write_page)) => {
                    // A released text lives in this job only, and is freed when it ends.
                    let with_text;
                    let doc = match text.take() {
                        Some(text) => {
                            with_text = Document { source: SourceText { text, ..doc.source.clone() }, ..doc.clone() };
                            &with_text
                        }
                        None => doc,
                    };
                    let mut c = markdown::compile(doc, &targets, style);
                    if c.diagnostics.iter().any(Diagnostic::is_error) {
                        failed.store(true, Ordering::Relaxed);
                    } else if !failed.load(Ordering::Relaxed) && write_page(shared, mi, li, &c).is_err() {
                        // The writer keeps its own errors (`build`).
                        failed.store(true, Ordering::Relaxed);
                    }
                    c.parts = Vec::new();
                    c
                }
                _ => markdown::compile(doc, &targets, markdown::HtmlStyle::Skip),
            }
        })
        .collect();
    let mut anchors = HashMap::new();
    let mut diags = Vec::new();
    for (at, mut c) in places.into_iter().zip(results) {
        let doc = doc_at_mut(course, at);
        doc.headings = std::mem::take(&mut c.headings);
        doc.markers = std::mem::take(&mut c.markers);
        diags.extend(c.diagnostics);
        anchors.insert(doc.source.name.clone(), c.anchors);
    }
    (anchors, diags)
}

/// The cross-file checks, with the anchor checks collected by `compile_all`.
pub fn validate_with(course: &Course, anchors: &AnchorChecks) -> Vec<Diagnostic> {
    let docs = course.documents();
    let by_name: HashMap<&str, &Document> = docs.iter().map(|d| (d.source.name.as_str(), *d)).collect();
    let mut checks: Vec<(AnchorCheck, &Document)> = Vec::new();
    for (name, list) in anchors {
        if let Some(doc) = by_name.get(name.as_str()) {
            checks.extend(list.iter().map(|c| (c.clone(), *doc)));
        }
    }
    validate::validate(course, &checks)
}

#[derive(Debug, Clone)]
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
    pub output: PathBuf,
    pub diagnostics: Diagnostics,
}

/// Builds the course at `root` into its output folder. On any error the previous output stays.
///
/// Unlike `check` then render, lesson pages are written into the staging folder while their
/// Markdown is compiled for validation (`compile_all`); the staging folder only replaces the
/// output once the whole course is valid.
pub fn build(root: &Path, opts: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let (course, mut diags) = load::load_course(root);
    let Some(mut course) = course else {
        diags.sort();
        return Err(diags);
    };
    let render_opts = RenderOptions { minify: opts.minify.unwrap_or(course.config.minify), live_reload_script: None };
    let output = match &opts.output {
        Some(o) => o.clone(),
        None => root.join(&course.config.output),
    };
    let prepared =
        if diags.has_errors() { Err(Diagnostics::default()) } else { prepare_output(root, &output, opts.force, &course, &render_opts) };
    let (templates, staging) = match prepared {
        Ok(p) => p,
        Err(d) => {
            // Still report every problem of the course, not just the first kind found.
            diags.extend(compile_and_validate(&mut course));
            diags.extend(d.items);
            if opts.deny_warnings {
                diags.deny_warnings();
            }
            diags.sort();
            return Err(diags);
        }
    };
    let sink = output::DirSink { dir: staging.dir.clone() };
    let style = render::markdown_style(&templates, &render_opts);
    let shared = render::SharedParts::new(&course);
    let page_errors = Mutex::new(Vec::new());
    let search = crate::search::Collector::new(&course);
    let write_lesson = |c: &Course, mi: usize, li: usize, body: &markdown::Compiled| {
        search.add_lesson(c, mi, li, body, &sink);
        render::write_lesson_page(c, &templates, &render_opts, &shared, &sink, mi, li, body)
            .inspect_err(|d| page_errors.lock().unwrap_or_else(|e| e.into_inner()).push(d.clone()))
    };
    // print.html of a small course holds every lesson's body, rendered after validation: only
    // courses too big for that let their lesson sources go.
    let release = course.lesson_count() > render::PRINT_WHOLE_COURSE_MAX;
    let (anchors, compile_diags) = compile_all(&mut course, style, Some(&write_lesson), release);
    // Lesson pages are written: their navigation can go, for the memory of the pages still to come.
    drop(shared);
    let mut found = compile_diags;
    found.extend(validate_with(&course, &anchors));
    if release && !found.is_empty() {
        // Lesson texts are gone, so these cannot show their source lines (or find a marker glued
        // to a paragraph): report what a fresh check of the course finds, all sources in hand.
        let (_, rechecked) = check(root);
        diags = rechecked;
    } else {
        diags.extend(found);
    }
    diags.extend(page_errors.into_inner().unwrap_or_else(|e| e.into_inner()));
    if opts.deny_warnings {
        diags.deny_warnings();
    }
    diags.sort();
    if diags.has_errors() {
        // `staging` is removed when dropped.
        return Err(diags);
    }
    course.release_exercise_sources();
    let ((rendered, copied), searched) = rayon::join(
        || {
            rayon::join(
                || {
                    render::render_site(
                        &course,
                        &templates,
                        &render_opts,
                        &render::SharedParts::new(&course),
                        &sink,
                        render::Pages::AllButLessons,
                    )
                },
                || output::copy_assets(&course.assets, &sink),
            )
        },
        || search.finish(&course, &sink),
    );
    if let Err(d) = searched {
        diags.push(d);
        return Err(diags);
    }
    let pages = match rendered {
        Ok(n) => n,
        Err(d) => {
            diags.extend(d.items);
            return Err(diags);
        }
    };
    if copied.has_errors() {
        diags.extend(copied.items);
        return Err(diags);
    }
    if let Err(e) = staging.swap_in() {
        diags.push(Diagnostic::error(format!("cannot move the new site into {}: {e}", output.display())));
        return Err(diags);
    }
    Ok(BuildReport {
        pages,
        modules: course.modules.len(),
        lessons: course.lesson_count(),
        exercises: course.exercises.len(),
        output,
        diagnostics: diags,
    })
}

/// The compiled templates and an empty staging folder (with the module folders) for a build.
fn prepare_output(
    root: &Path,
    output: &Path,
    force: bool,
    course: &Course,
    opts: &RenderOptions,
) -> Result<(render::Templates, output::Staging), Diagnostics> {
    let staging = output::Staging::new(root, output, force)?;
    let templates = render::Templates::new(course, opts.minify)?;
    for m in &course.modules {
        let _ = std::fs::create_dir_all(staging.dir.join(&m.slug));
    }
    Ok((templates, staging))
}
