"""Numbers the article claims: digits and words, with their value, an "approximately" flag
and what they count. Dates, clock times, ordinals and numbers inside names are not claims."""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from .gazetteer import CONTINENTS, COUNTRIES, US_STATES
from .lexicon import MONTHS, table, words
from .lexicon import alternation as _alternation
from .model import Number
from .parsed import entity_of, hashes, indices_overlapping

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .parsed import Parsed, Sentence, TokenColumns


def _number(v: str) -> int | float:
    f = float(v)
    return int(f) if f.is_integer() else f


UNITS = {w: _number(v) for w, v in table("number_words").items()}
SCALES = {w: _number(v) for w, v in table("number_scales").items()}
ABBREV_SCALES = {w: _number(v) for w, v in table("number_abbrev_scales").items()}
CURRENCY_ABBREV_SCALES = {w: _number(v) for w, v in table("currency_abbrev_scales").items()}
FRACTIONS = {w: 1 / int(den) for w, den in table("fractions").items()}
VULGAR_FRACTIONS = {c: float(v) for c, v in table("vulgar_fractions").items()}
PREFIX_SIGN = {w: int(v) for w, v in table("number_prefixes").items()}
SUPERSCRIPTS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207b", "0123456789-")
DURATION_UNITS = rf"(?:{_alternation(words('duration_units'))})"
MEASURE_UNITS = words("measure_units")
# Month names as written in dates, capitalised: a figure next to one is a day of the month
# ("Sep 4, 2019", "4 September").
MONTH_NAMES = frozenset(name.capitalize() for name in MONTHS)
NUMBER_LABELS = words("number_labels")
COUNT_CUES = words("count_cues")
FATES = words("fates")
ORDINALS = words("count_ordinals")
MODEL_NOUNS = words("model_nouns")
ONE_PERSON_PRONOUNS = words("one_person_pronouns")
PERSON_WORDS = words("person_nouns") | words("kin")
KNOWN_PLACES = COUNTRIES | US_STATES | CONTINENTS

_WORD = _alternation(UNITS)
_SCALE = "|".join(SCALES)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
# Digits read aloud after "point": "one point six billion", "two point oh five"
_DECIMAL_WORD = rf"(?:{_alternation([w for w, v in UNITS.items() if v in range(10)] + ['oh'])})"
_DECIMALS = rf"\s+point(?:\s+{_DECIMAL_WORD}\b)+"
# What follows a scale word: "two hundred and thirty-four", spoken "two hundred thirty four"
_SCALE_TAIL = rf"(?:\s+(?:and\s+)?(?:{_WORD})(?:[- ](?:{_WORD}))?)?"
_AFTER_SCALE = rf"(?:(?:\s+|-)(?:{_SCALE}){_SCALE_TAIL})"  # "two million", "six-million"
_WORDNUM = rf"(?:{_WORD})(?:[- ](?:{_WORD}))?(?:{_DECIMALS})?{_AFTER_SCALE}*"
_SIGNS = _alternation(words("currency_symbols"))
_SIGN_COUNTRIES = _alternation(words("currency_sign_prefixes"))
# "US$5", "$US160 million", "NOK2.1bn", "EUR 40m", "RM500"
_CURRENCY = (rf"(?:{_SIGN_COUNTRIES})?(?:{_SIGNS})(?:(?:{_SIGN_COUNTRIES})(?=\s?[\d.]))?"
             rf"|(?:{_alternation(words('currency_codes'))})(?=\s?\d)")
# What a currency opens with: a sign, or a country's letters or a code (each word characters
# and at most a stop: "Rs.") and then a sign or a figure. Looked for first, it keeps the
# regex engine out of the branches of every code and country at each word, where almost
# none opens a currency: NUMBER_RE took 13% less time.
CURRENCY_LETTERS = max(len(w.rstrip(".")) for w in (*words("currency_sign_prefixes"), *words("currency_codes")))
CURRENCY_AHEAD = rf"(?=\w{{0,{CURRENCY_LETTERS}}}\.?\s?(?:\d|{_SIGNS}))"
# "a third", "two-fifths", "seven-eighths": a numerator below the denominator, so that "five
# quarters" and "four quarters" are counts of quarters of a year
_FRACTION = "|".join(
    rf"(?:an?|{_alternation([w for w, v in UNITS.items() if 0 < v < round(1 / share)])})[- ]"
    rf"(?:{_alternation([w for w, s in FRACTIONS.items() if s == share])})"
    for share in sorted(set(FRACTIONS.values()), reverse=True))
_ABBR = _alternation(ABBREV_SCALES)
_SPACED_ABBR = _alternation(words("spaced_scales"))
_CURRENCY_ABBR = _alternation(CURRENCY_ABBREV_SCALES)
# "$20-plus trillion", "300-odd million": about the figure, which the scale after still scales
_PLUS_BEFORE_SCALE = _alternation(w for w in words("approximators_after") if w[0] in "-+")
_AND_A_HALF = r"[\s-]and[\s-]a[\s-]half\b"  # "four-and-a-half", "two and a half years"
_EXPONENT = (r"[eE][-+]?\d{1,3}(?!\w)"
             r"|\s?[x\u00d7]\s?10(?:\^[-\u2212]?\d+|[\u207b]?[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)")
NUMBER_RE = re.compile(
    rf"""(?<![\w.,/:])
    (?P<pre>(?:{_alternation(PREFIX_SIGN)})-(?=\d)|(?<!plus\sor\s)minus\s+(?=\d|(?:{_WORD})\b)|(?<!\d\s)(?<!%)[-\u2212](?=[\d.]))?
    (?:{CURRENCY_AHEAD}(?P<cur>{_CURRENCY}))?(?(cur)\s?)
    (?:
      (?P<ratio>(?P<rnum>a|{_WORD}|\d{{1,3}})[\s-]in[\s-](?:every[\s-])?(?P<rden>{_WORD}|\d{{1,3}}))\b(?!\s+{DURATION_UNITS})
    | (?P<unithalf>an?[\s-](?P<hunit>{DURATION_UNITS})[\s-]and[\s-]a[\s-]half)\b
    | (?P<timehalf>time[\s-]and[\s-]a[\s-]half)\b
    | (?P<height>(?P<feet>[1-9]|{_WORD})-(?:foot|feet)-(?P<inches>1[01]|\d|{_WORD})(?:-inch(?:es)?)?)\b(?!-\w)
    | (?P<dozens>(?P<dcount>{_WORD}|\d{{1,2}})[\s-]dozen)\b
    | (?P<dfrac>(?:(?P<whole>\d+)[\s-])?(?P<fnum>\d+)(?P<slash>[/\u2044])(?P<fden>\d+))
    | (?P<fold>(?P<foldn>\d+(?:\.\d+)?|{_WORD})-?fold)\b
    | (?P<vulgar>(?:\d+\s?)?[{''.join(VULGAR_FRACTIONS)}])
    | (?P<digits>{_DIGITS})(?P<exp>{_EXPONENT})?(?!(?:st|nd|rd|th)\b)
        (?:(?P<plus>{_PLUS_BEFORE_SCALE})?[\s-]?(?P<scale>(?:{_SCALE})s?(?:\s+(?:{_SCALE})s?)*)\b|(?P<abbr>{_ABBR})\b
         |(?(cur)(?:\s(?P<cabbr>{_ABBR})|(?P<tabbr>{_CURRENCY_ABBR}))\b|(?!))|\s(?P<sabbr>{_SPACED_ABBR})\b|(?P<dhalf>{_AND_A_HALF}))?
    | (?P<frac>{_FRACTION})\b
        (?:(?P<fscale>\s+of\s+an?\s+(?:{_SCALE})|[\s-](?:{_SCALE}|dozen))\b|(?!-))
    | (?P<times>twice|thrice)\b
    | (?P<words>{_WORDNUM})\b(?P<whalf>{_AND_A_HALF})?
    | (?P<ascale>an?\s(?:{_SCALE}){_SCALE_TAIL}{_AFTER_SCALE}*)\b
    | (?P<dozen>(?:a\s)?dozen)\b
    | (?P<halfscale>half[\s-](?:an?\s)?(?:{_SCALE}|dozen))\b
    | (?P<half>half)(?=\s+(?:the|of|a|an|its|their|his|her|all)\b)
    )
    (?P<pct>\s?%|\s?per\s?cent\b|\s?percent\b)?
    (?![\w-]*[A-Za-z]\d)(?!\d|[.,]\d|:\d)""",
    re.X | re.I,
)
# Where NUMBER_RE may find a figure: where its own look-behind lets one open, at a digit, a
# stop, a minus, a sign, or a run of letters (told ignoring case, as NUMBER_RE tells them) that
# one of its branches opens with. NUMBER_RE, many branches ignoring case, was tried at every
# character of a sentence and entered at every word; it is tried only at these, where the
# plain scan would find the same figures (each opens at one), in half the time.
# (Lower-cased, each word once: in a trie, which words that differ only in case would undo.)
# "fivefold", "tenfold": a multiple written as one word
_FOLDS = {f"{w}fold" for w in UNITS}
_OPENING_WORDS = {*PREFIX_SIGN, *UNITS, *_FOLDS, "a", "an", "twice", "thrice", "dozen", "half", "time",
                  *(w.rstrip(".").lower() for w in (*words("currency_sign_prefixes"), *words("currency_codes")))}
