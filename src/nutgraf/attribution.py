"""What an item of the analysis says, in words and with its attribution: the line `y` copies
in the reader and the facts an export gives each bookmarked claim. Pure: no Textual, no store.

A bookmark or note on a panel item is on the item's main span (an actor's first mention);
one on a sentence holds whatever quotes, numbers and dates the sentence holds."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis.model import Actor, Analysis, EvidenceKind, Number, Quote, TimelineEntry
from .analysis.timeline_labels import label as timeline_label
from .spans import Span
from .textclean import clip

Item = Actor | Quote | Number | TimelineEntry

QUOTE_WIDTH = 60  # characters of a quote an export's facts repeat

# A quote's own closing comma or full stop gives way to the one attribution needs.
_CLOSING = re.compile(r"[\s,.;:]+$")


@dataclass(frozen=True)
class Publication:
    """Where an article is from, as a citation names it: the site (else the title) and the
    publication date."""

    site: str | None = None
    title: str | None = None
    date: str | None = None

    def parts(self) -> list[str]:
        return [x for x in (self.site or self.title, self.date) if x]


def main_span(item: Item) -> Span:
    """The span a bookmark or note on an item points at."""
    return min(item.mentions) if isinstance(item, Actor) else item.span


def claim_items(analysis: Analysis, kind: str, start: int, end: int) -> list[Item]:
    """The items a claim is about: the item itself for a claim on a panel item, else the
    quotes, numbers and dates inside the claim's words (a sentence, a selection), in
    reading order."""
    by_kind: dict[str, list[Item]] = {
        EvidenceKind.ACTOR: [*analysis.actors], EvidenceKind.QUOTE: [*analysis.quotes],
        EvidenceKind.NUMBER: [*analysis.numbers], EvidenceKind.TIMELINE: [*analysis.timeline],
    }
    if kind in by_kind:
        return [item for item in by_kind[kind] if main_span(item) == (start, end)][:1]
    inside: list[Quote | Number | TimelineEntry] = [*analysis.quotes, *analysis.numbers, *analysis.timeline]
    return [i for i in sorted(inside, key=lambda i: i.span) if start <= i.span[0] and i.span[1] <= end]


def quoted(text: str) -> str:
    return f"“{' '.join(text.split())}”"


def speaker(quote: Quote, analysis: Analysis) -> str:
    """Who said it, with the role the article gives: "Donald Trump, US President"."""
    actor = analysis.actor(quote.speaker)
    name = quote.speaker_name or "unattributed"
    return f"{name}, {actor.role}" if actor and actor.role else name


def number_value(number: Number) -> str:
    """The value as a number ("≈ 1,200"), or "no value"."""
    if number.value is None:
        return "no value"
    return ("≈ " if number.approximate else "") + f"{number.value:,.10g}"


def date_value(entry: TimelineEntry) -> str:
    """The resolved value in words and as TIMEX3 ("6 February 2025 (2025-02-06)"), or
    "unresolved"."""
    if not entry.value:
        return "unresolved"
    said = timeline_label(entry.value, entry.type)
    return said if said == entry.value else f"{said} ({entry.value})"


def facts(item: Item, analysis: Analysis) -> str:
    """One line of what the analysis found about an item, for an export."""
    if isinstance(item, Quote):
        # The claim's own words are quoted above its facts: enough of them to tell which quote.
        return f"Quote “{clip(item.text, QUOTE_WIDTH)}”: said by {speaker(item, analysis)}"
    if isinstance(item, Number):
        return f"Number “{item.text.strip()}”: {number_value(item)}, counts {item.counts or 'nothing named'}"
    if isinstance(item, TimelineEntry):
        event = f", dates “{item.event.strip()}”" if item.event else ""
        return f"Date “{item.text.strip()}”: {date_value(item)}{event}"
    details = [item.kind, *([item.role] if item.role else []), f"{len(item.mentions)} mentions"]
    return f"Actor {item.name}: {', '.join(details)}"


def citation(item: Item | None, analysis: Analysis | None, text: str, source: Publication) -> str:
    """An item, or the words `text` when there is none (a sentence), as one line to paste:
    "“We will not be intimidated,” said the court, Site, 2025-02-07"."""
    if isinstance(item, Quote) and analysis is not None:
        words = _CLOSING.sub("", " ".join(item.text.split()))
        if not item.speaker_name:
            return ", ".join([f"“{words}” (unattributed)", *source.parts()])
        mark = "" if words[-1:] in "?!" else ","
        head = f"“{words}{mark}” said {speaker(item, analysis)}"
        return ", ".join([head, *source.parts()])
    if isinstance(item, Number) and analysis is not None:
        sentence = analysis.text[slice(*item.sentence_span)] if item.sentence_span else item.text
        counts = f" {item.counts}" if item.counts else ""
        head = f"{item.text.strip()}{counts} ({number_value(item)}): {quoted(sentence)}"
        return ", ".join([head, *source.parts()])
    if isinstance(item, TimelineEntry):
        event = f": {item.event.strip()}" if item.event else ""
        return ", ".join([f"{item.text.strip()} = {date_value(item)}{event}", *source.parts()])
    if isinstance(item, Actor):
        return ", ".join([item.name, *([item.role] if item.role else []), *source.parts()])
    return ", ".join([quoted(text), *source.parts()])


def sources(analysis: Analysis) -> list[tuple[str, str | None, int]]:
    """Who is quoted: (name, role, number of quotes), most quoted first; quotes without a
    speaker are left out."""
    counted: dict[str, tuple[str, str | None, int]] = {}
    for quote in analysis.quotes:
        if not quote.speaker_name:
            continue
        actor = analysis.actor(quote.speaker)
        key = actor.id if actor else quote.speaker_name.lower()
        name, role, n = counted.get(key, (quote.speaker_name, actor.role if actor else None, 0))
        counted[key] = (name, role, n + 1)
    return sorted(counted.values(), key=lambda s: (-s[2], s[0].lower()))
