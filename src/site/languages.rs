//! A course in several languages (`[languages]` in course.toml): one `Site` per language, all
//! through the same pipeline, the default language's at the output's root and each other's in
//! its `<code>/` folder. What ties them together is `Versions`: every page learns which language
//! versions of itself exist (for `<link rel="alternate" hreflang>` and the language switcher).

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use super::{Site, SiteOptions};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::translation::Tree;
use crate::render::{PageId, Sink};

/// One language version of the site, as the pages of every version see it.
#[derive(Debug, Clone)]
pub struct LanguageVersion {
    /// The language tag (`de`, `pt-BR`).
    pub code: String,
    /// The language's name in itself, for the switcher (`Deutsch`).
    pub name: String,
    /// Its site's folder in the output: "" for the default language, else `<code>/`.
    pub prefix: String,
    /// The pages it has (paths from its own root), untranslated lessons left out.
    pub pages: HashSet<String>,
}

/// Every language version of the course, and which one a site is.
#[derive(Debug, Clone)]
pub struct Versions {
    /// The default language first, then `[languages]` in the order course.toml lists them.
    pub all: Arc<Vec<LanguageVersion>>,
    pub current: usize,
}

impl Versions {
    /// The version in `lang` of the page at `path` (from its own language's root): the page
    /// itself when that language has it, else the nearest page it has (a lesson's module page,
    /// else the home page).
    pub fn target(&self, lang: usize, path: &str) -> Target {
        let v = &self.all[lang];
        if v.pages.contains(path) {
            return Target { path: format!("{}{path}", v.prefix), same_page: true };
        }
        let module_page = path.split_once('/').map(|(dir, _)| format!("{dir}/index.html"));
        let nearest = module_page.filter(|m| v.pages.contains(m)).unwrap_or_else(|| "index.html".into());
        Target { path: format!("{}{nearest}", v.prefix), same_page: false }
    }

    /// This site's folder in the output ("" or `<code>/`).
    pub fn prefix(&self) -> &str {
        &self.all[self.current].prefix
    }
}

/// Where a page's version in another language is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// From the output's root.
    pub path: String,
    /// It is the same page (else the nearest page that language has).
    pub same_page: bool,
}

/// A sink that puts every file under a folder of another sink: a translation's site in `<code>/`.
pub struct Prefixed<'a> {
    pub sink: &'a dyn Sink,
    pub prefix: &'a str,
}

impl Sink for Prefixed<'_> {
    fn put(&self, path: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        self.sink.put(&format!("{}{path}", self.prefix), bytes)
    }

    fn put_with(&self, path: &str, write: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>) -> std::io::Result<()> {
        self.sink.put_with(&format!("{}{path}", self.prefix), write)
    }
}

/// The course's sites, one per language: the default language's first.
pub struct Sites {
    pub sites: Vec<Site>,
}

impl Sites {
    /// Loads the course in every language. `None` when the course could not be read at all.
    pub fn load(root: &Path, opts: &SiteOptions) -> (Option<Sites>, Diagnostics) {
        let (site, mut diags) = Site::load(root, opts);
        let Some(site) = site else { return (None, diags) };
        let languages = site.course.config.languages.clone();
        let mut sites = vec![site];
        diags.extend(folder_clashes(&sites[0]));
        diags.extend(unlisted_trees(root, &languages));
        for lang in &languages {
            let (translated, d) = Site::load_in(root, opts, Tree { language: Some(lang) });
            diags.extend(d.items);
            sites.extend(translated);
        }
        if sites.len() > 1 {
            link_versions(&mut sites);
        }
        dedup(&mut diags);
        (Some(Sites { sites }), diags)
    }

    /// Each site's folder in the output ("" for the default language).
    pub fn prefix(site: &Site) -> &str {
        site.opts.versions.as_ref().map_or("", Versions::prefix)
    }
}

/// Tells every site which pages each language has.
fn link_versions(sites: &mut [Site]) {
    let all: Vec<LanguageVersion> = sites.iter().enumerate().map(|(i, s)| version_of(s, i == 0)).collect();
    let all = Arc::new(all);
    for (current, site) in sites.iter_mut().enumerate() {
        site.opts.versions = Some(Versions { all: all.clone(), current });
    }
}

fn version_of(site: &Site, default: bool) -> LanguageVersion {
    let cfg = &site.course.config;
    let own_name = cfg.languages.iter().find(|l| l.code == cfg.language).and_then(|l| l.name.clone());
    let catalog_name = site.templates.as_ref().and_then(|t| t.catalog.own("language-name"));
    let untranslated = |id: &PageId| matches!(*id, PageId::Lesson(m, l) if site.course.modules[m].lessons[l].untranslated.is_some());
    LanguageVersion {
        code: cfg.language.clone(),
        name: own_name.or(catalog_name).unwrap_or_else(|| cfg.language.clone()),
        prefix: if default { String::new() } else { format!("{}/", cfg.language) },
        pages: PageId::all(&site.course).into_iter().filter(|id| !untranslated(id)).map(|id| id.path(&site.course)).collect(),
    }
}

/// A language's folder must not be one the default site writes (a module, `assets`, ...).
fn folder_clashes(site: &Site) -> Vec<Diagnostic> {
    let course = &site.course;
    let mut taken: HashSet<String> = crate::load::content::RESERVED_ROOT_NAMES.iter().map(|s| s.to_string()).collect();
    taken.extend(course.modules.iter().map(|m| m.slug.clone()));
    taken.extend(course.pages.iter().map(|p| format!("{}.html", p.slug)));
    taken.extend(course.assets.iter().map(|a| a.output.split('/').next().unwrap_or("").to_string()));
    let taken: HashSet<String> = taken.into_iter().map(|s| s.to_lowercase()).collect();
    let file = &course.config.source;
    course
        .config
        .languages
        .iter()
        .filter(|l| taken.contains(&l.code.to_lowercase()))
        .map(|l| {
            Diagnostic::error(format!("the site in `{}` would be written to the folder {}/, which the course uses already", l.code, l.code))
                .in_file(file)
                .at(l.span.clone())
                .hint("rename the module folder or file of that name: each extra language's site is written to a folder named by its tag")
        })
        .collect()
}

/// A `content.<tag>/` or `exercises.<tag>/` folder of a language course.toml does not list is
/// built into nothing: a warning, so a forgotten `[languages.<tag>]` does not go unnoticed.
fn unlisted_trees(root: &Path, languages: &[crate::model::LanguageConfig]) -> Vec<Diagnostic> {
    let Ok(entries) = std::fs::read_dir(root) else { return Vec::new() };
    let mut names: Vec<String> = entries.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
        .into_iter()
        .filter_map(|name| {
            let tag = name.strip_prefix("content.").or_else(|| name.strip_prefix("exercises."))?;
            let listed = languages.iter().any(|l| l.code == tag);
            (!listed && crate::load::course_toml::is_language_tag(tag) && root.join(&name).is_dir()).then(|| {
                Diagnostic::warning(format!("{name}/ is not built: `{tag}` is not a language of the course"))
                    .in_path(name.clone())
                    .hint(format!("add `[languages.{tag}]` to course.toml to build the course in this language too, or remove {name}/"))
            })
        })
        .collect()
}

/// The same problem found while loading two languages (a file of the default tree both use) is
/// reported once.
pub fn dedup(diags: &mut Diagnostics) {
    let mut seen: HashSet<(String, Option<String>, bool)> = HashSet::new();
    diags.items.retain(|d| seen.insert((d.message.clone(), d.location(), d.is_error())));
}