_OPENING = (rf"(?<![\w.,/:])(?:[\d.\-\u2212{re.escape(''.join((*words('currency_symbols'), *VULGAR_FRACTIONS)))}]"
            rf"|(?:{_alternation(_OPENING_WORDS)})(?![^\W\d_]))")
NUMBER_OPENING = re.compile(_OPENING, re.I)
# The same for a sentence in ASCII, scanned lower-cased: lower case moves no character of it,
# makes no word character of any other, and no sign is a letter, so the openings are the same,
# found without IGNORECASE, which made the scan half as long again.
LOWER_ASCII_OPENING = re.compile(_OPENING)
CLOCK_AFTER = re.compile(
    r"(?:\s*(?:and|to|-|\u2013)\s*\d{1,2})?\s*(?:in the (?:morning|afternoon|evening)|at night|"
    r"a\.?m\b\.?|p\.?m\b\.?|o'clock|o\u2019clock)", re.I)
# Phone numbers: \(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\(\d{1,4}-\d{1,4}\)\s?\d{2,4}[ .-]\d{3,4}\b
# |\b\d{3}-\d{4}\b|\+\d[\d ()-]{7,}\d (the second with country and area codes in brackets:
# "(254-2) 751-613"), written to open with the character each starts with and check what
# comes before it after: re then skips to those characters, where a leading \b or \(? was
# tried at every one of a sentence's.
PHONE_RE = re.compile(r"[(\d+](?:(?<=\()\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b"
                      r"|(?<=\()\d{1,4}-\d{1,4}\)\s?\d{2,4}[ .-]\d{3,4}\b"
                      r"|(?<=\d)(?<!\w\d)(?:\d{2}\)?[ .-]\d{3}[ .-]\d{4}\b|\d{2}-\d{4}\b)"
                      r"|(?<=\+)\d[\d ()-]{7,}\d)")
# Digits that are no figure: numeric dates ("2016-06-28", "9/17/16", "in '16") and identifiers
# longer than any amount written without separators (tweet and order numbers). A year's
# apostrophe is often typed as an opening quote ("in \u201808"). Opening with its first
# character as PHONE_RE does, it is \b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b
# |(?<=[\s(])['\u2018\u2019]\d{2}(?!\d)|\b\d{10,}\b.
NOT_FIGURES_RE = re.compile(r"[\d'\u2018\u2019](?:(?<=\d)(?<!\w\d)"
                            r"(?:\d{3}-\d{1,2}-\d{1,2}\b|\d?/\d{1,2}/\d{2,4}\b|\d{9,}\b)"
                            r"|(?<=['\u2018\u2019])(?<=[\s(].)\d{2}(?!\d))")
DIGIT = re.compile(r"\d")
# The words of which NUMBER_RE makes a figure without a digit, each a whole run of letters in
# what it matches ("twenty-one", "a half", "half a million", "twice").
_FIGURE_WORDS = frozenset(w.lower() for w in (*UNITS, *SCALES, *FRACTIONS, *_FOLDS, "twice", "thrice", "dozen", "half"))
# One of them standing as a whole run of letters ([^\W\d_]), searched for: each run of a
# sentence's letters found, to be looked up, cost twice as much.
_FIGURE_WORD = re.compile(rf"(?<![^\W\d_])(?:{_alternation(_FIGURE_WORDS)})(?![^\W\d_])")
# The characters beyond ASCII by which NUMBER_RE can find a figure without a digit: the
# fraction signs, and the letters re.I matches to ASCII ones ("\u017f" to "s", the Kelvin sign
# to "k", dotted and dotless i to "i"). Any other is a figure word's edge, as punctuation is.
_NOT_ASCII_FIGURE = frozenset(VULGAR_FRACTIONS) | {"\u0130", "\u0131", "\u017f", "\u212a"}
# A list's counter at the start of a line: "1. WHAT TRUMP SAID", "2) ..." or a number alone
LIST_COUNTER_RE = re.compile(r"\d{1,2}(?:[.)][ \t]+\S|[.)]?[ \t]*(?:\n|$))")
# and within a line, after a bracket it closes that none opened: "two reasons: 1) cost, 2) delay"
INLINE_COUNTER_RE = re.compile(r"\d{1,2}\)[ \t]+\S")
# or with a full stop, where the line numbers its items in turn: "two gains—1. Lower fares 2. Faster trains"
INLINE_NUMBERED_RE = re.compile(r"(?<![\w.,$])(\d{1,2})\.[ \t]+[A-Z]")
# A rank in brackets on a line a counter opens: "2. Bo Chen (1.)", "3. Cy Ruiz (Last week: 4.)"
RANK_IN_BRACKETS_RE = re.compile(r"\d{1,2}\.\)")
# or, bare, where the lines about are numbered in turn ("1 Ann Lee.\n\n2 Bo Chen.\n\n3 ...")
NUMBERED_LINE_RE = re.compile(r"^[ \t]*(\d{1,2})[.)]?[ \t]+\S", re.M)
NUMBERED_LINES_NEAR = 300  # characters, a few short lines
# Only day and month numbers make "4/12" a date; "33-31" is a score or a record.
_DAY_OR_MONTH = r"(?:0?[1-9]|[12]\d|3[01])"
TEMPORAL_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\b(?:1[5-9]\d\d|20\d\d)s?\b|\b\d{1,2}(?:st|nd|rd|th)\b|"
    rf"\b{_DAY_OR_MONTH}[/.-]{_DAY_OR_MONTH}\b|"
    r"\b(?:day|week|month|year|decade|centur|hour|minute|second|today|tonight|yesterday|tomorrow|"
    r"ago|now|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|quarter|time|fortnight|"
    r"past|future|recent|season|weekend|era|period|age|fiscal)|\b[QH][1-4]\b|\bFY\s?\d",
    re.I,
)
APPROX_RE = re.compile(rf"(?:{_alternation(words('approximators'))})\s+$", re.I)
# What the words before a figure end with, spaces stripped, when APPROX_RE finds an
# approximator there: each approximator, lower case (all are ASCII, none ends in a space).
APPROX_ENDINGS = tuple(sorted(w.lower() for w in words("approximators")))
# "three years", "79-year-old", "half an hour", "twenty working days", and the first bound of
# "seven to eight hours"
_DURATION_AT = rf"\s*-?\s*(?:an?\s+)?(?:(?:{_alternation(words('duration_modifiers'))})\s+)?({DURATION_UNITS})s?\b"
DURATION_AFTER = re.compile(rf"(?:\s*(?:to|or|-|\u2013)\s*[\w.]+)?{_DURATION_AT}|-{DURATION_UNITS}", re.I)
UNIT_AFTER = re.compile(_DURATION_AT, re.I)
# "aged 14", "between the ages of 18 and 29"
AGE_BEFORE = re.compile(r"\b(?:aged|ages?)\s+(?:of\s+)?(?:between\s+)?(?:\d+\s*(?:and|to|-|\u2013)\s*)?$", re.I)
OLDER_AFTER = re.compile(r"\s+(?:and|or)\s+(?:older|younger)\b", re.I)
AGE_BOUND_AFTER = re.compile(r"\s+(?:and|or)\s+(?:over|under|up|above|below)\b", re.I)
AGE_BOUND_START = re.compile(r"(?:over|under|above|below|older than|younger than)\s", re.I)
AGE_GROUP_BEFORE = re.compile(rf"\b(?:{_alternation(words('age_groups'))})\s+$", re.I)
_DECIMALS_IN = re.compile(_DECIMALS, re.I)
YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")
TENS = re.compile(r"[1-9]0")
CLOCK_ZONE_AFTER = re.compile(rf"\s*(?:a\.?m\.?|p\.?m\.?)\b|\s*(?:{_alternation(words('time_zones'))})\b", re.I)
RATE_AFTER = re.compile(r"\s*an?\s", re.I)
OUT_OF_AFTER = re.compile(r"\s+out of\s+\w")
# "one or two points", "one or more", "one to three"
ONE_IN_RANGE = re.compile(rf"\s+(?:or|to)\s+(?:more\b|{_WORD}\b|\d)", re.I)
# "one of three members", "one of the roughly 100 stations", "one of the victims", "one count
# of fraud"; not "one of the things", "one of his companies"
ONE_OF = re.compile(
    rf"\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:(?:{_alternation(words('approximators'))})\s+)?(?:\d|(?:{_WORD})\b)"
    rf"|\s+of\s+(?:the\s+)?(?:{_alternation(words('counted_people'))})\b"
    rf"|\s+(?:{_alternation(words('count_nouns'))})\s+of\b", re.I)
