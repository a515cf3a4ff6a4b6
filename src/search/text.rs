//! Words and text for the search index: how a page's HTML becomes plain sections, how text is cut
//! into words, and how a word is normalised. `themes/default/static/search.js` normalises queries
//! the same way (`fold` there); the two must agree, which the unit tests below pin down.

use std::borrow::Cow;

use pulldown_cmark::{Event, Tag, TagEnd};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::bytes16::{self, Classes};

/// One part of a page in the index: the text before the first heading (no anchor), a heading
/// with the text under it, or an exercise.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Section {
    /// The element id to link to ("" for the top of the page).
    pub anchor: String,
    /// Heading text or exercise title ("" for the top of the page).
    pub title: String,
    pub text: String,
}

/// A word as the index keys it before folding: lower case, accents kept (stemmers want them).
pub fn lower(text: &str) -> Cow<'_, str> {
    if text.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// Lower case without accents: `Équipe` -> `equipe`. The query side does
/// `s.toLowerCase().normalize('NFD')` and drops `\p{M}`; this is the same for every word we keep.
pub fn fold(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            return Cow::Owned(word.to_ascii_lowercase());
        }
        return Cow::Borrowed(word);
    }
    Cow::Owned(word.to_lowercase().nfd().filter(|c| !is_combining_mark(*c)).collect())
}

/// A character that belongs to a word (JavaScript: `[\p{Alphabetic}\p{N}\p{M}]`).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && is_combining_mark(c))
}

/// Where the word starting at byte `start` of `text` ends (`start` itself when no word starts
/// there), and whether it is all ASCII. A word is a run of letters, digits and their marks
/// (`is_word_char`), as `search.js` cuts queries. The index's tokenizer (`lexicon`) takes this
/// path for the words its 16-bytes-at-once path does not handle.
pub fn word_end(text: &str, start: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut ascii = true;
    let mut end = start;
    while end < bytes.len() {
        let b = bytes[end];
        if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                break;
            }
            end += 1;
        } else {
            let c = text[end..].chars().next().unwrap_or(' ');
            if !is_word_char(c) {
                break;
            }
            ascii = false;
            end += c.len_utf8();
        }
    }
    (end, ascii)
}

/// The words of `text` (runs of letters, digits and their marks, `word_end`).
/// Words of one character are left out: they find too much to be worth indexing.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < text.len() {
            let start = i;
            let (end, _) = word_end(text, start);
            if end == start {
                // Not a word character: skip it (one whole character).
                i += text[i..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            i = end;
            let w = &text[start..end];
            if w.chars().nth(1).is_some() {
                return Some(w);
            }
        }
        None
    })
}

/// English function words: in nearly every text, so indexing them would make the index much
/// bigger for no use. Other languages keep every word (no stop list of our own for them yet).
pub const ENGLISH_STOP_WORDS: &[&str] = &[
    "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "but", "by", "can",
    "could", "did", "do", "does", "each", "every", "for", "from", "had", "has", "have", "he", "her", "his", "how", "if", "in", "into",
    "is", "it", "its", "may", "me", "might", "must", "my", "no", "not", "of", "often", "on", "or", "our", "she", "should", "so", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "us", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "will", "with", "without", "would", "you", "your",
];

/// The words (lower case) left out of the index for `language` (a primary subtag): English's
/// function words, none for other languages.
pub fn stop_words(language: &str) -> &'static [&'static str] {
    if language == "en" {
        ENGLISH_STOP_WORDS
    } else {
        &[]
    }
}

/// Whether `word` (lower case) is left out of the index for `language`.
pub fn is_stop_word(language: &str, word: &str) -> bool {
    stop_words(language).binary_search(&word).is_ok()
}

/// The stemmer for a BCP 47 tag's language, when rust-stemmers has one.
pub fn stemmer_for(language: &str) -> Option<rust_stemmers::Stemmer> {
    use rust_stemmers::Algorithm as A;
    let primary = language.split('-').next().unwrap_or("").to_ascii_lowercase();
    let algorithm = match primary.as_str() {
        "ar" => A::Arabic,
        "da" => A::Danish,
        "nl" => A::Dutch,
        "en" => A::English,
        "fi" => A::Finnish,
        "fr" => A::French,
        "de" => A::German,
        "el" => A::Greek,
        "hu" => A::Hungarian,
        "it" => A::Italian,
        "no" | "nb" | "nn" => A::Norwegian,
        "pt" => A::Portuguese,
        "ro" => A::Romanian,
        "ru" => A::Russian,
        "es" => A::Spanish,
        "sv" => A::Swedish,
        "ta" => A::Tamil,
        "tr" => A::Turkish,
        _ => return None,
    };
    Some(rust_stemmers::Stemmer::create(algorithm))
}

