#!/usr/bin/env python3
"""Rebuilding one big folder right after deleting it, the way `rm -rf public; sonder build` does
(bench/PROFILE.md sections 5.1 and 9). On ext4 without a journal a new inode is not taken from
the ones freed in the last ~35 s, and each allocation walks past them one by one.

  one      20,000 files of 25 KB in one folder
  rename   the same, made under a unique temporary name and renamed at the end
  parts<C> the same files, written C per fresh folder beside it, then renamed into it (sonder's way)
  spread   100 folders x 100 files of 50 KB (the same bytes, half the files)

The top folder carries `chattr +T`, as sonder's staging folder does. Each variant is made once,
then RUNS times right after `rm -rf` + `sync` of its previous tree; prints wall, user and system
seconds of each timed run and the number of block groups (8,192 inodes each here) its files use.

Usage: ext4_rebuild.py DIR VARIANT... [--runs N]   (DIR on the file system to test; it is created)
"""
import argparse
import collections
import os
import shutil
import subprocess
import sys
import time

DATA = b"x" * 25000


def write(path, data=DATA):
    with open(path, "wb") as f:
        f.write(data)


def make(variant, top):
    os.mkdir(top)
    subprocess.run(["chattr", "+T", top], check=False, stderr=subprocess.DEVNULL)
    if variant == "spread":
        for m in range(100):
            os.mkdir(f"{top}/m{m:03}")
            for i in range(100):
                write(f"{top}/m{m:03}/lesson-{i:05}.html", DATA * 2)
    elif variant in ("one", "rename"):
        folder = f"{top}/.m.tmp-{os.getpid()}-{time.time_ns()}" if variant == "rename" else f"{top}/m"
        os.mkdir(folder)
        for i in range(20000):
            write(f"{folder}/lesson-{i:05}.html")
        if variant == "rename":
            os.rename(folder, f"{top}/m")
    elif variant.startswith("parts"):
        size = int(variant[5:])
        os.mkdir(f"{top}/m")
        parts = []
        for i in range(20000):
            if i % size == 0:
                parts.append(f"{top}/.part-{i // size}")
                os.mkdir(parts[-1])
            write(f"{parts[-1]}/lesson-{i:05}.html")
        for part in parts:
            for name in os.listdir(part):
                os.rename(f"{part}/{name}", f"{top}/m/{name}")
            os.rmdir(part)
    else:
        sys.exit(f"unknown variant {variant}")


def groups(top, inodes_per_group=8192):
    used = collections.Counter()
    for d, _, files in os.walk(top):
        for n in files:
            used[(os.stat(f"{d}/{n}").st_ino - 1) // inodes_per_group] += 1
    return len(used)


def timed(variant, top):
    before = os.times()
    t0 = time.time()
    pid = os.fork()
    if pid == 0:
        make(variant, top)
        os._exit(0)
    os.waitpid(pid, 0)
    after = os.times()
    return time.time() - t0, after.children_user - before.children_user, after.children_system - before.children_system


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("variants", nargs="+")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    for v in a.variants:
        top = os.path.join(a.dir, f"out-{v}")
        shutil.rmtree(top, ignore_errors=True)
        make(v, top)
        for r in range(a.runs):
            shutil.rmtree(top)
            os.sync()
            wall, user, system = timed(v, top)
            print(f"{v:8} run {r + 1}: wall {wall:6.2f} s  user {user:5.2f}  sys {system:6.2f}  block groups {groups(top)}", flush=True)
        shutil.rmtree(top)


if __name__ == "__main__":
    main()
