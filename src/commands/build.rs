use std::path::PathBuf;
use std::time::Instant;

use sonder::site::{self, BuildOptions};

use super::{counts, course_root, report, shown};
use crate::CommonArgs;

pub fn run(common: &CommonArgs, output: Option<PathBuf>, no_minify: bool, force: bool) -> Result<(), u8> {
    let started = Instant::now();
    on_interrupt_remove_staging();
    let root = course_root(&common.root)?;
    let opts = BuildOptions { output, minify: if no_minify { Some(false) } else { None }, deny_warnings: common.deny_warnings, force };
    match site::build(&root, &opts) {
        Ok(r) => {
            report(&r.diagnostics);
            if !common.quiet {
                let relative =
                    r.output.strip_prefix(std::env::current_dir().unwrap_or_default()).map(|p| p.to_path_buf()).unwrap_or(r.output.clone());
                eprintln!(
                    "Built {} pages ({} modules, {} lessons, {} exercises{}) in {:.2} s -> {}{}",
                    r.pages,
                    r.modules,
                    r.lessons,
                    r.exercises,
                    if r.languages > 1 { format!(", {} languages", r.languages) } else { String::new() },
                    started.elapsed().as_secs_f64(),
                    shown(&relative),
                    if r.diagnostics.items.is_empty() { String::new() } else { format!(" ({})", counts(&r.diagnostics)) }
                );
            }
            Ok(())
        }
        Err(diags) => {
            report(&diags);
            eprintln!("Build failed: {}. The previous output was left as it was.", counts(&diags));
            Err(1)
        }
    }
}

/// Ctrl-C, SIGTERM (and SIGHUP) stop the build: its staging folder is removed, so nothing is left
/// beside the output, and the previous site stays as it was.
fn on_interrupt_remove_staging() {
    let handler = || {
        if sonder::output::interrupt() {
            eprintln!("Build interrupted; the previous site is unchanged.");
        } else {
            eprintln!("Build interrupted after the new site was written.");
        }
        std::process::exit(130);
    };
    // Fails only when a handler is already set, which nothing else in `sonder build` does.
    let _ = ctrlc::set_handler(handler);
}
