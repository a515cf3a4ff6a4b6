//! `sonder serve`: builds the course into memory, serves it over HTTP, watches the sources, rebuilds
//! only what a change touches and tells open pages to reload.
//!
//! Threads: the caller's thread runs the HTTP server ([`http`], one task per connection, lookups on
//! tokio's blocking pool), one thread watches and rebuilds. They share the [`builder::Builder`]
//! behind a mutex; a full build runs outside it, so the last good site keeps being served meanwhile.

pub mod builder;
pub mod http;
pub mod reload;
pub mod watch;

use std::io::Write as _;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use builder::{Builder, Outcome, Plan};
use reload::Hub;

use crate::diagnostics::Diagnostics;
use crate::render::RenderOptions;

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    /// Normalized by [`normalize_base_path`]: starts and ends with `/`.
    pub base_path: String,
    pub open: bool,
    /// Per-rebuild timings by stage.
    pub verbose: bool,
    /// Only errors and warnings.
    pub quiet: bool,
    pub color: bool,
}

/// What the HTTP side shares with the rebuild side.
pub struct Server {
    pub builder: Mutex<Builder>,
    pub hub: Hub,
    pub base: String,
    /// Distinguishes this server run from a restarted one (pages reload after reconnecting).
    started: u64,
}

impl Server {
    pub fn build_id(&self, generation: u64) -> String {
        format!("{:x}-{generation}", self.started)
    }

    pub fn status_json(&self) -> String {
        let b = self.builder.lock().unwrap_or_else(|e| e.into_inner());
        let errors = b.failure.as_ref().map(|f| f.summary_lines()).unwrap_or_default();
        serde_json::json!({ "ok": b.failure.is_none(), "build": self.build_id(b.generation), "errors": errors }).to_string()
    }
}

/// `/sub/path` -> `/sub/path/`; empty -> `/`.
pub fn normalize_base_path(p: &str) -> Result<String, String> {
    let trimmed = p.trim().trim_matches('/');
    if trimmed.is_empty() {
        return Ok("/".into());
    }
    if trimmed.split('/').any(|s| s.is_empty() || s == "." || s == ".." || s.contains(['\\', '?', '#', '%', ' '])) {
        return Err(format!("`{p}` is not a usable base path; use something like /sub/path/"));
    }
    Ok(format!("/{trimmed}/"))
}

fn print_outcome(o: &Outcome, opts: &ServeOptions) {
    let ms = |d: std::time::Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
    let mut err = std::io::stderr().lock();
    match &o.result {
        Ok(_) => {
            if let Some(w) = &o.new_warnings {
                let _ = write!(err, "{}", w.render(opts.color));
            }
            if !opts.quiet {
                let mut line = format!("Rebuilt {} in {}: {} file(s) rendered", o.what, ms(o.total), o.rendered);
                if o.deferred > 0 {
                    line.push_str(&format!(", {} rendered when next opened", o.deferred));
                }
                if o.warning_count > 0 {
                    line.push_str(&format!(" ({} warning{})", o.warning_count, if o.warning_count == 1 { "" } else { "s" }));
                }
                if o.recovered {
                    line.push_str("; the build works again");
                }
                if opts.verbose {
                    let stages: Vec<String> = o.timings.iter().map(|t| format!("{} {}", t.stage, ms(t.took))).collect();
                    if !stages.is_empty() {
                        line.push_str(&format!(" [{}]", stages.join(", ")));
                    }
                }
                let _ = writeln!(err, "{line}");
            }
        }
        Err(d) => {
            let _ = write!(err, "{}", d.render(opts.color));
            let _ = writeln!(
                err,
                "Build of {} failed ({}). Still serving the last good site; the error is shown in the browser.",
                o.what,
                counts(d)
            );
        }
    }
}

fn counts(d: &Diagnostics) -> String {
    let (e, w) = (d.error_count(), d.warning_count());
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match (e, w) {
        (e, 0) => plural(e, "error"),
        (e, w) => format!("{}, {}", plural(e, "error"), plural(w, "warning")),
    }
}

