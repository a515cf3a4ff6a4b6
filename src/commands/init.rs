use std::path::{Path, PathBuf};

use sonder::diagnostics::Diagnostic;
use sonder::model::ExerciseKind;

use super::{fail, scaffold, scaffold_de, scaffold_es, scaffold_fr, scaffold_nl, scaffold_pt, shown};

#[derive(clap::Args)]
pub struct InitArgs {
    /// Folder to create the course in (default: the current folder)
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// The course title (default: from the folder name); the course id is made from it
    #[arg(long)]
    pub title: Option<String>,
    /// Write into a folder that is not empty (files of the same name are replaced)
    #[arg(long)]
    pub force: bool,
    /// Print nothing but errors
    #[arg(long, short)]
    pub quiet: bool,
    /// The course's language (BCP 47: en, de, fr, es, pt, nl, pl, ar, ja have a built-in interface;
    /// de, fr, es, pt and nl also a starter course written in that language)
    #[arg(long, default_value = "en")]
    pub language: String,
}

/// The starter course written in `language` (by its primary subtag: `de-AT` gets the German one),
/// if there is one; other languages get the English starter with their interface.
fn starter(language: &str) -> Option<scaffold::Starter> {
    match language.split('-').next().unwrap_or("").to_ascii_lowercase().as_str() {
        "de" => Some(scaffold_de::STARTER),
        "es" => Some(scaffold_es::STARTER),
        "fr" => Some(scaffold_fr::STARTER),
        "nl" => Some(scaffold_nl::STARTER),
        "pt" => Some(scaffold_pt::STARTER),
        _ => None,
    }
}

/// Where the next-steps hint suggests a second lesson, in the starter's language.
fn next_lesson(language: &str) -> &'static str {
    starter(language).map_or("01-getting-started/02-next-step", |s| s.next_lesson)
}

/// The files of a new course: (path, contents).
pub fn files(title: &str, id: &str, language: &str) -> Vec<(String, String)> {
    if let Some(starter) = starter(language) {
        return starter_files(&starter, title, id, language);
    }
    let mut v = vec![
        ("course.toml".to_string(), scaffold::course_toml(id, title, language, "A self-paced course.")),
        // The built site and `sonder pdf`'s default output are made from the sources: not versioned.
        (".gitignore".to_string(), "/public/\n/pdf/\n".to_string()),
        ("content/_index.md".to_string(), scaffold::home(title)),
        ("content/01-getting-started/_index.md".to_string(), scaffold::MODULE.to_string()),
        ("content/01-getting-started/01-welcome.md".to_string(), scaffold::LESSON.to_string()),
    ];
    for kind in ExerciseKind::ALL {
        let title = match kind {
            ExerciseKind::Reflection => "Why you are here",
            ExerciseKind::Journal => "Course journal",
            ExerciseKind::Quiz => "How the course works",
            ExerciseKind::Practice => "A first small step",
            ExerciseKind::Scale => "Where you stand",
            ExerciseKind::Compose => "Find a practice partner",
        };
        v.push((format!("exercises/welcome-{}.toml", kind.name()), scaffold::exercise(kind, title)));
    }
    v
}

/// A starter written in another language: the same course, in that language's words.
fn starter_files(starter: &scaffold::Starter, title: &str, id: &str, language: &str) -> Vec<(String, String)> {
    let module = starter.module_dir;
    let mut v = vec![
        ("course.toml".to_string(), scaffold::course_toml(id, title, language, starter.description)),
        (".gitignore".to_string(), "/public/\n/pdf/\n".to_string()),
        ("content/_index.md".to_string(), (starter.home)(title)),
        (format!("content/{module}/_index.md"), starter.module.to_string()),
        (format!("content/{module}/{}", starter.lesson_file), starter.lesson.to_string()),
    ];
    v.extend(starter.exercise_files().into_iter().map(|(id, text)| (format!("exercises/{id}.toml"), text)));
    v
}

fn is_empty_dir(dir: &Path) -> std::io::Result<bool> {
    match std::fs::read_dir(dir) {
        Ok(mut rd) => Ok(rd.next().is_none()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(true),
        Err(e) => Err(e),
    }
}

pub fn run(args: InitArgs) -> Result<(), u8> {
    let dir = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    if dir.exists() && !dir.is_dir() {
        return Err(fail(Diagnostic::error(format!("{} exists and is not a folder", dir.display()))));
    }
    let empty = is_empty_dir(&dir).map_err(|e| fail(Diagnostic::error(format!("cannot read {}: {e}", dir.display()))))?;
    if !empty && !args.force {
        return Err(fail(
            Diagnostic::error(format!("{} is not empty", shown(&dir)))
                .hint("pick a new or empty folder (`sonder init my-course`), or pass --force to write the course files into it anyway"),
        ));
    }
    // The folder's own name, even for `.`.
    let name = std::path::absolute(&dir)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "my-course".into());
    let title = args.title.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| scaffold::title_from_name(&name));
    let id = scaffold::course_id(&title);
    if !sonder::load::course_toml::is_language_tag(&args.language) {
        return Err(fail(
            Diagnostic::error(format!("`{}` is not a BCP 47 language tag", args.language))
                .hint("use a tag such as `en`, `de`, `pt-BR` or `ar`"),
        ));
    }
    let files = files(&title, &id, &args.language);
    for (rel, text) in &files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| fail(Diagnostic::error(format!("cannot create {}: {e}", parent.display()))))?;
        }
        std::fs::write(&path, text).map_err(|e| fail(Diagnostic::error(format!("cannot write {}: {e}", path.display()))))?;
    }
    if !args.quiet {
        eprintln!(
            "Created the course \"{title}\" (id {id}) in {}: course.toml, 1 module, 1 lesson, 6 exercises (one of each kind).",
            shown(&dir)
        );
        print_next_steps(&dir, next_lesson(&args.language));
    }
    Ok(())
}

/// The commands to run next, written so they work from the current folder as they are, even when
/// `sonder` is not on PATH (say, right after `cargo run -- init my-course`).
fn print_next_steps(dir: &Path, next_lesson: &str) {
    let me = self_command();
    let root = if dir == Path::new(".") { String::new() } else { format!(" --root {}", shell_quote(&dir.display().to_string())) };
    eprintln!("Next:");
    eprintln!("  {me} serve{root} --open");
    eprintln!("      preview the course with live reload");
    eprintln!("  {me} new lesson {next_lesson}{root}");
    eprintln!("      add a lesson");
    if me != "sonder" {
        eprintln!("(sonder is not on your PATH: `cargo install --path .` in sonder's repository puts it there.)");
    }
}

/// `sonder` when that name on PATH is this very program, else the full path of this executable.
fn self_command() -> String {
    let Some(me) = std::env::current_exe().ok().and_then(|p| p.canonicalize().ok()) else { return "sonder".into() };
    let on_path = std::env::var_os("PATH")
        .and_then(|path| std::env::split_paths(&path).map(|d| d.join("sonder")).find(|p| p.is_file()).and_then(|p| p.canonicalize().ok()));
    if on_path.as_deref() == Some(me.as_path()) {
        "sonder".into()
    } else {
        shell_quote(&me.display().to_string())
    }
}

/// Quotes a path for a POSIX shell when it holds anything but plain characters.
fn shell_quote(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "/._-+:@%".contains(c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}
