//! One diagnostics type for every stage: a problem in a file, with a source span and a hint.
//! A build collects all of them and reports them together (errors first, then warnings).

use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// The text of a file a diagnostic points into, shared so a span can show its source line.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// The path as shown to the author (relative to the course root where possible).
    pub name: String,
    pub text: Arc<str>,
}

impl SourceText {
    pub fn new(name: impl Into<String>, text: Arc<str>) -> Self {
        SourceText { name: name.into(), text }
    }
}

/// A text cut down to some of its lines, every other line left empty: the line numbers stay,
/// and so do the columns on the lines kept, so a diagnostic pointing into a kept line reads
/// exactly as it would from the whole text. A big build keeps this much of each lesson once it
/// is compiled (`site::Site::run`): what validation may still point at, not the 93 MB of
/// Markdown of a 10,000-lesson course.
pub struct KeptLines {
    /// Start of each line of the original text.
    starts: Vec<usize>,
    /// Start of each line in the kept text (a dropped line is its "\n" alone).
    kept_starts: Vec<usize>,
    kept: Vec<bool>,
    pub text: String,
}

impl KeptLines {
    /// The lines of `text` that a range of `keep` touches (an empty range: its line), and the
    /// first line (where problems about the file as a whole point, at 0..0).
    pub fn new(text: &str, keep: impl IntoIterator<Item = Range<usize>>) -> KeptLines {
        let mut starts = vec![0];
        starts.extend(newline_offsets(text).map(|i| i + 1));
        let line_of = |offset: usize| starts.partition_point(|&s| s <= offset.min(text.len())) - 1;
        let mut kept = vec![false; starts.len()];
        kept[0] = true;
        for r in keep {
            let last = if r.end > r.start { r.end - 1 } else { r.start };
            for k in &mut kept[line_of(r.start)..=line_of(last.max(r.start))] {
                *k = true;
            }
        }
        let mut out = String::new();
        let mut kept_starts = Vec::with_capacity(starts.len());
        for (i, &start) in starts.iter().enumerate() {
            kept_starts.push(out.len());
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            if kept[i] {
                out.push_str(&text[start..end]);
            } else if end > start {
                // A dropped line keeps its line break (the last line may have none).
                out.push('\n');
            }
        }
        KeptLines { starts, kept_starts, kept, text: out }
    }

    /// Where `offset` of the original text is in the kept text: the same character on a kept
    /// line, the start of its (empty) line on a dropped one.
    pub fn map(&self, offset: usize) -> usize {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let within = if self.kept[line] { offset - self.starts[line] } else { 0 };
        (self.kept_starts[line] + within).min(self.text.len())
    }

    pub fn map_range(&self, r: &Range<usize>) -> Range<usize> {
        self.map(r.start)..self.map(r.end.max(r.start))
    }
}

fn newline_offsets(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i)
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// The file, when the problem is in one; a span into its text when we know where.
    pub file: Option<SourceText>,
    pub span: Option<Range<usize>>,
    /// What the marker under the source says (short).
    pub label: Option<String>,
    /// How to fix it.
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, message: message.into(), file: None, span: None, label: None, hint: None }
    }
    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(message) }
    }
    pub fn in_file(mut self, file: &SourceText) -> Self {
        self.file = Some(file.clone());
        self
    }
    /// A file we could not read (so no text to show): only its name.
    pub fn in_path(mut self, path: impl Into<String>) -> Self {
        self.file = Some(SourceText::new(path, Arc::from("")));
        self
    }
    pub fn at(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col` (1-based), or just the file name, or nothing.
    pub fn location(&self) -> Option<String> {
        let file = self.file.as_ref()?;
        match &self.span {
            Some(span) => {
                let (line, col) = line_col(&file.text, span.start);
                Some(format!("{}:{}:{}", file.name, line, col))
            }
            None => Some(file.name.clone()),
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = clamp_to_char_boundary(text, offset);
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

fn clamp_to_char_boundary(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Every problem found by one run, errors and warnings together.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter().filter(|d| d.is_error())
    }
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter().filter(|d| !d.is_error())
    }
    pub fn error_count(&self) -> usize {
        self.errors().count()
    }
    pub fn warning_count(&self) -> usize {
        self.warnings().count()
    }
    /// With `--deny-warnings`, every warning counts as an error.
    pub fn deny_warnings(&mut self) {
        for d in &mut self.items {
            if d.severity == Severity::Warning {
                d.severity = Severity::Error;
                d.message = format!("{} (warnings are denied)", d.message);
            }
        }
    }
    /// Stable order: errors first, then by file and position, so output does not depend on threads.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (a.severity, a.file.as_ref().map(|f| &f.name), a.span.as_ref().map(|s| s.start)).cmp(&(
                b.severity,
                b.file.as_ref().map(|f| &f.name),
                b.span.as_ref().map(|s| s.start),
            ))
        });
    }

    /// Renders every diagnostic with its source line and a marker under it.
    pub fn render(&self, color: bool) -> String {
        let mut out = Vec::new();
        {
            let mut buffer = if color { termcolor::Buffer::ansi() } else { termcolor::Buffer::no_color() };
            let mut i = 0;
            while i < self.items.len() {
                let run = 1 + self.items[i..].windows(2).take_while(|w| same_kind_on_one_line(&w[0], &w[1])).count();
                for d in &self.items[i..i + run.min(SHOWN_PER_LINE)] {
                    render_one(d, &mut buffer);
                }
                if run > SHOWN_PER_LINE {
                    let more =
                        format!("  = and {} more of this kind on this line: {}\n\n", run - SHOWN_PER_LINE, kind_of(&self.items[i].message));
                    let _ = std::io::Write::write_all(&mut buffer, more.as_bytes());
                }
                i += run;
            }
            out.extend_from_slice(buffer.as_slice());
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// Plain text, one line per problem, for the browser overlay of `sonder serve`.
    pub fn summary_lines(&self) -> Vec<String> {
        self.items
            .iter()
            .map(|d| {
                let mut s = String::new();
                if let Some(loc) = d.location() {
                    let _ = write!(s, "{loc}: ");
                }
                let _ = write!(s, "{}: {}", if d.is_error() { "error" } else { "warning" }, d.message);
                if let Some(h) = &d.hint {
                    let _ = write!(s, " (hint: {h})");
                }
                s
            })
            .collect()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics { items: vec![d] }
    }
}

/// Problems of one kind on one line shown in full before the rest are summed up in one line.
const SHOWN_PER_LINE: usize = 3;

/// A message without its particulars (the parts in backticks): "link to a missing file `…`".
fn kind_of(message: &str) -> String {
    message.split('`').enumerate().map(|(i, part)| if i % 2 == 1 { "…" } else { part }).collect::<Vec<_>>().join("`")
}

