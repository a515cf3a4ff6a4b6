//! Where Markdown becomes HTML: pulldown-cmark with our extensions, stable heading ids with anchor
//! links, `.md` links rewritten to page links, and `{{ exercise ID }}` markers turned into slots.

use std::cell::Cell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;
use std::ops::Range;

use pulldown_cmark::{html, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::diagnostics::Diagnostic;
use crate::model::{BodyPart, Document, Heading};
use crate::search::{Section, TextWriter};
use crate::text::{esc, percent_decode, slugify};

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
}

/// How a document's HTML is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HtmlStyle {
    /// Not at all: only headings, exercise markers and link problems are worked out.
    Skip,
    /// As pulldown-cmark writes it: a line per block (pages that are not minified).
    Lines,
    /// Without the newlines between blocks (`push_compact_html`), for minified pages.
    Compact,
}

/// Markdown of an exercise prompt or hint: no heading anchors, links left as written. Compact:
/// it goes into exercise forms and the journal, which are written without spare whitespace.
pub fn render_fragment(md: &str) -> String {
    let mut out = String::with_capacity(md.len() * 3 / 2);
    push_compact_html(&mut out, Parser::new_ext(md, options()).map(task_marker));
    out
}

/// Writes HTML like `pulldown_cmark::html::push_html`, without the newlines it puts before and
/// after block elements. This is what minify-html removed from Markdown bodies, made as the HTML
/// is written: minifying each body afterwards was a quarter of a 10,000-lesson build's CPU for
/// 2.4% of its bytes (bench/PROFILE.md). Newlines that mean something stay: soft line breaks
/// (a space between words), text in code blocks and raw HTML written by the author.
pub fn push_compact_html<'a>(out: &mut String, events: impl Iterator<Item = Event<'a>>) {
    // pulldown-cmark escapes `<` and `>` in text and attributes, so a piece it writes that holds
    // `>` is one of its own tags, unless the event is raw HTML, which is passed through as written.
    let raw = Cell::new(false);
    let events = events.map(|e| {
        raw.set(matches!(e, Event::Html(_) | Event::InlineHtml(_)));
        e
    });
    let mut sink = CompactSink { out, raw: &raw, newline_pending: false };
    // Writing into a String cannot fail.
    let _ = html::write_html_fmt(&mut sink, events);
}

struct CompactSink<'s> {
    out: &'s mut String,
    raw: &'s Cell<bool>,
    /// A lone "\n" was written: a soft break, kept, or the line break before a code block, dropped.
    newline_pending: bool,
}

impl fmt::Write for CompactSink<'_> {
    fn write_str(&mut self, piece: &str) -> fmt::Result {
        // Kept unless pulldown-cmark's own `<pre>` of a code block follows.
        if std::mem::take(&mut self.newline_pending) && (self.raw.get() || !piece.starts_with("<pre")) {
            self.out.push('\n');
        }
        if self.raw.get() {
            self.out.push_str(piece);
            return Ok(());
        }
        if piece == "\n" {
            self.newline_pending = true;
            return Ok(());
        }
        let mut piece = piece;
        // "\n<p>", "\n<li>", "\n<" (a heading): the line break before a block's start tag.
        if piece.starts_with("\n<") {
            piece = &piece[1..];
        }
        // "</p>\n", "<ul>\n", "<br />\n", "</code></pre>\n": the line break after a tag.
        if piece.ends_with(">\n") {
            piece = &piece[..piece.len() - 1];
        }
        self.out.push_str(piece);
        Ok(())
    }
}

fn task_marker(e: Event<'_>) -> Event<'_> {
    match e {
        // Task list boxes are read-only; give them a name so assistive tech can say what they are.
        Event::TaskListMarker(done) => Event::Html(CowStr::Borrowed(if done {
            "<input type=\"checkbox\" disabled checked aria-label=\"done\"> "
        } else {
            "<input type=\"checkbox\" disabled aria-label=\"not done\"> "
        })),
        e => e,
    }
}

/// What the links of one document can point at.
pub struct LinkTargets<'a> {
    /// Source path relative to content/ (`mod/lesson.md`) -> output path (`mod/lesson.html`).
    pub pages: &'a HashMap<String, String>,
    /// Every output path a relative link may name (assets, static files, every page).
    pub files: &'a HashSet<String>,
    /// Source paths of documents that did not load (`Course::failed_documents`): their own
    /// errors are reported, and a link to one is not reported as missing too.
    pub failed: &'a HashSet<String>,
}

/// A `#fragment` to check once every document's headings are known.
#[derive(Debug, Clone)]
pub struct AnchorCheck {
    /// Output path of the target page.
    pub target: String,
    pub fragment: String,
    pub span: Range<usize>,
}

/// A `{{ exercise ID }}` marker in a body: the exercise and where the marker stands in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseMarker {
    pub id: String,
    pub span: Range<usize>,
}

