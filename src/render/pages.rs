//! The list of pages (`PageId`) and what each page's template is given: one function per page
//! kind fills its context (`home_context`, `module_context`, `lesson_context`, ...). The lists of
//! lessons those contexts hold as HTML (`module_nav`, `lesson_cards`, ...) are written in lists.rs.

use std::borrow::Cow;

use rayon::prelude::*;
use serde::Serialize;

use super::exercises::{exercise_html, journal_exercise_html};
use super::{lists, Renderer};
use crate::diagnostics::Diagnostic;
use crate::i18n::{Arg, Catalog};
use crate::markdown::{self, relative_url, HtmlStyle};
use crate::model::{BodyPart, Course, Document, Lesson};
use crate::site::Compiled;
use crate::text::esc;

pub const REQUIRED_TEMPLATES: [&str; 12] = [
    "base.html",
    "home.html",
    "module.html",
    "lesson.html",
    "page.html",
    "404.html",
    "journal.html",
    "handout.html",
    "facilitator.html",
    "print.html",
    "facilitator-hub.html",
    "material.html",
];

/// Above this many lessons, print.html is a contents page instead of the whole course.
pub const PRINT_WHOLE_COURSE_MAX: usize = 300;

/// Every page of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageId {
    Home,
    NotFound,
    Journal,
    Print,
    Page(usize),
    Module(usize),
    Lesson(usize, usize),
    Handout(usize),
    Facilitator(usize),
    /// `facilitator/index.html`: every module's papers for facilitators.
    FacilitatorHub,
    /// A module's printable material (module, material).
    Material(usize, usize),
}

impl PageId {
    pub fn all(course: &Course) -> Vec<PageId> {
        let mut v = vec![PageId::Home, PageId::NotFound, PageId::Journal, PageId::Print, PageId::FacilitatorHub];
        v.extend((0..course.pages.len()).map(PageId::Page));
        for (mi, m) in course.modules.iter().enumerate() {
            v.push(PageId::Module(mi));
            v.push(PageId::Handout(mi));
            v.push(PageId::Facilitator(mi));
            v.extend((0..m.materials.len()).map(|k| PageId::Material(mi, k)));
            v.extend((0..m.lessons.len()).map(|li| PageId::Lesson(mi, li)));
        }
        v
    }

    pub fn path(&self, course: &Course) -> String {
        match *self {
            PageId::Home => "index.html".into(),
            PageId::NotFound => "404.html".into(),
            PageId::Journal => "journal.html".into(),
            PageId::Print => "print.html".into(),
            PageId::Page(i) => format!("{}.html", course.pages[i].slug),
            PageId::Module(m) => format!("{}/index.html", course.modules[m].slug),
            PageId::Lesson(m, l) => course.modules[m].lessons[l].path(),
            PageId::Handout(m) => format!("handouts/{}.html", course.modules[m].slug),
            PageId::Facilitator(m) => format!("facilitator/{}.html", course.modules[m].slug),
            PageId::FacilitatorHub => "facilitator/index.html".into(),
            PageId::Material(m, k) => course.modules[m].materials[k].path(&course.modules[m].slug),
        }
    }

    pub fn template(&self) -> &'static str {
        match self {
            PageId::Home => "home.html",
            PageId::NotFound => "404.html",
            PageId::Journal => "journal.html",
            PageId::Print => "print.html",
            PageId::Page(_) => "page.html",
            PageId::Module(_) => "module.html",
            PageId::Lesson(..) => "lesson.html",
            PageId::Handout(_) => "handout.html",
            PageId::Facilitator(_) => "facilitator.html",
            PageId::FacilitatorHub => "facilitator-hub.html",
            PageId::Material(..) => "material.html",
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            PageId::Home => "home",
            PageId::NotFound => "404",
            PageId::Journal => "journal",
            PageId::Print => "print",
            PageId::Page(_) => "page",
            PageId::Module(_) => "module",
            PageId::Lesson(..) => "lesson",
            PageId::Handout(_) => "handout",
            PageId::Facilitator(_) => "facilitator",
            PageId::FacilitatorHub => "facilitator-hub",
            PageId::Material(..) => "material",
        }
    }
}

