//! `sonder dev corpus`: writes a large synthetic course in sonder's own format, so the tests (and
//! anyone profiling) get courses of any size without anything outside the repository. Hidden from
//! `--help`: it is a tool for working on sonder, not for authors.
//!
//! The course is the one the benchmark generator (`gen_corpus.py --layout course`) writes, with the
//! same structure: modules of 10-50 lessons, 600-1,500 words of Markdown per lesson (headings,
//! lists, quotes, tables, code blocks, code spans, footnotes, links to lessons in the same and in
//! other modules), one or two exercises per lesson of every kind, and one standalone page (a sonder
//! extension the benchmark course lacks). The text is pseudo-English that is not meant to make sense. Everything depends only on `--lessons` and `--seed`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use sonder::diagnostics::Diagnostic;
use sonder::text::slugify;

use super::scaffold::toml_str;
use super::{fail, shown};

#[derive(clap::Args)]
pub struct DevArgs {
    #[command(subcommand)]
    pub what: DevWhat,
}

#[derive(clap::Subcommand)]
pub enum DevWhat {
    /// Write a synthetic course (for tests and profiling)
    #[command(after_help = "Example:\n  sonder dev corpus --lessons 1000 --out /tmp/course")]
    Corpus(CorpusArgs),
}

#[derive(clap::Args)]
pub struct CorpusArgs {
    /// Number of lessons (grouped into modules of 10-50)
    #[arg(long, short = 'n', value_name = "N")]
    pub lessons: usize,
    /// Folder to write (created; must be empty unless --force)
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The same seed and lesson count always give the same course
    #[arg(long, default_value_t = 20240601)]
    pub seed: u64,
    /// Replace a previous corpus in --out (a folder holding course.toml)
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: DevArgs) -> Result<(), u8> {
    let DevWhat::Corpus(args) = args.what;
    if args.lessons == 0 {
        return Err(fail(Diagnostic::error("--lessons must be at least 1")));
    }
    clear_out(&args.out, args.force)?;
    let course = build_course(args.lessons, args.seed);
    write_course(&course, &args.out, args.seed).map_err(|e| fail(Diagnostic::error(e)))?;
    eprintln!("{}: {} lessons in {} modules (seed {})", shown(&args.out), args.lessons, course.modules.len(), args.seed);
    Ok(())
}

