//! exercises/<id>.toml: one exercise per file, checked kind by kind with exact locations.

use std::collections::HashSet;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::front_matter;
use crate::diagnostics::{Diagnostic, SourceText};
use crate::markdown;
use crate::model::{Exercise, ExerciseBody, ExerciseKind, Item, QuizQuestion, TextQuestion};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExerciseToml {
    title: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    prompt: Option<Spanned<String>>,
    hint: Option<Spanned<String>>,
    questions: Option<Spanned<Vec<Spanned<QuestionToml>>>>,
    entry_prompt: Option<Spanned<String>>,
    steps: Option<Spanned<Vec<Spanned<ItemToml>>>>,
    scale: Option<Spanned<Vec<String>>>,
    statements: Option<Spanned<Vec<Spanned<ItemToml>>>>,
    template: Option<Spanned<String>>,
    fields: Option<Spanned<Vec<Spanned<FieldToml>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionToml {
    id: Option<Spanned<String>>,
    text: Option<Spanned<String>>,
    rows: Option<Spanned<i64>>,
    placeholder: Option<Spanned<String>>,
    choices: Option<Spanned<Vec<String>>>,
    answer: Option<Spanned<toml::Value>>,
    explain: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemToml {
    id: Option<Spanned<String>>,
    text: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FieldToml {
    id: Option<Spanned<String>>,
    label: Option<Spanned<String>>,
    placeholder: Option<Spanned<String>>,
    rows: Option<Spanned<i64>>,
}

/// Field ids become data attributes and storage keys: keep them to a safe alphabet.
pub fn is_field_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Field names the widget reserves for kinds without ids; a question may not take them.
const RESERVED_FIELDS: [&str; 3] = ["answer", "entry", "notes"];

struct Checker<'a> {
    file: &'a SourceText,
    out: Vec<Diagnostic>,
    seen_ids: HashSet<String>,
}

impl Checker<'_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>, hint: impl Into<String>) {
        self.out.push(Diagnostic::error(message).in_file(self.file).at(span).hint(hint));
    }
    fn warning(&mut self, span: Range<usize>, message: impl Into<String>, hint: impl Into<String>) {
        self.out.push(Diagnostic::warning(message).in_file(self.file).at(span).hint(hint));
    }

    /// The id of the n-th item (1-based), or its position-based fallback with a warning.
    fn field_id(&mut self, id: Option<Spanned<String>>, item_span: Range<usize>, prefix: &str, n: usize) -> String {
        let id = match id {
            Some(id) => {
                let span = id.span();
                let id = id.into_inner();
                if !is_field_id(&id) {
                    self.error(span, format!("`{id}` is not a valid id"), "use letters, digits, `-` and `_` (at most 64)");
                } else if RESERVED_FIELDS.contains(&id.as_str()) && prefix != "f" {
                    self.error(span, format!("`{id}` is a reserved field name"), "pick another id, e.g. `q1`");
                } else if !self.seen_ids.insert(id.clone()) {
                    self.error(
                        span,
                        format!("duplicate id `{id}` in this exercise"),
                        "every question, step, statement and field needs its own id: saved answers are keyed by it",
                    );
                }
                id
            }
            None => {
                let id = format!("{prefix}{n}");
                self.warning(
                    item_span.start..item_span.start + 1,
                    format!("item {n} has no `id`; its answers are saved under its position (`{id}`)"),
                    format!("add `id = \"{id}\"`: reordering items without ids detaches learners' saved answers"),
                );
                if !self.seen_ids.insert(id.clone()) {
                    self.error(item_span, format!("duplicate id `{id}` in this exercise"), "give every item an explicit, unique id");
                }
                id
            }
        };
        id
    }

    fn required_text(&mut self, v: Option<Spanned<String>>, item_span: &Range<usize>, key: &str, what: &str) -> String {
        match v {
            Some(t) if !t.get_ref().trim().is_empty() => t.into_inner(),
            Some(t) => {
                self.error(t.span(), format!("`{key}` of this {what} is empty"), format!("write the {what}'s {key}"));
                String::new()
            }
            None => {
                self.error(item_span.start..item_span.start + 1, format!("this {what} has no `{key}`"), format!("add `{key} = \"...\"`"));
                String::new()
            }
        }
    }

    fn rows(&mut self, rows: Option<Spanned<i64>>, default: u32) -> u32 {
        match rows {
            None => default,
            Some(r) if (1..=40).contains(r.get_ref()) => *r.get_ref() as u32,
            Some(r) => {
                self.error(r.span(), format!("rows = {} is out of range", r.get_ref()), "use a number of lines from 1 to 40");
                default
            }
        }
    }
}

