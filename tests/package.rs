//! `sonder package --scorm 1.2|2004`: the zip, its manifest (content, structure and, with xmllint
//! and the IMS/ADL schemas at hand, schema validity), the launch page, default names, errors, size.

mod common;

use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;
use std::process::Command;

use common::*;

const CP12: &str = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
const ADLCP12: &str = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
const CP2004: &str = "http://www.imsglobal.org/xsd/imscp_v1p1";
const ADLCP2004: &str = "http://www.adlnet.org/xsd/adlcp_v1p3";
const IMSSS: &str = "http://www.imsglobal.org/xsd/imsss";

/// A small course with a quiz and a static file whose name needs percent-encoding.
fn course() -> Fixture {
    let f = Fixture::new();
    f.write("content/01-start/02-second.md", "+++\ntitle = \"Second lesson\"\nweight = 2\nexercises = [\"check\"]\n+++\n\nMore text.\n");
    f.write(
        "exercises/check.toml",
        "title = \"Check\"\nkind = \"quiz\"\nprompt = \"Two questions.\"\n\n[[questions]]\nid = \"one\"\ntext = \"Which?\"\nchoices = [\"a\", \"b\"]\nanswer = 1\n\n\
[[questions]]\nid = \"two\"\ntext = \"Which ones?\"\nchoices = [\"a\", \"b\", \"c\"]\nanswer = [2, 0]\n",
    );
    f.write("static/notes 1 (final).txt", "plain notes\n");
    f
}

/// Every entry of a zip: name -> bytes.
fn entries(zip: &Path) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(zip).expect("open zip")).expect("read zip");
    (0..archive.len())
        .map(|i| {
            let mut e = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            e.read_to_end(&mut bytes).unwrap();
            (e.name().to_string(), bytes)
        })
        .collect()
}

fn entry(all: &[(String, Vec<u8>)], name: &str) -> String {
    let (_, bytes) = all.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no {name} in the zip"));
    String::from_utf8(bytes.clone()).unwrap()
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, ns: &str, name: &str) -> roxmltree::Node<'a, 'i> {
    n.children().find(|c| c.has_tag_name((ns, name))).unwrap_or_else(|| panic!("no <{name}> in <{}>", n.tag_name().name()))
}

/// Checks the manifest's structure for one version and returns the hrefs of its files.
fn check_manifest(xml: &str, v: &str, title: &str, identifier: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("the manifest is well-formed XML");
    let (cp, adlcp, scorm_type, version) =
        if v == "1.2" { (CP12, ADLCP12, "scormtype", "1.2") } else { (CP2004, ADLCP2004, "scormType", "2004 4th Edition") };
    let m = doc.root_element();
    assert!(m.has_tag_name((cp, "manifest")), "root element: {:?}", m.tag_name());
    assert_eq!(m.attribute("identifier"), Some(identifier));
    let meta = child(m, cp, "metadata");
    assert_eq!(child(meta, cp, "schema").text(), Some("ADL SCORM"));
    assert_eq!(child(meta, cp, "schemaversion").text(), Some(version));
    let orgs = child(m, cp, "organizations");
    let org = child(orgs, cp, "organization");
    assert_eq!(orgs.attribute("default"), org.attribute("identifier"), "the default organisation exists");
    assert_eq!(child(org, cp, "title").text(), Some(title));
    let items: Vec<_> = org.children().filter(|c| c.has_tag_name((cp, "item"))).collect();
    assert_eq!(items.len(), 1, "one item: the whole course is one SCO");
    assert_eq!(child(items[0], cp, "title").text(), Some(title));
    let resources: Vec<_> = child(m, cp, "resources").children().filter(|c| c.is_element()).collect();
    assert_eq!(resources.len(), 1);
    let r = resources[0];
    assert_eq!(items[0].attribute("identifierref"), r.attribute("identifier"));
    assert_eq!(r.attribute((adlcp, scorm_type)), Some("sco"), "adlcp:{scorm_type}");
    assert_eq!(r.attribute("type"), Some("webcontent"));
    assert_eq!(r.attribute("href"), Some("scorm-launch.html"));
    r.children().filter(|c| c.has_tag_name((cp, "file"))).map(|f| f.attribute("href").unwrap().to_string()).collect()
}

