//! The reload channel: server-sent events to every open page, and the script (served from memory,
//! never inlined, so a strict Content-Security-Policy keeps working) that listens to them, reloads
//! the page keeping its scroll position, and shows build errors as an overlay.

use std::sync::Mutex;

use serde_json::json;
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};

use super::builder::Reload;

/// Where the script and the event stream live, under the site root.
pub const SCRIPT_PATH: &str = "_sonder/live-reload.js";
pub const EVENTS_PATH: &str = "_sonder/events";
pub const STATUS_PATH: &str = "_sonder/status";

/// Every open event stream. Sending never blocks, so the rebuild thread can broadcast while the
/// server's tasks read.
#[derive(Default)]
pub struct Hub {
    clients: Mutex<Vec<UnboundedSender<String>>>,
}

impl Hub {
    pub fn subscribe(&self) -> UnboundedReceiver<String> {
        let (tx, rx) = unbounded_channel();
        self.clients.lock().unwrap_or_else(|e| e.into_inner()).push(tx);
        rx
    }

    /// Sends one event to every open page; closed streams are dropped.
    pub fn broadcast(&self, event: &str) {
        self.clients.lock().unwrap_or_else(|e| e.into_inner()).retain(|c| c.send(event.to_string()).is_ok());
    }

    pub fn client_count(&self) -> usize {
        self.clients.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

/// One server-sent event (data on a single line: our JSON never holds a raw newline).
pub fn event(name: &str, data: &str) -> String {
    format!("event: {name}\ndata: {data}\n\n")
}

pub fn hello(build: &str, ok: bool) -> String {
    event("hello", &json!({ "build": build, "ok": ok }).to_string())
}

/// Tells pages to reload: all of them, or those showing one of `paths`; `build` is the new build.
pub fn reload(r: &Reload, build: &str) -> String {
    let (all, paths): (bool, &[String]) = match r {
        Reload::All => (true, &[]),
        Reload::Paths(p) => (false, p),
    };
    event("reload", &json!({ "all": all, "paths": paths, "build": build }).to_string())
}

pub fn errors(lines: &[String]) -> String {
    event("build-error", &json!({ "errors": lines }).to_string())
}

pub fn ok() -> String {
    event("build-ok", "{}")
}

/// The script every page loads in serve mode.
pub const SCRIPT: &str = include_str!("live-reload.js");

/// The page served while no build has succeeded yet: the overlay shows the errors, and the first
/// good build reloads it.
pub fn failed_page(base: &str, lines: &[String]) -> String {
    let mut body = String::new();
    for l in lines {
        body.push_str(&crate::text::esc(l));
        body.push_str("\n\n");
    }
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed - sonder serve</title>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <script src=\"{base}{SCRIPT_PATH}\" defer></script></head>\
         <body><h1>The course does not build yet</h1><p>Fix the problems below and save; this page reloads by itself.</p><pre>{body}</pre></body></html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_one_data_line() {
        let e = errors(&["content/a.md:3:1: error: x\nmore".to_string()]);
        assert_eq!(e.matches("data:").count(), 1);
        assert!(e.ends_with("\n\n"));
    }
}
