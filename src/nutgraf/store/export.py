"""Notes and bookmarks as Markdown (to paste into a fact-check) or JSON (for tools), and
the file the reader exports them to."""
from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from . import anchoring
from .files import atomic_write
from .notes import Annotation, ArticleNotes, Bookmark, Note, now

FORMAT_VERSION = 1
NAME_WIDTH = 60  # characters of a title kept in an export's file name
CONTEXT_WIDTH = 120  # characters of article shown on each side of a claim in Markdown
PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")


def to_json(articles: Iterable[ArticleNotes]) -> dict[str, Any]:
    """Each record keeps its W3C selectors (as saved) beside where it is now (start/end,
    None when orphaned), so a tool can re-anchor it itself."""
    return {
        "format": "nutgraf-notes",
        "version": FORMAT_VERSION,
        "exported": now(),
        "articles": [
            {
                "digest": art.digest,
                "source": art.source,
                "sources": art.sources,
                "position": art.position(),
                "bookmarks": [_record_json(art, b) for b in art.bookmarks()],
                "notes": [_record_json(art, n) for n in art.notes()],
            }
            for art in articles
        ],
    }


def _record_json(art: ArticleNotes, r: Bookmark | Note) -> dict[str, Any]:
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
    }
    if isinstance(r, Note):
        out["body"] = r.body
    else:
        out["label"] = r.label
    return out


def markdown(articles: Iterable[ArticleNotes]) -> str:
    articles = list(articles)
    out = ["# Notes from nutgraf", "", f"Exported {_when(now())}.", ""]
    if not any(a.bookmarks() or a.notes() for a in articles):
        out += ["No bookmarks or notes.", ""]
    for art in articles:
        if art.bookmarks() or art.notes():
            out += _article_md(art)
    return "\n".join(out)


def _article_md(art: ArticleNotes) -> list[str]:
    nb, nn = len(art.bookmarks()), len(art.notes())
    out = [f"## {_md(art.name)}", ""]
    for source in art.sources:
        out.append(f"- Source: `{source}`")
    out += [
        f"- Content SHA-256: `{art.digest}`",
        f"- {_count(nb, 'bookmark')}, {_count(nn, 'note')}",
    ]
    if art.text is None:
        out.append("- Positions are as saved; export with the article path to check them against the current text.")
    out.append("")
    for number, group in enumerate(_claims(art), 1):
        out += _claim_md(art, number, group)
    return out


def _claims(art: ArticleNotes) -> list[list[Annotation]]:
    """Bookmarks and notes on the same span are one claim; in reading order, orphans last."""
    groups: dict[tuple[str | int | None, ...], list[Annotation]] = {}
    for r in art.bookmarks() + art.notes():
        key = ("orphan", r.id) if r.orphaned else (r.kind, r.start, r.end)
        groups.setdefault(key, []).append(r)
    return sorted(groups.values(), key=lambda g: (g[0].orphaned, g[0].start or 0, g[0].end or 0, g[0].created))


def _claim_md(art: ArticleNotes, number: int, group: list[Annotation]) -> list[str]:
    first = group[0]
    where = (f"not found in the current text (saved at characters {first.selectors.start}–{first.selectors.end})"
             if first.orphaned else f"characters {first.start}–{first.end}")
    out = [f"### {number}. {first.kind.capitalize()}, {where}", ""]
    before, claim, after = _context(art, first)
    out += [f"> {before}**{_md(claim)}**{after}", ""]
    if first.anchor == anchoring.FUZZY:
        out += [f"The text changed since this was saved; it read: “{_md(_flat(first.exact))}”", ""]
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


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


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
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    atomic_write(target, data, mode=mode)
    return target


def _umask() -> int:
    mask = os.umask(0o22)
    os.umask(mask)
    return mask
