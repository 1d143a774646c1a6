"""The faster paths of the analysis give what the plain ones gave: the name alternation as a
trie, counted words, parsed batches kept without their tensors."""
import re

import pytest

from nutgraf.analysis.lexicon import alternation
from nutgraf.analysis.parsed import Parsed

NAMES = ["Ann", "Anna", "Annabel", "An", "Bob", "Bo", "A.B", "C++", "Anna Lee"]


def longest_first(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@pytest.mark.parametrize("text", [
    "Annabel, Anna and Ann met An; Bob and Bo too. A.B and C++ and Anna Lee.",
    "Annab Annabell AnnaLee Anna  Lee Bobo Bo-b",
])
@pytest.mark.parametrize("around", [("", ""), (r"(?<![\w-])(?:", r")(?![\w-])"), (r"\b(?:", r")\b")])
def test_the_trie_matches_what_longest_first_matches(text, around):
    before, after = around
    trie = re.compile(before + alternation(NAMES) + after)
    plain = re.compile(before + "(?:" + longest_first(NAMES) + ")" + after)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert trie.pattern != plain.pattern  # the trie form was used


def test_names_differing_only_in_case_keep_the_longest_first_form():
    # Under re.I both "us" and "US..." branches would match: the trie could take the shorter.
    names = ["US", "usa", "Uk"]
    pattern = alternation(names)
    assert pattern == "usa|US|Uk"
    assert re.compile(rf"(?:{pattern})\b", re.I).search("the USA and").group() == "USA"


def test_word_counts_count_what_a_word_boundary_search_finds():
    text = "DEAD or dead, dead-end; undead DEADLY DEAD_ dead\u00e9 \u00e9dead"
    counts = Parsed(text, []).word_counts
    for word in ("DEAD", "dead", "undead", "end", "dead\u00e9", "deadly"):
        assert counts[word] == len(re.findall(rf"\b{word}\b", text)), word


@pytest.mark.parametrize("form", ["Ann", "Anna Lee", "A.B", "dead", "\u00e9t\u00e9"])
def test_whole_words_finds_what_the_bounded_regex_finds(form):
    from nutgraf.analysis.actors import _whole_words

    text = ("Ann, Anna Lee and Ann_ met AnnAnn Ann-Marie 'Ann' 1Ann Ann1 A.B A.BC xA.B "
            "dead undead dead\u00e9 \u00e9t\u00e9 \u00e9t\u00e9s Ann")
    regex = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
    assert list(_whole_words(text, form)) == [m.span() for m in regex.finditer(text)]
