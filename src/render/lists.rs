//! The lists of lessons sonder writes as HTML for the default theme, where its templates had Tera
//! loops over lessons (issue 15): a lesson page's module navigation (`module_nav`), a module page's
//! lesson cards (`lesson_cards`), the home page's list of each module's lessons (`lesson_list`), a
//! handout's lesson sections (`handout_sections`) and a facilitator guide's lessons at a glance
//! (`guide_lessons`). They are here for speed: looping in a template looks up every value of every
//! item by name, and on a big course these loops were much of the build (the module navigation
//! alone a tenth of a 10,000-lesson one). Each list is byte for byte what its loop made, as
//! written or as minified ahead, which the tests here check against the old loops. The templates
//! print them as context values, documented in docs/theming.md with the loops a theme may still
//! write itself (the values the loops read, `module.lessons` and the like, stay in the context).

use std::fmt::Write as _;
use std::sync::OnceLock;

use super::pages::{module_summary, HandoutLesson, LessonLink};
use crate::i18n::{Arg, Catalog};
use crate::model::Course;
use crate::text::{esc, Esc};

/// How many lessons a lesson page's module navigation lists around the current one. Listing all
/// of them made each page grow with its module, and a module's pages with its square (20,000
/// lessons in one module did not build in minutes); the first, the last and the module page are
/// linked too, so every lesson is two clicks away.
pub const NAV_WINDOW: usize = 15;

/// What the pages of one render share, made once: the module navigation of lesson pages. Every
/// lesson page of a module links the same lessons with the same links (they share a folder), so
/// the links are made, turned into tera values and written as HTML once per module instead of
/// once per page (a tenth of a 10,000-lesson build each); a page copies only its window of them.
pub struct SharedParts {
    lesson_navs: Vec<OnceLock<ModuleNav>>,
}

/// A module's navigation: the module without its lessons and each lesson's link as tera values
/// (`module` of lesson.html), and the same links as HTML (`module_nav`).
pub(super) struct ModuleNav {
    head: tera::Value,
    links: Vec<tera::Value>,
    items: Vec<NavItem>,
    /// `<a href="index.html">All 60 lessons</a>`: the module page, beside a window's first or last.
    more: String,
}

/// A lesson's link in the module navigation as HTML, in two parts: ` aria-current="page"` goes
/// between them on the lesson's own page.
struct NavItem {
    number: usize,
    /// `<a href="..." data-sonder-lesson-link="..."`
    open: String,
    /// `[ hreflang=".." lang=".."]>TITLE</a>`
    close: String,
}

impl NavItem {
    fn new(link: &LessonLink) -> NavItem {
        // Written as the default theme's loop did: every value escaped, `lang` only when set.
        let lang = link.lang.as_deref().filter(|l| !l.is_empty()).map(|l| format!(" hreflang=\"{0}\" lang=\"{0}\"", esc(l)));
        NavItem {
            number: link.number,
            open: format!("<a href=\"{}\" data-sonder-lesson-link=\"{}\"", esc(&link.href), esc(&link.key)),
            close: format!("{}>{}</a>", lang.unwrap_or_default(), esc(&link.title)),
        }
    }
}

/// The lessons a lesson page's module navigation lists: `NAV_WINDOW` of them around the current
/// one, fewer only in a smaller module.
#[derive(Debug, Clone, Copy)]
struct NavWindow {
    start: usize,
    end: usize,
    count: usize,
}

impl NavWindow {
    fn around(li: usize, count: usize) -> NavWindow {
        let end = (li.saturating_sub(NAV_WINDOW / 2) + NAV_WINDOW).min(count);
        NavWindow { start: end.saturating_sub(NAV_WINDOW), end, count }
    }

    /// The module's first lesson is listed apart, before the window.
    fn first_apart(&self) -> bool {
        self.start > 0
    }

    /// The module's last lesson is listed apart, after the window.
    fn last_apart(&self) -> bool {
        self.end < self.count
    }
}

impl ModuleNav {
    fn new(head: tera::Value, lessons: &[LessonLink], more: String) -> ModuleNav {
        let links = lessons.iter().map(|l| tera::to_value(l).unwrap_or_default()).collect();
        ModuleNav { head, links, items: lessons.iter().map(NavItem::new).collect(), more }
    }

