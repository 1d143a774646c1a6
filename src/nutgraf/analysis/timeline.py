"""The timeline: temporal expressions normalised to TimeML TIMEX3 values against the
publication date, each linked to the event it dates, in chronological order."""
from __future__ import annotations

import datetime as dt
import re

from .model import Span, TimelineEntry
from .parsed import SpanMask
from .numbers import UNITS, is_temporal, words_value

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
UNIT_CODES = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE",
              "century": "CE", "hour": "H", "minute": "M", "second": "S"}

_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d|21\d\d)"
FULL_DATE = [
    re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_YEAR}-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
]
MONTH_DAY = [re.compile(rf"^{_MON}\s+{_DAY}$", re.I), re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MON}$", re.I)]
MONTH_YEAR = re.compile(rf"^{_MON},?\s+(?:of\s+)?{_YEAR}$", re.I)
NUM_WORD = "|".join(UNITS) + r"|\d+|a|an|several|a few|few|many"
AGO = re.compile(rf"^(?P<n>{NUM_WORD})\s+(?P<unit>day|week|month|year|decade)s?\s+ago$", re.I)
DURATION = re.compile(rf"^(?:(?:almost|nearly|about|around|more than|over|at least|less than|some|roughly|up to|just over|just under)\s+)?(?:the\s+)?(?:(?:past|last|next|coming|previous|first|final)\s+)?(?P<n>{NUM_WORD}|\d+(?:\.\d+)?)[\s-]+(?P<unit>year|month|week|day|decade|century|centuries|hour|minute|second)s?(?:-long)?$", re.I)
VAGUE_DURATION = re.compile(r"^(?:for\s+)?(?:several\s+|many\s+)?(?P<unit>years|months|weeks|days|decades|hours|centuries)$", re.I)
PAST_REF = re.compile(r"^(?:recent(?:ly)?|in recent (?:days|weeks|months|years)|recent (?:days|weeks|months|years)|the past|previously|earlier|lately|(?:in )?the past (?:few )?(?:days|weeks|months|years))$", re.I)
PRESENT_REF = re.compile(r"^(?:now|currently|at present|at the moment|nowadays|these days|right now|this time)$", re.I)
FUTURE_REF = re.compile(r"^(?:the future|in the future|soon|the coming (?:days|weeks|months|years)|in (?:the )?coming (?:days|weeks|months|years)|later)$", re.I)
TOP_CHARS = 600
YEAR_AFTER = re.compile(r"(?:,\s*|\s+(?:[\w'\u2019-]+\s+){0,2}(?:in|of)\s+)(1[89]\d\d|20\d\d)\b")
YEAR_BEFORE = re.compile(r"\bin (1[89]\d\d|20\d\d),?\s+(?:on\s+)?$")


def reference_date(parsed, given: str | None) -> tuple[str | None, str | None]:
    """The publication date: the one given, else a full date stated near the article's top."""
    if given:
        return given, "given"
    head = parsed.text[:TOP_CHARS]
    for rx in FULL_DATE:
        m = rx.search(head)
        if m:
            d = _full_date(m)
            if d:
                return d.isoformat(), "article"
    return None, None


def _full_date(m) -> dt.date | None:
    gd = m.groupdict()
    month = int(gd["mnum"]) if gd.get("mnum") else _month(gd["mon"])
    try:
        return dt.date(int(gd["year"]), month, int(gd["day"]))
    except ValueError:
        return None


def _month(name: str) -> int:
    n = name.lower().rstrip(".")
    return MONTHS.get(n, MONTHS.get(n[:3], 0))


def extract(parsed, ref: str | None) -> list[TimelineEntry]:
    ref_date = dt.date.fromisoformat(ref) if ref else None
    text = parsed.text
    entries = []
    seen_month_days: dict[tuple[int, int], int] = {}
    for start, end, ent, sent in _candidates(parsed):
        raw = text[start:end]
        if re.search(r"\d+[- ]years?[- ]old|\bage[sd]?\b", raw, re.I) or not is_temporal(raw):
            continue  # an age (counted among the numbers), or a number the tagger took for a date
        start, end, raw = _strip_leading(text, start, end)
        start = _with_day_before(text, start, sent.start)
        if start >= end:
            continue
        tense = _tense(ent)
        for s, e in _range_parts(text, start, end, ref_date, tense):
            raw = text[s:e]
            ctx = Context(ref_date, tense, _years_nearby(text, sent, s, e), seen_month_days)
            value, kind = normalise(raw, ctx)
            if value is None:
                s, e, value, kind = _date_inside(text, s, e, ctx)
            if value is None and (ent.label_ == "TIME" or ref_date is not None or not _resolvable(text[s:e], ctx)):
                continue  # clock times, "all day": nothing a publication date would resolve
            event_span, event = _event(ent, sent)
            entries.append(TimelineEntry(id="", span=(s, e), text=text[s:e], value=value, type=kind,
                                         event_span=event_span, event=event))
    entries.sort(key=lambda e: (_sort_key(e.value), e.span))
    for i, e in enumerate(entries, 1):
        e.id = f"t{i}"
    return entries


