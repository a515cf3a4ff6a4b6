//! A course's other languages (`[languages]` in course.toml): each is the default language's
//! course with the files of `content.<code>/` and `exercises.<code>/` laid over it, matched by
//! path (content) and id (exercises). A file of the default tree the translation lacks is used
//! as it is (a warning names it; a lesson then links to the default language's page, see
//! `Lesson::untranslated`); a file only the translation has is an error, with the closest name
//! of the default tree as a suggestion.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::content::ContentFiles;
use super::paths::Scope;
use crate::diagnostics::{display_path, Diagnostic};
use crate::model::{Course, Exercise, ExerciseBody, LanguageConfig};

/// Which tree a course is loaded from: the default language's (`content/`, `exercises/`) or a
/// translation's, laid over it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tree<'a> {
    /// None: the default language.
    pub language: Option<&'a LanguageConfig>,
}

impl Tree<'_> {
    /// `content` or `content.<code>` (and the same for `exercises`).
    pub fn folder(&self, base: &str) -> String {
        match self.language {
            Some(l) => format!("{base}.{}", l.code),
            None => base.to_string(),
        }
    }
}

/// Lays the translation's content files over the default tree's `files`. Returns the files
/// to load and which lesson files come from the default tree (their pages are not translated).
pub fn overlay_content(scope: &Scope, tree: Tree, files: ContentFiles, diags: &mut Vec<Diagnostic>) -> (ContentFiles, HashSet<PathBuf>) {
    let Some(lang) = tree.language else { return (files, HashSet::new()) };
    let dir = scope.root.join(tree.folder("content"));
    if !dir.is_dir() {
        diags.push(
            Diagnostic::error(format!("the course lists the language `{}` but there is no {}/ folder", lang.code, tree.folder("content")))
                .in_path(tree.folder("content"))
                .hint(format!(
                    "create {0}/ with the same module folders and lesson files as content/, translated, or remove [languages.{1}] from course.toml",
                    tree.folder("content"),
                    lang.code
                )),
        );
        return (files, HashSet::new());
    }
    let translated = super::content::scan(scope, &dir, diags);
    let mut overlay = Overlay { root: &scope.root, default_dir: scope.root.join("content"), dir, diags, untranslated: HashSet::new() };
    let home = overlay.one(files.home, translated.home);
    let pages = overlay.many(files.pages, translated.pages, "page");
    let modules = overlay.modules(files.modules, translated.modules);
    let mut assets: HashMap<String, crate::model::Asset> = files.assets.into_iter().map(|a| (a.output.clone(), a)).collect();
    assets.extend(translated.assets.into_iter().map(|a| (a.output.clone(), a)));
    let mut assets: Vec<_> = assets.into_values().collect();
    assets.sort_by(|a, b| a.output.cmp(&b.output));
    (ContentFiles { home, pages, modules, assets }, overlay.untranslated)
}

/// Matching a translation's files with the default tree's, reporting what does not match.
struct Overlay<'a> {
    root: &'a Path,
    default_dir: PathBuf,
    /// `content.<code>/`
    dir: PathBuf,
    diags: &'a mut Vec<Diagnostic>,
    untranslated: HashSet<PathBuf>,
}

