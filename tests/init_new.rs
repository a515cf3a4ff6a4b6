//! `sonder init` and `sonder new`, run as the real binary in temp folders.

use std::path::Path;
use std::process::{Command, Output};

fn sonder(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sonder")).current_dir(dir).args(args).env("NO_COLOR", "1").output().expect("run sonder")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

#[test]
fn init_then_build_gives_a_site_with_no_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let o = sonder(tmp.path(), &["init", "team-leads-101"]);
    assert!(o.status.success(), "{}", text(&o));
    let root = tmp.path().join("team-leads-101");
    let toml = std::fs::read_to_string(root.join("course.toml")).unwrap();
    assert!(toml.contains("id = \"team-leads-101\"") && toml.contains("title = \"Team leads 101\""), "{toml}");
    for kind in ["reflection", "journal", "quiz", "practice", "scale", "compose"] {
        let ex = std::fs::read_to_string(root.join(format!("exercises/welcome-{kind}.toml"))).unwrap();
        assert!(ex.contains(&format!("kind = \"{kind}\"")));
    }
    let module = std::fs::read_to_string(root.join("content/01-getting-started/_index.md")).unwrap();
    assert!(module.contains("[facilitator]") && module.contains("[[facilitator.agenda]]"));

    let o = sonder(&root, &["build", "--deny-warnings"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(!text(&o).contains("warning"), "{}", text(&o));
    let lesson = std::fs::read_to_string(root.join("public/01-getting-started/01-welcome.html")).unwrap();
    for kind in ["reflection", "journal", "quiz", "practice", "scale", "compose"] {
        assert!(lesson.contains(&format!("welcome-{kind}")), "the lesson shows the {kind} exercise");
    }
    assert!(root.join("public/facilitator/01-getting-started.html").is_file());
}

#[test]
fn init_takes_a_title_and_the_current_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("x");
    std::fs::create_dir(&dir).unwrap();
    let o = sonder(&dir, &["init", "--title", "Leading with Trust: Café edition"]);
    assert!(o.status.success(), "{}", text(&o));
    let toml = std::fs::read_to_string(dir.join("course.toml")).unwrap();
    assert!(toml.contains("id = \"leading-with-trust-cafe-edition\""), "{toml}");
    assert!(toml.contains("title = \"Leading with Trust: Café edition\""), "{toml}");
    let o = sonder(&dir, &["check", "--deny-warnings"]);
    assert!(o.status.success(), "{}", text(&o));
}

#[test]
fn init_refuses_a_folder_that_is_not_empty_unless_forced() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("busy");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();
    let o = sonder(tmp.path(), &["init", "busy"]);
    assert!(!o.status.success());
    assert!(text(&o).contains("not empty") && text(&o).contains("--force"), "{}", text(&o));
    assert!(!dir.join("course.toml").exists());

    let o = sonder(tmp.path(), &["init", "busy", "--force"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(dir.join("course.toml").is_file());
    assert_eq!(std::fs::read_to_string(dir.join("notes.txt")).unwrap(), "mine", "other files are kept");
}

#[test]
fn new_lesson_continues_the_order_and_refuses_to_overwrite() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("c");
    assert!(sonder(tmp.path(), &["init", "c"]).status.success());
    // A lesson with a high weight: the next one continues after it.
    std::fs::write(root.join("content/01-getting-started/05-later.md"), "+++\ntitle = \"Later\"\nweight = 7\n+++\n\nText.\n").unwrap();

    let o = sonder(&root, &["new", "lesson", "01-getting-started/02-next-step", "--title", "The next step"]);
    assert!(o.status.success(), "{}", text(&o));
    let printed = String::from_utf8_lossy(&o.stdout).trim().to_string();
    assert_eq!(Path::new(&printed), Path::new("content/01-getting-started/02-next-step.md"));
    let new = std::fs::read_to_string(root.join(&printed)).unwrap();
    assert!(new.contains("title = \"The next step\"") && new.contains("weight = 8"), "{new}");

    // Refuses to overwrite, and the file stays as it was.
    std::fs::write(root.join(&printed), "hand edited").unwrap();
    let o = sonder(&root, &["new", "lesson", "01-getting-started/02-next-step"]);
    assert!(!o.status.success());
    assert!(text(&o).contains("already exists"), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(root.join(&printed)).unwrap(), "hand edited");
    std::fs::remove_file(root.join(&printed)).unwrap();

    // From a sub-folder, with the default title; the course still builds without warnings.
    let o = sonder(&root.join("content"), &["new", "lesson", "01-getting-started/03-active-listening.md"]);
    assert!(o.status.success(), "{}", text(&o));
    let path = root.join("content/01-getting-started/03-active-listening.md");
    let new = std::fs::read_to_string(&path).unwrap();
    assert!(new.contains("title = \"Active listening\""), "{new}");
    let o = sonder(&root, &["build", "--deny-warnings"]);
    assert!(o.status.success(), "{}", text(&o));

    // Unknown module, bad names.
    let o = sonder(&root, &["new", "lesson", "99-nope/01-x"]);
    assert!(!o.status.success() && text(&o).contains("no module"), "{}", text(&o));
    let o = sonder(&root, &["new", "lesson", "01-getting-started/bad name"]);
    assert!(!o.status.success(), "{}", text(&o));
    let o = sonder(&root, &["new", "lesson", "no-slash"]);
    assert!(!o.status.success(), "{}", text(&o));
}

#[test]
fn new_exercise_of_each_kind_builds_and_refuses_to_overwrite() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("c");
    assert!(sonder(tmp.path(), &["init", "c"]).status.success());
    let mut ids = Vec::new();
    for kind in ["reflection", "journal", "quiz", "practice", "scale", "compose"] {
        let id = format!("extra-{kind}");
        let o = sonder(&root, &["new", "exercise", &id, "--kind", kind]);
        assert!(o.status.success(), "{}", text(&o));
        assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), format!("exercises/{id}.toml"));
        ids.push(format!("\"{id}\""));
    }
    // Use them all in a new lesson: then the course builds with warnings denied.
    let o = sonder(&root, &["new", "lesson", "01-getting-started/02-more"]);
    assert!(o.status.success(), "{}", text(&o));
    let path = root.join("content/01-getting-started/02-more.md");
    let lesson = std::fs::read_to_string(&path).unwrap().replacen(
        "duration = 10\n",
        &format!("duration = 10\nexercises = [{}]\n", ids.join(", ")),
        1,
    );
    std::fs::write(&path, lesson).unwrap();
    let o = sonder(&root, &["build", "--deny-warnings"]);
    assert!(o.status.success(), "{}", text(&o));

    // Refuses an existing id, also one in a sub-folder.
    std::fs::write(root.join("exercises/extra-quiz.toml"), "hand edited").unwrap();
    let o = sonder(&root, &["new", "exercise", "extra-quiz", "--kind", "quiz"]);
    assert!(!o.status.success() && text(&o).contains("already exists"), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(root.join("exercises/extra-quiz.toml")).unwrap(), "hand edited");
    std::fs::create_dir_all(root.join("exercises/module-2")).unwrap();
    std::fs::write(root.join("exercises/module-2/deep.toml"), "x").unwrap();
    let o = sonder(&root, &["new", "exercise", "deep", "--kind", "journal"]);
    assert!(!o.status.success() && text(&o).contains("already exists"), "{}", text(&o));
    // Unknown kinds and bad ids are refused.
    assert!(!sonder(&root, &["new", "exercise", "x", "--kind", "essay"]).status.success());
    assert!(!sonder(&root, &["new", "exercise", "bad id", "--kind", "quiz"]).status.success());
}

