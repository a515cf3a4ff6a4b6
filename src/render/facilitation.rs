//! The facilitator's pages beyond the guides: the hub (`facilitator/index.html`: every module's
//! handout, guide, session time, materials and printed PDFs) and the printable materials of a
//! module (`[[materials]]`: question cards, scenario cards, a one-page model handout).

use serde::Serialize;

use crate::i18n::{Arg, Catalog};
use crate::markdown::relative_url;
use crate::model::{Course, Exercise, ExerciseBody, Material, MaterialKind, Module};

/// A module's workshop length: its `duration`, else what its agenda adds up to.
pub fn session_minutes(m: &Module) -> Option<u64> {
    let f = m.facilitator.as_ref()?;
    // Summed in 64 bits: durations are capped at a week each, but a long agenda must not wrap.
    f.duration.map(u64::from).or_else(|| Some(f.agenda.iter().map(|a| u64::from(a.minutes)).sum::<u64>()).filter(|&t| t > 0))
}

/// "1 h 15 min", "45 min", "2 h", in the course's language.
pub fn duration_text(cat: &Catalog, minutes: u64) -> String {
    let num = |n: u64| Arg::Num(n as f64);
    match (minutes / 60, minutes % 60) {
        (0, m) => cat.t_with("duration-minutes", &[("minutes", num(m))]),
        (h, 0) => cat.t_with("duration-hours", &[("hours", num(h))]),
        (h, m) => cat.t_with("duration-hours-minutes", &[("hours", num(h)), ("minutes", num(m))]),
    }
}

/// A material as the hub and the guide list it.
#[derive(Serialize)]
pub struct MaterialLink {
    pub title: String,
    pub href: String,
    pub kind: &'static str,
    /// "Question cards: 8 cards on 1 sheet", "One-page model handout".
    pub summary: String,
}

/// A material's title: as written, else its kind's name in the course's language.
pub fn material_title(cat: &Catalog, mat: &Material) -> String {
    if !mat.title.is_empty() {
        return mat.title.clone();
    }
    cat.t(match mat.kind {
        MaterialKind::QuestionCards => "material-title-question-cards",
        MaterialKind::ScenarioCards => "material-title-scenario-cards",
        MaterialKind::ModelHandout => "material-title-model",
    })
}

pub fn material_links(course: &Course, cat: &Catalog, m: &Module, from: &str) -> Vec<MaterialLink> {
    m.materials
        .iter()
        .map(|mat| {
            let summary = match mat.kind.cards_per_sheet() {
                Some(per) => {
                    let n = cards(course, cat, m, mat).len();
                    let sheets = n.div_ceil(per);
                    let what = if mat.kind == MaterialKind::QuestionCards { "material-question-cards" } else { "material-scenario-cards" };
                    cat.t_with(what, &[("cards", Arg::Num(n as f64)), ("sheets", Arg::Num(sheets as f64))])
                }
                None => cat.t("material-model"),
            };
            MaterialLink { title: material_title(cat, mat), href: relative_url(from, &mat.path(&m.slug)), kind: mat.kind.name(), summary }
        })
        .collect()
}

/// A printed PDF the hub links to.
#[derive(Serialize)]
struct PdfLink {
    href: String,
    /// "PDF, 3 pages, 124 KB"
    about: String,
}

/// The PDF `sonder pdf` wrote as `name` (in the course's pdf/ folder), if the build found it.
fn pdf_link(course: &Course, cat: &Catalog, name: &str, from: &str) -> Option<PdfLink> {
    let pdf = course.printed_pdfs.iter().find(|p| p.name == name)?;
    let about = cat.t_with("pdf-about", &[("pages", Arg::Num(pdf.pages as f64)), ("kb", Arg::Num(pdf.bytes.div_ceil(1024) as f64))]);
    Some(PdfLink { href: relative_url(from, &pdf.output), about })
}

