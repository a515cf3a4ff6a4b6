//! The course as plain data: what `load` builds and what `render` reads. No I/O here.

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;

use crate::diagnostics::SourceText;

/// What the home page's front matter sets: its heading and its introduction line, in place of
/// the course's title and description (None: the course's).
#[derive(Debug, Clone, Default)]
pub struct HomeFront {
    pub title: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Course {
    pub config: CourseConfig,
    /// The home page (content/_index.md); may be empty.
    pub home: Document,
    /// What the home page's front matter sets (`home_title` reads it).
    pub home_front: HomeFront,
    pub modules: Vec<Module>,
    /// Standalone pages (content/<page>.md), in weight order.
    pub pages: Vec<Page>,
    /// All exercises, sorted by id.
    pub exercises: Vec<Exercise>,
    pub exercise_index: HashMap<String, usize>,
    /// Ids of exercise files that exist but did not load (their errors are reported already).
    pub failed_exercises: std::collections::HashSet<String>,
    /// Content files that exist but did not load, as links name them (`module/lesson.md`,
    /// `module/_index.md`, `page.md`; a module whose `_index.md` did not load brings its lessons
    /// along). Their errors are reported already, so links to them are not reported as missing,
    /// nor what only they would use (`has_failed_lessons`). The home page is not among them: a
    /// home page that does not load is replaced by an empty one, so links to it still lead
    /// somewhere.
    pub failed_documents: std::collections::HashSet<String>,
    /// Files copied to the output as they are.
    pub assets: Vec<Asset>,
    pub theme: Theme,
    /// What relative links may point at; filled in when the Markdown is first compiled.
    pub links: LinkIndex,
    /// PDFs `sonder pdf` left in the course's pdf/ folder, copied into the site (also in `assets`)
    /// for the facilitator hub to link.
    pub printed_pdfs: Vec<PrintedPdf>,
}

/// A PDF found in the course's pdf/ folder at build time.
#[derive(Debug, Clone)]
pub struct PrintedPdf {
    /// The file name, as `sonder pdf` writes it: `<module>-handout.pdf`, `<module>-facilitator.pdf`,
    /// `<course id>.pdf`.
    pub name: String,
    /// Its path in the site.
    pub output: String,
    pub pages: usize,
    pub bytes: u64,
}

impl PrintedPdf {
    /// Where printed PDFs go in the site.
    pub const SITE_DIR: &'static str = "facilitator/pdf";
}

/// Source path under content/ (`mod/lesson.md`) -> output path, and every other linkable file.
#[derive(Debug, Clone, Default)]
pub struct LinkIndex {
    pub pages: HashMap<String, String>,
    pub files: std::collections::HashSet<String>,
}

#[derive(Debug, Clone)]
pub struct CourseConfig {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub language: String,
    pub author: Option<String>,
    pub theme: String,
    /// Where `[build] theme` is written in course.toml (None: not written, the default theme).
    pub theme_span: Option<Range<usize>>,
    pub minify: bool,
    pub output: PathBuf,
    pub facilitator_links: bool,
    /// Symlinks may lead outside the course folder (`[build] follow_external_symlinks`).
    pub follow_external_symlinks: bool,
    /// `[search] enabled`: write the search index (`assets/search/`); default true.
    pub search: bool,
    pub lms: LmsConfig,
    /// `[languages]`: the course's other languages, each with its own `content.<code>/` and
    /// `exercises.<code>/` (docs/course-format.md). Empty for a course in one language.
    pub languages: Vec<LanguageConfig>,
    pub source: SourceText,
}

/// One extra language of a course (`[languages.<code>]` in course.toml).
#[derive(Debug, Clone)]
pub struct LanguageConfig {
    /// The language tag; also the site's folder (`/<code>/`) and the `content.<code>/` suffix.
    pub code: String,
    /// The course's title in this language (default: the course's title).
    pub title: Option<String>,
    pub description: Option<String>,
    /// The language's name in the switcher (default: `language-name` of its catalogue).
    pub name: Option<String>,
    /// Where the `[languages.<code>]` key is written in course.toml.
    pub span: Range<usize>,
}

/// `[lms]` of course.toml: what `sonder package` tells a learning management system.
#[derive(Debug, Clone, Default)]
pub struct LmsConfig {
    /// Percent of quiz answers right needed to pass; without it the course is only completed.
    pub mastery_score: Option<f64>,
    /// The title learners see in the LMS (default: the course title).
    pub package_title: Option<String>,
    /// The package's version, part of the manifest identifier (default "1").
    pub version: String,
}

/// One Markdown document of the course, by place (a module's is its introduction).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocId {
    Home,
    Page(usize),
    Intro(usize),
    Lesson(usize, usize),
}

