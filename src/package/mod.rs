//! `sonder package`: the course as one SCORM 1.2 or 2004 zip for a learning management system.
//!
//! The site is built by the ordinary pipeline (`site::build`) into a working folder; this stage
//! only adds the launch page (`launch`) and the manifest (`manifest`), and zips the lot. The
//! zip is written beside its final name and renamed into place, so a failed run leaves any
//! previous package untouched.

pub mod launch;
pub mod manifest;

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::MANIFEST;
use crate::site::{self, BuildOptions, BuildReport};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScormVersion {
    V12,
    V2004,
}

impl ScormVersion {
    /// As written on the command line and in the launch page: "1.2" or "2004".
    pub fn label(self) -> &'static str {
        match self {
            ScormVersion::V12 => "1.2",
            ScormVersion::V2004 => "2004",
        }
    }

    /// The default file name: `<course id>-scorm12.zip` or `<course id>-scorm2004.zip`.
    pub fn default_file_name(self, course_id: &str) -> String {
        match self {
            ScormVersion::V12 => format!("{course_id}-scorm12.zip"),
            ScormVersion::V2004 => format!("{course_id}-scorm2004.zip"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct PackageOptions {
    pub version: ScormVersion,
    /// The zip to write (default: `default_file_name` in the current folder).
    pub out: Option<PathBuf>,
    pub deny_warnings: bool,
}

#[derive(Debug)]
pub struct PackageReport {
    pub build: BuildReport,
    pub zip: PathBuf,
    /// Files in the zip, the manifest included.
    pub files: usize,
    pub bytes: u64,
}

/// The launch page's name at the package root. A site file of that name is refused, not replaced.
pub const LAUNCH_PAGE: &str = "scorm-launch.html";

/// Builds the course at `root` and writes it as a SCORM package.
pub fn package(root: &Path, opts: &PackageOptions) -> Result<PackageReport, Diagnostics> {
    // The course id names the default zip, so it is read before anything is built.
    let (checked, diags) = site::check(root, &site::SiteOptions::default());
    let Some(site) = checked else { return Err(diags) };
    let course = &site.course;
    let zip_path = opts.out.clone().unwrap_or_else(|| PathBuf::from(opts.version.default_file_name(&course.config.id)));
    if zip_path.is_dir() {
        return Err(Diagnostic::error(format!("cannot write the package to {}: it is a folder", zip_path.display()))
            .hint(format!("name a file, e.g. --out {}", opts.version.default_file_name(&course.config.id)))
            .into());
    }
    // Beside the zip (same file system, so the zip is renamed into place); removed when dropped,
    // on Ctrl-C, or by the next run if this one is killed.
    let work = crate::output::WorkFolder::beside(&zip_path, "sonder-package")
        .map_err(|e| Diagnostic::error(format!("cannot create a working folder beside {}: {e}", zip_path.display())))?;
    let site_dir = work.dir.join("site");
    let build_opts = BuildOptions { output: Some(site_dir.clone()), minify: None, deny_warnings: opts.deny_warnings, force: false };
    let build = site::build(root, &build_opts)?;
    let fail = |d: Diagnostic| {
        let mut all = build.diagnostics.clone();
        all.push(d);
        all
    };
    let files = site_files(&site_dir).map_err(|e| fail(Diagnostic::error(format!("cannot list the built site: {e}"))))?;
    if files.iter().any(|f| f == LAUNCH_PAGE || f == "imsmanifest.xml") {
        return Err(fail(
            Diagnostic::error(format!("the site has a file named {LAUNCH_PAGE} or imsmanifest.xml, which the package needs"))
                .hint("rename that page or file of the course"),
        ));
    }
    let launch_html = launch::render(course, &site.compiled, opts.version).map_err(fail)?;
    let runtime = package_only_files(course).map_err(fail)?;
    let mut listed = files.clone();
    listed.push(LAUNCH_PAGE.to_string());
    listed.extend(runtime.iter().map(|(path, _)| path.clone()));
    listed.sort();
    let manifest = manifest::manifest(&manifest::ManifestInput {
        version: opts.version,
        course_id: &course.config.id,
        package_version: &course.config.lms.version,
        title: course.config.lms.package_title.as_deref().unwrap_or(&course.config.title),
        mastery_score: course.config.lms.mastery_score,
        launch: LAUNCH_PAGE,
        files: &listed,
    });
    let part = work.dir.join("package.zip");
    let mut extra = vec![("imsmanifest.xml", manifest.as_bytes()), (LAUNCH_PAGE, launch_html.as_bytes())];
    extra.extend(runtime.iter().map(|(path, bytes)| (path.as_str(), *bytes)));
    write_zip(&part, &extra, &site_dir, &files).map_err(|e| fail(Diagnostic::error(format!("cannot write {}: {e}", part.display()))))?;
    let bytes = fs::metadata(&part).map(|m| m.len()).unwrap_or(0);
    fs::rename(&part, &zip_path).map_err(|e| fail(Diagnostic::error(format!("cannot write {}: {e}", zip_path.display()))))?;
    drop(work);
    Ok(PackageReport { build, zip: zip_path, files: files.len() + extra.len(), bytes })
}

/// The theme's files that only a package has (the launch page's LMS runtime), with their paths
/// in the zip. A theme that overrides the default one still gets the default's copy.
fn package_only_files(course: &crate::model::Course) -> Result<Vec<(String, &[u8])>, Diagnostic> {
    crate::model::PACKAGE_ONLY_STATIC_FILES
        .iter()
        .map(|name| {
            let bytes = course.theme.static_file(name).ok_or_else(|| {
                Diagnostic::error(format!("the theme has no static/{name}, which the package's launch page runs"))
                    .hint(format!("add static/{name} to the theme, or copy it from sonder's default theme"))
            })?;
            Ok((format!("assets/{name}"), bytes))
        })
        .collect()
}

/// Every file of the built site, relative and `/`-separated, sorted (the zip's order is
/// reproducible). The build's own list of what it wrote (`.sonder-manifest`) is not the site's.
fn site_files(dir: &Path) -> io::Result<Vec<String>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(io::Error::other)?;
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).map_err(io::Error::other)?;
            let rel = rel.to_string_lossy().replace('\\', "/");
            if rel != MANIFEST {
                files.push(rel);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Files that are compressed already: stored as they are, deflating them again gains nothing.
fn is_compressed(path: &str) -> bool {
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    matches!(
        ext.as_str(),
        "png" | "jpg" | "jpeg" | "gif" | "webp" | "avif" | "pdf" | "zip" | "gz" | "woff" | "woff2" | "mp3" | "mp4" | "webm"
    )
}

/// Writes the zip: the manifest and launch page first, then the site. Every entry has the same
/// fixed date, so the same course gives the same bytes.
fn write_zip(path: &Path, extra: &[(&str, &[u8])], site_dir: &Path, files: &[String]) -> io::Result<()> {
    let mut zip = ZipWriter::new(io::BufWriter::new(fs::File::create(path)?));
    let deflated = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(9))
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let stored = deflated.compression_method(CompressionMethod::Stored).compression_level(None);
    for (name, bytes) in extra {
        zip.start_file(*name, deflated)?;
        zip.write_all(bytes)?;
    }
    for f in files {
        zip.start_file(f.as_str(), if is_compressed(f) { stored } else { deflated })?;
        zip.write_all(&fs::read(site_dir.join(f))?)?;
    }
    zip.finish()?.flush()
}
