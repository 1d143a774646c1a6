"""The analysis run in a child process (the reader's way) gives what the analysis gives in
this process, however its results are cut into messages."""
from __future__ import annotations

import pytest

from nutgraf.analysis.background import analyze_in_child
from nutgraf.analysis.pipeline import analyze

pytestmark = pytest.mark.model


def same_in_child(text: str, reference_date: str | None = None) -> dict:
    here = analyze(text, reference_date).to_json(with_mentions=True)
    there = analyze_in_child(text, reference_date, None).to_json(with_mentions=True)
    assert there == here
    return there


def test_an_article_with_empty_sections_arrives_whole():
    # No quote, no number, no furniture: empty lists must arrive as such.
    found = same_in_child("The council met on Monday.\nIt adjourned without a vote.", "2024-05-03")
    assert found["quotes"] == [] and found["numbers"] == [] and found["furniture"] == []


def test_many_items_arrive_in_order():
    text = "\n".join(f"The shelter took in {n} cats." for n in range(1, 540))
    found = same_in_child(text)
    assert [n["value"] for n in found["numbers"]] == list(range(1, 540))