# Letters written against a figure, or a unit after one space or a hyphen ("10 km", "a
# 1,200-mile road"; a unit set apart must not be an English word, so "5 in the morning" and
# "3-in-1" have none).
UNIT_LETTERS = re.compile(r"([\s-]?)([^\W\d_]+(?:/[^\W\d_]+)?|°[CF]?)")
# A unit of more than one word ("percentage points", "square miles"), its words apart or joined by hyphens
_MEASURE_PHRASES = "|".join(r"[\s-]".join(map(re.escape, unit.split()))
                           for unit in sorted(MEASURE_UNITS, key=len, reverse=True) if " " in unit)
MEASURE_PHRASE_AFTER = re.compile(rf"[\s-]({_MEASURE_PHRASES})(?![\w-])")
CURRENCY_WORDS = {w.lower(): sign for w, sign in table("currency_words").items()}
CURRENCY_WORD_COUNTRIES = table("currency_word_countries")
# "942 million Canadian dollars", "five U.S. dollars", "fifty dollars", "a 300-euro fine"
CURRENCY_WORD_AFTER = re.compile(
    rf"(?:\s+|-)(?:[A-Z][\w.]*\s+){{0,2}}?((?i:{_alternation(CURRENCY_WORDS)}))(?![\w-])")
SHY_CURRENCY_WORDS = {w.lower(): sign for w, sign in table("shy_currency_words").items()}
SHY_CURRENCY_AFTER = re.compile(
    rf"(?:\s+|-)(?:(?:{_alternation(words('shy_currency_countries'))})\s+)?((?i:{_alternation(SHY_CURRENCY_WORDS)}))(?![\w-])")
_APPROX_AFTER = [re.escape(w) if w[0] in "-+" else r"\s+" + r"\s+".join(map(re.escape, w.split()))
                 for w in sorted(words("approximators_after"), key=len, reverse=True)]
APPROX_AFTER = re.compile(rf"(?:{'|'.join(_APPROX_AFTER)})(?![\w+])(?!\s+than\b)", re.I)
MONTH_AFTER = re.compile(rf"\s+(?:{_alternation(MONTH_NAMES)})\b")
STREET_AFTER = re.compile(rf"\s+(?:[A-Z][\w'.-]*\s+){{1,3}}(?:{_alternation(words('street_types'))})(?!\w)")
METRES_AFTER = re.compile(
    rf"\s*\(\s*(?:about\s+|some\s+)?[\d,.]+\s?(?:{_alternation(words('metre_conversions'))})\b"
    rf"|\s*-?\s*(?:{_alternation(words('dimension_words'))})\b", re.I)
# "Bush (No. 43)", "the #2 browser": a rank or a number that names
LABEL_BEFORE = re.compile(r"(?:\b[Nn]os?\.|#)\s*$")
# "by 3-1", "outnumber them 2 to 1", "a ratio of four to one": odds, one figure (the first's),
# whose "1" counts nothing; without a cue before, "voted 6-1" and "a 2-1 ruling" are a vote's
# two. "A 2-for-1 split" needs no cue ("went 3-for-4" at bat is two). Odds are above one, and
# a percent, scale or time after the "1" makes a range of it ("cut by 0.5 to 1 percent").
ODDS_AFTER = re.compile(
    rf"(?:-to-|-|\s+to\s+|(?P<per>-for-))(?:1|one)\b(?![.,]?\d|-|\s?%)"
    rf"(?!\s+(?:per\s?cent|percent|percentage|{_SCALE}|{DURATION_UNITS})s?\b)", re.I)
ODDS_BEFORE = re.compile(
    rf"(?:\b(?:{_alternation(words('odds_cues'))})|\b(?:{_alternation(words('outdoing_verbs'))})(?:\s+[\w'.-]+){{0,3}})"
    rf"\s+(?:(?:{_alternation(words('approximators'))})\s+)?$", re.I)
SCORE_TO = re.compile(r"\d[-\s](?:to|for)-$")
SCORE_AFTER = re.compile(r"[-\s](?:to|for)-\d")
# "a 586-based PC": bare digits something is built on name a product or a standard
BASED_AFTER = re.compile(r"-based\b", re.I)
# "a six-figure salary", "a 10-digit code"; "into seven figures", "in the low six figures" (but
# "two figures who")
DIGITS_COUNT_AFTER = re.compile(r"-(?:figure|digit)\b", re.I)
SPACED_FIGURES_AFTER = re.compile(r"\s+figures\b", re.I)
FIGURES_BEFORE = re.compile(r"\b(?:into|the|low|mid|high)\s+$", re.I)
# A superlative in capitals opening a title after the figure: "the Ten Most Wanted list", "the
# 100 Best Places to Work" (in lower case, "the ten most wanted men" are a count)
SUPERLATIVE_TITLE_AFTER = re.compile(r"\s+(?:Most|Least|Best|Worst)\s+[A-Z]")
INDEX_AFTER = re.compile(r"-(?:stock|share)\s+(?:index|average)\b", re.I)
RANGE_AFTER = re.compile(r"\s*(?:-|\u2013|to\s+[\d.])")
PERCENT_RANGE_AFTER = re.compile(r"\s*(?:-|\u2013|to)\s*\d[\d.]*\s?(?:%|per\s?cent\b|percent\b)", re.I)
APPROX_WORDS = {w for phrase in words("approximators") for w in phrase.split()}
PERCENT_WORD = re.compile(r"per\s?cent|percent|%", re.I)
VALUE_NOUNS = frozenset(words("value_nouns"))
DECADE_BEFORE = re.compile(r"\d{3}0s\s*(?:and|or|to|-|\u2013)\s*$", re.I)
LABEL_RANGE_JOIN = re.compile(r"\s*(?:through|thru|to|-|\u2013)\s*", re.I)
RANGE_JOIN = re.compile(r"\s*(?:-to-|to|or|-|\u2013)\s*$", re.I)
BETWEEN_JOIN = re.compile(r"\s*and\s*$", re.I)
LIST_COMMA = re.compile(r"\s*,\s*")
LIST_END = re.compile(r"\s*,?\s*(?:and|or)\s+", re.I)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
NAME_ENTS = {"PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT", "GPE", "LOC", "NORP"}


def extract(parsed: Parsed) -> list[Number]:
    text = parsed.text
    out: list[Number] = []
    for s in parsed.sentences:
        chunk = text[s.start:s.end]
        digit = DIGIT.search(chunk)
        if not _may_hold_figure(chunk, digit is not None):
            continue
        # Phone numbers, numeric dates and identifiers all hold a digit: most sentences have
        # none, and none of them opens more than one character before the sentence's first.
        first = max(0, digit.start() - 1) if digit else 0
        skip = ([p.span() for p in PHONE_RE.finditer(chunk, first)]
                + [p.span() for p in NOT_FIGURES_RE.finditer(chunk, first)] if digit else [])
        prev: tuple[re.Match[str], Number] | None = None
        listed: list[tuple[re.Match[str], Number]] = []  # the figures in a row before, each after a comma
        label: re.Match[str] | None = None  # the last figure a label named
        named: re.Match[str] | None = None  # the figure before, where it was no claim
        c = parsed.token_columns[s.base]
        for m in figures(chunk):
            if (any(a <= m.start() < b for a, b in skip) or _after_word_hyphen(chunk, m)
                    or m.group().isdigit() and BASED_AFTER.match(chunk, m.end())):
                named = m
                continue
            if _is_list_counter(text, s.start + m.start()):
                continue
            start, end = s.start + m.start(), s.start + m.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            # page furniture ("CNA Daily News 0", a dateline) holds no claims, but the sentence
            # a dateline opens does ("LONDON (Reuters) - Dock workers will strike for eight days")
            if parsed.in_furniture(start, end):
                continue
            toks = indices_overlapping(s, c, start, end)
            unit = _measure_unit(m, text, start, end)
            # "100,000-plus subscribers", "35+ hours", "a dozen or so aides": about the figure,
            # and what follows those words follows the figure
            trailing = APPROX_AFTER.match(text, end)
            if label is not None and LABEL_RANGE_JOIN.fullmatch(chunk, label.end(), m.start()):
                continue  # "grades 3 through 8", "pages 10-12": the label names both bounds
            if named is not None and m.group("digits") and chunk[named.end():m.start()] == "-":
                continue  # "Boeing 737-800", "DC-8-62": the figure goes on the name before it
            named = None
            if not toks or not _is_claim(m, c, toks, s, text, start, trailing.end() if trailing else end, unit,
                                         bool(trailing)):
                if toks and toks[0] > s.sent.start and _is_label(c, toks[0] - 1):
                    label = m
                named = m
                continue
            value = _value(m, unit)
            # a height measures the one it qualifies ("a 6-foot-5 defender"), and "twice" says
            # how often or how much more ("twice convicted", "twice the size"): neither counts
            counts = None if m.group("height") or m.group("times") else _counts(c, toks[-1], text)
            if trailing and counts is not None and counts.lower() == trailing.group().lstrip("-+ ").lower():
                # "five-plus months": the parser took the "plus" for the noun; what follows it is
                counts = _counts(c, indices_overlapping(s, c, start, trailing.end())[-1], text)
            if counts is not None and (PERCENT_WORD.fullmatch(counts) or counts.lower() in VALUE_NOUNS) \
                    or SCORE_AFTER.match(text, end):
                # "52%-48%": the sign of the second bound counts nothing, nor does a figure a noun
                # names as a value ("the 500 mark", lexicon/value_nouns.txt), nor the rest of a
                # score ("a 5-to-4 ruling", whose first figure shares a unit after the second as a
                # range's does: "a 73-to-25 percent win")
                counts = None
            elif counts is not None and unit is not None and unit.startswith(f"{counts} "):
                counts = unit  # "3 percentage points", which the parser cut at its first word
            if trailing:
                end = trailing.end()
            odds = ODDS_AFTER.match(text, end)
            if odds is not None and value is not None and value > 1 and (
                    odds.group("per") or ODDS_BEFORE.search(text, s.start, start)):
                skip.append((end - s.start, odds.end() - s.start))
                end = odds.end()
            money = None if unit or m.group("pct") else (
                CURRENCY_WORD_AFTER.match(text, end) or _shy_currency(m, chunk, text, end))
            # after a sign, only the same currency said again ("$1.3 million dollars") is the unit
            if money is not None and (not m.group("cur") or _currency_of(money, text, end) == _unit(m, text, end)):
                unit = _currency_of(money, text, end)
                counts = _without_currency(counts, text[end:money.end()].strip(" -"))
            if unit is None and _is_hash_pounds(m, text, start):
                unit, start = "\u00a3", start - 1
            approx = _approximator(text[max(s.start, start - 20):start])
            if approx:
                start = start - len(approx.group())
            out.append(Number(
                id=f"n{len(out) + 1}",
                span=(start, end),
                text=text[start:end],
                value=value,
                approximate=bool(approx or trailing or m.group("plus")),
                counts=counts,
                sentence_span=(s.start, s.end),
                unit=unit or _unit(m, text, end) or ("year" if _is_age(m, c, toks, text, start, end) else None),
            ))
            last = (m, out[-1])
            join = chunk[prev[0].end():m.start()] if prev is not None else ""
            if len(listed) > 1 and LIST_END.fullmatch(join):
                # "3, 5 and 7 percent", "$2, $3 or $4 million": the unit and scale written on
                # a list's last item are each item's, as a range's second bound's are its first's
                for item in listed:
                    _share_bound(item, last)
            elif prev is not None and _is_range(prev[0], m, chunk):
                _share_bound(prev, last)
                _share_currency(prev, last)
            listed = [*listed, last] if prev is not None and LIST_COMMA.fullmatch(join) else [last]
            prev = last
    return out