    /// The `module` value of lesson `li`'s page: `lessons` holds its window (it marked `current`);
    /// `first` and `last` are set when outside that window.
    pub(super) fn value(&self, li: usize) -> tera::Value {
        let w = NavWindow::around(li, self.links.len());
        let mut lessons = self.links[w.start..w.end].to_vec();
        if let Some(link) = lessons.get_mut(li - w.start) {
            link["current"] = tera::Value::Bool(true);
        }
        let mut module = self.head.clone();
        module["lessons"] = tera::Value::Array(lessons);
        module["lesson_count"] = w.count.into();
        if w.first_apart() {
            module["first"] = self.links[0].clone();
        }
        if w.last_apart() {
            module["last"] = self.links[w.count - 1].clone();
        }
        module
    }

    /// The list items of lesson `li`'s module navigation (`module_nav`), byte for byte what the
    /// default theme's loop over `module.lessons` made of `value(li)`: as written (`compact`
    /// false; one item a line), or as that loop minified ahead makes them (unquoted plain
    /// attributes; `</li>` left out where the minifier left it out, before another item).
    pub(super) fn html(&self, li: usize, compact: bool) -> String {
        let w = NavWindow::around(li, self.items.len());
        let (nl, more) = if compact {
            ("", format!("<li class=module-nav-more>{}", self.more))
        } else {
            ("\n", format!("<li class=\"module-nav-more\">{}</li>\n", self.more))
        };
        let numbered = w.first_apart() || w.last_apart();
        let mut out = String::with_capacity((w.end - w.start + 3) * (self.items.first().map_or(0, |i| i.open.len() + i.close.len()) + 40));
        if w.first_apart() {
            let first = &self.items[0];
            out.push_str(if compact { "<li value=1>" } else { "<li value=\"1\">" });
            out.push_str(&first.open);
            out.push_str(&first.close);
            out.push_str(if compact { "" } else { "</li>\n" });
            out.push_str(&more);
            out.push_str(if compact { "</li>" } else { "" });
        }
        for (i, item) in self.items[w.start..w.end].iter().enumerate() {
            out.push_str("<li");
            if numbered {
                out.push_str(&format!(" value=\"{}\"", item.number));
            }
            out.push('>');
            out.push_str(&item.open);
            if w.start + i == li {
                out.push_str(" aria-current=\"page\"");
            }
            out.push_str(&item.close);
            out.push_str("</li>");
            out.push_str(nl);
        }
        if w.last_apart() {
            let last = &self.items[w.count - 1];
            out.push_str(&more);
            out.push_str(&format!("<li value=\"{}\">", last.number));
            out.push_str(&last.open);
            out.push_str(&last.close);
            out.push_str("</li>");
            out.push_str(nl);
        }
        out
    }
}

impl SharedParts {
    pub fn new(course: &Course) -> SharedParts {
        SharedParts { lesson_navs: course.modules.iter().map(|_| OnceLock::new()).collect() }
    }

    pub(super) fn module_nav(&self, course: &Course, cat: &Catalog, mi: usize) -> &ModuleNav {
        self.lesson_navs[mi].get_or_init(|| {
            let from = format!("{}/index.html", course.modules[mi].slug);
            let mut summary = module_summary(course, mi, &from, None);
            let lessons = std::mem::take(&mut summary.lessons);
            let all = cat.t_with("all-lessons", &[("count", Arg::Num(lessons.len() as f64))]);
            let more = format!("<a href=\"{}\">{}</a>", esc(&summary.href), esc(&all));
            let mut head = tera::to_value(summary).unwrap_or_default();
            if let Some(o) = head.as_object_mut() {
                o.remove("lessons");
            }
            ModuleNav::new(head, &lessons, more)
        })
    }
}