/// An empty or missing `out` is fine; with --force, so is a previous corpus (it is deleted first).
/// Anything else is refused: --force must never delete a folder that is not a generated course.
fn clear_out(out: &Path, force: bool) -> Result<(), u8> {
    let entries = match std::fs::read_dir(out) {
        Ok(rd) => rd.count(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(fail(Diagnostic::error(format!("cannot read {}: {e}", out.display())))),
    };
    if entries == 0 {
        return Ok(());
    }
    if !force || !out.join("course.toml").is_file() {
        let hint = if force { "--force only replaces a folder holding a course.toml" } else { "pass --force to replace a previous corpus" };
        return Err(fail(Diagnostic::error(format!("{} is not empty", shown(out))).hint(hint)));
    }
    std::fs::remove_dir_all(out).map_err(|e| fail(Diagnostic::error(format!("cannot delete {}: {e}", out.display()))))
}

// ---------------------------------------------------------------- randomness

/// SplitMix64: tiny, fast and the same on every platform, which is all a test corpus needs.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    /// A generator for one named thing (an exercise), independent of the main text stream.
    fn for_name(seed: u64, name: &str) -> Rng {
        // FNV-1a over the name, mixed with the seed.
        let h = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
        Rng(seed ^ h)
    }
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// A float in [0, 1).
    fn random(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// An integer in [0, n); n > 0.
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    /// An integer in [lo, hi], both included.
    fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn choice<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------- word lists

const NOUNS: &str = "trust empathy feedback listening conflict boundaries accountability delegation mentorship vulnerability \
rapport coaching vision alignment negotiation commitment respect resilience communication collaboration influence motivation \
recognition autonomy ownership candor curiosity patience integrity credibility humility courage clarity purpose expectations \
priorities agreement repair apology gratitude appreciation connection belonging support safety transparency fairness consistency \
presence attention reflection growth development potential strengths blind-spots habits rituals check-ins one-on-ones \
retrospectives meetings decisions tradeoffs goals outcomes relationships partnerships friendships colleagues peers managers \
mentors mentees teammates stakeholders partners sponsors leaders followers culture norms values identity emotions tension \
disagreement compromise consensus perspective context story narrative questions silence energy burnout balance wellbeing \
commitments promises follow-through responsibility authority power status inclusion diversity equity dialogue conversation \
interruption acknowledgement validation encouragement challenge";

const VERBS: &str = "builds earns repairs strengthens erodes signals invites models clarifies rewards protects shapes nurtures \
sustains tests reveals frames supports challenges reframes acknowledges names honours restores deepens balances negotiates shares \
delegates listens asks notices reflects encourages coaches mentors aligns commits follows guides welcomes";

const ADJS: &str = "honest difficult candid generous trusting curious patient vulnerable respectful resilient clear consistent \
fair humble courageous supportive psychological emotional shared mutual explicit implicit quiet healthy fragile durable remote \
hybrid distributed new senior junior cross-functional informal formal weekly quarterly small deliberate";

const FILLER: &str = "the the the a a an of of of to to to and and and in in with for on that this when while because before \
after during without through between about often rarely usually every each their our your its is is are was can will may should \
might must";

const GERUNDS: &str = "Building Earning Repairing Strengthening Giving Receiving Leading Managing Navigating Practising Designing \
Holding Hosting Running Naming Protecting Sustaining Rebuilding Negotiating Delegating Coaching Mentoring Listening Asking Setting \
Keeping Sharing Handling Resolving Preparing";

const CONTEXTS: &[&str] = &[
    "Remote Teams",
    "New Managers",
    "Hard Conversations",
    "One-on-Ones",
    "Peer Relationships",
    "Cross-Functional Work",
    "Times of Change",
    "Distributed Teams",
    "Your First Ninety Days",
    "Difficult Feedback",
    "High-Stakes Moments",
    "Growing Teams",
    "Long Partnerships",
    "Everyday Work",
    "Crisis",
    "Onboarding",
    "Performance Reviews",
];

const CODE_LANGS: &[&str] = &["text", "toml", "python", "yaml", "json"];
const EXERCISE_KINDS: &[&str] = &["reflection", "quiz", "practice", "journal"];
const SPAN_SUFFIXES: &[&str] = &["score", "level", "log", "plan", "loop()", "check()"];
const CADENCES: &[&str] = &["weekly", "monthly", "daily", "ad hoc", "quarterly"];

/// The word lists, split once.
struct Words {
    nouns: Vec<&'static str>,
    verbs: Vec<&'static str>,
    adjs: Vec<&'static str>,
    filler: Vec<&'static str>,
    gerunds: Vec<&'static str>,
}

impl Words {
    fn new() -> Words {
        let split = |s: &'static str| s.split_whitespace().collect::<Vec<_>>();
        Words { nouns: split(NOUNS), verbs: split(VERBS), adjs: split(ADJS), filler: split(FILLER), gerunds: split(GERUNDS) }
    }
}

fn cap(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

// ---------------------------------------------------------------- text

/// A link to another lesson is written as this placeholder (global lesson index between NULs) and
/// resolved to a relative `.md` path once every lesson's module and file name is known.
const LINK_MARK: char = '\0';

/// Kinds of block a lesson section may hold besides paragraphs, in the order they are placed.
#[derive(Clone, Copy)]
enum Extra {
    Code,
    Ordered,
    Quote,
    Table,
    Bullets,
}

struct TextGen<'w> {
    r: Rng,
    w: &'w Words,
    /// Lessons in the course (link targets).
    lessons: usize,
    /// Words written into the current body so far.
    words: usize,
}

impl TextGen<'_> {
    fn word(&mut self) -> &'static str {
        let x = self.r.random();
        let list = match x {
            x if x < 0.42 => &self.w.filler,
            x if x < 0.74 => &self.w.nouns,
            x if x < 0.87 => &self.w.verbs,
            _ => &self.w.adjs,
        };
        self.r.choice(list)
    }

    fn phrase(&mut self, lo: usize, hi: usize) -> String {
        let n = self.r.between(lo, hi);
        (0..n).map(|_| self.word()).collect::<Vec<_>>().join(" ")
    }

    fn noun(&mut self) -> &'static str {
        self.r.choice(&self.w.nouns)
    }

    fn adj(&mut self) -> &'static str {
        self.r.choice(&self.w.adjs)
    }

    fn title(&mut self) -> String {
        match self.r.below(6) {
            0 => format!("{} {}", cap(self.adj()), cap(self.noun())),
            1 => format!("{} {}", self.r.choice(&self.w.gerunds), cap(self.noun())),
            2 => format!("{} and {}", cap(self.noun()), cap(self.noun())),
            3 => format!("{} {} in {}", self.r.choice(&self.w.gerunds), cap(self.noun()), self.r.choice(CONTEXTS)),
            4 => format!("When {} Breaks Down", cap(self.noun())),
            _ => format!("The {} of {}", cap(self.noun()), cap(self.noun())),
        }
    }

    fn link_token(&mut self, from: usize) -> String {
        let mut to = self.r.below(self.lessons);
        if to == from {
            to = (to + 1) % self.lessons;
        }
        format!("{LINK_MARK}{to}{LINK_MARK}")
    }

    /// One sentence; `from` (the lesson being written) allows links to other lessons, `inline`
    /// allows emphasis, code spans and links, `footnotes` (when the lesson has them) may get one.
    fn sentence(&mut self, from: Option<usize>, inline: bool, footnotes: Option<&mut usize>) -> String {
        let n = self.r.between(7, 18);
        let mut ws: Vec<String> = (0..n).map(|_| self.word().to_string()).collect();
        self.words += n;
        ws[0] = cap(&ws[0]);
        if inline {
            self.decorate(&mut ws, from);
            if let Some(count) = footnotes {
                if self.r.random() < 0.06 && *count < 3 {
                    *count += 1;
                    let last = ws.len() - 1;
                    ws[last] = format!("{}[^{count}]", ws[last]);
                }
            }
        }
        let end = self.r.choice(&[".", ".", ".", ".", "?", "!"]);
        if self.r.random() < 0.15 {
            let j = self.r.between(2, ws.len() - 1);
            ws[j - 1].push(',');
        }
        ws.join(" ") + end
    }

    /// Emphasis, strong emphasis, a code span or a link, now and then.
    fn decorate(&mut self, ws: &mut Vec<String>, from: Option<usize>) {
        let n = ws.len();
        let x = self.r.random();
        if x < 0.12 {
            let i = self.r.between(1, n - 1);
            ws[i] = format!("*{}*", ws[i]);
        } else if x < 0.22 {
            let i = self.r.between(1, n - 2);
            ws[i] = format!("**{}", ws[i]);
            ws[i + 1] = format!("{}**", ws[i + 1]);
        } else if x < 0.28 {
            let i = self.r.between(1, n - 1);
            ws[i] = format!("`{}_{}`", self.noun().replace('-', "_"), self.r.choice(SPAN_SUFFIXES));
        } else if let Some(from) = from.filter(|_| x < 0.38) {
            let i = self.r.between(1, n - 3);
            let k = self.r.between(1, 3);
            let text = ws[i..i + k].join(" ");
            let link = format!("[{text}]({})", self.link_token(from));
            ws.splice(i..i + k, [link]);
        }
    }

    fn paragraph(&mut self, from: Option<usize>, mut footnotes: Option<&mut usize>, lo: usize, hi: usize) -> String {
        let n = self.r.between(lo, hi);
        (0..n).map(|_| self.sentence(from, true, footnotes.as_deref_mut())).collect::<Vec<_>>().join(" ")
    }

    fn plain_sentence(&mut self) -> String {
        self.sentence(None, false, None)
    }

    fn bullet_list(&mut self, from: usize, ordered: bool) -> String {
        let mut items = Vec::new();
        for i in 0..self.r.between(3, 6) {
            let marker = if ordered { format!("{}.", i + 1) } else { "-".to_string() };
            let lead = if self.r.random() < 0.3 {
                self.words += 2;
                format!("**{}**: ", cap(&format!("{} {}", self.adj(), self.noun())))
            } else {
                String::new()
            };
            items.push(format!("{marker} {lead}{}", self.sentence(Some(from), true, None)));
            if !ordered && self.r.random() < 0.15 {
                let s = self.sentence(Some(from), false, None);
                items.push(format!("  - {s}"));
            }
        }
        items.join("\n")
    }

    fn blockquote(&mut self) -> String {
        let lines: Vec<String> = (0..self.r.between(1, 3)).map(|_| self.plain_sentence()).collect();
        let who = format!("{} {}", cap(self.adj()), cap(self.noun()));
        self.words += 2;
        lines.iter().map(|l| format!("> {l}")).collect::<Vec<_>>().join("\n") + &format!("\n>\n> — *{who}*")
    }

    fn table(&mut self) -> String {
        let ncol = self.r.between(3, 4);
        let headers: Vec<String> = (0..ncol).map(|_| cap(self.noun())).collect();
        let mut out = vec![format!("| {} |", headers.join(" | ")), format!("|{}|", vec!["---"; ncol].join("|"))];
        let rows = self.r.between(3, 6);
        for _ in 0..rows {
            let mut cells: Vec<String> = (0..ncol).map(|_| self.phrase(1, 3)).collect();
            if self.r.random() < 0.3 {
                cells[ncol - 1] = format!("`{}`", self.r.choice(CADENCES));
            }
            out.push(format!("| {} |", cells.join(" | ")));
        }
        self.words += ncol * (1 + 2 * rows);
        out.join("\n")
    }

    fn code_block(&mut self) -> String {
        let lang = self.r.choice(CODE_LANGS);
        let [a, b, c] = [(); 3].map(|_| self.noun().replace('-', "_"));
        let body = match lang {
            "python" => format!(
                "def check_in(team, {a}_level=3):\n    \"\"\"Ask about {a} before {b}.\"\"\"\n    for member in team:\n        if member.{a} < {a}_level:\n            member.schedule(\"{c}\", minutes={})\n    return [m.name for m in team]\n",
                self.r.between(15, 60)
            ),
            "toml" => format!(
                "[{a}]\ncadence = \"weekly\"\nowner = \"{b}\"\nsignals = [\"{b}\", \"{c}\"]\nthreshold = {}\n",
                self.r.between(1, 9)
            ),
            "yaml" => format!("{a}:\n  cadence: weekly\n  owner: {b}\n  signals:\n    - {b}\n    - {c}\n"),
            "json" => format!("{{ \"practice\": \"{a}\", \"owner\": \"{b}\", \"signals\": [\"{b}\", \"{c}\"] }}\n"),
            _ => {
                let lines: Vec<String> = (0..self.r.between(3, 6)).map(|_| self.phrase(4, 9)).collect();
                lines.join("\n") + "\n"
            }
        };
        self.words += body.split_whitespace().count();
        format!("```{lang}\n{body}```")
    }

    /// 600-1,500 words of Markdown (as `wc -w` counts them).
    fn lesson_body(&mut self, from: usize) -> String {
        loop {
            // Rare retries keep every body inside the range; still deterministic.
            let body = self.try_lesson_body(from);
            if (600..=1500).contains(&body.split_whitespace().count()) {
                return body;
            }
        }
    }

    fn try_lesson_body(&mut self, from: usize) -> String {
        self.words = 0;
        let target = self.r.between(640, 1300);
        let mut footnotes = (self.r.random() < 0.3).then_some(0usize);
        let has_table = self.r.random() < 0.35;
        let has_code = self.r.random() < 0.35;
        let sections = self.r.between(3, 6);
        let mut extras = vec![(Extra::Bullets, self.r.below(sections)), (Extra::Ordered, self.r.below(sections))];
        extras.push((Extra::Quote, self.r.below(sections)));
        if has_table {
            extras.push((Extra::Table, self.r.below(sections)));
        }
        if has_code {
            extras.push((Extra::Code, self.r.below(sections)));
        }
        extras.sort_by_key(|(kind, _)| *kind as u8);
        let mut blocks = vec![self.paragraph(Some(from), footnotes.as_mut(), 2, 5)];
        for s in 0..sections {
            blocks.push(format!("## {}", self.title()));
            blocks.push(self.paragraph(Some(from), footnotes.as_mut(), 3, 7));
            for &(kind, _) in extras.iter().filter(|(_, at)| *at == s) {
                blocks.push(match kind {
                    Extra::Bullets => self.bullet_list(from, false),
                    Extra::Ordered => self.bullet_list(from, true),
                    Extra::Quote => self.blockquote(),
                    Extra::Table => self.table(),
                    Extra::Code => self.code_block(),
                });
            }
            // Keep words for the sections still to come, so each gets at least a paragraph.
            let budget = target.saturating_sub(90 * (sections - s - 1));
            let mut subheadings = 0;
            while self.words < budget {
                if subheadings < 2 && self.r.random() < 0.3 {
                    blocks.push(format!("### {}", self.title()));
                    subheadings += 1;
                }
                blocks.push(self.paragraph(Some(from), footnotes.as_mut(), 3, 7));
            }
        }
        for k in 1..=footnotes.unwrap_or(0) {
            blocks.push(format!("[^{k}]: {}", self.plain_sentence()));
        }
        blocks.join("\n\n") + "\n"
    }
}

