"""The views that take the place of the four panels for a while: an actor's claims, and the
sources. Imported when one first opens: they are not on the way to the panels."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.binding import Binding
from textual.message import Message

from ..analysis.model import Analysis, EvidenceKind, Number, Quote, QuoteKind, Source, SourceStatus
from ..spans import Span
from ..textclean import counted
from .panels import MOVING, READ, SPEAKER, WRONG, ItemPanel


class ViewPanel(ItemPanel, inherit_bindings=False):
    """A panel that takes the place of the four for a while: escape brings them back."""

    BINDINGS = [*MOVING, READ, Binding("escape", "close", "Back", tooltip="Back to the panels")]

    class Closed(Message):
        """Escape: show the four panels again."""

    def action_close(self) -> None:
        self.post_message(self.Closed())


class ClaimsPanel(ViewPanel):
    """One actor's claims: their quotes (direct, partial, and reported speech marked as
    paraphrase), each followed by the numbers inside it."""

    kind = EvidenceKind.QUOTE
    title = "Claims"

    BINDINGS = [SPEAKER, WRONG]

    def __init__(self, actor: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.actor = actor

    def caption(self, analysis: Analysis | None) -> str:
        actor = analysis.actor(self.actor) if analysis else None
        return f"Claims of {actor.name}" if actor else self.title

    def order(self, analysis: Analysis) -> list[Quote | Number]:
        claims = next((c for c in analysis.claims if c.actor == self.actor), None)
        if claims is None:
            return []
        rows: list[Quote | Number] = []
        for quote_id in claims.quotes:
            if isinstance(quote := analysis.item(quote_id), Quote):
                rows.append(quote)
                rows.extend(n for n in analysis.numbers if n.id in quote.numbers)
        return rows

    def item_kind(self, item: Any) -> EvidenceKind:
        return EvidenceKind.NUMBER if isinstance(item, Number) else EvidenceKind.QUOTE

    def describe(self, item: Quote | Number) -> Iterable[tuple[str, str]]:
        if isinstance(item, Number):
            yield f"    ↳ {item.text}", "name"
            yield "  " + (item.counts or "—"), "detail"
            return
        if item.kind == QuoteKind.INDIRECT:
            yield "paraphrase", "flag"
            yield f"  {item.text.strip()}", "detail"
        else:
            yield item.kind, "name"
            yield f"  “{item.text.strip()}”", "detail"
        if item.repeats:
            yield f"  ×{len(item.repeats) + 1}", "flag"

    def nothing(self) -> str:
        return "no quote or reported speech of this actor (escape: back)"

    def subtitle(self) -> str:
        kinds = [q.kind for q in self.items if isinstance(q, Quote)]
        said = {"direct": "direct", "partial": "partial", "indirect": "paraphrased"}
        return " · ".join(f"{kinds.count(k)} {word}" for k, word in said.items() if k in kinds)


class SourcesPanel(ViewPanel):
    """Who is quoted, how much, and who is not: named sources, unnamed ones ("officials
    said"), the quotes no speaker is found for, and the people and organisations named but
    never quoted."""

    kind = EvidenceKind.ACTOR
    field = "sources"
    title = "Sources"

    def order(self, analysis: Analysis) -> list[Source]:
        return list(analysis.sources)  # in the order sourcing gives: quoted first

    def item_kind(self, item: Any) -> EvidenceKind:
        return EvidenceKind.QUOTE if item.status == SourceStatus.NO_SPEAKER else EvidenceKind.ACTOR

    def claim_span(self, item: Any) -> Span:
        spans: list[Span] = item.evidence()
        return min(spans)  # a source's first attribution

    def evidence_word(self, item: Any) -> str | None:
        # Its spans are the words that attribute its quotes; those never quoted have mentions.
        return {SourceStatus.NO_SPEAKER: "quote", SourceStatus.NOT_QUOTED: None}.get(item.status, "attribution")

    def describe(self, item: Source) -> Iterable[tuple[str, str]]:
        if item.status == SourceStatus.NO_SPEAKER:
            yield "no speaker", "flag"
        elif item.status == SourceStatus.UNNAMED:
            yield "unnamed ", "flag"
            yield item.name, "name"
        elif item.status == SourceStatus.DOCUMENT:
            yield item.name, "name"
            yield " (document)", "flag"
        else:
            yield item.name, "name"
        if item.status == SourceStatus.NOT_QUOTED:
            yield "  never quoted", "flag"
        else:
            yield f"  {_said(item)}", "detail"
        yield "".join(f" · {x}" for x in (item.kind, item.role) if x), "detail"

    def subtitle(self) -> str:
        counts = {status: sum(1 for s in self.items if s.status == status) for status in SourceStatus}
        said = [f"{counts[SourceStatus.QUOTED]} quoted"]
        if counts[SourceStatus.UNNAMED]:
            said.append(f"{counts[SourceStatus.UNNAMED]} unnamed")
        if counts[SourceStatus.DOCUMENT]:
            said.append(counted(counts[SourceStatus.DOCUMENT], "document"))
        if counts[SourceStatus.NOT_QUOTED]:
            said.append(f"{counts[SourceStatus.NOT_QUOTED]} never quoted")
        return " · ".join(said)


def _said(source: Source) -> str:
    """'3 quotes · 57 words · 1 paraphrase': a paraphrase has no words of the source's own."""
    paraphrases = source.paraphrases()
    quotes = len(source.quotes) - paraphrases
    parts = [f"{counted(quotes, 'quote')} · {source.words} words"] if quotes else []
    if paraphrases:
        parts.append(counted(paraphrases, "paraphrase"))
    return " · ".join(parts)
