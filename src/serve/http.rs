//! The HTTP side of `sonder serve`: hyper's HTTP/1.1 (keep-alive, pipelining, request bodies
//! skipped, 431 for an oversized head) on a one-thread tokio runtime, so a slow or stalled client
//! costs a parked task, never another request's time. Looking a file up can render a page while
//! holding the builder's lock, so it runs on tokio's blocking pool.
//!
//! It serves only files of the built site, which live in memory: a request path is never joined to
//! a folder on disk, so nothing outside the site can be reached. Paths with `..`, `.`, backslashes,
//! NUL, empty segments or an absolute path after decoding are refused with 400 all the same.

use std::convert::Infallible;
use std::ops::Range;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Either, Full, Limited};
use hyper::body::{Body, Frame, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc::UnboundedReceiver;

use super::reload::{self, EVENTS_PATH, SCRIPT, SCRIPT_PATH, STATUS_PATH};
use super::Server;

/// The whole request head must arrive within this time (hyper's header read timeout, which also
/// closes idle keep-alive connections): a client sending one header line now and then cannot hold
/// a connection open.
pub const HEAD_DEADLINE: Duration = Duration::from_secs(10);
/// How long a closing connection keeps reading what the client still sends, so that an answer
/// like 431 reaches it instead of being destroyed by a reset.
const LINGER: Duration = Duration::from_secs(2);
/// How much of a request's body is read (and dropped), and for how long: see `respond`.
const BODY_LIMIT: usize = 64 * 1024;
const BODY_DEADLINE: Duration = Duration::from_secs(2);
/// A comment on the event stream this often keeps proxies and the browser from giving up on it.
const EVENT_KEEP_ALIVE: Duration = Duration::from_secs(15);

type ResponseBody = Either<Full<Bytes>, EventBody>;
type HttpResponse = hyper::Response<ResponseBody>;

/// What a site path resolves to, before HTTP framing (range, HEAD) is applied.
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

/// Decodes and checks a request path below the base path. `None` for anything that is not a plain
/// relative path inside the site (the caller answers 400).
pub fn clean_path(raw: &str) -> Option<String> {
    let path = crate::text::percent_decode_strict(raw)?.into_owned();
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

/// Serves until the process is stopped: one task per connection on a single-threaded runtime.
pub fn serve_forever(listener: std::net::TcpListener, server: Arc<Server>) -> Result<(), String> {
    let runtime =
        tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| format!("cannot start the server: {e}"))?;
    runtime.block_on(async {
        listener.set_nonblocking(true).map_err(|e| e.to_string())?;
        let listener = tokio::net::TcpListener::from_std(listener).map_err(|e| e.to_string())?;
        loop {
            // Accept errors (too many open files, a connection reset before accept) are passing.
            let Ok((stream, _)) = listener.accept().await else {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            };
            tokio::spawn(connection(stream, server.clone()));
        }
    })
}

async fn connection(mut stream: TcpStream, server: Arc<Server>) {
    let _ = stream.set_nodelay(true);
    let service = hyper::service::service_fn(move |req| {
        let server = server.clone();
        async move { Ok::<_, Infallible>(respond(req, server).await) }
    });
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(HEAD_DEADLINE);
    let _ = http.serve_connection(TokioIo::new(&mut stream), service).await;
    linger(stream).await;
}

/// Closes a connection the way a client can read the last answer: send our end of the stream, then
/// read and drop what the client is still sending for a moment (closing with unread data would
/// reset the connection and could destroy the answer before the client reads it).
async fn linger(mut stream: TcpStream) {
    let _ = stream.shutdown().await;
    let mut sink = vec![0u8; 16 * 1024];
    let drain = async { while matches!(stream.read(&mut sink).await, Ok(n) if n > 0) {} };
    let _ = tokio::time::timeout(LINGER, drain).await;
}

/// What the router decided, computed on the blocking pool.
enum Reply {
    Response(Response),
    /// The live-reload stream: its first event and the subscription for the rest.
    Events(String, UnboundedReceiver<String>),
}

async fn respond(req: Request<Incoming>, server: Arc<Server>) -> HttpResponse {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut r = Response::text(405, "Only GET and HEAD are supported.\n");
        r.headers.push(("Allow", "GET, HEAD".into()));
        return framed(r, None);
    }
    let path = req.uri().path().to_string();
    // A range is honoured only without If-Range: we send no validator it could match.
    let range = req.headers().get(header::RANGE).filter(|_| !req.headers().contains_key(header::IF_RANGE)).cloned();
    // A GET may carry a body, which nothing here needs. It is read to its end (and dropped) before
    // the answer: hyper closes a connection whose request body was not read to the end when the
    // answer is done, so whether the client's next request on it was answered depended on whether
    // the body had arrived by then. A body over BODY_LIMIT, or slower than BODY_DEADLINE, still
    // closes the connection after the answer.
    let _ = tokio::time::timeout(BODY_DEADLINE, Limited::new(req.into_body(), BODY_LIMIT).collect()).await;
    let reply = tokio::task::spawn_blocking(move || route(&path, &server)).await;
    match reply {
        Ok(Reply::Response(r)) => framed(r, range.as_ref()),
        Ok(Reply::Events(first, rx)) => event_stream(first, rx),
        Err(_) => framed(Response::text(500, "Internal error while serving this path; see the terminal.\n"), None),
    }
}

