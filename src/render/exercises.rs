//! Where exercises render: accessible forms carrying the `data-sonder-*` contract (docs/markup.md)
//! for the lesson page, and their read-only shells for the journal page.

use std::fmt::Write as _;

use crate::i18n::{Arg, Catalog};
use crate::model::{Exercise, ExerciseBody, ExerciseKind, Item, QuizQuestion, TextQuestion};
use crate::text::esc;

/// The exercise kind as shown to learners, escaped.
pub fn kind_label(cat: &Catalog, kind: ExerciseKind) -> String {
    esc(&cat.t(match kind {
        ExerciseKind::Reflection => "kind-reflection",
        ExerciseKind::Journal => "kind-journal",
        ExerciseKind::Quiz => "kind-quiz",
        ExerciseKind::Practice => "kind-practice",
        ExerciseKind::Scale => "kind-scale",
        ExerciseKind::Compose => "kind-compose",
    }))
}

/// An interface string, escaped for HTML text and attributes.
fn tr(cat: &Catalog, key: &str) -> String {
    esc(&cat.t(key))
}

/// The composed text shown before the widget runs (and on paper): placeholders become `[label]`.
pub fn template_preview(template: &str, fields: &[TextQuestion]) -> String {
    let mut out = template.to_string();
    for f in fields {
        out = out.replace(&format!("{{{}}}", f.id), &format!("[{}]", f.text.trim_end_matches(['?', ':', '.'])));
    }
    out
}

/// One exercise as it appears in a lesson.
pub fn exercise_html(ex: &Exercise, cat: &Catalog) -> String {
    let id = esc(&ex.id);
    let base = format!("ex-{id}");
    let described = if ex.hint_html.is_some() { format!("{base}-prompt {base}-hint") } else { format!("{base}-prompt") };
    let mut f = Form { h: String::with_capacity(2048), cat, id, base, described };
    f.head(ex);
    match &ex.body {
        ExerciseBody::Reflection { questions } => f.reflection(questions),
        ExerciseBody::Journal { entry_prompt } => f.journal(entry_prompt.as_deref()),
        ExerciseBody::Quiz { questions } => f.quiz(questions),
        ExerciseBody::Practice { steps } => f.practice(steps),
        ExerciseBody::Scale { labels, statements } => f.scale(labels, statements),
        ExerciseBody::Compose { template, fields } => f.compose(template, fields),
    }
    // `data-sonder-saved`: "Saved · 15:37" once the learner typed here (the page status speaks).
    let _ = write!(f.h, "<div class=\"exercise-actions needs-js\"><button type=\"button\" class=\"button button-quiet\" data-sonder-action=\"reset-exercise\">{}</button><span class=\"exercise-saved\" data-sonder-saved aria-hidden=\"true\"></span></div></section>", tr(cat, "clear-answers"));
    f.h
}

/// An exercise's form for a lesson page, written part by part into `h`.
struct Form<'c> {
    h: String,
    cat: &'c Catalog,
    /// The exercise id, escaped: answers are saved under `<id>.<field>`.
    id: String,
    /// `ex-<id>`: the section's id, and the start of every element id in it.
    base: String,
    /// The ids every field is described by (the prompt, and the hint when there is one).
    described: String,
}

