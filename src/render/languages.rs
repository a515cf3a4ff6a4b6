//! What pages of a course in several languages show of the other languages: `<link rel=
//! "alternate" hreflang>` for each language version of the page, the language switcher, and the
//! small page that stands at an untranslated lesson's address.

use serde::Serialize;

use super::pages::RenderedPage;
use super::Renderer;
use crate::markdown::relative_url;
use crate::text::esc;

/// A language in the switcher.
#[derive(Serialize)]
struct LanguageLink<'a> {
    code: &'a str,
    /// The language's name in itself.
    name: &'a str,
    href: String,
    current: bool,
    /// The link leads to this page in that language (else to the nearest page it has).
    same_page: bool,
}

/// A `<link rel="alternate">`: `hreflang` is a language tag or `x-default`.
#[derive(Serialize)]
struct Alternate<'a> {
    hreflang: &'a str,
    href: String,
}

/// Puts `languages` (the switcher; empty for a course in one language) and `alternates` (the
/// language versions of this page, and `x-default`) into a page's context.
pub fn insert_versions(r: &Renderer, path: &str, ctx: &mut tera::Context) {
    let mut switcher = Vec::new();
    let mut alternates = Vec::new();
    if let Some(v) = &r.opts.versions {
        let from = format!("{}{path}", v.prefix());
        for (i, lang) in v.all.iter().enumerate() {
            let target = v.target(i, path);
            let (href, same_page) = (relative_url(&from, &target.path), target.same_page);
            if same_page {
                alternates.push(Alternate { hreflang: &lang.code, href: href.clone() });
            }
            switcher.push(LanguageLink { code: &lang.code, name: &lang.name, href, current: i == v.current, same_page });
        }
        // Search engines show the default language to everyone else.
        if let Some(first) = alternates.first().filter(|_| v.all[0].pages.contains(path)) {
            let href = first.href.clone();
            alternates.push(Alternate { hreflang: "x-default", href });
        }
    }
    ctx.insert("languages", &switcher);
    ctx.insert("alternates", &alternates);
}

/// What stands at an untranslated lesson's address in a translation's site (search results,
/// bookmarks, a learner's last lesson lead there): a note and a link to the lesson in the
/// default language, which the browser follows at once. The site's own links lead there directly.
pub fn untranslated_page<'a>(r: &Renderer, mi: usize, li: usize) -> RenderedPage<'a> {
    let lesson = &r.course.modules[mi].lessons[li];
    let path = lesson.path();
    let href = esc(&relative_url(&path, &lesson.href_path()));
    let cat = &r.templates.catalog;
    let default_lang = r.opts.versions.as_ref().map_or("", |v| v.all[0].code.as_str());
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">\
         <meta http-equiv=\"refresh\" content=\"0; url={href}\"><title>{title}</title><link rel=\"canonical\" href=\"{href}\">\
         </head><body><main><p>{note} <a href=\"{href}\" hreflang=\"{default_lang}\" lang=\"{default_lang}\">{title}</a></p></main></body></html>\n",
        lang = esc(&r.course.config.language),
        dir = cat.dir(),
        title = esc(&lesson.title),
        note = esc(&cat.t("language-untranslated")),
        default_lang = esc(default_lang),
    );
    RenderedPage { path, html, chunks: Vec::new() }
}