def figures(chunk: str) -> Iterator[re.Match[str]]:
    """NUMBER_RE.finditer(chunk), tried only where NUMBER_OPENING finds a figure may open."""
    match, resume = NUMBER_RE.match, 0
    openings = LOWER_ASCII_OPENING.finditer(chunk.lower()) if chunk.isascii() else NUMBER_OPENING.finditer(chunk)
    for opening in openings:
        at = opening.start()
        if at >= resume and (m := match(chunk, at)) is not None:
            resume = m.end()
            yield m


def _may_hold_figure(chunk: str, digit: bool) -> bool:
    """False only where NUMBER_RE finds nothing: no digit (`digit` says whether the chunk
    holds one), no fraction sign, no letter that re.I takes for an ASCII one, and none of
    _FIGURE_WORDS. Most sentences hold a figure neither way, and NUMBER_RE, ignoring case,
    tries every character. (Text beyond ASCII, curly quotes and all, is scanned only when it
    holds one of those signs or letters.)"""
    return (digit or (not chunk.isascii() and not _NOT_ASCII_FIGURE.isdisjoint(chunk))
            or _FIGURE_WORD.search(chunk.lower()) is not None)


def _approximator(before: str) -> re.Match[str] | None:
    """APPROX_RE.search(before), made only where `before` ends in an approximator and a space
    (in ASCII; text beyond it holds letters re.I takes for ASCII ones, and is always searched):
    the search tried each of the 20 characters before every figure, where few end in one."""
    if before.isascii() and not (before[-1:].isspace() and before.rstrip().lower().endswith(APPROX_ENDINGS)):
        return None
    return APPROX_RE.search(before)


def _is_hash_pounds(m: re.Match[str], text: str, start: int) -> bool:
    """"#89.7 million": old wire text set the pound sign as "#", which before a scaled amount
    is no rank or tag ("the #2 browser", "#1000Books")."""
    return (start > 0 and text[start - 1] == "#" and bool(m.group("digits")) and not m.group("cur")
            and not m.group("pct") and not m.group("pre") and _scale_factor(m) != 1)


def _is_range(pm: re.Match[str], m: re.Match[str], chunk: str) -> bool:
    """Whether two figures in a row are a range's bounds: "10 to 15", "3-4%", "between 2 and 3"."""
    join = chunk[pm.end():m.start()]
    return bool(RANGE_JOIN.match(join) or (BETWEEN_JOIN.match(join) and BETWEEN_BEFORE.search(chunk[:pm.start()])))


def _share_bound(prev: tuple[re.Match[str], Number], last: tuple[re.Match[str], Number]) -> None:
    """What is written only on a range's second bound is the first's too: its scale ("$10
    to $15 billion", "between 2 and 3 million"; but "$5 and $160 million" is a list), and its
    unit, with what it counts ("50 to 48 percent", "between 10 and 20 percent of voters",
    "10 to 20 dollars"); written in words, its scale ("four or five hundred")."""
    pm, number = prev
    m, second = last
    if number.unit is None and second.unit is not None and not pm.group("cur"):
        number.unit = second.unit
        if number.counts is None or PERCENT_WORD.fullmatch(number.counts) or number.counts.lower() in CURRENCY_WORDS:
            number.counts = second.counts
    scale = _scale_factor(m) if m.group("digits") else _words_scale(m)
    if pm.group("words") and _words_scale(pm) == 1 and scale != 1 and number.value is not None \
            and second.value is not None and number.value < second.value / scale:
        # "four or five hundred soldiers", "two to three dozen people"
        number.value = _times(number.value, scale)
        number.counts = number.counts or second.counts
        return
    if scale == 1 or _scale_factor(pm) != 1 or not pm.group("digits") or pm.group("pct") or number.value is None:
        return
    if m.group("digits") and number.value > float(m.group("digits").replace(",", "")):
        return  # "between $500,000 and $1 million": the first bound is written out
    if pm.group("cur") and m.group("cur") and pm.group("cur") != m.group("cur"):
        return
    number.value = _times(number.value, scale)


def _share_currency(prev: tuple[re.Match[str], Number], last: tuple[re.Match[str], Number]) -> None:
    """"$5-10 billion", "£3 to 4m": a currency written only on a range's first bound is its
    second's too, where that counts nothing else ("$5 or 10 times" does)."""
    pm, number = prev
    m, second = last
    if second.unit is None and second.counts is None and pm.group("cur") and m.group("digits") and not m.group("cur"):
        second.unit = number.unit


def _words_scale(m: re.Match[str]) -> float:
    """What the scale words closing a number in words multiply it by ("five hundred": 100,
    "three dozen": 12); 1 for any other figure."""
    if m.group("dozens"):
        return 12
    factor: float = 1
    for w in reversed(re.split(r"[\s-]+", (m.group("words") or "").lower())):
        if w not in SCALES:
            break
        factor *= SCALES[w]
    return factor


