//! The in-memory site of `sonder serve` and how it is kept up to date.
//!
//! A full build loads, compiles, validates and renders everything, like `sonder build`, but into
//! memory. After that, a change to one file re-loads only that file into the kept course model,
//! re-runs the (cheap) cross-file validation, and re-renders the pages whose output could change.
//! Big pages that show the whole course (home, journal, print) are only marked stale and rendered
//! again when next requested. When a change is structural (a file added or removed, course.toml)
//! or anything is in doubt, the builder falls back to a full build.
//!
//! A failed build never replaces anything: the last good site stays served, and the model is put
//! back as it was.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::diagnostics::{display_path, Diagnostic, Diagnostics};
use crate::load::{self, content, exercises};
use crate::markdown::{self, AnchorCheck, LinkTargets};
use crate::model::{Course, Document, Lesson};
use crate::render::{self, PageId, RenderOptions, Sink, Templates};
use crate::{output, site};

pub type Bytes = Arc<[u8]>;

/// A sink that keeps every file in memory.
#[derive(Default)]
pub struct MemSink {
    pub files: Mutex<HashMap<String, Bytes>>,
}

impl Sink for MemSink {
    fn put(&self, path: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        self.files.lock().unwrap_or_else(|e| e.into_inner()).insert(path.to_string(), Bytes::from(bytes));
        Ok(())
    }
}

/// A course that built without errors, with what incremental rebuilds need to redo one file.
pub struct Built {
    pub course: Course,
    templates: Templates,
    /// Anchor checks of each document, by its file name (`content/m/l.md`).
    anchors: HashMap<String, Vec<AnchorCheck>>,
    /// Warnings of single files (load and compile), by file name; and of the cross-file checks.
    file_warnings: BTreeMap<String, Vec<Diagnostic>>,
    validate_warnings: Vec<Diagnostic>,
    /// Set by an incremental step when the warnings changed (so the terminal shows them again).
    warnings_changed: bool,
}

impl Built {
    fn warnings(&self) -> Diagnostics {
        let mut d = Diagnostics::default();
        for w in self.file_warnings.values() {
            d.extend(w.iter().cloned());
        }
        d.extend(self.validate_warnings.iter().cloned());
        d.sort();
        d
    }
}

/// What a change asks for, found from the changed paths.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Change {
    Lesson { path: PathBuf, module: String, slug: String },
    ModuleIntro { path: PathBuf, module: String },
    Home(PathBuf),
    Page { path: PathBuf, slug: String },
    Exercise { path: PathBuf, id: String },
    Asset(PathBuf),
    Theme,
}

#[derive(Debug)]
pub enum Plan {
    Nothing,
    Full(String),
    Steps(Vec<Change>),
}

/// Which open pages should reload.
#[derive(Debug, Clone, PartialEq)]
pub enum Reload {
    All,
    Paths(Vec<String>),
}

/// The result of one rebuild, for the terminal and the browser.
pub struct Outcome {
    /// What was rebuilt: "full build" or the changed files.
    pub what: String,
    pub result: Result<Reload, Diagnostics>,
    /// The warnings, when they differ from the previous build's.
    pub new_warnings: Option<Diagnostics>,
    pub warning_count: usize,
    /// Pages rendered now (not counting stale pages left for their next request).
    pub rendered: usize,
    pub deferred: usize,
    pub timings: Vec<(&'static str, Duration)>,
    pub total: Duration,
    /// True when this build succeeded after a failed one.
    pub recovered: bool,
}

/// Why an incremental step gave up.
enum StepError {
    /// Not an error in the course: the change is better handled by a full build.
    NeedFull(String),
    Failed(Diagnostics),
}

impl From<Diagnostics> for StepError {
    fn from(d: Diagnostics) -> Self {
        StepError::Failed(d)
    }
}

impl From<Diagnostic> for StepError {
    fn from(d: Diagnostic) -> Self {
        StepError::Failed(d.into())
    }
}

/// Pages to render now and pages to mark stale.
#[derive(Default)]
struct Affected {
    /// Rendered now; open pages reload when the bytes changed.
    now: Vec<PageId>,
    /// Known to change: marked stale (rendered when next requested), open pages reload.
    later: Vec<PageId>,
    /// Might change: marked stale, no reload.
    quiet: Vec<PageId>,
    /// Files (not pages) replaced in memory, by output path.
    files: Vec<(String, Bytes)>,
    all: bool,
}

impl Affected {
    fn add(&mut self, id: PageId) {
        if is_aggregate(&id) {
            self.later.push(id);
        } else {
            self.now.push(id);
        }
    }