/// Tells open pages what happened.
fn broadcast(server: &Server, o: &Outcome) {
    match &o.result {
        Ok(r) => {
            if o.recovered {
                server.hub.broadcast(&reload::ok());
            }
            let generation = server.builder.lock().unwrap_or_else(|e| e.into_inner()).generation;
            server.hub.broadcast(&reload::reload(r, &server.build_id(generation)));
        }
        Err(d) => server.hub.broadcast(&reload::errors(&d.summary_lines())),
    }
}

/// Runs one rebuild for a batch of changed paths. Returns `None` when nothing needed rebuilding.
pub fn rebuild(server: &Server, paths: &[PathBuf], rescan: bool) -> Option<Outcome> {
    let started = Instant::now();
    let (plan, root, opts) = {
        let b = server.builder.lock().unwrap_or_else(|e| e.into_inner());
        (b.plan(paths, rescan), b.root.clone(), b.opts.clone())
    };
    let full = |what: String| {
        let mut timings = Vec::new();
        let r = builder::full_build(&root, &opts, &mut timings);
        let mut b = server.builder.lock().unwrap_or_else(|e| e.into_inner());
        b.install(r, what, timings, started)
    };
    match plan {
        Plan::Nothing => None,
        Plan::Full(why) => Some(full(format!("everything ({why})"))),
        Plan::Steps(steps) => {
            let r = server.builder.lock().unwrap_or_else(|e| e.into_inner()).apply(&steps, started);
            match r {
                Ok(o) => Some(o),
                Err(why) => Some(full(format!("everything ({why})"))),
            }
        }
    }
}

/// Opens the address in the desktop's browser. Without a display (a server, a container, SSH) there
/// is no browser to show: one line says where to go, rather than xdg-open starting a text browser in
/// this terminal. The opener's output is discarded and it is waited for, so it never lingers.
fn open_browser(url: &str) {
    use std::process::{Command, Stdio};
    let no_display = ["DISPLAY", "WAYLAND_DISPLAY"].iter().all(|v| std::env::var_os(v).is_none_or(|x| x.is_empty()));
    if cfg!(all(unix, not(target_os = "macos"))) && no_display {
        eprintln!("No display to open a browser on: open {url} in a browser yourself.");
        return;
    }
    let mut opener = if cfg!(target_os = "macos") {
        Command::new("open")
    } else if cfg!(windows) {
        let mut c = Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        Command::new("xdg-open")
    };
    let spawned = opener.arg(url).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn();
    match spawned {
        Ok(mut child) => {
            let url = url.to_string();
            std::thread::spawn(move || {
                if !child.wait().is_ok_and(|s| s.success()) {
                    eprintln!("warning: could not open a browser; open {url} yourself");
                }
            });
        }
        Err(e) => eprintln!("warning: could not open a browser ({e}); open {url} yourself"),
    }
}

/// Builds, binds, prints the address and serves until the process is stopped.
pub fn run(opts: ServeOptions) -> Result<(), String> {
    let root = opts.root.canonicalize().map_err(|e| format!("cannot open the course folder {}: {e}", opts.root.display()))?;
    let render_opts = RenderOptions { minify: false, live_reload_script: Some(reload::SCRIPT_PATH.to_string()), versions: None };
    let started = Instant::now();
    let listener = listen(&opts)?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    let server = Arc::new(Server {
        builder: Mutex::new(Builder::new(root.clone(), render_opts.clone())),
        hub: Hub::default(),
        base: opts.base_path.clone(),
        started: SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0),
    });

    // Watch before the first build, so no edit made during it is lost.
    let watcher = watch::SourceWatcher::new(&root).map_err(|e| format!("cannot watch {} for changes: {e}", root.display()))?;
    let mut timings = Vec::new();
    let first = builder::full_build(&root, &render_opts, &mut timings);
    let outcome = server.builder.lock().unwrap_or_else(|e| e.into_inner()).install(first, "the course".into(), timings, started);
    let translations = report_first_build(&server, &outcome, &opts);
    let host = match local.ip() {
        IpAddr::V6(ip) => format!("[{ip}]"),
        ip => ip.to_string(),
    };
    let url = format!("http://{host}:{}{}", local.port(), opts.base_path);
    // The address goes to stdout (and is flushed) so scripts and tests can read it.
    println!("Serving at {url}");
    let _ = std::io::stdout().flush();
    if !opts.quiet {
        let translated: String = translations.iter().map(|l| format!("content.{l}/, exercises.{l}/, ")).collect();
        eprintln!("Watching course.toml, content/, exercises/, {translated}static/, themes/ and templates/. Press Ctrl+C to stop.");
    }
    rebuild_on_changes(server.clone(), watcher, opts.clone());
    if opts.open {
        open_browser(&url);
    }
    http::serve_forever(listener, server)
}

