use std::path::PathBuf;
use std::time::Instant;

use sonder::site::{self, BuildOptions};

use super::{counts, course_root, report, shown};
use crate::CommonArgs;

pub fn run(common: &CommonArgs, output: Option<PathBuf>, no_minify: bool) -> Result<(), u8> {
    let started = Instant::now();
    let root = course_root(&common.root)?;
    let opts = BuildOptions { output, minify: if no_minify { Some(false) } else { None }, deny_warnings: common.deny_warnings };
    match site::build(&root, &opts) {
        Ok(r) => {
            report(&r.diagnostics);
            if !common.quiet {
                let relative =
                    r.output.strip_prefix(std::env::current_dir().unwrap_or_default()).map(|p| p.to_path_buf()).unwrap_or(r.output.clone());
                eprintln!(
                    "Built {} pages ({} modules, {} lessons, {} exercises) in {:.2} s -> {}{}",
                    r.pages,
                    r.modules,
                    r.lessons,
                    r.exercises,
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