impl Form<'_> {
    /// The section's start, title, prompt, hint and the note shown without JavaScript.
    fn head(&mut self, ex: &Exercise) {
        let (h, cat, base) = (&mut self.h, self.cat, &self.base);
        let _ = write!(
            h,
            "<section class=\"exercise exercise-{kind}\" id=\"{base}\" data-sonder-exercise=\"{id}\" data-sonder-kind=\"{kind}\" aria-labelledby=\"{base}-title\">\
<h2 class=\"exercise-title\" id=\"{base}-title\"><span class=\"exercise-kind\">{label}</span> {title}</h2>\
<div class=\"exercise-prompt\" id=\"{base}-prompt\">{prompt}</div>",
            id = self.id,
            kind = ex.kind.name(),
            label = kind_label(cat, ex.kind),
            title = esc(&ex.title),
            prompt = ex.prompt_html,
        );
        if let Some(hint) = &ex.hint_html {
            let _ = write!(h, "<div class=\"exercise-hint\" id=\"{base}-hint\"><strong>{}</strong> {hint}</div>", tr(cat, "hint"));
        }
        let _ = write!(h, "<noscript><p class=\"exercise-noscript\">{}</p></noscript>", tr(cat, "exercise-noscript"));
    }

    /// A labelled text box: one line (`<input>`) or several (`<textarea>`).
    fn text_field(&mut self, q: &TextQuestion, single_line: bool) {
        let (h, base, id, described) = (&mut self.h, &self.base, &self.id, &self.described);
        let fid = esc(&q.id);
        let placeholder = q.placeholder.as_deref().map(|p| format!(" placeholder=\"{}\"", esc(p))).unwrap_or_default();
        let _ = write!(h, "<div class=\"field\"><label class=\"field-label\" for=\"{base}-{fid}\">{}</label>", esc(&q.text));
        if single_line {
            let _ = write!(h, "<input type=\"text\" id=\"{base}-{fid}\" name=\"{id}.{fid}\" data-sonder-field=\"{fid}\" autocomplete=\"off\" aria-describedby=\"{described}\"{placeholder}>");
        } else {
            let _ = write!(h, "<textarea id=\"{base}-{fid}\" name=\"{id}.{fid}\" rows=\"{}\" data-sonder-field=\"{fid}\" autocomplete=\"off\" aria-describedby=\"{described}\"{placeholder}></textarea>", q.rows);
        }
        self.h.push_str("</div>");
    }

    /// A text box per question (one "Your answer" box when the prompt is the question).
    fn reflection(&mut self, questions: &[TextQuestion]) {
        let _ = write!(self.h, "<fieldset class=\"exercise-fields\"><legend>{}</legend>", tr(self.cat, "your-answers"));
        if questions.is_empty() {
            let q = TextQuestion { id: "answer".into(), text: self.cat.t("your-answer"), rows: 6, placeholder: None };
            self.text_field(&q, false);
        }
        for q in questions {
            self.text_field(q, false);
        }
        self.h.push_str("</fieldset>");
    }

    /// A box for a new entry, the button that adds it, and the list the widget fills.
    fn journal(&mut self, entry_prompt: Option<&str>) {
        let (cat, base, id, described) = (self.cat, &self.base, &self.id, &self.described);
        let fallback = cat.t("entry-prompt");
        let label = entry_prompt.unwrap_or(&fallback);
        let _ = write!(
            self.h,
            "<fieldset class=\"exercise-fields\"><legend>{new_entry}</legend><div class=\"field\"><label class=\"field-label\" for=\"{base}-entry\">{}</label>\
<textarea id=\"{base}-entry\" name=\"{id}.entry\" rows=\"5\" data-sonder-field=\"entry\" autocomplete=\"off\" aria-describedby=\"{described}\"></textarea></div>\
<button type=\"button\" class=\"button needs-js\" data-sonder-action=\"add-entry\">{add_entry}</button></fieldset>\
<h3 class=\"journal-entries-title\">{your_entries}</h3><ol class=\"journal-entries\" data-sonder-entries aria-live=\"polite\"></ol>",
            esc(label),
            new_entry = tr(cat, "new-entry"),
            add_entry = tr(cat, "add-entry"),
            your_entries = tr(cat, "your-entries"),
        );
    }

    /// Each question's choices (radio buttons, or checkboxes for several right answers), then
    /// the Check and Try again buttons. Nothing is judged while the learner chooses: the widget
    /// marks the options on "Check".
    fn quiz(&mut self, questions: &[QuizQuestion]) {
        for q in questions {
            self.quiz_question(q);
        }
        let _ = write!(
            self.h,
            "<div class=\"quiz-actions needs-js\"><button type=\"button\" class=\"button button-primary\" data-sonder-action=\"check\">{}</button>\
<button type=\"button\" class=\"button\" data-sonder-action=\"retry\">{}</button><p class=\"quiz-score\" data-sonder-score aria-live=\"polite\"></p></div>",
            tr(self.cat, "check-answers"),
            tr(self.cat, "try-again")
        );
    }

    fn quiz_question(&mut self, q: &QuizQuestion) {
        let (h, cat, base, id, described) = (&mut self.h, self.cat, &self.base, &self.id, &self.described);
        let qid = esc(&q.id);
        let multi = q.answers.len() > 1;
        let answer = q.answers.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(",");
        let _ = write!(
            h,
            "<fieldset class=\"quiz-question\" data-sonder-question=\"{qid}\" data-sonder-answer=\"{answer}\"><legend>{}{}</legend>",
            esc(&q.text),
            // Said once: many questions already end with "Select all that apply".
            if multi && !q.text.to_lowercase().contains("all that apply") {
                format!(" <span class=\"quiz-multi\">{}</span>", tr(cat, "choose-all"))
            } else {
                String::new()
            }
        );
        h.push_str("<div class=\"choices\">");
        for (i, choice) in q.choices.iter().enumerate() {
            let _ = write!(
                h,
                "<div class=\"choice\"><input type=\"{t}\" id=\"{base}-{qid}-{i}\" name=\"{id}.{qid}\" value=\"{i}\" data-sonder-field=\"{qid}\" aria-describedby=\"{described} {base}-{qid}-feedback\"><label for=\"{base}-{qid}-{i}\">{}</label></div>",
                esc(choice),
                t = if multi { "checkbox" } else { "radio" },
            );
        }
        h.push_str("</div>");
        let _ = write!(h, "<p class=\"quiz-feedback\" id=\"{base}-{qid}-feedback\" data-sonder-feedback aria-live=\"polite\"></p>");
        if let Some(explain) = &q.explain {
            let _ = write!(h, "<div class=\"quiz-explain\" data-sonder-explain hidden>{}</div>", esc(explain));
        }
        h.push_str("</fieldset>");
    }

    /// A checkbox per step, and a box for notes.
    fn practice(&mut self, steps: &[Item]) {
        let (h, base, id, described) = (&mut self.h, &self.base, &self.id, &self.described);
        let _ = write!(h, "<fieldset class=\"exercise-fields\"><legend>{}</legend><ul class=\"practice-steps\">", tr(self.cat, "steps"));
        for s in steps {
            let sid = esc(&s.id);
            let _ = write!(
                h,
                "<li><input type=\"checkbox\" id=\"{base}-{sid}\" name=\"{id}.{sid}\" value=\"done\" data-sonder-field=\"{sid}\" aria-describedby=\"{described}\"><label for=\"{base}-{sid}\">{}</label></li>",
                esc(&s.text)
            );
        }
        h.push_str("</ul>");
        let notes = TextQuestion { id: "notes".into(), text: self.cat.t("practice-notes"), rows: 4, placeholder: None };
        self.text_field(&notes, false);
        self.h.push_str("</fieldset>");
    }

    /// A row of radio buttons, one per label, for each statement.
    fn scale(&mut self, labels: &[String], statements: &[Item]) {
        let (h, base, id, described) = (&mut self.h, &self.base, &self.id, &self.described);
        for st in statements {
            let sid = esc(&st.id);
            let _ = write!(h, "<fieldset class=\"scale-statement\"><legend>{}</legend><div class=\"scale-options\">", esc(&st.text));
            for (i, label) in labels.iter().enumerate() {
                let _ = write!(
                    h,
                    "<div class=\"scale-option\"><input type=\"radio\" id=\"{base}-{sid}-{i}\" name=\"{id}.{sid}\" value=\"{i}\" data-sonder-field=\"{sid}\" aria-describedby=\"{described}\"><label for=\"{base}-{sid}-{i}\">{}</label></div>",
                    esc(label)
                );
            }
            h.push_str("</div></fieldset>");
        }
    }

    /// A box per field, and the composed text (its preview until the widget fills it in) with
    /// Copy and Print buttons.
    fn compose(&mut self, template: &str, fields: &[TextQuestion]) {
        let _ = write!(self.h, "<fieldset class=\"exercise-fields\"><legend>{}</legend>", tr(self.cat, "fill-in-parts"));
        for f in fields {
            self.text_field(f, f.rows <= 1);
        }
        self.h.push_str("</fieldset>");
        let (cat, base) = (self.cat, &self.base);
        let for_ids = fields.iter().map(|f| format!("{base}-{}", esc(&f.id))).collect::<Vec<_>>().join(" ");
        let _ = write!(
            self.h,
            "<div class=\"compose-preview\"><h3 id=\"{base}-composed-title\">{your_text}</h3><output class=\"composed\" for=\"{for_ids}\" aria-labelledby=\"{base}-composed-title\" data-sonder-composed data-sonder-template=\"{}\">{}</output>\
<p class=\"compose-actions needs-js\"><button type=\"button\" class=\"button\" data-sonder-action=\"copy\">{copy}</button> <button type=\"button\" class=\"button\" data-sonder-action=\"print\">{print}</button></p></div>",
            esc(template),
            esc(&template_preview(template, fields)),
            your_text = tr(cat, "your-text"),
            copy = tr(cat, "copy"),
            print = tr(cat, "print"),
        );
    }
}

