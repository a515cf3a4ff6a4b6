//! What `check` reads of a catalogue file, from one parse: its syntax errors, its message ids and
//! where they stand, and what each message's placeables name: the variables a template passes
//! (`{ $title }`) and the functions Fluent has (`NUMBER`, `DATETIME`). A translation that names a
//! variable the English message does not have, or a function Fluent does not have, shows the
//! placeable as written (`{$numbr}`) on every page, so `check` makes it an error.

use std::ops::Range;

use fluent_syntax::ast::{CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::ParserError;

/// The functions Fluent formats with.
const FUNCTIONS: [&str; 2] = ["NUMBER", "DATETIME"];

/// A variable or function a message names, and where (a byte range of the file).
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    pub name: String,
    pub function: bool,
    pub at: Range<usize>,
}

impl Named {
    /// A function Fluent does not have.
    pub fn unknown_function(&self) -> bool {
        self.function && !FUNCTIONS.contains(&self.name.as_str())
    }
}

/// What `check` reads of one catalogue file, from one parse of it.
pub struct Outline {
    /// Syntax errors; the messages below are those that parsed.
    pub errors: Vec<ParserError>,
    pub messages: Vec<Message>,
}

/// One message of a file: its id, where the id stands, and what its value and attributes name.
pub struct Message {
    pub id: String,
    pub at: Range<usize>,
    /// False for a message of attributes only, which `t()` cannot show.
    pub has_value: bool,
    pub named: Vec<Named>,
}

impl Outline {
    pub fn of(source: &str) -> Outline {
        let (resource, errors) = match fluent_syntax::parser::parse(source) {
            Ok(r) => (r, Vec::new()),
            Err((r, errors)) => (r, errors),
        };
        let offset = |s: &str| s.as_ptr() as usize - source.as_ptr() as usize;
        let mut messages = Vec::new();
        for entry in &resource.body {
            let Entry::Message(m) = entry else { continue };
            let mut named = Vec::new();
            let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                in_pattern(pattern, &mut |name: &str, function| {
                    let at = offset(name);
                    named.push(Named { name: name.to_string(), function, at: at..at + name.len() });
                });
            }
            let at = offset(m.id.name);
            messages.push(Message { id: m.id.name.to_string(), at: at..at + m.id.name.len(), has_value: m.value.is_some(), named });
        }
        Outline { errors, messages }
    }

    /// The ids of the messages `t()` can show (those with a value), with where each stands.
    pub fn ids(&self) -> impl Iterator<Item = (&str, Range<usize>)> {
        self.messages.iter().filter(|m| m.has_value).map(|m| (m.id.as_str(), m.at.clone()))
    }
}

fn in_pattern<'s>(pattern: &Pattern<&'s str>, found: &mut dyn FnMut(&'s str, bool)) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            in_expression(expression, found);
        }
    }
}

fn in_expression<'s>(expression: &Expression<&'s str>, found: &mut dyn FnMut(&'s str, bool)) {
    match expression {
        Expression::Select { selector, variants } => {
            in_inline(selector, found);
            for v in variants {
                in_pattern(&v.value, found);
            }
        }
        Expression::Inline(inline) => in_inline(inline, found),
    }
}

fn in_inline<'s>(inline: &InlineExpression<&'s str>, found: &mut dyn FnMut(&'s str, bool)) {
    match inline {
        InlineExpression::VariableReference { id } => found(id.name, false),
        InlineExpression::FunctionReference { id, arguments } => {
            found(id.name, true);
            in_arguments(arguments, found);
        }
        InlineExpression::TermReference { arguments: Some(arguments), .. } => in_arguments(arguments, found),
        InlineExpression::Placeable { expression } => in_expression(expression, found),
        _ => {}
    }
}

fn in_arguments<'s>(arguments: &CallArguments<&'s str>, found: &mut dyn FnMut(&'s str, bool)) {
    for a in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
        in_inline(a, found);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_and_functions_are_found_in_selectors_variants_and_arguments() {
        let source = "a = { $n ->\n    [one] One { $what }\n   *[other] { NUMBER($n, minimumFractionDigits: 0) } { FOO() }\n}\nb = plain\n";
        let outline = Outline::of(source);
        assert!(outline.errors.is_empty());
        let named: Vec<&Vec<Named>> = outline.messages.iter().map(|m| &m.named).collect();
        assert_eq!(named.len(), 2);
        let a: Vec<(&str, bool)> = named[0].iter().map(|n| (n.name.as_str(), n.function)).collect();
        assert_eq!(a, [("n", false), ("what", false), ("NUMBER", true), ("n", false), ("FOO", true)]);
        let what = &named[0][1];
        assert_eq!(&source[what.at.clone()], "what");
        assert!(named[0][4].unknown_function() && !named[0][2].unknown_function());
        assert!(named[1].is_empty());
        let ids: Vec<(&str, &str)> = outline.ids().map(|(id, at)| (id, &source[at])).collect();
        assert_eq!(ids, [("a", "a"), ("b", "b")]);
    }

    #[test]
    fn a_file_with_syntax_errors_keeps_the_messages_that_parsed() {
        let outline = Outline::of("a = one\nb = { $x\nc = three\nd =\n    .attr = only an attribute\n");
        assert!(!outline.errors.is_empty());
        let ids: Vec<&str> = outline.ids().map(|(id, _)| id).collect();
        assert_eq!(ids, ["a", "c"], "b does not parse, d has no value");
        assert!(outline.messages.iter().any(|m| m.id == "d" && !m.has_value));
    }
}
