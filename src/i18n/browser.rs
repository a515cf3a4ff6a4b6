//! The messages scripts show in the browser (the widget, the journal, search). The widget's are
//! carried by each page as JSON in `<script type="application/json" data-sonder-messages>`
//! (docs/markup.md): no fetch, so it works from file://, and each page carries only the messages
//! it can show. The search dialog's are in `assets/search-messages.js`, loaded with search.js when
//! the learner first opens search, so that pages do not carry them.
//!
//! A message is a string with `{name}` placeholders, or, when its Fluent text selects on a
//! number, an object `{"$": "<variable>", "one": "...", "few": "...", "other": "...", "=0": "..."}`
//! with the language's CLDR plural variants; the browser chooses with `Intl.PluralRules`.

use serde_json::{Map, Value};

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};

use super::{Arg, Catalog};

/// The message groups and the ids each holds. A page gets `widget` always, the others by its
/// kind (`groups_for_page`); `search` goes to `search_messages_js`. Every id here is in
/// themes/default/i18n/en.ftl (tests/i18n.rs).
pub const GROUPS: [(&str, &[&str]); 6] = [
    (
        "widget",
        &[
            "widget-saved",
            "widget-unsaved-newer",
            "widget-unsaved-blocked",
            "widget-unsaved-full",
            "widget-unsaved-refused",
            "widget-unsaved-no-room",
            "widget-unsaved-download",
            "widget-unsaved-error",
            "widget-unsaved-no-start",
            "widget-backup-copied",
        ],
    ),
    ("progress", &["widget-lessons-progress", "widget-continue", "widget-course-complete"]),
    (
        "exercise",
        &[
            "widget-saved-at",
            "widget-correct",
            "widget-not-quite",
            "widget-quiz-score",
            "widget-entry-empty",
            "widget-copied",
            "copy",
            "widget-copy-failed",
            "widget-clear-confirm",
            "widget-cleared",
        ],
    ),
    (
        "journal",
        &[
            "widget-no-journal",
            "no-answer-yet",
            "widget-not-done",
            "widget-done",
            "widget-draft",
            "orphans-title",
            "widget-edit",
            "widget-delete",
            "widget-edit-entry",
            "widget-delete-entry",
            "widget-save",
            "widget-cancel",
            "widget-entry-saved",
            "widget-entry-deleted",
            "widget-delete-entry-confirm",
            "widget-reset-confirm",
            "widget-reset-done",
            "widget-kept",
            "widget-may-delete",
            "widget-last-export",
            "widget-never-exported",
            "widget-backup-reminder",
            "widget-backup-last",
            "widget-backup-never",
            "widget-import-readonly",
            "widget-import-too-large",
            "widget-import-markdown",
            "widget-import-unreadable",
            "widget-import-not-json",
            "widget-import-not-export",
            "widget-import-schema",
            "widget-import-other-course",
            "widget-import-damaged",
            "widget-import-nothing",
            "widget-import-nothing-kept",
            "widget-import-done",
            "widget-import-added",
            "widget-import-updated",
            "widget-import-kept",
            "widget-import-same",
            "widget-import-lessons",
            "widget-md-exported",
            "widget-md-no-answer",
            "your-text",
        ],
    ),
    (
        "search",
        &[
            "search-title",
            "search-close",
            "search-label",
            "search-results",
            "search-keys",
            "search-unavailable",
            "search-loading",
            "search-too-short",
            "search-pages",
            "search-answers",
            "search-top",
            "search-count",
            "search-none",
            "search-missing",
        ],
    ),
    ("lms", &["lms-close", "lms-rejected", "lms-error", "lms-room", "lms-room-entries", "lms-room-entries-draft", "lms-room-exercise"]),
];

/// The groups a page of `kind` (`page_kind` in templates, or `scorm-launch`) carries.
pub fn groups_for_page(kind: &str) -> Vec<&'static str> {
    // The SCORM launch page runs sonder-scorm.js only; the course runs in its frame.
    if kind == "scorm-launch" {
        return vec!["lms"];
    }
    let mut groups = vec!["widget"];
    match kind {
        "home" | "module" => groups.push("progress"),
        "lesson" => groups.extend(["progress", "exercise"]),
        "page" | "print" => groups.push("exercise"),
        "journal" => groups.extend(["exercise", "journal"]),
        _ => {}
    }
    groups
}

