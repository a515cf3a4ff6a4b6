//! Where HTML is minified. Pages are not minified whole: the theme's templates are minified once,
//! when they are compiled, and what goes into them is written compact as it is made (Markdown by
//! `markdown::push_compact_html`, exercise forms by `render::exercises`). The output is the same
//! kind of minified HTML for a fraction of the work: a 10,000-lesson course used to run the page
//! chrome and the module navigation through minify-html 10,000 times (two thirds of the build's
//! CPU; bench/PROFILE.md).
//!
//! A theme template whose minified form cannot be proven to keep its meaning (see
//! `minify_template`) is left as written, and then every page is minified whole after rendering,
//! as before.

use minify_html::Cfg;

fn config() -> Cfg {
    // Keeping optional closing tags makes minify-html over twice as slow; omitting them is valid HTML.
    let mut cfg = Cfg::new();
    cfg.minify_css = true;
    cfg
}

/// Minifies a whole page.
pub fn minify_page(html: &[u8]) -> Vec<u8> {
    minify_html::minify(html, &config())
}

/// A piece of a template: HTML, or a tera tag (`{{ }}`, `{% %}`, `{# #}`, a whole `{% raw %}` block).
#[derive(Debug, PartialEq)]
enum Piece<'a> {
    Html(&'a str),
    Tera(&'a str),
}

fn split_template(src: &str) -> Option<Vec<Piece<'_>>> {
    let mut pieces = Vec::new();
    let mut rest = src;
    while let Some(at) = find_tera_start(rest) {
        if at > 0 {
            pieces.push(Piece::Html(&rest[..at]));
        }
        let tag = &rest[at..];
        let close = match &tag[..2] {
            "{{" => "}}",
            "{%" => "%}",
            _ => "#}",
        };
        let mut end = tag[2..].find(close)? + 4;
        let inner = tag[2..end - 2].trim_matches(|c: char| c == '-' || c.is_whitespace());
        if close == "%}" && inner == "raw" {
            // `{% raw %}` text is not tera syntax: keep it whole, up to its `{% endraw %}`.
            let mut from = end;
            loop {
                let next = from + tag[from..].find("{%")?;
                let stop = next + 2 + tag[next + 2..].find("%}")? + 2;
                if tag[next + 2..stop - 2].trim_matches(|c: char| c == '-' || c.is_whitespace()) == "endraw" {
                    end = stop;
                    break;
                }
                from = stop;
            }
        }
        pieces.push(Piece::Tera(&tag[..end]));
        rest = &tag[end..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Html(rest));
    }
    Some(pieces)
}

fn find_tera_start(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(1)).find(|&i| b[i] == b'{' && matches!(b[i + 1], b'{' | b'%' | b'#'))
}

/// Stand-ins for tera tags while the HTML around them is examined: private-use characters that no
/// template contains.
const MASK_OPEN: char = '\u{E000}';
const MASK_CLOSE: char = '\u{E001}';

fn mask(i: usize) -> String {
    format!("{MASK_OPEN}{i}{MASK_CLOSE}")
}

fn unmask(s: &str, tags: &[&str]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find(MASK_OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + MASK_OPEN.len_utf8()..];
        let end = after.find(MASK_CLOSE).unwrap_or(after.len());
        if let Some(t) = after[..end].parse::<usize>().ok().and_then(|i| tags.get(i)) {
            out.push_str(t);
        }
        rest = after.get(end + MASK_CLOSE.len_utf8()..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// One markup item found by `scan_markup`.
#[derive(Debug, PartialEq)]
struct Markup {
    start: usize,
    end: usize,
    /// Lower-case tag name ("" for comments and doctypes).
    name: String,
    closing: bool,
}

const RAW_TEXT: [&str; 5] = ["script", "style", "textarea", "title", "pre"];

/// The tags of an HTML text in order, with where each ends; the content of raw-text elements is
/// skipped (it holds no tags).
fn scan_markup(s: &str) -> Option<Vec<Markup>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = s[i..].find('<') {
        let start = i + off;
        let rest = &s[start..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            i = start + 4 + comment.find("-->")? + 3;
            continue;
        }
        let closing = rest.starts_with("</");
        let name_from = start + if closing { 2 } else { 1 };
        let name_len = b[name_from..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'-').count();
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i = start + rest.find('>')? + 1;
            out.push(Markup { start, end: i, name: String::new(), closing: false });
            continue;
        }
        if name_len == 0 || !b[name_from].is_ascii_alphabetic() {
            i = start + 1;
            continue;
        }
        // The tag ends at the first `>` outside a quoted attribute value.
        let mut j = name_from + name_len;
        let mut quote: Option<u8> = None;
        while j < b.len() {
            match (quote, b[j]) {
                (None, b'>') => break,
                (None, q @ (b'"' | b'\'')) => quote = Some(q),
                (Some(q), c) if c == q => quote = None,
                _ => {}
            }
            j += 1;
        }
        if j >= b.len() {
            return None;
        }
        let name = s[name_from..name_from + name_len].to_ascii_lowercase();
        i = j + 1;
        let raw = !closing && RAW_TEXT.contains(&name.as_str());
        out.push(Markup { start, end: i, name: name.clone(), closing });
        if raw {
            let close = format!("</{name}");
            let at = i + s[i..].to_ascii_lowercase().find(&close)?;
            i = at;
        }
    }
    Some(out)
}

