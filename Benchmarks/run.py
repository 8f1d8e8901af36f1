#!/usr/bin/env python3
"""Times SiteGen (and Hugo, when installed) on generated corpora; prints a Markdown table.

    python3 Benchmarks/run.py [--sizes 1000,10000] [--runs 5] [--no-hugo] [--hugo-max 10000] [--tmpfs] [--no-pagefind]

For each size: a clean build, a no-op rebuild, one-article edit rebuilds (the body of an old
briefing, the body of the newest, which every feed carries, a title, a summary, a date, the
topics, the authors, a misspelt author, whose page is made, and the name put right, whose page
goes), a date moved a year back, a new briefing and its deletion, every input written back as it
was (alone and with a body edit), and `sitegen check` (when the binary has it; alone, beside the
build's output with `--output`, and so again after a body edit is built), each with wall time, peak
memory and user and system processor time from /usr/bin/time -v; Hugo builds the same corpus with a
minimal theme, runs alternating with SiteGen's. Pagefind is timed apart. Medians of --runs runs,
with min and max. Corpora are cached in Benchmarks/corpus-N/.
"""
import argparse
import bisect
import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import corpus  # noqa: E402

SITEGEN = os.path.join(REPO, ".build", "release", "sitegen")


def timed(cmd, cwd=None):
    """Runs cmd under /usr/bin/time -v; returns (seconds, peak MiB, user seconds, system seconds). Fails
    loudly on a non-zero exit."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-3000:]}")
    def field(name):
        return next((float(l.split(":")[1]) for l in proc.stderr.splitlines() if name in l), 0.0)
    return seconds, field("Maximum resident set size") / 1024, field("User time (seconds)"), field("System time (seconds)")


def summary(samples):
    secs = [s[0] for s in samples]
    return {"median_s": statistics.median(secs), "min_s": min(secs), "max_s": max(secs), "peak_mib": max(s[1] for s in samples),
            "user_s": statistics.median(s[2] for s in samples), "sys_s": statistics.median(s[3] for s in samples)}


def rewrite_inputs(site):
    """Writes every file under the site's content/ and theme/ again with its own bytes, through a rename."""
    for folder in ("content", "theme"):
        for root, _, names in os.walk(os.path.join(site, folder)):
            for name in names:
                path = os.path.join(root, name)
                with open(path, "rb") as f:
                    data = f.read()
                with open(path + ".rewrite", "wb") as f:
                    f.write(data)
                os.replace(path + ".rewrite", path)


