"""Numbers the article claims: digits and words, with their value, an "approximately" flag
and what they count. Dates, clock times and numbers inside names are not claims."""
from __future__ import annotations

import re

from .lexicon import table, words
from .model import Number
from .parsed import entity_of


def _number(v: str):
    f = float(v)
    return int(f) if f.is_integer() else f


def _alternation(entries) -> str:
    """A regex alternation of the literal entries, longest first so that "just over" wins
    over "over"."""
    return "|".join(re.escape(e) for e in sorted(entries, key=len, reverse=True))


UNITS = {w: _number(v) for w, v in table("number_words").items()}
SCALES = {w: _number(v) for w, v in table("number_scales").items()}
ABBREV_SCALES = {w: _number(v) for w, v in table("number_abbrev_scales").items()}
FRACTIONS = {w: 1 / int(den) for w, den in table("fractions").items()}
DURATION_UNITS = rf"(?:{_alternation(words('duration_units'))})"

_WORD = _alternation(UNITS)
_SCALE = "|".join(SCALES)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_WORDNUM = rf"(?:{_WORD})(?:[- ](?:{_WORD}))?(?:\s+(?:{_SCALE})(?:\s+(?:and\s+)?(?:{_WORD})(?:-(?:{_WORD}))?)?)*"
_CURRENCY = (rf"(?:{_alternation(words('currency_sign_prefixes'))})?(?:{_alternation(words('currency_symbols'))})"
             rf"|(?:{_alternation(words('currency_codes'))})(?=\s?\d)")
_ABBR = _alternation(ABBREV_SCALES)
NUMBER_RE = re.compile(
    rf"""(?<![\w.,/:])
    (?P<cur>{_CURRENCY})?\s?
    (?:
      (?P<digits>{_DIGITS})(?:[\s-]?(?P<scale>{_SCALE})s?\b|(?P<abbr>{_ABBR})\b)?
    | (?P<ratio>(?P<rnum>one|a|\d+)\sin\s(?:every\s)?(?P<rden>{_WORD}|\d+))\b
    | (?P<frac>(?:a|one|two|three)[- ](?:{_alternation(FRACTIONS)}))\b
    | (?P<times>twice|thrice)\b
    | (?P<words>{_WORDNUM})\b
    | (?P<ascale>an?\s(?:{_SCALE}))\b
    | (?P<dozen>(?:a\s)?dozen)\b
    | (?P<half>half)(?=\s+(?:the|of|a|an|its|their|his|her|all)\b)
    )
    (?P<pct>\s?%|\s?per\s?cent\b|\s?percent\b)?
    (?![\w-]*[A-Za-z]\d)(?!\d|[.,]\d|:\d)""",
    re.X | re.I,
)
CLOCK_AFTER = re.compile(
    r"(?:\s*(?:and|to|-|\u2013)\s*\d{1,2})?\s*(?:in the (?:morning|afternoon|evening)|at night|"
    r"a\.?m\b\.?|p\.?m\b\.?|o'clock|o\u2019clock)", re.I)
PHONE_RE = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\b\d{3}-\d{4}\b|\+\d[\d ()-]{7,}\d")
# Only day and month numbers make "4/12" a date; "33-31" is a score or a record.
_DAY_OR_MONTH = r"(?:0?[1-9]|[12]\d|3[01])"
TEMPORAL_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\b(?:1[5-9]\d\d|20\d\d)s?\b|\b\d{1,2}(?:st|nd|rd|th)\b|"
    rf"\b{_DAY_OR_MONTH}[/.-]{_DAY_OR_MONTH}\b|"
    r"\b(?:day|week|month|year|decade|centur|hour|minute|second|today|tonight|yesterday|tomorrow|"
    r"ago|now|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|quarter|time|"
    r"past|future|recent|season|weekend|era|period|age|fiscal)|\b[QH][1-4]\b|\bFY\s?\d",
    re.I,
)
APPROX_RE = re.compile(rf"(?:{_alternation(words('approximators'))})\s+$", re.I)
# "three years", "79-year-old", and the first bound of "seven to eight hours"
DURATION_AFTER = re.compile(rf"(?:\s*(?:to|or|-|\u2013)\s*[\w.]+)?\s*-?\s*{DURATION_UNITS}s?\b|-{DURATION_UNITS}", re.I)
UNIT_AFTER = re.compile(rf"\s*-?\s*({DURATION_UNITS})s?\b", re.I)
AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+$", re.I)
YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")
CLOCK_ZONE_AFTER = re.compile(rf"\s*(?:a\.?m\.?|p\.?m\.?)\b|\s*(?:{_alternation(words('time_zones'))})\b", re.I)
OUT_OF_AFTER = re.compile(r"\s+out of\s+\w")
NAME_ENTS = {"PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT", "GPE", "LOC", "NORP"}


def extract(parsed) -> list[Number]:
    text = parsed.text
    out: list[Number] = []
    for s in parsed.sentences:
        if parsed.in_furniture(s.start, s.end):
            continue
        chunk = text[s.start:s.end]
        skip = [p.span() for p in PHONE_RE.finditer(chunk)]
        for m in NUMBER_RE.finditer(chunk):
            if any(a <= m.start() < b for a, b in skip) or _after_word_hyphen(chunk, m):
                continue
            start, end = s.start + m.start(), s.start + m.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            toks = _tokens(s, start, end)
            if not toks or not _is_claim(m, toks, text, start, end):
                continue
            value = _value(m)
            approx = APPROX_RE.search(text[max(s.start, start - 20):start])
            if approx:
                start = start - len(approx.group())
            out.append(Number(
                id=f"n{len(out) + 1}",
                span=(start, end),
                text=text[start:end],
                value=value,
                approximate=bool(approx),
                counts=_counts(toks[-1], s, end),
                sentence_span=(s.start, s.end),
                unit=_unit(m, text, end),
            ))
    return out