def _is_list_counter(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    if not text[line_start:pos].strip():
        return LIST_COUNTER_RE.match(text, pos) is not None or _numbered_in_turn(text, pos, line_start)
    if RANK_IN_BRACKETS_RE.match(text, pos):
        opening = line_start + len(text[line_start:pos]) - len(text[line_start:pos].lstrip())
        return LIST_COUNTER_RE.match(text, opening) is not None
    if INLINE_COUNTER_RE.match(text, pos) is not None:
        return text.count("(", line_start, pos) <= text.count(")", line_start, pos)
    return _numbered_in_turn_within_line(text, pos, line_start)


def _numbered_in_turn_within_line(text: str, pos: int, line_start: int) -> bool:
    """Whether the figure at `pos`, a counter with a full stop within its line, numbers an item
    among others numbered in turn there."""
    item = INLINE_NUMBERED_RE.match(text, pos)
    line_end = text.find("\n", pos)
    return item is not None and _in_turn(INLINE_NUMBERED_RE, text, item, (line_start, pos),
                                         line_end if line_end >= 0 else len(text))


def _numbered_in_turn(text: str, pos: int, line_start: int) -> bool:
    """Whether the figure at `pos`, opening its line, numbers it among lines numbered in turn."""
    line = NUMBERED_LINE_RE.match(text, line_start)
    return line is not None and line.start(1) == pos and _in_turn(
        NUMBERED_LINE_RE, text, line, (max(0, line_start - NUMBERED_LINES_NEAR), max(0, line_start - 1)),
        line.end() + NUMBERED_LINES_NEAR)


def _in_turn(counter: re.Pattern[str], text: str, item: re.Match[str], before: tuple[int, int], after_end: int) -> bool:
    """Whether the counter `item` (group 1 its number) follows the last `counter` in the
    stretch `before` by one, or the next one up to `after_end` follows it by one."""
    n = int(item.group(1))
    earlier = [int(m.group(1)) for m in counter.finditer(text, *before)]
    later = counter.search(text, item.end(), after_end)
    return bool(earlier) and earlier[-1] == n - 1 or later is not None and int(later.group(1)) == n + 1


def _after_word_hyphen(chunk: str, m: re.Match[str]) -> bool:
    """"COVID-19", "F-35", "high-five": a number joined to a word is part of a name; but not
    the second figure of "3-to-1" or "2-for-1"."""
    i = m.start()
    return (chunk[i:i + 1].isalnum() and i >= 2 and chunk[i - 1] == "-" and chunk[i - 2].isalpha()
            and not SCORE_TO.search(chunk[max(0, i - 6):i]))


def _next(tok: Token) -> Token | None:
    return tok.nbor(1) if tok.i + 1 < len(tok.doc) else None


def _measure_unit(m: re.Match[str], text: str, start: int, end: int) -> str | None:
    """The unit written against or after a figure ("5kW", "10 km", "37m (121ft)"); "" when
    the figure is joined to letters that are no unit ("4chan")."""
    if m.group("abbr") and m.group("abbr").lower() == "m" and not m.group("cur") and METRES_AFTER.match(text, end):
        return "m"
    if m.group("height"):
        return "feet"
    if m.group("unithalf"):  # "a year and a half": one and a half years
        return m.group("hunit").lower()
    if m.group("pct") or m.group("cur") or m.group("ratio") or m.group("times"):
        return None
    phrase = MEASURE_PHRASE_AFTER.match(text, end)
    if phrase is not None:  # "3 percentage points", "a 2,000-square-foot house"
        return " ".join(phrase.group(1).replace("-", " ").split())
    # Letters against the figure are its unit or part of a name only where they touch its
    # digits; after a scale or words they are set apart, and only a unit's word counts there
    # ("17.4 billion gallons", "two hundred miles", "a six-acre park").
    against = bool(m.group("digits") or m.group("dfrac") or m.group("vulgar")) and not (
        m.group("scale") or m.group("abbr") or m.group("cabbr") or m.group("sabbr"))
    u = UNIT_LETTERS.match(text, end)
    if u is None:
        return None
    spaced, letters = u.groups()
    if letters in MEASURE_UNITS and (not spaced or (len(letters) > 1 and letters != "in")):
        return letters if spaced or against else None
    if not against:
        return None
    if (letters == "s" and m.group("digits") and TENS.fullmatch(m.group("digits"))
            and (start == 0 or text[start - 1] not in "'\u2018\u2019")
            and not DECADE_BEFORE.search(text, max(0, start - 16), start)):
        return None  # "in her 20s": an age, where "'80s", "1980s" and "the 1960s and 70s" are decades
    return "" if not spaced and letters[0].isalpha() else None


def _is_claim(m: re.Match[str], c: TokenColumns, toks: range, s: Sentence, text: str, start: int, end: int,
              unit: str | None, approx_after: bool = False) -> bool:
    """Whether the figure m, over the batch's tokens `toks` (indices, read from its columns
    `c`; a token is built only to read a tagger's entity), is a claim. `end`: where what
    follows the figure starts, past words after it that make it approximate ("one or more",
    `approx_after`)."""
    if unit == "":
        return False  # "4chan", "5G", "1980s"
    after = text[end:end + 24]
    if CLOCK_AFTER.match(after):
        return False  # "between 2 and 4 in the morning", "at 10 p.m."
    if DIGITS_COUNT_AFTER.match(after) or (SPACED_FIGURES_AFTER.match(after)
                                          and FIGURES_BEFORE.search(text, max(0, start - 12), start)):
        return False  # "a six-figure salary", "ran into six figures": a size, no count of figures
    if INDEX_AFTER.match(after):
        return False  # "the Standard & Poor's 500-stock index", "the FT 100-share index": a name
    if ((titled := UNIT_AFTER.match(after)) and titled.group(1).istitle()
            or SUPERLATIVE_TITLE_AFTER.match(after)) and not _is_headline(s.sent):
        # a title in a sentence of lower case: "the film 13 Hours", "CBS's 60 Minutes", "the
        # Ten Most Wanted"; but capitals throughout are a headline's, run into the sentence
        # ("13-YEAR-OLDS")
        return False
    negative = m.group("pre") and _value_sign(m.group("pre")) < 0
    marked = bool(m.group("cur") or m.group("pct") or negative or m.group("exp") or m.group("ratio") or unit)
    # Whether the figure is a duration or an age, which a date the tagger found may hold:
    # asked only of a figure in one, as most are not.
    timed: bool | None = None
    for k in () if marked else toks:  # "5kW", "€40m" are figures whatever the label
        label = c.ent_type[k]
        if label in hashes("DATE", "TIME"):
            if timed is None:
                timed = _duration_or_age(text, start, after)
            if not timed and _entity_is_temporal(c.doc[k]):
                return False
        # "Boeing 737"; but "beat Trump 46 to 40 percent" opens a share of the vote, which the
        # tagger took with the name before it for one name
        if label in hashes(*NAME_ENTS) and _entity_is_name(c.doc[k]) and not PERCENT_RANGE_AFTER.match(after):
            return False
    if m.group("dfrac") and not _is_fraction(m, c, toks[-1]):
        return False
    if m.group("frac") and _is_ordinal(m, c, toks[-1]):
        return False
    bare = m.group("digits") and not (marked or _scale_factor(m) != 1)
    if bare:
        raw = m.group("digits")
        if YEAR_RE.fullmatch(raw) and not _lasts(after) and not _counts_plural_noun(c, toks[-1]):
            return False  # a year the tagger did not mark
        if CLOCK_ZONE_AFTER.match(after):
            return False
        if (_in_date_or_name(c, toks, s, text, start, end) or _names_a_model(c, toks[-1], raw, after)
                or _ends_a_name_after_of(c, toks, s, text, end)):
            return False
    # A capital written against a figure with no currency is a house's, a room's or a seat's
    # letter as often as a scale ("221B Baker Street", "Room 12B", "Gate 4B"): the figure is
    # then a name as a bare one is.
    letter = m.group("abbr")
    if (letter and letter.isupper() and not m.group("cur") and m.group("digits")
            and _in_date_or_name(c, toks, s, text, start, end)):
        return False
    if m.group("words") or m.group("dozen"):
        first = toks[1] if negative and len(toks) > 1 else toks[0]  # after "minus"
        if c.tag[first] not in hashes("CD") and not m.group("dozen"):
            return False
        if m.group("words") and not _well_formed(m.group("words")):
            return False  # "nineteen ninety-seven": a year read aloud
        if (first > s.sent.start and _is_label(c, first - 1)
                or _words_scale(m) == 1 and _ends_a_name_after_of(c, toks, s, text, end)):
            return False  # "Flight eight hundred", "the number one thing", "the Gang of Eight"
        if m.group("words") and m.group("words").lower() == "one" \
                and not approx_after and not _one_is_count(m, c, first, s, text[end:end + 48]):
            return False  # "one mother said", "no one": a determiner, not a count
    return True


def _lasts(after: str) -> bool:
    """Whether a figure that could be a year is a duration: "2000 years", "a 2000 year old
    custom"; not "the 1988 second quarter", where the unit's word is an ordinal."""
    unit = UNIT_AFTER.match(after)
    return unit is not None and unit.group().strip().lower() not in ORDINALS


def _duration_or_age(text: str, start: int, after: str) -> bool:
    """"three years", "79-year-old"; "aged 14", "between the ages of 18 and 29"."""
    if DURATION_AFTER.match(after):
        return True
    before = text[max(0, start - 32):start]
    # "age" asked first: AGE_BEFORE's search tries every character before every figure.
    return "age" in before.lower() and AGE_BEFORE.search(before) is not None


def _well_formed(words: str) -> bool:
    """Two number words in a row make one number only as tens and units ("twenty-five"),
    or as digits read after "point" ("one point five five")."""
    parts = [w for w in re.split(r"[\s-]+", _DECIMALS_IN.sub(" ", words.lower())) if w]
    return all(UNITS[a] in range(20, 100, 10) and 0 < UNITS[b] < 10
               for a, b in zip(parts, parts[1:], strict=False) if a in UNITS and b in UNITS)


def _is_fraction(m: re.Match[str], c: TokenColumns, last: int) -> bool:
    """"1/2 pound", "1/3 of the vote", "2 1/2", "1⁄32"; "4/12" and "9/11" are dates. `last`:
    the figure's last token."""
    if m.group("slash") != "/" or m.group("whole"):
        return True
    nxt = last + 1
    return (int(m.group("fnum")) < int(m.group("fden")) and nxt < len(c)
            and (c.lower[nxt] == "of" or c.text(nxt) in MEASURE_UNITS))


def _is_ordinal(m: re.Match[str], c: TokenColumns, last: int) -> bool:
    """"a third term", "a fourth candidate", "And a third, Daniel Traynor, said": a fraction
    word that is also an ordinal, modifying what comes after it, ranks rather than divides;
    not "a third of the vote", "cut by a third", "a third more", "a half hour". `last`: the
    figure's last token."""
    num, den = re.split(r"[- ]", m.group("frac").lower())
    return (num in ("a", "an") and den in ORDINALS and c.dep[last] in hashes("amod")
            and c.head[last] > last)


def _is_label(c: TokenColumns, i: int) -> bool:
    """Whether token i is a noun after which a figure names ("stage 4", "Rule 40", "Number
    two"); not a verb ("building 152 homes", "could rule 5-4"). The tagger calls some such
    nouns a verb's base form ("She has stage 4 cancer"): that is one only after a modal or
    "to"."""
    if c.lower[i] not in NUMBER_LABELS or c.tag[i] in hashes("VBG", "VBD", "VBN", "VBZ"):
        return False
    return not (c.tag[i] in hashes("VB", "VBP") and i > 0 and c.tag[i - 1] in hashes("MD", "TO"))


def _in_date_or_name(c: TokenColumns, toks: range, s: Sentence, text: str, start: int, end: int) -> bool:
    """A bare figure that names rather than counts: a day next to its month ("Sep 4, 2019",
    "4 September"), a label ("stage 4", "Part 3"), a name ("iPhone 11", "S&P 500", "Movimento
    5 Stelle", "CNA Daily News 0") or a street address ("10 Downing Street")."""
    if (MONTH_AFTER.match(text, end) or STREET_AFTER.match(text, end)
            or LABEL_BEFORE.search(text[max(0, start - 6):start])):
        return True
    first, last, opening = toks[0], toks[-1], s.sent.start
    if first == opening:
        return False
    before = first - 1
    word = c.text(before)
    if word.rstrip(".") in MONTH_NAMES or _is_label(c, before):
        return True
    named = (c.tag[before] in hashes("NNP", "NNPS") or any(ch.isupper() for ch in word[1:])
             or (word[:1].isupper() and before != opening and c.tag[before] not in hashes("PRP")))
    if not named or not any(ch.isalpha() for ch in word) or "." in c.text(first):
        return False
    if not (c.head[before] == last or c.head[last] == before or c.head[before] == c.head[last]):
        return False  # "saw it at the Rialto 14 times": the name is in another phrase
    if c.lower[before] in COUNT_CUES or c.lower[before] in APPROX_WORDS:
        return False  # "AT LEAST 10 KILLED"
    if last + 1 < len(c) and c.tag[last + 1] in hashes("NNS", "NNPS") and _is_headline(s.sent):
        return False  # "Police Find 3 Bodies"
    # "beat Arsenal 2-1" (a score), "Cruz 35 to 12 percent" (a range)
    return not RANGE_AFTER.match(text, end)


def _names_a_model(c: TokenColumns, last: int, raw: str, after: str) -> bool:
    """A figure in digits right before the singular noun it qualifies, heading its phrase,
    names a model where that noun is one a maker numbers ("the 80486 microprocessor", "a 757
    jet"): a count above one would take the plural ("500 trucks"), and "a 2 car garage" counts
    what qualifies its noun. `last`: the figure's last token; `raw`: its digits."""
    nxt = last + 1
    return (raw.isdigit() and int(raw) > 1 and nxt < len(c) and c.head[last] == nxt
            and c.tag[nxt] in hashes("NN") and c.lower[nxt] in MODEL_NOUNS
            and c.dep[nxt] not in hashes("compound") and not UNIT_AFTER.match(after))


def _ends_a_name_after_of(c: TokenColumns, toks: range, s: Sentence, text: str, end: int) -> bool:
    """A figure with no scale after "of" and a name's word ends the name ("the Group of 20
    summit", "the Gang of Eight"), unless it counts the plural after it ("a Bank of 20
    branches") or opens a range ("a Poll of 18-to-34-year-olds"). `toks`: the figure's tokens;
    `end`: where it ends in `text`."""
    of, nxt = toks[0] - 1, toks[-1] + 1
    if of - 1 <= s.sent.start or c.lower[of] != "of":
        return False
    return (c.tag[of - 1] in hashes("NNP") and c.text(of - 1)[:1].isupper() and not RANGE_AFTER.match(text, end)
            and not (nxt < len(c) and c.tag[nxt] in hashes("NNS", "NNPS")))


def _is_headline(sent: Span) -> bool:
    """Capitals or title case on most words: every word looks like a name there."""
    words_ = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words_) >= 2 and sum(t.text[0].isupper() for t in words_) >= 0.75 * len(words_)


