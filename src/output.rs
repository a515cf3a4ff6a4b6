//! Where files are written: a fresh staging folder beside the output, swapped in only when the
//! whole build succeeded, so a failed build leaves the previous site untouched.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::Asset;
use crate::render::Sink;

/// Writes files under a directory (creating parent folders as needed).
pub struct DirSink {
    pub dir: PathBuf,
}

impl DirSink {
    /// Creates the file, and its folder when that does not exist yet.
    fn create(&self, path: &str) -> io::Result<fs::File> {
        let target = self.dir.join(path);
        match fs::File::create(&target) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if let Some(parent) = target.parent() {
                    fs::create_dir_all(parent)?;
                }
                fs::File::create(&target)
            }
            created => created,
        }
    }
}

impl Sink for DirSink {
    fn put(&self, path: &str, bytes: Vec<u8>) -> io::Result<()> {
        self.create(path)?.write_all(&bytes)
    }

    fn put_with(&self, path: &str, write: &mut dyn FnMut(&mut dyn io::Write) -> io::Result<()>) -> io::Result<()> {
        let mut out = io::BufWriter::with_capacity(256 * 1024, self.create(path)?);
        write(&mut out)?;
        out.flush()
    }
}

fn canonical_or_absolute(p: &Path) -> PathBuf {
    if let Ok(c) = p.canonicalize() {
        return c;
    }
    // The output may not exist yet: canonicalize its parent and add the name back.
    match (p.parent(), p.file_name()) {
        (Some(parent), Some(name)) if !parent.as_os_str().is_empty() => canonical_or_absolute(parent).join(name),
        _ => std::env::current_dir().map(|d| d.join(p)).unwrap_or_else(|_| p.to_path_buf()),
    }
}

/// Refuses output folders whose replacement would destroy the course itself.
pub fn check_output_dir(root: &Path, output: &Path) -> Result<(), Diagnostic> {
    let root = canonical_or_absolute(root);
    let out = canonical_or_absolute(output);
    let protected = ["content", "exercises", "static", "themes", "templates"];
    let bad = root.starts_with(&out) || protected.iter().any(|p| out.starts_with(root.join(p)));
    if output.exists() && !output.is_dir() {
        return Err(Diagnostic::error(format!("refusing to use {} as the output folder: it is a file", output.display()))
            .hint("the output folder is replaced on every build; pick a folder name, e.g. --output public"));
    }
    // Every site sonder builds has an index.html; a non-empty folder without one is something else
    // (a .git folder, documents, another project) that replacing would destroy.
    let foreign = output.is_dir() && !output.join("index.html").is_file() && fs::read_dir(output).is_ok_and(|mut d| d.next().is_some());
    if foreign && !bad {
        return Err(Diagnostic::error(format!(
            "refusing to replace {}: it is not empty and does not look like a site sonder built (no index.html)",
            output.display()
        ))
        .hint(
            "the output folder is replaced as a whole on every build; empty or remove it, or pick another folder, e.g. --output public",
        ));
    }
    if bad {
        return Err(Diagnostic::error(format!("refusing to use {} as the output folder", output.display()))
            .hint("the output is replaced on every build, so it cannot be the course root, one of its parents, or a source folder (content/, exercises/, static/, themes/, templates/); use e.g. --output public"));
    }
    Ok(())
}

/// A staging folder next to `output`, removed when dropped unless it was swapped in.
pub struct Staging {
    pub dir: PathBuf,
    output: PathBuf,
    done: bool,
}

impl Staging {
    pub fn new(output: &Path) -> io::Result<Staging> {
        let parent = output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        fs::create_dir_all(parent)?;
        let name = output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
        let dir = parent.join(format!(".{name}.sonder-staging-{}", std::process::id()));
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
        fs::create_dir_all(&dir)?;
        mark_top_of_hierarchy(&dir);
        Ok(Staging { dir, output: output.to_path_buf(), done: false })
    }

    /// Replaces the output with the staged folder: the old one is renamed away first, then removed.
    pub fn swap_in(mut self) -> io::Result<()> {
        let parent = self.dir.parent().unwrap_or(Path::new(".")).to_path_buf();
        let old = parent.join(format!(
            ".{}.sonder-old-{}",
            self.output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            std::process::id()
        ));
        let had_old = self.output.exists();
        if had_old {
            if old.exists() {
                fs::remove_dir_all(&old)?;
            }
            fs::rename(&self.output, &old)?;
        }
        if let Err(e) = fs::rename(&self.dir, &self.output) {
            if had_old {
                let _ = fs::rename(&old, &self.output);
            }
            return Err(e);
        }
        self.done = true;
        if had_old {
            remove_tree_in_parallel(&old);
        }
        Ok(())
    }
}

/// Removes a folder, its subfolders on all cores: unlinking the previous output of a
/// 10,000-lesson course took a tenth of the build on one.
fn remove_tree_in_parallel(dir: &Path) {
    let entries: Vec<PathBuf> = fs::read_dir(dir).map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect()).unwrap_or_default();
    entries.par_iter().for_each(|p| {
        let _ = if p.is_dir() && !p.is_symlink() { fs::remove_dir_all(p) } else { fs::remove_file(p) };
    });
    let _ = fs::remove_dir_all(dir);
}

/// Tells ext4's Orlov allocator that `dir` is the top of a directory hierarchy (`chattr +T`), so
/// the module folders inside it go to block groups with free inodes instead of next to the
/// parent. Without it every file of a rebuild lands in the group that the previous output's
/// files were just deleted from, and on ext4 without a journal each new inode then scans past
/// all the recently deleted ones: 10,000 files took 4.3-4.7 s instead of 0.38 s on the
/// benchmark machine (bench/PROFILE.md). A hint only: other file systems refuse it, and that is fine.
#[cfg(target_os = "linux")]
fn mark_top_of_hierarchy(dir: &Path) {
    use std::os::fd::AsRawFd;
    const FS_TOPDIR_FL: libc::c_int = 0x0002_0000; // linux/fs.h; not exported by the libc crate
    let Ok(handle) = fs::File::open(dir) else { return };
    let mut flags: libc::c_int = 0;
    // SAFETY: both ioctls read or write one c_int through a pointer to a live local, on an open fd.
    unsafe {
        if libc::ioctl(handle.as_raw_fd(), libc::FS_IOC_GETFLAGS, &mut flags) == 0 && flags & FS_TOPDIR_FL == 0 {
            flags |= FS_TOPDIR_FL;
            libc::ioctl(handle.as_raw_fd(), libc::FS_IOC_SETFLAGS, &flags);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn mark_top_of_hierarchy(_dir: &Path) {}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Copies assets (files next to lessons, static/) into the site.
pub fn copy_assets(assets: &[Asset], sink: &dyn Sink) -> Diagnostics {
    let errors: Vec<Diagnostic> = assets
        .par_iter()
        .filter_map(|a| {
            let r = fs::read(&a.source).and_then(|bytes| sink.put(&a.output, bytes));
            r.err().map(|e| Diagnostic::error(format!("cannot copy {} to {}: {e}", a.source.display(), a.output)))
        })
        .collect();
    Diagnostics { items: errors }
}