#[test]
fn default_names_manifest_structure_and_every_file_listed() {
    let f = course();
    for (v, name) in [("1.2", "test-course-scorm12.zip"), ("2004", "test-course-scorm2004.zip")] {
        let run = f.run("package", &["--scorm", v]);
        run.ok();
        assert!(run.stderr.contains(&format!("Packaged SCORM {v}")), "{}", run.stderr);
        let zip = f.path(name);
        assert!(zip.is_file(), "{name} in the current folder");
        let all = entries(&zip);
        assert_eq!(all[0].0, "imsmanifest.xml", "the manifest comes first");
        let names: BTreeSet<String> = all.iter().map(|(n, _)| n.clone()).collect();
        assert_eq!(names.len(), all.len(), "no duplicate entries");
        let hrefs = check_manifest(&entry(&all, "imsmanifest.xml"), v, "Test course", "test-course-v1");
        let listed: BTreeSet<String> = hrefs.iter().map(|h| percent_decode(h)).collect();
        assert_eq!(listed.len(), hrefs.len(), "each file listed once");
        let expected: BTreeSet<String> = names.iter().filter(|n| *n != "imsmanifest.xml").cloned().collect();
        assert_eq!(listed, expected, "the manifest lists every file of the zip, and only those");
        for must in [
            "index.html",
            "scorm-launch.html",
            "assets/sonder.js",
            "assets/sonder-scorm.js",
            "01-start/01-first.html",
            "notes 1 (final).txt",
        ] {
            assert!(names.contains(must), "{must} in the zip");
        }
        assert!(hrefs.contains(&"notes%201%20%28final%29.txt".to_string()), "hrefs are URI references: {hrefs:?}");
        assert!(!names.iter().any(|n| n.contains(".sonder-")), "no build bookkeeping in the package: {names:?}");
        // The site in the zip is the site `sonder build` makes.
        assert!(
            entry(&all, "01-start/02-second.html").contains("data-sonder-exercise=\"check\"")
                || entry(&all, "01-start/02-second.html").contains("data-sonder-exercise=check")
        );
    }
}

#[test]
fn launch_page_carries_the_course_and_loads_the_runtime() {
    let f = course();
    f.write("course.toml", &format!("{COURSE_TOML}\n[lms]\nmastery_score = 80\n"));
    let zip = f.path("out/pkg.zip");
    f.run("package", &["--scorm", "2004", "--out", zip.to_str().unwrap()]).ok();
    let all = entries(&zip);
    let html = Html::parse_document(&entry(&all, "scorm-launch.html"));
    assert_eq!(attr(one(&html, "html"), "data-sonder-lms"), Some("2004"));
    assert_eq!(attr(one(&html, "script[src]"), "src"), Some("assets/sonder-scorm.js"));
    assert!(!select(&html, "iframe[data-sonder-lms-frame]").is_empty());
    let config: serde_json::Value = serde_json::from_str(&text(one(&html, "script#sonder-lms-config"))).unwrap();
    assert_eq!(config["scorm"], "2004");
    assert_eq!(config["course"], "test-course");
    assert_eq!(config["lessons"], serde_json::json!(["01-start/01-first", "01-start/02-second"]));
    assert_eq!(
        config["quiz"],
        serde_json::json!([["check", "one", "1"], ["check", "two", "0,2"]]),
        "answer keys sorted as the widget compares them"
    );
    assert_eq!(config["mastery"], 80.0);
    assert_eq!(config["titles"]["first-reflection"], "Think about it");
}