# Dates the tagger sometimes misses: "in Q3", "the three months ended Sept. 30".
MISSED_DATES = re.compile(
    rf"\b(?:Q[1-4](?:\s+(?:last|next|this)\s+year|\s+\d{{4}})?|(?:{_MON})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?)",
    re.I,
)


def _candidates(parsed):
    """(start, end, entity span, sentence) of the tagger's dates and times, plus the dates it
    missed that a pattern finds."""
    taken = SpanMask(len(parsed.text))
    out = []
    for start, end, label, ent, sent in parsed.entities():
        if label in ("DATE", "TIME") and not parsed.in_furniture(start, end):
            out.append((start, end, ent, sent))
            taken.add(start, end)
    for sent in parsed.sentences:
        for m in MISSED_DATES.finditer(parsed.text, sent.start, sent.end):
            start, end = m.span()
            if taken.hits(start, end) or parsed.in_furniture(start, end) or m.group()[:1] == "q":
                continue
            span = sent.sent.doc.char_span(start - sent.base, end - sent.base, alignment_mode="expand")
            if span is not None and not any(t.ent_type_ in ("PERSON", "ORG", "PRODUCT", "LAW") for t in span):
                span.label_ = "DATE"
                out.append((start, end, span, sent))
    return sorted(out, key=lambda t: t[0])


def _range_parts(text: str, start: int, end: int, ref, tense) -> list[Span]:
    """"between 2020 and 2023", "from May to July": each bound is its own entry."""
    m = re.fullmatch(r"(?:between\s+|from\s+)?(.+?)\s*(?:\s(?:and|to|until|through)\s|[-\u2013])\s*(.+)", text[start:end], re.I)
    if m:
        ctx = Context(ref or dt.date(2000, 6, 15), tense, [], {})
        if all(normalise(m.group(i), ctx)[0] for i in (1, 2)):
            return [(start + m.start(1), start + m.end(1)), (start + m.start(2), start + m.end(2))]
    return [(start, end)]


def _date_inside(text: str, start: int, end: int, ctx):
    """A date or duration inside a longer expression: "the three months ended Sept. 30",
    "five minutes before half-time", "10 minutes later"."""
    m = MISSED_DATES.search(text, start, end)
    if m:
        value, kind = normalise(m.group(), ctx)
        if value:
            return m.start(), m.end(), value, kind
    m = re.match(r"(.+?)\s+(?:before|after|later|earlier|into|from|on|of)\b", text[start:end], re.I)
    if m:
        value, kind = normalise(m.group(1), ctx)
        if kind == "DURATION" and value:
            return start, start + m.end(1), value, kind
    return start, end, None, "DATE"


def _resolvable(raw: str, ctx: Context) -> bool:
    """Whether an expression left unresolved for want of a publication date would resolve
    with one ("Thursday" would; "all day" never will)."""
    probe = Context(dt.date(2000, 6, 15), ctx.tense, ctx.years, {})
    return normalise(raw, probe)[0] is not None


def _with_day_before(text: str, start: int, floor: int) -> int:
    """"12 March 2024", "Q3 last year": the tagger sometimes leaves the first word out."""
    before = text[max(floor, start - 12):start]
    m = re.search(r"(?<![\d,.])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$", before)
    if m and re.match(_MON, text[start:start + 10], re.I):
        return start - len(m.group())
    m = re.search(r"\bQ[1-4]\s+$", before)
    if m and re.match(r"(?:last|next|this) year\b", text[start:start + 10]):
        return start - len(m.group())
    return start


def _strip_leading(text: str, start: int, end: int) -> tuple[int, int, str]:
    m = re.match(r"(?:the|on|in|at|by|since|until|from|during)\s+", text[start:end], re.I)
    if m and not re.match(r"the\s+(?:past|last|next|coming|future|\d{4}s|first|second|third|fourth)", text[start:end], re.I):
        start += m.end()
    while end > start and not text[end - 1].isalnum():
        end -= 1
    # "from two years to 90 days": the tagger's span can end on a dangling preposition.
    m = re.search(r"\s+(?:to|and|or|from|until|through|till|by)$", text[start:end], re.I)
    if m:
        end = start + m.start()
    return start, end, text[start:end]