/// The fields of an exercise as (field id, label, choice labels) for the journal page and exports.
pub fn journal_fields(ex: &Exercise, cat: &Catalog) -> Vec<(String, String, Option<Vec<String>>)> {
    match &ex.body {
        ExerciseBody::Reflection { questions } if questions.is_empty() => vec![("answer".into(), cat.t("your-answer"), None)],
        ExerciseBody::Reflection { questions } => questions.iter().map(|q| (q.id.clone(), q.text.clone(), None)).collect(),
        ExerciseBody::Journal { entry_prompt } => vec![("entry".into(), entry_prompt.clone().unwrap_or_else(|| cat.t("entries")), None)],
        ExerciseBody::Quiz { questions } => questions.iter().map(|q| (q.id.clone(), q.text.clone(), Some(q.choices.clone()))).collect(),
        ExerciseBody::Practice { steps } => {
            let mut v: Vec<_> = steps.iter().map(|s| (s.id.clone(), s.text.clone(), None)).collect();
            v.push(("notes".into(), cat.t("notes"), None));
            v
        }
        ExerciseBody::Scale { labels, statements } => {
            statements.iter().map(|s| (s.id.clone(), s.text.clone(), Some(labels.clone()))).collect()
        }
        ExerciseBody::Compose { fields, .. } => fields.iter().map(|f| (f.id.clone(), f.text.clone(), None)).collect(),
    }
}