impl DocId {
    /// Every document of the course in a fixed order: home, pages, then each module's
    /// introduction and lessons (the order of `Course::documents`).
    pub fn all(course: &Course) -> Vec<DocId> {
        let mut ids = vec![DocId::Home];
        ids.extend((0..course.pages.len()).map(DocId::Page));
        for (mi, m) in course.modules.iter().enumerate() {
            ids.push(DocId::Intro(mi));
            ids.extend((0..m.lessons.len()).map(|li| DocId::Lesson(mi, li)));
        }
        ids
    }

    pub fn of(self, course: &Course) -> &Document {
        match self {
            DocId::Home => &course.home,
            DocId::Page(i) => &course.pages[i].body,
            DocId::Intro(m) => &course.modules[m].intro,
            DocId::Lesson(m, l) => &course.modules[m].lessons[l].body,
        }
    }

    /// The document's title: the home page's (or the course's), a page's, a module's, a
    /// lesson's.
    pub fn title(self, course: &Course) -> &str {
        match self {
            DocId::Home => course.home_title(),
            DocId::Page(i) => &course.pages[i].title,
            DocId::Intro(m) => &course.modules[m].title,
            DocId::Lesson(m, l) => &course.modules[m].lessons[l].title,
        }
    }

    pub fn of_mut(self, course: &mut Course) -> &mut Document {
        match self {
            DocId::Home => &mut course.home,
            DocId::Page(i) => &mut course.pages[i].body,
            DocId::Intro(m) => &mut course.modules[m].intro,
            DocId::Lesson(m, l) => &mut course.modules[m].lessons[l].body,
        }
    }

    /// The folder under content/ ("" or the module) and the output path of the document.
    pub fn place(self, course: &Course) -> (String, String) {
        match self {
            DocId::Home => (String::new(), "index.html".into()),
            DocId::Page(i) => (String::new(), format!("{}.html", course.pages[i].slug)),
            DocId::Intro(m) => (course.modules[m].slug.clone(), format!("{}/index.html", course.modules[m].slug)),
            DocId::Lesson(m, l) => (course.modules[m].slug.clone(), course.modules[m].lessons[l].path()),
        }
    }
}

/// A Markdown document: the file's text and where its body starts (after the front matter). What
/// compiling it finds (headings, exercise markers, links to check) is not kept here but in the
/// compiled layer, `site::Compiled`.
#[derive(Debug, Clone)]
pub struct Document {
    pub source: SourceText,
    pub body_offset: usize,
    /// The document's folder under content/ ("" or the module) and its output path; set by
    /// `site::Site::load`, used to resolve relative links.
    pub dir: String,
    pub output: String,
}

