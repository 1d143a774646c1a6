#!/usr/bin/env python3
"""Build a real-news check of indirect quotes from PolNeAR (networkdynamics/PolNeAR, LREC
2018), which annotates every attribution (direct, indirect and mixed) of 84 development and 840
training articles of US political news. The texts are copyrighted: the output goes outside the
repository, and only the training and development splits may be read (the test split is kept
for independent measurement).

    git --git-dir=POLNEAR_GIT archive HEAD data/dev/attributions data/dev/text | tar -x -C DIR
    python benchmarks/extraction/polnear_indirect.py DIR/data --split dev --out PATH/polnear_indirect_dev.jsonl
    python benchmarks/score.py PATH/polnear_indirect_dev.jsonl --pred PRED.jsonl

Each record has the id of the shared quote sets (`polnear-dev/<article>`), so predictions saved
for those score here too. Gold `indirect_quotes`: every attribution whose content is not wholly
inside quote marks, its span from the first to the last content fragment, its speaker the
Source words (`speaker_spans`; null source: no speaker can be right). Wholly quoted contents
are `optional_indirect_quotes`. PolNeAR attributes beliefs and intentions too ("X believes",
"X wants"), which nutgraf does not report as speech: recall is measured against all of them.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
from collections import defaultdict

T_RE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
E_RE = re.compile(r"^E\d+\t(.*)$")
MARKS = re.compile("[\"\u201c\u201d]|''|``")


def attributions(path: str) -> list[dict[str, list[tuple[int, int]]]]:
    """Each attribution's fragments by role (Source, Cue, Content)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    roles: dict[str, str] = {}
    events = []
    with open(path, encoding="utf-8", newline="") as fh:
        for line in fh:
            if m := T_RE.match(line):
                roles[m.group(1)] = m.group(2)
                spans[m.group(1)] = [(int(a), int(b)) for a, b in (f.split() for f in m.group(3).split(";"))]
            elif m := E_RE.match(line.rstrip("\n")):
                event: dict[str, list[tuple[int, int]]] = defaultdict(list)
                for part in m.group(1).split():
                    role, _, tid = part.partition(":")
                    if tid in spans:
                        event[re.sub(r"\d+$", "", role)].extend(spans[tid])
                events.append(event)
    return events


def wholly_quoted(text: str, start: int, end: int) -> bool:
    inside = MARKS.split(text[start:end])
    return len(inside) >= 3 and all(not re.search(r"\w", s) for s in inside[::2])


def record(split: str, base: str, text: str, ann: str) -> dict:
    gold, optional = [], []
    for event in attributions(ann):
        content = sorted(event.get("Content", []))
        if not content:
            continue
        start, end = content[0][0], max(e for _, e in content)
        while start < end and not text[start].isalnum() and text[start] not in "\"\u201c'":
            start += 1
        source = sorted(event.get("Source", []))
        item = {"span": [start, end], "speaker_names": [" ".join(text[a:b] for a, b in source)] if source else [],
                "speaker_spans": [list(s) for s in source]}
        (optional if wholly_quoted(text, start, end) else gold).append(item)
    return {"id": f"polnear-{split}/{base}", "text": text,
            "indirect_quotes": sorted(gold, key=lambda q: q["span"]),
            "optional_indirect_quotes": sorted(({"span": q["span"]} for q in optional), key=lambda q: q["span"])}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", help="PolNeAR's data/ directory")
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    by_article = defaultdict(list)
    for path in glob.glob(os.path.join(args.data_dir, args.split, "attributions", "*.ann")):
        by_article[re.sub(r"_[0-9a-f]{4}\.ann$", "", os.path.basename(path))].append(path)
    with open(args.out, "w", encoding="utf-8") as out:
        for base in sorted(by_article):
            path = os.path.join(args.data_dir, args.split, "text", base + ".txt")
            with open(path, encoding="utf-8", newline="") as fh:
                text = fh.read()
            # Articles annotated twice (agreement sets): the annotation that sorts first.
            rec = record(args.split, base, text, sorted(by_article[base])[0])
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
