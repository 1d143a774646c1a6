"""The Notes panel's entries: the reader's bookmarks, notes and corrections on the article,
one entry per claim. Built once the notes store is open, after the panels are drawn: not
imported with the panel, whose import is on the way to the panels filled from the cache."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ..analysis.model import Analysis
    from ..store.notes import ArticleNotes
    from ..store.records import Bookmark, Correction, Note


@dataclass(frozen=True)
class Claim:
    """What a bookmark or note is about: a sentence, or an item's main span."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Entry:
    """A claim with its bookmark and note; `claim` is None when its text is gone."""

    claim: Claim | None
    text: str
    bookmark: Bookmark | None = None
    note: Note | None = None
    correction: Correction | None = None
    applied: bool = True  # for a correction: whether it found what it corrects
    label: str = ""  # what the claim is ("sentence", "paraphrase"); its kind when empty


def entries(notes: ArticleNotes, missed: Collection[str] = (), analysis: Analysis | None = None) -> list[Entry]:
    """One entry per claim and one per correction (`missed`: the ids of those that found
    nothing to correct), in reading order, orphans last; with the analysis, a claim on a
    quote says which kind of quote it is."""
    # Imported here, with the notes: the panels drawn before the store is open (an analysis
    # from the cache) waited for these dataclasses (5 ms).
    from ..store.records import Bookmark, Note

    grouped: dict[tuple[object, ...], list[Bookmark | Note]] = {}
    for record in notes.bookmarks() + notes.notes():
        key = ("orphan", record.id) if record.orphaned else (record.start, record.end)
        grouped.setdefault(key, []).append(record)
    found = []
    for records in grouped.values():
        first = records[0]
        # A record is anchored (not orphaned) only in the text of the article it is read with.
        claim = None if first.orphaned else Claim(first.kind, cast(int, first.start), cast(int, first.end))
        text = first.exact if claim is None else cast(str, notes.text)[claim.start:claim.end]
        found.append(Entry(
            claim, text,
            next((r for r in records if isinstance(r, Bookmark)), None),
            next((r for r in records if isinstance(r, Note)), None),
            label=_label(claim, analysis),
        ))
    for c in notes.corrections():
        claim = None if c.orphaned else Claim(c.kind, cast(int, c.start), cast(int, c.end))
        applied = c.id not in missed and c.applicable() is not None
        found.append(Entry(claim, c.describe(), correction=c, applied=applied))
    return sorted(found, key=lambda e: (e.claim is None, e.claim.start if e.claim else 0))


def _label(claim: Claim | None, analysis: Analysis | None) -> str:
    if claim is None or analysis is None:
        return ""
    # Imported with the first bookmark or note: the panels' import is on the way to them.
    from ..attribution import claim_items, claim_label

    return claim_label(claim.kind, claim_items(analysis, claim.kind, claim.start, claim.end))
