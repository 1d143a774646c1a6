"""Possible inconsistencies inside one article: numbers that count the same thing with
different values, a total that is not the sum of the parts the article gives, two dates for
the same event, the same quoted words given to different speakers. Pure: reads the item lists
of an Analysis. A false conflict is noise, so each rule asks for clear evidence and stays
silent where a difference is the story (a count that rose, two years compared, two sides'
figures in one sentence)."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import combinations

from .lexicon import alternation, table, words
from .model import Analysis, Conflict, ConflictKind, Number, Quote, Span, TimelineEntry

CHANGE_WORDS = words("change_words")
COUNT_SYNONYMS = table("count_synonyms")
TOTAL_CUES = re.compile(rf"\b(?:{alternation(words('total_cues'))})\b", re.I)
PART_CUES = re.compile(rf"\b(?:{alternation(words('part_cues'))})\b", re.I)
REPORTING_FORMS = words("reporting_forms")
MEASURE_NOUNS = words("measure_nouns")
POSSESSIVES = words("possessive_determiners")
# Two counts further apart than this share (124 and 125: 0.008) are more likely two things.
MAX_SPREAD = 1 / 3
MIN_COUNT = 10
# A day or a month: a year alone ("2023") dates too much to tell one event's date.
PRECISE_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?$")
EVENT_MIN_WORDS = 3
# Patterns asked of each number and timeline entry, compiled once, not looked up in re's
# cache at every call.
LETTER_RUN = re.compile(r"[a-z]+")
EVENT_WORD = re.compile(r"[a-z0-9]+")
OWNER_BEFORE = re.compile(r"(\w[\w.\-]*(?:\s+\w[\w.\-]*){0,3})['\u2019]s?\s+$|\b(\w+)\s+$")


def conflicts(analysis: Analysis) -> list[Conflict]:
    found = [*_numbers(analysis), *_totals(analysis), *_dates(analysis), *_speakers(analysis)]
    found.sort(key=lambda c: c.spans[0] if c.spans else (0, 0))
    for n, c in enumerate(found, 1):
        c.id = f"c{n}"
    return found


# ---------------------------------------------------------------- numbers

def _numbers(analysis: Analysis) -> Iterator[Conflict]:
    """Two exact figures with the same unit counting the same thing ("125 member states",
    "the court's 124 members") in sentences that neither tell of a change nor date different
    times, owned by the same actor when a possessive says whose they are."""
    plain = [n for n in analysis.numbers if _plain_count(n)]
    thing = {n.id: _thing(n) for n in plain}
    # A sentence with two counts of one thing compares or lists them ("a 4-4 ruling ... a 5-5
    # ruling", "ahead 3 points, 4.3 points"): which one another sentence matches is unclear.
    in_sentence = Counter((n.sentence_span, thing[n.id]) for n in plain)
    # Only counts of the same thing are compared: pairs of each thing's counts, in text order
    # (conflicts() sorts what all the things give), not every pair of a long article's counts.
    of_thing: dict[str, list[Number]] = {}
    for n in plain:
        if in_sentence[n.sentence_span, thing[n.id]] == 1:
            of_thing.setdefault(thing[n.id], []).append(n)
    seen: set[tuple[str, float]] = set()
    for counted, candidates in of_thing.items():
        for a, b in combinations(candidates, 2):
            assert a.value is not None and b.value is not None  # _plain_count
            if (a.unit != b.unit or a.value == b.value
                    or abs(a.value - b.value) > MAX_SPREAD * max(a.value, b.value)
                    or a.sentence_span == b.sentence_span or (counted, b.value) in seen):
                continue
            if _changing(analysis, a) or _changing(analysis, b) or _dated_apart(analysis, a, b):
                continue
            if not _same_owner(analysis, a, b):
                continue
            seen.add((counted, b.value))
            yield Conflict(id="", kind=ConflictKind.NUMBER.value, items=[a.id, b.id],
                           reason=f"{a.counts}: {a.text} here, {b.text} there", spans=[a.span, b.span])


def _plain_count(n: Number) -> bool:
    """An exact count of things: not a share ("75 percent" of one group or another), not a
    measure, not a handful ("three children", "four states": small counts of different
    things are everywhere)."""
    return (n.value is not None and n.value >= MIN_COUNT and not n.approximate and bool(n.counts)
            and n.unit is None and n.sentence_span is not None
            and _thing(n).rsplit(" ", 1)[-1] not in MEASURE_NOUNS)


def _same_owner(analysis: Analysis, a: Number, b: Number) -> bool:
    """Whose count each is, when the text says (a possessive: "the court's 124", "our 125"
    in a quote), must be the same; else the people and organisations named in the two
    sentences must be the same or share one ("Trump won 221 delegates", "Cruz has 222",
    "222 delegates at stake, she ..." are three casts)."""
    owner_a, owner_b = _owner(analysis, a), _owner(analysis, b)
    if owner_a is not None and owner_b is not None:
        return owner_a == owner_b
    cast_a, cast_b = _cast(analysis, a), _cast(analysis, b)
    return cast_a == cast_b == set() or bool(cast_a & cast_b)


def _cast(analysis: Analysis, n: Number) -> set[str]:
    """The people and organisations named in a number's sentence, with its owner."""
    s, e = n.sentence_span or n.span
    named = {a.id for a in analysis.actors if a.kind in ("person", "organization")
             and any(s <= ms < e for ms, _ in a.mentions)}
    owner = _owner(analysis, n)
    return named | {owner} if owner else named


