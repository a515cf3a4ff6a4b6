//! Cross-file rules, checked once on the whole model: unknown or reused exercises, broken anchors,
//! empty modules, unused exercises, facilitator timings, output collisions.

use std::collections::{HashMap, HashSet};

use crate::diagnostics::Diagnostic;
use crate::markdown::AnchorCheck;
use crate::model::{Course, Document};

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

pub fn validate(course: &Course, anchors: &[(AnchorCheck, &Document)]) -> Vec<Diagnostic> {
    let mut out = crate::i18n::check(course);

    // Exercises named by lessons: they must exist, and each may appear in one lesson only.
    let mut used_in: HashMap<&str, String> = HashMap::new();
    for lesson in course.lessons() {
        let file = &lesson.body.source;
        let mut here = HashSet::new();
        let uses = lesson
            .body
            .markers
            .iter()
            .map(|(id, span)| (id, span, true))
            .chain(lesson.exercises.iter().map(|(id, span)| (id, span, false)));
        for (id, span, is_marker) in uses {
            if course.exercise(id).is_none() {
                if course.failed_exercises.contains(id.as_str()) {
                    // Its file exists and its own errors say what is wrong with it.
                    continue;
                }
                let mut hint = format!("create exercises/{id}.toml, or fix the id");
                if let Some(c) = closest(id, course.exercise_index.keys()) {
                    hint = format!("did you mean `{c}`? ({hint})");
                }
                let what = if is_marker { "an exercise marker" } else { "this lesson" };
                out.push(
                    Diagnostic::error(format!("{what} names an unknown exercise `{id}`"))
                        .in_file(file)
                        .at(span.clone())
                        .label("no such exercise")
                        .hint(hint),
                );
                continue;
            }
            if !here.insert(id.as_str()) {
                out.push(
                    Diagnostic::error(format!("exercise `{id}` appears twice in this lesson"))
                        .in_file(file)
                        .at(span.clone())
                        .hint("place it once: either in `exercises = [...]` or with a `{{ exercise ID }}` line"),
                );
                continue;
            }
            if let Some(first) = used_in.get(id.as_str()) {
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
    for ex in &course.exercises {
        if !used_in.contains_key(ex.id.as_str()) {
            // A marker line glued to a paragraph is not a marker: it shows as text. Point at it.
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
                Diagnostic::warning(format!("exercise `{}` is not used by any lesson", ex.id)).in_file(&ex.source).at(0..0).hint(format!(
                    "add \"{}\" to a lesson's `exercises = [...]`, or place `{{{{ exercise {} }}}}` in its body",
                    ex.id, ex.id
                )),
            );
        }
    }

    for m in &course.modules {
        if m.lessons.is_empty() {
            out.push(
                Diagnostic::warning(format!("module `{}` has no lessons", m.slug))
                    .in_file(&m.intro.source)
                    .at(0..0)
                    .hint(format!("add a lesson file such as content/{}/01-first.md", m.slug)),
            );
        }
        validate_materials(course, m, &mut out);
        if let Some(f) = &m.facilitator {
            let total: u32 = f.agenda.iter().map(|a| a.minutes).sum();
            if let Some(d) = f.duration {
                if !f.agenda.is_empty() && total != d {
                    out.push(
                        Diagnostic::warning(format!("the facilitator agenda adds up to {total} minutes, but duration is {d}"))
                            .in_file(&m.intro.source)
                            .at(0..3)
                            .hint("make the agenda's minutes add up to `duration`"),
                    );
                }
            }
        }
    }

    duplicate_ids(course, &mut out);

    // Anchors into other pages, now that every page's headings are known.
    let ids_of: HashMap<&str, HashSet<&str>> =
        course.documents().into_iter().map(|d| (d.output.as_str(), d.headings.iter().map(|h| h.id.as_str()).collect())).collect();
    for (check, doc) in anchors {
        let ok = ids_of.get(check.target.as_str()).is_some_and(|ids| ids.contains(check.fragment.as_str()));
        if !ok {
            let mut hint = format!("{} has no heading with id `{}`", check.target, check.fragment);
            if let Some(ids) = ids_of.get(check.target.as_str()) {
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

    out.extend(output_paths(course));
    // Static files and assets may not overwrite generated pages.
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
    out
}

/// A module's `[[materials]]`: the exercises they name exist, and `discussion = true` has
/// discussion questions to use.
fn validate_materials(course: &Course, m: &crate::model::Module, out: &mut Vec<Diagnostic>) {
    let file = &m.intro.source;
    for mat in &m.materials {
        for (id, span) in &mat.exercises {
            if course.exercise(id).is_some() || course.failed_exercises.contains(id.as_str()) {
                continue;
            }
            let mut hint = format!("name an exercise of exercises/ (its file name without .toml), or create exercises/{id}.toml");
            if let Some(c) = closest(id, course.exercise_index.keys()) {
                hint = format!("did you mean `{c}`? ({hint})");
            }
            out.push(
                Diagnostic::error(format!("the material `{}` names an unknown exercise `{id}`", mat.title))
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
fn duplicate_ids(course: &Course, out: &mut Vec<Diagnostic>) {
    for lesson in course.lessons() {
        let placed = lesson.body.markers.iter().chain(lesson.exercises.iter()).map(|(id, _)| id);
        for id in placed.filter(|id| course.exercise(id).is_some()) {
            let base = format!("ex-{id}");
            for h in
                lesson.body.headings.iter().filter(|h| h.id == base || h.id.strip_prefix(base.as_str()).is_some_and(|r| r.starts_with('-')))
            {
                let body = lesson.body.body();
                let at =
                    body.find(h.text.as_str()).map_or(0..0, |i| lesson.body.body_offset + i..lesson.body.body_offset + i + h.text.len());
                out.push(
                    Diagnostic::error(format!("the heading id `{}` is also an id of exercise `{id}` on this page", h.id))
                        .in_file(&lesson.body.source)
                        .at(at)
                        .label("this heading")
                        .hint("reword the heading: links to it and to the exercise would both go to the first of the two"),
                );
            }
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
