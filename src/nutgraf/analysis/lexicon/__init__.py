"""The word lists the extractors read, by name. Each list is a text file beside this module,
so that a list can be reviewed, extended or replaced (for another house style or language)
without reading the rules that use it.

Two file shapes:
- a word list (`words`): one entry a line;
- a table (`table`): `key: value` a line.
In both, blank lines and lines starting with `#` are ignored, and entries keep their case.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

_HERE = Path(__file__).parent


def _lines(name: str) -> list[str]:
    text = (_HERE / f"{name}.txt").read_text(encoding="utf-8")
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The entries of the word list `name` (`lexicon/<name>.txt`)."""
    return frozenset(_lines(name))


@cache
def table(name: str) -> dict[str, str]:
    """The `key: value` rows of the table `name` (`lexicon/<name>.txt`), in file order."""
    rows = {}
    for line in _lines(name):
        key, sep, value = line.partition(":")
        if not sep:
            raise ValueError(f"lexicon/{name}.txt: {line!r} has no ':'")
        rows[key.strip()] = value.strip()
    return rows


def alternation(names: Iterable[str]) -> str:
    """A regex alternative of the names, longest first so that a longer name wins."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def month_number(name: str) -> int:
    """1-12 for a month's name or abbreviation ("Sept.", "october"), 0 for anything else."""
    return MONTHS.get(name.lower().rstrip("."), 0)


def date_of(m: re.Match[str]) -> dt.date | None:
    """The date a match with groups year, day and mon (a month's name) or mnum (its number)
    spells; None when there is no such day ("February 30")."""
    gd = m.groupdict()
    month = int(gd["mnum"]) if gd.get("mnum") else month_number(gd["mon"])
    try:
        return dt.date(int(gd["year"]), month, int(gd["day"]))
    except ValueError:
        return None


# Lists used by more than one extractor.
HONORIFICS = words("honorifics")
TITLES = HONORIFICS | words("titles") | words("person_titles")
KIN = words("kin")
OCCUPATIONS = words("occupations")
MONTHS = {name: int(n) for name, n in table("months").items()}
# A month's name or abbreviation, captured as "mon" (match it case-insensitively).
MONTH = rf"(?P<mon>{alternation(MONTHS)})\.?"
