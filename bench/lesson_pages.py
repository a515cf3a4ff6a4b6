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

Prints one line: `lessons=N missing=M html=H median_lesson_bytes=B max_lesson_bytes=X
median_added_bytes=A` and lists up to 5 missing pages on stderr. Exit code 1 if a lesson page is
missing. `median_added_bytes` is the median over lessons of (page bytes - Markdown file bytes): what
the tool adds to a lesson, apart from how long the generated lesson itself is (the corpus's lessons
at 10,000 are not the same texts as at 1,000).
"""

import os
import sys


def median(values):
    """The median of sorted `values` (0 when empty), rounded down."""
    k = len(values)
    if k == 0:
        return 0
    return values[k // 2] if k % 2 else (values[k // 2 - 1] + values[k // 2]) // 2


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
                lessons.append((os.path.join(out, mod, stem, "index.html"), os.path.join(d, f)))
            else:
                lessons.append((os.path.join(out, mod, stem + ".html"), os.path.join(d, f)))
    sizes, added, missing = [], [], []
    for p, source in lessons:
        try:
            sizes.append(os.path.getsize(p))
            added.append(sizes[-1] - os.path.getsize(source))
        except OSError:
            missing.append(p)
    html = 0
    for _root, _dirs, files in os.walk(out):
        html += sum(1 for f in files if f.endswith(".html"))
    sizes.sort()
    print("lessons=%d missing=%d html=%d median_lesson_bytes=%d max_lesson_bytes=%d median_added_bytes=%d"
          % (len(lessons), len(missing), html, median(sizes), sizes[-1] if sizes else 0, median(sorted(added))))
    for p in missing[:5]:
        print("missing lesson page: " + p, file=sys.stderr)
    return 1 if missing or not lessons else 0


if __name__ == "__main__":
    sys.exit(main())