#[derive(Serialize)]
struct HubModule {
    number: usize,
    title: String,
    description: Option<String>,
    href: String,
    handout_href: String,
    guide_href: String,
    has_notes: bool,
    goal: Option<String>,
    minutes: Option<u64>,
    time: Option<String>,
    materials: Vec<MaterialLink>,
    handout_pdf: Option<PdfLink>,
    guide_pdf: Option<PdfLink>,
}

/// The hub's context: every module with its papers, the total session time and the PDFs.
pub fn hub_context(course: &Course, cat: &Catalog, path: &str, ctx: &mut tera::Context) {
    let modules: Vec<HubModule> = course
        .modules
        .iter()
        .enumerate()
        .map(|(mi, m)| {
            let minutes = session_minutes(m);
            HubModule {
                number: mi + 1,
                title: m.title.clone(),
                description: m.description.clone(),
                href: relative_url(path, &format!("{}/index.html", m.slug)),
                handout_href: relative_url(path, &format!("handouts/{}.html", m.slug)),
                guide_href: relative_url(path, &format!("facilitator/{}.html", m.slug)),
                has_notes: m.facilitator.is_some(),
                goal: m.facilitator.as_ref().and_then(|f| f.goal.clone()),
                minutes,
                time: minutes.map(|t| duration_text(cat, t)),
                materials: material_links(course, cat, m, path),
                handout_pdf: pdf_link(course, cat, &format!("{}-handout.pdf", m.slug), path),
                guide_pdf: pdf_link(course, cat, &format!("{}-facilitator.pdf", m.slug), path),
            }
        })
        .collect();
    let total: u64 = modules.iter().filter_map(|m| m.minutes).sum();
    let timed = modules.iter().filter(|m| m.minutes.is_some()).count();
    let any_pdf = modules.iter().any(|m| m.handout_pdf.is_some() || m.guide_pdf.is_some());
    ctx.insert("title", &cat.t("facilitator-hub"));
    ctx.insert("hub_modules", &modules);
    ctx.insert("total_minutes", &total);
    ctx.insert("total_time", &duration_text(cat, total));
    ctx.insert("timed_sessions", &timed);
    ctx.insert("course_pdf", &pdf_link(course, cat, &format!("{}.pdf", course.config.id), path));
    ctx.insert("any_pdf", &any_pdf);
    let guide = course.pages.iter().find(|p| p.slug == "facilitating");
    ctx.insert("facilitating_href", &guide.map(|p| relative_url(path, &format!("{}.html", p.slug))));
    ctx.insert("facilitating_title", &guide.map(|p| p.title.as_str()));
}

/// One card of a card sheet, or one part of a model handout.
#[derive(Serialize, Clone)]
pub struct Card {
    /// Where the card comes from: an exercise's title, "Discussion question".
    pub source: Option<String>,
    /// Plain text (escaped by the template).
    pub text: String,
    /// Trusted HTML of the course (an exercise's prompt, compiled from its Markdown).
    pub html: Option<String>,
}

/// What an exercise contributes as question cards: one card per question, step, statement or field.
fn exercise_items(ex: &Exercise) -> Vec<String> {
    match &ex.body {
        ExerciseBody::Reflection { questions } if !questions.is_empty() => questions.iter().map(|q| q.text.clone()).collect(),
        ExerciseBody::Reflection { .. } => vec![plain_text(&ex.prompt_html)],
        ExerciseBody::Journal { entry_prompt } => vec![entry_prompt.clone().unwrap_or_else(|| plain_text(&ex.prompt_html))],
        ExerciseBody::Quiz { questions } => questions.iter().map(|q| q.text.clone()).collect(),
        ExerciseBody::Practice { steps } => steps.iter().map(|s| s.text.clone()).collect(),
        ExerciseBody::Scale { statements, .. } => statements.iter().map(|s| s.text.clone()).collect(),
        ExerciseBody::Compose { fields, .. } => fields.iter().map(|f| f.text.clone()).collect(),
    }
}

