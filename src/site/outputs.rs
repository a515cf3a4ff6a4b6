//! Outputs beyond the pages of `PageId::all`: more files made from the same compiled site (an
//! LMS package, ...; the search index is made by the compile stage instead: `search`). Each is one `Output`, listed in `extra_outputs`; the render
//! stage runs them after the pages, into the same sink, when its plan asks for extra outputs
//! (`sonder build` and `sonder serve`; not `sonder pdf`). `sonder serve` runs them again after
//! every incremental change (`Site::render_extra`); a file an output writes that differs from the
//! last one makes open pages reload.

use super::Site;
use crate::diagnostics::Diagnostics;
use crate::model::Course;
use crate::render::Sink;

/// One extra output of the site.
pub trait Output: Sync {
    /// A short name, for timings and messages.
    fn name(&self) -> &'static str;

    /// Writes the output's files into `sink`. Errors fail the build (warnings are shown); the
    /// site is validated and compiled (`site.compiled`) but lesson texts may have been let go
    /// (`Site::release_sources`): read the model and the compiled layer, not the sources.
    fn render(&self, site: &Site, sink: &dyn Sink) -> Diagnostics;
}

/// The extra outputs of a course, in the order they run. Add an output here (or decide here,
/// from `course.config`, whether it runs).
pub fn extra_outputs(course: &Course) -> Vec<Box<dyn Output>> {
    let _ = course;
    Vec::new()
}
