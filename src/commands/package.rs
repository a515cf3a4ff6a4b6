use std::path::PathBuf;
use std::time::Instant;

use sonder::package::{self, PackageOptions, ScormVersion};

use super::{counts, course_root, report};
use crate::CommonArgs;

#[derive(clap::Args)]
pub struct PackageArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// The SCORM version the LMS asks for: 1.2 (every LMS) or 2004 (4th edition)
    #[arg(long, value_name = "VERSION", value_parser = parse_version)]
    pub scorm: ScormVersion,
    /// The zip to write (default: <course id>-scorm12.zip or -scorm2004.zip in the current folder)
    #[arg(long, value_name = "FILE.zip")]
    pub out: Option<PathBuf>,
}

fn parse_version(s: &str) -> Result<ScormVersion, String> {
    match s {
        "1.2" | "12" => Ok(ScormVersion::V12),
        "2004" => Ok(ScormVersion::V2004),
        _ => Err(format!("`{s}` is not a SCORM version sonder writes: use 1.2 or 2004")),
    }
}

pub fn run(args: PackageArgs) -> Result<(), u8> {
    let started = Instant::now();
    on_interrupt_remove_work_folder();
    let root = course_root(&args.common.root)?;
    let opts = PackageOptions { version: args.scorm, out: args.out, deny_warnings: args.common.deny_warnings };
    match package::package(&root, &opts) {
        Ok(r) => {
            report(&r.build.diagnostics);
            if !args.common.quiet {
                eprintln!(
                    "Packaged SCORM {} ({} lessons, {} files, {:.1} KB) in {:.2} s -> {}{}",
                    args.scorm.label(),
                    r.build.lessons,
                    r.files,
                    r.bytes as f64 / 1024.0,
                    started.elapsed().as_secs_f64(),
                    r.zip.display(),
                    if r.build.diagnostics.items.is_empty() { String::new() } else { format!(" ({})", counts(&r.build.diagnostics)) }
                );
            }
            Ok(())
        }
        Err(diags) => {
            report(&diags);
            eprintln!("Packaging failed: {}. No package was written; a previous one was left as it was.", counts(&diags));
            Err(1)
        }
    }
}

/// Ctrl-C, SIGTERM (and SIGHUP) stop the packaging: its working folder beside the zip (and the
/// build's staging folder in it) is removed.
fn on_interrupt_remove_work_folder() {
    let handler = || {
        sonder::output::interrupt();
        eprintln!("Packaging interrupted; its working files were removed.");
        std::process::exit(130);
    };
    // Fails only when a handler is already set, which nothing else in `sonder package` does.
    let _ = ctrlc::set_handler(handler);
}
