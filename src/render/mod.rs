//! Model in, pages out: the tera environment, one context per page kind, and the list of every
//! page of the site. Pages go into a `Sink` (a staging folder, memory, a folder to print from):
//! nothing here opens a file itself.

pub mod exercises;
mod facilitation;
mod languages;
mod lists;
mod minify;
mod pages;
mod template_errors;

use std::collections::HashMap;

use rayon::prelude::*;
use tera::Tera;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::Course;
use crate::site::Compiled;

use lists::SharedParts;
pub use pages::{PageId, PRINT_WHOLE_COURSE_MAX};

/// Where rendered files go: a staging folder on disk (build) or memory (serve).
pub trait Sink: Sync {
    fn put(&self, path: &str, bytes: Vec<u8>) -> std::io::Result<()>;

    /// Writes a file piece by piece, for pages too big to hold whole. By default the pieces are
    /// gathered and `put`; a sink on disk streams them.
    fn put_with(&self, path: &str, write: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>) -> std::io::Result<()> {
        let mut bytes = Vec::new();
        write(&mut bytes)?;
        self.put(path, bytes)
    }
}

/// A sink that keeps nothing (`sonder check`: every page is rendered only to find its problems).
pub struct Discard;

impl Sink for Discard {
    fn put(&self, _path: &str, _bytes: Vec<u8>) -> std::io::Result<()> {
        Ok(())
    }

    fn put_with(&self, _path: &str, write: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>) -> std::io::Result<()> {
        write(&mut std::io::sink())
    }
}

/// A sink that keeps every file in memory (`sonder serve`).
#[derive(Default)]
pub struct MemSink {
    pub files: std::sync::Mutex<HashMap<String, std::sync::Arc<[u8]>>>,
}

impl Sink for MemSink {
    fn put(&self, path: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        self.files.lock().unwrap_or_else(|e| e.into_inner()).insert(path.to_string(), bytes.into());
        Ok(())
    }
}

#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    pub minify: bool,
    /// `sonder serve` only: a script (path from the site root) injected into every page.
    pub live_reload_script: Option<String>,
    /// A course in several languages: every language version of the site, and which this is.
    pub versions: Option<crate::site::Versions>,
}

/// Compiled templates of a theme. Built once per build (or per template change in serve).
pub struct Templates {
    tera: Tera,
    /// Minification was asked for but some template could not be minified ahead (see
    /// `minify::minify_template`): pages are minified whole after rendering instead.
    minify_whole_pages: bool,
    /// The interface strings of the course's language (also behind the templates' `t()`).
    pub catalog: std::sync::Arc<crate::i18n::Catalog>,
    /// The templates as written, for placing a render error (`template_errors::locate`).
    sources: Vec<crate::model::TemplateFile>,
}

/// Extracts "line:col" from a tera/pest parse error text ("--> 3:5").
fn pest_position(text: &str) -> Option<(usize, usize)> {
    let at = text.find("--> ")?;
    let rest = &text[at + 4..];
    let end = rest.find(|c: char| !(c.is_ascii_digit() || c == ':')).unwrap_or(rest.len());
    let (l, c) = rest[..end].split_once(':')?;
    Some((l.parse().ok()?, c.parse().ok()?))
}

pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut src = e.source();
    while let Some(inner) = src {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        src = inner.source();
    }
    s
}

