use std::path::{Path, PathBuf};

use clap::Subcommand;
use sonder::diagnostics::Diagnostic;
use sonder::load::{content, exercises, front_matter};
use sonder::model::ExerciseKind;

use super::{course_root, fail, scaffold};

#[derive(clap::Args)]
pub struct NewArgs {
    #[command(subcommand)]
    pub what: NewWhat,
    /// The course folder (default: the nearest folder at or above the current one holding course.toml)
    #[arg(long, value_name = "DIR", global = true)]
    pub root: Option<PathBuf>,
}

#[derive(Subcommand)]
pub enum NewWhat {
    /// Add a module (content/<SLUG>/_index.md) with a first lesson; its weight comes after the others
    #[command(after_help = "Example:\n  sonder new module 02-active-listening --title \"Active listening\"")]
    Module {
        /// The module's folder name under content/ (letters, digits, `-` and `_`); it becomes the URL
        slug: String,
        /// The module title (default: from the folder name)
        #[arg(long)]
        title: Option<String>,
    },
    /// Add a lesson to a module; its weight continues the module's order
    #[command(after_help = "Example:\n  sonder new lesson 01-getting-started/02-next-step --title \"The next step\"")]
    Lesson {
        /// The module folder under content/ and the lesson's file name (without .md)
        #[arg(value_name = "MODULE/SLUG")]
        target: String,
        /// The lesson title (default: from the file name)
        #[arg(long)]
        title: Option<String>,
    },
    /// Add an exercise file exercises/<ID>.toml
    #[command(after_help = "Example:\n  sonder new exercise first-reflection --kind reflection")]
    Exercise {
        /// The exercise id (letters, digits, `-` and `_`); lessons name it with {{ exercise ID }}
        id: String,
        /// The kind of exercise
        #[arg(long, value_parser = ["reflection", "journal", "quiz", "practice", "scale", "compose"])]
        kind: String,
        /// The exercise title (default: from the id)
        #[arg(long)]
        title: Option<String>,
    },
}

/// The `weight` in a Markdown file's front matter (0 when it has none).
fn weight_of(path: &Path) -> i64 {
    let Ok(text) = std::fs::read_to_string(path) else { return 0 };
    let file = sonder::diagnostics::SourceText::new(path.display().to_string(), std::sync::Arc::from(text));
    front_matter::split(&file)
        .ok()
        .and_then(|s| s.toml)
        .and_then(|r| front_matter::parse::<toml::Table>(&file, r).ok())
        .and_then(|t| t.get("weight").and_then(|w| w.as_integer()))
        .unwrap_or(0)
}

/// The largest `weight` among a module's lessons (0 when there are none).
fn max_weight(module_dir: &Path) -> i64 {
    let Ok(rd) = std::fs::read_dir(module_dir) else { return 0 };
    rd.filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name != "_index.md" && !content::is_ignored(&name) && e.path().extension().is_some_and(|x| x == "md")
        })
        .map(|e| weight_of(&e.path()))
        .fold(0, i64::max)
}

/// The largest `weight` among the modules under content/ (0 when there are none).
fn max_module_weight(content_dir: &Path) -> i64 {
    let Ok(rd) = std::fs::read_dir(content_dir) else { return 0 };
    rd.filter_map(Result::ok).map(|e| e.path().join("_index.md")).filter(|p| p.is_file()).map(|p| weight_of(&p)).fold(0, i64::max)
}

/// Writes a new file, never over an existing one.
fn create(path: &Path, text: &str) -> Result<(), u8> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| fail(Diagnostic::error(format!("cannot create {}: {e}", parent.display()))))?;
    }
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            fail(
                Diagnostic::error(format!("{} already exists", path.display()))
                    .hint("sonder new never overwrites a file; pick another name"),
            )
        } else {
            fail(Diagnostic::error(format!("cannot create {}: {e}", path.display())))
        }
    })?;
    std::io::Write::write_all(&mut f, text.as_bytes()).map_err(|e| fail(Diagnostic::error(format!("cannot write {}: {e}", path.display()))))
}

/// The path as the author would type it: relative to the current folder when inside it.
fn for_display(p: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    p.strip_prefix(&cwd).unwrap_or(p).display().to_string()
}

