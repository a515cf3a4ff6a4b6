//! Cross-file rules, checked once on the whole model: unknown or reused exercises, broken anchors,
//! empty modules, unused exercises, facilitator timings, output collisions.

use std::collections::{HashMap, HashSet};

use std::ops::Range;

use crate::diagnostics::{Diagnostic, SourceText};
use crate::model::{Course, Document};
use crate::site::Compiled;

/// Output paths the build itself writes (besides lessons), so nothing else may claim them.
pub fn generated_paths(course: &Course) -> Vec<String> {
    let mut out = vec!["index.html".to_string(), "404.html".into(), "journal.html".into(), "print.html".into()];
    for m in &course.modules {
        out.push(format!("{}/index.html", m.slug));
        out.push(format!("handouts/{}.html", m.slug));
        out.push(format!("facilitator/{}.html", m.slug));
        out.extend(m.materials.iter().map(|mat| mat.path(&m.slug)));
    }
    out.push("facilitator/index.html".into());
    for p in &course.pages {
        out.push(format!("{}.html", p.slug));
    }
    out
}

/// The closest known id, to suggest a fix for a typo.
fn closest<'a>(wanted: &str, known: impl Iterator<Item = &'a String>) -> Option<&'a String> {
    known.map(|k| (strsim(wanted, k), k)).filter(|(d, _)| *d <= 3).min_by_key(|(d, _)| *d).map(|(_, k)| k)
}

/// Levenshtein distance.
fn strsim(a: &str, b: &str) -> usize {
    ::strsim::levenshtein(a, b)
}

/// Where a line of `doc` reads `{{ exercise ID }}` for `id` (whether or not it became a marker).
fn marker_line(doc: &Document, id: &str) -> Option<std::ops::Range<usize>> {
    let mut offset = doc.body_offset;
    for line in doc.body().split_inclusive('\n') {
        if crate::markdown::exercise_marker(line).as_deref() == Some(id) {
            let start = offset + (line.len() - line.trim_start().len());
            return Some(start..offset + line.trim_end().len());
        }
        offset += line.len();
    }
    None
}

/// Every cross-file problem of the course, from what compiling its documents found.
pub fn validate(course: &Course, compiled: &Compiled) -> Vec<Diagnostic> {
    let mut out = crate::i18n::check(course);
    let used_in = exercise_uses(course, compiled, &mut out);
    unused_exercises(course, &used_in, &mut out);
    module_rules(course, &mut out);
    duplicate_ids(course, compiled, &mut out);
    anchors_into_other_pages(course, compiled, &mut out);
    assets_over_pages(course, &mut out);
    out
}

/// Exercises named by lessons must exist, and each may appear in one lesson only. Returns where
/// each exercise is used (the file of its lesson).
fn exercise_uses<'a>(course: &'a Course, compiled: &'a Compiled, out: &mut Vec<Diagnostic>) -> HashMap<&'a str, String> {
    let mut used_in: HashMap<&str, String> = HashMap::new();
    for (mi, m) in course.modules.iter().enumerate() {
        for (li, lesson) in m.lessons.iter().enumerate() {
            let file = &lesson.body.source;
            let mut here = HashSet::new();
            let markers = compiled.lesson(mi, li).markers.iter().map(|m| (&m.id, &m.span, true));
            let uses = markers.chain(lesson.exercises.iter().map(|e| (&e.id, &e.span, false)));
            for (id, span, is_marker) in uses {
                if course.exercise(id).is_none() {
                    out.extend(unknown_exercise(course, file, id, span, is_marker));
                } else if !here.insert(id.as_str()) {
                    out.push(
                        Diagnostic::error(format!("exercise `{id}` appears twice in this lesson"))
                            .in_file(file)
                            .at(span.clone())
                            .hint("place it once: either in `exercises = [...]` or with a `{{ exercise ID }}` line"),
                    );
                } else if let Some(first) = used_in.get(id.as_str()) {
                    out.push(
                        Diagnostic::error(format!("exercise `{id}` is already used in {first}"))
                            .in_file(file)
                            .at(span.clone())
                            .hint("an exercise appears in at most one lesson (its answers belong to one place); copy it to a new id"),
                    );
                } else {
                    used_in.insert(id.as_str(), file.name.clone());
                }
            }
        }
    }
    used_in
}

/// A lesson names an exercise that does not exist (None when its file exists but did not load:
/// its own errors say what is wrong with it).
fn unknown_exercise(course: &Course, file: &SourceText, id: &str, span: &Range<usize>, is_marker: bool) -> Option<Diagnostic> {
    if course.failed_exercises.contains(id) {
        return None;
    }
    let mut hint = format!("create exercises/{id}.toml, or fix the id");
    if let Some(c) = closest(id, course.exercise_index.keys()) {
        hint = format!("did you mean `{c}`? ({hint})");
    }
    let what = if is_marker { "an exercise marker" } else { "this lesson" };
    Some(
        Diagnostic::error(format!("{what} names an unknown exercise `{id}`"))
            .in_file(file)
            .at(span.clone())
            .label("no such exercise")
            .hint(hint),
    )
}