// ---------------------------------------------------------------- course model

struct Course {
    title: String,
    description: String,
    body: String,
    modules: Vec<Module>,
}

struct Module {
    title: String,
    slug: String,
    description: String,
    body: String,
    lessons: Vec<Lesson>,
}

struct Lesson {
    title: String,
    file: String,
    description: String,
    /// Markdown with link placeholders (see LINK_MARK).
    body: String,
    exercises: Vec<Exercise>,
}

struct Exercise {
    id: String,
    kind: &'static str,
    title: String,
    prompt: String,
    questions: Vec<QuizQuestion>,
}

struct QuizQuestion {
    text: String,
    choices: Vec<String>,
    answer: usize,
}

/// Splits n lessons into modules of 10-50 lessons (one module when n < 10).
fn plan_modules(r: &mut Rng, n: usize) -> Vec<usize> {
    if n < 10 {
        return vec![n];
    }
    let mut m = ((n as f64 / 30.0).round() as usize).max(1);
    while 10 * m > n {
        m -= 1;
    }
    while 50 * m < n {
        m += 1;
    }
    let mut sizes = vec![10; m];
    let mut left = n - 10 * m;
    while left > 0 {
        let i = r.below(m);
        if sizes[i] < 50 {
            let add = left.min(r.between(1, 8)).min(50 - sizes[i]);
            sizes[i] += add;
            left -= add;
        }
    }
    sizes
}