    /// Pages that gather a module's lessons (its page: rendered now, reloaded if it changed; its
    /// handout and facilitator guide, and the whole course's home, journal, print and 404 pages: marked
    /// stale without a reload), on any change to one of the module's files, so that a template
    /// showing more of a lesson than these rules know about never serves an old copy.
    fn module_pages(&mut self, mi: usize) {
        self.now.push(PageId::Module(mi));
        // 404.html lists the modules too.
        self.quiet.extend([PageId::Handout(mi), PageId::Facilitator(mi), PageId::Home, PageId::Journal, PageId::Print, PageId::NotFound]);
    }

    /// The module's handout and facilitator guide, known to change (they list its lessons' titles,
    /// durations, takeaways, key points and exercises).
    fn module_print(&mut self, mi: usize, materials: usize) {
        self.later.extend([PageId::Handout(mi), PageId::Facilitator(mi), PageId::FacilitatorHub]);
        self.later.extend((0..materials).map(|k| PageId::Material(mi, k)));
    }
}

/// Pages that show the whole course: rendered on their next request, not on every edit.
fn is_aggregate(id: &PageId) -> bool {
    matches!(id, PageId::Home | PageId::Journal | PageId::Print)
}

pub struct Builder {
    pub root: PathBuf,
    pub opts: RenderOptions,
    built: Option<Built>,
    files: HashMap<String, Bytes>,
    /// Pages whose stored bytes are out of date: rendered again on their next request.
    stale: HashSet<String>,
    /// The problems of the last build when it failed.
    pub failure: Option<Diagnostics>,
    /// Changes every successful build; open pages compare it after reconnecting.
    pub generation: u64,
    /// The incremental steps that failed: retried with the next change (a failed full build is
    /// retried as a full build).
    failed_steps: Vec<Change>,
}

fn group_warnings(diags: &[Diagnostic]) -> BTreeMap<String, Vec<Diagnostic>> {
    let mut map: BTreeMap<String, Vec<Diagnostic>> = BTreeMap::new();
    for d in diags.iter().filter(|d| !d.is_error()) {
        map.entry(d.file.as_ref().map(|f| f.name.clone()).unwrap_or_default()).or_default().push(d.clone());
    }
    map
}

/// A full build into memory: the model for later incremental builds and every file of the site.
pub fn full_build(
    root: &Path,
    opts: &RenderOptions,
    timings: &mut Vec<(&'static str, Duration)>,
) -> Result<(Built, HashMap<String, Bytes>), Diagnostics> {
    let t = Instant::now();
    let (course, load_diags) = load::load_course(root);
    timings.push(("load", t.elapsed()));
    let mut diags = load_diags;
    let Some(mut course) = course else {
        diags.sort();
        return Err(diags);
    };
    let t = Instant::now();
    let (anchors, compile_diags) = site::compile_all(&mut course, markdown::HtmlStyle::Skip, None, false);
    diags.extend(compile_diags);
    timings.push(("markdown", t.elapsed()));
    let t = Instant::now();
    let validate_diags = site::validate_with(&course, &anchors);
    timings.push(("validate", t.elapsed()));
    let file_warnings = group_warnings(&diags.items);
    let validate_warnings: Vec<Diagnostic> = validate_diags.iter().filter(|d| !d.is_error()).cloned().collect();
    diags.extend(validate_diags);
    diags.sort();
    if diags.has_errors() {
        return Err(diags);
    }
    let t = Instant::now();
    let templates = Templates::new(&course, opts.minify)?;
    let sink = MemSink::default();
    let ((rendered, copied), searched) = rayon::join(
        || {
            rayon::join(
                || render::render_site(&course, &templates, opts, &render::SharedParts::new(&course), &sink, render::Pages::All),
                || output::copy_assets(&course.assets, &sink),
            )
        },
        // The index is made on full builds only: edits served since show in search after a restart.
        || crate::search::write_index(&course, &sink),
    );
    rendered?;
    searched?;
    if copied.has_errors() {
        return Err(copied);
    }
    timings.push(("render", t.elapsed()));
    let files = sink.files.into_inner().unwrap_or_else(|e| e.into_inner());
    Ok((Built { course, templates, anchors, file_warnings, validate_warnings, warnings_changed: false }, files))
}

fn rel_string(root: &Path, path: &Path) -> Option<String> {
    path.strip_prefix(root).ok().map(|r| r.to_string_lossy().replace('\\', "/"))
}

/// Names editors use for backups, swap and temp files, which are never content.
pub fn is_temp_name(name: &str) -> bool {
    content::is_ignored(name)
        || name.ends_with(".bak")
        || name.ends_with(".orig")
        || name.contains("___jb_")
        || name.ends_with(".crswap")
        || name.ends_with(".part")
}

fn stem(p: &Path) -> String {
    p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

impl Builder {
    pub fn new(root: PathBuf, opts: RenderOptions) -> Builder {
        Builder {
            root,
            opts,
            built: None,
            files: HashMap::new(),
            stale: HashSet::new(),
            failure: None,
            generation: 0,
            failed_steps: Vec::new(),
        }
    }

    pub fn course(&self) -> Option<&Course> {
        self.built.as_ref().map(|b| &b.course)
    }

    pub fn page_count(&self) -> usize {
        self.built.as_ref().map_or(0, |b| PageId::all(&b.course).len())
    }

    /// A file of the site; a stale page is rendered now. `Err` when a stale page fails to render.
    pub fn get(&mut self, path: &str) -> Result<Option<Bytes>, Diagnostic> {
        if self.stale.contains(path) {
            if let Some(b) = &self.built {
                let id = PageId::all(&b.course).into_iter().find(|id| id.path(&b.course) == path);
                if let Some(id) = id {
                    let (p, bytes) = render::render_one(&b.course, &b.templates, &self.opts, &id)?;
                    self.files.insert(p, Bytes::from(bytes));
                }
            }
            self.stale.remove(path);
        }
        Ok(self.files.get(path).cloned())
    }

    /// After an internal error (a panic) in a rebuild: keep serving what there is, and rebuild
    /// everything on the next change.
    pub fn mark_broken(&mut self) {
        self.failed_steps.clear();
        self.failure = Some(
            Diagnostic::error("sonder hit an internal error while rebuilding (a bug: please report it with the message above)")
                .hint("save a file again to rebuild everything")
                .into(),
        );
    }

    /// Every file of the site, stale pages included.
    pub fn paths(&self) -> Vec<String> {
        let mut v: Vec<String> = self.files.keys().chain(self.stale.iter()).cloned().collect();
        v.sort();
        v.dedup();
        v
    }

    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path) || self.stale.contains(path)
    }

    /// Works out what the changed paths ask for.
    pub fn plan(&self, paths: &[PathBuf], rescan: bool) -> Plan {
        if rescan {
            return Plan::Full("the file watcher lost track of events".into());
        }
        let Some(built) = &self.built else {
            return if paths.is_empty() { Plan::Nothing } else { Plan::Full("the last build failed".into()) };
        };
        if self.failure.is_some() && self.failed_steps.is_empty() {
            return Plan::Full("the last build failed".into());
        }
        let course = &built.course;
        // Whatever failed last time is tried again, with the new changes.
        let mut steps: Vec<Change> = self.failed_steps.clone();
        let mut changed = false;
        for path in paths {
            let Some(rel) = rel_string(&self.root, path) else { continue };
            let comps: Vec<&str> = rel.split('/').filter(|c| !c.is_empty()).collect();
            if comps.is_empty() || comps.iter().any(|c| is_temp_name(c)) {
                continue;
            }
            let is_file = path.is_file();
            let exists = is_file || path.exists();
            let ext = path.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default();
            // A path that no longer exists but held known files (a folder moved away) is structural.
            let held_known = || {
                let prefix = format!("{rel}/");
                course.lessons().any(|l| l.body.source.name.starts_with(&prefix))
                    || course.modules.iter().any(|m| m.intro.source.name.starts_with(&prefix))
                    || course.exercises.iter().any(|e| e.source.name.starts_with(&prefix))
                    || course.assets.iter().any(|a| a.source.starts_with(path))
            };
            let step = match comps[0] {
                "course.toml" if comps.len() == 1 => return Plan::Full("course.toml changed".into()),
                "content" | "static" if comps[0] == "static" || ext != "md" => {
                    if comps.len() == 1 {
                        return Plan::Full(format!("{rel}/ changed"));
                    }
                    let known = course.assets.iter().any(|a| a.source == *path);
                    if known && is_file {
                        Some(Change::Asset(path.clone()))
                    } else if exists || known || held_known() {
                        return Plan::Full(format!("{rel} was added or removed"));
                    } else {
                        None // a temp file that came and went (vim's 4913, ...)
                    }
                }
                "content" => {
                    let name = comps[comps.len() - 1];
                    let known_doc = course.documents().iter().any(|d| d.source.name == rel);
                    if !is_file || !known_doc {
                        if !exists && !known_doc {
                            None
                        } else {
                            return Plan::Full(format!("{rel} was added or removed"));
                        }
                    } else {
                        match (comps.len(), name) {
                            (2, "_index.md") => Some(Change::Home(path.clone())),
                            (2, _) => Some(Change::Page { path: path.clone(), slug: stem(path) }),
                            (3, "_index.md") => Some(Change::ModuleIntro { path: path.clone(), module: comps[1].to_string() }),
                            (3, _) => Some(Change::Lesson { path: path.clone(), module: comps[1].to_string(), slug: stem(path) }),
                            _ => return Plan::Full(format!("{rel} changed")),
                        }
                    }
                }
                "exercises" => {
                    if comps.len() == 1 {
                        return Plan::Full("exercises/ changed".into());
                    }
                    let known = course.exercises.iter().any(|e| e.source.name == rel);
                    if ext == "toml" && known && is_file {
                        Some(Change::Exercise { path: path.clone(), id: stem(path) })
                    } else if (ext == "toml" && exists) || known || (exists && !is_file) || held_known() {
                        return Plan::Full(format!("{rel} was added or removed"));
                    } else {
                        None
                    }
                }
                "themes" | "templates" => Some(Change::Theme),
                _ => None,
            };
            if let Some(s) = step {
                changed = true;
                if !steps.contains(&s) {
                    steps.push(s);
                }
            }
        }
        if !changed {
            // Nothing new changed: do not retry what failed.
            return Plan::Nothing;
        }
        if steps.len() > 50 {
            return Plan::Full(format!("{} files changed", steps.len()));
        }
        if steps.is_empty() {
            Plan::Nothing
        } else {
            Plan::Steps(steps)
        }
    }

    fn begin(&self, what: String) -> Outcome {
        Outcome {
            what,
            result: Ok(Reload::All),
            new_warnings: None,
            warning_count: 0,
            rendered: 0,
            deferred: 0,
            timings: Vec::new(),
            total: Duration::ZERO,
            recovered: false,
        }
    }

    /// Installs the result of a full build (run without holding the builder's lock).
    pub fn install(
        &mut self,
        result: Result<(Built, HashMap<String, Bytes>), Diagnostics>,
        what: String,
        timings: Vec<(&'static str, Duration)>,
        started: Instant,
    ) -> Outcome {
        let mut out = self.begin(what);
        out.timings = timings;
        match result {
            Ok((built, files)) => {
                self.failed_steps.clear();
                let old_warnings = self.built.as_ref().map(|b| b.warnings().summary_lines());
                let warnings = built.warnings();
                out.warning_count = warnings.items.len();
                if old_warnings.as_ref() != Some(&warnings.summary_lines()) && !warnings.items.is_empty() {
                    out.new_warnings = Some(warnings);
                }
                out.rendered = files.len();
                self.files = files;
                self.stale.clear();
                self.built = Some(built);
                out.recovered = self.failure.take().is_some();
                self.generation += 1;
                out.result = Ok(Reload::All);
            }
            Err(d) => {
                self.failed_steps.clear();
                self.failure = Some(d.clone());
                out.result = Err(d);
            }
        }
        out.total = started.elapsed();
        out
    }

    /// Applies incremental steps. `None` when a full build is needed instead.
    pub fn apply(&mut self, steps: &[Change], started: Instant) -> Result<Outcome, String> {
        let names: Vec<String> = steps
            .iter()
            .map(|s| match s {
                Change::Lesson { path, .. }
                | Change::ModuleIntro { path, .. }
                | Change::Home(path)
                | Change::Page { path, .. }
                | Change::Exercise { path, .. }
                | Change::Asset(path) => display_path(&self.root, path),
                Change::Theme => "theme".to_string(),
            })
            .collect();
        let mut out = self.begin(names.join(", "));
        let mut affected = Affected::default();
        for step in steps {
            let r = match step {
                Change::Lesson { path, module, slug } => self.update_lesson(path, module, slug, &mut affected, &mut out.timings),
                Change::ModuleIntro { path, module } => self.update_module(path, module, &mut affected),
                Change::Home(path) => self.update_home(path, &mut affected),
                Change::Page { path, slug } => self.update_page(path, slug, &mut affected),
                Change::Exercise { path, id } => self.update_exercise(path, id, &mut affected),
                Change::Asset(path) => self.update_asset(path, &mut affected),
                Change::Theme => self.update_theme(&mut affected),
            };
            match r {
                Ok(()) => {}
                Err(StepError::NeedFull(why)) => return Err(why),
                Err(StepError::Failed(mut d)) => {
                    d.sort();
                    // Steps already applied stay applied (their pages are not rendered yet, so
                    // they are tried again too); this one and the rest wait for the next change.
                    self.failed_steps = steps.to_vec();
                    self.failure = Some(d.clone());
                    out.result = Err(d);
                    out.total = started.elapsed();
                    return Ok(out);
                }
            }
        }
        let t = Instant::now();
        let result = self.render_affected(affected);
        out.timings.push(("render", t.elapsed()));
        match result {
            Err(d) => {
                // A page failed to render: only a full build can tell when that is fixed.
                self.failed_steps.clear();
                self.failure = Some(d.clone());
                out.result = Err(d);
            }
            Ok((reload, rendered, deferred)) => {
                self.failed_steps.clear();
                out.rendered = rendered;
                out.deferred = deferred;
                out.result = Ok(reload);
                out.recovered = self.failure.take().is_some();
                self.generation += 1;
                if let Some(b) = &self.built {
                    let w = b.warnings();
                    out.warning_count = w.items.len();
                    out.new_warnings = b.warnings_changed.then_some(w).filter(|w| !w.items.is_empty());
                }
            }
        }
        if let Some(b) = &mut self.built {
            b.warnings_changed = false;
        }
        out.total = started.elapsed();
        Ok(out)
    }

    fn render_affected(&mut self, a: Affected) -> Result<(Reload, usize, usize), Diagnostics> {
        let Some(b) = &self.built else { return Err(Diagnostic::error("no course is built").into()) };
        let course = &b.course;
        let mut now = a.now;
        if a.all {
            now = PageId::all(course);
        }
        let mut seen = HashSet::new();
        now.retain(|id| seen.insert(*id));
        let rendered: Vec<Result<(String, Vec<u8>), Diagnostic>> =
            now.par_iter().map(|id| render::render_one(course, &b.templates, &self.opts, id)).collect();
        let mut diags = Diagnostics::default();
        let mut pages = Vec::with_capacity(rendered.len());
        for r in rendered {
            match r {
                Ok(p) => pages.push(p),
                Err(d) => diags.push(d),
            }
        }
        if diags.has_errors() {
            return Err(diags);
        }
        let mut later: Vec<String> =
            if a.all { Vec::new() } else { a.later.iter().filter(|id| !seen.contains(*id)).map(|id| id.path(course)).collect() };
        later.sort();
        later.dedup();
        let mut quiet: Vec<String> =
            if a.all { Vec::new() } else { a.quiet.iter().filter(|id| !seen.contains(*id)).map(|id| id.path(course)).collect() };
        quiet.sort();
        quiet.dedup();
        quiet.retain(|p| !later.contains(p));
        let mut paths: Vec<String> = Vec::new();
        let n = pages.len();
        for (p, bytes) in pages {
            let stale = self.stale.remove(&p);
            if stale || self.files.get(&p).is_none_or(|old| **old != *bytes) {
                paths.push(p.clone());
            }
            self.files.insert(p, Bytes::from(bytes));
        }
        for p in &later {
            self.stale.insert(p.clone());
            paths.push(p.clone());
        }
        let quiet_count = quiet.len();
        for p in quiet {
            self.stale.insert(p);
        }
        let files_changed = !a.files.is_empty();
        for (p, bytes) in a.files {
            paths.push(p.clone());
            self.files.insert(p, bytes);
        }
        paths.sort();
        paths.dedup();
        // A stylesheet, script or image may be used by any page.
        let reload = if a.all || files_changed { Reload::All } else { Reload::Paths(paths) };
        Ok((reload, n, later.len() + quiet_count))
    }

    fn built_mut(&mut self) -> Result<&mut Built, StepError> {
        self.built.as_mut().ok_or_else(|| StepError::NeedFull("nothing is built yet".into()))
    }

    /// Re-validates after a step; on errors the caller reverts.
    fn revalidate(b: &mut Built) -> Result<(), Diagnostics> {
        let v = site::validate_with(&b.course, &b.anchors);
        let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) = v.into_iter().partition(|d| d.is_error());
        if !errors.is_empty() {
            return Err(Diagnostics { items: errors });
        }
        if summary(&warnings) != summary(&b.validate_warnings) {
            b.warnings_changed = true;
        }
        b.validate_warnings = warnings;
        Ok(())
    }

    fn set_file_warnings(b: &mut Built, name: &str, diags: &[Diagnostic]) {
        let w: Vec<Diagnostic> = diags.iter().filter(|d| !d.is_error()).cloned().collect();
        let old = b.file_warnings.get(name).map(|v| summary(v)).unwrap_or_default();
        if old != summary(&w) {
            b.warnings_changed = true;
        }
        if w.is_empty() {
            b.file_warnings.remove(name);
        } else {
            b.file_warnings.insert(name.to_string(), w);
        }
    }

    fn compile_doc(b: &Built, doc: &mut Document, dir: &str, out: &str) -> Result<(Vec<AnchorCheck>, Vec<Diagnostic>), StepError> {
        doc.dir = dir.to_string();
        doc.output = out.to_string();
        let mut c =
            markdown::compile(doc, &LinkTargets { pages: &b.course.links.pages, files: &b.course.links.files }, markdown::HtmlStyle::Skip);
        doc.headings = std::mem::take(&mut c.headings);
        doc.markers = std::mem::take(&mut c.markers);
        if c.diagnostics.iter().any(Diagnostic::is_error) {
            return Err(StepError::Failed(Diagnostics { items: c.diagnostics }));
        }
        Ok((c.anchors, c.diagnostics))
    }

    fn update_lesson(
        &mut self,
        path: &Path,
        module: &str,
        slug: &str,
        affected: &mut Affected,
        timings: &mut Vec<(&'static str, Duration)>,
    ) -> Result<(), StepError> {
        let root = self.root.clone();
        let b = self.built_mut()?;
        let Some(mi) = b.course.modules.iter().position(|m| m.slug == module) else {
            return Err(StepError::NeedFull(format!("unknown module {module}")));
        };
        let Some(li) = b.course.modules[mi].lessons.iter().position(|l| l.slug == slug) else {
            return Err(StepError::NeedFull(format!("new lesson {module}/{slug}")));
        };
        let t = Instant::now();
        let mut new = content::load_lesson(&root, path, module)?;
        timings.push(("load", t.elapsed()));
        let t = Instant::now();
        let name = new.body.source.name.clone();
        let out = new.path();
        let (anchors, compile_diags) = Self::compile_doc(b, &mut new.body, module, &out)?;
        timings.push(("markdown", t.elapsed()));
        let t = Instant::now();
        // Swap the lesson in at its (possibly new) place in the module's order.
        let old = b.course.modules[mi].lessons.remove(li);
        let lessons = &mut b.course.modules[mi].lessons;
        let pos = lessons.partition_point(|l| (l.weight, &l.slug) < (new.weight, &new.slug));
        lessons.insert(pos, new);
        let old_anchors = b.anchors.insert(name.clone(), anchors);
        if let Err(d) = Self::revalidate(b) {
            // Put the old lesson back as it was.
            let lessons = &mut b.course.modules[mi].lessons;
            lessons.remove(pos);
            lessons.insert(li, old);
            if let Some(a) = old_anchors {
                b.anchors.insert(name, a);
            }
            return Err(d.into());
        }
        timings.push(("validate", t.elapsed()));
        Self::set_file_warnings(b, &name, &compile_diags);

        let course = &b.course;
        let new = &course.modules[mi].lessons[pos];
        let nav = old.title != new.title
            || old.weight != new.weight
            || old.duration != new.duration
            || old.description != new.description
            || li != pos;
        let ids = |l: &Lesson| l.all_exercise_ids().map(str::to_string).collect::<Vec<_>>();
        affected.add(PageId::Lesson(mi, pos));
        // The print version holds every lesson in full; the journal lists lessons with exercises.
        affected.add(PageId::Print);
        if nav || ids(&old) != ids(new) {
            affected.add(PageId::Journal);
        }
        if nav || ids(&old) != ids(new) || old.takeaway != new.takeaway || old.key_points != new.key_points {
            affected.module_print(mi, course.modules[mi].materials.len());
        }
        if nav {
            affected.add(PageId::Home);
            // The module's lesson list is on each of its lessons; previous/next links reach into the
            // neighbouring modules.
            for l in 0..course.modules[mi].lessons.len() {
                affected.add(PageId::Lesson(mi, l));
            }
            if let Some((pm, pl)) = course.previous_lesson(mi, 0) {
                affected.add(PageId::Lesson(pm, pl));
            }
            if let Some((nm, nl)) = course.next_lesson(mi, course.modules[mi].lessons.len().saturating_sub(1)) {
                affected.add(PageId::Lesson(nm, nl));
            }
        }
        affected.module_pages(mi);
        Ok(())
    }

    fn update_module(&mut self, path: &Path, module: &str, affected: &mut Affected) -> Result<(), StepError> {
        let root = self.root.clone();
        let b = self.built_mut()?;
        let Some(mi) = b.course.modules.iter().position(|m| m.slug == module) else {
            return Err(StepError::NeedFull(format!("unknown module {module}")));
        };
        let dir = path.parent().unwrap_or(&root).to_path_buf();
        let (m, diags) = content::load_module(&root, &dir, Some(path), &[]);
        let Some(mut m) = m else { return Err(StepError::Failed(Diagnostics { items: diags })) };
        let old = &b.course.modules[mi];
        if m.weight != old.weight {
            return Err(StepError::NeedFull("the module's weight changed".into()));
        }
        // Materials are pages of their own: a new or removed one changes the list of pages.
        if m.materials.iter().map(|x| &x.slug).ne(old.materials.iter().map(|x| &x.slug)) {
            return Err(StepError::NeedFull("the module's materials changed".into()));
        }
        let name = m.intro.source.name.clone();
        let (anchors, compile_diags) = Self::compile_doc(b, &mut m.intro, module, &format!("{module}/index.html"))?;
        let old = &mut b.course.modules[mi];
        let nav = old.title != m.title || old.description != m.description;
        let saved = (
            std::mem::replace(&mut old.title, m.title),
            std::mem::replace(&mut old.description, m.description),
            std::mem::replace(&mut old.facilitator, m.facilitator),
            std::mem::replace(&mut old.intro, m.intro),
            std::mem::replace(&mut old.materials, m.materials),
        );
        let old_anchors = b.anchors.insert(name.clone(), anchors);
        if let Err(d) = Self::revalidate(b) {
            let old = &mut b.course.modules[mi];
            (old.title, old.description, old.facilitator, old.intro, old.materials) = saved;
            if let Some(a) = old_anchors {
                b.anchors.insert(name, a);
            }
            return Err(d.into());
        }
        Self::set_file_warnings(b, &name, &compile_diags);
        affected.add(PageId::Module(mi));
        affected.module_pages(mi);
        affected.module_print(mi, b.course.modules[mi].materials.len());
        if nav {
            for l in 0..b.course.modules[mi].lessons.len() {
                affected.add(PageId::Lesson(mi, l));
            }
        }
        Ok(())
    }

    fn update_home(&mut self, path: &Path, affected: &mut Affected) -> Result<(), StepError> {
        let root = self.root.clone();
        let b = self.built_mut()?;
        let (mut doc, title) = content::load_home(&root, Some(path))?;
        let name = doc.source.name.clone();
        let (anchors, compile_diags) = Self::compile_doc(b, &mut doc, "", "index.html")?;
        let saved = (std::mem::replace(&mut b.course.home, doc), std::mem::replace(&mut b.course.home_title, title));
        let old_anchors = b.anchors.insert(name.clone(), anchors);
        if let Err(d) = Self::revalidate(b) {
            (b.course.home, b.course.home_title) = saved;
            if let Some(a) = old_anchors {
                b.anchors.insert(name, a);
            }
            return Err(d.into());
        }
        Self::set_file_warnings(b, &name, &compile_diags);
        affected.add(PageId::Home);
        affected.add(PageId::Print);
        Ok(())
    }

    fn update_page(&mut self, path: &Path, slug: &str, affected: &mut Affected) -> Result<(), StepError> {
        let root = self.root.clone();
        let b = self.built_mut()?;
        let Some(i) = b.course.pages.iter().position(|p| p.slug == slug) else {
            return Err(StepError::NeedFull(format!("new page {slug}")));
        };
        let mut page = content::load_page(&root, path)?;
        if page.title != b.course.pages[i].title || page.weight != b.course.pages[i].weight {
            // Every page's footer lists the pages.
            return Err(StepError::NeedFull("a page's title or order changed".into()));
        }
        let name = page.body.source.name.clone();
        let (anchors, compile_diags) = Self::compile_doc(b, &mut page.body, "", &format!("{slug}.html"))?;
        let saved = std::mem::replace(&mut b.course.pages[i], page);
        let old_anchors = b.anchors.insert(name.clone(), anchors);
        if let Err(d) = Self::revalidate(b) {
            b.course.pages[i] = saved;
            if let Some(a) = old_anchors {
                b.anchors.insert(name, a);
            }
            return Err(d.into());
        }
        Self::set_file_warnings(b, &name, &compile_diags);
        affected.add(PageId::Page(i));
        Ok(())
    }

    fn update_exercise(&mut self, path: &Path, id: &str, affected: &mut Affected) -> Result<(), StepError> {
        let root = self.root.clone();
        let b = self.built_mut()?;
        let Some(&idx) = b.course.exercise_index.get(id) else { return Err(StepError::NeedFull(format!("new exercise {id}"))) };
        let file = load::read_text(&root, path)?;
        if b.course.exercises[idx].source.name != file.name {
            return Err(StepError::NeedFull(format!("exercise id {id} is in two files")));
        }
        let (ex, diags) = exercises::parse(id, &file);
        let Some(ex) = ex else { return Err(StepError::Failed(Diagnostics { items: diags })) };
        if diags.iter().any(Diagnostic::is_error) {
            return Err(StepError::Failed(Diagnostics { items: diags }));
        }
        let saved = std::mem::replace(&mut b.course.exercises[idx], ex);
        if let Err(d) = Self::revalidate(b) {
            b.course.exercises[idx] = saved;
            return Err(d.into());
        }
        Self::set_file_warnings(b, &file.name, &diags);
        for (mi, m) in b.course.modules.iter().enumerate() {
            // Materials may show any exercise's questions.
            if m.materials.iter().any(|mat| mat.exercises.iter().any(|(e, _)| e == id)) {
                affected.module_print(mi, m.materials.len());
            }
            for (li, l) in m.lessons.iter().enumerate() {
                if l.all_exercise_ids().any(|e| e == id) {
                    affected.add(PageId::Lesson(mi, li));
                    affected.module_pages(mi);
                    affected.module_print(mi, m.materials.len());
                }
            }
        }
        affected.add(PageId::Journal);
        affected.add(PageId::Print);
        Ok(())
    }

    fn update_asset(&mut self, path: &Path, affected: &mut Affected) -> Result<(), StepError> {
        let b = self.built_mut()?;
        let Some(asset) = b.course.assets.iter().find(|a| a.source == path) else { return Err(StepError::NeedFull("unknown file".into())) };
        let bytes = std::fs::read(path).map_err(|e| {
            Diagnostic::error(format!("cannot read {}: {e}", asset.source.display())).in_path(asset.source.display().to_string())
        })?;
        affected.files.push((asset.output.clone(), Bytes::from(bytes)));
        Ok(())
    }

    /// Theme and template edits: re-load the theme, recompile the templates, and re-render the pages
    /// that use a changed template (all pages when a changed template is shared, e.g. base.html).
    fn update_theme(&mut self, affected: &mut Affected) -> Result<(), StepError> {
        let root = self.root.clone();
        let minify = self.opts.minify;
        let b = self.built_mut()?;
        let mut diags = Vec::new();
        let scope = load::paths::Scope::new(&root, b.course.config.follow_external_symlinks);
        let theme = load::theme::load(&scope, &b.course.config.theme, &mut diags);
        if diags.iter().any(Diagnostic::is_error) {
            return Err(StepError::Failed(Diagnostics { items: diags }));
        }
        let old = std::mem::replace(&mut b.course.theme, theme);
        let templates = match Templates::new(&b.course, minify) {
            Ok(t) => t,
            Err(d) => {
                b.course.theme = old;
                return Err(d.into());
            }
        };
        let new = &b.course.theme;
        let source = |t: &crate::model::Theme, n: &str| t.templates.iter().find(|(name, _, _)| name == n).map(|(_, _, s)| s.clone());
        let mut names: HashSet<&str> = old.templates.iter().map(|(n, _, _)| n.as_str()).collect();
        names.extend(new.templates.iter().map(|(n, _, _)| n.as_str()));
        let changed: Vec<String> = names.into_iter().filter(|n| source(&old, n) != source(new, n)).map(str::to_string).collect();
        let users = render::template_users(&b.course);
        for name in &changed {
            let shared =
                new.templates.iter().any(|(n, _, s)| n != name && (s.contains(&format!("\"{name}\"")) || s.contains(&format!("'{name}'"))));
            match users.get(name.as_str()) {
                Some(pages) if !shared => {
                    for id in pages {
                        affected.add(*id);
                    }
                }
                _ => affected.all = true,
            }
        }
        for (name, bytes) in &new.static_files {
            if !old.static_files.iter().any(|(n, b)| n == name && b == bytes) {
                affected.files.push((format!("assets/{name}"), Bytes::from(bytes.clone())));
            }
        }
        if old.static_files.iter().any(|(n, _)| !new.static_files.iter().any(|(m, _)| m == n)) {
            return Err(StepError::NeedFull("a theme file was removed".into()));
        }
        b.templates = templates;
        Ok(())
    }
}

fn summary(d: &[Diagnostic]) -> Vec<String> {
    Diagnostics { items: d.to_vec() }.summary_lines()
}
