use std::time::Instant;

use sonder::site;

use super::{counts, course_root, report};
use crate::CommonArgs;

pub fn run(common: &CommonArgs) -> Result<(), u8> {
    let started = Instant::now();
    let root = course_root(&common.root)?;
    let (course, mut diags) = site::check(&root);
    if common.deny_warnings {
        diags.deny_warnings();
    }
    report(&diags);
    match course {
        Some(c) if !diags.has_errors() => {
            if !common.quiet {
                eprintln!(
                    "Checked {} modules, {} lessons, {} exercises in {:.2} s: {}",
                    c.modules.len(),
                    c.lesson_count(),
                    c.exercises.len(),
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