/// Keys each kind takes besides title, kind, prompt and hint.
fn allowed_keys(kind: ExerciseKind) -> &'static [&'static str] {
    match kind {
        ExerciseKind::Reflection => &["questions"],
        ExerciseKind::Journal => &["entry_prompt"],
        ExerciseKind::Quiz => &["questions"],
        ExerciseKind::Practice => &["steps"],
        ExerciseKind::Scale => &["scale", "statements"],
        ExerciseKind::Compose => &["template", "fields"],
    }
}

/// Parses and checks an exercise file: every problem is reported, and the exercise is returned
/// only when there are no errors.
pub fn parse(id: &str, file: &SourceText) -> (Option<Exercise>, Vec<Diagnostic>) {
    let mut raw: ExerciseToml = match front_matter::parse(file, 0..file.text.len()) {
        Ok(r) => r,
        Err(d) => return (None, vec![d]),
    };
    let mut c = Checker { file, out: Vec::new(), seen_ids: HashSet::new() };
    let title = c.title(raw.title.take());
    let kind = c.kind(raw.kind.take());
    let prompt = c.prompt(raw.prompt.take());
    let Some(kind) = kind else {
        return (None, c.out);
    };
    c.keys_of_kind(&raw, kind);
    if let Some(p) = &prompt {
        c.empty_prompt(&raw, kind, p);
    }
    let hint = raw.hint.take();
    let body = body(&mut c, kind, raw);
    let prompt_html = prompt.map(|p| markdown::render_fragment(p.get_ref())).unwrap_or_default();
    let hint_html = hint.map(|h| markdown::render_fragment(h.get_ref()));
    let has_errors = c.out.iter().any(Diagnostic::is_error);
    let exercise = Exercise { id: id.to_string(), title, kind, prompt_html, hint_html, body, source: file.clone() };
    (if has_errors { None } else { Some(exercise) }, c.out)
}

/// Where problems about the file as a whole point (a missing key): its first character.
const TOP: Range<usize> = 0..1;

impl Checker<'_> {
    /// The required `title` ("" with an error when missing or empty).
    fn title(&mut self, title: Option<Spanned<String>>) -> String {
        match title {
            Some(t) if !t.get_ref().trim().is_empty() => t.into_inner(),
            Some(t) => {
                self.error(t.span(), "the exercise title is empty", "give the exercise a short title");
                String::new()
            }
            None => {
                self.error(TOP, "missing required key `title`", "add `title = \"...\"` at the top of the file");
                String::new()
            }
        }
    }

    /// The required `kind` (None with an error when missing or unknown).
    fn kind(&mut self, kind: Option<Spanned<String>>) -> Option<ExerciseKind> {
        let kind_names = ExerciseKind::ALL.map(ExerciseKind::name).join(", ");
        match kind {
            Some(k) => {
                let parsed = ExerciseKind::parse(k.get_ref());
                if parsed.is_none() {
                    self.error(k.span(), format!("unknown exercise kind `{}`", k.get_ref()), format!("use one of: {kind_names}"));
                }
                parsed
            }
            None => {
                self.error(TOP, "missing required key `kind`", format!("add `kind = \"...\"`, one of: {kind_names}"));
                None
            }
        }
    }

    /// The required `prompt` (Markdown; None with an error when missing).
    fn prompt(&mut self, prompt: Option<Spanned<String>>) -> Option<Spanned<String>> {
        if prompt.is_none() {
            self.error(TOP, "missing required key `prompt`", "add `prompt = \"\"\"...\"\"\"` (Markdown): what the learner is asked to do");
        }
        prompt
    }

    /// Keys present that this kind does not take.
    fn keys_of_kind(&mut self, raw: &ExerciseToml, kind: ExerciseKind) {
        let present: [(&str, Option<Range<usize>>); 7] = [
            ("questions", raw.questions.as_ref().map(|v| v.span())),
            ("entry_prompt", raw.entry_prompt.as_ref().map(|v| v.span())),
            ("steps", raw.steps.as_ref().map(|v| v.span())),
            ("scale", raw.scale.as_ref().map(|v| v.span())),
            ("statements", raw.statements.as_ref().map(|v| v.span())),
            ("template", raw.template.as_ref().map(|v| v.span())),
            ("fields", raw.fields.as_ref().map(|v| v.span())),
        ];
        let allowed = allowed_keys(kind);
        for (key, span) in present {
            let Some(span) = span.filter(|_| !allowed.contains(&key)) else { continue };
            self.error(
                span,
                format!("a {} exercise does not take `{key}`", kind.name()),
                format!("{} exercises take title, kind, prompt, hint and {}", kind.name(), allowed.join(", ")),
            );
        }
    }

    /// An empty prompt is an error unless the kind has items of its own (questions, steps...).
    fn empty_prompt(&mut self, raw: &ExerciseToml, kind: ExerciseKind, prompt: &Spanned<String>) {
        let has_items = raw.questions.as_ref().is_some_and(|q| !q.get_ref().is_empty())
            || raw.steps.as_ref().is_some_and(|q| !q.get_ref().is_empty())
            || raw.statements.as_ref().is_some_and(|q| !q.get_ref().is_empty())
            || raw.fields.as_ref().is_some_and(|q| !q.get_ref().is_empty());
        let takes_items = allowed_keys(kind).iter().any(|k| ["questions", "steps", "statements", "fields"].contains(k));
        if prompt.get_ref().trim().is_empty() && !(has_items && takes_items) {
            self.error(
                prompt.span(),
                "the prompt is empty and there are no questions",
                "write a prompt that tells the learner what to reflect on",
            );
        }
    }

    /// An error for each key of a question that its kind does not take.
    fn keys_not_taken(&mut self, keys: &[(&str, Option<Range<usize>>)], what: &str, hint: &str) {
        for (key, span) in keys {
            if let Some(span) = span {
                self.error(span.clone(), format!("a {what} question does not take `{key}`"), hint);
            }
        }
    }
}

