"""Typed results of the analysis. Every item carries [start, end) character spans into the
article's text exactly as loaded: that is its evidence, what the reader highlights."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any, TypeVar, cast

# Re-exported: the extractors take Span from here.
from ..spans import Span as Span


class EvidenceKind(str, Enum):
    """The four kinds of item the analysis finds: one name each for the panels, the store's
    bookmarks, the reader's highlight styles (`article-view--<kind>`) and the JSON sections."""

    ACTOR = "actor"
    QUOTE = "quote"
    NUMBER = "number"
    TIMELINE = "timeline"

    # Written as its value everywhere (CSS class names, JSON, f-strings), on every Python.
    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

# Bump when extraction changes what it returns, so cached analyses are recomputed.
ANALYSIS_VERSION = "8"


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    mentions: list[Span]
    aliases: list[str] = field(default_factory=list)
    role: str | None = None

    def evidence(self) -> list[Span]:
        return sorted(self.mentions)


@dataclass
class Quote:
    id: str
    span: Span
    text: str
    speaker: str | None = None  # an Actor.id
    speaker_span: Span | None = None  # the words naming the speaker at the attribution
    cue: str | None = None  # the cue verb's lemma ("say", "add", "according to")
    speaker_name: str | None = None  # what the panel shows: actor name or speaker_span text
    # QuoteKind: "direct" (a quoted statement), "partial" (quoted words inside the writer's
    # sentence), "indirect" (reported speech, a paraphrase: only in Analysis.indirect_quotes)
    kind: str = "direct"
    numbers: list[str] = field(default_factory=list)  # ids of the Numbers inside the span
    # The same words quoted again (headline, pull-quote, body): the first occurrence lists the
    # others' ids and spans, each other names the first; speaker_differs when they disagree.
    repeats: list[str] = field(default_factory=list)
    repeat_spans: list[Span] = field(default_factory=list)
    repeat_of: str | None = None
    speaker_differs: bool = False

    def evidence(self) -> list[Span]:
        spans = [self.span, *self.repeat_spans]
        if self.speaker_span:
            spans.append(self.speaker_span)
        return sorted(spans)


# Reported speech is numbered apart from the quotes ("p1", ...), so a source's quote ids tell
# its paraphrases from its own words.
INDIRECT_ID = "p"


class QuoteKind(str, Enum):
    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"

    def __str__(self) -> str:
        return self.value


@dataclass
class Number:
    id: str
    span: Span
    text: str
    value: float | None
    approximate: bool = False
    counts: str | None = None
    sentence_span: Span | None = None
    unit: str | None = None  # "%", "$", "year" ...

    def evidence(self) -> list[Span]:
        spans = [self.span]
        if self.sentence_span and self.sentence_span != self.span:
            spans.append(self.sentence_span)
        return sorted(spans)


@dataclass
class TimelineEntry:
    id: str
    span: Span
    text: str
    value: str | None  # TIMEX3 value, None when it cannot be resolved
    type: str = "DATE"  # DATE | DURATION | TIME | SET
    event_span: Span | None = None
    event: str | None = None  # a short text of the event, for the panel

    def evidence(self) -> list[Span]:
        spans = [self.span]
        if self.event_span and self.event_span != self.span:
            spans.append(self.event_span)
        return sorted(spans)


class SourceStatus(str, Enum):
    """What a row of the sourcing summary is."""

    QUOTED = "quoted"  # a named actor with quotes
    UNNAMED = "unnamed"  # words that stand for a source no name is given for ("officials said")
    DOCUMENT = "document"  # something written or issued that is quoted ("the order says")
    NO_SPEAKER = "no_speaker"  # the quotes nobody is found to have said (one row)
    NOT_QUOTED = "not_quoted"  # a person or organisation named but never quoted

    def __str__(self) -> str:
        return self.value


@dataclass
class Source:
    """One row of the sourcing summary (JSON `sources`)."""

    id: str  # "s1", ...
    name: str  # the actor's name, the unnamed-source words, or "(no speaker)"
    status: str  # a SourceStatus value
    actor: str | None = None  # an Actor.id (quoted, not_quoted)
    kind: str | None = None  # the actor's kind
    role: str | None = None  # the actor's role
    quotes: list[str] = field(default_factory=list)  # Quote ids, direct/partial and indirect
    words: int = 0  # words inside its direct and partial quotes
    spans: list[Span] = field(default_factory=list)  # attribution words; mentions when not quoted

    def evidence(self) -> list[Span]:
        return sorted(self.spans)

    def paraphrases(self) -> int:
        """How many of its quotes are reported speech, which holds no words of its own."""
        return sum(1 for q in self.quotes if q.startswith(INDIRECT_ID))