def _thing(n: Number) -> str:
    """What a number counts, compared across the article: lower case, each word singular,
    synonyms of one membership folded ("States Parties", "member states" -> "member")."""
    said = " ".join(_singular(w) for w in LETTER_RUN.findall((n.counts or "").lower()))
    return COUNT_SYNONYMS.get(said, said)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _sentence_words(analysis: Analysis, n: Number) -> set[str]:
    s, e = n.sentence_span or n.span
    return set(LETTER_RUN.findall(analysis.text[s:e].lower()))


def _changing(analysis: Analysis, n: Number) -> bool:
    """The sentence tells of a change or a comparison ("up from", "rose to", "revised"):
    its figure is meant to differ from another."""
    return bool(_sentence_words(analysis, n) & CHANGE_WORDS)


def _dated_apart(analysis: Analysis, a: Number, b: Number) -> bool:
    """The two sentences date different times ("in 2019 ...", "last year ...")."""
    return bool(_dates_in(analysis, a.sentence_span) ^ _dates_in(analysis, b.sentence_span))


def _dates_in(analysis: Analysis, span: Span | None) -> set[str]:
    if span is None:
        return set()
    return {t.value or t.text for t in analysis.timeline if span[0] <= t.span[0] and t.span[1] <= span[1]}


def _owner(analysis: Analysis, n: Number) -> str | None:
    """Whose count it is when a possessive right before it says ("the court's 124", "our
    125" in a quote: its speaker): an actor id, or the possessive's words when no actor."""
    before = analysis.text[max(0, n.span[0] - 60):n.span[0]]
    m = OWNER_BEFORE.search(before)
    if m is None:
        return None
    if m.group(1):
        start = n.span[0] - len(before) + m.start(1)
        for actor in analysis.actors:
            if any(s < start + len(m.group(1)) and start < e for s, e in actor.mentions):
                return actor.id
        return m.group(1).lower().split()[-1]
    if m.group(2).lower() in POSSESSIVES:
        quote = next((q for q in analysis.quotes if q.span[0] <= n.span[0] < q.span[1]), None)
        return quote.speaker if quote else None
    return None


# ---------------------------------------------------------------- totals