/// The kind's own part of the exercise, checked.
fn body(c: &mut Checker, kind: ExerciseKind, raw: ExerciseToml) -> ExerciseBody {
    match kind {
        ExerciseKind::Reflection => ExerciseBody::Reflection { questions: reflection_questions(c, raw.questions) },
        ExerciseKind::Journal => ExerciseBody::Journal { entry_prompt: raw.entry_prompt.map(Spanned::into_inner) },
        ExerciseKind::Quiz => ExerciseBody::Quiz { questions: quiz_questions(c, raw.questions) },
        ExerciseKind::Practice => ExerciseBody::Practice { steps: items(c, raw.steps, "s", "step", "steps", &TOP) },
        ExerciseKind::Scale => {
            let labels = scale_labels(c, raw.scale);
            let statements = items(c, raw.statements, "st", "statement", "statements", &TOP);
            ExerciseBody::Scale { labels, statements }
        }
        ExerciseKind::Compose => {
            let fields = compose_fields(c, raw.fields);
            let template = compose_template(c, raw.template, &fields);
            ExerciseBody::Compose { template, fields: fields.fields }
        }
    }
}

type Questions = Option<Spanned<Vec<Spanned<QuestionToml>>>>;

/// A reflection's questions (none is fine: the prompt is the question).
fn reflection_questions(c: &mut Checker, questions: Questions) -> Vec<TextQuestion> {
    let mut out = Vec::new();
    for (n, q) in questions.map(Spanned::into_inner).unwrap_or_default().into_iter().enumerate() {
        let span = q.span();
        let q = q.into_inner();
        let quiz_keys = [
            ("choices", q.choices.as_ref().map(|v| v.span())),
            ("answer", q.answer.as_ref().map(|v| v.span())),
            ("explain", q.explain.as_ref().map(|v| v.span())),
        ];
        c.keys_not_taken(
            &quiz_keys,
            "reflection",
            "reflection questions take id, text, rows and placeholder; use kind = \"quiz\" for choices",
        );
        let id = c.field_id(q.id, span.clone(), "q", n + 1);
        let text = c.required_text(q.text, &span, "text", "question");
        let rows = c.rows(q.rows, 4);
        out.push(TextQuestion { id, text, rows, placeholder: q.placeholder.map(Spanned::into_inner) });
    }
    out
}