class ConflictKind(str, Enum):
    NUMBER = "number"  # two numbers counting the same thing, different values
    TOTAL = "total"  # a total that is not the sum of the parts the article gives
    DATE = "date"  # two dates given for the same event
    SPEAKER = "speaker"  # the same quoted words given to different speakers

    def __str__(self) -> str:
        return self.value


@dataclass
class Conflict:
    """A possible inconsistency inside the article (JSON `conflicts`)."""

    id: str  # "c1", ...
    kind: str  # a ConflictKind value
    items: list[str]  # the ids of the items involved (numbers, timeline entries, quotes)
    reason: str  # one line for the reader
    spans: list[Span] = field(default_factory=list)  # the items' evidence, in text order

    def evidence(self) -> list[Span]:
        return sorted(self.spans)


@dataclass
class Claims:
    """One actor's claims (JSON `claims`): what they are quoted or reported as saying."""

    actor: str  # an Actor.id
    name: str
    quotes: list[str] = field(default_factory=list)  # Quote ids in text order (any kind)
    numbers: list[str] = field(default_factory=list)  # Number ids inside those quotes


@dataclass
class TimeMention:
    """A temporal expression as the parse found it, before it is resolved against a
    publication date: everything resolving needs, so that a new date needs no new parse."""
    span: Span
    sentence: Span
    tense: str  # of its clause: "past" | "present" | "future"
    nominal: bool = False  # dates a noun of its clause rather than its verb
    done: bool = False  # dates a finite past verb ("arrested him in January"): over by publication
    clock: bool = False  # the tagger took it for a time of day: no date resolves it
    modifier: bool = False  # modifies a noun ("a weekly column"): a kind of thing, not when
    event_span: Span | None = None
    event: str | None = None


@dataclass
class Analysis:
    text: str
    reference_date: str | None = None
    # "given" (--date or the record), "article" (a date the article states), or None
    reference_source: str | None = None
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    furniture: list[Span] = field(default_factory=list)  # page furniture kept out of panels
    model: str | None = None
    indirect_quotes: list[Quote] = field(default_factory=list)  # kind "indirect", ids "p1", ...
    # Derived from the lists above (analysis.sourcing/conflicts/claims), stored for the JSON.
    sources: list[Source] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    claims: list[Claims] = field(default_factory=list)
    # What the timeline was resolved from (None: not kept, as in an older cache entry).
    time_mentions: list[TimeMention] | None = None

    def rebase(self, text: str, furniture: Iterable[Sequence[int]] = (), stated_date: str | None = None) -> Analysis:
        """Point this analysis at `text`: the document's own text when the analysis read a
        same-length cleaned copy of it (markers and soft breaks blanked). Item texts are cut
        from `text` again, the loader's furniture joins the analysis's, and a publication
        date the document stated (not one the reader gave) is labelled as such."""
        assert len(text) == len(self.text), "rebase needs a text of the same length"
        self.text = text
        items: tuple[Quote | Number | TimelineEntry, ...] = (*self.quotes, *self.indirect_quotes, *self.numbers,
                                                              *self.timeline)
        for item in items:
            item.text = text[item.span[0]:item.span[1]]
        self.furniture = sorted(set(self.furniture) | {cast(Span, tuple(f)) for f in furniture})
        if stated_date and self.reference_date == stated_date and self.reference_source == "given":
            self.reference_source = "article"
        return self

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def all_quotes(self) -> list[Quote]:
        """Direct, partial and indirect quotes, in text order."""
        return sorted((*self.quotes, *self.indirect_quotes), key=lambda q: q.span)

    def item(self, item_id: str) -> Actor | Quote | Number | TimelineEntry | None:
        """The actor, quote (any kind), number or timeline entry with this id."""
        items: Iterable[Actor | Quote | Number | TimelineEntry] = (
            *self.actors, *self.quotes, *self.indirect_quotes, *self.numbers, *self.timeline)
        return next((i for i in items if i.id == item_id), None)

    def to_json(self, include_text: bool = False, with_mentions: bool = False) -> dict[str, Any]:
        """The contract of `nutgraf analyze --json` (docs/analysis-contract.md): lists of plain
        objects whose spans are [start, end] lists. `with_mentions` adds the timeline's
        unresolved mentions, for the cache and the reader's analysis process: not part of
        the contract."""
        out: dict[str, Any] = {
            "reference_date": self.reference_date,
            "reference_source": self.reference_source,
            "model": self.model,
            "actors": [_plain(a) for a in self.actors],
            "quotes": [_plain(q) for q in self.quotes],
            "numbers": [_plain(n) for n in self.numbers],
            "timeline": [_plain(t) for t in self.timeline],
            "sentences": [list(s) for s in self.sentences],
            "furniture": [list(s) for s in self.furniture],
            "indirect_quotes": [_plain(q) for q in self.indirect_quotes],
            "sources": [_plain(s) for s in self.sources],
            "conflicts": [_plain(c) for c in self.conflicts],
            "claims": [_plain(c) for c in self.claims],
        }
        if include_text:
            out["text"] = self.text
        if with_mentions and self.time_mentions is not None:
            out["time_mentions"] = [_plain(m) for m in self.time_mentions]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any], text: str) -> Analysis:
        """Raises AnalysisJSONError when `data` is not an analysis of `text` (see check_json)."""
        check_json(data, len(text))
        return cls(
            text=text,
            reference_date=data.get("reference_date"),
            reference_source=data.get("reference_source"),
            model=data.get("model"),
            actors=[_load(Actor, a) for a in data.get("actors", [])],
            quotes=[_load(Quote, q) for q in data.get("quotes", [])],
            numbers=[_load(Number, n) for n in data.get("numbers", [])],
            timeline=[_load(TimelineEntry, t) for t in data.get("timeline", [])],
            sentences=[tuple(s) for s in data.get("sentences", [])],
            furniture=[tuple(s) for s in data.get("furniture", [])],
            indirect_quotes=[_load(Quote, q) for q in data.get("indirect_quotes", [])],
            sources=[_load(Source, s) for s in data.get("sources", [])],
            conflicts=[_load(Conflict, c) for c in data.get("conflicts", [])],
            claims=[_load(Claims, c) for c in data.get("claims", [])],
            time_mentions=([_load(TimeMention, m) for m in data["time_mentions"]]
                           if data.get("time_mentions") is not None else None),
        )


