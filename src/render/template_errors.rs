//! Where in the theme a template failed to render. tera names the template and what failed (a
//! variable, a filter, a function, a test, an included template) but not the line, so the error
//! points at the first tag that names it: in the template rendered, or else in another one (the
//! template it extends or includes).

use std::ops::Range;
use std::sync::Arc;

use crate::diagnostics::SourceText;
use crate::model::TemplateFile;

/// Where the first tag naming what `error` (tera's messages, `error_chain`) says failed stands,
/// looking in template `name` first; None when no tag names it.
pub fn locate(templates: &[TemplateFile], name: &str, error: &str) -> Option<(SourceText, Range<usize>)> {
    let rendered = templates.iter().filter(|t| t.name == name);
    let others = templates.iter().filter(|t| t.name != name);
    let in_order: Vec<&TemplateFile> = rendered.chain(others).collect();
    named_in(error, name).into_iter().find_map(|needle| {
        in_order.iter().find_map(|t| {
            let at = in_tags(&t.source, needle)?;
            Some((SourceText::new(t.shown.clone(), Arc::from(t.source.as_str())), at..at + needle.len()))
        })
    })
}

/// What the error names, in the order it names them: words in backticks, then in single quotes
/// (tera writes an included template as `'[name]'`); the rendered template's own name left out.
fn named_in<'e>(error: &'e str, name: &str) -> Vec<&'e str> {
    let mut named = Vec::new();
    for quote in ['`', '\''] {
        let mut rest = error;
        while let Some((_, after)) = rest.split_once(quote) {
            let Some((word, tail)) = after.split_once(quote) else { break };
            let word = word.trim_start_matches('[').trim_end_matches(']');
            if !word.is_empty() && word != name && !named.contains(&word) {
                named.push(word);
            }
            rest = tail;
        }
    }
    named
}

/// The offset of the first `needle`, as a whole word, inside a `{{ }}` or `{% %}` tag of `source`.
fn in_tags(source: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(open) = source[from..].find('{').map(|i| from + i) {
        let close = match source.as_bytes().get(open + 1) {
            Some(b'{') => "}}",
            Some(b'%') => "%}",
            _ => {
                from = open + 1;
                continue;
            }
        };
        let end = source[open + 2..].find(close).map_or(source.len(), |i| open + 2 + i);
        if let Some(at) = whole_word(&source[open + 2..end], needle) {
            return Some(open + 2 + at);
        }
        from = end;
    }
    None
}

fn whole_word(text: &str, needle: &str) -> Option<usize> {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(needle).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        !is_word(before) && !is_word(after)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, source: &str) -> TemplateFile {
        TemplateFile { name: name.into(), shown: format!("templates/{name}"), source: source.into() }
    }

    fn place(templates: &[TemplateFile], name: &str, error: &str) -> Option<(String, String)> {
        let (file, range) = locate(templates, name, error)?;
        Some((file.name.clone(), file.text[range].to_string()))
    }

    #[test]
    fn an_unknown_variable_is_found_in_the_template_rendered_first() {
        let t = [file("base.html", "{{ lesson.titel }}"), file("lesson.html", "<p>lesson.titel</p>{{ x }} {{ lesson.titel | upper }}")];
        let error = "Failed to render 'lesson.html': Variable `lesson.titel` not found in context while rendering 'lesson.html'";
        let (shown, text) = place(&t, "lesson.html", error).unwrap();
        assert_eq!((shown.as_str(), text.as_str()), ("templates/lesson.html", "lesson.titel"));
        let (file, range) = locate(&t, "lesson.html", error).unwrap();
        assert_eq!(range.start, "<p>lesson.titel</p>{{ x }} {{ ".len(), "text outside tags is not a use: {file:?}");
    }

    #[test]
    fn a_missing_include_is_found_in_a_parent_template() {
        let t = [file("lesson.html", "{% extends \"base.html\" %}"), file("base.html", "<head>{% include \"missing.html\" %}</head>")];
        let error = "Failed to render 'lesson.html' (error happened in a parent template): Template '[missing.html]' not found";
        assert_eq!(place(&t, "lesson.html", error), Some(("templates/base.html".into(), "missing.html".into())));
    }

    #[test]
    fn filters_functions_and_message_keys_are_found_as_whole_words() {
        let t = [file("page.html", "{{ x | uppercase }} {{ x | upper }} {{ t(key=\"no-such-key\") }}")];
        let filter = "Failed to render 'page.html': Filter 'upper' not found";
        assert_eq!(place(&t, "page.html", filter).map(|p| p.1), Some("upper".into()));
        let (_, range) = locate(&t, "page.html", filter).unwrap();
        assert_eq!(range.start, "{{ x | uppercase }} {{ x | ".len());
        let key = "Failed to render 'page.html': Function call 't' failed: t(): no message `no-such-key` in the catalogues of `en`";
        assert_eq!(place(&t, "page.html", key).map(|p| p.1), Some("no-such-key".into()));
    }

    #[test]
    fn nothing_named_in_a_tag_is_no_place() {
        let t = [file("page.html", "<p>Filter</p> {# upper #}")];
        assert_eq!(place(&t, "page.html", "Failed to render 'page.html': Filter 'upper' not found"), None);
    }
}
