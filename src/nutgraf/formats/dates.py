"""Publication dates as people and web pages write them, to ISO 8601 (YYYY-MM-DD)."""
from __future__ import annotations

import re
from functools import cache

_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"


@cache
def date_patterns() -> list[re.Pattern[str]]:
    """Made when a line may hold a date: the word lists and the patterns took 2.5 ms of the
    reader's first paint, for an article whose first lines hold none (most titles)."""
    from ..analysis.lexicon import MONTH

    return [
        # 2024-03-12, 2024-03-12T07:30:00+00:00
        re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)(?![\d])"),
        # Tuesday 12 March 2024, 12th of March, 2024
        re.compile(_WEEKDAY + r"(?P<day>[0-3]?\d)" + _ORD + r"\s+(?:of\s+)?" + MONTH
                   + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
        # March 12, 2024; Tue, Mar 12 2024
        re.compile(_WEEKDAY + MONTH + r"\s+(?P<day>[0-3]?\d)" + _ORD + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
        # 12.03.2024 (European order, the only reading of dots)
        re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
    ]


def find_date(s: str) -> tuple[str, int, int] | None:
    """The first full date in s as (iso, start, end), or None."""
    # Every pattern needs a year's digits: a line without one is not looked at.
    if not any(c.isdigit() for c in s):
        return None
    best = None
    for rx in date_patterns():
        for m in rx.finditer(s):
            iso = _iso(m)
            if iso and (best is None or m.start() < best[1]):
                best = (iso, m.start(), m.end())
                break
    return best


def parse_date(s: str | None) -> str | None:
    """An ISO date from a metadata value ('2024-03-12T07:30:00Z', '12 March 2024'), or None."""
    if not s or not isinstance(s, str):
        return None
    found = find_date(s.strip()[:100])
    return found[0] if found else None


def _iso(m: re.Match[str]) -> str | None:
    from ..analysis.lexicon import date_of

    return d.isoformat() if (d := date_of(m)) else None
