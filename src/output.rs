//! Where files are written, and the only code that replaces or deletes anything in the output.
//!
//! A build writes into a fresh staging folder and publishes it only when the whole build
//! succeeded, so a failed build leaves the previous site untouched. Each published site lists
//! the files sonder wrote in `.sonder-manifest` (`manifest`), and a build replaces or cleans an
//! output folder only when every file in it is listed there: files sonder did not write stop the
//! build, or with `--force` are kept. A symlinked output is followed, never replaced.

mod manifest;
mod spread;
mod stale;

use std::collections::HashSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::Asset;
use crate::render::Sink;

pub use manifest::{Manifest, FILE as MANIFEST};

/// Set by `interrupt`: writers stop, and no staging folder is published any more.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// Set once a build's new site is in place (an interrupt then no longer leaves the previous one).
static PUBLISHED: AtomicBool = AtomicBool::new(false);
/// The staging folders of builds in progress. Publishing holds this lock throughout, so an
/// interrupt waits for a publish to finish rather than leave half of one.
static ACTIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn active() -> MutexGuard<'static, Vec<PathBuf>> {
    ACTIVE.lock().unwrap_or_else(|e| e.into_inner())
}

/// For a Ctrl-C (SIGINT/SIGTERM) handler: stops the build's writers and removes its staging
/// folders. Returns whether the previous site is unchanged (false when the new one was already
/// published; a publish under way is waited for).
pub fn interrupt() -> bool {
    INTERRUPTED.store(true, Ordering::SeqCst);
    let mut dirs = active();
    for dir in dirs.drain(..) {
        // Writers that were past their check may still add a file or two (never the folder
        // itself: `DirSink` does not create it): try again until it stays gone.
        let mut gone_in_a_row = 0;
        for _ in 0..100 {
            if fs::remove_dir_all(&dir).is_ok() || !dir.exists() {
                gone_in_a_row += 1;
                if gone_in_a_row == 3 {
                    break;
                }
            } else {
                gone_in_a_row = 0;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
    !PUBLISHED.load(Ordering::SeqCst)
}

/// A working folder (`sonder package`'s, beside its zip) that only this run writes into: locked
/// while the run lives, removed by `interrupt`, and removed by a later run once stale (its
/// process has ended: `.NAME.<kind>-PID` beside `NAME`). Dropping it removes it.
pub struct WorkFolder {
    pub dir: PathBuf,
    _lock: Option<fs::File>,
}

impl WorkFolder {
    /// `.NAME.<kind>-PID` beside `target` (which is `parent/NAME`), emptied if it exists, after
    /// removing the stale ones of runs that died.
    pub fn beside(target: &Path, kind: &str) -> io::Result<WorkFolder> {
        let parent = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        stale::clean_work_folders(parent, &format!(".{name}.{kind}-"));
        let dir = parent.join(format!(".{name}.{kind}-{}", std::process::id()));
        make_empty_folder(&dir)?;
        let lock = stale::lock(&dir);
        let mut dirs = active();
        if INTERRUPTED.load(Ordering::SeqCst) {
            let _ = fs::remove_dir_all(&dir);
            return Err(interrupted_error());
        }
        dirs.push(dir.clone());
        Ok(WorkFolder { dir, _lock: lock })
    }
}

impl Drop for WorkFolder {
    fn drop(&mut self) {
        let mut dirs = active();
        dirs.retain(|d| d != &self.dir);
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn interrupted_error() -> io::Error {
    io::Error::new(io::ErrorKind::Interrupted, "the build was interrupted")
}

/// Writes files under a directory (creating parent folders as needed).
pub struct DirSink {
    pub dir: PathBuf,
    /// Set for a staging folder on ext4 without a journal: big folders are written through part
    /// folders, and `settle` puts their files in place (`spread`).
    spread: Option<spread::Spreader>,
}

impl DirSink {
    /// Writes each file straight to its path under `dir`.
    pub fn new(dir: PathBuf) -> DirSink {
        DirSink { dir, spread: None }
    }

    /// Puts every file in its place (files of big folders may be in part folders until then).
    /// Called before the folder is published or read.
    pub fn settle(&self) -> io::Result<()> {
        match &self.spread {
            Some(spreader) => spreader.settle(&self.dir),
            None => Ok(()),
        }
    }

    /// Creates the file, and its folder when that does not exist yet.
    fn create(&self, path: &str) -> io::Result<fs::File> {
        if INTERRUPTED.load(Ordering::Relaxed) {
            return Err(interrupted_error());
        }
        let target = match &self.spread {
            Some(spreader) => spreader.place(&self.dir, path)?,
            None => self.dir.join(path),
        };
        match fs::File::create(&target) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                self.create_folders_for(path)?;
                fs::File::create(&target)
            }
            created => created,
        }
    }

    /// The folders of `path` below `dir`, never `dir` itself: a writer that passed its interrupt
    /// check just before Ctrl-C removed the staging folder must not make it again.
    fn create_folders_for(&self, path: &str) -> io::Result<()> {
        let mut folder = self.dir.clone();
        let mut parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        parts.pop();
        for part in parts {
            folder.push(part);
            match fs::create_dir(&folder) {
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                other => other?,
            }
        }
        Ok(())
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
fn check_not_the_course(root: &Path, output: &Path) -> Result<(), Diagnostic> {
    let root = canonical_or_absolute(root);
    let out = canonical_or_absolute(output);
    let protected = ["content", "exercises", "static", "themes", "templates"];
    if root.starts_with(&out) || protected.iter().any(|p| out.starts_with(root.join(p))) {
        return Err(Diagnostic::error(format!("refusing to use {} as the output folder", output.display()))
            .hint("the output is replaced on every build, so it cannot be the course root, one of its parents, or a source folder (content/, exercises/, static/, themes/, templates/); use e.g. --output public"));
    }
    Ok(())
}

/// Where a build's output goes.
struct Place {
    /// The folder that holds the site: the output itself, or where a symlinked output points.
    target: PathBuf,
    /// The output is a symlink (to `target`): it is followed, and the site is updated in place.
    linked: bool,
}

/// Resolves the output path: a folder (or nothing yet) is used as is; a symlink to a folder is
/// followed; anything else is refused.
fn locate(root: &Path, output: &Path) -> Result<Place, Diagnostic> {
    let refuse = |why: String| {
        Diagnostic::error(format!("refusing to use {} as the output folder: {why}", output.display())).hint(
            "the output must be a folder (or a symlink to one) that sonder builds the site into; pick a folder name, e.g. --output public",
        )
    };
    let place = match fs::symlink_metadata(output) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Place { target: output.to_path_buf(), linked: false }),
        Err(e) => Err(refuse(format!("cannot read it ({e})"))),
        Ok(m) if m.is_dir() => Ok(Place { target: output.to_path_buf(), linked: false }),
        Ok(m) if m.file_type().is_symlink() => match fs::canonicalize(output) {
            Ok(target) if target.is_dir() => Ok(Place { target, linked: true }),
            Ok(target) => Err(refuse(format!("it is a symlink to {}, which is a file", target.display()))),
            Err(_) => {
                let to = fs::read_link(output).map(|t| t.display().to_string()).unwrap_or_default();
                Err(Diagnostic::error(format!("the output {} is a symlink to {to}, which does not exist", output.display()))
                    .hint("create the folder it points to (sonder follows the symlink and builds into that folder), or remove the symlink"))
            }
        },
        Ok(_) => Err(refuse("it is a file".into())),
    }?;
    check_not_the_course(root, output)?;
    Ok(place)
}

/// The error for an output folder that holds files sonder did not write.
fn foreign_files_error(output: &Path, found: &manifest::Inventory) -> Diagnostic {
    const SHOWN: usize = 5;
    let mut names: Vec<String> = found.foreign.iter().take(SHOWN).cloned().collect();
    if found.foreign.len() > SHOWN {
        names.push(format!("and {} more", found.foreign.len() - SHOWN));
    }
    let mut hint = format!(
        "a build replaces or deletes only the files it listed in {MANIFEST} when it wrote them. Move these files elsewhere or choose another \
         output folder (--output DIR); or pass --force to build into this folder anyway: your files are kept, and only those at a path the site \
         uses are overwritten"
    );
    if found.manifest.is_none() && output.join("index.html").is_file() {
        hint.push_str(". If this is a site built by an earlier sonder, which kept no manifest, delete the folder once");
    }
    Diagnostic::error(format!("refusing to build into {}: it holds files sonder did not write: {}", output.display(), names.join(", ")))
        .hint(hint)
}

/// How a finished build reaches the output.
enum Publish {
    /// The staging folder, beside the output, is swapped with it in one rename (the output is
    /// absent, or a folder of sonder's files only).
    Swap { output: PathBuf },
    /// The staging folder is inside `target` and its files are moved over the previous build's:
    /// for a symlinked output (the link and the folder it names stay), or with `--force` over
    /// files sonder did not write (they stay).
    InPlace { target: PathBuf, previous: Manifest },
}

/// A staging folder for one build, removed when dropped unless it was published.
pub struct Staging {
    pub dir: PathBuf,
    /// Writes the build's files into `dir`.
    sink: DirSink,
    publish: Publish,
    /// Held for the build's lifetime: a staging folder nobody holds is stale (`stale`).
    _lock: Option<fs::File>,
    done: bool,
}

impl Staging {
    /// Checks the output (`root` is the course, which it may not overwrite), removes stale staging
    /// folders of builds that died, and makes an empty staging folder. Files in the output that
    /// sonder did not write are an error unless `force`.
    pub fn new(root: &Path, output: &Path, force: bool) -> Result<Staging, Diagnostic> {
        // `public/` and `public` are the same output; the trailing slash would make a symlink look like its folder.
        let output: PathBuf = output.components().collect();
        let place = locate(root, &output)?;
        let parent = output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf();
        let name = output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
        stale::clean(&parent, &name, place.linked.then_some(place.target.as_path()));
        let found = manifest::inventory(&place.target)
            .map_err(|e| Diagnostic::error(format!("cannot read the output folder {}: {e}", output.display())))?;
        if !found.foreign.is_empty() && !force {
            return Err(foreign_files_error(&output, &found));
        }
        let (dir, publish) = if place.linked || !found.foreign.is_empty() {
            let previous = found.manifest.unwrap_or_default();
            (
                place.target.join(format!("{}{}", manifest::STAGING_PREFIX, std::process::id())),
                Publish::InPlace { target: place.target, previous },
            )
        } else {
            (parent.join(format!(".{name}.sonder-staging-{}", std::process::id())), Publish::Swap { output: output.clone() })
        };
        let created = fs::create_dir_all(&parent).and_then(|()| make_empty_folder(&dir));
        created.map_err(|e| Diagnostic::error(format!("cannot create a staging folder beside {}: {e}", output.display())))?;
        let lock = stale::lock(&dir);
        mark_top_of_hierarchy(&dir);
        let mut dirs = active();
        if INTERRUPTED.load(Ordering::SeqCst) {
            let _ = fs::remove_dir_all(&dir);
            return Err(Diagnostic::error("the build was interrupted"));
        }
        dirs.push(dir.clone());
        let sink = DirSink { dir: dir.clone(), spread: spread::needed(&dir).then(spread::Spreader::default) };
        Ok(Staging { dir, sink, publish, _lock: lock, done: false })
    }

    /// Where the build writes its files.
    pub fn sink(&self) -> &DirSink {
        &self.sink
    }

    /// Publishes the staged site (see `Publish`); the output's previous files that the new site
    /// does not have are deleted only if the previous build listed them.
    pub fn swap_in(mut self) -> io::Result<()> {
        // Before taking the lock: moving 20,000 files takes a moment, and a Ctrl-C meanwhile
        // removes the staging folder (the moves then fail, and nothing is published).
        self.sink.settle()?;
        let mut dirs = active();
        if INTERRUPTED.load(Ordering::SeqCst) {
            return Err(interrupted_error());
        }
        let written = manifest::files_under(&self.dir)?;
        match &self.publish {
            Publish::Swap { output } => {
                Manifest::write(&self.dir, &written.iter().collect::<Vec<_>>())?;
                swap(&self.dir, output)?;
            }
            Publish::InPlace { target, previous } => update_in_place(&self.dir, target, previous, &written)?,
        }
        self.done = true;
        PUBLISHED.store(true, Ordering::SeqCst);
        dirs.retain(|d| d != &self.dir);
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_dir_all(&self.dir);
            active().retain(|d| d != &self.dir);
        }
    }
}

fn make_empty_folder(dir: &Path) -> io::Result<()> {
    if dir.exists() {
        fs::remove_dir_all(dir)?;
    }
    fs::create_dir_all(dir)
}

/// Puts the staged folder in place of `output` and retires the previous site. On Linux the two
/// folders trade places in one atomic rename (RENAME_EXCHANGE), so the output is never missing;
/// elsewhere, or where the file system refuses, the old one is renamed away first.
fn swap(staged: &Path, output: &Path) -> io::Result<()> {
    if fs::symlink_metadata(output).is_err() {
        return fs::rename(staged, output);
    }
    if exchange(staged, output)? {
        // `staged` now holds the previous site.
        retire(staged, output);
        return Ok(());
    }
    let name = output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let old = staged.with_file_name(format!(".{name}.sonder-old-{}", std::process::id()));
    fs::rename(output, &old)?;
    if let Err(e) = fs::rename(staged, output) {
        let _ = fs::rename(&old, output);
        return Err(e);
    }
    retire(&old, output);
    Ok(())
}

/// Swaps two paths atomically; false when the system cannot (the caller falls back).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| std::ffi::CString::new(p.as_os_str().as_bytes()).map_err(|_| io::Error::other("a path holds a NUL byte"));
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: two NUL-terminated paths that live across the call; no other memory is touched.
    let r = unsafe { libc::renameat2(libc::AT_FDCWD, a.as_ptr(), libc::AT_FDCWD, b.as_ptr(), libc::RENAME_EXCHANGE) };
    if r == 0 {
        return Ok(true);
    }
    let e = io::Error::last_os_error();
    match e.raw_os_error() {
        Some(libc::EINVAL | libc::ENOSYS | libc::EOPNOTSUPP) => Ok(false),
        _ => Err(e),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> io::Result<bool> {
    Ok(false)
}

/// Deletes a previous site that was swapped out: only the files its manifest lists. Anything
/// else (a file added while the build ran) is kept, in a folder beside the output named after it.
fn retire(old: &Path, output: &Path) {
    let listed = Manifest::read(old).ok().flatten().unwrap_or_default();
    manifest::remove_listed(old, &listed, true);
    if old.exists() {
        let name = output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let _ = fs::rename(old, old.with_file_name(format!("{name}.kept-{}", std::process::id())));
    }
}

/// Moves the staged files into `target` over the previous build's, then deletes the previous
/// build's files that this one did not write. The manifest lists both while files move, so a
/// build cut short leaves no file of sonder's unlisted.
fn update_in_place(staged: &Path, target: &Path, previous: &Manifest, written: &[String]) -> io::Result<()> {
    let both: Vec<&String> = previous.files.iter().chain(written).collect();
    Manifest::write(target, &both)?;
    move_into(staged, target, previous, Path::new(""))?;
    let now: HashSet<&String> = written.iter().collect();
    let gone = Manifest { files: previous.files.iter().filter(|f| !now.contains(f)).cloned().collect() };
    manifest::remove_listed(target, &gone, false);
    Manifest::write(target, &written.iter().collect::<Vec<_>>())?;
    let _ = fs::remove_dir_all(staged);
    Ok(())
}

/// Moves every entry of `from` into `to` (`rel` is `from` relative to the staging folder): a
/// folder that is new moves in one rename, a file replaces its predecessor atomically.
fn move_into(from: &Path, to: &Path, previous: &Manifest, rel: &Path) -> io::Result<()> {
    let entries: Vec<fs::DirEntry> = fs::read_dir(from)?.collect::<io::Result<_>>()?;
    entries.par_iter().try_for_each(|entry| {
        let src = entry.path();
        let dst = to.join(entry.file_name());
        let rel = rel.join(entry.file_name());
        let is_dir = entry.file_type()?.is_dir();
        match fs::symlink_metadata(&dst) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => fs::rename(&src, &dst),
            Err(e) => Err(e),
            Ok(m) if m.is_dir() && is_dir => move_into(&src, &dst, previous, &rel),
            Ok(m) if m.is_dir() => {
                // A folder of the previous site where this one has a file: only sonder's files go.
                let prefix = format!("{}/", manifest::encode(&rel));
                let inside =
                    Manifest { files: previous.files.iter().filter_map(|f| f.strip_prefix(&prefix)).map(str::to_string).collect() };
                if !manifest::remove_listed(&dst, &inside, true) {
                    return Err(io::Error::other(format!(
                        "cannot write {}: a folder with files sonder did not write is in the way",
                        dst.display()
                    )));
                }
                fs::rename(&src, &dst)
            }
            Ok(_) => {
                if is_dir {
                    fs::remove_file(&dst)?;
                }
                fs::rename(&src, &dst)
            }
        }
    })
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
