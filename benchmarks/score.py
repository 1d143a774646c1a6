#!/usr/bin/env python3
"""Score nutgraf's analysis against hand-checked gold annotations.

    python benchmarks/score.py GOLD.jsonl                       # runs `nutgraf analyze --jsonl`
    python benchmarks/score.py GOLD.jsonl --cmd "CMD"            # another command (input file appended)
    python benchmarks/score.py GOLD.jsonl --pred PRED.jsonl      # saved predictions, no spaCy
    python benchmarks/score.py GOLD.jsonl -v                     # figures for each document too
    python benchmarks/score.py GOLD.jsonl --min quotes.e2e_f1=0.9   # exit 1 when a figure is below

The analysis contract (what the command prints) and the gold format are described in
docs/analysis-contract.md. A gold record holds id, text, reference_date (optional) and any of
the sections actors, quotes, numbers, timeline, indirect_quotes, conflicts; a missing section
is not scored. A document with no prediction, or with an error line ({id, error}), is scored as
an empty prediction and listed as a problem, as are predicted spans outside the text.

Matching is one-to-one and greedy, largest overlap first (equal overlaps: the later gold item,
then the later prediction, first). Spans are [start, end) character offsets.

  actors    a predicted mention matches a gold mention when they overlap at all; a predicted
            mention overlapping only an optional gold mention is left out of the count.
            A row (predicted actor) is good when more than half of its matched mentions belong
            to one gold actor, junk when none of its mentions matches and not all of them fall
            on optional mentions. row_precision = gold actors found by good rows / (good + junk
            rows), so a second row of one actor costs like a junk row; row_recall = gold actors
            found / gold actors with mentions. b3_f1: B-cubed F1 of the rows over the matched
            mentions. kind_acc: on good rows whose gold actor is a person, organization, place
            or group, the share with the same kind.
  quotes    spans match when their overlap is at least half of the longer span. The speaker is
            right when a name of the predicted speaker (the actor's name, aliases, the text of
            its mentions, the text of speaker_span) equals a gold speaker name once both are
            normalised (case, a leading the/a/an, titles such as Mr or President, a final 's,
            punctuation; pronouns never count), or when a gold speaker_span overlaps the
            predicted speaker_span or a mention of the predicted speaker. e2e_f1 counts a quote
            when span and speaker are both right.
  numbers   spans match when they overlap; the value is right within 0.5% (at least 0.005).
  timeline  spans match when they overlap; the value is right when the strings are equal.
            date_recall and date_value_acc cover gold entries of type DATE, shown when the
            gold also has other types.
  indirect_quotes (reported speech): spans match when at least half of the predicted span
            is inside the gold one (where a reported clause ends is drawn differently by
            every annotator; what is shown must be reported speech); the speaker as for
            quotes. precision and recall count an item when span and speaker are both right
            (span_precision: span alone; strict_precision: spans sharing half of the longer,
            the quotes' rule). optional_indirect_quotes are neither right nor wrong.
  conflicts a predicted conflict is right when its kind is the gold one's and every gold span
            (one per item involved) overlaps one of its spans; a gold record with an empty
            list scores every predicted conflict as a false alarm. A record with the older
            number_conflicts (pairs of number spans) and no conflicts is scored on the
            predicted conflicts of kind number and total.
"""
from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

Span = list[int]
Record = dict

ACTOR_KINDS = frozenset({"person", "organization", "place", "group"})
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "we", "i", "you", "his", "its", "their"})
TITLE = re.compile(
    r"^(?:mr|mrs|ms|miss|dr|prof|sir|dame|president|prime minister|pm|sen|senator|rep|gov|"
    r"governor|gen|general|judge|justice|minister|secretary|chancellor|king|queen|pope)\.?\s+"
)


# ---------------------------------------------------------------- spans and matching

def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def valid_span(span: object, length: int) -> bool:
    return (
        isinstance(span, (list, tuple))
        and len(span) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
        and 0 <= span[0] < span[1] <= length
    )