/// The text of a little HTML (an exercise prompt), tags dropped and entities read.
fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let text = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The cards of a card material, in order: its items, the discussion questions, its exercises.
pub fn cards(course: &Course, cat: &Catalog, m: &Module, mat: &Material) -> Vec<Card> {
    let mut out: Vec<Card> = mat.items.iter().map(|t| Card { source: None, text: t.clone(), html: None }).collect();
    if mat.discussion {
        let questions = m.facilitator.iter().flat_map(|f| f.questions.iter());
        out.extend(questions.map(|q| Card { source: Some(cat.t("material-discussion")), text: q.clone(), html: None }));
    }
    for ex in mat.exercises.iter().filter_map(|e| course.exercise(&e.id)) {
        if mat.kind == MaterialKind::ScenarioCards {
            out.push(Card { source: Some(ex.title.clone()), text: String::new(), html: Some(ex.prompt_html.clone()) });
        } else {
            out.extend(exercise_items(ex).into_iter().map(|text| Card { source: Some(ex.title.clone()), text, html: None }));
        }
    }
    out
}

/// An exercise on a model handout: "Try it".
#[derive(Serialize)]
struct TryIt {
    title: String,
    prompt_html: String,
    items: Vec<String>,
}

#[derive(Serialize)]
struct MaterialCtx {
    title: String,
    kind: &'static str,
    intro: Option<String>,
    module_number: usize,
    module_title: String,
    guide_href: String,
    hub_href: String,
    /// Sheets of cards (cards only).
    sheets: Vec<Vec<Card>>,
    card_count: usize,
    per_sheet: usize,
    /// The parts of the model, the discussion questions and the exercises (model handouts only).
    parts: Vec<String>,
    questions: Vec<String>,
    try_it: Vec<TryIt>,
}

/// The context of material `k` of module `mi`.
pub fn material_context(course: &Course, cat: &Catalog, mi: usize, k: usize, path: &str, ctx: &mut tera::Context) {
    let m = &course.modules[mi];
    let mat = &m.materials[k];
    let per_sheet = mat.kind.cards_per_sheet().unwrap_or(0);
    let all = if per_sheet > 0 { cards(course, cat, m, mat) } else { Vec::new() };
    let model = mat.kind == MaterialKind::ModelHandout;
    let material = MaterialCtx {
        title: material_title(cat, mat),
        kind: mat.kind.name(),
        intro: mat.intro.clone(),
        module_number: mi + 1,
        module_title: m.title.clone(),
        guide_href: relative_url(path, &format!("facilitator/{}.html", m.slug)),
        hub_href: relative_url(path, "facilitator/index.html"),
        card_count: all.len(),
        sheets: all.chunks(per_sheet.max(1)).map(<[Card]>::to_vec).collect(),
        per_sheet,
        parts: if model { mat.items.clone() } else { Vec::new() },
        questions: if model && mat.discussion { m.facilitator.iter().flat_map(|f| f.questions.clone()).collect() } else { Vec::new() },
        try_it: if model {
            mat.exercises
                .iter()
                .filter_map(|e| course.exercise(&e.id))
                .map(|ex| TryIt { title: ex.title.clone(), prompt_html: ex.prompt_html.clone(), items: exercise_items(ex) })
                .collect()
        } else {
            Vec::new()
        },
    };
    ctx.insert("title", &material_title(cat, mat));
    ctx.insert("material", &material);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_of_a_prompt() {
        assert_eq!(plain_text("<p>Think of <em>one</em> person &amp; their day.</p>\n"), "Think of one person & their day.");
    }

    #[test]
    fn durations_read_as_hours_and_minutes() {
        let en = Catalog::for_language("en", &crate::load::theme::builtin_default().catalogues);
        assert_eq!(duration_text(&en, 45), "45 min");
        assert_eq!(duration_text(&en, 120), "2 h");
        assert_eq!(duration_text(&en, 475), "7 h 55 min");
    }
}
