//! The in-memory site of `sonder serve` and how it is kept up to date.
//!
//! A full build is `Site::load` and `Site::run` into memory, like `sonder build` into a folder.
//! After that, each changed file goes through `Site::replace` (re-load that file, re-compile it,
//! re-validate the course, or roll the change back), and the pages it touched are rendered again.
//! Big pages that show the whole course (home, journal, print) are only marked stale and rendered
//! again when next requested. When a change is structural (a file added or removed, course.toml)
//! or anything is in doubt, the builder falls back to a full build.
//!
//! A failed build never replaces anything: the last good site stays served.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::diagnostics::{display_path, Diagnostic, Diagnostics};
use crate::load::content;
use crate::model::Course;
use crate::render::{MemSink, PageId, RenderOptions, RenderedFile};
use crate::site::{dedup, Affected, FileWarnings, Prefixed, RenderPlan, ReplaceError, Site, SiteOptions, Sites, Timing};

pub use crate::site::Change;

pub type Bytes = Arc<[u8]>;

/// A course that built without errors, with the warnings incremental rebuilds keep up to date.
pub struct Built {
    pub site: Site,
    /// Warnings of single files (load and compile), by file name; and of the cross-file checks.
    file_warnings: BTreeMap<String, Vec<Diagnostic>>,
    cross_file_warnings: Vec<Diagnostic>,
    /// Set by an incremental step when the warnings changed (so the terminal shows them again).
    warnings_changed: bool,
}

impl Built {
    fn warnings(&self) -> Diagnostics {
        let mut d = Diagnostics::default();
        for w in self.file_warnings.values() {
            d.extend(w.iter().cloned());
        }
        d.extend(self.cross_file_warnings.iter().cloned());
        d.sort();
        d
    }

    fn set_file_warnings(&mut self, f: FileWarnings) {
        let w: Vec<Diagnostic> = f.warnings.into_iter().filter(|d| !d.is_error()).collect();
        let old = self.file_warnings.get(&f.file).map(|v| summary(v)).unwrap_or_default();
        if old != summary(&w) {
            self.warnings_changed = true;
        }
        if w.is_empty() {
            self.file_warnings.remove(&f.file);
        } else {
            self.file_warnings.insert(f.file, w);
        }
    }

    fn set_cross_file_warnings(&mut self, w: Vec<Diagnostic>) {
        if summary(&w) != summary(&self.cross_file_warnings) {
            self.warnings_changed = true;
        }
        self.cross_file_warnings = w;
    }
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
    pub timings: Vec<Timing>,
    pub total: Duration,
    /// True when this build succeeded after a failed one.
    pub recovered: bool,
}

impl Outcome {
    fn new(what: String) -> Outcome {
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
}

/// What rendering the affected pages did.
struct Applied {
    reload: Reload,
    rendered: usize,
    deferred: usize,
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

/// A full build into memory, every language of the course (the others under `<code>/`): the
/// default language's site for later incremental builds and every file of them all.
pub fn full_build(root: &Path, opts: &RenderOptions, timings: &mut Vec<Timing>) -> Result<(Built, HashMap<String, Bytes>), Diagnostics> {
    let t = Instant::now();
    let site_opts = SiteOptions { minify: Some(opts.minify), live_reload_script: opts.live_reload_script.clone(), deny_warnings: false };
    let (sites, mut diags) = Sites::load(root, &site_opts);
    timings.push(Timing { stage: "load", took: t.elapsed() });
    let Some(Sites { mut sites }) = sites else {
        diags.sort();
        return Err(diags);
    };
    if diags.has_errors() {
        // Still report every problem of the course.
        for site in &mut sites {
            diags.extend(site.compile());
            diags.extend(site.validate());
        }
        dedup(&mut diags);
        diags.sort();
        return Err(diags);
    }
    let sink = MemSink::default();
    let mut translations = sites.split_off(1);
    let mut site = sites.pop().expect("the default language's site");
    let plan = RenderPlan::whole_site().streamed();
    // Only the default language's site is kept up to date change by change (see `several_languages`).
    let rendered = site.run(&sink, &plan.clone().keeping_search());
    let translated = translations.iter_mut().map(|t| {
        let prefix = Sites::prefix(t).to_owned();
        t.run(&Prefixed { sink: &sink, prefix: &prefix }, &plan)
    });
    let mut failed = rendered.as_ref().err().cloned();
    let mut more_warnings = Vec::new();
    for r in translated.collect::<Vec<_>>() {
        match r {
            Ok(r) => more_warnings.extend(r.warnings().items),
            Err(d) => failed.get_or_insert_with(Diagnostics::default).extend(d.items),
        }
    }
    if let Some(d) = failed {
        diags.extend(d.items);
        dedup(&mut diags);
        diags.sort();
        return Err(diags);
    }
    let rendered = rendered.expect("checked above");
    timings.extend(rendered.timings.iter().copied());
    let mut file_warnings: BTreeMap<String, Vec<Diagnostic>> = BTreeMap::new();
    let mut warnings = Diagnostics { items: diags.items.into_iter().chain(rendered.markdown_warnings).chain(more_warnings).collect() };
    dedup(&mut warnings);
    for d in warnings.items.into_iter().filter(|d| !d.is_error()) {
        file_warnings.entry(d.file.as_ref().map(|f| f.name.clone()).unwrap_or_default()).or_default().push(d);
    }
    let built = Built { site, file_warnings, cross_file_warnings: rendered.cross_file_warnings, warnings_changed: false };
    let files = sink.files.into_inner().unwrap_or_else(|e| e.into_inner());
    Ok((built, files))
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

/// What one changed path asks for.
enum Step {
    /// Nothing (a temp file that came and went, a file sonder does not read).
    Ignore,
    Change(Change),
    /// A full build, for this reason.
    Full(String),
}

/// A changed path as the course knows it.
struct ChangedPath<'a> {
    path: &'a PathBuf,
    /// Relative to the course root, `/`-separated, and split.
    rel: String,
    comps: Vec<String>,
    is_file: bool,
    exists: bool,
    ext: String,
}

impl ChangedPath<'_> {
    /// A path that no longer exists but held known files (a folder moved away) is structural.
    fn held_known(&self, course: &Course) -> bool {
        let prefix = format!("{}/", self.rel);
        course.lessons().any(|l| l.body.source.name.starts_with(&prefix))
            || course.modules.iter().any(|m| m.intro.source.name.starts_with(&prefix))
            || course.exercises.iter().any(|e| e.source.name.starts_with(&prefix))
            || course.assets.iter().any(|a| a.source.starts_with(self.path))
    }

