"""The word lists the extractors read, by name. Each list is a text file beside this module,
so that a list can be reviewed, extended or replaced (for another house style or language)
without reading the rules that use it.

Two file shapes:
- a word list (`words`): one entry a line;
- a table (`table`): `key: value` a line.
In both, blank lines and lines starting with `#` are ignored, and entries keep their case.
"""
from __future__ import annotations

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


# Lists used by more than one extractor.
HONORIFICS = words("honorifics")
TITLES = HONORIFICS | words("titles") | words("person_titles")
KIN = words("kin")
OCCUPATIONS = words("occupations")
