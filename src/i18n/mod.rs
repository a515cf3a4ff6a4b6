//! The interface's words: Fluent catalogues (`themes/<theme>/i18n/<lang>.ftl`, overridden string by
//! string by the course's `i18n/<lang>.ftl`), chosen by course.toml `language`. A message is looked
//! up from the most specific language to the least ("de-AT", then "de") and falls back to English,
//! so a partial catalogue still gives a whole page. Plurals follow each language's CLDR rules
//! (Fluent's selectors), never string concatenation.

pub mod browser;
mod outline;

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diagnostics::{Diagnostic, SourceText};
use crate::model::{CatalogueFile, Course};
use fluent_syntax::parser::{ErrorKind, ParserError};
use outline::{Named, Outline};

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

/// The message ids a catalogue file defines (those with a value), with where each stands.
pub fn message_ids(file: &CatalogueFile) -> Vec<(String, std::ops::Range<usize>)> {
    Outline::of(&file.source).ids().map(|(id, at)| (id.to_string(), at)).collect()
}

/// A catalogue file of the course's language chain, parsed once for all of `check`.
struct Outlined<'a> {
    file: &'a CatalogueFile,
    outline: Outline,
}

/// What the templates are written against: the theme's English catalogue (`en.ftl`), its
/// message ids and what each message names.
struct English {
    ids: Vec<String>,
    named: HashMap<String, Vec<Named>>,
}

impl English {
    fn of(files: &[Outlined]) -> English {
        let theme_english = files.iter().filter(|f| !f.file.from_course && f.file.language.eq_ignore_ascii_case("en"));
        let mut english = English { ids: Vec::new(), named: HashMap::new() };
        // A theme folder's en.ftl comes before the built-in one it changes: each id once, and
        // what a message is given is the built-in's (the last), which the templates pass.
        let mut seen = std::collections::HashSet::new();
        for f in theme_english {
            english.ids.extend(f.outline.ids().map(|(id, _)| id.to_string()).filter(|id| seen.insert(id.clone())));
            english.named.extend(f.outline.messages.iter().map(|m| (m.id.clone(), m.named.clone())));
        }
        english
    }
}

fn source_text(file: &CatalogueFile) -> SourceText {
    SourceText::new(file.shown.clone(), file.source.clone())
}

/// Problems with the interface strings of the course's language: syntax errors in any catalogue
/// of its chain (errors, with file:line:col), placeables naming what the interface does not give
/// (errors, `argument_problems`), messages of the English catalogue that no catalogue of the
/// language has (warnings: English is shown), and ids in the course's own files that are not
/// messages of the interface (warnings: a typo overrides nothing).
pub fn check(course: &Course) -> Vec<Diagnostic> {
    let files: Vec<Outlined> = files_in_order(&course.config.language, &course.theme.catalogues)
        .into_iter()
        .map(|file| Outlined { file, outline: Outline::of(&file.source) })
        .collect();
    let english = English::of(&files);
    let mut out = syntax_errors(&files);
    out.extend(argument_problems(&files, &english));
    out.extend(missing_messages(&course.config.language, &files, &english));
    out.extend(unknown_messages(&files, &english));
    out
}

fn syntax_errors(files: &[Outlined]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for Outlined { file, outline } in files {
        for e in &outline.errors {
            let (message, hint) = match (broken_message(&file.source, e), &e.kind) {
                (Some(id), ErrorKind::ExpectedToken('}')) => (
                    format!("`{id}` in {} is not closed: {}", file.shown, e.kind),
                    "close each `{` with `}`; a select expression (`{ $count ->`) ends with `}` on a line of its own".to_string(),
                ),
                (Some(id), _) => (format!("Fluent syntax error in `{id}` in {}: {}", file.shown, e.kind), SYNTAX_HINT.to_string()),
                (None, _) => (format!("Fluent syntax error in {}: {}", file.shown, e.kind), SYNTAX_HINT.to_string()),
            };
            out.push(Diagnostic::error(message).in_file(&source_text(file)).at(error_span(&file.source, e)).hint(hint));
        }
    }
    out
}

const SYNTAX_HINT: &str = "see https://projectfluent.org/fluent/guide/ for the syntax; a message is `key = text` on one line";

/// The id of the message a syntax error is in, when the broken entry starts with one (`id =`).
fn broken_message<'s>(source: &'s str, e: &ParserError) -> Option<&'s str> {
    let entry = source.get(e.slice.clone()?)?;
    let (id, _) = entry.split_once('=')?;
    let id = id.trim_end();
    let is_id = id.starts_with(|c: char| c.is_ascii_alphabetic()) && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    is_id.then_some(id)
}

