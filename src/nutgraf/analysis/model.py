"""Typed results of the analysis. Every item carries [start, end) character spans into the
article's text exactly as loaded: that is its evidence, what the reader highlights."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import MISSING, dataclass, field, fields
from enum import Enum
from itertools import chain, islice
from operator import le
from typing import Any, Protocol, TypeVar, cast

from ..collector import collector_paused

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


class Record:
    """The comparison and printing of the analysis's dataclasses, written once for all of
    them: generated for each (`dataclass`'s eq and repr), their code was compiled anew at
    every start, 1.5 ms of the reader's way to its panels. As generated: equal when of the
    same class with equal fields; unhashable, since they change."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__dataclass_fields__)  # type: ignore[attr-defined]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __repr__(self) -> str:
        names = self.__dataclass_fields__  # type: ignore[attr-defined]
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(names, self._values(), strict=True))
        return f"{self.__class__.__qualname__}({shown})"


# Bump when extraction changes what it returns, so cached analyses are recomputed.
ANALYSIS_VERSION = "21"


@dataclass(eq=False, repr=False)  # eq and repr: Record's
class Actor(Record):
    """A person, organisation, place or group the article names, with its mentions (JSON `actors`)."""

    id: str
    name: str
    kind: str
    mentions: list[Span]
    aliases: list[str] = field(default_factory=list)
    role: str | None = None

    def evidence(self) -> list[Span]:
        return sorted(self.mentions)


@dataclass(eq=False, repr=False)  # eq and repr: Record's
class Quote(Record):
    """A statement attributed to a speaker, quoted or reported (JSON `quotes`)."""

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


@dataclass(eq=False, repr=False)  # eq and repr: Record's
class Number(Record):
    """A figure the article states, with its value and unit (JSON `numbers`)."""

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


@dataclass(eq=False, repr=False)  # eq and repr: Record's
class TimelineEntry(Record):
    """A time the article mentions, resolved to a date where it can be (JSON `timeline`)."""

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


@dataclass(eq=False, repr=False)  # eq and repr: Record's
class Source(Record):
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


@dataclass(eq=False, repr=False)  # eq and repr: Record's
class Conflict(Record):
    """A possible inconsistency inside the article (JSON `conflicts`)."""

    id: str  # "c1", ...
    kind: str  # a ConflictKind value
    items: list[str]  # the ids of the items involved (numbers, timeline entries, quotes)
    reason: str  # one line for the reader
    spans: list[Span] = field(default_factory=list)  # the items' evidence, in text order

    def evidence(self) -> list[Span]:
        return sorted(self.spans)


@dataclass(eq=False, repr=False)  # eq and repr: Record's
class Claims(Record):
    """One actor's claims (JSON `claims`): what they are quoted or reported as saying."""

    actor: str  # an Actor.id
    name: str
    quotes: list[str] = field(default_factory=list)  # Quote ids in text order (any kind)
    numbers: list[str] = field(default_factory=list)  # Number ids inside those quotes


@dataclass(eq=False, repr=False)  # eq and repr: Record's
class TimeMention(Record):
    """A temporal expression as the parse found it, before it is resolved against a
    publication date: everything resolving needs, so that a new date needs no new parse."""
    span: Span
    sentence: Span
    tense: str  # of its clause: "past" | "present" | "future"
    nominal: bool = False  # dates a noun of its clause rather than its verb
    done: bool = False  # dates a finite past verb ("arrested him in January"): over by publication
    clock: bool = False  # the tagger took it for a time of day: no date resolves it
    modifier: bool = False  # modifies a noun ("a weekly column"): a kind of thing, not when
    quoted: bool = False  # inside quotation marks: someone's words, not the story's own course
    event_span: Span | None = None
    event: str | None = None