/// The primary language subtag, lower case: what the stop list and stemmer are chosen by.
pub fn primary_language(language: &str) -> String {
    language.split('-').next().unwrap_or("").to_ascii_lowercase()
}

/// Plain text of an HTML fragment as sonder writes it (exercise prompts and hints), appended to
/// `out`: tags dropped, with a space where a block ends, entities decoded, script and style
/// contents skipped.
pub fn html_text(html: &str, out: &mut String) {
    let mut writer = TextWriter { lead: std::mem::take(out), ..TextWriter::default() };
    writer.html(html);
    let sections = writer.finish();
    *out = String::new();
    for s in sections {
        push_spaced(out, &s.title);
        push_spaced(out, &s.text);
    }
}

fn push_spaced(out: &mut String, s: &str) {
    if s.is_empty() {
        return;
    }
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
    out.push_str(s);
}

/// Inline elements: no word break at their tags (`<em>lead</em>ership` is one word).
fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "abbr"
            | "b"
            | "bdi"
            | "bdo"
            | "cite"
            | "code"
            | "data"
            | "del"
            | "dfn"
            | "em"
            | "i"
            | "ins"
            | "kbd"
            | "mark"
            | "q"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "u"
            | "var"
    )
}

/// Where a page's plain text is made, cut into sections at its headings that have an id (every
/// Markdown heading has one): from the Markdown parser's events while the page is compiled
/// (`event`), so the text costs no second reading of the page's HTML, and from HTML (`html`:
/// raw HTML in Markdown, exercise prompts). Both give the text the page's HTML shows: a space
/// where a block starts or ends (none at inline elements: `<em>lead</em>ership` is one word),
/// runs of whitespace as one space, the heading anchor's "#" left out, script and style skipped.
#[derive(Default)]
pub struct TextWriter {
    /// Text before the first section.
    lead: String,
    sections: Vec<Section>,
    /// Inside the last section's heading (its level): text goes to the section's title.
    in_heading: Option<u8>,
    /// Inside a `<script>`, `<style>` or `<template>`: nothing is text until it closes.
    skip_until: Option<&'static str>,
    /// Inside an image (nesting depth): its alt text is an attribute in the HTML, not text.
    in_image: usize,
    /// Raw HTML of the HTML block being read: one of its tags may span its lines.
    html_block: Option<String>,
    /// Footnote numbers as pulldown-cmark's HTML writer gives them: from 1, in order of first
    /// reference or definition, by label.
    footnotes: Vec<String>,
}

impl TextWriter {
    /// The text's sections: the text before the first heading first (anchor "", also when
    /// there is no text at all), then one per heading.
    pub fn finish(mut self) -> Vec<Section> {
        self.lead.truncate(self.lead.trim_end().len());
        for s in self.sections.iter_mut() {
            s.text.truncate(s.text.trim_end().len());
        }
        if !self.lead.is_empty() || self.sections.is_empty() {
            self.sections.insert(0, Section { anchor: String::new(), title: String::new(), text: self.lead });
        }
        self.sections
    }

    /// The HTML writer starts again after an exercise slot (`markdown::compile` writes each part
    /// of a body with a new one), and so does its footnote numbering.
    pub fn part_break(&mut self) {
        self.footnotes.clear();
    }

    /// Takes in one event of the Markdown parser, as `markdown::compile` writes it to HTML.
    pub fn event(&mut self, event: &Event<'_>) {
        if self.in_image > 0 {
            match event {
                Event::Start(Tag::Image { .. }) => self.in_image += 1,
                Event::End(TagEnd::Image) => self.in_image -= 1,
                _ => {}
            }
            return;
        }
        match event {
            Event::Html(html) => match &mut self.html_block {
                Some(block) => block.push_str(html),
                None => self.html(html),
            },
            Event::InlineHtml(html) => self.html(html),
            // Inside a script or style only its end tag, in raw HTML, counts.
            _ if self.skip_until.is_some() => {}
            Event::Text(text) | Event::Code(text) | Event::InlineMath(text) | Event::DisplayMath(text) => push_plain(self.target(), text),
            Event::SoftBreak => push_plain(self.target(), "\n"),
            Event::FootnoteReference(label) => {
                let number = self.footnote_number(label);
                push_plain(self.target(), &number.to_string());
            }
            Event::HardBreak | Event::Rule | Event::TaskListMarker(_) => self.block_edge(),
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(*tag),
        }
    }

