#!/usr/bin/env python3
"""Edit-to-reload benchmark for `sonder serve` (python3, stdlib only).

Generates a course with `sonder dev corpus` (or a gen_corpus.py given with --gen; 1,000 lessons by default), starts
`sonder serve --port 0 --verbose` on it, listens to the live-reload event stream like a browser
does, then edits one lesson again and again and measures:

  edit -> page     time from the file write until the served page has the new text (polled over
                   one keep-alive HTTP connection, as the browser's reload would fetch it)
  edit -> event    time from the file write until the reload event arrives on the event stream
  rebuild          the server's own rebuild time for that edit (from its --verbose lines; the
                   debounce wait before it is not included)

for body edits (the lesson alone re-renders) and title edits (neighbours and navigation too), and
prints the medians. Targets (issue 8): edit -> page <= 100 ms, one-lesson rebuild <= 10 ms.

    python3 bench/serve_reload.py                       # release binary, 1,000 lessons, 15 edits each
    python3 bench/serve_reload.py --lessons 200 --edits 5 --sonder target/debug/sonder
"""

import argparse
import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def start_serve(sonder, root):
    proc = subprocess.Popen(
        [sonder, "serve", "--root", root, "--port", "0", "--verbose"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, NO_COLOR="1"),
    )
    err_lines = []

    def pump():
        for line in proc.stderr:
            err_lines.append((time.perf_counter(), line.rstrip("\n")))

    threading.Thread(target=pump, daemon=True).start()
    line = proc.stdout.readline().strip()
    if not line.startswith("Serving at "):
        proc.kill()
        sys.exit("sonder serve did not start: %r\n%s" % (line, "\n".join(l for _, l in err_lines)))
    url = line[len("Serving at "):]
    return proc, url, err_lines


class EventStream:
    """Reads server-sent events on a thread; records (arrival time, name, data)."""

    def __init__(self, host, port, base):
        self.events = []
        self.sock = socket.create_connection((host, port))
        self.sock.sendall(("GET %s_sonder/events HTTP/1.1\r\nHost: %s:%d\r\n\r\n" % (base, host, port)).encode())
        threading.Thread(target=self.run, daemon=True).start()

    def run(self):
        f = self.sock.makefile("r", encoding="utf-8", newline="\n")
        name = data = None
        for line in f:
            line = line.rstrip("\r\n")
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data = line[6:]
            elif line == "" and name:
                self.events.append((time.perf_counter(), name, data))
                name = data = None

    def first_after(self, t0, name, needle, timeout=10.0):
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            for t, n, d in list(self.events):
                if t >= t0 and n == name and needle in (d or ""):
                    return t
            time.sleep(0.0005)
        return None


def fetch(conn, path):
    conn.request("GET", path)
    r = conn.getresponse()
    return r.status, r.read().decode("utf-8", "replace")


def wait_for_text(conn, path, text, timeout=10.0):
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        status, body = fetch(conn, path)
        if text in body:
            return time.perf_counter()
        time.sleep(0.001)
    return None


