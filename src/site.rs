//! The pipeline, stage by stage: load -> compile Markdown -> validate -> render -> write.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::markdown::{self, AnchorCheck, LinkTargets};
use crate::model::{Course, Document, LinkIndex};
use crate::render::{self, RenderOptions, Sink};
use crate::{load, output, validate};

/// Loads, compiles and validates a course: everything but writing. The course is returned when
/// it could be built (no errors; warnings allowed).
pub fn check(root: &Path) -> (Option<Course>, Diagnostics) {
    let (course, mut diags) = load::load_course(root);
    let Some(mut course) = course else {
        diags.sort();
        return (None, diags);
    };
    let (anchors, compile_diags) = compile_all(&mut course);
    diags.extend(compile_diags);
    diags.extend(validate_with(&course, &anchors));
    diags.sort();
    let ok = !diags.has_errors();
    (ok.then_some(course), diags)
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

/// Sets the course's link index and compiles every document in parallel, keeping headings and
/// exercise markers in the model. The HTML is produced again page by page while rendering, so a
/// big course never holds its whole output in memory.
pub fn compile_all(course: &mut Course) -> (AnchorChecks, Vec<Diagnostic>) {
    let links = link_index(course);
    let targets = LinkTargets { pages: &links.pages, files: &links.files };
    // Each document with its folder under content/ and its output path.
    let mut jobs: Vec<(&mut Document, String, String)> = Vec::new();
    jobs.push((&mut course.home, String::new(), "index.html".into()));
    for p in &mut course.pages {
        let out = format!("{}.html", p.slug);
        jobs.push((&mut p.body, String::new(), out));
    }
    for m in &mut course.modules {
        let slug = m.slug.clone();
        jobs.push((&mut m.intro, slug.clone(), format!("{slug}/index.html")));
        for l in &mut m.lessons {
            let out = l.path();
            jobs.push((&mut l.body, slug.clone(), out));
        }
    }
    let results: Vec<(String, markdown::Compiled)> = jobs
        .into_par_iter()
        .map(|(doc, dir, out)| {
            doc.dir = dir;
            doc.output = out;
            let mut c = markdown::compile(doc, &targets, markdown::HtmlStyle::Skip);
            doc.headings = std::mem::take(&mut c.headings);
            doc.markers = std::mem::take(&mut c.markers);
            (doc.source.name.clone(), c)
        })
        .collect();
    let mut anchors = HashMap::new();
    let mut diags = Vec::new();
    for (name, r) in results {
        diags.extend(r.diagnostics);
        anchors.insert(name, r.anchors);
    }
    course.links = links;
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
pub fn build(root: &Path, opts: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let (course, mut diags) = check(root);
    if opts.deny_warnings {
        diags.deny_warnings();
    }
    let mut course = match course {
        Some(c) if !diags.has_errors() => c,
        _ => return Err(diags),
    };
    course.release_exercise_sources();
    let output = match &opts.output {
        Some(o) => o.clone(),
        None => root.join(&course.config.output),
    };
    if let Err(d) = output::check_output_dir(root, &output) {
        diags.push(d);
        return Err(diags);
    }
    let render_opts = RenderOptions { minify: opts.minify.unwrap_or(course.config.minify), live_reload_script: None };
    let templates = match render::Templates::new(&course, render_opts.minify) {
        Ok(t) => t,
        Err(d) => {
            diags.extend(d.items);
            return Err(diags);
        }
    };
    let staging = match output::Staging::new(&output) {
        Ok(s) => s,
        Err(e) => {
            diags.push(crate::diagnostics::Diagnostic::error(format!("cannot create a staging folder beside {}: {e}", output.display())));
            return Err(diags);
        }
    };
    let sink = output::DirSink { dir: staging.dir.clone() };
    for m in &course.modules {
        let _ = std::fs::create_dir_all(staging.dir.join(&m.slug));
    }
    let (rendered, copied) = rayon::join(|| render::render_site(&course, &templates, &render_opts, &sink), || output::copy_assets(&course.assets, &sink));
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
    let _ = &sink as &dyn Sink;
    if let Err(e) = staging.swap_in() {
        diags.push(crate::diagnostics::Diagnostic::error(format!("cannot move the new site into {}: {e}", output.display())));
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
