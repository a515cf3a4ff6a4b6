//! Big output folders written through small fresh folders, on ext4 without a journal, where a
//! rebuilt folder of N files would otherwise cost time in N squared (bench/PROFILE.md section 9).
//!
//! There, ext4 does not hand out an inode freed in the last ~35 seconds: every new file's
//! allocation walks its block group's free inodes from the start and looks each one up in the
//! inode table, skipping the recently freed ones. A new file goes to its folder's block group, and
//! a rebuilt folder lands where its deleted predecessor was (the allocator makes the same choice
//! on the same free space, whatever the folder is called), so after `rm -rf public` each file of
//! a folder of N files walks past about N freed inodes. 20,000 lessons in one module built in
//! 8.9 s against 1.4 s for the same bytes in 100 modules.
//!
//! The staging folder is marked as the top of a hierarchy (`super::mark_top_of_hierarchy`), so
//! each folder made directly inside it gets a block group of its own. The first `DIRECT` files of
//! a folder are written in place; the rest are written `PART_FILES` at a time into such fresh
//! folders (`.sonder-part-N`) and moved to their folder (a rename keeps the inode where it is)
//! before the site is published. A new inode then walks past at most about `PART_FILES` freed
//! ones. The part folders live inside the staging folder, so whatever removes a staging folder
//! (a failed build, Ctrl-C, the next build after a crash) removes them too.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rayon::prelude::*;

/// Files a folder gets in place before the rest go through part folders: ordinary module folders
/// (up to ~100 lessons) are written as before, at no cost.
const DIRECT: usize = 128;
/// Files per part folder. Smaller parts mean shorter walks and more folders; 10 to 50 measured
/// the same (bench/PROFILE.md section 9), 200 was twice as slow.
const PART_FILES: usize = 32;
/// The name of a part folder, followed by its number, directly inside the staging folder.
pub const PART_PREFIX: &str = ".sonder-part-";

/// Decides where each file of a build is written, and moves the parted ones into place at the end.
#[derive(Default)]
pub struct Spreader {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// Per output folder ("" is the top, "m", "assets/search"), what it has received so far.
    folders: HashMap<String, Folder>,
    /// Every part folder made, in order (`PART_PREFIX` + index).
    parts: Vec<Part>,
    /// Where each file written into a part folder is, so a file written twice replaces itself.
    placed: HashMap<String, PathBuf>,
}

#[derive(Default)]
struct Folder {
    files: usize,
    /// The part folder being filled for it (an index into `State::parts`).
    filling: Option<usize>,
}

struct Part {
    dir: PathBuf,
    /// The output folder its files belong in, relative to the staging folder.
    folder: String,
    files: usize,
}

impl Spreader {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Where to create the file `path` (relative to `dir`, the staging folder): in place, or in
    /// a part folder, which is made here when a new one is needed.
    pub fn place(&self, dir: &Path, path: &str) -> io::Result<PathBuf> {
        let mut state = self.state();
        if let Some(at) = state.placed.get(path) {
            return Ok(at.clone());
        }
        let (folder, name) = path.rsplit_once('/').unwrap_or(("", path));
        let State { folders, parts, placed } = &mut *state;
        let entry = folders.entry(folder.to_string()).or_default();
        entry.files += 1;
        if entry.files <= DIRECT {
            return Ok(dir.join(path));
        }
        let index = match entry.filling {
            Some(i) if parts[i].files < PART_FILES => i,
            _ => {
                let part_dir = dir.join(format!("{PART_PREFIX}{}", parts.len()));
                // Not create_dir_all: after a Ctrl-C has removed the staging folder it must stay gone.
                fs::create_dir(&part_dir)?;
                parts.push(Part { dir: part_dir, folder: folder.to_string(), files: 0 });
                entry.filling = Some(parts.len() - 1);
                parts.len() - 1
            }
        };
        parts[index].files += 1;
        let at = parts[index].dir.join(name);
        placed.insert(path.to_string(), at.clone());
        Ok(at)
    }

    /// Moves every file written into a part folder to its folder under `dir`, and removes the
    /// part folders. A file written in place and again later (into a part) is replaced by the
    /// later one, as an overwrite would.
    pub fn settle(&self, dir: &Path) -> io::Result<()> {
        let parts = {
            let mut state = self.state();
            state.placed.clear();
            state.folders.clear();
            std::mem::take(&mut state.parts)
        };
        parts.par_iter().try_for_each(|part| {
            let to = dir.join(&part.folder);
            for entry in fs::read_dir(&part.dir)? {
                let entry = entry?;
                fs::rename(entry.path(), to.join(entry.file_name()))?;
            }
            fs::remove_dir(&part.dir)
        })
    }
}

/// Whether new files under `dir` skip recently freed inodes one by one: `dir` is on ext2/3/4
/// mounted without a journal (with one, freed inodes are reused at once). Anything that cannot be
/// told (another system, no /sys) counts as no.
#[cfg(target_os = "linux")]
pub fn needed(dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = fs::metadata(dir) else { return false };
    let (major, minor) = (libc::major(meta.dev()), libc::minor(meta.dev()));
    // The block device's name, as ext4 names its folder in /sys/fs/ext4 (e.g. "sda1", "dm-0").
    let Ok(device) = fs::read_link(format!("/sys/dev/block/{major}:{minor}")) else { return false };
    let Some(name) = device.file_name() else { return false };
    let journal = fs::read_to_string(Path::new("/sys/fs/ext4").join(name).join("journal_task"));
    journal.is_ok_and(|task| task.trim() == "<none>")
}

#[cfg(not(target_os = "linux"))]
pub fn needed(_dir: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(spreader: &Spreader, dir: &Path, path: &str, text: &str) {
        let at = spreader.place(dir, path).unwrap();
        if let Some(parent) = at.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(at, text).unwrap();
    }

    #[test]
    fn a_big_folder_goes_through_parts_and_ends_in_place() {
        let holder = tempfile::tempdir().unwrap();
        let tmp = holder.path();
        let spreader = Spreader::default();
        let n = DIRECT + 3 * PART_FILES + 5;
        for i in 0..n {
            write(&spreader, tmp, &format!("m/l{i}.html"), &format!("lesson {i}"));
        }
        write(&spreader, tmp, "index.html", "home");
        write(&spreader, tmp, "a/b/c.js", "deep");
        // Written twice: once in place (the first), once through a part (the last of the folder).
        write(&spreader, tmp, "m/l0.html", "lesson 0 again");
        write(&spreader, tmp, &format!("m/l{}.html", n - 1), "last again");
        let parts =
            fs::read_dir(tmp).unwrap().filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with(PART_PREFIX)).count();
        assert_eq!(parts, 4, "files past the first {DIRECT} go {PART_FILES} to a part folder");
        spreader.settle(tmp).unwrap();

        let mut top: Vec<String> = fs::read_dir(tmp).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        top.sort();
        assert_eq!(top, ["a", "index.html", "m"], "no part folder is left");
        assert_eq!(fs::read_dir(tmp.join("m")).unwrap().count(), n);
        for i in 1..n - 1 {
            assert_eq!(fs::read_to_string(tmp.join(format!("m/l{i}.html"))).unwrap(), format!("lesson {i}"));
        }
        assert_eq!(fs::read_to_string(tmp.join("m/l0.html")).unwrap(), "lesson 0 again");
        assert_eq!(fs::read_to_string(tmp.join(format!("m/l{}.html", n - 1))).unwrap(), "last again");
        assert_eq!(fs::read_to_string(tmp.join("a/b/c.js")).unwrap(), "deep");
    }
}
