//! `Site::replace`: one changed source file (under `sonder serve`) re-loaded and re-compiled into
//! the site, the course re-validated, and the change rolled back whole when that finds an error.
//! The rollback is one path for every kind of file: a change is a `Part` swapped in, and undoing
//! it is swapping the old `Part` back.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::{lesson_exercise_ids, DocId, Site};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::{self, content, exercises};
use crate::markdown::{self, HtmlStyle};
use crate::model::{Document, Exercise, Facilitator, Lesson, Material, Page};
use crate::render::{self, PageId, RenderedFile, Templates};

/// What a changed path is to the site.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Change {
    Lesson { path: PathBuf, module: String, slug: String },
    ModuleIntro { path: PathBuf, module: String },
    Home(PathBuf),
    Page { path: PathBuf, slug: String },
    Exercise { path: PathBuf, id: String },
    Asset(PathBuf),
    Theme,
}

/// Why a change was not applied.
#[derive(Debug)]
pub enum ReplaceError {
    /// Not an error in the course: the change is better handled by loading everything again.
    NeedFull(String),
    /// The course has errors with the change; the site is as it was before it.
    Failed(Diagnostics),
}

impl From<Diagnostic> for ReplaceError {
    fn from(d: Diagnostic) -> Self {
        ReplaceError::Failed(d.into())
    }
}

impl From<Diagnostics> for ReplaceError {
    fn from(d: Diagnostics) -> Self {
        ReplaceError::Failed(d)
    }
}

/// Pages and files a change touched.
#[derive(Debug, Default)]
pub struct Affected {
    /// To render now; open pages reload when the bytes changed.
    pub now: Vec<PageId>,
    /// Known to change, but big (they show the whole course): rendered when next requested.
    pub later: Vec<PageId>,
    /// Might change: rendered when next requested, open pages not reloaded.
    pub quiet: Vec<PageId>,
    /// Files (not pages) replaced, with their new bytes.
    pub files: Vec<RenderedFile>,
    /// Every page.
    pub all: bool,
}

impl Affected {
    pub fn add(&mut self, id: PageId) {
        if matches!(id, PageId::Home | PageId::Journal | PageId::Print) {
            self.later.push(id);
        } else {
            self.now.push(id);
        }
    }

    /// Pages that gather a module's lessons (its page: rendered now, reloaded if it changed; its
    /// handout and facilitator guide, and the whole course's home, journal, print and 404 pages:
    /// marked stale without a reload), on any change to one of the module's files, so that a
    /// template showing more of a lesson than these rules know about never serves an old copy.
    fn module_pages(&mut self, mi: usize) {
        self.now.push(PageId::Module(mi));
        // 404.html lists the modules too.
        let whole_course = [PageId::Home, PageId::Journal, PageId::Print, PageId::NotFound];
        self.quiet.extend([PageId::Handout(mi), PageId::Facilitator(mi)].into_iter().chain(whole_course));
    }

    /// The module's handout, facilitator guide and materials, and the facilitator hub, known to
    /// change (they list its lessons' titles, durations, takeaways, key points and exercises).
    fn module_print(&mut self, mi: usize, materials: usize) {
        self.later.extend([PageId::Handout(mi), PageId::Facilitator(mi), PageId::FacilitatorHub]);
        self.later.extend((0..materials).map(|k| PageId::Material(mi, k)));
    }

    pub fn extend(&mut self, other: Affected) {
        self.now.extend(other.now);
        self.later.extend(other.later);
        self.quiet.extend(other.quiet);
        self.files.extend(other.files);
        self.all |= other.all;
    }
}

/// The problems of one source file (loading and compiling it), which replace its previous ones.
#[derive(Debug)]
pub struct FileWarnings {
    /// The file as diagnostics name it (`content/m/l.md`).
    pub file: String,
    pub warnings: Vec<Diagnostic>,
}

