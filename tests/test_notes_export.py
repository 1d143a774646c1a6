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
    assert "No bookmarks, notes or corrections." in markdown([])


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


def test_an_export_never_sets_the_umask_another_thread_relies_on(tmp_path, monkeypatch):
    from nutgraf.store.export import write_file

    mask = os.umask(0o027)
    try:
        def forbidden(_mask):
            raise AssertionError("the umask was changed")

        monkeypatch.setattr(os, "umask", forbidden)
        write_file(tmp_path / "new.md", b"# notes")
        monkeypatch.undo()
    finally:
        os.umask(mask)
    assert (tmp_path / "new.md").stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["new.md"]


def test_an_export_through_a_link_writes_the_file_it_points_at(tmp_path):
    from nutgraf.store.export import write_file

    real = tmp_path / "real.md"
    link = tmp_path / "link.md"
    link.symlink_to(real)  # dangling until written
    assert write_file(link, b"# notes") == real
    assert link.is_symlink() and real.read_bytes() == b"# notes"


# -- with the analysis: the sample article, analysed by the real pipeline ---------------------------
@pytest.fixture(scope="module")
def sample(model):
    """The sample article and its real analysis, once per module."""
    from nutgraf.documents import load
    from nutgraf.service import analyse_document, in_process
    from nutgraf.shipped import sample_article

    doc = load(sample_article())
    analysis, _ = analyse_document(doc, "2025-02-07", in_process(model))
    return doc, analysis


@pytest.fixture
def sample_notes(sample, tmp_path):
    """Bookmarks on a quote, a number, a date and an actor of the sample, and a note on a
    sentence that holds a number; (notes, analysis, the items bookmarked by kind)."""
    doc, analysis = sample
    art = NotesStore(tmp_path).article(doc.digest, doc.text, doc.source)
    quote = next(q for q in analysis.quotes if q.text.startswith("Victims of human rights"))
    number = next(n for n in analysis.numbers if n.text == "47,540")
    date = next(t for t in analysis.timeline if t.text == "Thursday")
    actor = next(a for a in analysis.actors if a.name == "Benjamin Netanyahu")
    for kind, item in (("quote", quote), ("number", number), ("timeline", date)):
        art.add_bookmark(kind, *item.span)
    art.add_bookmark("actor", *min(actor.mentions))
    sentence = next(s for s in analysis.sentences if s[0] <= number.span[0] < s[1])
    art.add_note("sentence", *sentence, "Compare with UN OCHA.")
    return art, analysis, {"quote": quote, "number": number, "timeline": date, "actor": actor}


def claim_section(md: str, needle: str) -> str:
    """The Markdown of the claim whose quoted line holds `needle`, up to the next heading."""
    start = md.rindex("### ", 0, md.index(needle))
    end = md.find("\n### ", start + 1)
    return md[start:end if end >= 0 else len(md)]


def test_markdown_gives_each_claim_what_the_analysis_found(sample_notes):
    art, analysis, _ = sample_notes
    md = markdown([art], {art.digest: analysis})
    assert "- Publication date: 2025-02-07 (given)" in md
    quote = claim_section(md, "**Victims of human rights")
    assert "said by Charlie Hogle, National Security Project lawyer" in quote
    number = claim_section(md, "**47,540**")
    assert "- Number “47,540”: 47,540, counts Palestinians killed" in number
    date = claim_section(md, "**Thursday**")
    assert "- Date “Thursday”: 2025-02-06" in date
    actor = claim_section(md, "**Benjamin Netanyahu**")
    assert "- Actor Benjamin Netanyahu: person, Israeli Prime Minister" in actor
    # A note on a sentence lists the items inside the sentence, and keeps the note.
    sentence = claim_section(md, "Compare with UN OCHA.")
    assert sentence.startswith("### ") and "Sentence" in sentence.splitlines()[0]
    assert "- Number “47,540”: 47,540, counts Palestinians killed" in sentence
    assert "- Date “February 4”: 2025-02-04, dates “47,540 Palestinians were killed”" in sentence
    assert "- Number “111,618”: 111,618, counts people injured" in sentence
    assert "Possible conflict" not in md  # none of these is in one


