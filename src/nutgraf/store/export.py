"""Notes and bookmarks as Markdown (to paste into a fact-check) or JSON (for tools), and
the file the reader exports them to. Given an article's analysis, each claim carries what
the analysis found in it (a quote's speaker and role, a number's value and what it counts,
a date's resolved value) and the article lists its sources as the analysis found them
(`Analysis.sources`: who is quoted and how much, unnamed sources, quotes with no speaker,
people and organisations named but never quoted)."""
from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from .. import attribution
from ..analysis.model import Analysis, Conflict, Number, Quote, QuoteKind, SourceStatus, TimelineEntry
from ..textclean import counted
from . import anchoring
from .files import atomic_write
from .notes import Annotation, ArticleNotes, Bookmark, Note, now
from .records import Correction

FORMAT_VERSION = 1
NAME_WIDTH = 60  # characters of a title kept in an export's file name
CONTEXT_WIDTH = 120  # characters of article shown on each side of a claim in Markdown
PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")


# An article's analysis, by its content digest.
Analyses = Mapping[str, Analysis]


def to_json(articles: Iterable[ArticleNotes], analyses: Analyses | None = None) -> dict[str, Any]:
    """Each record keeps its W3C selectors (as saved) beside where it is now (start/end,
    None when orphaned), so a tool can re-anchor it itself. With the article's analysis,
    each record has the analysis objects of its claim (docs/analysis-contract.md) and the
    article the publication date and its `sources`; else both are null."""
    return {
        "format": "nutgraf-notes",
        "version": FORMAT_VERSION,
        "exported": now(),
        "articles": [_article_json(art, (analyses or {}).get(art.digest)) for art in articles],
    }


def _article_json(art: ArticleNotes, analysis: Analysis | None) -> dict[str, Any]:
    return {
        "digest": art.digest,
        "source": art.source,
        "sources": art.sources,
        "position": art.position(),
        "analysis": None if analysis is None else {
            "reference_date": analysis.reference_date,
            "reference_source": analysis.reference_source,
            "model": analysis.model,
            "sources": Analysis(analysis.text, sources=analysis.sources).to_json()["sources"],
        },
        "bookmarks": [_record_json(art, b, analysis) for b in art.bookmarks()],
        "notes": [_record_json(art, n, analysis) for n in art.notes()],
        "corrections": [_correction_json(art, c) for c in art.corrections()],
    }


def _correction_json(art: ArticleNotes, c: Correction) -> dict[str, Any]:
    """A correction as saved (its op, value and anchors) and where it is now; `other` is the
    second item a merge or a new speaker names."""
    other = None if c.other is None else {"start": c.other_start, "end": c.other_end,
                                           "selector": c.other.to_json()}
    return {
        "id": c.id, "op": c.op, "kind": c.kind, "value": c.value, "start": c.start, "end": c.end,
        "anchor": c.anchor, "text": _current(art, c), "other": other, "applicable": c.applicable() is not None,
        "created": c.created, "updated": c.updated,
        "target": {"source": c.source, "digest": c.digest, "selector": c.selectors.to_json()},
    }


def _items_json(analysis: Analysis, r: Annotation) -> dict[str, list[dict[str, Any]]]:
    """The claim's items by section, as `nutgraf analyze --json` gives them, with the actors
    its quotes are said by (their `speaker` ids point there) and the possible conflicts they
    are in; reported speech in `indirect_quotes`, as the contract keeps it apart from what
    was quoted."""
    items = _items(analysis, r)
    ids = {i.id for i in items} | {q.speaker for q in items if isinstance(q, Quote)}
    # A claim's own analysis, written by the one writer of the contract.
    claim = Analysis(analysis.text, actors=[a for a in analysis.actors if a.id in ids],
                     quotes=[i for i in items if isinstance(i, Quote) and i.kind != QuoteKind.INDIRECT],
                     indirect_quotes=[i for i in items if isinstance(i, Quote) and i.kind == QuoteKind.INDIRECT],
                     numbers=[i for i in items if isinstance(i, Number)],
                     timeline=[i for i in items if isinstance(i, TimelineEntry)],
                     conflicts=_conflicts(analysis, items)).to_json()
    return {key: claim[key] for key in ("actors", "quotes", "indirect_quotes", "numbers", "timeline", "conflicts")}


def _conflicts(analysis: Analysis, items: list[attribution.Item]) -> list[Conflict]:
    """The possible conflicts (a count given twice with two values, a date twice) any of
    the items is in: what a fact-check of the claim must look at."""
    ids = {i.id for i in items}
    return [c for c in analysis.conflicts if ids & set(c.items)]