_Plain = Actor | Quote | Number | TimelineEntry | Source | Conflict | Claims | TimeMention


def _plain(item: _Plain) -> dict[str, Any]:
    # Field by field, not dataclasses.asdict: that deep-copies every value, and a long
    # article's analysis has tens of thousands of items (0.2 s per 100,000 words).
    return {name: v if type(v := getattr(item, name)) in _SCALARS else _plain_value(v)
            for name in _field_names(type(item))}


def _field_names(cls: type) -> tuple[str, ...]:
    # Kept: fields() builds its tuple anew at every call.
    if (names := _FIELD_NAMES.get(cls)) is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


# Most values are these, returned as they are without a call to _plain_value (the calls
# were most of to_json's time).
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain_value(v: Any) -> Any:
    if isinstance(v, (tuple, list)):
        return [x if type(x) in _SCALARS else _plain_value(x) for x in v]
    return v


_Item = TypeVar("_Item", Actor, Quote, Number, TimelineEntry, Source, Conflict, Claims, TimeMention)


def _load(cls: type[_Item], data: dict[str, Any]) -> _Item:
    names = _field_names(cls)
    return cls(**{k: _from_plain(v) for k, v in data.items() if k in names})


def _from_plain(v: Any) -> Any:
    if isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v):
        return tuple(v)
    if isinstance(v, list):
        return [_from_plain(x) for x in v]
    return v


class AnalysisJSONError(ValueError):
    """str() says which item is wrong and how."""


def check_json(data: object, text_length: int | None = None) -> None:
    """Check that `data` is an analysis as to_json() writes it (extra keys allowed), with every
    span inside a text of `text_length` characters when given. Raises AnalysisJSONError.

    For anything read back that this process did not just compute: a cache entry, a child
    process's answer, a --jsonl line."""
    if not isinstance(data, dict):
        raise AnalysisJSONError("the analysis is not a JSON object")
    for key in ("reference_date", "reference_source", "model"):
        _optional(data, key, str, key)
    for key, cls in _ITEMS.items():
        if key not in data:
            raise AnalysisJSONError(f"{key} is missing")
        _check_items(data[key], key, cls, text_length)
    if data.get("time_mentions") is not None:
        _check_items(data["time_mentions"], "time_mentions", TimeMention, text_length)
    for key in ("sentences", "furniture"):
        spans = data.get(key)
        if not isinstance(spans, list):
            raise AnalysisJSONError(f"{key} is {'missing' if key not in data else 'not a list'}")
        for n, span in enumerate(spans):
            _check_span(span, f"{key}[{n}]", text_length)
    # Sections added after the first contract: absent in older output, checked when present.
    for key, cls in _LATER_ITEMS.items():
        _check_items(data.get(key, []), key, cls, text_length)


def _check_items(items: object, key: str, cls: type, text_length: int | None) -> None:
    if not isinstance(items, list):
        raise AnalysisJSONError(f"{key} is not a list")
    for n, item in enumerate(items):
        where = f"{key}[{n}]"
        if not isinstance(item, dict):
            raise AnalysisJSONError(f"{where} is not an object")
        for name, check in _FIELDS[cls].items():
            check(item, name, f"{where}.{name}", text_length)