/// `assets/search-messages.js`: the search dialog's messages as `window.sonderSearchMessages`, a
/// classic script (it loads from file://), in the catalogue's language.
pub fn search_messages_js(cat: &Catalog) -> String {
    format!("window.sonderSearchMessages={};\n", messages_json(cat, &["search"]))
}

/// The JSON text for `data-sonder-messages`: the messages of `groups` in the catalogue's language.
/// `<` is written `\u003c`, so the text cannot end its script element.
pub fn messages_json(cat: &Catalog, groups: &[&str]) -> String {
    let mut out = Map::new();
    for (_, keys) in GROUPS.iter().filter(|(name, _)| groups.contains(name)) {
        for key in keys.iter() {
            if let Some(v) = browser_message(cat, key) {
                out.insert((*key).to_string(), v);
            }
        }
    }
    serde_json::to_string(&Value::Object(out)).unwrap_or_else(|_| "{}".into()).replace('<', "\\u003c")
}

/// A message as the browser gets it, from the first catalogue of the chain that has it.
pub fn browser_message(cat: &Catalog, key: &str) -> Option<Value> {
    let pattern = cat.layers.iter().find_map(|l| l.bundle.get_message(key)?.value())?;
    match expand(cat, pattern) {
        Some(Browser::Text(s)) => Some(Value::String(s)),
        Some(Browser::Plural { var, variants }) => {
            let mut o = Map::new();
            o.insert("$".into(), Value::String(var));
            for (k, v) in variants {
                o.entry(k).or_insert(Value::String(v));
            }
            Some(Value::Object(o))
        }
        // A construct the browser cannot choose between (a term, a function, nested selectors):
        // the message as Fluent formats it with the placeholders as text, its default variant.
        None => {
            let names = variables(pattern);
            let args: Vec<(&str, Arg)> = names.iter().map(|(n, p)| (n.as_str(), Arg::Text(p))).collect();
            cat.format(key, &args).map(Value::String)
        }
    }
}

enum Browser {
    Text(String),
    Plural { var: String, variants: Vec<(String, String)> },
}

/// Text and `{name}` placeholders for a pattern without selectors; `None` on anything else.
fn flat(cat: &Catalog, pattern: &Pattern<&str>) -> Option<String> {
    let mut s = String::new();
    for el in &pattern.elements {
        match el {
            PatternElement::TextElement { value } => s.push_str(value),
            PatternElement::Placeable { expression: Expression::Inline(e) } => s.push_str(&inline(cat, e)?),
            PatternElement::Placeable { .. } => return None,
        }
    }
    Some(s)
}

fn inline(cat: &Catalog, e: &InlineExpression<&str>) -> Option<String> {
    match e {
        InlineExpression::VariableReference { id } => Some(format!("{{{}}}", id.name)),
        InlineExpression::StringLiteral { value } if !value.contains('\\') => Some((*value).to_string()),
        InlineExpression::NumberLiteral { value } => Some((*value).to_string()),
        InlineExpression::MessageReference { id, attribute: None } => cat.format(id.name, &[]),
        InlineExpression::Placeable { expression } => match expression.as_ref() {
            Expression::Inline(e) => inline(cat, e),
            Expression::Select { .. } => None,
        },
        _ => None,
    }
}

/// A pattern with at most one selector on a variable: text, or one text per variant (the text
/// around the selector repeated in each). The default variant is also `other`.
fn expand(cat: &Catalog, pattern: &Pattern<&str>) -> Option<Browser> {
    let select_at = pattern.elements.iter().position(|e| matches!(e, PatternElement::Placeable { expression: Expression::Select { .. } }));
    let Some(at) = select_at else {
        return flat(cat, pattern).map(Browser::Text);
    };
    let PatternElement::Placeable { expression: Expression::Select { selector, variants } } = &pattern.elements[at] else {
        return None;
    };
    let InlineExpression::VariableReference { id } = selector else {
        return None;
    };
    let before = flat(cat, &Pattern { elements: pattern.elements[..at].to_vec() })?;
    let after = flat(cat, &Pattern { elements: pattern.elements[at + 1..].to_vec() })?;
    let mut out = Vec::new();
    let mut default = None;
    for v in variants {
        let text = format!("{before}{}{after}", flat(cat, &v.value)?);
        let key = match &v.key {
            VariantKey::Identifier { name } => (*name).to_string(),
            VariantKey::NumberLiteral { value } => format!("={value}"),
        };
        if v.default {
            default = Some(text.clone());
        }
        out.push((key, text));
    }
    if let Some(d) = default {
        out.push(("other".into(), d));
    }
    Some(Browser::Plural { var: id.name.to_string(), variants: out })
}