/// The `<li>` items of a module page's lesson list (`lesson_cards`), byte for byte what the
/// default theme's loop over `module.lessons` made of them: as written (`compact` false), or as
/// that loop minified ahead makes them (a space before each item, unquoted plain attributes).
/// One list a module page, but a module page's only loop: on a course of short modules these
/// lists were most of the module pages' template work.
pub(super) fn lesson_cards(lessons: &[LessonLink], cat: &Catalog, compact: bool) -> String {
    let q = if compact { "" } else { "\"" };
    let mut out = String::with_capacity(lessons.len() * 320);
    for l in lessons {
        // As the loop did: every value escaped, `lang` and the rest only when set and not empty.
        let lang = l.lang.as_deref().filter(|s| !s.is_empty()).map(Esc);
        out.push_str(if compact { " <li>" } else { "\n<li>" });
        let _ = write!(out, "<a href=\"{}\" data-sonder-lesson-link=\"{}\"", Esc(&l.href), Esc(&l.key));
        if let Some(lang) = &lang {
            let _ = write!(out, " hreflang=\"{lang}\"");
        }
        let _ = write!(out, "><span class={q}lesson-number{q}>{}</span> <span class=\"lesson-title\"", l.number);
        if let Some(lang) = &lang {
            let _ = write!(out, " lang=\"{lang}\"");
        }
        let _ = write!(out, ">{}</span></a>", Esc(&l.title));
        push_duration(&mut out, l, cat, q);
        if let Some(description) = l.description.as_deref().filter(|d| !d.is_empty()) {
            out.push_str("<p");
            if let Some(lang) = &lang {
                let _ = write!(out, " lang=\"{lang}\"");
            }
            let _ = write!(out, ">{}</p>", Esc(description));
        }
        out.push_str(if compact { "</li>" } else { "</li>\n" });
    }
    out
}

/// The home page's list of a module's lessons (`lesson_list` of each of `modules`), byte for
/// byte what the default theme's loop over `m.lessons` made of them: as written (`compact`
/// false; one item a line) or as that loop minified ahead makes them.
pub(super) fn lesson_list(lessons: &[LessonLink], cat: &Catalog, compact: bool) -> String {
    let q = if compact { "" } else { "\"" };
    let mut out = String::with_capacity(lessons.len() * 200);
    for l in lessons {
        let _ = write!(out, "<li><a href=\"{}\" data-sonder-lesson-link=\"{}\"", Esc(&l.href), Esc(&l.key));
        if let Some(lang) = l.lang.as_deref().filter(|s| !s.is_empty()) {
            let _ = write!(out, " hreflang=\"{0}\" lang=\"{0}\"", Esc(lang));
        }
        let _ = write!(out, ">{}</a>", Esc(&l.title));
        push_duration(&mut out, l, cat, q);
        out.push_str(if compact { "</li>" } else { "</li>\n" });
    }
    out
}

/// ` <span class="duration">25 min</span>` after a lesson's link, when it has a duration (`q`:
/// the quote around `duration`, none when compact).
fn push_duration(out: &mut String, l: &LessonLink, cat: &Catalog, q: &str) {
    if let Some(minutes) = l.duration.filter(|d| *d != 0) {
        let _ = write!(out, " <span class={q}duration{q}>{}</span>", Esc(&duration_minutes(cat, minutes)));
    }
}

/// A handout's `<section>` of each lesson (`handout_sections`), byte for byte what the default
/// theme's loop over `handout_lessons` made of them: as written (`compact` false) or as that loop
/// minified ahead makes them (a space before each section, `</p>` of the eyebrow left out).
pub(super) fn handout_sections(lessons: &[HandoutLesson], cat: &Catalog, compact: bool) -> String {
    let (q, nl) = if compact { ("", "") } else { ("\"", "\n") };
    let size: usize = lessons.iter().map(|l| l.exercises.iter().map(String::len).sum::<usize>() + 700).sum();
    let mut out = String::with_capacity(size);
    for l in lessons {
        let brief = if l.exercises.is_empty() { " handout-lesson-brief" } else { "" };
        let n = l.number;
        out.push_str(if compact { " " } else { "\n" });
        let _ = write!(out, "<section class=\"handout-lesson{brief}\" id=\"lesson-{n}\" aria-labelledby=\"lesson-{n}-title\">{nl}");
        let _ = write!(out, "<div class={q}handout-lesson-intro{q}>{nl}<header class={q}handout-lesson-header{q}>{nl}");
        let _ = write!(out, "<p class={q}eyebrow{q}>{}", Esc(&cat.t_with("lesson-number", &[("number", Arg::Num(n as f64))])));
        if let Some(minutes) = l.duration.filter(|d| *d != 0) {
            let _ = write!(out, " · {}", Esc(&duration_minutes(cat, minutes)));
        }
        out.push_str(if compact { "" } else { "</p>\n" });
        let _ = write!(out, "<h2 id=\"lesson-{n}-title\">{}</h2>", Esc(&l.title));
        if let Some(description) = l.description.as_deref().filter(|d| !d.is_empty()) {
            let _ = write!(out, "{nl}<p class={q}handout-description{q}>{}</p>", Esc(description));
        } else {
            out.push_str(nl);
        }
        let _ = write!(out, "{nl}</header>{nl}");
        push_takeaway(&mut out, l, cat, q);
        out.push_str(if compact { " " } else { "\n" });
        if !l.key_points.is_empty() {
            let _ = write!(out, "<h3 class={q}key-points-title{q}>{}</h3>", Esc(&cat.t_with("key-points", &[])));
            push_key_points(&mut out, l, q);
        }
        let _ = write!(out, "{nl}</div>{nl}");
        l.exercises.iter().for_each(|ex| out.push_str(ex));
        let _ = write!(out, "{nl}</section>{nl}");
    }
    out
}

