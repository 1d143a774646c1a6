"""The article pane's line table: wrapping at a measure without losing or moving text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from nutgraf.app.article_view import _wrap_single_cells, _wrap_words, paragraphs, wrap


def test_each_line_is_a_paragraph_when_there_are_no_blank_lines():
    text = "Title\nFirst paragraph.\n\nignored? no\n"
    assert [text[s:e] for s, e in paragraphs("Title\nFirst paragraph.")] == ["Title", "First paragraph."]
    # With blank lines, those separate paragraphs and single newlines are reflowed.
    assert [text[s:e] for s, e in paragraphs(text)] == ["Title\nFirst paragraph.", "ignored? no\n"]


def test_wrap_breaks_at_spaces_with_one_blank_line_between_paragraphs():
    text = "aaa bbb ccc\n\n\n\nddd"
    lines = wrap(text, 7)
    assert [text[s:e] for s, e in lines] == ["aaa bbb", "ccc", "", "ddd"]


def test_long_words_are_cut_and_wide_characters_counted_in_cells():
    assert [("x" * 25)[s:e] for s, e in wrap("x" * 25, 10)] == ["x" * 10, "x" * 10, "x" * 5]
    text = "日本語のテキスト"
    assert all(cell_len(text[s:e]) <= 6 for s, e in wrap(text, 6))
    assert "".join(text[s:e] for s, e in wrap(text, 6)) == text


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("ab c\n日\t")), max_size=200), st.integers(min_value=2, max_value=30))
def test_wrapping_keeps_every_word_in_order_within_the_width(text, width):
    lines = wrap(text, width)
    shown_as = text.replace("\t", " ").replace("\n", " ")  # as the view draws it
    assert all(cell_len(shown_as[s:e]) <= width for s, e in lines)
    # Nothing but whitespace is dropped (long words are cut, so compare without it).
    assert "".join("".join(text[s:e].split()) for s, e in lines) == "".join(text.split())
    starts = [s for s, _ in lines]
    assert starts == sorted(starts)


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("ab c\n\t“—\xa0")), max_size=200), st.integers(min_value=1, max_value=30))
def test_lines_found_by_pattern_are_those_found_word_by_word(text, width):
    # Text of one-cell characters is wrapped by a regular expression: the same lines.
    assert _wrap_single_cells(text, 0, len(text), width) == _wrap_words(text, 0, len(text), width)


def test_a_paragraph_with_wide_characters_is_measured_in_cells():
    text = "plain words here\n\n日本語 のテキスト です"
    lines = wrap(text, 7)
    assert [text[s:e] for s, e in lines] == ["plain", "words", "here", "", "日本語", "のテキ", "スト", "です"]