/// Every variable a pattern names, with its `{name}` placeholder.
fn variables(pattern: &Pattern<&str>) -> Vec<(String, String)> {
    let mut names = Vec::new();
    fn walk(p: &Pattern<&str>, names: &mut Vec<(String, String)>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                expr(expression, names);
            }
        }
    }
    fn expr(e: &Expression<&str>, names: &mut Vec<(String, String)>) {
        match e {
            Expression::Inline(i) => inl(i, names),
            Expression::Select { selector, variants } => {
                inl(selector, names);
                for v in variants {
                    walk(&v.value, names);
                }
            }
        }
    }
    fn inl(i: &InlineExpression<&str>, names: &mut Vec<(String, String)>) {
        match i {
            InlineExpression::VariableReference { id } if !names.iter().any(|(n, _)| n == id.name) => {
                names.push((id.name.to_string(), format!("{{{}}}", id.name)));
            }
            InlineExpression::FunctionReference { arguments, .. } => arguments.positional.iter().for_each(|a| inl(a, names)),
            InlineExpression::Placeable { expression } => expr(expression, names),
            _ => {}
        }
    }
    walk(pattern, &mut names);
    names
}

/// `widget_messages(page=page_kind)` in templates: the JSON for the page's
/// `<script type="application/json" data-sonder-messages>` (write it with `| safe`).
pub struct MessagesFunction {
    catalog: std::sync::Arc<Catalog>,
    /// The JSON of each page kind, made once: every page of a kind carries the same.
    by_kind: super::Memo,
}

impl MessagesFunction {
    pub fn new(catalog: std::sync::Arc<Catalog>) -> MessagesFunction {
        MessagesFunction { catalog, by_kind: Default::default() }
    }
}

impl tera::Function for MessagesFunction {
    fn call(&self, args: &std::collections::HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let page = args.get("page").and_then(tera::Value::as_str).unwrap_or("");
        let json = self.by_kind.get_or(page, || Ok(messages_json(&self.catalog, &groups_for_page(page))))?;
        Ok(tera::Value::String(json))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CatalogueFile;

    fn cat(lang: &str, src: &str) -> Catalog {
        let file = CatalogueFile { language: lang.into(), shown: "t.ftl".into(), source: std::sync::Arc::from(src), from_course: false };
        Catalog::for_language(lang, &[file])
    }

    #[test]
    fn plain_plural_and_referenced_messages() {
        let c = cat(
            "pl",
            "add = Dodaj\nempty = Wpisz, potem „{ add }”.\nn = { $count ->\n [0] brak\n [one] { $count } lekcja\n [few] { $count } lekcje\n *[many] { $count } lekcji\n} z { $all }\nx = <b>{ $a }\n",
        );
        assert_eq!(browser_message(&c, "empty").unwrap(), Value::String("Wpisz, potem „Dodaj”.".into()));
        let n = browser_message(&c, "n").unwrap();
        assert_eq!(n["$"], "count");
        assert_eq!(n["=0"], "brak z {all}");
        assert_eq!(n["few"], "{count} lekcje z {all}");
        assert_eq!(n["other"], "{count} lekcji z {all}", "the default variant stands for other");
        assert!(messages_json(&c, &["widget"]).starts_with('{'));
        let c2 = cat("en", "widget-saved = <b>\n");
        assert_eq!(messages_json(&c2, &["widget"]), r#"{"widget-saved":"\u003cb>"}"#);
    }

    #[test]
    fn functions_fall_back_to_the_default_variant() {
        let c = cat("en", "n = { NUMBER($count) ->\n [one] one\n *[other] { $count } many\n}\n");
        assert_eq!(browser_message(&c, "n").unwrap(), Value::String("{count} many".into()));
    }
}