impl Templates {
    /// Compiles the theme's templates; with `minify`, minified ahead where that is safe.
    pub fn new(course: &Course, minify: bool) -> Result<Templates, Diagnostics> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html"]);
        // The same escaping as the rest of the page, which leaves `/` alone: tera's own writes
        // every `/` of a URL as `&#x2F;`, five bytes for one, hundreds of times per lesson page.
        tera.set_escape_fn(crate::text::esc);
        let catalog = std::sync::Arc::new(crate::i18n::Catalog::new(course));
        tera.register_function("t", crate::i18n::TFunction::new(catalog.clone()));
        tera.register_function("widget_messages", crate::i18n::browser::MessagesFunction::new(catalog.clone()));
        // Text as a CSS string literal, for `content:` in the page margins of printed pages.
        tera.register_filter("css_string", |v: &tera::Value, _: &HashMap<String, tera::Value>| {
            Ok(tera::Value::String(pages::css_string(v.as_str().unwrap_or_default())))
        });
        // Minified ahead, the templates as written are checked one by one beside the compile of
        // the minified ones, so that a syntax error names its own file and line, and a template
        // is never accepted only because minifying dropped its mistake. Half the startup of a
        // small course, on one core, was parsing templates.
        let (diags, ahead) = if minify {
            rayon::join(|| syntax_errors(&course.theme.templates), || minified_ahead(&tera, &course.theme.templates))
        } else {
            (Diagnostics::default(), None)
        };
        if diags.has_errors() {
            return Err(diags);
        }
        if let Some(ahead) = ahead {
            return Templates::checked(ahead, course, false, catalog);
        }
        let all: Vec<(&str, &str)> = course.theme.templates.iter().map(|t| (t.name.as_str(), t.source.as_str())).collect();
        if let Err(e) = tera.add_raw_templates(all) {
            // Read once more, one by one, only to name the file and line of a syntax error.
            let located = syntax_errors(&course.theme.templates);
            if located.has_errors() {
                return Err(located);
            }
            return Err(Diagnostic::error(format!("the theme's templates do not fit together: {}", error_chain(&e)))
                .hint("check {% extends %}, {% include %} and {% import %} names")
                .into());
        }
        Templates::checked(tera, course, minify, catalog)
    }

    fn checked(
        tera: Tera,
        course: &Course,
        minify_whole_pages: bool,
        catalog: std::sync::Arc<crate::i18n::Catalog>,
    ) -> Result<Templates, Diagnostics> {
        for required in pages::REQUIRED_TEMPLATES {
            if course.theme.template(required).is_none() {
                return Err(Diagnostic::error(format!("the theme has no template `{required}`"))
                    .hint(format!("add templates/{required} to the theme"))
                    .into());
            }
        }
        Ok(Templates { tera, minify_whole_pages, catalog, sources: course.theme.templates.clone() })
    }

    /// Renders template `name` (`shown` in errors), into a buffer of `size_hint` bytes to begin
    /// with: tera's own starts at 2 KB and grows, copying the page four times over on the way to 20 KB.
    pub fn render(&self, name: &str, shown: &str, ctx: &tera::Context, size_hint: usize) -> Result<String, Diagnostic> {
        let mut out = Vec::with_capacity(size_hint);
        let failed = |e: &dyn std::error::Error| {
            let error = error_chain(e);
            let d = Diagnostic::error(format!("template {name} failed to render: {error}"));
            let d = match template_errors::locate(&self.sources, name, &error) {
                Some((file, at)) => d.in_file(&file).at(at).label("first named here"),
                None => d.in_path(shown.to_string()),
            };
            d.hint(if error.contains("Template '[") {
                "check the names in {% extends %}, {% include %} and {% import %}: the theme's templates folder has no such file"
            } else {
                "check the variables this template uses; see docs/theming.md for what each page gets"
            })
        };
        self.tera.render_to(name, ctx, &mut out).map_err(|e| failed(&e))?;
        // tera writes only strings, so this never fails.
        String::from_utf8(out).map_err(|e| failed(&e))
    }
}

/// Every template's syntax errors, each naming its file, line and column (checked side by side).
fn syntax_errors(templates: &[crate::model::TemplateFile]) -> Diagnostics {
    let errors: Vec<Option<Diagnostic>> = templates
        .par_iter()
        .map(|crate::model::TemplateFile { name, shown, source }| {
            let e = tera::Template::new(name, None, source).err()?;
            let text = error_chain(&e);
            let (line, col) = pest_position(&text).unwrap_or((1, 1));
            let offset = line_offset(source, line, col);
            let file = crate::diagnostics::SourceText::new(shown.clone(), std::sync::Arc::from(source.as_str()));
            Some(
                Diagnostic::error(format!("template syntax error in {name}"))
                    .in_file(&file)
                    .at(offset..offset + 1)
                    .hint(text.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("check the tera syntax").trim().to_string()),
            )
        })
        .collect();
    let mut diags = Diagnostics::default();
    errors.into_iter().flatten().for_each(|d| diags.push(d));
    diags
}