#[derive(Serialize)]
struct SiteCtx<'a> {
    id: &'a str,
    title: &'a str,
    description: Option<&'a str>,
    language: &'a str,
    /// `ltr` or `rtl`: the direction of the course's language, for `<html dir>`.
    dir: &'a str,
    author: Option<&'a str>,
    lesson_count: usize,
    /// `[search] enabled`: the header's search control and its script.
    search: bool,
}

#[derive(Serialize)]
struct Link {
    title: String,
    href: String,
}

/// The previous or next lesson.
#[derive(Serialize)]
struct NeighbourLink {
    title: String,
    href: String,
    /// The language of an untranslated lesson's page and title.
    lang: Option<String>,
}

#[derive(Serialize)]
pub(super) struct LessonLink {
    pub(super) title: String,
    pub(super) href: String,
    pub(super) key: String,
    pub(super) duration: Option<u32>,
    pub(super) description: Option<String>,
    pub(super) current: bool,
    pub(super) number: usize,
    /// The language of an untranslated lesson's page and title (a course in several languages).
    pub(super) lang: Option<String>,
}

#[derive(Serialize)]
pub(super) struct ModuleSummary {
    title: String,
    /// The module's folder: the first part of its lessons' keys (`data-sonder-module`).
    slug: String,
    pub(super) href: String,
    description: Option<String>,
    number: usize,
    duration: u64,
    pub(super) lessons: Vec<LessonLink>,
    handout_href: String,
    facilitator_href: String,
}

/// A module as the home page lists it: its summary and its lessons' `<li>` items as HTML.
#[derive(Serialize)]
struct HomeModule {
    #[serde(flatten)]
    summary: ModuleSummary,
    lesson_list: String,
}

/// Renders the body of a document, with exercises placed by markers, to HTML, its Markdown in
/// `style` (`render::markdown_style`); exercise forms are written compact either way.
fn body_html(course: &Course, cat: &Catalog, doc: &Document, style: HtmlStyle) -> String {
    body_html_with(course, cat, doc, style, |h| Cow::Borrowed(h))
}

/// Like `body_html`, with the Markdown parts (not the exercises) passed through `markdown_part`.
fn body_html_with(
    course: &Course,
    cat: &Catalog,
    doc: &Document,
    style: HtmlStyle,
    markdown_part: impl Fn(&str) -> Cow<'_, str>,
) -> String {
    let compiled = markdown::compile(doc, &course.link_targets(), style);
    body_from_parts(course, cat, &compiled.parts, markdown_part)
}

/// A compiled body's HTML, with each exercise's form where its marker stood.
fn body_from_parts(course: &Course, cat: &Catalog, parts: &[BodyPart], markdown_part: impl Fn(&str) -> Cow<'_, str>) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| if let BodyPart::Html(h) = p { h.len() } else { 2048 }).sum());
    for part in parts {
        match part {
            BodyPart::Html(h) => out.push_str(&markdown_part(h)),
            BodyPart::Exercise(id) => {
                if let Some(ex) = course.exercise(id) {
                    out.push_str(&exercise_html(ex, cat));
                }
            }
        }
    }
    out
}

fn lesson_link(lesson: &Lesson, from: &str, current: bool, number: usize) -> LessonLink {
    LessonLink {
        title: lesson.title.clone(),
        href: relative_url(from, &lesson.href_path()),
        key: lesson.key(),
        duration: lesson.duration,
        description: lesson.description.clone(),
        current,
        number,
        lang: lesson.untranslated.clone(),
    }
}

pub(super) fn module_summary(course: &Course, mi: usize, from: &str, current_lesson: Option<usize>) -> ModuleSummary {
    let m = &course.modules[mi];
    ModuleSummary {
        title: m.title.clone(),
        slug: m.slug.clone(),
        href: relative_url(from, &format!("{}/index.html", m.slug)),
        description: m.description.clone(),
        number: mi + 1,
        duration: m.lessons.iter().filter_map(|l| l.duration).map(u64::from).sum(),
        lessons: m.lessons.iter().enumerate().map(|(li, l)| lesson_link(l, from, current_lesson == Some(li), li + 1)).collect(),
        handout_href: relative_url(from, &format!("handouts/{}.html", m.slug)),
        facilitator_href: relative_url(from, &format!("facilitator/{}.html", m.slug)),
    }
}

/// Stands where a page's big body goes until its chunks are spliced in; plain text, so it
/// survives minification unchanged.
pub const CHUNKS_PLACEHOLDER: &str = "SONDER-CHUNKS-8f3a1c";