def test_markdown_lists_the_sources_the_analysis_found(sample_notes):
    art, analysis, _ = sample_notes
    md = markdown([art], {art.digest: analysis})
    sources = md[md.index("### Sources"):]
    lines = [line for line in sources.splitlines() if line.startswith("- ")]
    said = [s for s in analysis.sources if s.status != "not_quoted"]
    # One line per source of the analysis, in its order (most quoted first).
    assert all(s.name in line for line, s in zip(lines, said, strict=True))
    hogle = next(s for s in said if s.name == "Charlie Hogle")
    assert f"- Charlie Hogle, National Security Project lawyer: 3 quotes ({hogle.words} words)" in lines
    # Reported speech counts, apart: the UN office is only reported, never quoted.
    assert "- United Nations Office for the Co-ordination of Humanitarian Affairs: 1 paraphrase" in lines
    assert any(line.startswith("- “human rights activists” (unnamed source): ") for line in lines)
    # A quote repeated (the headline's words again in the body) counts once.
    # The executive order quoted is a document, not an unnamed person.
    order = next(s for s in said if s.name == "the order")
    assert f"- the order (document): {len(order.quotes) - 2} quotes, 2 paraphrases" in "\n".join(lines)
    unquoted = next(line for line in sources.splitlines() if line.startswith("Named but not quoted: "))
    assert "Donald Trump, US President; Benjamin Netanyahu, Israeli Prime Minister;" in unquoted


def test_markdown_sources_of_a_hand_built_analysis(reported_analysis, tmp_path):
    a = reported_analysis
    art = NotesStore(tmp_path).article(digest(a.text), a.text, "a.txt")
    art.add_bookmark("quote", *a.indirect_quotes[1].span)
    md = markdown([art], {art.digest: a})
    sources = md[md.index("### Sources"):].splitlines()
    assert "- International Criminal Court: 1 quote (5 words)" in sources
    assert "- Donald Trump, US President: 1 quote, 1 paraphrase (2 words)" in sources
    assert "- “White House official” (unnamed source): 1 paraphrase" in sources
    assert "Named but not quoted: White House." in sources
    # The bookmarked paraphrase is labelled as one, its words not in quotation marks.
    assert "### 1. Paraphrase, characters" in md
    assert ("- Paraphrase (reported speech, not a quote) of Donald Trump, US President: "
            "the ICC had “no authority” over Americans") in md


def test_json_gives_each_claim_its_analysis_objects(sample_notes):
    art, analysis, items = sample_notes
    data = json.loads(json.dumps(to_json([art], {art.digest: analysis})))
    (exported,) = data["articles"]
    assert exported["analysis"]["reference_date"] == "2025-02-07"
    contract = analysis.to_json()
    assert exported["analysis"]["sources"] == contract["sources"]
    by_id = {obj["id"]: obj for key in ("actors", "quotes", "numbers", "timeline") for obj in contract[key]}
    records = {b["kind"]: b["analysis"] for b in exported["bookmarks"]}
    quote = records["quote"]
    assert quote["quotes"] == [by_id[items["quote"].id]]
    # The speaker its `speaker` id names comes with it.
    assert quote["actors"] == [by_id[items["quote"].speaker]]
    assert records["number"]["numbers"] == [by_id[items["number"].id]]
    assert records["timeline"]["timeline"] == [by_id[items["timeline"].id]]
    assert records["actor"]["actors"] == [by_id[items["actor"].id]]
    (note,) = exported["notes"]
    assert items["number"].id in [n["id"] for n in note["analysis"]["numbers"]]


def test_a_claim_in_a_possible_conflict_says_so(sample, tmp_path):
    doc, analysis = sample
    (conflict,) = [c for c in analysis.conflicts if c.kind == "number"]  # the sample's 125 and 124
    art = NotesStore(tmp_path).article(doc.digest, doc.text, doc.source)
    first = analysis.item(conflict.items[0])
    art.add_bookmark("number", *first.span)
    md = markdown([art], {art.digest: analysis})
    assert f"- Possible conflict: {conflict.reason}" in claim_section(md, f"**{first.text}**")
    (bookmark,) = to_json([art], {art.digest: analysis})["articles"][0]["bookmarks"]
    assert bookmark["analysis"]["conflicts"] == [c for c in analysis.to_json()["conflicts"] if c["id"] == conflict.id]


def test_json_gives_a_claim_on_reported_speech_its_indirect_quote_and_speaker(reported_analysis, tmp_path):
    a = reported_analysis
    art = NotesStore(tmp_path).article(digest(a.text), a.text, "a.txt")
    start = a.text.index("Late in the day")
    art.add_note("sentence", start, a.text.index("2024.") + 5, "Which warrant?")
    (note,) = to_json([art], {art.digest: a})["articles"][0]["notes"]
    contract = a.to_json()
    assert note["analysis"]["indirect_quotes"] == [q for q in contract["indirect_quotes"] if q["id"] == "p2"]
    assert [q["id"] for q in note["analysis"]["quotes"]] == ["q2"]
    assert [x["id"] for x in note["analysis"]["actors"]] == ["a2"]


def test_without_the_analysis_the_export_is_the_notes_alone(sample_notes):
    art, _, _ = sample_notes
    md = markdown([art])
    assert "### Sources" not in md and "said by" not in md
    assert "Compare with UN OCHA." in md and md.count("### ") == 5
    data = to_json([art])
    (exported,) = data["articles"]
    assert exported["analysis"] is None
    assert all(r["analysis"] is None for r in exported["bookmarks"] + exported["notes"])
