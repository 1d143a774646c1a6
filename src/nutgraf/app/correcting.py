"""What each correction key asks before it saves: the dialog for an actor's new name, kind,
the actor to merge or a quote's speaker, and the correction the answer makes. Pure of the
store: the reader saves what comes out."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from textual.screen import ModalScreen

from ..analysis.corrections import ACTOR_KINDS, KIND, MERGE, RENAME, SPEAKER, SPLIT, WRONG
from ..analysis.model import Actor, Analysis, Quote
from ..attribution import main_span
from ..spans import Span
from .notes_panel import clip

NO_SPEAKER = "(no speaker: unattributed)"


@dataclass(frozen=True)
class Fix:
    """A correction to save, and what to tell the reader once it is."""

    op: str
    kind: str
    span: Span
    other: Span | None = None
    value: str | None = None
    said: str = ""


@dataclass(frozen=True)
class Ask:
    """A dialog, and the correction its answer makes (None: nothing to save)."""

    screen: ModalScreen[Any]
    answer: Callable[[Any], Fix | None]


def plan(op: str, kind: str, item: Any, analysis: Analysis, mention: Span | None) -> Fix | Ask | str:
    """The correction `op` of `item` makes, the dialog that asks for it, or why it cannot be
    made. `mention` is the evidence highlighted in the article (the mention a split takes)."""
    from .modals import ChoiceScreen, TextScreen

    span = main_span(item)
    words = f"“{clip(analysis.text[span[0]:span[1]], 40)}”"
    if op == WRONG:
        return Fix(op, kind, span, said=f"{words} marked as wrong")
    if op == SPEAKER and isinstance(item, Quote):
        actors = sorted(analysis.actors, key=lambda a: a.name.lower())
        current = next((n + 1 for n, a in enumerate(actors) if a.id == item.speaker), 0)

        def speaker(index: int | None) -> Fix | None:
            # The speaker it has already (0 is none only when no words name one either).
            if index is None or (index == current and (index > 0 or not item.speaker_name)):
                return None
            if index == 0:
                return Fix(op, kind, span, said=f"{words}: no speaker")
            chosen = actors[index - 1]
            return Fix(op, kind, span, main_span(chosen), said=f"{words}: said by {chosen.name}")

        return Ask(ChoiceScreen("Speaker", f"Who said {words}?", [NO_SPEAKER, *(a.name for a in actors)], current),
                   speaker)
    if op == SPEAKER:
        return "only a quote has a speaker to choose"
    if not isinstance(item, Actor):
        return "this key corrects actors"
    if op == RENAME:
        return Ask(TextScreen("Rename", f"A new name for {item.name}:", item.name),
                   lambda name: Fix(op, kind, span, value=name, said=f"Renamed {item.name} to {name}")
                   if name and name != item.name else None)
    if op == KIND:
        return Ask(ChoiceScreen("Kind", f"What is {item.name}?", ACTOR_KINDS,
                                ACTOR_KINDS.index(item.kind) if item.kind in ACTOR_KINDS else None),
                   lambda n: Fix(op, kind, span, value=ACTOR_KINDS[n], said=f"{item.name} is a {ACTOR_KINDS[n]}")
                   if n is not None and ACTOR_KINDS[n] != item.kind else None)
    if op == MERGE:
        others = sorted((a for a in analysis.actors if a.id != item.id), key=lambda a: a.name.lower())
        if not others:
            return "there is no other actor to merge"
        return Ask(ChoiceScreen("Merge", f"Which actor is the same as {item.name}?", [a.name for a in others]),
                   lambda n: None if n is None else Fix(op, kind, span, main_span(others[n]),
                                                        said=f"{others[n].name} merged into {item.name}"))
    if op == SPLIT:
        if len(item.mentions) < 2:
            return f"{item.name} has one mention: nothing to split off"
        if mention not in item.mentions:
            return "highlight the mention to split off first (n / N)"
        assert mention is not None
        text = analysis.text[mention[0]:mention[1]]
        return Ask(TextScreen("Split off", f"“{clip(text, 40)}” is not {item.name}. Whose mention is it?", text),
                   lambda name: None if name is None else Fix(op, kind, mention, value=name,
                                                              said=f"“{clip(text, 40)}” split off as {name}"))
    return f"no correction {op!r}"
