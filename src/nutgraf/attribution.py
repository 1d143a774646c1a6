"""What an item of the analysis says, in words and with its attribution: the line `y` copies
in the reader and the facts an export gives each bookmarked claim. Pure: no Textual, no store.

A bookmark or note on a panel item is on the item's main span (an actor's first mention);
one on a sentence holds whatever quotes (of every kind: direct, partial, reported speech),
numbers and dates the sentence holds. Reported speech is the writer's words: it is never put
in quotation marks as if its speaker had said them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis.model import Actor, Analysis, EvidenceKind, Number, Quote, QuoteKind, Source, SourceStatus, TimelineEntry
from .analysis.timeline_labels import label as timeline_label
from .spans import Span
from .textclean import clip, counted

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
        EvidenceKind.ACTOR: [*analysis.actors], EvidenceKind.QUOTE: [*analysis.all_quotes()],
        EvidenceKind.NUMBER: [*analysis.numbers], EvidenceKind.TIMELINE: [*analysis.timeline],
    }
    if kind in by_kind:
        return [item for item in by_kind[kind] if main_span(item) == (start, end)][:1]
    inside: list[Quote | Number | TimelineEntry] = [*analysis.all_quotes(), *analysis.numbers,
                                                   *analysis.timeline]
    return [i for i in sorted(inside, key=lambda i: i.span) if start <= i.span[0] and i.span[1] <= end]


def claim_label(kind: str, items: list[Item]) -> str:
    """What a claim is, as the Notes panel and exports name it: its kind, or for one on a
    quote which kind of quote ("paraphrase": reported speech is the writer's words)."""
    if kind == EvidenceKind.QUOTE and items and isinstance(quote := items[0], Quote):
        names: dict[str, str] = {QuoteKind.INDIRECT: "paraphrase", QuoteKind.PARTIAL: "partial quote"}
        return names.get(quote.kind, kind)
    return kind


def quoted(text: str) -> str:
    return f"“{' '.join(text.split())}”"


def named(name: str, role: str | None) -> str:
    """A name with the role the article gives: "Donald Trump, US President"."""
    return f"{name}, {role}" if role else name


def speaker(quote: Quote, analysis: Analysis) -> str:
    """Who said it, with their role."""
    actor = analysis.actor(quote.speaker)
    return named(quote.speaker_name or "unattributed", actor.role if actor else None)


def source_line(source: Source) -> str:
    """A source with quotes in words, as exports list it: "Charlie Hogle, lawyer: 3 quotes,
    1 paraphrase (77 words)". Reported speech is counted apart, being the writer's words;
    the words are those inside quote marks."""
    who = {SourceStatus.NO_SPEAKER: "No speaker found",
           SourceStatus.UNNAMED: f"“{source.name}” (unnamed source)",
           SourceStatus.DOCUMENT: f"{source.name} (document)"}.get(SourceStatus(source.status))
    paraphrases = source.paraphrases()
    said = [counted(n, what) for n, what in ((len(source.quotes) - paraphrases, "quote"), (paraphrases, "paraphrase"))
            if n]
    words = f" ({counted(source.words, 'word')})" if source.words else ""
    return f"{who or named(source.name, source.role)}: {', '.join(said) or 'never quoted'}{words}"


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
        words = clip(item.text, QUOTE_WIDTH)
        if item.kind == QuoteKind.INDIRECT:
            by = f"of {speaker(item, analysis)}" if item.speaker_name else "with no speaker found"
            return f"Paraphrase (reported speech, not a quote) {by}: {words}"
        what = "Partial quote" if item.kind == QuoteKind.PARTIAL else "Quote"
        return f"{what} “{words}”: said by {speaker(item, analysis)}"
    if isinstance(item, Number):
        return f"Number “{item.text.strip()}”: {number_value(item)}, counts {item.counts or 'nothing named'}"
    if isinstance(item, TimelineEntry):
        event = f", dates “{item.event.strip()}”" if item.event else ""
        return f"Date “{item.text.strip()}”: {date_value(item)}{event}"
    details = [item.kind, *([item.role] if item.role else []), f"{len(item.mentions)} mentions"]
    return f"Actor {item.name}: {', '.join(details)}"


def citation(item: Item | Source | None, analysis: Analysis | None, text: str, source: Publication) -> str:
    """An item, or the words `text` when there is none (a sentence), as one line to paste:
    "“We will not be intimidated,” said the court, Site, 2025-02-07"; a row of the sources
    as the exports list it: "International Criminal Court: 1 quote (5 words), Site, date"."""
    if isinstance(item, Source):
        return ", ".join([source_line(item), *source.parts()])
    if isinstance(item, Quote) and analysis is not None:
        return _quote_citation(item, analysis, source)
    if isinstance(item, Number) and analysis is not None:
        sentence = analysis.text[slice(*item.sentence_span)] if item.sentence_span else item.text
        counts = f" {item.counts}" if item.counts else ""
        head = f"{item.text.strip()}{counts} ({number_value(item)}): {quoted(sentence)}"
        return ", ".join([head, *source.parts()])
    if isinstance(item, TimelineEntry):
        event = f": {item.event.strip()}" if item.event else ""
        return ", ".join([f"{item.text.strip()} = {date_value(item)}{event}", *source.parts()])
    if isinstance(item, Actor):
        return ", ".join([named(item.name, item.role), *source.parts()])
    return ", ".join([quoted(text), *source.parts()])


def _quote_citation(quote: Quote, analysis: Analysis, source: Publication) -> str:
    """A direct quote as "“…,” said X"; quoted words inside the writer's sentence as a
    fragment of X's ("“a disgrace” (quoted in part from X)"); reported speech as the writer
    reports it, unquoted ("X said that …", "According to X, …"), the site and date apart."""
    words = _CLOSING.sub("", " ".join(quote.text.split()))
    who = speaker(quote, analysis) if quote.speaker_name else None
    if quote.kind == QuoteKind.INDIRECT:
        if who is None:
            head = f"Reported, with no speaker found: {words}"
        elif quote.cue == "according to":
            head = f"According to {who}, {words}"
        else:
            subject = f"{who}," if "," in who else who  # "Donald Trump, US President, said"
            head = f"{subject[:1].upper()}{subject[1:]} said that {words}"
        return f"{head} ({', '.join(source.parts())})" if source.parts() else head
    if quote.kind == QuoteKind.PARTIAL:
        head = f"“{words}” (quoted in part{f' from {who}' if who else ', unattributed'})"
    elif who is None:
        head = f"“{words}” (unattributed)"
    else:
        head = f"“{words}{'' if words[-1:] in '?!' else ','}” said {who}"
    return ", ".join([head, *source.parts()])
