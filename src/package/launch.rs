//! The launch page: the one page the LMS opens. It holds the LMS session while the course's
//! pages run inside it (themes/default/static/sonder-scorm.js), so the learner may click
//! anywhere without ending the session. What the script needs to know about the course (its
//! lessons, the quiz answer keys, exercise titles) is written into the page as JSON.

use std::collections::BTreeMap;

use serde_json::json;

use super::ScormVersion;
use crate::diagnostics::Diagnostic;
use crate::model::{Course, ExerciseBody};
use crate::render::error_chain;

/// The template of the launch page (a theme may override it like any other template).
pub const TEMPLATE: &str = "scorm-launch.html";

/// The page the course opens on when the LMS has no saved location.
pub const START_PAGE: &str = "index.html";

/// The configuration sonder-scorm.js reads from the launch page.
pub fn config_json(course: &Course, compiled: &crate::site::Compiled, version: ScormVersion) -> String {
    let lessons: Vec<String> = course.lessons().map(|l| l.key()).collect();
    // Only quizzes a learner can reach count towards the score: those placed in a lesson.
    let every_lesson = course.modules.iter().enumerate().flat_map(|(mi, m)| (0..m.lessons.len()).map(move |li| (mi, li)));
    let mut placed: Vec<&str> = every_lesson.flat_map(|(mi, li)| compiled.exercise_ids(course, mi, li)).collect();
    placed.sort_unstable();
    placed.dedup();
    let mut quiz = Vec::new();
    let mut titles = BTreeMap::new();
    for id in placed {
        let Some(ex) = course.exercise(id) else { continue };
        titles.insert(ex.id.clone(), ex.title.clone());
        if let ExerciseBody::Quiz { questions } = &ex.body {
            for q in questions {
                let mut key: Vec<String> = q.answers.iter().map(|a| a.to_string()).collect();
                key.sort();
                quiz.push(json!([ex.id, q.id, key.join(",")]));
            }
        }
    }
    let config = json!({
        "scorm": version.label(),
        "course": course.config.id,
        "start": START_PAGE,
        "lessons": lessons,
        "quiz": quiz,
        "titles": titles,
        "mastery": course.config.lms.mastery_score,
    });
    // Inside <script>: no `<` may open a `</script>` or a comment; `\u003c` reads the same.
    config.to_string().replace('<', "\\u003c")
}

/// Renders the launch page from the theme's template.
pub fn render(course: &Course, compiled: &crate::site::Compiled, version: ScormVersion) -> Result<String, Diagnostic> {
    let Some(crate::model::TemplateFile { shown, source, .. }) = course.theme.template(TEMPLATE) else {
        return Err(
            Diagnostic::error(format!("the theme has no template `{TEMPLATE}`")).hint(format!("add templates/{TEMPLATE} to the theme"))
        );
    };
    // The page's words from the course's catalogue, like every other page: `t()` in the template
    // and the script's messages (`widget_messages(page="scorm-launch")`).
    let catalog = std::sync::Arc::new(crate::i18n::Catalog::new(course));
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![".html"]);
    tera.set_escape_fn(crate::text::esc);
    tera.register_function("t", crate::i18n::TFunction::new(catalog.clone()));
    tera.register_function("widget_messages", crate::i18n::browser::MessagesFunction::new(catalog.clone()));
    let fail = |e: tera::Error| {
        Diagnostic::error(format!("cannot render the launch page from {shown}: {}", error_chain(&e))).in_path(shown.clone())
    };
    tera.add_raw_template(TEMPLATE, source).map_err(fail)?;
    let mut ctx = tera::Context::new();
    ctx.insert(
        "course",
        &json!({ "id": course.config.id, "title": course.config.title, "language": course.config.language, "dir": catalog.dir() }),
    );
    ctx.insert("title", course.config.lms.package_title.as_deref().unwrap_or(&course.config.title));
    ctx.insert("scorm_version", version.label());
    ctx.insert("start", START_PAGE);
    ctx.insert("config", &config_json(course, compiled, version));
    tera.render(TEMPLATE, &ctx).map_err(fail)
}