def _items(analysis: Analysis | None, r: Annotation) -> list[attribution.Item]:
    if analysis is None or r.orphaned:
        return []
    return attribution.claim_items(analysis, r.kind, cast(int, r.start), cast(int, r.end))


def _record_json(art: ArticleNotes, r: Bookmark | Note, analysis: Analysis | None = None) -> dict[str, Any]:
    out = {
        "id": r.id,
        "kind": r.kind,
        "start": r.start,
        "end": r.end,
        "anchor": r.anchor,
        "text": _current(art, r),
        "created": r.created,
        "updated": r.updated,
        "target": {"source": r.source, "digest": r.digest, "selector": r.selectors.to_json()},
        "analysis": None if analysis is None else _items_json(analysis, r),
    }
    if isinstance(r, Note):
        out["body"] = r.body
    else:
        out["label"] = r.label
    return out


def markdown(articles: Iterable[ArticleNotes], analyses: Analyses | None = None) -> str:
    articles = list(articles)
    out = ["# Notes from nutgraf", "", f"Exported {_when(now())}.", ""]
    if not any(a.bookmarks() or a.notes() or a.corrections() for a in articles):
        out += ["No bookmarks, notes or corrections.", ""]
    for art in articles:
        if art.bookmarks() or art.notes() or art.corrections():
            out += _article_md(art, (analyses or {}).get(art.digest))
    return "\n".join(out)


def _article_md(art: ArticleNotes, analysis: Analysis | None) -> list[str]:
    nb, nn = len(art.bookmarks()), len(art.notes())
    out = [f"## {_md(art.name)}", ""]
    for source in art.sources:
        out.append(f"- Source: `{source}`")
    out += [
        f"- Content SHA-256: `{art.digest}`",
        f"- {counted(nb, 'bookmark')}, {counted(nn, 'note')}"
        + (f", {counted(nc, 'correction')}" if (nc := len(art.corrections())) else ""),
    ]
    if art.text is None:
        out.append("- Positions are as saved; export with the article path to check them against the current text"
                   " and to include what the analysis found.")
    if analysis is not None:
        how = {"given": " (given)", "article": " (stated in the article)"}.get(analysis.reference_source or "", "")
        out.append(f"- Publication date: {analysis.reference_date or 'unknown'}{how}")
    out.append("")
    for number, group in enumerate(_claims(art), 1):
        out += _claim_md(art, number, group, analysis)
    out += _corrections_md(art)
    if analysis is not None:
        out += _sources_md(analysis)
    return out


def _corrections_md(art: ArticleNotes) -> list[str]:
    """The corrections of the analysis, in the order they apply in."""
    if not (corrections := art.corrections()):
        return []
    out = ["### Corrections", ""]
    for c in corrections:
        where = ("not found in the current text" if c.orphaned else f"characters {c.start}–{c.end}")
        if not c.orphaned and c.applicable() is None:
            where += ", not applied: what it names is gone"
        out.append(f"- {_md(c.describe())} ({where}; {_when(c.created)})")
    return [*out, ""]


def _sources_md(analysis: Analysis) -> list[str]:
    out = ["### Sources", ""]
    said = [s for s in analysis.sources if s.status != SourceStatus.NOT_QUOTED]
    out += [f"- {_md(attribution.source_line(s))}" for s in said]
    if not said:
        out.append("Nobody is quoted.")
    if unquoted := [attribution.named(s.name, s.role) for s in analysis.sources if s.status == SourceStatus.NOT_QUOTED]:
        out += ["", "Named but not quoted: " + _md("; ".join(unquoted)) + "."]
    return [*out, ""]


def _claims(art: ArticleNotes) -> list[list[Annotation]]:
    """Bookmarks and notes on the same span are one claim; in reading order, orphans last."""
    groups: dict[tuple[str | int | None, ...], list[Annotation]] = {}
    for r in art.bookmarks() + art.notes():
        key = ("orphan", r.id) if r.orphaned else (r.kind, r.start, r.end)
        groups.setdefault(key, []).append(r)
    return sorted(groups.values(), key=lambda g: (g[0].orphaned, g[0].start or 0, g[0].end or 0, g[0].created))


