//! Where lessons are loaded: content/ becomes the home page, modules, lessons, pages and assets.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Deserialize;
use toml::Spanned;

use super::{front_matter, read_text};
use crate::diagnostics::{Diagnostic, SourceText};
use crate::model::{AgendaItem, Asset, Document, ExerciseRef, Facilitator, HomeFront, Lesson, Material, MaterialKind, Module, Page};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HomeFrontMatter {
    title: Option<String>,
    description: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleFrontMatter {
    title: Option<String>,
    weight: Option<i64>,
    description: Option<String>,
    facilitator: Option<FacilitatorToml>,
    #[serde(default)]
    materials: Vec<MaterialToml>,
}

/// `[[materials]]`: a printable material of the module's workshop (docs/course-format.md).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MaterialToml {
    kind: Spanned<String>,
    title: Option<String>,
    intro: Option<String>,
    #[serde(default)]
    items: Vec<String>,
    #[serde(default)]
    discussion: bool,
    #[serde(default)]
    exercises: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FacilitatorToml {
    duration: Option<Spanned<u32>>,
    goal: Option<String>,
    #[serde(default)]
    materials: Vec<String>,
    pairing: Option<String>,
    #[serde(default)]
    questions: Vec<String>,
    #[serde(default)]
    agenda: Vec<AgendaToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgendaToml {
    minutes: Spanned<u32>,
    activity: String,
    notes: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFrontMatter {
    title: Option<String>,
    weight: Option<i64>,
    description: Option<String>,
    duration: Option<Spanned<u32>>,
    #[serde(default)]
    exercises: Vec<Spanned<String>>,
    takeaway: Option<String>,
    #[serde(default)]
    key_points: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PageFrontMatter {
    title: Option<String>,
    weight: Option<i64>,
    description: Option<String>,
}

/// Names the build itself writes at the root; content may not take them.
pub const RESERVED_ROOT_NAMES: [&str; 8] = ["index", "404", "journal", "print", "assets", "handouts", "facilitator", "_sonder"];

/// The files of content/, sorted into what they are.
#[derive(Default)]
pub struct ContentFiles {
    pub home: Option<PathBuf>,
    pub pages: Vec<PathBuf>,
    /// (module folder, its _index.md if present, its lessons)
    pub modules: Vec<(PathBuf, Option<PathBuf>, Vec<PathBuf>)>,
    pub assets: Vec<Asset>,
}

/// Temp and hidden files editors leave behind are not content.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".tmp") || name.starts_with("#")
}

/// A file stem that makes a clean, portable URL.
pub fn is_url_safe(stem: &str) -> bool {
    !stem.is_empty() && stem.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

pub fn scan(scope: &super::paths::Scope, content: &Path, diags: &mut Vec<Diagnostic>) -> ContentFiles {
    let mut files = ContentFiles::default();
    let mut module_dirs: Vec<PathBuf> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(content) {
        let mut dirs: Vec<PathBuf> = rd
            .filter_map(Result::ok)
            .filter(|e| !is_ignored(&e.file_name().to_string_lossy()))
            .filter(|e| e.path().is_dir())
            // A module folder that is a symlink sonder may not follow is reported by the walk.
            .filter(|e| !(e.path().is_symlink() && scope.refuse_link(&e.path()).is_some()))
            .map(|e| e.path())
            .collect();
        dirs.sort();
        module_dirs = dirs;
    }
    let mut module_at: std::collections::HashMap<PathBuf, usize> = std::collections::HashMap::new();
    for (path, depth) in super::paths::walk(scope, content, diags) {
        let rel = path.strip_prefix(content).unwrap_or(&path).to_path_buf();
        let rel_str = rel.to_string_lossy().replace('\\', "/");
        let is_md = path.extension().is_some_and(|e| e == "md");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        match depth {
            1 if name == "_index.md" => files.home = Some(path),
            1 if is_md => files.pages.push(path),
            2 if is_md => {
                let module_dir = path.parent().unwrap().to_path_buf();
                // Index by folder: a linear search per file made loading quadratic in big courses.
                let at = *module_at.entry(module_dir.clone()).or_insert_with(|| {
                    files.modules.push((module_dir.clone(), None, Vec::new()));
                    files.modules.len() - 1
                });
                let entry = &mut files.modules[at];
                if name == "_index.md" {
                    entry.1 = Some(path);
                } else {
                    entry.2.push(path);
                }
            }
            _ if is_md => {
                // content/..., or content.<lang>/... in a translation.
                let shown = crate::diagnostics::display_path(&scope.root, &path);
                let tree = shown.split('/').next().unwrap_or("content").to_string();
                diags.push(
                    Diagnostic::warning(format!("{shown} is ignored: lessons live directly inside a module folder"))
                        .in_path(shown)
                        .hint(format!("move it to {tree}/<module>/<lesson>.md")),
                )
            }
            _ => files.assets.push(Asset { source: path, output: rel_str }),
        }
    }
    // Module folders that hold no Markdown at all still count (so we can say what is missing).
    for dir in module_dirs {
        if !module_at.contains_key(&dir) {
            files.modules.push((dir, None, Vec::new()));
        }
    }
    files.modules.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// The most minutes a duration may give: a week. More is a typo (or a wrapped number), and would
/// show as "4294967294 min" in the module's length and the facilitator's clock.
pub const MAX_MINUTES: u32 = 7 * 24 * 60;

/// An error at a duration (`offset` is where the front matter starts) above `MAX_MINUTES`.
fn absurd_minutes(file: &SourceText, offset: usize, minutes: &Spanned<u32>) -> Option<Diagnostic> {
    let span = minutes.span();
    (*minutes.get_ref() > MAX_MINUTES).then(|| {
        Diagnostic::error(format!("{} minutes is not a plausible duration", minutes.get_ref()))
            .in_file(file)
            .at(span.start + offset..span.end + offset)
            .label("more than a week")
            .hint(format!("give the duration in minutes, at most {MAX_MINUTES} (a week)"))
    })
}

/// The first absurd duration in a module's facilitator notes (its `duration` or an agenda item's `minutes`).
fn module_minutes_problem(file: &SourceText, offset: usize, fm: &ModuleFrontMatter) -> Option<Diagnostic> {
    let f = fm.facilitator.as_ref()?;
    f.duration.iter().chain(f.agenda.iter().map(|a| &a.minutes)).find_map(|m| absurd_minutes(file, offset, m))
}

/// The content files found (`files`) that did not load, as links name them: see
/// `model::Course::failed_documents`.
pub fn failed_documents(files: &ContentFiles, modules: &[Module], pages: &[Page]) -> HashSet<String> {
    let mut found: Vec<String> = files.pages.iter().map(|p| format!("{}.md", stem(p))).collect();
    for (dir, index, lessons) in &files.modules {
        let module = stem(dir);
        found.extend(index.iter().map(|_| format!("{module}/_index.md")));
        found.extend(lessons.iter().map(|l| format!("{module}/{}.md", stem(l))));
    }
    let mut loaded: HashSet<String> = pages.iter().map(|p| format!("{}.md", p.slug)).collect();
    for m in modules {
        loaded.insert(format!("{}/_index.md", m.slug));
        loaded.extend(m.lessons.iter().map(|l| format!("{}/{}.md", m.slug, l.slug)));
    }
    found.into_iter().filter(|f| !loaded.contains(f)).collect()
}

fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

fn missing_title(file: &SourceText, has_front_matter: bool, what: &str) -> Diagnostic {
    let d = Diagnostic::error(format!("this {what} has no `title`")).in_file(file).at(0..if has_front_matter { 3 } else { 0 });
    if has_front_matter {
        d.hint("add `title = \"...\"` to the front matter")
    } else {
        d.hint("start the file with front matter:\n+++\ntitle = \"...\"\n+++")
    }
}

fn read_doc(root: &Path, path: &Path) -> Result<(SourceText, front_matter::Split), Diagnostic> {
    let file = read_text(root, path)?;
    let split = front_matter::split(&file)?;
    Ok((file, split))
}

pub fn load_home(root: &Path, path: Option<&Path>) -> Result<(Document, HomeFront), Diagnostic> {
    let Some(path) = path else {
        return Ok((Document::new(SourceText::new("content/_index.md", Arc::from("")), 0), HomeFront::default()));
    };
    let (file, split) = read_doc(root, path)?;
    let fm = match &split.toml {
        Some(r) => front_matter::parse::<HomeFrontMatter>(&file, r.clone())?,
        None => HomeFrontMatter { title: None, description: None },
    };
    if fm.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
        return Err(Diagnostic::error("the home page's `title` is empty")
            .in_file(&file)
            .at(0..3)
            .hint("write the title, or remove the key to use the course title"));
    }
    Ok((Document::new(file, split.body_offset), HomeFront { title: fm.title, description: fm.description }))
}

pub fn load_page(root: &Path, path: &Path) -> Result<Page, Diagnostic> {
    let (file, split) = read_doc(root, path)?;
    let slug = stem(path);
    let fm: PageFrontMatter = match &split.toml {
        Some(r) => front_matter::parse(&file, r.clone())?,
        None => return Err(missing_title(&file, false, "page")),
    };
    let title = fm.title.filter(|t| !t.trim().is_empty()).ok_or_else(|| missing_title(&file, true, "page"))?;
    if RESERVED_ROOT_NAMES.contains(&slug.as_str()) || !is_url_safe(&slug) {
        return Err(Diagnostic::error(format!("`{slug}.md` cannot be a page name")).in_file(&file).hint(format!(
            "rename the file: names must use letters, digits, `-`, `_` and not be one of {}",
            RESERVED_ROOT_NAMES.join(", ")
        )));
    }
    Ok(Page { slug, title, weight: fm.weight.unwrap_or(0), description: fm.description, body: Document::new(file, split.body_offset) })
}

pub fn load_lesson(root: &Path, path: &Path, module_slug: &str) -> Result<Lesson, Diagnostic> {
    let (file, split) = read_doc(root, path)?;
    let slug = stem(path);
    let Some(range) = split.toml.clone() else {
        return Err(missing_title(&file, false, "lesson"));
    };
    let fm: LessonFrontMatter = front_matter::parse(&file, range.clone())?;
    if let Some(d) = fm.duration.as_ref().and_then(|d| absurd_minutes(&file, range.start, d)) {
        return Err(d);
    }
    let title = match fm.title {
        Some(t) if !t.trim().is_empty() => t,
        _ => return Err(missing_title(&file, true, "lesson")),
    };
    if slug == "index" || !is_url_safe(&slug) {
        return Err(Diagnostic::error(format!("`{slug}.md` cannot be a lesson file name"))
            .in_file(&file)
            .hint("rename the file using letters, digits, `-` and `_` (and not `index`): the name becomes the page's URL"));
    }
    let exercises = fm
        .exercises
        .into_iter()
        .map(|s| {
            let span = s.span();
            ExerciseRef { id: s.into_inner(), span: (span.start + range.start)..(span.end + range.start) }
        })
        .collect();
    Ok(Lesson {
        slug,
        module_slug: module_slug.to_string(),
        title,
        weight: fm.weight.unwrap_or(0),
        description: fm.description,
        duration: fm.duration.map(Spanned::into_inner),
        exercises,
        takeaway: fm.takeaway,
        key_points: fm.key_points,
        body: Document::new(file, split.body_offset),
        untranslated: None,
    })
}

/// Loads a module folder: its `_index.md` and its lessons, in order. None when the folder or its
/// `_index.md` cannot make a module; the problems found are returned either way.
pub fn load_module(root: &Path, dir: &Path, index: Option<&Path>, lessons: &[PathBuf]) -> (Option<Module>, Vec<Diagnostic>) {
    let slug = stem(dir);
    // content/<module>, or content.<code>/<module> in a translation.
    let shown = crate::diagnostics::display_path(root, dir);
    let mut diags = Vec::new();
    if RESERVED_ROOT_NAMES.contains(&slug.as_str()) || !is_url_safe(&slug) {
        diags.push(
            Diagnostic::error(format!("`{shown}` cannot be a module folder name"))
                .in_path(shown.clone())
                .hint(format!("rename the folder using letters, digits, `-` and `_`, and not one of {}", RESERVED_ROOT_NAMES.join(", "))),
        );
        return (None, diags);
    }
    let Some(index) = index else {
        diags.push(
            Diagnostic::error(format!("module folder `{shown}` has no _index.md"))
                .in_path(shown.clone())
                .hint(format!("add {shown}/_index.md starting with:\n+++\ntitle = \"Module title\"\nweight = 1\n+++")),
        );
        return (None, diags);
    };
    let module_lessons = load_lessons(root, lessons, &slug, &mut diags);
    let module = load_module_index(root, index, slug, module_lessons, &mut diags);
    (module, diags)
}

/// A module's lessons, loaded in parallel and ordered by weight, then by file name.
fn load_lessons(root: &Path, lessons: &[PathBuf], slug: &str, diags: &mut Vec<Diagnostic>) -> Vec<Lesson> {
    let loaded: Vec<Result<Lesson, Diagnostic>> = lessons.par_iter().map(|p| load_lesson(root, p, slug)).collect();
    let mut module_lessons = Vec::with_capacity(loaded.len());
    for l in loaded {
        match l {
            Ok(l) => module_lessons.push(l),
            Err(d) => diags.push(d),
        }
    }
    module_lessons.sort_by(|a, b| (a.weight, &a.slug).cmp(&(b.weight, &b.slug)));
    // Two file names that differ only in case collide on case-insensitive disks and hosts.
    let mut seen = std::collections::HashMap::new();
    for l in &module_lessons {
        if let Some(other) = seen.insert(l.slug.to_lowercase(), l.slug.clone()) {
            diags.push(
                Diagnostic::error(format!("lessons `{other}.md` and `{}.md` differ only in letter case", l.slug))
                    .in_file(&l.body.source)
                    .at(0..0)
                    .hint("rename one: their pages would overwrite each other on case-insensitive systems"),
            );
        }
    }
    module_lessons
}

/// The module from its `_index.md` (title, weight, facilitator notes, materials, introduction)
/// and its lessons; None when `_index.md` has errors (they are in `diags`).
fn load_module_index(root: &Path, index: &Path, slug: String, lessons: Vec<Lesson>, diags: &mut Vec<Diagnostic>) -> Option<Module> {
    let (file, split) = read_doc(root, index).map_err(|d| diags.push(d)).ok()?;
    let fm: Result<ModuleFrontMatter, Diagnostic> = match &split.toml {
        Some(r) => front_matter::parse(&file, r.clone()),
        None => Err(missing_title(&file, false, "module")),
    };
    let fm = fm.map_err(|d| diags.push(d)).ok()?;
    let offset = split.toml.as_ref().map_or(0, |r| r.start);
    if let Some(problem) = module_minutes_problem(&file, offset, &fm) {
        diags.push(problem);
        return None;
    }
    let Some(title) = fm.title.filter(|t| !t.trim().is_empty()) else {
        diags.push(missing_title(&file, split.toml.is_some(), "module"));
        return None;
    };
    Some(Module {
        materials: materials(&file, offset, fm.materials, diags),
        slug,
        title,
        weight: fm.weight.unwrap_or(0),
        description: fm.description,
        facilitator: fm.facilitator.map(facilitator),
        intro: Document::new(file, split.body_offset),
        lessons,
    })
}

/// The `[facilitator]` table of a module's front matter.
fn facilitator(f: FacilitatorToml) -> Facilitator {
    Facilitator {
        duration: f.duration.map(Spanned::into_inner),
        goal: f.goal,
        materials: f.materials,
        pairing: f.pairing,
        questions: f.questions,
        agenda: f
            .agenda
            .into_iter()
            .map(|a| AgendaItem { minutes: a.minutes.into_inner(), activity: a.activity, notes: a.notes })
            .collect(),
    }
}

/// The module's `[[materials]]`, checked: a known kind and something to print. Exercise ids are
/// checked with the rest of the course (`validate`). `offset` is where the front matter starts.
fn materials(file: &SourceText, offset: usize, tables: Vec<MaterialToml>, diags: &mut Vec<Diagnostic>) -> Vec<Material> {
    let mut out: Vec<Material> = Vec::new();
    for t in tables {
        let span = (t.kind.span().start + offset)..(t.kind.span().end + offset);
        let Some(kind) = MaterialKind::parse(t.kind.get_ref()) else {
            let known: Vec<&str> = MaterialKind::ALL.iter().map(|k| k.name()).collect();
            diags.push(
                Diagnostic::error(format!("unknown material kind `{}`", t.kind.get_ref()))
                    .in_file(file)
                    .at(span)
                    .label("not a kind of material")
                    .hint(format!("use one of: {}", known.join(", "))),
            );
            continue;
        };
        if t.items.is_empty() && t.exercises.is_empty() && !t.discussion {
            diags.push(Diagnostic::error(format!("this {} material has nothing to print", kind.name())).in_file(file).at(span).hint(
                "give it `items = [\"...\"]`, `exercises = [\"exercise-id\"]` or `discussion = true` (the module's discussion questions)",
            ));
            continue;
        }
        // The page's name: the kind, numbered from the second material of the same kind on.
        let same = out.iter().filter(|m| m.kind == kind).count();
        let slug = if same == 0 { kind.name().to_string() } else { format!("{}-{}", kind.name(), same + 1) };
        // Without a title the kind names it, in the course's language (render/facilitation.rs).
        let title = t.title.filter(|s| !s.trim().is_empty()).unwrap_or_default();
        let exercises = t
            .exercises
            .into_iter()
            .map(|e| {
                let s = e.span();
                crate::model::ExerciseRef { id: e.into_inner(), span: (s.start + offset)..(s.end + offset) }
            })
            .collect();
        out.push(Material { kind, title, intro: t.intro, items: t.items, discussion: t.discussion, exercises, slug, span });
    }
    out
}
