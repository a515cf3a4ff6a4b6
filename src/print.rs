//! `sonder pdf`: renders the pages to print (module handouts, facilitator guides, the whole
//! course) with their stylesheets and images into a temporary folder, and prints them to PDF with a headless Chromium found on the machine, through Chromium's own
//! print-to-PDF (`--print-to-pdf`). The paper size is set by an `@page { size }` rule added to each
//! printed page of the temporary site, so the theme's print CSS stays paper-agnostic.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::DirSink;
use crate::render::PageId;
use crate::site::{RenderPlan, Site, SiteOptions, Sites};

/// The executables looked for on `PATH`, in this order.
pub const CHROME_NAMES: [&str; 5] = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

/// Where browsers live when they are not on `PATH` (macOS apps, snaps, Windows).
const CHROME_PLACES: [&str; 6] = [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/snap/bin/chromium",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files\Chromium\Application\chrome.exe",
];

/// How long one page may take to print before Chromium is stopped.
const PRINT_TIMEOUT: Duration = Duration::from_secs(90);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// The value of the CSS `size` descriptor.
    pub fn css_size(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "letter",
        }
    }

    /// Width and height in PostScript points, as `pdfinfo` reports them.
    pub fn points(self) -> (f64, f64) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

impl std::str::FromStr for Paper {
    type Err = String;
    fn from_str(s: &str) -> Result<Paper, String> {
        match s.to_ascii_lowercase().as_str() {
            "a4" => Ok(Paper::A4),
            "letter" | "us-letter" => Ok(Paper::Letter),
            _ => Err(format!("unknown paper size `{s}`: use a4 or letter")),
        }
    }
}

impl fmt::Display for Paper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Paper::A4 => "A4",
            Paper::Letter => "Letter",
        })
    }
}

#[derive(Debug, Clone)]
pub struct PdfOptions {
    /// Print only this module: its folder name (`01-backstory`), that name without its leading
    /// number (`backstory`), or its position in the course (`1`). None: every module.
    pub module: Option<String>,
    /// Also print the facilitator guides.
    pub facilitator: bool,
    /// Also print the whole course (print.html) to `<course id>.pdf`.
    pub course: bool,
    pub paper: Paper,
    /// Where the PDFs go (created when missing).
    pub out: PathBuf,
    /// The browser to use instead of searching `PATH`.
    pub chrome: Option<PathBuf>,
    /// A course in several languages: print this language's pages (None: the default language).
    pub language: Option<String>,
}

/// What a PDF is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfKind {
    Handout,
    Facilitator,
    /// The whole course (print.html).
    Course,
}

impl PdfKind {
    fn site_dir(self) -> &'static str {
        match self {
            PdfKind::Handout => "handouts",
            PdfKind::Facilitator => "facilitator",
            PdfKind::Course => "",
        }
    }
    fn suffix(self) -> &'static str {
        match self {
            PdfKind::Handout => "handout",
            PdfKind::Facilitator => "facilitator",
            PdfKind::Course => "course",
        }
    }
}

/// One PDF written.
#[derive(Debug, Clone)]
pub struct Printed {
    pub module: String,
    pub kind: PdfKind,
    pub path: PathBuf,
    pub pages: usize,
    pub bytes: u64,
    pub seconds: f64,
}

/// What `print_course` did.
#[derive(Debug)]
pub struct PdfReport {
    pub printed: Vec<Printed>,
    pub chrome: PathBuf,
    /// Warnings from building the course.
    pub diagnostics: Diagnostics,
}

/// The browser: `explicit` when given (it must exist), else the first of [`CHROME_NAMES`] on `PATH`.
pub fn find_chrome(explicit: Option<&Path>) -> Result<PathBuf, Diagnostic> {
    if let Some(p) = explicit {
        if p.is_file() {
            return Ok(p.to_path_buf());
        }
        if p.components().count() == 1 {
            if let Some(found) = which(&p.to_string_lossy()) {
                return Ok(found);
            }
        }
        return Err(Diagnostic::error(format!("the browser given with --chrome was not found: {}", p.display()))
            .hint("give the path of a Chromium or Google Chrome executable, or leave --chrome out to search PATH"));
    }
    for name in CHROME_NAMES {
        if let Some(found) = which(name) {
            return Ok(found);
        }
    }
    if let Some(found) = CHROME_PLACES.iter().map(PathBuf::from).find(|p| p.is_file()) {
        return Ok(found);
    }
    Err(Diagnostic::error("no Chromium found: `sonder pdf` prints with a headless Chromium or Google Chrome")
        .hint(format!("install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome), or pass --chrome PATH; looked on PATH for {} and in the usual install folders", CHROME_NAMES.join(", "))))
}

fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| is_executable(p))
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(p).map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file() || p.with_extension("exe").is_file()
}

/// A hidden folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new_in(parent: &Path) -> std::io::Result<TempDir> {
        static N: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
        let dir = parent.join(format!(".sonder-pdf-{}-{nanos:x}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed)));
        fs::create_dir_all(&dir)?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Picks the modules to print. `wanted` matches a module's folder name, that name without its
/// leading number (`backstory` for `01-backstory`), or its position in the course (`1`).
pub fn select_modules(slugs: &[String], wanted: Option<&str>) -> Result<Vec<String>, Diagnostic> {
    let Some(w) = wanted else { return Ok(slugs.to_vec()) };
    if let Some(s) = slugs.iter().find(|s| s.as_str() == w) {
        return Ok(vec![s.clone()]);
    }
    if let Ok(n) = w.parse::<usize>() {
        if (1..=slugs.len()).contains(&n) {
            return Ok(vec![slugs[n - 1].clone()]);
        }
    }
    let bare = |s: &str| s.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches(['-', '_']).to_string();
    let matches: Vec<&String> = slugs.iter().filter(|s| bare(s) == w).collect();
    match matches.as_slice() {
        [one] => Ok(vec![(*one).clone()]),
        _ => Err(Diagnostic::error(format!("no module `{w}` in this course")).hint(format!("the modules are: {}", slugs.join(", ")))),
    }
}

/// Renders the chosen pages of the course at `root` into a temporary folder and prints them to
/// PDF. `progress` is called for each PDF written, in course order.
pub fn print_course(root: &Path, opts: &PdfOptions, progress: &mut dyn FnMut(&Printed)) -> Result<PdfReport, Diagnostics> {
    let chrome = find_chrome(opts.chrome.as_deref())?;
    // Not minified: `set_paper` finds `</head>`.
    let (site, mut diags) = site_in(root, opts.language.as_deref())?;
    let Some(mut site) = site else { return Err(diags) };
    if diags.has_errors() {
        // Still report every problem of the course.
        diags.extend(site.compile());
        diags.extend(site.validate());
        diags.sort();
        return Err(diags);
    }
    let slugs: Vec<String> = site.course.modules.iter().map(|m| m.slug.clone()).collect();
    if slugs.is_empty() {
        return Err(Diagnostic::error("this course has no modules, so there is nothing to print").into());
    }
    let modules = select_modules(&slugs, opts.module.as_deref())?;

    fs::create_dir_all(&opts.out).map_err(|e| Diagnostic::error(format!("cannot create {}: {e}", opts.out.display())))?;
    let out = opts.out.canonicalize().unwrap_or_else(|_| opts.out.clone());
    // The site is rendered beside the PDFs rather than in the system temp folder: a sandboxed
    // browser (Ubuntu's snap Chromium) has a private /tmp and could not read it.
    let tmp =
        TempDir::new_in(&out).map_err(|e| Diagnostic::error(format!("cannot create a temporary folder in {}: {e}", out.display())))?;
    let site_dir = tmp.0.join("site");
    // The sink makes folders below its own, never its own (`output::DirSink`).
    fs::create_dir_all(&site_dir).map_err(|e| Diagnostic::error(format!("cannot create {}: {e}", site_dir.display())))?;
    let jobs = jobs(&site, &modules, opts, &site_dir, &out);
    let pages = RenderPlan::pages(jobs.iter().map(|j| j.id).collect());
    let rendered = site.run(&DirSink::new(site_dir), &pages).map_err(|d| {
        diags.extend(d.items);
        diags.sort();
        std::mem::take(&mut diags)
    })?;
    diags.extend(rendered.warnings().items);
    diags.sort();
    for job in &jobs {
        set_paper(&job.page, opts.paper).map_err(|e| Diagnostic::error(format!("cannot prepare {} for print: {e}", job.page.display())))?;
    }
    let (printed, failed) = print_all(&jobs, &chrome, &tmp.0, progress);
    if failed.has_errors() {
        diags.extend(failed.items);
        return Err(diags);
    }
    Ok(PdfReport { printed, chrome, diagnostics: diags })
}

/// The course's site in `language` (None: the default language), loaded to be printed.
fn site_in(root: &Path, language: Option<&str>) -> Result<(Option<Site>, Diagnostics), Diagnostics> {
    // Not minified: `set_paper` finds `</head>`.
    let (sites, diags) = Sites::load(root, &SiteOptions { minify: Some(false), ..SiteOptions::default() });
    let Some(Sites { mut sites }) = sites else { return Ok((None, diags)) };
    let Some(wanted) = language else { return Ok((Some(sites.swap_remove(0)), diags)) };
    match sites.iter().position(|s| s.course.config.language.eq_ignore_ascii_case(wanted)) {
        Some(i) => Ok((Some(sites.swap_remove(i)), diags)),
        None => {
            let known: Vec<String> = sites.iter().map(|s| s.course.config.language.clone()).collect();
            let mut diags = diags;
            diags.push(
                Diagnostic::error(format!("the course has no language `{wanted}`"))
                    .hint(format!("its languages are: {} (the others are listed under [languages] in course.toml)", known.join(", "))),
            );
            Err(diags)
        }
    }
}

/// What to print: each chosen module's handout (and facilitator guide), and the whole course.
fn jobs(site: &Site, modules: &[String], opts: &PdfOptions, site_dir: &Path, out: &Path) -> Vec<Job> {
    let course = &site.course;
    let kinds: &[PdfKind] = if opts.facilitator { &[PdfKind::Handout, PdfKind::Facilitator] } else { &[PdfKind::Handout] };
    let mut jobs = Vec::new();
    for (mi, m) in course.modules.iter().enumerate().filter(|(_, m)| modules.contains(&m.slug)) {
        for &kind in kinds {
            let id = if kind == PdfKind::Handout { PageId::Handout(mi) } else { PageId::Facilitator(mi) };
            let page = site_dir.join(kind.site_dir()).join(format!("{}.html", m.slug));
            jobs.push(Job { module: m.slug.clone(), kind, id, page, pdf: out.join(format!("{}-{}.pdf", m.slug, kind.suffix())) });
        }
    }
    if opts.course {
        let (page, pdf) = (site_dir.join("print.html"), out.join(format!("{}.pdf", course.config.id)));
        jobs.push(Job { module: String::new(), kind: PdfKind::Course, id: PageId::Print, page, pdf });
    }
    jobs
}

/// Prints the jobs with several Chromiums at once (each with its own profile in `tmp`); results
/// are reported in course order.
fn print_all(jobs: &[Job], chrome: &Path, tmp: &Path, progress: &mut dyn FnMut(&Printed)) -> (Vec<Printed>, Diagnostics) {
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(1, 4).min(jobs.len());
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Result<Printed, Diagnostic>)>();
    let mut printed = Vec::new();
    let mut failed = Diagnostics::default();
    std::thread::scope(|scope| {
        for w in 0..workers {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || {
                let profile = tmp.join(format!("profile-{w}"));
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else { break };
                    if tx.send((i, print_one(chrome, &profile, job))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut want = 0;
        for (i, r) in rx {
            pending.insert(i, r);
            while let Some(r) = pending.remove(&want) {
                match r {
                    Ok(p) => {
                        progress(&p);
                        printed.push(p);
                    }
                    Err(d) => failed.push(d),
                }
                want += 1;
            }
        }
    });
    (printed, failed)
}

struct Job {
    module: String,
    kind: PdfKind,
    id: PageId,
    page: PathBuf,
    pdf: PathBuf,
}

/// Adds `@page { size: ... }` to a page of the temporary site, after its own stylesheets.
fn set_paper(page: &Path, paper: Paper) -> std::io::Result<()> {
    let html = fs::read_to_string(page)?;
    let rule = format!("<style>@page{{size:{}}}</style>", paper.css_size());
    // The temporary site is not minified, so `</head>` is there; else after the doctype.
    let at =
        html.find("</head>").or_else(|| html.get(..15).filter(|d| d.eq_ignore_ascii_case("<!doctype html>")).map(|d| d.len())).unwrap_or(0);
    let html = format!("{}{rule}{}", &html[..at], &html[at..]);
    fs::write(page, html)
}

/// A `file://` URL for an absolute path.
pub fn file_url(path: &Path) -> String {
    let abs = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let s = abs.to_string_lossy().replace('\\', "/");
    let mut url = String::from("file://");
    if !s.starts_with('/') {
        url.push('/');
    }
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' | b':' => url.push(b as char),
            _ => url.push_str(&format!("%{b:02X}")),
        }
    }
    url
}

/// The arguments that make Chromium print `url` to `pdf` and quit, touching nothing of the user's.
pub fn chrome_args(profile: &Path, pdf: &Path, url: &str) -> Vec<String> {
    vec![
        "--headless=new".into(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-dev-shm-usage".into(),
        "--no-first-run".into(),
        "--no-default-browser-check".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--disable-extensions".into(),
        "--mute-audio".into(),
        format!("--user-data-dir={}", profile.display()),
        "--no-pdf-header-footer".into(),
        // Bookmarks from the headings (ignored by browsers that predate it).
        "--generate-pdf-document-outline".into(),
        format!("--print-to-pdf={}", pdf.display()),
        url.into(),
    ]
}

/// Prints one page: to a temporary name beside the target, renamed once complete.
fn print_one(chrome: &Path, profile: &Path, job: &Job) -> Result<Printed, Diagnostic> {
    let started = Instant::now();
    let partial = job.pdf.with_extension("pdf.part");
    let _ = fs::remove_file(&partial);
    let url = file_url(&job.page);
    let mut child = Command::new(chrome)
        .args(chrome_args(profile, &partial, &url))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Diagnostic::error(format!("cannot run {}: {e}", chrome.display())))?;
    // Read stderr on a thread so a chatty browser cannot fill the pipe and stall.
    let mut stderr = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(e) = stderr.as_mut() {
            let _ = e.read_to_string(&mut s);
        }
        s
    });
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() > PRINT_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(25)),
            Err(_) => break None,
        }
    };
    let log = reader.join().unwrap_or_default();
    let bytes = fs::read(&partial).unwrap_or_default();
    let ok = status.is_some_and(|s| s.success()) && bytes.starts_with(b"%PDF");
    if !ok {
        let _ = fs::remove_file(&partial);
        let what = match status {
            None => format!("did not finish within {} s", PRINT_TIMEOUT.as_secs()),
            Some(s) if !s.success() => format!("failed ({s})"),
            Some(_) => "wrote no PDF".to_string(),
        };
        let tail: Vec<&str> = log.lines().filter(|l| !l.contains("dbus")).collect();
        let tail = tail[tail.len().saturating_sub(6)..].join("\n");
        return Err(Diagnostic::error(format!("{} {what} while printing {}", chrome.display(), job.page.display())).hint(
            if tail.is_empty() {
                "run the browser by hand with the same page to see why".to_string()
            } else {
                format!("the browser said:\n{tail}")
            },
        ));
    }
    fs::rename(&partial, &job.pdf).map_err(|e| Diagnostic::error(format!("cannot write {}: {e}", job.pdf.display())))?;
    Ok(Printed {
        module: job.module.clone(),
        kind: job.kind,
        path: job.pdf.clone(),
        pages: count_pages(&bytes),
        bytes: bytes.len() as u64,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// The number of page objects (`/Type /Page`, not `/Pages`) in a PDF as Chromium writes it.
pub fn count_pages(pdf: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i + 5 <= pdf.len() {
        if &pdf[i..i + 5] == b"/Type" {
            let mut j = i + 5;
            while j < pdf.len() && matches!(pdf[j], b' ' | b'\n' | b'\r' | b'\t') {
                j += 1;
            }
            if pdf[j..].starts_with(b"/Page") && !pdf.get(j + 5).is_some_and(|c| c.is_ascii_alphanumeric()) {
                n += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_page_objects_not_the_page_tree() {
        let pdf = b"%PDF-1.4\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj <</Type/Page>>\n3 0 obj << /Type /Page /Parent 1 0 R >>";
        assert_eq!(count_pages(pdf), 2);
    }

    #[test]
    fn paper_sizes_parse() {
        assert_eq!("A4".parse::<Paper>(), Ok(Paper::A4));
        assert_eq!("letter".parse::<Paper>(), Ok(Paper::Letter));
        assert!("a5".parse::<Paper>().is_err());
    }

    #[test]
    fn modules_match_with_or_without_their_number() {
        let slugs = vec!["01-backstory".to_string(), "02-empathy-first".to_string()];
        assert_eq!(select_modules(&slugs, Some("backstory")).unwrap(), vec!["01-backstory"]);
        assert_eq!(select_modules(&slugs, Some("02-empathy-first")).unwrap(), vec!["02-empathy-first"]);
        assert_eq!(select_modules(&slugs, Some("2")).unwrap(), vec!["02-empathy-first"]);
        assert!(select_modules(&slugs, Some("3")).is_err());
        assert_eq!(select_modules(&slugs, None).unwrap().len(), 2);
        assert!(select_modules(&slugs, Some("nope")).unwrap_err().hint.unwrap().contains("01-backstory"));
    }

    #[test]
    fn file_urls_escape_spaces() {
        assert_eq!(file_url(Path::new("/no such/dir/a b.html")), "file:///no%20such/dir/a%20b.html");
    }
}