fn build_course(lessons: usize, seed: u64) -> Course {
    let words = Words::new();
    let mut r = Rng::new(seed);
    let sizes = plan_modules(&mut r, lessons);
    let mut tg = TextGen { r, w: &words, lessons, words: 0 };
    let width = sizes.len().to_string().len().max(2);
    let description = tg.plain_sentence();
    let body = (0..2).map(|_| tg.paragraph(None, None, 3, 5)).collect::<Vec<_>>().join("\n\n") + "\n";
    let mut course = Course { title: "Leading With Trust: A Self-Paced Course".into(), description, body, modules: Vec::new() };
    let mut global = 0;
    for (mi, &size) in sizes.iter().enumerate() {
        let title = tg.title();
        let slug = format!("{:0width$}-{}", mi + 1, slugify(&title));
        let description = tg.plain_sentence();
        let paragraphs = tg.r.between(1, 2);
        let body = (0..paragraphs).map(|_| tg.paragraph(None, None, 3, 6)).collect::<Vec<_>>().join("\n\n") + "\n";
        let mut module = Module { title, slug, description, body, lessons: Vec::new() };
        for li in 0..size {
            module.lessons.push(build_lesson(&mut tg, li, global));
            global += 1;
        }
        course.modules.push(module);
    }
    course
}