/// Result of compiling one document: one entry of the compiled layer (`site::Compiled`).
#[derive(Debug, Default)]
pub struct Compiled {
    /// The body as HTML with exercise slots (empty unless asked for, and let go once its page is
    /// written).
    pub parts: Vec<BodyPart>,
    pub headings: Vec<Heading>,
    pub markers: Vec<ExerciseMarker>,
    pub anchors: Vec<AnchorCheck>,
    pub diagnostics: Vec<Diagnostic>,
    /// The body's plain text by section, for the search index (`compile_with_text` only).
    pub text: Option<Vec<Section>>,
}

/// Compiles a document. `doc.dir` is its folder relative to content/ ("" or "mod") and
/// `doc.output` its page; assets sit beside it in the output, so relative asset links stay as
/// written.
///
/// One pass over the parser that rewrites and writes HTML as it goes, holding only the events of
/// the heading it is in. (Collecting every event first held about 15 bytes per byte of Markdown:
/// a 50 MB lesson peaked above 1 GB.) Footnote ids are found first, by a second parse, only in a
/// document that may have footnotes.
pub fn compile(doc: &Document, targets: &LinkTargets, style: HtmlStyle) -> Compiled {
    compile_doc(doc, targets, style, None)
}

/// `compile`, also making the body's plain text for the search index (`Compiled::text`) from the
/// same events: reading it back out of the HTML was a quarter of the index's cost.
pub fn compile_with_text(doc: &Document, targets: &LinkTargets, style: HtmlStyle) -> Compiled {
    let mut writer = TextWriter::default();
    let mut compiled = compile_doc(doc, targets, style, Some(&mut writer));
    compiled.text = Some(writer.finish());
    compiled
}

fn compile_doc(doc: &Document, targets: &LinkTargets, style: HtmlStyle, text_writer: Option<&mut TextWriter>) -> Compiled {
    let text = doc.source.text.clone();
    // "" once a build has let the text go (`site::Site::release_sources`).
    let body = text.get(doc.body_offset..).unwrap_or("");
    let mut ids = DocumentIds::new();
    if body.contains("[^") {
        ids.give_footnote_ids(body);
    }
    let mut result = Compiled::default();
    let mut rewriter = Rewriter {
        events: Parser::new_ext(body, options()).into_offset_iter(),
        body,
        doc,
        targets,
        ids,
        result: &mut result,
        queue: VecDeque::new(),
        own_links: Vec::new(),
        marker: None,
        markers: Vec::new(),
    };
    let parts = render_parts(&mut rewriter, style, text_writer);
    rewriter.check_own_links();
    let Rewriter { ids, markers, .. } = rewriter;
    result.parts = parts;
    result.markers = markers;
    result.headings = ids.headings;
    result
}

/// The ids a document gives. Footnotes get `fn-<label>` before any heading has an id, and headings
/// (in document order, from their text, de-duplicated) never take an id already given, so a
/// footnote `[^sbi]` and a heading `## SBI` cannot share one.
struct DocumentIds {
    /// Every id given so far, with the next suffix to try for it.
    used: HashMap<String, usize>,
    /// Footnote label (lower case) -> id.
    footnotes: HashMap<String, String>,
    headings: Vec<Heading>,
}

impl DocumentIds {
    fn new() -> DocumentIds {
        // Ids the default theme's pages give: `main` (the skip link's target), `course-title`
        // (home). A heading "Main" gets `main-1`.
        let used = HashMap::from([("main".to_string(), 1), ("course-title".to_string(), 1)]);
        DocumentIds { used, footnotes: HashMap::new(), headings: Vec::new() }
    }

    /// Ids for every footnote label of `body` (labels match regardless of case, as pulldown-cmark
    /// matches them).
    fn give_footnote_ids(&mut self, body: &str) {
        for event in Parser::new_ext(body, options()) {
            if let Event::FootnoteReference(label) | Event::Start(Tag::FootnoteDefinition(label)) = event {
                if !self.footnotes.contains_key(&label.to_lowercase()) {
                    let id = unique_id(&mut self.used, format!("fn-{}", slugify(&label)));
                    self.footnotes.insert(label.to_lowercase(), id);
                }
            }
        }
    }

    /// The id of the next heading: the one it names (`{#id}`) or the slug of its text.
    fn give_heading_id(&mut self, level: u8, named: Option<&str>, text: String) -> usize {
        let base = named.map(str::to_string).unwrap_or_else(|| slugify(&text));
        let id = unique_id(&mut self.used, base);
        self.headings.push(Heading { level, id, text });
        self.headings.len() - 1
    }

    fn contains(&self, id: &str) -> bool {
        self.headings.iter().any(|h| h.id == id) || self.footnotes.values().any(|f| f == id)
    }
}

/// What the parser says of a heading as it starts (`Tag::Heading`).
struct HeadingTag<'a> {
    level: HeadingLevel,
    /// The id the author gave (`## Title {#id}`).
    named: Option<CowStr<'a>>,
    classes: Vec<CowStr<'a>>,
    attrs: Vec<(CowStr<'a>, Option<CowStr<'a>>)>,
}