def _one_is_count(m: re.Match[str], c: TokenColumns, first: int, s: Sentence, after: str) -> bool:
    """"one" counts in "one per cent", "one out of", "one or two", "one of the victims", "one
    count of fraud" and after "only", "than", "about"; otherwise it is a determiner or a
    pronoun."""
    if m.group("pct") or OUT_OF_AFTER.match(after) or ONE_IN_RANGE.match(after) or ONE_OF.match(after):
        return True
    # "only one day", "more than one victim"; but "the only one who" is a pronoun
    return first > s.sent.start and c.lower[first - 1] in COUNT_CUES and c.dep[first] in hashes("nummod", "quantmod")


def _entity_is_name(tok: Token) -> bool:
    """The tagger's name is one when it holds a word before the figure or when the figure ends
    it ("Boeing 737"), not when the figure opens it and counts the plural after it ("all 880
    Soviets"); a lone figure is a name only as a bare PRODUCT ("a 25-year-old 757")."""
    ent = entity_of(tok)
    nxt = _next(tok)
    counts = nxt is not None and nxt.tag_ in ("NNS", "NNPS")
    if ent is None or (tok.i > 0 and tok.nbor(-1).lower_ in ("'s", "\u2019s")):
        return False  # "Rubio's 17": what the name has, not the name
    if not any(t.is_alpha for t in ent):
        # "his 757", "the 757 might seem"; but "to 8,189.49" is a figure the tagger misread
        return tok.ent_type_ == "PRODUCT" and tok.text.isdigit() and not counts
    named_before = any(t.is_alpha and t.tag_ not in ("DT", "PDT") for t in ent if t.i < tok.i)
    return named_before or not counts or cast("Token", nxt).ent_type_ != tok.ent_type_  # counts: nxt is a token


def _entity_is_temporal(tok: Token) -> bool:
    """The tagger marks some plain numbers as dates ("between 10 and 15 ships")."""
    ent = entity_of(tok)
    return ent is None or is_temporal(ent.text)


def is_temporal(s: str) -> bool:
    return TEMPORAL_RE.search(s) is not None


def is_amount(s: str) -> bool:
    """Text holding a sum of money or a figure: never a name."""
    # Called on every name the tagger finds: most hold no digit, and a figure needs one.
    return DIGIT.search(s) is not None and any(
        m.group("digits") and (m.group("cur") or _scale_factor(m) != 1) for m in figures(s))


def _counts_plural_noun(c: TokenColumns, i: int) -> bool:
    """"2000 people", not "1995 state income tax filings"."""
    return c.dep[i] in hashes("nummod") and c.tag[c.head[i]] in hashes("NNS") and c.head[i] == i + 1


def _abbr(m: re.Match[str]) -> str | None:
    return m.group("abbr") or m.group("cabbr") or m.group("sabbr") or m.group("tabbr")


def _scale_factor(m: re.Match[str]) -> float:
    """What the scale words or letters after a figure multiply it by ("4 hundred million")."""
    if m.group("scale"):
        f: float = 1
        for w in m.group("scale").lower().split():
            f *= SCALES[w.rstrip("s")]
        return f
    abbr = _abbr(m)
    return (ABBREV_SCALES.get(abbr.lower()) or CURRENCY_ABBREV_SCALES[abbr.lower()]) if abbr else 1


def _value(m: re.Match[str], unit: str | None = None) -> float | None:
    v = _magnitude(m, unit)
    if v is None or not m.group("pre"):
        return v
    return _tidy(v * _value_sign(m.group("pre")))


def _value_sign(pre: str) -> int:
    """"minus", "-", "−" negate; "sub-", "mid-" keep the sign."""
    return PREFIX_SIGN.get(pre.lower().rstrip("- "), -1)


