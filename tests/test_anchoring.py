"""Re-anchoring saved spans after the article's text was edited."""
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nutgraf.store.anchoring import (
    CONTEXT,
    FUZZY,
    ORPHANED,
    POSITION,
    QUOTE,
    Selectors,
    anchor,
    describe,
)

ARTICLE = (
    "The International Criminal Court has called on its member states to stand up against "
    "sanctions imposed by US President Donald Trump, saying the move was an attempt to harm "
    "its independent and impartial judicial work.\n\n"
    "The White House issued the executive order on Thursday in response to what it called "
    "illegitimate and baseless actions targeting America and its close ally Israel.\n\n"
    "It was referring to the arrest warrant the ICC issued last year for Israeli Prime "
    "Minister Benjamin Netanyahu over alleged war crimes in Gaza, which Israel denies. "
    "Gaza's health ministry says 47,540 Palestinians have been killed. Israel says more "
    "than 1,200 people died in the 7 October attacks, and the ICC says the order harms "
    "the ICC and the victims the ICC serves."
)


def span(text, needle, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def test_selectors_are_w3c_and_round_trip():
    sel = describe(ARTICLE, *span(ARTICLE, "Donald Trump"))
    as_json = sel.to_json()
    assert {s["type"] for s in as_json} == {"TextQuoteSelector", "TextPositionSelector"}
    assert as_json[0]["exact"] == "Donald Trump"
    assert len(as_json[0]["prefix"]) == CONTEXT and len(as_json[0]["suffix"]) == CONTEXT
    assert Selectors.from_json(as_json) == sel


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 5), (10, len(ARTICLE) + 1), (9, 4)])
def test_describe_refuses_spans_outside_the_text(start, end):
    with pytest.raises(ValueError):
        describe(ARTICLE, start, end)


def test_unchanged_text_anchors_by_position():
    start, end = span(ARTICLE, "47,540")
    found = anchor(ARTICLE, describe(ARTICLE, start, end))
    assert (found.start, found.end, found.method) == (start, end, POSITION)


def test_insertion_before_moves_the_anchor_with_its_text():
    start, end = span(ARTICLE, "Benjamin Netanyahu")
    sel = describe(ARTICLE, start, end)
    edited = "UPDATED: a new first paragraph.\n\n" + ARTICLE
    found = anchor(edited, sel)
    assert found.method == QUOTE
    assert edited[found.start:found.end] == "Benjamin Netanyahu"
    assert found.start == start + len("UPDATED: a new first paragraph.\n\n")


def test_repeated_quote_is_told_apart_by_its_context():
    # "the ICC" occurs several times; the third one is saved.
    start, end = span(ARTICLE, "the ICC", nth=2)
    sel = describe(ARTICLE, start, end)
    edited = ARTICLE.replace("The White House", "The White House, in a statement,", 1)
    found = anchor(edited, sel)
    assert found.start == start + len(", in a statement,")
    assert edited[found.start:found.end] == "the ICC"


def test_lightly_edited_quote_is_found_fuzzily():
    start, end = span(ARTICLE, "Israel says more than 1,200 people died in the 7 October attacks")
    sel = describe(ARTICLE, start, end)
    edited = ARTICLE.replace("more than 1,200 people died", "over 1,200 people were killed")
    found = anchor(edited, sel)
    assert found.method == FUZZY
    assert edited[found.start:found.end] == "Israel says over 1,200 people were killed in the 7 October attacks"


def test_words_deleted_at_either_edge_leave_the_rest_anchored_exactly():
    quote = "Israel says more than 1,200 people died in the 7 October attacks"
    sel = describe(ARTICLE, *span(ARTICLE, quote))
    edited = ARTICLE.replace(quote, "says more than 1,200 people died in the 7 October")
    found = anchor(edited, sel)
    assert found.method == FUZZY
    assert edited[found.start:found.end] == "says more than 1,200 people died in the 7 October"


def test_changed_number_anchors_fuzzily_but_a_different_one_is_orphaned():
    start, end = span(ARTICLE, "47,540")
    sel = describe(ARTICLE, start, end)
    corrected = ARTICLE.replace("47,540", "47,541")
    found = anchor(corrected, sel)
    assert found.method == FUZZY and corrected[found.start:found.end] == "47,541"
    assert anchor(ARTICLE.replace("47,540", "61,709"), sel).method == ORPHANED


def test_rewritten_text_orphans():
    sel = describe(ARTICLE, *span(ARTICLE, "impartial judicial work"))
    found = anchor("Football results and the weather in Spain, with no court in sight.", sel)
    assert found.orphaned and found.method == ORPHANED and found.end is None


# ---- properties -----------------------------------------------------------------------

edit_text = st.text(alphabet="abcdefghij ICC.,\n0123456789", max_size=40)


@st.composite
def anchored_span(draw):
    start = draw(st.integers(0, len(ARTICLE) - 1))
    end = draw(st.integers(start + 1, min(len(ARTICLE), start + 80)))
    return start, end


@st.composite
def outside_edit(draw, start, end):
    """(where, how many characters deleted, what is inserted), entirely before or after."""
    before = draw(st.booleans()) if 0 < start and end < len(ARTICLE) else start > 0
    if before:
        at = draw(st.integers(0, start))
        cut = draw(st.integers(0, start - at))
    else:
        at = draw(st.integers(end, len(ARTICLE)))
        cut = draw(st.integers(0, len(ARTICLE) - at))
    return at, cut, draw(edit_text)


@settings(max_examples=300)
@given(st.data())
def test_edits_outside_the_anchor_keep_it_on_the_same_text(data):
    start, end = data.draw(anchored_span())
    assume(end - start >= 1)
    at, cut, insert = data.draw(outside_edit(start, end))
    exact = ARTICLE[start:end]
    edited = ARTICLE[:at] + insert + ARTICLE[at + cut:]
    found = anchor(edited, describe(ARTICLE, start, end))
    assert not found.orphaned
    assert edited[found.start:found.end] == exact
    shift = len(insert) - cut if at <= start else 0
    sel = describe(ARTICLE, start, end)
    window = sel.prefix + sel.exact + sel.suffix
    # When the quote with its context is still unique and the edit left that context
    # alone, there is only one right answer: the saved occurrence itself.
    far = at + cut <= start - CONTEXT or at >= end + CONTEXT
    if edited.count(exact) == 1 or (far and edited.count(window) == 1):
        assert found.start == start + shift


@settings(max_examples=300)
@given(st.data())
def test_edits_inside_the_anchor_re_anchor_or_orphan_but_never_fail(data):
    start, end = data.draw(anchored_span())
    i = data.draw(st.integers(start, end))
    j = data.draw(st.integers(i, end))
    insert = data.draw(edit_text)
    edited = ARTICLE[:i] + insert + ARTICLE[j:]
    found = anchor(edited, describe(ARTICLE, start, end))
    if found.orphaned:
        assert found.method == ORPHANED and found.end is None
    else:
        assert 0 <= found.start < found.end <= len(edited)
        if found.method in (POSITION, QUOTE):
            assert edited[found.start:found.end] == ARTICLE[start:end]


@settings(max_examples=200)
@given(text=st.text(min_size=1, max_size=200), data=st.data())
def test_any_text_any_span_anchors_back_onto_itself(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    found = anchor(text, describe(text, start, end))
    assert (found.start, found.end, found.method) == (start, end, POSITION)