/// An exercise's read-only shell on the journal page; the widget fills in the answers.
pub fn journal_exercise_html(ex: &Exercise, cat: &Catalog, lesson_href: &str) -> String {
    let mut h = String::with_capacity(1024);
    let _ = write!(
        h,
        "<article class=\"journal-exercise\" data-sonder-journal-exercise=\"{}\" data-sonder-kind=\"{}\"><h4><span class=\"exercise-kind\">{}</span> <a href=\"{}#ex-{}\">{}</a></h4><div class=\"prompt\">{}</div><dl class=\"journal-answers\">",
        esc(&ex.id),
        ex.kind.name(),
        kind_label(cat, ex.kind),
        esc(lesson_href),
        esc(&ex.id),
        esc(&ex.title),
        ex.prompt_html
    );
    let empty = tr(cat, "no-answer-yet");
    for (fid, label, choices) in journal_fields(ex, cat) {
        let _ = write!(h, "<dt>{}</dt><dd data-sonder-answer=\"{}\"", esc(&label), esc(&fid));
        if let Some(c) = choices {
            let _ = write!(h, " data-sonder-choices=\"{}\"", esc(&serde_json::to_string(&c).unwrap_or_default()));
        }
        let _ = write!(h, "><span class=\"journal-empty\">{empty}</span></dd>");
    }
    if let ExerciseBody::Compose { template, .. } = &ex.body {
        let _ = write!(h, "<dt>{}</dt><dd data-sonder-composed data-sonder-template=\"{}\"></dd>", tr(cat, "your-text"), esc(template));
    }
    h.push_str("</dl></article>");
    h
}