def match(gold: list[Span], pred: list[Span],
          accept: Callable[[Span, Span, int], bool] = lambda g, p, ov: True) -> dict[int, int]:
    """Pair gold and predicted spans one to one, largest overlap first: {gold index: pred index}."""
    candidates = sorted(
        ((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        reverse=True,
    )
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for ov, gi, pi in candidates:
        if ov == 0:
            break
        if gi not in pairs and pi not in taken and accept(gold[gi], pred[pi], ov):
            pairs[gi] = pi
            taken.add(pi)
    return pairs


def half_of_longer(g: Span, p: Span, ov: int) -> bool:
    return 2 * ov >= max(g[1] - g[0], p[1] - p[0])


def unmatched_on_optional(pred: list[Span], matched: Iterable[int], optional: list[Span],
                          accept: Callable[[Span, Span, int], bool] = lambda o, p, ov: ov > 0) -> set[int]:
    """Predictions that matched no gold item but fall on an optional one: neither right nor wrong."""
    done = set(matched)
    return {pi for pi, p in enumerate(pred)
            if pi not in done and any(accept(o, p, overlap(o, p)) for o in optional)}


# ---------------------------------------------------------------- names and values

def norm_name(name: str | None) -> str:
    s = (name or "").strip().lower().replace("\u2019", "'")
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"^(?:the|a|an)\s+", "", s)
    while TITLE.match(s):
        s = TITLE.sub("", s, count=1)
    s = re.sub(r"[^\w\s-]", "", s)
    return " ".join(s.split())


def actor_names(actor: Record, text: str) -> set[str]:
    """Every normalised name an actor goes by: name, aliases and the text of its mentions."""
    names = [actor.get("name", ""), *(actor.get("aliases") or [])]
    names += [text[m[0]:m[1]] for m in actor.get("mentions") or [] if valid_span(m, len(text))]
    return {norm_name(n) for n in names if n} - PRONOUNS


def speaker_right(gold_quote: Record, quote: Record, actors: dict, text: str) -> bool:
    wanted = {norm_name(n) for n in gold_quote.get("speaker_names", [])} - PRONOUNS - {""}
    names: set[str] = set()
    spans: list[Span] = []
    actor = actors.get(quote.get("speaker"))
    if actor is not None:
        names |= actor_names(actor, text)
        spans += [m for m in actor.get("mentions") or [] if valid_span(m, len(text))]
    at = quote.get("speaker_span")
    if valid_span(at, len(text)):
        names.add(norm_name(text[at[0]:at[1]]))
        spans.append(at)
    return bool(wanted & names) or any(overlap(g, p) for g in gold_quote.get("speaker_spans", []) for p in spans)


def number_right(gold_value: float, value: object) -> bool:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False
    return abs(value - gold_value) <= 0.005 * max(1.0, abs(gold_value))


def timex_right(gold_value: object, value: object) -> bool:
    return str(value) == str(gold_value)


# ---------------------------------------------------------------- sections

def spans_of(items: list[Record], text: str, section: str, problems: list[str]) -> list[Record]:
    """The predicted items whose span is usable; the others are reported as problems."""
    good = []
    for item in items:
        if valid_span(item.get("span"), len(text)):
            good.append(item)
        else:
            problems.append(f"{section}: bad span {item.get('span')}")
    return good


def count_actors(gold: Record, pred: Record, text: str, problems: list[str]) -> Counter:
    gold_mentions = [(m, ai) for ai, a in enumerate(gold["actors"]) for m in a["mentions"]]
    optional = [m for a in gold["actors"] for m in a.get("optional_mentions", [])]
    rows = pred.get("actors", [])
    pred_mentions = []
    for ri, row in enumerate(rows):
        for m in row.get("mentions", []):
            if valid_span(m, len(text)):
                pred_mentions.append((m, ri))
            else:
                problems.append(f"actor {row.get('name')!r}: bad mention span {m}")
    pairs = match([m for m, _ in gold_mentions], [m for m, _ in pred_mentions])
    neutral = unmatched_on_optional([m for m, _ in pred_mentions], pairs.values(), optional)
    c = Counter(m_tp=len(pairs), m_pred=len(pred_mentions) - len(neutral), m_gold=len(gold_mentions))

    owners_of_row: dict[int, list[int]] = defaultdict(list)
    for gi, pi in pairs.items():
        owners_of_row[pred_mentions[pi][1]].append(gold_mentions[gi][1])
    found: set[int] = set()
    for ri, row in enumerate(rows):
        owners = owners_of_row.get(ri)
        if owners:
            owner, votes = Counter(owners).most_common(1)[0]
            if 2 * votes > len(owners):
                c["r_good"] += 1
                found.add(owner)
                kind = gold["actors"][owner].get("kind")
                if kind in ACTOR_KINDS:
                    c["k_n"] += 1
                    c["k_right"] += row.get("kind") == kind
        else:
            mine = [m for m, r in pred_mentions if r == ri]
            if any(not any(overlap(m, o) for o in optional) for m in mine):
                c["r_junk"] += 1
    c["r_found"] = len(found)
    c["r_gold"] = sum(1 for a in gold["actors"] if a["mentions"])

    gold_cluster: dict[int, set[int]] = defaultdict(set)
    pred_cluster: dict[int, set[int]] = defaultdict(set)
    for gi, pi in pairs.items():
        gold_cluster[gold_mentions[gi][1]].add(gi)
        pred_cluster[pred_mentions[pi][1]].add(gi)
    for gi, pi in pairs.items():
        g, p = gold_cluster[gold_mentions[gi][1]], pred_cluster[pred_mentions[pi][1]]
        c["b3_p"] += len(g & p) / len(p)
        c["b3_r"] += len(g & p) / len(g)
        c["b3_n"] += 1
    return c


def count_quotes(gold: Record, pred: Record, text: str, problems: list[str]) -> Counter:
    quotes = spans_of(pred.get("quotes", []), text, "quote", problems)
    spans = [q["span"] for q in quotes]
    pairs = match([q["span"] for q in gold["quotes"]], spans, half_of_longer)
    optional = [q["span"] for q in gold.get("optional_quotes", [])]
    neutral = unmatched_on_optional(spans, pairs.values(), optional, half_of_longer)
    actors = {a.get("id"): a for a in pred.get("actors", [])}
    right = sum(speaker_right(gold["quotes"][gi], quotes[pi], actors, text) for gi, pi in pairs.items())
    return Counter(q_tp=len(pairs), q_pred=len(quotes) - len(neutral), q_gold=len(gold["quotes"]), q_right=right)


def count_numbers(gold: Record, pred: Record, text: str, problems: list[str]) -> Counter:
    numbers = spans_of(pred.get("numbers", []), text, "number", problems)
    spans = [n["span"] for n in numbers]
    pairs = match([n["span"] for n in gold["numbers"]], spans)
    neutral = unmatched_on_optional(spans, pairs.values(), [n["span"] for n in gold.get("optional_numbers", [])])
    right = sum(number_right(gold["numbers"][gi]["value"], numbers[pi].get("value")) for gi, pi in pairs.items())
    return Counter(n_tp=len(pairs), n_pred=len(numbers) - len(neutral), n_gold=len(gold["numbers"]), n_right=right)


def count_timeline(gold: Record, pred: Record, text: str, problems: list[str]) -> Counter:
    entries = spans_of(pred.get("timeline", []), text, "timeline", problems)
    spans = [e["span"] for e in entries]
    wanted = gold["timeline"]
    pairs = match([e["span"] for e in wanted], spans)
    neutral = unmatched_on_optional(spans, pairs.values(), [e["span"] for e in gold.get("optional_timeline", [])])
    right = {gi for gi, pi in pairs.items() if timex_right(wanted[gi]["value"], entries[pi].get("value"))}
    dates = {gi for gi, e in enumerate(wanted) if e.get("type", "DATE") == "DATE"}
    return Counter(t_tp=len(pairs), t_pred=len(entries) - len(neutral), t_gold=len(wanted), t_right=len(right),
                   td_gold=len(dates), td_tp=len(dates & pairs.keys()), td_right=len(dates & right))


def count_indirect(gold: Record, pred: Record, text: str, problems: list[str]) -> Counter:
    quotes = spans_of(pred.get("indirect_quotes", []), text, "indirect quote", problems)
    spans = [q["span"] for q in quotes]
    wanted = gold["indirect_quotes"]
    pairs = match([q["span"] for q in wanted], spans, half_of_prediction)
    optional = [q["span"] for q in gold.get("optional_indirect_quotes", [])]
    neutral = unmatched_on_optional(spans, pairs.values(), optional, half_of_prediction)
    actors = {a.get("id"): a for a in pred.get("actors", [])}
    right = sum(speaker_right(wanted[gi], quotes[pi], actors, text) for gi, pi in pairs.items())
    strict = sum(half_of_longer(wanted[gi]["span"], spans[pi], overlap(wanted[gi]["span"], spans[pi]))
                 and speaker_right(wanted[gi], quotes[pi], actors, text) for gi, pi in pairs.items())
    return Counter(i_tp=len(pairs), i_pred=len(quotes) - len(neutral), i_gold=len(wanted), i_right=right,
                   i_strict=strict)


def half_of_prediction(g: Span, p: Span, ov: int) -> bool:
    """Most of the predicted words are inside the gold ones: what nutgraf shows as reported
    speech is reported speech, however far the reported clause's edges are drawn."""
    return 2 * ov >= p[1] - p[0]


def count_conflicts(gold: Record, pred: Record, text: str, problems: list[str]) -> Counter:
    """A predicted conflict is right when it is of the gold one's kind and every gold span
    (one an item involved) overlaps one of its spans."""
    found = [c for c in pred.get("conflicts", []) if all(valid_span(s, len(text)) for s in c.get("spans", []))]
    if len(found) < len(pred.get("conflicts", [])):
        problems.append("conflicts: bad span")

    def same(g: Record, p: Record) -> bool:
        return g.get("kind") == p.get("kind") and all(any(overlap(gs, ps) for ps in p["spans"]) for gs in g["spans"])

    wanted, optional = gold["conflicts"], gold.get("optional_conflicts", [])
    pairs: dict[int, int] = {}
    for gi, g in enumerate(wanted):
        pi = next((pi for pi, p in enumerate(found) if pi not in pairs.values() and same(g, p)), None)
        if pi is not None:
            pairs[gi] = pi
    neutral = sum(1 for pi, p in enumerate(found) if pi not in pairs.values() and any(same(o, p) for o in optional))
    return Counter(c_tp=len(pairs), c_pred=len(found) - neutral, c_gold=len(wanted), c_scored=1)


def count_number_conflicts(gold: Record, pred: Record, text: str, problems: list[str]) -> Counter:
    """The older gold section `number_conflicts` (pairs of number spans), scored against the
    predicted conflicts about numbers, when the record has no `conflicts` of its own."""
    if "conflicts" in gold:
        return Counter()
    wanted = [{"kind": "number", "spans": pair} for pair in gold["number_conflicts"]]
    numeric = [{**c, "kind": "number"} for c in pred.get("conflicts", []) if c.get("kind") in ("number", "total")]
    return count_conflicts({"conflicts": wanted}, {"conflicts": numeric}, text, problems)


SECTIONS: dict[str, Callable[[Record, Record, str, list[str]], Counter]] = {
    "actors": count_actors,
    "quotes": count_quotes,
    "numbers": count_numbers,
    "timeline": count_timeline,
    "indirect_quotes": count_indirect,
    "conflicts": count_conflicts,
    "number_conflicts": count_number_conflicts,
}


# ---------------------------------------------------------------- figures

def ratio(part: float, whole: float, empty: float = 0.0) -> float:
    return part / whole if whole else empty


def f1(tp: float, n_pred: float, n_gold: float) -> float:
    precision = ratio(tp, n_pred, 0.0 if n_gold else 1.0)
    recall = ratio(tp, n_gold, 1.0)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def figures(c: Counter) -> dict[str, float]:
    out: dict[str, float] = {}
    if c["m_gold"]:
        out["actors.mention_f1"] = f1(c["m_tp"], c["m_pred"], c["m_gold"])
        out["actors.row_precision"] = ratio(c["r_found"], c["r_good"] + c["r_junk"])
        out["actors.row_recall"] = ratio(c["r_found"], c["r_gold"], 1.0)
        bp, br = ratio(c["b3_p"], c["b3_n"]), ratio(c["b3_r"], c["b3_n"])
        out["actors.b3_f1"] = 2 * bp * br / (bp + br) if bp + br else 0.0
        if c["k_n"]:
            out["actors.kind_acc"] = c["k_right"] / c["k_n"]
    if c["q_gold"]:
        out["quotes.span_f1"] = f1(c["q_tp"], c["q_pred"], c["q_gold"])
        out["quotes.speaker_acc"] = ratio(c["q_right"], c["q_tp"])
        out["quotes.e2e_f1"] = f1(c["q_right"], c["q_pred"], c["q_gold"])
    if c["n_gold"]:
        out["numbers.span_f1"] = f1(c["n_tp"], c["n_pred"], c["n_gold"])
        out["numbers.value_acc"] = ratio(c["n_right"], c["n_tp"])
    if c["t_gold"]:
        out["timeline.span_f1"] = f1(c["t_tp"], c["t_pred"], c["t_gold"])
        out["timeline.value_acc"] = ratio(c["t_right"], c["t_tp"])
        out["timeline.value_f1"] = f1(c["t_right"], c["t_pred"], c["t_gold"])
        if c["td_gold"] and c["td_gold"] != c["t_gold"]:
            out["timeline.date_recall"] = c["td_tp"] / c["td_gold"]
            out["timeline.date_value_acc"] = ratio(c["td_right"], c["td_tp"])
    if c["i_gold"] or c["i_pred"]:
        # Precision first: a paraphrase given to the wrong speaker counts as wrong.
        out["indirect.precision"] = ratio(c["i_right"], c["i_pred"], 1.0)
        out["indirect.recall"] = ratio(c["i_right"], c["i_gold"], 1.0)
        out["indirect.span_precision"] = ratio(c["i_tp"], c["i_pred"], 1.0)
        out["indirect.speaker_acc"] = ratio(c["i_right"], c["i_tp"])
        out["indirect.strict_precision"] = ratio(c["i_strict"], c["i_pred"], 1.0)
    if c["c_scored"]:
        out["conflicts.precision"] = ratio(c["c_tp"], c["c_pred"], 1.0)
        out["conflicts.recall"] = ratio(c["c_tp"], c["c_gold"], 1.0)
        out["conflicts.predicted"] = c["c_pred"]
    return out


def count_document(gold: Record, pred: Record, problems: list[str]) -> Counter:
    total: Counter = Counter()
    for name, count in SECTIONS.items():
        if name in gold:
            total.update(count(gold, pred, gold["text"], problems))
    return total


def score(gold: list[Record], preds: dict[str, Record],
          per_document: Callable[[str, dict[str, float]], None] | None = None) -> tuple[dict[str, float], list[str]]:
    """Figures over all gold documents and the problems found in the predictions."""
    total: Counter = Counter()
    problems: list[str] = []
    for record in gold:
        pred = preds.get(record["id"])
        if pred is None:
            problems.append(f"{record['id']}: no prediction")
        elif "error" in pred:
            problems.append(f"{record['id']}: {pred['error']}")
        found: list[str] = []
        counts = count_document(record, pred or {}, found)
        problems += [f"{record['id']}: {p}" for p in found]
        total.update(counts)
        if per_document:
            per_document(record["id"], figures(counts))
    return figures(total), problems


# ---------------------------------------------------------------- running

def read_jsonl(text: str) -> list[Record]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def predict(cmd: str, gold: list[Record]) -> tuple[str, float]:
    """Run cmd on the gold texts (a JSONL file of {id, text, reference_date} appended as its
    last argument) and return what it printed and how long it took."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.jsonl"
        lines = []
        for g in gold:
            rec = {"id": g["id"], "text": g["text"]}
            if g.get("reference_date"):
                rec["reference_date"] = g["reference_date"]
            lines.append(json.dumps(rec, ensure_ascii=False))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        start = time.perf_counter()
        run = subprocess.run([*shlex.split(cmd), str(path)], capture_output=True, text=True)
        seconds = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"score: command failed ({run.returncode}): {cmd}\n{run.stderr[-3000:]}")
    return run.stdout, seconds


def show(values: dict[str, float | int], indent: str = "") -> None:
    for key, value in values.items():
        print(f"{indent}{key:<24} {value:.3f}" if isinstance(value, float) else f"{indent}{key:<24} {value}")


def below(values: dict[str, float | int], minimums: list[str]) -> list[str]:
    failed = []
    for cond in minimums:
        key, _, floor = cond.partition("=")
        if values.get(key, 0.0) < float(floor):
            failed.append(f"{key} {values.get(key, 0.0):.3f} < {floor}")
    return failed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="gold annotations, one JSON record a line")
    source = ap.add_mutually_exclusive_group()
    source.add_argument("--pred", help="saved predictions (JSONL) instead of running --cmd")
    source.add_argument("--cmd", default="nutgraf analyze --jsonl", help="the command to run (default: %(default)s)")
    ap.add_argument("--min", action="append", default=[], metavar="KEY=VALUE", help="exit 1 when a figure is below")
    ap.add_argument("-v", "--verbose", action="store_true", help="figures for each document too")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)

    gold = read_jsonl(Path(args.gold).read_text(encoding="utf-8"))
    seconds = None
    if args.pred:
        raw = Path(args.pred).read_text(encoding="utf-8")
    else:
        raw, seconds = predict(args.cmd, gold)
    preds = {rec.get("id"): rec for rec in read_jsonl(raw)}

    def per_document(doc_id: str, values: dict[str, float]) -> None:
        print(doc_id)
        show(values, "  ")

    values: dict[str, float | int]
    values, problems = score(gold, preds, per_document if args.verbose else None)
    values["documents"] = len(gold)
    if seconds is not None:
        values["seconds"] = round(seconds, 2)
    for problem in problems[:20]:
        print("problem:", problem, file=sys.stderr)
    if problems:
        values["problems"] = len(problems)
    failed = below(values, args.min)
    if args.json:
        print(json.dumps(values))
    else:
        show(values)
    if failed:
        print("below: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