/// A quiz's questions: at least one, each with two choices or more and a valid answer.
fn quiz_questions(c: &mut Checker, questions: Questions) -> Vec<QuizQuestion> {
    match questions {
        None => {
            c.error(TOP, "a quiz needs `[[questions]]`", "add [[questions]] tables with id, text, choices and answer");
            Vec::new()
        }
        Some(qs) if qs.get_ref().is_empty() => {
            c.error(qs.span(), "a quiz needs at least one question", "add [[questions]] tables");
            Vec::new()
        }
        Some(qs) => qs.into_inner().into_iter().enumerate().map(|(n, q)| quiz_question(c, n, q)).collect(),
    }
}

/// The `n`-th (0-based) question of a quiz.
fn quiz_question(c: &mut Checker, n: usize, q: Spanned<QuestionToml>) -> QuizQuestion {
    let span = q.span();
    let q = q.into_inner();
    let text_keys = [("rows", q.rows.as_ref().map(|v| v.span())), ("placeholder", q.placeholder.as_ref().map(|v| v.span()))];
    c.keys_not_taken(&text_keys, "quiz", "quiz questions take id, text, choices, answer and explain");
    let id = c.field_id(q.id, span.clone(), "q", n + 1);
    let text = c.required_text(q.text, &span, "text", "question");
    let choices = match q.choices {
        Some(ch) if ch.get_ref().len() >= 2 => {
            same_choices(c, &id, &ch);
            ch.into_inner()
        }
        Some(ch) => {
            c.error(
                ch.span(),
                format!("question `{id}` has {} choice(s); a quiz question needs at least 2", ch.get_ref().len()),
                "add choices = [\"...\", \"...\"]",
            );
            ch.into_inner()
        }
        None => {
            c.error(span.start..span.start + 1, format!("question `{id}` has no `choices`"), "add choices = [\"...\", \"...\"]");
            Vec::new()
        }
    };
    // Too few choices is the error: answers are not also told they are out of range.
    let answers = if choices.len() >= 2 { quiz_answers(c, &id, q.answer, &span, choices.len()) } else { Vec::new() };
    QuizQuestion { id, text, choices, answers, explain: q.explain.map(Spanned::into_inner) }
}

/// Two choices of a question that read the same (ignoring case and spaces): the learner cannot
/// tell them apart, and one of them is likely a copy left unedited.
fn same_choices(c: &mut Checker, id: &str, choices: &Spanned<Vec<String>>) {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let list = choices.get_ref();
    for (i, a) in list.iter().enumerate() {
        if let Some(j) = list[..i].iter().position(|b| norm(a) == norm(b)) {
            c.warning(
                choices.span(),
                format!("choices {} and {} of question `{id}` read the same: \"{}\"", j, i, a.trim()),
                "reword one of them, or remove it (answers are choice indices, from 0)",
            );
        }
    }
}

/// A scale's labels: 2 to 7.
fn scale_labels(c: &mut Checker, scale: Option<Spanned<Vec<String>>>) -> Vec<String> {
    match scale {
        Some(s) if (2..=7).contains(&s.get_ref().len()) => s.into_inner(),
        Some(s) => {
            c.error(
                s.span(),
                format!("a scale needs 2 to 7 labels, this one has {}", s.get_ref().len()),
                "e.g. scale = [\"Rarely\", \"Sometimes\", \"Often\", \"Almost always\"]",
            );
            s.into_inner()
        }
        None => {
            c.error(TOP, "a scale exercise needs `scale`", "add scale = [\"Rarely\", \"Sometimes\", \"Often\", \"Almost always\"]");
            Vec::new()
        }
    }
}

/// A compose exercise's fields, with where each is written (for warnings about unused ones).
struct ComposeFields {
    fields: Vec<TextQuestion>,
    spans: Vec<Range<usize>>,
}

/// A compose exercise's fields (at least one).
fn compose_fields(c: &mut Checker, fields: Option<Spanned<Vec<Spanned<FieldToml>>>>) -> ComposeFields {
    let mut out = Vec::new();
    let mut spans = Vec::new();
    match fields {
        None => c.error(TOP, "a compose exercise needs `[[fields]]`", "add [[fields]] tables with id and label"),
        Some(fs) if fs.get_ref().is_empty() => c.error(fs.span(), "a compose exercise needs at least one field", "add [[fields]] tables"),
        Some(fs) => {
            for (n, f) in fs.into_inner().into_iter().enumerate() {
                let span = f.span();
                let f = f.into_inner();
                let id = c.field_id(f.id, span.clone(), "f", n + 1);
                let text = c.required_text(f.label, &span, "label", "field");
                let rows = c.rows(f.rows, 1);
                spans.push(span);
                out.push(TextQuestion { id, text, rows, placeholder: f.placeholder.map(Spanned::into_inner) });
            }
        }
    }
    ComposeFields { fields: out, spans }
}