class Context:
    def __init__(self, ref, tense, years, seen):
        self.ref: dt.date | None = ref
        self.tense: str = tense  # "past" | "future" | "present"
        self.years: list[int] = years  # explicit years in the same sentence
        self.seen: dict = seen  # (month, day) -> year resolved earlier in the article


def normalise(raw: str, ctx: Context) -> tuple[str | None, str]:
    """(TIMEX3 value or None, type) for one temporal expression."""
    s = re.sub(r"\s+", " ", raw.strip()).lower().replace("\u2019", "'")
    s = re.sub(r"^(?:on|in|at|since|by|during|from|until) ", "", s)
    for rx in FULL_DATE:
        m = rx.fullmatch(s)
        if m:
            d = _full_date(m)
            return (d.isoformat() if d else None), "DATE"
    if re.fullmatch(r"1[5-9]\d\d|20\d\d|21\d\d", s) or re.fullmatch(r"(?:the )?(?:year )?(1[5-9]\d\d|20\d\d)", s):
        return re.search(r"\d{4}", s).group(), "DATE"
    m = re.fullmatch(r"(?:the )?(?:early |mid-|late )?(1[5-9]\d|20\d)0s", s)
    if m:
        return m.group(1), "DATE"
    for rx in MONTH_DAY:
        m = rx.fullmatch(s)
        if m:
            return _month_day(_month(m.group("mon")), int(m.group("day")), ctx), "DATE"
    m = MONTH_YEAR.fullmatch(s)
    if m:
        return f"{m.group('year')}-{_month(m.group('mon')):02d}", "DATE"
    m = re.fullmatch(r"(?:early |late |mid-)?" + _MON, s)
    if m:
        month = _month(m.group("mon"))
        year = _year_for(month, 15, ctx)
        return (f"{year}-{month:02d}" if year else f"XXXX-{month:02d}"), "DATE"
    m = re.fullmatch(r"(?:(last|next|this|past) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?", s)
    if m:
        return _weekday(m.group(1), WEEKDAYS[m.group(2)], ctx), "DATE"
    m = re.fullmatch(r"(?:(early|late|mid-?)\s?)?(?:(last|next|this|past) )?(spring|summer|autumn|fall|winter)(?: (?:of )?(\d{4}))?", s)
    if m:
        year = int(m.group(4)) if m.group(4) else _shift_year(m.group(2), ctx)
        return (f"{year}-{SEASONS[m.group(3)]}" if year else None), "DATE"
    m = re.fullmatch(r"(?:the )?(first|second|third|fourth|final|last)[- ]quarter(?: of (\d{4}))?"
                     r"|q([1-4])(?: (\d{4})| (last|next|this) year)?", s)
    if m:
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}.get(m.group(1) or "", 0) or int(m.group(3))
        year = m.group(2) or m.group(4) or _shift_year(m.group(5), ctx)
        return (f"{year}-Q{q}" if year else None), "DATE"
    m = re.fullmatch(r"(?:the )?(?:end|start|beginning|middle|close) of " + _MON + r"(?:,? (?P<y2>\d{4}))?", s)
    if m:
        month = _month(m.group("mon"))
        year = int(m.group("y2")) if m.group("y2") else _year_for(month, 15, ctx)
        return (f"{year}-{month:02d}" if year else f"XXXX-{month:02d}"), "DATE"
    relative = _relative(s, ctx)
    if relative is not False:
        return relative, "DATE"
    m = AGO.fullmatch(s)
    if m:
        return _ago(m.group("n"), m.group("unit").lower(), ctx), "DATE"
    m = DURATION.fullmatch(s)
    if m:
        n = m.group("n")
        amount = _amount(n)
        unit = m.group("unit").lower().rstrip("s")
        unit = "century" if unit.startswith("centur") else unit
        code = UNIT_CODES.get(unit, "Y")
        prefix = "PT" if unit in ("hour", "minute", "second") else "P"
        return (f"{prefix}{_fmt(amount)}{code}" if amount is not None else f"{prefix}X{code}"), "DURATION"
    m = VAGUE_DURATION.fullmatch(s)
    if m:
        unit = m.group("unit").lower().rstrip("s")
        unit = "century" if unit.startswith("centur") else unit
        prefix = "PT" if unit == "hour" else "P"
        return f"{prefix}X{UNIT_CODES[unit]}", "DURATION"
    if PAST_REF.fullmatch(s):
        return "PAST_REF", "DATE"
    if PRESENT_REF.fullmatch(s):
        return "PRESENT_REF", "DATE"
    if FUTURE_REF.fullmatch(s):
        return "FUTURE_REF", "DATE"
    year = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", s)
    if year:
        return year.group(1), "DATE"  # "the 2023 election", "October 2023's vote"
    return None, "DATE"


