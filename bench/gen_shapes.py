#!/usr/bin/env python3
"""Extreme course shapes for the benchmark (issue 20): sonder's build time must grow linearly
with the course, whatever its shape. Each shape is compared with the same bytes spread over a
10,000-lesson course of 100 modules (`spread --bytes N`).

  module20k   one module of 20,000 lessons
  lesson50mb  one lesson of 50 MB, full of links
  lines1mb    a lesson of 1 MB lines (16 of them), full of links
  spread      100 modules x 100 lessons holding --bytes bytes in all

Usage: gen_shapes.py SHAPE --out DIR [--scale F] [--bytes N]   (--scale shrinks a shape, for tests)
Prints the bytes of content/ written.
"""
import argparse
import os
import shutil

WORDS = "trust listen pause notice ask answer reflect name share repair".split()


def text(n_bytes, link, line_len=None):
    """Paragraphs of words and links to `link`, about n_bytes long; lines of line_len if given."""
    out, size, i = [], 0, 0
    line = []
    line_size = 0
    while size < n_bytes:
        w = f"[{WORDS[i % 10]}]({link})" if i % 7 == 3 else WORDS[i % 10]
        line.append(w)
        line_size += len(w) + 1
        size += len(w) + 1
        i += 1
        if line_size >= (line_len or 80):
            out.append(" ".join(line))
            line, line_size = [], 0
            if line_len is None and i % 60 == 0:
                out.append("")
    out.append(" ".join(line))
    return "\n".join(out) + "\n"


def write(path, body):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(body)
    return len(body.encode())


def lesson(title, body):
    return f'+++\ntitle = "{title}"\n+++\n{body}'


def course(out, modules):
    """modules: [(slug, [(lesson slug, body)])]; returns the bytes written under content/."""
    shutil.rmtree(out, ignore_errors=True)
    write(f"{out}/course.toml", '[course]\nid = "bench-shapes"\ntitle = "Shapes"\nlanguage = "en"\n')
    total = write(f"{out}/content/_index.md", '+++\ntitle = "Shapes"\n+++\nA benchmark course.\n')
    for mi, (m, lessons) in enumerate(modules):
        total += write(f"{out}/content/{m}/_index.md", f'+++\ntitle = "Module {mi + 1}"\nweight = {mi + 1}\n+++\nIntro.\n')
        for li, (slug, body) in enumerate(lessons):
            total += write(f"{out}/content/{m}/{slug}.md", lesson(f"Lesson {li + 1}", body))
    return total


def main():
    p = argparse.ArgumentParser()
    p.add_argument("shape", choices=["module20k", "lesson50mb", "lines1mb", "spread"])
    p.add_argument("--out", required=True)
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--bytes", type=int, default=0)
    a = p.parse_args()
    s = a.scale
    if a.shape == "module20k":
        n = max(2, int(20000 * s))
        mods = [("m", [(f"l{i:05d}", text(2000, f"l{(i + 1) % n:05d}.md")) for i in range(n)])]
    elif a.shape == "lesson50mb":
        mods = [("m", [("big", text(int(50e6 * s), "small.md")), ("small", "Small.\n")])]
    elif a.shape == "lines1mb":
        mods = [("m", [("long", "\n".join(text(int(1e6 * s), "small.md", int(1e6 * s)) for _ in range(16))), ("small", "Small.\n")])]
    else:
        per = max(100, a.bytes // 10000)
        mods = [(f"m{m:03d}", [(f"l{i:03d}", text(per, f"l{(i + 1) % 100:03d}.md")) for i in range(100)]) for m in range(100)]
    print(course(a.out, mods))


if __name__ == "__main__":
    main()