/// The HTTP response for a site response, cut to the requested range when it is a whole file.
fn framed(r: Response, range: Option<&HeaderValue>) -> HttpResponse {
    let len = r.body.len();
    let mut body = Bytes::from_owner(r.body);
    let mut status = r.status;
    let mut content_range = None;
    if status == 200 {
        match byte_range(range.and_then(|v| v.to_str().ok()), len) {
            Ok(None) => {}
            Ok(Some(part)) => {
                content_range = Some(format!("bytes {}-{}/{len}", part.start, part.end - 1));
                body = body.slice(part);
                status = 206;
            }
            Err(Unsatisfiable) => {
                content_range = Some(format!("bytes */{len}"));
                body = Bytes::from(format!(
                    "The range {} is outside this file of {len} bytes.\n",
                    range.and_then(|v| v.to_str().ok()).unwrap_or("")
                ));
                status = 416;
            }
        }
    }
    let content_type = if status == 416 { "text/plain; charset=utf-8" } else { r.content_type };
    let mut b = hyper::Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CACHE_CONTROL, "no-store")
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    if r.status == 200 {
        b = b.header(header::ACCEPT_RANGES, "bytes");
    }
    if let Some(cr) = content_range {
        b = b.header(header::CONTENT_RANGE, cr);
    }
    for (k, v) in r.headers {
        b = b.header(k, v);
    }
    b.body(Either::Left(Full::new(body))).unwrap_or_else(|_| {
        let mut plain = hyper::Response::new(Either::Left(Full::new(Bytes::from_static(b"Internal error\n"))));
        *plain.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        plain
    })
}

/// A `Range` the client cannot have (answered 416).
#[derive(Debug, PartialEq)]
pub struct Unsatisfiable;

/// The byte range a `Range` header asks of a body of `len` bytes. `Ok(None)` sends the whole body:
/// no header, a syntax error, another unit or several ranges (all of which a server may ignore).
pub fn byte_range(header: Option<&str>, len: usize) -> Result<Option<Range<usize>>, Unsatisfiable> {
    let Some(spec) = header.map(str::trim) else { return Ok(None) };
    let Some(spec) = spec.get(..6).filter(|unit| unit.eq_ignore_ascii_case("bytes=")).map(|_| &spec[6..]) else { return Ok(None) };
    let Some((first, last)) = spec.trim().split_once('-').filter(|_| !spec.contains(',')) else { return Ok(None) };
    let number = |s: &str| -> Option<usize> {
        let s = s.trim();
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().unwrap_or(usize::MAX))
    };
    let (start, end) = match (number(first), number(last)) {
        // `bytes=-N`: the last N bytes.
        (None, Some(n)) if first.trim().is_empty() => (len.saturating_sub(n), if n == 0 { 0 } else { len }),
        (Some(start), None) if last.trim().is_empty() => (start, len),
        (Some(start), Some(last)) if start <= last => (start, last.saturating_add(1).min(len)),
        _ => return Ok(None),
    };
    if start >= end {
        return Err(Unsatisfiable);
    }
    Ok(Some(start..end))
}

fn route(path: &str, server: &Server) -> Reply {
    let base = server.base.as_str();
    let Some(rest) = path.strip_prefix(base) else {
        if path == "/" || path == base.trim_end_matches('/') {
            return Reply::Response(Response::redirect(base.to_string()));
        }
        return Reply::Response(not_found(server, "", &format!("the site is served under {base}")));
    };
    let Some(rel) = clean_path(rest) else {
        return Reply::Response(Response::text(400, "Bad request: not a path inside the site\n"));
    };
    match rel.as_str() {
        SCRIPT_PATH => return Reply::Response(Response::new(200, "text/javascript; charset=utf-8", SCRIPT.as_bytes())),
        EVENTS_PATH => return events(server),
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
            Reply::Response(not_found(server, &rel, &format!("no file {rel} in the site")))
        }
    }
}

