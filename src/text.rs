//! The text encodings every stage shares, each in one place: HTML escaping (pulldown-cmark's
//! escaper), heading and file slugs, and percent-decoding of URL paths (percent-encoding). JSON is
//! serde_json's. The widget keeps its own small codec for size.

use std::borrow::Cow;

/// Escapes text for element content and attribute values alike: `& < > " '`.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    // SIMD-accelerated; writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, s);
    out
}

/// `esc` as a `Display`: escaped as it is written (`write!(out, "<li>{}</li>", Esc(title))`), with
/// no escaped copy made first.
pub struct Esc<'a>(pub &'a str);

impl std::fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        pulldown_cmark_escape::escape_html(pulldown_cmark_escape::FmtWriter(f), self.0)
    }
}

/// Lower-case, runs of anything but letters and digits become one `-`, none at either end;
/// `section` when nothing is left.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        out.push_str("section");
    }
    out
}

/// Decodes `%XX` escapes of a URL path; a `%` not followed by two hex digits stays as it is.
/// Bytes that do not form UTF-8 become U+FFFD.
pub fn percent_decode(path: &str) -> Cow<'_, str> {
    percent_encoding::percent_decode_str(path).decode_utf8_lossy()
}

/// Like [`percent_decode`], but `None` when the bytes are not UTF-8 (a request path to refuse).
pub fn percent_decode_strict(path: &str) -> Option<Cow<'_, str>> {
    percent_encoding::percent_decode_str(path).decode_utf8().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn esc_written_is_esc() {
        for s in ["", "plain", "<b> & \"Ko'n\" </script>", "ü & 日本 <"] {
            assert_eq!(format!("[{}]", Esc(s)), format!("[{}]", esc(s)));
        }
        assert_eq!(Esc("a<b").to_string(), "a&lt;b");
    }

    #[test]
    fn escapes_everything_that_could_be_markup() {
        assert_eq!(esc("<b a=\"x\">&'"), "&lt;b a=&quot;x&quot;&gt;&amp;&#39;");
    }

    #[test]
    fn slugs() {
        assert_eq!(slugify("The Five Parts of Trust!"), "the-five-parts-of-trust");
        assert_eq!(slugify("  Ünïcode & more "), "ünïcode-more");
        assert_eq!(slugify("!!!"), "section");
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b/%C3%BC.html"), "a b/ü.html");
        assert_eq!(percent_decode("100%/%zz%4"), "100%/%zz%4");
        assert_eq!(percent_decode("%ff"), "\u{fffd}");
        assert_eq!(percent_decode_strict("%ff"), None);
        assert_eq!(percent_decode_strict("%2e%2E").as_deref(), Some(".."));
    }
}
