//! One thin script per command over the pipeline stages.

pub mod build;
pub mod check;
pub mod dev_corpus;
pub mod init;
pub mod new;
pub mod package;
pub mod pdf;
mod scaffold;
mod scaffold_de;
mod scaffold_es;
mod scaffold_fr;
mod scaffold_nl;
mod scaffold_pt;
pub mod serve;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use sonder::diagnostics::{Diagnostic, Diagnostics};

/// Colour only on a terminal, and never with NO_COLOR set.
pub fn use_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

pub fn report(diags: &Diagnostics) {
    if !diags.items.is_empty() {
        eprint!("{}", diags.render(use_color()));
    }
}

/// Prints one problem and returns the error exit code.
pub fn fail(d: Diagnostic) -> u8 {
    report(&d.into());
    1
}

/// The course root: `--root`, else the nearest folder at or above the current one with course.toml.
pub fn course_root(root: &Option<PathBuf>) -> Result<PathBuf, u8> {
    match root {
        Some(r) => Ok(r.clone()),
        None => {
            let cwd = std::env::current_dir().map_err(|e| fail(Diagnostic::error(format!("cannot read the current folder: {e}"))))?;
            sonder::load::find_root(&cwd).map_err(fail)
        }
    }
}

pub fn shown(p: &Path) -> String {
    let s = p.display().to_string();
    if p.is_dir() && !s.ends_with('/') {
        format!("{s}/")
    } else {
        s
    }
}

pub fn counts(diags: &Diagnostics) -> String {
    let (e, w) = (diags.error_count(), diags.warning_count());
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match (e, w) {
        (0, w) => plural(w, "warning"),
        (e, 0) => plural(e, "error"),
        (e, w) => format!("{}, {}", plural(e, "error"), plural(w, "warning")),
    }
}