/// The next steps `init` prints work as printed from the folder it ran in, even when `sonder` is
/// not on PATH (then they name this executable by its full path).
#[test]
fn init_prints_next_steps_that_run_as_printed() {
    let tmp = tempfile::tempdir().unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_sonder")).canonicalize().unwrap();
    // Not on PATH: the full path of the executable, and --root for the new folder.
    let o = Command::new(&bin).current_dir(tmp.path()).args(["init", "my course"]).env("PATH", "/usr/bin:/bin").output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let out = text(&o);
    let serve = out.lines().find(|l| l.contains(" serve ")).unwrap_or_else(|| panic!("no serve step:\n{out}"));
    assert_eq!(serve.trim(), format!("{} serve --root 'my course' --open", bin.display()), "{out}");
    assert!(out.contains("cargo install --path ."), "{out}");
    // Run the printed `new lesson` step with a shell, from the same folder.
    let step = out.lines().find(|l| l.contains(" new lesson ")).unwrap_or_else(|| panic!("no new lesson step:\n{out}"));
    let run = Command::new("sh").arg("-c").arg(step.trim()).current_dir(tmp.path()).env("PATH", "/usr/bin:/bin").output().unwrap();
    assert!(run.status.success(), "{step}: {}", text(&run));
    assert!(tmp.path().join("my course/content/01-getting-started/02-next-step.md").is_file());

    // On PATH (as `cargo install` leaves it): plain `sonder`.
    let path_dir = tmp.path().join("bin");
    std::fs::create_dir(&path_dir).unwrap();
    std::os::unix::fs::symlink(&bin, path_dir.join("sonder")).unwrap();
    let path = format!("{}:/usr/bin:/bin", path_dir.display());
    let o = Command::new(&bin).current_dir(tmp.path()).args(["init", "second"]).env("PATH", &path).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("\n  sonder serve --root second --open\n"), "{}", text(&o));
    assert!(!text(&o).contains("cargo install"), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(tmp.path().join("second/.gitignore")).unwrap(), "/public/\n/pdf/\n");
}

