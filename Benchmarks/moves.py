#!/usr/bin/env python3
"""Random date moves on a benchmark corpus, each built incrementally and compared with a clean build.

The test suite checks moves in place (`MoveEdit`) on a fixture of 120 briefings; this checks them at
archive size, where pages, feeds and related lists are many. It copies a corpus's `content/` and
`theme/` to a scratch folder (tmpfs by default), builds it clean, then for each step gives a random
briefing a random date, builds it incrementally with `-v` (in place, or why not), builds a copy of
the same content clean, and compares the two outputs file by file. Exits non-zero on any difference.

    python3 Benchmarks/moves.py --size 10000 --steps 20 --seed 1
    python3 Benchmarks/moves.py --size 10000 --steps 20 --seed 2 --newest 60

`--newest N` draws from the N newest briefings and dates within the newest one's last three
months, so the moves stay among the home page and the feeds' windows, or cross their ends.
"""
import argparse
import datetime
import os
import random
import re
import shutil
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SITEGEN = os.path.join(REPO, ".build", "release", "sitegen")
DATE = re.compile(r"^date: (\d{4}-\d\d-\d\d)$", re.M)


def build(root, out, *flags):
    return subprocess.run([SITEGEN, "build", "--root", root, "--output", out, "--no-search", *flags],
                          capture_output=True, text=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--newest", type=int, default=0)
    parser.add_argument("--scratch", default="/dev/shm/sitegen-moves")
    args = parser.parse_args()
    corpus = os.path.join(REPO, "Benchmarks", f"corpus-{args.size}", "sitegen")
    if not os.path.isdir(corpus):
        sys.exit(f"no corpus at {corpus}: run Benchmarks/run.py --sizes {args.size} first")
    shutil.rmtree(args.scratch, ignore_errors=True)
    site, copy = os.path.join(args.scratch, "site"), os.path.join(args.scratch, "copy")
    for folder in ("content", "theme"):
        shutil.copytree(os.path.join(corpus, folder), os.path.join(site, folder))
    shutil.copytree(os.path.join(corpus, "theme"), os.path.join(copy, "theme"))
    out, clean = os.path.join(args.scratch, "out"), os.path.join(args.scratch, "clean")
    articles = os.path.join(site, "content", "articles")
    dated = []
    for name in os.listdir(articles):
        text = open(os.path.join(articles, name), encoding="utf-8").read()
        found = DATE.search(text)
        # A date past today holds the briefing back: not a move.
        if found and "draft: true" not in text and found.group(1) <= datetime.date.today().isoformat():
            dated.append((found.group(1), name))
    dated.sort(reverse=True)
    pool = [name for _, name in (dated[:args.newest] if args.newest else dated)]
    newest = dated[0][0]
    rng = random.Random(args.seed)
    build(site, out, "--clean")
    # The copies are newer than the build's 2 s racy window, so it recorded them as matching no file:
    # once that has passed, a build records them, and the first move is not taken for 10,000 edits.
    time.sleep(2.1)
    build(site, out)
    moved = differing = 0
    for step in range(args.steps):
        name = rng.choice(pool)
        path = os.path.join(articles, name)
        text = open(path, encoding="utf-8").read()
        if args.newest:
            year, month = int(newest[:4]), int(newest[5:7])
            date = f"{year}-{rng.randint(max(1, month - 2), month):02d}-{rng.randint(1, 28):02d}"
            date = min(date, newest)
        else:
            date = f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        with open(path, "w", encoding="utf-8") as f:
            f.write(DATE.sub("date: " + date, text, count=1))
        verbose = build(site, out, "-v").stderr.splitlines()
        in_place = any("(1 moved)" in line for line in verbose)
        why = next((line.strip() for line in verbose if "full build" in line), "no change")
        moved += in_place
        shutil.rmtree(os.path.join(copy, "content"), ignore_errors=True)
        shutil.copytree(os.path.join(site, "content"), os.path.join(copy, "content"))
        build(copy, clean, "--clean")
        diff = subprocess.run(["diff", "-rq", out, clean], capture_output=True, text=True).stdout.strip()
        differing += bool(diff)
        print(f"{step} {name} to {date}: {'in place' if in_place else why}" + (f"\n  DIFFERS: {diff[:500]}" if diff else ""),
              flush=True)
    print(f"{moved} of {args.steps} moves in place; {differing} differ from a clean build")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