/// Whether `b` follows `a` on the same line of the same file, with the same severity and kind.
fn same_kind_on_one_line(a: &Diagnostic, b: &Diagnostic) -> bool {
    let (Some(fa), Some(fb), Some(sa), Some(sb)) = (&a.file, &b.file, &a.span, &b.span) else { return false };
    a.severity == b.severity
        && fa.name == fb.name
        && sa.start <= sb.start
        && fb.text.get(sa.start..sb.start).is_some_and(|between| !between.contains('\n'))
        && kind_of(&a.message) == kind_of(&b.message)
}

/// Lines longer than this are shown as a window around the problem: reprinting a 64 KB line for
/// each of its 4,000 broken links wrote hundreds of megabytes.
const LONG_LINE: usize = 240;
/// Characters shown on each side of the problem in a long line.
const WINDOW: usize = 60;

/// The diagnostic to render: for a span on a long line, one whose file holds only a window of
/// that line (blank lines keep the line number, and the span moves with it). The location is
/// then given in a note, as the shown column would be the window's.
fn windowed(d: &Diagnostic) -> Option<(Diagnostic, String)> {
    let (file, span) = (d.file.as_ref()?, d.span.as_ref()?);
    let start = clamp_to_char_boundary(&file.text, span.start);
    let line_start = file.text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = file.text[start..].find('\n').map_or(file.text.len(), |i| start + i);
    if line_end - line_start <= LONG_LINE {
        return None;
    }
    let from = clamp_to_char_boundary(&file.text, start.saturating_sub(WINDOW).max(line_start));
    let end = clamp_to_char_boundary(&file.text, span.end.max(start));
    let to = clamp_to_char_boundary(&file.text, (end.min(start + WINDOW) + WINDOW).min(line_end));
    let line = file.text[..start].bytes().filter(|&b| b == b'\n').count();
    let (pre, post) = (if from > line_start { "…" } else { "" }, if to < line_end { "…" } else { "" });
    let text = format!("{}{pre}{}{post}\n", "\n".repeat(line), &file.text[from..to]);
    let offset = line + pre.len() + (start - from);
    let span_len = end.min(to) - start;
    let mut shown = d.clone();
    shown.file = Some(SourceText::new(file.name.clone(), Arc::from(text)));
    shown.span = Some(offset..offset + span_len);
    Some((shown, d.location().unwrap_or_default()))
}

fn render_one(d: &Diagnostic, out: &mut termcolor::Buffer) {
    let Some((shown, location)) = windowed(d) else { return render_source(d, out) };
    let mut window = if termcolor::WriteColor::supports_color(out) { termcolor::Buffer::ansi() } else { termcolor::Buffer::no_color() };
    render_source(&shown, &mut window);
    // The header names the real column; the window's own would count from where it starts.
    let text = String::from_utf8_lossy(window.as_slice()).replacen(&shown.location().unwrap_or_default(), &location, 1);
    let _ = std::io::Write::write_all(out, text.as_bytes());
}