#[test]
fn lms_section_sets_title_version_and_mastery_in_the_manifest() {
    let f = course();
    f.write(
        "course.toml",
        &format!("{COURSE_TOML}\n[lms]\nmastery_score = 80\npackage_title = \"Trust at work (LMS)\"\nversion = \"2.1\"\n"),
    );
    for v in ["1.2", "2004"] {
        let out = f.path(&format!("p{v}.zip"));
        f.run("package", &["--scorm", v, "--out", out.to_str().unwrap()]).ok();
        let xml = entry(&entries(&out), "imsmanifest.xml");
        check_manifest(&xml, v, "Trust at work (LMS)", "test-course-v2.1");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        if v == "1.2" {
            let m = doc.descendants().find(|n| n.has_tag_name((ADLCP12, "masteryscore"))).expect("adlcp:masteryscore");
            assert_eq!(m.text(), Some("80"));
        } else {
            let m = doc.descendants().find(|n| n.has_tag_name((IMSSS, "minNormalizedMeasure"))).expect("imsss:minNormalizedMeasure");
            assert_eq!(m.text(), Some("0.8"));
        }
    }
}

#[test]
fn unzip_test_passes() {
    if Command::new("unzip").arg("-v").output().is_err() {
        return skip("unzip not found", "install the Debian package unzip");
    }
    let f = course();
    for v in ["1.2", "2004"] {
        let out = f.path(&format!("p{v}.zip"));
        f.run("package", &["--scorm", v, "--out", out.to_str().unwrap()]).ok();
        let t = Command::new("unzip").arg("-t").arg(&out).output().unwrap();
        let stdout = String::from_utf8_lossy(&t.stdout);
        assert!(t.status.success() && stdout.contains("No errors detected"), "{stdout}");
    }
}

/// A schema that imports the namespaces a manifest uses, for one `xmllint --schema`.
fn wrapper_schema(dir: &Path, imports: &[(&str, &str)]) -> std::path::PathBuf {
    let mut s = String::from(
        "<?xml version=\"1.0\"?>\n<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:sonder:test\">\n",
    );
    for (ns, file) in imports {
        s.push_str(&format!("<xsd:import namespace=\"{ns}\" schemaLocation=\"{}\"/>\n", dir.join(file).display()));
    }
    s.push_str("</xsd:schema>\n");
    let path = dir.join("sonder-test-wrapper.xsd");
    std::fs::write(&path, s).unwrap();
    path
}

fn xmllint(schema: &Path, xml: &Path) -> (bool, String) {
    let o = Command::new("xmllint").arg("--noout").arg("--schema").arg(schema).arg(xml).output().unwrap();
    (o.status.success(), String::from_utf8_lossy(&o.stderr).into_owned())
}

#[test]
fn manifests_validate_against_the_ims_and_adl_schemas() {
    if Command::new("xmllint").arg("--version").output().is_err() {
        return skip("xmllint not found", "install the Debian package libxml2-utils");
    }
    let xsd = std::env::var_os("SONDER_SCORM_XSD").map(std::path::PathBuf::from).unwrap_or_else(|| repo_root().join("target/scorm-xsd"));
    if !xsd.join("scorm12/imscp_rootv1p1p2.xsd").is_file() || !xsd.join("scorm2004/imscp_v1p1.xsd").is_file() {
        return skip("the SCORM schemas are not in target/scorm-xsd", "run tests/tools/fetch-scorm-schemas.sh");
    }
    let f = course();
    f.write("course.toml", &format!("{COURSE_TOML}\n[lms]\nmastery_score = 75\n"));
    let schemas = [
        ("1.2", wrapper_schema(&xsd.join("scorm12"), &[(CP12, "imscp_rootv1p1p2.xsd"), (ADLCP12, "adlcp_rootv1p2.xsd")])),
        (
            "2004",
            wrapper_schema(&xsd.join("scorm2004"), &[(CP2004, "imscp_v1p1.xsd"), (ADLCP2004, "adlcp_v1p3.xsd"), (IMSSS, "imsss_v1p0.xsd")]),
        ),
    ];
    for (v, schema) in &schemas {
        let out = f.path(&format!("p{v}.zip"));
        f.run("package", &["--scorm", v, "--out", out.to_str().unwrap()]).ok();
        let xml = f.path(&format!("manifest{v}.xml"));
        std::fs::write(&xml, entry(&entries(&out), "imsmanifest.xml")).unwrap();
        let (ok, err) = xmllint(schema, &xml);
        assert!(ok, "SCORM {v} manifest does not validate:\n{err}");
        // The check can fail: the same manifest with a wrong SCO type does not validate.
        let broken = std::fs::read_to_string(&xml).unwrap().replace("=\"sco\"", "=\"lesson\"");
        std::fs::write(&xml, broken).unwrap();
        assert!(!xmllint(schema, &xml).0, "a wrong scormtype must fail validation ({v})");
    }
}

