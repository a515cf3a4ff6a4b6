//! `.sonder-manifest`: the list of files sonder wrote into an output folder. A build replaces,
//! overwrites or deletes only files listed there, so nothing it did not write is ever lost.
//!
//! The format is plain text: a header line, then one path per line, relative to the folder, with
//! `/` between folders. `\`, line breaks and bytes that are not UTF-8 are escaped (`\\`, `\n`,
//! `\r`, `\xNN`), so every file name the file system allows has exactly one line.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

/// The manifest's file name, at the top of the output folder.
pub const FILE: &str = ".sonder-manifest";
const HEADER: &str = "# sonder manifest v1: the files sonder wrote in this folder; a build replaces or deletes only these. Do not edit.";

/// The prefix of staging folders inside an output folder (a symlinked output is built in place).
pub const STAGING_PREFIX: &str = ".sonder-staging-";

/// The files listed in a manifest, as escaped relative paths (see the module comment).
#[derive(Debug, Default, Clone)]
pub struct Manifest {
    pub files: HashSet<String>,
}

impl Manifest {
    /// Reads `dir/.sonder-manifest`: `None` when there is none, or when it is not a manifest (a file
    /// of that name that sonder did not write lists nothing).
    pub fn read(dir: &Path) -> io::Result<Option<Manifest>> {
        let text = match fs::read(dir.join(FILE)) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        let mut lines = text.lines();
        if lines.next() != Some(HEADER) {
            return Ok(None);
        }
        // A line that does not name a file inside the folder (`..`, an absolute path) is ignored:
        // an edited manifest must not make a build delete anything outside the output.
        let files = lines.filter(|l| decode(l).is_some()).map(str::to_string).collect();
        Ok(Some(Manifest { files }))
    }

    /// Writes `dir/.sonder-manifest` listing `files` (escaped paths), atomically: a build killed
    /// half-way leaves the previous manifest or the new one, never half of one.
    pub fn write(dir: &Path, files: &[&String]) -> io::Result<()> {
        let mut sorted: Vec<&String> = files.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        let mut text = String::with_capacity(HEADER.len() + sorted.iter().map(|f| f.len() + 1).sum::<usize>() + 1);
        text.push_str(HEADER);
        text.push('\n');
        for f in sorted {
            text.push_str(f);
            text.push('\n');
        }
        let temp = dir.join(format!("{FILE}.tmp-{}", std::process::id()));
        let mut out = fs::File::create(&temp)?;
        out.write_all(text.as_bytes())?;
        out.sync_all()?;
        drop(out);
        fs::rename(&temp, dir.join(FILE))
    }
}

/// Every file under `dir` (anything that is not a folder: symlinks and special files too), as
/// escaped relative paths. Symlinks are listed, never followed. Staging folders at the top
/// (`.sonder-staging-*`) and the manifest itself are left out.
pub fn files_under(dir: &Path) -> io::Result<Vec<String>> {
    let mut out = Vec::new();
    let walker = walkdir::WalkDir::new(dir).min_depth(1).follow_links(false).into_iter();
    let walker = walker.filter_entry(|e| e.depth() != 1 || !is_own_top_entry(e.file_name()));
    for entry in walker {
        let entry = entry.map_err(|e| e.into_io_error().unwrap_or_else(|| io::Error::other("cannot list the output folder")))?;
        if !entry.file_type().is_dir() {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            out.push(encode(rel));
        }
    }
    Ok(out)
}

/// The manifest, its temporary twin, and staging folders: sonder's own bookkeeping at the top of
/// an output folder, never content.
fn is_own_top_entry(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name == FILE || name.starts_with(&format!("{FILE}.tmp-")) || name.starts_with(STAGING_PREFIX)
}

/// What an existing output folder holds, compared with its manifest.
#[derive(Debug, Default)]
pub struct Inventory {
    /// The manifest of the previous build, if the folder has one.
    pub manifest: Option<Manifest>,
    /// Files that are not in the manifest (all of them when there is none), sorted.
    pub foreign: Vec<String>,
}