/// A piece of a very large page, made only when the page is written.
pub type Chunk<'a> = Box<dyn Fn() -> String + Send + Sync + 'a>;

/// A rendered page: its path, its HTML and, for very large pages, body chunks that replace
/// `CHUNKS_PLACEHOLDER` in it.
pub struct RenderedPage<'a> {
    /// Path from the site's root (its language's root).
    pub path: String,
    pub html: String,
    pub chunks: Vec<Chunk<'a>>,
}

/// One module's section of the journal page ("" when its lessons have no exercises).
fn journal_module_section(course: &Course, cat: &Catalog, compiled: &Compiled, mi: usize, path: &str) -> String {
    let m = &course.modules[mi];
    let mut section = String::new();
    for (li, l) in m.lessons.iter().enumerate() {
        let href = relative_url(path, &l.href_path());
        let mut exercises = compiled.exercise_ids(course, mi, li).filter_map(|e| course.exercise(e)).peekable();
        if exercises.peek().is_none() {
            continue;
        }
        // An untranslated lesson's title is in the default language.
        let lang = l.untranslated.as_deref().map(|t| format!(" hreflang=\"{0}\" lang=\"{0}\"", esc(t))).unwrap_or_default();
        section.push_str(&format!(
            "<section class=\"journal-lesson\" data-sonder-journal-lesson=\"{}\"><h3><a href=\"{}\"{lang}>{}</a></h3>",
            esc(&l.key()),
            esc(&href),
            esc(&l.title)
        ));
        for e in exercises {
            section.push_str(&journal_exercise_html(e, cat, &href));
        }
        section.push_str("</section>");
    }
    if section.is_empty() {
        return section;
    }
    format!(
        "<section class=\"journal-module\" data-sonder-journal-module=\"{}\"><h2>{}</h2>{section}</section>",
        esc(&m.slug),
        esc(&m.title)
    )
}

/// The folders at the top of the output (modules, the build's own, static/'s): a host serves
/// 404.html at any missing address, and its script finds the site root by the last of these in it.
fn site_folders(course: &Course) -> Vec<&str> {
    let mut folders: std::collections::BTreeSet<&str> = ["assets", "handouts", "facilitator"].into();
    folders.extend(course.modules.iter().map(|m| m.slug.as_str()));
    folders.extend(course.assets.iter().filter_map(|a| a.output.split_once('/').map(|(dir, _)| dir)));
    folders.into_iter().collect()
}

/// Renders a page. A lesson's body is compiled here, in the style the templates want; the
/// compile stage, which has it at hand already, calls `render_lesson_page` instead.
pub fn render_page<'a>(r: &Renderer<'a>, compiled: &'a Compiled, id: PageId) -> Result<RenderedPage<'a>, Diagnostic> {
    let course = r.course;
    let path = id.path(course);
    let mut ctx = base_context(r, id, &path);
    let mut chunks = Vec::new();
    match id {
        PageId::Home | PageId::Print => home_context(r, id, &path, &mut ctx),
        PageId::NotFound => {
            ctx.insert("title", &r.templates.catalog.t("not-found-title"));
            ctx.insert("site_folders", &site_folders(course));
            let modules: Vec<Link> = course
                .modules
                .iter()
                .map(|m| Link { title: m.title.clone(), href: relative_url(&path, &format!("{}/index.html", m.slug)) })
                .collect();
            ctx.insert("modules", &modules);
        }
        PageId::FacilitatorHub => super::facilitation::hub_context(course, &r.templates.catalog, &path, &mut ctx),
        PageId::Material(mi, k) => super::facilitation::material_context(course, &r.templates.catalog, mi, k, &path, &mut ctx),
        PageId::Journal => chunks = journal_context(r, compiled, &path, &mut ctx),
        PageId::Page(i) => {
            let p = &course.pages[i];
            ctx.insert("title", &p.title);
            ctx.insert("description", &p.description);
            ctx.insert("body", &body_html(course, &r.templates.catalog, &p.body, r.style()));
        }
        PageId::Module(mi) | PageId::Handout(mi) | PageId::Facilitator(mi) => module_context(r, compiled, id, mi, &path, &mut ctx),
        PageId::Lesson(mi, li) if course.modules[mi].lessons[li].untranslated.is_some() => {
            return Ok(super::languages::untranslated_page(r, mi, li))
        }
        PageId::Lesson(mi, li) => {
            let doc = &course.modules[mi].lessons[li].body;
            let body = markdown::compile(doc, &course.link_targets(), r.style());
            let whole = lesson_context(r, mi, li, &body, &path, &mut ctx);
            return finish(r, id, path, &ctx, chunks, whole);
        }
    }
    finish(r, id, path, &ctx, chunks, 0)
}