/// The site's 404 page with status 404 (plain text if the site has none): in a course in several
/// languages, the 404 page of the language whose folder `rel` is in.
fn not_found(server: &Server, rel: &str, why: &str) -> Response {
    let mut b = server.builder.lock().unwrap_or_else(|e| e.into_inner());
    let top = rel.split_once('/').map_or("", |(top, _)| top);
    let translated = b.course().is_some_and(|c| c.config.languages.iter().any(|l| l.code == top));
    let page = if translated { format!("{top}/404.html") } else { "404.html".to_string() };
    match b.get(&page) {
        Ok(Some(bytes)) => Response { status: 404, content_type: "text/html; charset=utf-8", headers: Vec::new(), body: bytes },
        _ => Response::text(404, &format!("Not found: {why}\n")),
    }
}

/// Subscribes to the reload events and says where the build stands now: a page opened while the
/// build is broken shows the overlay at once.
fn events(server: &Server) -> Reply {
    let rx = server.hub.subscribe();
    let b = server.builder.lock().unwrap_or_else(|e| e.into_inner());
    let mut first = reload::hello(&server.build_id(b.generation), b.failure.is_none());
    if let Some(f) = &b.failure {
        first.push_str(&reload::errors(&f.summary_lines()));
    }
    Reply::Events(first, rx)
}

fn event_stream(first: String, rx: UnboundedReceiver<String>) -> HttpResponse {
    let mut keep_alive = tokio::time::interval(EVENT_KEEP_ALIVE);
    keep_alive.reset();
    let body = EventBody { first: Some(first), rx, keep_alive };
    hyper::Response::builder()
        .header(header::CONTENT_TYPE, "text/event-stream")
        .header(header::CACHE_CONTROL, "no-store")
        .header("X-Accel-Buffering", "no")
        .body(Either::Right(body))
        .unwrap_or_else(|_| hyper::Response::new(Either::Left(Full::default())))
}

/// The body of a live-reload stream: the first event, then every broadcast, with a comment line in
/// quiet times. It ends when the server drops the hub's sender; hyper drops it when the page goes.
pub struct EventBody {
    first: Option<String>,
    rx: UnboundedReceiver<String>,
    keep_alive: tokio::time::Interval,
}

impl Body for EventBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let data = |s: String| Poll::Ready(Some(Ok(Frame::data(Bytes::from(s)))));
        if let Some(first) = self.first.take() {
            return data(first);
        }
        match self.rx.poll_recv(cx) {
            Poll::Ready(Some(event)) => data(event),
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending => match self.keep_alive.poll_tick(cx) {
                Poll::Ready(_) => data(": keep-alive\n\n".into()),
                Poll::Pending => Poll::Pending,
            },
        }
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
        // Not an escape: looked up as it is (and not found).
        assert_eq!(clean_path("%zz").as_deref(), Some("%zz"));
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
            "%c0%ae%c0%ae/x",
        ] {
            assert_eq!(clean_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn byte_ranges() {
        let r = |h: &str| byte_range(Some(h), 100);
        assert_eq!(byte_range(None, 100), Ok(None));
        assert_eq!(r("bytes=0-9"), Ok(Some(0..10)));
        assert_eq!(r("Bytes = 10-"), Ok(None), "no spaces around the =");
        assert_eq!(r("BYTES=10-"), Ok(Some(10..100)));
        assert_eq!(r("bytes=-30"), Ok(Some(70..100)));
        assert_eq!(r("bytes=-300"), Ok(Some(0..100)));
        assert_eq!(r("bytes=90-1000"), Ok(Some(90..100)));
        assert_eq!(r("bytes=99-99"), Ok(Some(99..100)));
        assert_eq!(r("bytes=100-"), Err(Unsatisfiable));
        assert_eq!(r("bytes=100-200"), Err(Unsatisfiable));
        assert_eq!(r("bytes=-0"), Err(Unsatisfiable));
        assert_eq!(byte_range(Some("bytes=0-"), 0), Err(Unsatisfiable));
        assert_eq!(r("bytes=99999999999999999999999-"), Err(Unsatisfiable));
        for ignored in ["bytes=5-1", "bytes=0-1,5-6", "items=0-1", "bytes=a-b", "bytes=-", "bytes=1-2-3", "bytes=+1-2"] {
            assert_eq!(r(ignored), Ok(None), "{ignored}");
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