    fn added_or_removed(&self) -> Step {
        Step::Full(format!("{} was added or removed", self.rel))
    }
}

/// What a change to a file under content/ or static/ that is not Markdown asks for.
fn asset_step(course: &Course, p: &ChangedPath) -> Step {
    if p.comps.len() == 1 {
        return Step::Full(format!("{}/ changed", p.rel));
    }
    let known = course.assets.iter().any(|a| a.source == *p.path);
    if known && p.is_file {
        Step::Change(Change::Asset(p.path.clone()))
    } else if p.exists || known || p.held_known(course) {
        p.added_or_removed()
    } else {
        Step::Ignore // a temp file that came and went (vim's 4913, ...)
    }
}

/// What a change to a Markdown file under content/ asks for.
fn document_step(course: &Course, p: &ChangedPath) -> Step {
    let known_doc = course.documents().iter().any(|d| d.source.name == p.rel);
    if !p.is_file || !known_doc {
        return if !p.exists && !known_doc { Step::Ignore } else { p.added_or_removed() };
    }
    let path = p.path.clone();
    let change = match (p.comps.len(), p.comps[p.comps.len() - 1].as_str()) {
        (2, "_index.md") => Change::Home(path),
        (2, _) => Change::Page { slug: stem(&path), path },
        (3, "_index.md") => Change::ModuleIntro { path, module: p.comps[1].clone() },
        (3, _) => Change::Lesson { slug: stem(&path), path, module: p.comps[1].clone() },
        _ => return Step::Full(format!("{} changed", p.rel)),
    };
    Step::Change(change)
}

/// A course in several languages is built whole on any change to what it is made of: a file
/// of the default tree may stand in for an untranslated one in every other language's site.
fn several_languages(course: &Course, top: &str) -> Option<String> {
    let languages = &course.config.languages;
    let translated = |base: &str| languages.iter().any(|l| top == format!("{base}.{}", l.code));
    let read = ["content", "exercises", "static", "themes", "templates", "i18n"].contains(&top)
        || translated("content")
        || translated("exercises");
    (!languages.is_empty() && read).then(|| format!("{top}/ changed in a course in {} languages", languages.len() + 1))
}

/// What a change under exercises/ asks for.
fn exercise_step(course: &Course, p: &ChangedPath) -> Step {
    if p.comps.len() == 1 {
        return Step::Full("exercises/ changed".into());
    }
    let known = course.exercises.iter().any(|e| e.source.name == p.rel);
    if p.ext == "toml" && known && p.is_file {
        Step::Change(Change::Exercise { path: p.path.clone(), id: stem(p.path) })
    } else if (p.ext == "toml" && p.exists) || known || (p.exists && !p.is_file) || p.held_known(course) {
        p.added_or_removed()
    } else {
        Step::Ignore
    }
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
        self.built.as_ref().map(|b| &b.site.course)
    }