/// The "lessons at a glance" of a facilitator guide (`guide_lessons`), byte for byte what the
/// default theme's loop over `handout_lessons` made of them, as written or minified ahead.
pub(super) fn guide_lessons(lessons: &[HandoutLesson], cat: &Catalog, compact: bool) -> String {
    let (q, nl) = if compact { ("", "") } else { ("\"", "\n") };
    let mut out = String::with_capacity(lessons.len() * 600);
    for l in lessons {
        out.push_str(if compact { " " } else { "\n" });
        let _ = write!(out, "<section class={q}guide-lesson{q}>{nl}<h3><span class={q}lesson-number{q}>");
        let _ = write!(out, "{}", Esc(&cat.t_with("lesson-number", &[("number", Arg::Num(l.number as f64))])));
        let _ = write!(out, "</span> <a href=\"{}\">{}</a>", Esc(&l.href), Esc(&l.title));
        if let Some(minutes) = l.duration.filter(|d| *d != 0) {
            let _ = write!(out, " <span class={q}duration{q}>· {}</span>", Esc(&duration_minutes(cat, minutes)));
        }
        let _ = write!(out, "</h3>{nl}");
        push_takeaway(&mut out, l, cat, q);
        out.push_str(if compact { " " } else { "\n" });
        push_key_points(&mut out, l, q);
        out.push_str(if compact { " " } else { "\n" });
        if !l.exercise_titles.is_empty() {
            let _ = write!(out, "<p class={q}guide-exercises{q}><strong>{}</strong> ", Esc(&cat.t_with("on-the-handout", &[])));
            for (i, title) in l.exercise_titles.iter().enumerate() {
                let _ = write!(out, "{}{}", if i == 0 { "" } else { "; " }, Esc(title));
            }
            out.push_str("</p>");
        }
        let _ = write!(out, "{nl}</section>{nl}");
    }
    out
}

/// `<p class="takeaway-line"><strong>Takeaway:</strong> ...</p>`, when the lesson has one.
fn push_takeaway(out: &mut String, l: &HandoutLesson, cat: &Catalog, q: &str) {
    if let Some(takeaway) = l.takeaway.as_deref().filter(|t| !t.is_empty()) {
        let label = Esc(&cat.t_with("takeaway", &[]));
        let _ = write!(out, "<p class={q}takeaway-line{q}><strong>{label}</strong> {}</p>", Esc(takeaway));
    }
}

/// `<ul class="key-points">`, when the lesson has key points.
fn push_key_points(out: &mut String, l: &HandoutLesson, q: &str) {
    if !l.key_points.is_empty() {
        let _ = write!(out, "<ul class={q}key-points{q}>");
        for k in &l.key_points {
            let _ = write!(out, "<li>{}</li>", Esc(k));
        }
        out.push_str("</ul>");
    }
}

