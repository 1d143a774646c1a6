"""Markdown for a fact-check, JSON for tools."""
import hashlib
import json
import os

import pytest

from nutgraf.store.export import markdown, to_json
from nutgraf.store.notes import NotesStore

TEXT = (
    "The International Criminal Court has called on its member states to stand up against "
    "sanctions imposed by US President Donald Trump.\n\n"
    "Gaza's health ministry says 47,540 Palestinians have been killed. Israel says more than "
    "1,200 people died in the 7 October attacks.\n\n"
    "The White House issued the executive order on Thursday."
)


def span(text, needle):
    start = text.index(needle)
    return start, start + len(needle)


def digest(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.fixture
def article(tmp_path):
    art = NotesStore(tmp_path).article(digest(TEXT), TEXT, tmp_path / "icc.txt")
    art.add_bookmark("number", *span(TEXT, "47,540"), label="verify")
    art.add_note("number", *span(TEXT, "47,540"), "Ministry figure; compare with UN OCHA.")
    art.add_note("timeline", *span(TEXT, "on Thursday"), "Which Thursday? *Feb 6*")
    return art


def test_markdown_quotes_each_claim_with_context_note_kind_and_source(article):
    md = markdown([article])
    assert "## icc.txt" in md
    assert f"`{article.source}`" in md
    lines = md.splitlines()
    quote = next(line for line in lines if "**47,540**" in line)
    assert quote.startswith("> ")
    assert "Gaza's health ministry says **47,540** Palestinians have been killed." in quote
    # Context stays inside the claim's paragraph.
    assert "Donald Trump" not in quote and "White House" not in quote
    after = "\n".join(lines[lines.index(quote):])
    assert after.index("Ministry figure; compare with UN OCHA.") < after.index("kind: number")
    assert "bookmarked" in after and "verify" in after
    # The bookmark and the note on the same number are one claim, before the later one.
    assert md.count("**47,540**") == 1
    assert md.index("### 1. Number") < md.index("### 2. Timeline")
    assert "Which Thursday? *Feb 6*" in md  # the reader's own Markdown is kept


def test_markdown_shows_orphans_with_the_text_they_had(article, tmp_path):
    edited = TEXT.replace("47,540", "about fifty thousand")
    moved = NotesStore(tmp_path).article(digest(edited), edited, article.source)
    md = markdown([moved])
    assert "not found in the current text" in md
    assert "**47,540**" in md  # quoted from the saved selectors
    assert md.index("Timeline") < md.index("not found in the current text")


def test_markdown_escapes_the_article_text(tmp_path):
    text = "Shares fell *sharply* to [redacted] at 5_000 points."
    art = NotesStore(tmp_path).article(digest(text), text, "m.txt")
    art.add_bookmark("sentence", 0, len(text))
    md = markdown([art])
    assert r"**Shares fell \*sharply\* to \[redacted\] at 5\_000 points.**" in md


def test_markdown_without_notes_says_so(tmp_path):
    assert "No bookmarks or notes." in markdown([])


def test_json_parses_and_keeps_w3c_selectors(article):
    data = json.loads(json.dumps(to_json([article])))
    assert data["format"] == "nutgraf-notes" and data["version"] == 1
    (art,) = data["articles"]
    assert art["digest"] == digest(TEXT) and art["source"] == article.source
    (bookmark,) = art["bookmarks"]
    assert bookmark["label"] == "verify" and bookmark["text"] == "47,540"
    assert (bookmark["start"], bookmark["end"]) == span(TEXT, "47,540")
    types = {s["type"]: s for s in bookmark["target"]["selector"]}
    assert types["TextQuoteSelector"]["exact"] == "47,540"
    assert types["TextQuoteSelector"]["prefix"].endswith("health ministry says ")
    assert types["TextPositionSelector"] == {"type": "TextPositionSelector",
                                             "start": bookmark["start"], "end": bookmark["end"]}
    assert [n["body"] for n in art["notes"]] == ["Ministry figure; compare with UN OCHA.",
                                                 "Which Thursday? *Feb 6*"]


@pytest.mark.parametrize("name,title,expected", [
    ("icc.txt", "Court pledges to defy sanctions", "icc-notes.md"),
    ("index.html", "Court pledges to defy sanctions", "court-pledges-to-defy-sanctions-notes.md"),
    ("Article.HTM", "Tidal record: the sea rose 3.5 cm", "tidal-record-the-sea-rose-3-5-cm-notes.md"),
    ("story.html", "../../etc/passwd \x1b]0;x\x07", "etc-passwd-0-x-notes.md"),
    ("page.html", "«…»", "page-notes.md"),
    ("index.html", None, "index-notes.md"),
    ("", None, "article-notes.md"),
])
def test_an_export_is_named_after_the_file_or_else_the_title(name, title, expected):
    from nutgraf.analysis.lexicon import words
    from nutgraf.store.export import file_name

    assert file_name(name, title, words("generic_page_names")) == expected


def test_a_new_export_gets_the_users_default_mode_and_an_old_one_keeps_its_own(tmp_path):
    from nutgraf.store.export import write_file

    new, old = tmp_path / "new.md", tmp_path / "old.md"
    old.write_text("mine")
    old.chmod(0o640)
    mask = os.umask(0o022)
    try:
        assert write_file(new, b"# notes") == new
        assert write_file(old, b"# notes") == old
    finally:
        os.umask(mask)
    assert new.stat().st_mode & 0o777 == 0o644 and old.stat().st_mode & 0o777 == 0o640
    assert old.read_bytes() == b"# notes"


def test_an_export_through_a_link_writes_the_file_it_points_at(tmp_path):
    from nutgraf.store.export import write_file

    real = tmp_path / "real.md"
    link = tmp_path / "link.md"
    link.symlink_to(real)  # dangling until written
    assert write_file(link, b"# notes") == real
    assert link.is_symlink() and real.read_bytes() == b"# notes"