/// The letter shown before a quiz choice on paper (A, B, ... Z, then AA, AB ...).
pub fn choice_letter(i: usize) -> String {
    let mut n = i;
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Ruled writing space for `rows` lines of handwriting (`.ruled` draws them from `--rows`).
fn ruled(h: &mut String, rows: u32) {
    let _ = write!(h, "<div class=\"ruled\" style=\"--rows:{rows}\" aria-hidden=\"true\"></div>");
}

/// An exercise as a paper form for handouts: ruled lines sized to each question, boxes for steps,
/// circles for choices and scales, blanks for short fields. Every answerable part is a
/// `.paper-item`, kept whole on one page by the print CSS, as is the whole exercise.
pub fn handout_exercise_html(ex: &Exercise, cat: &Catalog) -> String {
    let mut p = Paper { h: String::with_capacity(2048), cat };
    p.head(ex);
    match &ex.body {
        ExerciseBody::Reflection { questions } => p.reflection(questions),
        ExerciseBody::Journal { entry_prompt } => p.journal(entry_prompt.as_deref()),
        ExerciseBody::Quiz { questions } => p.quiz(questions),
        ExerciseBody::Practice { steps } => p.practice(steps),
        ExerciseBody::Scale { labels, statements } => p.scale(labels, statements),
        ExerciseBody::Compose { template, fields } => p.compose(template, fields),
    }
    p.h.push_str("</section>");
    p.h
}

/// An exercise's paper form for a handout, written part by part into `h`.
struct Paper<'c> {
    h: String,
    cat: &'c Catalog,
}

