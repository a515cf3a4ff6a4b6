//! Disk -> model. Everything the build reads is read here, in parallel, and nowhere else.

pub mod content;
pub mod course_toml;
pub mod exercises;
pub mod front_matter;
pub mod paths;
pub mod printed;
pub mod theme;
pub mod translation;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::diagnostics::{display_path, Diagnostic, Diagnostics, SourceText};
use crate::model::{Asset, Course, CourseConfig, Document, Exercise, Module, Page};

/// Reads a UTF-8 text file; invalid UTF-8 is a diagnostic at the first bad byte.
pub fn read_text(root: &Path, path: &Path) -> Result<SourceText, Diagnostic> {
    let name = display_path(root, path);
    let bytes = std::fs::read(path).map_err(|e| Diagnostic::error(format!("cannot read {name}: {e}")).in_path(name.clone()))?;
    match String::from_utf8(bytes) {
        Ok(s) => Ok(SourceText::new(name, Arc::from(s))),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let file = SourceText::new(name, Arc::from(lossy));
            Err(Diagnostic::error("this file is not valid UTF-8")
                .in_file(&file)
                .at(at..at + 1)
                .label("invalid byte here")
                .hint("save the file as UTF-8 in your editor"))
        }
    }
}

/// Finds the course root: the nearest folder at or above `start` that holds course.toml.
pub fn find_root(start: &Path) -> Result<PathBuf, Diagnostic> {
    let mut dir = Some(start);
    while let Some(d) = dir {
        if d.join("course.toml").is_file() {
            return Ok(d.to_path_buf());
        }
        dir = d.parent();
    }
    Err(Diagnostic::error(format!("no course.toml found in {} or any folder above it", start.display()))
        .hint("run `sonder init` to create a course here, or pass --root DIR"))
}

/// Loads the whole course. Returns the model when course.toml could be read (files with errors are
/// left out of it; a course.toml with errors gives placeholder settings) plus every problem found on
/// the way. Build only from a model whose diagnostics hold no errors.
pub fn load_course(root: &Path) -> (Option<Course>, Diagnostics) {
    load_course_in(root, translation::Tree::default())
}

/// Loads the course in one of its languages: the default tree, or a translation's laid over it
/// (`translation`).
pub fn load_course_in(root: &Path, tree: translation::Tree) -> (Option<Course>, Diagnostics) {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let (config_file, config) = match read_config(root) {
        Ok(read) => read,
        Err(d) => return (None, d.into()),
    };
    let config = config.map_err(|ds| diags.extend(ds)).ok();
    let scope = paths::Scope::new(root, config.as_ref().is_some_and(|c| c.follow_external_symlinks));
    let (files, untranslated) = content_files(&scope, tree, &mut diags);
    let loaded = load_files(&scope, &files, tree);
    let modules = sorted_modules(loaded.modules, &mut diags);
    let pages = sorted_pages(loaded.pages, &mut diags);
    let (home, home_front) = loaded.home.unwrap_or_else(|d| {
        diags.push(d);
        content::load_home(root, None).expect("an empty home page always loads")
    });
    let failed_documents = content::failed_documents(&files, &modules, &pages);
    let LoadedExercises { list: exercise_list, diags: exercise_diags, failed: failed_exercises } = loaded.exercises;
    diags.extend(exercise_diags);
    let exercise_index: HashMap<String, usize> = exercise_list.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
    let mut assets = files.assets;
    static_files(&scope, &mut assets, &mut diags);
    // A course.toml with errors still lets the rest be checked, so one run reports every problem;
    // its errors are in `diags`, so callers never build from these placeholder settings.
    let config = config.unwrap_or_else(|| placeholder_config(config_file));
    let printed_pdfs = printed::find(root, &tree.folder("pdf"), &modules, &config.id, &mut assets);
    diags.extend(paths::unreadable(&scope, &assets.iter().map(|a| a.source.as_path()).collect::<Vec<_>>()));
    let theme = theme::load(&scope, &config, &mut diags);
    let mut course = Course {
        config,
        home,
        home_front,
        modules,
        pages,
        exercises: exercise_list,
        exercise_index,
        failed_exercises,
        failed_documents,
        assets,
        theme,
        links: Default::default(),
        printed_pdfs,
    };
    translation::finish(&mut course, tree, &untranslated, root);
    (Some(course), Diagnostics { items: diags })
}

