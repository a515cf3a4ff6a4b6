//! sonder: a static site generator for self-paced coaching courses.
//!
//! The pipeline, one module per stage: [`load`] reads the course folder into the plain [`model`],
//! [`markdown`] turns documents into HTML, [`validate`] checks cross-file rules, [`render`] turns the
//! model into pages (no I/O), [`output`] writes them atomically. [`site`] strings the stages together.

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
