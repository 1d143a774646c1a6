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


# A trie of names: a character to the names going on with it, "" where one ends.
_Trie = dict[str, "_Trie"]


def alternation(names: Iterable[str], trie: bool = True) -> str:
    """A regex alternative of the names in which a longer name wins, as if tried longest
    first. Written as a trie of their letters ("Ann(?:a)?"): ignoring case, the regex engine
    enters every branch of an alternation in turn, and the word lists of the numbers and the
    timeline were a tenth of the extraction's time. `trie=False` writes the names one after
    the other, longest first: quicker to compile, for a pattern made anew for each text."""
    names = sorted(set(names), key=lambda n: (-len(n), n))
    if not trie:
        return "|".join(re.escape(n) for n in names)
    root: _Trie = {}
    for name in names:
        node = root
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}
    if _case_twins(root):
        # Under re.IGNORECASE two such branches would both match, shorter name first.
        return alternation(names, trie=False)
    return "(?:" + _trie_pattern(root) + ")" if names else ""


def _trie_pattern(node: _Trie) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy: the longer names below this node are tried before the one ending here.
    return f"(?:{body})?" if "" in node else body


def _case_twins(node: _Trie) -> bool:
    """Whether some node has two branches that differ only in case ("US", "us")."""
    chars = [ch for ch in node if ch]
    if len({ch.lower() for ch in chars}) < len(chars) or len({ch.upper() for ch in chars}) < len(chars):
        return True
    return any(_case_twins(child) for child in node.values())


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
