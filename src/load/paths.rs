//! Which files a course may read: those under its root. A symlink that leads outside the course
//! is refused (it could publish `/etc/passwd` or the builder's environment) unless course.toml
//! sets `[build] follow_external_symlinks = true`; special files (`/proc`, `/sys`, devices, named
//! pipes, sockets) are never read.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use crate::diagnostics::{display_path, Diagnostic};

/// The course root, resolved once, and whether symlinks may leave it.
pub struct Scope {
    pub root: PathBuf,
    canonical: PathBuf,
    follow_external: bool,
}

/// Folders of the kernel's own files: they look like regular files but are not sources.
const SPECIAL_TREES: [&str; 3] = ["/proc", "/sys", "/dev"];

impl Scope {
    pub fn new(root: &Path, follow_external: bool) -> Scope {
        let canonical = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        Scope { root: root.to_path_buf(), canonical, follow_external }
    }

    /// The problem with following the symlink at `path`, if any: it leads outside the course (and
    /// that is not allowed) or into the kernel's special files (never allowed).
    pub fn refuse_link(&self, path: &Path) -> Option<Diagnostic> {
        let shown = display_path(&self.root, path);
        let Ok(target) = path.canonicalize() else { return None }; // dangling: the walk reports it
        if SPECIAL_TREES.iter().any(|t| target.starts_with(t)) {
            return Some(
                Diagnostic::error(format!("{shown} is a symlink to {}, a special file of the system", target.display()))
                    .in_path(shown)
                    .hint("sonder never reads /proc, /sys or /dev: remove the symlink"),
            );
        }
        if self.follow_external || target.starts_with(&self.canonical) {
            return None;
        }
        Some(Diagnostic::error(format!("{shown} is a symlink to {}, outside the course", target.display())).in_path(shown).hint(
            "sonder publishes only files inside the course folder: copy the file into the course, or set `follow_external_symlinks = true` under [build] in course.toml to publish what the symlink points to",
        ))
    }
}

/// The regular files under `dir` (with their depth), sorted by name. Hidden and editor files are
/// skipped; symlinks are followed when they stay inside the course (`Scope`); anything that is
/// not a regular file or a folder is an error.
pub fn walk(scope: &Scope, dir: &Path, diags: &mut Vec<Diagnostic>) -> Vec<(PathBuf, usize)> {
    let refused = RefCell::new(Vec::new());
    let walker = walkdir::WalkDir::new(dir).follow_links(true).sort_by_file_name().into_iter();
    let it = walker.filter_entry(|e| {
        if e.depth() > 0 && super::content::is_ignored(&e.file_name().to_string_lossy()) {
            return false;
        }
        match e.path_is_symlink().then(|| scope.refuse_link(e.path())).flatten() {
            Some(d) => {
                refused.borrow_mut().push(d);
                false
            }
            None => true,
        }
    });
    let mut out = Vec::new();
    for entry in it {
        match entry {
            Ok(e) if e.file_type().is_file() => out.push((e.path().to_path_buf(), e.depth())),
            Ok(e) if e.file_type().is_dir() => {}
            Ok(e) => {
                let shown = display_path(&scope.root, e.path());
                diags.push(
                    Diagnostic::error(format!("{shown} is not a regular file (a named pipe, socket or device)"))
                        .in_path(shown)
                        .hint("sonder reads only regular files and folders: remove it from the course"),
                );
            }
            Err(err) => {
                let path = err.path().map(|p| display_path(&scope.root, p)).unwrap_or_else(|| display_path(&scope.root, dir));
                let msg = if let Some(ancestor) = err.loop_ancestor() {
                    format!("symlink loop: {path} points back to {}", display_path(&scope.root, ancestor))
                } else {
                    format!("cannot read {path}: {}", err.io_error().map(|e| e.to_string()).unwrap_or_else(|| err.to_string()))
                };
                diags.push(Diagnostic::error(msg).in_path(path).hint("remove the symlink loop or fix the permissions"));
            }
        }
    }
    diags.extend(refused.into_inner());
    out
}

/// Files that will be copied into the site must be readable now, so `check` finds what `build`
/// would fail on.
pub fn unreadable(scope: &Scope, files: &[&Path]) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    files
        .par_iter()
        .filter_map(|p| {
            let e = std::fs::File::open(p).err()?;
            let shown = display_path(&scope.root, p);
            Some(Diagnostic::error(format!("cannot read {shown}: {e}")).in_path(shown).hint("fix the file's permissions, or remove it"))
        })
        .collect()
}