#[test]
fn bad_lms_section_fails_and_leaves_a_previous_package() {
    let f = course();
    let out = f.path("course.zip");
    f.run("package", &["--scorm", "1.2", "--out", out.to_str().unwrap()]).ok();
    let before = std::fs::read(&out).unwrap();
    f.write("course.toml", &format!("{COURSE_TOML}\n[lms]\nmastery_score = 120\n"));
    let run = f.run("package", &["--scorm", "1.2", "--out", out.to_str().unwrap()]);
    run.failed();
    run.has_error("the mastery score is not a number from 0 to 100", "course.toml:7:17");
    assert_eq!(std::fs::read(&out).unwrap(), before, "the previous package is untouched");
    let leftovers: Vec<_> = std::fs::read_dir(f.root())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".sonder-"))
        .collect();
    assert!(leftovers.is_empty(), "no working folder left behind");
    let run = f.run("package", &["--scorm", "2.0"]);
    assert_eq!(run.code, 2, "an unknown version is a usage error: {}", run.stderr);
    assert!(run.stderr.contains("use 1.2 or 2004"), "{}", run.stderr);
}

/// Zips a folder with the same deflate the package uses (level 9), for a size comparison.
fn zip_dir(dir: &Path, out: &Path) -> u64 {
    use std::io::Write;
    let mut z = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).compression_level(Some(9));
    for rel in files_under(dir) {
        z.start_file(rel.as_str(), opts).unwrap();
        z.write_all(&std::fs::read(dir.join(&rel)).unwrap()).unwrap();
    }
    z.finish().unwrap();
    std::fs::metadata(out).unwrap().len()
}

#[test]
fn sample_course_package_is_at_most_twice_the_zipped_site() {
    let tmp = tempfile::tempdir().unwrap();
    let root = repo_root();
    let site = tmp.path().join("site");
    sonder(&["build", "--root", root.to_str().unwrap(), "--output", site.to_str().unwrap(), "--quiet"]).ok();
    let site_zip = zip_dir(&site, &tmp.path().join("site.zip"));
    for v in ["1.2", "2004"] {
        let out = tmp.path().join(format!("p{v}.zip"));
        sonder(&["package", "--scorm", v, "--root", root.to_str().unwrap(), "--out", out.to_str().unwrap(), "--quiet"]).ok();
        let pkg = std::fs::metadata(&out).unwrap().len();
        println!("sample course: SCORM {v} package {pkg} bytes, zipped site {site_zip} bytes ({:.3}x)", pkg as f64 / site_zip as f64);
        assert!(pkg <= 2 * site_zip, "SCORM {v} package {pkg} bytes > twice the zipped site ({site_zip})");
    }
}

#[test]
fn launch_page_speaks_the_course_language() {
    let f = course();
    f.write("course.toml", &COURSE_TOML.replace("language = \"en\"", "language = \"ar\""));
    let zip = f.path("out/pkg.zip");
    f.run("package", &["--scorm", "1.2", "--out", zip.to_str().unwrap()]).ok();
    let all = entries(&zip);
    let html = Html::parse_document(&entry(&all, "scorm-launch.html"));
    assert_eq!(attr(one(&html, "html"), "lang"), Some("ar"));
    assert_eq!(attr(one(&html, "html"), "dir"), Some("rtl"));
    let messages: serde_json::Value = serde_json::from_str(&text(one(&html, "script[data-sonder-messages]"))).unwrap();
    assert_eq!(messages["lms-close"], "إغلاق");
    assert_eq!(messages["lms-room-entries"]["two"], "«{title}» (مدخلان في الدفتر)");
    assert!(messages.get("widget-saved").is_none(), "the launch page carries only its own messages");
    assert!(entry(&all, "scorm-launch.html").contains("افتح الدورة"), "the noscript text is Arabic");
}

