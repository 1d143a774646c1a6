"""The reader's corrections of an analysis, applied to it: a pure function, free of the store
and the UI, so the reader, `nutgraf analyze --corrections` and the exports show one result.

A correction names the items it changes by their evidence, not their ids: the spans are
where the store anchored it in the current text, and ids change with every re-analysis and
every nutgraf version while the words do not. An item is the one whose evidence is exactly
that span, else the first whose evidence overlaps it most."""
from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from .claims import derive
from .model import Actor, Analysis, EvidenceKind, Number, Quote, Span, TimelineEntry

RENAME, MERGE, SPLIT, KIND, SPEAKER, WRONG = "rename", "merge", "split", "kind", "speaker", "wrong"
OPS = (RENAME, MERGE, SPLIT, KIND, SPEAKER, WRONG)

# The kinds of actor a reader can choose, as the extraction names them.
ACTOR_KINDS = ("person", "organization", "place", "group", "other")

Item = Actor | Quote | Number | TimelineEntry
_I = TypeVar("_I", bound=Item)


@dataclass(frozen=True)
class Correction:
    """One change, on the item of `kind` at `span`:

    - rename (actor): `value` is its new name;
    - merge (actor): the actor at `other` joins it, mentions and quotes;
    - split (actor): the mention at `span` becomes an actor of its own, named `value`
      (the mention's words when None), of the same kind;
    - kind (actor): `value` is its kind (one of ACTOR_KINDS);
    - speaker (quote): the actor at `other` said it; no speaker when `other` is None;
    - wrong (any kind): the item is not one; quotes it was the speaker of lose it."""

    id: str
    op: str
    kind: str
    span: Span
    other: Span | None = None
    value: str | None = None


def apply(analysis: Analysis, corrections: Iterable[Correction]) -> tuple[Analysis, list[str]]:
    """(a corrected copy of `analysis`, the ids of the corrections that found nothing to
    change). Corrections apply in the order given, each to the result of those before it;
    then the sources, claims and conflicts are derived again from the corrected items. The
    analysis given is left as it was."""
    fixed = copy.copy(analysis)
    fixed.actors = [replace(a, mentions=list(a.mentions), aliases=list(a.aliases)) for a in analysis.actors]
    # derive() gives the quotes new lists of numbers and repeats: a shallow copy is enough.
    fixed.quotes = [replace(q) for q in analysis.quotes]
    fixed.indirect_quotes = [replace(q) for q in analysis.indirect_quotes]
    fixed.numbers = list(analysis.numbers)
    fixed.timeline = list(analysis.timeline)
    missed = [c.id for c in corrections if not _apply_one(fixed, c)]
    return derive(fixed), missed


def _quotes(analysis: Analysis) -> list[Quote]:
    return [*analysis.quotes, *analysis.indirect_quotes]


def _apply_one(analysis: Analysis, c: Correction) -> bool:
    if c.op == WRONG:
        return _remove(analysis, c)
    if c.op == SPEAKER and c.kind == EvidenceKind.QUOTE:
        return _reassign(analysis, c)
    if c.kind != EvidenceKind.ACTOR:
        return False
    if c.op == SPLIT:
        return _split(analysis, c)
    actor = find(analysis.actors, c.span)
    if actor is None:
        return False
    if c.op == RENAME and c.value:
        if actor.name not in actor.aliases:
            actor.aliases.append(actor.name)
        actor.name = c.value
        _name_quotes(analysis, actor)
        return True
    if c.op == KIND and c.value in ACTOR_KINDS:
        actor.kind = c.value
        return True
    if c.op == MERGE and c.other is not None:
        return _merge(analysis, actor, c.other)
    return False


def find(items: Sequence[_I], span: Span) -> _I | None:
    """The item whose evidence is `span`, else the one whose evidence overlaps it most."""
    best: _I | None = None
    overlap = 0
    for item in items:
        for s, e in _spans(item):
            if (s, e) == tuple(span):
                return item
            shared = min(e, span[1]) - max(s, span[0])
            if shared > overlap:
                best, overlap = item, shared
    return best


def _spans(item: Item) -> list[Span]:
    # A quote or number is found by its own words, not the sentence or speaker around them.
    return item.evidence() if isinstance(item, Actor) else [item.span]


# Where the items of each kind are; a quote is direct or partial, else reported speech.
_FIELDS = {"actor": ("actors",), "quote": ("quotes", "indirect_quotes"), "number": ("numbers",),
           "timeline": ("timeline",)}


def _remove(analysis: Analysis, c: Correction) -> bool:
    lists: list[list[Item]] = [getattr(analysis, f) for f in _FIELDS.get(c.kind, ())]
    found = [(items, item) for items in lists if (item := find(items, c.span)) is not None]
    if not found:
        return False
    items, item = found[0]
    items.remove(item)
    if isinstance(item, Actor):
        for q in _quotes(analysis):
            if q.speaker == item.id:
                q.speaker = q.speaker_name = q.speaker_span = None
    return True


def _reassign(analysis: Analysis, c: Correction) -> bool:
    quote = find(_quotes(analysis), c.span)
    if quote is None:
        return False
    if c.other is None:
        quote.speaker = quote.speaker_name = quote.speaker_span = None
        return True
    actor = find(analysis.actors, c.other)
    if actor is None:
        return False
    quote.speaker, quote.speaker_name = actor.id, actor.name
    # The words naming the old speaker are no evidence of the new one.
    quote.speaker_span = None
    return True


def _merge(analysis: Analysis, actor: Actor, other_span: Span) -> bool:
    other = find(analysis.actors, other_span)
    if other is None or other is actor:
        return False
    actor.mentions = sorted(set(actor.mentions) | set(other.mentions))
    actor.aliases.extend(n for n in (other.name, *other.aliases) if n != actor.name and n not in actor.aliases)
    actor.role = actor.role or other.role
    analysis.actors.remove(other)
    for q in _quotes(analysis):
        if q.speaker == other.id:
            q.speaker = actor.id
    _name_quotes(analysis, actor)
    return True


def _split(analysis: Analysis, c: Correction) -> bool:
    span = (c.span[0], c.span[1])
    actor = next((a for a in analysis.actors if span in a.mentions), None)
    if actor is None or len(actor.mentions) < 2:
        return False
    actor.mentions.remove(span)
    name = c.value or analysis.text[span[0]:span[1]]
    new = Actor(id=f"{actor.id}-{c.id[:8]}", name=name, kind=actor.kind, mentions=[span])
    analysis.actors.insert(analysis.actors.index(actor) + 1, new)
    # The quotes attributed through that mention were said by the new actor.
    for q in _quotes(analysis):
        if q.speaker == actor.id and q.speaker_span == span:
            q.speaker = new.id
    _name_quotes(analysis, actor)
    _name_quotes(analysis, new)
    return True


def _name_quotes(analysis: Analysis, actor: Actor) -> None:
    for q in _quotes(analysis):
        if q.speaker == actor.id:
            q.speaker_name = actor.name