impl Paper<'_> {
    /// The section's start, title, prompt and hint.
    fn head(&mut self, ex: &Exercise) {
        let id = esc(&ex.id);
        let _ = write!(
            self.h,
            "<section class=\"paper-exercise paper-{kind}\" id=\"hx-{id}\" data-sonder-handout-exercise=\"{id}\" aria-labelledby=\"hx-{id}-title\">\
<h3 class=\"paper-exercise-title\" id=\"hx-{id}-title\"><span class=\"exercise-kind\">{label}</span> {title}</h3>\
<div class=\"exercise-prompt\">{prompt}</div>",
            kind = ex.kind.name(),
            label = kind_label(self.cat, ex.kind),
            title = esc(&ex.title),
            prompt = ex.prompt_html,
        );
        if let Some(hint) = &ex.hint_html {
            let _ = write!(self.h, "<div class=\"exercise-hint\"><strong>{}</strong> {hint}</div>", tr(self.cat, "hint"));
        }
    }

    /// Ruled lines under each question (eight under "Your answer" when the prompt is the question).
    fn reflection(&mut self, questions: &[TextQuestion]) {
        let h = &mut self.h;
        if questions.is_empty() {
            let _ = write!(h, "<div class=\"paper-item\"><p class=\"paper-question\">{}</p>", tr(self.cat, "your-answer"));
            ruled(h, 8);
            h.push_str("</div>");
        }
        h.push_str("<ol class=\"paper-questions\">");
        for q in questions {
            let _ = write!(h, "<li class=\"paper-item\"><p class=\"paper-question\">{}</p>", esc(&q.text));
            ruled(h, q.rows.max(2));
            h.push_str("</li>");
        }
        h.push_str("</ol>");
    }

    /// Three dated entries with ruled lines.
    fn journal(&mut self, entry_prompt: Option<&str>) {
        let (h, cat) = (&mut self.h, self.cat);
        let fallback = cat.t("entry-prompt");
        let prompt = entry_prompt.unwrap_or(&fallback);
        let _ = write!(h, "<p class=\"paper-instruction\">{}</p>", esc(&cat.t_with("paper-each-entry", &[("prompt", Arg::Text(prompt))])));
        for n in 1..=3 {
            let entry = esc(&cat.t_with("paper-entry", &[("number", Arg::Num(n.into()))]));
            let _ = write!(h, "<div class=\"paper-item paper-entry\"><p class=\"paper-question\">{entry} <span class=\"paper-date\">{} <span class=\"blank short\"></span></span></p>", tr(cat, "paper-date"));
            ruled(h, 5);
            h.push_str("</div>");
        }
    }

    /// Each question with its lettered choices: circles for one right answer, boxes for several.
    fn quiz(&mut self, questions: &[QuizQuestion]) {
        let (h, cat) = (&mut self.h, self.cat);
        let _ = write!(h, "<p class=\"paper-instruction\">{}</p><ol class=\"paper-quiz\">", tr(cat, "paper-quiz-instruction"));
        for q in questions {
            let multi = q.answers.len() > 1;
            let _ = write!(
                h,
                "<li class=\"paper-item\"><p class=\"paper-question\">{}{}</p><ul class=\"paper-choices\">",
                esc(&q.text),
                if multi && !q.text.to_lowercase().contains("all that apply") {
                    format!(" <em class=\"quiz-multi\">{}</em>", tr(cat, "tick-all"))
                } else {
                    String::new()
                }
            );
            for (i, c) in q.choices.iter().enumerate() {
                let _ = write!(
                    h,
                    "<li><span class=\"box{}\" aria-hidden=\"true\"></span> <span class=\"choice-letter\">{}.</span> {}</li>",
                    if multi { "" } else { " circle" },
                    choice_letter(i),
                    esc(c)
                );
            }
            h.push_str("</ul></li>");
        }
        h.push_str("</ol>");
    }

    /// A box per step, and ruled lines for notes.
    fn practice(&mut self, steps: &[Item]) {
        let (h, cat) = (&mut self.h, self.cat);
        let _ = write!(h, "<p class=\"paper-instruction\">{}</p><ul class=\"paper-steps\">", tr(cat, "paper-practice-instruction"));
        for s in steps {
            let _ = write!(h, "<li class=\"paper-item\"><span class=\"box\" aria-hidden=\"true\"></span> {}</li>", esc(&s.text));
        }
        let _ = write!(h, "</ul><div class=\"paper-item\"><p class=\"paper-question\">{}</p>", tr(cat, "practice-notes"));
        ruled(h, 4);
        h.push_str("</div>");
    }

    /// A table: a row per statement, a circle to mark per label.
    fn scale(&mut self, labels: &[String], statements: &[Item]) {
        let (h, cat) = (&mut self.h, self.cat);
        let _ = write!(
            h,
            "<p class=\"paper-instruction\">{}</p><table class=\"paper-scale\" style=\"--cols:{}\"><thead><tr><th scope=\"col\">{}</th>",
            tr(cat, "paper-scale-instruction"),
            labels.len(),
            tr(cat, "statement")
        );
        for l in labels {
            let _ = write!(h, "<th scope=\"col\" class=\"paper-scale-label\">{}</th>", esc(l));
        }
        h.push_str("</tr></thead><tbody>");
        for s in statements {
            let _ = write!(h, "<tr class=\"paper-item\"><th scope=\"row\">{}</th>", esc(&s.text));
            for l in labels {
                let _ = write!(h, "<td><span class=\"box circle\" role=\"img\" aria-label=\"{}\"></span></td>", esc(l));
            }
            h.push_str("</tr>");
        }
        h.push_str("</tbody></table>");
    }

    /// A blank or ruled lines per field, then the template to put the parts together in.
    fn compose(&mut self, template: &str, fields: &[TextQuestion]) {
        let (h, cat) = (&mut self.h, self.cat);
        h.push_str("<ol class=\"paper-fields\">");
        for f in fields {
            if f.rows <= 1 {
                let _ = write!(
                    h,
                    "<li class=\"paper-item paper-blank\"><span class=\"paper-question\">{}</span> <span class=\"blank\"></span></li>",
                    esc(&f.text)
                );
            } else {
                let _ = write!(h, "<li class=\"paper-item\"><p class=\"paper-question\">{}</p>", esc(&f.text));
                ruled(h, f.rows);
                h.push_str("</li>");
            }
        }
        h.push_str("</ol>");
        let _ = write!(
            h,
            "<div class=\"paper-item paper-compose\"><p class=\"paper-question\">{}</p><p class=\"paper-template\">{}</p>",
            tr(cat, "put-together"),
            esc(&template_preview(template, fields))
        );
        ruled(h, 4);
        h.push_str("</div>");
    }
}

