//! A small HTTP/1.1 server over std::net, enough for a local preview: GET and HEAD, keep-alive, one
//! thread per connection, and a long-lived event stream for live reload.
//!
//! It serves only files of the built site, which live in memory: a request path is never joined to
//! a folder on disk, so nothing outside the site can be reached. Paths with `..`, `.`, backslashes,
//! NUL, empty segments or an absolute path after decoding are refused with 400 all the same.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use super::reload::{self, EVENTS_PATH, SCRIPT, SCRIPT_PATH, STATUS_PATH};
use super::Server;

const MAX_LINE: u64 = 8 * 1024;
const MAX_HEADERS: usize = 100;

pub struct Request {
    pub method: String,
    pub target: String,
    pub keep_alive: bool,
}

pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Arc<[u8]>,
}

impl Response {
    fn new(status: u16, content_type: &'static str, body: impl Into<Arc<[u8]>>) -> Response {
        Response { status, content_type, headers: Vec::new(), body: body.into() }
    }
    fn text(status: u16, text: &str) -> Response {
        Response::new(status, "text/plain; charset=utf-8", text.as_bytes())
    }
    fn redirect(location: String) -> Response {
        let mut r = Response::text(301, &format!("Moved to {location}\n"));
        r.headers.push(("Location", location));
        r
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}

/// The Content-Type of a site file, by extension.
pub fn mime_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "wasm" => "application/wasm",
        "txt" | "md" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "mp3" => "audio/mpeg",
        "ogg" | "oga" => "audio/ogg",
        "wav" => "audio/wav",
        "m4a" => "audio/mp4",
        "mp4" | "m4v" => "video/mp4",
        "webm" => "video/webm",
        "vtt" => "text/vtt; charset=utf-8",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decodes and checks a request path below the base path. `None` for anything that is not a plain
/// relative path inside the site (the caller answers 400).
pub fn clean_path(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let h = hex(*bytes.get(i + 1)?)?;
                let l = hex(*bytes.get(i + 2)?)?;
                out.push(h * 16 + l);
                i += 3;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    let path = String::from_utf8(out).ok()?;
    if path.starts_with('/') || path.contains('\\') || path.contains('\0') || path.chars().any(char::is_control) {
        return None;
    }
    let segments: Vec<&str> = path.split('/').collect();
    for (n, s) in segments.iter().enumerate() {
        let last = n + 1 == segments.len();
        if (s.is_empty() && !last) || *s == "." || *s == ".." {
            return None;
        }
        // A drive letter (`C:`) or anything else with a colon in the first segment.
        if n == 0 && s.contains(':') {
            return None;
        }
    }
    Some(path)
}

fn read_line(reader: &mut BufReader<TcpStream>, buf: &mut Vec<u8>) -> io::Result<usize> {
    buf.clear();
    let n = reader.by_ref().take(MAX_LINE).read_until(b'\n', buf)?;
    if n as u64 == MAX_LINE && !buf.ends_with(b"\n") {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "line too long"));
    }
    Ok(n)
}

/// Reads one request head. `Ok(None)` on a closed connection; `Err` on a malformed request.
fn read_request(reader: &mut BufReader<TcpStream>) -> io::Result<Option<Result<Request, u16>>> {
    let mut line = Vec::new();
    // Tolerate empty lines between requests.
    loop {
        match read_line(reader, &mut line) {
            Ok(0) => return Ok(None),
            Ok(_) if line == b"\r\n" || line == b"\n" => continue,
            Ok(_) => break,
            Err(e) if e.kind() == io::ErrorKind::InvalidData => return Ok(Some(Err(414))),
            Err(e) => return Err(e),
        }
    }
    let text = String::from_utf8_lossy(&line).trim_end().to_string();
    let mut parts = text.split(' ');
    let (Some(method), Some(target), Some(version), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Ok(Some(Err(400)));
    };
    if !version.starts_with("HTTP/1.") {
        return Ok(Some(Err(400)));
    }
    let mut keep_alive = version == "HTTP/1.1";
    let mut count = 0;
    loop {
        match read_line(reader, &mut line) {
            Ok(0) => return Ok(None),
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::InvalidData => return Ok(Some(Err(431))),
            Err(e) => return Err(e),
        }
        if line == b"\r\n" || line == b"\n" {
            break;
        }
        count += 1;
        if count > MAX_HEADERS {
            return Ok(Some(Err(431)));
        }
        let h = String::from_utf8_lossy(&line);
        if let Some((name, value)) = h.split_once(':') {
            if name.trim().eq_ignore_ascii_case("connection") {
                let v = value.trim().to_ascii_lowercase();
                if v.contains("close") {
                    keep_alive = false;
                } else if v.contains("keep-alive") {
                    keep_alive = true;
                }
            }
        }
    }
    Ok(Some(Ok(Request { method: method.to_string(), target: target.to_string(), keep_alive })))
}

fn write_response(w: &mut impl Write, r: &Response, head_only: bool, keep_alive: bool) -> io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: {}\r\n",
        r.status,
        reason(r.status),
        r.content_type,
        r.body.len(),
        if keep_alive { "keep-alive" } else { "close" }
    );
    for (k, v) in &r.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    w.write_all(head.as_bytes())?;
    if !head_only {
        w.write_all(&r.body)?;
    }
    w.flush()
}

pub fn serve_forever(listener: TcpListener, server: Arc<Server>) {
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let server = server.clone();
        std::thread::spawn(move || {
            let _ = handle_connection(stream, &server);
        });
    }
}

enum Reply {
    Response(Response),
    Events,
}

