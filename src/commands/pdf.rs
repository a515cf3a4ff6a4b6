use std::path::PathBuf;
use std::time::Instant;

use sonder::print::{self, Paper, PdfOptions};

use super::{counts, course_root, report};

#[derive(clap::Args)]
pub struct PdfArgs {
    /// The course folder (default: the nearest folder at or above the current one holding course.toml)
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Print only this module: its folder name (01-backstory), that name without the number (backstory), or its position (1)
    #[arg(long, value_name = "ID")]
    pub module: Option<String>,
    /// Also print each module's facilitator guide
    #[arg(long)]
    pub facilitator: bool,
    /// Also print the whole course (print.html) to <course id>.pdf
    #[arg(long)]
    pub course: bool,
    /// Paper size: a4 or letter
    #[arg(long, value_name = "SIZE", default_value = "a4")]
    pub paper: Paper,
    /// A course in several languages: print this language's handouts and guides (default: the
    /// default language; the PDFs then go to pdf.<language>/)
    #[arg(long, value_name = "TAG")]
    pub language: Option<String>,
    /// Where to write the PDFs (default: pdf/ in the course folder, pdf.<language>/ with --language)
    #[arg(long, short, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// The Chromium or Google Chrome executable (default: chromium, chromium-browser, google-chrome or google-chrome-stable on PATH)
    #[arg(long, value_name = "PATH", env = "SONDER_CHROME")]
    pub chrome: Option<PathBuf>,
    /// Print only errors and warnings
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: PdfArgs) -> Result<(), u8> {
    let started = Instant::now();
    let root = course_root(&args.root)?;
    let default_out = match &args.language {
        Some(l) => format!("pdf.{l}"),
        None => "pdf".to_string(),
    };
    let out = args.out.unwrap_or_else(|| root.join(default_out));
    let opts = PdfOptions {
        module: args.module,
        facilitator: args.facilitator,
        course: args.course,
        paper: args.paper,
        out,
        chrome: args.chrome,
        language: args.language,
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    let quiet = args.quiet;
    let mut pages = 0;
    let result = print::print_course(&root, &opts, &mut |p| {
        pages += p.pages;
        if !quiet {
            let shown = p.path.strip_prefix(&cwd).unwrap_or(&p.path);
            eprintln!(
                "  wrote {} ({} page{}, {} KB)",
                shown.display(),
                p.pages,
                if p.pages == 1 { "" } else { "s" },
                p.bytes.div_ceil(1024)
            );
        }
    });
    match result {
        Ok(r) => {
            report(&r.diagnostics);
            if !quiet {
                eprintln!(
                    "Printed {} PDF{} ({} pages, {}) with {} in {:.1} s{}",
                    r.printed.len(),
                    if r.printed.len() == 1 { "" } else { "s" },
                    pages,
                    opts.paper,
                    r.chrome.display(),
                    started.elapsed().as_secs_f64(),
                    if r.diagnostics.items.is_empty() { String::new() } else { format!(" ({})", counts(&r.diagnostics)) }
                );
            }
            Ok(())
        }
        Err(diags) => {
            report(&diags);
            eprintln!("Printing failed: {}.", counts(&diags));
            Err(1)
        }
    }
}
