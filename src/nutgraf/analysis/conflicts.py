"""Possible inconsistencies inside one article: numbers that count the same thing with
different values, a total that is not the sum of the parts the article gives, two dates for
the same event, the same quoted words given to different speakers. Pure: reads the item lists
of an Analysis. A false conflict is noise, so each rule asks for clear evidence."""
from __future__ import annotations

from .model import Analysis, Conflict, ConflictKind


def conflicts(analysis: Analysis) -> list[Conflict]:
    found = _speakers(analysis)
    found.sort(key=lambda c: c.spans[0] if c.spans else (0, 0))
    for n, c in enumerate(found, 1):
        c.id = f"c{n}"
    return found


def _speakers(analysis: Analysis) -> list[Conflict]:
    out = []
    by_id = {q.id: q for q in analysis.quotes}
    for q in analysis.quotes:
        if q.repeats and q.speaker_differs:
            group = [q, *(by_id[i] for i in q.repeats if i in by_id)]
            names = ", ".join(dict.fromkeys(g.speaker_name or "no speaker" for g in group))
            out.append(Conflict(id="", kind=ConflictKind.SPEAKER.value, items=[g.id for g in group],
                                reason=f"the same words are given to {names}",
                                spans=sorted(s for g in group for s in (g.span, g.speaker_span) if s)))
    return out
