"""Where a saved span lies in the current text of an article.

A note or bookmark is saved with two W3C Web Annotation selectors: a TextQuoteSelector
(the exact text with some context on either side) and a TextPositionSelector (character
offsets). Offsets alone break as soon as the file is edited above the span; the quote with
its context lets the span be found again, and a fuzzy match finds it when the quoted text
itself was lightly edited. Everything here is a pure function of its arguments."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

if TYPE_CHECKING:
    from rapidfuzz.distance import Opcodes

CONTEXT = 32
# A fuzzy match must look like the saved quote (rapidfuzz ratio, 0-100): below this a note
# would sit on text that says something else, and orphaning it is the honest answer.
FUZZY_THRESHOLD = 70.0
# The saved quote plus its context must still be recognisable around the candidate place.
CONTEXT_THRESHOLD = 60.0

POSITION, QUOTE, FUZZY, ORPHANED = "position", "quote", "fuzzy", "orphaned"


@dataclass(frozen=True)
class Selectors:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    def to_json(self) -> list[dict[str, Any]]:
        """The W3C Web Annotation form, as stored and exported."""
        return [
            {"type": "TextQuoteSelector", "exact": self.exact, "prefix": self.prefix, "suffix": self.suffix},
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        ]

    @classmethod
    def from_json(cls, selectors: list[dict[str, Any]]) -> Selectors:
        by_type = {s.get("type"): s for s in selectors if isinstance(s, dict)}
        quote = by_type.get("TextQuoteSelector")
        position = by_type.get("TextPositionSelector")
        if quote is None or not isinstance(quote.get("exact"), str):
            raise ValueError("a TextQuoteSelector with an exact text is required")
        start = end = -1
        if position is not None and isinstance(position.get("start"), int) and isinstance(position.get("end"), int):
            start, end = position["start"], position["end"]
        return cls(
            exact=quote["exact"],
            prefix=str(quote.get("prefix") or ""),
            suffix=str(quote.get("suffix") or ""),
            start=start,
            end=end,
        )


@dataclass(frozen=True)
class Anchor:
    start: int | None
    end: int | None
    method: str  # POSITION, QUOTE, FUZZY or ORPHANED
    score: float = 100.0

    @property
    def orphaned(self) -> bool:
        return self.start is None


def describe(text: str, start: int, end: int, *, allow_empty: bool = False) -> Selectors:
    """Selectors for text[start:end]."""
    if not (0 <= start <= end <= len(text)) or (start == end and not allow_empty):
        raise ValueError(f"span {start}-{end} is not inside a text of {len(text)} characters")
    return Selectors(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT):start],
        suffix=text[end:end + CONTEXT],
        start=start,
        end=end,
    )


def anchor(text: str, sel: Selectors) -> Anchor:
    """Find the saved span in text: its saved position, else the occurrence of the exact
    quote whose context matches best, else a fuzzy match; else ORPHANED."""
    if not sel.exact:
        if 0 <= sel.start <= len(text):
            return Anchor(sel.start, sel.start, POSITION)
        return Anchor(None, None, ORPHANED, 0.0)
    found = _exact(text, sel)
    if found is not None:
        return found
    return _fuzzy(text, sel) or Anchor(None, None, ORPHANED, 0.0)


def _context_score(text: str, sel: Selectors, start: int, end: int) -> float:
    score = 0.0
    if sel.prefix:
        score += fuzz.ratio(sel.prefix, text[max(0, start - len(sel.prefix)):start])
    if sel.suffix:
        score += fuzz.ratio(sel.suffix, text[end:end + len(sel.suffix)])
    return score


def _exact(text: str, sel: Selectors) -> Anchor | None:
    n = len(sel.exact)
    if sel.start >= 0 and text[sel.start:sel.end] == sel.exact and (
        text[max(0, sel.start - len(sel.prefix)):sel.start] == sel.prefix
        and text[sel.end:sel.end + len(sel.suffix)] == sel.suffix
    ):
        return Anchor(sel.start, sel.end, POSITION)
    best: tuple[float, int] | None = None
    best_start = -1
    i = text.find(sel.exact)
    while i != -1:
        # Better context wins; between equal contexts, the one nearest the saved offset,
        # which is the saved occurrence itself when the text around it did not change.
        key = (_context_score(text, sel, i, i + n), -abs(i - sel.start))
        if best is None or key > best:
            best, best_start = key, i
        i = text.find(sel.exact, i + 1)
    if best is None:
        return None
    method = POSITION if best_start == sel.start else QUOTE
    return Anchor(best_start, best_start + n, method)


def _fuzzy(text: str, sel: Selectors) -> Anchor | None:
    needle = sel.prefix + sel.exact + sel.suffix
    found = fuzz.partial_ratio_alignment(needle, text, score_cutoff=CONTEXT_THRESHOLD)
    if found is None:
        return None
    # The aligned window has the needle's length; an edit that grew or shrank the quote
    # moves its true ends outside it, so align again on a wider region.
    slack = len(needle) // 2 + 1
    lo = max(0, found.dest_start - slack)
    hi = min(len(text), found.dest_end + slack)
    ops = Levenshtein.opcodes(needle, text[lo:hi])
    first = len(sel.prefix)
    last = first + len(sel.exact) - 1
    start = lo + _dest_of(ops, first, end=False)
    end = lo + _dest_of(ops, last, end=True)
    if end <= start:
        return None
    score = fuzz.ratio(sel.exact, text[start:end])
    if score < FUZZY_THRESHOLD:
        return None
    return Anchor(start, end, FUZZY, score)


def _dest_of(ops: Opcodes, i: int, *, end: bool) -> int:
    """Where needle character i went in the aligned region: its offset, or the offset just
    after it when end is true. Text inserted at either edge of the quote stays outside."""
    for op in ops:
        if op.src_start <= i < op.src_end:
            if op.tag == "equal":
                return op.dest_start + (i - op.src_start) + end
            if op.tag == "replace":
                width = op.dest_end - op.dest_start
                return op.dest_start + min(i - op.src_start, width - 1) + end
            return op.dest_start  # deleted: the edge falls where it used to be
    raise ValueError(f"character {i} is outside the aligned text")
