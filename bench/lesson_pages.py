#!/usr/bin/env python3
"""Check that every lesson of a generated corpus got its own HTML page, and
measure the lesson pages. Used by bench/run.sh (python3, stdlib only).

    lesson_pages.py SITE_DIR LAYOUT OUT_DIR

LAYOUT is the gen_corpus.py layout the site was written in (course, zola, hugo,
mdbook); it decides where the lesson sources are and where each tool writes the
page of a lesson:

    course (sonder) : content/<module>/<lesson>.md -> <out>/<module>/<lesson>.html
    zola, hugo      : content/<module>/<lesson>.md -> <out>/<module>/<lesson>/index.html
    mdbook          : src/<module>/<lesson>.md     -> <out>/<module>/<lesson>.html

Prints one line: `lessons=N missing=M html=H median_lesson_bytes=B max_lesson_bytes=X`
and lists up to 5 missing pages on stderr. Exit code 1 if a lesson page is missing.
"""

import os
import sys


def main():
    site, layout, out = sys.argv[1:4]
    src = os.path.join(site, "src" if layout == "mdbook" else "content")
    lessons = []
    for mod in sorted(os.listdir(src)):
        d = os.path.join(src, mod)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if not f.endswith(".md") or f in ("_index.md", "index.md"):
                continue
            stem = f[:-3]
            if layout in ("zola", "hugo"):
                lessons.append(os.path.join(out, mod, stem, "index.html"))
            else:
                lessons.append(os.path.join(out, mod, stem + ".html"))
    sizes, missing = [], []
    for p in lessons:
        try:
            sizes.append(os.path.getsize(p))
        except OSError:
            missing.append(p)
    html = 0
    for _root, _dirs, files in os.walk(out):
        html += sum(1 for f in files if f.endswith(".html"))
    sizes.sort()
    med = 0
    if sizes:
        k = len(sizes)
        med = sizes[k // 2] if k % 2 else (sizes[k // 2 - 1] + sizes[k // 2]) // 2
    print("lessons=%d missing=%d html=%d median_lesson_bytes=%d max_lesson_bytes=%d"
          % (len(lessons), len(missing), html, med, sizes[-1] if sizes else 0))
    for p in missing[:5]:
        print("missing lesson page: " + p, file=sys.stderr)
    return 1 if missing or not lessons else 0


if __name__ == "__main__":
    sys.exit(main())