@dataclass(eq=False, repr=False)  # eq and repr: Record's
class Analysis(Record):
    """All the analysis of one article's text: what the panels and `analyze --jsonl` show."""

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

    # The cycle collector paused: a long text's analysis is tens of thousands of new lists and
    # dicts, and no cycle, while the collector's walks of every live object (the parse of
    # the text is still held) took as long as making them.
    @collector_paused()
    def to_json(self, include_text: bool = False, with_mentions: bool = False) -> dict[str, Any]:
        """The contract of `nutgraf analyze --json` (docs/analysis-contract.md): lists of plain
        objects whose spans are [start, end] lists. `with_mentions` adds the timeline's
        unresolved mentions, for the cache and the reader's analysis process: not part of
        the contract."""
        out: dict[str, Any] = {
            "reference_date": self.reference_date,
            "reference_source": self.reference_source,
            "model": self.model,
            "actors": _plain(Actor, self.actors),
            "quotes": _plain(Quote, self.quotes),
            "numbers": _plain(Number, self.numbers),
            "timeline": _plain(TimelineEntry, self.timeline),
            "sentences": list(map(list, self.sentences)),
            "furniture": list(map(list, self.furniture)),
            "indirect_quotes": _plain(Quote, self.indirect_quotes),
            "sources": _plain(Source, self.sources),
            "conflicts": _plain(Conflict, self.conflicts),
            "claims": _plain(Claims, self.claims),
        }
        if include_text:
            out["text"] = self.text
        if with_mentions and self.time_mentions is not None:
            out["time_mentions"] = _plain(TimeMention, self.time_mentions)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any], text: str) -> Analysis:
        """Raises AnalysisJSONError when `data` is not an analysis of `text` (see check_json).

        Each field is read and checked for all items at once, as from_columns does: item by
        item, a 100k-word article's analysis took 0.4 s, which the reader spends on every
        answer of its analysis process. check_json, item by item, runs only to say what is
        wrong."""
        try:
            return cls._read(data, text, _from_objects, _spans_in)
        except AnalysisJSONError:
            check_json(data, len(text))
            raise

    @classmethod
    def _read(cls, data: object, text: str, items: _SectionReader, spans: Callable[[object, str, int], list[Any]]
              ) -> Analysis:
        """An analysis of `text` from `data`, its sections read by `items` and its lists of
        spans by `spans`: from_json's objects or from_columns's columns."""
        if not isinstance(data, dict):
            raise AnalysisJSONError("the analysis is not a JSON object")
        for key in ("reference_date", "reference_source", "model"):
            _optional(data, key, str, key)
        length = len(text)
        mentions = data.get("time_mentions")
        return cls(
            text=text,
            reference_date=data.get("reference_date"),
            reference_source=data.get("reference_source"),
            model=data.get("model"),
            actors=items(Actor, data.get("actors"), "actors", length),
            quotes=items(Quote, data.get("quotes"), "quotes", length),
            numbers=items(Number, data.get("numbers"), "numbers", length),
            timeline=items(TimelineEntry, data.get("timeline"), "timeline", length),
            sentences=spans(data.get("sentences"), "sentences", length),
            furniture=spans(data.get("furniture"), "furniture", length),
            # Sections added after the first contract: absent in older output.
            indirect_quotes=items(Quote, data.get("indirect_quotes", []), "indirect_quotes", length),
            sources=items(Source, data.get("sources", []), "sources", length),
            conflicts=items(Conflict, data.get("conflicts", []), "conflicts", length),
            claims=items(Claims, data.get("claims", []), "claims", length),
            time_mentions=None if mentions is None else items(TimeMention, mentions, "time_mentions", length),
        )

    @collector_paused()  # as to_json
    def to_columns(self) -> dict[str, Any]:
        """The analysis as the cache keeps it (not a contract: to_json is): each list of
        items as columns, one list per field, its spans flattened into lists of offsets.
        JSON reads that several times faster than an object per item, and from_columns
        checks a column with a few calls rather than each value with one (a long article's
        cached analysis is read beside the reader's first render of its panels)."""
        return {
            "reference_date": self.reference_date,
            "reference_source": self.reference_source,
            "model": self.model,
            **{key: _columns(cls, getattr(self, key)) for key, cls in _SECTIONS.items()},
            "sentences": _offsets(self.sentences),
            "furniture": _offsets(self.furniture),
            "time_mentions": None if self.time_mentions is None else _columns(TimeMention, self.time_mentions),
        }

    @classmethod
    def from_columns(cls, data: object, text: str) -> Analysis:
        """The analysis of `text` that to_columns() wrote; raises AnalysisJSONError when
        `data` is not one (any value of the wrong type, any span outside the text)."""
        return cls._read(data, text, _from_columns, _spans_of)


