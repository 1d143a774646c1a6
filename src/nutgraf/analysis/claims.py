"""What each actor is quoted or reported as saying, and the links between quotes that repeat
the same words. Pure: reads the item lists of an Analysis, so it runs again after a reader's
corrections (a speaker reassigned, an actor merged, an item marked wrong) without spaCy."""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator

from .model import Analysis, Claims, Quote

# Fewer words than this are a phrase anyone may use ("terrorists", "a disgrace"), not one
# statement quoted twice ("We were robbed").
REPEAT_WORDS = 3
WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def derive(analysis: Analysis) -> Analysis:
    """Everything derived from the item lists, recomputed in place: the numbers inside each
    quote, the repeat links, the sources, the claims and the conflicts."""
    from . import conflicts, sourcing

    _numbers_inside(analysis)
    # Each quote's words read once, for its repeats and its source's count of words.
    quoted_words = {q.text: words_of(q.text) for q in analysis.quotes}
    link_repeats(analysis.quotes, quoted_words)
    analysis.sources = sourcing.sources(analysis, quoted_words)
    analysis.claims = claims(analysis)
    analysis.conflicts = conflicts.conflicts(analysis)
    return analysis


def _numbers_inside(analysis: Analysis) -> None:
    """Each quote's numbers, in the numbers' order: looked up by where they start, not by
    reading every number of a long article for each quote."""
    numbers = analysis.numbers
    order = sorted(range(len(numbers)), key=lambda i: numbers[i].span[0])
    starts = [numbers[i].span[0] for i in order]
    for q in analysis.all_quotes():
        start, end = q.span
        inside = order[bisect.bisect_left(starts, start):bisect.bisect_right(starts, end)]
        q.numbers = [numbers[i].id for i in sorted(inside) if numbers[i].span[1] <= end]


def claims(analysis: Analysis) -> list[Claims]:
    """One Claims per actor with a quote of any kind, in the order of the actors; a repeated
    quote counts once (its first occurrence, which carries the others)."""
    said: dict[str, list[Quote]] = {}
    for q in analysis.all_quotes():
        if q.speaker and q.repeat_of is None:
            said.setdefault(q.speaker, []).append(q)
    return [Claims(actor=a.id, name=a.name, quotes=[q.id for q in said[a.id]],
                   numbers=[n for q in said[a.id] for n in q.numbers])
            for a in analysis.actors if a.id in said]


def words_of(text: str) -> list[str]:
    """The words of a quote as compared for repeats and counted for sources."""
    return WORD.findall(text.lower())


def word_runs(words: list[str]) -> Iterator[tuple[str, ...]]:
    """Every run of REPEAT_WORDS words in a row, in order: zipped, not sliced out one at a
    time (a long article's quotes hold hundreds of thousands of runs)."""
    return zip(*(words[k:] for k in range(REPEAT_WORDS)), strict=False)  # the later slices are shorter


def link_repeats(quotes: list[Quote], quoted_words: dict[str, list[str]]) -> None:
    """Link quotes whose words are the same, or one a run of the other's (a headline or
    pull-quote shortening the body's), when the shorter has REPEAT_WORDS words or more: the
    first occurrence lists the others, each other points to it. Speakers differ when two of
    them are given to different actors: words with no actor as speaker ("the order", an
    unattributed headline) may well be the same source, and a false conflict is noise.
    `quoted_words`: words_of() of each quote's text, read once for this and the sources."""
    for q in quotes:
        q.repeats, q.repeat_spans, q.repeat_of, q.speaker_differs = [], [], None, False
    words = [quoted_words[q.text] for q in quotes]
    joined = [" ".join(w) for w in words]
    padded = [f" {j} " for j in joined]

    def same(i: int, j: int) -> bool:  # _same_words, on words joined and padded once a quote
        short, long = (i, j) if len(joined[i]) <= len(joined[j]) else (j, i)
        return len(words[short]) >= REPEAT_WORDS and padded[short] in padded[long]

    # A long article has thousands of quotes, so millions of pairs: each quote is compared
    # only with those it can repeat. The shorter quote of a pair opens with a run of
    # REPEAT_WORDS words that the longer holds.
    runs = [set(word_runs(w)) for w in words]
    holding: dict[tuple[str, ...], list[int]] = defaultdict(list)
    opening: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j, held in enumerate(runs):
        for run in held:
            holding[run].append(j)
        if held:
            opening[tuple(words[j][:REPEAT_WORDS])].append(j)

    def later_candidates(i: int) -> list[int]:
        found = set(holding.get(tuple(words[i][:REPEAT_WORDS]), ()))
        for run in runs[i]:
            found.update(opening.get(run, ()))
        return sorted(j for j in found if j > i)

    for i, first in enumerate(quotes):
        if first.repeat_of is not None or len(words[i]) < REPEAT_WORDS:
            continue
        members = [i] + [j for j in later_candidates(i)
                         if quotes[j].repeat_of is None and not quotes[j].repeats and same(i, j)]
        if len(members) == 1:
            continue
        group = [quotes[k] for k in members]
        first.repeats = [q.id for q in group[1:]]
        first.repeat_spans = [q.span for q in group[1:]]
        for q in group[1:]:
            q.repeat_of = first.id
        # Only statements repeated whole: words of one person quoted in another's sentence
        # ("Clinton mocked his "make America great again"") are a partial quote.
        # A phrase inside someone's longer quote is that person quoting it ("He said Britain
        # would be at the back of the queue"): only the same statement can have two speakers.
        direct = [k for k in members if quotes[k].kind == "direct"]
        longest = max(direct, key=lambda k: len(joined[k]), default=None)
        whole = [k for k in direct if longest is not None and 2 * len(joined[k]) >= len(joined[longest])
                 and _same_words(joined[k], joined[longest])]
        if len({quotes[k].speaker for k in whole} - {None}) > 1:
            for q in group:
                q.speaker_differs = True


def _same_words(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= REPEAT_WORDS and f" {short} " in f" {long} "