/// The LMS runtime (assets/sonder-scorm.js) is in the package only: `sonder build` has no use for it.
#[test]
fn the_scorm_runtime_is_in_packages_only() {
    let f = course();
    f.build_ok();
    assert!(f.out_file("assets/sonder.js").is_file());
    assert!(!f.out_file("assets/sonder-scorm.js").exists(), "a site does not carry the LMS runtime");
    let zip = f.path("c.zip");
    f.run("package", &["--scorm", "2004", "--out", zip.to_str().unwrap()]).ok();
    let all = entries(&zip);
    let runtime = entry(&all, "assets/sonder-scorm.js");
    assert!(
        runtime.contains("LMSInitialize") || runtime.contains("Initialize"),
        "the runtime itself: {}",
        &runtime[..80.min(runtime.len())]
    );
    let hrefs = check_manifest(&entry(&all, "imsmanifest.xml"), "2004", "Test course", "test-course-v1");
    assert!(hrefs.contains(&"assets/sonder-scorm.js".to_string()), "listed in the manifest: {hrefs:?}");
}

/// Hidden working files beside the zip (`.NAME.sonder-package-PID`).
fn work_folders(dir: &Path) -> Vec<String> {
    let names = std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned());
    names.filter(|n| n.contains(".sonder-")).collect()
}

/// A killed `sonder package` leaves its working folder; the next run removes it.
#[test]
fn the_next_package_removes_working_folders_of_killed_runs() {
    let f = course();
    let mut gone = Command::new("true").spawn().unwrap();
    let dead = gone.id();
    gone.wait().unwrap();
    f.write(&format!(".c.zip.sonder-package-{dead}/site/index.html"), "half a site");
    f.write(&format!(".c.zip.sonder-package-{dead}/package.zip"), "half a zip");
    assert_eq!(work_folders(f.root()).len(), 1);
    f.run("package", &["--scorm", "1.2", "--out", f.path("c.zip").to_str().unwrap()]).ok();
    assert!(work_folders(f.root()).is_empty(), "{:?}", work_folders(f.root()));
    assert!(f.path("c.zip").is_file());
}

/// Ctrl-C (SIGINT) and SIGTERM during `sonder package` remove its working folder and leave no zip.
#[test]
#[cfg(unix)]
fn interrupting_a_package_leaves_no_working_folder() {
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let f = course();
    // Big enough that a debug build runs for a while.
    let body = "Some words of a lesson, with a [link](01-first.md) and *emphasis*.\n\n".repeat(40);
    for i in 0..300 {
        f.write(&format!("content/01-start/big-{i:05}.md"), &format!("+++\ntitle = \"Lesson {i}\"\n+++\n{body}"));
    }
    let zip = f.path("c.zip");
    for signal in ["-INT", "-TERM"] {
        let child = Command::new(BIN)
            .args(["package", "--scorm", "1.2", "--out", zip.to_str().unwrap(), "--root", f.root().to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while work_folders(f.root()).is_empty() {
            assert!(started.elapsed() < Duration::from_secs(60), "no working folder appeared");
            std::thread::sleep(Duration::from_millis(2));
        }
        assert!(Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap().success());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{signal}: the run did not stop: {stderr}");
        assert!(stderr.contains("Packaging interrupted"), "{signal}: {stderr}");
        assert!(work_folders(f.root()).is_empty(), "{signal}: {:?} left behind", work_folders(f.root()));
        assert!(!zip.exists(), "{signal}: no package");
    }
}