/// Exercises no lesson uses: a warning, pointing at a marker line glued to a paragraph (which
/// is not a marker: it shows as text) when there is one.
fn unused_exercises(course: &Course, used_in: &HashMap<&str, String>, out: &mut Vec<Diagnostic>) {
    if course.has_failed_lessons(None) {
        // A lesson that did not load may be the one using it; its own error is reported.
        return;
    }
    for ex in &course.exercises {
        if used_in.contains_key(ex.id.as_str()) {
            continue;
        }
        if let Some((lesson, span)) = course.lessons().find_map(|l| marker_line(&l.body, &ex.id).map(|s| (l, s))) {
            out.push(
                Diagnostic::warning(format!("exercise `{}` is not used by any lesson: this `{{{{ exercise {} }}}}` is not a paragraph of its own, so it shows as text", ex.id, ex.id))
                    .in_file(&lesson.body.source)
                    .at(span)
                    .label("not a marker")
                    .hint("leave an empty line before and after the marker"),
            );
            continue;
        }
        out.push(
            Diagnostic::warning(format!("exercise `{}` is not used by any lesson", ex.id))
                .in_file(&ex.source)
                .at(0..0)
                .hint(format!("add \"{}\" to a lesson's `exercises = [...]`, or place `{{{{ exercise {} }}}}` in its body", ex.id, ex.id)),
        );
    }
}

/// Empty modules, and facilitator agendas that do not add up to their duration.
fn module_rules(course: &Course, out: &mut Vec<Diagnostic>) {
    for m in &course.modules {
        if m.lessons.is_empty() && !course.has_failed_lessons(Some(&m.slug)) {
            out.push(
                Diagnostic::warning(format!("module `{}` has no lessons", m.slug))
                    .in_file(&m.intro.source)
                    .at(0..0)
                    .hint(format!("add a lesson file such as content/{}/01-first.md", m.slug)),
            );
        }
        validate_materials(course, m, out);
        let Some(f) = &m.facilitator else { continue };
        let total: u32 = f.agenda.iter().map(|a| a.minutes).sum();
        if let Some(d) = f.duration.filter(|&d| !f.agenda.is_empty() && total != d) {
            out.push(
                Diagnostic::warning(format!("the facilitator agenda adds up to {total} minutes, but duration is {d}"))
                    .in_file(&m.intro.source)
                    .at(0..3)
                    .hint("make the agenda's minutes add up to `duration`"),
            );
        }
    }
}

/// A module's `[[materials]]`: the exercises they name exist, and `discussion = true` has
/// discussion questions to use.
fn validate_materials(course: &Course, m: &crate::model::Module, out: &mut Vec<Diagnostic>) {
    let file = &m.intro.source;
    for mat in &m.materials {
        for crate::model::ExerciseRef { id, span } in &mat.exercises {
            if course.exercise(id).is_some() || course.failed_exercises.contains(id.as_str()) {
                continue;
            }
            let mut hint = format!("name an exercise of exercises/ (its file name without .toml), or create exercises/{id}.toml");
            if let Some(c) = closest(id, course.exercise_index.keys()) {
                hint = format!("did you mean `{c}`? ({hint})");
            }
            out.push(
                Diagnostic::error(format!(
                    "the material `{}` names an unknown exercise `{id}`",
                    if mat.title.is_empty() { mat.kind.name() } else { &mat.title }
                ))
                .in_file(file)
                .at(span.clone())
                .label("no such exercise")
                .hint(hint),
            );
        }
        let has_questions = m.facilitator.as_ref().is_some_and(|f| !f.questions.is_empty());
        if mat.discussion && !has_questions {
            out.push(
                Diagnostic::error(format!("the material `{}` uses the discussion questions, but this module has none", mat.title))
                    .in_file(file)
                    .at(mat.span.clone())
                    .hint("add `questions = [\"...\"]` to the module's [facilitator] table, or remove `discussion = true`"),
            );
        }
    }
}