/// Lists `dir` against its manifest. A folder that does not exist holds nothing.
pub fn inventory(dir: &Path) -> io::Result<Inventory> {
    if !dir.exists() {
        return Ok(Inventory::default());
    }
    let manifest = Manifest::read(dir)?;
    let mut foreign: Vec<String> = files_under(dir)?;
    if let Some(m) = &manifest {
        foreign.retain(|f| !m.files.contains(f));
    }
    // A manifest that is not sonder's is itself something sonder did not write.
    if manifest.is_none() && dir.join(FILE).exists() {
        foreign.push(FILE.to_string());
    }
    foreign.sort_unstable();
    Ok(Inventory { manifest, foreign })
}

/// Deletes the files of `dir` that `manifest` lists, walking the folder without following
/// symlinks (so a listed path behind a symlinked folder is never reached), then the folders they
/// leave empty. With `whole`, `dir` is a retired site: its manifest and every empty folder go too,
/// `dir` included. Returns whether `dir` is gone (it stays when it holds files sonder did not write).
pub fn remove_listed(dir: &Path, manifest: &Manifest, whole: bool) -> bool {
    use rayon::prelude::*;
    let listed: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .follow_links(false)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .filter(|e| manifest.files.contains(&encode(e.path().strip_prefix(dir).unwrap_or(e.path()))))
        .map(|e| e.into_path())
        .collect();
    listed.par_iter().for_each(|p| {
        let _ = fs::remove_file(p);
    });
    if whole {
        let _ = fs::remove_file(dir.join(FILE));
        let folders = walkdir::WalkDir::new(dir).follow_links(false).contents_first(true).into_iter().filter_map(Result::ok);
        for e in folders.filter(|e| e.file_type().is_dir()) {
            let _ = fs::remove_dir(e.path());
        }
        return !dir.exists();
    }
    // Only folders emptied here, deepest first: the folder's own empty folders are not sonder's to remove.
    let mut parents: Vec<&Path> = listed.iter().filter_map(|p| p.parent()).filter(|p| p.starts_with(dir) && *p != dir).collect();
    parents.sort_unstable_by_key(|p| std::cmp::Reverse(p.components().count()));
    parents.dedup();
    for p in parents {
        for folder in p.ancestors().take_while(|a| *a != dir) {
            if fs::remove_dir(folder).is_err() {
                break;
            }
        }
    }
    false
}

/// The escaped form of a relative path (see the module comment).
pub fn encode(rel: &Path) -> String {
    let mut out = String::new();
    for (i, part) in rel.components().enumerate() {
        if i > 0 {
            out.push('/');
        }
        escape_into(&mut out, part.as_os_str());
    }
    out
}

#[cfg(unix)]
fn escape_into(out: &mut String, part: &std::ffi::OsStr) {
    use std::os::unix::ffi::OsStrExt;
    for chunk in part.as_bytes().utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                c => out.push(c),
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
}

#[cfg(not(unix))]
fn escape_into(out: &mut String, part: &std::ffi::OsStr) {
    for c in part.to_string_lossy().chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

/// The relative path an escaped line names, or `None` when it is not a plain path inside the
/// folder (empty, absolute, `.` or `..` parts, a bad escape).
pub fn decode(line: &str) -> Option<PathBuf> {
    let mut bytes = Vec::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match chars.next()? {
            '\\' => bytes.push(b'\\'),
            'n' => bytes.push(b'\n'),
            'r' => bytes.push(b'\r'),
            'x' => {
                let hex: String = [chars.next()?, chars.next()?].iter().collect();
                bytes.push(u8::from_str_radix(&hex, 16).ok()?);
            }
            _ => return None,
        }
    }
    let path = path_from_bytes(bytes)?;
    let plain = path.components().all(|c| matches!(c, Component::Normal(_)));
    (plain && path.components().next().is_some() && !line.starts_with('/')).then_some(path)
}

#[cfg(unix)]
fn path_from_bytes(bytes: Vec<u8>) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStringExt;
    Some(PathBuf::from(std::ffi::OsString::from_vec(bytes)))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: Vec<u8>) -> Option<PathBuf> {
    String::from_utf8(bytes).ok().map(PathBuf::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip_and_escapes_stay_inside() {
        for p in ["index.html", "m/a b.png", "a\\b", "line\nbreak", "x/y/z.css"] {
            assert_eq!(decode(&encode(Path::new(p))).as_deref(), Some(Path::new(p)), "{p:?}");
        }
        for bad in ["", "/etc/passwd", "../x", "a/../../b", "./a", "a\\q", "a\\x4"] {
            assert_eq!(decode(bad), None, "{bad:?}");
        }
    }
}