def rebuild_ms_after(err_lines, t0, timeout=5.0):
    deadline = time.perf_counter() + timeout
    pat = re.compile(r"^Rebuilt .* in ([0-9.]+) ms: (\d+) file\(s\) rendered(?:, (\d+) rendered when next opened)?.*?(\[.*\])?$")
    while time.perf_counter() < deadline:
        for t, line in list(err_lines):
            if t >= t0:
                m = pat.match(line)
                if m:
                    return float(m.group(1)), int(m.group(2)), m.group(4) or ""
        time.sleep(0.001)
    return None, None, ""


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sonder", default=os.path.join(REPO, "target", "release", "sonder"))
    ap.add_argument("--lessons", type=int, default=1000)
    ap.add_argument("--edits", type=int, default=15)
    ap.add_argument("--gen", help="a gen_corpus.py to write the course with (default: sonder dev corpus)")
    ap.add_argument("--keep", action="store_true", help="keep the generated course")
    ap.add_argument("--log", action="store_true", help="print the server's output at the end")
    args = ap.parse_args()

    if not os.path.exists(args.sonder):
        sys.exit("no sonder binary at %s (cargo build --release, or pass --sonder)" % args.sonder)
    load_before = " ".join("%.1f" % x for x in os.getloadavg())
    work = tempfile.mkdtemp(prefix="sonder-serve-bench-")
    root = os.path.join(work, "course")
    if args.gen:
        gen = [sys.executable, args.gen, "--lessons", str(args.lessons), "--layout", "course", "--out", root, "--force"]
    else:
        gen = [args.sonder, "dev", "corpus", "--lessons", str(args.lessons), "--out", root, "--force"]
    subprocess.run(gen, check=True, stdout=subprocess.DEVNULL)

    content = os.path.join(root, "content")
    modules = sorted(d for d in os.listdir(content) if os.path.isdir(os.path.join(content, d)))
    module = modules[len(modules) // 2]
    lessons = sorted(f for f in os.listdir(os.path.join(content, module)) if f.endswith(".md") and f != "_index.md")
    lesson = lessons[len(lessons) // 2]
    neighbour = lessons[len(lessons) // 2 - 1]
    lesson_file = os.path.join(content, module, lesson)
    page = "%s/%s.html" % (module, lesson[:-3])
    neighbour_page = "%s/%s.html" % (module, neighbour[:-3])
    original = open(lesson_file, encoding="utf-8").read()

    proc, url, err_lines = start_serve(args.sonder, root)
    try:
        hostport, base = url[len("http://"):].split("/", 1)
        base = "/" + base
        host, port = hostport.rsplit(":", 1)
        port = int(port)
        deadline = time.perf_counter() + 30
        startup = ""
        while not startup and time.perf_counter() < deadline:
            startup = next((l for _, l in err_lines if l.startswith("Built ")), "")
            time.sleep(0.01)
        events = EventStream(host, port, base)
        conn = http.client.HTTPConnection(host, port)
        status, _ = fetch(conn, base + page)
        assert status == 200, status
        time.sleep(0.5)

        results = {"body": [], "title": []}
        for kind in ("body", "title"):
            for i in range(args.edits):
                token = "zq%s%dx%d" % (kind, i, int(time.time() * 1000) % 100000)
                if kind == "body":
                    text = original.rstrip("\n") + "\n\nEdited paragraph %s.\n" % token
                    watch_page = page
                else:
                    text = re.sub(r'(?m)^title = ".*"$', 'title = "Retitled %s"' % token, original, count=1)
                    watch_page = neighbour_page  # its "next" link and lesson list show the new title
                t0 = time.perf_counter()
                with open(lesson_file, "w", encoding="utf-8") as f:
                    f.write(text)
                t_page = wait_for_text(conn, base + watch_page, token)
                t_event = events.first_after(t0, "reload", lesson[:-3])
                rebuild, rendered, stages = rebuild_ms_after(err_lines, t0)
                results[kind].append(
                    (
                        None if t_page is None else (t_page - t0) * 1000,
                        None if t_event is None else (t_event - t0) * 1000,
                        rebuild,
                        rendered,
                        stages,
                    )
                )
                time.sleep(0.3)
        with open(lesson_file, "w", encoding="utf-8") as f:
            f.write(original)
        time.sleep(0.3)
    finally:
        proc.kill()
        proc.wait()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    if args.log:
        for t, l in err_lines:
            print("  server| %s" % l)
    print("sonder serve edit-to-reload, %d lessons (%s); load average before: %s" % (args.lessons, os.path.relpath(args.sonder, os.getcwd()), load_before))
    print("startup: %s" % startup)
    print("edited: content/%s/%s (%d edits of each kind)" % (module, lesson, args.edits))
    ok = True
    for kind, rows in results.items():
        pages = [r[0] for r in rows]
        evs = [r[1] for r in rows]
        rebuilds = [r[2] for r in rows]
        rendered = [r[3] for r in rows if r[3] is not None]
        print(
            "%-5s edit: edit->page median %.1f ms (min %.1f, max %.1f) | edit->event median %.1f ms | rebuild median %.2f ms (max %.2f), %s page(s) rendered"
            % (
                kind,
                median(pages),
                min(p for p in pages if p is not None) if any(p is not None for p in pages) else float("nan"),
                max(p for p in pages if p is not None) if any(p is not None for p in pages) else float("nan"),
                median(evs),
                median(rebuilds),
                max(r for r in rebuilds if r is not None) if any(r is not None for r in rebuilds) else float("nan"),
                int(median(rendered)) if rendered else "?",
            )
        )
        print("      each edit->page (ms): %s" % " ".join("-" if p is None else "%.0f" % p for p in pages))
        if rows and rows[len(rows) // 2][4]:
            print("      stages of a typical rebuild: %s" % rows[len(rows) // 2][4])
        if kind == "body":
            ok &= median(pages) <= 100 and median(rebuilds) <= 10
    print("targets (edit->page <= 100 ms, one-lesson rebuild <= 10 ms): %s" % ("met" if ok else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
