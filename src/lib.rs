//! sonder: a static site generator for self-paced coaching courses.
//!
//! The pipeline, one module per stage: [`load`] reads the course folder into the plain [`model`],
//! [`markdown`] compiles documents (headings, links, exercise markers, HTML), [`validate`] checks
//! cross-file rules, [`render`] turns the model into pages put into a sink, [`output`] writes a
//! staging folder and swaps it in. [`site::Site`] owns a loaded course and drives these stages for
//! every command (docs/architecture.md).

pub mod diagnostics;
pub mod i18n;
pub mod load;
pub mod markdown;
pub mod model;
pub mod output;
pub mod package;
pub mod print;
pub mod render;
pub mod search;
pub mod serve;
pub mod site;
pub mod text;
pub mod validate;
