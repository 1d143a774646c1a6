"""The attribute ruler's matches found through an index, not by trying every rule on every token.

spaCy's English pipelines map each fine tag to its part of speech and morphology, and fix up
a few words, with an attribute ruler of some 180 rules. Its Matcher tries every rule at
every token: 45 µs a token, 16% of the parse of a news article. Nearly every rule tests
plain values ("TAG is VBD", "LOWER is 'us' and TAG is PRP"), so a token's candidates can be
looked up by its tag, lower case form or dependency, and only those are tried. The matches
are the Matcher's, in the order the ruler sorts them, and the ruler still sets the
attributes itself, so the parse is unchanged; a pipeline with a rule this index cannot read
keeps its Matcher."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeGuard, cast

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.strings import StringStore
    from spacy.tokens import Doc

# The token attributes a rule may test, read for the whole Doc as the columns of one array.
READABLE = ("TAG", "LOWER", "DEP", "IS_SPACE")
# A rule is filed under a value its first token must have, of the first of these it tests:
# the most selective.
FILING_ORDER = ("LOWER", "TAG", "DEP", "IS_SPACE")

# One test of a token: the column it reads and what it asks of the value there.
Test = tuple[int, Callable[[int], bool]]
# A rule (one pattern of a ruler entry): the entry's number and match key, how many tokens it
# spans, and its tests as (token offset, column, test) beyond the value it is filed under.
Rule = tuple[int, int, int, tuple[tuple[int, int, Callable[[int], bool]], ...]]
Match = tuple[int, int, int, int]


def indexed_match(ruler: AttributeRuler) -> Callable[[Doc], list[Match]] | None:
    """A replacement for `ruler.match` finding the same matches, or None when a rule asks
    what the index cannot read (another attribute, an operator, a comparison)."""
    from spacy.strings import get_string_id

    strings = ruler.vocab.strings
    filed: dict[int, dict[int, list[Rule]]] = {}  # by column, by value there
    unfiled: list[Rule] = []  # rules whose first token has no value to be filed under
    for number, entry in enumerate(cast("list[dict[str, Any]]", ruler.patterns)):
        key = get_string_id(str(number))
        for pattern in entry["patterns"]:
            tokens = [_token_tests(spec, strings) for spec in pattern]
            if not tokens or any(t is None for t in tokens):
                return None
            filing = _filing(pattern[0])
            by = filing[0][0] if filing else None
            checks = tuple((offset, column, test) for offset, token in enumerate(tokens) for column, test in token or ()
                           if not (offset == 0 and column == by))
            rule = (number, key, len(tokens), checks)
            if filing is None:
                unfiled.append(rule)
            for column, value in filing or ():
                filed.setdefault(column, {}).setdefault(value, []).append(rule)
    indexes = sorted(filed.items())

    def match(doc: Doc) -> list[Match]:
        rows = doc.to_array(list(READABLE)).tolist()
        found: set[Match] = set()
        for start, row in enumerate(rows):
            for column, index in indexes:
                candidates = index.get(row[column])
                if candidates:
                    _try(candidates, rows, start, found)
            _try(unfiled, rows, start, found)
        # A rule filed twice under one value (listed twice) matches once, as in the Matcher;
        # sorted, later rules are applied last, as the ruler applies them.
        return sorted(found)

    return match


def _try(rules: list[Rule], rows: list[list[int]], start: int, found: set[Match]) -> None:
    """Add to `found` the matches of `rules` starting at token `start`."""
    for number, key, length, checks in rules:
        if start + length > len(rows):
            continue
        for k, column, test in checks:
            if not test(rows[start + k][column]):
                break
        else:
            found.add((number, key, start, start + length))


def _filing(spec: dict[str, object]) -> list[tuple[int, int]] | None:
    """The (column, value) pairs a rule is filed under: one equality its first token must
    meet, or every value of a list its first token's value must be in; None if neither."""
    from spacy.strings import get_string_id

    tested = {attr.upper(): value for attr, value in spec.items()}
    for name in FILING_ORDER:
        value = tested.get(name)
        if isinstance(value, str):
            return [(READABLE.index(name), get_string_id(value))]
        if isinstance(value, bool):
            return [(READABLE.index(name), int(value))]
    for name in FILING_ORDER:
        value = tested.get(name)
        if _listed(value, "IN"):
            return [(READABLE.index(name), get_string_id(v)) for v in value["IN"]]
    return None


def _token_tests(spec: dict[str, object], strings: StringStore) -> tuple[Test, ...] | None:
    """A token's tests in a rule, or None if one asks what the index cannot read: a value
    of a READABLE attribute, one of a list, or (of a text attribute) a regular expression's
    search, as the Matcher tests them."""
    from spacy.strings import get_string_id

    tests: list[Test] = []
    for attr, value in spec.items():
        name = attr.upper()
        if name not in READABLE:
            return None
        column = READABLE.index(name)
        if isinstance(value, bool):
            tests.append((column, int(value).__eq__))
        elif isinstance(value, str):
            tests.append((column, get_string_id(value).__eq__))
        elif _listed(value, "IN"):
            tests.append((column, frozenset(get_string_id(v) for v in value["IN"]).__contains__))
        elif _listed(value, "NOT_IN"):
            tests.append((column, _outside(frozenset(get_string_id(v) for v in value["NOT_IN"]))))
        elif isinstance(value, dict) and list(value) == ["REGEX"] and name == "LOWER":
            tests.append((column, _searcher(re.compile(str(value["REGEX"])), strings)))
        else:
            return None
    return tuple(tests) if tests else None


def _listed(value: object, operator: str) -> TypeGuard[dict[str, list[str]]]:
    """Whether a token's test is `{operator: [strings]}`."""
    return isinstance(value, dict) and list(value) == [operator] and isinstance(value[operator], list) \
        and all(isinstance(v, str) for v in value[operator])


def _outside(excluded: frozenset[int]) -> Callable[[int], bool]:
    return lambda value: value not in excluded


def _searcher(rx: re.Pattern[str], strings: StringStore) -> Callable[[int], bool]:
    """Whether `rx` is found in the string of a hash; each string is searched once."""
    seen: dict[int, bool] = {}

    def search(value: int) -> bool:
        hit = seen.get(value)
        if hit is None:
            hit = seen[value] = bool(rx.search(strings[value]))
        return hit

    return search