_Plain = Actor | Quote | Number | TimelineEntry | Source | Conflict | Claims | TimeMention


def _plain(cls: type, items: Sequence[_Plain]) -> list[dict[str, Any]]:
    """to_json's objects for a list of items of `cls`: a copy of each item's __dict__ (its
    fields, in their order: the dataclass's __init__ sets them so), its spans and lists then
    made new lists (_Field.plainer). A dict made key by key for each item, with a check of
    every value's type, was 2.5% of a long article's extraction; a dict's copy is one call.
    The lists are made item by item, not a field's at a time for all the items: that took
    some calls for each field of each list of items, and to_json writes eight lists for
    every record of a batch, most of them of a few items (17 us for a list of one quote)."""
    if not items:
        return []
    rows = list(map(dict.copy, map(vars, items)))
    assert set(map(len, rows)) <= {len(_field_names(cls))}, f"a {cls.__name__} holds attributes besides its fields"
    plainers = _plainers(cls)
    for row in rows:
        for name, plain in plainers:
            row[name] = plain(row[name])
    return rows


def _plainers(cls: type) -> list[tuple[str, Callable[[Any], Any]]]:
    """(name, how to_json makes its value) of each field of `cls` not written as it is."""
    if (found := _PLAINERS.get(cls)) is None:
        found = _PLAINERS[cls] = [(name, plain) for name, kind in _FIELDS[cls].items()
                                  if (plain := kind.plainer()) is not None]
    return found


