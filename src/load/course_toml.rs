//! course.toml: the course's identity and build settings.

use std::ops::Range;
use std::path::PathBuf;

use serde::Deserialize;
use toml::Spanned;

use super::front_matter;
use crate::diagnostics::{Diagnostic, SourceText};
use crate::model::{CourseConfig, LanguageConfig, LmsConfig};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseToml {
    course: Option<Spanned<CourseSection>>,
    build: Option<BuildSection>,
    search: Option<SearchSection>,
    lms: Option<LmsSection>,
    languages: Option<std::collections::BTreeMap<Spanned<String>, LanguageSection>>,
}

/// `[languages.<tag>]`: one more language of the course, besides `[course] language`.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct LanguageSection {
    title: Option<Spanned<String>>,
    description: Option<String>,
    name: Option<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct SearchSection {
    enabled: Option<bool>,
}

/// `[lms]`: how `sonder package` describes the course to a learning management system.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct LmsSection {
    mastery_score: Option<Spanned<toml::Value>>,
    package_title: Option<Spanned<String>>,
    version: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseSection {
    id: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
    description: Option<String>,
    language: Option<Spanned<String>>,
    author: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct BuildSection {
    theme: Option<Spanned<String>>,
    minify: Option<bool>,
    output: Option<Spanned<String>>,
    facilitator_links: Option<bool>,
    follow_external_symlinks: Option<bool>,
}

/// A course id is a lowercase slug: it prefixes every saved answer, so it must be simple and stable.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.split('-').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// A loose BCP 47 check: letters, then subtags of letters and digits.
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=8).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Parses and checks course.toml; every problem is reported together.
pub fn parse(file: &SourceText) -> Result<CourseConfig, Vec<Diagnostic>> {
    let parsed: CourseToml = front_matter::parse(file, 0..file.text.len()).map_err(|d| vec![d])?;
    let mut errors = Vec::new();
    let Some(course) = parsed.course else {
        return Err(vec![Diagnostic::error("course.toml has no [course] table")
            .in_file(file)
            .at(0..0)
            .hint("add a [course] table with `id = \"my-course\"` and `title = \"My course\"`")]);
    };
    let course_span = course.span();
    let course = course.into_inner();
    // Where a missing key of [course] is reported: the table's first character.
    let missing_at = course_span.start..course_span.start + 1;
    let id = course_id(course.id, file, &missing_at, &mut errors);
    let title = course_title(course.title, file, &missing_at, &mut errors);
    let language = course_language(course.language, file, &mut errors);
    let build = parsed.build.unwrap_or_default();
    let output = output_folder(build.output, file, &mut errors);
    let theme_span = build.theme.as_ref().map(Spanned::span);
    let theme = theme_name(build.theme, file, &mut errors);
    let lms = lms_config(parsed.lms.unwrap_or_default(), file, &mut errors);
    let languages = languages_config(parsed.languages.unwrap_or_default(), &language, file, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(CourseConfig {
        id,
        title,
        description: course.description,
        language,
        author: course.author,
        theme,
        theme_span,
        minify: build.minify.unwrap_or(true),
        output,
        facilitator_links: build.facilitator_links.unwrap_or(false),
        follow_external_symlinks: build.follow_external_symlinks.unwrap_or(false),
        search: parsed.search.unwrap_or_default().enabled.unwrap_or(true),
        lms,
        languages,
        source: file.clone(),
    })
}

/// `[course] id`: required, a lowercase slug ("" with an error otherwise).
fn course_id(id: Option<Spanned<String>>, file: &SourceText, missing_at: &Range<usize>, errors: &mut Vec<Diagnostic>) -> String {
    match id {
        Some(id) if is_slug(id.get_ref()) => id.into_inner(),
        Some(id) => {
            errors.push(
                Diagnostic::error(format!("course id `{}` is not a lowercase slug", id.get_ref()))
                    .in_file(file)
                    .at(id.span())
                    .label("not a slug")
                    .hint("use lowercase letters, digits and single dashes, e.g. `leading-with-trust`; the id namespaces learners' saved answers, so choose it once"),
            );
            String::new()
        }
        None => {
            errors.push(
                Diagnostic::error("[course] is missing the required key `id`")
                    .in_file(file)
                    .at(missing_at.clone())
                    .hint("add `id = \"my-course\"`: a lowercase slug that never changes (it namespaces saved answers)"),
            );
            String::new()
        }
    }
}

/// `[course] title`: required, not empty.
fn course_title(title: Option<Spanned<String>>, file: &SourceText, missing_at: &Range<usize>, errors: &mut Vec<Diagnostic>) -> String {
    match title {
        Some(t) if !t.get_ref().trim().is_empty() => t.into_inner(),
        Some(t) => {
            errors.push(Diagnostic::error("the course title is empty").in_file(file).at(t.span()).hint("give the course a title"));
            String::new()
        }
        None => {
            errors.push(
                Diagnostic::error("[course] is missing the required key `title`")
                    .in_file(file)
                    .at(missing_at.clone())
                    .hint("add `title = \"My course\"`"),
            );
            String::new()
        }
    }
}

/// `[course] language`: a BCP 47 tag (default "en").
fn course_language(language: Option<Spanned<String>>, file: &SourceText, errors: &mut Vec<Diagnostic>) -> String {
    match language {
        Some(l) if is_language_tag(l.get_ref()) => l.into_inner(),
        Some(l) => {
            errors.push(
                Diagnostic::error(format!("`{}` is not a BCP 47 language tag", l.get_ref()))
                    .in_file(file)
                    .at(l.span())
                    .hint("use a tag such as \"en\", \"en-GB\" or \"pt-BR\""),
            );
            String::new()
        }
        None => "en".to_string(),
    }
}

/// `[build] output`: not empty (default "public").
fn output_folder(output: Option<Spanned<String>>, file: &SourceText, errors: &mut Vec<Diagnostic>) -> PathBuf {
    match output {
        Some(o) if o.get_ref().trim().is_empty() => {
            errors.push(Diagnostic::error("the output folder is empty").in_file(file).at(o.span()).hint("use e.g. output = \"public\""));
            PathBuf::new()
        }
        Some(o) => PathBuf::from(o.into_inner()),
        None => PathBuf::from("public"),
    }
}

/// `[build] theme`: a folder name under themes/ (default "default").
fn theme_name(theme: Option<Spanned<String>>, file: &SourceText, errors: &mut Vec<Diagnostic>) -> String {
    match theme {
        Some(t) if t.get_ref().is_empty() || t.get_ref().contains(['/', '\\']) || t.get_ref().starts_with('.') => {
            errors.push(
                Diagnostic::error(format!("`{}` is not a theme name", t.get_ref()))
                    .in_file(file)
                    .at(t.span())
                    .hint("a theme is a folder name under themes/, e.g. \"default\""),
            );
            String::new()
        }
        Some(t) => t.into_inner(),
        None => "default".to_string(),
    }
}

/// `[languages]`: each key a language tag other than the default one; empty titles and names
/// are errors (a missing one takes the course's title, or the language's own name).
fn languages_config(
    sections: std::collections::BTreeMap<Spanned<String>, LanguageSection>,
    default: &str,
    file: &SourceText,
    errors: &mut Vec<Diagnostic>,
) -> Vec<LanguageConfig> {
    let mut out = Vec::new();
    for (tag, section) in sections {
        let span = tag.span();
        let code = tag.into_inner();
        if !is_language_tag(&code) {
            errors.push(
                Diagnostic::error(format!("`{code}` is not a BCP 47 language tag"))
                    .in_file(file)
                    .at(span)
                    .hint("name each extra language by its tag, e.g. `[languages.de]` or `[languages.pt-BR]`"),
            );
            continue;
        }
        if code.eq_ignore_ascii_case(default) {
            errors.push(Diagnostic::error(format!("`{code}` is the course's default language already")).in_file(file).at(span).hint(
                "[languages] lists only the other languages; the default one is `language` under [course] and its texts are in content/",
            ));
            continue;
        }
        let mut non_empty = |v: Option<Spanned<String>>, what: &str| match v {
            Some(v) if v.get_ref().trim().is_empty() => {
                errors.push(
                    Diagnostic::error(format!("the {what} of `{code}` is empty"))
                        .in_file(file)
                        .at(v.span())
                        .hint(format!("write the {what}, or remove the key to use the default")),
                );
                None
            }
            v => v.map(Spanned::into_inner),
        };
        let title = non_empty(section.title, "title");
        let name = non_empty(section.name, "name");
        out.push(LanguageConfig { code, title, description: section.description, name, span });
    }
    // The order they are written in: the switcher lists them so.
    out.sort_by_key(|l| l.span.start);
    out
}

/// A package version: what people write for versions ("1", "2.1", "2026-03"), nothing that
/// could break the manifest identifier it becomes part of.
fn is_version(s: &str) -> bool {
    !s.is_empty() && s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_')
}

fn lms_config(lms: LmsSection, file: &SourceText, errors: &mut Vec<Diagnostic>) -> LmsConfig {
    let mastery_score = lms.mastery_score.and_then(|m| {
        let span = m.span();
        let score = match m.into_inner() {
            toml::Value::Integer(n) => Some(n as f64),
            toml::Value::Float(f) => Some(f),
            _ => None,
        };
        match score {
            Some(s) if (0.0..=100.0).contains(&s) => Some(s),
            _ => {
                errors.push(
                    Diagnostic::error("the mastery score is not a number from 0 to 100")
                        .in_file(file)
                        .at(span)
                        .label("not 0 to 100")
                        .hint("write the share of quiz answers a learner needs to pass, in percent, e.g. `mastery_score = 80`"),
                );
                None
            }
        }
    });
    let package_title = lms.package_title.and_then(|t| {
        if t.get_ref().trim().is_empty() {
            errors.push(
                Diagnostic::error("the package title is empty")
                    .in_file(file)
                    .at(t.span())
                    .hint("give the title learners see in the LMS, or remove `package_title` to use the course title"),
            );
            return None;
        }
        Some(t.into_inner())
    });
    let version = match lms.version {
        Some(v) if is_version(v.get_ref()) => v.into_inner(),
        Some(v) => {
            errors.push(
                Diagnostic::error(format!("`{}` is not a package version", v.get_ref()))
                    .in_file(file)
                    .at(v.span())
                    .hint("use letters, digits, dots and dashes, at most 32, e.g. `version = \"2.1\"`"),
            );
            String::new()
        }
        None => "1".to_string(),
    };
    LmsConfig { mastery_score, package_title, version }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn parse_str(t: &str) -> Result<CourseConfig, Vec<Diagnostic>> {
        parse(&SourceText::new("course.toml", Arc::from(t)))
    }

    #[test]
    fn defaults() {
        let c = parse_str("[course]\nid = \"abc\"\ntitle = \"T\"\n").unwrap();
        assert_eq!(c.language, "en");
        assert_eq!(c.theme, "default");
        assert!(c.minify);
        assert_eq!(c.output, PathBuf::from("public"));
        assert!(c.search);
    }

    #[test]
    fn search_can_be_turned_off() {
        let c = parse_str("[course]\nid = \"abc\"\ntitle = \"T\"\n[search]\nenabled = false\n").unwrap();
        assert!(!c.search);
        let e = parse_str("[course]\nid = \"abc\"\ntitle = \"T\"\n[search]\nenable = false\n").unwrap_err();
        assert!(e[0].message.contains("enable"), "{}", e[0].message);
    }

    #[test]
    fn unknown_key_names_key_and_position() {
        let e = parse_str("[course]\nid = \"abc\"\ntitle = \"T\"\n\n[build]\nminfy = false\n").unwrap_err();
        assert_eq!(e[0].location().unwrap(), "course.toml:6:1");
        assert!(e[0].message.contains("minfy"));
    }

    #[test]
    fn bad_id_and_missing_title_reported_together() {
        let e = parse_str("[course]\nid = \"My Course\"\n").unwrap_err();
        assert_eq!(e.len(), 2);
        assert!(e[0].message.contains("not a lowercase slug"));
        assert!(e[1].message.contains("title"));
    }

    #[test]
    fn lms_section() {
        let c = parse_str("[course]\nid = \"abc\"\ntitle = \"T\"\n").unwrap();
        assert_eq!((c.lms.mastery_score, c.lms.package_title, c.lms.version.as_str()), (None, None, "1"));
        let c = parse_str("[course]\nid = \"abc\"\ntitle = \"T\"\n[lms]\nmastery_score = 75.5\npackage_title = \"P\"\nversion = \"2.1\"\n")
            .unwrap();
        assert_eq!((c.lms.mastery_score, c.lms.package_title.as_deref(), c.lms.version.as_str()), (Some(75.5), Some("P"), "2.1"));
        let e =
            parse_str("[course]\nid = \"abc\"\ntitle = \"T\"\n[lms]\nmastery_score = 120\npackage_title = \" \"\nversion = \"1 beta\"\n")
                .unwrap_err();
        assert_eq!(e.len(), 3);
        assert_eq!(e[0].location().unwrap(), "course.toml:5:17");
        assert!(e[0].message.contains("mastery score"));
        assert!(e[1].message.contains("package title"));
        assert!(e[2].message.contains("package version"));
        let e = parse_str("[course]\nid = \"abc\"\ntitle = \"T\"\n[lms]\nmastery = 80\n").unwrap_err();
        assert!(e[0].message.contains("mastery"), "{}", e[0].message);
    }

    #[test]
    fn languages_keep_their_order_and_check_their_keys() {
        let c =
            parse_str("[course]\nid = \"abc\"\ntitle = \"T\"\n[languages.nl]\nname = \"NL\"\n[languages]\nde = { title = \"Titel\" }\n")
                .unwrap();
        let got: Vec<(&str, Option<&str>, Option<&str>)> =
            c.languages.iter().map(|l| (l.code.as_str(), l.title.as_deref(), l.name.as_deref())).collect();
        assert_eq!(got, [("nl", None, Some("NL")), ("de", Some("Titel"), None)]);
        let e = parse_str("[course]\nid = \"abc\"\ntitle = \"T\"\n[languages.de]\ntitle = \" \"\n[languages.x_y]\n").unwrap_err();
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(e[0].message.contains("not a BCP 47") || e[1].message.contains("not a BCP 47"));
        assert!(e.iter().any(|d| d.message.contains("title of `de` is empty")));
    }

    #[test]
    fn slugs() {
        assert!(is_slug("a-b-1"));
        assert!(!is_slug("A"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("-a"));
        assert!(is_language_tag("en-GB"));
        assert!(!is_language_tag("english language"));
    }
}