/// A lesson page from the lesson's body compiled already, in the style `Renderer::style` gives.
pub fn render_lesson_page<'a>(r: &Renderer<'a>, mi: usize, li: usize, body: &markdown::Compiled) -> Result<RenderedPage<'a>, Diagnostic> {
    if r.course.modules[mi].lessons[li].untranslated.is_some() {
        return Ok(super::languages::untranslated_page(r, mi, li));
    }
    let id = PageId::Lesson(mi, li);
    let path = id.path(r.course);
    let mut ctx = base_context(r, id, &path);
    let whole = lesson_context(r, mi, li, body, &path, &mut ctx);
    finish(r, id, path, &ctx, Vec::new(), whole)
}

/// How much a page's template and chrome add to the HTML handed to it whole (`body` and the like):
/// a lesson page of the default theme has about 12 KB of them.
const CHROME_BYTES: usize = 16 * 1024;

/// Renders the page's template; `whole` is the size of the HTML in `ctx` printed as it is.
fn finish<'a>(
    r: &Renderer<'a>,
    id: PageId,
    path: String,
    ctx: &tera::Context,
    chunks: Vec<Chunk<'a>>,
    whole: usize,
) -> Result<RenderedPage<'a>, Diagnostic> {
    let shown = r.course.theme.template(id.template()).map_or(id.template(), |t| t.shown.as_str());
    let html = r.templates.render(id.template(), shown, ctx, whole + CHROME_BYTES)?;
    Ok(RenderedPage { path, html, chunks })
}

/// What every page gets: the course, where the site's root and main pages are from here, the
/// footer and the live-reload script.
fn base_context(r: &Renderer, id: PageId, path: &str) -> tera::Context {
    let course = r.course;
    let cfg = &course.config;
    let root = relative_url(path, "index.html").trim_end_matches("index.html").to_string();
    let mut ctx = tera::Context::new();
    ctx.insert(
        "course",
        &SiteCtx {
            id: &cfg.id,
            title: &cfg.title,
            description: cfg.description.as_deref(),
            language: &cfg.language,
            dir: r.templates.catalog.dir(),
            author: cfg.author.as_deref(),
            lesson_count: course.lesson_count(),
            search: cfg.search,
        },
    );
    ctx.insert("root", &root);
    ctx.insert("page_kind", id.kind());
    ctx.insert("path", path);
    ctx.insert("home_href", &relative_url(path, "index.html"));
    ctx.insert("journal_href", &relative_url(path, "journal.html"));
    ctx.insert("print_href", &relative_url(path, "print.html"));
    ctx.insert("facilitator_hub_href", &relative_url(path, "facilitator/index.html"));
    ctx.insert("facilitator_links", &cfg.facilitator_links);
    // The course title as a CSS string, for the page margins of printed pages (print.css).
    ctx.insert("print_title_css", &css_string(&cfg.title));
    let footer: Vec<Link> =
        course.pages.iter().map(|p| Link { title: p.title.clone(), href: relative_url(path, &format!("{}.html", p.slug)) }).collect();
    ctx.insert("footer_pages", &footer);
    ctx.insert("live_reload_src", &r.opts.live_reload_script.as_ref().map(|s| format!("{root}{s}")));
    super::languages::insert_versions(r, path, &mut ctx);
    ctx
}