def _magnitude(m: re.Match[str], unit: str | None) -> float | None:
    if m.group("dhalf") or m.group("whalf"):
        whole = float(m.group("digits").replace(",", "")) if m.group("digits") else words_value(m.group("words"))
        return _tidy(whole + 0.5)
    if m.group("digits"):
        factor = _exponent(m.group("exp")) * (1 if unit == "m" else _scale_factor(m))
        return _times(float(m.group("digits").replace(",", "")), factor)
    if m.group("unithalf") or m.group("timehalf"):  # "time and a half": pay half as much again
        return 1.5
    if m.group("height"):  # "6-foot-2": six feet and two inches
        feet, inches = (float(n) if n.isdigit() else words_value(n) for n in (m.group("feet"), m.group("inches")))
        return round(feet + inches / 12, 3)
    if m.group("dfrac"):
        v = int(m.group("fnum")) / int(m.group("fden")) + int(m.group("whole") or 0)
        return round(v, 6)
    if m.group("vulgar"):
        whole_digits, frac = m.group("vulgar")[:-1].strip(), m.group("vulgar")[-1]
        return round(int(whole_digits or 0) + VULGAR_FRACTIONS[frac], 6)
    if m.group("words"):
        return _tidy(words_value(m.group("words")))
    if m.group("frac"):
        num, den = re.split(r"[- ]", m.group("frac").lower())
        n = 1 if num in ("a", "an") else UNITS[num]
        if m.group("fscale"):  # "a quarter of a trillion", "a half million", "a half dozen"
            scale = re.split(r"[\s-]", m.group("fscale"))[-1].lower()
            return _tidy(round(n * FRACTIONS[den] * (12 if scale == "dozen" else SCALES[scale])))
        return round(n * FRACTIONS[den], 3)
    if m.group("ascale"):  # "a hundred", "a hundred thirty million"
        return _tidy(words_value(m.group("ascale")))
    if m.group("dozen"):
        return 12
    if m.group("dozens"):  # "two dozen", "3-dozen"
        count = m.group("dcount")
        return _tidy(12 * (int(count) if count.isdigit() else words_value(count)))
    if m.group("half"):
        return 0.5
    if m.group("halfscale"):
        scale = m.group("halfscale").split()[-1].split("-")[-1].lower()
        return _tidy(0.5 * (12 if scale == "dozen" else SCALES[scale]))
    if m.group("ratio"):
        num = m.group("rnum").lower()
        den = m.group("rden").lower()
        n = 1 if num == "a" else float(num) if num.isdigit() else words_value(num)
        d = float(den) if den.isdigit() else words_value(den)
        return round(n / d, 3) if d else None
    if m.group("times"):
        return 2 if m.group("times").lower() == "twice" else 3
    if m.group("fold"):  # "fivefold", "3-fold", "2.5-fold"
        multiple = m.group("foldn")
        return _number(multiple) if multiple[0].isdigit() else _tidy(words_value(multiple))
    return None


def _exponent(exp: str | None) -> float:
    """"e9" → 1e9, " × 10²³" → 1e23, "x10^-3" → 1e-3."""
    if not exp:
        return 1
    power = re.split(r"[eE]|10\^?", exp.translate(SUPERSCRIPTS).replace("\u2212", "-"), maxsplit=1)[1]
    return float(f"1e{int(power)}")  # 10.0 ** 23 is 9.999999999999999e22


def words_value(words: str) -> float:
    """ "twenty-five" → 25, "one hundred and five" → 105, "two million" → 2e6, "one point
    six billion" → 1.6e9."""
    total, current, place = 0.0, 0.0, 1.0
    for w in re.split(r"[\s-]+", words.lower()):
        if w == "point":
            place = 0.1
        elif place < 1 and (w in UNITS or w == "oh"):
            current += UNITS.get(w, 0) * place
            place /= 10
        elif w in UNITS:
            current += UNITS[w]
        elif w in SCALES:
            scale, place = SCALES[w], 1.0
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
    # decimals read aloud are sums of tenths: 2.05 million came to 2049999.9999999998
    return round(total + current, 6)


def _times(v: float, factor: float) -> int | float:
    """v * factor, without the noise of binary fractions: "$525.8 million" came to
    525799999.99999994."""
    return _tidy(float(Decimal(repr(v)) * Decimal(repr(factor))))


def _tidy(v: float) -> int | float:
    return int(v) if float(v).is_integer() and abs(v) < 1e15 else v


def _unit(m: re.Match[str], text: str, end: int) -> str | None:
    if m.group("pct"):
        return "%"
    if m.group("cur"):
        # the wires' "dlrs 14 billion" is "14 billion dlrs" written the other way round: the
        # same dollars, where a code is no word ("EUR 40m" stays "EUR")
        return CURRENCY_WORDS.get(m.group("cur").lower(), m.group("cur"))
    unit = UNIT_AFTER.match(text[end:end + 20])
    if unit is None or (RATE_AFTER.match(unit.group()) and not m.group("half")):
        return None  # "half an hour" lasts one, where "3,000 a year" and "seven a year ago" count other things
    return unit.group(1).lower()


def _is_age(m: re.Match[str], c: TokenColumns, toks: range, text: str, start: int, end: int) -> bool:
    """A whole number after "aged" or "the ages of" ("voters aged 45 and older"), set off by
    commas after a person's name ("Jane Roe, 44, a nurse, said", "Mr. Roe, then 44,"), or what
    a person is, turns or dies at ("she is 44", "Roe turned 44", "died at 44"), is an age, in
    years as "the 44-year-old" is."""
    if not (m.group("digits") and m.group("digits").isdigit() and int(m.group("digits")) < 120) \
            or m.group("pre") or m.group("cur") or m.group("pct") or _scale_factor(m) != 1:
        return False
    first = toks[0]
    comma = first - 2 if first > 1 and c.lower[first - 1] == "then" else first - 1
    return bool(AGE_BEFORE.search(text, max(0, start - 32), start)) or (
        comma > 0 and c.text(comma) == "," and _names_a_person(c, comma - 1, first)
        and text[end:end + 1] in (",", ".", "")) or _said_as_age(c, toks[-1]) or _bounds_an_age_group(text, start, end)


def _bounds_an_age_group(text: str, start: int, end: int) -> bool:
    """"45 and older", "voters over 65", "those 45 and over", "anyone under 18": a bound of an
    age group. `start`: where the figure starts, with an approximator before it ("over")."""
    if OLDER_AFTER.match(text, end):
        return True
    return bool((AGE_BOUND_START.match(text, start) or AGE_BOUND_AFTER.match(text, end))
                and AGE_GROUP_BEFORE.search(text, max(0, start - 24), start))


def _said_as_age(c: TokenColumns, last: int) -> bool:
    """Whether the figure ending at token `last` is what a person is or turns ("she is 45",
    "Roe will be 80", "teens who turn 18") or dies at ("dies at 92"); not "the score was 21",
    nor "we were eight", a count of them."""
    head = c.head[last]
    if c.dep[last] in hashes("pobj"):
        return c.lower[head] == "at" and c.doc[c.head[head]].lemma_ == "die"
    verb = c.doc[head].lemma_
    if c.dep[last] not in hashes("attr", "dobj", "acomp") or verb not in ("be", "turn") or any(
            c.pos[k] in hashes("NOUN", "PROPN") for k in c.children(last)):
        return False
    subject = next((k for k in c.children(head) if c.dep[k] in hashes("nsubj")), None)
    if subject is None:
        return False
    # "turn" and a bare figure say an age of anyone ("those who turned 18"); "be" of a person
    return (c.ent_type[subject] in hashes("PERSON") or c.lower[subject] in ONE_PERSON_PRONOUNS
            or c.lower[subject] in PERSON_WORDS or verb == "turn" and c.pos[subject] in hashes("PROPN", "PRON"))


def _names_a_person(c: TokenColumns, name: int, figure: int) -> bool:
    """Whether token `name`, before ", 44," at token `figure`, names a person: the tagger says
    so, or it is a name of no place it knows, or a one-word name of no known country or state
    set beside the figure, and the tagger took the figure after it for a time, as it takes an
    age ("Rakeem Jones, 26," whom it called an organisation)."""
    if c.ent_type[name] in hashes("PERSON"):
        return True
    if c.pos[name] not in hashes("PROPN") or c.ent_type[figure] not in hashes("DATE"):
        return False
    if c.ent_type[name] not in hashes("GPE", "LOC", "FAC", "NORP", "DATE"):
        return True
    # The tagger takes a surname it does not know for a place or a people ("Brezlak, 61,",
    # "Varga, 38, of Ohio"); a place it knows, a country or a state, has no age.
    return (c.ent_type[name] in hashes("GPE", "NORP") and c.tag[name] in hashes("NNP")
            and c.dep[figure] in hashes("appos") and c.head[figure] == name
            and c.lower[name] not in KNOWN_PLACES)


def _currency_of(money: re.Match[str], text: str, end: int) -> str:
    """The sign of a currency written as a word after an amount ending at `end`, with its
    country's letters where a sign takes them ("Canadian dollars": C$, "Canadian cents": ¢)."""
    word = money.group(1).lower()
    sign = CURRENCY_WORDS.get(word) or SHY_CURRENCY_WORDS[word]
    country = CURRENCY_WORD_COUNTRIES.get(text[end:money.start(1)].strip(" -"))
    return f"{country}{sign}" if country and sign in words("currency_symbols") else sign


def _shy_currency(m: re.Match[str], chunk: str, text: str, end: int) -> re.Match[str] | None:
    """A shy currency word after the figure `m` ending at `end`, where it is money: after a
    scale of thousands or more, a country's adjective, or in a sentence `chunk` whose other
    figures hold money ("9,000 marks ($5,000)"); a pupil's "18 marks" is none."""
    shy = SHY_CURRENCY_AFTER.match(text, end)
    if shy is None or text[end:shy.start(1)].strip(" -") or max(_scale_factor(m), _words_scale(m)) >= 1000:
        return shy
    holds_money = any(f.group("cur") or CURRENCY_WORD_AFTER.match(chunk, f.end()) for f in figures(chunk))
    return shy if holds_money else None