    fn start(&mut self, tag: &Tag<'_>) {
        match tag {
            Tag::Heading { level, id: Some(id), .. } => self.start_section(id, *level as u8),
            Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Superscript | Tag::Subscript | Tag::Link { .. } => {}
            Tag::Image { .. } => {
                self.block_edge();
                self.in_image = 1;
            }
            Tag::HtmlBlock => self.html_block = Some(String::new()),
            Tag::FootnoteDefinition(label) => {
                // `<div class="footnote-definition"><sup class="footnote-definition-label">1</sup>`
                self.block_edge();
                let number = self.footnote_number(label);
                push_plain(self.target(), &number.to_string());
            }
            _ => self.block_edge(),
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(level) if self.in_heading == Some(level as u8) => self.end_heading(),
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Superscript | TagEnd::Subscript | TagEnd::Link => {}
            TagEnd::HtmlBlock => {
                let block = self.html_block.take().unwrap_or_default();
                self.html(&block);
            }
            _ => self.block_edge(),
        }
    }

    fn footnote_number(&mut self, label: &str) -> usize {
        match self.footnotes.iter().position(|l| l == label) {
            Some(at) => at + 1,
            None => {
                self.footnotes.push(label.to_string());
                self.footnotes.len()
            }
        }
    }

    /// Takes in HTML: its tags and its text (entities decoded).
    pub fn html(&mut self, html: &str) {
        let bytes = html.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let next_tag = memchr_lt(bytes, i);
            let text = &html[i..next_tag];
            if self.skip_until.is_none() && !text.is_empty() {
                push_decoded(self.target(), text);
            }
            if next_tag >= bytes.len() {
                break;
            }
            let end = memchr::memchr(b'>', &bytes[next_tag..]).map_or(bytes.len(), |e| next_tag + e + 1);
            i = self.tag(&html[next_tag..end], html, end);
        }
    }

    /// Where text goes: `lead`, or the last section's title (inside its heading) or text.
    fn target(&mut self) -> &mut String {
        match (self.sections.last_mut(), self.in_heading) {
            (Some(s), Some(_)) => &mut s.title,
            (Some(s), None) => &mut s.text,
            (None, _) => &mut self.lead,
        }
    }

    /// A block's edge separates words.
    fn block_edge(&mut self) {
        let target = self.target();
        if !target.is_empty() && !target.ends_with(' ') {
            target.push(' ');
        }
    }

    fn start_section(&mut self, anchor: &str, level: u8) {
        // Room for a few paragraphs: a section's text is added a phrase at a time.
        let text = String::with_capacity(512);
        self.sections.push(Section { anchor: anchor.to_string(), title: String::new(), text });
        self.in_heading = Some(level);
    }

    fn end_heading(&mut self) {
        self.in_heading = None;
        if let Some(s) = self.sections.last_mut() {
            s.title.truncate(s.title.trim_end().len());
        }
    }

    /// Takes in an HTML tag that ends at `end` of `html`; returns where reading goes on.
    fn tag(&mut self, tag: &str, html: &str, end: usize) -> usize {
        let closing = tag.starts_with("</");
        let name_start = if closing { 2 } else { 1 };
        let name_len = tag[name_start..].find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(tag.len() - name_start);
        let name = lower(&tag[name_start..name_start + name_len]);
        if let Some(until) = self.skip_until {
            if closing && name == until {
                self.skip_until = None;
            }
            return end;
        }
        match name.as_ref() {
            "script" | "style" | "template" if !closing => {
                self.skip_until = Some(match name.as_ref() {
                    "script" => "script",
                    "style" => "style",
                    _ => "template",
                });
                return end;
            }
            // Skip the anchor's "#" up to its </a>.
            "a" if !closing && tag.contains("class=\"heading-anchor\"") => {
                return html[end..].find("</a>").map_or(html.len(), |e| end + e + 4)
            }
            _ => {}
        }
        if self.heading_tag(tag, &name, closing) {
            return end;
        }
        if !is_inline(&name) {
            self.block_edge();
        }
        end
    }

    /// A heading tag with an id starts a section; its end tag ends the section's title. Returns
    /// whether the tag was one of these.
    fn heading_tag(&mut self, tag: &str, name: &str, closing: bool) -> bool {
        let level = match name.as_bytes() {
            [b'h', d @ b'1'..=b'6'] => *d - b'0',
            _ => return false,
        };
        if !closing {
            let Some(id) = attribute(tag, "id") else { return false };
            self.start_section(&decode_entities(id), level);
            return true;
        }
        if self.in_heading != Some(level) {
            return false;
        }
        self.end_heading();
        true
    }
}