/// Tags whose omission is allowed by the HTML standard (and done by minify-html).
fn optional_tag(m: &Markup) -> bool {
    const START: [&str; 5] = ["html", "head", "body", "tbody", "colgroup"];
    const END: [&str; 19] = [
        "html", "head", "body", "li", "dt", "dd", "p", "rt", "rp", "optgroup", "option", "colgroup", "caption", "thead", "tbody", "tfoot",
        "tr", "td", "th",
    ];
    m.name.is_empty() || if m.closing { END.contains(&m.name.as_str()) } else { START.contains(&m.name.as_str()) }
}

fn required_tags(s: &str) -> Option<Vec<(bool, String)>> {
    Some(scan_markup(s)?.into_iter().filter(|m| !optional_tag(m)).map(|m| (m.closing, m.name)).collect())
}

/// Minifies a template with its tera tags kept as they are, or says it cannot be done safely.
///
/// minify-html keeps `{{ }}`, `{% %}` and `{# #}` between elements as they are, but not inside a
/// tag (it reorders attributes) or inside `<style>`/`<script>`. So before minifying, a start tag
/// that holds tera syntax becomes a bare `<name data-sonder-tpl-N>`, and an element whose raw text
/// holds it becomes an opaque `{#sonder-raw-N#}`; both are put back verbatim afterwards. The
/// result is accepted only if it has the same tera tags in the same order and every tag that HTML
/// does not allow to be omitted, in order.
pub fn minify_template(source: &str) -> Option<String> {
    if source.contains(MASK_OPEN) || source.contains(MASK_CLOSE) || source.contains("sonder-tpl-") || source.contains("sonder-raw-") {
        return None;
    }
    let (mut masked, tags) = mask_tera(source)?;
    let required = required_tags(&masked)?;
    // Replace what the minifier must not touch, from the end so offsets stay valid.
    let markup = scan_markup(&masked)?;
    let mut kept: Vec<(String, String)> = Vec::new(); // (stand-in, original)
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut k = 0;
    while k < markup.len() {
        let m = &markup[k];
        let tag_text = &masked[m.start..m.end];
        let raw = !m.closing && RAW_TEXT.contains(&m.name.as_str());
        if raw {
            let close = markup.get(k + 1).filter(|c| c.closing && c.name == m.name)?;
            let whole = &masked[m.start..close.end];
            if whole.contains(MASK_OPEN) {
                let stand_in = format!("{{#sonder-raw-{}#}}", kept.len());
                kept.push((stand_in.clone(), unmask(whole, &tags)));
                edits.push((m.start, close.end, stand_in));
            }
            k += 2;
            continue;
        }
        if tag_text.contains(MASK_OPEN) {
            if m.closing || m.name.is_empty() || m.name.contains(MASK_OPEN) {
                return None;
            }
            let stand_in = format!("<{} data-sonder-tpl-{}>", m.name, kept.len());
            kept.push((stand_in.clone(), unmask(tag_text, &tags)));
            edits.push((m.start, m.end, stand_in));
        }
        k += 1;
    }
    for (from, to, with) in edits.into_iter().rev() {
        masked.replace_range(from..to, &with);
    }
    // The sentinels stop the minifier from treating the template's ends as its parent's ends.
    const START: &str = "{#sonder-start#}";
    const END: &str = "{#sonder-end#}";
    let prepared = format!("{START}{}{END}", unmask(&masked, &tags));
    let mut cfg = config();
    cfg.preserve_brace_template_syntax = true;
    let out = String::from_utf8(minify_html::minify(prepared.as_bytes(), &cfg)).ok()?;
    let mut out = out.strip_prefix(START)?.strip_suffix(END)?.to_string();
    for (stand_in, original) in &kept {
        if out.matches(stand_in.as_str()).count() != 1 {
            return None;
        }
        out = out.replacen(stand_in.as_str(), original, 1);
    }
    let (out_masked, out_tags) = mask_tera(&out)?;
    let same_tera = out_tags == tags;
    let same_tags = required_tags(&out_masked)? == required;
    (same_tera && same_tags).then_some(out)
}