    pub fn page_count(&self) -> usize {
        let Some(course) = self.course() else { return 0 };
        // Every language's pages: the other languages' sites are in `files` only.
        let translated =
            |p: &&String| course.config.languages.iter().any(|l| p.starts_with(&format!("{}/", l.code)) && p.ends_with(".html"));
        PageId::all(course).len() + self.files.keys().filter(translated).count()
    }

    /// A file of the site; a stale page is rendered now. `Err` when a stale page fails to render.
    pub fn get(&mut self, path: &str) -> Result<Option<Bytes>, Diagnostic> {
        if self.stale.contains(path) {
            if let Some(b) = &self.built {
                let course = &b.site.course;
                if let Some(id) = PageId::all(course).into_iter().find(|id| id.path(course) == path) {
                    let page = b.site.render_page(id)?;
                    self.files.insert(page.path, Bytes::from(page.bytes));
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
        // Whatever failed last time is tried again, with the new changes.
        let mut steps: Vec<Change> = self.failed_steps.clone();
        let mut changed = false;
        for path in paths {
            match self.step_for(&built.site.course, path) {
                Step::Ignore => {}
                Step::Full(why) => return Plan::Full(why),
                Step::Change(c) => {
                    changed = true;
                    if !steps.contains(&c) {
                        steps.push(c);
                    }
                }
            }
        }
        if !changed || steps.is_empty() {
            // Nothing new changed: do not retry what failed.
            return Plan::Nothing;
        }
        if steps.len() > 50 {
            return Plan::Full(format!("{} files changed", steps.len()));
        }
        Plan::Steps(steps)
    }

    fn step_for(&self, course: &Course, path: &PathBuf) -> Step {
        let Some(rel) = rel_string(&self.root, path) else { return Step::Ignore };
        let comps: Vec<String> = rel.split('/').filter(|c| !c.is_empty()).map(str::to_string).collect();
        if comps.is_empty() || comps.iter().any(|c| is_temp_name(c)) {
            return Step::Ignore;
        }
        let is_file = path.is_file();
        let ext = path.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default();
        let p = ChangedPath { path, rel, is_file, exists: is_file || path.exists(), ext, comps };
        if let Some(why) = several_languages(course, &p.comps[0]) {
            return Step::Full(why);
        }
        match p.comps[0].as_str() {
            "course.toml" if p.comps.len() == 1 => Step::Full("course.toml changed".into()),
            "static" => asset_step(course, &p),
            "content" if p.ext != "md" => asset_step(course, &p),
            "content" => document_step(course, &p),
            "exercises" => exercise_step(course, &p),
            "themes" | "templates" => Step::Change(Change::Theme),
            _ => Step::Ignore,
        }
    }

    /// Installs the result of a full build (run without holding the builder's lock).
    pub fn install(
        &mut self,
        result: Result<(Built, HashMap<String, Bytes>), Diagnostics>,
        what: String,
        timings: Vec<Timing>,
        started: Instant,
    ) -> Outcome {
        let mut out = Outcome::new(what);
        out.timings = timings;
        self.failed_steps.clear();
        match result {
            Ok((built, files)) => {
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
            }
            Err(d) => {
                self.failure = Some(d.clone());
                out.result = Err(d);
            }
        }
        out.total = started.elapsed();
        out
    }

    /// Applies incremental steps. `Err` (why) when a full build is needed instead.
    pub fn apply(&mut self, steps: &[Change], started: Instant) -> Result<Outcome, String> {
        let mut out = Outcome::new(self.describe(steps));
        let Some(b) = self.built.as_mut() else { return Err("nothing is built yet".into()) };
        let mut affected = Affected::default();
        for step in steps {
            let t = Instant::now();
            match b.site.replace(step) {
                Ok(r) => {
                    r.file.into_iter().for_each(|f| b.set_file_warnings(f));
                    r.cross_file.into_iter().for_each(|w| b.set_cross_file_warnings(w));
                    affected.extend(r.affected);
                    out.timings.push(Timing { stage: "replace", took: t.elapsed() });
                }
                Err(ReplaceError::NeedFull(why)) => return Err(why),
                Err(ReplaceError::Failed(mut d)) => {
                    d.sort();
                    // Steps already applied stay applied (their pages are not rendered yet, so
                    // they are tried again too); this one and the rest wait for the next change.
                    self.failed_steps = steps.to_vec();
                    return Ok(self.failed(out, d, started));
                }
            }
        }
        let t = Instant::now();
        // Extra outputs may read any page's data: made again on every change.
        let extra = MemSink::default();
        let mut extra_diags = b.site.render_extra(&extra);
        // The search index: the changed pages' entries made again, the index from all of them.
        // Open pages load it when search is next opened: its files make no page reload.
        let search = MemSink::default();
        if let Err(d) = b.site.update_search(&search) {
            extra_diags.push(d);
        }
        if extra_diags.has_errors() {
            self.failed_steps.clear();
            return Ok(self.failed(out, extra_diags, started));
        }
        let extra_files = extra.files.into_inner().unwrap_or_else(|e| e.into_inner());
        let changed = extra_files.into_iter().filter(|(path, bytes)| self.files.get(path) != Some(bytes));
        affected.files.extend(changed.map(|(path, bytes)| RenderedFile { path, bytes: bytes.to_vec() }));
        let result = self.render_affected(affected);
        if result.is_ok() {
            for (path, bytes) in search.files.into_inner().unwrap_or_else(|e| e.into_inner()) {
                self.files.insert(path, bytes);
            }
        }
        out.timings.push(Timing { stage: "render", took: t.elapsed() });
        self.failed_steps.clear();
        match result {
            // A page failed to render: only a full build can tell when that is fixed.
            Err(d) => Ok(self.failed(out, d, started)),
            Ok(applied) => Ok(self.succeeded(out, applied, started)),
        }
    }

    fn describe(&self, steps: &[Change]) -> String {
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
        names.join(", ")
    }

    fn failed(&mut self, mut out: Outcome, d: Diagnostics, started: Instant) -> Outcome {
        self.failure = Some(d.clone());
        out.result = Err(d);
        out.total = started.elapsed();
        out
    }

    fn succeeded(&mut self, mut out: Outcome, applied: Applied, started: Instant) -> Outcome {
        out.rendered = applied.rendered;
        out.deferred = applied.deferred;
        out.result = Ok(applied.reload);
        out.recovered = self.failure.take().is_some();
        self.generation += 1;
        if let Some(b) = &mut self.built {
            let w = b.warnings();
            out.warning_count = w.items.len();
            out.new_warnings = b.warnings_changed.then_some(w).filter(|w| !w.items.is_empty());
            b.warnings_changed = false;
        }
        out.total = started.elapsed();
        out
    }

    /// Renders the pages a change touched now, marks the big ones stale, and stores new files.
    fn render_affected(&mut self, a: Affected) -> Result<Applied, Diagnostics> {
        let Some(b) = &self.built else { return Err(Diagnostic::error("no course is built").into()) };
        let course = &b.site.course;
        let mut now = if a.all { PageId::all(course) } else { a.now };
        let mut seen = HashSet::new();
        now.retain(|id| seen.insert(*id));
        let mut diags = Diagnostics::default();
        let mut pages = Vec::with_capacity(now.len());
        for r in b.site.render_pages(&now) {
            match r {
                Ok(p) => pages.push(p),
                Err(d) => diags.push(d),
            }
        }
        if diags.has_errors() {
            return Err(diags);
        }
        let paths_of = |ids: &[PageId]| -> Vec<String> {
            let mut v: Vec<String> =
                if a.all { Vec::new() } else { ids.iter().filter(|id| !seen.contains(*id)).map(|id| id.path(course)).collect() };
            v.sort();
            v.dedup();
            v
        };
        let later = paths_of(&a.later);
        let mut quiet = paths_of(&a.quiet);
        quiet.retain(|p| !later.contains(p));
        let rendered = pages.len();
        let mut paths = self.store_pages(pages);
        let deferred = later.len() + quiet.len();
        paths.extend(later.iter().cloned());
        self.stale.extend(later.into_iter().chain(quiet));
        let files_changed = !a.files.is_empty();
        for f in a.files {
            paths.push(f.path.clone());
            self.files.insert(f.path, Bytes::from(f.bytes));
        }
        paths.sort();
        paths.dedup();
        // A stylesheet, script or image may be used by any page.
        let reload = if a.all || files_changed { Reload::All } else { Reload::Paths(paths) };
        Ok(Applied { reload, rendered, deferred })
    }

    /// Stores rendered pages; returns the paths whose bytes changed (or were stale).
    fn store_pages(&mut self, pages: Vec<RenderedFile>) -> Vec<String> {
        let mut changed = Vec::new();
        for p in pages {
            let stale = self.stale.remove(&p.path);
            if stale || self.files.get(&p.path).is_none_or(|old| **old != *p.bytes) {
                changed.push(p.path.clone());
            }
            self.files.insert(p.path, Bytes::from(p.bytes));
        }
        changed
    }
}

fn summary(d: &[Diagnostic]) -> Vec<String> {
    Diagnostics { items: d.to_vec() }.summary_lines()
}
