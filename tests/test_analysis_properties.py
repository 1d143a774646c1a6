"""Whatever text comes in, the analysis keeps its contract: no exception, every span inside
the text, and every item's text equal to the characters its span points at."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nutgraf.analysis.pipeline import analyze

pytestmark = pytest.mark.model  # every test here, or most, runs spaCy

NEWSY = st.sampled_from([
    "President Ana Lima said: \u201cWe will act.\u201d ", "The UN (United Nations) met on Monday. ",
    "About 1,200 people \u2014 12% \u2014 fled. ", "\u201cNo,\u201d she said.\n", "In 2023, Mr Lima ",
    "\u4e2d\u6587\u65b0\u95fb 5 \u4eba ", "\U0001f1fa\U0001f1e6 \U0001f468\u200d\U0001f469\u200d\U0001f467 ",
    "caf\u0065\u0301 ", "\u202eevil\u202c ", "\x1b[2J\x1b]52;c;aGk=\x07", "[bold red]x[/] ", "\r\n", "\"",
])


def check(text: str, ref: str | None = "2025-02-07") -> None:
    result = analyze(text, ref)
    n = len(text)

    def ok(span):
        assert 0 <= span[0] < span[1] <= n

    for actor in result.actors:
        for m in actor.mentions:
            ok(m)
    for section in (result.quotes, result.numbers, result.timeline):
        for item in section:
            ok(item.span)
            assert item.text == text[item.span[0]:item.span[1]]
    for q in result.quotes:
        if q.speaker_span:
            ok(q.speaker_span)
        assert q.speaker is None or result.actor(q.speaker) is not None
    for s in result.sentences + result.furniture:
        ok(s)


@settings(max_examples=60)
@given(st.text(max_size=300))
def test_random_unicode_keeps_the_contract(text):
    check(text)


@settings(max_examples=60)
@given(st.lists(st.one_of(NEWSY, st.text(max_size=20)), max_size=25).map("".join))
def test_news_like_fragments_keep_the_contract(text):
    check(text, None)


def test_spans_are_exact_around_wide_and_combining_characters():
    text = ("\u4e2d\u56fd\u65b0\u95fb\u3002 Caf\u0065\u0301 owner Zo\u00eb Brown \U0001f44d\ufe0f said "
            "\u201cwe sold 40 cups\u201d on Friday. \U0001f468\u200d\U0001f469\u200d\U0001f467 Ms Brown added "
            "\u201cit was busy all day long\u201d.")
    result = analyze(text, "2025-02-07")
    assert [n.text for n in result.numbers] == ["40"]
    assert [q.text for q in result.quotes] == ["we sold 40 cups", "it was busy all day long"]
    brown = next(a for a in result.actors if a.name == "Zo\u00eb Brown")
    assert [text[s:e] for s, e in brown.mentions] == ["Zo\u00eb Brown", "Ms Brown"]
    assert {e.text: e.value for e in result.timeline} == {"Friday": "2025-02-07"}
