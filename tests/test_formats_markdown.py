"""Markdown: the raw text is kept (spans exact); headings, emphasis and the syntax markers
come back as spans so the reader can style and dim them."""
from __future__ import annotations

from pathlib import Path

import pytest

from nutgraf.documents import from_bytes, load

SAMPLE = Path(__file__).parent.parent / "sample_articles" / "tidal-record.md"


def md(text: str):
    doc = from_bytes(text.encode(), "a.md", "a.md")
    assert doc.text == text and doc.format == "markdown"
    return doc


def marks(doc, kind=None):
    return [(doc.text[s:e], k) for s, e, k in doc.markup_spans if kind is None or k == kind]


def test_sample_markdown_article():
    doc = load(SAMPLE)
    assert (doc.format, doc.title, doc.byline, doc.published) == (
        "markdown", "Orkney tidal turbine breaks a year-long output record", "Fiona MacLeod, Energy correspondent",
        "2024-09-09")
    assert marks(doc, "heading") == [("Orkney tidal turbine breaks a year-long output record", "heading"),
                                     ("A small share, for now", "heading")]
    assert marks(doc, "strong") == [("Orkney Islands", "strong")]
    assert ("years", "emphasis") in marks(doc, "emphasis")
    assert marks(doc, "link") == [("Scottish Government grant", "link"), ("Wave power's long road back", "link")]
    assert [doc.text[s:e] for s, e in doc.furniture] == [
        "By Fiona MacLeod, Energy correspondent", "Published: 9 September 2024",
        "(https://example.org/grant)", "(https://example.org/wave-power)"]
    analysed = doc.analysis_text()
    assert len(analysed) == len(doc.text)
    assert "**" not in analysed and "#" not in analysed and "https://" not in analysed
    assert "the   Orkney Islands   generated" in analysed


def test_headings_and_their_markers():
    doc = md("# Title here #\n\nText.\n\nSub *heading*\n-----------\n\n###### Deep\n")
    assert marks(doc) == [
        ("#", "marker"), ("Title here", "heading"), ("#", "marker"),
        ("Sub *heading*", "heading"), ("*", "marker"), ("heading", "emphasis"), ("*", "marker"),
        ("-----------", "marker"),
        ("######", "marker"), ("Deep", "heading"),
    ]
    assert doc.title == "Title here"


def test_setext_title_and_plain_title():
    assert md("The *big* vote\n==============\n\nBody text, she said.\n").title == "The big vote"
    # no heading at all: a short first line is the title, as in plain text
    doc = md("Council votes\n\nThe council voted, the clerk said.\n")
    assert doc.title == "Council votes" and marks(doc) == [("Council votes", "heading")]


def test_emphasis_strong_code_and_escapes():
    doc = md("A **strong** and *em* and _under_ and __dunder__ word, `co*de*`, snake_case, 2 * 3 * 4, \\*not\\*.\n")
    assert marks(doc, "strong") == [("strong", "strong"), ("dunder", "strong")]
    assert marks(doc, "emphasis") == [("em", "emphasis"), ("under", "emphasis")]
    assert marks(doc, "code") == [("co*de*", "code")]
    markers = [t for t, _ in marks(doc, "marker")]
    assert [markers.count(m) for m in ("**", "__", "`", "\\")] == [2, 2, 2, 2]


def test_emphasis_and_links_across_a_soft_line_break():
    doc = md("The *long\nphrase* and a [link that\nwraps](https://x.example/a) end.\n")
    assert marks(doc, "emphasis") == [("long\nphrase", "emphasis")]
    assert marks(doc, "link") == [("link that\nwraps", "link")]
    assert [doc.text[s:e] for s, e in doc.furniture] == ["(https://x.example/a)"]


def test_front_matter_gives_metadata_and_is_furniture():
    text = ('---\ntitle: "Ferry strike ends"\nauthor: [Jo Bloggs, Sam Roe]\ndate: 2023-07-01\nsite: Island Times\n---\n'
            "# Ferry strike ends\n\nThe strike ended, the union said.\n")
    doc = md(text)
    expected = ("Ferry strike ends", "Jo Bloggs and Sam Roe", "2023-07-01", "Island Times")
    assert (doc.title, doc.byline, doc.published, doc.site) == expected
    assert doc.furniture[0] == (0, text.index("\n# ") )
    assert "Ferry strike ends" not in doc.analysis_text()[: text.index("\n# ")]


def test_block_markers_quotes_lists_rules_fences_and_images():
    text = ("> Quoted words,\n> the mayor said.\n\n- first\n- second\n1. one\n\n* * *\n\n"
            "```\n# not a heading *nor em*\n```\n\n![A photo of the pier](pier.jpg)\n")
    doc = md(text)
    m = marks(doc)
    assert (">", "marker") in m and ("Quoted words,", "blockquote") in m and ("the mayor said.", "blockquote") in m
    assert [t for t, k in m if k == "marker"].count("-") == 2 and ("1.", "marker") in m
    assert ("* * *", "marker") in m
    assert ("# not a heading *nor em*", "code") in m and ("```", "marker") in m
    assert not marks(doc, "heading") and not marks(doc, "emphasis")
    assert "![A photo of the pier](pier.jpg)" in [doc.text[s:e] for s, e in doc.furniture]


def test_display_paragraphs_join_soft_breaks_but_not_blocks():
    text = ("# Title\nFirst paragraph line one\nline two of it.\n\n- item one\n- item two\n  continued\n\n"
            "Hard break  \nafter it.\n\n```\ncode one\ncode two\n```\n")
    doc = md(text)
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "# Title", "First paragraph line one\nline two of it.", "- item one", "- item two\n  continued",
        "Hard break", "after it.", "```", "code one", "code two", "```"]
    shown = doc.display_text()
    assert shown[doc.paragraphs[1][0]:doc.paragraphs[1][1]] == "First paragraph line one line two of it."


@pytest.mark.parametrize("text", ["**", "*a", "[x](", "`", "---", "---\n---", "# ", "#", "__a_", "> ", "1.", "![",
                                  "\\"])
def test_broken_markdown_never_fails(text):
    doc = from_bytes((text + "\nmore words here").encode(), "a.md", "a.md")
    for s, e, _ in doc.markup_spans:
        assert 0 <= s <= e <= len(doc.text)