/// A compose exercise's template: every `{placeholder}` names a field, and every field is used.
fn compose_template(c: &mut Checker, template: Option<Spanned<String>>, fields: &ComposeFields) -> String {
    let Some(t) = template else {
        c.error(TOP, "a compose exercise needs `template`", "add template = \"Hi {who}, could you {what}?\"");
        return String::new();
    };
    let span = t.span();
    let t = t.into_inner();
    let names = template_placeholders(&t);
    for name in &names {
        if !fields.fields.iter().any(|f| &f.id == name) {
            c.error(
                span.clone(),
                format!("the template's `{{{name}}}` names no field"),
                format!("add a [[fields]] table with id = \"{name}\", or fix the placeholder"),
            );
        }
    }
    for (f, fspan) in fields.fields.iter().zip(&fields.spans) {
        if !names.contains(&f.id) {
            c.warning(
                fspan.start..fspan.start + 1,
                format!("field `{}` is never used by the template", f.id),
                format!("add `{{{}}}` to the template or remove the field", f.id),
            );
        }
    }
    t
}

fn items(
    c: &mut Checker,
    list: Option<Spanned<Vec<Spanned<ItemToml>>>>,
    prefix: &str,
    what: &str,
    key: &str,
    top: &Range<usize>,
) -> Vec<Item> {
    let mut out = Vec::new();
    match list {
        None => c.error(top.clone(), format!("this exercise needs `[[{key}]]`"), format!("add [[{key}]] tables with id and text")),
        Some(l) if l.get_ref().is_empty() => {
            c.error(l.span(), format!("this exercise needs at least one {what}"), format!("add [[{key}]] tables"))
        }
        Some(l) => {
            for (n, item) in l.into_inner().into_iter().enumerate() {
                let span = item.span();
                let item = item.into_inner();
                let id = c.field_id(item.id, span.clone(), prefix, n + 1);
                let text = c.required_text(item.text, &span, "text", what);
                out.push(Item { id, text });
            }
        }
    }
    out
}

fn quiz_answers(c: &mut Checker, id: &str, answer: Option<Spanned<toml::Value>>, item: &Range<usize>, n_choices: usize) -> Vec<usize> {
    let Some(answer) = answer else {
        c.error(
            item.start..item.start + 1,
            format!("question `{id}` has no `answer`"),
            "add answer = 0 (the index of the right choice, from 0) or a list such as [0, 2]",
        );
        return Vec::new();
    };
    let span = answer.span();
    let values: Vec<&toml::Value> = match answer.get_ref() {
        toml::Value::Array(a) => a.iter().collect(),
        v => vec![v],
    };
    if values.is_empty() {
        c.error(span, format!("question `{id}` has an empty answer list"), "list the index of every right choice, e.g. [0, 2]");
        return Vec::new();
    }
    let mut out = Vec::new();
    for v in values {
        match v.as_integer() {
            Some(i) if i >= 0 && (i as usize) < n_choices => {
                if !out.contains(&(i as usize)) {
                    out.push(i as usize);
                }
            }
            Some(i) => {
                c.error(
                    span.clone(),
                    format!("answer {i} of question `{id}` is out of range: there are {n_choices} choices"),
                    format!("answers are indices from 0 to {}", n_choices.saturating_sub(1)),
                );
            }
            None => c.error(
                span.clone(),
                format!("the answer of question `{id}` must be a choice index or a list of them"),
                "e.g. answer = 1 or answer = [0, 2]",
            ),
        }
    }
    out.sort_unstable();
    out
}

