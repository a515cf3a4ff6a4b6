//! The PDFs `sonder pdf` printed into the course's pdf/ folder (a translation's: pdf.<lang>/):
//! those of this course's modules are copied into the site (`facilitator/pdf/`), where the
//! facilitator hub links them.

use std::path::Path;

use crate::model::{Asset, Module, PrintedPdf};

/// Finds the printed PDFs of the course in `folder` (by the names `sonder pdf` gives them), adds them to
/// `assets` and returns what the hub needs to know of each. A folder that is missing or cannot
/// be read simply has none.
pub fn find(root: &Path, folder: &str, modules: &[Module], course_id: &str, assets: &mut Vec<Asset>) -> Vec<PrintedPdf> {
    let dir = root.join(folder);
    let mut names: Vec<String> =
        modules.iter().flat_map(|m| [format!("{}-handout.pdf", m.slug), format!("{}-facilitator.pdf", m.slug)]).collect();
    names.push(format!("{course_id}.pdf"));
    let mut out = Vec::new();
    for name in names {
        let path = dir.join(&name);
        // Only whole PDFs: a print still under way writes `<name>.part` and renames it at the end.
        let Ok(bytes) = std::fs::read(&path) else { continue };
        if !bytes.starts_with(b"%PDF") {
            continue;
        }
        let output = format!("{}/{name}", PrintedPdf::SITE_DIR);
        assets.push(Asset { source: path, output: output.clone() });
        out.push(PrintedPdf { name, output, pages: crate::print::count_pages(&bytes), bytes: bytes.len() as u64 });
    }
    out
}
