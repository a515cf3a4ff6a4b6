//! Model in, pages out: the tera environment, one context per page kind, and the list of every file
//! the site consists of. Pure: nothing here touches the disk.

pub mod exercises;
mod pages;

use std::collections::HashMap;

use rayon::prelude::*;
use tera::Tera;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::Course;

pub use pages::PageId;

/// Where rendered files go: a staging folder on disk (build) or memory (serve).
pub trait Sink: Sync {
    fn put(&self, path: &str, bytes: Vec<u8>) -> std::io::Result<()>;
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
    pub fn new(course: &Course) -> Result<Templates, Diagnostics> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html"]);
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
                        .hint(text.lines().filter(|l| !l.trim().is_empty()).last().unwrap_or("check the tera syntax").trim().to_string()),
                );
            }
        }
        if diags.has_errors() {
            return Err(diags);
        }
        let all: Vec<(&str, &str)> = course.theme.templates.iter().map(|(n, _, s)| (n.as_str(), s.as_str())).collect();
        if let Err(e) = tera.add_raw_templates(all) {
            return Err(Diagnostic::error(format!("the theme's templates do not fit together: {}", error_chain(&e)))
                .hint("check {% extends %}, {% include %} and {% import %} names")
                .into());
        }
        for required in pages::REQUIRED_TEMPLATES {
            if !course.theme.templates.iter().any(|(n, _, _)| n == required) {
                return Err(Diagnostic::error(format!("the theme has no template `{required}`")).hint(format!("add templates/{required} to the theme")).into());
            }
        }
        Ok(Templates { tera })
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

/// Minifies a page; on the rare input minify-html cannot improve, the page stays as it was.
pub fn minify(html: &[u8]) -> Vec<u8> {
    // Keeping optional closing tags makes minify-html over twice as slow (measured on a 10k-lesson
    // course); omitting them is valid HTML.
    let mut cfg = minify_html::Cfg::new();
    cfg.minify_css = true;
    minify_html::minify(html, &cfg)
}

/// The page's bytes: minified piece by piece when it has chunks (minify-html needs about fifteen
/// times its input in memory, so a 20 MB page must not go through it in one piece).
fn assemble(page: pages::RenderedPage, minify_on: bool) -> Vec<u8> {
    let frame = if minify_on { minify(page.html.as_bytes()) } else { page.html.into_bytes() };
    if page.chunks.is_empty() {
        return frame;
    }
    let marker = pages::CHUNKS_PLACEHOLDER.as_bytes();
    let Some(at) = frame.windows(marker.len()).position(|w| w == marker) else {
        return frame;
    };
    let mut out = Vec::with_capacity(frame.len() + page.chunks.iter().map(String::len).sum::<usize>());
    out.extend_from_slice(&frame[..at]);
    for chunk in &page.chunks {
        if minify_on {
            out.extend_from_slice(&minify(chunk.as_bytes()));
        } else {
            out.extend_from_slice(chunk.as_bytes());
        }
    }
    out.extend_from_slice(&frame[at + marker.len()..]);
    out
}

/// Renders every page and theme file of the course into `sink`, in parallel. Returns the number of
/// HTML pages written.
pub fn render_site(course: &Course, opts: &RenderOptions, sink: &dyn Sink) -> Result<usize, Diagnostics> {
    let templates = Templates::new(course)?;
    let ids = PageId::all(course);
    let results: Vec<Result<(), Diagnostic>> = ids
        .par_iter()
        .map(|id| {
            let page = pages::render_page(course, &templates, opts, id)?;
            let path = page.path.clone();
            sink.put(&path, assemble(page, opts.minify)).map_err(|e| Diagnostic::error(format!("cannot write {path}: {e}")))
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
    Ok(ids.len())
}

/// Renders one page (for `sonder serve`'s incremental rebuilds).
pub fn render_one(course: &Course, templates: &Templates, opts: &RenderOptions, id: &PageId) -> Result<(String, Vec<u8>), Diagnostic> {
    let page = pages::render_page(course, templates, opts, id)?;
    let path = page.path.clone();
    Ok((path, assemble(page, opts.minify)))
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