/// The home page and print.html: every module, the course's length, the home text and, for
/// print.html of a course small enough, every lesson in full.
fn home_context(r: &Renderer, id: PageId, path: &str, ctx: &mut tera::Context) {
    let course = r.course;
    let modules: Vec<ModuleSummary> = (0..course.modules.len()).map(|mi| module_summary(course, mi, path, None)).collect();
    let total: u64 = modules.iter().map(|m| m.duration).sum();
    let cat: &Catalog = &r.templates.catalog;
    if id == PageId::Home {
        let compact = r.style() == HtmlStyle::Compact;
        let modules: Vec<HomeModule> = modules
            .into_iter()
            .map(|summary| HomeModule { lesson_list: lists::lesson_list(&summary.lessons, cat, compact), summary })
            .collect();
        ctx.insert("modules", &modules);
    } else {
        ctx.insert("modules", &modules);
    }
    ctx.insert("total_minutes", &total);
    ctx.insert("total_time", &duration_text(cat, total));
    ctx.insert("title", course.home_title());
    ctx.insert("description", &course.home_front.description.as_ref().or(course.config.description.as_ref()));
    ctx.insert("body", &body_html(course, cat, &course.home, r.style()));
    let first = course.lessons().next().map(|l| relative_url(path, &l.href_path()));
    ctx.insert("first_lesson_href", &first);
    // One printable document of a big catalogue would be hundreds of megabytes that no
    // browser can print; past this size print.html lists the modules' handouts instead.
    let whole = course.lesson_count() <= PRINT_WHOLE_COURSE_MAX;
    ctx.insert("print_whole_course", &whole);
    if id == PageId::Print {
        let full = if whole { print_modules(course, cat, r.style()) } else { Vec::new() };
        ctx.insert("print_modules", &full);
    }
}

/// The whole course on paper: every module with its introduction and lessons in full, the lessons
/// on all cores (print.html is one page, rendered while few others are left to run beside it).
fn print_modules(course: &Course, cat: &Catalog, style: HtmlStyle) -> Vec<PrintModule> {
    let rebase = super::exercises::rebase_html;
    let print_lesson = |m: &crate::model::Module, li: usize, l: &Lesson| PrintLesson {
        number: li + 1,
        description: l.description.clone(),
        title: l.title.clone(),
        anchor: format!("{}--{}", m.slug, l.slug),
        duration: l.duration,
        body: body_html_with(course, cat, &l.body, style, |h| Cow::Owned(rebase(h, &m.slug, &format!("{}--{}", m.slug, l.slug)))),
        exercises: l.exercises.iter().filter_map(|e| course.exercise(&e.id)).map(|e| exercise_html(e, cat)).collect(),
        takeaway: l.takeaway.clone(),
    };
    course
        .modules
        .iter()
        .enumerate()
        .map(|(mi, m)| PrintModule {
            number: mi + 1,
            title: m.title.clone(),
            slug: m.slug.clone(),
            intro: body_html_with(course, cat, &m.intro, style, |h| Cow::Owned(rebase(h, &m.slug, &m.slug))),
            lessons: m.lessons.par_iter().enumerate().map(|(li, l)| print_lesson(m, li, l)).collect(),
        })
        .collect()
}

/// The journal of a big course is tens of megabytes: the template (and minifier) run on the small
/// frame, and each module's section is made and written one after the other when the page is
/// written (`render::write_page`), so no step ever holds the page.
fn journal_context<'a>(r: &Renderer<'a>, compiled: &'a Compiled, path: &str, ctx: &mut tera::Context) -> Vec<Chunk<'a>> {
    let course = r.course;
    ctx.insert("title", &r.templates.catalog.t("journal-title"));
    ctx.insert("journal_body", CHUNKS_PLACEHOLDER);
    (0..course.modules.len())
        .map(|mi| {
            let from = path.to_string();
            let cat = r.templates.catalog.clone();
            Box::new(move || journal_module_section(course, &cat, compiled, mi, &from)) as Chunk<'a>
        })
        .collect()
}