/// The template with every tera tag replaced by a numbered stand-in (for looking at its HTML), and
/// the tags in order.
fn mask_tera(s: &str) -> Option<(String, Vec<&str>)> {
    let mut tags: Vec<&str> = Vec::new();
    let mut masked = String::with_capacity(s.len());
    for p in split_template(s)? {
        match p {
            Piece::Html(h) => masked.push_str(h),
            Piece::Tera(t) => {
                masked.push_str(&mask(tags.len()));
                tags.push(t);
            }
        }
    }
    Some((masked, tags))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_tags_and_tera_syntax_survive() {
        let src = "<ul>\n{% for l in items %}<li><a href=\"{{ l.href }}\"{% if l.current %} aria-current=\"page\"{% endif %}>{{ l.title }}</a></li>\n{% endfor %}\n</ul>\n<p>  Some   text  </p>\n";
        let out = minify_template(src).expect("minifiable");
        assert_eq!(
            out,
            "<ul>{% for l in items %}<li><a href=\"{{ l.href }}\"{% if l.current %} aria-current=\"page\"{% endif %}>{{ l.title }}</a></li>{% endfor %}</ul><p>Some text</p>"
        );
    }

    #[test]
    fn style_with_tera_is_kept_verbatim() {
        let src = "<head>\n<style>@page{content:{{ t | safe }}}</style>\n<title>{% block title %}{{ title }}{% endblock title %}</title>\n</head>\n";
        let out = minify_template(src).expect("minifiable");
        assert!(out.contains("<style>@page{content:{{ t | safe }}}</style>"), "{out}");
        assert!(out.contains("<title>{% block title %}{{ title }}{% endblock title %}</title>"), "{out}");
    }

    #[test]
    fn raw_blocks_are_one_piece() {
        let p = split_template("a{% raw %}{{ x }}{% endraw %}b{# c #}").unwrap();
        assert_eq!(p, vec![Piece::Html("a"), Piece::Tera("{% raw %}{{ x }}{% endraw %}"), Piece::Html("b"), Piece::Tera("{# c #}")]);
    }

    #[test]
    fn templates_whose_meaning_could_change_are_left_alone() {
        // Branches that open different lists: the minifier drops the end tag it cannot match, so
        // the result must be refused (the template is then used as written).
        let src = "{% if a %}<ul>{% else %}<ol>{% endif %}<li>x{% if a %}</ul>{% else %}</ol>{% endif %}";
        assert_eq!(minify_template(src), None);
        // Tera inside an end tag or a tag name.
        assert_eq!(minify_template("<div></{{ t }}>"), None);
        assert_eq!(minify_template("<{{ t }} class=a></div>"), None);
        // An unterminated tera tag.
        assert_eq!(minify_template("<p>{{ x </p>"), None);
    }

    #[test]
    fn every_default_template_is_minified_ahead() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let src = std::fs::read_to_string(&path).unwrap();
            let out = minify_template(&src).unwrap_or_else(|| panic!("{} could not be minified ahead", path.display()));
            assert!(out.len() < src.len(), "{}", path.display());
            tera::Template::new("t", None, &out).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            if std::env::var_os("SONDER_SHOW_MINIFIED").is_some() {
                println!("== {}\n{out}", path.display());
            }
        }
    }
}
