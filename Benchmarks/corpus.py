#!/usr/bin/env python3
"""Deterministic benchmark corpus: N briefings for SiteGen and the same N for Hugo.

    python3 Benchmarks/corpus.py N FOLDER [--seed 42]

writes FOLDER/sitegen (content/, theme/) and FOLDER/hugo (config, content/, a minimal theme with
article pages, topic and author term pages, home, RSS and sitemap). Same seed, same bytes.
"""
import argparse
import os
import random
import shutil

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

WORDS = ("pakistan policy regional security cooperation trade dialogue strategic partnership border "
         "economic summit ministry minister forum agreement defence diplomacy neighbours relations "
         "investment corridor energy counter-terrorism multilateral bilateral islamabad beijing moscow "
         "washington kabul delhi asean sco saarc eco oic maritime connectivity stability sanctions "
         "the of and to in a for with on by as from that this is was will may its their between").split()
FIRST = ["Amina", "Bilal", "Farah", "Hassan", "Imran", "Javeria", "Kamran", "Leila", "Maryam", "Nadia",
         "Omar", "Rabia", "Saad", "Tariq", "Usman", "Zainab", "Ayesha", "Danish", "Erum", "Faisal"]
LAST = ["Qureshi", "Khan", "Malik", "Siddiqui", "Butt", "Chaudhry", "Raza", "Shah", "Haider", "Abbasi",
        "Mirza", "Baig", "Hashmi", "Jamil"]


def topics():
    """Slugs of the real vocabulary, so generated briefings validate against content/topics.yml."""
    slugs = []
    with open(os.path.join(REPO, "content", "topics.yml"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("- slug:"):
                slugs.append(line.split(":", 1)[1].strip())
    return slugs


def sentence(rng, n=None):
    n = n or rng.randint(8, 22)
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def body(rng, i, link_to):
    """About 8 KB of Markdown with headings, lists, a table, footnotes, a quote and links."""
    parts = [paragraph(rng)]
    notes = []
    for h in range(rng.randint(3, 5)):
        parts.append(f"## {sentence(rng, 4)[:-1]}")
        for _ in range(rng.randint(2, 3)):
            p = paragraph(rng)
            if rng.random() < 0.4:
                n = len(notes) + 1
                p += f"[^{n}]"
                notes.append(f"[^{n}]: {sentence(rng)} See https://example.org/ref/{i}/{n}.")
            parts.append(p)
        kind = h % 4
        if kind == 0:
            parts.append("\n".join(f"- {sentence(rng, 6)}" for _ in range(rng.randint(3, 5))))
        elif kind == 1:
            rows = ["| Partner | Share | Trend |", "|:--|--:|:-:|"]
            rows += [f"| {rng.choice(WORDS).title()} | {rng.randint(1, 90)}% | ~~{rng.choice(WORDS)}~~ |" for _ in range(4)]
            parts.append("\n".join(rows))
        elif kind == 2:
            parts.append("> " + sentence(rng, 18))
        else:
            target = f"/articles/briefing-{link_to:06d}/" if link_to is not None else "/topics/"
            parts.append(f"Read the [earlier briefing]({target}) and *{sentence(rng, 5)}*")
    parts.append(paragraph(rng))
    return "\n\n".join(parts + notes) + "\n"


def article(rng, i, slugs, link_to):
    year = rng.randint(2000, 2026)
    month = rng.randint(1, 12) if year < 2026 else rng.randint(1, 10)
    day = rng.randint(1, 28)
    chosen = rng.sample(slugs, rng.randint(1, 3))
    authors = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.randint(1, 2))]
    draft = rng.random() < 0.02
    fm = [
        "---",
        f'title: "Briefing {i}: {sentence(rng, 6)[:-1]}"',
        f"date: {year:04d}-{month:02d}-{day:02d}",
        "authors: [" + ", ".join(f'"{a}"' for a in authors) + "]",
        "topics: [" + ", ".join(chosen) + "]",
        f'summary: "{sentence(rng, 20)}"',
    ]
    if draft:
        fm.append("draft: true")
    fm.append("---")
    return "\n".join(fm) + "\n\n" + body(rng, i, link_to), draft


HUGO_CONFIG = """baseURL = "https://bench.example.org/"
languageCode = "en"
title = "Benchmark Briefings"
disableKinds = ["section"]
[taxonomies]
  topic = "topics"
  author = "authors"
[markup.goldmark.renderer]
  unsafe = false
[markup.goldmark.extensions]
  typographer = true
[permalinks]
  articles = "/articles/:slug/"
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title>"
                             "</head><body><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n",
    "_default/single.html": "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format \"2 January 2006\" }}"
                             " · {{ range .Params.authors }}{{ . }} {{ end }}</p>{{ .TableOfContents }}{{ .Content }}"
                             "<p>{{ range .GetTerms \"topics\" }}<a href=\"{{ .RelPermalink }}\">{{ .LinkTitle }}</a> {{ end }}</p>"
                             "</article>{{ end }}\n",
    "_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href=\"{{ .RelPermalink }}\">"
                           "{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>{{ end }}\n",
    "_default/terms.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li>"
                            "<a href=\"{{ .Page.RelPermalink }}\">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}\n",
    "index.html": "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1><ul>{{ range first 10 .Site.RegularPages }}<li>"
                   "<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n",
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def generate(n, folder, seed):
    rng = random.Random(seed)
    slugs = topics()
    sg = os.path.join(folder, "sitegen")
    hg = os.path.join(folder, "hugo")
    for d in (sg, hg):
        shutil.rmtree(d, ignore_errors=True)
    write(os.path.join(sg, "content", "site.yml"),
          "title: Benchmark Briefings\nbase_url: https://bench.example.org/\nlanguage: en\n"
          "description: Generated corpus.\nper_page: 10\n")
    shutil.copy(os.path.join(REPO, "content", "topics.yml"), os.path.join(sg, "content", "topics.yml"))
    shutil.copytree(os.path.join(REPO, "theme"), os.path.join(sg, "theme"))
    write(os.path.join(hg, "config.toml"), HUGO_CONFIG)
    for name, text in HUGO_LAYOUTS.items():
        write(os.path.join(hg, "layouts", name), text)
    last_published = None  # links only point at briefings that are published
    for i in range(n):
        text, draft = article(rng, i, slugs, last_published)
        if not draft:
            last_published = i
        name = f"briefing-{i:06d}.md"
        write(os.path.join(sg, "content", "articles", name), text)
        write(os.path.join(hg, "content", "articles", name), text.replace("---\n\n", f"slug: briefing-{i:06d}\n---\n\n", 1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("folder")
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    generate(args.n, args.folder, args.seed)


if __name__ == "__main__":
    main()
