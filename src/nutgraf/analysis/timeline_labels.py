"""What a reader says for a TIMEX3 value: "autumn 2025" for `2025-FA`, "the 1960s" for `196`,
"years" for `PXY`, "in the past" for `PAST_REF`, "June, year unknown" for `XXXX-06`. Calendar
dates written as ISO (`2025-02-06`, `2025-02`, `2025`) are already what a reader reads and are
kept, so that they sort and compare as written."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .lexicon import MONTHS, table

# Each month by its full name, not an abbreviation ("sept").
_MONTH_NAMES = {n: max((name for name, m in MONTHS.items() if m == n), key=len).capitalize()
                for n in set(MONTHS.values())}
_SEASON_NAMES = {code: name for name, code in reversed(table("seasons").items())}  # "autumn" over "fall"
_UNIT_NAMES = {code: unit for unit, code in reversed(table("time_units").items())
               if unit not in ("hour", "minute", "second")}
_CLOCK_UNIT_NAMES = {"H": "hour", "M": "minute", "S": "second"}
_VAGUE = {"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in the future"}
_HALVES = {"1": "first", "2": "second"}
_PARTS_OF_DAY = {code: name for name, code in reversed(table("parts_of_day").items())}  # "night" over "tonight"
_PART_CODE = rf"(?P<p>{'|'.join(_PARTS_OF_DAY)})"

_WEEKDAY_NAMES = {int(n) + 1: day.capitalize() for day, n in table("weekdays").items()}  # ISO: Monday is 1
_EVERY_NAMED = re.compile(rf"XXXX-(?:WXX-(?P<wd>[1-7])(?:T{_PART_CODE})?|(?P<mo>\d\d))")
_DURATION = re.compile(r"P(?P<clock>T)?(?P<n>X|\d+(?:\.\d+)?)(?P<unit>DE|CE|[YQMWDHS])")


def label(value: str | None, kind: str = "DATE") -> str:
    """The value in words; the value itself when it has no better reading."""
    if not value:
        return "unresolved"
    if value in _VAGUE:
        return _VAGUE[value]
    m = _DURATION.fullmatch(value)
    if m:
        return _duration(m, recurring=kind == "SET")
    m = _EVERY_NAMED.fullmatch(value)
    if m and kind == "SET":  # "XXXX-WXX-4": every Thursday, "XXXX-WXX-4TNI": every Thursday night
        if m.group("mo"):
            return f"every {_MONTH_NAMES[int(m.group('mo'))]}"
        part = f" {_PARTS_OF_DAY[m.group('p')]}" if m.group("p") else ""
        return f"every {_WEEKDAY_NAMES[int(m.group('wd'))]}{part}"
    for rx, say in _CALENDAR:
        m = rx.fullmatch(value)
        if m:
            return say(m)
    return value


def _duration(m: re.Match[str], recurring: bool) -> str:
    unit = (_CLOCK_UNIT_NAMES if m.group("clock") else _UNIT_NAMES)[m.group("unit")]
    n = m.group("n")
    if recurring:
        return f"every {unit}" if n == "1" else f"every {n} {unit}s"
    plural = "centuries" if unit == "century" else f"{unit}s"
    if n == "X":
        return plural
    return f"{n} {unit if n == '1' else plural}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _week(m: re.Match[str]) -> str:
    monday = dt.date.fromisocalendar(int(m.group("y")), int(m.group("w")), 1)
    if m.group("we"):
        saturday = monday + dt.timedelta(days=5)
        return f"the weekend of {saturday.day} {_MONTH_NAMES[saturday.month]} {saturday.year}"
    return f"the week of {monday.day} {_MONTH_NAMES[monday.month]} {monday.year}"


_CALENDAR: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"\d{4}(?:-\d\d){0,2}"), lambda m: m.group()),
    (re.compile(rf"(?P<d>\d{{4}}-\d\d-\d\d)T{_PART_CODE}"),
     lambda m: f"{m.group('d')}, {_PARTS_OF_DAY[m.group('p')]}"),
    (re.compile(r"(?P<d>\d{4}-\d\d-\d\d)T(?P<t>\d\d:\d\d)"), lambda m: f"{m.group('d')}, {m.group('t')}"),
    (re.compile(r"(?P<y>\d{4})-Q(?P<q>[1-4])"), lambda m: f"Q{m.group('q')} {m.group('y')}"),
    (re.compile(r"(?P<y>\d{4})-H(?P<h>[12])"), lambda m: f"the {_HALVES[m.group('h')]} half of {m.group('y')}"),
    (re.compile(r"(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)"), lambda m: f"{_SEASON_NAMES[m.group('s')]} {m.group('y')}"),
    (re.compile(r"(?P<y>\d{4})-W(?P<w>\d\d)(?P<we>-WE)?"), _week),
    (re.compile(r"(?P<d>\d{3})"), lambda m: f"the {m.group('d')}0s"),
    (re.compile(r"(?P<c>\d{2})"), lambda m: f"the {_ordinal(int(m.group('c')) + 1)} century"),
    (re.compile(r"XXXX-(?P<mo>\d\d)"), lambda m: f"{_MONTH_NAMES[int(m.group('mo'))]}, year unknown"),
    (re.compile(r"XXXX-(?P<mo>\d\d)-(?P<d>\d\d)"),
     lambda m: f"{int(m.group('d'))} {_MONTH_NAMES[int(m.group('mo'))]}, year unknown"),
]