fn handle_connection(stream: TcpStream, server: &Server) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    let _ = stream.set_nodelay(true);
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    loop {
        let req = match read_request(&mut reader)? {
            None => return Ok(()),
            Some(Err(status)) => {
                write_response(&mut writer, &Response::text(status, &format!("{}\n", reason(status))), false, false)?;
                return Ok(());
            }
            Some(Ok(r)) => r,
        };
        let head = req.method == "HEAD";
        if req.method != "GET" && !head {
            let mut r = Response::text(405, "Only GET and HEAD are supported.\n");
            r.headers.push(("Allow", "GET, HEAD".into()));
            write_response(&mut writer, &r, false, false)?;
            return Ok(());
        }
        match route(&req.target, server) {
            Reply::Response(r) => write_response(&mut writer, &r, head, req.keep_alive)?,
            Reply::Events => return event_stream(writer, server),
        }
        if !req.keep_alive {
            return Ok(());
        }
    }
}

fn route(target: &str, server: &Server) -> Reply {
    if !target.starts_with('/') {
        return Reply::Response(Response::text(400, "Bad request: the path must start with /\n"));
    }
    let path = target.split(['?', '#']).next().unwrap_or("");
    let base = server.base.as_str();
    let Some(rest) = path.strip_prefix(base) else {
        if path == "/" || path == base.trim_end_matches('/') {
            return Reply::Response(Response::redirect(base.to_string()));
        }
        return Reply::Response(not_found(server, &format!("the site is served under {base}")));
    };
    let Some(rel) = clean_path(rest) else {
        return Reply::Response(Response::text(400, "Bad request: not a path inside the site\n"));
    };
    match rel.as_str() {
        SCRIPT_PATH => return Reply::Response(Response::new(200, "text/javascript; charset=utf-8", SCRIPT.as_bytes())),
        EVENTS_PATH => return Reply::Events,
        STATUS_PATH => return Reply::Response(Response::new(200, "application/json", server.status_json().into_bytes())),
        _ => {}
    }
    let key = if rel.is_empty() || rel.ends_with('/') { format!("{rel}index.html") } else { rel.clone() };
    let mut b = server.builder.lock().unwrap_or_else(|e| e.into_inner());
    if b.course().is_none() {
        if let Some(f) = &b.failure {
            let lines = f.summary_lines();
            drop(b);
            return Reply::Response(Response::new(500, "text/html; charset=utf-8", reload::failed_page(base, &lines).into_bytes()));
        }
    }
    match b.get(&key) {
        Ok(Some(bytes)) => Reply::Response(Response { status: 200, content_type: mime_type(&key), headers: Vec::new(), body: bytes }),
        Err(d) => Reply::Response(Response::text(500, &format!("{}\n", crate::diagnostics::Diagnostics::from(d).render(false)))),
        Ok(None) => {
            if !rel.is_empty() && !rel.ends_with('/') && b.contains(&format!("{rel}/index.html")) {
                return Reply::Response(Response::redirect(format!("{base}{rel}/")));
            }
            drop(b);
            Reply::Response(not_found(server, &format!("no file {rel} in the site")))
        }
    }
}

/// The site's 404 page with status 404 (plain text if the site has none).
fn not_found(server: &Server, why: &str) -> Response {
    let mut b = server.builder.lock().unwrap_or_else(|e| e.into_inner());
    match b.get("404.html") {
        Ok(Some(bytes)) => Response { status: 404, content_type: "text/html; charset=utf-8", headers: Vec::new(), body: bytes },
        _ => Response::text(404, &format!("Not found: {why}\n")),
    }
}

fn event_stream(mut w: TcpStream, server: &Server) -> io::Result<()> {
    w.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nX-Accel-Buffering: no\r\nConnection: keep-alive\r\n\r\n")?;
    let rx = server.hub.subscribe();
    // Where the build stands now: a page opened while the build is broken shows the overlay at once.
    let (build, failure) = {
        let b = server.builder.lock().unwrap_or_else(|e| e.into_inner());
        (server.build_id(b.generation), b.failure.as_ref().map(|f| f.summary_lines()))
    };
    let mut first = reload::hello(&build, failure.is_none());
    if let Some(lines) = failure {
        first.push_str(&reload::errors(&lines));
    }
    w.write_all(first.as_bytes())?;
    w.flush()?;
    loop {
        match rx.recv_timeout(Duration::from_secs(15)) {
            Ok(ev) => w.write_all(ev.as_bytes())?,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => w.write_all(b": keep-alive\n\n")?,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
        }
        w.flush()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_paths() {
        assert_eq!(clean_path("").as_deref(), Some(""));
        assert_eq!(clean_path("a/b.html").as_deref(), Some("a/b.html"));
        assert_eq!(clean_path("a/").as_deref(), Some("a/"));
        assert_eq!(clean_path("a%20b.html").as_deref(), Some("a b.html"));
        for bad in [
            "..",
            "../x",
            "a/../../x",
            "%2e%2e/x",
            "%2E%2E%2Fx",
            "a/%2e%2e/%2e%2e/etc/passwd",
            ".",
            "./a",
            "a\\..\\b",
            "a%5c..%5cb",
            "/etc/passwd",
            "%2fetc/passwd",
            "a//b",
            "a%00b",
            "C:/x",
            "c%3a%5cwindows",
            "%zz",
            "%c0%ae%c0%ae/x",
        ] {
            assert_eq!(clean_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn mime_types() {
        assert_eq!(mime_type("widget/sonder_bg.wasm"), "application/wasm");
        assert_eq!(mime_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(mime_type("assets/style.css"), "text/css; charset=utf-8");
        assert_eq!(mime_type("x.PNG"), "image/png");
        assert_eq!(mime_type("noext"), "application/octet-stream");
    }
}