def _after_word_hyphen(chunk: str, m) -> bool:
    """"COVID-19", "F-35": a number joined to a word is part of a name."""
    i = m.start()
    return chunk[i:i + 1].isdigit() and i >= 2 and chunk[i - 1] == "-" and chunk[i - 2].isalpha()


def _tokens(s, start: int, end: int) -> list:
    return [t for t in s.sent if s.tok_start(t) < end and start < s.tok_end(t)]


def _is_claim(m, toks, text: str, start: int, end: int) -> bool:
    after = text[end:end + 24]
    is_duration = DURATION_AFTER.match(after) is not None
    if CLOCK_AFTER.match(after):
        return False  # "between 2 and 4 in the morning", "at 10 p.m."
    is_age = AGE_BEFORE.search(text[max(0, start - 8):start]) is not None
    for t in toks:
        if t.ent_type_ in ("DATE", "TIME") and not (is_duration or is_age) and _entity_is_temporal(t):
            return False
        if t.ent_type_ in NAME_ENTS and not m.group("cur"):
            return False
    if m.group("digits") and not (m.group("cur") or m.group("pct") or m.group("scale") or m.group("abbr")):
        raw = m.group("digits")
        if YEAR_RE.fullmatch(raw) and not _counts_plural_noun(toks[-1]):
            return False  # a year the tagger did not mark
        if CLOCK_ZONE_AFTER.match(after):
            return False
    if m.group("words") or m.group("dozen"):
        first = toks[0]
        if first.tag_ != "CD" and not m.group("dozen"):
            return False
        if m.group("words") and m.group("words").lower() == "one" and not OUT_OF_AFTER.match(after):
            return False  # "one mother said", "no one": a determiner, not a count
    return True


def _entity_is_temporal(tok) -> bool:
    """The tagger marks some plain numbers as dates ("between 10 and 15 ships")."""
    ent = entity_of(tok)
    return ent is None or is_temporal(ent.text)


def is_temporal(s: str) -> bool:
    return TEMPORAL_RE.search(s) is not None


def is_amount(s: str) -> bool:
    """Text holding a sum of money or a figure: never a name."""
    return any(m.group("digits") and (m.group("cur") or m.group("abbr") or m.group("scale"))
               for m in NUMBER_RE.finditer(s))


def _counts_plural_noun(tok) -> bool:
    return tok.dep_ == "nummod" and tok.head.tag_ == "NNS"


def _value(m) -> float | None:
    if m.group("digits"):
        v = float(m.group("digits").replace(",", ""))
        if m.group("scale"):
            v *= SCALES[m.group("scale").lower()]
        elif m.group("abbr"):
            v *= ABBREV_SCALES[m.group("abbr").lower()]
        return _tidy(v)
    if m.group("words"):
        return _tidy(words_value(m.group("words")))
    if m.group("frac"):
        num, den = re.split(r"[- ]", m.group("frac").lower())
        n = 1 if num in ("a", "one") else UNITS[num]
        return round(n * FRACTIONS[den], 3)
    if m.group("ascale"):
        return _tidy(SCALES[m.group("ascale").split()[-1].lower()])
    if m.group("dozen"):
        return 12
    if m.group("half"):
        return 0.5
    if m.group("ratio"):
        num = m.group("rnum").lower()
        den = m.group("rden").lower()
        n = 1 if num in ("a", "one") else float(num)
        d = float(den) if den.isdigit() else words_value(den)
        return round(n / d, 3) if d else None
    if m.group("times"):
        return 2 if m.group("times").lower() == "twice" else 3
    return None


def words_value(words: str) -> float:
    """ "twenty-five" → 25, "one hundred and five" → 105, "two million" → 2e6."""
    total, current = 0.0, 0.0
    for w in re.split(r"[\s-]+", words.lower()):
        if w in UNITS:
            current += UNITS[w]
        elif w in SCALES:
            scale = SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
    return total + current


def _tidy(v: float):
    return int(v) if float(v).is_integer() else v


def _unit(m, text: str, end: int) -> str | None:
    if m.group("pct"):
        return "%"
    if m.group("cur"):
        return m.group("cur")
    unit = UNIT_AFTER.match(text[end:end + 20])
    return unit.group(1).lower() if unit else None


def _counts(tok, s, end: int) -> str | None:
    """What the number counts: its noun ("members"), with the participle that says what
    happened to them ("Palestinians killed"), or the noun after "of" ("two of the victims")."""
    noun = None
    if tok.dep_ in ("nummod", "quantmod", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        noun = tok.head
    elif (tok.i + 1 < len(tok.doc) and tok.nbor(1).tag_ in ("NNS", "NN", "JJ", "VBN")
          and tok.nbor(1).ent_type_ not in ("DATE", "TIME")):
        noun = tok.nbor(1)
    else:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            noun = pobj
    if noun is None:
        return None
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.i > tok.i]
    first = mods[0].i if mods else noun.i
    phrase = noun.doc[first:noun.i + 1].text
    verb = noun.head
    if noun.dep_ in ("nsubjpass", "nsubj") and verb.tag_ == "VBN":
        phrase += " " + verb.text
    elif noun.dep_ == "nsubjpass" or (noun.dep_ == "nsubj" and verb.lemma_ == "be"):
        participle = next((c for c in verb.children if c.tag_ == "VBN" and c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")), None)
        if participle is not None:
            phrase += " " + participle.text
        elif verb.tag_ == "VBN":
            phrase += " " + verb.text
    return phrase