/// The body as HTML parts: HTML up to each exercise marker, the marker's slot, and so on. Each
/// part is written straight from the rewriting iterator, whose events also go to `text_writer`.
fn render_parts(rewriter: &mut Rewriter, style: HtmlStyle, mut text_writer: Option<&mut TextWriter>) -> Vec<BodyPart> {
    let mut parts = Vec::new();
    loop {
        let mut html_part = String::new();
        let events = rewriter.by_ref().inspect(|e| {
            if let Some(w) = text_writer.as_deref_mut() {
                w.event(e);
            }
        });
        match style {
            HtmlStyle::Skip => events.for_each(drop),
            HtmlStyle::Lines => html::push_html(&mut html_part, events),
            HtmlStyle::Compact => push_compact_html(&mut html_part, events),
        }
        if !html_part.is_empty() {
            parts.push(BodyPart::Html(html_part));
        }
        // The iterator ended at a marker (more follows) or at the end of the document.
        match rewriter.marker.take() {
            Some(id) => parts.push(BodyPart::Exercise(id)),
            None => return parts,
        }
        if let Some(w) = text_writer.as_deref_mut() {
            w.part_break();
        }
    }
}

/// The parser's events with heading ids and anchors, links rewritten (and checked), footnote ids
/// and task boxes. It stops at an `{{ exercise ID }}` paragraph, leaving the id in `marker`, and
/// goes on when called again.
struct Rewriter<'a, 'r> {
    events: pulldown_cmark::OffsetIter<'a>,
    body: &'a str,
    doc: &'r Document,
    targets: &'r LinkTargets<'r>,
    ids: DocumentIds,
    result: &'r mut Compiled,
    /// The rest of a heading, given out before the parser's next event.
    queue: VecDeque<Event<'a>>,
    /// Links to `#fragment` of this page, checked once every heading has its id.
    own_links: Vec<(String, Range<usize>)>,
    marker: Option<String>,
    markers: Vec<ExerciseMarker>,
}

impl<'a> Iterator for Rewriter<'a, '_> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        if let Some(e) = self.queue.pop_front() {
            return Some(e);
        }
        let (event, range) = self.events.next()?;
        match event {
            Event::Start(Tag::Paragraph) => match exercise_marker(&self.body[range.clone()]) {
                Some(id) => {
                    // The paragraph holds only the marker: skip to its end.
                    self.events.by_ref().find(|(e, _)| matches!(e, Event::End(TagEnd::Paragraph)));
                    self.markers.push(ExerciseMarker { id: id.clone(), span: self.file_span(&range) });
                    self.marker = Some(id);
                    None
                }
                None => Some(Event::Start(Tag::Paragraph)),
            },
            Event::Start(Tag::Heading { level, id, classes, attrs }) => Some(self.heading(HeadingTag { level, named: id, classes, attrs })),
            e => Some(self.rewrite_event(e, &range)),
        }
    }
}

impl<'a> Rewriter<'a, '_> {
    fn file_span(&self, range: &Range<usize>) -> Range<usize> {
        (range.start + self.doc.body_offset)..(range.end + self.doc.body_offset)
    }

    /// A heading's start tag with its id. Its id comes from its text, so the heading's events are
    /// read up to its end first and queued, followed by the anchor link and the end tag.
    fn heading(&mut self, tag: HeadingTag<'a>) -> Event<'a> {
        let HeadingTag { level, named, classes, attrs } = tag;
        let mut text = String::new();
        while let Some((e, range)) = self.events.next() {
            if matches!(e, Event::End(TagEnd::Heading(_))) {
                break;
            }
            if let Event::Text(t) | Event::Code(t) = &e {
                text.push_str(t);
            }
            let e = self.rewrite_event(e, &range);
            self.queue.push_back(e);
        }
        let h = self.ids.give_heading_id(level as u8, named.as_deref(), text);
        let hd = &self.ids.headings[h];
        // Not a tab stop: a keyboard user reaches the content (and the first answer box) without
        // a stop at every heading; a pointer still copies the link.
        self.queue.push_back(Event::Html(CowStr::from(format!(
            " <a class=\"heading-anchor\" href=\"#{}\" tabindex=\"-1\" aria-label=\"Link to this section: {}\">#</a>",
            esc(&hd.id),
            esc(&hd.text)
        ))));
        self.queue.push_back(Event::End(TagEnd::Heading(level)));
        Event::Start(Tag::Heading { level, id: Some(CowStr::from(hd.id.clone())), classes, attrs })
    }

    /// Links and images rewritten, footnote ids, task boxes; other events as they are.
    fn rewrite_event(&mut self, event: Event<'a>, range: &Range<usize>) -> Event<'a> {
        match event {
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest = self.rewrite_url(&dest_url, range);
                Event::Start(Tag::Link { link_type, dest_url: dest.map(CowStr::from).unwrap_or(dest_url), title, id })
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                let dest = self.rewrite_url(&dest_url, range);
                Event::Start(Tag::Image { link_type, dest_url: dest.map(CowStr::from).unwrap_or(dest_url), title, id })
            }
            // pulldown-cmark writes a footnote's label as its id and as the reference's href.
            Event::FootnoteReference(label) => Event::FootnoteReference(footnote_id(&self.ids.footnotes, &label)),
            Event::Start(Tag::FootnoteDefinition(label)) => Event::Start(Tag::FootnoteDefinition(footnote_id(&self.ids.footnotes, &label))),
            e => task_marker(e),
        }
    }

    fn rewrite_url(&mut self, url: &str, range: &Range<usize>) -> Option<String> {
        let span = self.file_span(range);
        if let Some(fragment) = url.strip_prefix('#') {
            self.own_links.push((fragment.to_string(), span));
            return None;
        }
        rewrite_link(url, self.doc.dir.as_str(), self.doc.output.as_str(), self.targets, &span, &self.doc.source, self.result)
    }

    /// Links to a `#fragment` of this page that no heading or footnote has.
    fn check_own_links(&mut self) {
        for (fragment, span) in std::mem::take(&mut self.own_links) {
            if self.ids.contains(&fragment) {
                continue;
            }
            let ids: HashSet<&str> =
                self.ids.headings.iter().map(|h| h.id.as_str()).chain(self.ids.footnotes.values().map(String::as_str)).collect();
            self.result.diagnostics.push(
                Diagnostic::error(format!("link to a missing anchor `#{fragment}`"))
                    .in_file(&self.doc.source)
                    .at(span)
                    .label("no heading or footnote has this id")
                    .hint(format!("headings here have the ids: {}", list_ids(&ids))),
            );
        }
    }
}