_PLAINERS: dict[type, list[tuple[str, Callable[[Any], Any]]]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    # Kept: fields() builds its tuple anew at every call.
    if (names := _FIELD_NAMES.get(cls)) is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


_Item = TypeVar("_Item", Actor, Quote, Number, TimelineEntry, Source, Conflict, Claims, TimeMention)


class _SectionReader(Protocol):
    """Reads a section of items of `cls` (_from_objects, _from_columns)."""

    def __call__(self, cls: type[_Item], section: object, where: str, text_length: int) -> list[_Item]: ...


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
        for name, kind in _FIELDS[cls].items():
            kind.check(item, name, f"{where}.{name}", text_length)


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


class _Field:
    """A kind of field: how an item's value is checked in to_json's form (check), how the
    values of a list of items are read from to_json's objects (read, given the value of
    each, `absent` where it has none), and how they are written as one column of the cache
    (column) and read back from it (values). Values are checked for all items at once, with
    calls that loop in C (set(map(type, ...)), min, max): a call per value was most of the
    time of reading a long article's analysis."""

    # Whether every item has it; what an item that may not and does not has, when the
    # dataclass has no default for it.
    required = False
    absent: Any = None

    def check(self, item: dict[str, Any], name: str, where: str, text_length: int | None) -> None:
        raise NotImplementedError

    def read(self, values: list[Any], where: str, text_length: int) -> list[Any]:
        raise NotImplementedError

    def column(self, values: list[Any]) -> Any:
        return values

    def plainer(self) -> Callable[[Any], Any] | None:
        """How to_json writes a value: None for as it is (scalars), else the function that
        makes what it writes (spans and lists as new lists)."""
        return None

    def values(self, column: object, count: int, where: str, text_length: int) -> list[Any]:
        """A column written as the values themselves (column()'s default) reads as read() does."""
        return self.read(_sized(column, count, where), where, text_length)


class _Scalar(_Field):
    def __init__(self, kind: _Kind, required: bool = False) -> None:
        self.kind, self.required = kind, required
        # The types of the JSON values it takes, exactly: bool is not taken for a number.
        types = {kind} if isinstance(kind, type) else set(kind)
        self.types = frozenset(types if required else types | {type(None)})

    def check(self, item: dict[str, Any], name: str, where: str, text_length: int | None) -> None:
        if self.required and name not in item:
            raise AnalysisJSONError(f"{where} is missing")
        if self.required and item[name] is None:
            raise AnalysisJSONError(f"{where} is null")
        _optional(item, name, self.kind, where)

    def read(self, values: list[Any], where: str, text_length: int) -> list[Any]:
        if not set(map(type, values)) <= self.types:
            raise AnalysisJSONError(f"{where} holds a value that is not {_KIND_NAMES[self.kind]}"
                                    + ("" if self.required else " or null"))
        return values


class _Count(_Field):
    absent = 0

    def check(self, item: dict[str, Any], name: str, where: str, text_length: int | None) -> None:
        value = item.get(name, 0)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise AnalysisJSONError(f"{where} is not a count")

    def read(self, values: list[Any], where: str, text_length: int) -> list[Any]:
        return _counts(values, where)


class _SpanField(_Field):
    """A span; with `optional`, None too (written in the cache as the offsets -1, -1)."""

    def __init__(self, optional: bool = False) -> None:
        self.optional, self.required = optional, not optional

    def check(self, item: dict[str, Any], name: str, where: str, text_length: int | None) -> None:
        if not self.optional or item.get(name) is not None:
            _check_span(item.get(name), where, text_length)

    def read(self, values: list[Any], where: str, text_length: int) -> list[Any]:
        if not self.optional:
            return _spans_in(values, where, text_length)
        spans = iter(_spans_in([v for v in values if v is not None], where, text_length))
        return [None if v is None else next(spans) for v in values]

    def column(self, values: list[Any]) -> Any:
        return [x for span in values for x in (_NO_SPAN if span is None else span)]

    def plainer(self) -> Callable[[Any], Any]:
        return _optional_list if self.optional else list

    def values(self, column: object, count: int, where: str, text_length: int) -> list[Any]:
        spans = _spans_of(column, where, text_length, self.optional)
        if len(spans) != count:
            raise AnalysisJSONError(f"{where} is not a column of {count} spans")
        return spans


class _SpanList(_Field):
    """A list of spans; `least` of them at the least."""

    absent: Any = []

    def __init__(self, least: int = 0) -> None:
        self.least, self.required = least, least > 0

    def check(self, item: dict[str, Any], name: str, where: str, text_length: int | None) -> None:
        spans = item.get(name) if self.least else item.get(name, [])
        if not isinstance(spans, list) or len(spans) < self.least:
            raise AnalysisJSONError(f"{where} is not a list of {'one or more ' if self.least else ''}spans")
        for n, span in enumerate(spans):
            _check_span(span, f"{where}[{n}]", text_length)

    def read(self, values: list[Any], where: str, text_length: int) -> list[Any]:
        items, lengths = _nested(values, where, self.least)
        return _cut(_spans_in(items, where, text_length), lengths)

    def column(self, values: list[Any]) -> Any:
        return [[len(spans) for spans in values], [x for spans in values for span in spans for x in span]]

    def plainer(self) -> Callable[[Any], Any]:
        return _lists_of

    def values(self, column: object, count: int, where: str, text_length: int) -> list[Any]:
        lengths, offsets = _lists(column, count, where, self.least)
        spans = _spans_of(offsets, where, text_length)
        if len(spans) != sum(lengths):
            raise AnalysisJSONError(f"{where} does not hold as many spans as its lengths count")
        return _cut(spans, lengths)


class _Words(_Field):
    """A list of strings."""

    absent: Any = []

    def check(self, item: dict[str, Any], name: str, where: str, text_length: int | None) -> None:
        value = item.get(name, [])
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise AnalysisJSONError(f"{where} is not a list of strings")

    def read(self, values: list[Any], where: str, text_length: int) -> list[Any]:
        items, lengths = _nested(values, where)
        return _cut(_strings(items, where), lengths)

    def column(self, values: list[Any]) -> Any:
        return [[len(words) for words in values], [word for words in values for word in words]]

    def plainer(self) -> Callable[[Any], Any]:
        return list

    def values(self, column: object, count: int, where: str, text_length: int) -> list[Any]:
        lengths, words = _lists(column, count, where)
        if len(_strings(words, where)) != sum(lengths):
            raise AnalysisJSONError(f"{where} does not hold as many strings as its lengths count")
        return _cut(words, lengths)


_NO_SPAN = (-1, -1)


def _optional_list(span: Span | None) -> list[int] | None:
    return None if span is None else list(span)


def _lists_of(spans: list[Span]) -> list[list[int]]:
    return list(map(list, spans))


def _sized(column: object, count: int, where: str) -> list[Any]:
    if not isinstance(column, list) or len(column) != count:
        raise AnalysisJSONError(f"{where} is not a column of {count} values")
    return column


def _counts(column: list[Any], where: str, least: int = 0) -> list[int]:
    if not set(map(type, column)) <= {int} or min(column, default=least) < least:
        raise AnalysisJSONError(f"{where} holds a value that is not a count"
                                + (f" of {least} or more" if least else ""))
    return column


def _strings(values: list[Any], where: str) -> list[str]:
    if not set(map(type, values)) <= {str}:
        raise AnalysisJSONError(f"{where} holds a value that is not a string")
    return values


def _lists(column: object, count: int, where: str, least: int = 0) -> tuple[list[int], list[Any]]:
    """A column of lists, written as [the length of each, all their items in one list]."""
    if not (isinstance(column, list) and len(column) == 2 and isinstance(column[1], list)):
        raise AnalysisJSONError(f"{where} is not a column of lists")
    return _counts(_sized(column[0], count, where), where, least), column[1]


def _nested(values: list[Any], where: str, least: int = 0) -> tuple[list[Any], list[int]]:
    """The items of a list of lists in one list, and the length of each (`least` at the least)."""
    if not set(map(type, values)) <= {list}:
        raise AnalysisJSONError(f"{where} holds a value that is not a list")
    return list(chain.from_iterable(values)), _counts(list(map(len, values)), where, least)


def _cut(items: list[Any], lengths: list[int]) -> list[list[Any]]:
    """`items` cut into lists of these lengths."""
    rest = iter(items)
    return [list(islice(rest, n)) for n in lengths]


def _offsets(spans: Iterable[Span]) -> list[int]:
    return [x for span in spans for x in span]


def _spans_in(spans: object, where: str, text_length: int) -> list[Any]:
    """A list of [start, end] spans, each inside the text, as tuples."""
    if not (isinstance(spans, list) and set(map(type, spans)) <= {list, tuple} and set(map(len, spans)) <= {2}):
        raise AnalysisJSONError(f"{where} is not a list of [start, end] spans")
    return _spans_of(list(chain.from_iterable(spans)), where, text_length)


def _spans_of(offsets: object, where: str, text_length: int, optional: bool = False) -> list[Any]:
    """The spans of a list of offsets [start, end, start, end, ...], each inside the text;
    with `optional`, -1, -1 stands for None."""
    if not isinstance(offsets, list) or len(offsets) % 2 or not set(map(type, offsets)) <= {int}:
        raise AnalysisJSONError(f"{where} is not a list of offsets of spans")
    starts, ends = offsets[0::2], offsets[1::2]
    if offsets and (min(starts) < (-1 if optional else 0) or max(ends) > text_length
                    or not all(map(le, starts, ends)) or starts.count(-1) != ends.count(-1)):
        for n, span in enumerate(zip(starts, ends, strict=True)):
            if not (optional and span == _NO_SPAN):
                _check_span(span, f"{where}[{n}]", text_length)
    spans = list(zip(starts, ends, strict=True))
    return [None if span == _NO_SPAN else span for span in spans] if optional else spans


def _from_objects(cls: type[_Item], section: object, where: str, text_length: int) -> list[_Item]:
    """The items of a list of to_json's objects."""
    if not (isinstance(section, list) and set(map(type, section)) <= {dict}):
        raise AnalysisJSONError(f"{where} is not a list of objects")
    values = [kind.read([item.get(name, absent) for item in section], f"{where}.{name}", text_length)
              for name, kind, absent in _readers(cls)]
    return list(map(cls, *values))


def _readers(cls: type) -> list[tuple[str, _Field, Any]]:
    """(name, kind, what an object without it reads as) of each field, in their order. A
    field every object must have reads as None, which its check refuses."""
    if (readers := _READERS.get(cls)) is None:
        readers = _READERS[cls] = [
            (f.name, kind, None if kind.required else kind.absent if f.default is MISSING else f.default)
            for f in fields(cls) for kind in (_FIELDS[cls][f.name],)]
    return readers


_READERS: dict[type, list[tuple[str, _Field, Any]]] = {}


def _columns(cls: type, items: Sequence[_Plain]) -> dict[str, Any]:
    fields = _FIELDS[cls]
    return {"count": len(items),
            "columns": {name: fields[name].column([getattr(item, name) for item in items])
                        for name in _field_names(cls)}}


def _from_columns(cls: type[_Item], section: object, where: str, text_length: int) -> list[_Item]:
    if not (isinstance(section, dict) and isinstance(section.get("columns"), dict)):
        raise AnalysisJSONError(f"{where} is {'missing' if section is None else 'not a set of columns'}")
    count, columns = section.get("count"), section["columns"]
    if type(count) is not int or count < 0:
        raise AnalysisJSONError(f"{where}.count is not a count")
    fields, values = _FIELDS[cls], []
    for name in _field_names(cls):  # in their order: the items are made from them by position
        if name not in columns:
            raise AnalysisJSONError(f"{where}.{name} is missing")
        values.append(fields[name].values(columns[name], count, f"{where}.{name}", text_length))
    return list(map(cls, *values))


_KIND_NAMES = {str: "a string", bool: "true or false", (int, float): "a number"}
_TEXT = _Scalar(str, required=True)
_FIELDS: dict[type, dict[str, _Field]] = {
    Actor: {"id": _TEXT, "name": _TEXT, "kind": _TEXT, "mentions": _SpanList(least=1), "aliases": _Words(),
            "role": _Scalar(str)},
    Quote: {"id": _TEXT, "span": _SpanField(), "text": _TEXT, "speaker": _Scalar(str),
            "speaker_span": _SpanField(optional=True), "cue": _Scalar(str), "speaker_name": _Scalar(str),
            "kind": _Scalar(str), "numbers": _Words(), "repeats": _Words(), "repeat_spans": _SpanList(),
            "repeat_of": _Scalar(str), "speaker_differs": _Scalar(bool)},
    Number: {"id": _TEXT, "span": _SpanField(), "text": _TEXT, "value": _Scalar((int, float)),
             "approximate": _Scalar(bool), "counts": _Scalar(str), "sentence_span": _SpanField(optional=True),
             "unit": _Scalar(str)},
    TimelineEntry: {"id": _TEXT, "span": _SpanField(), "text": _TEXT, "value": _Scalar(str), "type": _TEXT,
                    "event_span": _SpanField(optional=True), "event": _Scalar(str)},
    Source: {"id": _TEXT, "name": _TEXT, "status": _TEXT, "actor": _Scalar(str), "kind": _Scalar(str),
             "role": _Scalar(str), "quotes": _Words(), "words": _Count(), "spans": _SpanList()},
    Conflict: {"id": _TEXT, "kind": _TEXT, "items": _Words(), "reason": _TEXT, "spans": _SpanList()},
    Claims: {"actor": _TEXT, "name": _TEXT, "quotes": _Words(), "numbers": _Words()},
    TimeMention: {"span": _SpanField(), "sentence": _SpanField(), "tense": _TEXT, "nominal": _Scalar(bool),
                  "done": _Scalar(bool), "clock": _Scalar(bool), "modifier": _Scalar(bool), "quoted": _Scalar(bool),
                  "event_span": _SpanField(optional=True), "event": _Scalar(str)},
}
_ITEMS = {"actors": Actor, "quotes": Quote, "numbers": Number, "timeline": TimelineEntry}
_LATER_ITEMS = {"indirect_quotes": Quote, "sources": Source, "conflicts": Conflict, "claims": Claims}
_SECTIONS = {**_ITEMS, **_LATER_ITEMS}