impl Document {
    pub fn new(source: SourceText, body_offset: usize) -> Self {
        Document { source, body_offset, dir: String::new(), output: String::new() }
    }
    /// The Markdown after the front matter ("" once a big build has let the text go:
    /// `site::Site::release_sources`).
    pub fn body(&self) -> &str {
        self.source.text.get(self.body_offset..).unwrap_or("")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum BodyPart {
    Html(String),
    /// `{{ exercise ID }}` placed inside the body.
    Exercise(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Module {
    /// The folder name under content/; also the output folder.
    pub slug: String,
    pub title: String,
    pub weight: i64,
    pub description: Option<String>,
    pub intro: Document,
    pub facilitator: Option<Facilitator>,
    /// (sonder extension) printable workshop materials, from `[[materials]]` in the front matter.
    pub materials: Vec<Material>,
    pub lessons: Vec<Lesson>,
}

#[derive(Debug, Clone)]
pub struct Lesson {
    /// File stem; the page is `<module>/<slug>.html`.
    pub slug: String,
    pub module_slug: String,
    pub title: String,
    pub weight: i64,
    pub description: Option<String>,
    pub duration: Option<u32>,
    /// Exercises listed in front matter, shown after the body.
    pub exercises: Vec<ExerciseRef>,
    pub takeaway: Option<String>,
    pub key_points: Vec<String>,
    pub body: Document,
    /// In a translation (`[languages]`): the language's tree has no file for this lesson, so it
    /// is loaded from content/ and links to it lead to the default language's page. The tag of
    /// the default language, which its text is in.
    pub untranslated: Option<String>,
}

/// An exercise named in a lesson's front matter (`exercises = ["id"]`), with where its id is
/// written, for problems about it (unknown, used twice).
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseRef {
    pub id: String,
    pub span: Range<usize>,
}

impl Lesson {
    /// `<module>/<lesson>`: the key of saved progress, stable while the files keep their names.
    pub fn key(&self) -> String {
        format!("{}/{}", self.module_slug, self.slug)
    }
    /// The lesson's page in this language's site.
    pub fn path(&self) -> String {
        format!("{}/{}.html", self.module_slug, self.slug)
    }
    /// Where links to the lesson lead, from this language's site root: its page, or for an
    /// untranslated lesson the default language's page (one folder up: `/<code>/` is the site).
    pub fn href_path(&self) -> String {
        if self.untranslated.is_some() {
            format!("../{}", self.path())
        } else {
            self.path()
        }
    }
}

#[derive(Debug, Clone)]
pub struct Page {
    pub slug: String,
    pub title: String,
    pub weight: i64,
    pub description: Option<String>,
    pub body: Document,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Facilitator {
    pub duration: Option<u32>,
    pub goal: Option<String>,
    pub materials: Vec<String>,
    pub pairing: Option<String>,
    pub questions: Vec<String>,
    pub agenda: Vec<AgendaItem>,
}

/// A printable material of a module's workshop (`[[materials]]`), made into its own page.
#[derive(Debug, Clone)]
pub struct Material {
    pub kind: MaterialKind,
    /// As written; empty when not given (the render then names the kind in the course's language).
    pub title: String,
    /// A paragraph above the items (model handouts) or the cards.
    pub intro: Option<String>,
    /// Texts written in the front matter: one card each, or one part of the model.
    pub items: Vec<String>,
    /// The module's discussion questions (`[facilitator] questions`) are used too.
    pub discussion: bool,
    /// Exercises whose content is used, with where each id was written (for validation).
    pub exercises: Vec<ExerciseRef>,
    /// The page's file name under `facilitator/<module>/`, unique in the module.
    pub slug: String,
    /// Where the table's `kind` is written, for errors about the material as a whole.
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaterialKind {
    /// One question per card, eight cards to an A4 or Letter sheet.
    QuestionCards,
    /// One situation per card, four cards to a sheet.
    ScenarioCards,
    /// A one-page summary of a model, with exercises to try it.
    ModelHandout,
}

impl MaterialKind {
    pub const ALL: [MaterialKind; 3] = [MaterialKind::QuestionCards, MaterialKind::ScenarioCards, MaterialKind::ModelHandout];
    pub fn name(self) -> &'static str {
        match self {
            MaterialKind::QuestionCards => "question-cards",
            MaterialKind::ScenarioCards => "scenario-cards",
            MaterialKind::ModelHandout => "model-handout",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == s)
    }
    /// Cards on one printed sheet (None: not cards).
    pub fn cards_per_sheet(self) -> Option<usize> {
        match self {
            MaterialKind::QuestionCards => Some(8),
            MaterialKind::ScenarioCards => Some(4),
            MaterialKind::ModelHandout => None,
        }
    }
}

impl Material {
    /// The page of the material: `facilitator/<module>/<slug>.html`.
    pub fn path(&self, module_slug: &str) -> String {
        format!("facilitator/{module_slug}/{}.html", self.slug)
    }
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct AgendaItem {
    pub minutes: u32,
    pub activity: String,
    pub notes: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Asset {
    pub source: PathBuf,
    /// Path in the output, with `/` separators.
    pub output: String,
}

/// A theme: template sources and static files, all in memory (the default theme is built in).
#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub name: String,
    pub templates: Vec<TemplateFile>,
    /// (output path under assets/, bytes)
    pub static_files: Vec<(String, Vec<u8>)>,
    /// Interface strings: the theme's `i18n/<lang>.ftl` and the course's own `i18n/<lang>.ftl`.
    pub catalogues: Vec<CatalogueFile>,
}

/// One template of a theme (a course's `templates/` override replaces the theme's by name).
#[derive(Debug, Clone)]
pub struct TemplateFile {
    /// The name pages and `{% extends %}` use (`lesson.html`).
    pub name: String,
    /// The file as shown in errors (`themes/default/templates/lesson.html`, `templates/lesson.html`).
    pub shown: String,
    pub source: String,
}

/// Static files of the theme that only `sonder package` writes: the LMS runtime of the package's
/// launch page. A site has no use for them (17.8 KB in every build otherwise).
pub const PACKAGE_ONLY_STATIC_FILES: &[&str] = &["sonder-scorm.js"];

impl Theme {
    /// The template named `name`.
    pub fn template(&self, name: &str) -> Option<&TemplateFile> {
        self.templates.iter().find(|t| t.name == name)
    }

    /// The static files every site gets (under `assets/`): all but `PACKAGE_ONLY_STATIC_FILES`.
    pub fn site_static_files(&self) -> impl Iterator<Item = &(String, Vec<u8>)> {
        self.static_files.iter().filter(|(name, _)| !PACKAGE_ONLY_STATIC_FILES.contains(&name.as_str()))
    }

    /// A static file by name (`sonder package` takes the package-only ones from here).
    pub fn static_file(&self, name: &str) -> Option<&[u8]> {
        self.static_files.iter().find(|(n, _)| n == name).map(|(_, bytes)| bytes.as_slice())
    }
}

/// A Fluent file of interface strings for one language (`crate::i18n`).
#[derive(Debug, Clone)]
pub struct CatalogueFile {
    /// The language tag of the file name (`de`, `pt-BR`).
    pub language: String,
    /// The path shown in messages.
    pub shown: String,
    pub source: std::sync::Arc<str>,
    /// The course's `i18n/` (overrides the theme's strings one by one).
    pub from_course: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ExerciseKind {
    Reflection,
    Journal,
    Quiz,
    Practice,
    Scale,
    Compose,
}

impl ExerciseKind {
    pub const ALL: [ExerciseKind; 6] = [
        ExerciseKind::Reflection,
        ExerciseKind::Journal,
        ExerciseKind::Quiz,
        ExerciseKind::Practice,
        ExerciseKind::Scale,
        ExerciseKind::Compose,
    ];
    pub fn name(self) -> &'static str {
        match self {
            ExerciseKind::Reflection => "reflection",
            ExerciseKind::Journal => "journal",
            ExerciseKind::Quiz => "quiz",
            ExerciseKind::Practice => "practice",
            ExerciseKind::Scale => "scale",
            ExerciseKind::Compose => "compose",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == s)
    }
}

#[derive(Debug, Clone)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    pub kind: ExerciseKind,
    /// Markdown, compiled to HTML at load time.
    pub prompt_html: String,
    pub hint_html: Option<String>,
    pub body: ExerciseBody,
    pub source: SourceText,
}

#[derive(Debug, Clone)]
pub enum ExerciseBody {
    /// No questions: one answer (field `answer`) to the prompt.
    Reflection {
        questions: Vec<TextQuestion>,
    },
    Journal {
        entry_prompt: Option<String>,
    },
    Quiz {
        questions: Vec<QuizQuestion>,
    },
    Practice {
        steps: Vec<Item>,
    },
    Scale {
        labels: Vec<String>,
        statements: Vec<Item>,
    },
    Compose {
        template: String,
        fields: Vec<TextQuestion>,
    },
}

/// A free-text field: a reflection question or a compose field.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TextQuestion {
    pub id: String,
    pub text: String,
    pub rows: u32,
    pub placeholder: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct QuizQuestion {
    pub id: String,
    pub text: String,
    pub choices: Vec<String>,
    pub answers: Vec<usize>,
    pub explain: Option<String>,
}

/// A practice step or a scale statement.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Item {
    pub id: String,
    pub text: String,
}

impl Course {
    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercise_index.get(id).map(|&i| &self.exercises[i])
    }
    pub fn lessons(&self) -> impl Iterator<Item = &Lesson> {
        self.modules.iter().flat_map(|m| m.lessons.iter())
    }

    /// The home page's heading: its front matter's title, else the course's.
    pub fn home_title(&self) -> &str {
        self.home_front.title.as_deref().unwrap_or(&self.config.title)
    }

    /// What the Markdown compiler resolves and checks relative links against.
    pub fn link_targets(&self) -> crate::markdown::LinkTargets<'_> {
        crate::markdown::LinkTargets { pages: &self.links.pages, files: &self.links.files, failed: &self.failed_documents }
    }

    /// Whether a lesson of module `module`, or of any module when None, did not load (or the
    /// module's `_index.md`, which leaves its lessons out too). What such lessons would use or
    /// hold is then unknown.
    pub fn has_failed_lessons(&self, module: Option<&str>) -> bool {
        self.failed_documents.iter().any(|d| match (d.split_once('/'), module) {
            (Some((m, _)), Some(slug)) => m == slug,
            (in_module, None) => in_module.is_some(),
            (None, Some(_)) => false,
        })
    }

    /// Every Markdown document in a fixed order: home, pages, then each module's intro and lessons.
    pub fn documents(&self) -> Vec<&Document> {
        let mut v = vec![&self.home];
        v.extend(self.pages.iter().map(|p| &p.body));
        for m in &self.modules {
            v.push(&m.intro);
            v.extend(m.lessons.iter().map(|l| &l.body));
        }
        v
    }

    /// The lesson before (module, lesson) in course order, across module boundaries.
    pub fn previous_lesson(&self, mi: usize, li: usize) -> Option<(usize, usize)> {
        if li > 0 {
            return Some((mi, li - 1));
        }
        (0..mi).rev().find(|&m| !self.modules[m].lessons.is_empty()).map(|m| (m, self.modules[m].lessons.len() - 1))
    }

    /// The lesson after (module, lesson) in course order, across module boundaries.
    pub fn next_lesson(&self, mi: usize, li: usize) -> Option<(usize, usize)> {
        if li + 1 < self.modules[mi].lessons.len() {
            return Some((mi, li + 1));
        }
        (mi + 1..self.modules.len()).find(|&m| !self.modules[m].lessons.is_empty()).map(|m| (m, 0))
    }

    pub fn lesson_count(&self) -> usize {
        self.modules.iter().map(|m| m.lessons.len()).sum()
    }

    /// Drops the texts of lessons and exercise files, which only diagnostics point into: once a
    /// build has been validated, rendering needs the parsed exercises alone (11 MB at 10,000
    /// lessons) and a lesson's text only where its body is compiled again (print.html of a small
    /// course). Diagnostics made earlier keep their own copy of the text they point into.
    pub fn release_sources(&mut self, lessons: bool) {
        for ex in &mut self.exercises {
            ex.source.text = std::sync::Arc::from("");
        }
        if lessons {
            for l in self.modules.iter_mut().flat_map(|m| m.lessons.iter_mut()) {
                l.body.source.text = std::sync::Arc::from("");
            }
        }
    }
}