/// `tera` with every template minified ahead (`minify::minify_template`), or None when one of
/// them cannot be, or they do not compile so.
fn minified_ahead(tera: &Tera, templates: &[crate::model::TemplateFile]) -> Option<Tera> {
    let minified: Vec<(&str, String)> =
        templates.iter().map(|t| Some((t.name.as_str(), minify::minify_template(&t.source)?))).collect::<Option<_>>()?;
    let mut ahead = tera.clone();
    ahead.add_raw_templates(minified.iter().map(|(n, s)| (*n, s.as_str()))).ok()?;
    Some(ahead)
}

fn line_offset(text: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset + l.char_indices().nth(col.saturating_sub(1)).map_or(0, |(o, _)| o);
        }
        offset += l.len();
    }
    offset.min(text.len().saturating_sub(1))
}

/// How many of a page's chunks are made at once (`write_page`).
const CHUNKS_AT_ONCE: usize = 8;

/// Writes the page: its frame, with its chunks, if any, made a few at a time and written in
/// order where `CHUNKS_PLACEHOLDER` stands (the journal of a 10,000-lesson course is 20 MB; minify-html
/// would need about fifteen times that in memory, so chunks are made compact instead).
fn write_page(
    page: &pages::RenderedPage,
    templates: &Templates,
    opts: &RenderOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let minified;
    let frame = if opts.minify && templates.minify_whole_pages {
        minified = minify::minify_page(page.html.as_bytes());
        &minified[..]
    } else {
        page.html.as_bytes()
    };
    let marker = pages::CHUNKS_PLACEHOLDER.as_bytes();
    let at = if page.chunks.is_empty() { None } else { frame.windows(marker.len()).position(|w| w == marker) };
    let Some(at) = at else {
        return out.write_all(frame);
    };
    out.write_all(&frame[..at])?;
    // Chunks are written compact already (`pages::journal_module_section`). A few are made at a
    // time side by side: the journal is the last page still rendering at the end of a big build,
    // with the other cores idle, and a few chunks (a module each) stay small in memory.
    for few in page.chunks.chunks(CHUNKS_AT_ONCE) {
        let made: Vec<String> = few.par_iter().map(|chunk| chunk()).collect();
        for chunk in made {
            out.write_all(chunk.as_bytes())?;
        }
    }
    out.write_all(&frame[at + marker.len()..])
}

/// Writes the page into `sink`: in one piece, or streamed when it has chunks.
fn put_page(page: pages::RenderedPage, templates: &Templates, opts: &RenderOptions, sink: &dyn Sink) -> Result<(), Diagnostic> {
    let path = page.path.clone();
    let written = if page.chunks.is_empty() {
        sink.put(&path, assemble(page, templates, opts))
    } else {
        sink.put_with(&path, &mut |out| write_page(&page, templates, opts, out))
    };
    written.map_err(|e| Diagnostic::error(format!("cannot write {path}: {e}")))
}

/// The page's bytes.
fn assemble(page: pages::RenderedPage, templates: &Templates, opts: &RenderOptions) -> Vec<u8> {
    if page.chunks.is_empty() && !(opts.minify && templates.minify_whole_pages) {
        return page.html.into_bytes();
    }
    let mut bytes = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = write_page(&page, templates, opts, &mut bytes);
    bytes
}

/// A file of the site, made in memory.
#[derive(Debug, Clone)]
pub struct RenderedFile {
    /// Path in the output, with `/` separators.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Everything pages are made from besides the compiled documents: the loaded course, the
/// templates, the options, and the parts pages share (made once per `Renderer`, so make one per
/// render, not one per page).
pub struct Renderer<'a> {
    pub course: &'a Course,
    pub templates: &'a Templates,
    pub opts: &'a RenderOptions,
    shared: SharedParts,
}