impl Overlay<'_> {
    /// The translation's file where the default tree has one at the same place (`translated`
    /// is at that place or absent); a warning when it lacks one.
    fn one(&mut self, default: Option<PathBuf>, translated: Option<PathBuf>) -> Option<PathBuf> {
        match (default, translated) {
            (Some(d), None) => {
                self.missing(&d, "its text is shown in the default language");
                Some(d)
            }
            (_, t) => t,
        }
    }

    /// The translation's path of a default tree's file.
    fn translated_path(&self, default: &Path) -> PathBuf {
        self.dir.join(default.strip_prefix(&self.default_dir).unwrap_or(default))
    }

    fn missing(&mut self, default: &Path, consequence: &str) {
        let shown = display_path(self.root, &self.translated_path(default));
        self.diags.push(
            Diagnostic::warning(format!("{shown} is missing: {consequence}"))
                .in_path(shown.clone())
                .hint(format!("translate {} into {shown}", display_path(self.root, default))),
        );
    }

    /// Files matched by name: the translation's where it has one, the default's otherwise; a
    /// translation's file without a counterpart is an error. `what` is "lesson" or "page"
    /// (an untranslated lesson links to the default language's page).
    fn many(&mut self, default: Vec<PathBuf>, translated: Vec<PathBuf>, what: &str) -> Vec<PathBuf> {
        let name = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut by_name: HashMap<String, PathBuf> = translated.into_iter().map(|p| (name(&p), p)).collect();
        let known: Vec<String> = default.iter().map(|p| name(p)).collect();
        let mut out = Vec::with_capacity(default.len());
        for d in default {
            match by_name.remove(&name(&d)) {
                Some(t) => out.push(t),
                None => {
                    if what == "lesson" {
                        self.missing(&d, "the site in this language links to the lesson's page in the default language");
                        self.untranslated.insert(d.clone());
                    } else {
                        self.missing(&d, "its text is shown in the default language");
                    }
                    out.push(d);
                }
            }
        }
        let mut extra: Vec<PathBuf> = by_name.into_values().collect();
        extra.sort();
        for t in extra {
            self.extra(&t, &name(&t), &known, what);
        }
        out
    }

    /// A file only the translation has: an error naming it, with the default tree's closest name.
    fn extra(&mut self, path: &Path, name: &str, known: &[String], what: &str) {
        let shown = display_path(self.root, path);
        let default_dir = display_path(
            self.root,
            &self.default_dir.join(path.parent().and_then(|p| p.strip_prefix(&self.dir).ok()).unwrap_or(Path::new(""))),
        );
        let default_dir = default_dir.trim_end_matches('/');
        let hint = match closest(name, known) {
            Some(near) => format!("did you mean `{near}`? A translation uses the same file names as {default_dir}/; rename it, or add {default_dir}/{name} too"),
            None => format!("a translation uses the same file names as {default_dir}/; rename it, or add {default_dir}/{name} too"),
        };
        self.diags.push(
            Diagnostic::error(format!("{shown} has no counterpart in {default_dir}/: this {what} is in no language's course"))
                .in_path(shown)
                .hint(hint),
        );
    }

    /// Modules matched by folder name, then their introductions and lessons.
    fn modules(&mut self, default: Vec<ModuleFiles>, translated: Vec<ModuleFiles>) -> Vec<ModuleFiles> {
        let name = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut by_name: HashMap<String, ModuleFiles> = translated.into_iter().map(|m| (name(&m.0), m)).collect();
        let known: Vec<String> = default.iter().map(|m| name(&m.0)).collect();
        let mut out = Vec::with_capacity(default.len());
        for (dir, index, lessons) in default {
            let slug = name(&dir);
            let (t_dir, t_index, t_lessons) = by_name.remove(&slug).unwrap_or_else(|| (self.translated_path(&dir), None, Vec::new()));
            let index = self.one(index, t_index);
            let lessons = self.many(lessons, t_lessons, "lesson");
            out.push((if t_dir.is_dir() { t_dir } else { dir }, index, lessons));
        }
        let mut extra: Vec<ModuleFiles> = by_name.into_values().collect();
        extra.sort_by(|a, b| a.0.cmp(&b.0));
        for (dir, ..) in extra {
            self.extra(&dir, &name(&dir), &known, "module");
        }
        out
    }
}

type ModuleFiles = (PathBuf, Option<PathBuf>, Vec<PathBuf>);

fn closest<'a>(wanted: &str, known: &'a [String]) -> Option<&'a str> {
    let limit = (wanted.chars().count() / 3).max(2);
    known.iter().map(|k| (strsim::levenshtein(wanted, k), k)).filter(|(d, _)| *d <= limit).min_by_key(|(d, _)| *d).map(|(_, k)| k.as_str())
}