def _totals(analysis: Analysis) -> Iterator[Conflict]:
    """A total with its parts listed after it in the same sentence ("a total of 40 people,
    including 25 adults and 20 children") whose parts add up to more than it."""
    by_sentence: dict[Span, list[Number]] = {}
    for n in analysis.numbers:
        if n.sentence_span is not None and n.value is not None:
            by_sentence.setdefault(n.sentence_span, []).append(n)
    for numbers in by_sentence.values():
        numbers.sort(key=lambda n: n.span)
        # A total lists two parts or more after it: the last two numbers are none.
        for i, total in enumerate(numbers[:-2]):
            parts = _parts(analysis.text, numbers, i)
            if len(parts) < 2:
                continue
            added = sum(p.value or 0 for p in parts)
            if added > (total.value or 0) and not any(p.approximate for p in parts) and not total.approximate:
                listed = " + ".join(p.text for p in parts)
                yield Conflict(id="", kind=ConflictKind.TOTAL.value, items=[total.id, *(p.id for p in parts)],
                               reason=f"the parts {listed} add up to {_figure(added)}, more than {total.text}",
                               spans=[total.span, *(p.span for p in parts)])
            break


def _parts(text: str, numbers: list[Number], i: int) -> list[Number]:
    """The numbers the total numbers[i] lists as its parts, of those after it in its
    sentence: after a word of totalling before it ("a total of", "in all") and a word of
    listing after it ("including", "of whom", ":"), each with the total's unit, up to the end
    of the list. Those after it are copied only for a total (a long sentence has many
    numbers, few of them totals)."""
    total = numbers[i]
    if total.value is None or not TOTAL_CUES.search(text[max(0, total.span[0] - 25):total.span[0]]):
        return []
    after = numbers[i + 1:]
    if not after or not PART_CUES.search(text[total.span[1]:after[0].span[0]]):
        return []
    return [n for n in after if n.unit == total.unit and n.value is not None]


def _figure(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


# ---------------------------------------------------------------- dates

def _dates(analysis: Analysis) -> Iterator[Conflict]:
    """One event dated twice, in two sentences, to days or months that cannot both be
    right. The event must be told the same way both times, in words enough to be one event
    rather than a common verb ("he said")."""
    by_event: dict[str, list[TimelineEntry]] = {}
    for t in analysis.timeline:
        if t.type == "DATE" and t.event and t.value and PRECISE_DATE.match(t.value):
            event = " ".join(EVENT_WORD.findall(t.event.lower()))
            if len(event.split()) >= EVENT_MIN_WORDS and not set(event.split()) & REPORTING_FORMS:
                by_event.setdefault(event, []).append(t)
    starts = [s for s, _ in analysis.sentences]
    for entries in by_event.values():
        for a, b in combinations(entries, 2):
            assert a.value is not None and b.value is not None
            if a.value.startswith(b.value) or b.value.startswith(a.value):
                continue
            if _same_sentence(analysis.sentences, starts, a.span, b.span):
                continue
            yield Conflict(id="", kind=ConflictKind.DATE.value, items=[a.id, b.id],
                           reason=f"{a.event}: {a.text} here, {b.text} there", spans=[a.span, b.span])


def _same_sentence(sentences: list[Span], starts: list[int], a: Span, b: Span) -> bool:
    """Whether a and b start in one sentence: the one holding a's start, found by bisection
    in the sentences (in text order, apart; `starts` their starts)."""
    i = bisect.bisect_right(starts, a[0]) - 1
    return i >= 0 and sentences[i][0] <= a[0] < sentences[i][1] and sentences[i][0] <= b[0] < sentences[i][1]


# ---------------------------------------------------------------- quotes

def _speakers(analysis: Analysis) -> Iterator[Conflict]:
    by_id = {q.id: q for q in analysis.quotes}
    for q in analysis.quotes:
        if q.repeats and q.speaker_differs:
            group = [q, *(by_id[i] for i in q.repeats if i in by_id)]
            names = ", ".join(dict.fromkeys(g.speaker_name or "no speaker" for g in group))
            yield Conflict(id="", kind=ConflictKind.SPEAKER.value, items=[g.id for g in group],
                           reason=f"the same words are given to {names}", spans=sorted(_quote_spans(group)))


def _quote_spans(group: Iterable[Quote]) -> Iterator[Span]:
    for g in group:
        yield g.span
        if g.speaker_span:
            yield g.speaker_span