def _without_currency(counts: str | None, currency: str) -> str | None:
    """What an amount counts, less the currency written after it, now its unit: "dollars"
    counts nothing, "dollar wool jacket" a "wool jacket"."""
    if counts is None or not counts.startswith(currency):
        return counts
    return counts[len(currency):].strip() or None


def _counts(c: TokenColumns, i: int, text: str) -> str | None:
    """What the number ending at token i counts: its noun ("members"), with the participle
    that says what happened to them ("Palestinians killed"), or the noun after "of" ("two of
    the victims"). Read from the batch's columns `c`, where each token and child read was
    built."""
    noun: int | None = None
    # "seven of eleven districts", "4 of 5 nurses": the parser hangs the share on the figure of
    # the whole, and the share counts what that counts
    whole = c.head[i] if (c.dep[i] in hashes("quantmod") and c.tag[c.head[i]] in hashes("CD")
                          and c.head[i] > i + 1 and c.lower[i + 1] == "of") else i
    if (c.dep[whole] in hashes("nummod", "quantmod", "amod") and c.pos[c.head[whole]] in hashes("NOUN", "PROPN")
            and c.head[whole] > whole):
        noun = c.head[whole]
    elif i + 1 < len(c) and c.ent_type[i + 1] not in hashes("DATE", "TIME"):
        noun = _word_after_counted(c, i + 1)
    if noun is None:
        noun = _of_object(c, i)
    if noun is None:
        noun = _whole_written_first(c, i)
    if noun == i + 1 and c.lower[noun] == "worth":
        # "$500,000 worth of ads": the amount is the price of what comes after "of", if anything;
        # but "her $4 billion net worth" is what the amount is
        noun = _of_object(c, noun)
    if noun is None or c.pos[noun] in hashes("PRON", "DET"):
        return None  # "34 of them", "half of those polled": a pronoun names none of what is counted
    if c.dep[noun] in hashes("poss") and c.head[noun] > noun and c.pos[c.head[noun]] in hashes("NOUN") and (
            c.pos[noun] in hashes("PROPN") or any(c.lower[k] == "the" and k > i for k in c.children(noun))):
        # "half the company's assets", "three Acme's directors": what the one named or the one
        # owner has is counted; but "a billion people's posts", "the two nations' talks" count
        # the people and the nations
        noun = c.head[noun]
    # "28,000 Andy Warhol photographs", "10 House of Commons members": the parser may hang
    # the number on a name that modifies the noun; what is counted is the noun, named by all
    # of the name.
    named = noun
    while (c.dep[noun] in hashes("compound", "nmod") and c.pos[noun] in hashes("PROPN")
           and c.pos[c.head[noun]] in hashes("NOUN") and c.head[noun] > noun):
        noun = c.head[noun]
    # Otherwise the noun's modifiers and theirs: "New Jersey police officers".
    through = None if noun != named else hashes("compound", "amod")
    # "Of the 70,000 registered voters, 30,290 are Democrats": the noun may come first, after its "of"
    after = i if noun > i else c.head[noun]
    first = next((k for k in range(after + 1, noun + 1) if _modifies(c, k, noun, after, through)), noun)
    # Cut from the text: a Span's text is joined from its tokens; to the ends of a word the
    # tokenizer split at its hyphens ("90 percent of her e-mails" counted "e", "$5 million
    # one-time charge" "time charge"), but not back to the figure ("a 16-point lead").
    end, k = c.end(noun), noun + 1
    while k < len(c) and c.start(k) == end and "-" in (c.text(k), c.text(k - 1)):
        end, k = c.end(k), k + 1
    opening, k = first, first - 1
    while k > after and c.end(k) == c.start(opening) and "-" in (c.text(k), c.text(k + 1)):
        opening, k = k, k - 1
    phrase = text[c.start(first if c.text(opening) == "-" else opening):end]
    happened = _what_happened(c, noun, i)
    return f"{phrase} {c.text(happened)}" if happened is not None else phrase


def _of_object(c: TokenColumns, k: int) -> int | None:
    """The object of token k's "of" ("two [of] the victims", "worth [of] ads"), if it has one."""
    of = next((j for j in c.children(k) if c.dep[j] in hashes("prep") and c.lower[j] == "of"), None)
    obj = None if of is None else next((j for j in c.children(of) if c.dep[j] in hashes("pobj")), None)
    if obj is None or obj + 2 >= len(c) or c.dep[obj + 1] not in hashes("case"):
        return obj
    # "30 of Ramirez' aides", "some 40 of the state's 52 delegates": the parser may make the
    # owner the object, and hang what is owned elsewhere; that is the noun its words lead to
    owned = obj + 2
    while (owned + 1 < len(c) and c.head[owned] > owned
           and c.dep[owned] in hashes("compound", "amod", "nummod", "quantmod", "advmod", "nmod")):
        owned += 1
    return owned if c.pos[owned] in hashes("NOUN", "PROPN") else obj


def _whole_written_first(c: TokenColumns, i: int) -> int | None:
    """The plural a sentence opens with after "Of", where the figure at token i is the subject
    of its clause or one joined to it and counts part of it ("Of the nine nurses, five were
    hired and two quit"); not "Of course, three said no"."""
    if c.dep[i] not in hashes("nsubj", "nsubjpass"):
        return None
    k = c.head[i]
    while True:
        of = next((j for j in c.children(k) if j < i and c.text(j) == "Of" and c.dep[j] in hashes("prep")), None)
        if of is not None:
            whole = next((j for j in c.children(of) if c.dep[j] in hashes("pobj")), None)
            return whole if whole is not None and c.tag[whole] in hashes("NNS", "NNPS") else None
        if c.head[k] == k:
            return None
        k = c.head[k]


def _word_after_counted(c: TokenColumns, k: int) -> int | None:
    """The noun counted by a figure the parser hung on no noun, from the word after it `k`:
    that word, a noun; the noun after it that it describes ("three permanent guards"); or
    itself, describing those counted ("200 wounded", "6 percent undecided"), unless it takes
    a complement and so says something else of the figure ("the 2,383 needed to win",
    "$5 million raised by donors", "three shy of the goal"), where a fate still counts
    ("84 killed in the blast")."""
    if c.tag[k] in hashes("NNS", "NN"):
        return k
    if c.tag[k] not in hashes("JJ", "VBN"):
        return None
    head = c.head[k]
    if c.dep[k] in hashes("amod") and head > k and c.pos[head] in hashes("NOUN"):
        return head
    # what a word takes to go on saying something: "needed to win", "raised by donors", "compared with",
    # "stashed away", "accumulated 91 percent"
    complements = hashes("prep", "agent", "dobj", "xcomp", "ccomp", "prt", "advcl")
    return k if c.lower[k] in FATES or not any(c.dep[w] in complements for w in c.children(k)) else None


def _modifies(c: TokenColumns, k: int, noun: int, after: int, through: frozenset[int] | None) -> bool:
    """Whether token k hangs from `noun` through tokens between `after` and the noun, each
    by a relation in `through` (any, if None)."""
    while after < k < noun:
        if through is not None and c.dep[k] not in through:
            return False
        k = c.head[k]
    return k == noun


def _what_happened(c: TokenColumns, noun: int, figure: int) -> int | None:
    """The participle saying what happened to the counted noun: "killed" in "47,540
    Palestinians were killed", "injured" in "111,618 people were left injured" or "111,618
    people injured". `figure`: the number's last token."""
    after = noun + 1 if noun + 1 < len(c) else None
    if after is not None and c.dep[after] in hashes("acl") and c.head[after] == noun and c.lower[after] in FATES:
        return after
    if c.dep[noun] in hashes("nsubj", "nsubjpass"):
        verb = c.head[noun]
    elif after is not None and c.dep[after] in hashes("aux", "auxpass") and (
            c.dep[noun] not in hashes("pobj") or c.head[c.head[noun]] == figure):
        # the parser hung the subject elsewhere: "and 5,400 people were left injured", "two of
        # the guards were fired"; but "her appeal in four months was rejected" and "the sale of
        # the 30% stake is expected" say what happened to the appeal and the sale
        verb = c.head[after]
    else:
        return None
    participle = hashes("VBN")
    # What a subject did, in the perfect ("the two unions have rejected", "30 firms have bid")
    # or a past the tagger took for a participle ("which the three envoys drafted"), did not
    # happen to it: only a passive says that, or a fate (a headline's "12 miners trapped").
    if c.dep[noun] not in hashes("nsubjpass") and c.doc[verb].lemma_ != "be" and not (
            c.tag[verb] in participle
            and (c.lower[verb] in FATES or any(c.dep[k] in hashes("auxpass") for k in c.children(verb)))):
        return None
    found = next((k for k in c.children(verb)
                  if c.tag[k] in participle and c.dep[k] in hashes("oprd", "xcomp", "acomp", "ccomp")), None)
    if found is not None:
        return found
    return verb if c.tag[verb] in participle else None