impl<'a> Renderer<'a> {
    /// `templates` must have been made with the same `opts.minify`.
    pub fn new(course: &'a Course, templates: &'a Templates, opts: &'a RenderOptions) -> Renderer<'a> {
        Renderer { course, templates, opts, shared: SharedParts::new(course) }
    }

    /// The style of Markdown HTML these templates and options want (`markdown::compile`): compact
    /// when pages are minified and the templates were minified ahead; otherwise as written, and
    /// then, with minification on, the whole page goes through minify-html.
    pub fn style(&self) -> crate::markdown::HtmlStyle {
        if self.opts.minify && !self.templates.minify_whole_pages {
            crate::markdown::HtmlStyle::Compact
        } else {
            crate::markdown::HtmlStyle::Lines
        }
    }

    /// One page in memory (`sonder serve`).
    pub fn page(&self, compiled: &'a Compiled, id: PageId) -> Result<RenderedFile, Diagnostic> {
        let page = pages::render_page(self, compiled, id)?;
        Ok(RenderedFile { path: page.path.clone(), bytes: assemble(page, self.templates, self.opts) })
    }

    /// Renders a page and puts it into `sink`.
    pub fn put(&self, compiled: &'a Compiled, id: PageId, sink: &dyn Sink) -> Result<(), Diagnostic> {
        put_page(pages::render_page(self, compiled, id)?, self.templates, self.opts, sink)
    }

    /// Renders a lesson's page from its body compiled already (in `style`) and puts it into `sink`.
    pub fn put_lesson(&self, mi: usize, li: usize, body: &crate::markdown::Compiled, sink: &dyn Sink) -> Result<(), Diagnostic> {
        put_page(pages::render_lesson_page(self, mi, li, body)?, self.templates, self.opts, sink)
    }

    /// Renders pages into `sink` on all cores; every page that fails is reported.
    pub fn put_pages(&self, compiled: &'a Compiled, ids: &[PageId], sink: &dyn Sink) -> Diagnostics {
        let failed: Vec<Diagnostic> = ids.par_iter().filter_map(|&id| self.put(compiled, id, sink).err()).collect();
        Diagnostics { items: failed }
    }

    /// The theme's static files and the generated course stylesheet.
    pub fn put_theme_files(&self, sink: &dyn Sink) -> Diagnostics {
        let mut diags = Diagnostics::default();
        // Generated, not inline: pages must work under a strict Content-Security-Policy.
        let course_css = ("course.css".to_string(), pages::course_css(self.course).into_bytes());
        // The search dialog's words, in the course's language: loaded with search.js, not
        // carried by every page.
        let search_messages = self.course.config.search.then(|| {
            let js = crate::i18n::browser::search_messages_js(&self.templates.catalog);
            ("search-messages.js".to_string(), js.into_bytes())
        });
        let generated = std::iter::once(&course_css).chain(search_messages.as_ref());
        for (name, bytes) in generated.chain(self.course.theme.site_static_files()) {
            if let Err(e) = sink.put(&format!("assets/{name}"), bytes.clone()) {
                diags.push(Diagnostic::error(format!("cannot write assets/{name}: {e}")));
            }
        }
        diags
    }
}

/// The names of templates each page kind is rendered with (for incremental rebuilds on template edits).
pub fn template_users(course: &Course) -> HashMap<String, Vec<PageId>> {
    let mut map: HashMap<String, Vec<PageId>> = HashMap::new();
    for id in PageId::all(course) {
        map.entry(id.template().to_string()).or_default().push(id);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pest_positions() {
        assert_eq!(pest_position("error\n --> 3:15\n  |"), Some((3, 15)));
        assert_eq!(line_offset("ab\ncd\n", 2, 2), 4);
    }
}