fn build_lesson(tg: &mut TextGen, li: usize, global: usize) -> Lesson {
    let title = tg.title();
    let file = format!("{:02}-{}.md", li + 1, slugify(&title));
    let body = tg.lesson_body(global);
    let mut exercises = Vec::new();
    for k in 1..=tg.r.between(1, 2) {
        let kind = tg.r.choice(EXERCISE_KINDS);
        let title = tg.title();
        let prompt = tg.paragraph(None, None, 2, 4);
        let mut questions = Vec::new();
        if kind == "quiz" {
            for _ in 0..tg.r.between(2, 4) {
                let text = tg.plain_sentence();
                let choices = (0..4).map(|_| tg.phrase(2, 4)).collect();
                questions.push(QuizQuestion { text, choices, answer: tg.r.below(4) });
            }
        }
        exercises.push(Exercise { id: format!("ex-{:05}-{k}", global + 1), kind, title, prompt, questions });
    }
    Lesson { title, file, description: tg.plain_sentence(), body, exercises }
}

// ---------------------------------------------------------------- writing

/// The lesson body with each link placeholder turned into a relative `.md` link: the bare file name
/// within the module, `../<module>/<file>` across modules.
fn resolve_links(course: &Course, here: usize, body: &str) -> String {
    let targets: Vec<(usize, &str)> =
        course.modules.iter().enumerate().flat_map(|(mi, m)| m.lessons.iter().map(move |l| (mi, l.file.as_str()))).collect();
    let mut out = String::with_capacity(body.len() + 256);
    let mut parts = body.split(LINK_MARK);
    out.push_str(parts.next().unwrap_or(""));
    while let (Some(index), Some(rest)) = (parts.next(), parts.next()) {
        let (module, file) = targets[index.parse::<usize>().expect("link placeholder")];
        if module == here {
            out.push_str(file);
        } else {
            let _ = write!(out, "../{}/{file}", course.modules[module].slug);
        }
        out.push_str(rest);
    }
    out
}