fn render_source(d: &Diagnostic, out: &mut termcolor::Buffer) {
    let mut files = SimpleFiles::new();
    let mut diag = match d.severity {
        Severity::Error => cs::Diagnostic::error(),
        Severity::Warning => cs::Diagnostic::warning(),
    }
    .with_message(&d.message);
    let mut notes = Vec::new();
    if let Some(file) = &d.file {
        match &d.span {
            Some(span) if !file.text.is_empty() => {
                let id = files.add(file.name.clone(), file.text.clone());
                let start = clamp_to_char_boundary(&file.text, span.start);
                let end = clamp_to_char_boundary(&file.text, span.end.max(start));
                let mut label = cs::Label::primary(id, start..end);
                if let Some(l) = &d.label {
                    label = label.with_message(l);
                }
                diag = diag.with_labels(vec![label]);
            }
            _ => notes.push(format!("in {}", d.location().unwrap_or_default())),
        }
    }
    if let Some(h) = &d.hint {
        notes.push(format!("help: {h}"));
    }
    diag = diag.with_notes(notes);
    let config = term::Config::default();
    if term::emit_to_write_style(out, &config, &files, &diag).is_err() {
        // The renderer only fails on a span outside the file; fall back to a plain line.
        let _ = std::io::Write::write_all(out, format!("{}: {}\n", d.location().unwrap_or_default(), d.message).as_bytes());
    }
}

/// Shows `path` relative to `root` when it is inside it.
pub fn display_path(root: &Path, path: &Path) -> String {
    let rel: PathBuf = path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf());
    rel.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_lines_keep_line_numbers_columns_and_the_shown_source() {
        let text = "---\ntitle = \"T\"\n---\nfirst line\nsecond é [bad](x.md#nope) here\nthird\nfourth\n";
        let at = text.find("[bad]").unwrap();
        let span = at..at + "[bad](x.md#nope)".len();
        let kept = KeptLines::new(text, [span.clone()]);
        assert_eq!(kept.text, "---\n\n\n\nsecond é [bad](x.md#nope) here\n\n\n");
        let mapped = kept.map_range(&span);
        assert_eq!(&kept.text[mapped.clone()], &text[span.clone()]);
        let full = Diagnostic::error("broken").in_file(&SourceText::new("l.md", Arc::from(text))).at(span);
        let small = Diagnostic::error("broken").in_file(&SourceText::new("l.md", Arc::from(kept.text.as_str()))).at(mapped);
        assert_eq!(full.location(), small.location());
        let (a, b) = (Diagnostics { items: vec![full] }.render(false), Diagnostics { items: vec![small] }.render(false));
        assert_eq!(a, b);
        // An offset on a dropped line lands at the start of that (empty) line; 0..0 stays.
        assert_eq!(line_col(&kept.text, kept.map(text.find("third").unwrap() + 2)), (6, 1));
        assert_eq!(kept.map_range(&(0..0)), 0..0);
    }

    #[test]
    fn line_col_counts_characters() {
        let t = "ab\ncdé f\n";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 3), (2, 1));
        let f = t.find('f').unwrap();
        assert_eq!(line_col(t, f), (2, 5));
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_around_the_problem() {
        let line = format!("{}BROKEN{}", "a".repeat(30_000), "b".repeat(30_000));
        let file = SourceText::new("l.md", Arc::from(format!("first\n{line}\n")));
        let at = 6 + 30_000;
        let d = Diagnostic::error("broken link").in_file(&file).at(at..at + 6).label("here");
        let text = Diagnostics::from(d).render(false);
        assert!(text.contains("l.md:2:30001"), "{text}");
        assert!(text.contains("…aaaa") && text.contains("BROKEN") && text.contains("bbb…"), "{text}");
        assert!(text.len() < 1_000, "{} bytes", text.len());
    }

    #[test]
    fn many_problems_of_one_kind_on_a_line_are_summed_up() {
        let line: String = (0..4000).map(|i| format!("[l](missing-{i}.md) ")).collect();
        let file = SourceText::new("l.md", Arc::from(format!("{line}\nnext `x`\n")));
        let mut diags = Diagnostics::default();
        for i in 0..4000 {
            let at = line.find(&format!("missing-{i}.md")).unwrap();
            diags.push(Diagnostic::error(format!("link to a missing file `missing-{i}.md`")).in_file(&file).at(at..at + 5));
        }
        let next = line.len() + 1;
        diags.push(Diagnostic::error("link to a missing file `x`").in_file(&file).at(next..next + 1));
        let text = diags.render(false);
        assert_eq!(text.matches("error: link to a missing file").count(), 4, "three on line 1, one on line 2:\n{text}");
        assert!(text.contains("and 3997 more of this kind on this line: link to a missing file `…`"), "{text}");
        assert!(text.len() < 10_000, "{} bytes", text.len());
    }

    #[test]
    fn render_shows_location_source_and_hint() {
        let file = SourceText::new("course.toml", Arc::from("[course]\nidd = \"x\"\n"));
        let d = Diagnostic::error("unknown key `idd`").in_file(&file).at(9..12).label("here").hint("did you mean `id`?");
        let text = Diagnostics::from(d).render(false);
        assert!(text.contains("course.toml:2:1"), "{text}");
        assert!(text.contains("idd = \"x\""), "{text}");
        assert!(text.contains("^^^"), "{text}");
        assert!(text.contains("help: did you mean `id`?"), "{text}");
    }
}