#[test]
fn new_module_comes_after_the_others_with_a_first_lesson_and_builds_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let o = sonder(tmp.path(), &["init", "c"]);
    assert!(o.status.success(), "{}", text(&o));
    let root = tmp.path().join("c");
    let o = sonder(&root, &["new", "module", "02-active-listening"]);
    assert!(o.status.success(), "{}", text(&o));
    let index = std::fs::read_to_string(root.join("content/02-active-listening/_index.md")).unwrap();
    assert!(index.contains("title = \"Active listening\"") && index.contains("weight = 2"), "{index}");
    assert!(root.join("content/02-active-listening/01-introduction.md").is_file());
    let o = sonder(&root, &["new", "module", "03-more", "--title", "More \"quoted\""]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(std::fs::read_to_string(root.join("content/03-more/_index.md")).unwrap().contains("weight = 3"));
    // Builds with no warnings, the modules in their order.
    let o = sonder(&root, &["build", "--deny-warnings"]);
    assert!(o.status.success(), "{}", text(&o));
    let home = std::fs::read_to_string(root.join("public/index.html")).unwrap();
    let (a, b) =
        (home.find("Active listening").unwrap(), home.find("More &quot;quoted&quot;").or_else(|| home.find("More \"quoted\"")).unwrap());
    assert!(a < b, "module order on the home page");
    // Never over an existing folder; no reserved or unsafe names.
    let before = std::fs::read_to_string(root.join("content/02-active-listening/_index.md")).unwrap();
    let o = sonder(&root, &["new", "module", "02-active-listening"]);
    assert!(!o.status.success() && text(&o).contains("already exists"), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(root.join("content/02-active-listening/_index.md")).unwrap(), before);
    for bad in ["assets", "a b", "x/y", "_hidden"] {
        let o = sonder(&root, &["new", "module", bad]);
        assert!(!o.status.success() && text(&o).contains("cannot be a module folder name"), "{bad}: {}", text(&o));
    }
}