/// What `Site::replace` did.
#[derive(Debug)]
pub struct Replaced {
    pub affected: Affected,
    /// The changed file's own warnings (none for assets and the theme).
    pub file: Option<FileWarnings>,
    /// The cross-file warnings of the course with the change (None when not re-validated).
    pub cross_file: Option<Vec<Diagnostic>>,
}

/// What one source file makes of the site: swapped in whole by `replace`, and swapped back to
/// undo it.
enum Part {
    /// A lesson and its compiled body; `at` is where it is in its module (it may move).
    Lesson {
        mi: usize,
        at: usize,
        lesson: Box<Lesson>,
        body: markdown::Compiled,
    },
    Intro {
        mi: usize,
        intro: Box<ModuleIntro>,
        body: markdown::Compiled,
    },
    Home {
        doc: Document,
        front: crate::model::HomeFront,
        body: markdown::Compiled,
    },
    Page {
        i: usize,
        page: Box<Page>,
        body: markdown::Compiled,
    },
    Exercise {
        idx: usize,
        exercise: Box<Exercise>,
    },
}

/// What a module's `_index.md` sets.
struct ModuleIntro {
    title: String,
    description: Option<String>,
    facilitator: Option<Facilitator>,
    materials: Vec<Material>,
    doc: Document,
}

/// A part read and compiled from a changed file, with the file's own warnings.
struct Reloaded {
    part: Part,
    file: FileWarnings,
}