/// The answer key entry of a quiz (None for other kinds): each question's right choices by letter,
/// as printed in the handout, with the explanation. The choice's text is in its own span so that a
/// handout can print the letters only (the learner circled letters, and the explanation says why).
pub fn answer_key_html(ex: &Exercise) -> Option<String> {
    let ExerciseBody::Quiz { questions } = &ex.body else { return None };
    let mut h =
        format!("<section class=\"answer-key-exercise\" data-sonder-answer-key=\"{}\"><h3>{}</h3><ol>", esc(&ex.id), esc(&ex.title));
    for q in questions {
        let right: Vec<String> = q
            .answers
            .iter()
            .filter_map(|&a| {
                q.choices.get(a).map(|c| {
                    format!(
                        "<span class=\"answer-key-choice\"><strong>{}.</strong> <span class=\"answer-key-choice-text\">{}</span></span>",
                        choice_letter(a),
                        esc(c)
                    )
                })
            })
            .collect();
        let _ =
            write!(h, "<li><p class=\"answer-key-question\">{}</p><p class=\"answer-key-answer\">{}</p>", esc(&q.text), right.join("<br>"));
        if let Some(e) = &q.explain {
            let _ = write!(h, "<p class=\"answer-key-explain\">{}</p>", esc(e));
        }
        h.push_str("</li>");
    }
    h.push_str("</ol></section>");
    Some(h)
}

/// Re-roots the relative `href`/`src` URLs of HTML rendered for a page in `from_dir` so they work
/// from the site root, and prefixes ids and fragment links with `id_prefix` (print.html holds every
/// lesson, so ids must stay unique).
pub fn rebase_html(html: &str, from_dir: &str, id_prefix: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    // One pass: every attribute this rewrites ends in `="`, so only those are searched for and the
    // name before each is looked at. Searching for each name separately rescanned the rest of the
    // document at every step, which made a lesson of many links quadratic.
    loop {
        let Some(eq) = rest.find("=\"") else {
            out.push_str(rest);
            break;
        };
        let name = &rest[..eq];
        let pat = if name.ends_with("href") {
            "href"
        } else if name.ends_with("src") {
            "src"
        } else if name.ends_with(" id") {
            " id"
        } else {
            out.push_str(&rest[..eq + 2]);
            rest = &rest[eq + 2..];
            continue;
        };
        out.push_str(&rest[..eq + 2]);
        rest = &rest[eq + 2..];
        let end = rest.find('"').unwrap_or(rest.len());
        let value = &rest[..end];
        if pat == " id" {
            let _ = write!(out, "{id_prefix}-{value}");
        } else if let Some(frag) = value.strip_prefix('#') {
            let _ = write!(out, "#{id_prefix}-{frag}");
        } else if value.contains("://")
            || value.starts_with("//")
            || value.starts_with('/')
            || value.starts_with("mailto:")
            || value.starts_with("data:")
            || value.starts_with("tel:")
        {
            out.push_str(value);
        } else {
            out.push_str(&crate::markdown::join(from_dir, value).unwrap_or_else(|| value.to_string()));
        }
        rest = &rest[end..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rebase_rewrites_links_sources_and_ids_only() {
        let html = r##"<p id="a" data-x="href"><a href="b.md#c">x</a> <img src="i.png" alt="src=no"> <a href="#h">y</a> <a href="https://e.org/">z</a></p>"##;
        let out = rebase_html(html, "m", "ex");
        assert_eq!(
            out,
            r##"<p id="ex-a" data-x="href"><a href="m/b.md#c">x</a> <img src="m/i.png" alt="src=no"> <a href="#ex-h">y</a> <a href="https://e.org/">z</a></p>"##
        );
    }

    #[test]
    fn rebase_is_linear_in_the_number_of_links() {
        // 200,000 links and no image: the old search for `src="` rescanned the rest at each link.
        let html = "<a href=\"#x\">l</a> ".repeat(200_000);
        let started = std::time::Instant::now();
        let out = rebase_html(&html, "m", "ex");
        assert_eq!(out.matches("#ex-x").count(), 200_000);
        assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
    }

    #[test]
    fn choice_letters_run_past_z() {
        assert_eq!([0, 1, 25, 26, 27].map(choice_letter), ["A", "B", "Z", "AA", "AB"]);
    }
}