/// `base`, or `base-1`, `base-2`... when an earlier heading or footnote has it. `used` holds every
/// id given so far with the next suffix to try for it.
fn unique_id(used: &mut HashMap<String, usize>, base: String) -> String {
    let mut n = used.get(&base).copied().unwrap_or(0);
    let mut unique = base.clone();
    if n > 0 {
        unique = format!("{base}-{n}");
        // A suffixed id may already be the plain id of another heading ("## A", "## A 1", "## A").
        while used.contains_key(&unique) {
            n += 1;
            unique = format!("{base}-{n}");
        }
    }
    used.insert(base, n + 1);
    used.entry(unique.clone()).or_insert(1);
    unique
}

fn footnote_id<'a>(ids: &HashMap<String, String>, label: &str) -> CowStr<'a> {
    CowStr::from(ids.get(&label.to_lowercase()).cloned().unwrap_or_else(|| format!("fn-{}", slugify(label))))
}

/// `{{ exercise some-id }}` alone in a paragraph.
pub fn exercise_marker(paragraph_source: &str) -> Option<String> {
    let t = paragraph_source.trim();
    let inner = t.strip_prefix("{{")?.strip_suffix("}}")?.trim();
    let mut words = inner.split_whitespace();
    if words.next()? != "exercise" {
        return None;
    }
    let id = words.next()?;
    if words.next().is_some() {
        return None;
    }
    Some(id.to_string())
}

fn is_external(url: &str) -> bool {
    if url.starts_with("//") {
        return true;
    }
    match url.find(':') {
        Some(colon) => {
            let scheme = &url[..colon];
            !scheme.is_empty()
                && !scheme.contains(['/', '?', '#'])
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        }
        None => false,
    }
}

/// Resolves `path` (relative, `/`-separated) against `dir`; None when it climbs out of the site.
pub fn join(dir: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

/// The relative URL from the page at `from` (an output path) to the output path `to`.
pub fn relative_url(from: &str, to: &str) -> String {
    // Called for every link of every page (the module navigation alone: 30 per lesson page), so
    // it works on the strings as they are, without splitting them into segments.
    let from_dir = from.rfind('/').map_or("", |i| &from[..=i]);
    // The folders both paths start with, up to and including the last shared `/`.
    let mut common = 0;
    for (i, (a, b)) in from_dir.bytes().zip(to.bytes()).enumerate() {
        if a != b {
            break;
        }
        if a == b'/' {
            common = i + 1;
        }
    }
    let ups = from_dir[common..].bytes().filter(|&b| b == b'/').count();
    let mut out = String::with_capacity(ups * 3 + to.len() - common);
    for _ in 0..ups {
        out.push_str("../");
    }
    out.push_str(&to[common..]);
    out
}

#[allow(clippy::too_many_arguments)]
fn rewrite_link(
    url: &str,
    dir: &str,
    self_output: &str,
    targets: &LinkTargets,
    span: &Range<usize>,
    source: &crate::diagnostics::SourceText,
    result: &mut Compiled,
) -> Option<String> {
    if url.is_empty() || is_external(url) {
        return None;
    }
    // Links to `#fragment` of the same page are checked by `Rewriter::check_own_links`.
    if url.starts_with('/') {
        result.diagnostics.push(
            Diagnostic::warning(format!("absolute link `{url}` breaks when the site is hosted under a sub-path or opened from disk"))
                .in_file(source)
                .at(span.clone())
                .hint("use a relative link, e.g. `../other-module/lesson.md`"),
        );
        return None;
    }
    let (path_and_query, fragment) = match url.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (url, None),
    };
    let path = path_and_query.split('?').next().unwrap_or("");
    let decoded = percent_decode(path);
    let Some(resolved) = join(dir, &decoded) else {
        return static_link(url, &decoded, fragment, dir, self_output, targets, span, source, result);
    };
    if decoded.ends_with(".md") {
        let Some(target) = targets.pages.get(&resolved) else {
            if targets.failed.contains(&resolved) {
                return None;
            }
            let hint = match closest(&resolved, targets.pages.keys().map(String::as_str)) {
                Some(near) => format!("did you mean `{}`? (links to lessons are relative to this file)", relative_url(&in_dir(dir), near)),
                None => "fix the path: links to lessons are relative to this file, e.g. `02-next.md` or `../02-module/01-lesson.md`".into(),
            };
            result.diagnostics.push(
                Diagnostic::error(format!("link to a missing file `{url}`"))
                    .in_file(source)
                    .at(span.clone())
                    // content/, or a translation's content.<lang>/ (the tree of this file).
                    .label(format!("{}/{resolved} does not exist", source.name.split('/').next().unwrap_or("content")))
                    .hint(hint),
            );
            return None;
        };
        let mut href = relative_url(self_output, target);
        if let Some(f) = fragment {
            if !f.is_empty() {
                result.anchors.push(AnchorCheck { target: target.clone(), fragment: f.to_string(), span: span.clone() });
                href.push('#');
                href.push_str(f);
            }
        }
        return Some(href);
    }
    if !targets.files.contains(&resolved) && !targets.failed.contains(&page_source(&resolved)) {
        let hint = match closest(&resolved, targets.files.iter().map(String::as_str)) {
            Some(near) => format!("did you mean `{}`?", relative_url(&in_dir(dir), near)),
            None => "put the file next to the lesson or in static/, or fix the path".into(),
        };
        result.diagnostics.push(
            Diagnostic::error(format!("link to a missing file `{url}`"))
                .in_file(source)
                .at(span.clone())
                .label("no such file in content/ or static/")
                .hint(hint),
        );
    }
    None
}

