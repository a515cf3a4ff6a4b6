//! The interface's words: Fluent catalogues (`themes/<theme>/i18n/<lang>.ftl`, overridden string by
//! string by the course's `i18n/<lang>.ftl`), chosen by course.toml `language`. A message is looked
//! up from the most specific language to the least ("de-AT", then "de") and falls back to English,
//! so a partial catalogue still gives a whole page. Plurals follow each language's CLDR rules
//! (Fluent's selectors), never string concatenation.

mod arguments;
pub mod browser;

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diagnostics::{Diagnostic, SourceText};
use crate::model::{CatalogueFile, Course};

/// Languages written right to left: their pages get `dir="rtl"`.
const RTL_LANGUAGES: [&str; 9] = ["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv"];

/// One catalogue file, parsed, with the language its plural rules follow.
struct Layer {
    bundle: FluentBundle<FluentResource>,
    /// The English catalogue a language without the message falls back to.
    fallback: bool,
}

/// The interface strings of one course language, ready to format.
pub struct Catalog {
    language: String,
    layers: Vec<Layer>,
}

/// "de-AT" -> ["de-AT", "de", "en"]: where a message is looked for, in order.
pub fn language_chain(language: &str) -> Vec<String> {
    let mut chain = Vec::new();
    let mut tag = language.to_string();
    loop {
        if !chain.iter().any(|c: &String| c.eq_ignore_ascii_case(&tag)) {
            chain.push(tag.clone());
        }
        match tag.rfind('-') {
            Some(at) => tag.truncate(at),
            None => break,
        }
    }
    if !chain.iter().any(|c| c.eq_ignore_ascii_case("en")) {
        chain.push("en".into());
    }
    chain
}

/// Whether text in `language` runs right to left (by its primary subtag).
pub fn is_rtl(language: &str) -> bool {
    let primary = language.split('-').next().unwrap_or("").to_ascii_lowercase();
    RTL_LANGUAGES.contains(&primary.as_str())
}

/// The catalogue files for `language` in lookup order: for each language of the chain, the
/// course's own file before the theme's.
fn files_in_order<'a>(language: &str, catalogues: &'a [CatalogueFile]) -> Vec<&'a CatalogueFile> {
    let mut out = Vec::new();
    for lang in language_chain(language) {
        for from_course in [true, false] {
            out.extend(catalogues.iter().filter(|c| c.from_course == from_course && c.language.eq_ignore_ascii_case(&lang)));
        }
    }
    out
}

/// A parsed file; a file with syntax errors keeps the messages that did parse (`check` reports
/// the errors).
pub fn parse(file: &CatalogueFile) -> (FluentResource, Vec<fluent_syntax::parser::ParserError>) {
    match FluentResource::try_new(file.source.to_string()) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors),
    }
}

fn bundle_for(file: &CatalogueFile) -> FluentBundle<FluentResource> {
    let lang: LanguageIdentifier = file.language.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // No Unicode isolation marks around arguments: pages set `dir`, and the marks would end up in
    // titles, attributes and copied text.
    bundle.set_use_isolating(false);
    // A file defining a message twice keeps the first; `check` has the file's parse errors.
    let _ = bundle.add_resource(parse(file).0);
    bundle
}

/// An argument of a message: numbers select plural forms, everything else is text.
pub enum Arg<'a> {
    Num(f64),
    Text(&'a str),
}

impl Catalog {
    /// The catalogue of the course's language, from its theme's and its own files.
    pub fn new(course: &Course) -> Catalog {
        Catalog::for_language(&course.config.language, &course.theme.catalogues)
    }

    pub fn for_language(language: &str, catalogues: &[CatalogueFile]) -> Catalog {
        let english = language.split('-').next().is_some_and(|p| p.eq_ignore_ascii_case("en"));
        let layers = files_in_order(language, catalogues)
            .into_iter()
            .map(|f| Layer { bundle: bundle_for(f), fallback: !english && f.language.eq_ignore_ascii_case("en") })
            .collect();
        Catalog { language: language.to_string(), layers }
    }

    pub fn language(&self) -> &str {
        &self.language
    }

