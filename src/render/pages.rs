//! Page contexts (HomePage, ModulePage, LessonPage, JournalPage, ...) and the list of pages.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::sync::OnceLock;

use rayon::prelude::*;
use serde::Serialize;

use super::exercises::{exercise_html, journal_exercise_html};
use super::Renderer;
use crate::diagnostics::Diagnostic;
use crate::i18n::{Arg, Catalog};
use crate::markdown::{self, relative_url, HtmlStyle};
use crate::model::{BodyPart, Course, Document, Lesson};
use crate::site::Compiled;
use crate::text::{esc, Esc};

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
struct LessonLink {
    title: String,
    href: String,
    key: String,
    duration: Option<u32>,
    description: Option<String>,
    current: bool,
    number: usize,
    /// The language of an untranslated lesson's page and title (a course in several languages).
    lang: Option<String>,
}

#[derive(Serialize)]
struct ModuleSummary {
    title: String,
    /// The module's folder: the first part of its lessons' keys (`data-sonder-module`).
    slug: String,
    href: String,
    description: Option<String>,
    number: usize,
    duration: u64,
    lessons: Vec<LessonLink>,
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
    let compiled = markdown::compile(doc, &link_targets(course), style);
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

fn module_summary(course: &Course, mi: usize, from: &str, current_lesson: Option<usize>) -> ModuleSummary {
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
struct ModuleNav {
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
    fn value(&self, li: usize) -> tera::Value {
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
    fn html(&self, li: usize, compact: bool) -> String {
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

    fn module_nav(&self, course: &Course, cat: &Catalog, mi: usize) -> &ModuleNav {
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
            let body = markdown::compile(doc, &link_targets(course), r.style());
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

fn link_targets(course: &Course) -> crate::markdown::LinkTargets<'_> {
    crate::markdown::LinkTargets { pages: &course.links.pages, files: &course.links.files }
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
        let modules: Vec<HomeModule> =
            modules.into_iter().map(|summary| HomeModule { lesson_list: lesson_list(&summary.lessons, cat, compact), summary }).collect();
        ctx.insert("modules", &modules);
    } else {
        ctx.insert("modules", &modules);
    }
    ctx.insert("total_minutes", &total);
    ctx.insert("total_time", &duration_text(cat, total));
    ctx.insert("title", course.home_title.as_deref().unwrap_or(&course.config.title));
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
        ctx.insert("lesson_cards", &lesson_cards(&summary.lessons, cat, r.style() == HtmlStyle::Compact));
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
            ctx.insert("handout_sections", &handout_sections(&lessons, cat, compact));
        } else {
            ctx.insert("guide_lessons", &guide_lessons(&lessons, cat, compact));
        }
        ctx.insert("handout_lessons", &lessons);
        ctx.insert("answer_key", &key);
    }
}

/// The `<li>` items of a module page's lesson list (`lesson_cards`), byte for byte what the
/// default theme's loop over `module.lessons` made of them: as written (`compact` false), or as
/// that loop minified ahead makes them (a space before each item, unquoted plain attributes).
/// One list a module page, but a module page's only loop: on a course of short modules these
/// lists were most of the module pages' template work.
fn lesson_cards(lessons: &[LessonLink], cat: &Catalog, compact: bool) -> String {
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
fn lesson_list(lessons: &[LessonLink], cat: &Catalog, compact: bool) -> String {
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
fn handout_sections(lessons: &[HandoutLesson], cat: &Catalog, compact: bool) -> String {
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
fn guide_lessons(lessons: &[HandoutLesson], cat: &Catalog, compact: bool) -> String {
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

fn duration_minutes(cat: &Catalog, minutes: u32) -> String {
    cat.t_with("duration-minutes", &[("minutes", Arg::Num(f64::from(minutes)))])
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
struct HandoutLesson {
    number: usize,
    title: String,
    href: String,
    description: Option<String>,
    duration: Option<u32>,
    takeaway: Option<String>,
    key_points: Vec<String>,
    /// "Reflection: A sonder moment", for the facilitator guide.
    exercise_titles: Vec<String>,
    /// The paper forms (handouts only).
    exercises: Vec<String>,
}

/// A length of time in the course's language ("1 h 20 min"), with no-break spaces: it never breaks across lines.
fn duration_text(cat: &Catalog, total: u64) -> String {
    super::facilitation::duration_text(cat, total).replace(' ', "\u{a0}")
}

/// Minutes as a clock reading from the start of a workshop: 75 -> "1:15".
fn hours_minutes(minutes: u64) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// A CSS string literal (for `content:` in page margins); safe inside `<style>` too.
/// `assets/course.css`: what CSS needs to know about the course (the title in printed margins).
pub fn course_css(course: &Course) -> String {
    format!("@page{{@top-left{{content:{}}}}}@page:first{{@top-left{{content:none}}}}\n", css_string(&course.config.title))
}

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

    #[test]
    fn agenda_clock_reads_hours_and_minutes() {
        assert_eq!(hours_minutes(0), "0:00");
        assert_eq!(hours_minutes(75), "1:15");
    }
}