/// `sonder dev corpus` (the tests' course generator): the same files for the same lessons and seed,
/// hidden from --help, and --force never deletes a folder that is not a generated course.
#[test]
fn dev_corpus_is_deterministic_hidden_and_careful_with_force() {
    let tmp = tempfile::tempdir().unwrap();
    let read_all = |dir: &Path| -> Vec<(String, String)> {
        let mut files = Vec::new();
        for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
            let e = e.unwrap();
            if e.file_type().is_file() {
                let rel = e.path().strip_prefix(dir).unwrap().display().to_string();
                files.push((rel, std::fs::read_to_string(e.path()).unwrap()));
            }
        }
        files
    };
    for name in ["a", "b"] {
        let o = sonder(tmp.path(), &["dev", "corpus", "--lessons", "25", "--out", name]);
        assert!(o.status.success(), "{}", text(&o));
    }
    let a = read_all(&tmp.path().join("a"));
    assert_eq!(a, read_all(&tmp.path().join("b")), "same lessons and seed, same course");
    assert_eq!(a.iter().filter(|(f, _)| f.starts_with("content/") && !f.ends_with("_index.md") && f.matches('/').count() == 2).count(), 25);
    let o = sonder(tmp.path(), &["dev", "corpus", "--lessons", "25", "--out", "c", "--seed", "7"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_ne!(a, read_all(&tmp.path().join("c")), "another seed, another course");

    let o = sonder(tmp.path(), &["dev", "corpus", "--lessons", "5", "--out", "a"]);
    assert!(!o.status.success() && text(&o).contains("not empty"), "{}", text(&o));
    let o = sonder(tmp.path(), &["dev", "corpus", "--lessons", "5", "--out", "a", "--force"]);
    assert!(o.status.success(), "{}", text(&o));
    std::fs::create_dir(tmp.path().join("mine")).unwrap();
    std::fs::write(tmp.path().join("mine/notes.txt"), "keep").unwrap();
    let o = sonder(tmp.path(), &["dev", "corpus", "--lessons", "5", "--out", "mine", "--force"]);
    assert!(!o.status.success(), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(tmp.path().join("mine/notes.txt")).unwrap(), "keep");

    let help = text(&sonder(tmp.path(), &["--help"]));
    assert!(help.contains("init") && !help.lines().any(|l| l.trim_start().starts_with("dev ")), "{help}");
}

#[test]
fn init_with_a_language_sets_it_and_the_interface_follows() {
    let tmp = tempfile::tempdir().unwrap();
    let o = sonder(tmp.path(), &["init", "kurs", "--language", "de"]);
    assert!(o.status.success(), "{}", text(&o));
    let root = tmp.path().join("kurs");
    assert!(std::fs::read_to_string(root.join("course.toml")).unwrap().contains("language = \"de\""));
    let o = sonder(&root, &["build", "--deny-warnings"]);
    assert!(o.status.success(), "{}", text(&o));
    let home = std::fs::read_to_string(root.join("public/index.html")).unwrap();
    assert!(home.contains("lang=\"de\"") && home.contains("Kurs beginnen"), "German interface");
    // The starter itself is German: folders, lesson, exercises and facilitator notes.
    let lesson = std::fs::read_to_string(root.join("public/01-erste-schritte/01-willkommen.html")).unwrap();
    assert!(lesson.contains("Wie eine Lektion entsteht") && lesson.contains("Wo werden deine Antworten gespeichert?"), "{lesson}");
    for id in ["reflexion", "journal", "quiz", "praxis", "skala", "text"] {
        assert!(lesson.contains(&format!("willkommen-{id}")), "the lesson shows willkommen-{id}");
    }
    let guide = std::fs::read_to_string(root.join("public/facilitator/01-erste-schritte.html")).unwrap();
    assert!(guide.contains("Ankommen und Begrüßung") && guide.contains("Haftnotizen"), "German facilitator notes");
    for english in ["Welcome", "Getting started", "Why you are here", "Where are your answers saved", "Sticky notes"] {
        assert!(!lesson.contains(english) && !guide.contains(english), "English starter text `{english}`");
    }
    assert!(!root.join("content/01-getting-started").exists());
    // A regional German tag gets the German starter too; another language the English one.
    let o = sonder(tmp.path(), &["init", "kurs-at", "--language", "de-AT"]);
    assert!(o.status.success() && text(&o).contains("new lesson 01-erste-schritte/02-naechster-schritt"), "{}", text(&o));
    let o = sonder(tmp.path(), &["init", "kurs-pl", "--language", "pl"]);
    assert!(o.status.success());
    assert!(tmp.path().join("kurs-pl/content/01-getting-started/01-welcome.md").is_file());
    // French, Spanish, Portuguese and Dutch starters: their own words, and they build without a warning.
    for (lang, page, words) in [
        ("fr", "01-premiers-pas/01-bienvenue.html", ["Comment on écrit une leçon", "Où tes réponses sont-elles enregistrées ?"]),
        ("es", "01-primeros-pasos/01-bienvenida.html", ["Cómo se escribe una lección", "¿Dónde se guardan tus respuestas?"]),
        ("pt", "01-primeiros-passos/01-boas-vindas.html", ["Como se escreve uma lição", "Onde suas respostas ficam salvas?"]),
        ("nl", "01-eerste-stappen/01-welkom.html", ["Zo schrijf je een les", "Waar worden je antwoorden bewaard?"]),
    ] {
        let o = sonder(tmp.path(), &["init", lang, "--language", lang]);
        assert!(o.status.success(), "{}", text(&o));
        let o = sonder(&tmp.path().join(lang), &["build", "--deny-warnings"]);
        assert!(o.status.success(), "{lang}: {}", text(&o));
        let lesson = std::fs::read_to_string(tmp.path().join(lang).join("public").join(page)).unwrap();
        for w in words {
            assert!(lesson.contains(&sonder::text::esc(w)), "{lang}: {w}");
        }
        assert!(!lesson.contains("Why you are here"), "{lang}: English starter text");
    }

    let o = sonder(tmp.path(), &["init", "other", "--language", "de_DE"]);
    assert!(!o.status.success() && text(&o).contains("is not a BCP 47 language tag"), "{}", text(&o));
    assert!(!tmp.path().join("other/course.toml").exists());
}
