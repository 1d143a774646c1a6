#!/usr/bin/env python3
"""Resolved-speaker check: is a pronoun or description speaker ("he said", "the president
added") given to the right person?

`polnear_speakers.jsonl` lists 141 such attributions of direct quotes in PolNeAR's development
split (84 US political articles; built as described in the shared evaluation notes, the texts
are not ours to commit): one JSON object a line with the document id, the character offsets of
the speaker words and the names of the person meant, read by hand from the article. An empty
`names` list means the words name no actor of the article ("a doctor", "the letter"): then
the right answer is no speaker actor (null), not the nearest name.

    python benchmarks/extraction/score_speakers.py PATH/polnear_dev.jsonl            # runs nutgraf
    python benchmarks/extraction/score_speakers.py PATH/polnear_dev.jsonl --pred P   # saved predictions
    ... -v                                                                          # list the misses

An item counts as right when nutgraf has a quote whose speaker_span overlaps the item's offsets
and whose speaker actor carries one of the names (all words of the name among the words of the
actor's name or an alias, or the other way round: "Trump" = "Donald Trump"); for an item with
no names, when that quote's speaker is null. An item with no such quote counts as wrong.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def words(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", name.lower().replace("\u2019s", "").replace("'s", "")))


def same_person(gold: str, actor: dict) -> bool:
    want = words(gold)
    for name in [actor.get("name", "")] + list(actor.get("aliases") or []):
        have = words(name)
        if have and (want <= have or have <= want):
            return True
    return False


def run_nutgraf(records: list[dict]) -> dict[str, dict]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({"id": r["id"], "text": r["text"]}) + "\n")
    try:
        out = subprocess.run([sys.executable, "-m", "nutgraf", "analyze", "--jsonl", fh.name],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(fh.name)
    return {p["id"]: p for p in map(json.loads, out.splitlines())}


def judge(item: dict, pred: dict) -> tuple[bool, str]:
    s, e = item["speaker_span"]
    quotes = [q for q in pred.get("quotes", [])
              if q.get("speaker_span") and q["speaker_span"][0] < e and s < q["speaker_span"][1]]
    if not quotes:
        return False, "no quote attributed to these words"
    actors = {a["id"]: a for a in pred.get("actors", [])}
    actor = actors.get(quotes[0].get("speaker"))
    if not item["names"]:
        return actor is None, f"given to {actor['name']!r}" if actor else ""
    if actor is None:
        return False, "no speaker actor"
    ok = any(same_person(n, actor) for n in item["names"])
    return ok, "" if ok else f"given to {actor['name']!r}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dev", help="polnear_dev.jsonl (the texts)")
    ap.add_argument("--items", default=os.path.join(HERE, "polnear_speakers.jsonl"))
    ap.add_argument("--pred", help="saved `nutgraf analyze --jsonl` output for the dev file")
    ap.add_argument("-v", action="store_true", help="list the items judged wrong")
    args = ap.parse_args(argv)
    items = [json.loads(line) for line in open(args.items, encoding="utf-8") if line.strip()]
    wanted = {i["doc"] for i in items}
    records = [r for r in map(json.loads, open(args.dev, encoding="utf-8")) if r["id"] in wanted]
    if args.pred:
        preds = {p["id"]: p for p in map(json.loads, open(args.pred, encoding="utf-8"))}
    else:
        preds = run_nutgraf(records)
    texts = {r["id"]: r["text"] for r in records}
    right = 0
    for item in items:
        ok, why = judge(item, preds.get(item["doc"], {}))
        right += ok
        if args.v and not ok:
            s, e = item["speaker_span"]
            print(f"{item['doc']} {s}-{e} {texts[item['doc']][s:e]!r} -> {item['names'] or 'null'}: {why}")
    print(f"speakers.resolved_acc   {right / len(items):.3f}")
    print(f"items                   {len(items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