impl Site {
    /// Applies one changed file: re-loads and re-compiles it, swaps it into the site, and
    /// re-validates the course. On an error the site is left exactly as it was.
    pub fn replace(&mut self, change: &Change) -> Result<Replaced, ReplaceError> {
        let Reloaded { part, file } = match change {
            Change::Asset(path) => return self.replace_asset(path),
            Change::Theme => return self.replace_theme(),
            _ => self.reload(change)?,
        };
        let lesson_was_at = match &part {
            Part::Lesson { at, .. } => *at,
            _ => 0,
        };
        let old = self.swap(part);
        let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) = self.validate().into_iter().partition(Diagnostic::is_error);
        if !errors.is_empty() {
            self.swap(old);
            return Err(ReplaceError::Failed(Diagnostics { items: errors }));
        }
        let affected = self.affected(&old, lesson_was_at);
        Ok(Replaced { affected, file: Some(file), cross_file: Some(warnings) })
    }

    /// Reads and compiles the changed file into the part of the site it makes (the site is not
    /// changed yet).
    fn reload(&self, change: &Change) -> Result<Reloaded, ReplaceError> {
        let course = &self.course;
        let module = |slug: &str| {
            course.modules.iter().position(|m| m.slug == slug).ok_or_else(|| ReplaceError::NeedFull(format!("unknown module {slug}")))
        };
        match change {
            Change::Lesson { path, module: slug, slug: lesson } => {
                let mi = module(slug)?;
                let Some(at) = course.modules[mi].lessons.iter().position(|l| l.slug == *lesson) else {
                    return Err(ReplaceError::NeedFull(format!("new lesson {slug}/{lesson}")));
                };
                let mut new = content::load_lesson(&self.root, path, slug)?;
                let (body, file) = self.compile_one(&mut new.body, DocId::Lesson(mi, at))?;
                Ok(Reloaded { part: Part::Lesson { mi, at, lesson: Box::new(new), body }, file })
            }
            Change::ModuleIntro { path, module: slug } => {
                let mi = module(slug)?;
                let dir = path.parent().unwrap_or(&self.root);
                let (m, diags) = content::load_module(&self.root, dir, Some(path), &[]);
                let Some(m) = m else { return Err(ReplaceError::Failed(Diagnostics { items: diags })) };
                let old = &course.modules[mi];
                if m.weight != old.weight {
                    return Err(ReplaceError::NeedFull("the module's weight changed".into()));
                }
                // Materials are pages of their own: a new or removed one changes the list of pages.
                if m.materials.iter().map(|x| &x.slug).ne(old.materials.iter().map(|x| &x.slug)) {
                    return Err(ReplaceError::NeedFull("the module's materials changed".into()));
                }
                let (title, description, facilitator, materials) = (m.title, m.description, m.facilitator, m.materials);
                let mut intro = ModuleIntro { title, description, facilitator, materials, doc: m.intro };
                let (body, file) = self.compile_one(&mut intro.doc, DocId::Intro(mi))?;
                Ok(Reloaded { part: Part::Intro { mi, intro: Box::new(intro), body }, file })
            }
            Change::Home(path) => {
                let (mut doc, front) = content::load_home(&self.root, Some(path))?;
                let (body, file) = self.compile_one(&mut doc, DocId::Home)?;
                Ok(Reloaded { part: Part::Home { doc, front, body }, file })
            }
            Change::Page { path, slug } => self.reload_page(path, slug),
            Change::Exercise { path, id } => self.reload_exercise(path, id),
            Change::Asset(_) | Change::Theme => Err(ReplaceError::NeedFull("not a source file".into())),
        }
    }

    fn reload_page(&self, path: &Path, slug: &str) -> Result<Reloaded, ReplaceError> {
        let Some(i) = self.course.pages.iter().position(|p| p.slug == slug) else {
            return Err(ReplaceError::NeedFull(format!("new page {slug}")));
        };
        let mut page = content::load_page(&self.root, path)?;
        let old = &self.course.pages[i];
        if page.title != old.title || page.weight != old.weight {
            // Every page's footer lists the pages.
            return Err(ReplaceError::NeedFull("a page's title or order changed".into()));
        }
        let (body, file) = self.compile_one(&mut page.body, DocId::Page(i))?;
        Ok(Reloaded { part: Part::Page { i, page: Box::new(page), body }, file })
    }

    fn reload_exercise(&self, path: &Path, id: &str) -> Result<Reloaded, ReplaceError> {
        let course = &self.course;
        let Some(&idx) = course.exercise_index.get(id) else { return Err(ReplaceError::NeedFull(format!("new exercise {id}"))) };
        let text = load::read_text(&self.root, path)?;
        if course.exercises[idx].source.name != text.name {
            return Err(ReplaceError::NeedFull(format!("exercise id {id} is in two files")));
        }
        let (exercise, diags) = exercises::parse(id, &text);
        match exercise {
            Some(ex) if !diags.iter().any(Diagnostic::is_error) => {
                let file = FileWarnings { file: text.name.clone(), warnings: diags };
                Ok(Reloaded { part: Part::Exercise { idx, exercise: Box::new(ex) }, file })
            }
            _ => Err(ReplaceError::Failed(Diagnostics { items: diags })),
        }
    }

    /// Places and compiles one document as `id` (where it goes); its errors fail the change.
    fn compile_one(&self, doc: &mut Document, id: DocId) -> Result<(markdown::Compiled, FileWarnings), ReplaceError> {
        (doc.dir, doc.output) = id.place(&self.course);
        let mut c = markdown::compile(doc, &self.course.link_targets(), HtmlStyle::Skip);
        let diagnostics = std::mem::take(&mut c.diagnostics);
        if diagnostics.iter().any(Diagnostic::is_error) {
            return Err(ReplaceError::Failed(Diagnostics { items: diagnostics }));
        }
        Ok((c, FileWarnings { file: doc.source.name.clone(), warnings: diagnostics }))
    }

    /// Puts `part` in its place and returns what was there, in the same shape.
    fn swap(&mut self, part: Part) -> Part {
        let (course, compiled) = (&mut self.course, &mut self.compiled);
        match part {
            Part::Lesson { mi, at, lesson, body } => {
                let old = course.modules[mi].lessons.remove(at);
                let old_body = compiled.modules[mi].lessons.remove(at);
                // A changed weight moves the lesson in its module's order.
                let lessons = &mut course.modules[mi].lessons;
                let to = lessons.partition_point(|l| (l.weight, &l.slug) < (lesson.weight, &lesson.slug));
                lessons.insert(to, *lesson);
                compiled.modules[mi].lessons.insert(to, body);
                Part::Lesson { mi, at: to, lesson: Box::new(old), body: old_body }
            }
            Part::Intro { mi, mut intro, body } => {
                let m = &mut course.modules[mi];
                std::mem::swap(&mut m.title, &mut intro.title);
                std::mem::swap(&mut m.description, &mut intro.description);
                std::mem::swap(&mut m.facilitator, &mut intro.facilitator);
                std::mem::swap(&mut m.materials, &mut intro.materials);
                std::mem::swap(&mut m.intro, &mut intro.doc);
                Part::Intro { mi, intro, body: std::mem::replace(&mut compiled.modules[mi].intro, body) }
            }
            Part::Home { doc, front, body } => Part::Home {
                doc: std::mem::replace(&mut course.home, doc),
                front: std::mem::replace(&mut course.home_front, front),
                body: std::mem::replace(&mut compiled.home, body),
            },
            Part::Page { i, page, body } => Part::Page {
                i,
                page: Box::new(std::mem::replace(&mut course.pages[i], *page)),
                body: std::mem::replace(&mut compiled.pages[i], body),
            },
            Part::Exercise { idx, exercise } => {
                Part::Exercise { idx, exercise: Box::new(std::mem::replace(&mut course.exercises[idx], *exercise)) }
            }
        }
    }

    /// The pages a swapped-in part changes, from what it replaced (`old`). `lesson_was_at` is
    /// where a replaced lesson stood before.
    fn affected(&self, old: &Part, lesson_was_at: usize) -> Affected {
        let mut a = Affected::default();
        match old {
            Part::Lesson { mi, at, lesson, body } => self.lesson_affected(&mut a, *mi, lesson_was_at, *at, (lesson, body)),
            Part::Intro { mi, intro, .. } => {
                let m = &self.course.modules[*mi];
                a.add(PageId::Module(*mi));
                a.module_pages(*mi);
                a.module_print(*mi, m.materials.len());
                if intro.title != m.title || intro.description != m.description {
                    a.now.extend((0..m.lessons.len()).map(|li| PageId::Lesson(*mi, li)));
                    // The previous module's lessons lead on to this one by its title ("Module complete").
                    if let Some(prev) = mi.checked_sub(1) {
                        a.now.extend((0..self.course.modules[prev].lessons.len()).map(|li| PageId::Lesson(prev, li)));
                    }
                }
            }
            Part::Home { .. } => {
                a.add(PageId::Home);
                a.add(PageId::Print);
            }
            Part::Page { i, .. } => a.add(PageId::Page(*i)),
            Part::Exercise { idx, .. } => self.exercise_affected(&mut a, &self.course.exercises[*idx].id),
        }
        a
    }

    fn lesson_affected(&self, a: &mut Affected, mi: usize, was_at: usize, at: usize, (old, old_body): (&Lesson, &markdown::Compiled)) {
        let course = &self.course;
        let new = &course.modules[mi].lessons[at];
        let nav = old.title != new.title
            || old.weight != new.weight
            || old.duration != new.duration
            || old.description != new.description
            || was_at != at;
        let old_ids: Vec<&str> = lesson_exercise_ids(old, old_body).collect();
        let exercises_changed = old_ids != self.compiled.exercise_ids(course, mi, at).collect::<Vec<_>>();
        a.add(PageId::Lesson(mi, at));
        // The print version holds every lesson in full; the journal lists lessons with exercises.
        a.add(PageId::Print);
        if nav || exercises_changed {
            a.add(PageId::Journal);
        }
        if nav || exercises_changed || old.takeaway != new.takeaway || old.key_points != new.key_points {
            a.module_print(mi, course.modules[mi].materials.len());
        }
        if nav {
            a.add(PageId::Home);
            // The module's lesson list is on each of its lessons; previous/next links reach into the
            // neighbouring modules.
            let count = course.modules[mi].lessons.len();
            a.now.extend((0..count).map(|li| PageId::Lesson(mi, li)));
            a.now.extend(course.previous_lesson(mi, 0).map(|(m, l)| PageId::Lesson(m, l)));
            a.now.extend(course.next_lesson(mi, count.saturating_sub(1)).map(|(m, l)| PageId::Lesson(m, l)));
        }
        a.module_pages(mi);
    }

    fn exercise_affected(&self, a: &mut Affected, id: &str) {
        for (mi, m) in self.course.modules.iter().enumerate() {
            // Materials may show any exercise's questions.
            if m.materials.iter().any(|mat| mat.exercises.iter().any(|e| e.id == *id)) {
                a.module_print(mi, m.materials.len());
            }
            for li in 0..m.lessons.len() {
                if self.compiled.exercise_ids(&self.course, mi, li).any(|e| e == id) {
                    a.add(PageId::Lesson(mi, li));
                    a.module_pages(mi);
                    a.module_print(mi, m.materials.len());
                }
            }
        }
        a.add(PageId::Journal);
        a.add(PageId::Print);
    }

    fn replace_asset(&self, path: &Path) -> Result<Replaced, ReplaceError> {
        let Some(asset) = self.course.assets.iter().find(|a| a.source == path) else {
            return Err(ReplaceError::NeedFull("unknown file".into()));
        };
        let bytes = std::fs::read(path).map_err(|e| {
            Diagnostic::error(format!("cannot read {}: {e}", asset.source.display())).in_path(asset.source.display().to_string())
        })?;
        let files = vec![RenderedFile { path: asset.output.clone(), bytes }];
        Ok(Replaced { affected: Affected { files, ..Affected::default() }, file: None, cross_file: None })
    }

    /// Theme and template edits: re-load the theme, recompile the templates, and re-render the pages
    /// that use a changed template (all pages when a changed template is shared, e.g. base.html).
    fn replace_theme(&mut self) -> Result<Replaced, ReplaceError> {
        let mut diags = Vec::new();
        let scope = load::paths::Scope::new(&self.root, self.course.config.follow_external_symlinks);
        let theme = load::theme::load(&scope, &self.course.config, &mut diags);
        if diags.iter().any(Diagnostic::is_error) {
            return Err(ReplaceError::Failed(Diagnostics { items: diags }));
        }
        let old = &self.course.theme;
        if old.static_files.iter().any(|(n, _)| !theme.static_files.iter().any(|(m, _)| m == n)) {
            return Err(ReplaceError::NeedFull("a theme file was removed".into()));
        }
        let old = std::mem::replace(&mut self.course.theme, theme);
        let templates = match Templates::new(&self.course, self.opts.minify) {
            Ok(t) => t,
            Err(d) => {
                self.course.theme = old;
                return Err(d.into());
            }
        };
        self.templates = Some(templates);
        let mut affected = self.template_users_affected(&old);
        let new = &self.course.theme;
        for (name, bytes) in new.site_static_files() {
            if !old.static_files.iter().any(|(n, b)| n == name && b == bytes) {
                affected.files.push(RenderedFile { path: format!("assets/{name}"), bytes: bytes.clone() });
            }
        }
        Ok(Replaced { affected, file: None, cross_file: None })
    }

    /// Pages rendered with a template that differs from `old`'s: all pages when a changed
    /// template is used by others (`{% extends %}`, `{% include %}`).
    fn template_users_affected(&self, old: &crate::model::Theme) -> Affected {
        let new = &self.course.theme;
        let source = |t: &crate::model::Theme, n: &str| t.template(n).map(|t| t.source.clone());
        let mut names: HashSet<&str> = old.templates.iter().map(|t| t.name.as_str()).collect();
        names.extend(new.templates.iter().map(|t| t.name.as_str()));
        let users = render::template_users(&self.course);
        let mut a = Affected::default();
        for name in names.into_iter().filter(|n| source(old, n) != source(new, n)) {
            let shared = new
                .templates
                .iter()
                .any(|t| t.name != name && (t.source.contains(&format!("\"{name}\"")) || t.source.contains(&format!("'{name}'"))));
            match users.get(name) {
                Some(pages) if !shared => pages.iter().for_each(|id| a.add(*id)),
                _ => a.all = true,
            }
        }
        a
    }
}