    /// `ltr` or `rtl`, for `<html dir>`.
    pub fn dir(&self) -> &'static str {
        if is_rtl(&self.language) {
            "rtl"
        } else {
            "ltr"
        }
    }

    pub fn has(&self, key: &str) -> bool {
        self.layers.iter().any(|l| l.bundle.get_message(key).is_some_and(|m| m.value().is_some()))
    }

    /// The message `key` with `args`, or `None` when no catalogue has it.
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> Option<String> {
        let (layer, pattern) = self.layers.iter().find_map(|l| Some((l, l.bundle.get_message(key)?.value()?)))?;
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
                Arg::Text(s) => fargs.set(*name, FluentValue::from(*s)),
            }
        }
        let mut errors = Vec::new();
        Some(layer.bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned())
    }

    /// The message `key` as the language's own catalogues have it, without falling back to
    /// English (a language's name in itself: `language-name`).
    pub fn own(&self, key: &str) -> Option<String> {
        let layer = self.layers.iter().filter(|l| !l.fallback).find(|l| l.bundle.get_message(key).is_some_and(|m| m.value().is_some()))?;
        let pattern = layer.bundle.get_message(key)?.value()?;
        Some(layer.bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned())
    }

    /// The message `key` without arguments; the key itself if no catalogue has it (a theme
    /// template naming an unknown key fails instead: `TFunction`).
    pub fn t(&self, key: &str) -> String {
        self.format(key, &[]).unwrap_or_else(|| key.to_string())
    }

    /// The message `key` with arguments (see `t`).
    pub fn t_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.format(key, args).unwrap_or_else(|| key.to_string())
    }
}

/// `t(key="lessons-count", count=3)` in templates: the message in the course's language. Named
/// arguments other than `key` become the message's arguments; numbers select plural forms.
pub struct TFunction {
    catalog: std::sync::Arc<Catalog>,
    /// Messages without arguments, formatted once: most of a page's words, on every page.
    plain: Memo,
}

/// Texts a template function makes once per key and then hands out again: the functions are
/// called on every page, mostly with the same arguments.
#[derive(Default)]
pub struct Memo(std::sync::RwLock<HashMap<String, String>>);

impl Memo {
    /// The text for `key`, made by `make` the first time.
    pub fn get_or(&self, key: &str, make: impl FnOnce() -> tera::Result<String>) -> tera::Result<String> {
        if let Some(text) = self.0.read().unwrap_or_else(|e| e.into_inner()).get(key) {
            return Ok(text.clone());
        }
        let text = make()?;
        self.0.write().unwrap_or_else(|e| e.into_inner()).insert(key.to_string(), text.clone());
        Ok(text)
    }
}

impl TFunction {
    pub fn new(catalog: std::sync::Arc<Catalog>) -> TFunction {
        TFunction { catalog, plain: Default::default() }
    }
}

impl tera::Function for TFunction {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = match args.get("key") {
            Some(tera::Value::String(k)) => k.as_str(),
            _ => return Err(tera::Error::msg("t() needs a `key` argument naming a message, e.g. t(key=\"nav-course\")")),
        };
        let text = if args.len() == 1 { self.plain.get_or(key, || self.format(key, args)) } else { self.format(key, args) };
        text.map(tera::Value::String)
    }
}

impl TFunction {
    /// Message `key` with the other arguments of the call as its variables.
    fn format(&self, key: &str, args: &HashMap<String, tera::Value>) -> tera::Result<String> {
        let texts: Vec<(String, String)> = args
            .iter()
            .filter(|(name, _)| name.as_str() != "key")
            .filter_map(|(name, v)| match v {
                tera::Value::Number(_) => None,
                tera::Value::String(s) => Some((name.clone(), s.clone())),
                other => Some((name.clone(), other.to_string())),
            })
            .collect();
        let mut fargs: Vec<(&str, Arg)> = texts.iter().map(|(n, s)| (n.as_str(), Arg::Text(s))).collect();
        for (name, v) in args {
            if let tera::Value::Number(n) = v {
                fargs.push((name.as_str(), Arg::Num(n.as_f64().unwrap_or(0.0))));
            }
        }
        match self.catalog.format(key, &fargs) {
            Some(s) => Ok(s),
            None => Err(tera::Error::msg(format!(
                "t(): no message `{key}` in the catalogues of `{}` or English (themes/default/i18n/en.ftl lists the keys)",
                self.catalog.language
            ))),
        }
    }
}

/// The message ids a catalogue file defines, with where each stands.
pub fn message_ids(file: &CatalogueFile) -> Vec<(String, std::ops::Range<usize>)> {
    let source = file.source.to_string();
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) if m.value.is_some() => {
                let name = m.id.name;
                let at = name.as_ptr() as usize - source.as_ptr() as usize;
                Some((name.to_string(), at..at + name.len()))
            }
            _ => None,
        })
        .collect()
}

/// Variables a message of `files` names that the English message of the same id does not have,
/// and functions Fluent does not have (errors: the placeable shows as written on every page).
fn argument_problems(files: &[&CatalogueFile], english: &HashMap<String, Vec<arguments::Named>>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for f in files {
        let text = SourceText::new(f.shown.clone(), std::sync::Arc::from(f.source.as_ref()));
        for (id, named) in arguments::named_by_message(&f.source) {
            let Some(known) = english.get(&id) else { continue };
            let variables: Vec<&str> = known.iter().filter(|n| !n.function).map(|n| n.name.as_str()).collect();
            for n in &named {
                let problem = if n.unknown_function() {
                    Diagnostic::error(format!("`{id}` calls `{}`, which Fluent does not have", n.name))
                        .hint("use NUMBER or DATETIME, or plain text")
                } else if !n.function && !variables.contains(&n.name.as_str()) {
                    let given = variables.iter().map(|v| format!("`${v}`")).collect::<Vec<_>>();
                    let hint = if given.is_empty() {
                        "this message takes no variables: write it as plain text".to_string()
                    } else {
                        format!("`{id}` is given {}", given.join(", "))
                    };
                    Diagnostic::error(format!("`{id}` uses `${}`, which the interface does not give it", n.name)).hint(hint)
                } else {
                    continue;
                };
                out.push(problem.in_file(&text).at(n.at.clone()).label("shown as written on every page"));
            }
        }
    }
    out
}

