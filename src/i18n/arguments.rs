//! What a message's placeables name: the variables a template passes (`{ $title }`) and the
//! functions Fluent has (`NUMBER`, `DATETIME`). A translation that names a variable the English
//! message does not have, or a function Fluent does not have, shows the placeable as written
//! (`{$numbr}`) on every page, so `check` makes it an error.

use std::ops::Range;

use fluent_syntax::ast::{CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement};

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

/// Each message of `source` (by id), with the variables and functions its value and attributes
/// name. A file with syntax errors gives the messages that parsed.
pub fn named_by_message(source: &str) -> Vec<(String, Vec<Named>)> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let offset = |s: &str| s.as_ptr() as usize - source.as_ptr() as usize;
    let mut out = Vec::new();
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
        out.push((m.id.name.to_string(), named));
    }
    out
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
        let named = named_by_message(source);
        assert_eq!(named.len(), 2);
        let a: Vec<(&str, bool)> = named[0].1.iter().map(|n| (n.name.as_str(), n.function)).collect();
        assert_eq!(a, [("n", false), ("what", false), ("NUMBER", true), ("n", false), ("FOO", true)]);
        let what = &named[0].1[1];
        assert_eq!(&source[what.at.clone()], "what");
        assert!(named[0].1[4].unknown_function() && !named[0].1[2].unknown_function());
        assert!(named[1].1.is_empty());
    }
}