/// The source a page's output path is made from (`m/a.html` from `m/a.md`, `m/index.html` from
/// `m/_index.md`), for a link that names a page's .html directly.
fn page_source(output: &str) -> String {
    match output.strip_suffix("index.html") {
        Some(dir) if dir.is_empty() || dir.ends_with('/') => format!("{dir}_index.md"),
        _ => output.strip_suffix(".html").map_or_else(String::new, |stem| format!("{stem}.md")),
    }
}

/// A link that climbs out of content/, read from the lesson's place in the course folder: one into
/// static/ (`../../static/img/a.png` from a lesson) names that file where the site has it
/// (`../img/a.png`); anything else points outside what the site publishes.
#[allow(clippy::too_many_arguments)]
fn static_link(
    url: &str,
    decoded: &str,
    fragment: Option<&str>,
    dir: &str,
    self_output: &str,
    targets: &LinkTargets,
    span: &Range<usize>,
    source: &crate::diagnostics::SourceText,
    result: &mut Compiled,
) -> Option<String> {
    let from_root = join(&format!("content/{dir}"), decoded);
    let Some(file) = from_root.as_deref().and_then(|p| p.strip_prefix("static/")) else {
        result.diagnostics.push(
            Diagnostic::error(format!("link `{url}` points outside the course"))
                .in_file(source)
                .at(span.clone())
                .label("only files in content/ and static/ are published")
                .hint("link to a file beside the lesson (`photo.png`) or in static/ (from a lesson: `../../static/img/photo.png`)"),
        );
        return None;
    };
    if !targets.files.contains(file) {
        let mut hint = "put the file in static/, or fix the path".to_string();
        let in_static = targets.files.iter().map(String::as_str).filter(|f| !f.ends_with(".html"));
        if let Some(near) = closest(file, in_static) {
            hint = format!("did you mean `static/{near}`? ({hint})");
        }
        result.diagnostics.push(
            Diagnostic::error(format!("link to a missing file `{url}`"))
                .in_file(source)
                .at(span.clone())
                .label(format!("static/{file} does not exist"))
                .hint(hint),
        );
        return None;
    }
    let mut href = relative_url(self_output, file);
    if let Some(f) = fragment.filter(|f| !f.is_empty()) {
        href.push('#');
        href.push_str(f);
    }
    Some(href)
}

/// A file name in `dir` (relative to content/), for `relative_url` from that folder.
fn in_dir(dir: &str) -> String {
    if dir.is_empty() {
        "_".into()
    } else {
        format!("{dir}/_")
    }
}

/// The known name closest to `wanted` (a typo's likely fix): at most a third of it differs.
fn closest<'a>(wanted: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (wanted.chars().count() / 3).max(2);
    known.map(|k| (strsim::levenshtein(wanted, k), k)).filter(|(d, _)| *d <= limit).min_by_key(|&(d, k)| (d, k)).map(|(_, k)| k)
}