fn front_matter(lines: &[String]) -> String {
    format!("+++\n{}\n+++\n\n", lines.join("\n"))
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn write_course(course: &Course, out: &Path, seed: u64) -> Result<(), String> {
    let toml = format!(
        "[course]\nid = \"leading-with-trust\"\ntitle = {}\ndescription = {}\nlanguage = \"en\"\n",
        toml_str(&course.title),
        toml_str(&course.description)
    );
    write_file(&out.join("course.toml"), &toml)?;
    let content = out.join("content");
    write_file(&content.join("_index.md"), &course.body)?;
    write_file(&content.join("how-to-use.md"), &standalone_page(course, seed))?;
    for (mi, module) in course.modules.iter().enumerate() {
        let dir = content.join(&module.slug);
        let fm = front_matter(&[
            format!("title = {}", toml_str(&module.title)),
            format!("weight = {}", mi + 1),
            format!("description = {}", toml_str(&module.description)),
        ]);
        write_file(&dir.join("_index.md"), &(fm + &module.body))?;
        for (li, lesson) in module.lessons.iter().enumerate() {
            let ids: Vec<String> = lesson.exercises.iter().map(|e| toml_str(&e.id)).collect();
            let fm = front_matter(&[
                format!("title = {}", toml_str(&lesson.title)),
                format!("weight = {}", li + 1),
                format!("description = {}", toml_str(&lesson.description)),
                format!("exercises = [{}]", ids.join(", ")),
            ]);
            write_file(&dir.join(&lesson.file), &(fm + &resolve_links(course, mi, &lesson.body)))?;
            for ex in &lesson.exercises {
                write_file(&out.join("exercises").join(format!("{}.toml", ex.id)), &exercise_toml(ex, seed))?;
            }
        }
    }
    Ok(())
}

/// A standalone page (content/<page>.md) linking to the first lesson. Its text comes from a
/// generator of its own, so the lessons are the same with or without it.
fn standalone_page(course: &Course, seed: u64) -> String {
    let words = Words::new();
    let mut tg = TextGen { r: Rng::for_name(seed, "how-to-use"), w: &words, lessons: 1, words: 0 };
    let first = course.modules.first().and_then(|m| m.lessons.first().map(|l| format!("{}/{}", m.slug, l.file)));
    let fm = front_matter(&[
        "title = \"How to Use This Course\"".to_string(),
        "weight = 1".to_string(),
        format!("description = {}", toml_str(&tg.plain_sentence())),
    ]);
    let start = first.map(|f| format!("\n\nStart with [the first lesson]({f}).")).unwrap_or_default();
    format!("{fm}{}{start}\n", tg.paragraph(None, None, 3, 5))
}

/// An exercise file. Kind-specific parts (questions, steps, statements, fields) come from a
/// generator of their own, so they never shift the text of the lessons.
fn exercise_toml(ex: &Exercise, seed: u64) -> String {
    let words = Words::new();
    let mut tg = TextGen { r: Rng::for_name(seed, &ex.id), w: &words, lessons: 1, words: 0 };
    let kind = match ex.kind {
        "reflection" if tg.r.random() < 0.3 => "compose",
        "practice" if tg.r.random() < 0.4 => "scale",
        k => k,
    };
    let mut out = format!("title = {}\nkind = {}\n", toml_str(&ex.title), toml_str(kind));
    match kind {
        "scale" => out.push_str("scale = [\"Rarely\", \"Sometimes\", \"Often\", \"Almost always\"]\n"),
        "compose" => out.push_str("template = \"Hi {who}, could you {what}? I am asking you because {why}. By {when}.\"\n"),
        _ => {}
    }
    let _ = writeln!(out, "prompt = \"\"\"\n{}\n\"\"\"", ex.prompt);
    let mut item = |table: &str, key: &str, id: String, text: String| {
        let _ = write!(out, "\n[[{table}]]\nid = {}\n{key} = {}\n", toml_str(&id), toml_str(&text));
    };
    match kind {
        "reflection" => (1..=tg.r.between(1, 3)).for_each(|i| item("questions", "text", format!("q{i}"), tg.plain_sentence())),
        "practice" => (1..=tg.r.between(2, 5)).for_each(|i| item("steps", "text", format!("s{i}"), tg.plain_sentence())),
        "scale" => (1..=tg.r.between(3, 6)).for_each(|i| item("statements", "text", format!("st{i}"), tg.plain_sentence())),
        "compose" => ["who", "what", "why", "when"].into_iter().for_each(|n| item("fields", "label", n.into(), tg.phrase(2, 4))),
        _ => {}
    }
    for (i, q) in ex.questions.iter().enumerate() {
        let choices: Vec<String> = q.choices.iter().map(|c| toml_str(c)).collect();
        let _ = write!(
            out,
            "\n[[questions]]\nid = \"q{}\"\ntext = {}\nchoices = [{}]\nanswer = {}\n",
            i + 1,
            toml_str(&q.text),
            choices.join(", "),
            q.answer
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_lessons_and_seed_give_the_same_course() {
        let a = build_course(40, 7);
        let b = build_course(40, 7);
        let c = build_course(40, 8);
        let text = |c: &Course| c.modules.iter().flat_map(|m| m.lessons.iter().map(|l| l.body.clone())).collect::<String>();
        assert_eq!(text(&a), text(&b));
        assert_ne!(text(&a), text(&c));
    }

    #[test]
    fn modules_hold_10_to_50_lessons_and_bodies_600_to_1500_words() {
        for n in [1, 9, 10, 61, 400] {
            let sizes = plan_modules(&mut Rng::new(3), n);
            assert_eq!(sizes.iter().sum::<usize>(), n);
            assert!(n < 10 || sizes.iter().all(|s| (10..=50).contains(s)), "{n}: {sizes:?}");
        }
        let course = build_course(30, 1);
        for l in course.modules.iter().flat_map(|m| &m.lessons) {
            let words = l.body.split_whitespace().count();
            assert!((600..=1500).contains(&words), "{}: {words} words", l.file);
        }
    }

    #[test]
    fn links_resolve_to_the_file_in_the_same_module_or_up_and_across() {
        let course = build_course(60, 20240601);
        let mut same = 0;
        let mut across = 0;
        for (mi, m) in course.modules.iter().enumerate() {
            for l in &m.lessons {
                let body = resolve_links(&course, mi, &l.body);
                assert!(!body.contains(LINK_MARK));
                same += body.matches("](0").count();
                across += body.matches("](../").count();
            }
        }
        assert!(same > 10 && across > 10, "same-module links {same}, cross-module links {across}");
    }
}