/// A module's page, handout and facilitator guide.
fn module_context(r: &Renderer, compiled: &Compiled, id: PageId, mi: usize, path: &str, ctx: &mut tera::Context) {
    let course = r.course;
    let m = &course.modules[mi];
    ctx.insert("title", &m.title);
    let summary = module_summary(course, mi, path, None);
    let cat: &Catalog = &r.templates.catalog;
    if let PageId::Module(_) = id {
        ctx.insert("lesson_cards", &lists::lesson_cards(&summary.lessons, cat, r.style() == HtmlStyle::Compact));
    }
    ctx.insert("module", &summary);
    ctx.insert("body", &body_html(course, cat, &m.intro, r.style()));
    ctx.insert("facilitator", &m.facilitator);
    if let PageId::Facilitator(_) = id {
        ctx.insert("materials", &super::facilitation::material_links(course, &r.templates.catalog, m, path));
        ctx.insert("hub_href", &relative_url(path, "facilitator/index.html"));
        let agenda = agenda_rows(m);
        let total = agenda.last().map_or(0, |a| a.end);
        ctx.insert("agenda", &agenda);
        ctx.insert("agenda_total", &total);
        ctx.insert("agenda_total_clock", &hours_minutes(total));
    }
    if matches!(id, PageId::Handout(_) | PageId::Facilitator(_)) {
        let lessons = handout_lessons(course, cat, compiled, mi, path, matches!(id, PageId::Handout(_)));
        let key: Vec<String> = (0..m.lessons.len())
            .flat_map(|li| compiled.exercise_ids(course, mi, li))
            .filter_map(|e| course.exercise(e))
            .filter_map(super::exercises::answer_key_html)
            .collect();
        let compact = r.style() == HtmlStyle::Compact;
        if let PageId::Handout(_) = id {
            ctx.insert("handout_sections", &lists::handout_sections(&lessons, cat, compact));
        } else {
            ctx.insert("guide_lessons", &lists::guide_lessons(&lessons, cat, compact));
        }
        ctx.insert("handout_lessons", &lessons);
        ctx.insert("answer_key", &key);
    }
}

/// A running clock: each agenda item's start and end, as h:mm from the start.
fn agenda_rows(m: &crate::model::Module) -> Vec<AgendaRow> {
    let mut clock: u64 = 0;
    let items = m.facilitator.iter().flat_map(|f| f.agenda.iter());
    items
        .map(|a| {
            let row = AgendaRow {
                start: clock,
                end: clock + u64::from(a.minutes),
                clock: format!("{}\u{2013}{}", hours_minutes(clock), hours_minutes(clock + u64::from(a.minutes))),
                minutes: a.minutes,
                activity: a.activity.clone(),
                notes: a.notes.clone(),
            };
            clock += u64::from(a.minutes);
            row
        })
        .collect()
}

/// The lessons of a module as a handout (with the paper forms of their exercises) or a
/// facilitator guide lists them.
fn handout_lessons(course: &Course, cat: &Catalog, compiled: &Compiled, mi: usize, path: &str, handout: bool) -> Vec<HandoutLesson> {
    let lesson = |li: usize, l: &Lesson| {
        let exercises: Vec<_> = compiled.exercise_ids(course, mi, li).filter_map(|e| course.exercise(e)).collect();
        HandoutLesson {
            number: li + 1,
            title: l.title.clone(),
            href: relative_url(path, &l.href_path()),
            description: l.description.clone(),
            duration: l.duration,
            takeaway: l.takeaway.clone(),
            key_points: l.key_points.clone(),
            exercise_titles: exercises.iter().map(|e| format!("{}: {}", super::exercises::kind_label(cat, e.kind), e.title)).collect(),
            exercises: if handout {
                exercises.iter().map(|e| super::exercises::handout_exercise_html(e, cat)).collect()
            } else {
                Vec::new()
            },
        }
    };
    course.modules[mi].lessons.iter().enumerate().map(|(li, l)| lesson(li, l)).collect()
}