def has_subcommand(name):
    return subprocess.run([SITEGEN, name, "--help"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def bench_size(n, runs, with_hugo, out_root, with_pagefind=True):
    folder = os.path.join(HERE, f"corpus-{n}")
    if not os.path.isdir(os.path.join(folder, "sitegen", "content", "articles")):
        print(f"generating {n} briefings…", file=sys.stderr)
        corpus.generate(n, folder, 42)
    site = os.path.join(folder, "sitegen")
    hugo_site = os.path.join(folder, "hugo")
    out = os.path.join(out_root or folder, f"output-{n}")
    hugo_out = os.path.join(out_root or hugo_site, f"public-{n}")
    cache = os.path.join(site, ".sitegen-cache")
    # Search is Pagefind's work, not Hugo's: it is timed apart below.
    build = [SITEGEN, "build", "--root", site, "--output", out, "--no-search"]
    results = {"clean": [], "noop": [], "edit": [], "edit-newest": [], "edit-title": [], "edit-summary": [], "edit-date": [], "edit-topics": [], "edit-topics-newest": [], "edit-authors": [], "edit-authors-newest": [], "edit-author-new": [], "edit-author-gone": [], "edit-date-moved": [], "add-newest": [], "delete-newest": [], "touched-all": [], "touched-all-edit": [], "check": [], "check-output": [], "check-after-edit": [], "hugo": [],
               "pagefind": []}
    edited = os.path.join(site, "content", "articles", "briefing-000000.md")
    with open(edited, encoding="utf-8") as f:
        original = f.read()
    newest = newest_briefing(os.path.join(site, "content", "articles"))
    with open(newest, encoding="utf-8") as f:
        newest_original = f.read()
    redate = date_edit_candidate(os.path.join(site, "content", "articles"))
    if redate is None:
        print(f"{n}: no briefing's date can move a day without passing another; no date edit is timed", file=sys.stderr)
    else:
        with open(redate[0], encoding="utf-8") as f:
            redated_original = f.read()
    can_check = has_subcommand("check")
    pagefind = [shutil.which("pagefind")] if shutil.which("pagefind") else None
    if not with_pagefind:
        pagefind = None
    elif pagefind is None and subprocess.run([sys.executable, "-m", "pagefind_bin", "--version"],
                                           capture_output=True).returncode == 0:
        pagefind = [sys.executable, "-m", "pagefind_bin"]
    for r in range(runs):
        order = ["sitegen", "hugo"] if r % 2 == 0 else ["hugo", "sitegen"]
        for who in order:
            if who == "hugo" and with_hugo:
                shutil.rmtree(hugo_out, ignore_errors=True)
                shutil.rmtree(os.path.join(hugo_site, "resources"), ignore_errors=True)
                results["hugo"].append(timed(["hugo", "--quiet", "-s", hugo_site, "-d", hugo_out]))
            elif who == "sitegen":
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(cache, ignore_errors=True)
                results["clean"].append(timed(build))
        results["noop"].append(timed(build))
        def timed_edit(step, path, before, after):
            """Times the build after writing `after` to `path`, then puts `before` back and builds untimed."""
            with open(path, "w", encoding="utf-8") as f:
                f.write(after)
            results[step].append(timed(build))
            with open(path, "w", encoding="utf-8") as f:
                f.write(before)
            timed(build)

        timed_edit("edit", edited, original, original + f"\nEdited in run {r}.\n")
        # The newest briefing is in every feed it can be in: its body is rewritten there too.
        timed_edit("edit-newest", newest, newest_original, newest_original + f"\nEdited in run {r}.\n")
        # A new title shows on listing pages, neighbours and related briefings: patched in place there.
        timed_edit("edit-title", edited, original, original.replace("title: \"", f"title: \"Run {r}: ", 1))
        # An editor's new summary shows in meta tags, cards and feed entries: patched in place there too.
        timed_edit("edit-summary", edited, original, original.replace("summary: \"", f"summary: \"Run {r}: ", 1))
        # A date a day later that passes no other briefing: patched in place on its page, cards, feeds and sitemap.
        if redate:
            path, day, after = redate
            timed_edit("edit-date", path, redated_original, redated_original.replace(f"date: {day}\n", f"date: {after}\n", 1))
        # Other topics change which lists show the briefing and where: put in place (`TopicEdit`) when
        # its topics keep their number of pages.
        retopiced = topics_edit(original)
        if retopiced:
            timed_edit("edit-topics", edited, original, retopiced)
        # The newest briefing is in its topics' feeds too, and first in their listings: every card after it moves.
        retopiced = topics_edit(newest_original)
        if retopiced:
            timed_edit("edit-topics-newest", newest, newest_original, retopiced)
        # Other authors change the byline, cards, author pages and their counts: put in place (`AuthorEdit`)
        # when every author keeps at least one briefing.
        reauthored = authors_edit(original, os.path.join(site, "content", "articles"))
        if reauthored:
            timed_edit("edit-authors", edited, original, reauthored)
        # The newest briefing's feed entries name its authors too.
        reauthored = authors_edit(newest_original, os.path.join(site, "content", "articles"))
        if reauthored:
            timed_edit("edit-authors-newest", newest, newest_original, reauthored)
        # A misspelt name, a new author whose page is made in place; then put right, and the one-off
        # author's page is taken away in place.
        found = authors_list(original)
        if found and found[0]:
            lines = original.split("\n")
            lines[found[1]] = "authors: [" + ", ".join(f'"{a} Jr"' if n == 0 else f'"{a}"' for n, a in enumerate(found[0])) + "]"
            with open(edited, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
            results["edit-author-new"].append(timed(build))
            timed_edit("edit-author-gone", edited, original, original)
        # A date that moves a briefing past others (a year back), put in place (`MoveEdit`); then, still
        # full incremental builds, a new briefing published today (the newest), and the same briefing deleted.
        moved = redate_line(original, lambda day: day.replace(year=day.year - 1))
        if moved:
            timed_edit("edit-date-moved", edited, original, moved)
        added = os.path.join(site, "content", "articles", "briefing-added.md")
        fresh = redate_line(original.replace("title: \"", f"title: \"Added in run {r}: ", 1), lambda _: datetime.date.today())
        if fresh:
            with open(added, "w", encoding="utf-8") as f:
                f.write(fresh)
            results["add-newest"].append(timed(build))
            os.remove(added)
            results["delete-newest"].append(timed(build))
        # A fresh checkout beside a kept output and cache: every input file written again with its own
        # bytes (new inodes and times), then the same with one body edited; their hashes tell (`InputHashes`).
        rewrite_inputs(site)
        results["touched-all"].append(timed(build))
        rewrite_inputs(site)
        timed_edit("touched-all-edit", edited, original, original + f"\nEdited after a checkout in run {r}.\n")
        if can_check:
            # Alone, `check` renders every page; beside the build's output (as CI runs it) it scans the
            # pages the build left unchanged there instead.
            results["check"].append(timed([SITEGEN, "check", "--root", site]))
            results["check-output"].append(timed([SITEGEN, "check", "--root", site, "--output", out]))
            # As CI runs it after each change: a body edit built, then `check`, which takes the scans of
            # the pages the build did not change from the check before (`ScanCache`).
            with open(edited, "w", encoding="utf-8") as f:
                f.write(original + f"\nChecked in run {r}.\n")
            timed(build)
            results["check-after-edit"].append(timed([SITEGEN, "check", "--root", site, "--output", out]))
            with open(edited, "w", encoding="utf-8") as f:
                f.write(original)
            timed(build)
        if pagefind:
            results["pagefind"].append(timed(pagefind + ["--site", out, "--silent"]))
    summaries = {k: summary(v) for k, v in results.items() if v}
    if results["hugo"]:
        # Runs alternate SiteGen and Hugo, so each pair shared the machine's state of the moment.
        pairs = [s[0] / h[0] for s, h in zip(results["clean"], results["hugo"])]
        summaries["pairs"] = {"ratios": pairs, "median": statistics.median(pairs)}
    return summaries


def topics_edit(text):
    """`text` with one topic fewer, or one more when it has only one; None without a `topics:` list."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line.startswith("topics: [") and line.endswith("]"):
            topics = [t.strip() for t in line[len("topics: ["):-1].split(",") if t.strip()]
            changed = topics[:-1] if len(topics) > 1 else topics + ["russia" if "russia" not in topics else "china"]
            lines[k] = "topics: [" + ", ".join(changed) + "]"
            return "\n".join(lines)
    return None


def redate_line(text, change):
    """`text` with its `date:` line (an ISO day) set to `change(day)`; None without one."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line.startswith("date: ") and len(line) == len("date: 2000-01-01"):
            lines[k] = "date: " + change(datetime.date.fromisoformat(line[len("date: "):])).isoformat()
            return "\n".join(lines)
    return None


def authors_list(text):
    """The names of the `authors:` line of a briefing's text, and the line's index; None without one."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line.startswith("authors: [") and line.endswith("]"):
            return [a.strip().strip('"') for a in line[len("authors: ["):-1].split(",") if a.strip()], k
    return None


def authors_edit(text, folder):
    """`text` with one author fewer, or with the first author of another briefing added when it has
    only one (a name the site already has); None without an `authors:` list."""
    found = authors_list(text)
    if not found:
        return None
    authors, k = found
    if len(authors) > 1:
        changed = authors[:-1]
    else:
        other = None
        for name in sorted(os.listdir(folder))[1:50]:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                theirs = authors_list(f.read(2048))
            if theirs and theirs[0] and theirs[0][0] not in authors:
                other = theirs[0][0]
                break
        if other is None:
            return None
        changed = authors + [other]
    lines = text.split("\n")
    lines[k] = "authors: [" + ", ".join(f'"{a}"' for a in changed) + "]"
    return "\n".join(lines)


def published_dates(folder):
    """(name, `date:` value) of every briefing in `folder` that is not a draft, by file name."""
    out = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".md"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            head = f.read(1024)
        front = head.split("---", 2)[1].splitlines() if head.startswith("---") else []
        dates = [line.split(":", 1)[1].strip().strip('"') for line in front if line.startswith("date:")]
        if "draft: true" not in front and dates and dates[0]:
            out.append((name, dates[0]))
    return out


def newest_briefing(folder):
    """The published briefing with the latest `date:` (ISO dates sort as text): not a draft, not future."""
    today = datetime.date.today().isoformat()
    best = ("", "")
    for name, date in published_dates(folder):
        if date[:10] <= today:
            best = max(best, (date, os.path.join(folder, name)))
    return best[1]


def date_edit_candidate(folder):
    """The first briefing (by file name) whose date can move a day later within its month without
    passing another briefing: (path, its date, the day after); None when none can (a dense corpus)."""
    today = datetime.date.today()
    dated = []
    for name, date in published_dates(folder):
        if len(date) != 10:
            continue
        day = datetime.date.fromisoformat(date)
        if day <= today:
            dated.append((day, name))
    days = sorted(d for d, _ in dated)
    for day, name in dated:
        after = day + datetime.timedelta(days=1)
        # Alone on its day (a briefing of the same day may stand before it), and the next day up
        # strictly later than the new date; the ones below stay below.
        alone = bisect.bisect_right(days, day) - bisect.bisect_left(days, day) == 1
        later = days[bisect.bisect_right(days, day):][:1]
        if alone and after.month == day.month and after <= today and (not later or later[0] > after):
            return os.path.join(folder, name), day.isoformat(), after.isoformat()
    return None


def floor(n, out_root):
    """The work's floor: one cmark-gfm process over all the Markdown, and copying a tree of the output's size."""
    folder = os.path.join(HERE, f"corpus-{n}", "sitegen", "content", "articles")
    result = {}
    if shutil.which("cmark-gfm"):
        # cmark-gfm reads all the files it is given as one document; 5,000 at a time keeps that document
        # (and the argument list) the size it has at 10,000 briefings instead of growing superlinearly.
        result["cmark"] = timed(["sh", "-c", "find . -name '*.md' -print0 | sort -z | xargs -0 -n 5000 cmark-gfm -e table "
                                 "-e strikethrough -e autolink -e tagfilter -e tasklist --smart >/dev/null"], cwd=folder)
    out = os.path.join(out_root or os.path.join(HERE, f"corpus-{n}"), f"output-{n}")
    copy = out + "-copy"
    shutil.rmtree(copy, ignore_errors=True)
    result["copy"] = timed(["cp", "-r", out, copy])
    shutil.rmtree(copy, ignore_errors=True)
    return {k: summary([v]) for k, v in result.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-hugo", action="store_true")
    ap.add_argument("--hugo-max", type=int, default=10000,
                    help="largest corpus Hugo builds (it needs about 2.4 GB at 10,000 briefings)")
    ap.add_argument("--tmpfs", action="store_true", help="write both sites' output under /dev/shm")
    ap.add_argument("--no-pagefind", action="store_true", help="do not time Pagefind")
    args = ap.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "sitegen"], cwd=REPO, check=True,
                   stdout=subprocess.DEVNULL)
    with_hugo = not args.no_hugo and shutil.which("hugo") is not None
    all_results = {}
    for n in [int(s) for s in args.sizes.split(",")]:
        out_root = "/dev/shm/sitegen-bench" if args.tmpfs else None
        if out_root:
            os.makedirs(out_root, exist_ok=True)
        all_results[n] = bench_size(n, args.runs, with_hugo and n <= args.hugo_max, out_root, not args.no_pagefind)
        all_results[n].update({"floor " + k: v for k, v in floor(n, out_root).items()})
        print(f"{n}: {json.dumps(all_results[n])}", file=sys.stderr)
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", "latest.json"), "w") as f:
        json.dump(all_results, f, indent=2, sort_keys=True)
    print(f"| articles | step | median s | min s | max s | peak MiB | user s | system s |")
    print(f"|---:|---|---:|---:|---:|---:|---:|---:|")
    for n, res in all_results.items():
        for step, s in res.items():
            if step == "pairs":
                continue
            print(f"| {n} | {step} | {s['median_s']:.3f} | {s['min_s']:.3f} | {s['max_s']:.3f} | {s['peak_mib']:.0f} "
                  f"| {s['user_s']:.2f} | {s['sys_s']:.2f} |")
        if "hugo" in res:
            ratio = res["clean"]["median_s"] / res["hugo"]["median_s"]
            mem = res["clean"]["peak_mib"] / res["hugo"]["peak_mib"]
            print(f"| {n} | SiteGen/Hugo | time ×{ratio:.2f} | | | memory ×{mem:.2f} | | |")
            pairs = res["pairs"]["ratios"]
            print(f"| {n} | SiteGen/Hugo per run pair | ×{res['pairs']['median']:.2f} | ×{min(pairs):.2f} | ×{max(pairs):.2f} | | | |")
        # The other two ratios: the clean build against the floor of its work, and, for a corpus
        # larger than 10,000, its time per article against that at 10,000 (no step may grow faster).
        if "floor cmark" in res and "floor copy" in res:
            floor_s = res["floor cmark"]["median_s"] + res["floor copy"]["median_s"]
            print(f"| {n} | SiteGen/floor | time ×{res['clean']['median_s'] / floor_s:.2f} | | | | | |")
        base = all_results.get(10000)
        if n > 10000 and base:
            # The processor time apart, in the user's code and in the kernel's: on a virtual machine whose
            # host takes back freed memory, the kernel's share per article grows with the memory touched.
            def per(key):
                return (res["clean"][key] / n) / (base["clean"][key] / 10000) if base["clean"][key] else float("nan")
            print(f"| {n} | per article / at 10000 | time ×{per('median_s'):.2f} | | | | ×{per('user_s'):.2f} | ×{per('sys_s'):.2f} |")


if __name__ == "__main__":
    main()