pub fn run(args: NewArgs) -> Result<(), u8> {
    let root = course_root(&args.root)?;
    match args.what {
        NewWhat::Module { slug, title } => new_module(&root, &slug, title),
        NewWhat::Lesson { target, title } => {
            let Some((module, slug)) = target.trim_matches('/').split_once('/') else {
                return Err(fail(
                    Diagnostic::error(format!("`{target}` is not MODULE/SLUG"))
                        .hint("e.g. sonder new lesson 01-getting-started/02-next-step"),
                ));
            };
            let slug = slug.strip_suffix(".md").unwrap_or(slug);
            if !content::is_url_safe(slug) || slug == "index" || slug == "_index" || slug.contains('/') {
                return Err(fail(
                    Diagnostic::error(format!("`{slug}` cannot be a lesson file name"))
                        .hint("use letters, digits, `-` and `_`: the name becomes the page's URL"),
                ));
            }
            let module_dir = root.join("content").join(module);
            if !content::is_url_safe(module) || !module_dir.join("_index.md").is_file() {
                return Err(fail(
                    Diagnostic::error(format!("there is no module content/{module}/"))
                        .hint(format!("create content/{module}/_index.md with a `title` first, or name an existing module folder")),
                ));
            }
            let path = module_dir.join(format!("{slug}.md"));
            if path.exists() {
                return Err(fail(
                    Diagnostic::error(format!("{} already exists", for_display(&path)))
                        .hint("sonder new never overwrites a file; pick another name"),
                ));
            }
            let title = title.filter(|t| !t.trim().is_empty()).unwrap_or_else(|| scaffold::title_from_name(slug));
            let weight = max_weight(&module_dir) + 1;
            create(&path, &scaffold::new_lesson(&title, weight))?;
            println!("{}", for_display(&path));
            Ok(())
        }
        NewWhat::Exercise { id, kind, title } => {
            let kind = ExerciseKind::parse(&kind).expect("clap checks the kind");
            if !exercises::is_field_id(&id) {
                return Err(fail(
                    Diagnostic::error(format!("`{id}` is not a valid exercise id")).hint("use letters, digits, `-` and `_` (at most 64)"),
                ));
            }
            let dir = root.join("exercises");
            // Ids are unique across exercises/ and its sub-folders.
            let file_name = format!("{id}.toml");
            if let Some(existing) = walkdir::WalkDir::new(&dir)
                .into_iter()
                .filter_map(Result::ok)
                .find(|e| e.file_type().is_file() && e.file_name().to_string_lossy() == file_name)
            {
                return Err(fail(
                    Diagnostic::error(format!("exercise `{id}` already exists: {}", for_display(existing.path())))
                        .hint("sonder new never overwrites a file; pick another id"),
                ));
            }
            let path = dir.join(&file_name);
            let title = title.filter(|t| !t.trim().is_empty()).unwrap_or_else(|| scaffold::title_from_name(&id));
            create(&path, &scaffold::exercise(kind, &title))?;
            println!("{}", for_display(&path));
            eprintln!("Place it in a lesson with a line `{{{{ exercise {id} }}}}`, or add \"{id}\" to the lesson's `exercises = [...]`.");
            Ok(())
        }
    }
}

fn new_module(root: &Path, slug: &str, title: Option<String>) -> Result<(), u8> {
    let slug = slug.trim_matches('/');
    let slug = slug.strip_prefix("content/").unwrap_or(slug);
    if !content::is_url_safe(slug) || slug.contains('/') || content::RESERVED_ROOT_NAMES.contains(&slug) || slug.starts_with('_') {
        return Err(fail(
            Diagnostic::error(format!("`{slug}` cannot be a module folder name"))
                .hint("use letters, digits, `-` and `_`, e.g. `02-active-listening`: the name becomes the module's URL"),
        ));
    }
    let content_dir = root.join("content");
    let dir = content_dir.join(slug);
    if dir.exists() {
        return Err(fail(
            Diagnostic::error(format!("{} already exists", for_display(&dir)))
                .hint("sonder new never overwrites a file; pick another name, or add a lesson: sonder new lesson MODULE/SLUG"),
        ));
    }
    let title = title.filter(|t| !t.trim().is_empty()).unwrap_or_else(|| scaffold::title_from_name(slug));
    let weight = max_module_weight(&content_dir) + 1;
    let index = dir.join("_index.md");
    let lesson = dir.join("01-introduction.md");
    create(&index, &scaffold::new_module(&title, weight))?;
    create(&lesson, &scaffold::new_lesson("Introduction", 1))?;
    println!("{}", for_display(&index));
    println!("{}", for_display(&lesson));
    eprintln!("Add lessons with: sonder new lesson {slug}/02-next-step");
    Ok(())
}