/// Where to point for a syntax error. The parser says where it stopped; for a message left open
/// (a `{` never closed) that is the start of the next message, a line that is fine. The error
/// belongs at the end of the broken message's last line, before that.
fn error_span(source: &str, e: &ParserError) -> std::ops::Range<usize> {
    let len = source.len();
    let at = e.pos.start.min(len);
    let entry_start = e.slice.as_ref().map_or(at, |s| s.start.min(at));
    let at_line_start = at == 0 || source.as_bytes()[at - 1] == b'\n';
    if at_line_start && entry_start < at {
        let before = source.get(entry_start..at).unwrap_or_default().trim_end();
        if let Some(last) = before.chars().next_back() {
            let end = entry_start + before.len();
            return end - last.len_utf8()..end;
        }
    }
    at..(e.pos.end.max(at + 1)).min(len).max(at)
}

/// Variables a message names that the English message of the same id does not have, and
/// functions Fluent does not have (errors: the placeable shows as written on every page).
fn argument_problems(files: &[Outlined], english: &English) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for Outlined { file, outline } in files {
        for message in &outline.messages {
            let Some(known) = english.named.get(&message.id) else { continue };
            let variables: Vec<&str> = known.iter().filter(|n| !n.function).map(|n| n.name.as_str()).collect();
            for n in &message.named {
                let Some(problem) = argument_problem(&message.id, n, &variables) else { continue };
                out.push(problem.in_file(&source_text(file)).at(n.at.clone()).label("shown as written on every page"));
            }
        }
    }
    out
}

/// What is wrong with `n`, named by message `id` whose English is given `variables`, if anything.
fn argument_problem(id: &str, n: &Named, variables: &[&str]) -> Option<Diagnostic> {
    if n.unknown_function() {
        return Some(
            Diagnostic::error(format!("`{id}` calls `{}`, which Fluent does not have", n.name))
                .hint("use NUMBER or DATETIME, or plain text"),
        );
    }
    if n.function || variables.contains(&n.name.as_str()) {
        return None;
    }
    let given = variables.iter().map(|v| format!("`${v}`")).collect::<Vec<_>>();
    let hint = if given.is_empty() {
        "this message takes no variables: write it as plain text".to_string()
    } else {
        format!("`{id}` is given {}", given.join(", "))
    };
    Some(Diagnostic::error(format!("`{id}` uses `${}`, which the interface does not give it", n.name)).hint(hint))
}

/// Warnings for the English messages that no catalogue of a language other than English has
/// (English is shown for them), or one warning when the language has no catalogue at all.
fn missing_messages(language: &str, files: &[Outlined], english: &English) -> Vec<Diagnostic> {
    let chain = language_chain(language);
    if chain[0].eq_ignore_ascii_case("en") {
        return Vec::new();
    }
    let own: Vec<&Outlined> = files.iter().filter(|f| !f.file.language.eq_ignore_ascii_case("en")).collect();
    let Some(first) = own.first() else {
        return vec![Diagnostic::warning(format!("no interface catalogue for language `{language}`: the interface is shown in English"))
            .in_path("course.toml")
            .hint(format!("add i18n/{}.ftl to the course with the messages of themes/default/i18n/en.ftl translated", chain[0]))];
    };
    let defined: std::collections::HashSet<&str> = own.iter().flat_map(|f| f.outline.ids().map(|(id, _)| id)).collect();
    let shown = &first.file.shown;
    english
        .ids
        .iter()
        .filter(|key| !defined.contains(key.as_str()))
        .map(|key| {
            Diagnostic::warning(format!("{shown} has no message `{key}`: English is shown for it"))
                .in_path(shown.clone())
                .hint(format!("add `{key} = ...` to i18n/{}.ftl of the course (themes/default/i18n/en.ftl has the English)", chain[0]))
        })
        .collect()
}

/// Warnings for ids in the course's own catalogues that are not messages of the interface: such
/// a message overrides nothing (often a typo of one that is).
fn unknown_messages(files: &[Outlined], english: &English) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for Outlined { file, outline } in files.iter().filter(|f| f.file.from_course) {
        for (id, at) in outline.ids().filter(|(id, _)| !english.ids.iter().any(|k| k == id)) {
            let near = english.ids.iter().min_by_key(|k| strsim::levenshtein(k, id)).filter(|k| strsim::levenshtein(k, id) <= 3);
            out.push(
                Diagnostic::warning(format!("`{id}` is not a message of the interface, so it changes nothing"))
                    .in_file(&source_text(file))
                    .at(at)
                    .hint(
                        near.map_or_else(
                            || "themes/default/i18n/en.ftl lists the messages".to_string(),
                            |k| format!("did you mean `{k}`?"),
                        ),
                    ),
            );
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
        // The right-to-left languages docs/course-format.md lists.
        for tag in ["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv"] {
            assert!(is_rtl(tag), "{tag}");
        }
    }
}