/// The exercises of a translation: each of `default` replaced by the translation's exercise of
/// the same id, which must take the same answers (kind and field ids: a learner's answers
/// follow them from one language to the other). `failed` are the ids of exercise files, in
/// either folder, that did not load: their errors are reported, so their counterparts are not
/// also told they have none.
pub fn overlay_exercises(
    tree: Tree,
    default: Vec<Exercise>,
    translated: Vec<Exercise>,
    failed: &HashSet<String>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Exercise> {
    if tree.language.is_none() {
        return default;
    }
    let folder = tree.folder("exercises");
    let known: Vec<String> = default.iter().map(|e| e.id.clone()).collect();
    let mut by_id: HashMap<String, Exercise> = translated.into_iter().map(|e| (e.id.clone(), e)).collect();
    let mut out = Vec::with_capacity(default.len());
    for d in default {
        let Some(t) = by_id.remove(&d.id) else {
            if failed.contains(&d.id) {
                out.push(d);
                continue;
            }
            let shown = format!("{folder}/{}.toml", d.id);
            diags.push(
                Diagnostic::warning(format!("{shown} is missing: exercise `{}` is shown in the default language", d.id))
                    .in_path(shown.clone())
                    .hint(format!("translate {} into {shown}, keeping its kind and field ids", d.source.name)),
            );
            out.push(d);
            continue;
        };
        if answer_shape(&t) != answer_shape(&d) {
            diags.push(
                Diagnostic::error(format!("exercise `{}` does not take the same answers as {}", t.id, d.source.name))
                    .in_file(&t.source)
                    .at(0..0)
                    .hint("a translated exercise keeps the kind, the field ids (`id = ...`) and the number of choices and labels: learners' answers are saved by exercise and field id, for every language"),
            );
        }
        out.push(t);
    }
    let mut extra: Vec<Exercise> = by_id.into_values().filter(|t| !failed.contains(&t.id)).collect();
    extra.sort_by(|a, b| a.id.cmp(&b.id));
    for t in extra {
        let hint = match closest(&t.id, &known) {
            Some(near) => format!("did you mean `{near}`? A translated exercise has the id (file name) of one in exercises/"),
            None => "a translated exercise has the id (file name) of one in exercises/; rename it, or add it to exercises/ too".into(),
        };
        diags.push(
            Diagnostic::error(format!("{} has no counterpart in exercises/: no lesson of the course can use it", t.source.name))
                .in_file(&t.source)
                .at(0..0)
                .hint(hint),
        );
    }
    out
}

/// What a learner's saved answers to an exercise depend on.
fn answer_shape(e: &Exercise) -> (crate::model::ExerciseKind, Vec<String>) {
    let ids = |items: &mut dyn Iterator<Item = &String>| items.cloned().collect::<Vec<_>>();
    let fields = match &e.body {
        ExerciseBody::Reflection { questions } => ids(&mut questions.iter().map(|q| &q.id)),
        ExerciseBody::Journal { .. } => Vec::new(),
        ExerciseBody::Quiz { questions } => questions.iter().map(|q| format!("{}:{}", q.id, q.choices.len())).collect(),
        ExerciseBody::Practice { steps } => ids(&mut steps.iter().map(|s| &s.id)),
        ExerciseBody::Scale { labels, statements } => {
            let mut v = ids(&mut statements.iter().map(|s| &s.id));
            v.push(format!("labels:{}", labels.len()));
            v
        }
        ExerciseBody::Compose { fields, .. } => ids(&mut fields.iter().map(|f| &f.id)),
    };
    (e.kind, fields)
}

/// Marks the lessons loaded from the default tree (`untranslated`) and sets the course's title,
/// description and language to the translation's.
pub fn finish(course: &mut Course, tree: Tree, untranslated: &HashSet<PathBuf>, root: &Path) {
    let Some(lang) = tree.language else { return };
    let shown: HashSet<String> = untranslated.iter().map(|p| display_path(root, p)).collect();
    let default = course.config.language.clone();
    for l in course.modules.iter_mut().flat_map(|m| m.lessons.iter_mut()) {
        l.untranslated = shown.contains(&*l.body.source.name).then(|| default.clone());
    }
    let cfg = &mut course.config;
    cfg.language = lang.code.clone();
    if let Some(t) = &lang.title {
        cfg.title = t.clone();
    }
    if lang.description.is_some() {
        cfg.description = lang.description.clone();
    }
}