/// The listening socket, with a clear error for a port in use and a warning when it is reachable
/// from other machines.
fn listen(opts: &ServeOptions) -> Result<TcpListener, String> {
    let addr = SocketAddr::new(opts.bind, opts.port);
    let listener = TcpListener::bind(addr).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
            format!("cannot listen on {addr}: the port is in use (another sonder serve?); pick another with --port, or --port 0 for any free port")
        } else {
            format!("cannot listen on {addr}: {e}")
        }
    })?;
    if !opts.bind.is_loopback() {
        eprintln!(
            "warning: listening on {} makes this preview reachable from other machines; it is a development server, use 127.0.0.1 unless you mean it",
            opts.bind
        );
    }
    Ok(listener)
}

/// Says how the first build went (or why the course does not build yet). Returns the course's
/// other languages, whose folders are watched too.
fn report_first_build(server: &Server, outcome: &builder::Outcome, opts: &ServeOptions) -> Vec<String> {
    let (pages, title, translations) = {
        let b = server.builder.lock().unwrap_or_else(|e| e.into_inner());
        let translations: Vec<String> = b.course().map(|c| c.config.languages.iter().map(|l| l.code.clone()).collect()).unwrap_or_default();
        (b.page_count(), b.course().map(|c| c.config.title.clone()), translations)
    };
    match &outcome.result {
        Ok(_) => {
            if let Some(w) = &outcome.new_warnings {
                eprint!("{}", w.render(opts.color));
            }
            if !opts.quiet {
                eprintln!(
                    "Built \"{}\": {} pages{} in {:.2} s{}",
                    title.unwrap_or_default(),
                    pages,
                    if translations.is_empty() { String::new() } else { format!(" in {} languages", translations.len() + 1) },
                    outcome.total.as_secs_f64(),
                    if outcome.warning_count > 0 { format!(" ({} warnings)", outcome.warning_count) } else { String::new() }
                );
            }
        }
        Err(d) => {
            eprint!("{}", d.render(opts.color));
            eprintln!("The course does not build yet ({}). Serving an error page until it does.", counts(d));
        }
    }
    translations
}

/// Rebuilds on every batch of changes the watcher reports, on a thread of its own, and tells
/// open pages. A bug must not stop the rebuilds: the last good site stays served.
fn rebuild_on_changes(server: Arc<Server>, mut watcher: watch::SourceWatcher, opts: ServeOptions) {
    std::thread::spawn(move || {
        while let Some(batch) = watcher.next_batch() {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| rebuild(&server, &batch.paths, batch.rescan)));
            match result {
                Ok(Some(o)) => {
                    print_outcome(&o, &opts);
                    broadcast(&server, &o);
                    if opts.verbose {
                        eprintln!("  (first event to pages told: {:.1} ms)", batch.first_event.elapsed().as_secs_f64() * 1000.0);
                    }
                }
                Ok(None) => {}
                Err(_) => {
                    let mut b = server.builder.lock().unwrap_or_else(|e| e.into_inner());
                    b.mark_broken();
                    let lines = b.failure.as_ref().map(|f| f.summary_lines()).unwrap_or_default();
                    drop(b);
                    eprintln!("error: the rebuild stopped on an internal error; still serving the last good site");
                    server.hub.broadcast(&reload::errors(&lines));
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_paths() {
        assert_eq!(normalize_base_path("").unwrap(), "/");
        assert_eq!(normalize_base_path("/").unwrap(), "/");
        assert_eq!(normalize_base_path("/sub/path").unwrap(), "/sub/path/");
        assert_eq!(normalize_base_path("sub/").unwrap(), "/sub/");
        assert!(normalize_base_path("/a/../b").is_err());
        assert!(normalize_base_path("/a//b").is_err());
    }
}
