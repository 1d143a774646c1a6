"""A date set in the reader, kept in the store and used by `nutgraf analyze`; the timeline
resolved again from an analysis's mentions, exactly as a full analysis with that date."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nutgraf.analysis.model import Analysis, AnalysisJSONError, TimeMention
from nutgraf.analysis.pipeline import analyze, extract, paragraph_batches
from nutgraf.analysis.timeline import redate
from nutgraf.cli import main
from nutgraf.documents import load
from nutgraf.store.dates import article_date, set_article_date
from nutgraf.store.notes import NotesStore

SAMPLE = Path(__file__).parent.parent / "sample_articles" / "icc-sanctions.txt"

# Written for this test: each resolves against the date, or against a date before it.
TEXTS = [
    "The minister resigned on Thursday. Two days later her deputy quit, and the party will "
    "vote on a new leader next month. The election is due on March 3.",
    "Revenue rose 4% in the third quarter, the company said on Tuesday. A year earlier it had "
    "fallen. It expects the current quarter to be weaker, and will report in late January.",
    "The festival opens this weekend and runs until Sunday. Last year it drew 40,000 people; "
    "the year before, 35,000. Tickets went on sale last Monday at 9 a.m.",
    "Police said the crash happened at about 10 p.m. Saturday. The road reopened the next day, "
    "and an inquiry will report by the end of the year, ten years after the last one.",
]


def test_a_date_is_kept_per_article_and_forgotten_on_request(tmp_path):
    store = NotesStore(tmp_path)
    a, b = store.article("a", "Text A.", tmp_path / "a.txt"), store.article("b", "Text B.", tmp_path / "b.txt")
    assert article_date(store, "a") is None
    set_article_date(a, "2024-03-07")
    set_article_date(b, "2023-01-02")
    assert article_date(NotesStore(tmp_path), "a") == "2024-03-07"
    set_article_date(a, "2024-03-08")
    assert article_date(NotesStore(tmp_path), "a") == "2024-03-08"
    # The file edited since: found by its path, as its notes are.
    assert article_date(NotesStore(tmp_path), "a2", tmp_path / "a.txt") == "2024-03-08"
    set_article_date(a, None)
    assert article_date(NotesStore(tmp_path), "a") is None
    assert article_date(NotesStore(tmp_path), "b") == "2023-01-02"
    with pytest.raises(ValueError):
        set_article_date(a, "7 March")


def test_the_library_lists_the_date_set(tmp_path):
    from nutgraf.documents import Document
    from nutgraf.store.library import Library

    store = NotesStore(tmp_path)
    doc = Document(text="Text A.", source=str(tmp_path / "a.txt"), name="a.txt", encoding="utf-8")
    notes = store.article(doc.digest, doc.text, doc.source)
    Library(store).remember(notes, doc)
    set_article_date(notes, "2024-03-07")
    [entry] = Library(NotesStore(tmp_path)).entries()
    assert entry.date == "2024-03-07"


def test_a_hand_edited_date_that_is_not_one_is_ignored(tmp_path):
    store = NotesStore(tmp_path)
    set_article_date(store.article("a", "Text A."), "2024-03-07")
    data = json.loads((tmp_path / "notes.json").read_text())
    (entry,) = data["articles"].values()
    entry["date"] = "2024-02-30"
    (tmp_path / "notes.json").write_text(json.dumps(data))
    assert article_date(NotesStore(tmp_path), "a") is None


def test_mentions_travel_only_where_asked_and_are_checked(app_analysis):
    text = app_analysis.text
    app_analysis.time_mentions = [TimeMention(span=(0, 5), sentence=(0, 31), tense="past")]
    assert "time_mentions" not in app_analysis.to_json()  # not part of the --json contract
    data = json.loads(json.dumps(app_analysis.to_json(with_mentions=True)))
    assert Analysis.from_json(data, text).time_mentions == app_analysis.time_mentions
    assert Analysis.from_json(app_analysis.to_json(), text).time_mentions is None
    data["time_mentions"][0]["span"] = [0, 10**6]
    with pytest.raises(AnalysisJSONError, match=r"time_mentions\[0\].span"):
        Analysis.from_json(data, text)
    data["time_mentions"] = "soon"
    with pytest.raises(AnalysisJSONError, match="time_mentions is not a list"):
        Analysis.from_json(data, text)


def test_resolving_again_never_imports_spacy(tmp_path):
    """In a fresh interpreter: the reader's `d` path (service.redated) on an analysis as the
    cache holds it."""
    text = "The vote was on Thursday. It will be repeated next month."
    at = lambda words: [text.index(words), text.index(words) + len(words)]  # noqa: E731
    sentences = [at("The vote was on Thursday."), at("It will be repeated next month.")]
    entry = {"reference_date": None, "reference_source": None, "model": None, "actors": [], "quotes": [],
             "numbers": [], "timeline": [], "sentences": sentences, "furniture": [],
             "time_mentions": [{"span": at("Thursday"), "sentence": sentences[0], "tense": "past"},
                               {"span": at("next month"), "sentence": sentences[1], "tense": "future"}]}
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "entry.json").write_text(json.dumps(entry))
    script = (
        "import json, sys\n"
        "from nutgraf.analysis.model import Analysis\n"
        "from nutgraf.documents import load\n"
        "from nutgraf.service import redated\n"
        f"doc = load({str(tmp_path / 'a.txt')!r})\n"
        f"base = Analysis.from_json(json.load(open({str(tmp_path / 'entry.json')!r})), doc.text)\n"
        "found = redated(doc, base, '2025-03-05')\n"
        "print(json.dumps([[t.text, t.value] for t in found.timeline]))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    timeline, modules = out.splitlines()
    assert json.loads(timeline) == [["Thursday", "2025-02-27"], ["next month", "2025-04"]]
    assert modules == "[]"


@pytest.fixture(scope="module")
def parsed_texts(model):
    """Each text with its parsed batches, parsed once: a full analysis for any date is then
    `extract`, what analyze runs after parsing."""
    texts = [load(SAMPLE).analysis_text(), *TEXTS]
    return [(text, [(s, model.nlp(text[s:e])) for s, e in paragraph_batches(text)]) for text in texts]


@pytest.mark.model
@settings(max_examples=25)
@given(date=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), stated=st.booleans())
def test_resolving_again_is_a_full_analysis_with_that_date(parsed_texts, date, stated):
    for text, docs in parsed_texts:
        first = extract(text, docs, None if stated else "2001-09-11", "m")
        again = redate(first, text, date.isoformat())
        assert again is not None
        assert again.to_json() == extract(text, docs, date.isoformat(), "m").to_json()


@pytest.mark.model
def test_analyze_resolves_again_as_it_analyses(model):
    """Through analyze itself (its batches, its parse) and back to the date the text states."""
    for text in TEXTS:
        dated = analyze(text, "2025-03-05", model)
        assert redate(analyze(text, "2019-12-31", model), text, "2025-03-05").timeline == dated.timeline
        assert redate(dated, text, None).timeline == analyze(text, None, model).timeline


@pytest.mark.model
def test_analyze_uses_the_date_set_in_the_reader_unless_given_one(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(TEXTS[0], encoding="utf-8")
    doc = load(article)
    set_article_date(NotesStore().article(doc.digest, doc.text, doc.source), "2025-03-05")

    def analysed(*extra):
        code = main(["analyze", str(article), "--json", *extra])
        out, err = capsys.readouterr()
        assert code == 0
        return json.loads(out), err

    result, err = analysed()
    assert result["reference_date"] == "2025-03-05"
    assert {t["text"]: t["value"] for t in result["timeline"]}["Thursday"] == "2025-02-27"
    assert "set in the reader, 2025-03-05" in err
    result, err = analysed("--date", "2025-02-07")
    assert result["reference_date"] == "2025-02-07" and err == ""
    set_article_date(NotesStore().article(doc.digest, doc.text, doc.source), None)
    assert analysed()[0]["reference_date"] is None