/// A heading whose id an exercise on the same page also gives an element (`ex-<id>`, `ex-<id>-title`,
/// ...): two elements with one id break the links to both. (Heading and footnote ids are unique
/// among themselves by construction: markdown::compile.)
fn duplicate_ids(course: &Course, compiled: &Compiled, out: &mut Vec<Diagnostic>) {
    for (mi, m) in course.modules.iter().enumerate() {
        for (li, lesson) in m.lessons.iter().enumerate() {
            let headings = &compiled.lesson(mi, li).headings;
            for id in compiled.exercise_ids(course, mi, li).filter(|id| course.exercise(id).is_some()) {
                let base = format!("ex-{id}");
                let clashes =
                    |h: &&crate::model::Heading| h.id == base || h.id.strip_prefix(base.as_str()).is_some_and(|r| r.starts_with('-'));
                for h in headings.iter().filter(clashes) {
                    let doc = &lesson.body;
                    let at = doc.body().find(h.text.as_str()).map_or(0..0, |i| doc.body_offset + i..doc.body_offset + i + h.text.len());
                    out.push(
                        Diagnostic::error(format!("the heading id `{}` is also an id of exercise `{id}` on this page", h.id))
                            .in_file(&doc.source)
                            .at(at)
                            .label("this heading")
                            .hint("reword the heading: links to it and to the exercise would both go to the first of the two"),
                    );
                }
            }
        }
    }
}

/// Anchors into other pages, now that every page's headings are known.
fn anchors_into_other_pages(course: &Course, compiled: &Compiled, out: &mut Vec<Diagnostic>) {
    let ids_of: HashMap<&str, HashSet<&str>> =
        compiled.documents(course).map(|(d, c)| (d.output.as_str(), c.headings.iter().map(|h| h.id.as_str()).collect())).collect();
    for (doc, c) in compiled.documents(course) {
        for check in &c.anchors {
            let ids = ids_of.get(check.target.as_str());
            if ids.is_some_and(|ids| ids.contains(check.fragment.as_str())) {
                continue;
            }
            let mut hint = format!("{} has no heading with id `{}`", check.target, check.fragment);
            if let Some(ids) = ids {
                let owned: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
                if let Some(c) = closest(&check.fragment, owned.iter()) {
                    hint = format!("did you mean `#{c}`? {hint}");
                }
            }
            out.push(
                Diagnostic::error(format!("link to a missing anchor `#{}`", check.fragment))
                    .in_file(&doc.source)
                    .at(check.span.clone())
                    .hint(hint),
            );
        }
    }
}

/// Static files and assets may not overwrite generated pages.
fn assets_over_pages(course: &Course, out: &mut Vec<Diagnostic>) {
    out.extend(output_paths(course));
    let generated: HashSet<String> = generated_paths(course).into_iter().chain(course.lessons().map(|l| l.path())).collect();
    for a in &course.assets {
        if generated.contains(&a.output)
            || a.output.starts_with("assets/") && course.theme.static_files.iter().any(|(n, _)| format!("assets/{n}") == a.output)
        {
            out.push(
                Diagnostic::error(format!("{} would overwrite a page the build writes ({})", a.source.display(), a.output))
                    .in_path(a.source.display().to_string())
                    .hint("rename or move the file"),
            );
        }
    }
}

/// The longest file name most file systems allow (bytes of one path part).
const NAME_MAX: usize = 255;

/// Files that would land on the same output path (`static/m/a.png` and `content/m/a.png`), and
/// output names too long for the file system: each is an error now rather than a silent winner
/// or a failed write at build time.
fn output_paths(course: &Course) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut first: HashMap<&str, &std::path::Path> = HashMap::new();
    for a in &course.assets {
        if let Some(other) = first.insert(&a.output, &a.source) {
            out.push(
                Diagnostic::error(format!("{} and {} would both be written to {}", other.display(), a.source.display(), a.output))
                    .in_path(a.source.display().to_string())
                    .hint("rename or move one of them: only one file can have that place in the site"),
            );
        }
    }
    let too_long = |path: &str| path.split('/').any(|part| part.len() > NAME_MAX);
    for a in course.assets.iter().filter(|a| too_long(&a.output)) {
        out.push(long_name(a.output.clone()).in_path(a.source.display().to_string()));
    }
    for m in &course.modules {
        let longest = format!("facilitator/{}.html", m.slug);
        if too_long(&longest) {
            out.push(long_name(longest).in_file(&m.intro.source).at(0..0));
        }
        for l in m.lessons.iter().filter(|l| too_long(&l.path())) {
            out.push(long_name(l.path()).in_file(&l.body.source).at(0..0));
        }
    }
    for p in course.pages.iter().filter(|p| too_long(&format!("{}.html", p.slug))) {
        out.push(long_name(format!("{}.html", p.slug)).in_file(&p.body.source).at(0..0));
    }
    out
}

fn long_name(output: String) -> Diagnostic {
    Diagnostic::error(format!("the output file name of this file is too long for the file system: {output}"))
        .hint(format!("shorten the file (or folder) name: a name in the site may have at most {NAME_MAX} bytes"))
}

#[cfg(test)]
mod tests {
    use super::strsim;

    #[test]
    fn edit_distance() {
        assert_eq!(strsim("trust-quiz", "trust-quiz"), 0);
        assert_eq!(strsim("trust-qiz", "trust-quiz"), 1);
    }
}
