"""The timeline: temporal expressions normalised to TimeML TIMEX3 values against the
publication date, each linked to the event it dates, in chronological order."""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from ..spans import Span
from ..textclean import clip
from .lexicon import MONTH as _MON
from .lexicon import MONTHS, table, words
from .lexicon import alternation as _alternation
from .lexicon import date_of as _full_date
from .lexicon import month_number as _month
from .model import Analysis, TimelineEntry, TimeMention
from .numbers import SCALES, UNITS, is_temporal, words_value
from .parsed import SpanMask, hashes

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .parsed import Parsed, Sentence, TokenColumns

# A word's second half after a hyphen ("year-[earlier]").
_HYPHEN_WORD = re.compile(r"-[a-z]+")
# The event a date is linked to, as the panel shows it.
EVENT_CHARS = 70
WEEKDAYS = {day: int(n) for day, n in table("weekdays").items()}
SEASONS = table("seasons")
UNIT_CODES = table("time_units")
DAYS_FROM_TODAY = {name: int(n) for name, n in table("days_from_today").items()}
PERIOD_ORDINALS = {name: int(n) for name, n in table("period_ordinals").items()}
PERIOD_WORDS = {n: name for name, n in reversed(PERIOD_ORDINALS.items())}  # 3 -> "third"
RELATIVE_REFS = words("relative_refs")
VAGUE_REFS = {phrase: ref for ref in ("PAST_REF", "PRESENT_REF", "FUTURE_REF") for phrase in words(ref.lower())}
RECURRENCES = table("recurrences")
HOLIDAYS = table("holidays")
NAMED_DAYS = words("named_days")
DECADE_WORDS = {word: int(n) for word, n in table("decade_words").items()}
FUTURE_HEADS = words("future_heads")
# What is written or issued ("a poll", "a ruling"): dated, it is out by publication.
DOCUMENT_NOUNS = words("document_nouns")
OUTCOME_NOUNS = words("outcome_nouns")
SCHEDULED_CONTESTS = words("scheduled_contests")
FORWARD = words("forward_words")
DEFERRAL_VERBS = words("deferral_verbs")
REPORTING_VERBS = words("reporting_verbs")
PARTS_OF_DAY = table("parts_of_day")
CLOCK_WORDS = table("clock_words")


_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d|21\d\d)"


def _opening(*heads: Iterable[str], digit: bool = False) -> str:
    """A look-ahead for the characters a pattern's match opens with: the first letters of
    its words (`heads`), and a digit. A pattern ignoring case that opens with a word
    boundary and alternatives enters each of them at every word of a sentence: behind this
    look-ahead, only at words opening with one of those letters (a third as many in news
    text), in half the time. Kept in step with each pattern's alternatives by a test."""
    letters = re.escape("".join(sorted({w[:1].lower() for words_ in heads for w in words_})))
    return rf"(?=[\d{letters}])" if digit else rf"(?=[{letters}])"