fn memchr_lt(bytes: &[u8], from: usize) -> usize {
    memchr::memchr(b'<', &bytes[from..]).map_or(bytes.len(), |p| from + p)
}

/// The value of `name="..."` in a start tag, as written (entities not decoded).
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let pat = format!(" {name}=\"");
    let start = tag.find(&pat)? + pat.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// Appends HTML text with its entities decoded (`push_plain`).
fn push_decoded(out: &mut String, text: &str) {
    push_plain(out, &decode_entities(text));
}

/// Appends text with each run of whitespace made one space (none at the start of `out`, never
/// two in a row). This runs over every character of the course's text: text with single spaces
/// only is copied whole, the rest is read byte by byte.
fn push_plain(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    if single_spaced(bytes) {
        // Nearly all text: only a leading space may need to go.
        let at_word = !out.is_empty() && !out.ends_with(' ');
        out.push_str(if at_word { text } else { text.strip_prefix(' ').unwrap_or(text) });
        return;
    }
    let (mut from, mut i) = (0, 0);
    while i < bytes.len() {
        let b = bytes[i];
        let space_len = match b {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => 1,
            0x80.. => {
                let c = text[i..].chars().next().unwrap_or(' ');
                if !c.is_whitespace() {
                    i += c.len_utf8();
                    continue;
                }
                c.len_utf8()
            }
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&text[from..i]);
        if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        i += space_len;
        from = i;
    }
    out.push_str(&text[from..]);
}

/// Whether `bytes` has no whitespace but single ASCII spaces: no control character (tab,
/// newline), no non-ASCII character (some are spaces), no two spaces in a row. Sixteen bytes at
/// a time (`bytes16`), then the few left one by one.
fn single_spaced(bytes: &[u8]) -> bool {
    let mut i = 0;
    let mut space_before = false;
    while let Some(sixteen) = bytes16::at(bytes, i) {
        let c = Classes::of(sixteen);
        // Byte k and k + 1 spaces; or the last byte before and this first one.
        if c.not_plain != 0 || c.spaces & (c.spaces >> 1) != 0 || (space_before && c.spaces & 1 != 0) {
            return false;
        }
        space_before = c.spaces >> 15 != 0;
        i += 16;
    }
    for &b in &bytes[i..] {
        let space = b == b' ';
        if b.wrapping_sub(0x20) >= 0x60 || (space && space_before) {
            return false;
        }
        space_before = space;
    }
    true
}