/// A lesson's duration as the lists print it: "25 min" in the course's language.
fn duration_minutes(cat: &Catalog, minutes: u32) -> String {
    cat.t_with("duration-minutes", &[("minutes", Arg::Num(f64::from(minutes)))])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The default theme's module navigation as a loop over `module.lessons`, as lesson.html
    /// had it before sonder wrote `module_nav` itself (and as a theme may still write it).
    const NAV_LOOP: &str = r#"<ol>
{% if module.first %}<li value="1"><a href="{{ module.first.href }}" data-sonder-lesson-link="{{ module.first.key }}"{% if module.first.lang %} hreflang="{{ module.first.lang }}" lang="{{ module.first.lang }}"{% endif %}>{{ module.first.title }}</a></li>
<li class="module-nav-more"><a href="{{ module.href }}">{{ t(key="all-lessons", count=module.lesson_count) }}</a></li>
{% endif %}{% for l in module.lessons %}<li{% if module.first or module.last %} value="{{ l.number }}"{% endif %}><a href="{{ l.href }}" data-sonder-lesson-link="{{ l.key }}"{% if l.current %} aria-current="page"{% endif %}{% if l.lang %} hreflang="{{ l.lang }}" lang="{{ l.lang }}"{% endif %}>{{ l.title }}</a></li>
{% endfor %}{% if module.last %}<li class="module-nav-more"><a href="{{ module.href }}">{{ t(key="all-lessons", count=module.lesson_count) }}</a></li>
<li value="{{ module.last.number }}"><a href="{{ module.last.href }}" data-sonder-lesson-link="{{ module.last.key }}"{% if module.last.lang %} hreflang="{{ module.last.lang }}" lang="{{ module.last.lang }}"{% endif %}>{{ module.last.title }}</a></li>
{% endif %}</ol>"#;

    fn test_nav(count: usize) -> ModuleNav {
        let lessons: Vec<LessonLink> = (0..count)
            .map(|i| LessonLink {
                title: format!("Lesson {i} <b> & \"Ko'n\""),
                href: format!("l{i}.html?a=1&b=2"),
                key: format!("m<1>/l{i}"),
                duration: None,
                description: None,
                current: false,
                number: i + 1,
                // Every third lesson is untranslated: its link carries the default language.
                lang: (i % 3 == 0).then(|| "en&x".to_string()),
            })
            .collect();
        let head = serde_json::json!({ "href": "index.html?x=<y>", "title": "M" });
        let all = format!("All {count} <lessons> & \"more\"");
        ModuleNav::new(head, &lessons, format!("<a href=\"{}\">{}</a>", esc("index.html?x=<y>"), esc(&all)))
    }

    fn nav_loop_tera(minified: bool) -> tera::Tera {
        let src = if minified { super::super::minify::minify_template(NAV_LOOP).expect("minifiable") } else { NAV_LOOP.to_string() };
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html"]);
        tera.set_escape_fn(esc);
        tera.register_function("t", |args: &std::collections::HashMap<String, tera::Value>| {
            Ok(tera::Value::String(format!("All {} <lessons> & \"more\"", args["count"])))
        });
        tera.add_raw_template("nav.html", &src).unwrap();
        tera
    }

    /// module.html's lesson list as the loop over `module.lessons` it was before sonder wrote
    /// `lesson_cards` itself (as a theme may still write it), and as module.html has it now.
    const CARDS_LOOP: &str = r#"<ol class="lesson-cards">
{% for l in module.lessons %}
<li><a href="{{ l.href }}" data-sonder-lesson-link="{{ l.key }}"{% if l.lang %} hreflang="{{ l.lang }}"{% endif %}><span class="lesson-number">{{ l.number }}</span> <span class="lesson-title"{% if l.lang %} lang="{{ l.lang }}"{% endif %}>{{ l.title }}</span></a>{% if l.duration %} <span class="duration">{{ t(key="duration-minutes", minutes=l.duration) }}</span>{% endif %}{% if l.description %}<p{% if l.lang %} lang="{{ l.lang }}"{% endif %}>{{ l.description }}</p>{% endif %}</li>
{% endfor %}
</ol>"#;
    const CARDS_NOW: &str = "<ol class=\"lesson-cards\">\n{{ lesson_cards | safe }}\n</ol>";

    /// Lessons with every kind of value the lists print: text to escape, languages, durations
    /// and descriptions set, empty or missing.
    fn test_links(count: usize) -> Vec<LessonLink> {
        (0..count)
            .map(|i| LessonLink {
                title: format!("Lesson {i} <b> & \"Ko'n\""),
                href: format!("l{i}.html?a=1&b=2"),
                key: format!("m<1>/l{i}"),
                duration: [None, Some(0), Some(1), Some(25)][i % 4],
                description: [None, Some(String::new()), Some(format!("Why <{i}> & 'how'"))][i % 3].clone(),
                current: false,
                number: i + 1,
                lang: [None, Some("en&x".to_string()), Some(String::new()), Some("de".to_string())][i % 4 / 2 + i % 2].clone(),
            })
            .collect()
    }

    /// A tera that renders as sonder's templates do (its escaping, `t()` from `cat`), holding
    /// `templates` as written or, with `minified`, as `minify_template` makes them.
    fn theme_tera(cat: &std::sync::Arc<Catalog>, minified: bool, templates: &[(String, String)]) -> tera::Tera {
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html"]);
        tera.set_escape_fn(esc);
        tera.register_function("t", crate::i18n::TFunction::new(cat.clone()));
        for (name, src) in templates {
            let src = if minified { super::super::minify::minify_template(src).expect("minifiable") } else { src.clone() };
            tera.add_raw_template(name, &src).unwrap();
        }
        tera
    }

    #[test]
    fn lesson_cards_are_what_the_theme_loop_made_of_module_lessons() {
        let theme = crate::load::theme::builtin_default();
        assert!(
            theme.template("module.html").is_some_and(|t| t.source.contains(CARDS_NOW)),
            "module.html prints lesson_cards as this test renders it"
        );
        for language in ["en", "de"] {
            let cat = std::sync::Arc::new(Catalog::for_language(language, &theme.catalogues));
            for minified in [false, true] {
                let templates = [("loop.html", CARDS_LOOP), ("now.html", CARDS_NOW)].map(|(n, s)| (n.to_string(), s.to_string()));
                let tera = theme_tera(&cat, minified, &templates);
                for count in [0, 1, 2, 13, 40] {
                    let lessons = test_links(count);
                    let mut ctx = tera::Context::new();
                    ctx.insert("module", &serde_json::json!({ "lessons": lessons }));
                    ctx.insert("lesson_cards", &lesson_cards(&lessons, &cat, minified));
                    let looped = tera.render("loop.html", &ctx).unwrap();
                    assert_eq!(tera.render("now.html", &ctx).unwrap(), looped, "{count} lessons, {language}, minified: {minified}");
                    assert_eq!(looped.matches("<li>").count(), count);
                }
            }
        }
    }

    /// home.html's lists of a module's lessons as its loop over `m.lessons` was, and as it is now.
    const LIST_LOOP: &str = r#"{% for m in modules %}<ol class="lesson-list">
{% for l in m.lessons %}<li><a href="{{ l.href }}" data-sonder-lesson-link="{{ l.key }}"{% if l.lang %} hreflang="{{ l.lang }}" lang="{{ l.lang }}"{% endif %}>{{ l.title }}</a>{% if l.duration %} <span class="duration">{{ t(key="duration-minutes", minutes=l.duration) }}</span>{% endif %}</li>
{% endfor %}
</ol>{% endfor %}"#;
    const LIST_NOW: &str = "<ol class=\"lesson-list\">\n{{ m.lesson_list | safe }}\n</ol>";

    #[test]
    fn lesson_lists_are_what_the_home_loop_made_of_module_lessons() {
        let theme = crate::load::theme::builtin_default();
        assert!(
            theme.template("home.html").is_some_and(|t| t.source.contains(LIST_NOW)),
            "home.html prints lesson_list as this test renders it"
        );
        for language in ["en", "de"] {
            let cat = std::sync::Arc::new(Catalog::for_language(language, &theme.catalogues));
            for minified in [false, true] {
                let now = format!("{{% for m in modules %}}{LIST_NOW}{{% endfor %}}");
                let tera = theme_tera(&cat, minified, &[("loop.html".into(), LIST_LOOP.into()), ("now.html".into(), now)]);
                for count in [0, 1, 2, 13, 40] {
                    let lessons = test_links(count);
                    let module = serde_json::json!({ "lessons": lessons, "lesson_list": lesson_list(&lessons, &cat, minified) });
                    let mut ctx = tera::Context::new();
                    ctx.insert("modules", &[&module, &module]);
                    let looped = tera.render("loop.html", &ctx).unwrap();
                    assert_eq!(tera.render("now.html", &ctx).unwrap(), looped, "{count} lessons, {language}, minified: {minified}");
                    assert_eq!(looped.matches("<li>").count(), 2 * count);
                }
            }
        }
    }

    /// handout.html's and facilitator.html's loops over `handout_lessons` as they were before sonder
    /// wrote `handout_sections` and `guide_lessons` itself, each between what stands around it.
    const HANDOUT_LOOP: &str = r#"{% for l in handout_lessons %}
<section class="handout-lesson{% if not l.exercises %} handout-lesson-brief{% endif %}" id="lesson-{{ l.number }}" aria-labelledby="lesson-{{ l.number }}-title">
<div class="handout-lesson-intro">
<header class="handout-lesson-header">
<p class="eyebrow">{{ t(key="lesson-number", number=l.number) }}{% if l.duration %} · {{ t(key="duration-minutes", minutes=l.duration) }}{% endif %}</p>
<h2 id="lesson-{{ l.number }}-title">{{ l.title }}</h2>
{% if l.description %}<p class="handout-description">{{ l.description }}</p>{% endif %}
</header>
{% if l.takeaway %}<p class="takeaway-line"><strong>{{ t(key="takeaway") }}</strong> {{ l.takeaway }}</p>{% endif %}
{% if l.key_points %}<h3 class="key-points-title">{{ t(key="key-points") }}</h3><ul class="key-points">{% for k in l.key_points %}<li>{{ k }}</li>{% endfor %}</ul>{% endif %}
</div>
{% for ex in l.exercises %}{{ ex | safe }}{% endfor %}
</section>
{% endfor %}
"#;
    const GUIDE_LOOP: &str = r#"{% for l in handout_lessons %}
<section class="guide-lesson">
<h3><span class="lesson-number">{{ t(key="lesson-number", number=l.number) }}</span> <a href="{{ l.href }}">{{ l.title }}</a>{% if l.duration %} <span class="duration">· {{ t(key="duration-minutes", minutes=l.duration) }}</span>{% endif %}</h3>
{% if l.takeaway %}<p class="takeaway-line"><strong>{{ t(key="takeaway") }}</strong> {{ l.takeaway }}</p>{% endif %}
{% if l.key_points %}<ul class="key-points">{% for k in l.key_points %}<li>{{ k }}</li>{% endfor %}</ul>{% endif %}
{% if l.exercise_titles %}<p class="guide-exercises"><strong>{{ t(key="on-the-handout") }}</strong> {% for t in l.exercise_titles %}{{ t }}{% if not loop.last %}; {% endif %}{% endfor %}</p>{% endif %}
</section>
{% endfor %}
"#;
    const HANDOUT_AROUND: [&str; 2] = [
        "<article><header><h1>M</h1>\n</header>\n",
        "{% if answer_key %}\n<section class=\"answer-key\"><h2>K</h2></section>\n{% endif %}\n</article>",
    ];
    const GUIDE_AROUND: [&str; 2] = [
        "<section class=\"guide-section guide-lessons\">\n<h2 id=\"lessons-title\">L</h2>\n",
        "</section>\n{% if answer_key %}\n<section class=\"answer-key\"><h2>K</h2></section>\n{% endif %}",
    ];

    fn test_handout_lessons(count: usize) -> Vec<HandoutLesson> {
        let texts = |i: usize, what: &str| [None, Some(String::new()), Some(format!("{what} {i} <b> & \"q\" 'a'"))][i % 3].clone();
        (0..count)
            .map(|i| HandoutLesson {
                number: i + 1,
                title: format!("Lesson {i} <b> & \"Ko'n\""),
                href: format!("../m/l{i}.html?a=1&b=2"),
                description: texts(i, "Why"),
                duration: [None, Some(0), Some(1), Some(25)][i % 4],
                takeaway: texts(i + 1, "Take"),
                key_points: (0..i % 3).map(|k| format!("Point {k} <&>")).collect(),
                exercise_titles: (0..(i + 1) % 3).map(|k| format!("Reflection: <{k}> & 'x'")).collect(),
                exercises: (0..i % 2 * 2).map(|k| format!("<div class=\"exercise\">Form {k}</div>")).collect(),
            })
            .collect()
    }

    #[test]
    fn handout_sections_and_guide_lessons_are_what_the_theme_loops_made() {
        let theme = crate::load::theme::builtin_default();
        for (file, var) in [("handout.html", "handout_sections"), ("facilitator.html", "guide_lessons")] {
            let printed = format!("\n{{{{ {var} | safe }}}}\n");
            assert!(theme.template(file).is_some_and(|t| t.source.contains(&printed)), "{file} prints {var} on a line of its own");
        }
        for language in ["en", "de"] {
            let cat = std::sync::Arc::new(Catalog::for_language(language, &theme.catalogues));
            for minified in [false, true] {
                let mut templates = Vec::new();
                for (name, around, looped, var) in
                    [("handout", HANDOUT_AROUND, HANDOUT_LOOP, "handout_sections"), ("guide", GUIDE_AROUND, GUIDE_LOOP, "guide_lessons")]
                {
                    let [before, after] = around;
                    let now = format!("{{{{ {var} | safe }}}}\n");
                    for (suffix, middle) in [("loop", looped), ("now", now.as_str())] {
                        templates.push((format!("{name}-{suffix}.html"), format!("{before}{middle}{after}")));
                    }
                }
                let tera = theme_tera(&cat, minified, &templates);
                for count in [0, 1, 2, 7, 13] {
                    let lessons = test_handout_lessons(count);
                    for answer_key in [false, true] {
                        let mut ctx = tera::Context::new();
                        ctx.insert("handout_lessons", &lessons);
                        ctx.insert("answer_key", &answer_key);
                        ctx.insert("handout_sections", &handout_sections(&lessons, &cat, minified));
                        ctx.insert("guide_lessons", &guide_lessons(&lessons, &cat, minified));
                        for name in ["handout", "guide"] {
                            let looped = tera.render(&format!("{name}-loop.html"), &ctx).unwrap();
                            let now = tera.render(&format!("{name}-now.html"), &ctx).unwrap();
                            assert_eq!(now, looped, "{name}: {count} lessons, {language}, minified: {minified}");
                            assert_eq!(
                                looped.matches("<h3").count(),
                                if name == "guide" { count } else { lessons.iter().filter(|l| !l.key_points.is_empty()).count() }
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn module_nav_is_what_the_theme_loop_made_of_module_lessons() {
        for minified in [false, true] {
            let tera = nav_loop_tera(minified);
            // A module smaller than the window, one that just fills it, and windowed ones.
            for count in [1, 2, NAV_WINDOW, NAV_WINDOW + 1, 40] {
                let nav = test_nav(count);
                for li in 0..count {
                    let mut ctx = tera::Context::new();
                    ctx.insert("module", &nav.value(li));
                    let looped = tera.render("nav.html", &ctx).unwrap();
                    let made = format!("<ol>{}{}</ol>", if minified { "" } else { "\n" }, nav.html(li, minified));
                    assert_eq!(made, looped, "{count} lessons, lesson {li}, minified: {minified}");
                }
            }
        }
    }

    #[test]
    fn module_nav_marks_the_current_lesson_and_escapes_text() {
        let nav = test_nav(40);
        let html = nav.html(20, false);
        assert_eq!(html.matches("aria-current=\"page\"").count(), 1);
        assert!(html.contains("<li value=\"21\"><a href=\"l20.html?a=1&amp;b=2\" data-sonder-lesson-link=\"m&lt;1&gt;/l20\" aria-current=\"page\">Lesson 20 &lt;b&gt; &amp; &quot;Ko&#39;n&quot;</a></li>\n"), "{html}");
        assert!(
            html.contains(" hreflang=\"en&amp;x\" lang=\"en&amp;x\">Lesson 0 "),
            "the first lesson (untranslated), listed apart: {html}"
        );
        assert!(html.starts_with("<li value=\"1\">") && html.contains("<li value=\"40\">"), "{html}");
        assert_eq!(html.matches("<a href=\"index.html?x=&lt;y&gt;\">All 40 &lt;lessons&gt; &amp; &quot;more&quot;</a>").count(), 2);
        assert_eq!(html.lines().count(), 15 + 4, "the window, the first and last lessons, two links to the module");
    }
}
