//! Staging folders left behind by builds that did not finish (killed, power cut): the next build
//! recognises them and removes them. A running build holds a lock on its staging folder, so a
//! folder is stale when nobody holds its lock and the process named in it no longer runs.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::manifest::{self, Manifest};

/// Locks a staging folder for as long as the returned handle lives (Linux: `flock` on the
/// folder; the kernel lets go when the process dies, however it dies).
pub fn lock(dir: &Path) -> Option<fs::File> {
    let handle = fs::File::open(dir).ok()?;
    try_lock(&handle).then_some(handle)
}

#[cfg(target_os = "linux")]
fn try_lock(handle: &fs::File) -> bool {
    use std::os::fd::AsRawFd;
    // SAFETY: flock on an open file descriptor we own; no memory is passed.
    unsafe { libc::flock(handle.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) == 0 }
}

#[cfg(not(target_os = "linux"))]
fn try_lock(_handle: &fs::File) -> bool {
    true
}

#[cfg(target_os = "linux")]
fn process_runs(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
    // SAFETY: signal 0 only asks whether the process exists; nothing is sent.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(target_os = "linux"))]
fn process_runs(pid: u32) -> bool {
    pid == std::process::id()
}

/// Whether the staging folder `dir`, made by process `pid`, belongs to a build that still runs.
/// Its lock decides; a folder created a moment ago may not be locked yet, so a young folder of a
/// running process counts as live too.
fn in_use(dir: &Path, pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let Some(_lock) = lock(dir) else { return true };
    let young =
        fs::metadata(dir).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok()).is_some_and(|age| age < Duration::from_secs(60));
    young && process_runs(pid)
}

/// The process id at the end of a name made by `prefix` + pid, if `name` is one.
fn pid_in(name: &str, prefix: &str) -> Option<u32> {
    name.strip_prefix(prefix)?.parse().ok()
}

/// Removes stale staging folders of `output`: those beside it (`.NAME.sonder-staging-PID`, and
/// `.NAME.sonder-old-PID` from a swap cut short) and those inside it (a symlinked output is built
/// in place). If the output itself is missing because a build died between the two renames of a
/// swap, its previous site is put back first.
pub fn clean(parent: &Path, name: &str, inside: Option<&Path>) {
    let staging = format!(".{name}.sonder-staging-");
    let old = format!(".{name}.sonder-old-");
    let output = parent.join(name);
    for (path, file) in entries(parent) {
        if let Some(pid) = pid_in(&file, &old) {
            if in_use(&path, pid) {
                continue;
            }
            if !output.exists() && fs::symlink_metadata(&output).is_err() && fs::rename(&path, &output).is_ok() {
                continue;
            }
            remove_stale(&path);
        } else if let Some(pid) = pid_in(&file, &staging) {
            if !in_use(&path, pid) {
                remove_stale(&path);
            }
        }
    }
    if let Some(dir) = inside {
        for (path, file) in entries(dir) {
            if pid_in(&file, manifest::STAGING_PREFIX).is_some_and(|pid| !in_use(&path, pid)) {
                remove_stale(&path);
            }
        }
    }
}

/// Removes the working folders (`super::WorkFolder`) named `prefix` + PID in `parent` whose run
/// has ended (Ctrl-C removes its own; a killed run leaves one behind).
pub fn clean_work_folders(parent: &Path, prefix: &str) {
    for (path, file) in entries(parent) {
        if pid_in(&file, prefix).is_some_and(|pid| !in_use(&path, pid)) {
            remove_stale(&path);
        }
    }
}

fn entries(dir: &Path) -> Vec<(PathBuf, String)> {
    let Ok(rd) = fs::read_dir(dir) else { return Vec::new() };
    rd.filter_map(Result::ok).map(|e| (e.path(), e.file_name().to_string_lossy().into_owned())).collect()
}

/// A stale folder with a manifest is a whole site (the previous one, swapped out, or a staged
/// one about to be swapped in): only its listed files go. One without a manifest is a staging
/// folder that only the build wrote into.
fn remove_stale(dir: &Path) {
    if !fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir()) {
        return;
    }
    match Manifest::read(dir) {
        Ok(Some(m)) => {
            manifest::remove_listed(dir, &m, true);
        }
        Ok(None) => super::remove_tree_in_parallel(dir),
        Err(_) => {}
    }
}