def _check_span(span: object, where: str, text_length: int | None) -> None:
    if not (isinstance(span, (list, tuple)) and len(span) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in span)):
        raise AnalysisJSONError(f"{where} is not a [start, end] span")
    start, end = span
    if not 0 <= start <= end or (text_length is not None and end > text_length):
        raise AnalysisJSONError(f"{where} {start}-{end} is not inside the text"
                                + (f" of {text_length} characters" if text_length is not None else ""))


def _optional(item: dict[str, Any], name: str, kind: _Kind, where: str) -> None:
    value = item.get(name)
    # JSON's true and false are Python ints too: only a bool field takes them.
    if value is not None and not (kind is bool if isinstance(value, bool) else isinstance(value, kind)):
        raise AnalysisJSONError(f"{where} is not {_KIND_NAMES[kind]}")


# A field's type, as isinstance() takes it.
_Kind = type | tuple[type, ...]
# Checks one field of an item: (item, field name, where it is for the message, text length).
_Check = Callable[[dict[str, Any], str, str, int | None], None]


def _required(kind: _Kind) -> _Check:
    def check(item: dict[str, Any], name: str, where: str, text_length: int | None) -> None:
        if name not in item:
            raise AnalysisJSONError(f"{where} is missing")
        if item[name] is None:
            raise AnalysisJSONError(f"{where} is null")
        _optional(item, name, kind, where)
    return check


def _maybe(kind: _Kind) -> _Check:
    return lambda item, name, where, text_length: _optional(item, name, kind, where)


def _span(item: dict[str, Any], name: str, where: str, text_length: int | None) -> None:
    _check_span(item.get(name), where, text_length)


def _maybe_span(item: dict[str, Any], name: str, where: str, text_length: int | None) -> None:
    if item.get(name) is not None:
        _check_span(item[name], where, text_length)


def _mentions(item: dict[str, Any], name: str, where: str, text_length: int | None) -> None:
    spans = item.get(name)
    if not isinstance(spans, list) or not spans:
        raise AnalysisJSONError(f"{where} is not a list of one or more spans")
    for n, span in enumerate(spans):
        _check_span(span, f"{where}[{n}]", text_length)


def _spans(item: dict[str, Any], name: str, where: str, text_length: int | None) -> None:
    spans = item.get(name, [])
    if not isinstance(spans, list):
        raise AnalysisJSONError(f"{where} is not a list of spans")
    for n, span in enumerate(spans):
        _check_span(span, f"{where}[{n}]", text_length)


def _count(item: dict[str, Any], name: str, where: str, text_length: int | None) -> None:
    value = item.get(name, 0)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise AnalysisJSONError(f"{where} is not a count")


def _words(item: dict[str, Any], name: str, where: str, text_length: int | None) -> None:
    value = item.get(name, [])
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise AnalysisJSONError(f"{where} is not a list of strings")


_KIND_NAMES = {str: "a string", bool: "true or false", (int, float): "a number"}
_TEXT, _NUMBER = _required(str), _maybe((int, float))
_FIELDS = {
    Actor: {"id": _TEXT, "name": _TEXT, "kind": _TEXT, "mentions": _mentions, "aliases": _words,
            "role": _maybe(str)},
    Quote: {"id": _TEXT, "span": _span, "text": _TEXT, "speaker": _maybe(str), "speaker_span": _maybe_span,
            "cue": _maybe(str), "speaker_name": _maybe(str), "kind": _maybe(str), "numbers": _words,
            "repeats": _words, "repeat_spans": _spans, "repeat_of": _maybe(str), "speaker_differs": _maybe(bool)},
    Number: {"id": _TEXT, "span": _span, "text": _TEXT, "value": _NUMBER, "approximate": _maybe(bool),
             "counts": _maybe(str), "sentence_span": _maybe_span, "unit": _maybe(str)},
    TimelineEntry: {"id": _TEXT, "span": _span, "text": _TEXT, "value": _maybe(str), "type": _TEXT,
                    "event_span": _maybe_span, "event": _maybe(str)},
    Source: {"id": _TEXT, "name": _TEXT, "status": _TEXT, "actor": _maybe(str), "kind": _maybe(str),
             "role": _maybe(str), "quotes": _words, "words": _count, "spans": _spans},
    Conflict: {"id": _TEXT, "kind": _TEXT, "items": _words, "reason": _TEXT, "spans": _spans},
    Claims: {"actor": _TEXT, "name": _TEXT, "quotes": _words, "numbers": _words},
    TimeMention: {"span": _span, "sentence": _span, "tense": _TEXT, "nominal": _maybe(bool), "done": _maybe(bool),
                  "clock": _maybe(bool), "modifier": _maybe(bool), "event_span": _maybe_span, "event": _maybe(str)},
}
_ITEMS = {"actors": Actor, "quotes": Quote, "numbers": Number, "timeline": TimelineEntry}
_LATER_ITEMS = {"indirect_quotes": Quote, "sources": Source, "conflicts": Conflict, "claims": Claims}
