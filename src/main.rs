//! The `sonder` command line: parse arguments, run a command, map the outcome to an exit code.

/// jemalloc instead of glibc's allocator: a 10,000-lesson build is ~20% faster (most of what is
/// left of the build is small allocations in Markdown, minify-html and tera; bench/PROFILE.md).
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// One arena: with an arena per thread the build's peak memory was 205 MiB instead of 194 MiB at
/// 10,000 lessons, for no measurable speed (jemalloc reads this string at start-up).
#[unsafe(export_name = "_rjem_malloc_conf")]
static JEMALLOC_CONF: Option<&'static u8> = Some(&b"narenas:1\0"[0]);

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod commands;

const EXAMPLES: &str = "\
Examples:
  sonder build                     build the course in this folder (or the nearest above) into public/
  sonder build --root my-course    build another course
  sonder check --deny-warnings     validate without writing; fail on warnings too
  sonder serve --open              preview with live reload at http://127.0.0.1:1111/
  sonder init my-course            start a new course
  sonder pdf --facilitator         print handouts and facilitator guides to PDF
  sonder package --scorm 1.2       zip the course for a learning management system (LMS)";

#[derive(Parser)]
#[command(name = "sonder", version, about = "Build self-paced coaching courses into static sites that work anywhere, even from disk.", after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Args, Clone)]
pub struct CommonArgs {
    /// The course folder (default: the nearest folder at or above the current one holding course.toml)
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Treat warnings as errors
    #[arg(long)]
    pub deny_warnings: bool,
    /// Print only errors and warnings
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Subcommand)]
pub enum Command {
    /// Build the course into a static site
    #[command(after_help = "Example:\n  sonder build --root my-course --output /tmp/site --no-minify")]
    Build {
        #[command(flatten)]
        common: CommonArgs,
        /// Output folder (default: [build] output in course.toml, "public")
        #[arg(long, short, value_name = "DIR")]
        output: Option<PathBuf>,
        /// Do not minify the HTML
        #[arg(long)]
        no_minify: bool,
        /// Build into an output folder that holds files sonder did not write: they are kept (a file at a path the site uses is overwritten)
        #[arg(long)]
        force: bool,
    },
    /// Check the course for errors and warnings without writing anything (exit 1 on errors)
    #[command(after_help = "Example:\n  sonder check --deny-warnings")]
    Check {
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Preview the course with live reload: build into memory, serve over HTTP, rebuild on every change
    #[command(after_help = "Examples:\n  sonder serve --open\n  sonder serve --port 0 --base-path /courses/trust/")]
    Serve(commands::serve::ServeArgs),
    /// Start a new course: course.toml, a module, a lesson and one exercise of each kind
    #[command(after_help = "Example:\n  sonder init my-course --title \"Leading with trust\"")]
    Init(commands::init::InitArgs),
    /// Add a lesson or an exercise from a template (never overwrites a file)
    New(commands::new::NewArgs),
    /// Print the module handouts (and facilitator guides) to PDF with a headless Chromium
    #[command(after_help = "Examples:\n  sonder pdf\n  sonder pdf --module 01-backstory --facilitator --paper letter --out handouts/")]
    Pdf(commands::pdf::PdfArgs),
    /// Tools for working on sonder itself (tests, profiling)
    #[command(hide = true)]
    Dev(commands::dev_corpus::DevArgs),
    /// Build the course into one SCORM 1.2 or 2004 zip for a learning management system (LMS)
    #[command(after_help = "Examples:\n  sonder package --scorm 1.2\n  sonder package --scorm 2004 --out dist/course.zip")]
    Package(commands::package::PackageArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Render threads also write files, and a busy disk blocks them: twice as many threads as cores
    // keeps the CPUs fed while some wait (measured at 10k lessons; RAYON_NUM_THREADS still wins).
    if std::env::var_os("RAYON_NUM_THREADS").is_none() {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let _ = rayon::ThreadPoolBuilder::new().num_threads((cores * 2).max(4)).build_global();
    }
    let result = match cli.command {
        Command::Build { common, output, no_minify, force } => commands::build::run(&common, output, no_minify, force),
        Command::Check { common } => commands::check::run(&common),
        Command::Serve(args) => commands::serve::run(args),
        Command::Init(args) => commands::init::run(args),
        Command::New(args) => commands::new::run(args),
        Command::Pdf(args) => commands::pdf::run(args),
        Command::Dev(args) => commands::dev_corpus::run(args),
        Command::Package(args) => commands::package::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => ExitCode::from(code),
    }
}