def _claim_md(art: ArticleNotes, number: int, group: list[Annotation], analysis: Analysis | None) -> list[str]:
    first = group[0]
    where = (f"not found in the current text (saved at characters {first.selectors.start}–{first.selectors.end})"
             if first.orphaned else f"characters {first.start}–{first.end}")
    found = _items(analysis, first)
    out = [f"### {number}. {attribution.claim_label(first.kind, found).capitalize()}, {where}", ""]
    before, claim, after = _context(art, first)
    out += [f"> {before}**{_md(claim)}**{after}", ""]
    if first.anchor == anchoring.FUZZY:
        out += [f"The text changed since this was saved; it read: “{_md(_flat(first.exact))}”", ""]
    if analysis is not None and found:
        out += [f"- {_md(attribution.facts(item, analysis))}" for item in found]
        out += [f"- Possible conflict: {_md(c.reason)}" for c in _conflicts(analysis, found)] + [""]
    for note in (r for r in group if isinstance(r, Note)):
        out += [note.body.strip() or "*(empty note)*", ""]
    facts = []
    for r in group:
        if isinstance(r, Bookmark):
            facts.append(f"bookmarked {_when(r.created)}" + (f" (“{_md(r.label)}”)" if r.label else ""))
        else:
            facts.append(f"noted {_when(r.updated)}")
    facts.append(f"kind: {first.kind}")
    if first.source:
        facts.append(f"source: `{first.source}`")
    out += ["*" + " · ".join(facts) + "*", ""]
    return out


def _context(art: ArticleNotes, r: Annotation) -> tuple[str, str, str]:
    """(before, claim, after), ready for a one-line Markdown quote."""
    if art.text is not None and not r.orphaned:
        text, start, end = art.text, cast(int, r.start), cast(int, r.end)  # set when not orphaned
        lo, hi = max(0, start - CONTEXT_WIDTH), min(len(text), end + CONTEXT_WIDTH)
        more_before, more_after = lo > 0, hi < len(text)
    else:
        sel = r.selectors
        text = sel.prefix + sel.exact + sel.suffix
        start, end = len(sel.prefix), len(sel.prefix) + len(sel.exact)
        lo, hi = 0, len(text)
        # A context shorter than saved means the article itself ended there.
        more_before, more_after = len(sel.prefix) == anchoring.CONTEXT, len(sel.suffix) == anchoring.CONTEXT
    # Context stops at a paragraph break (the next paragraph is another claim), including
    # one that begins inside the claim's own edge.
    breaks = [m.end() for m in PARAGRAPH.finditer(text, lo, min(len(text), start + 1)) if m.end() <= start]
    if breaks:
        lo = breaks[-1]
    after_break = PARAGRAPH.search(text, max(0, end - 1), hi)
    if after_break:
        hi = max(end, after_break.start())
    before, after = text[lo:start], text[end:hi]
    before_cut = more_before and not breaks
    after_cut = more_after and not after_break
    if before_cut and " " in before:
        before = before.split(" ", 1)[1]
    if after_cut and " " in after:
        after = after.rsplit(" ", 1)[0]
    claim = _flat(text[start:end])
    before = ("…" if before_cut else "") + _md(_flat(before).lstrip())
    after = _md(_flat(after).rstrip()) + ("…" if after_cut else "")
    # Markdown emphasis must not open or close on a space.
    lead = " " if claim[:1].isspace() else ""
    trail = " " if claim[-1:].isspace() else ""
    return before + lead, claim.strip(), trail + after


def _current(art: ArticleNotes, r: Annotation) -> str | None:
    if r.orphaned:
        return None
    if art.text is None:
        return r.exact
    return art.text[r.start:r.end]


def _flat(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _md(s: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", s)


def _when(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return stamp


def file_name(name: str, title: str | None = None, generic: Collection[str] = ()) -> str:
    """`<article>-notes.md`: after the file's name, or after the title when the file's name
    says nothing, being one of `generic` (lower case): two saved pages named index.html must
    not share an export."""
    stem = Path(name).stem
    if title and (not stem or stem.lower() in generic):
        # Word characters only: a title can hold anything, a path separator included.
        stem = "-".join(re.findall(r"\w+", title.lower()))[:NAME_WIDTH].strip("-_") or stem
    return f"{stem or 'article'}-notes.md"


def write_file(path: Path, data: bytes) -> Path:
    """Write an export to path and return where it went: through a symbolic link to the file
    it points at, with the mode an existing file had (else the user's default). Raises
    OSError."""
    target = Path(os.path.realpath(path))
    try:
        mode: int | None = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    atomic_write(target, data, mode=mode, create_mode=0o666)
    return target
