#!/usr/bin/env python3
"""Per-article diff between benchmarks/extraction/gold.jsonl and nutgraf predictions (pred.jsonl),
using the matching rules of benchmarks/score.py.  Prints the differences as Markdown.

    nutgraf analyze --jsonl benchmarks/extraction/gold.jsonl > /tmp/pred.jsonl
    python3 benchmarks/extraction/diff_report.py benchmarks/extraction/gold.jsonl /tmp/pred.jsonl
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/, where score.py is
from score import (  # noqa: E402
    half_of_longer,
    match,
    norm_name,
    number_right,
    overlap,
    read_jsonl,
    speaker_right,
    timex_right,
)


def ctx(t, s, e, w=30):
    a, b = max(0, s - w), min(len(t), e + w)
    shown = ("…" if a else "") + t[a:s] + "⟦" + t[s:e] + "⟧" + t[e:b] + ("…" if b < len(t) else "")
    return shown.replace("\n", " ⏎ ")


def q(t, sp):
    return repr(t[sp[0]:sp[1]])


def report(g, p, out):
    t = g["text"]
    out.append(f"\n## {g['id']}\n")
    out.append(f"_{g['source']}_\n")
    # ------------------------------------------------------------------ actors
    gold_m, gold_owner = [], []
    for ai, a in enumerate(g["actors"]):
        for m in a["mentions"]:
            gold_m.append(m)
            gold_owner.append(ai)
    optional = [m for a in g["actors"] for m in a.get("optional_mentions", [])]
    pactors = p.get("actors", [])
    pred_m, pred_owner = [], []
    for ai, a in enumerate(pactors):
        for m in a.get("mentions", []):
            pred_m.append(m)
            pred_owner.append(ai)
    mm = match(gold_m, pred_m, lambda *x: True)
    matched_p = set(mm.values())
    out.append("### Actors\n")
    missed = [gi for gi in range(len(gold_m)) if gi not in mm]
    out.append(f"**Missed mentions ({len(missed)})**:\n")
    for gi in missed:
        s, e = gold_m[gi]
        out.append(f"- [{g['actors'][gold_owner[gi]]['name']}] {ctx(t, s, e)}")
    extra = [pi for pi in range(len(pred_m)) if pi not in matched_p
             and not any(overlap(pred_m[pi], o) for o in optional)]
    out.append(f"\n**Extra predicted mentions (no gold, not optional) ({len(extra)})**:\n")
    for pi in extra:
        s, e = pred_m[pi]
        out.append(f"- row {pactors[pred_owner[pi]]['name']!r}: {ctx(t, s, e)}")
    # partial-span matches worth noting (predicted span much shorter/longer)
    odd = []
    for gi, pi in mm.items():
        gs, ps = gold_m[gi], pred_m[pi]
        if gs != ps and norm_name(t[gs[0]:gs[1]]) != norm_name(t[ps[0]:ps[1]]):
            odd.append(f"- gold {q(t, gs)} ↔ pred {q(t, ps)} (row {pactors[pred_owner[pi]]['name']!r})")
    if odd:
        out.append(f"\n**Matched with different extent ({len(odd)})**:\n")
        out += odd
    # rows
    by_pred = {}
    for gi, pi in mm.items():
        by_pred.setdefault(pred_owner[pi], []).append(gold_owner[gi])
    junk, optonly, merged = [], [], []
    for ai, a in enumerate(pactors):
        owners = by_pred.get(ai, [])
        mine = [pm for pi, pm in enumerate(pred_m) if pred_owner[pi] == ai]
        if not owners:
            if mine and all(any(overlap(pm, o) for o in optional) for pm in mine):
                optonly.append(a)
            elif mine:
                junk.append(a)
        elif len(set(owners)) > 1:
            merged.append((a, sorted({g["actors"][o]["name"] for o in owners})))
    out.append(f"\n**Junk rows ({len(junk)})**:\n")
    for a in junk:
        out.append(f"- {a['name']!r} ({a['kind']}): " + ", ".join(q(t, m) for m in a["mentions"]))
    if optonly:
        out.append("\n_Rows matching only optional gold mentions (neutral)_: " +
                   ", ".join(f"{a['name']!r}" for a in optonly))
    split = {}
    for gi, pi in mm.items():
        split.setdefault(gold_owner[gi], set()).add(pred_owner[pi])
    splits = [(g["actors"][k]["name"], sorted(v)) for k, v in split.items() if len(v) > 1]
    out.append(f"\n**Split actors (one gold actor, several rows) ({len(splits)})**:\n")
    for name, rows in splits:
        parts = []
        for r in rows:
            ms = [pm for pi, pm in enumerate(pred_m) if pred_owner[pi] == r]
            parts.append(f"row {pactors[r]['name']!r} [{', '.join(q(t, m) for m in ms)}]")
        out.append(f"- {name}: " + " / ".join(parts))
    if merged:
        out.append(f"\n**Merged rows (mentions of several gold actors) ({len(merged)})**:\n")
        for a, names in merged:
            out.append(f"- row {a['name']!r}: {names}")
    found = {g['actors'][max(set(o), key=o.count)]['name'] for o in by_pred.values()}
    missing_actors = [a["name"] for a in g["actors"] if a["mentions"] and a["name"] not in found]
    out.append(f"\n**Gold actors with no row**: {', '.join(missing_actors) or 'none'}\n")
    kinds = []
    for ai, a in enumerate(pactors):
        owners = by_pred.get(ai, [])
        if owners:
            ga = g["actors"][max(set(owners), key=owners.count)]
            if ga["kind"] != a["kind"]:
                kinds.append(f"{a['name']!r}: {a['kind']} (gold {ga['kind']})")
    if kinds:
        out.append("_Kind differences (not scored)_: " + "; ".join(kinds) + "\n")
    # ------------------------------------------------------------------ quotes
    out.append("### Quotes\n")
    gq = g["quotes"]
    opt_q = [x["span"] for x in g.get("optional_quotes", [])]
    pq = p.get("quotes", [])
    amap = {a["id"]: a for a in pactors}
    qm = match([x["span"] for x in gq], [x["span"] for x in pq], half_of_longer)
    rows = []
    for gi, x in enumerate(gq):
        if gi not in qm:
            rows.append(f"- MISSED quote {q(t, x['span'])} (speaker {x['speaker']})")
            continue
        pqx = pq[qm[gi]]
        ok = speaker_right(x, pqx, amap, t)
        ss = pqx.get("speaker_span")
        spk = amap[pqx["speaker"]]["name"] if pqx.get("speaker") in amap else None
        sst = q(t, ss) if ss else None
        if not ok:
            rows.append(f"- WRONG SPEAKER {q(t, x['span'])}: gold {x['speaker']!r}, "
                        f"pred speaker={spk!r} speaker_span={sst}")
        if pqx["span"] != x["span"]:
            gs, ps = x["span"], pqx["span"]
            rows.append(f"- span differs: gold {q(t, gs)} pred {q(t, ps)}")
    matched = set(qm.values())
    for pi, x in enumerate(pq):
        if pi in matched:
            continue
        if any(half_of_longer(o, x["span"], overlap(o, x["span"])) for o in opt_q):
            rows.append(f"- (optional, ignored) predicted {q(t, x['span'])}")
        else:
            spk = amap[x["speaker"]]["name"] if x.get("speaker") in amap else None
            rows.append(f"- EXTRA quote {q(t, x['span'])} (speaker {spk!r})")
    out += rows or ["- all quotes found with right speakers and exact spans"]
    # ------------------------------------------------------------------ numbers
    out.append("\n### Numbers\n")
    gn = g["numbers"]
    opt_n = [x["span"] for x in g.get("optional_numbers", [])]
    pn = p.get("numbers", [])
    nm = match([x["span"] for x in gn], [x["span"] for x in pn], lambda *a: True)
    rows = []
    for gi, x in enumerate(gn):
        if gi not in nm:
            rows.append(f"- MISSED {ctx(t, *x['span'], w=25)} = {x['value']}")
        else:
            px = pn[nm[gi]]
            pv = px.get("value")
            if not number_right(x["value"], pv):
                rows.append(f"- WRONG VALUE {q(t, x['span'])}: gold {x['value']}, pred {pv} "
                            f"(pred span {q(t, px['span'])})")
    mset = set(nm.values())
    for pi, x in enumerate(pn):
        if pi not in mset and not any(overlap(o, x["span"]) for o in opt_n):
            rows.append(f"- EXTRA {ctx(t, *x['span'], w=25)} = {x.get('value')}")
    out += rows or ["- all numbers found with right values"]
    # ------------------------------------------------------------------ timeline
    out.append("\n### Timeline\n")
    gt = g["timeline"]
    opt_t = [x["span"] for x in g.get("optional_timeline", [])]
    pt = p.get("timeline", [])
    tm = match([x["span"] for x in gt], [x["span"] for x in pt], lambda *a: True)
    rows = []
    for gi, x in enumerate(gt):
        if gi not in tm:
            rows.append(f"- MISSED {ctx(t, *x['span'], w=25)} = {x['value']} ({x['type']})")
        else:
            px = pt[tm[gi]]
            if not timex_right(x["value"], px.get("value")):
                rows.append(f"- WRONG VALUE {q(t, x['span'])}: gold {x['value']}, pred {px.get('value')} "
                            f"(pred span {q(t, px['span'])})")
    mset = set(tm.values())
    for pi, x in enumerate(pt):
        if pi not in mset and not any(overlap(o, x["span"]) for o in opt_t):
            rows.append(f"- EXTRA {ctx(t, *x['span'], w=25)} = {x.get('value')}")
    out += rows or ["- all timeline entries found with right values"]
    # ------------------------------------------------------------------ furniture (not scored)
    if "furniture" in p:
        fur = p["furniture"]
        spans = [f["span"] if isinstance(f, dict) else f for f in fur]
        bp = g.get("boilerplate", [])
        miss = [b for b in bp if not any(overlap(b, s) for s in spans)]
        ext = [s for s in spans if isinstance(s, list) and not any(overlap(b, s) for b in bp)]
        out.append("\n### Boilerplate (not scored)\n")
        out.append(f"- gold boilerplate not flagged: {[t[s:e][:60] for s, e in miss] or 'none'}")
        out.append(f"- flagged but not gold boilerplate: {[t[s:e][:60] for s, e in ext] or 'none'}")


def main():
    gold = read_jsonl(Path(sys.argv[1]).read_text(encoding="utf-8"))
    preds = {r["id"]: r for r in read_jsonl(Path(sys.argv[2]).read_text(encoding="utf-8"))}
    out = []
    for g in gold:
        report(g, preds.get(g["id"], {}), out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
