//! imsmanifest.xml: the IMS content packaging manifest an LMS reads to import the package, in
//! the binding of SCORM 1.2 (IMS CP 1.1.2) or SCORM 2004 4th edition (IMS CP 1.1.4 with ADL's
//! namespaces). One organisation holds one item: the whole course is one SCO, whose resource
//! launches the launch page and lists every file of the package.

use std::fmt::Write;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::ScormVersion;
use crate::text::esc;

/// What the manifest says about the package.
pub struct ManifestInput<'a> {
    pub version: ScormVersion,
    /// The course id: stable across versions, so the LMS keeps learners' records on re-upload.
    pub course_id: &'a str,
    /// `[lms] version`.
    pub package_version: &'a str,
    /// The title learners see in the LMS.
    pub title: &'a str,
    /// Percent, 0 to 100 (`[lms] mastery_score`).
    pub mastery_score: Option<f64>,
    /// The launch page, relative to the package root.
    pub launch: &'a str,
    /// Every file of the package but the manifest, relative to its root, `/`-separated.
    pub files: &'a [String],
}

/// The manifest's identifier: the course id and the package version. It is an `xs:ID`, which
/// must not start with a digit (course ids may).
pub fn identifier(course_id: &str, package_version: &str) -> String {
    let id = format!("{course_id}-v{package_version}");
    if id.starts_with(|c: char| c.is_ascii_digit()) {
        format!("course-{id}")
    } else {
        id
    }
}

/// Unreserved URI characters and `/` stay as they are in an href; every other byte is encoded.
const HREF: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~').remove(b'/');

/// A file path as a URI reference: a file named `notes 1.pdf` is `notes%201.pdf`, as the LMS
/// will request it.
pub fn href(path: &str) -> String {
    utf8_percent_encode(path, HREF).to_string()
}

/// A mastery score as written in the manifest: 1.2 wants a decimal of 0-100, 2004 a scaled
/// score of 0-1. Trailing zeros go: `80` and `0.8`, not `80.0` and `0.800`.
fn number(n: f64) -> String {
    let s = format!("{n:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub fn manifest(m: &ManifestInput) -> String {
    let mut x = String::with_capacity(256 + m.files.len() * 64);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let id = esc(&identifier(m.course_id, m.package_version));
    let version = esc(m.package_version);
    match m.version {
        ScormVersion::V12 => {
            let _ = writeln!(
                x,
                "<manifest identifier=\"{id}\" version=\"{version}\" xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\" \
xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd \
http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">"
            );
            x.push_str("  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n  </metadata>\n");
        }
        ScormVersion::V2004 => {
            let _ = writeln!(
                x,
                "<manifest identifier=\"{id}\" version=\"{version}\" xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" \
xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\" xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd \
http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd\">"
            );
            x.push_str(
                "  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>2004 4th Edition</schemaversion>\n  </metadata>\n",
            );
        }
    }
    let title = esc(m.title);
    let _ = writeln!(x, "  <organizations default=\"ORG\">\n    <organization identifier=\"ORG\">\n      <title>{title}</title>");
    let _ = writeln!(x, "      <item identifier=\"ITEM\" identifierref=\"SCO\" isvisible=\"true\">\n        <title>{title}</title>");
    match (m.version, m.mastery_score) {
        (ScormVersion::V12, Some(score)) => {
            let _ = writeln!(x, "        <adlcp:masteryscore>{}</adlcp:masteryscore>", number(score));
        }
        (ScormVersion::V2004, Some(score)) => {
            // The LMS passes this to the SCO as cmi.scaled_passing_score and judges by it.
            let _ = writeln!(
                x,
                "        <imsss:sequencing>\n          <imsss:objectives>\n            \
<imsss:primaryObjective objectiveID=\"PASS\" satisfiedByMeasure=\"true\">\n              \
<imsss:minNormalizedMeasure>{}</imsss:minNormalizedMeasure>\n            </imsss:primaryObjective>\n          \
</imsss:objectives>\n        </imsss:sequencing>",
                number(score / 100.0)
            );
        }
        (_, None) => {}
    }
    x.push_str("      </item>\n    </organization>\n  </organizations>\n  <resources>\n");
    let scorm_type = match m.version {
        ScormVersion::V12 => "adlcp:scormtype",
        ScormVersion::V2004 => "adlcp:scormType",
    };
    let _ = writeln!(x, "    <resource identifier=\"SCO\" type=\"webcontent\" {scorm_type}=\"sco\" href=\"{}\">", esc(&href(m.launch)));
    for f in m.files {
        let _ = writeln!(x, "      <file href=\"{}\"/>", esc(&href(f)));
    }
    x.push_str("    </resource>\n  </resources>\n</manifest>\n");
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_hrefs_and_numbers() {
        assert_eq!(identifier("leading-with-trust", "2.1"), "leading-with-trust-v2.1");
        assert_eq!(identifier("2026-cohort", "1"), "course-2026-cohort-v1");
        assert_eq!(href("m1/notes 1 (final).pdf"), "m1/notes%201%20%28final%29.pdf");
        assert_eq!(href("été.html"), "%C3%A9t%C3%A9.html");
        assert_eq!(number(80.0), "80");
        assert_eq!(number(0.755), "0.755");
        assert_eq!(number(0.0), "0");
    }
}