/// course.toml's text, and its settings or their problems. Err when there is no course.toml to read.
fn read_config(root: &Path) -> Result<(SourceText, Result<CourseConfig, Vec<Diagnostic>>), Diagnostic> {
    let course_toml = root.join("course.toml");
    if !course_toml.is_file() {
        return Err(Diagnostic::error(format!("no course.toml in {}", root.display()))
            .hint("run `sonder init` to create a course, or pass --root to the folder that holds course.toml"));
    }
    let file = read_text(root, &course_toml)?;
    let config = course_toml::parse(&file);
    Ok((file, config))
}

/// The files of content/ (with a translation's laid over them), and the lessons the translation
/// does not have.
fn content_files(scope: &paths::Scope, tree: translation::Tree, diags: &mut Vec<Diagnostic>) -> (content::ContentFiles, HashSet<PathBuf>) {
    let content_dir = scope.root.join("content");
    // content/ itself a symlink sonder may not follow: that one error, not one per module of it.
    let refused = content_dir.is_symlink().then(|| scope.refuse_link(&content_dir)).flatten();
    let content_readable = refused.is_none() && content_dir.is_dir();
    let files = if let Some(d) = refused {
        diags.push(d);
        content::ContentFiles::default()
    } else if content_dir.is_dir() {
        content::scan(scope, &content_dir, diags)
    } else {
        diags.push(
            Diagnostic::error("there is no content/ folder")
                .in_path("content/")
                .hint("create content/<module>/_index.md and content/<module>/<lesson>.md, or run `sonder init`"),
        );
        content::ContentFiles::default()
    };
    let (files, untranslated) = translation::overlay_content(scope, tree, files, diags);
    if content_readable && files.modules.is_empty() {
        diags.push(
            Diagnostic::error("content/ has no modules")
                .in_path("content/")
                .hint("add a module folder such as content/01-start/ with an _index.md and at least one lesson .md file"),
        );
    }
    (files, untranslated)
}

/// Every document and exercise of the course, read and parsed; each with its own problems.
struct LoadedFiles {
    modules: Vec<(Option<Module>, Vec<Diagnostic>)>,
    pages: Vec<Result<Page, Diagnostic>>,
    home: Result<(Document, crate::model::HomeFront), Diagnostic>,
    exercises: LoadedExercises,
}

/// Modules, pages, home and exercises, loaded in parallel.
fn load_files(scope: &paths::Scope, files: &content::ContentFiles, tree: translation::Tree) -> LoadedFiles {
    let root = scope.root.as_path();
    let (modules, (pages, (home, exercises))) = rayon::join(
        || {
            files
                .modules
                .par_iter()
                .map(|(dir, index, lessons)| content::load_module(root, dir, index.as_deref(), lessons))
                .collect::<Vec<_>>()
        },
        || {
            rayon::join(
                || files.pages.par_iter().map(|p| content::load_page(root, p)).collect::<Vec<_>>(),
                || rayon::join(|| content::load_home(root, files.home.as_deref()), || tree_exercises(scope, tree)),
            )
        },
    );
    LoadedFiles { modules, pages, home, exercises }
}

/// The modules that loaded, in course order. Module folders that differ only in case collide on
/// case-insensitive disks and hosts.
fn sorted_modules(loaded: Vec<(Option<Module>, Vec<Diagnostic>)>, diags: &mut Vec<Diagnostic>) -> Vec<Module> {
    let mut modules = Vec::new();
    for (m, ds) in loaded {
        diags.extend(ds);
        modules.extend(m);
    }
    modules.sort_by(|a, b| (a.weight, &a.slug).cmp(&(b.weight, &b.slug)));
    let mut names: HashMap<String, &str> = HashMap::new();
    for m in &modules {
        if let Some(other) = names.insert(m.slug.to_lowercase(), &m.slug) {
            diags.push(
                Diagnostic::error(format!("module folders `content/{other}` and `content/{}` differ only in letter case", m.slug))
                    .in_file(&m.intro.source)
                    .at(0..0)
                    .hint("rename one: their pages would overwrite each other on case-insensitive systems"),
            );
        }
    }
    modules
}

/// The standalone pages that loaded, in course order; names that differ only in case collide.
fn sorted_pages(loaded: Vec<Result<Page, Diagnostic>>, diags: &mut Vec<Diagnostic>) -> Vec<Page> {
    let mut pages = Vec::new();
    for p in loaded {
        match p {
            Ok(p) => pages.push(p),
            Err(d) => diags.push(d),
        }
    }
    pages.sort_by(|a, b| (a.weight, &a.slug).cmp(&(b.weight, &b.slug)));
    let mut names: HashMap<String, &str> = HashMap::new();
    for p in &pages {
        if let Some(other) = names.insert(p.slug.to_lowercase(), &p.slug) {
            diags.push(
                Diagnostic::error(format!("pages `content/{other}.md` and `content/{}.md` differ only in letter case", p.slug))
                    .in_file(&p.body.source)
                    .at(0..0)
                    .hint("rename one: their pages would overwrite each other on case-insensitive systems"),
            );
        }
    }
    pages
}

