//! `+++` TOML front matter: split it from the body and parse it into a typed struct with exact spans.

use std::ops::Range;

use serde::de::DeserializeOwned;

use crate::diagnostics::{Diagnostic, SourceText};

/// Where the front matter's TOML sits in the file, and where the body starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    pub toml: Option<Range<usize>>,
    pub body_offset: usize,
}

/// Finds `+++` ... `+++` at the start of a file. A front matter that never closes is an error
/// pointing at the opening line.
pub fn split(file: &SourceText) -> Result<Split, Diagnostic> {
    let text = &*file.text;
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let first_line_end = text[start..].find('\n').map_or(text.len(), |i| start + i + 1);
    if text[start..first_line_end].trim_end() != "+++" {
        return Ok(Split { toml: None, body_offset: start });
    }
    let mut pos = first_line_end;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        if text[pos..end].trim_end() == "+++" {
            return Ok(Split { toml: Some(first_line_end..pos), body_offset: end });
        }
        pos = end;
    }
    Err(Diagnostic::error("front matter never closes")
        .in_file(file)
        .at(start..start + 3)
        .label("opened here")
        .hint("end the front matter with a line holding only `+++`, before the Markdown body"))
}

/// Parses the TOML of a front matter (or a whole TOML file when `range` is the full text).
pub fn parse<T: DeserializeOwned>(file: &SourceText, range: Range<usize>) -> Result<T, Diagnostic> {
    let toml_text = &file.text[range.clone()];
    toml::from_str::<T>(toml_text).map_err(|e| toml_error(file, range.start, &e))
}

/// Turns a toml/serde error into a diagnostic at the right place of the file.
pub fn toml_error(file: &SourceText, offset: usize, e: &toml::de::Error) -> Diagnostic {
    let message = e.message().trim().to_string();
    let hint = if message.starts_with("unknown field") {
        match suggest_key(&message) {
            Some(key) => format!("did you mean `{key}`? (the keys this table takes are listed above)"),
            None => "remove this key or fix its spelling; the keys this table takes are listed above".to_string(),
        }
    } else if message.starts_with("invalid type") {
        "give this key a value of the expected type, e.g. a quoted \"string\", a number or a [list]".to_string()
    } else if message.starts_with("duplicate key") {
        "each key may appear only once in a table".to_string()
    } else {
        "check the TOML syntax: strings need quotes, tables are [name], lists are [a, b]".to_string()
    };
    let d = Diagnostic::error(message).in_file(file).hint(hint);
    match e.span() {
        Some(span) => {
            let span = (span.start + offset)..(span.end + offset).max(span.start + offset + 1);
            d.at(span)
        }
        None => d.at(offset..offset + 1),
    }
}

/// For serde's "unknown field `minfy`, expected one of `theme`, `minify`, ...": the expected key
/// closest to the unknown one, when it is close enough to be a typo.
fn suggest_key(message: &str) -> Option<&str> {
    let mut quoted = message.split('`').skip(1).step_by(2);
    let unknown = quoted.next()?;
    let limit = (unknown.chars().count() / 3).max(2);
    quoted.map(|k| (strsim::damerau_levenshtein(unknown, k), k)).filter(|&(d, _)| d <= limit).min_by_key(|&(d, _)| d).map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn src(t: &str) -> SourceText {
        SourceText::new("x.md", Arc::from(t))
    }

    #[test]
    fn splits_front_matter_and_body() {
        let f = src("+++\ntitle = \"A\"\n+++\n\nBody\n");
        let s = split(&f).unwrap();
        assert_eq!(&f.text[s.toml.clone().unwrap()], "title = \"A\"\n");
        assert_eq!(&f.text[s.body_offset..], "\nBody\n");
    }

    #[test]
    fn no_front_matter_means_all_body() {
        let f = src("# Hi\n");
        assert_eq!(split(&f).unwrap(), Split { toml: None, body_offset: 0 });
    }

    #[test]
    fn unclosed_front_matter_is_an_error_at_line_1() {
        let f = src("+++\ntitle = \"A\"\n\nBody\n");
        let d = split(&f).unwrap_err();
        assert_eq!(d.location().unwrap(), "x.md:1:1");
        assert!(d.message.contains("never closes"));
    }

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        title: String,
    }

    #[test]
    fn unknown_key_points_at_the_key() {
        let f = src("+++\ntitle = \"A\"\ntitel = 1\n+++\n");
        let s = split(&f).unwrap();
        let d = parse::<T>(&f, s.toml.unwrap()).unwrap_err();
        assert_eq!(d.location().unwrap(), "x.md:3:1");
        assert!(d.message.contains("titel"), "{}", d.message);
        assert!(d.hint.as_deref().unwrap_or("").starts_with("did you mean `title`?"), "{:?}", d.hint);
    }

    #[test]
    fn unknown_keys_suggest_the_closest_expected_key() {
        assert_eq!(suggest_key("unknown field `minfy`, expected one of `theme`, `minify`, `output`"), Some("minify"));
        assert_eq!(suggest_key("unknown field `biuld`, expected `course` or `build`"), Some("build"));
        assert_eq!(suggest_key("unknown field `colour`, expected `course` or `build`"), None);
    }
}