def _amount(n: str) -> float | None:
    n = n.lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", n):
        return float(n)
    if n in ("a", "an"):
        return 1
    if n in UNITS:
        return words_value(n)
    return None  # "several", "a few": an unknown amount


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _relative(s: str, ctx: Context):
    """Values for today / yesterday / this week / last year...; False when s is none of them."""
    ref = ctx.ref
    table = {
        "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
        "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    if s in table:
        return (ref + dt.timedelta(days=table[s])).isoformat() if ref else None
    m = re.fullmatch(r"(?:earlier |later )?(this|last|next|the past|the previous|the coming|the next) (week|month|year|decade|century)", s)
    if m:
        if not ref:
            return None
        step = {"this": 0, "last": -1, "the past": -1, "the previous": -1, "next": 1, "the coming": 1, "the next": 1}[m.group(1)]
        unit = m.group(2)
        if m.group(1) in ("the past", "the coming", "the next"):
            return f"P1{UNIT_CODES[unit]}"
        return _shift(ref, unit, step)
    m = re.fullmatch(r"(?:earlier|later) (?:in )?this (week|month|year)", s)
    if m:
        return _shift(ref, m.group(1), 0) if ref else None
    m = re.fullmatch(r"(?:the )?end of (?:the |this |last )?(week|month|year)", s)
    if m:
        step = -1 if "last" in s else 0
        return _shift(ref, m.group(1), step) if ref else None
    return False


def _shift(ref: dt.date, unit: str, step: int) -> str:
    if unit == "week":
        d = ref + dt.timedelta(weeks=step)
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if unit == "month":
        month = ref.month + step
        year = ref.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return f"{year}-{month:02d}"
    if unit == "decade":
        return str((ref.year // 10 + step))
    if unit == "century":
        return str((ref.year // 100 + step))
    return str(ref.year + step)


def _ago(n: str, unit: str, ctx: Context) -> str | None:
    ref = ctx.ref
    amount = _amount(n)
    if not ref or amount is None:
        return "PAST_REF"
    amount = int(amount)
    if unit == "day":
        return (ref - dt.timedelta(days=amount)).isoformat()
    if unit == "week":
        return _shift(ref, "week", -amount)
    if unit == "month":
        return _shift(ref, "month", -amount)
    if unit == "decade":
        return str(ref.year - 10 * amount)[:3]
    return str(ref.year - amount)


def _shift_year(word: str | None, ctx: Context) -> int | None:
    if not ctx.ref:
        return None
    return ctx.ref.year + {"last": -1, "past": -1, "next": 1}.get(word or "", 0)


def _weekday(modifier: str | None, weekday: int, ctx: Context) -> str | None:
    ref = ctx.ref
    if not ref:
        return None
    delta = weekday - ref.weekday()
    if modifier in ("next",) or (modifier is None and ctx.tense != "past"):
        d = ref + dt.timedelta(days=delta if delta > 0 else delta + 7)
    elif modifier == "this":
        d = ref + dt.timedelta(days=delta)
    else:
        # News reports what happened: "on Thursday" is the latest Thursday up to publication.
        d = ref + dt.timedelta(days=delta if delta <= 0 else delta - 7)
    return d.isoformat()


def _month_day(month: int, day: int, ctx: Context) -> str | None:
    if not 1 <= month <= 12:
        return None
    year = _year_for(month, day, ctx)
    try:
        if year:
            d = dt.date(year, month, day)
            ctx.seen[(month, day)] = year
            return d.isoformat()
        dt.date(2000, month, day)  # validates the day
    except ValueError:
        return None
    return f"XXXX-{month:02d}-{day:02d}"


def _year_for(month: int, day: int, ctx: Context) -> int | None:
    """The year of a date written without one: a year stated in the same sentence, the year
    this day had earlier in the article, else the occurrence the tense points to."""
    if len(set(ctx.years)) == 1:
        return ctx.years[0]
    if (month, day) in ctx.seen:
        return ctx.seen[(month, day)]
    ref = ctx.ref
    if not ref:
        return None
    try:
        this_year = dt.date(ref.year, month, min(day, 28) if month == 2 and day == 29 else day)
    except ValueError:
        return None
    if ctx.tense != "past":
        # "leaves office in November", "will vote in May": the next occurrence.
        return ref.year if this_year >= ref else ref.year + 1
    # Past: the latest occurrence, allowing a fortnight ahead for announced events.
    return ref.year if this_year <= ref + dt.timedelta(days=14) else ref.year - 1


def _years_nearby(text: str, sent, start: int, end: int) -> list[int]:
    """The year written with a date that lacks one: "October 7, 2023", "the October 7
    attacks in 2023", "in 2023, on October 7"; not any year in its sentence ("open Oct. 18
    with a screening of the 1946 film")."""
    after = YEAR_AFTER.match(text, end, min(sent.end, end + 40))
    before = YEAR_BEFORE.search(text, max(sent.start, start - 20), start)
    return [int(m.group(1)) for m in (after, before) if m]


FUTURE_HEADS = {"expect", "plan", "schedule", "due", "set", "go", "intend", "hope", "aim",
                "want", "prepare", "promise", "vow", "pledge", "threaten", "propose", "seek"}


def _tense(ent) -> str:
    """The tense of the clause the expression sits in."""
    tok = ent.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.head is tok:
            return "past"
        tok = tok.head
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if "to" in auxes and tok.tag_ == "VB" and tok.head is not tok:
        # "is expected to meet on Thursday", "plans to vote in May"
        if tok.head.lemma_.lower() in FUTURE_HEADS:
            return "future"
        tok = tok.head
        auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "'ll", "shall", "would", "wo"} or tok.lower_ in ("will",):
        return "future"
    if tok.tag_ == "VBG" and auxes & {"is", "are", "'s", "'re", "am"}:
        return "future"  # "is meeting on Friday"
    if tok.tag_ in ("VBD", "VBN") or auxes & {"was", "were", "had", "has", "have", "did"}:
        return "past"
    if tok.tag_ in ("VBZ", "VBP", "VB"):
        return "present"
    return "past"


def _event(ent, sent) -> tuple[Span | None, str | None]:
    """The event a date expression dates: the noun it modifies ("the October 7 attacks"), or
    its clause, shortened to subject, verb and object for the panel."""
    root = ent.root
    doc = ent.doc
    noun = None
    if root.dep_ in ("compound", "nmod", "amod", "npadvmod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i > root.i:
        noun = root.head  # "the October 7 attacks"
    elif re.fullmatch(r"\d{4}", ent.text) and root.dep_ == "pobj" and root.head.dep_ == "prep" \
            and root.head.head.pos_ == "NOUN" and root.head.head.i < root.i:
        noun = root.head.head  # "the attacks in 2023" ("talks on Tuesday" is the clause's event)
    if noun is not None:
        left = noun.left_edge
        span = (sent.tok_start(left), sent.tok_end(noun))
        return span, doc[left.i:noun.i + 1].text
    verb = _clause_verb(root)
    if verb.pos_ not in ("VERB", "AUX"):
        return (sent.start, sent.end), _short(sent.sent.text)
    lo, hi = verb.left_edge.i, verb.right_edge.i
    if verb.dep_ == "ROOT":
        lo, hi = sent.sent.start, sent.sent.end - 1
    span = (sent.tok_start(doc[lo]), sent.tok_end(doc[hi]))
    parts = []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        mods = [c.i for c in subj.lefts if c.dep_ in ("det", "poss", "compound", "amod", "nummod", "nmod")]
        parts.append(doc[min(mods, default=subj.i):subj.i + 1].text)
    aux = [c.text for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    parts.extend(aux)
    parts.append(verb.text)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")), None)
    if obj is not None:
        parts.append(doc[obj.left_edge.i:obj.i + 1].text)
    return span, _short(" ".join(parts))


def _clause_verb(tok):
    """The verb of the clause a token sits in, climbing past participles and "according"
    that have no subject of their own to the verb that does."""
    first = None
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            first = first or tok
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                return tok
        if tok.head is tok:
            break
        tok = tok.head
    return first or tok


def _short(s: str, limit: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def _sort_key(value: str | None):
    """Chronological order; durations, vague references and unresolved entries last."""
    if not value:
        return (3, "")
    if re.match(r"^\d{3,4}", value):
        return (0, value.replace("XXXX", "9999"))
    if value == "PAST_REF":
        return (1, "0")
    if value == "PRESENT_REF":
        return (1, "1")
    if value == "FUTURE_REF":
        return (1, "2")
    return (2, value)