/// The files of static/, published at the site's root.
fn static_files(scope: &paths::Scope, assets: &mut Vec<Asset>, diags: &mut Vec<Diagnostic>) {
    let static_dir = scope.root.join("static");
    if static_dir.is_dir() {
        for (path, _) in paths::walk(scope, &static_dir, diags) {
            let rel = path.strip_prefix(&static_dir).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            assets.push(Asset { source: path, output: rel });
        }
    }
}

/// Settings to check the rest of a course with when course.toml has errors (never built from).
fn placeholder_config(source: SourceText) -> CourseConfig {
    CourseConfig {
        id: String::new(),
        title: String::new(),
        description: None,
        language: "en".into(),
        author: None,
        theme: "default".into(),
        theme_span: None,
        minify: true,
        output: PathBuf::from("public"),
        facilitator_links: false,
        follow_external_symlinks: false,
        search: true,
        lms: crate::model::LmsConfig::default(),
        languages: Vec::new(),
        source,
    }
}

/// The exercises of a folder: those that loaded, every problem found, and the ids of files that
/// did not load (lessons naming them are not told the exercise is unknown).
struct LoadedExercises {
    list: Vec<Exercise>,
    diags: Vec<Diagnostic>,
    failed: HashSet<String>,
}

/// The exercises of the tree: exercises/, with a translation's exercises.<code>/ laid over it.
fn tree_exercises(scope: &paths::Scope, tree: translation::Tree) -> LoadedExercises {
    let LoadedExercises { list: default, mut diags, mut failed } = load_exercises(scope, "exercises");
    if tree.language.is_none() {
        return LoadedExercises { list: default, diags, failed };
    }
    let translated = load_exercises(scope, &tree.folder("exercises"));
    diags.extend(translated.diags);
    failed.extend(translated.failed);
    let mut list = translation::overlay_exercises(tree, default, translated.list, &failed, &mut diags);
    list.sort_by(|a, b| a.id.cmp(&b.id));
    LoadedExercises { list, diags, failed }
}

fn load_exercises(scope: &paths::Scope, folder: &str) -> LoadedExercises {
    let root = scope.root.as_path();
    let dir = root.join(folder);
    let mut diags = Vec::new();
    let mut failed = HashSet::new();
    if !dir.is_dir() {
        return LoadedExercises { list: Vec::new(), diags, failed };
    }
    let files: Vec<PathBuf> =
        paths::walk(scope, &dir, &mut diags).into_iter().map(|(p, _)| p).filter(|p| p.extension().is_some_and(|e| e == "toml")).collect();
    let parsed: Vec<_> = files
        .par_iter()
        .map(|path| {
            let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            match read_text(root, path) {
                Err(d) => (None, vec![d], id),
                Ok(file) => {
                    if !exercises::is_field_id(&id) {
                        let d = Diagnostic::error(format!("`{id}` is not a valid exercise id"))
                            .in_file(&file)
                            .hint("rename the file: the id is the file name, using letters, digits, `-` and `_`");
                        return (None, vec![d], id);
                    }
                    let (ex, ds) = exercises::parse(&id, &file);
                    (ex, ds, id)
                }
            }
        })
        .collect();
    let mut out: Vec<Exercise> = Vec::new();
    let mut where_defined: HashMap<String, String> = HashMap::new();
    for ((ex, ds, id), path) in parsed.into_iter().zip(&files) {
        diags.extend(ds);
        let shown = display_path(root, path);
        if let Some(first) = where_defined.insert(id.clone(), shown.clone()) {
            let d = Diagnostic::error(format!("exercise id `{id}` is defined twice: {first} and {shown}"))
                .hint("exercise ids are file names and must be unique across exercises/ and its sub-folders; rename one");
            // Point at the second file's first line when it parsed; otherwise name the file.
            diags.push(match &ex {
                Some(e) => d.in_file(&e.source).at(0..0),
                None => d.in_path(shown),
            });
            continue;
        }
        if ex.is_none() {
            failed.insert(id);
        }
        out.extend(ex);
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    LoadedExercises { list: out, diags, failed }
}