/// A lesson page: its neighbours, its module's navigation (made once per module), its body with
/// the exercises placed by markers, and the exercises its front matter lists. Returns the size of
/// the HTML among them (printed whole).
fn lesson_context(r: &Renderer, mi: usize, li: usize, body: &markdown::Compiled, path: &str, ctx: &mut tera::Context) -> usize {
    let course = r.course;
    let m = &course.modules[mi];
    let l = &m.lessons[li];
    let neighbour = |p: Option<(usize, usize)>| {
        p.map(|(pm, pl)| {
            let n = &course.modules[pm].lessons[pl];
            NeighbourLink { title: n.title.clone(), href: relative_url(path, &n.href_path()), lang: n.untranslated.clone() }
        })
    };
    ctx.insert("prev", &neighbour(course.previous_lesson(mi, li)));
    ctx.insert("next", &neighbour(course.next_lesson(mi, li)));
    // Where "Module complete" leads: the next module's page (none after the last).
    let cat: &Catalog = &r.templates.catalog;
    let next_module = course.modules.get(mi + 1).map(|n| Link {
        title: cat.t_with("module-with-title", &[("number", Arg::Num((mi + 2) as f64)), ("title", Arg::Text(&n.title))]),
        href: relative_url(path, &format!("{}/index.html", n.slug)),
    });
    ctx.insert("next_module", &next_module);
    ctx.insert("title", &l.title);
    ctx.insert(
        "lesson",
        &LessonCtx {
            title: &l.title,
            description: l.description.as_deref(),
            duration: l.duration,
            takeaway: l.takeaway.as_deref(),
            key: l.key(),
            path: l.path(),
            number: li + 1,
            count: m.lessons.len(),
        },
    );
    ctx.insert("has_exercises", &(!body.markers.is_empty() || !l.exercises.is_empty()));
    let nav = r.shared.module_nav(course, cat, mi);
    // Made once per module: the default theme prints it instead of looping over `module.lessons`
    // (the loop was a tenth of a 10,000-lesson build).
    let module_nav = nav.html(li, r.style() == HtmlStyle::Compact);
    let body = body_from_parts(course, cat, &body.parts, |h| Cow::Borrowed(h));
    let exercises: Vec<String> = l.exercises.iter().filter_map(|e| course.exercise(&e.id)).map(|e| exercise_html(e, cat)).collect();
    let whole = module_nav.len() + body.len() + exercises.iter().map(String::len).sum::<usize>();
    // Moved in: `insert` would copy each of them (the body is most of the page).
    let mut moved = tera::Map::new();
    moved.insert("module".into(), nav.value(li));
    moved.insert("module_nav".into(), module_nav.into());
    moved.insert("body".into(), body.into());
    moved.insert("exercises".into(), exercises.into());
    ctx.extend(tera::Context::from_value(tera::Value::Object(moved)).expect("a map is an object"));
    whole
}

#[derive(Serialize)]
struct LessonCtx<'a> {
    title: &'a str,
    description: Option<&'a str>,
    duration: Option<u32>,
    takeaway: Option<&'a str>,
    key: String,
    path: String,
    number: usize,
    count: usize,
}

#[derive(Serialize)]
struct AgendaRow {
    start: u64,
    end: u64,
    /// "0:10–0:25"
    clock: String,
    minutes: u32,
    activity: String,
    notes: Option<String>,
}

#[derive(Serialize)]
pub(super) struct HandoutLesson {
    pub(super) number: usize,
    pub(super) title: String,
    pub(super) href: String,
    pub(super) description: Option<String>,
    pub(super) duration: Option<u32>,
    pub(super) takeaway: Option<String>,
    pub(super) key_points: Vec<String>,
    /// "Reflection: A sonder moment", for the facilitator guide.
    pub(super) exercise_titles: Vec<String>,
    /// The paper forms (handouts only).
    pub(super) exercises: Vec<String>,
}

/// A length of time in the course's language ("1 h 20 min"), with no-break spaces: it never breaks across lines.
fn duration_text(cat: &Catalog, total: u64) -> String {
    super::facilitation::duration_text(cat, total).replace(' ', "\u{a0}")
}

/// Minutes as a clock reading from the start of a workshop: 75 -> "1:15".
fn hours_minutes(minutes: u64) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// `assets/course.css`: what CSS needs to know about the course (the title in printed margins).
pub fn course_css(course: &Course) -> String {
    format!("@page{{@top-left{{content:{}}}}}@page:first{{@top-left{{content:none}}}}\n", css_string(&course.config.title))
}

/// A CSS string literal (for `content:` in page margins); safe inside `<style>` too.
pub fn css_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' => out.push_str(&format!("\\{:x} ", c as u32)),
            '\n' | '\r' | '\t' => out.push(' '),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[derive(Serialize)]
struct PrintModule {
    number: usize,
    title: String,
    slug: String,
    intro: String,
    lessons: Vec<PrintLesson>,
}

#[derive(Serialize)]
struct PrintLesson {
    number: usize,
    description: Option<String>,
    title: String,
    anchor: String,
    duration: Option<u32>,
    body: String,
    exercises: Vec<String>,
    takeaway: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_strings_cannot_close_the_string_or_the_style_element() {
        assert_eq!(css_string("A \"b\" </style>\\"), "\"A \\22 b\\22  \\3c /style\\3e \\5c \"");
    }

    #[test]
    fn agenda_clock_reads_hours_and_minutes() {
        assert_eq!(hours_minutes(0), "0:00");
        assert_eq!(hours_minutes(75), "1:15");
    }
}