/// Decodes the entities sonder and pulldown-cmark write (`&amp;` `&lt;` `&gt;` `&quot;` `&#39;`,
/// numeric ones, `&nbsp;`); other named entities an author typed stay as written.
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..].find(';').map(|e| e + 1).filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => '\u{a0}',
                _ => {
                    let n = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                        u32::from_str_radix(hex, 16).ok()
                    } else {
                        name.strip_prefix('#').and_then(|d| d.parse().ok())
                    };
                    char::from_u32(n?)?
                }
            };
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_accents() {
        assert_eq!(fold("Leadership"), "leadership");
        assert_eq!(fold("Équipe"), "equipe");
        assert_eq!(fold("Über"), "uber");
        assert_eq!(fold("naïve"), "naive");
        // Letters that are not a base letter plus a mark stay as they are.
        assert_eq!(fold("Straße"), "straße");
        assert_eq!(fold("ÅNGSTRÖM"), "angstrom");
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let w: Vec<&str> = words("Lead, don't follow: one-on-ones in Q3 (café) — a é x").collect();
        assert_eq!(w, ["Lead", "don", "follow", "one", "on", "ones", "in", "Q3", "café"]);
        // A decomposed accent stays inside its word.
        let w: Vec<&str> = words("cafe\u{301} au lait").collect();
        assert_eq!(w, ["cafe\u{301}", "au", "lait"]);
    }

    #[test]
    fn stop_words_are_english_only_and_sorted() {
        let mut sorted = ENGLISH_STOP_WORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, ENGLISH_STOP_WORDS, "the list must stay sorted for binary_search");
        assert!(is_stop_word("en", "the"));
        assert!(!is_stop_word("en", "trust"));
        assert!(!is_stop_word("fr", "the"));
    }

    #[test]
    fn stemmers_by_language_tag() {
        let en = stemmer_for("en-GB").unwrap();
        assert_eq!(en.stem("leadership"), "leadership");
        assert_eq!(en.stem("leaders"), "leader");
        assert_eq!(en.stem("listening"), "listen");
        assert_eq!(en.stem("relationships"), "relationship");
        let fr = stemmer_for("fr").unwrap();
        assert_eq!(fr.stem("équipes"), fr.stem("équipe"));
        let de = stemmer_for("de-AT").unwrap();
        assert_eq!(de.stem("vertrauens"), de.stem("vertrauen"));
        assert!(stemmer_for("ja").is_none());
        assert!(stemmer_for("x").is_none());
        // The languages docs/course-format.md says are stemmed (Norwegian under its three tags).
        for tag in ["ar", "da", "nl", "en", "fi", "fr", "de", "el", "hu", "it", "no", "nb", "nn", "pt", "ro", "ru", "es", "sv", "ta", "tr"]
        {
            assert!(stemmer_for(tag).is_some(), "{tag}");
        }
        assert!(stemmer_for("pl").is_none() && stemmer_for("zh").is_none());
    }

    #[test]
    fn html_becomes_sections_of_text() {
        let html = "<p>Intro <em>with</em> emphasis &amp; more.</p>\
<h2 id=\"the-first-follower\">The first <code>follower</code> <a class=\"heading-anchor\" href=\"#the-first-follower\" aria-label=\"Link\">#</a></h2>\
<p>Body one.</p><ul><li>item a</li><li>item b</li></ul><script>var x = 1;</script>\
<h3 id=\"x-1\">Next &lt;one&gt;</h3><p>Text<br />after&#39;s break&#x21;</p>";
        let mut writer = TextWriter::default();
        writer.html(html);
        let sections = writer.finish();
        assert_eq!(sections.len(), 3);
        assert_eq!((sections[0].anchor.as_str(), sections[0].text.as_str()), ("", "Intro with emphasis & more."));
        assert_eq!(sections[1].anchor, "the-first-follower");
        assert_eq!(sections[1].title, "The first follower");
        assert_eq!(sections[1].text, "Body one. item a item b");
        assert_eq!(sections[2].anchor, "x-1");
        assert_eq!(sections[2].title, "Next <one>");
        assert_eq!(sections[2].text, "Text after's break!");
        // No text at all is one empty section; text only under headings has no lead section.
        assert_eq!(TextWriter::default().finish(), [Section::default()]);
        let mut writer = TextWriter::default();
        writer.html("<h2 id=\"a\">A</h2><p>x</p>");
        assert_eq!(writer.finish().len(), 1);
    }

    #[test]
    fn whitespace_becomes_single_spaces() {
        let mut out = String::new();
        push_decoded(&mut out, "  one \t\n two&nbsp;three\u{2003}\u{a0} four ");
        assert_eq!(out, "one two three four ");
        push_decoded(&mut out, " five\u{e9}\u{85}six");
        assert_eq!(out, "one two three four five\u{e9} six");
        let mut empty = String::new();
        push_decoded(&mut empty, " \n ");
        assert_eq!(empty, "");
        // Single spaces only (the fast path): a leading space only where a word ends.
        push_decoded(&mut empty, " a b ");
        push_decoded(&mut empty, " c ");
        push_decoded(&mut empty, "d&amp;e");
        push_decoded(&mut empty, " ");
        assert_eq!(empty, "a b c d&e ");
        assert!(single_spaced(b" a b ") && !single_spaced(b"a  b") && !single_spaced(b"a\tb") && !single_spaced("\u{e9}".as_bytes()));
    }

    #[test]
    fn single_spacing_is_seen_as_a_byte_by_byte_reading_sees_it() {
        let by_bytes = |b: &[u8]| b.iter().all(|&c| (0x20..0x80).contains(&c)) && !b.windows(2).any(|w| w == b"  ");
        let pieces: [&[u8]; 7] = [b" ", b"  ", b"ab", b"c", b"\t", b"\x7f", "\u{e9}".as_bytes()];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut text = Vec::new();
            let len = (state >> 40) as usize % 40;
            while text.len() < len {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // Mostly letters and single spaces, so that long runs pass.
                let p = if state % 4 == 0 { pieces[(state >> 20) as usize % pieces.len()] } else { pieces[2 + (state >> 8) as usize % 2] };
                text.extend_from_slice(p);
                if state % 3 == 0 {
                    text.push(b' ');
                }
            }
            assert_eq!(single_spaced(&text), by_bytes(&text), "{:?}", String::from_utf8_lossy(&text));
        }
    }

    #[test]
    fn inline_tags_do_not_split_words() {
        let mut out = String::new();
        html_text("<p><strong>lead</strong>ership</p><p>next</p>", &mut out);
        assert_eq!(out, "leadership next");
    }
}