fn list_ids(ids: &HashSet<&str>) -> String {
    let mut v: Vec<&&str> = ids.iter().collect();
    v.sort();
    if v.is_empty() {
        return "(none)".into();
    }
    v.iter().map(|s| format!("#{s}")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::SourceText;
    use std::sync::Arc;

    fn doc(text: &str) -> Document {
        Document::new(SourceText::new("content/m/a.md", Arc::from(text)), 0)
    }

    fn html(d: &Compiled) -> String {
        d.parts
            .iter()
            .map(|p| match p {
                BodyPart::Html(h) => h.clone(),
                BodyPart::Exercise(id) => format!("[{id}]"),
            })
            .collect()
    }

    fn targets() -> (HashMap<String, String>, HashSet<String>) {
        let mut pages = HashMap::new();
        pages.insert("m/a.md".to_string(), "m/a.html".to_string());
        pages.insert("m/b.md".to_string(), "m/b.html".to_string());
        pages.insert("n/c.md".to_string(), "n/c.html".to_string());
        let mut files = HashSet::new();
        files.insert("m/pic.png".to_string());
        files.insert("img/a.png".to_string());
        files.extend(pages.values().cloned());
        (pages, files)
    }

    fn run(text: &str) -> Compiled {
        let (pages, files) = targets();
        let mut d = doc(text);
        d.dir = "m".into();
        d.output = "m/a.html".into();
        compile(&d, &LinkTargets { pages: &pages, files: &files, failed: &HashSet::new() }, HtmlStyle::Lines)
    }

    #[test]
    fn a_page_output_path_names_its_source() {
        assert_eq!(page_source("m/a.html"), "m/a.md");
        assert_eq!(page_source("m/index.html"), "m/_index.md");
        assert_eq!(page_source("index.html"), "_index.md");
        assert_eq!(page_source("m/reindex.html"), "m/reindex.md");
        assert_eq!(page_source("img/a.png"), "");
    }

    #[test]
    fn links_to_this_page_are_checked_against_every_heading_before_and_after() {
        // A link may point at a heading further down: the check waits for the whole document.
        let c =
            run("See [below](#later-with-a-link) and [gone](#nowhere).\n\n## Later with [a link](b.md)\n\nText[^n].\n\n[^n]: A note.\n");
        let errors: Vec<_> = c.diagnostics.iter().map(|d| d.message.clone()).collect();
        assert_eq!(errors, ["link to a missing anchor `#nowhere`"], "{errors:?}");
        let h = html(&c);
        // The link inside the heading is rewritten too, and the heading's id is from its text.
        assert!(h.contains("<h2 id=\"later-with-a-link\">Later with <a href=\"b.html\">a link</a>"), "{h}");
        let c = run("[up](#fn-n) [to](#later-with-a-link)\n\n## Later with [a link](b.md)\n\nText[^n].\n\n[^n]: A note.\n");
        assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics.iter().map(|d| &d.message).collect::<Vec<_>>());
    }

    #[test]
    fn headings_get_unique_ids_and_anchor_links() {
        let c = run("## Hello\n\n## Hello\n\n### Hello world\n");
        assert!(c.diagnostics.is_empty());
        let ids: Vec<_> = c.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["hello", "hello-1", "hello-world"]);
        let h = html(&c);
        assert!(h.contains("<h2 id=\"hello-1\">"), "{h}");
        assert!(h.contains("href=\"#hello-1\""), "{h}");
    }

    #[test]
    fn md_links_become_page_links() {
        let c = run("[b](b.md) [c](../n/c.md#x) [ext](https://e.org/x.md) [img](pic.png)\n");
        assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
        let h = html(&c);
        assert!(h.contains("href=\"b.html\""), "{h}");
        assert!(h.contains("href=\"../n/c.html#x\""), "{h}");
        assert!(h.contains("href=\"https://e.org/x.md\""), "{h}");
        assert_eq!(c.anchors.len(), 1);
        assert_eq!(c.anchors[0].target, "n/c.html");
    }

    #[test]
    fn missing_link_target_is_an_error_with_position() {
        let c = run("Intro\n\nSee [gone](gone.md) and [g2](nope.png).\n");
        assert_eq!(c.diagnostics.len(), 2);
        assert_eq!(c.diagnostics[0].location().unwrap(), "content/m/a.md:3:5");
    }

    #[test]
    fn missing_own_anchor_is_an_error() {
        let c = run("## Here\n\n[x](#there) [y](#here)\n");
        assert_eq!(c.diagnostics.len(), 1);
        assert!(c.diagnostics[0].message.contains("#there"));
    }

    #[test]
    fn footnote_ids_never_collide_with_heading_ids() {
        let c = run("## SBI\n\nText[^sbi] and[^Two].\n\n## Fn SBI\n\n[back](#fn-sbi) [up](#sbi)\n\n[^sbi]: Note.\n\n[^two]: Other.\n");
        assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
        let ids: Vec<_> = c.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["sbi", "fn-sbi-1"]);
        let h = html(&c);
        assert!(h.contains("<h2 id=\"sbi\">"), "{h}");
        assert!(h.contains("href=\"#fn-sbi\""), "{h}");
        assert!(h.contains("id=\"fn-sbi\""), "{h}");
        // Labels match regardless of case, and so do their ids.
        assert!(h.contains("href=\"#fn-two\"") && h.contains("id=\"fn-two\""), "{h}");
        assert_eq!(h.matches("id=\"sbi\"").count(), 1, "{h}");
        let c = run("Text[^a].\n\n[x](#fn-b)\n\n[^a]: Note.\n");
        assert_eq!(c.diagnostics.len(), 1, "{:?}", c.diagnostics);
        assert!(c.diagnostics[0].message.contains("#fn-b"));
    }

    #[test]
    fn links_into_static_name_the_published_file() {
        let c = run("![a](../../static/img/a.png) [dl](../../static/img/a.png#x)\n");
        assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
        let h = html(&c);
        assert!(h.contains("src=\"../img/a.png\""), "{h}");
        assert!(h.contains("href=\"../img/a.png#x\""), "{h}");
        // The published path works too.
        assert!(run("![a](../img/a.png)\n").diagnostics.is_empty());
        let c = run("![a](../../static/img/b.png)\n");
        assert_eq!(c.diagnostics.len(), 1);
        assert!(c.diagnostics[0].message.contains("missing file"), "{:?}", c.diagnostics[0]);
        assert!(c.diagnostics[0].hint.as_deref().unwrap_or("").contains("did you mean `static/img/a.png`"), "{:?}", c.diagnostics[0]);
        let c = run("[x](../../exercises/e.toml)\n");
        assert!(c.diagnostics[0].message.contains("points outside the course"), "{:?}", c.diagnostics[0]);
    }

    #[test]
    fn a_mistyped_lesson_link_suggests_the_file() {
        let c = run("[b](bb.md) [c](../n/cc.md) [far](zzzzzz.md)\n");
        assert_eq!(c.diagnostics.len(), 3);
        let hints: Vec<String> = c.diagnostics.iter().map(|d| d.hint.clone().unwrap_or_default()).collect();
        assert!(hints[0].contains("did you mean `b.md`?"), "{hints:?}");
        assert!(hints[1].contains("did you mean `../n/c.md`?"), "{hints:?}");
        assert!(!hints[2].contains("did you mean"), "{hints:?}");
    }

    #[test]
    fn exercise_markers_become_slots() {
        let c = run("Before\n\n{{ exercise my-ex }}\n\nAfter\n\n```\n{{ exercise not-me }}\n```\n");
        assert_eq!(c.markers.len(), 1);
        assert_eq!(c.markers[0].id, "my-ex");
        let h = html(&c);
        assert!(h.contains("<p>Before</p>\n[my-ex]<p>After</p>"), "{h}");
        assert!(h.contains("not-me"));
    }

    #[test]
    fn relative_urls() {
        assert_eq!(relative_url("m/a.html", "m/b.html"), "b.html");
        assert_eq!(relative_url("m/a.html", "n/c.html"), "../n/c.html");
        assert_eq!(relative_url("index.html", "n/c.html"), "n/c.html");
        assert_eq!(relative_url("m/a.html", "index.html"), "../index.html");
        assert_eq!(relative_url("a/b/x.html", "a/c/y.html"), "../c/y.html");
        assert_eq!(relative_url("a/b/x.html", "a/b/y.html#z"), "y.html#z");
        assert_eq!(relative_url("ab/x.html", "a/y.html"), "../a/y.html");
        assert_eq!(relative_url("a/x.html", "ab/y.html"), "../ab/y.html");
        assert_eq!(relative_url("handouts/m.html", "m/assets/p.png"), "../m/assets/p.png");
    }

    #[test]
    fn smart_punctuation_tables_footnotes_tasks() {
        let c = run("\"Quote\" -- x\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNote[^1]\n\n[^1]: The note.\n\n- [x] done\n\n~~old~~\n");
        let h = html(&c);
        assert!(h.contains("“Quote”"), "{h}");
        assert!(h.contains("<table>"));
        assert!(h.contains("footnote"));
        assert!(h.contains("aria-label=\"done\""));
        assert!(h.contains("<del>old</del>"));
    }

    fn compact(md: &str) -> String {
        let mut out = String::new();
        push_compact_html(&mut out, Parser::new_ext(md, options()));
        out
    }

    #[test]
    fn compact_html_drops_the_newlines_between_blocks_only() {
        let md = "# Title\n\nOne *two*\nthree  \nfour\n\n- a\n- b\n\n1. c\n\n> quote\n\n---\n\n| x |\n|---|\n| 1 |\n";
        assert_eq!(
            compact(md),
            "<h1>Title</h1><p>One <em>two</em>\nthree<br />four</p><ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>\
             <blockquote><p>quote</p></blockquote><hr /><table><thead><tr><th>x</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
        );
    }

    #[test]
    fn compact_html_keeps_code_and_raw_html_as_written() {
        let md =
            "Text\n\n```rust\nfn main() {\n    x < y;\n}\n```\n\n<div class=\"x\">\n<pre>\n  kept\n</pre>\n</div>\n\nA <span>\n</span> b\n";
        let out = compact(md);
        assert!(out.starts_with("<p>Text</p><pre><code class=\"language-rust\">fn main() {\n    x &lt; y;\n}\n</code></pre>"), "{out}");
        assert!(out.contains("<div class=\"x\">\n<pre>\n  kept\n</pre>\n</div>\n"), "{out}");
        assert!(out.ends_with("<p>A <span>\n</span> b</p>"), "{out}");
    }

    #[test]
    fn compact_html_is_the_same_text_as_pulldown_cmark_writes() {
        // Only whitespace between tags may differ: the same text and tags in the same order.
        let md = "## A\n\nPara with [link](x.md) and `code`.\n\n* [ ] task\n  1. nested\n\n     more\n\nFoot[^n]\n\n[^n]: note\n";
        let mut lines = String::new();
        html::push_html(&mut lines, Parser::new_ext(md, options()));
        let squash = |s: &str| s.replace(">\n", ">").replace("\n<", "<");
        assert_eq!(squash(&lines), squash(&compact(md)));
        assert!(compact(md).len() < lines.len());
    }

    /// Markdown of every kind the search index reads: the text made from the parser's events
    /// must be the text of the HTML the page shows.
    const TEXT_SAMPLES: &[&str] = &[
        "# The *first* follower\n\nIntro with *em*, **strong**, ~~gone~~, `code <x> &amp;` and [a link](b.md) -- \"quoted\" it's...\n\n## Second `step` [linked](#second-step)\n\nMore &amp; more &copy; &#39;n&#x27; caf\u{e9}&nbsp;au\tlait\u{2003}x",
        "Text[^a] more[^b].\n\n[^a]: Note *A*.\n[^b]: Note B\n\n## SBI\n\nAgain[^a] and[^c].\n\n[^c]: Third.",
        "Before ![alt *text* here](pic.png \"title\") after.\n\n[![inner alt](pic.png)](b.md) and ![outer ![nested](pic.png) alt](pic.png)x",
        "| a | *b* |\n|---|:-:|\n| 1 | 2 `c` |\n| x |\n\nafter",
        "```rust\nfn main() {\n    let x = \"<script>\";\n}\n```\n\n    indented\n    code\n\ntext",
        "<div class=\"x\"\n  data-y=\"1\">\n<p>inside &amp; out</p>\n<script>var a = \"<b>\";\n</script>\n</div>\n\n<h2 id=\"raw-heading\">Raw <em>heading</em></h2>\n\nInline <span>b</span>c <!-- note --> d <style>p{}</style> e <kbd>K</kbd>ey",
        "- [ ] todo *item*\n- [x] done\n  continued\n\n1. one\n2. two\n   - nested\n\n> quoted\n> line\n\n---\n\nline one  \nline two\\\nline three",
        "Intro[^n].\n\n{{ exercise ex-a }}\n\nAfter the exercise[^m].\n\n## Heading\n\nUnder.\n\n{{ exercise ex-b }}\n\nTail.\n\n[^n]: N.\n[^m]: M.",
        "## \n\n## Same\n\n## Same\n\n- ## In a list\n\n  text\n\n#### `code` only",
        "",
        "<script>\nnot text\n</script>\n\n**after**",
    ];

    fn text_of_html(c: &Compiled) -> Vec<Section> {
        let mut writer = TextWriter::default();
        for part in &c.parts {
            match part {
                BodyPart::Html(h) => writer.html(h),
                BodyPart::Exercise(_) => writer.part_break(),
            }
        }
        writer.finish()
    }

    #[test]
    fn the_text_from_events_is_the_text_of_the_html() {
        let (pages, files) = targets();
        let targets = LinkTargets { pages: &pages, files: &files, failed: &HashSet::new() };
        for md in TEXT_SAMPLES {
            let mut d = doc(md);
            d.dir = "m".into();
            d.output = "m/a.html".into();
            let compact = compile_with_text(&d, &targets, HtmlStyle::Compact);
            let from_events = compact.text.clone().unwrap();
            assert_eq!(from_events, text_of_html(&compact), "{md:?}");
            let lines = compile_with_text(&d, &targets, HtmlStyle::Lines);
            assert_eq!(lines.text.as_ref(), Some(&from_events), "{md:?}");
            assert_eq!(text_of_html(&lines), from_events, "{md:?}");
            let skip = compile_with_text(&d, &targets, HtmlStyle::Skip);
            assert_eq!(skip.text.as_ref(), Some(&from_events), "{md:?}");
            assert!(compile(&d, &targets, HtmlStyle::Compact).text.is_none());
        }
        // What the text is: sections at headings, footnote numbers, no alt text, no "#".
        let c = compile_with_text(&doc(TEXT_SAMPLES[1]), &targets, HtmlStyle::Skip);
        let text = c.text.unwrap();
        assert_eq!(text[0].text, "Text1 more2. 1 Note A. 2 Note B");
        assert_eq!((text[1].anchor.as_str(), text[1].title.as_str()), ("sbi", "SBI"));
        assert_eq!(text[1].text, "Again1 and3. 3 Third.");
        let c = compile_with_text(&doc(TEXT_SAMPLES[2]), &targets, HtmlStyle::Skip);
        assert_eq!(c.text.unwrap()[0].text, "Before after. and x");
    }
}
