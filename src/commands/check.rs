use std::time::Instant;

use sonder::site::{self, SiteOptions};

use super::{counts, course_root, report};
use crate::CommonArgs;

pub fn run(common: &CommonArgs) -> Result<(), u8> {
    let started = Instant::now();
    let root = course_root(&common.root)?;
    // Pages rendered to find template errors (`check_rendering`) are not kept, nor minified:
    // minifying finds no problem of its own.
    let opts = SiteOptions { deny_warnings: common.deny_warnings, minify: Some(false), ..SiteOptions::default() };
    let (site, diags) = site::check_rendering(&root, &opts);
    report(&diags);
    match site.map(|s| s.course) {
        Some(c) => {
            if !common.quiet {
                let languages = c.config.languages.len() + 1;
                eprintln!(
                    "Checked {} modules, {} lessons, {} exercises{} in {:.2} s: {}",
                    c.modules.len(),
                    c.lesson_count(),
                    c.exercises.len(),
                    if languages > 1 { format!(" ({languages} languages)") } else { String::new() },
                    started.elapsed().as_secs_f64(),
                    if diags.items.is_empty() { "no problems".to_string() } else { counts(&diags) }
                );
            }
            Ok(())
        }
        _ => {
            eprintln!("Check failed: {}.", counts(&diags));
            Err(1)
        }
    }
}