/// The theme's English catalogue (`en.ftl`): the messages, and their arguments, that the
/// templates are written against.
fn theme_english(course: &Course) -> impl Iterator<Item = &CatalogueFile> {
    course.theme.catalogues.iter().filter(|c| !c.from_course && c.language.eq_ignore_ascii_case("en"))
}

/// Problems with the interface strings of the course's language: syntax errors in any catalogue
/// of its chain (errors, with file:line:col), placeables naming what the interface does not give
/// (errors, `argument_problems`), messages of the English catalogue that no catalogue of the
/// language has (warnings: English is shown), and ids in the course's own files that are not
/// messages of the interface (warnings: a typo overrides nothing).
pub fn check(course: &Course) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let files = files_in_order(&course.config.language, &course.theme.catalogues);
    for f in &files {
        for e in parse(f).1 {
            let text = SourceText::new(f.shown.clone(), std::sync::Arc::from(f.source.as_ref()));
            let at = e.pos.start.min(f.source.len());
            out.push(
                Diagnostic::error(format!("Fluent syntax error in {}: {}", f.shown, e.kind))
                    .in_file(&text)
                    .at(at..(e.pos.end.max(at + 1)).min(f.source.len()).max(at))
                    .hint("see https://projectfluent.org/fluent/guide/ for the syntax; a message is `key = text` on one line"),
            );
        }
    }
    let english_arguments = theme_english(course).flat_map(|c| arguments::named_by_message(&c.source)).collect();
    out.extend(argument_problems(&files, &english_arguments));
    let english: Vec<String> = theme_english(course).flat_map(|c| message_ids(c).into_iter().map(|(id, _)| id)).collect();
    let chain = language_chain(&course.config.language);
    let own: Vec<&&CatalogueFile> = files.iter().filter(|f| !f.language.eq_ignore_ascii_case("en")).collect();
    if !chain[0].eq_ignore_ascii_case("en") {
        let defined: std::collections::HashSet<String> = own.iter().flat_map(|f| message_ids(f).into_iter().map(|(id, _)| id)).collect();
        let shown = own.first().map_or_else(|| format!("i18n/{}.ftl", chain[0]), |f| f.shown.clone());
        let missing: Vec<&String> = english.iter().filter(|k| !defined.contains(*k)).collect();
        if own.is_empty() {
            out.push(
                Diagnostic::warning(format!(
                    "no interface catalogue for language `{}`: the interface is shown in English",
                    course.config.language
                ))
                .in_path("course.toml")
                .hint(format!("add i18n/{}.ftl to the course with the messages of themes/default/i18n/en.ftl translated", chain[0])),
            );
        } else {
            for key in missing {
                out.push(
                    Diagnostic::warning(format!("{shown} has no message `{key}`: English is shown for it")).in_path(shown.clone()).hint(
                        format!("add `{key} = ...` to i18n/{}.ftl of the course (themes/default/i18n/en.ftl has the English)", chain[0]),
                    ),
                );
            }
        }
    }
    for f in files.iter().filter(|f| f.from_course) {
        let text = SourceText::new(f.shown.clone(), std::sync::Arc::from(f.source.as_ref()));
        for (id, at) in message_ids(f) {
            if !english.contains(&id) {
                let near = english.iter().min_by_key(|k| strsim::levenshtein(k, &id)).filter(|k| strsim::levenshtein(k, &id) <= 3);
                out.push(
                    Diagnostic::warning(format!("`{id}` is not a message of the interface, so it changes nothing"))
                        .in_file(&text)
                        .at(at)
                        .hint(near.map_or_else(
                            || "themes/default/i18n/en.ftl lists the messages".to_string(),
                            |k| format!("did you mean `{k}`?"),
                        )),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains_fall_back_from_region_to_language_to_english() {
        assert_eq!(language_chain("de-AT"), ["de-AT", "de", "en"]);
        assert_eq!(language_chain("en-GB"), ["en-GB", "en"]);
        assert_eq!(language_chain("en"), ["en"]);
        assert!(is_rtl("ar") && is_rtl("he-IL") && is_rtl("fa") && !is_rtl("de") && !is_rtl("en"));
    }
}