/// `{name}` placeholders of a compose template, in order, without duplicates.
pub fn template_placeholders(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = t;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = after[..close].trim();
                if is_field_id(name) && !out.iter().any(|n| n == name) {
                    out.push(name.to_string());
                }
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn run(t: &str) -> (Option<Exercise>, Vec<Diagnostic>) {
        parse("ex", &SourceText::new("exercises/ex.toml", Arc::from(t)))
    }

    fn one_error(t: &str, needle: &str, loc: &str) {
        let (_, d) = run(t);
        let hit = d
            .iter()
            .find(|d| d.message.contains(needle))
            .unwrap_or_else(|| panic!("no `{needle}` in {:?}", d.iter().map(|d| &d.message).collect::<Vec<_>>()));
        assert_eq!(hit.location().unwrap(), loc, "{}", hit.message);
        assert!(hit.hint.is_some());
    }

    #[test]
    fn placeholders() {
        assert_eq!(template_placeholders("Hi {who}, {what}? {who}"), vec!["who", "what"]);
    }

    #[test]
    fn every_kind_parses() {
        let (e, d) =
            run("title = \"T\"\nkind = \"scale\"\nprompt = \"P\"\nscale = [\"a\", \"b\"]\n[[statements]]\nid = \"s\"\ntext = \"x\"\n");
        assert!(d.is_empty(), "{d:?}");
        assert!(matches!(e.unwrap().body, ExerciseBody::Scale { .. }));
    }

    #[test]
    fn unknown_kind() {
        one_error("title = \"T\"\nkind = \"essay\"\nprompt = \"P\"\n", "unknown exercise kind `essay`", "exercises/ex.toml:2:8");
    }

    #[test]
    fn key_the_kind_does_not_take() {
        one_error(
            "title = \"T\"\nkind = \"journal\"\nprompt = \"P\"\ntemplate = \"x\"\n",
            "does not take `template`",
            "exercises/ex.toml:4:12",
        );
    }

    #[test]
    fn missing_title() {
        one_error("kind = \"journal\"\nprompt = \"P\"\n", "missing required key `title`", "exercises/ex.toml:1:1");
    }

    #[test]
    fn quiz_answer_out_of_range_and_too_few_choices() {
        let t = "title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = [\"x\"]\nanswer = 3\n";
        // Too few choices is the one error: the answer is not also out of range.
        one_error(t, "needs at least 2", "exercises/ex.toml:7:11");
        assert_eq!(run(t).1.len(), 1);
        let t = "title = \"T\"\nkind = \"quiz\"\nprompt = \"P\"\n[[questions]]\nid = \"a\"\ntext = \"?\"\nchoices = [\"x\", \"y\"]\nanswer = 3\n";
        one_error(t, "out of range", "exercises/ex.toml:8:10");
    }

    #[test]
    fn duplicate_ids() {
        one_error("title = \"T\"\nkind = \"practice\"\nprompt = \"P\"\n[[steps]]\nid = \"a\"\ntext = \"x\"\n[[steps]]\nid = \"a\"\ntext = \"y\"\n", "duplicate id `a`", "exercises/ex.toml:8:6");
    }

    #[test]
    fn compose_placeholders_checked() {
        let t = "title = \"T\"\nkind = \"compose\"\nprompt = \"P\"\ntemplate = \"Hi {who} {what}\"\n[[fields]]\nid = \"who\"\nlabel = \"W\"\n[[fields]]\nid = \"extra\"\nlabel = \"E\"\n";
        one_error(t, "`{what}` names no field", "exercises/ex.toml:4:12");
        let (_, d) = run(t);
        let w = d.iter().find(|d| d.message.contains("never used")).unwrap();
        assert!(!w.is_error());
    }

    #[test]
    fn scale_label_count() {
        one_error(
            "title = \"T\"\nkind = \"scale\"\nprompt = \"P\"\nscale = [\"a\"]\n[[statements]]\nid = \"s\"\ntext = \"x\"\n",
            "2 to 7 labels",
            "exercises/ex.toml:4:9",
        );
    }

    #[test]
    fn empty_prompt_without_questions() {
        one_error("title = \"T\"\nkind = \"reflection\"\nprompt = \"\"\n", "prompt is empty", "exercises/ex.toml:3:10");
    }

    #[test]
    fn missing_id_falls_back_to_position_with_warning() {
        let (e, d) = run("title = \"T\"\nkind = \"reflection\"\nprompt = \"P\"\n[[questions]]\ntext = \"x\"\n");
        let e = e.unwrap();
        let ExerciseBody::Reflection { questions } = e.body else { panic!() };
        assert_eq!(questions[0].id, "q1");
        assert!(d.iter().any(|d| !d.is_error() && d.message.contains("no `id`")));
    }
}
