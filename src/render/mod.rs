//! Model in, pages out: the tera environment, one context per page kind, and the list of every file
//! the site consists of. Pure: nothing here touches the disk.

pub mod exercises;
mod facilitation;
mod minify;
mod pages;

use std::collections::HashMap;

use rayon::prelude::*;
use tera::Tera;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::Course;

pub use pages::{PageId, SharedParts, PRINT_WHOLE_COURSE_MAX};

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

#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    pub minify: bool,
    /// `sonder serve` only: a script (path from the site root) injected into every page.
    pub live_reload_script: Option<String>,
}

/// Compiled templates of a theme. Built once per build (or per template change in serve).
pub struct Templates {
    tera: Tera,
    /// Minification was asked for but some template could not be minified ahead (see
    /// `minify::minify_template`): pages are minified whole after rendering instead.
    minify_whole_pages: bool,
    /// The interface strings of the course's language (also behind the templates' `t()`).
    pub catalog: std::sync::Arc<crate::i18n::Catalog>,
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
        tera.register_function("t", crate::i18n::TFunction(catalog.clone()));
        // Text as a CSS string literal, for `content:` in the page margins of printed pages.
        tera.register_filter("css_string", |v: &tera::Value, _: &HashMap<String, tera::Value>| {
            Ok(tera::Value::String(pages::css_string(v.as_str().unwrap_or_default())))
        });
        let mut diags = Diagnostics::default();
        // Add one by one first so a syntax error names its own file and line.
        for (name, shown, source) in &course.theme.templates {
            if let Err(e) = tera::Template::new(name, None, source) {
                let text = error_chain(&e);
                let (line, col) = pest_position(&text).unwrap_or((1, 1));
                let offset = line_offset(source, line, col);
                let file = crate::diagnostics::SourceText::new(shown.clone(), std::sync::Arc::from(source.as_str()));
                diags.push(
                    Diagnostic::error(format!("template syntax error in {name}"))
                        .in_file(&file)
                        .at(offset..offset + 1)
                        .hint(text.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("check the tera syntax").trim().to_string()),
                );
            }
        }
        if diags.has_errors() {
            return Err(diags);
        }
        if minify {
            let minified: Option<Vec<(&str, String)>> =
                course.theme.templates.iter().map(|(n, _, s)| Some((n.as_str(), minify::minify_template(s)?))).collect();
            if let Some(minified) = minified {
                let mut ahead = tera.clone();
                if ahead.add_raw_templates(minified.iter().map(|(n, s)| (*n, s.as_str()))).is_ok() {
                    return Templates::checked(ahead, course, false, catalog);
                }
            }
        }
        let all: Vec<(&str, &str)> = course.theme.templates.iter().map(|(n, _, s)| (n.as_str(), s.as_str())).collect();
        if let Err(e) = tera.add_raw_templates(all) {
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
            if !course.theme.templates.iter().any(|(n, _, _)| n == required) {
                return Err(Diagnostic::error(format!("the theme has no template `{required}`"))
                    .hint(format!("add templates/{required} to the theme"))
                    .into());
            }
        }
        Ok(Templates { tera, minify_whole_pages, catalog })
    }

    pub fn render(&self, name: &str, shown: &str, ctx: &tera::Context) -> Result<String, Diagnostic> {
        self.tera.render(name, ctx).map_err(|e| {
            Diagnostic::error(format!("template {name} failed to render: {}", error_chain(&e)))
                .in_path(shown.to_string())
                .hint("check the variables this template uses; see docs/theming.md for what each page gets")
        })
    }
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

/// Writes the page: its frame, with its chunks, if any, made and written one at a time where
/// `CHUNKS_PLACEHOLDER` stands (the journal of a 10,000-lesson course is 20 MB; minify-html
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
    // Chunks are written compact already (`pages::journal_module_section`).
    for chunk in &page.chunks {
        out.write_all(chunk().as_bytes())?;
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

/// Which pages `render_site` renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pages {
    All,
    /// Lesson pages were written while their bodies were compiled (`write_lesson_page`).
    AllButLessons,
}

/// The style of Markdown HTML these templates and options want (`markdown::compile`): compact
/// when pages are minified and the templates were minified ahead; otherwise as written, and
/// then, with minification on, the whole page goes through minify-html.
pub fn markdown_style(templates: &Templates, opts: &RenderOptions) -> crate::markdown::HtmlStyle {
    if opts.minify && !templates.minify_whole_pages {
        crate::markdown::HtmlStyle::Compact
    } else {
        crate::markdown::HtmlStyle::Lines
    }
}

/// Renders a lesson's page from its compiled body (made in `markdown_style`) and writes it.
#[allow(clippy::too_many_arguments)]
pub fn write_lesson_page(
    course: &Course,
    templates: &Templates,
    opts: &RenderOptions,
    shared: &SharedParts,
    sink: &dyn Sink,
    mi: usize,
    li: usize,
    body: &crate::markdown::Compiled,
) -> Result<(), Diagnostic> {
    let page = pages::render_lesson_page(course, templates, opts, shared, mi, li, body)?;
    put_page(page, templates, opts, sink)
}

/// Renders the pages and theme files of the course into `sink`, in parallel. Returns the number
/// of HTML pages of the site. `templates` must have been made with the same `opts.minify`.
pub fn render_site(
    course: &Course,
    templates: &Templates,
    opts: &RenderOptions,
    shared: &SharedParts,
    sink: &dyn Sink,
    which: Pages,
) -> Result<usize, Diagnostics> {
    let all = PageId::all(course);
    let count = all.len();
    let ids: Vec<PageId> = match which {
        Pages::All => all,
        Pages::AllButLessons => all.into_iter().filter(|id| !matches!(id, PageId::Lesson(..))).collect(),
    };
    let results: Vec<Result<(), Diagnostic>> = ids
        .par_iter()
        .map(|id| {
            let page = pages::render_page(course, templates, opts, shared, id)?;
            put_page(page, templates, opts, sink)
        })
        .collect();
    let mut diags = Diagnostics::default();
    diags.extend(results.into_iter().filter_map(Result::err));
    // Generated, not inline: pages must work under a strict Content-Security-Policy.
    if let Err(e) = sink.put("assets/course.css", pages::course_css(course).into_bytes()) {
        diags.push(Diagnostic::error(format!("cannot write assets/course.css: {e}")));
    }
    for (name, bytes) in &course.theme.static_files {
        if let Err(e) = sink.put(&format!("assets/{name}"), bytes.clone()) {
            diags.push(Diagnostic::error(format!("cannot write assets/{name}: {e}")));
        }
    }
    if diags.has_errors() {
        return Err(diags);
    }
    Ok(count)
}

/// Renders one page (for `sonder serve`'s incremental rebuilds).
pub fn render_one(course: &Course, templates: &Templates, opts: &RenderOptions, id: &PageId) -> Result<(String, Vec<u8>), Diagnostic> {
    let page = pages::render_page(course, templates, opts, &SharedParts::new(course), id)?;
    let path = page.path.clone();
    Ok((path, assemble(page, templates, opts)))
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