# A dateline's weekday adds nothing to the date it leads: "Thursday, February 23, 2006".
_LEAD = rf"(?:(?:{_alternation(WEEKDAYS)}),?\s+)?"
ISO_DATE = re.compile(rf"\b{_YEAR}-(?P<mnum>\d\d)-(?P<day>\d\d)\b")
FULL_DATE = [
    re.compile(rf"\b{_LEAD}{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_LEAD}{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I),
    ISO_DATE,
]
# "March 8 last year": the year said as a step from publication's.
_YEAR_STEP = r"(?:,?\s+(?P<yrel>last|this|next)\s+year)?"
MONTH_DAY = [re.compile(rf"^{_LEAD}{_MON}\s+{_DAY}{_YEAR_STEP}$", re.I),
             re.compile(rf"^{_LEAD}{_DAY}\s+(?:of\s+)?{_MON}{_YEAR_STEP}$", re.I)]
# A date that begins with its month and day: "Oct. 13", "13 October 2023".
MONTH_DAY_START = [re.compile(rf"{_MON}\s+{_DAY}\b", re.I), re.compile(rf"{_DAY}\s+(?:of\s+)?{_MON}", re.I)]
MONTH_YEAR = re.compile(rf"^{_MON},?\s+(?:of\s+)?{_YEAR}$", re.I)
_NUMBER_WORDS = f"(?:{_alternation(UNITS)})"
# A number in words, of one word or more: "twenty four", "twenty-five", "a hundred", "two hundred and fifty".
SPELLED_NUMBER = re.compile(rf"(?:(?:a|{_NUMBER_WORDS})[\s-]+(?:{_alternation(SCALES)})"
                            rf"(?:[\s-]+(?:and\s+)?{_NUMBER_WORDS})?|{_NUMBER_WORDS}(?:[\s-]+{_NUMBER_WORDS})?)", re.I)
NUM_WORD = rf"{SPELLED_NUMBER.pattern}|\d+|a|an|several|a few|few|many"
# A year said aloud, as broadcast transcripts write it: "nineteen ninety-six", "the year two thousand".
SPELLED_YEAR = re.compile(
    rf"(?:(?:the )?year )?(?:(?P<century>nineteen|twenty)[ -](?:hundred (?:and )?)?"
    rf"(?P<tail>{_NUMBER_WORDS}(?:[ -]{_NUMBER_WORDS})?)"
    rf"|two thousand(?: and (?P<tail2>{_NUMBER_WORDS}))?)")
# "50 years ago this month", "25 years ago today": an anniversary, the day, week or month of
# publication that many years back.
AGO = re.compile(rf"^(?P<n>{NUM_WORD})\s+(?P<unit>day|week|month|year|decade)s?\s+ago"
                 r"(?:,?\s+(?P<then>today|yesterday|(?:this|last)\s+(?:week|month)))?$", re.I)
# "at least 18 months", "until at least Tuesday", "fewer than six hours": the qualifier bounds
# the value without changing it (TIMEX3 keeps it as a modifier).
QUALIFIER = re.compile(rf"^(?:(?:{_alternation(words('temporal_qualifiers'))}) )+")
# Quarters and halves, also of fiscal years: "Q3 last year", "the second quarter of fiscal
# 2025", "the fiscal fourth quarter", "the first half of 2026", "H2".
_FISCAL = r"(?:(?:fiscal|financial) (?:year )?)?"
PERIOD = re.compile(
    rf"(?:the )?(?:(?P<poss>this|last|next) {_FISCAL}year's |(?P<y0>\d{{4}}) )?"
    rf"{_FISCAL}(?:(?P<ord>first|second|third|fourth|final|last)[- ]{_FISCAL}(?P<kind>quarter|half)"
    rf"|(?P<code>q[1-4]|h[12]))(?:,? (?:of )?(?:the )?{_FISCAL}(?:(?P<year>\d{{4}})|fy ?(?P<fy>\d\d))"
    rf"|(?: of)? (?:the )?(?P<shift>last|next|this|current) {_FISCAL}year|(?P<the_year> of the {_FISCAL}year))?")
# "the first two quarters of 1990": a year's half, as TIMEX3 names it, not a span of two
# quarters and the year it lies in.
TWO_QUARTERS = re.compile(r"(?:the )?(?P<edge>first|last|final) two (?:fiscal )?quarters (?:of|in) "
                          r"(?P<year>(?:fiscal )?\d{4}|(?:this|last|next) (?:fiscal )?year)$", re.I)
# Dates counted from the last date the story mentioned: "a year earlier", "the previous day".
# A count of days, weeks or months before or after is a span of time and a relation, as
# TimeML marks it ("[three days] later", "[a month] earlier": P3D, P1M); a year counted back
# names the year compared with ("up from $2 million a year earlier").
ANCHORED = re.compile(
    rf"(?:(?P<n>{NUM_WORD}) (?P<unit>year)s? (?P<dir>later|earlier|before|after)"
    r"|the (?P<rel>previous|preceding|following) (?P<unit2>day|week|month|year|decade)|the (?P<next>next) day"
    r"|the (?P<unit3>day|week|month|year) (?P<dir3>before|after))")
_MONTH_NAME = rf"(?:{_alternation(MONTHS)})\.?"
MONTHS_PERIOD = re.compile(rf"(?:the )?(?P<m1>{_MONTH_NAME}) ?(?:-|\u2013|to|through) ?(?P<m2>{_MONTH_NAME})"
                           r"(?: (?P<year>\d{4}))? (?:quarter|period|half)"
                           r"(?:,? (?:of )?(?P<year2>\d{4})| (?P<yrel>last|this|next) year)?")
MONTH_RUN = re.compile(rf"{_MONTH_NAME}\s*[-\u2013]\s*{_MONTH_NAME}", re.I)
RUN_PERIOD_AFTER = re.compile(r"\s+(?:quarter|period)\b(?:,?\s+(?:of\s+)?(?:1[5-9]\d\d|20\d\d)\b)?", re.I)
CALENDAR = re.compile(r"\d{4}(?:-(?:\d\d(?:-\d\d)?|W\d\d|Q[1-4]|H[12]|SP|SU|FA|WI))?")
# "the past three years", "two more weeks", "an additional year", "a couple of years", "2 1/2 years",
# "a minute and a half", "a two-day rally", "the past two quarters", "eight trading days".
DURATION = re.compile(rf"^(?:(?:the|an?)\s+)?(?:(?:past|last|next|coming|previous|first|final|latest)\s+)?"
                      rf"(?P<n>{NUM_WORD}|\d+(?:\.\d+)?|(?P<couple>a couple of|couple of))"
                      r"(?P<half>\s+1/2|\u00bd|\s+and\s+a\s+half)?"
                      r"(?:\s+(?:more|additional|further|extra))?[\s-]+"
                      r"(?:(?:consecutive|straight|successive)\s+)?"  # "12 consecutive months": twelve
                      rf"(?:(?:{_alternation(words('day_kinds'))})\s+(?=days?\b))?"
                      r"(?P<unit>year|quarter(?=s)|month|fortnight|week|day|decade|century|centuries|hour|minute|second)s?"
                      r"(?:-long)?"
                      r"(?P<half2>\s+and\s+a\s+half)?$", re.I)
VAGUE_DURATION = re.compile(r"^(?:for\s+)?(?:several\s+|many\s+)?"
                            r"(?P<unit>years|quarters|months|weeks|days|decades|hours|centuries)$", re.I)
TOP_CHARS = 600
# How far (in characters) a named quarter stays the one "the quarter" and "a year earlier"
# refer to: an earnings report.
PERIOD_REACH = 5000
# "In the first nine months, net was ...": a report's year to date, after which "a year
# earlier" and "the 1988 period" compare years, not quarters.
YEAR_TO_DATE = re.compile(r"\b(?:the|its)\s+(?:(?:first|latest)\s+)?(?:nine|9)\s+months$", re.I)
YEAR_AFTER = re.compile(r"(?:,\s*|\s+(?:[\w'\u2019-]+\s+){0,2}(?:in|of)\s+)(1[89]\d\d|20\d\d)\b")
YEAR_BEFORE = re.compile(r"\bin (1[89]\d\d|20\d\d),?\s+(?:on\s+)?$")


def reference_date(text: str, given: str | None) -> tuple[str | None, str | None]:
    """The publication date: the one given, else a full date stated near the article's top."""
    if given:
        return given, "given"
    head = text[:TOP_CHARS]
    for rx in FULL_DATE:
        m = rx.search(head)
        if m:
            d = _full_date(m)
            if d:
                return d.isoformat(), "article"
    return None, None


# An age ("a 30-year-old", "aged 12"): counted among the numbers, no date.
AGE = re.compile(r"\d+[- ]years?[- ]old|\bage[sd]?\b", re.I)


def find(parsed: Parsed) -> list[TimeMention]:
    """The temporal expressions of a parsed text, with what the parse tells of each (tense,
    the event it dates): all that `resolve` needs, none of it depending on the date."""
    text = parsed.text
    found: list[TimeMention] = []
    quoted = parsed.quoted_mask
    for start, end, ent, sent in _candidates(parsed):
        raw = text[start:end]
        if (AGE.search(raw)
                or not (is_temporal(raw) or MISSED_WORDS.search(raw) or CLOCK_ALONE.search(raw))):
            continue  # an age (counted among the numbers), or a number the tagger took for a date
        if raw[-8:].lower() == "quarters" and SHARE_OF.match(text, end):
            continue  # "three quarters of the vote": a share
        start, end, raw = _strip_leading(text, start, end)
        if (noun := RUN_PERIOD_AFTER.match(text, end)) and MONTH_RUN.fullmatch(raw):
            end, raw = noun.end(), text[start:noun.end()]  # "the April-June [quarter of 2024]"
        if FINAL_UNIT.match(text, start):
            continue  # "the last week of the campaign": its final week, not the week just gone
        if (march := _march_named(text, start, end)) is not None:
            if march == start:
                continue
            end, raw = march, text[start:march]  # "the 1971 March on Albany": the year alone
        if raw.lower() == "today" and _nowadays(text, start, end) or _title(text, start, end, ent) \
                or raw.lower() in ("today", "tomorrow") and _era_of(ent):
            continue
        if (counted := COUNTED_WEEKDAY_IN.match(raw)) and BARE_MONTH.fullmatch(raw, counted.end()):
            start, raw = start + counted.end(), raw[counted.end():]  # "the first Monday in [March]"
        elif (day := COUNTED_DAY.fullmatch(raw)) and MONTH_AFTER.match(text, end) \
                and (day["counted"] or COUNTED_WEEKDAY.search(text, max(0, start - 16), start)):
            continue  # "the second Tuesday [in October]": a weekday counted in a month, none of this week
        if raw.lower() in RECURRENCES and " " not in raw and (_rate(ent) or _periodical(ent)):
            continue  # "to grow 8% annually", "10,000 units yearly": how fast, not when
        start = _with_day_before(text, start, sent.start)
        if text[start - 1:start] == "[" and "]" in text[start:end]:
            start -= 1  # "[Ten] years ago": the editor's bracket the tagger left out
        if start >= end:
            continue
        root = ent.root  # a Span finds its root anew at each call: found once for its three readers
        columns = parsed.token_columns[sent.base]
        if columns.dep[root.i] in hashes("nsubj", "nsubjpass") and DAY_UNDER_WAY.fullmatch(raw):
            continue  # "the second day of the talks is Tuesday": named by its date, not counted to today
        took = range(0)  # a word the date took in before its entity: no subject or object of its event
        if (that := THAT_BEFORE.search(text, max(0, start - 8), start)) and BARE_MONTH.fullmatch(raw) \
                and not _opens_clause(columns, root.i):
            start, raw = that.start(), text[that.start():end]  # "lost that November": "that" points back
            # (The parser may read that "that" as a pronoun: a subject or object of the clause.)
            if columns.lower[ent.start - 1] == "that":
                took = range(ent.start - 1, ent.start)
        tense, nominal, done = _tense(ent, root, columns)
        if tense == "past" and raw.lower() in RELATIVE_REFS:
            continue  # "he was soon released": soon after then, nothing of the future
        event_span, event = _event(ent, root, sent, text, columns, took)
        mention = TimeMention(span=(start, end), sentence=(sent.start, sent.end), tense=tense, nominal=nominal,
                              done=done, clock=ent.label_ == "TIME",
                              modifier=columns.dep[root.i] in hashes("amod", "compound"),
                              quoted=quoted.covers(start), event_span=event_span, event=event)
        if found and _leads_date(text, found[-1].span, mention.span):
            mention.span = (found.pop().span[0], end)  # "Friday Oct. 13": one day, tagged as two
        elif found and EITHER_SPAN.fullmatch(text, found[-1].span[0], end):
            # "within weeks or months": one vague span of time, tagged as two
            mention.span, mention.tense = (found[-1].span[0], end), found.pop().tense
        found.append(mention)
    return found


# A weekday counted in a month: "the second Tuesday in October", "the third Friday of May". No
# weekday of this week: the date is dated by its month alone. (Not "the last Sunday in June",
# which may hold a clock time said before it: "at 9 a.m. on the last Sunday".)
_COUNTED = r"the\s+(?:first|second|third|fourth|fifth)\s+"
COUNTED_WEEKDAY = re.compile(rf"\b{_COUNTED}$", re.I)
COUNTED_WEEKDAY_IN = re.compile(rf"{_COUNTED}(?:{_alternation(WEEKDAYS)})\s+(?:in|of)\s+", re.I)
COUNTED_DAY = re.compile(rf"(?P<counted>{_COUNTED})?(?:{_alternation(WEEKDAYS)})", re.I)
MONTH_AFTER = re.compile(rf"\s+(?:in|of)\s+{_MONTH_NAME}\b", re.I)


# A month or season after "that", which the tagger leaves out of the date: "that November",
# "that summer" (read by the parser as a conjunction as often as not).
THAT_BEFORE = re.compile(r"\bthat\s+$", re.I)
BARE_MONTH = re.compile(rf"(?:early |late |mid-)?(?:{_MONTH_NAME}|{_alternation(SEASONS)})", re.I)
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _opens_clause(c: TokenColumns, i: int) -> bool:
    """Whether "that" before the month at token i is the conjunction opening its clause: the
    month, or the noun it describes, is the subject of a finite verb ("knew that November would
    be hard", "said that March sales rose"); not of a participle ("lost that November, carrying
    two states", where the parser errs the same way)."""
    if c.dep[i] in hashes("compound"):
        i = c.head[i]
    if c.dep[i] not in hashes("nsubj", "nsubjpass"):
        return False
    verb = c.head[i]
    return c.tag[verb] in hashes(*FINITE_TAGS) \
        or any(c.tag[k] in hashes(*FINITE_TAGS) and c.dep[k] in hashes("aux", "auxpass") for k in c.children(verb))


# A march named for its cause or its goal: "the March for Peace", "the 1971 March on Albany",
# "a group, March for Jobs"; after a preposition or a word placing it, the month ("rallied in
# March on Capitol Hill", "last March for the first time").
MARCH_NAME_AFTER = re.compile(r"\s+(?:for|on|against)\s+(?:the\s+)?[A-Z]")
MARCH_WORD = re.compile(r"(?:(?<=\d{4})\s+|^)March$")
PLACING_WORD_BEFORE = re.compile(r"\b(?:in|on|at|by|since|until|till|from|to|through|during|of|before|after|for"
                                 r"|last|next|this|early|late|mid-?)\s*$", re.I)


def _march_named(text: str, start: int, end: int) -> int | None:
    """Where the date at [start, end) ends once a march's name is cut from it: at `start` when
    it is the name alone, after the year of one ("1971 March on Albany"); None when it
    names no march."""
    word = MARCH_WORD.search(text[start:end])
    if word is None or not MARCH_NAME_AFTER.match(text, end) \
            or PLACING_WORD_BEFORE.search(text, max(0, start - 8), start):
        return None
    return start + word.start()


TODAYS_ERA = re.compile(rf"['\u2019]s\s+(?:[\w-]+\s+)?(?:{_alternation(words('era_nouns'))})\b", re.I)
AS_MUCH_AS = re.compile(r"\bas\s+(?:[\w-]+\s+){1,3}$", re.I)


def _nowadays(text: str, start: int, end: int) -> bool:
    """"today" meaning these times, not the day of publication: "today's youth", "as strong
    today as it was then"."""
    return TODAYS_ERA.match(text, end) is not None or (
        re.match(r"\s+as\b", text[end:end + 4]) is not None
        and AS_MUCH_AS.search(text, max(0, start - 40), start) is not None)


def _era_of(ent: SpacySpan) -> bool:
    """"the cars of tomorrow", "the youth of today": an age the noun belongs to, not a day
    ("tomorrow's meeting", "the vote of tomorrow's board" name one)."""
    prep = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (prep is not None and prep.lower_ == "of" and prep.head.pos_ == "NOUN" and len(ent) == 1
            and (ent.end == len(ent.doc) or ent.doc[ent.end].tag_ != "POS"))


# Days and weeks named from today, which a programme or an event's name can be: "VOA Today",
# ABC's "This Week".
DEICTIC = re.compile(rf"(?:{_alternation(DAYS_FROM_TODAY)}|(?:this|next|last) (?:week|month|year))", re.I)


# A span of time counted in title case between quote marks: a programme's name, CBS's "60
# Minutes", "48 Hours".
COUNTED_TITLE = re.compile(r"\d+(?: [A-Z][a-z]+)+")
QUOTE_BEFORE = re.compile(r"(?:``|''|[\"\u201c])$")
QUOTE_AFTER = re.compile(r"[.,!?]?(?:''|[\"\u201d])")


# A weekday in a programme's name: with more words in title case between quote marks ("Metro
# Report Sunday", "Friday Evening Digest"), or, inside the sentence, before a part of the day
# and another word in title case (WXYZ's Monday Morning Hour). Not a weekday quoted alone, nor
# a quoted line ("see you Sunday"): no more words, or one not in title case.
_TITLED_WEEKDAY = "|".join(day.title() for day in WEEKDAYS)
_TITLED_PART = "|".join(part.title() for part in PARTS_OF_DAY)
WEEKDAY_TITLE = re.compile(rf"(?:{_TITLED_WEEKDAY})(?: (?:{_TITLED_PART}))?")
TITLE_WORDS_BEFORE = re.compile(r"(?:``|''|[\"\u201c])(?P<words>(?:[A-Z][\w'\u2019&.]* )*)$")
TITLE_WORDS_AFTER = re.compile(r"(?P<words>(?: [A-Z][\w'\u2019&]*)*)[.,!?]?(?:''|[\"\u201d])")
WEEKDAY_PART_TITLE = re.compile(rf"(?:{_TITLED_WEEKDAY}) (?:{_TITLED_PART}) [A-Z][a-z]")


def _title(text: str, start: int, end: int, ent: SpacySpan) -> bool:
    """A name, not a date: a day or week named from today in title case, after a name or
    inside the sentence ("This is VOA Today.", ABC News' "This Week", "NBC's Today show");
    not "Today, the ..."; a span of time counted in title case between quote marks; a
    weekday in a programme's name."""
    raw = text[start:end]
    if COUNTED_TITLE.fullmatch(raw) and QUOTE_BEFORE.search(text, max(0, start - 2), start) \
            and QUOTE_AFTER.match(text, end):
        return True
    if WEEKDAY_TITLE.fullmatch(raw):
        opened = TITLE_WORDS_BEFORE.search(text, max(0, start - 60), start)
        closed = TITLE_WORDS_AFTER.match(text, end)
        if opened and closed and (opened["words"] or closed["words"]):
            return True
    if WEEKDAY_PART_TITLE.match(text, start) and not ent[0].is_sent_start:
        return True  # (the tagger's time may hold the name's next word: "Monday Morning Hour")
    if not DEICTIC.fullmatch(raw) or not all(w[:1].isupper() for w in raw.split()):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    # A day named from today takes no article or possessive: "NBC's Today show", "the Today programme".
    return before is not None and not ent[0].is_sent_start and (
        " " in raw or before.pos_ == "PROPN" or before.tag_ in ("DT", "POS", "PRP$"))


RATE_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _rate(ent: SpacySpan) -> bool:
    """A recurrence word after an amount: the amount's rate ("rise 8% annually", "C$17.9
    million annually", "produce 10,000 units yearly"), as "$2 million a year" is. The single
    words only, which TimeBank leaves unmarked there: "$115 each month" stays a recurrence."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return (before.like_num or before.text == "%" or before.ent_type_ in RATE_ENTITIES
            or (before.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in before.children)))


def _periodical(ent: SpacySpan) -> bool:
    """A newspaper named by how often it comes out, or a name: "told a local daily", "the
    party daily Granma", "the French weekly Le Point", "The Daily Show", "Ohio Monthly". Not a recurrence
    before a name: "the weekly Gallup poll", "daily Monday to Friday"."""
    word = ent[0]
    if word.tag_ == "NN" and any(c.dep_ in ("det", "amod", "poss") for c in word.children):
        return True  # a noun with its article ("prices rose daily": no noun, whatever its tag)
    if word.text[:1].isupper() and word.i > word.sent.start and ent.doc[word.i - 1].pos_ == "PROPN":
        return True  # the last word of its name: "a writer at Ohio Monthly"
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is None or after.pos_ != "PROPN" or after.ent_type_ in ("DATE", "TIME"):
        return False
    # The paper is described before the word ("party daily", "French weekly"); after an
    # article, the word describes what the name goes on to head.
    return word.text[:1].isupper() or (word.i > 0 and ent.doc[word.i - 1].tag_ != "DT")


COMMA_GAP = re.compile(r",?\s*")


def _leads_date(text: str, weekday: Span, date: Span) -> bool:
    """A weekday written just before the date it names, the tagger having split them."""
    return (WEEKDAY_INSIDE.fullmatch(text, *weekday) is not None and COMMA_GAP.fullmatch(text[weekday[1]:date[0]])
            is not None and any(rx.match(text[date[0]:date[1]]) for rx in MONTH_DAY_START))


_SOME_UNITS = r"(?:days|weeks|months|years|decades)"
# "weeks or months", "recent weeks and months", "months and even years": as long as the first.
EITHER_SPAN = re.compile(rf"(?P<first>(?:(?:recent|coming|several|many)\s+)?{_SOME_UNITS})"
                         rf"\s+(?:or|and)\s+(?:even\s+)?{_SOME_UNITS}", re.I)
THAN_AFTER = re.compile(r"\s+than\b")
# "after [a flat] second quarter": a period described, not named as the report's.
A_BEFORE = re.compile(r"\ban?\s+(?:[\w-]+\s+)?$", re.I)
YEAR_VALUE = re.compile(r"\d{4}")
PERIOD_VALUE = re.compile(r"\d{4}-[QH]\d")
# "In the year-ago quarter, the second quarter ended Oct. 31, ...": a quarter renaming the
# year-ago one is last year's too.
YEAR_AGO_APPOSED = re.compile(r"\b(?:year-ago|year-earlier|prior-year)\s+(?:fiscal\s+)?(?:quarter|period),\s+"
                              r"(?:the\s+)?$", re.I)
# ... and the year-ago quarter is the one its apposition names.
APPOSED_QUARTER = re.compile(r",\s+the\s+(?P<ord>first|second|third|fourth)\s+quarter\b(?![\s,]+(?:of\s+)?\d{4})",
                             re.I)


def resolve(text: str, mentions: list[TimeMention], ref: str | None) -> list[TimelineEntry]:
    """The timeline: each mention resolved against the publication date `ref`, in the
    article's order (a date counts from the one before it), then sorted by time. Pure: a
    new date is resolved without the parse."""
    ref_date = dt.date.fromisoformat(ref) if ref else None
    entries = []
    seen_month_days: dict[tuple[int, int], int] = {}
    anchor: str | None = None
    period, period_at = _first_quarter(text, ref_date)  # the last quarter or half named, and where
    for mention in mentions:
        # "will report on the quarter ended Sept. 30": a period that has ended, whatever the clause's tense
        tense = "past" if ENDED_INSIDE.search(text, *mention.span) else mention.tense
        for s, e, raw in _range_parts(text, *mention.span, ref_date, tense):
            ctx = Context(ref_date, tense, _years_nearby(text, mention.sentence, s, e), seen_month_days,
                          anchor, mention.nominal,
                          period if s - period_at < PERIOD_REACH and not mention.quoted else None)
            ctx.done = mention.done
            ctx.since = SINCE_BEFORE.search(text, max(0, s - 8), s) is not None
            value, kind = normalise(raw, ctx)
            if ctx.counted and (than := COMPARED.fullmatch(raw)) and THAN_AFTER.match(text[e:e + 8]):
                value, kind = normalise(than.group(1), ctx)  # "a month earlier than usual": by how much
            elif raw.lower() == "one day" and SOME_DAY_BEFORE.search(text, max(0, s - 8), s):
                value, kind = VAGUE_REFS["someday"], "DATE"
            if value is None:
                s, e, value, kind = _date_inside(text, s, e, ctx)
            if value is None and (mention.clock or ref_date is not None or not _resolvable(text[s:e], ctx)):
                continue  # clock times, "all day": nothing a publication date would resolve
            if kind == "DATE" and value and DAY_VALUE.fullmatch(value):
                if every := _every_part(text, s, e, ctx):
                    e, value, kind = every
                else:
                    s, e, value = _time_of_day(text, s, e, value)
            if kind == "DATE" and value and PERIOD_VALUE.fullmatch(value) and not YEAR_IN.search(raw) \
                    and YEAR_AGO_APPOSED.search(text, max(0, s - 40), s):
                value = f"{_year(int(value[:4]) - 1):04d}{value[4:]}"
            elif kind == "DATE" and value and value[4:6] == "-Q" and YEAR_AGO_APPOSED.search(raw + ", ") \
                    and (named := APPOSED_QUARTER.match(text, e)):
                value = f"{value[:6]}{PERIOD_ORDINALS[named.group('ord').lower()]}"
            if _year_ended(text, s, e, value):
                value, kind = "P1Y", "DURATION"
            elif value and YEAR_VALUE.fullmatch(value) and (noun := PERIOD_AFTER.match(text, e)):
                # "the 1988 quarter": that year's quarter of the one the report is about
                e = noun.end()
                value, kind = normalise(f"the {value} {noun.group('noun')}", ctx)
            if kind == "DATE" and value and CALENDAR.fullmatch(value) and not ctx.counted and not mention.quoted:
                # A date counted from the anchor is no new anchor, nor is one in someone's words
                # ("neutral on Monday, pro-Israel on Tuesday"): "earlier in the day" is the story's.
                anchor = value
                if PERIOD_VALUE.fullmatch(value) and (tense == "past" or tense == "present"
                                                      and _over(value, ref_date)) \
                        and not (period and not mention.modifier and A_BEFORE.search(text, max(0, s - 24), s)):
                    # A quarter forecast, or one still under way ("no estimate of the impact on
                    # fourth-quarter results" in October), is not the one reported on; one in the
                    # past is, even if not over in the calendar (a fiscal one). One described,
                    # once the report has named its own ("after a flat second quarter"), is not.
                    period, period_at = value, e
            elif kind == "DURATION" and ref_date and YEAR_TO_DATE.search(text, max(0, s - 20), e):
                period, period_at = (ctx.period or str(ref_date.year))[:4], e
            entries.append(TimelineEntry(id="", span=(s, e), text=text[s:e], value=value, type=kind,
                                         event_span=mention.event_span, event=mention.event))
    entries = _outermost(entries)
    entries.sort(key=lambda e: (_sort_key(e.value), e.span))
    for i, entry in enumerate(entries, 1):
        entry.id = f"t{i}"
    return entries


def _over(period: str, ref: dt.date | None) -> bool:
    """Whether a calendar quarter or half ("2025-Q3", "2025-H1") had ended by the publication
    date (without one, it may have)."""
    if ref is None:
        return True
    months = 3 if period[5] == "Q" else 6
    return (int(period[:4]), int(period[6]) * months) < (ref.year, ref.month)


def _outermost(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """Without an entry inside another's span: a clock time the tagger found apart from
    its day, which the day took in ("9 a.m. Tuesday")."""
    by_start = sorted(entries, key=lambda e: (e.span[0], -e.span[1]))
    kept: list[TimelineEntry] = []
    for entry in by_start:
        if kept and entry.span[1] <= kept[-1].span[1]:
            continue
        kept.append(entry)
    return kept


def redate(analysis: Analysis, text: str, given: str | None) -> Analysis | None:
    """The analysis with its timeline resolved again against the date `given` (None: the
    one the text states), from the mentions it kept; None when it kept none. `text` is the
    text the analysis read."""
    from .claims import derive

    if analysis.time_mentions is None:
        return None
    ref, source = reference_date(text, given)
    # The conflicts read the timeline ("dated apart"): derived again with it.
    return derive(replace(analysis, reference_date=ref, reference_source=source,
                          timeline=resolve(text, analysis.time_mentions, ref)))


# A clock time next to a day: "noon Thursday", "at 10 p.m. Wednesday", "Friday at 9 a.m. EST".
_ZONE = rf"(?:{_alternation(words('time_zones'))}|local time)\b"  # "at 2:46 p.m. local time on Friday"
# "10 p.m.", "noon", and a 24-hour time where a time zone shows it is one ("15:00 GMT").
_CLOCK = (rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d\d))?\s*(?P<ap>[ap])\.?m\b\.?|(?P<word>{_alternation(CLOCK_WORDS)})"
          rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s+{_ZONE}))(?:\s+{_ZONE})?")
CLOCK_BEFORE = re.compile(rf"\b{_CLOCK},?\s+(?:on\s+)?$", re.I)
CLOCK_AFTER = re.compile(rf",?\s+(?:at\s+)?(?:about\s+|around\s+)?{_CLOCK}", re.I)
_AROUND = r"(?:(?:at|about|around|by|until)\s+)*"
# A clock time the tagger took with its day, or alone ("at 10 p.m.": the day the story is at).
CLOCK_LEAD = re.compile(rf"{_AROUND}{_CLOCK}(?:\s+\(.*?\))?,?\s+(?:on\s+)?", re.I)
CLOCK_TRAIL = re.compile(rf",?\s+(?:at\s+)?{_AROUND}{_CLOCK}$", re.I)
CLOCK_ALONE = re.compile(rf"{_AROUND}{_CLOCK}", re.I)
LINE_OF_ITS_OWN = re.compile(r"[^\S\n]*(?:\.[^\S\n]*)?(?:\n|$)")  # nothing else on the line, a stop at most
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# The unit the far bound of a range of durations gives the near one: "between 12 and 18 months".
SHARED_UNIT = re.compile(rf"(?:\d+(?:\.\d+)?|{_NUMBER_WORDS})\s+(?P<unit>(?:year|month|week|day|hour|minute)s?)",
                         re.I)
# What can stand before a weekday: "last Monday", "this coming Sunday".
_WEEKDAY_REL = "last|next|this coming|coming|this|past|previous|preceding"
WEEKDAY_INSIDE = re.compile(rf"\b(?:(?:{_WEEKDAY_REL})\s+)?(?:{_alternation(WEEKDAYS)})\b", re.I)
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
PART_OF_DAY = re.compile(rf"\b(?P<part>{_alternation(PARTS_OF_DAY)})\b", re.I)
PART_AFTER = re.compile(rf"\s+(?P<part>{_alternation(words('parts_of_day_joined'))})\b", re.I)
# "at mid-afternoon yesterday", "late morning Friday": the part of the day said before it.
PART_BEFORE = re.compile(rf"(?<![\w-])(?:(?:early|late)\s+|mid-?)?(?P<part>{_alternation(PARTS_OF_DAY)})\s+(?:on\s+)?$",
                         re.I)


def _time_of_day(text: str, start: int, end: int, day: str) -> tuple[int, int, str]:
    """A day with its clock time or part of the day (TIMEX3 "…T12:00", "…TAF"), the span
    widened to the time the tagger left out ("Thursday [evening]")."""
    m = _in_paragraph(CLOCK_BEFORE.search(text, max(0, start - 30), start))
    if m:
        return m.start(), end, day + _clock(m)
    m = _in_paragraph(CLOCK_AFTER.match(text, end))
    if m:
        return start, m.end(), day + _clock(m)
    m = PART_OF_DAY.search(text, start, end) or _in_paragraph(PART_AFTER.match(text, end))
    if m:
        return start, max(end, m.end()), f"{day}T{PARTS_OF_DAY[m.group('part').lower()]}"
    m = _in_paragraph(PART_BEFORE.search(text, max(0, start - 24), start))
    if m:
        return m.start(), end, f"{day}T{PARTS_OF_DAY[m.group('part').lower()]}"
    return start, end, day


WEEKDAY_END = re.compile(rf"\b(?:{_alternation(WEEKDAYS)})$", re.I)
# "on Tuesday nights", "on Monday and Tuesday nights": a part of the day in the plural makes
# the day before it (and the one joined to it) a recurrence, which the tagger leaves out.
PARTS_AFTER = re.compile(rf"(?P<joined>\s+(?:and|or)\s+(?:{_alternation(WEEKDAYS)}))?"
                         rf"\s+(?P<part>{_alternation(PARTS_OF_DAY)})s\b", re.I)


def _every_part(text: str, start: int, end: int, ctx: Context) -> tuple[int, str, str] | None:
    """(end, value, type) of a weekday that recurs at a part of the day ("Tuesday [nights]"),
    the span widened to the part when it follows the day; None for any other day."""
    day, m = WEEKDAY_END.search(text, start, end), PARTS_AFTER.match(text, end)
    if not day or not m:
        return None
    value, kind = normalise(f"{day.group()} {m.group('part')}s", ctx)
    return ((end if m.group("joined") else m.end()), value, kind) if value else None


def _in_paragraph(m: re.Match[str] | None) -> re.Match[str] | None:
    # A time of day across a blank line is another block's words: a headline ending "…lights
    # up the night" above its dateline is not that day's night. A single line break may be
    # a hard-wrapped sentence.
    return None if m is None or PARAGRAPH_BREAK.search(m.group()) else m


def _clock(m: re.Match[str]) -> str:
    if m.group("word"):
        return "T" + CLOCK_WORDS[m.group("word").lower()]
    if m.group("h24"):
        return f"T{int(m.group('h24')):02d}:{m.group('mi24')}"
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
    return f"T{hour:02d}:{m.group('mi') or '00'}"


PERIOD_AFTER = re.compile(r"\s+(?P<noun>quarter|period)\b", re.I)


YEAR_WORD_END = re.compile(r"\byear$", re.I)
# "the year ended June 30", and as British reports write it, "the year to March"
ENDED_AFTER = re.compile(rf"\s+(?:(?:ended|ending)\b|to\s+(?:the\s+end\s+of\s+)?{_MON})", re.I)


def _year_ended(text: str, start: int, end: int, value: str | None) -> bool:
    """"The year ended June 30", "the year to March": a year's length, not the year of publication
    ("this year to March" is this year)."""
    return YEAR_VALUE.fullmatch(value or "") is not None \
        and YEAR_WORD_END.search(text[start:end]) is not None \
        and ENDED_AFTER.match(text[end:end + 30]) is not None \
        and DEICTIC_YEAR.search(text[start:end].lower()) is None


FIRST_QUARTER = re.compile(r"\b(?:first|second|third|fourth)[- ]quarter\b", re.I)
# The letters of "quarter": re.I matches each to its ASCII capital alone, as str.lower does.
QUARTER = "quarter"


def _first_quarter(text: str, ref: dt.date | None) -> tuple[str | None, int]:
    """The first quarter an earnings report names, so that "year-earlier results" before
    it know which quarter they compare with. (Most articles name none: the search, trying
    every character of the text, is made only in those that write "quarter".)"""
    if not ref or QUARTER not in text.lower():
        return None, 0
    m = FIRST_QUARTER.search(text)
    if not m:
        return None, 0
    return normalise(m.group(), Context(ref, "past", [], {}))[0], m.start()


# Dates the tagger sometimes misses, or takes only part of: "in Q3", "the three months ended
# Sept. 30", "Tuesday, March 8, 2011" (a dateline of which it tagged the year alone).
MISSED_DATES = re.compile(
    rf"\b{_opening(('q',), WEEKDAYS, MONTHS, digit=True)}(?:Q[1-4](?:\s+(?:last|next|this)\s+year|\s+\d{{4}})?"
    rf"|{_LEAD}(?:{_MON})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    # "17 Nov 2025" atop a British page; the month capitalised ("the top 10 may change" is none)
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?=(?-i:[A-Z]))(?:{_alternation(MONTHS)})\b\.?(?:,?\s+\d{{4}}\b)?)",
    re.I,
)
# Words of time the tagger leaves out: "at present", "daily", "Thanksgiving", "the sixties",
# "nineteen ninety-six"; and now and then a day ("``Today, I'm here", "Late Monday, officials").
_MISSED_NAMES = [*words("untagged_time_words"), *HOLIDAYS, *DECADE_WORDS, *DAYS_FROM_TODAY, *WEEKDAYS]
# (A spelled year opens with "the", "year", "nineteen", "twenty" or "two".)
MISSED_WORDS = re.compile(rf"\b{_opening(_MISSED_NAMES, ('the', 'year', 'nineteen', 'twenty', 'two'))}"
                          rf"(?:{_alternation(_MISSED_NAMES)}|{SPELLED_YEAR.pattern})\b", re.I)
# An earnings report's periods the tagger misses, or of which it takes the year alone: "the
# latest period", "the year-ago quarter", "the corresponding period last year".
MISSED_PERIODS = re.compile(r"\b(?:the|its) (?:latest|most recent|year-earlier|year-ago|comparable|corresponding|same)"
                            r"(?: year-ago| year-earlier)? (?:fiscal )?(?:quarter|period)\b"
                            r"(?: (?:of )?last year\b| a year (?:ago|earlier)\b)?"
                            r"|\b(?:fiscal[- ])?(?:first|second|third|fourth)[- ]"
                            r"(?:fiscal[- ])?(?:quarter|half)\b(?!s)", re.I)
# "will one day be", "hopes one day to": a day ahead no one can name, no span of one day.
_SOME_DAY_CUES = ("will", "would", "could", "can", "may", "might", "shall", "should", "must", "to",
                  "hope", "hopes", "hoped", "hoping")
SOME_DAY_BEFORE = re.compile(rf"\b(?:{'|'.join(_SOME_DAY_CUES)})\s+$", re.I)
# (And where the tagger misses it: "could one day be deepened".)
MISSED_SOME_DAY = re.compile("".join(("(?:", "|".join(rf"(?<=\b{cue} )" for cue in _SOME_DAY_CUES), r")one day\b")),
                             re.I)
# A part of the day said with how far into it, which the tagger misses: "by mid afternoon",
# "in the late evening" (bare "the morning" is as often no time: "Morning Edition").
MISSED_PARTS = re.compile(r"\b(?:early|late|mid-?|mid\s)(?:morning|afternoon|evening)\b", re.I)
# "a month earlier [than usual]": with "than", how much earlier, not when.
COMPARED = re.compile(r"(.+?)\s+(?:earlier|later|sooner)", re.I)
# Dates counted from the one before them that it misses: "the following decade", "later that day",
# "later in the day".
MISSED_ANCHORED = re.compile(r"\bthe (?:previous|preceding|following) (?:day|week|month|year|decade)\b"
                             r"|\b(?:(?:earlier|later) )?(?:that|the same|that same) (?:day|week|month|year)\b"
                             r"|\b(?:earlier|later) in the day\b", re.I)
# "the eighth day [of the siege]", "its 12th straight day": a day counted in something under way.
DAY_UNDER_WAY = re.compile(rf"(?:the |its |their )?(?:{_alternation(words('count_ordinals'))}"
                           r"|(?:[2-9]|[1-3]\d)(?:st|nd|rd|th)) (?:straight |consecutive |successive )?day", re.I)
TIME_ADJECTIVES = words("time_adjectives")
VAGUE_IDIOMS = re.compile(rf"\b(?:{_alternation(words('vague_idioms'))})\b", re.I)
# The far end of a range of years: "from 2004 to 2009".
# (The year first and what comes before it checked behind it: the regex engine then looks
# only where a 1 or a 2 starts, not at every character.)
_RANGE_END = (r"(?:1[5-9]\d\d|20\d\d)"
              r"(?:(?<=\d{4} to \d{4})|(?<=\d{4} and \d{4})|(?<=\d{4} until \d{4})"
              r"|(?<=\d{4} through \d{4})|(?<=\d{4}-\d{4})|(?<=\d{4}\u2013\d{4}))")
MISSED_RANGE_ENDS = re.compile(rf"{_RANGE_END}\b")
# Where MISSED_RANGE_ENDS may match in a sentence: its year, the word boundary after it left
# out (a sentence's end is one). Found in the whole text at once, it names the few sentences
# to scan; none of its matches hides the start of another, a far end opening after a space
# or a dash.
RANGE_END_AT = re.compile(_RANGE_END)
# Counted spans of years, quarters, months or weeks it misses: "was sentenced Tuesday to nine
# years", "for at least 20 more years", "two quarters of losses", "after several quarters of
# losses" (not "three quarters of the vote": a share).
_SHARE_OF = r"\s+of\s+(?:the|a|an|all|its|their|his|her|our|those|these|them|us|it)\b"
SHARE_OF = re.compile(_SHARE_OF, re.I)
# A British span of two weeks, which the tagger never marks: "within a fortnight", "the past
# fortnight" ("last fortnight" names no span and no week).
MISSED_FORTNIGHTS = re.compile(rf"\b(?:an?|the\s+(?:past|last|next|coming|previous|following)|\d+|{_NUMBER_WORDS})"
                               r"\s+fortnights?\b", re.I)
MISSED_DURATIONS = re.compile(
    rf"\b{_opening(UNITS, ('several', 'a'), digit=True)}(?:{_NUMBER_WORDS}|\d+(?:\s+1/2)?|several|a few|a couple of)"
    r"\s+(?:(?:more|additional|further)\s+)?"
    rf"(?:years|quarters(?!{_SHARE_OF})|months|weeks|decades|days|hours)\b(?![\s-]+old)", re.I)

# A span of time made an adjective, which the tagger misses: "a decades-long feud", "a
# weeklong trip", "a years-old slump" (TIMEX3 marks each; a counted one, "a 30-year-old",
# is an age).
MISSED_LONG = re.compile(r"\b(?:(?:year|month|week|day|hour|minute|decade|century)-?long"
                         r"|(?:years|months|weeks|days|hours|decades|centuries)-long"
                         r"|(?:years|decades|centuries)-old)\b", re.I)


# Each pattern of missed dates with the words (lower case) without which it cannot match. A
# sentence holding none of them is not scanned: the patterns ignore case and start at a word
# boundary, which keeps the regex engine from skipping ahead, and scanning every sentence with
# each cost more than the rest of the timeline; str.find skips ahead. (MISSED_RANGE_ENDS, whose
# year the engine skips to, with a pattern found in the whole text: scanning each sentence,
# and going over every sentence for it, cost more than one scan of the text.)
MISSED: list[tuple[re.Pattern[str], tuple[str, ...] | re.Pattern[str]]] = [
    (MISSED_DATES, ("q1", "q2", "q3", "q4", *{name[:3] for name in MONTHS})),
    (MISSED_DURATIONS, ("years", "quarters", "months", "weeks", "decades", "days", "hours")),
    (MISSED_FORTNIGHTS, ("fortnight",)),
    (MISSED_WORDS, ("nineteen", "twenty", "two thousand", *(max(name.split(), key=len) for name in _MISSED_NAMES))),
    (MISSED_RANGE_ENDS, RANGE_END_AT),
    (MISSED_PERIODS, ("quarter", "half", "period")),
    (MISSED_PARTS, ("morning", "afternoon", "evening")),
    (MISSED_SOME_DAY, ("one day",)),
    (MISSED_LONG, ("-long", "yearlong", "monthlong", "weeklong", "daylong", "hourlong", "minutelong", "decadelong",
                   "centurylong", "s-old")),
    (MISSED_ANCHORED, ("previous ", "preceding ", "following ", "in the day",
                       *(f"{w} {unit}" for w in ("that", "same") for unit in ("day", "week", "month", "year")))),
]


# The determiners that place a unit of time against the story's date.
DEICTIC_DETERMINERS = frozenset({"this", "last", "next"})
# The words before a bare "year" that make it one ("for the year", "that year").
YEAR_DETERMINERS = DEICTIC_DETERMINERS | {"the", "that"}


def _candidates(parsed: Parsed) -> list[tuple[int, int, SpacySpan, Sentence]]:
    """(start, end, entity span, sentence) of the tagger's dates and times, plus the dates it
    missed that a pattern finds."""
    text = parsed.text
    taken = SpanMask(len(text))
    out: list[tuple[int, int, SpacySpan, Sentence]] = []
    for start, end, label, ent, sent in parsed.entities():
        if label in ("DATE", "TIME") and not parsed.in_furniture(start, end):
            # (The entity's words cut from the text: a Span's text is joined from its tokens;
            # the word before it read from the batch's columns, no token built.)
            c, det = parsed.token_columns[sent.base], ent.start - 1
            if text[start:end].lower() == "year" and (det < 0 or c.lower[det] not in YEAR_DETERMINERS):
                continue  # "a record year", "new year celebrations", "the company's year": no year named
            if det >= 0 and f"{c.lower[det]} {text[start:end].lower()}" in NAMED_DAYS:
                continue  # "Super Tuesday": no Tuesday of this week
            if _numbers_a_name(c, ent.start, ent.end):
                continue  # "HB 1523", "Flight 1549": no year
            if det >= 0 and c.lower[det] in DEICTIC_DETERMINERS and c.dep[det] in hashes("det") \
                    and c.head[det] in range(ent.start, ent.end):
                # "This year's theme": the tagger's date is "year"; its determiner says which.
                start, ent = c.start(det), ent.doc[det:ent.end]
                ent.label_ = label
            out.append((start, end, ent, sent))
            taken.add(start, end)
    tagged = [start for start, *_ in out]
    replaced: set[int] = set()  # indices in `out` of the tagger's dates a longer one took the place of
    lowered = _lower(text)
    # A sentence in ASCII is scanned in lower case, by each pattern's MISSED_SCANS fold.
    scans = [(rx, folded, _sentences_holding(parsed, lowered, triggers) if isinstance(triggers, tuple)
              else _sentences_matching(parsed, triggers)) for rx, folded, triggers in MISSED_SCANS]
    for i in sorted(set().union(*(held for *_, held in scans))):
        sent = parsed.sentences[i]
        ascii_ = text[sent.start:sent.end].isascii()
        missed = [(rx, m.span()) for rx, folded, held in scans if i in held
                  for m in (folded.finditer(lowered, sent.start, sent.end) if ascii_ and folded is not rx
                            else rx.finditer(text, sent.start, sent.end))]
        idioms: list[tuple[int, int]] | None = None
        for rx, (start, end) in missed:
            if parsed.in_furniture(start, end) or text[start:end].startswith("q"):
                continue
            held = range(0)  # the tagger's dates it holds and takes the place of
            if taken.hits(start, end):
                if not (held := _held(out, tagged, start, end, taken)):
                    continue
            time_word = rx is MISSED_WORDS
            if time_word:
                if idioms is None:
                    idioms = [m.span() for m in VAGUE_IDIOMS.finditer(text, sent.start, sent.end)]
                if any(a <= start < b for a, b in idioms):
                    continue  # "every now and then": no reference to a time
            span = sent.sent.doc.char_span(start - sent.base, end - sent.base, alignment_mode="expand")
            if span is None or any(t.ent_type_ in ("PERSON", "ORG", "PRODUCT", "LAW") for t in span):
                continue
            if time_word and not _used_as_time(text[start:end], span):
                continue
            span.label_ = "DATE"
            replaced.update(held)
            out.append((start, end, span, sent))
    return sorted((c for i, c in enumerate(out) if i not in replaced), key=lambda t: t[0])


# A number after a name below this is no year of it: "HB 1523", "Flight 1549" (but "Fan
# Expo Canada 2016", "Euro 2016" are the event of that year).
NAMED_YEARS_FROM = 1900


def _numbers_a_name(c: TokenColumns, start: int, end: int) -> bool:
    """Whether the date at tokens [start, end) is a number and, at most, the proper noun it
    numbers ("HB 1523", "Flight 1549"), not a year of an event, month or holiday ("Euro
    2016", "May 2015", "Christmas 1999")."""
    i, name = end - 1, end - 2
    return name >= max(0, start - 1) and c.text(i).isdigit() and int(c.text(i)) < NAMED_YEARS_FROM \
        and c.tag[name] in hashes("NNP") \
        and c.head[i] == name and c.dep[i] in hashes("nummod") \
        and c.lower[name].rstrip(".") not in MONTHS and c.lower[name] not in HOLIDAYS


def _used_as_time(word: str, span: SpacySpan) -> bool:
    """Whether a time word the tagger missed is one where it stands: not the end of a name
    ("Johnnie Christmas"; but "Iraq now controls"), nor a holiday opening one ("Easter
    Island"), nor an age ("in her sixties"; but "his current job"), nor a word of time only
    as an adjective that is a noun there ("the current" of a river)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and word.lower() in HOLIDAYS and after.pos_ == "PROPN" and after.is_title \
            and after.ent_type_ not in ("DATE", "TIME"):
        return False  # the start of a name: "Easter Island", "the Good Friday Agreement"
    adjective = span.root.pos_ == "ADJ"
    if before is not None and ((before.pos_ == "PROPN" and word[:1].isupper() and not span[0].is_sent_start)
                               or before.tag_ == "PRP$" and not adjective):
        return False
    return adjective or word.lower() not in TIME_ADJECTIVES


def _held(out: list[tuple[int, int, SpacySpan, Sentence]], tagged: list[int], start: int, end: int,
          taken: SpanMask) -> range:
    """The indices in `out` of the tagger's dates that the longer date found at [start, end)
    holds ("2011" in "Tuesday, March 8, 2011"); empty unless it holds them all and more.
    `tagged`: the starts of the tagger's dates, the first entries of `out`."""
    if 0 not in taken.bits[start:end]:
        return range(0)  # the tagger's dates cover it all
    first, last = bisect.bisect_left(tagged, start), bisect.bisect_left(tagged, end)
    if first > 0 and out[first - 1][1] > start or last > first and out[last - 1][1] > end:
        return range(0)  # one of them reaches out of it
    return range(first, last)


def _lower(text: str) -> str:
    """The text in lower case, each character in its place (the few that lower to two, as
    "\u0130" does, are kept as they are)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _sentences_matching(parsed: Parsed, rx: re.Pattern[str]) -> set[int]:
    """The indices of the sentences in which rx, searched in the whole text, starts a match."""
    return {i for m in rx.finditer(parsed.text) if (i := parsed.sentence_index(m.start())) is not None}


def _sentences_holding(parsed: Parsed, lowered: str, words: Iterable[str]) -> set[int]:
    """The indices of the sentences in which any of the words occurs."""
    found = set()
    sentences = parsed.sentences
    for word in words:
        at = lowered.find(word)
        while at != -1:
            i = parsed.sentence_index(at)
            if i is None:
                at = lowered.find(word, at + 1)
            else:
                # The sentence's later occurrences tell nothing more: on from its end (where
                # the next sentence may start).
                found.add(i)
                at = lowered.find(word, max(at + 1, sentences[i].end))
    return found


# "in 1994, 1995 and 1997": years listed, each its own date.
YEAR_LIST = re.compile(r"(?:1[5-9]\d\d|20\d\d)(?:(?:,\s*|,?\s+and\s+)(?:1[5-9]\d\d|20\d\d))+")


# A hyphen between two lower-case words joins them ("year-earlier"), it is no range.
RANGE = re.compile(r"(?:between\s+|from\s+)?(.+?)"
                   r"\s*(?:\s(?:and|to|until|through)\s|\u2013|(?<!(?-i:[a-z]))-|-(?!(?-i:[a-z])))\s*(.+)", re.I)
ENDED_INSIDE = re.compile(r"\sended\s", re.I)
PERIOD_ENDED = re.compile(r"(.+?)\s+(?:ended|ending)\s+(.+)", re.I)
SPAN_OF = re.compile(r"(.+?)\s+of\s+(.+)", re.I)
SPAN_THEN = re.compile(rf"(.+?)\s+((?:this|last|next)\s+(?:week|month|year|{_alternation(SEASONS)})"
                       r"|yesterday|today|tomorrow|tonight)", re.I)
# The words at which RANGE, PERIOD_ENDED and SPAN_OF split an expression, each standing
# between white space (RANGE splits at a dash too).
RANGE_JOINS = frozenset({"and", "to", "until", "through"})
PERIOD_NOUNS = frozenset({"quarter", "period", "half"})
PERIOD_JOINS = frozenset({"ended", "ending"})
DEICTIC_TAILS = frozenset({"this", "last", "next", "yesterday", "today", "tomorrow", "tonight"})


def _joins(raw: str) -> frozenset[str] | None:
    """The words, lower case, of an expression in ASCII, where IGNORECASE reads its letters as
    lower case does: a pattern splitting it at a word need be tried only where the word is one
    of them (most expressions are no range, and each pattern tried every split). None for
    an expression beyond ASCII, where each is tried."""
    return frozenset(raw.lower().split()) if raw.isascii() else None


def _range_parts(text: str, start: int, end: int, ref: dt.date | None, tense: str) -> list[tuple[int, int, str]]:
    """"between 2020 and 2023", "from May to July": each bound is its own entry, as (start,
    end, the words to resolve). A bound can take what the other one says: "between 12 and 18
    months" (the unit), "1957-58" (the century). A span of time and the date it lies in
    ("the first nine months of 1997") are two entries too."""
    if ISO_DATE.fullmatch(text, start, end):
        return [(start, end, text[start:end])]  # "2025-11-10": one day, not 2025 to 2011
    if YEAR_LIST.fullmatch(text, start, end):
        return [(y.start() + start, y.end() + start, y.group()) for y in re.finditer(r"\d{4}", text[start:end])]
    raw = text[start:end]
    joins = _joins(raw)
    if (joins is None or not joins.isdisjoint(PERIOD_NOUNS)) and MONTHS_PERIOD.fullmatch(_rule_words(raw)) \
            or (joins is None or not joins.isdisjoint(RANGE_JOINS)) and EITHER_SPAN.fullmatch(raw):
        return [(start, end, raw)]  # "the July-September quarter", "recent weeks and months": one
    m = RANGE.fullmatch(raw) if joins is None or "-" in raw or not joins.isdisjoint(RANGE_JOINS) else None
    # "the year ended March 31", "the six months ending June 30": a period and its end date.
    if not m and (joins is None or not joins.isdisjoint(PERIOD_JOINS)):
        m = PERIOD_ENDED.fullmatch(raw)
    # "the first nine months of 1997": a span of time and the date it lies in (TIMEX3 marks
    # both); "the fourth quarter of 1989" is one date.
    ctx = None  # made only for a range or a span of time: most expressions are neither
    if not m and (joins is None or "of" in joins) and (m := SPAN_OF.fullmatch(raw)):
        ctx = _bounds_context(ref, tense)
        if normalise(m.group(1), ctx)[1] != "DURATION" or TWO_QUARTERS.search(raw):  # also after "at least"
            m = None
    # "(the first time in) months last week", "(marched for) three days last month": a span of
    # time and the date it fell in, which the tagger took as one.
    if not m and (joins is None or not joins.isdisjoint(DEICTIC_TAILS)) and (m := SPAN_THEN.fullmatch(raw)):
        ctx = ctx or _bounds_context(ref, tense)
        if normalise(m.group(1), ctx)[1] != "DURATION":
            m = None
    if m:
        ctx = ctx or _bounds_context(ref, tense)
        first, second = m.group(1), m.group(2)
        (s1, e1), (s2, e2) = m.span(1), m.span(2)
        if (unit := SHARED_UNIT.fullmatch(second)) and re.fullmatch(rf"\d+(?:\.\d+)?|{_NUMBER_WORDS}", first, re.I):
            first = f"{first} {unit.group('unit')}"
        elif (short := re.match(r"\d\d\b", second)) and re.fullmatch(r"1[5-9]\d\d|20\d\d", first):
            year = int(first[:2] + short.group())
            second, e2 = str(year if year > int(first) else year + 100), s2 + 2
        elif (bare := BARE_DAY.fullmatch(second)) and (day := MONTH_DAY[0].match(first)):
            # "Nov. 20-23", "March 3 to 5, 2026": both days in the first one's month and year
            second = f"{day.group('mon')} {second}"
            first = f"{first}, {bare.group('year')}" if bare.group("year") else first
        elif BARE_DAY.fullmatch(first) and (day := MONTH_DAY_START[1].match(second)):
            first = f"{first} {day.group('mon')}"  # "20-23 November"
        if all(normalise(x, ctx)[0] for x in (first, second)):
            return [(start + s1, start + e1, first), (start + s2, start + e2, second)]
    return [(start, end, text[start:end])]


def _bounds_context(ref: dt.date | None, tense: str) -> Context:
    """The context a range's bounds are tried in: the publication date, else any date."""
    return Context(ref or dt.date(2000, 6, 15), tense, [], {})


DATE_AND_RELATION = re.compile(r"(.+?)\s+(?:before|after|later|earlier|into|from|on|of)\b", re.I)


def _date_inside(text: str, start: int, end: int, ctx: Context) -> tuple[int, int, str | None, str]:
    """A date or duration inside a longer expression: "the three months ended Sept. 30",
    "five minutes before half-time", "10 minutes later"."""
    for rx in (MISSED_DATES, MISSED_LONG):  # "the end of a year-long feud" holds "year-long"
        m = rx.search(text, start, end)
        if m:
            value, kind = normalise(m.group(), ctx)
            if value:
                return m.start(), m.end(), value, kind
    m = DATE_AND_RELATION.match(text[start:end])
    if m:
        value, kind = normalise(m.group(1), ctx)
        if kind == "DURATION" and value:
            return start, start + m.end(1), value, kind
    m = WEEKDAY_INSIDE.search(text, start, end)
    if m and m.span() != (start, end):
        value, kind = normalise(m.group(), ctx)
        if value:
            return m.start(), m.end(), value, kind
    # Words the tagger took in before the date: "a coup d'etat last year", "a 20th century
    # democrat", "a fourth-quarter charge", "a weak second quarter".
    for word in re.finditer(r"\s+(?=last\s|this\s|next\s|\d|(?:first|second|third|fourth)[- ])", text[start:end]):
        value, kind = normalise(text[start + word.end():end], ctx)
        if value and kind == "DATE":
            return start + word.end(), end, value, kind
    return _day_of_clock(text, start, end, ctx)


def _day_of_clock(text: str, start: int, end: int, ctx: Context) -> tuple[int, int, str | None, str]:
    """A clock time with its day ("10 p.m. Wednesday", "Friday at noon": the day, which
    _time_of_day joins to its time again), or alone ("at 10 p.m."): on the last day the story
    named, else on the day of publication."""
    lead, trail = CLOCK_LEAD.match(text, start, end), CLOCK_TRAIL.search(text, start, end)
    for s, e in ((lead.end(), end) if lead else (0, 0), (start, trail.start()) if trail else (0, 0)):
        if s < e:
            value, kind = normalise(text[s:e], ctx)
            if value and DAY_VALUE.fullmatch(value):
                return s, e, value, kind
    alone = CLOCK_ALONE.fullmatch(text, start, end)
    # A time on a line of its own heads a live report's entry: posted on the day of
    # publication, whatever day the entry before it spoke of.
    heading = ctx.ref is not None and LINE_OF_ITS_OWN.match(text[text.rfind("\n", 0, start) + 1:start]) \
        and LINE_OF_ITS_OWN.match(text, end)
    day = ctx.ref.isoformat() if heading and ctx.ref else _story_day(ctx)
    if alone and day:
        return start, end, day + _clock(alone), "TIME"
    return start, end, None, "DATE"


def _story_day(ctx: Context) -> str | None:
    """The day the story is at: the last day it named, else the day of publication."""
    if ctx.anchor and DAY_VALUE.fullmatch(ctx.anchor):
        return ctx.anchor
    return ctx.ref.isoformat() if ctx.ref else None


def _resolvable(raw: str, ctx: Context) -> bool:
    """Whether an expression left unresolved for want of a publication date would resolve
    with one ("Thursday" would; "all day" never will)."""
    probe = Context(dt.date(2000, 6, 15), ctx.tense, ctx.years, {})
    return normalise(raw, probe)[0] is not None


SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
FINAL_UNIT = re.compile(r"the\s+last\s+(?:day|week|month|year|decade)s?\s+of\b", re.I)
# A day of the month alone, the other end of a range naming the month: "20" in "20-23 November".
BARE_DAY = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?")
SPACED_DASH = re.compile(r"\s+[-\u2013\u2014]+\s+")
WEEK_OF = re.compile(r"\b(?:the\s+)?week\s+of\s+$", re.I)
EVERY = re.compile(r"\b(?:each|every)\s+$", re.I)


MONTH_START = re.compile(_MON, re.I)
DAY_BEFORE = re.compile(r"(?<![\d,.])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")
QUARTER_BEFORE = re.compile(r"\bQ[1-4]\s+$")
DEICTIC_YEAR = re.compile(r"(?:last|next|this) year\b")


def _with_day_before(text: str, start: int, floor: int) -> int:
    """"12 March 2024", "Q3 last year", "the week of March 6", "each Thursday": the tagger
    sometimes leaves the first words out."""
    # What the date opens with asked first: each search, trying every character before it,
    # is made only for a date that can take the words it finds.
    before = text[max(floor, start - 12):start]
    month = MONTH_START.match(text[start:start + 10]) is not None
    if month and (m := DAY_BEFORE.search(before)):
        return start - len(m.group())
    if month and (m := WEEK_OF.search(text, max(floor, start - 16), start)):
        return m.start()
    m = EVERY.search(text, max(floor, start - 6), start)
    if m and (month or WEEKDAY_INSIDE.match(text, start)):
        return m.start()
    if DEICTIC_YEAR.match(text[start:start + 10]) and (m := QUARTER_BEFORE.search(before)):
        return start - len(m.group())
    return start


LEADING_WORD = re.compile(r"(?:the|on|in|at(?!\s+(?:least|most)\b)|by|since|until|from|during|between)\s+", re.I)
# "an Aug. 10, 2019, agreement": the tagger takes the article of the noun a date modifies.
ARTICLE_BEFORE_DAY = re.compile(rf"an?\s+(?={_MON}\s+\d)", re.I)
THE_KEPT = re.compile(r"the\s+(?:past|last|next|coming|future|near|short|previous|preceding|following|same"
                      r"|day\s|(?:week|month|year)\s+(?:before|after)\b|week\s+of\s|\d{4}s"
                      r"|first|second|third|fourth)", re.I)
POSSESSIVE_S = re.compile(r"['\u2019]s\b")
HYPHEN_WORD_AFTER = re.compile(r"-[a-z]+\b")
WORD_HYPHEN_BEFORE = re.compile(r"\b[a-z]+-$")
CLAUSE_GOES_ON = re.compile(r"\s*[\w'\u2019]")
DANGLING_WORD = re.compile(
    r"\s+(?:to|and|or|from|until|through|till|by|after|before|since|when|while|in|of|on|at|for)$", re.I)


def _strip_leading(text: str, start: int, end: int) -> tuple[int, int, str]:
    m = LEADING_WORD.match(text[start:end]) or ARTICLE_BEFORE_DAY.match(text[start:end])
    if m and text[start:end].lower() not in VAGUE_REFS and not THE_KEPT.match(text[start:end]):
        start += m.end()
    # A dateline's dash: "Thursday, February 23, 2006 - The council met", tagged on into the
    # words after it (a range, "Monday - Friday", goes on with a time).
    m = SPACED_DASH.search(text, start, end)
    if m and not is_temporal(text[m.end():end]):
        end = m.start()
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if POSSESSIVE_S.match(text[end - 2:end]) and end - 2 > start:
        end -= 2  # "last Friday's announcement"
    # A word the tagger cut at a hyphen: "[year]-earlier results", "year-[earlier]".
    if HYPHEN_WORD_AFTER.match(text[end:end + 12]) and text[end - 1].isalpha():
        end = cast("re.Match[str]", _HYPHEN_WORD.match(text, end)).end()  # matched just above
    start = _with_word_before_hyphen(text, start)
    # "from two years to 90 days", "in the 1960s after decades": the tagger's span can end
    # on a dangling preposition or conjunction. "The year before." ends on its relation, which
    # is no preposition there ("the day after Monday's debate" goes on to its object).
    m = DANGLING_WORD.search(text[start:end])
    if m and not (ANCHORED.fullmatch(text[start:end].lower()) and CLAUSE_GOES_ON.match(text, end) is None):
        end = start + m.start()
    return start, end, text[start:end]


def _with_word_before_hyphen(text: str, start: int) -> int:
    """Where a date starting at `start` starts with the word the tagger cut off before a
    hyphen ("year-[earlier]"). Searched for only after a hyphen, where the search can end:
    made before every date, trying each character, it was a quarter of _strip_leading's time."""
    if text[start - 1:start] == "-" and (m := WORD_HYPHEN_BEFORE.search(text[max(0, start - 12):start])) \
            and text[start].isalpha():
        return start - len(m.group())
    return start


class Context:
    def __init__(self, ref: dt.date | None, tense: str, years: list[int], seen: dict[tuple[int, int], int],
                 anchor: str | None = None, nominal: bool = False, period: str | None = None) -> None:
        self.ref: dt.date | None = ref
        self.tense: str = tense  # "past" | "future" | "present"
        self.years: list[int] = years  # explicit years in the same sentence
        self.seen: dict[tuple[int, int], int] = seen  # (month, day) -> year resolved earlier in the article
        self.anchor: str | None = anchor  # the last calendar date the article mentioned
        self.nominal: bool = nominal  # dates a noun, not the clause's verb (see _tense)
        self.period: str | None = period  # the quarter or half the story reports on, if named lately, or the year of
        # its year to date ("the first nine months")
        self.counted = False  # set when the value was counted from the anchor or period
        self.since = False  # after "since": a time up to publication, never one ahead of it
        self.done = False  # dates a finite past verb: an event over by publication (see _tense)


LEADING_PREPOSITION = re.compile(r"^(?:on|in|at(?! (?:least|most)\b)|since|by|during|from|until|between) ")
OWNER_FIRST = re.compile(r"^(?:its|their|our) ")
OR_SO = re.compile(r" or so(?=$| ago$)")
THIS_YEARS = re.compile(r"^this years$")
EARLY_LATE = re.compile(r"^(early|late)-")
YEAR_IN = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def _rule_words(raw: str) -> str:
    """An expression as normalise's rules read it: white space made one space, in lower case,
    the words that change nothing of its time made plain ("its" as "the", "or so" left out,
    "early-" as "early")."""
    # Runs of white space made one space as \s+ finds them (str.split splits at the same
    # characters), without a regex call; the substitutions are made only where their words are.
    s = " ".join(raw.split()).lower().replace("\u2019", "'")
    if s in VAGUE_REFS:  # "at present" is one word of time, not "present" after "at"; "some day" not "day"
        return s
    s = LEADING_PREPOSITION.sub("", s)
    # "its fourth quarter", "their first half": the company's own period, named as any other.
    if s.startswith(("its ", "their ", "our ")):
        s = OWNER_FIRST.sub("the ", s)
    s = QUALIFIER.sub("", s.replace("fiscal-", "fiscal "))
    if " or so" in s:
        s = OR_SO.sub("", s)  # "the next two years or so", "a week or so ago": as many, roughly
    # An editor's brackets ("[Ten] years ago"), a possessive without its apostrophe ("this years").
    s = s.replace("[", "").replace("]", "")
    if "this years" in s:
        s = THIS_YEARS.sub("this year", s)
    if "-" in s:  # (a substitution by a template costs more than all the others)
        s = EARLY_LATE.sub(r"\1 ", s)  # "the late-November trip", as "mid-November"
    return s


def normalise(raw: str, ctx: Context) -> tuple[str | None, str]:
    """(TIMEX3 value or None, type) for one temporal expression: the first rule whose pattern
    matches it all and whose handler gives an answer."""
    s = _rule_words(raw)
    for rx, handler in LOWER_ASCII_RULES if s.isascii() else RULES:
        m = rx.fullmatch(s)
        if m:
            try:
                found = handler(m, ctx)
            except (OverflowError, ValueError):
                return None, "DATE"  # beyond the calendar ("next week" on 9999-12-31): unresolved
            if found is not None:
                return found
    spelled = SPELLED_YEAR.search(s)
    if spelled and spelled.group("century") and spelled.span() != (0, len(s)) \
            and (said := _on_spelled_year(spelled, ctx)):
        # "January nineteen ninety-seven", "the winter of nineteen ninety-four"
        return normalise(f"{s[:spelled.start()]}{said[0]}{s[spelled.end():]}", ctx)
    year = YEAR_IN.search(s)
    if year:
        return year.group(1), "DATE"  # "the 2023 election", "October 2023's vote"
    return None, "DATE"


# Handlers take the match and the context and return (value, type), or None to let the
# next rule try.

def _on_full_date(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    d = _full_date(m)
    if d:  # "after the Sept. 11, 2001, attacks ... in the Sept. 11 attacks": the day given its year
        ctx.seen[(d.month, d.day)] = d.year
    return (d.isoformat() if d else None), "DATE"


def _on_year(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    return m.group("year"), "DATE"


def _on_decade_word(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    """"the sixties", "the '80s": a decade of the century the story is in (the twentieth
    when that decade is still ahead of it)."""
    decade = DECADE_WORDS[m.group("word")] if m.group("word") else int(m.group()[-3])
    century = (ctx.ref.year // 100) if ctx.ref else 19
    if ctx.ref and century * 100 + decade * 10 > ctx.ref.year:
        century -= 1
    return f"{century:02d}{decade}", "DATE"


def _on_century(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    return f"{int(m.group('n')) - 1:02d}", "DATE"


def _on_month_day(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    return _month_day(_month(m.group("mon")), int(m.group("day")), ctx, _shift_year(m.group("yrel"), ctx)
                      if m.group("yrel") else None), "DATE"


def _on_month_year(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    return f"{m.group('year')}-{_month(m.group('mon')):02d}", "DATE"


def _on_named_month(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    month = _month(m.group("mon"))
    year = _named_month_year(month, m.group("rel"), m.group("yrel"), ctx)
    return (f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"), "DATE"


def _on_weekday(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    weekday = WEEKDAYS[m.group("wd")]
    if m.group("rel") in ("previous", "preceding") and ctx.anchor and DAY_VALUE.fullmatch(ctx.anchor):
        # "down 4.5% from the previous Friday": the one before the day the story is at.
        ctx.counted = True
        anchor = dt.date.fromisoformat(ctx.anchor)
        return (anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7 or 7)).isoformat(), "DATE"
    return _weekday(m.group("rel"), weekday, ctx), "DATE"


def _on_season(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    if m.group("year"):
        year: int | None = int(m.group("year"))
    elif m.group("rel") == "that":
        year = _anchor_year(ctx) or _shift_year(None, ctx)
    else:
        year = _shift_year(m.group("rel"), ctx)
    return (f"{year:04d}-{SEASONS[m.group('season')]}" if year else None), "DATE"


def _on_quarter_step(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    """"Sales fell last quarter", "will rise next quarter": the quarter before or after the one
    under way ("the last quarter" is the fourth)."""
    if not ctx.ref:
        return None, "DATE"
    year, quarter = divmod(ctx.ref.year * 4 + (ctx.ref.month - 1) // 3 + (1 if m.group("rel") == "next" else -1), 4)
    return f"{_year(year):04d}-Q{quarter + 1}", "DATE"


def _on_period(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    return _period(m, ctx), "DATE"


def _on_two_quarters(m: re.Match[str], ctx: Context) -> tuple[str | None, str] | None:
    half = "first" if m.group("edge").lower() == "first" else "second"
    return normalise(f"the {half} half of {m.group('year')}", ctx)


def _on_months_period(m: re.Match[str], ctx: Context) -> tuple[str | None, str] | None:
    """"The July-September quarter", "the January-June period": the quarter or half of the
    calendar its months make, its year found as for "the third quarter"; None for a run of
    months that is neither (a fiscal quarter, "the August-October quarter")."""
    first, last = _month(m.group("m1")), _month(m.group("m2"))
    if last - first == 2 and first % 3 == 1:
        period = f"{PERIOD_WORDS[(first + 2) // 3]} quarter"
    elif last - first == 5 and first in (1, 7):
        period = f"{PERIOD_WORDS[(first + 5) // 6]} half"
    else:
        return None
    year = m.group("year") or m.group("year2")
    said = f" of {year}" if year else f" {m.group('yrel')} year" if m.group("yrel") else ""
    return normalise(f"the {period}{said}", ctx)


def _on_month_edge(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    month = _month(m.group("mon"))
    year = int(m.group("year")) if m.group("year") else _year_for(month, 15, ctx)
    return (f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"), "DATE"


def _on_anchored(m: re.Match[str], ctx: Context) -> tuple[str | None, str] | None:
    value = _anchored(m, ctx)
    return (value, "DATE") if value else None


def _on_days_from_today(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    ref = ctx.ref
    return ((ref + dt.timedelta(days=DAYS_FROM_TODAY[m.group("day")])).isoformat() if ref else None), "DATE"


HOLIDAY_RULE = re.compile(r"(?:easter|(?P<month>\d\d)-(?:(?P<day>\d\d)|(?P<wd>[a-z]{3})-(?P<nth>\d|last)))"
                          r"(?P<shift>[+-]\d+)?")


def _holiday_rule(name: str, rule: str) -> re.Match[str]:
    found = HOLIDAY_RULE.fullmatch(rule)
    if not found:
        raise ValueError(f"lexicon/holidays.txt: {name}: {rule!r} is no rule")
    return found


HOLIDAY_RULES = {name: _holiday_rule(name, rule) for name, rule in HOLIDAYS.items()}


def _on_holiday(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    """"Thanksgiving Day", "last Christmas": the occurrence the words or the tense point to."""
    if not ctx.ref:
        return None, "DATE"
    rule = HOLIDAY_RULES[m.group("name")]
    month = int(rule.group("month") or 4)  # Easter falls in March or April
    rel = m.group("rel")
    year = _named_month_year(month, rel, None, ctx) if rel else _year_for(month, 15, ctx)

    def day_in(y: int) -> dt.date:
        if not rule.group("month"):
            return _easter(y)
        if rule.group("day"):
            return dt.date(y, month, int(rule.group("day")))
        weekday = WEEKDAYS_SHORT[rule.group("wd")]
        if rule.group("nth") == "last":
            last = dt.date(y, month, calendar.monthrange(y, month)[1])
            return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (int(rule.group("nth")) - 1))
    if not year:
        return None, "DATE"
    return (day_in(year) + dt.timedelta(days=int(rule.group("shift") or 0))).isoformat(), "DATE"


def _easter(year: int) -> dt.date:
    """Easter Sunday of a year of the Gregorian calendar (Meeus, Jones and Butcher's computus)."""
    a, (b, c) = year % 19, divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    month, day = divmod(h + weekday - 7 * ((a + 11 * h + 22 * weekday) // 451) + 114, 31)
    return dt.date(year, month, day + 1)


def _on_spelled_year(m: re.Match[str], ctx: Context) -> tuple[str | None, str] | None:
    """A year said aloud, as broadcast transcripts write it: "nineteen ninety-six", "the
    year two thousand"."""
    if m.group("century"):
        tail = words_value(m.group("tail").replace("-", " "))
        if not 10 <= tail <= 99:
            return None
        return f"{(19 if m.group('century') == 'nineteen' else 20) * 100 + int(tail)}", "DATE"
    tail = words_value(m.group("tail2").replace("-", " ")) if m.group("tail2") else 0
    return f"{2000 + int(tail):04d}", "DATE"


def _on_relative_unit(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    """"this week", "last year", "the past month" (a duration), "late last year"."""
    if not ctx.ref:
        return None, "DATE"
    rel, unit = m.group("rel"), m.group("unit")
    if rel in ("the past", "the last", "the coming", "the next"):
        return _duration(1, unit), "DURATION"
    return _shift(ctx.ref, unit, {"this": 0, "last": -1, "this past": -1, "next": 1}[rel]), "DATE"


def _on_unit_edge(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    step = {"last": -1, "next": 1}.get(m.groupdict().get("rel") or "", 0)  # "earlier in the year": this one
    return (_shift(ctx.ref, m.group("unit"), step) if ctx.ref else None), "DATE"


def _on_weekend(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    return (_weekend(m.group("rel"), ctx) if ctx.ref else None), "DATE"


def _on_every_named(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    """"each Thursday", "every July", "on Sundays", "on Tuesday nights": a recurrence (TIMEX3
    SET) on that day of the week or month, or that part of that day."""
    if day := m.group("wd") or m.group("wds"):
        return f"XXXX-WXX-{WEEKDAYS[day] + 1}", "SET"
    if day := m.group("wdp"):
        return f"XXXX-WXX-{WEEKDAYS[day] + 1}T{PARTS_OF_DAY[m.group('parts')]}", "SET"
    return f"XXXX-{_month(m.group('mon')):02d}", "SET"


def _on_week_of(m: re.Match[str], ctx: Context) -> tuple[str | None, str] | None:
    """"the week of March 6": the week that day is in."""
    day = normalise(m.group("day"), ctx)[0]
    if not day or not DAY_VALUE.fullmatch(day):
        return None
    return _shift(dt.date.fromisoformat(day), "week", 0), "DATE"


def _on_ago(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    value = _ago(m.group("n"), m.group("unit").lower(), ctx)
    then = normalise(m.group("then"), ctx)[0] if m.group("then") and value and YEAR_VALUE.fullmatch(value) else None
    if not value or not then:
        return value, "DATE"
    back = f"{value}{then[4:]}"
    if DAY_VALUE.fullmatch(back):
        try:
            dt.date.fromisoformat(back)
        except ValueError:
            back = back[:7]  # "a year ago today" on a 29 February: that month
    return back, "DATE"


def _on_duration(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    amount = 2 if m.group("couple") else _amount(m.group("n"))
    if amount is not None and (m.group("half") or m.group("half2")):
        amount += 0.5
    return _duration(amount, _unit_name(m.group("unit"))), "DURATION"


def _on_the_fortnight(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    return "P2W", "DURATION"  # "over the past fortnight", as "the past two weeks"


# A unit's next smaller one, and how many of it make one: "2 1/2 years" is P2Y6M.
_SUBUNITS = {"year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60)}


def _duration(amount: float | None, unit: str) -> str:
    if unit == "decade" and amount is not None:
        amount, unit = amount * 10, "year"  # TimeBank writes "two decades" as P20Y
    if unit == "fortnight":
        amount, unit = (amount * 2 if amount is not None else None), "week"  # no TIMEX3 unit of its own
    code = UNIT_CODES.get(unit, "Y")
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"
    if amount is None:
        return f"{prefix}X{code}"
    whole, part = divmod(amount, 1)
    if part and unit in _SUBUNITS and (part * _SUBUNITS[unit][1]).is_integer():
        sub, per = _SUBUNITS[unit]
        between = "T" if prefix == "P" and sub in ("hour", "minute", "second") else ""
        return f"{prefix}{_fmt(whole) + code if whole else ''}{between}{_fmt(part * per)}{UNIT_CODES[sub]}"
    return f"{prefix}{_fmt(amount)}{code}"


def _on_either_span(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    return normalise(m.group("first"), ctx)


def _on_vague_duration(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    return _duration(None, _unit_name(m.group("unit"))), "DURATION"


def _on_some_units(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    unit = m.group("unit") or m.group("unit2")
    if unit == "decade":
        return "PXY", "DURATION"
    return f"PX{UNIT_CODES[unit]}", "DURATION"


def _on_unit_long(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    """"day-long", "a weeklong trip": one of the unit; "decades-long": some of it."""
    unit = _unit_name(m.group("unit"))
    if m.group("many"):
        return ("PXY" if unit == "decade" else _duration(None, unit)), "DURATION"
    return _duration(1, unit), "DURATION"


def _on_vague_ref(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    return VAGUE_REFS[m.group()], "DATE"


def _on_recurrence(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    return RECURRENCES[m.group()], "SET"


def _on_times_a_unit(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    """"twice a year": a recurrence every year (TIMEX3 keeps how often apart)."""
    return _duration(1, m.group("unit")), "SET"


def _on_every_few_units(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    """"every four years": a recurrence with that period."""
    return _duration(_amount(m.group("n")), m.group("unit")), "SET"


def _unit_name(word: str) -> str:
    unit = word.lower().rstrip("s")
    return "century" if unit.startswith("centur") else unit


# Earnings reports compare with "the year-earlier quarter", "year-ago results", "the same
# period last year", "a year earlier": the quarter reported on, a year back.
_QUARTER_NOUN = r"(?:(?:fiscal )?(?:(?:first|second|third|fourth)[- ])?(?:quarter|period))"
YEAR_EARLIER = re.compile(
    rf"(?:the |a )?(?:(?:comparable|corresponding|same) )?(?P<back>year-earlier|year-ago|prior-year|last year's"
    rf"|a year (?:ago|earlier))(?: {_QUARTER_NOUN})?"
    rf"|(?:the )?(?:(?:comparable|corresponding|same) )?{_QUARTER_NOUN} (?:a year (?:ago|earlier)|(?:of )?last year)"
    rf"|(?:the )?(?P<year>\d{{4}}) {_QUARTER_NOUN}")
# "the quarter", "the latest period", "this quarter", "the current fiscal quarter".
THE_PERIOD = re.compile(r"(?:the |this |that |its )?(?:(?P<which>latest|current|most recent|recent|same) )?"
                        r"(?:(?:fiscal|financial) )?(?P<noun>quarter|period)")
# "the year", "the full year", "the current fiscal year", "year-end", "that year".
THE_YEAR = re.compile(r"(?:the |this )?(?:(?:full|current|present) )?(?:(?:fiscal|financial|calendar) )?"
                      r"(?:year|(?P<end>year[- ]end|year's end))|(?P<that>that) year")


def _on_year_earlier(m: re.Match[str], ctx: Context) -> tuple[str | None, str] | None:
    if m.group("year"):  # "the 1988 period": that year's quarter of the one reported on
        ctx.counted = ctx.period is not None  # a comparison: the report stays on its own period
        return ((m.group("year") + ctx.period[4:]) if ctx.period else m.group("year")), "DATE"
    if ctx.period:
        ctx.counted = True
        return f"{_year(int(ctx.period[:4]) - 1):04d}{ctx.period[4:]}", "DATE"
    if m.group("back") and m.group("back").startswith("a year"):
        return None  # counted from a date instead ("a year ago", "a year earlier")
    return (f"{_year(ctx.ref.year - 1):04d}" if ctx.ref else None), "DATE"


def _on_span_a_year_back(m: re.Match[str], ctx: Context) -> tuple[str | None, str] | None:
    """"The year-earlier nine months": as long as "the first nine months" it is compared with."""
    value, kind = normalise(m.group("span"), ctx)
    return (value, kind) if kind == "DURATION" and value else None


def _on_the_period(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    """The quarter an earnings report is about: the one it named last, else the one under way
    ("the current quarter") or just ended ("the quarter" in past tense). "The latest period"
    of a report is its latest quarter; another period is not known to be a quarter."""
    if ctx.period and len(ctx.period) > 4 and m.group("which") != "current":
        ctx.counted = True
        return ctx.period, "DATE"
    if m.group("noun") != "quarter" and m.group("which") not in ("latest", "most recent") or not ctx.ref:
        return None, "DATE"
    quarter = (ctx.ref.month - 1) // 3 + 1
    year = ctx.ref.year
    if m.group("which") != "current" and ctx.tense == "past":
        year, quarter = (year, quarter - 1) if quarter > 1 else (_year(year - 1), 4)
    return f"{year:04d}-Q{quarter}", "DATE"


def _on_that_unit(m: re.Match[str], ctx: Context) -> tuple[str | None, str] | None:
    """"earlier that day", "later that year", "the same month": the day, month or year of
    the last date the story named."""
    anchor, unit = ctx.anchor, m.group("unit")
    if not anchor or not DAY_VALUE.fullmatch(anchor) and unit in ("day", "week") \
            or not re.match(r"\d{4}-\d\d", anchor) and unit == "month":
        return None
    ctx.counted = True
    if unit == "week":
        return _shift(dt.date.fromisoformat(anchor), "week", 0), "DATE"
    return anchor[:{"day": 10, "month": 7, "year": 4}[unit]], "DATE"


def _on_in_the_day(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    """"later in the day": the day the story is at."""
    return _story_day(ctx), "DATE"


def _on_day_under_way(m: re.Match[str], ctx: Context) -> tuple[str | None, str] | None:
    """"Today is the eighth day of the siege", "it is the second day of the offensive": a day
    counted in something still under way is the day of publication. Said in the past ("on the
    third day they left") it is a day of its own, which the words do not date."""
    if ctx.tense != "present" or not ctx.ref:
        return None
    return ctx.ref.isoformat(), "DATE"


def _on_part_of_story_day(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    """"by mid afternoon": that part of the day the story is at."""
    day = _story_day(ctx)
    return (f"{day}T{PARTS_OF_DAY[m.group('part')]}" if day else None), "TIME"


def _on_the_year(m: re.Match[str], ctx: Context) -> tuple[str | None, str]:
    if m.group("that"):
        ctx.counted = True
        return (ctx.anchor[:4] if ctx.anchor else None), "DATE"
    if not ctx.ref:
        return None, "DATE"
    if m.group("end"):  # "by year end"; "since year-end" in the past is last year's
        return f"{_year(ctx.ref.year - (ctx.tense == 'past')):04d}-12-31", "DATE"
    return f"{ctx.ref.year:04d}", "DATE"


WEEKDAYS_SHORT = {day[:3]: n for day, n in WEEKDAYS.items()}
_WEEKDAY = rf"(?P<wd>{_alternation(WEEKDAYS)})"
_SEASON = rf"(?P<season>{_alternation(SEASONS)})"
RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str], Context], tuple[str | None, str] | None]]] = [
    *((rx, _on_full_date) for rx in FULL_DATE),
    (re.compile(r"(?:the )?(?:year )?(?P<year>1[5-9]\d\d|20\d\d|21\d\d)"), _on_year),
    (re.compile(r"(?:the )?(?:early |mid-|late )?(?P<year>1[5-9]\d|20\d)0s"), _on_year),  # a decade: "199"
    (re.compile(rf"(?:the )?(?:early |mid-|late )?(?:'\d0s|(?P<word>{_alternation(DECADE_WORDS)}))"), _on_decade_word),
    (re.compile(r"(?:the )?(?P<n>\d{1,2})(?:st|nd|rd|th)[- ]century"), _on_century),
    *((rx, _on_month_day) for rx in MONTH_DAY),
    (MONTH_YEAR, _on_month_year),
    (re.compile(rf"(?:early |late |mid-)?(?:(?P<rel>last|next|this|past|that) )?(?:early |late |mid-)?{_MON}"
                rf"(?: (?P<yrel>last|next|this) year)?"),
     _on_named_month),
    (re.compile(rf"(?:(?:early|late|earlier|later) )?(?:(?:the )?(?P<rel>{_WEEKDAY_REL}) )?{_WEEKDAY}"
                rf"(?: (?:morning|afternoon|evening|night))?"), _on_weekday),
    (re.compile(rf"(?:the )?(?:(?:early|late|mid-?)\s?)?(?:(?P<rel>last|next|this past|this|past|that) )?{_SEASON}"
                rf"(?: (?:of )?(?P<year>\d{{4}}))?"),
     _on_season),
    (re.compile(r"(?P<rel>last|next) (?:fiscal )?quarter"), _on_quarter_step),
    (PERIOD, _on_period),
    (MONTHS_PERIOD, _on_months_period),
    (TWO_QUARTERS, _on_two_quarters),
    (re.compile(rf"(?:the )?(?:end|start|beginning|middle|close) of {_MON}(?:,? (?P<year>\d{{4}}))?"), _on_month_edge),
    (YEAR_EARLIER, _on_year_earlier),
    (re.compile(r"(?:the )?(?:year-earlier|year-ago|prior-year|comparable|corresponding)"
                r" (?P<span>.+ (?:months|weeks))"), _on_span_a_year_back),
    (THE_PERIOD, _on_the_period),
    (re.compile(r"(?:(?:earlier|later) (?:on )?)?(?:that|the same|that same) (?P<unit>day|week|month|year)"),
     _on_that_unit),
    (re.compile(r"(?:earlier|later) in the day"), _on_in_the_day),
    (DAY_UNDER_WAY, _on_day_under_way),
    (re.compile(r"(?:early|late|mid-?|mid )(?P<part>morning|afternoon|evening)"), _on_part_of_story_day),
    (THE_YEAR, _on_the_year),
    (ANCHORED, _on_anchored),
    (re.compile(rf"(?:(?:early|late|later|earlier) )?(?P<day>{_alternation(DAYS_FROM_TODAY)})"), _on_days_from_today),
    (re.compile(rf"(?:the )?(?:(?P<rel>last|next|this) )?(?P<name>{_alternation(HOLIDAYS)})"), _on_holiday),
    (SPELLED_YEAR, _on_spelled_year),
    (re.compile(r"(?:(?:earlier|later|early|late) (?:in )?|mid-)?"
                r"(?P<rel>this past|this|last|next|the past|the last|the coming|the next) "
                r"(?P<unit>week|month|year|decade|century)"), _on_relative_unit),
    (re.compile(r"(?:earlier|later) in the (?P<unit>week|month|year)"), _on_unit_edge),
    (re.compile(r"(?:the )?(?:end|start|beginning|middle|close) of (?:the |(?P<rel>this|last|next) )?"
                r"(?P<unit>week|month|year|decade)"),
     _on_unit_edge),
    (re.compile(r"(?:(?P<rel>last|this|next|the past|the coming|the) )?weekend"), _on_weekend),
    (re.compile(r"(?:the )?week of (?P<day>.+)"), _on_week_of),
    (re.compile(rf"(?:(?:each|every) (?:{_WEEKDAY}|{_MON})|(?P<wds>{_alternation(WEEKDAYS)})s"
                rf"|(?P<wdp>{_alternation(WEEKDAYS)}) (?P<parts>{_alternation(PARTS_OF_DAY)})s)"), _on_every_named),
    (AGO, _on_ago),
    (DURATION, _on_duration),
    (re.compile(r"the (?:past|last|next|coming|previous|following) fortnight"), _on_the_fortnight),
    (VAGUE_DURATION, _on_vague_duration),
    (EITHER_SPAN, _on_either_span),
    (re.compile(r"(?P<unit>year|month|week|day|hour|minute|decade|centur(?:y|ie))(?:-?long|(?P<many>s-(?:long|old)))"),
     _on_unit_long),
    # "in recent weeks", "the coming years", "the months ahead": some weeks, some years (PXW).
    (re.compile(r"(?:the )?(?:recent|coming) (?P<unit>day|week|month|year|decade)s"
                r"|(?:the )?(?P<unit2>day|week|month|year)s (?:ahead|to come)"), _on_some_units),
    (re.compile(_alternation(VAGUE_REFS)), _on_vague_ref),
    (re.compile(_alternation(RECURRENCES)), _on_recurrence),
    (re.compile(rf"(?:once|twice|(?:\d+|{_NUMBER_WORDS}) times) (?:a|an|per|every|each) "
                rf"(?P<unit>year|month|week|day|hour)"), _on_times_a_unit),
    (re.compile(rf"every (?P<n>\d+|{_NUMBER_WORDS}) (?P<unit>year|month|week|day|hour|minute)s"), _on_every_few_units),
]


def _for_lower_ascii(rx: re.Pattern[str]) -> re.Pattern[str]:
    """rx as it matches text in lower case and ASCII, which normalise reads nearly always:
    without IGNORECASE when it spells no capital letter of its own (then it matches such
    text alike). Folding case made the rules compiled with it, as find needs them, several
    times as slow, and normalise tries most rules on each expression."""
    spelled = re.sub(r"\\.|\(\?P<", "", rx.pattern)  # escapes and group names spell no letter matched
    if not rx.flags & re.IGNORECASE or re.search("[A-Z]", spelled):
        return rx
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


LOWER_ASCII_RULES = [(_for_lower_ascii(rx), handler) for rx, handler in RULES]
# MISSED, each pattern with the one that scans a sentence in ASCII in lower case: without
# IGNORECASE where _for_lower_ascii finds it matches such text alike and no part of it is
# case-sensitive (then its matches are those in the text); ignoring case, the scans took 1.6
# times as long. Folded once, not for each text; and each word a pattern lists twice ("every")
# listed once, to be looked for once.
MISSED_SCANS = [(rx, rx if "(?-i" in rx.pattern else _for_lower_ascii(rx),
                 tuple(dict.fromkeys(triggers)) if isinstance(triggers, tuple) else triggers)
                for rx, triggers in MISSED]


def _amount(n: str) -> float | None:
    n = n.lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", n):
        return float(n)
    if n in ("a", "an"):
        return 1
    if SPELLED_NUMBER.fullmatch(n):
        return words_value(n)
    return None  # "several", "a few": an unknown amount


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _weekend(modifier: str | None, ctx: Context) -> str:
    """TIMEX3 "2025-W36-WE". "Last weekend" on a Sunday is the one before; a bare "the
    weekend" or "this weekend" is the latest one in past-tense reporting, else the coming one."""
    ref = ctx.ref
    assert ref is not None  # the one caller resolves a weekend only with a reference date
    saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)  # the latest, up to ref
    in_weekend = ref.weekday() >= 5
    if modifier in ("last", "the past"):
        if in_weekend:
            saturday -= dt.timedelta(days=7)
    elif modifier in ("next", "the coming") or (not in_weekend and ctx.tense != "past"):
        saturday += dt.timedelta(days=7)
    y, w, _ = saturday.isocalendar()
    return f"{y:04d}-W{w:02d}-WE"


def _shift(ref: dt.date, unit: str, step: int) -> str:
    if unit == "week":
        d = ref + dt.timedelta(weeks=step)
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if unit == "month":
        month = ref.month + step
        year = _year(ref.year + (month - 1) // 12)
        month = (month - 1) % 12 + 1
        return f"{year:04d}-{month:02d}"
    if unit == "decade":
        return f"{_year(ref.year + 10 * step) // 10:03d}"
    if unit == "century":
        return f"{_year(ref.year + 100 * step) // 100:02d}"
    return f"{_year(ref.year + step):04d}"


def _year(year: int) -> int:
    """The year, if the calendar has it (1 to 9999); OverflowError otherwise, as date
    arithmetic raises."""
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OverflowError(f"year {year} is out of range")
    return year


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
    years = 10 * amount if unit == "decade" else amount  # "a decade ago" is a year, as "ten years ago"
    return f"{_year(ref.year - years):04d}"


def _named_month_year(month: int, rel: str | None, year_rel: str | None, ctx: Context) -> int | None:
    """"October last year", "last October", "next March": the year the words point to;
    a bare month takes the occurrence the tense points to."""
    ref = ctx.ref
    if year_rel:
        return _shift_year(year_rel, ctx)
    if rel == "that":
        if (year := _anchor_year(ctx)) is not None:
            return year
        rel = None  # nothing dated before it: as a bare month
    if not rel and ref and ctx.done and len(set(ctx.years)) != 1:
        # "police arrested him in January": a month that had begun by publication (a planned
        # one may still be ahead, "the vote was scheduled for January").
        return ref.year if month <= ref.month else _year(ref.year - 1)
    if not rel or not ref:
        return _year_for(month, 15, ctx)
    if rel in ("last", "past"):
        return ref.year if month < ref.month else _year(ref.year - 1)
    if rel == "next":
        return ref.year if month > ref.month else _year(ref.year + 1)
    return ref.year


def _period(m: re.Match[str], ctx: Context) -> str | None:
    """A quarter or half of a year: "Q3 last year" -> 2024-Q3, "the first half of 2026" -> 2026-H1."""
    if m.group("code"):
        kind, n = ("quarter" if m.group("code")[0] == "q" else "half"), int(m.group("code")[1])
    else:
        kind, n = m.group("kind"), PERIOD_ORDINALS[m.group("ord")]
        if kind == "half" and m.group("ord") in ("last", "final"):
            n = 2  # "the last half of 1989"
        if kind == "half" and n > 2:
            return None
    months = 3 if kind == "quarter" else 6
    first, last = months * (n - 1) + 1, months * n
    if m.group("year") or m.group("y0"):
        year: int | None = int(m.group("year") or m.group("y0"))
    elif m.group("poss"):
        year = _shift_year(m.group("poss"), ctx)
    elif m.group("fy"):
        year = 2000 + int(m.group("fy"))
    elif m.group("shift"):
        year = _shift_year(m.group("shift"), ctx)
    elif kind == "half" and not m.group("code") and not m.group("the_year"):
        return None  # a bare "the second half" is as often a match's as a year's
    elif not ctx.ref:
        return None
    else:
        # Results are reported after a period ends and forecast before it starts: "revenue
        # fell in the fourth quarter" in January is last year's, "will rise in Q1" in
        # November next year's; "will report third-quarter results" in October is the
        # quarter just ended.
        year = ctx.ref.year
        if ctx.tense == "past" and first > ctx.ref.month:
            year -= 1
        elif ctx.tense == "future" and last < ctx.ref.month - 2:
            year += 1
    if year is None:
        return None
    return f"{year:04d}-{'Q' if kind == 'quarter' else 'H'}{n}"


def _anchored(m: re.Match[str], ctx: Context) -> str | None:
    """A date counted from the last one the story mentioned, else from publication. "The
    following week" is a whole week; "a year earlier" keeps its anchor's granularity (after
    "the second quarter" it is last year's second quarter). None when the anchor is too
    coarse ("the next day" after "March")."""
    anchor = ctx.anchor or (ctx.ref.isoformat() if ctx.ref else None)
    if not anchor:
        return None
    ctx.counted = True
    if m.group("n"):
        amount = _amount(m.group("n"))
        if amount is None or not float(amount).is_integer():
            return None
        unit, step = m.group("unit"), int(amount) * (-1 if m.group("dir") in ("earlier", "before") else 1)
    elif m.group("unit2"):
        unit, step = m.group("unit2"), -1 if m.group("rel") in ("previous", "preceding") else 1
    elif m.group("next"):
        unit, step = "day", 1
    else:
        unit, step = m.group("unit3"), -1 if m.group("dir3") == "before" else 1
    if unit == "decade":
        return f"{int(anchor[:3]) + step:03d}" if re.match(r"\d{3}", anchor) else None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", anchor):
        d = dt.date.fromisoformat(anchor)
    elif re.fullmatch(r"\d{4}-\d\d", anchor) and unit in ("month", "year"):
        d = dt.date(int(anchor[:4]), int(anchor[5:]), 1)
    elif re.fullmatch(r"\d{4}-W\d\d", anchor) and unit in ("week", "year"):
        d = dt.date.fromisocalendar(int(anchor[:4]), int(anchor[6:]), 1)
    elif unit == "year":
        return f"{_year(int(anchor[:4]) + step)}{anchor[4:]}"
    else:
        return None
    if unit in ("day", "week"):
        d += dt.timedelta(days=step * (7 if unit == "week" else 1))
    else:
        year, month = divmod(d.year * 12 + d.month - 1 + step * (12 if unit == "year" else 1), 12)
        d = dt.date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))
    if m.group("n"):  # a point, as fine as its anchor
        return _shift(d, "week", 0) if "W" in anchor else d.isoformat()[:len(anchor)]
    return d.isoformat() if unit == "day" else _shift(d, unit, 0)


def _anchor_year(ctx: Context) -> int | None:
    """"lost the race that November", "resigned that summer": the year of the last date the
    article gave, the one its story is at."""
    if not ctx.anchor or not YEAR_VALUE.match(ctx.anchor):
        return None
    ctx.counted = True
    return int(ctx.anchor[:4])


def _shift_year(word: str | None, ctx: Context) -> int | None:
    if not ctx.ref:
        return None
    return _year(ctx.ref.year + {"last": -1, "past": -1, "next": 1}.get(word or "", 0))


def _weekday(modifier: str | None, weekday: int, ctx: Context) -> str | None:
    ref = ctx.ref
    if not ref:
        return None
    delta = weekday - ref.weekday()
    if modifier in ("next", "coming", "this coming"):
        d = ref + dt.timedelta(days=delta if delta > 0 else delta + 7)
    elif modifier == "this":
        d = ref + dt.timedelta(days=delta)
    elif modifier is None and ctx.tense != "past" and not ctx.nominal:
        d = ref + dt.timedelta(days=delta if delta >= 0 else delta + 7)  # "plays Chicago on Tuesday"
    elif modifier is None:
        # News reports what happened: "on Thursday" is the latest Thursday up to publication.
        d = ref + dt.timedelta(days=delta if delta <= 0 else delta - 7)
    else:
        d = ref + dt.timedelta(days=delta if delta < 0 else delta - 7)  # "last Monday": before today
    return d.isoformat()


def _month_day(month: int, day: int, ctx: Context, year: int | None = None) -> str | None:
    """The date of a month and day, in `year` when the words give it, else in the year
    _year_for finds."""
    if not 1 <= month <= 12:
        return None
    year = year or _year_for(month, day, ctx)
    try:
        if year:
            d = dt.date(year, month, day)
            ctx.seen[(month, day)] = year
            return d.isoformat()
        dt.date(2000, month, day)  # validates the day
    except ValueError:
        return None
    return f"XXXX-{month:02d}-{day:02d}"


# How many days before publication a date said in the future tense is still this year's.
JUST_GONE = 7
# How many days back a date said in the present tense is still the one just gone, not the next.
JUST_SPOKEN_OF = 90


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
    if ctx.tense == "future":
        # "will vote in May": the next occurrence; a day just gone is a deadline the story,
        # written before it was published, still looked ahead to ("must return the boy by
        # Jan. 14", published on the 15th), not one a year away.
        return ref.year if this_year >= ref - dt.timedelta(days=JUST_GONE) else _year(ref.year + 1)
    if ctx.tense == "present" and not ctx.since:
        # "the votes she needs in November", "the offer expires Nov. 17", "payable Jan. 2": the
        # present speaks of a date ahead, or of one just gone ("sales in March are up").
        last = this_year if this_year <= ref else this_year.replace(year=_year(ref.year - 1))
        return last.year if ref - last <= dt.timedelta(days=JUST_SPOKEN_OF) else _year(last.year + 1)
    # Past: the latest occurrence, allowing two months ahead for announced events ("said it
    # would pay on Jan. 2"); since then, none ahead ("is down 3% since March").
    horizon = ref if ctx.since else ref + dt.timedelta(days=60)
    if horizon.year > ref.year and this_year.replace(year=horizon.year) <= horizon:
        return horizon.year
    return ref.year if this_year <= horizon else _year(ref.year - 1)


def _years_nearby(text: str, sentence: Span, start: int, end: int) -> list[int]:
    """The year written with a date that lacks one: "October 7, 2023", "the October 7
    attacks in 2023", "in 2023, on October 7"; not any year in its sentence ("open Oct. 18
    with a screening of the 1946 film")."""
    after = YEAR_AFTER.match(text, end, min(sentence[1], end + 40))
    before = YEAR_BEFORE.search(text, max(sentence[0], start - 20), start)
    return [int(m.group(1)) for m in (after, before) if m]


def _tense(ent: SpacySpan, root: Token, c: TokenColumns) -> tuple[str, bool, bool]:
    """The tense of the clause the expression sits in; whether the expression dates a noun
    of that clause rather than its verb: "will pay a premium to the closing price on Friday",
    "police are appealing for witnesses to Saturday's crash" (such a noun names something of
    its own time, so a weekday there takes news's default, the one just past); and whether
    it dates a finite past verb of its own ("police arrested him in January"), an event done
    by publication, not one planned ("was scheduled for March", "decided to admit in March").
    `root` is ent.root; the climb from it to its verb, the words climbed past and the verb's
    tense are read from the batch's columns `c`."""
    verbs, nominals, subjects = hashes("VERB", "AUX"), hashes("NOUN", "PROPN"), hashes("nsubj", "nsubjpass")
    i = root.i
    climbed: list[int] = []
    for _ in range(8):
        if c.pos[i] in verbs and not _gerund_object(c, i):
            break
        if climbed and c.pos[i] in nominals and any(c.dep[k] in subjects for k in c.children(i)):
            return "present", False, False  # a verb the tagger took for a noun: "a consultation runs until"
        if c.head[i] == i:
            # A clause the parser took for a noun phrase ("A consultation runs until 14 March,
            # and councillors are expected to ...") shares the tense of the clause joined to it.
            conj = next((k for k in c.children(i) if c.dep[k] in hashes("conj") and c.pos[k] in verbs), None)
            return (_verb_tense(c, conj, _auxes(c, conj)) if conj is not None else "past"), False, False
        climbed.append(i)
        i = c.head[i]
    verb = _noun_taken_for_a_verb(c, _reported_clause_of(c, ent, _reporting_verb_of(c, ent, i)))
    if _planned_on(c, verb, bool(climbed) and c.dep[climbed[-1]] in hashes("prep")):
        return "past", False, True
    auxes = _auxes(c, verb)
    tense = _verb_tense(c, verb, auxes)
    deferred = tense == "past" and _lemma(c, verb) in DEFERRAL_VERBS
    # "has extended the loans through January": put off to a month still ahead (where "sales
    # are up 5% through September" counts to one gone, so "through" alone is no bound ahead).
    if any(c.lower[k] in FORWARD or deferred and c.lower[k] == "through" for k in climbed):
        if deferred:
            return "future", False, False  # "postponed until Tuesday": put off to a day still ahead
        return ("future" if tense == "present" else tense), False, False
    nouns = [k for k in climbed[1:] if c.pos[k] in nominals and c.ent_type[k] not in hashes("DATE", "TIME")]
    # A clause's subject shares its time: "the match on Saturday will be his last", "the vote
    # on Friday is expected to be close".
    nominal = bool(nouns) and c.dep[nouns[-1]] not in subjects
    if "since" in (c.lower[k] for k in climbed):
        # "is down 3% since Friday's close", "Since announcing in October that he would retire,
        # he has ...": a time up to publication, begun by then whatever the clause's tense.
        return "past", False, True
    if tense == "past":
        done = _done(c, verb, auxes)
        if not done and nouns and _lemma(c, nouns[0]) in SCHEDULED_CONTESTS:
            # A contest dated in a past clause whose verb tells of nothing done ("said, referring
            # to the July convention", "hoped to win at the July primary") has a time of its
            # own: the one just gone, else the one ahead, as a present clause names it.
            return "present", True, False
        return tense, False, not nominal and done
    if any(c.tag[k] in hashes("VBG") and c.dep[k] in hashes("pcomp") and c.lower[c.head[k]] == "despite"
           for k in climbed):
        return "past", False, False  # "is lagging despite winning the primary there in February"
    # "Friday's purchases", "Tuesday's ruling means": a present clause speaks of what that day did;
    # any clause does of what a day's act left, even as its subject ("Monday's ruling will shape").
    nominal = nominal or (tense == "present" and c.dep[root.i] in hashes("poss")) \
        or any(_lemma(c, k) in OUTCOME_NOUNS for k in nouns)
    if tense == "present" and nouns and _lemma(c, nouns[0]) in DOCUMENT_NOUNS:
        return "past", True, False  # "according to a February survey": what is published is out
    if tense == "present" and any(_lemma(c, k) in FUTURE_HEADS for k in nouns):
        return "future", nominal, False  # "her chances of winning in November", "plans for a vote in May"
    return tense, nominal, False


def _noun_taken_for_a_verb(c: TokenColumns, verb: int) -> int:
    """"Jones did not repeat her Wall Street remarks on Sunday": a present verb with no
    subject, as the object or clause of another verb ("remarks" after "repeat"), is a noun
    the tagger took for a verb; the verb it hangs from has the tense. Else the verb itself."""
    if c.tag[verb] in hashes("VBZ", "VBP") and c.dep[verb] in hashes("ccomp", "dobj") \
            and c.pos[c.head[verb]] in hashes("VERB", "AUX") \
            and not any(c.dep[k] in hashes("nsubj", "nsubjpass", "expl", "csubj") for k in c.children(verb)):
        return c.head[verb]
    return verb


def _planned_on(c: TokenColumns, verb: int, through_preposition: bool) -> bool:
    """"the plan proposed on Monday", "the record high set on Aug. 6": a participle of
    planning that qualifies a noun, dated through a preposition, dates the act of planning,
    which is done. With "for" it says what was planned, and when: "the vote scheduled for
    Monday", "a summit set for Washington in April" ("the vote scheduled Monday" may be
    either). `through_preposition`: whether the last word climbed past to the verb is one."""
    return (c.tag[verb] in hashes("VBN") and c.dep[verb] in hashes("acl") and through_preposition
            and _lemma(c, verb) in FUTURE_HEADS
            and not any(c.dep[k] in hashes("aux", "auxpass")
                        or c.dep[k] in hashes("prep") and (c.lower[k] == "for" or c.lower[k] in FORWARD)
                        for k in c.children(verb)))


def _gerund_object(c: TokenColumns, i: int) -> bool:
    """A gerund that is the object of a preposition ("can take part in planning for the
    summit in April") or that stands as one ("will close for two weeks starting Monday"): it
    has no tense of its own; the verb it hangs from has. Token i of the batch's columns `c`."""
    if c.tag[i] not in hashes("VBG") or any(c.dep[k] in hashes("aux", "auxpass") for k in c.children(i)):
        return False
    # "Starting Tuesday, the race will be fierce": a participle opening the sentence, with no
    # subject, has the tense of the clause it opens
    # "a pathway going into November", "fans queuing since Friday": a participle that qualifies
    # a noun has the tense of the clause the noun is in.
    return c.dep[i] in hashes("pobj", "pcomp", "prep", "acl") or c.dep[i] in hashes("advcl") and not any(
        c.dep[k] in hashes("nsubj", "nsubjpass") for k in c.children(i))


def _done(c: TokenColumns, verb: int, auxes: set[str]) -> bool:
    """A finite verb in the simple past, active or passive ("arrested", "was arrested"), of
    no plan ("planned", "scheduled"). `auxes`: _auxes(c, verb)."""
    tag = c.tag[verb]
    return ((tag in hashes("VBD") and not auxes) or (tag in hashes("VBN") and auxes in ({"was"}, {"were"}))) \
        and _lemma(c, verb) not in FUTURE_HEADS


def _reporting_verb_of(c: TokenColumns, ent: SpacySpan, verb: int) -> int:
    """The verb a date dates when the parser put it in the clause reported instead: "said on
    Monday it would cut 500 jobs" (the date is before the clause's subject, and no "that" opens
    the clause before it); else the verb itself."""
    head = c.head[verb]
    if c.dep[verb] not in hashes("ccomp") or c.pos[head] not in hashes("VERB", "AUX") or not head < ent.start:
        return verb
    subj = next((k for k in c.children(verb) if c.dep[k] in hashes("nsubj", "nsubjpass")), None)
    if subj is None or c.doc[subj].left_edge.i < ent.end \
            or any(c.dep[k] in hashes("mark") and k < ent.start for k in c.children(verb)):
        return verb
    return head


def _reported_clause_of(c: TokenColumns, ent: SpacySpan, verb: int) -> int:
    """The verb of the clause reported before a date that the parser hung from the reporting
    verb after it: "The suspect will appear in court Thursday, police said" (the date closes
    that clause, before the reporting verb's subject); else the verb itself."""
    if verb < ent.end or _lemma(c, verb) not in REPORTING_VERBS:
        return verb
    clause = next((k for k in c.children(verb) if c.dep[k] in hashes("ccomp") and k < ent.start), None)
    if clause is None or c.doc[clause].right_edge.i != ent.start - 1:
        return verb
    return clause


def _auxes(c: TokenColumns, verb: int) -> set[str]:
    """The verb's auxiliaries, lower case: read once for a verb's tense and whether it is done."""
    return {c.lower[k] for k in c.children(verb) if c.dep[k] in hashes("aux", "auxpass")}


def _lemma(c: TokenColumns, i: int) -> str:
    """Token i's lemma, lower case (the one attribute of a verb the columns leave out)."""
    return c.doc[i].lemma_.lower()


def _verb_tense(c: TokenColumns, verb: int, auxes: set[str]) -> str:
    """The tense of a verb with auxiliaries `auxes` (_auxes(c, verb)), read from the batch's
    columns `c`."""
    # An infinitive, active or passive ("is due to be published in May": the participle
    # carries "to be", and the clause's time is the head's, as for "is due to publish").
    tag, head = c.tag[verb], c.head[verb]
    infinitive = tag in hashes("VB") or (tag in hashes("VBN") and "be" in auxes)
    if "to" in auxes and infinitive and head != verb:
        if c.pos[head] in hashes("ADJ") and _past_copula(c, head):
            return "past"  # "had been due to expire Friday", "was willing to skip class Thursday"
        # "is expected to meet on Thursday", "plans to vote in May"; "had been scheduled to
        # expire Friday" was a plan before the story's time
        if _lemma(c, head) in FUTURE_HEADS:
            return "past" if any(c.lower[k] == "had" for k in c.children(head) if c.dep[k] in hashes("aux")) \
                else "future"
        if c.pos[head] in hashes("NOUN", "ADJ"):
            return "future"  # "an effort to clear the backlog by year end", "ready to leave on Tuesday"
        verb, tag = head, c.tag[head]
        auxes = _auxes(c, verb)
    # "would have won on Tuesday" is what did not happen by then, not what will
    if auxes & {"will", "'ll", "shall", "wo"} or "would" in auxes and "have" not in auxes or c.lower[verb] == "will":
        return "future"
    if auxes & {"can", "ca", "may", "might", "must", "should"} and tag in hashes("VB") and not auxes & {"have"}:
        return "future"  # "can take part in the summit in April", "must leave by Jan. 14"
    if tag in hashes("VBG") and auxes & {"is", "are", "'s", "'re", "am"}:
        return "future"  # "is meeting on Friday"
    if auxes & {"has", "have"} and tag in hashes("VBN") and _lemma(c, verb) in FUTURE_HEADS:
        return "future"  # "has scheduled a news conference Thursday"
    if auxes & {"was", "were", "had", "has", "have", "did"}:
        return "past"
    if tag in hashes("VBN", "VBZ", "VBP") and _lemma(c, verb) in FUTURE_HEADS:
        return "future"  # "the vote on Friday is expected to be close", "plans a vote in May"
    if tag in hashes("VBN") and auxes & {"is", "are", "am", "'s", "'re"}:
        return "present"  # a present passive: "roads are closed until Tuesday"
    if tag in hashes("VBD", "VBN") or _past_with_singular_subject(c, verb):
        return "past"
    if tag in hashes("VBZ", "VBP", "VB"):
        # "The ministry says Thursday": a report in the present of what has been said.
        return "past" if _lemma(c, verb) in REPORTING_VERBS else "present"
    return "past"


def _past_copula(c: TokenColumns, adj: int) -> bool:
    """An adjective said of the past: "was ready", "had been due"."""
    verb = c.head[adj] if c.dep[adj] in hashes("acomp") else adj
    return bool(({c.lower[verb]} | _auxes(c, verb)) & {"was", "were", "had"})


def _past_with_singular_subject(c: TokenColumns, verb: int) -> bool:
    """"Weakness hurt the index on Friday": a verb the same in past and present ("hurt", "cut",
    "set") tagged present, whose singular noun subject shows it is past ("hurts" otherwise)."""
    return c.tag[verb] in hashes("VBP") and any(
        c.dep[k] in hashes("nsubj") and c.tag[k] in hashes("NN", "NNP")
        and not any(c.dep[g] in hashes("conj") for g in c.children(k))
        for k in c.children(verb))


def _event(ent: SpacySpan, root: Token, sent: Sentence, text: str, c: TokenColumns,
           took: range) -> tuple[Span | None, str | None]:
    """The event a date expression dates: the noun it modifies ("the October 7 attacks"), or
    its clause, shortened to subject, verb and object for the panel. Its words are cut from
    `text` (the parsed text) by the tokens' offsets, not joined token by token as a Span's
    text is, and the verb and its children are read from the batch's columns `c`, a token
    built only for the edges of a noun, a verb or an object. `root` is ent.root; `took` the
    tokens the date took in before it, no subject or object of its event (the "that" of
    "lost that November, carrying ...")."""
    doc, r = ent.doc, root.i
    head = c.head[r]
    noun = None
    if c.dep[r] in hashes("compound", "nmod", "amod", "npadvmod") and c.pos[head] in hashes("NOUN", "PROPN") \
            and head > r:
        noun = head  # "the October 7 attacks"
    # (A Span's text is joined from its tokens at each reading: asked last.)
    elif c.dep[r] in hashes("pobj") and c.dep[head] in hashes("prep") and c.pos[c.head[head]] in hashes("NOUN") \
            and c.head[head] < r and YEAR_VALUE.fullmatch(ent.text):
        noun = c.head[head]  # "the attacks in 2023" ("talks on Tuesday" is the clause's event)
    if noun is not None:
        span = (c.start(doc[noun].left_edge.i), c.end(noun))
        return span, text[span[0]:span[1]]
    verb = _clause_verb(c, r, took)
    if c.pos[verb] not in hashes("VERB", "AUX"):
        return (sent.start, sent.end), clip(sent.sent.text, EVENT_CHARS)
    if c.dep[verb] in hashes("ROOT"):
        lo, hi = sent.sent.start, sent.sent.end - 1
    else:
        lo, hi = doc[verb].left_edge.i, doc[verb].right_edge.i
    span = (c.start(lo), c.end(hi))
    parts: list[Span] = []
    deps = [(k, c.dep[k]) for k in c.children(verb)]
    subj = next((k for k, dep in deps if dep in hashes("nsubj", "nsubjpass") and k not in took), None)
    if subj is not None:
        modifiers = hashes("det", "poss", "compound", "amod", "nummod", "nmod")
        mods = [k for k in c.children(subj) if k < subj and c.dep[k] in modifiers]
        parts.append((c.start(min(mods, default=subj)), c.end(subj)))
    auxes = hashes("aux", "auxpass", "neg")
    parts.extend((c.start(k), c.end(k)) for k, dep in deps if dep in auxes)
    parts.append((c.start(verb), c.end(verb)))
    obj = next((k for k, dep in deps if dep in hashes("dobj", "attr", "oprd") and k not in took), None)
    if obj is not None:
        parts.append((c.start(doc[obj].left_edge.i), c.end(obj)))
    return span, clip(_joined(parts, text), EVENT_CHARS)


def _joined(parts: list[Span], text: str) -> str:
    """The parts' words, a space between two only where the text has one: "They’re voting",
    not "They ’re voting"."""
    said = ""
    for i, (start, end) in enumerate(parts):
        if i and parts[i - 1][1] != start:
            said += " "
        said += text[start:end]
    return said


def _clause_verb(c: TokenColumns, i: int, took: range = range(0)) -> int:
    """The verb of the clause token i sits in, climbing past participles and "according"
    that have no subject of their own (none among the tokens `took` the date took in) to the
    verb that does: read from the batch's columns `c`, where the climb built each token and each of
    its children."""
    verbs, subjects = hashes("VERB", "AUX"), hashes("nsubj", "nsubjpass")
    first = None
    for _ in range(8):
        if c.pos[i] in verbs:
            if first is None:
                first = i
            if any(c.dep[k] in subjects and k not in took for k in c.children(i)):
                return i
        if c.head[i] == i:
            break
        i = c.head[i]
    return i if first is None else first


YEARISH_START = re.compile(r"^\d{2,4}")


def _sort_key(value: str | None) -> tuple[int, str]:
    """Chronological order; durations, vague references and unresolved entries last."""
    if not value:
        return (3, "")
    if YEARISH_START.match(value):  # a year, decade ("196") or century ("19")
        return (0, value.replace("XXXX", "9999"))
    if value == "PAST_REF":
        return (1, "0")
    if value == "PRESENT_REF":
        return (1, "1")
    if value == "FUTURE_REF":
        return (1, "2")
    return (2, value)
