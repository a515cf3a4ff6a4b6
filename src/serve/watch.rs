//! Watching the course sources with notify, and turning a burst of file events into one batch.
//!
//! Editors save in many ways: write in place (truncate, write, close), write a temp file and rename
//! it over the original, or move the original to a backup first. Events are collected until the
//! folder has been quiet for a moment; on Linux a file opened for writing is also waited for until
//! it is closed, so a half-written file is not read. Temp and backup names are filtered later.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind};
use notify::{Event, EventKind, RecursiveMode, Watcher as _};

/// Folders watched recursively, when they exist (and as soon as they appear).
pub const WATCHED_DIRS: [&str; 5] = ["content", "exercises", "static", "themes", "templates"];

/// How long the sources must be quiet before a rebuild starts.
const QUIET: Duration = Duration::from_millis(8);
/// How long to wait for a file still open for writing to be closed.
const WRITE_WAIT: Duration = Duration::from_millis(60);
/// A batch never waits longer than this.
const MAX_BATCH: Duration = Duration::from_millis(400);

pub struct Batch {
    pub paths: Vec<PathBuf>,
    /// Events were lost (queue overflow): rebuild everything.
    pub rescan: bool,
    /// When the first event of the batch arrived.
    pub first_event: Instant,
}

pub struct SourceWatcher {
    watcher: notify::RecommendedWatcher,
    rx: Receiver<notify::Result<Event>>,
    root: PathBuf,
    watched: HashSet<String>,
}

/// The trees of a course's other languages (`content.<code>`, `exercises.<code>`) at `root`.
fn translation_dirs(root: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(root) else { return Vec::new() };
    entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("content.") || n.starts_with("exercises."))
        .filter(|n| root.join(n).is_dir())
        .collect()
}

impl SourceWatcher {
    pub fn new(root: &Path) -> notify::Result<SourceWatcher> {
        let (tx, rx) = channel();
        let watcher = notify::recommended_watcher(move |res| {
            let _ = tx.send(res);
        })?;
        let mut w = SourceWatcher { watcher, rx, root: root.to_path_buf(), watched: HashSet::new() };
        // The root itself, not recursively: course.toml and the watched folders appearing.
        w.watcher.watch(root, RecursiveMode::NonRecursive)?;
        w.watch_new_dirs();
        Ok(w)
    }

    /// Starts watching source folders that exist now but were not watched yet.
    fn watch_new_dirs(&mut self) {
        let mut dirs: Vec<String> = WATCHED_DIRS.iter().map(|d| d.to_string()).collect();
        dirs.extend(translation_dirs(&self.root));
        dirs.extend(self.watched.iter().cloned());
        for d in dirs {
            let p = self.root.join(&d);
            let is_dir = p.is_dir();
            if is_dir && !self.watched.contains(&d) {
                if self.watcher.watch(&p, RecursiveMode::Recursive).is_ok() {
                    self.watched.insert(d);
                }
            } else if !is_dir && self.watched.remove(&d) {
                let _ = self.watcher.unwatch(&p);
            }
        }
    }

    /// Blocks until something changed, then returns the whole burst of changes.
    pub fn next_batch(&mut self) -> Option<Batch> {
        let mut paths = BTreeSet::new();
        let mut open_for_write = HashSet::new();
        let mut rescan = false;
        // Reads (the rebuild's own included) are not changes: wait for a real one.
        while paths.is_empty() && !rescan {
            let ev = self.rx.recv().ok()?;
            add(ev, &mut paths, &mut open_for_write, &mut rescan);
        }
        let first_event = Instant::now();
        loop {
            let wait = if open_for_write.is_empty() { QUIET } else { WRITE_WAIT };
            let left = MAX_BATCH.saturating_sub(first_event.elapsed());
            if left.is_zero() {
                break;
            }
            match self.rx.recv_timeout(wait.min(left)) {
                Ok(ev) => add(ev, &mut paths, &mut open_for_write, &mut rescan),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        // A watched folder created or removed at the root.
        if paths.iter().any(|p| p.parent() == Some(self.root.as_path())) {
            self.watch_new_dirs();
        }
        Some(Batch { paths: paths.into_iter().collect(), rescan, first_event })
    }
}

fn add(ev: notify::Result<Event>, paths: &mut BTreeSet<PathBuf>, open: &mut HashSet<PathBuf>, rescan: &mut bool) {
    let ev = match ev {
        Ok(ev) => ev,
        Err(_) => {
            *rescan = true;
            return;
        }
    };
    if ev.need_rescan() {
        *rescan = true;
    }
    match ev.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => {
            for p in &ev.paths {
                open.remove(p);
            }
        }
        // Reads do not change anything.
        EventKind::Access(_) => return,
        // On Linux a write is followed by a close event: wait for it.
        EventKind::Create(CreateKind::File) | EventKind::Modify(ModifyKind::Data(_)) if cfg!(target_os = "linux") => {
            open.extend(ev.paths.iter().cloned());
        }
        _ => {}
    }
    paths.extend(ev.paths);
}
